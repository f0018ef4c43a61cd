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
from verkosto.session import CONTINUE_WORDS

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
