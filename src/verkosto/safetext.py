r"""The one rule for text from outside: shown visibly, never executed by a terminal.

Network names from exports, the history and drafts, keys of answers files, question texts,
free-text answers and file names all pass through `visible` before a terminal or a report
sees them. Control characters (C0, DEL, C1), bidi controls and line separators become
escapes such as `\x1b` or `\u202e`, so an escape sequence or a right-to-left override is
shown as text instead of changing the screen. This module imports nothing from Rich.
"""

from __future__ import annotations

import json
import re
from typing import Any

# What a terminal could act on if printed as it is: C0 controls, DEL and C1 (category Cc),
# lone surrogates (Cs), bidi embeddings, overrides, isolates and marks, and the line and
# paragraph separators. Both categories are closed sets under Unicode's stability policy, so
# the ranges stay right in every Python; one compiled class checks a whole text in C, about
# five times faster than asking unicodedata about each character. Only C0 differs between
# the two classes.
_UNSAFE_REST = "\x7f-\x9f\ud800-\udfff\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069"
_UNSAFE = re.compile(f"[\x00-\x1f{_UNSAFE_REST}]")
# The same without newline and tab, which free text may keep.
_UNSAFE_MULTILINE = re.compile(f"[\x00-\x08\x0b-\x1f{_UNSAFE_REST}]")
# What JSON output must not carry raw: json.dumps escapes C0 itself, not DEL, C1 or bidi.
_JSON_UNSAFE = re.compile("[\u007f-\u009f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c\u2028\u2029]")
_SHORT_ESCAPES = {"\n": "\\n", "\t": "\\t", "\r": "\\r"}


def _escape(ch: str) -> str:
    if ch in _SHORT_ESCAPES:
        return _SHORT_ESCAPES[ch]
    code = ord(ch)
    if code <= 0xFF:
        return f"\\x{code:02x}"
    if code <= 0xFFFF:
        return f"\\u{code:04x}"
    return f"\\U{code:08x}"


def is_unsafe(ch: str) -> bool:
    """Return whether a character could drive or mislead a terminal if printed as it is."""
    return _UNSAFE.match(ch) is not None


def has_unsafe(text: str, multiline: bool = False) -> bool:
    """Return whether `text` holds a character that `visible` would escape."""
    return (_UNSAFE_MULTILINE if multiline else _UNSAFE).search(text) is not None


def visible(text: object, multiline: bool = False, limit: int | None = None) -> str:
    r"""Return `text` with every unsafe character shown as an escape (`\x1b`, `\u202e`).

    `multiline` keeps newlines and tabs; `limit` shortens what is shown, ending it with "…".
    """
    value = text if isinstance(text, str) else str(text)
    shortened = limit is not None and len(value) > limit
    if shortened:
        assert limit is not None
        value = value[:limit]
    value = (_UNSAFE_MULTILINE if multiline else _UNSAFE).sub(
        lambda found: _escape(found.group()), value
    )
    return value + "…" if shortened else value


def visible_data(data: Any) -> Any:
    """Return JSON-like data with every key and text made safe to show (see `visible`).

    Exports and history rows come from outside: whatever part of them is later shown, no
    escape sequence or bidi control in a key, a title or an answer can drive the terminal.
    """
    if isinstance(data, str):
        # Line breaks in free text are the person's own: kept, as the typed path keeps them.
        return visible(data, multiline=True) if has_unsafe(data, multiline=True) else data
    if isinstance(data, dict):
        return {visible_data(key): visible_data(value) for key, value in data.items()}
    if isinstance(data, list):
        return [visible_data(item) for item in data]
    return data


def json_text(data: Any, indent: int | None = 2) -> str:
    r"""Serialise data as JSON whose text carries no raw DEL, C1 or bidi control.

    The escaped characters can only occur inside JSON strings, where `\uXXXX` means the same
    character: the data read back is identical.
    """
    return json_safe(json.dumps(data, ensure_ascii=False, indent=indent, allow_nan=False))


def json_safe(text: str) -> str:
    r"""Escape DEL, C1 and bidi controls in JSON text as `\uXXXX` (the same data)."""
    return _JSON_UNSAFE.sub(lambda found: f"\\u{ord(found.group()):04x}", text)
