"""The problem collector the checks share, with typed getters that report what is wrong.

Every check reads the parsed tree through a Checker: a wrong type, an unknown or missing key,
a control character in a text is added as a Problem with the file, line and id, and reading
goes on, so one pass reports everything.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, NamedTuple

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


class _Seen(NamedTuple):
    """A text read from the file: where it is and which languages it has."""

    line: int
    kind: str | None
    ident: str | None
    key: str
    languages: frozenset[str]


class Checker:
    """Collects problems while building the dataclasses."""

    def __init__(self, display: str) -> None:
        self.display = display
        self.problems: list[Problem] = []
        # Every text read, with the languages it has: see missing_languages.
        self.seen: list[_Seen] = []

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
        """Read the text under `key` (fi, optionally en and sv), reporting what is wrong."""
        if not self.present(node, key, kind, ident, required):
            return None
        line = self.line_of(node, key)
        return self.text_value(node[key], line, kind, ident, key)

    def text_value(
        self, value: Any, line: int, kind: str | None, ident: str | None, key: str
    ) -> Text | None:
        """Read a text given as a string or a {fi, en, sv} mapping, reporting what is wrong."""
        if isinstance(value, str):
            return self._bare_text(value, line, kind, ident, key)
        if not isinstance(value, YamlMapping):
            self.add("wrong_type", line, kind, ident, key=key, expected="text")
            return None
        for lang in value:
            if lang not in LANGUAGES:
                self.add(
                    "unknown_language",
                    value.key_lines.get(str(lang), line),
                    kind,
                    ident,
                    key=key,
                    lang=lang,
                )
        fi = value.get("fi")
        ok = isinstance(fi, str) and bool(fi.strip())
        if not ok:
            self.add("missing_fi", value.line, kind, ident, key=key)
        others = self._other_languages(value, kind, ident, key)
        if not ok or others is None or not isinstance(fi, str):
            return None
        for lang_key in LANGUAGES:
            given = value.get(lang_key)
            if isinstance(given, str):
                # Reported, but kept (see _bare_text): no follow-on problems.
                self.printable(
                    given,
                    value.key_lines.get(lang_key, value.line),
                    kind,
                    ident,
                    f"{key}.{lang_key}",
                )
        self.seen.append(
            _Seen(
                value.line,
                kind,
                ident,
                key,
                frozenset(["fi", *(lang for lang, v in others.items() if v)]),
            )
        )
        return Text(fi.strip(), others.get("en"), others.get("sv"))

    def _other_languages(
        self, value: YamlMapping, kind: str | None, ident: str | None, key: str
    ) -> dict[str, str | None] | None:
        """Read the optional languages alike: text if given, stripped; None if one is not text."""
        others: dict[str, str | None] = {}
        ok = True
        for lang in LANGUAGES[1:]:
            given = value.get(lang)
            if given is not None and not isinstance(given, str):
                self.add(
                    "wrong_type", value.line, kind, ident, key=f"{key}.{lang}", expected="text"
                )
                ok = False
            others[lang] = (given.strip() or None) if isinstance(given, str) else None
        return others if ok else None

    def _bare_text(
        self, value: str, line: int, kind: str | None, ident: str | None, key: str
    ) -> Text | None:
        """Read a text given as a bare string: Finnish only."""
        if not value.strip():
            self.add("missing_fi", line, kind, ident, key=key)
            return None
        # Reported, but kept: the file is refused anyway, and what refers to this item
        # should not be blamed too (no follow-on "unknown question" problems).
        self.printable(value, line, kind, ident, key)
        self.seen.append(_Seen(line, kind, ident, key, frozenset(["fi"])))
        return Text(value.strip())

    def languages(self, root: YamlMapping) -> tuple[str, ...] | None:
        """Read the top-level `languages` list the file claims, or None when it has none."""
        if "languages" not in root:
            return None
        raw = root["languages"]
        line = self.line_of(root, "languages")
        if not isinstance(raw, list) or not raw:
            self.add("wrong_type", line, None, None, key="languages", expected="list")
            return None
        claimed: list[str] = []
        for lang in raw:
            if lang not in LANGUAGES:
                self.add("unknown_language", line, None, None, key="languages", lang=lang)
            elif lang not in claimed:
                claimed.append(lang)
        return tuple(claimed)

    def missing_languages(self, claimed: Sequence[str]) -> None:
        """Report every text read so far that lacks a language the file's list claims.

        Only an explicit `languages` list makes a gap a problem: a file without it claims
        no more than it has, and the interview shows a missing text in Finnish.
        """
        for seen in self.seen:
            for lang in claimed:
                if lang not in seen.languages:
                    self.add(
                        "missing_language",
                        seen.line,
                        seen.kind,
                        seen.ident,
                        key=seen.key,
                        lang=lang,
                    )

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
            self.add(
                "number_not_decimal", line, kind, ident, key=key, value=_shortened(value.strip())
            )
            return default
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value != value:
            self.add("wrong_type", line, kind, ident, key=key, expected="number")
            return default
        # Compared before float(): an integer of hundreds of digits does not fit in one.
        if not low <= value <= high:
            code = "hours_range" if hours else "number_range"
            self.add(
                code,
                line,
                kind,
                ident,
                key=key,
                value=shown_number(value),
                low=plain_number(low),
                high=plain_number(high),
            )
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
