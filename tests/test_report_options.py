"""Every command names its output file the same, and the report keeps free text private."""

from __future__ import annotations

import pytest
import typer
from typer.testing import CliRunner

from verkosto.cli.app import app, usage_error_text
from verkosto.export.make import dumps

from helpers import make_export

runner = CliRunner()
OUTPUT_NAMES = ["--vie", "--export", "-o"]
NOTE = "Puheenjohtaja ei kuuntele ketään"


def output_option(command: str) -> list[str]:
    """Return the names the help shows for a command's output-file option."""
    group = typer.main.get_command(app)
    params = group.get_command(None, command).params  # type: ignore[attr-defined]
    shown = [
        p
        for p in params
        if not getattr(p, "hidden", False) and "-o" in [*p.opts, *p.secondary_opts]
    ]
    assert len(shown) == 1, command
    return [*shown[0].opts, *shown[0].secondary_opts]


@pytest.mark.parametrize("command", ["arvioi", "historia", "kooste", "raportti"])
def test_every_command_names_its_output_file_the_same(command):
    assert output_option(command) == OUTPUT_NAMES


@pytest.fixture
def export_file(tmp_path, bundled):
    path = tmp_path / "arvio.json"
    path.write_text(dumps(make_export(bundled, "Verkko", huomiot=NOTE)), "utf-8")
    return path


@pytest.mark.parametrize("option", ["--vie", "--export", "-o", "--output"])
def test_the_report_takes_every_name_of_the_option_and_the_old_one(export_file, tmp_path, option):
    target = tmp_path / "raportti.md"
    result = runner.invoke(app, ["raportti", str(export_file), option, str(target)])
    assert result.exit_code == 0, result.output
    assert target.read_text("utf-8").startswith("# Verkostoarvio: Verkko")
    assert "Tarkoititko" not in result.output


def test_the_old_name_is_not_in_the_help_and_export_suggests_nothing_else():
    help_text = runner.invoke(app, ["raportti", "--help"]).stdout
    assert "--vie, --export, -o TIEDOSTO" in help_text
    assert "--output" not in help_text
    assert "--mukaan-vapaa-sana, --include-free-text" in help_text
    typo = runner.invoke(app, ["raportti", "--exprot", "x"], standalone_mode=False)
    assert "Tarkoititko --export?" in usage_error_text(typo.exception, "fi")


def test_the_old_and_the_new_name_together_is_an_error(export_file, tmp_path):
    result = runner.invoke(
        app,
        [
            "raportti",
            str(export_file),
            "--vie",
            str(tmp_path / "a"),
            "--output",
            str(tmp_path / "b"),
        ],
    )
    assert result.exit_code == 2
    assert "vain kerran" in result.stderr
    empty = runner.invoke(app, ["raportti", str(export_file), "--output", " "])
    assert empty.exit_code == 2 and "tiedoston nimi" in empty.stderr


@pytest.mark.parametrize("fmt", ["md", "html", "txt"])
def test_free_text_stays_out_of_the_report_unless_asked(export_file, fmt):
    result = runner.invoke(app, ["raportti", str(export_file), "--muoto", fmt])
    assert result.exit_code == 0
    assert NOTE not in result.stdout
    assert "Vapaa sana on kirjattu, mutta sitä ei näytetä raportissa." in result.stdout
    assert "--mukaan-vapaa-sana ottaa sen mukaan" in result.stderr
    asked = runner.invoke(
        app, ["raportti", str(export_file), "--muoto", fmt, "--mukaan-vapaa-sana"]
    )
    assert asked.exit_code == 0
    assert NOTE in asked.stdout
    assert "ei näytetä raportissa" not in asked.stdout and asked.stderr == ""


def test_in_english_the_option_and_the_note_are_english(export_file):
    result = runner.invoke(app, ["raportti", str(export_file), "--kieli", "en"])
    assert "A note was written; it is not shown in this report." in result.stdout
    assert "--include-free-text puts it in" in result.stderr
    asked = runner.invoke(
        app, ["raportti", str(export_file), "--lang", "en", "--include-free-text"]
    )
    assert NOTE in asked.stdout


def test_without_a_note_nothing_is_said_about_one(tmp_path, bundled):
    path = tmp_path / "tyhja.json"
    path.write_text(dumps(make_export(bundled, huomiot="  ")), "utf-8")
    result = runner.invoke(app, ["raportti", str(path)])
    assert "ei näytetä raportissa" not in result.stdout and result.stderr == ""


def test_words_to_a_question_the_file_does_not_know_are_private_too(tmp_path, bundled):
    # It may be the note of another version of the questions.
    data = make_export(bundled)
    data["answers"]["vanha_muistio"] = NOTE
    path = tmp_path / "vanha.json"
    path.write_text(dumps(data), "utf-8")
    result = runner.invoke(app, ["raportti", str(path)])
    assert result.exit_code == 0, result.output
    assert NOTE not in result.stdout
    assert "| vanha_muistio | Vapaa sana on kirjattu" in result.stdout


def test_a_report_of_a_file_does_not_fail_on_an_unreadable_history(export_file, isolated_env):
    from verkosto import history

    history.database_path(isolated_env).write_bytes(b"not a database" * 100)
    result = runner.invoke(app, ["raportti", str(export_file)])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("# Verkostoarvio: Verkko")
    assert "on vioittunut" in result.stderr
    assert "Raportissa ei siksi näy" in result.stderr
