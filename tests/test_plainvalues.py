"""Command-line values are read as Typer's Pydantic adapters read them, without Pydantic."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import typer
from typer.main import get_command

from verkosto.cli import app
from verkosto.cli.values import PlainValue, install

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
    assert plain_reads("path", value) == pydantic_reads(Path, value)
    assert plain_reads("list", (value, value)) == pydantic_reads(list[str], (value, value))


def test_a_path_stat_cannot_reach_is_left_for_the_command_to_name(tmp_path):
    # Typer passes a missing file, a dangling link and a loop on; the command names them.
    (tmp_path / "katkennut.yaml").symlink_to(tmp_path / "ei-ole.yaml")
    (tmp_path / "silmukka.yaml").symlink_to(tmp_path / "silmukka.yaml")
    for name in ("puuttuu.yaml", "katkennut.yaml", "silmukka.yaml"):
        path = tmp_path / name
        assert PlainValue("path").coerce(str(path), Param(), None) == path


def test_no_value_is_none_or_an_empty_list():
    assert PlainValue("str").coerce(None, Param(), None) is None
    many = Param()
    many.nargs = -1
    assert PlainValue("list").coerce(None, many, None) == ()
    with pytest.raises(typer.BadParameter):
        PlainValue("list").coerce("yksi", many, None)


@needs_hook
def test_every_parameter_of_every_command_gets_the_plain_reading():
    group = get_command(app)
    for command in [group, *group.commands.values()]:  # type: ignore[attr-defined]
        ctx = command.make_context("verkosto", [], resilient_parsing=True)
        params = command.get_params(ctx)
        for param in params:
            param._runtime_param = None
        install(params)
        left = [p.name for p in params if not isinstance(p._runtime_param, PlainValue)]
        assert not left, f"{command.name}: {left} would load Pydantic"


@needs_hook
@pytest.mark.parametrize(
    "args",
    [["historia"], ["kooste", "{tmp}", "--json"], ["poista", "x"], ["tarkista"],
     ["arvioi", "--vastaukset", "{tmp}/puuttuu.json", "--verkosto", "X", "--vie", "-"],
     ["raportti", "--muoto", "txt"]],
)
def test_a_command_does_not_load_pydantic(tmp_path, args):
    code = ("import sys\nfrom verkosto.entry import main\ntry:\n    main()\n"
            "except SystemExit:\n    pass\n"
            "print('PYDANTIC' if 'pydantic' in sys.modules else 'NONE', file=sys.stderr)")
    done = subprocess.run(
        [sys.executable, "-c", code, *(a.format(tmp=tmp_path) for a in args)],
        capture_output=True, text=True, timeout=60,
        env={**os.environ, "VERKOSTO_HOME": str(tmp_path / "koti")},
    )
    assert done.stderr.strip().splitlines()[-1] == "NONE", done.stderr
