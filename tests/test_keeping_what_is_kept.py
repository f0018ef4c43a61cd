"""Nothing the person keeps is destroyed by a slip: outputs, `poista --kaikki`, the database.

Issue 17, items 1, 2, 4 and the number and stdin cases of 7. Every case here exited 0 (or
crashed) and lost or replaced something before.
"""

from __future__ import annotations

import json
import os
import stat
import subprocess
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from verkosto import history, safefile, store
from verkosto.cli.app import app

from helpers import full_answers, make_export, verkosto_command

# It tests the cache or what the data folder holds: no parsed questions in it to start.
pytestmark = pytest.mark.cold_data_folder

runner = CliRunner()


def answers_file(folder: Path, bundled, suffix: str = ".yaml") -> Path:
    path = folder / f"vastaukset{suffix}"
    data = full_answers(bundled)
    text = json.dumps(data) if suffix == ".json" else yaml.safe_dump(data, allow_unicode=True)
    path.write_text(text, encoding="utf-8")
    return path


def stored(home: Path, bundled, count: int = 1) -> Path:
    db = history.database_path(home)
    for index in range(count):
        history.record(db, make_export(bundled, f"Verkosto {index}"))
    return db


def plant(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


# --------------------------------------------------------------------------- item 1


@pytest.mark.parametrize("option", ["--vie", "--export", "-o"])
def test_historia_export_onto_the_history_database_is_refused(isolated_env, bundled, option):
    db = stored(isolated_env, bundled, 3)
    before = db.read_bytes()
    result = runner.invoke(app, ["historia", option, str(db)])
    assert result.exit_code == 2, result.output
    assert f"Tiedosto {db} on historiatietokanta {db}" in result.stderr
    assert db.read_bytes() == before
    assert len(history.read(db)[0]) == 3


def test_the_wal_file_of_the_history_is_refused_before_it_exists(isolated_env, bundled):
    db = stored(isolated_env, bundled)
    result = runner.invoke(app, ["historia", "--vie", f"{db}-wal"])
    assert result.exit_code == 2, result.output
    assert "historiatietokanta" in result.stderr
    assert not Path(f"{db}-wal").exists() or Path(f"{db}-wal").read_bytes()[:4] != b'{"sc'


def test_a_hard_link_to_the_history_elsewhere_is_refused_before_any_question(
    isolated_env, bundled, tmp_path
):
    db = stored(isolated_env, bundled, 2)
    answers = answers_file(tmp_path, bundled)
    link = tmp_path / "arvio.json"
    os.link(db, link)
    result = runner.invoke(
        app, ["arvioi", "--vastaukset", str(answers), "--verkosto", "V", "--vie", str(link)]
    )
    assert result.exit_code == 2, result.output
    assert f"Tiedosto {link} on historiatietokanta {db}" in result.stderr
    assert "Kysymys" not in result.output  # refused before the interview
    os.unlink(link)  # one name again: the history opens, with every row
    assert len(history.read(db)[0]) == 2


@pytest.mark.parametrize("kind", ["draft", "kept", "aside"])
def test_arvioi_export_onto_a_draft_or_a_kept_copy_is_refused(
    isolated_env, bundled, tmp_path, kind
):
    place = {
        "draft": isolated_env / "luonnokset" / "abc.json",
        "aside": isolated_env / "luonnokset" / "abc.json.vioittunut",
        "kept": isolated_env / "arviot" / "arvio-20261127-090000.json",
    }[kind]
    precious = plant(place, '{"network": "Salainen"}')
    answers = answers_file(tmp_path, bundled)
    result = runner.invoke(
        app, ["arvioi", "--vastaukset", str(answers), "--verkosto", "V", "--vie", str(precious)]
    )
    assert result.exit_code == 2, result.output
    words = "varakopio" if kind == "kept" else "luonnos"
    assert words in result.stderr and str(precious) in result.stderr
    assert precious.read_text("utf-8") == '{"network": "Salainen"}'


@pytest.mark.parametrize("suffix", [".yaml", ".json"])
def test_arvioi_export_onto_its_own_answers_file_is_refused(tmp_path, bundled, suffix):
    answers = answers_file(tmp_path, bundled, suffix)
    before = answers.read_bytes()
    result = runner.invoke(
        app,
        [
            "arvioi",
            "--vastaukset",
            str(answers),
            "--verkosto",
            "V",
            "--vie",
            str(answers),
            "--kieli",
            "en",
        ],
    )
    assert result.exit_code == 2, result.output
    assert f"The file {answers} is this run's answers file {answers}" in result.stderr
    assert "Nothing was written" in result.stderr
    assert answers.read_bytes() == before


def test_arvioi_export_onto_its_questions_file_is_refused(tmp_path, bundled):
    from verkosto.instrument.reading import bundled_path

    questions = tmp_path / "kysymykset.yaml"
    questions.write_bytes(Path(bundled_path()).read_bytes())
    answers = answers_file(tmp_path, bundled)
    result = runner.invoke(
        app,
        [
            "arvioi",
            "--kysymykset",
            str(questions),
            "--vastaukset",
            str(answers),
            "--verkosto",
            "V",
            "--vie",
            str(questions),
        ],
    )
    assert result.exit_code == 2, result.output
    assert "kysymystiedosto" in result.stderr
    assert questions.read_bytes() == Path(bundled_path()).read_bytes()


def test_the_history_name_is_refused_even_before_the_history_exists(
    isolated_env, bundled, tmp_path
):
    # A first run would make the database itself, and then replace it with its export.
    db = history.database_path(isolated_env)
    answers = answers_file(tmp_path, bundled)
    result = runner.invoke(
        app, ["arvioi", "--vastaukset", str(answers), "--verkosto", "V", "--vie", str(db)]
    )
    assert result.exit_code == 2, result.output
    assert "historiatietokanta" in result.stderr
    assert not db.exists()


def five_exports(folder: Path, bundled) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(5):
        path = folder / f"r{index + 1}.json"
        path.write_text(json.dumps(make_export(bundled, "Yhteinen verkosto")), "utf-8")
        paths.append(path)
    return paths


def test_kooste_output_onto_one_of_its_inputs_is_refused(tmp_path, bundled):
    inputs = five_exports(tmp_path / "viennit", bundled)
    before = inputs[0].read_bytes()
    result = runner.invoke(
        app, ["kooste", str(tmp_path / "viennit"), "--json", "-o", str(inputs[0])]
    )
    assert result.exit_code == 2, result.output
    assert f"Tiedosto {inputs[0]} on tiedosto {inputs[0]}, jonka tämä ajo lukee" in result.stderr
    assert inputs[0].read_bytes() == before


def test_kooste_output_onto_a_hard_link_of_an_input_is_refused(tmp_path, bundled):
    inputs = five_exports(tmp_path / "viennit", bundled)
    link = tmp_path / "kooste.json"
    os.link(inputs[2], link)
    result = runner.invoke(app, ["kooste", str(tmp_path / "viennit"), "--json", "-o", str(link)])
    assert result.exit_code == 2, result.output
    assert str(inputs[2]) in result.stderr and str(link) in result.stderr
    assert json.loads(inputs[2].read_text("utf-8"))["schema"] == "verkosto-arvio/1"


def test_kooste_may_write_a_new_file_into_its_input_folder_and_does_not_count_it(tmp_path, bundled):
    folder = tmp_path / "viennit"
    five_exports(folder, bundled)
    target = folder / "kooste.json"
    first = runner.invoke(app, ["kooste", str(folder), "--json", "-o", str(target)])
    assert first.exit_code == 0, first.output
    summary = json.loads(target.read_text("utf-8"))
    assert summary["files"] == {"read": 5, "valid": 5, "skipped": 0}
    assert summary["networks"][0]["suppressed"] is False


def test_raportti_onto_the_export_it_reads_is_refused(tmp_path, bundled):
    source = tmp_path / "x.json"
    source.write_text(json.dumps(make_export(bundled)), encoding="utf-8")
    before = source.read_bytes()
    result = runner.invoke(app, ["raportti", str(source), "-o", str(source)])
    assert result.exit_code == 2, result.output
    assert "jonka tämä ajo lukee" in result.stderr
    assert source.read_bytes() == before


def test_raportti_of_a_stored_number_may_write_a_file_named_like_the_number(
    isolated_env, bundled, tmp_path, monkeypatch
):
    stored(isolated_env, bundled)
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["raportti", "1", "-o", "1"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "1").read_text("utf-8").startswith("#")


def test_an_ordinary_export_is_still_written(tmp_path, bundled):
    answers = answers_file(tmp_path, bundled)
    target = tmp_path / "arvio.json"
    result = runner.invoke(
        app, ["arvioi", "--vastaukset", str(answers), "--verkosto", "V", "--vie", str(target)]
    )
    assert result.exit_code == 0, result.output
    assert json.loads(target.read_text("utf-8"))["network"] == "V"


# --------------------------------------------------------------------------- item 2


def test_poista_kaikki_removes_the_copy_kept_in_the_temp_folder_and_says_where(
    isolated_env, bundled
):
    spare = store.spare_dir()
    copy = plant(spare / "arvio-20261127-090000.json", '{"network": "Salainen"}')
    half = plant(spare / ".arvio-20261127-090000.json.x.tmp", '{"network": "Salai')
    result = runner.invoke(app, ["poista", "--kaikki", "--kylla"])
    assert result.exit_code == 0, result.output
    assert not copy.exists() and not half.exists()
    assert f"Poistettu kansiosta {spare}:" in " ".join(result.output.split())
    assert "Historiassa ei ole vielä arvioita" not in result.output


def test_poista_kaikki_counts_each_kind_and_names_each_folder(isolated_env, bundled):
    stored(isolated_env, bundled, 2)
    plant(isolated_env / "luonnokset" / "a.json", "{}")
    plant(isolated_env / "luonnokset" / "b.json", "{}")
    plant(isolated_env / "arviot" / "arvio-1.json", "{}")
    plant(store.spare_dir() / "arvio-2.json", "{}")
    result = runner.invoke(app, ["poista", "--kaikki", "--kieli", "en"], input="y\n")
    assert result.exit_code == 0, result.output
    said = " ".join(result.output.split())
    assert (
        "Delete all 2 assessments and 2 drafts, 2 kept copies of finished assessments for good?"
    ) in said
    assert f"Deleted from the folder {isolated_env / 'luonnokset'}: 2 drafts." in said
    assert (
        f"Deleted from the folder {isolated_env / 'arviot'}: 1 kept copy of a finished assessment."
    ) in said
    assert f"Deleted from the folder {store.spare_dir()}: 1 kept copy" in said
    assert "VACUUM" not in said and "wiped from the file" in said
    assert store.private_files(isolated_env) == []


def test_poista_kaikki_on_an_empty_history_still_clears_drafts(isolated_env):
    draft = plant(isolated_env / "luonnokset" / "abc.json", '{"network": "Salainen"}')
    result = runner.invoke(app, ["poista", "--kaikki", "--kylla"])
    assert result.exit_code == 0, result.output
    assert not draft.exists()
    assert "1 luonnos" in result.output


def test_a_temp_folder_of_another_user_is_left_alone(isolated_env, monkeypatch):
    copy = plant(store.spare_dir() / "arvio-1.json", "{}")
    uid = safefile.own_uid()
    if uid is None:
        pytest.skip("files have no owners here")
    monkeypatch.setattr(safefile, "own_uid", lambda: uid + 1)
    assert store.private_files(isolated_env) == []
    assert copy.exists()


# --------------------------------------------------------------------------- item 4


def test_a_hard_linked_history_is_refused_with_an_explanation(isolated_env, bundled, tmp_path):
    db = stored(isolated_env, bundled, 2)
    other = tmp_path / "toinen" / history.DATABASE_FILE
    other.parent.mkdir()
    os.link(db, other)
    result = runner.invoke(app, ["historia"])
    assert result.exit_code == 1, result.output
    said = " ".join(result.stderr.split())
    assert f"Historiatiedostolla {db} on 2 nimeä (kova linkki)" in said
    answers = answers_file(tmp_path, bundled)
    made = runner.invoke(app, ["arvioi", "--vastaukset", str(answers), "--verkosto", "V"])
    assert made.exit_code == 1
    assert "kova linkki" in made.stderr
    # The assessment is not lost: it is kept as a file, and the history is untouched.
    assert len(list((isolated_env / "arviot").glob("arvio-*.json"))) == 1
    os.unlink(other)
    assert len(history.read(db)[0]) == 2


def test_a_history_owned_by_another_user_is_refused(isolated_env, bundled, monkeypatch):
    db = stored(isolated_env, bundled)
    uid = safefile.own_uid()
    if uid is None:
        pytest.skip("files have no owners here")
    monkeypatch.setattr(safefile, "own_uid", lambda: uid + 1)
    result = runner.invoke(app, ["historia", "--kieli", "en"])
    assert result.exit_code == 1, result.output
    assert f"The history file {db} belongs to another user" in " ".join(result.stderr.split())


@pytest.mark.skipif(os.name != "posix", reason="no POSIX permission bits")
@pytest.mark.parametrize(
    ("mode", "expected"), [(0o400, 0o400), (0o440, 0o400), (0o644, 0o600), (0o600, 0o600)]
)
def test_tightening_only_takes_access_away_from_others(isolated_env, bundled, mode, expected):
    db = stored(isolated_env, bundled)
    draft = plant(isolated_env / "luonnokset" / "abc.json", "{}")
    os.chmod(db, mode)
    os.chmod(draft, mode)
    result = runner.invoke(app, ["historia"])
    assert result.exit_code == 0, result.output
    store.list_drafts(isolated_env)  # reads the draft through read_limited
    assert stat.S_IMODE(db.stat().st_mode) == expected
    assert stat.S_IMODE(draft.stat().st_mode) == expected


# --------------------------------------------------------------------------- item 7


@pytest.mark.parametrize("command", [["raportti"], ["vertaa", "1"], ["poista", "--kylla"]])
@pytest.mark.parametrize("digits", [20, 5000])
def test_a_number_beyond_any_assessment_id_is_a_usage_error(isolated_env, bundled, command, digits):
    stored(isolated_env, bundled)
    number = "9" * digits
    args = (
        [*command[:1], number, *command[1:]] if command[0] != "vertaa" else ["vertaa", "1", number]
    )
    result = runner.invoke(app, args)
    assert result.exit_code == 2, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    if command[0] == "poista" and digits > 4300:
        # Typer's own integer reading refuses it first, in the person's language.
        assert "NRO" in result.stderr
    else:
        assert "on liian suuri" in result.stderr


@pytest.mark.skipif(os.name != "posix", reason="closes stdin with a POSIX shell")
def test_kooste_dash_with_standard_input_closed_says_so():
    done = subprocess.run(
        f"'{verkosto_command()}' kooste - <&-",
        shell=True,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 2, done.stderr
    assert "vakiosyöte on suljettu" in done.stderr
    assert "Odottamaton" not in done.stderr


@pytest.mark.parametrize("folder", [store.DRAFTS_FOLDER, store.KEPT_FOLDER, "valimuisti"])
@pytest.mark.parametrize("inside", [False, True], ids=["in its place", "inside it"])
def test_no_output_goes_in_place_of_or_into_the_tools_own_folders(
    isolated_env, bundled, folder, inside
):
    # A file where `luonnokset` should be stops every later draft; a file inside it is taken
    # for a draft (and counted and deleted by `poista`). Both are refused, nothing written.
    stored(isolated_env, bundled)
    target = isolated_env / folder / "oma.json" if inside else isolated_env / folder
    result = runner.invoke(app, ["historia", "--vie", str(target)])
    assert result.exit_code == 2, result.output
    assert "työkalun oman kansion" in result.stderr and str(target) in result.stderr
    assert not target.is_file()
    # A file of one's own in the data folder itself is fine.
    ok = runner.invoke(app, ["historia", "--vie", str(isolated_env / "oma.jsonl")])
    assert ok.exit_code == 0, ok.output


def test_the_tools_folder_is_known_by_identity_whatever_its_name(
    isolated_env, bundled, tmp_path, monkeypatch
):
    # On macOS and Windows "LUONNOKSET" is "luonnokset": names alone miss it. Here another
    # name for the folder (a link) stands in, with names compared as they are spelt.
    stored(isolated_env, bundled)
    drafts = isolated_env / store.DRAFTS_FOLDER
    drafts.mkdir(exist_ok=True)
    alias = tmp_path / "LUONNOKSET"
    alias.symlink_to(drafts, target_is_directory=True)
    monkeypatch.setattr(safefile, "_name", lambda path: os.path.abspath(path))
    result = runner.invoke(app, ["historia", "--vie", str(alias / "oma.json")])
    assert result.exit_code == 2, result.output
    assert "työkalun oman kansion" in result.stderr
    assert not (drafts / "oma.json").exists()
