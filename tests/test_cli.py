from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
import yaml
from typer.testing import CliRunner

from verkosto.cli.app import app
from verkosto.export.make import schema
from verkosto.i18n.catalog import t
from verkosto.interview import progress

from helpers import REPO, full_answers, typed_answers, verkosto_command

runner = CliRunner()


def write_answers(tmp_path: Path, answers: dict, name: str = "answers.yaml") -> Path:
    path = tmp_path / name
    if name.endswith(".json"):
        path.write_text(json.dumps(answers), encoding="utf-8")
    else:
        path.write_text(yaml.safe_dump(answers, allow_unicode=True), encoding="utf-8")
    return path


def test_version():
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.output.startswith("verkosto ")


def test_tarkista_bundled():
    result = runner.invoke(app, ["tarkista"])
    assert result.exit_code == 0
    assert "on kunnossa" in result.output


def test_tarkista_reports_all_problems_with_lines(tmp_path):
    broken = tmp_path / "broken.yaml"
    text = (REPO / "questions.yaml").read_text("utf-8")
    text = text.replace("  - id: ydin_anti\n    type: scale", "  - id: ydin_anti\n    type: slider")
    text = text.replace("  - id: opp_palaute\n", "  - id: opp_kaytannot\n")
    broken.write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["tarkista", str(broken)])
    assert result.exit_code == 2
    err = result.stderr
    assert "Tiedostossa on virheitä" in err
    assert "tuntematon kysymystyyppi 'slider'" in err
    assert "kysymys 'ydin_anti'" in err
    assert "tunnus 'opp_kaytannot' on jo käytössä" in err
    assert f"{broken}, rivi " in err
    assert "Virheitä yhteensä 2." in err
    assert isinstance(result.exception, SystemExit), result.exception


def test_tarkista_in_english_via_env(tmp_path):
    broken = tmp_path / "broken.yaml"
    broken.write_text("instrument: [\n", encoding="utf-8")
    result = runner.invoke(app, ["tarkista", str(broken)], env={"VERKOSTO_KIELI": "en"})
    assert result.exit_code == 2
    assert "The file has errors" in result.stderr
    assert "line" in result.stderr


def test_tarkista_missing_file(tmp_path):
    result = runner.invoke(app, ["tarkista", str(tmp_path / "nope.yaml")])
    assert result.exit_code == 2
    assert "tiedostoa ei löydy" in result.stderr


def test_bad_language_is_a_usage_error():
    result = runner.invoke(app, ["tarkista", "--kieli", "de"])
    assert result.exit_code == 2
    assert "Tuntematon kieli 'de'" in result.stderr


def test_kysymykset_json_shape(bundled):
    result = runner.invoke(app, ["kysymykset", "--json"])
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["instrument"] == {"id": bundled.id, "version": bundled.version}
    assert {d["side"] for d in data["dimensions"]} == {"benefit", "cost"}
    ids = [q["id"] for q in data["questions"]]
    assert ids == [q.id for q in bundled.questions]
    by_id = {q["id"]: q for q in data["questions"]}
    assert by_id["vaihe"]["choices"][0] == {"value": "harkitsen", "label": "Harkitsen liittymistä"}
    assert by_id["kesto"]["when"] == {"question": "vaihe", "equals": "jasen"}
    assert by_id["ydin_ainutlaatuinen"]["reverse"] is False
    assert by_id["tyotunnit"]["min"] == 1 and by_id["tyotunnit"]["max"] == 400
    assert by_id["ydin_aiheet"]["dimension"] == "ydintehtava"


def test_kysymykset_json_in_english():
    result = runner.invoke(app, ["kysymykset", "--json", "--lang", "en"])
    data = json.loads(result.stdout)
    assert data["questions"][0]["text"] == (
        "Are you already in this network, or still considering joining?"
    )


def test_kysymykset_table():
    result = runner.invoke(app, ["kysymykset"])
    assert result.exit_code == 0
    assert "ydin_aiheet" in result.stdout
    assert "kun vaihe =" in result.stdout  # the condition, under the type


def test_arvioi_with_all_answers_prompts_nothing_and_exports_to_stdout(tmp_path, bundled):
    answers = full_answers(bundled, scale=4)
    path = write_answers(tmp_path, answers)
    result = runner.invoke(
        app, ["arvioi", "--verkosto", "Testiverkosto", "--vastaukset", str(path), "--vie", "-"]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)  # stdout holds the JSON and nothing else
    jsonschema.validate(data, schema())
    assert data["network"] == "Testiverkosto"
    assert data["answers"] == {k: v for k, v in answers.items() if k in data["answers"]}
    assert data["recommendation"]["id"] == "continue"
    assert "Kysymys" not in result.stderr
    assert "Jatka kuten nyt" in result.stderr


