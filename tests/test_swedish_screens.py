"""Every command in Swedish (`--kieli sv`), and no Finnish or English word on a Swedish screen.

The words that must not leak are collected from the Finnish and English texts themselves:
the interface catalogue, the other word tables of `i18n` and the bundled questions file.
A word that is also Swedish (it appears in some Swedish text), a command or option name,
a value an option takes, and anything shorter than four letters is left out. Paths, file
names, placeholders and option names are taken out of a screen before its words are read.
"""

from __future__ import annotations

import csv
import io
import json
import re
import string
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import click
import pytest
import typer.main
import yaml
from typer.testing import CliRunner

from verkosto.cli.app import app
from verkosto.i18n.catalog import t
from verkosto.i18n.problems import EXPECTED, SYNTAX_DETAILS
from verkosto.i18n.texts import MESSAGES
from verkosto.i18n.texts.errors import OS_REASONS
from verkosto.interview import progress

from helpers import full_answers, iter_text_fields, make_export, typed_answers, verkosto_command

runner = CliRunner()
SV = ["--kieli", "sv"]
LETTERS = re.compile(r"[^\W\d_]+")
OPTION = re.compile(r"(?<![\w-])--?[A-Za-z][\w-]*")
# A path or a file name: a word with a slash, or one that ends in a file extension.
PATHLIKE = re.compile(r"\S*[/\\]\S*|\S+\.(?:json|jsonl|yaml|yml|csv|html|md|txt)\b")
# The instrument's and the exports' own names ("verkosto-arvio 2.1.0" in a report).
SCHEMA_NAMES = re.compile(r"(?<![\w-])verkosto-(?:arvio|kooste)(?![\w-])")
COMMAND = typer.main.get_command(app)
# Commands load lazily (cli/registry.py): the group finds each one by name.
_CONTEXT = click.Context(COMMAND)
COMMANDS = sorted(COMMAND.list_commands(_CONTEXT))  # type: ignore[attr-defined]
# What options take as values; they are typed as they are, in every language.
OPTION_VALUES = {"taulukko", "table", "json", "csv", "html", "txt"}


def literal(template: str) -> str:
    """Return a catalogue text without its {placeholders}."""
    return "".join(text for text, _, _, _ in string.Formatter().parse(template))


def names() -> set[str]:
    """Return the words of the command names, the option names and the tool's own name."""
    found = {"verkosto", *COMMANDS, *OPTION_VALUES}
    loaded = [COMMAND.get_command(_CONTEXT, name) for name in COMMANDS]  # type: ignore[attr-defined]
    for command in [COMMAND, *loaded]:
        for param in command.params:
            for name in (*param.opts, *param.secondary_opts):
                found |= {part.casefold() for part in LETTERS.findall(name)}
            if param.envvar:
                found.add(str(param.envvar).casefold())
    return found


def words(text: str) -> set[str]:
    """Return the words of four letters or more in `text`, casefolded.

    Option names, paths, file names and the environment variable are taken out first.
    """
    text = PATHLIKE.sub(" ", text)
    text = OPTION.sub(" ", text)
    text = text.replace("VERKOSTO_KIELI", " ")
    text = SCHEMA_NAMES.sub(" ", text)
    return {w.casefold() for w in LETTERS.findall(text) if len(w) >= 4}


def texts_by_language() -> dict[str, list[str]]:
    """Return every text of the interface and of the bundled questions file, by language."""
    from verkosto.instrument.loader import load

    found: dict[str, list[str]] = {"fi": [], "en": [], "sv": []}
    tables = [
        *MESSAGES.values(),
        *EXPECTED.values(),
        *OS_REASONS.values(),
        *(texts for _, texts in SYNTAX_DETAILS),
    ]
    for texts in tables:
        for lang, text in texts.items():
            found.setdefault(lang, []).append(literal(text))
    for _, text in iter_text_fields(load()):
        found["fi"].append(text.fi)
        found["en"].append(text.en or "")
        # Read the Swedish itself: Text.get("sv") would fall back to the Finnish.
        found["sv"].append(getattr(text, "sv", None) or "")
    return found


