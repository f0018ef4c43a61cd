"""Command-line values that need reading: whole numbers and file names, in every Typer alike."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from verkosto.cli.app import usage_error_text
from verkosto.cli.values import (
    BadNumber,
    EmptyPath,
    UnreadablePath,
    output_name,
    readable_path,
    whole_number,
)

from helpers import verkosto_command

REFUSED = "refused"


def reads(value: str) -> object:
    try:
        return whole_number(value)
    except BadNumber:
        return REFUSED


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("5", 5),
        (" 5", 5),
        ("5 ", 5),
        ("+5", REFUSED),
        ("-5", REFUSED),
        ("5.0", REFUSED),
        ("5.00", REFUSED),
        ("00012", 12),
        ("1_000", REFUSED),
        ("10_0_0", REFUSED),
        ("99999999999999999999999", 99999999999999999999999),
        ("9" * 4300, int("9" * 4300)),
        ("5.", REFUSED),
        ("5.0.", REFUSED),
        (".0", REFUSED),
        ("5.5", REFUSED),
        ("1e3", REFUSED),
        ("0x10", REFUSED),
        ("", REFUSED),
        (" ", REFUSED),
        ("_1", REFUSED),
        ("1_", REFUSED),
        ("1__0", REFUSED),
        ("٥", REFUSED),
        ("５", REFUSED),
        ("abc", REFUSED),
        ("3 4", REFUSED),
        ("--5", REFUSED),
        ("9" * 4301, REFUSED),
    ],
)
def test_whole_numbers_are_read_as_written(value, expected):
    # An assessment's number only as `verkosto historia` shows it: a slip ('1_0', '+3')
    # must not name another assessment to delete.
    assert reads(value) == expected


@pytest.mark.parametrize("value", ["teksti", "Ääkköset ja \x1b[31m", "-", " x "])
def test_file_names_are_kept_as_written(tmp_path, value):
    assert output_name(value) == value
    assert readable_path(value) == Path(value)  # missing: the command names it itself


@pytest.mark.parametrize("parse", [output_name, readable_path])
@pytest.mark.parametrize("value", ["", " ", "\t"])
def test_an_empty_file_name_is_a_usage_error_not_the_current_folder(parse, value):
    # Path('') would be '.', the current folder: nobody means that.
    with pytest.raises(EmptyPath):
        parse(value)


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["kooste", ".", "--vie", ""], "Kohdassa --vie pitää antaa tiedoston nimi"),
        (["historia", "--vie", " "], "Kohdassa --vie pitää antaa tiedoston nimi"),
        (["raportti", "1", "-o", ""], "Kohdassa --vie pitää antaa tiedoston nimi"),
        (["arvioi", "--vastaukset", ""], "Kohdassa --vastaukset pitää antaa tiedoston nimi"),
        (["kysymykset", "--kysymykset", ""], "Kohdassa --kysymykset pitää antaa tiedoston nimi"),
        (["tarkista", ""], "Kohdassa TIEDOSTO pitää antaa tiedoston nimi"),
        (["kooste", "--json=1", "."], "Valitsin --json ei ota arvoa."),
        (["historia", "--vie"], "Valitsin --vie tarvitsee arvon."),
        (["poista", "x1"], "Arvo kohdassa NRO ei kelpaa"),
        (["poista", "5.5"], "Arvo kohdassa NRO ei kelpaa"),
        (["arvioi", "ylimääräinen", "toinen"], "Ylimääräisiä argumentteja: ylimääräinen toinen."),
        (["--kieli", "en", "poista", "x"], "The value for NUMBER is not valid"),
        (["--kieli", "en", "kooste", ".", "-o", ""], "--vie needs a file name"),
    ],
)
def test_odd_values_are_told_in_the_persons_words(tmp_path, args, expected):
    # The installed script: its one error exit turns usage errors into the person's words.
    done = subprocess.run(
        [verkosto_command(), *args],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
        stdin=subprocess.DEVNULL,
        env={**os.environ, "VERKOSTO_HOME": str(tmp_path / "koti")},
    )
    assert done.returncode == 2, done.stderr
    assert expected in done.stderr
    assert "Traceback" not in done.stderr


def test_an_unreadable_file_is_named_in_the_persons_words(tmp_path, monkeypatch):
    # As root every file is readable; os.access answers here as it would for anyone else.
    secret = tmp_path / "salainen.yaml"
    secret.write_text("x: 1\n", encoding="utf-8")
    monkeypatch.setattr(os, "access", lambda path, mode: False)
    with pytest.raises(UnreadablePath) as caught:
        readable_path(str(secret))
    assert f"Tiedostoa {secret} ei voi lukea (ei lukuoikeutta)." in usage_error_text(
        caught.value, "fi"
    )
    assert f"Cannot read {secret}" in usage_error_text(caught.value, "en")


def test_the_cli_reads_values_only_through_public_typer_api():
    """No private attribute of Typer or Click is touched (the old `_runtime_param` hook)."""
    import re

    import verkosto.cli

    folder = Path(verkosto.cli.__file__).parent
    for path in [*folder.glob("*.py"), folder.parent / "entry.py"]:
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"\b(typer|click)\._", text), path
        assert not re.search(r"\._runtime_param|_TyperParameter", text), path
