"""--help in the person's language: every word, -h, examples, and "did you mean"."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest
from typer.main import get_command
from typer.testing import CliRunner

from verkosto.cli.app import app, usage_error_text
from verkosto.cli.helpformat import COMMAND_HELP, command_help, param_help
from verkosto.cli.registry import COMMANDS as REGISTRY
from verkosto.i18n.texts import MESSAGES

runner = CliRunner()
GROUP = get_command(app)
CONTEXT = GROUP.make_context("verkosto", ["--help"], resilient_parsing=True)
COMMANDS = GROUP.list_commands(CONTEXT)  # type: ignore[attr-defined]


def command_of(name: str):
    return GROUP.get_command(CONTEXT, name)  # type: ignore[attr-defined]


def test_the_group_lists_the_registry():
    assert COMMANDS == list(REGISTRY) and len(COMMANDS) == 11


# Words only one language uses; option names (--kysymykset, --network) are the same in both.
FINNISH = [
    "Käyttö:",
    "Valitsimet",
    "Komennot",
    "Argumentit",
    "Esimerkkejä",
    "oletus",
    "Näytä",
    "ohje",
    " ja ",
    " tai ",
    "NIMI",
    "TIEDOSTO",
    "ympäristömuuttuja",
]
ENGLISH = [
    "Usage",
    "Options",
    "Commands",
    "Arguments",
    "Examples",
    "default",
    "Show ",
    " the ",
    " and ",
    " or ",
    "NAME",
    "FILE",
    "env var",
    "message",
    "<bool>",
]


def help_text(args: list[str], env: dict[str, str] | None = None) -> str:
    result = runner.invoke(app, args, env=env)
    assert result.exception is None, result.output
    assert result.exit_code == 0
    return result.output


def words_of(text: str) -> str:
    """The help without its examples' quoted network names and file names."""
    return re.sub(r'"[^"]*"', "", text)


@pytest.mark.parametrize("lang", ["fi", "en"])
@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_is_listed_and_has_its_own_help(command, lang):
    """The commands come from the app itself: a new command is checked without a list."""
    env = {"VERKOSTO_KIELI": lang}
    listed = help_text(["--help"], env=env).split("Komennot:" if lang == "fi" else "Commands:")
    assert re.search(rf"^\s+{command}\s+\S", listed[1], re.M), command
    text = help_text([command, "--help"], env=env)
    usage = "Käyttö:" if lang == "fi" else "Usage:"
    assert text.startswith(f"{usage} verkosto {command}")
    assert " ".join(command_help(command, lang).split()[:2]) in " ".join(text.split())
    assert len(text.splitlines()) > 3


HEAVY = ("yaml", "sqlite3", "verkosto.instrument")
HELP_IMPORTS = """
import sys
sys.argv = ["verkosto", *sys.argv[1:]]
from verkosto.entry import main
try:
    main()
except SystemExit:
    pass
print(" ".join(name for name in {heavy!r} if name in sys.modules), file=sys.stderr)
"""


