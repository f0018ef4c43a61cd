"""Hostile use (issue 11): untrusted text never drives the terminal or a report.

Each hostile input is a fixture or a parameter, next to the ordinary case it spoils.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from verkosto import history, safetext, store
from verkosto.cli import app

from helpers import REPO, full_answers, make_export

runner = CliRunner()

OSC_TITLE = "Verkosto\x1b]0;pwned\x07"
CLEAR = "Verkosto\x1b[2J\x1b[H"
RLO = "Verkosto \u202efdp.exe"
C1_CSI = "Verkosto\x9b31m"
HOSTILE_NAMES = [OSC_TITLE, CLEAR, RLO, C1_CSI, "x" * 500_000]
BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"


def leaks(text: str) -> list[str]:
    """Return the characters in `text` that a terminal would act on: ESC, C1, DEL, bidi."""
    return [ch for ch in text if ch == "\x1b" or "\x7f" <= ch <= "\x9f" or ch in BIDI
            or (ch < " " and ch not in "\n\t\r")]


def out_of(result) -> str:
    return result.stdout + result.stderr


@pytest.fixture
def db(isolated_env: Path) -> Path:
    return history.database_path(isolated_env)


# --------------------------------------------------------------------------- the one rule


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("Tavallinen verkosto – ääkköset", "Tavallinen verkosto – ääkköset"),
        ("a\x1b]0;x\x07b", "a\\x1b]0;x\\x07b"),
        ("a\x9bb\x7f", "a\\x9bb\\x7f"),
        ("a\u202eb\u2066c\u200fd\u061ce", "a\\u202eb\\u2066c\\u200fd\\u061ce"),
        ("rivi\nrivi\t", "rivi\\nrivi\\t"),
        ("a\u2028b", "a\\u2028b"),
    ],
)
def test_visible_shows_control_characters_as_escapes(raw, shown):
    assert safetext.visible(raw) == shown
    assert not leaks(safetext.visible(raw))


def test_visible_keeps_lines_when_asked_and_shortens():
    assert safetext.visible("a\nb\x1b", multiline=True) == "a\nb\\x1b"
    assert safetext.visible("x" * 10, limit=4) == "xxxx…"


def test_json_text_escapes_c1_and_bidi_and_reads_back_the_same():
    data = {"network": "a\x9b\u202eb\x1b"}
    text = safetext.json_text(data)
    assert not leaks(text)
    assert json.loads(text) == data


# --------------------------------------------------------------------------- exports


@pytest.mark.parametrize("name", HOSTILE_NAMES, ids=["osc", "clear", "rlo", "c1", "long"])
def test_an_export_with_a_hostile_network_name_is_refused_like_typed_input(
        tmp_path, bundled, db, name):
    path = tmp_path / "vienti.json"
    path.write_text(json.dumps(make_export(bundled, network=name)), "utf-8")
    result = runner.invoke(app, ["arvioi", "--vastaukset", str(path)])
    assert result.exit_code == 2, out_of(result)
    assert "verkoston nimi on tyhjä, yli 120 merkkiä pitkä tai siinä on ohjausmerkkejä" in (
        result.stderr)
    assert not leaks(out_of(result))
    assert not db.exists()  # nothing stored


def test_the_ordinary_export_is_still_used(tmp_path, bundled, db):
    path = tmp_path / "vienti.json"
    path.write_text(json.dumps(make_export(bundled, network="Hyvä verkosto")), "utf-8")
    result = runner.invoke(app, ["arvioi", "--vastaukset", str(path)])
    assert result.exit_code == 0, out_of(result)
    assert [s.network for s in history.assessments(db)] == ["Hyvä verkosto"]


def test_another_networks_hostile_export_is_refused_too(tmp_path, bundled, db):
    path = tmp_path / "vienti.json"
    path.write_text(json.dumps(make_export(bundled, network=OSC_TITLE)), "utf-8")
    result = runner.invoke(app, ["arvioi", "--verkosto", "Y", "--vastaukset", str(path)])
    assert result.exit_code == 2
    assert not leaks(out_of(result))


@pytest.mark.parametrize("suffix", [".json", ".yaml"])
def test_a_hostile_answers_key_is_shown_escaped(tmp_path, bundled, suffix):
    path = tmp_path / f"vastaukset{suffix}"
    answers = {"\x1b]0;pwned\x07": 1, **full_answers(bundled)}
    text = json.dumps(answers) if suffix == ".json" else yaml.safe_dump(answers)
    path.write_text(text, "utf-8")
    result = runner.invoke(app, ["arvioi", "--verkosto", "V", "--vastaukset", str(path)])
    assert result.exit_code == 2
    assert "\\x1b]0;pwned\\x07" in result.stderr
    assert not leaks(out_of(result))


# --------------------------------------------------------------------------- questions files


@pytest.fixture
def hostile_questions(tmp_path) -> Path:
    text = (REPO / "questions.yaml").read_text("utf-8")
    first = yaml.safe_load(text)["questions"][0]["text"]["fi"]
    assert first in text
    path = tmp_path / "oma.yaml"
    path.write_text(text.replace(first, f"\"{first}\\e[2J\\u202e\"", 1), "utf-8")
    return path


def test_tarkista_reports_control_characters_in_a_text(hostile_questions):
    result = runner.invoke(app, ["tarkista", str(hostile_questions)])
    assert result.exit_code == 2
    assert f"{hostile_questions}, rivi " in result.stderr
    assert "kysymys 'vaihe'" in result.stderr
    assert "ohjausmerkki \\x1b" in result.stderr
    assert not leaks(out_of(result))


@pytest.mark.parametrize("command", [["kysymykset"], ["arvioi", "--verkosto", "V"]])
def test_a_hostile_questions_file_is_never_printed(hostile_questions, command):
    result = runner.invoke(app, [*command, "--kysymykset", str(hostile_questions)], input="1\n")
    assert result.exit_code == 2
    assert not leaks(out_of(result))


# --------------------------------------------------------------------------- drafts


def _tampered_draft(home: Path, bundled, name: str, **fields) -> Path:
    path = store.save_draft(home, "D", {"vaihe": "jasen"}, None, bundled.sha256,
                            store.datetime.now().astimezone())
    data = json.loads(path.read_text("utf-8"))
    data.update(network=name, **fields)
    path.write_text(json.dumps(data), "utf-8")
    return path


def test_a_tampered_drafts_name_is_never_printed(isolated_env, bundled):
    _tampered_draft(isolated_env, bundled, OSC_TITLE)
    result = runner.invoke(app, ["arvioi", "--jatka"], input="")
    assert result.exit_code == 2
    assert not leaks(out_of(result))


@pytest.mark.parametrize(
    "saved_at", ["0001-01-01T00:00:00+14:00", "ei aika", "9999-12-31T23:59:59-14:00"])
def test_a_draft_with_an_impossible_time_is_set_aside_not_fatal(isolated_env, bundled, saved_at):
    _tampered_draft(isolated_env, bundled, "D", saved_at=saved_at)
    result = runner.invoke(app, ["arvioi", "--verkosto", "D", "--ei-tallenna"],
                           input="\n".join(["1"] * 60) + "\n")
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert result.exit_code in (0, 130), out_of(result)
    assert "Luonnos" in result.stdout or "luonnos" in result.stdout


# --------------------------------------------------------------------------- history


def _plant_row(db: Path, bundled, export_text: str, network: str = "V") -> None:
    history.record(db, make_export(bundled, network="V"))
    conn = sqlite3.connect(db)
    conn.execute("UPDATE assessment SET export = ?, network = ? WHERE id = "
                 "(SELECT MAX(id) FROM assessment)", (export_text, network))
    conn.commit()
    conn.close()


def test_the_history_refuses_what_the_typed_path_refuses(db, bundled):
    from verkosto.errors import OperationFailed

    for name in HOSTILE_NAMES:
        with pytest.raises(OperationFailed) as caught:
            history.record(db, make_export(bundled, network=name))
        assert caught.value.key == "history_refused"
    history.record(db, make_export(bundled, network="Hyvä"))


@pytest.mark.parametrize(
    "command",
    [["historia"], ["historia", "--json"], ["historia", "--vie", "-"], ["yhteenveto"],
     ["yhteenveto", "--json"], ["vertaa"], ["raportti", "--viimeisin", "--muoto", "txt"],
     ["raportti", "--viimeisin"], ["poista", "2", "--kylla"]],
)
def test_a_hostile_name_planted_in_the_history_never_reaches_the_terminal(db, bundled, command):
    history.record(db, make_export(bundled, network="V"))
    hostile = make_export(bundled, network="V")
    hostile["network"] = OSC_TITLE + RLO + C1_CSI
    _plant_row(db, bundled, json.dumps(hostile), network=OSC_TITLE)
    result = runner.invoke(app, command)
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert result.exit_code == 0, out_of(result)
    assert not leaks(out_of(result))


BAD_ROWS = {
    "not-json": "{rikki",
    "list": "[1, 2]",
    "empty": "{}",
    "deep": "[" * 100_000 + "]" * 100_000,
    "text-number": None,  # filled below: balance.benefit "x"
    "infinite": None,
}


@pytest.fixture(params=list(BAD_ROWS))
def bad_row(request, bundled) -> str:
    text = BAD_ROWS[request.param]
    if request.param == "text-number":
        data = make_export(bundled, network="V")
        data["balance"]["benefit"] = "x"
        return json.dumps(data)
    if request.param == "infinite":
        data = make_export(bundled, network="V")
        data["time"]["hours_per_month"] = 1e308
        return json.dumps(data)
    assert text is not None
    return text


def test_a_bad_history_row_is_named_and_never_blocks_the_others(db, bundled, bad_row):
    history.record(db, make_export(bundled, network="Hyvä"))
    _plant_row(db, bundled, bad_row)
    for command in (["historia"], ["yhteenveto"], ["historia", "--json"], ["vertaa"]):
        result = runner.invoke(app, command)
        assert result.exception is None or isinstance(result.exception, SystemExit), command
        assert result.exit_code == 0, (command, out_of(result))
        assert "Ohitettu vioittunut arvio #2" in result.stderr
    shown = runner.invoke(app, ["historia"])
    assert "Hyvä" in shown.stdout
    report = runner.invoke(app, ["raportti", "2"])
    assert report.exit_code == 1
    assert "arvio #2 on vioittunut" in report.stderr
    deleted = runner.invoke(app, ["poista", "2"], input="k\n")
    assert deleted.exit_code == 0, out_of(deleted)
    assert "vioittunut arvio" in deleted.stdout
    assert [s.id for s in history.assessments(db)] == [1]
    assert history.read(db)[1] == []


def test_raportti_on_an_export_with_a_text_number_says_what_is_wrong(tmp_path, bundled):
    data = make_export(bundled)
    data["balance"]["benefit"] = "x"
    path = tmp_path / "vienti.json"
    path.write_text(json.dumps(data), "utf-8")
    result = runner.invoke(app, ["raportti", str(path)])
    assert result.exit_code == 2
    assert "balance.benefit" in result.stderr


def test_markdown_escapes_more_than_brackets(tmp_path, bundled):
    data = make_export(bundled, network="![kuva](http://x) $x$ ^a^ {b}")
    path = tmp_path / "vienti.json"
    path.write_text(json.dumps(data), "utf-8")
    result = runner.invoke(app, ["raportti", str(path)])
    assert result.exit_code == 0
    first = result.stdout.splitlines()[0]
    assert "\\!\\[kuva\\]\\(http://x\\) \\$x\\$ \\^a\\^ \\{b\\}" in first


# --------------------------------------------------------------------------- property tests

hostile_text = st.text(
    alphabet=st.characters(codec="utf-8", categories=["Cc", "Cf", "Zl", "Zp", "L", "Zs"])
    | st.sampled_from(list(BIDI) + ["\x1b", "\x9b", "\x7f", "\x07"]),
    min_size=1, max_size=40,
)


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=hostile_text)
def test_random_names_never_leak_through_typed_or_file_paths(tmp_path, bundled, name):
    typed = runner.invoke(app, ["arvioi", "--verkosto", name, "--ei-tallenna", "--ei-kysy"])
    assert not leaks(out_of(typed))
    path = tmp_path / "vienti.json"
    path.write_text(json.dumps(make_export(bundled, network="V") | {"network": name}), "utf-8")
    from_file = runner.invoke(app, ["arvioi", "--vastaukset", str(path), "--ei-tallenna"])
    assert not leaks(out_of(from_file))
    assert from_file.exception is None or isinstance(from_file.exception, SystemExit)


@settings(max_examples=25, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=hostile_text, note=hostile_text)
def test_random_text_planted_in_the_history_never_leaks(isolated_env, bundled, name, note):
    db = history.database_path(isolated_env)
    db.unlink(missing_ok=True)
    history.record(db, make_export(bundled, network="V"))
    planted = make_export(bundled, network="V", huomiot=note)
    planted["network"] = name
    _plant_row(db, bundled, json.dumps(planted), network=name)
    for command in (["historia"], ["yhteenveto", "--json"], ["vertaa", "1", "2"],
                    ["raportti", "2", "--muoto", "txt"], ["poista", "2", "--kylla"]):
        result = runner.invoke(app, command)
        assert not leaks(out_of(result)), command
        assert result.exception is None or isinstance(result.exception, SystemExit), command


@settings(max_examples=25, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(note=hostile_text)
def test_random_free_text_answers_never_leak(tmp_path, bundled, note):
    path = tmp_path / "vastaukset.json"
    path.write_text(json.dumps(full_answers(bundled, huomiot=note)), "utf-8")
    result = runner.invoke(app, ["arvioi", "--verkosto", "V", "--vastaukset", str(path),
                                 "--vie", "-"])
    assert not leaks(out_of(result))
    assert result.exception is None or isinstance(result.exception, SystemExit)
