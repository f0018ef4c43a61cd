"""A verdict said to someone considering joining keeps its joiner wording when shown again.

The exports in data/old_exports/ were written before `recommendation.joining` existed
(questions 2.0.0) or in the first export shape (questions 1.0.0): every export made so far
must keep reading, and a joiner's "Liity verkostoon" must never come back as "Jatka kuten
nyt" in `historia`, `vertaa`, `yhteenveto`, `raportti` or the "previous assessment" line.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from typer.testing import CliRunner

from verkosto import compare, history
from verkosto.cli.app import app
from verkosto.cli.assess import ConsoleUi
from verkosto.export.check import check_export
from verkosto.export.make import schema
from verkosto.export.strict import validate
from verkosto.render.console import make_console
from verkosto.session import earlier_answers

from helpers import make_export

runner = CliRunner()
OLD = Path(__file__).parent / "data" / "old_exports"
OLD_FILES = sorted(OLD.glob("*.json"))
JOINERS = ("joiner-2.0.0.json", "joiner-1.0.0.json")


def old(name: str) -> dict[str, Any]:
    """Return one of the exports written by earlier versions."""
    loaded: dict[str, Any] = json.loads((OLD / name).read_text("utf-8"))
    return loaded


@pytest.fixture
def db(isolated_env: Path) -> Path:
    """The history database in the test's private data folder."""
    return isolated_env / "historia.sqlite3"


# --------------------------------------------------------------------------- the export


def test_a_new_export_says_whether_the_person_was_joining(bundled):
    joining = make_export(bundled, phase="harkitsen")
    member = make_export(bundled)
    assert joining["recommendation"]["joining"] is True
    assert member["recommendation"]["joining"] is False
    for made in (joining, member):
        jsonschema.validate(made, schema())
        assert validate(made) is None


def test_the_joining_flag_must_be_true_or_false(bundled):
    made = make_export(bundled, phase="harkitsen")
    made["recommendation"]["joining"] = "yes"
    assert not jsonschema.Draft202012Validator(schema()).is_valid(made)
    problem = validate(made)
    assert problem is not None and problem.params["key"] == "recommendation.joining"


@pytest.mark.parametrize("path", OLD_FILES, ids=lambda p: p.name)
def test_every_earlier_export_still_reads(path):
    data = json.loads(path.read_text("utf-8"))
    assert "joining" not in data["recommendation"]
    jsonschema.validate(data, schema())
    assert validate(data) is None  # kooste's strict check
    assert check_export(data, path.name) == []  # vertaa and raportti


# --------------------------------------------------------------------------- one function


@pytest.mark.parametrize("name", JOINERS)
def test_an_export_without_the_flag_is_read_from_the_phase_answer(name, bundled):
    data = old(name)
    assert compare.was_joining(data)
    assert compare.verdict_title(data, bundled, "fi") == "Liity verkostoon"
    assert compare.verdict_title(data, bundled, "en") == "Join the network"


def test_the_flag_decides_over_the_answers(bundled):
    data = old("joiner-2.0.0.json")
    data["recommendation"]["joining"] = False
    assert not compare.was_joining(data)
    data["answers"]["vaihe"] = "jasen"
    data["recommendation"]["joining"] = True
    assert compare.was_joining(data)


@pytest.mark.parametrize(
    "outcome", ["invest", "continue", "lighten", "give_time", "leave", "incomplete"]
)
@pytest.mark.parametrize("phase", ["harkitsen", "jasen"])
def test_each_verdict_is_titled_for_whom_it_was_said_in_each_language(bundled, outcome, phase):
    said = bundled.recommendation.outcomes[outcome]
    wanted = said.title_joining if phase == "harkitsen" else said.title
    made = make_export(bundled, phase=phase)
    made["recommendation"]["id"] = outcome
    made["recommendation"]["title"] = wanted.fi  # as the assessment showed it
    assert compare.verdict_title(made, bundled, "fi") == wanted.fi
    assert compare.verdict_title(made, bundled, "en") == wanted.en
    assert compare.verdict_words(made, bundled).get("en") == wanted.en


def test_the_stored_title_is_kept_in_the_language_it_was_shown_in(bundled):
    made = make_export(bundled, phase="harkitsen")
    made["recommendation"]["title"] = "Liity verkostoon (sanottu silloin näin)"
    assert compare.verdict_title(made, bundled, "fi") == made["recommendation"]["title"]
    # An outcome the questions no longer know keeps its stored title in every language.
    made["recommendation"]["id"] = "retired"
    assert compare.verdict_title(made, bundled, "en") == made["recommendation"]["title"]


# --------------------------------------------------------------------------- the screens


@pytest.mark.parametrize(
    ("lang", "joined", "member"),
    [
        ("fi", "Liity verkostoon", "Jatka kuten nyt"),
        ("en", "Join the network", "Carry on as you are"),
    ],
)
def test_historia_shows_an_old_joiner_verdict_in_joiner_words(db, lang, joined, member):
    for name in JOINERS:
        history.record(db, old(name))
    result = runner.invoke(app, ["historia", "--kieli", lang])
    assert result.exit_code == 0, result.output
    assert result.stdout.count(joined) == 2
    assert member not in result.stdout