def foreign_words() -> frozenset[str]:
    """Return the Finnish and English words that are not also Swedish words here."""
    by_lang = texts_by_language()
    swedish = set().union(*(words(text) for text in by_lang["sv"]))
    other = set().union(*(words(text) for lang in ("fi", "en") for text in by_lang[lang]))
    return frozenset(other - swedish - names())


FOREIGN = foreign_words()


def leaks(screen: str) -> list[str]:
    """Return the Finnish or English words on `screen`, sorted."""
    return sorted(words(screen) & FOREIGN)


def assert_swedish(screen: str) -> None:
    """Fail with the words that are not Swedish, if any; an empty screen fails too."""
    assert screen.strip(), "nothing was shown"
    assert leaks(screen) == [], screen


class _TextOnly(HTMLParser):
    """Collect the text an HTML page shows (not its tags, styles or scripts)."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("style", "script"):
            self._hidden += 1
        for name, value in attrs:
            if name in ("title", "alt", "aria-label") and value:
                self.parts.append(value)

    def handle_endtag(self, tag: str) -> None:
        if tag in ("style", "script"):
            self._hidden -= 1

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.parts.append(data)


def html_text(page: str) -> str:
    parser = _TextOnly()
    parser.feed(page)
    return "\n".join(parser.parts)


def run(*args: str, input: str | None = None, code: int = 0):
    """Run `verkosto` in Swedish and check the exit code (and that nothing crashed)."""
    result = runner.invoke(app, [*args, *SV], input=input)
    assert result.exit_code == code, (result.output, result.exception)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result


def write_answers(path: Path, answers: dict) -> Path:
    path.write_text(yaml.safe_dump(answers, allow_unicode=True), encoding="utf-8")
    return path


@pytest.fixture
def history(tmp_path, bundled) -> Path:
    """Store three Swedish assessments: two of one network, one of another."""
    for network, scale in (
        ("Kamratstödsnätverket", 4),
        ("Kamratstödsnätverket", 3),
        ("Nätverket för barnskydd", 5),
    ):
        answers = write_answers(
            tmp_path / f"{scale}.yaml", full_answers(bundled, scale=scale, hours=2.5)
        )
        run("arvioi", "--verkosto", network, "--vastaukset", str(answers))
    return tmp_path


# --- The check itself ----------------------------------------------------------------------


def test_the_foreign_words_are_the_other_languages_words():
    # Words only Finnish or English uses are in; names and shared words are out.
    assert {"arvio", "suositus", "luonnos", "assessment", "recommendation", "draft"} <= FOREIGN
    assert not {"verkosto", "kieli", "lang", "json", "html", "enter", "median"} & FOREIGN
    assert len(FOREIGN) > 500


def test_the_check_finds_finnish_and_english_on_their_own_screens():
    # The same check fails on the screens of the other languages: it can fail.
    english = runner.invoke(app, ["historia", "--kieli", "en"]).output
    finnish = runner.invoke(app, ["historia", "--kieli", "fi"]).output
    assert {"there", "assessments", "history"} <= set(leaks(english))
    assert {"historiassa", "arvioita"} <= set(leaks(finnish))
    with pytest.raises(AssertionError):
        assert_swedish(english)
    swedish = run("historia").output
    assert swedish.strip() == t("history_empty", "sv")
    assert_swedish(swedish)


def test_paths_options_and_placeholders_are_not_words():
    assert words("Se /tmp/historia/arvio.json och --ei-tallenna, VERKOSTO_KIELI=sv") == set()
    assert words(literal("{count} bedömningar")) == {"bedömningar"}


# --- Help and usage --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "command", [[], *([name] for name in COMMANDS)], ids=["verkosto", *COMMANDS]
)
def test_help_of_every_command_is_swedish(command):
    result = run(*command, "--help")
    out = result.output
    assert out.startswith(t("help_usage", "sv"))
    assert t("help_options", "sv") in out and t("help_examples", "sv") in out
    key = command[0] if command else "root"
    first_line = t(f"help_cmd_{key}", "sv").split("\n", 1)[0]
    assert " ".join(first_line.split()[:4]) in " ".join(out.split())
    assert_swedish(out)


def test_help_in_swedish_from_the_environment():
    result = runner.invoke(app, ["--help"], env={"VERKOSTO_KIELI": "sv"})
    assert result.exit_code == 0
    assert t("help_commands", "sv") in result.output
    assert_swedish(result.output)


@pytest.mark.parametrize(
    ("args", "key", "params"),
    [
        (["historia", "--okand"], "usage_no_such_option", {"option": "--okand"}),
        (["okand"], "usage_no_such_command", {"name": "okand"}),
        (["arvioi", "--kysymykset"], "usage_needs_value", {"option": "--kysymykset"}),
        (["poista", "1", "2"], "usage_extra_argument", {"args": "2"}),
    ],
    ids=["option", "command", "value", "argument"],
)
def test_usage_errors_in_the_installed_script_are_swedish(args, key, params):
    # Usage errors are put into words by the console script's own entry, not under CliRunner.
    # The language first: after "--kysymykset" it would be taken as the missing value.
    result = subprocess.run(
        [verkosto_command(), *SV, *args],
        capture_output=True,
        text=True,
        timeout=60,
        stdin=subprocess.DEVNULL,
    )
    assert result.returncode == 2, result.stderr
    assert t(key, "sv", **params) in result.stderr
    assert "--help" in result.stderr
    assert_swedish(result.stderr)


# --- Assessing ---------------------------------------------------------------------------------


def test_arvioi_with_answers_from_a_file(tmp_path, bundled):
    path = write_answers(tmp_path / "svar.yaml", full_answers(bundled, scale=4, hours=2.5))
    out = tmp_path / "export.json"
    result = run(
        "arvioi", "--verkosto", "Kamratstödsnätverket", "--vastaukset", str(path), "--vie", str(out)
    )
    assert t("saved_to_history", "sv") in result.output
    assert "Kamratstödsnätverket" in result.output
    assert json.loads(out.read_text("utf-8"))["language"] == "sv"
    assert_swedish(result.output + result.stderr)


def test_arvioi_typed_with_a_bad_answer_and_help(bundled):
    # Piped input has no review step; tests/test_swedish_terminal.py reviews in a terminal.
    answers = full_answers(bundled, scale=4, hours=2.5)
    lines = typed_answers(bundled, answers)
    typed = ["Kamratstödsnätverket", "abc", "?", *lines]
    result = run("arvioi", input="\n".join(typed) + "\n")
    out = result.output
    total = progress(bundled, answers)[1]
    assert t("ask_network", "sv") in out
    assert "Fråga 1/" in out
    assert f"Fråga {total}/{total}" in out
    assert t("saved_to_history", "sv") in " ".join(out.split())
    assert_swedish(out)


def test_a_stopped_interview_is_kept_as_a_draft_and_resumed(bundled):
    answers = full_answers(bundled, scale=4)
    lines = typed_answers(bundled, answers)
    first = run(
        "arvioi", "--verkosto", "Kamratstödsnätverket", input="\n".join(lines[:3]) + "\n", code=130
    )
    shown = " ".join((first.output + first.stderr).split())
    assert "3 svar har sparats som utkast" in shown
    assert_swedish(first.output + first.stderr)
    second = run("arvioi", "--jatka", input="\n".join([*lines[3:], ""]) + "\n")
    out = " ".join(second.output.split())
    assert t("draft_continued", "sv", network="Kamratstödsnätverket", count=3) in out
    assert_swedish(second.output)


# --- The history ---------------------------------------------------------------------------


def test_historia(history):
    result = run("historia")
    out = result.output
    assert t("history_title", "sv") in out
    assert "Kamratstödsnätverket" in out and "Nätverket för barnskydd" in out
    assert t("col_hours", "sv") in out
    assert_swedish(out)


def test_historia_of_one_network_and_its_export(history, tmp_path):
    assert_swedish(run("historia", "--verkosto", "kamratstödsnätverket").output)
    target = tmp_path / "historik.jsonl"
    result = run("historia", "--vie", str(target))
    assert len(target.read_text("utf-8").splitlines()) == 3
    assert_swedish(result.output + result.stderr)


def test_vertaa(history):
    result = run("vertaa", "--verkosto", "Kamratstödsnätverket")
    assert "Kamratstödsnätverket" in result.output
    assert_swedish(result.output)
    assert_swedish(run("vertaa", "1", "2").output)


def test_yhteenveto(history):
    result = run("yhteenveto")
    assert "Nätverket för barnskydd" in result.output
    assert_swedish(result.output)


@pytest.mark.parametrize("fmt", ["md", "txt"])
def test_raportti_as_text(history, fmt):
    result = run("raportti", "--viimeisin", "--muoto", fmt)
    assert "Nätverket för barnskydd" in result.stdout
    assert_swedish(result.stdout)


def test_raportti_as_html(history):
    page = run("raportti", "2", "--muoto", "html").stdout
    assert '<html lang="sv">' in page
    assert "Kamratstödsnätverket" in html_text(page)
    assert_swedish(html_text(page))


def test_raportti_of_a_swedish_export_is_swedish_without_kieli(history, tmp_path, bundled):
    path = tmp_path / "export.json"
    path.write_text(
        json.dumps(make_export(bundled, "Kamratstödsnätverket", lang="sv")), encoding="utf-8"
    )
    result = runner.invoke(app, ["raportti", str(path)])
    assert result.exit_code == 0, result.output
    assert_swedish(result.stdout)


def test_poista_one_and_all(history):
    one = run("poista", "1", "--kylla")
    assert one.output.startswith("Bedömning 1 (Kamratstödsnätverket) har tagits bort.")
    assert_swedish(one.output)
    kept = run("poista", "--kaikki", input="n\n")
    assert t("delete_cancelled", "sv") in kept.output
    assert "[j/N]" in kept.output
    assert_swedish(kept.output)
    gone = run("poista", "--kaikki", input="j\n")  # the prompt says j for ja
    assert "2 bedömningar har tagits bort" in gone.output
    assert_swedish(gone.output)
    assert run("historia").output.strip() == t("history_empty", "sv")


def test_poista_unknown_number(history):
    result = run("poista", "9", "--kylla", code=2)
    assert_swedish(result.stderr)


# --- The questions and the questions file -----------------------------------------------------


def without_ids(screen: str, instrument) -> str:
    """Return `screen` without the questions file's ids (a question's, a choice's value)."""
    ids = {q.id for q in instrument.questions} | {d.id for d in instrument.dimensions}
    ids |= {str(c.value) for q in instrument.questions for c in q.choices}
    pattern = "|".join(sorted((re.escape(i) for i in ids), key=len, reverse=True))
    return re.sub(rf"(?<![\w-])(?:{pattern})(?![\w-])", " ", screen)


