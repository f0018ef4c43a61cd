"""Command-line values are read as Typer's Pydantic adapters read them, without Pydantic."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
import typer

from verkosto.cli.values import EmptyPath, PlainValue

from helpers import verkosto_command

typer_core = pytest.importorskip("typer.core")
HAS_HOOK = hasattr(getattr(typer_core, "_TyperParameter", None), "get_runtime_param")
needs_hook = pytest.mark.skipif(not HAS_HOOK, reason="this Typer does not coerce via Pydantic")


class Param:
    multiple = False
    nargs = 1


def pydantic_reads(kind: type, value: object) -> object:
    from pydantic import TypeAdapter, ValidationError

    try:
        return TypeAdapter(kind).validate_python(value)
    except ValidationError:
        return "refused"


def plain_reads(kind: str, value: object) -> object:
    try:
        return PlainValue(kind).coerce(value, Param(), None)
    except typer.BadParameter as error:
        assert "integer" in str(error) or kind != "int"  # the usage error is told by this word
        return "refused"


WHOLE = ["5", " 5", "5 ", "+5", "-5", "5.0", "5.00", "5.", "5.0.", ".0", "00012", "1_000", "10_0_0",
         "99999999999999999999999", "5.5", "1e3", "0x10", "", " ", "_1", "1_", "1__0", "٥",
         "５", "abc", "3 4", "--5", 7, "9" * 4300, "9" * 4301]
FLAGS = [True, False, "true", "False", "1", "0", "yes", "no", "on", "off", "t", "f", "y", "n",
         " yes ", "YES", "True", "maybe", "2", ""]


@pytest.mark.parametrize("value", WHOLE)
def test_whole_numbers_as_pydantic_reads_them(value):
    assert plain_reads("int", value) == pydantic_reads(int, value)


@pytest.mark.parametrize("value", FLAGS)
def test_flags_as_pydantic_reads_them(value):
    assert plain_reads("bool", value) == pydantic_reads(bool, value)


@pytest.mark.parametrize("value", ["teksti", "", "Ääkköset ja \x1b[31m", "-"])
def test_strings_and_paths_as_pydantic_reads_them(value):
    assert plain_reads("str", value) == pydantic_reads(str, value)
    if value:  # an empty file name is refused on purpose (below)
        assert plain_reads("path", value) == pydantic_reads(Path, value)
        assert plain_reads("target", value) == pydantic_reads(str, value)
    assert plain_reads("list", (value, value)) == pydantic_reads(list[str], (value, value))


@pytest.mark.parametrize("kind", ["path", "target"])
@pytest.mark.parametrize("value", ["", " ", "\t"])
def test_an_empty_file_name_is_a_usage_error_not_the_current_folder(kind, value):
    # Pydantic reads Path('') as '.', the current folder: nobody means that.
    with pytest.raises(EmptyPath):
        PlainValue(kind).coerce(value, Param(), None)


@pytest.mark.parametrize(
    ("args", "expected"),
    [(["kooste", ".", "--vie", ""], "Kohdassa --vie pitää antaa tiedoston nimi"),
     (["historia", "--vie", " "], "Kohdassa --vie pitää antaa tiedoston nimi"),
     (["kysymykset", "--kysymykset", ""], "Kohdassa --kysymykset pitää antaa tiedoston nimi"),
     (["tarkista", ""], "Kohdassa TIEDOSTO pitää antaa tiedoston nimi"),
     (["kooste", "--json=1", "."], "Valitsin --json ei ota arvoa."),
     (["--kieli", "en", "kooste", ".", "-o", ""], "--vie needs a file name")],
)
def test_odd_values_are_told_in_the_persons_words(tmp_path, args, expected):
    # The installed script: its one error exit turns usage errors into the person's words.
    done = subprocess.run([verkosto_command(), *args], capture_output=True, text=True,
                          timeout=60, cwd=tmp_path, stdin=subprocess.DEVNULL,
                          env={**os.environ, "VERKOSTO_HOME": str(tmp_path / "koti")})
    assert done.returncode == 2, done.stderr
    assert expected in done.stderr
    assert "Traceback" not in done.stderr


def test_an_unreadable_file_is_named_in_the_persons_words(tmp_path, monkeypatch):
    # As root every file is readable; os.access answers here as it would for anyone else.
    from verkosto.cli import usage_error_text
    from verkosto.cli.values import UnreadablePath

    secret = tmp_path / "salainen.yaml"
    secret.write_text("x: 1\n", encoding="utf-8")
    monkeypatch.setattr(os, "access", lambda path, mode: False)
    with pytest.raises(UnreadablePath) as caught:
        PlainValue("path").coerce(str(secret), Param(), None)
    assert (f"Tiedostoa {secret} ei voi lukea (ei lukuoikeutta)."
            in usage_error_text(caught.value, "fi"))
    assert f"Cannot read {secret}" in usage_error_text(caught.value, "en")