@pytest.mark.parametrize("command", [[], *[[c] for c in COMMANDS]])
def test_help_imports_neither_yaml_sqlite_nor_the_questions(command):
    """Help is read often and must be quick: it loads no parser, database or instrument."""
    done = subprocess.run(
        [sys.executable, "-c", HELP_IMPORTS.format(heavy=HEAVY), *command, "--help"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "verkosto" in done.stdout
    assert done.stderr.strip() == ""


LOADED = """
import sys
sys.argv = ["verkosto", *sys.argv[1:]]
from verkosto.entry import main
try:
    main()
except SystemExit:
    pass
print(" ".join(sorted(name for name in sys.modules if name.startswith("verkosto.cli"))),
      file=sys.stderr)
"""
COMMAND_MODULES = {module for module, _ in REGISTRY.values()}


@pytest.mark.parametrize("command", [[], *[[c] for c in COMMANDS]])
def test_help_imports_no_other_command_module(command):
    """Like pip's commands_dict: the list of commands imports none, a command's help its own."""
    done = subprocess.run(
        [sys.executable, "-c", LOADED, *command, "--help"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    loaded = set(done.stderr.split()) & COMMAND_MODULES
    assert loaded == ({REGISTRY[command[0]][0]} if command else set())


@pytest.mark.parametrize("command", [[], *[[c] for c in COMMANDS]])
def test_finnish_help_has_no_english(command):
    text = words_of(help_text([*command, "--help"]))
    assert "Käyttö: verkosto" in text
    for word in ENGLISH:
        assert word not in text, (command, word)


@pytest.mark.parametrize("command", [[], *[[c] for c in COMMANDS]])
def test_english_help_has_no_finnish(command):
    via_env = help_text([*command, "--help"], env={"VERKOSTO_KIELI": "en"})
    assert "Usage: verkosto" in via_env
    for word in FINNISH:
        assert word not in words_of(via_env), (command, word)
    if command:
        assert help_text([*command, "--kieli", "en", "--help"]) == via_env
        assert help_text([*command, "--help", "--lang=en"]) == via_env


@pytest.mark.parametrize("command", [[], *[[c] for c in COMMANDS]])
def test_h_is_help(command):
    assert help_text([*command, "-h"]) == help_text([*command, "--help"])


@pytest.mark.parametrize("lang", ["fi", "en"])
@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_help_ends_with_real_examples(command, lang):
    text = help_text([command, "--help"], env={"VERKOSTO_KIELI": lang})
    heading = "Esimerkkejä:" if lang == "fi" else "Examples:"
    examples = text.split(heading, 1)[1].strip().splitlines()
    assert 1 <= len(examples) <= 2
    for line in examples:
        assert line.strip().startswith(f"$ verkosto {command}")
        assert "--help" not in line


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_every_option_and_command_has_help_in_both_languages(lang):
    assert command_help("root", lang)
    for param in GROUP.params:
        assert param_help("root", param.name, lang), param.name
    for name in COMMANDS:
        assert command_help(name, lang), name
        assert COMMAND_HELP[name][1] in MESSAGES
        for param in command_of(name).params:
            assert param_help(name, param.name, lang), (name, param.name)


def test_example_options_exist():
    """Every option an example uses is one the command takes."""
    for name in COMMANDS:
        known = {o for p in command_of(name).params for o in [*p.opts, *p.secondary_opts]}
        for lang in ("fi", "en"):
            for option in re.findall(r"\s(--?[a-z-]+)", MESSAGES[COMMAND_HELP[name][1]][lang]):
                assert option in known, (name, option)


@pytest.mark.parametrize(
    ("args", "lang", "expected"),
    [
        (["arvio"], "fi", "Tuntematon komento 'arvio'. Tarkoititko arvioi?"),
        (["hist"], "fi", "Tarkoititko historia?"),
        (["yhteenvet"], "en", "Unknown command 'yhteenvet'. Did you mean yhteenveto?"),
        (["historia", "--verkost", "x"], "fi", "Tarkoititko --verkosto?"),
        (["arvioi", "--lnag", "en"], "en", "Unknown option --lnag. Did you mean --lang?"),
    ],
)
def test_a_typo_gets_the_closest_match(args, lang, expected):
    result = runner.invoke(app, args, standalone_mode=False)
    assert result.exception is not None
    assert expected in usage_error_text(result.exception, lang)


def test_nothing_like_it_gets_no_guess():
    result = runner.invoke(app, ["qqqqqq"], standalone_mode=False)
    assert result.exception is not None
    text = usage_error_text(result.exception, "fi")
    assert "Tarkoititko" not in text and "Tuntematon komento" in text


def test_bare_command_prints_the_help():
    result = runner.invoke(app, [])
    assert result.exit_code == 0
    assert result.output.startswith("Käyttö: verkosto")


@pytest.mark.parametrize(
    "args",
    [
        ["--kieli", "en", "--help"],
        ["--help", "--kieli", "en"],
        ["-h", "--lang=en"],
        ["--kieli", "en"],
    ],
)
def test_the_root_help_follows_a_language_given_first(args):
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    assert "Usage: verkosto" in result.output and "Käyttö" not in result.output


def test_a_language_given_before_the_command_reaches_the_command(tmp_path, monkeypatch):
    monkeypatch.setenv("VERKOSTO_HOME", str(tmp_path))
    result = CliRunner().invoke(app, ["--kieli", "en", "historia"])
    assert result.exit_code == 0
    assert "no assessments" in result.output.lower() or "history" in result.output.lower()


@pytest.mark.parametrize("seed", ["1", "2", "3", "4"])
def test_the_help_option_is_listed_the_same_way_in_every_run(seed):
    # Click keeps the help option's names in a set; string hashing differs between runs.
    import os

    done = subprocess.run(
        [sys.executable, "-c", "from verkosto.entry import main; main()", "historia", "--help"],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "PYTHONHASHSEED": seed, "VERKOSTO_KIELI": "fi"},
    )
    assert done.returncode == 0, done.stderr
    assert re.search(r"^\s+-h, --help\s+Näytä tämä ohje", done.stdout, re.M), done.stdout