def test_kysymykset(bundled):
    # The table names each question by its id, and a condition by an id and a value.
    result = run("kysymykset")
    assert "ydin_aiheet" in result.output
    assert_swedish(without_ids(result.output, bundled))


def test_tarkista(tmp_path):
    assert_swedish(run("tarkista").output)
    broken = tmp_path / "trasig.yaml"
    broken.write_text("instrument: [\n", encoding="utf-8")
    result = run("tarkista", str(broken), code=2)
    assert_swedish(result.stderr)


# --- kooste ---------------------------------------------------------------------------------


@pytest.fixture
def exports(tmp_path, bundled) -> Path:
    """Six exports of one network (enough to show figures), two of another, one bad file."""
    folder = tmp_path / "svar"
    folder.mkdir()
    for n in range(6):
        data = make_export(
            bundled, "Kamratstödsnätverket", lang="sv", scale=3 + n % 3, hours=1.5 + n
        )
        (folder / f"a{n}.json").write_text(json.dumps(data), encoding="utf-8")
    for n in range(2):
        data = make_export(bundled, "Nätverket för barnskydd", lang="sv")
        (folder / f"b{n}.json").write_text(json.dumps(data), encoding="utf-8")
    (folder / "trasig.json").write_text("{}", encoding="utf-8")
    return folder


