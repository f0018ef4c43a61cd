"""What a person is told carries over: the command to continue, the language chosen, the
words of an older assessment, and the limit the organisation set for `kooste`."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from verkosto.cli.app import app
from verkosto.cli.assess import resume_command
from verkosto.i18n.language import language_of
from verkosto.session_drafts import CONTINUE_WORDS

from helpers import REPO, full_answers, make_export

runner = CliRunner()


@pytest.mark.parametrize(
    ("lang", "command"),
    [
        ("fi", "verkosto arvioi --jatka --verkosto 'Pieni verkosto'"),
        ("sv", "verkosto arvioi --jatka --verkosto 'Pieni verkosto' --kieli sv"),
        ("en", "verkosto arvioi --resume --network 'Pieni verkosto' --lang en"),
    ],
)
def test_the_command_to_continue_keeps_the_language_and_its_option_names(lang, command):
    # Swedish help names the Finnish options; the draft goes on in the language it began in.
    assert resume_command("Pieni verkosto", lang) == command


@pytest.mark.parametrize(
    ("args", "lang"),
    [
        (["--kieli", "fi", "--kieli", "sv"], "sv"),
        (["--kieli", "sv", "arvioi", "--lang=en"], "en"),
        (["historia"], "fi"),
    ],
)
def test_given_twice_the_last_language_counts_as_click_reads_it(args, lang, monkeypatch):
    monkeypatch.delenv("VERKOSTO_KIELI", raising=False)
    assert language_of(args) == lang


@pytest.mark.parametrize("word", ["", "k", "j", "jatka", "fortsätt", "continue", "yes"])
def test_the_draft_prompts_own_word_continues_in_every_language(word):
    assert word in CONTINUE_WORDS


def test_an_export_to_standard_output_imports_no_database(tmp_path, bundled):
    """`arvioi --vie - --ei-tallenna` writes no file, so it needs no SQLite."""
    answers = tmp_path / "vastaukset.json"
    answers.write_text(json.dumps(full_answers(bundled)), encoding="utf-8")
    code = (
        "import sys\nsys.argv = ['verkosto', 'arvioi', '--vastaukset', sys.argv[1], "
        "'--verkosto', 'Testi', '--vie', '-', '--ei-tallenna']\n"
        "from verkosto.entry import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print('sqlite3' in sys.modules, file=sys.stderr)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(answers)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env={"VERKOSTO_HOME": str(tmp_path / "koti"), "PATH": ""},
    )
    assert json.loads(done.stdout)["schema"] == "verkosto-arvio/1"
    assert done.stderr.strip().splitlines()[-1] == "False"


def test_a_report_of_the_same_instrument_version_is_worded_in_the_language_asked(tmp_path, bundled):
    # The file changed since (a translation, a comment): same id and version, other SHA-256.
    made = make_export(bundled, scale=4)
    made["instrument"]["sha256"] = "0" * 64
    path = tmp_path / "arvio.json"
    path.write_text(json.dumps(made), encoding="utf-8")
    english = runner.invoke(app, ["raportti", str(path), "--kieli", "en"])
    assert english.exit_code == 0, english.output
    title = made["recommendation"]["title"]
    assert title not in english.output


def test_a_report_of_another_instrument_version_keeps_the_stored_words(tmp_path, bundled):
    made = make_export(bundled, scale=4)
    made["instrument"]["sha256"] = "0" * 64
    made["instrument"]["version"] = "1.0.0"
    path = tmp_path / "arvio.json"
    path.write_text(json.dumps(made), encoding="utf-8")
    english = runner.invoke(app, ["raportti", str(path), "--kieli", "en"])
    assert english.exit_code == 0, english.output
    assert made["recommendation"]["title"] in english.output


def _exports(folder, bundled, count):
    folder.mkdir()
    for n in range(count):
        made = make_export(bundled, network="Pieni verkosto", scale=4)
        (folder / f"arvio-{n}.json").write_text(json.dumps(made), encoding="utf-8")


@pytest.mark.parametrize(("minimum", "shown"), [(2, True), (5, False)])
def test_kooste_hides_figures_below_the_limit_the_questions_file_sets(
    tmp_path, bundled, minimum, shown
):
    _exports(tmp_path / "viennit", bundled, 3)
    questions = tmp_path / "oma.yaml"
    text = (REPO / "questions.yaml").read_text(encoding="utf-8")
    assert "  min_respondents: 5\n" in text
    questions.write_text(
        text.replace("  min_respondents: 5\n", f"  min_respondents: {minimum}\n"), encoding="utf-8"
    )
    result = runner.invoke(
        app, ["kooste", str(tmp_path / "viennit"), "--json", "--kysymykset", str(questions)]
    )
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert summary["min_respondents"] == minimum
    [network] = summary["networks"]
    assert network["suppressed"] is not shown
    assert (network["verdicts"] is not None) is shown


@pytest.mark.parametrize("typed", ["1_0", "+3", "5.0", "٣", "3a"])
def test_poista_takes_an_assessment_number_only_as_historia_shows_it(typed, isolated_env, bundled):
    # A slip must not name another assessment: '1_0' was read as 10, and --kylla asks nothing.
    from verkosto import history

    db = history.database_path(isolated_env)
    for _ in range(10):
        history.record(db, make_export(bundled))
    result = runner.invoke(app, ["poista", typed, "--kylla"])
    assert result.exit_code == 2
    assert history.count(db) == 10


@pytest.mark.parametrize(
    ("typed", "monthly"),
    [
        ("2 timmar", 2.0),
        ("2 tim", 2.0),
        ("8 h i månaden", 8.0),
        ("8 h/månaden", 8.0),
        ("37,5 i veckan", 162.5),
        ("37,5 h i veckan", 162.5),
        ("37,5 timmar per vecka", 162.5),
        ("37,5 h/veckan", 162.5),
        ("37,5 h viikossa", 162.5),
        ("8 tuntia", 8.0),
    ],
)
def test_hours_are_read_as_swedish_writes_them_too(typed, monthly):
    from verkosto.hourfigures import read_hours

    figure = read_hours(typed)
    assert figure is not None and figure.monthly == monthly


@pytest.mark.parametrize("typed", ["8 h xyz", "8 i", "i veckan", "8 timmar i"])
def test_an_hour_figure_with_an_unknown_period_is_not_one(typed):
    from verkosto.hourfigures import read_hours

    assert read_hours(typed) is None


def test_kooste_writes_into_a_folder_it_reads_only_a_new_file(tmp_path, bundled):
    # A file there that is not an export (notes, a spreadsheet) is not read, so nothing else
    # keeps it: docs/komennot.md promises that only a new file goes into an input folder.
    _exports(tmp_path / "viennit", bundled, 3)
    notes = tmp_path / "viennit" / "muistiinpanot.txt"
    notes.write_text("tärkeää", encoding="utf-8")
    refused = runner.invoke(app, ["kooste", str(tmp_path / "viennit"), "-o", str(notes)])
    assert refused.exit_code == 2
    assert notes.read_text(encoding="utf-8") == "tärkeää"
    assert "muistiinpanot.txt" in refused.output
    new = tmp_path / "viennit" / "kooste.csv"
    written = runner.invoke(
        app, ["kooste", str(tmp_path / "viennit"), "-o", str(new), "--muoto", "csv"]
    )
    assert written.exit_code == 0, written.output
    assert new.read_text(encoding="utf-8-sig").startswith("Verkosto;")
    # Outside the folders it reads, a file is replaced as any output is.
    beside = tmp_path / "kooste.csv"
    beside.write_text("vanha", encoding="utf-8")
    again = runner.invoke(
        app, ["kooste", str(tmp_path / "viennit"), "-o", str(beside), "--muoto", "csv"]
    )
    assert again.exit_code == 0, again.output
    assert beside.read_text(encoding="utf-8-sig").startswith("Verkosto;")
