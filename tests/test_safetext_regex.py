"""The safe-text check is one character class: it agrees with the rule it replaced everywhere."""

from __future__ import annotations

import sys
import unicodedata

from verkosto import safetext

# The rule as it was written before it became one regex, kept here only as the reference.
_BIDI_CONTROLS = frozenset(
    "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
)
_SEPARATORS = frozenset("\u2028\u2029")


def _was_unsafe(ch: str) -> bool:
    if ch in _BIDI_CONTROLS or ch in _SEPARATORS:
        return True
    return unicodedata.category(ch) in ("Cc", "Cs")


def _every_code_point() -> str:
    return "".join(map(chr, range(sys.maxunicode + 1)))


def test_every_code_point_is_judged_as_the_old_rule_judged_it():
    every = _every_code_point()
    expected = [ch for ch in every if _was_unsafe(ch)]
    # Each character alone, single-line and multiline: the same answer as before.
    assert [ch for ch in every if safetext.has_unsafe(ch)] == expected
    assert [ch for ch in every if safetext.is_unsafe(ch)] == expected
    assert [ch for ch in every if safetext.has_unsafe(ch, multiline=True)] == [
        ch for ch in expected if ch not in "\n\t"
    ]


def test_the_unsafe_set_is_what_the_module_says_it_is():
    unsafe = {ord(ch) for ch in _every_code_point() if safetext.is_unsafe(ch)}
    expected = (
        set(range(0x20))
        | set(range(0x7F, 0xA0))
        | set(range(0xD800, 0xE000))
        | {0x061C, 0x200E, 0x200F, 0x2028, 0x2029}
        | set(range(0x202A, 0x202F))
        | set(range(0x2066, 0x206A))
    )
    assert unsafe == expected


def test_a_long_text_is_checked_as_a_whole():
    clean = "Pienten järjestöjen viestintäverkosto " * 1000
    assert not safetext.has_unsafe(clean)
    assert safetext.has_unsafe(clean + "\u202e")
    assert safetext.has_unsafe("\x1b" + clean)
    assert not safetext.has_unsafe(clean + "\n\t", multiline=True)
    assert safetext.has_unsafe(clean + "\n", multiline=False)


def test_visible_escapes_exactly_the_unsafe_characters():
    text = "a\x1bb\u202ec\nd\te\ud800f\x85g\u2028"
    assert safetext.visible(text) == "a\\x1bb\\u202ec\\nd\\te\\ud800f\\x85g\\u2028"
    assert safetext.visible(text, multiline=True) == "a\\x1bb\\u202ec\nd\te\\ud800f\\x85g\\u2028"
