"""The problem collector the checks share, with typed getters that report what is wrong.

Every check reads the parsed tree through a Checker: a wrong type, an unknown or missing key,
a control character in a text is added as a Problem with the file, line and id, and reading
goes on, so one pass reports everything.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from verkosto.errors import Problem
from verkosto.instrument.model import Text, plain_number
from verkosto.instrument.reading import YamlMapping
from verkosto.languages import LANGUAGES
from verkosto.safetext import has_unsafe, is_unsafe, visible

# Text that was meant as a number: digits or a sign first, or a YAML 1.1 .inf / .nan.
_NUMBER_LIKE = re.compile(r"[-+]?(?:\.(?:inf|nan)|\.?[0-9][0-9a-z_:.,+-]*)\Z", re.IGNORECASE)


def shown_number(value: float) -> str:
    """Return a number from the file for a message: as written, a very long one shortened."""
    if isinstance(value, float):
        return plain_number(value) if abs(value) < 1e15 else repr(value)  # 1e+308, not 309 digits
    return _shortened(str(value))


def _shortened(text: str, limit: int = 24) -> str:
    """Return text from the file short enough for a message (a number of 4,000 digits)."""
    return text if len(text) <= limit else f"{text[: limit - 4]}…"


class Checker:
    """Collects problems while building the dataclasses."""

    def __init__(self, display: str) -> None:
        self.display = display
        self.problems: list[Problem] = []

    def add(
        self,
        code: str,
        line: int | None,
        kind: str | None = None,
        ident: str | None = None,
        **params: object,
    ) -> None:
        """Add a problem at `line`, unless the same one is there already."""
        problem = Problem(code, dict(params), self.display, line, kind, ident)
        # Two checks may see the same gap (a required key, then its value); say it once.
        if problem not in self.problems:
            self.problems.append(problem)

    def mapping(
        self,
        node: Any,
        line: int,
        kind: str | None,
        ident: str | None,
        where: str,
    ) -> YamlMapping | None:
        """Return `node` if it is a mapping, else report it and return None."""
        if isinstance(node, YamlMapping):
            return node
        self.add("wrong_type", line, kind, ident, key=where, expected="mapping")
        return None

    def keys(
        self,
        node: YamlMapping,
        kind: str | None,
        ident: str | None,
        required: Sequence[str],
        optional: Sequence[str] = (),
    ) -> None:
        """Report keys outside `required` and `optional`, and required keys left out."""
        allowed = set(required) | set(optional)
        for key in node:
            if key not in allowed:
                line = node.key_lines.get(str(key), node.line)
                self.add("unknown_key", line, kind, ident, key=key, allowed=sorted(allowed))
        for key in required:
            if key not in node:
                self.add("missing_key", node.line, kind, ident, key=key)

    def present(
        self, node: YamlMapping, key: str, kind: str | None, ident: str | None, required: bool
    ) -> bool:
        """Return whether `key` is in `node`, reporting it missing if it is `required`."""
        if key in node:
            return True
        if required:
            self.add("missing_key", node.line, kind, ident, key=key)
        return False

    def line_of(self, node: YamlMapping, key: str) -> int:
        """Return the line of `key` in `node`, or the node's own line."""
        return node.key_lines.get(key, node.line)

    def text(
        self,
        node: YamlMapping,
        key: str,
        kind: str | None,
        ident: str | None,
        required: bool = True,
    ) -> Text | None:
        """Read the text under `key` (fi, optionally en), reporting what is wrong."""
        if not self.present(node, key, kind, ident, required):
            return None
        line = self.line_of(node, key)
        return self.text_value(node[key], line, kind, ident, key)

    def text_value(
        self, value: Any, line: int, kind: str | None, ident: str | None, key: str
    ) -> Text | None:
        """Read a text given as a string or a {fi, en} mapping, reporting what is wrong."""
        if isinstance(value, str):
            # A bare string is taken as Finnish only.
            if not value.strip():
                self.add("missing_fi", line, kind, ident, key=key)
                return None
            # Reported, but kept: the file is refused anyway, and what refers to this item
            # should not be blamed too (no follow-on "unknown question" problems).
            self.printable(value, line, kind, ident, key)
            return Text(value.strip())
        if not isinstance(value, YamlMapping):
            self.add("wrong_type", line, kind, ident, key=key, expected="text")
            return None
        for lang in value:
            if lang not in LANGUAGES:
                self.add("unknown_language", value.key_lines.get(str(lang), line), kind, ident,
                         key=key, lang=lang)
        fi = value.get("fi")
        en = value.get("en")
        ok = True
        if not isinstance(fi, str) or not fi.strip():
            self.add("missing_fi", value.line, kind, ident, key=key)
            ok = False
        if en is not None and not isinstance(en, str):
            self.add("wrong_type", value.line, kind, ident, key=f"{key}.en", expected="text")
            ok = False
        if not ok:
            return None
        assert isinstance(fi, str)
        for lang_key, given in (("fi", fi), ("en", en)):
            if isinstance(given, str):
                # Reported, but kept (see above): no follow-on problems.
                self.printable(given, value.key_lines.get(lang_key, value.line), kind, ident,
                               f"{key}.{lang_key}")
        return Text(fi.strip(), en.strip() if isinstance(en, str) and en.strip() else None)

    def printable(
        self, value: str, line: int, kind: str | None, ident: str | None, key: str
    ) -> bool:
        """Report a text with control characters (an escape sequence, a bidi override)."""
        if not has_unsafe(value, multiline=True):
            return True
        found = next(ch for ch in value if is_unsafe(ch) and ch not in "\n\t")
        self.add("text_control_chars", line, kind, ident, key=key, char=visible(found))
        return False

    def number(
        self,
        node: YamlMapping,
        key: str,
        kind: str | None,
        ident: str | None,
        default: float | None = None,
        *,
        low: float,
        high: float,
        hours: bool = False,
    ) -> float | None:
        """Read a number within [low, high], reporting what is wrong; `default` if absent.

        Every number has a range: none may be infinite or so large that what is computed
        from it overflows. `hours`: the number is an hour question's bound, and the message
        says so.
        """
        if key not in node:
            if default is None:
                self.add("missing_key", node.line, kind, ident, key=key)
            return default
        value = node[key]
        line = self.line_of(node, key)
        if isinstance(value, str) and _NUMBER_LIKE.match(value.strip()):
            # 1:30, 0x10, 1_000, .inf: YAML 1.1 forms the reader leaves as text (reading.py).
            self.add("number_not_decimal", line, kind, ident, key=key,
                     value=_shortened(value.strip()))
            return default
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value != value:
            self.add("wrong_type", line, kind, ident, key=key, expected="number")
            return default
        # Compared before float(): an integer of hundreds of digits does not fit in one.
        if not low <= value <= high:
            code = "hours_range" if hours else "number_range"
            self.add(code, line, kind, ident, key=key, value=shown_number(value),
                     low=plain_number(low), high=plain_number(high))
            return default
        return float(value)

    def string(
        self,
        node: YamlMapping,
        key: str,
        kind: str | None,
        ident: str | None,
        required: bool = True,
    ) -> str | None:
        """Read a non-empty single-language string, reporting what is wrong."""
        if not self.present(node, key, kind, ident, required):
            return None
        value = node[key]
        if not isinstance(value, str) or not value.strip():
            self.add("wrong_type", self.line_of(node, key), kind, ident, key=key, expected="text")
            return None
        self.printable(value, self.line_of(node, key), kind, ident, key)  # reported, kept
        return value.strip()