def test_export_round_trip_reproduces_recommendation(tmp_path, bundled):
    path = write_answers(tmp_path, full_answers(bundled, scale=2, tenure="alle-6kk"))
    first = tmp_path / "first.json"
    second = tmp_path / "second.json"
    result = runner.invoke(
        app, ["arvioi", "--verkosto", "V", "--vastaukset", str(path), "-o", str(first)]
    )
    assert result.exit_code == 0, result.output
    result = runner.invoke(app, ["arvioi", "--vastaukset", str(first), "-o", str(second)])
    assert result.exit_code == 0, result.output
    a = json.loads(first.read_text("utf-8"))
    b = json.loads(second.read_text("utf-8"))
    assert b["network"] == "V"  # taken from the export
    for key in ("answers", "dimensions", "time", "balance", "recommendation"):
        assert a[key] == b[key], key
    assert first.stat().st_mode & 0o777 == 0o600


def test_interactive_interview_with_bad_answers_and_help(bundled):
    answers = full_answers(bundled, scale=4)
    lines = typed_answers(bundled, answers)
    # vaihe is the first question: first a bad answer, then help, then the real one.
    typed = ["Kuntaverkosto", "abc", "?", *lines]
    # A scale question gets "9" and "2,5" before its real answer.
    at = 3 + [q.id for q in bundled.questions if q.id in answers].index("ydin_aiheet")
    typed[at:at] = ["9", "2,5"]
    result = runner.invoke(app, ["arvioi"], input="\n".join(typed) + "\n")
    assert result.exit_code == 0, result.output
    out = result.output
    total = progress(bundled, answers)[1]
    assert "Kysymys 1/" in out
    assert f"Kysymys {total}/{total}" in out
    assert "Valitse jokin vaihtoehdoista 1–2" in out  # "abc" on the choice question
    assert "Jos harkitset liittymistä" in out  # "?" showed the help text
    assert "Anna kokonaisluku 1–5 tai 0" in out  # "9" and "2,5" on a scale
    assert "Suositus: Kuntaverkosto" in out
    assert "Jatka kuten nyt" in out


def test_partial_answers_only_missing_are_asked(tmp_path, bundled):
    answers = full_answers(bundled, scale=4)
    del answers["huomiot"]
    del answers["opp_palaute"]
    path = write_answers(tmp_path, answers)
    result = runner.invoke(
        app, ["arvioi", "--verkosto", "V", "--vastaukset", str(path)], input="5\nmuistiinpano\n"
    )
    assert result.exit_code == 0, result.output
    assert result.output.count("Kysymys ") == 2
    assert "Saan verkostosta kannustavaa palautetta" in result.output


def test_eof_mid_interview_exits_130_naming_the_question(tmp_path, bundled):
    answers = full_answers(bundled)
    del answers["tuki_vertais"]
    path = write_answers(tmp_path, answers)
    result = runner.invoke(app, ["arvioi", "--verkosto", "V", "--vastaukset", str(path)], input="")
    assert result.exit_code == 130
    # Named by its label, as the person saw it, not by its id in the file.
    assert '"Vertaistuki"' in result.stderr and "tuki_vertais" not in result.stderr
    assert isinstance(result.exception, SystemExit), result.exception


def test_bad_answers_file_lists_every_problem(tmp_path, bundled):
    answers = full_answers(bundled)
    answers.update(ydin_aiheet=9, tunnit_matkat="paljon", vaihe="ehkä", tuntematon=1)
    path = write_answers(tmp_path, answers)
    result = runner.invoke(app, ["arvioi", "--verkosto", "V", "--vastaukset", str(path)])
    assert result.exit_code == 2
    for qid in ("ydin_aiheet", "tunnit_matkat", "vaihe", "tuntematon"):
        assert f"'{qid}'" in result.stderr
    assert "Virheitä yhteensä 4." in result.stderr
    assert "rivi" in result.stderr


@pytest.mark.parametrize("name", ["", "   ", "a\x07b", "x" * 500])
def test_bad_network_name(name, tmp_path, bundled):
    path = write_answers(tmp_path, full_answers(bundled))
    result = runner.invoke(app, ["arvioi", "--verkosto", name, "--vastaukset", str(path)])
    assert result.exit_code == 2
    assert "verkoston nimen" in result.stderr


