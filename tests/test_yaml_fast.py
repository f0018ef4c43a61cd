"""The libyaml fast path gives exactly what the careful pure-Python loader gives.

The fast path is yaml.compose with the C loader plus a walk; libyaml's parser and the
pure-Python one still differ on odd text (tabs, "|#", a "!" tag, "?" in flow context), so
these tests compare the two on chosen and on random text.
"""

from __future__ import annotations

from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from verkosto.errors import ProblemsError
from verkosto.instrument import reading

from helpers import REPO

BUNDLED = (REPO / "questions.yaml").read_text("utf-8")


def outcome(text: str) -> Any:
    """Return what parse_yaml gives (data or the problems raised), as something comparable."""
    return outcome_of(reading.parse_yaml, text)


def careful(text: str) -> Any:
    """Return what the careful loader alone gives."""
    return outcome_of(reading.parse_yaml_careful, text)


def outcome_of(parse: Any, text: str) -> Any:
    try:
        return ("data", shape(parse(text, "t.yaml")))
    except ProblemsError as error:
        return ("problems", error.problems)


def shape(value: Any) -> Any:
    """Spell out the data with every line number, so two parses compare in full."""
    if isinstance(value, reading.YamlMapping):
        return (
            "node",
            value.line,
            [(type(k).__name__, k, value.key_lines[str(k)], shape(v)) for k, v in value.items()],
        )
    if isinstance(value, dict):
        return ("plain dict", value)
    if isinstance(value, list):
        return ("list", [shape(v) for v in value])
    return (type(value).__name__, value)


def test_the_bundled_file_takes_the_fast_path():
    assert reading.parse_yaml_fast(BUNDLED) is not reading.CAREFUL


def test_the_bundled_file_parses_the_same_both_ways():
    fast = outcome(BUNDLED)
    assert fast[0] == "data"
    assert fast == careful(BUNDLED)


PLAIN = [
    "a: 1\nb: [1, 2.5, x, null, true, ~]\nc: {d: e}\n",
    "- 1\n- - 2\n  - 3\n- {x: y}\n",
    "1: yksi\n2: kaksi\n1.5: x\ntrue: t\nnull: n\n",
    "teksti: 'lainattu: arvo'\nmonirivi: |\n  rivi 1\n  rivi 2\ntaitettu: >\n  a\n  b\n",
    "päivä: 2026-11-27\naika: 2026-11-27T09:12:03+02:00\n",
    "tyhjä:\nlista: []\nkartta: {}\n",
    "# kommentti\n---\na: b\n...\n",
    "just text\n",
    "42\n",
    "",
    "# only a comment\n",
    "a: b?\nc: 'd?'\nd: {fi: 'Kannattaako?', en: \"Worth it?\"}\n",
    "x: 0o17\ny: 0x1f\nz: 1_000\nw: .inf\nv: -.nan\n",
    '{"schema": "verkosto-arvio/1", "answers": {"a": 1, "b": null}}\n',
    # An anchor nothing refers to changes nothing: only an alias is refused.
    "a: &x 1\n",
    "Tervetuloa!\n",
    "a: Hei!! Mitä kuuluu?\n",
]
REFUSED = [
    "x: !!str 5\ny: !!int '7'\nz: !!float 1\n",
    "!",
    "a: !\n",
    "! a\n",
    "!!map {a: 1}\n",
    "a: &x 1\nb: *x\n",
    "a: [&x 1, *x]\n",
    "a: 1\na: 2\n",
    "a: 1\n'a': 2\n",
    "? [1, 2]\n: x\n",
    "? {a: 1}\n: x\n",
    "2026-01-01: x\n",
    "a: {b: 1, b: 2}\n",
    "<<: {a: 1}\nb: 2\n",
    "= : x\n",
    "a: !!set {x, y}\n",
    "a: !!binary aGVp\n",
    "a: !custom x\n",
    "a: [!!str 1]\n",
    "{a: !!int '2'}\n",
    "a: !!python/object:os.system x\n",
    "--- a\n--- b\n",
    "a: [1\n",
    "a: b: c\n",
    "\tx: 1\n",
    "a\t\n",
    "a: |#\n  x\n",
    "a: >-#\n  x\n",
    "[a?]\n",
    "{a: b?}\n",
    "[? \n ]\n",
    "{a: , b: 1}\n",
    "a: b\t# kommentti\n",
    "a: \x07\n",
    "x: " + "9" * 5000 + "\n",
    "[" * 10_000 + "]" * 10_000,
    "- " * 200 + "x\n",
    "{a: " * 200 + "1" + "}" * 200,
]


@pytest.mark.parametrize("text", PLAIN + REFUSED)
def test_fast_and_careful_agree(text):
    assert outcome(text) == careful(text)


@pytest.mark.parametrize("text", PLAIN)
def test_plain_yaml_takes_the_fast_path(text):
    assert reading.parse_yaml_fast(text) is not reading.CAREFUL


@pytest.mark.parametrize("text", REFUSED)
def test_anything_unusual_goes_to_the_careful_loader(text):
    assert reading.parse_yaml_fast(text) is reading.CAREFUL


def test_without_libyaml_the_careful_loader_does_it_all(monkeypatch):
    fast = outcome(BUNDLED)
    monkeypatch.delattr(yaml, "CSafeLoader")
    assert reading.parse_yaml_fast(BUNDLED) is reading.CAREFUL
    assert outcome(BUNDLED) == fast


scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-10**6, 10**6),
    st.floats(allow_nan=False, width=32),
    st.text(max_size=12),
)
keys = st.one_of(st.text(max_size=8), st.integers(0, 99))
trees = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(keys, inner, max_size=4)
    ),
    max_leaves=20,
)


@given(tree=trees, flow=st.sampled_from([False, True, None]))
def test_dumped_data_parses_the_same_both_ways(tree, flow):
    text = yaml.safe_dump(tree, default_flow_style=flow, allow_unicode=True, sort_keys=False)
    assert outcome(text) == careful(text)


TOKENS = list("ab1 :-\n[]{},'\"#?&*!|>.~%@`\t") + [
    "  ", "- ", ": ", "\n  ", "---", "...", "0x1", "1e3", "true", "null", "é", "? ", "|\n  ",
    ">-\n  ", "%YAML 1.1\n", "<<", "=", "2026-01-01", "!!str ",
]


@settings(max_examples=1500)
@given(text=st.lists(st.sampled_from(TOKENS), max_size=20).map("".join))
def test_random_yaml_like_text_parses_the_same_both_ways(text):
    """Random text found the cases the fast path now leaves to the careful loader."""
    assert outcome(text) == careful(text)