@pytest.mark.parametrize(
    ("lang", "joined", "member"),
    [
        ("fi", "Liity verkostoon", "Jatka kuten nyt"),
        ("en", "Join the network", "Carry on as you are"),
    ],
)
def test_vertaa_keeps_the_earlier_joiner_verdict_against_a_member_one(
    db, bundled, lang, joined, member
):
    later = make_export(bundled, "Harkittava verkosto", scale=4)  # joined since, now a member
    assert later["recommendation"]["id"] == "continue"
    history.record(db, old("joiner-2.0.0.json"))
    history.record(db, later)
    result = runner.invoke(app, ["vertaa", "--verkosto", "Harkittava verkosto", "--kieli", lang])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert f"A: {joined}" in lines
    assert f"B: {member}" in lines


def test_vertaa_reads_two_export_files_of_different_versions(tmp_path):
    result = runner.invoke(
        app,
        ["vertaa", str(OLD / "joiner-1.0.0.json"), str(OLD / "joiner-2.0.0.json"), "--kieli", "en"],
    )
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines().count("A: Join the network") == 1
    assert "Carry on" not in result.stdout


def test_yhteenveto_lists_an_old_joiner_export_as_considered_in_joiner_words(db):
    history.record(db, old("joiner-1.0.0.json"))
    history.record(db, old("member-invest-2.0.0.json"))
    result = runner.invoke(app, ["yhteenveto", "--kieli", "en"])
    assert result.exit_code == 0, result.output
    assert "Vanha harkittava verkosto: Join the network; would add 7\u00a0h" in result.stdout
    data = json.loads(runner.invoke(app, ["yhteenveto", "--json"]).stdout)
    considered = [n for n in data["networks"] if n["considering"]]
    assert [(n["network"], n["title"]) for n in considered] == [
        ("Vanha harkittava verkosto", "Liity verkostoon")
    ]


@pytest.mark.parametrize("name", JOINERS)
def test_raportti_of_an_old_joiner_export_says_join(name):
    result = runner.invoke(app, ["raportti", str(OLD / name)])
    assert result.exit_code == 0, result.output
    assert "**Suositus: Liity verkostoon" in result.stdout
    english = runner.invoke(app, ["raportti", str(OLD / name), "--kieli", "en"])
    assert english.exit_code == 0, english.output
    assert "Carry on" not in english.stdout and "Jatka kuten nyt" not in english.stdout


# --------------------------------------------------------------------------- re-assessing


def previous_line(bundled, capsys, previous: dict[str, Any], lang: str) -> str:
    """Return what re-assessing the network says about the previous assessment."""
    ui = ConsoleUi(make_console(), None, lang)  # type: ignore[arg-type]
    defaults = earlier_answers(ui, previous, bundled, {}, date(2026, 12, 6))
    assert defaults  # the earlier answers are offered
    return " ".join(capsys.readouterr().out.split())


@pytest.mark.parametrize(
    ("lang", "joined", "member"),
    [
        ("fi", "(suositus: Liity verkostoon)", "Jatka kuten nyt"),
        ("en", "(recommendation: Join the network)", "Carry on as you are"),
    ],
)
def test_the_previous_assessment_line_keeps_the_joiner_words(bundled, capsys, lang, joined, member):
    for name in JOINERS:
        shown = previous_line(bundled, capsys, old(name), lang)
        assert joined in shown
        assert member not in shown


def test_the_previous_assessment_line_of_a_member_says_the_member_words(bundled, capsys):
    shown = previous_line(bundled, capsys, make_export(bundled, scale=4, lang="en"), "fi")
    assert "(suositus: Jatka kuten nyt)" in shown


def test_vertaa_calls_joining_then_carrying_on_a_change(bundled, tmp_path):
    from helpers import make_export

    joined = make_export(bundled, "Sama", phase="harkitsen", scale=4, hours=1.0)
    member = make_export(bundled, "Sama", phase="jasen", scale=4, hours=1.0)
    assert joined["recommendation"]["id"] == member["recommendation"]["id"] == "continue"
    (tmp_path / "a.json").write_text(json.dumps(joined), encoding="utf-8")
    (tmp_path / "b.json").write_text(json.dumps(member), encoding="utf-8")
    result = runner.invoke(app, ["vertaa", str(tmp_path / "a.json"), str(tmp_path / "b.json")])
    assert result.exit_code == 0, result.output
    out = " ".join(result.stdout.split())
    assert "muuttui" in out and "ennallaan" not in out.split("Suositus")[1][:40]


def test_vertaa_of_one_assessment_with_itself_says_so(bundled, tmp_path):
    from helpers import make_export

    path = tmp_path / "a.json"
    path.write_text(json.dumps(make_export(bundled, "Sama")), encoding="utf-8")
    result = runner.invoke(app, ["vertaa", str(path), str(path)])
    assert result.exit_code == 2, result.output
    assert "ovat sama arvio" in result.stderr