def test_export_to_missing_folder_fails_with_exit_1_and_keeps_the_assessment(
    tmp_path, bundled, monkeypatch
):
    home = tmp_path / "home" / "verkosto"
    monkeypatch.setenv("VERKOSTO_HOME", str(home))
    path = write_answers(tmp_path, full_answers(bundled))
    target = tmp_path / "no" / "such" / "out.json"
    result = runner.invoke(
        app, ["arvioi", "--verkosto", "V", "--vastaukset", str(path), "-o", str(target)]
    )
    assert result.exit_code == 1
    assert "Vientitiedostoa" in result.stderr and str(target) in result.stderr
    kept = list((home / "arviot").glob("arvio-*.json"))
    assert len(kept) == 1
    assert str(kept[0]) in result.stderr
    data = json.loads(kept[0].read_text("utf-8"))
    jsonschema.validate(data, schema())
    assert data["network"] == "V"
    assert kept[0].stat().st_mode & 0o777 == 0o600
    for folder in (home, home / "arviot"):
        assert folder.stat().st_mode & 0o777 == 0o700


def test_english_result_screen(tmp_path, bundled):
    path = write_answers(tmp_path, full_answers(bundled, scale=5, hours=1.0))
    result = runner.invoke(
        app, ["arvioi", "--network", "N", "--answers", str(path), "--lang", "en"]
    )
    assert result.exit_code == 0
    assert "Recommendation: N" in result.output
    assert "Take an active part" in result.output
    assert "Next review" in result.output


def test_newcomer_interview_asks_expected_benefits_not_seen_ones(bundled):
    answers = full_answers(bundled, phase="harkitsen")
    typed = ["V", *typed_answers(bundled, answers)]
    result = runner.invoke(app, ["arvioi"], input="\n".join(typed) + "\n")
    assert result.exit_code == 0, result.output
    assert "Osaan nimetä konkreettisen hyödyn, jota odotan" in result.output
    # How to answer the benefit statements is said once, where they start, not under each.
    shown = " ".join(result.output.split())
    note = " ".join(t("joining_note", "fi").split())
    assert shown.count(note) == 1
    first, second = (bundled.question(q).text.fi for q in ("ydin_aiheet", "ydin_anti"))
    assert shown.index(first) < shown.index(note) < shown.index(second)
    assert "Kuinka kauan olet ollut mukana" not in result.output
    assert "Liity verkostoon" in result.output


def run_script(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, **env}
    return subprocess.run(
        [verkosto_command(), *args],
        capture_output=True,
        text=True,
        env=environment,
        timeout=60,
        stdin=subprocess.DEVNULL,
    )


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["arvioi", "--bogus"], "Tuntematon valitsin --bogus."),
        (["tuntematon"], "Tuntematon komento 'tuntematon'."),
        (["arvioi", "--kysymykset"], "Valitsin --kysymykset tarvitsee arvon."),
        # A language option with nothing after it lacks its value; it is not an unknown option.
        (["--kieli"], "Valitsin --kieli tarvitsee arvon."),
        (["--version", "--lang"], "Valitsin --lang tarvitsee arvon."),
        (["arvioi", "--lang", "en", "--bogus"], "Unknown option --bogus."),
    ],
)
def test_usage_errors_in_the_installed_script(args, expected):
    result = run_script(*args)
    assert result.returncode == 2
    assert expected in result.stderr
    assert "--help" in result.stderr
    assert "Traceback" not in result.stderr


def test_script_help_and_version_exit_0():
    assert run_script("--help").returncode == 0
    version = run_script("--version")
    assert version.returncode == 0 and version.stdout.startswith("verkosto ")