def test_kooste_table(exports):
    result = run("kooste", str(exports))
    out = result.output + result.stderr
    assert t("kooste_title", "sv") in out
    assert "Kamratstödsnätverket" in out
    assert_swedish(out)


def test_kooste_csv_is_for_a_swedish_spreadsheet(exports):
    result = run("kooste", str(exports), "--muoto", "csv")
    text = result.stdout.removeprefix("\ufeff")
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert rows[0][:2] == [t("kooste_csv_network", "sv"), t("kooste_csv_respondents", "sv")]
    assert len({len(row) for row in rows}) == 1  # ";" splits every row the same way
    shown = next(row for row in rows if row[0] == "Kamratstödsnätverket")
    decimals = [cell for cell in shown if re.fullmatch(r"-?\d+[.,]\d+", cell)]
    assert decimals and all("," in cell for cell in decimals)  # decimal commas
    assert_swedish(text + result.stderr)


# --- Numbers and dates as Finland-Swedish writes them ------------------------------------------

DECIMAL_POINT = re.compile(r"(?<![\d.])(?<!kl\. )\d+\.\d+(?![\d.])")  # not 6.12.2026, kl. 13.15
SCREENS = {
    "arvioi": ["arvioi", "--verkosto", "Kamratstödsnätverket", "--vastaukset", "{answers}"],
    "historia": ["historia"],
    "vertaa": ["vertaa", "1", "2"],
    "yhteenveto": ["yhteenveto"],
    "raportti-md": ["raportti", "2"],
    "raportti-txt": ["raportti", "2", "--muoto", "txt"],
    "raportti-html": ["raportti", "2", "--muoto", "html"],
    "kooste": ["kooste", "{exports}"],
}


