"""Every text exists in every language, and every key the source can ask for exists.

The catalogue is checked as data: the same keys and the same {placeholders} in each
language. The source is read with `ast` (source_keys.py): the keys given to `t()`, to the
problems and errors that become texts where they are shown, and to the functions that
pass a key on.
Keys built at run time (f"kind_{…}", "kooste_verdict_" + id) are covered from their real
sources: the problem kinds the source names, the question types, the outcome ids of
questions.yaml, and the commands and options of the app.
"""

from __future__ import annotations

import ast
import string

import pytest
from source_keys import SRC, source_uses

from verkosto import i18n
from verkosto.i18n import LANGUAGES, MESSAGES
from verkosto.i18n.texts import TOPICS

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
    first, *others = ({name.removesuffix(f"_{lang}") for name in placeholders(texts[lang])}
                      for lang in LANGUAGES)
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
    for table in (i18n.EXPECTED, i18n.OS_REASONS):
        for name, texts in table.items():
            assert set(texts) == set(LANGUAGES), name
    for pattern, texts in i18n.SYNTAX_DETAILS:
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
        i18n.t("no_such_text", "en")
    with pytest.raises(KeyError, match=r"'problem_count'.*'fi'.*count"):
        i18n.t("problem_count", "fi")
    i18n.set_strict(False)
    try:
        assert i18n.t("no_such_text", "en") == "no_such_text"
        assert i18n.t("problem_count", "fi") == MESSAGES["problem_count"]["fi"]
    finally:
        i18n.set_strict(True)


# --- The keys the source uses ------------------------------------------------------------

USES = source_uses()  # read once: every test below looks at it


def command_keys() -> set[str]:
    """Return the help keys of every command and option, from helpformat's literal tables."""
    from verkosto.cli.helpformat import COMMAND_HELP, OPTION_HELP, SHARED_OPTION_HELP

    return ({key for pair in COMMAND_HELP.values() for key in pair}
            | set(OPTION_HELP.values()) | set(SHARED_OPTION_HELP.values()))


def kept_output_keys() -> set[str]:
    """Return the failure keys given to write_output by the calls that also pass `keep=`."""
    import ast
    from pathlib import Path

    import verkosto

    keys: set[str] = set()
    for path in Path(verkosto.__file__).parent.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id == "write_output"
                    and any(k.arg == "keep" for k in node.keywords)):
                keys |= {arg.value for arg in node.args[2:4]
                         if isinstance(arg, ast.Constant) and isinstance(arg.value, str)}
    assert keys, "no write_output call with keep= found: the reading is out of date"
    return keys


def dynamic_keys(pattern: str, bundled) -> set[str] | None:
    """Return the keys a run-time pattern can make, from their real sources (None: unknown)."""
    from verkosto.instrument import QUESTION_TYPES

    outcomes = set(bundled.recommendation.outcomes)
    sources: dict[str, set[str] | None] = {
        # Where a problem is: every kind the source gives a problem.
        "kind_{}": {f"kind_{kind}" for kind in USES.kinds},
        "type_{}": {f"type_{kind}" for kind in QUESTION_TYPES},
        "kooste_verdict_{}": {f"kooste_verdict_{outcome}" for outcome in outcomes},
        "kooste_joining_{}": {f"kooste_joining_{outcome}" for outcome in outcomes},
        # Only the verdicts that have an agenda item: report.py looks the key up first.
        "agenda_{}": {f"agenda_{o}" for o in outcomes if f"agenda_{o}" in MESSAGES},
        "agenda_{}_joining": {f"agenda_{o}_joining" for o in outcomes
                              if f"agenda_{o}_joining" in MESSAGES},
        # The help of commands and options: from the app itself, in
        # test_every_command_and_option_has_its_help_text.
        "help_cmd_{}": set(),
        "help_examples_{}": set(),
        "help_opt_{}_{}": set(),
        "help_opt_{}": set(),
        # A value's name is shown as itself where it reads the same in both languages
        # (A, B, fi|en); helpformat looks the key up first.
        "help_metavar_{}": set(),
        # export.write_output adds `_kept` to the keys of the callers that pass `keep=`.
        "{}_kept": {f"{key}_kept" for key in kept_output_keys()},
    }
    return sources.get(pattern)


def test_the_source_reading_finds_keys_of_every_kind():
    # If the reading missed a whole way of using keys, the checks below would pass vacuously.
    for key in ("problem_count", "wrong_type", "no_input_missing_all", "kept_draft",
                "trend_up", "section_cost", "history_network_empty", "usage_extra_arguments",
                "export_invalid", "interrupted_unsaved"):
        assert key in USES.keys, key
    assert {"question", "dimension", "scale"} <= USES.kinds
    assert {"kind_{}", "type_{}", "kooste_verdict_{}"} <= USES.patterns.keys()


def test_every_key_the_source_uses_exists():
    missing = {key: sorted(where) for key, where in USES.keys.items() if key not in MESSAGES}
    assert not missing


def test_every_key_the_source_builds_exists(bundled):
    unknown = {p: sorted(w) for p, w in USES.patterns.items()
               if dynamic_keys(p, bundled) is None}
    assert not unknown, "a key built in a new way: add its real source to dynamic_keys()"
    built = set().union(*(dynamic_keys(p, bundled) or set() for p in USES.patterns))
    assert not sorted(built - MESSAGES.keys())


def test_every_command_and_option_has_its_help_text():
    assert not sorted(command_keys() - MESSAGES.keys())


def test_every_key_expression_is_understood():
    # A key that comes from somewhere this reading cannot follow would go unchecked.
    assert not sorted(USES.unresolved)