def test_module_entry_point():
    result = subprocess.run(
        [sys.executable, "-m", "verkosto", "tarkista"], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0
    assert "on kunnossa" in result.stdout


@pytest.mark.parametrize("name", ["Verkosto [/pj]", "[bold]Kunta[/bold] & [pks]", "a\\[b]"])
def test_network_names_are_shown_as_typed_never_as_markup(tmp_path, bundled, name):
    path = write_answers(tmp_path, full_answers(bundled))
    out = tmp_path / "out.json"
    result = runner.invoke(
        app, ["arvioi", "--verkosto", name, "--vastaukset", str(path), "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    assert f"Suositus: {name}" in result.output
    assert json.loads(out.read_text("utf-8"))["network"] == name


def test_texts_from_questions_file_are_not_markup(tmp_path, bundled):
    text = (REPO / "questions.yaml").read_text("utf-8")
    text = text.replace(
        "label: {fi: Osallistuja, en: Participant",
        "label: {fi: 'Osallistuja [/rivi]', en: Participant",
    )
    text = text.replace(
        "title: {fi: Resurssit, en: Resources", "title: {fi: 'Resurssit [raha]', en: Resources"
    )
    questions = tmp_path / "q.yaml"
    questions.write_text(text, encoding="utf-8")
    answers = full_answers(bundled)
    del answers["rooli"]
    path = write_answers(tmp_path, answers)
    result = runner.invoke(
        app,
        ["arvioi", "--verkosto", "V", "--kysymykset", str(questions), "--vastaukset", str(path)],
        input="1\n",
    )
    assert result.exit_code == 0, result.output
    assert "Osallistuja [/rivi]" in result.output
    assert "Resurssit [raha]" in result.output


def test_worktime_below_the_network_hours_is_asked_again(tmp_path, bundled):
    answers = full_answers(bundled, hours=50.0)
    del answers["tyotunnit"]
    path = write_answers(tmp_path, answers)
    result = runner.invoke(
        app, ["arvioi", "--verkosto", "V", "--vastaukset", str(path)], input="150\n220\n"
    )
    assert result.exit_code == 0, result.output
    expected = "Verkostoon kuluvat tunnit (200\u00a0h/kk) ylittävät koko työaikasi (150\u00a0h/kk)"
    assert expected in result.output
    assert "220\u00a0h/kk" in result.output


def test_bare_command_shows_help_and_exits_0():
    result = run_script()
    assert result.returncode == 0
    assert "arvioi" in result.stdout
    assert result.stderr == ""


def test_extra_argument_in_finnish():
    result = run_script("arvioi", "ylimääräinen")
    assert result.returncode == 2
    assert "Ylimääräinen argumentti: ylimääräinen." in result.stderr


def test_all_answered_without_a_name_and_no_terminal_is_a_usage_error(tmp_path, bundled):
    path = write_answers(tmp_path, full_answers(bundled))
    result = run_script("arvioi", "--vastaukset", str(path))
    assert result.returncode == 2
    assert "Verkoston nimi puuttuu" in result.stderr


def test_answers_ruled_out_by_the_file_are_dropped_with_a_note(tmp_path, bundled):
    answers = full_answers(bundled, phase="harkitsen", kesto="1-3v")
    path = write_answers(tmp_path, answers)
    result = runner.invoke(app, ["arvioi", "--verkosto", "V", "--vastaukset", str(path), "-o", "-"])
    assert result.exit_code == 0, result.output
    assert "vastaus kysymykseen 'kesto' jätettiin pois" in result.stderr
    assert "kesto" not in json.loads(result.stdout)["answers"]


def test_export_to_a_full_stdout_keeps_the_assessment(tmp_path, bundled):
    path = write_answers(tmp_path, full_answers(bundled))
    home = tmp_path / "home"
    with open("/dev/full", "w") as full:
        result = subprocess.run(
            [verkosto_command(), "arvioi", "--verkosto", "V", "--vastaukset", str(path), "-o", "-"],
            stdout=full,
            stderr=subprocess.PIPE,
            stdin=subprocess.DEVNULL,
            text=True,
            env={**os.environ, "VERKOSTO_HOME": str(home)},
            timeout=60,
        )
    assert result.returncode == 1
    assert "Vientiä ei voitu kirjoittaa vakiotulosteeseen" in result.stderr
    assert "Traceback" not in result.stderr
    kept = list((home / "arviot").glob("*.json"))
    assert len(kept) == 1 and str(kept[0]) in result.stderr


def test_a_file_answer_waiting_on_an_asked_question_is_kept(tmp_path, bundled):
    answers = full_answers(bundled, tenure="yli-3v")
    del answers["vaihe"]  # asked at the prompt; the file already says how long
    path = write_answers(tmp_path, answers)
    result = runner.invoke(
        app, ["arvioi", "--verkosto", "V", "--vastaukset", str(path), "-o", "-"], input="2\n"
    )
    assert result.exit_code == 0, result.output
    assert result.stderr.count("Kysymys ") == 1
    assert json.loads(result.stdout)["answers"]["kesto"] == "yli-3v"


class CtrlCAtConfirm:
    """A person who presses Ctrl-C where a command asks for a yes."""

    def is_terminal(self) -> bool:
        return True

    def read_line(self, console, prompt) -> str:
        raise KeyboardInterrupt


@pytest.mark.parametrize(
    ("args", "said"), [([], "Keskeytetty."), (["--kieli", "en"], "Interrupted.")]
)
def test_ctrl_c_in_a_command_exits_130_quietly_in_the_persons_language(
    isolated_env, bundled, args, said
):
    from verkosto.cli.terminal import Terminal

    class Person(CtrlCAtConfirm, Terminal):
        pass

    from verkosto import history

    from helpers import make_export

    history.record(history.database_path(isolated_env), make_export(bundled))
    result = runner.invoke(app, [*args, "poista", "--kaikki"], obj=Person())
    assert result.exit_code == 130
    assert isinstance(result.exception, SystemExit)
    assert result.stderr.strip().endswith(said)
    assert history.count(history.database_path(isolated_env)) == 1  # nothing deleted
