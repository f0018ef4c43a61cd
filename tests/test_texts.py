"""Every text exists in every language, and every key the source uses exists.

The catalogue is checked as data: the same keys and the same {placeholders} in each
language. The source writes every key out (a dict from a value to its key where the key
depends on a value), so a plain scan of its string literals finds each one: every key given
to `t()` and the problems and errors exists, none is built at run time, and every key of
the catalogue is used somewhere. The help of commands and options is checked from the app.
"""

from __future__ import annotations

import ast
import string
from pathlib import Path

import pytest

import verkosto
from verkosto.i18n.catalog import set_strict, t
from verkosto.i18n.problems import EXPECTED, SYNTAX_DETAILS
from verkosto.i18n.texts import MESSAGES, TOPICS
from verkosto.i18n.texts.errors import OS_REASONS
from verkosto.languages import LANGUAGES

SRC = Path(verkosto.__file__).parent
TEXTS = SRC / "i18n" / "texts"


def placeholders(template: str) -> set[str]:
    """Return the names between braces in a str.format template."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


# --- The catalogue as data ---------------------------------------------------------------


@pytest.mark.parametrize("key", sorted(MESSAGES))
def test_every_text_is_in_every_language_with_the_same_placeholders(key):
    texts = MESSAGES[key]
    assert set(texts) == set(LANGUAGES), key
    assert all(texts[lang].strip() for lang in LANGUAGES), key
    # A placeholder may name the text's own language: {options_fi} in Finnish, {options_en}.
    first, *others = (
        {name.removesuffix(f"_{lang}") for name in placeholders(texts[lang])} for lang in LANGUAGES
    )
    for other in others:
        assert other == first, key


def test_no_key_is_in_two_topics():
    seen: dict[str, str] = {}
    for topic in TOPICS:
        for key in topic.MESSAGES:
            assert key not in seen, f"{key} in {seen.get(key)} and {topic.__name__}"
            seen[key] = topic.__name__
    assert seen.keys() == MESSAGES.keys()


def test_the_other_word_tables_have_every_language():
    for table in (EXPECTED, OS_REASONS):
        for name, texts in table.items():
            assert set(texts) == set(LANGUAGES), name
    for pattern, texts in SYNTAX_DETAILS:
        assert set(texts) == set(LANGUAGES), pattern
        assert len({frozenset(placeholders(texts[lang])) for lang in LANGUAGES}) == 1, pattern


def test_topic_modules_are_pure_data():
    for path in sorted(TEXTS.glob("*.py")):
        if path.name == "__init__.py":
            continue  # it merges the topics
        tree = ast.parse(path.read_text("utf-8"))
        for node in ast.walk(tree):
            assert not isinstance(node, (ast.FunctionDef, ast.ClassDef, ast.Call)), path.name
            if isinstance(node, ast.ImportFrom):
                assert node.module == "__future__", path.name
            if isinstance(node, ast.Import):
                assert [a.name for a in node.names] == ["errno"], path.name


def test_only_the_language_module_reads_the_environment():
    readers = set()
    for path in (SRC / "i18n").rglob("*.py"):
        tree = ast.parse(path.read_text("utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import) and any(a.name == "os" for a in node.names):
                readers.add(path.name)
            if isinstance(node, ast.Attribute) and node.attr in ("environ", "getenv"):
                readers.add(path.name)
    assert readers == {"language.py"}


def test_a_missing_text_fails_under_tests_and_shows_its_key_otherwise():
    with pytest.raises(KeyError, match=r"'no_such_text'.*'en'"):
        t("no_such_text", "en")
    with pytest.raises(KeyError, match=r"'problem_count'.*'fi'.*count"):
        t("problem_count", "fi")
    set_strict(False)
    try:
        assert t("no_such_text", "en") == "no_such_text"
        assert t("problem_count", "fi") == MESSAGES["problem_count"]["fi"]
    finally:
        set_strict(True)


# --- The keys the source uses: a plain scan ---------------------------------------------

# Every key is written out in the source, so reading its string literals is enough. These
# take a text key as their first argument: t(), the problems and errors that become texts
# where they are shown, a checker's `add`, and the small local helpers of render/ and report/.
KEY_TAKERS = frozenset(
    {
        "t",
        "Problem",
        "VerkostoError",
        "InvalidInput",
        "ProblemsError",
        "OperationFailed",
        "OutputRefused",
        "Interrupted",
        "InvalidAnswer",
        "heading",
        "labelled",
        "table",
        "add",
    }
)
CHECKERS = frozenset({"check", "self"})  # check.add(key, …) in instrument/


def source_files() -> list[Path]:
    """Return the package's modules, without the catalogue itself."""
    return [path for path in sorted(SRC.rglob("*.py")) if path.parent != TEXTS]


