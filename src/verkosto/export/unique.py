"""A JSON object with a key written twice: refused while parsing, then found with its lines.

json keeps the last of two equal keys without a word; a YAML file with the same slip is
refused (instrument/reading.py), so a JSON answers file is too. The hook below only says
that a key repeats; where it is written is found afterwards by walking the text, which
happens only for a refused file.
"""

from __future__ import annotations

import json
import re
from typing import Any


class DuplicateKey(ValueError):
    """A key written twice in one JSON object; lines are None when they cannot be found."""

    def __init__(self, key: str, first_line: int | None = None, line: int | None = None) -> None:
        super().__init__(key)
        self.key, self.first_line, self.line = key, first_line, line


def unique_object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """Build a JSON object, refusing a repeated key: pass as `object_pairs_hook`."""
    result = dict(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise DuplicateKey(key)
            seen.add(key)
    return result


_SPACE = re.compile(r"[ \t\n\r]*")
_SCALARS = json.JSONDecoder()


def locate(text: str, error: DuplicateKey) -> DuplicateKey:
    """Return the first repeated key in the JSON `text` with both of its lines.

    `error` (what the hook found) is returned as it is if the walk finds nothing.
    """
    try:
        _Walk(text).value(0)
    except DuplicateKey as found:
        return found
    except (ValueError, IndexError, RecursionError):
        pass  # the hook saw the repeat; the walk could not place it
    return error


class _Walk:
    """A walk over JSON text that raises DuplicateKey, with its lines, at a repeated key."""

    def __init__(self, text: str) -> None:
        """Walk `text`; lines are counted as the walk goes (positions only grow)."""
        self.text = text
        self.counted = 0  # how far lines are counted
        self.line = 1  # the line there

    def line_at(self, index: int) -> int:
        """Return the line of position `index` (never before the last one asked)."""
        self.line += self.text.count("\n", self.counted, index)
        self.counted = index
        return self.line

    def skip(self, index: int) -> int:
        """Return where the white space at `index` ends."""
        found = _SPACE.match(self.text, index)
        return found.end() if found is not None else index

    def value(self, index: int) -> int:
        """Walk the value at `index`; return where it ends, or raise DuplicateKey."""
        index = self.skip(index)
        opener = self.text[index : index + 1]
        if opener not in ("{", "["):
            return _SCALARS.raw_decode(self.text, index)[1]
        closer = "}" if opener == "{" else "]"
        seen: dict[str, int] = {}
        index = self.skip(index + 1)
        while not self.text.startswith(closer, index):
            if opener == "{":
                index = self.key(index, seen)
            index = self.skip(self.value(index))
            if self.text.startswith(",", index):
                index = self.skip(index + 1)
        return index + 1

    def key(self, index: int, seen: dict[str, int]) -> int:
        """Read the key at `index` and its colon; return where its value starts."""
        line = self.line_at(index)
        key, index = _SCALARS.raw_decode(self.text, index)
        if key in seen:
            raise DuplicateKey(key, seen[key], line)
        seen[key] = line
        return self.skip(index) + 1  # past the colon
