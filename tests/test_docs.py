"""The README and docs/ stay true: commands, set-up, data folder and examples match the tool."""

from __future__ import annotations

import re

import docs_examples
import pytest

from verkosto import cache, history, store
from verkosto.cli.registry import COMMANDS as REGISTERED

from helpers import REPO

README = (REPO / "README.md").read_text("utf-8")
FINNISH, ENGLISH = README.split("## In English", 1)
DOCS = REPO / "docs"
INSTALL = "python3 -m venv .venv && . .venv/bin/activate && pip install . && verkosto arvioi"
TEST = (
    "python3 -m venv .venv && . .venv/bin/activate && pip install -e '.[test]'"
    " && pytest --slow -n auto"
)
COMMANDS = sorted(REGISTERED)


def code_blocks(text: str) -> list[str]:
    return [block.strip() for block in re.findall(r"```[a-z]*\n(.*?)```", text, re.S)]


def test_readme_starts_with_the_two_setup_commands():
    # The first two code blocks, before any heading: what a worker copies first.
    assert code_blocks(README)[:2] == [INSTALL, TEST]
    assert README.index(TEST) < README.index("\n## ")


def test_ci_runs_the_readme_test_command():
    # .ci/run may add quiet flags; otherwise it runs exactly the README's command.
    ci = (REPO / ".ci" / "run").read_text("utf-8")
    quiet = {
        line.replace(" -q", "").replace(" -p no:cacheprovider", "").strip()
        for line in ci.splitlines()
    }
    assert TEST in quiet, "CI no longer runs the README's test command: change both together"


def test_readme_python_version_is_the_declared_one():
    pyproject = (REPO / "pyproject.toml").read_text("utf-8")
    lowest = re.search(r'^requires-python = ">=\s*(3\.\d+)"', pyproject, re.M)
    assert lowest is not None, "requires-python is not a plain lower bound any more"
    assert f"Python {lowest.group(1)}" in README, (
        f"pyproject.toml needs Python {lowest.group(1)}: say the same in the README's Asennus"
    )


def test_readme_names_the_data_folder_and_its_files():
    for name in (
        store.HOME_ENV,
        history.DATABASE_FILE,
        f"{store.DRAFTS_FOLDER}/",
        f"{store.KEPT_FOLDER}/",
        f"{cache.FOLDER}/",
        "verkosto poista --kaikki",
        "~/.config/verkosto",
        "~/Library/Application Support/verkosto",
        r"%APPDATA%\verkosto",
    ):
        assert name in FINNISH, name


@pytest.mark.parametrize(
    "page", [REPO / "README.md", *sorted(DOCS.glob("*.md"))], ids=lambda p: p.name
)
def test_every_link_to_a_file_leads_somewhere(page):
    text = page.read_text("utf-8")
    for target in re.findall(r"\]\(([^)#:]+?)(?:#[^)]*)?\)", text):
        assert (page.parent / target).exists(), f"{page.name} links to missing {target}"


def test_the_docs_pages_are_linked_from_the_readme():
    for page in DOCS.glob("*.md"):
        assert f"(docs/{page.name})" in README, page.name


def test_tarkista_example_matches_the_tool():
    code, output = docs_examples.tool_output()
    assert code == 2
    assert output == docs_examples.documented(), (
        "the `verkosto tarkista oma.yaml` example in docs/kysymystiedosto.md is out of date "
        "(questions.yaml changed?): run `python tests/docs_examples.py` to rewrite it"
    )


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_is_documented_in_both_languages(command):
    assert f"`verkosto {command}" in (DOCS / "komennot.md").read_text("utf-8"), command
    assert f"`verkosto {command}" in ENGLISH, command
    assert re.search(rf"`(verkosto )?{command}\b", FINNISH), command


def test_the_readme_shows_five_commands_first():
    section = FINNISH.split("## Käyttö", 1)[1]
    table = re.search(r"(^\|.*\n)+", section, re.M).group(0)  # the first table
    shown = re.findall(r"^\| `verkosto (\w+)`", table, re.M)
    assert len(shown) == 5 and set(shown) <= set(COMMANDS), shown