@pytest.mark.parametrize("screen", sorted(SCREENS))
def test_numbers_and_dates_are_finland_swedish(screen, history, exports, bundled):
    answers = write_answers(history / "svar.yaml", full_answers(bundled, scale=4, hours=2.5))
    args = [arg.format(answers=answers, exports=exports) for arg in SCREENS[screen]]
    out = run(*args).stdout
    if screen.endswith("html"):
        out = html_text(out)
    out = PATHLIKE.sub(" ", out)
    assert re.search(r"\d,\d", out), out  # there is a decimal number to look at
    assert not DECIMAL_POINT.search(out), out  # 2,5, not 2.5
    assert not re.search(r"\d%", out), out  # 15 %, with a space
    assert not re.search(r"\d{4}-\d\d-\d\d", out), out  # 6.12.2026, not ISO


def test_every_swedish_text_of_these_topics_is_filled_in_the_catalogue():
    # The five topics written here: each key has Swedish with the same placeholders.
    from verkosto.i18n.texts import drafts, help, history, interview, kooste

    for topic in (help, history, kooste, drafts, interview):
        for key, texts in topic.MESSAGES.items():
            assert list(texts) == ["fi", "en", "sv"], key
            names_fi = {
                n.removesuffix("_fi") for _, n, _, _ in string.Formatter().parse(texts["fi"]) if n
            }
            names_sv = {
                n.removesuffix("_sv") for _, n, _, _ in string.Formatter().parse(texts["sv"]) if n
            }
            assert names_sv == names_fi, key
            assert not leaks(literal(texts["sv"])), key