def literals(node: ast.AST) -> list[str]:
    """Return the string literals of an expression; of `a if c else b`, those of a and b."""
    if isinstance(node, ast.IfExp):
        return literals(node.body) + literals(node.orelse)
    if isinstance(node, ast.BoolOp):
        return [text for value in node.values for text in literals(value)]
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    return []


def key_argument(call: ast.Call) -> ast.expr | None:
    """Return the argument a call takes a text key in, if it is one of the key takers."""
    func = call.func
    name = None
    if isinstance(func, ast.Name):
        name = func.id
    elif isinstance(func, ast.Attribute) and func.attr == "add":
        checker = isinstance(func.value, ast.Name) and func.value.id in CHECKERS
        name = "add" if checker else None
    elif isinstance(func, ast.Attribute):
        name = func.attr
    return call.args[0] if name in KEY_TAKERS and call.args else None


def scan() -> tuple[set[str], dict[str, list[str]], list[str]]:
    """Return every string literal of the source, the keys given to a key taker, and the
    places a key is built at run time (an f-string or a `+`)."""
    every: set[str] = set()
    given: dict[str, list[str]] = {}
    built: list[str] = []
    for path in source_files():
        where = str(path.relative_to(SRC))
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                every.add(node.value)
            if not isinstance(node, ast.Call) or (arg := key_argument(node)) is None:
                continue
            if isinstance(arg, (ast.JoinedStr, ast.BinOp)):
                built.append(f"{where}:{node.lineno}")
            for key in literals(arg):
                given.setdefault(key, []).append(f"{where}:{node.lineno}")
    return every, given, built


EVERY, GIVEN, BUILT = scan()  # read once: every test below looks at it


def test_the_scan_finds_keys_of_every_kind():
    # If the scan missed a whole way of giving keys, the checks below would pass vacuously.
    for key in (
        "problem_count",
        "wrong_type",
        "no_input_missing_all",
        "kept_draft",
        "section_cost",
        "history_network_empty",
        "export_invalid",
        "interrupted_unsaved",
        "agenda_goals",
        "number_range",
    ):
        assert key in GIVEN or key in EVERY, key
    for key in (
        "problem_count",
        "wrong_type",
        "section_cost",
        "interrupted_unsaved",
        "unknown_key",
    ):
        assert key in GIVEN, key


def test_every_key_given_to_a_key_taker_exists():
    missing = {key: where for key, where in GIVEN.items() if key not in MESSAGES}
    assert not missing


def test_no_key_is_built_at_run_time():
    # A built key ("kind_" + kind, f"agenda_{id}") hides from the scan: write it out.
    assert not BUILT


def test_every_key_of_the_catalogue_is_used():
    # t() says "one" itself: `x_one` is used wherever `x` is, with count=1.
    unused = sorted(
        key for key in MESSAGES if key not in EVERY and key.removesuffix("_one") not in EVERY
    )
    assert not unused


def command_keys() -> set[str]:
    """Return the help keys of every command and option, from helpformat's literal tables."""
    from verkosto.cli.helpformat import COMMAND_HELP, OPTION_HELP, SHARED_OPTION_HELP

    return (
        {key for pair in COMMAND_HELP.values() for key in pair}
        | set(OPTION_HELP.values())
        | set(SHARED_OPTION_HELP.values())
    )


def test_every_command_and_option_has_its_help_text():
    assert not sorted(command_keys() - MESSAGES.keys())
