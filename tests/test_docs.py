"""The README stays true: its commands and its sample error output match the tool."""

from __future__ import annotations

import re

import pytest
from typer.testing import CliRunner

from verkosto.cli.app import app
from verkosto.cli.registry import COMMANDS

from helpers import REPO

README = (REPO / "README.md").read_text("utf-8")
INSTALL = "python3 -m venv .venv && . .venv/bin/activate && pip install . && verkosto arvioi"
TEST = ("python3 -m venv .venv && . .venv/bin/activate && pip install -e '.[test]' && "
        "pytest --slow")


def test_readme_has_the_two_setup_commands():
    assert INSTALL in README
    assert TEST in README


def test_ci_runs_the_readme_test_command():
    ci = (REPO / ".ci" / "run").read_text("utf-8")
    assert "python3 -m venv .venv && . .venv/bin/activate && pip install" in ci
    assert "-e '.[test]' && pytest --slow" in ci  # every test, the slow ones too


def test_readme_tarkista_example_matches_the_tool(tmp_path, monkeypatch):
    text = (REPO / "questions.yaml").read_text("utf-8")
    text = text.replace("  - id: ydin_anti\n    type: scale", "  - id: ydin_anti\n    type: slider")
    text = text.replace("  - id: opp_palaute\n", "  - id: opp_kaytannot\n")
    (tmp_path / "oma.yaml").write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["tarkista", "oma.yaml"])
    assert result.exit_code == 2
    example = re.search(r"\$ verkosto tarkista oma.yaml\n(.*?)```", README, re.S)
    assert example is not None
    assert result.stderr.strip() == example.group(1).strip()


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_readme_lists_every_command_in_both_languages(command):
    finnish, english = README.split("## In English", 1)
    assert f"`verkosto {command}" in finnish, command
    assert f"`verkosto {command}" in english, command
