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
import unicodedata
from typing import Any

# Bidirectional controls: embeddings, overrides, isolates and the invisible marks.
BIDI_CONTROLS = frozenset(
    "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
)
_SEPARATORS = frozenset("\u2028\u2029")
_ALLOWED_MULTILINE = frozenset("\n\t")
# What JSON output must not carry raw: json.dumps escapes C0 itself, not DEL, C1 or bidi.
_JSON_UNSAFE = re.compile("[\u007f-\u009f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c"
                          "\u2028\u2029]")


def is_unsafe(ch: str) -> bool:
    """Return whether a character could drive or mislead a terminal if printed as it is."""
    if ch in BIDI_CONTROLS or ch in _SEPARATORS:
        return True
    return unicodedata.category(ch) in ("Cc", "Cs")


def has_unsafe(text: str, multiline: bool = False) -> bool:
    """Return whether `text` holds a character that `visible` would escape."""
    return any(is_unsafe(ch) and not (multiline and ch in _ALLOWED_MULTILINE) for ch in text)


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


def visible(text: object, multiline: bool = False, limit: int | None = None) -> str:
    r"""Return `text` with every unsafe character shown as an escape (`\x1b`, `\u202e`).

    `multiline` keeps newlines and tabs; `limit` shortens what is shown, ending it with "…".
    """
    value = text if isinstance(text, str) else str(text)
    shortened = limit is not None and len(value) > limit
    if shortened:
        assert limit is not None
        value = value[:limit]
    if has_unsafe(value, multiline):
        value = "".join(
            _escape(ch) if is_unsafe(ch) and not (multiline and ch in _ALLOWED_MULTILINE)
            else ch
            for ch in value
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
