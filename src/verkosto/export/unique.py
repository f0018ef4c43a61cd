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
    counted = [0, 1]  # how far lines are counted, and the line there: positions only grow

    def line_at(index: int) -> int:
        counted[1] += text.count("\n", counted[0], index)
        counted[0] = index
        return counted[1]

    def skip(index: int) -> int:
        found = _SPACE.match(text, index)
        return found.end() if found is not None else index

    def walk(index: int) -> int:
        """Walk the value at `index`; return where it ends, or raise DuplicateKey."""
        index = skip(index)
        opener = text[index : index + 1]
        if opener not in ("{", "["):
            return _SCALARS.raw_decode(text, index)[1]
        closer = "}" if opener == "{" else "]"
        seen: dict[str, int] = {}
        index = skip(index + 1)
        while not text.startswith(closer, index):
            if opener == "{":
                line = line_at(index)
                key, index = _SCALARS.raw_decode(text, index)
                if key in seen:
                    raise DuplicateKey(key, seen[key], line)
                seen[key] = line
                index = skip(index) + 1  # the colon
            index = skip(walk(index))
            if text.startswith(",", index):
                index = skip(index + 1)
        return index + 1

    try:
        walk(0)
    except DuplicateKey as found:
        return found
    except (ValueError, IndexError, RecursionError):
        pass  # the hook saw the repeat; the walk could not place it
    return error
