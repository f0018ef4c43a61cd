"""Hostile cases found after the first round: each next to the ordinary case."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess

import pytest
from typer.testing import CliRunner

from verkosto import history
from verkosto.cli.app import app
from verkosto.export import check as export_check
from verkosto.export import strict

from helpers import make_export, verkosto_command

runner = CliRunner()
EVIL = "Evil\x1b]0;PWNED\x07\x1b[2J\u202eabc\u009b31m"
RAW = ("\x1b", "\u202e", "\u009b")


def no_raw(text: str) -> bool:
    return not any(ch in text for ch in RAW)


@pytest.mark.parametrize("lang", ["fi", "en"])
@pytest.mark.parametrize("text", ["{a: 1", "instrument: {id: x\n", "[1, 2"])
def test_a_yaml_syntax_error_is_told_not_crashed(tmp_path, lang, text):
    path = tmp_path / "rikki.yaml"
    path.write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["tarkista", str(path), "--kieli", lang])
    assert result.exit_code == 2
    assert isinstance(result.exception, SystemExit)
    assert ("rivi " if lang == "fi" else "line ") in result.stderr


@pytest.mark.parametrize(
    "command", [["arvioi", "--verkosto", "T", "--ei-tallenna"], ["poista", "1"]]
)
def test_an_endless_stdin_is_refused_not_read_into_memory(tmp_path, bundled, command):
    history.record(history.database_path(tmp_path), make_export(bundled))
    with open("/dev/zero", "rb") as zero:
        done = subprocess.run(
            [verkosto_command(), *command],
            stdin=zero,
            capture_output=True,
            timeout=60,
            check=False,
            env={**os.environ, "VERKOSTO_HOME": str(tmp_path)},
        )
    assert done.returncode == 2
    assert "liian pitkä" in done.stderr.decode()


def test_ordinary_piped_answers_still_work(tmp_path):
    done = subprocess.run(
        [verkosto_command(), "arvioi", "--verkosto", "T"],
        input=b"2\n3\n",
        capture_output=True,
        timeout=60,
        check=False,
        env={**os.environ, "VERKOSTO_HOME": str(tmp_path)},
    )
    assert done.returncode == 130  # input ended; two answers kept as a draft
    assert "2 vastausta on tallessa" in done.stderr.decode() + done.stdout.decode()


def hostile_export(bundled) -> dict:
    data = make_export(bundled)
    data["answers"][EVIL] = 4
    data["dimensions"][EVIL] = {"score": 4.0, "level": "strength"}
    data["recommendation"]["title"] = EVIL
    return data


def test_vertaa_shows_hostile_keys_and_titles_escaped(tmp_path, bundled):
    (tmp_path / "a.json").write_text(json.dumps(hostile_export(bundled)), encoding="utf-8")
    (tmp_path / "b.json").write_text(json.dumps(make_export(bundled)), encoding="utf-8")
    for order in (("a.json", "b.json"), ("b.json", "a.json")):
        result = runner.invoke(app, ["vertaa", *(str(tmp_path / name) for name in order)])
        assert result.exit_code == 0, result.output
        assert no_raw(result.output) and "\\x1b" in result.output


def test_history_rows_with_hostile_titles_are_shown_escaped(tmp_path, bundled, isolated_env):
    db = history.database_path(isolated_env)
    history.record(db, make_export(bundled))
    with sqlite3.connect(db) as conn:
        (stored,) = conn.execute("SELECT export FROM assessment").fetchone()
        conn.execute(
            "UPDATE assessment SET export = ?",
            (
                json.dumps(
                    {
                        **json.loads(stored),
                        **{
                            "recommendation": {
                                **json.loads(stored)["recommendation"],
                                "title": EVIL,
                            }
                        },
                    }
                ),
            ),
        )
    history.record(db, make_export(bundled))
    for command in (["historia"], ["yhteenveto"], ["vertaa", "1", "2"], ["raportti", "1"]):
        result = runner.invoke(app, command)
        assert result.exit_code == 0, (command, result.output)
        assert no_raw(result.output), command


@pytest.mark.parametrize("command", ["raportti", "vertaa"])
def test_non_finite_numbers_in_an_export_are_refused(tmp_path, bundled, command):
    data = make_export(bundled)
    data["time"]["hours_per_month"] = float("nan")
    path = tmp_path / "nan.json"
    path.write_text(json.dumps(data), encoding="utf-8")  # json writes NaN, which is not JSON
    assert "NaN" in path.read_text(encoding="utf-8")
    args = [command, str(path)] + ([str(path)] if command == "vertaa" else [])
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    assert "NaN" in result.stderr


def test_a_planted_row_with_a_non_finite_score_is_set_aside(bundled, isolated_env):
    db = history.database_path(isolated_env)
    history.record(db, make_export(bundled))
    with sqlite3.connect(db) as conn:
        (stored,) = conn.execute("SELECT export FROM assessment").fetchone()
        data = json.loads(stored)
        data["balance"]["ratio"] = float("nan")
        conn.execute("UPDATE assessment SET export = ?", (json.dumps(data),))
    good, damaged = history.read(db)
    assert good == [] and len(damaged) == 1


def test_help_to_a_closed_or_full_stdout_is_one_line_not_a_traceback(tmp_path):
    env = {**os.environ, "VERKOSTO_HOME": str(tmp_path)}
    for command in (
        f"'{verkosto_command()}' --help >&-",
        f"'{verkosto_command()}' arvioi --help > /dev/full",
    ):
        done = subprocess.run(
            command, shell=True, capture_output=True, text=True, timeout=60, check=False, env=env
        )
        assert done.returncode == 1
        assert "Traceback" not in done.stderr and "Tulostetta ei voitu kirjoittaa" in done.stderr


def test_a_result_that_cannot_be_shown_or_stored_is_kept_as_a_file(tmp_path, bundled):
    from helpers import full_answers

    answers = tmp_path / "a.json"
    answers.write_text(json.dumps(full_answers(bundled)), encoding="utf-8")
    home = tmp_path / "home"
    done = subprocess.run(
        f"'{verkosto_command()}' arvioi --vastaukset '{answers}' --verkosto X --ei-tallenna >&-",
        shell=True,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env={**os.environ, "VERKOSTO_HOME": str(home)},
    )
    assert done.returncode == 1
    kept = list((home / "arviot").glob("arvio-*.json"))
    assert len(kept) == 1 and str(kept[0]) in done.stderr
    assert json.loads(kept[0].read_text(encoding="utf-8"))["network"] == "X"


def test_ctrl_c_while_exporting_says_the_assessment_is_stored(tmp_path, bundled):
    import signal
    import time

    from helpers import full_answers

    answers = tmp_path / "a.json"
    answers.write_text(json.dumps(full_answers(bundled)), encoding="utf-8")
    fifo = tmp_path / "ei-lukijaa"
    os.mkfifo(fifo)
    process = subprocess.Popen(
        [
            verkosto_command(),
            "arvioi",
            "--vastaukset",
            str(answers),
            "--verkosto",
            "T",
            "--vie",
            str(fifo),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "VERKOSTO_HOME": str(tmp_path / "home")},
    )
    # Wait until the assessment is stored and the tool waits for a reader of the pipe.
    db = tmp_path / "home" / "historia.sqlite3"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if db.exists() and history.read(db)[0]:
            break
        time.sleep(0.1)
    time.sleep(0.3)  # from storing to opening the pipe
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=30)
    assert process.returncode == 130
    assert "Arvio oli jo tallennettu historiaan" in err
    assert "Vastauksia ei tallennettu" not in err


@pytest.mark.parametrize(
    ("args", "fi", "en"),
    [
        (["kooste"], "Komennolta puuttuu POLKU.", "The command needs PATH."),
        (["poista", "abc"], "Arvo kohdassa NRO ei kelpaa", "The value for NUMBER is not valid"),
    ],
)
def test_usage_errors_in_the_persons_language(args, fi, en):
    done = subprocess.run(
        [verkosto_command(), *args], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 2 and fi in done.stderr
    done = subprocess.run(
        [verkosto_command(), *args, "--kieli", "en"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 2 and en in done.stderr
    assert "Missing argument" not in done.stderr and "Invalid value" not in done.stderr


@pytest.mark.parametrize(
    "name",
    [
        "   ",
        "\u00a0",
        "Te\u200bsti",
        "\ufeffTesti",
        "Tes\u00adti",
        "Testi\U000e0041",
        "\ufff9Testi",
    ],
)
def test_an_export_name_the_typed_path_refuses_is_refused_everywhere(tmp_path, bundled, name):

    data = make_export(bundled)
    data["network"] = name
    assert strict.validate(data) is not None
    assert export_check.check_export(data) != []
    path = tmp_path / "x.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    result = runner.invoke(app, ["raportti", str(path)])
    assert result.exit_code == 2


def test_an_ordinary_name_with_accents_is_fine(bundled):

    data = make_export(bundled)
    data["network"] = "Åbo–Turun järjestöverkosto (2026)"
    assert strict.validate(data) is None and export_check.check_export(data) == []


def test_kooste_does_not_follow_links_inside_folders(tmp_path, bundled):
    folder = tmp_path / "viennit"
    folder.mkdir()
    (folder / "oikea.json").write_text(json.dumps(make_export(bundled)), encoding="utf-8")
    secret = tmp_path / "salainen.txt"
    secret.write_text("root:x:0:0", encoding="utf-8")
    (folder / "linkki.json").symlink_to(secret)
    result = runner.invoke(app, ["kooste", str(folder), "--json"])
    assert result.exit_code == 0, result.output
    assert "linkki.json" in result.stderr and "ohitettiin" in result.stderr
    assert json.loads(result.stdout)["files"]["valid"] == 1


@pytest.mark.parametrize(
    "args",
    [
        ["historia", "--verkosto", "X"],
        ["vertaa", "--verkosto", "X"],
        ["raportti", "--viimeisin", "--verkosto", "X"],
    ],
)
def test_an_empty_history_is_said_the_same_way_by_every_command(args):
    result = runner.invoke(app, args)
    assert result.exit_code == 0
    assert "ei ole vielä arvioita" in result.stdout or "ei ole tallennettuja" in result.stdout


@pytest.mark.parametrize("ref", ["²", "١", "1²"])
def test_a_digit_that_is_not_ascii_is_no_assessment_number(ref):
    result = runner.invoke(app, ["raportti", ref])
    assert result.exit_code == 2
    assert isinstance(result.exception, SystemExit)


def test_a_control_character_in_a_question_is_one_problem_not_eight(tmp_path):
    from helpers import REPO

    text = (REPO / "questions.yaml").read_text("utf-8")
    old = "fi: Oletko jo mukana tässä verkostossa vai harkitsetko vasta liittymistä?"
    assert text.count(old) == 1
    path = tmp_path / "q.yaml"
    # A YAML escape (\e) puts a real ESC into the text without breaking the YAML.
    path.write_text(text.replace(old, 'fi: "Oletko\\e[2J jo mukana?"'), "utf-8")
    result = runner.invoke(app, ["tarkista", str(path)])
    assert result.exit_code == 2
    problems = [line for line in result.stderr.splitlines() if line.startswith("  ")]
    assert len(problems) == 1, problems
    assert "\\x1b" in problems[0] and no_raw(result.stderr)
