"""Reading a JSON file from outside: its bytes, its text and its data, or the one Problem.

The same refusals, with the same problem keys, for every reader: an export to summarise
(kooste), to report on or compare (raportti, vertaa), and an answers file in JSON.
"""

from __future__ import annotations

import codecs
import json
from dataclasses import replace
from typing import Any

from verkosto.errors import Problem
from verkosto.export.names import display
from verkosto.export.unique import DuplicateKey, locate, unique_object
from verkosto.safefile import NotRegularFile, TooLarge, read_limited

MAX_EXPORT_BYTES = 1024 * 1024


class NotFinite(ValueError):
    """A JSON number JSON does not allow (NaN, Infinity), named by the parser."""


def refuse_non_finite(name: str) -> float:
    """Refuse NaN and Infinity while parsing JSON: pass as `parse_constant`."""
    raise NotFinite(name)


class Unreadable(Exception):
    """A file that cannot be read as JSON; `problem` says why, naming the file."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.key)
        self.problem = problem


# One decoder for every file: json.loads with a keyword argument builds a new one per call.
_STRICT = json.JSONDecoder(parse_constant=refuse_non_finite)
# Also refusing a key written twice; a Python call per object, so only where asked.
_UNIQUE = json.JSONDecoder(parse_constant=refuse_non_finite, object_pairs_hook=unique_object)


def read_bytes(path: str, limit: int = MAX_EXPORT_BYTES) -> bytes:
    """Return a regular file's bytes (at most `limit`), or raise Unreadable."""
    params: dict[str, object] = {}
    try:
        return read_limited(path, limit)
    except FileNotFoundError:
        key = "file_not_found"
    except PermissionError:
        key = "file_unreadable"
    except IsADirectoryError:
        key = "is_directory"
    except NotRegularFile:
        key = "not_regular_file"
    except TooLarge:
        key, params = "kooste_too_large", {"limit": limit}
    except ValueError:  # a NUL byte in a listed path
        key = "file_not_found"
    except OSError as error:
        key, params = "file_os_error", {"detail": error}
    raise Unreadable(Problem(key, params, file=display(path)))


def decode(raw: bytes, shown: str) -> str:
    """Return the UTF-8 text of a file's bytes (a byte-order mark dropped), or raise Unreadable."""
    # The mark is dropped here, as the "utf-8-sig" codec would, so the text is decoded by
    # the plain UTF-8 codec in C: "utf-8-sig" is Python code, run for each file of a kooste.
    body = raw[3:] if raw.startswith(codecs.BOM_UTF8) else raw
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as error:
        # Where the bad byte is in the file as it is on disk, the mark included.
        offset = error.start + len(raw) - len(body)
        line = raw[:offset].count(b"\n") + 1
        raise Unreadable(Problem("not_utf8", {"byte": offset}, file=shown, line=line)) from None


def parse(text: str, shown: str, *, unique_keys: bool = False) -> Any:
    """Parse the JSON text of the file `shown`, or raise Unreadable.

    Refused: an empty file, a syntax error (with its line and column), NaN and Infinity,
    an integer of thousands of digits, nesting deeper than Python can follow and, with
    `unique_keys`, a key written twice in one object (with both lines).
    """
    if not text or text.isspace():
        problem = Problem("empty_file", file=shown)
    else:
        try:
            return (_UNIQUE if unique_keys else _STRICT).decode(text)
        except DuplicateKey as error:
            found = locate(text, error)
            if found.first_line is None:
                problem = Problem("duplicate_key_unplaced", {"key": found.key}, file=shown)
            else:
                problem = Problem(
                    "duplicate_key",
                    {"key": found.key, "first_line": found.first_line},
                    file=shown,
                    line=found.line,
                )
        except json.JSONDecodeError as error:
            problem = Problem(
                "answers_json_syntax",
                {"detail": error.msg, "column": error.colno},
                file=shown,
                line=error.lineno,
            )
        except NotFinite as error:
            problem = Problem("json_not_finite", {"detail": str(error)}, file=shown)
        except ValueError:  # an integer of thousands of digits
            problem = Problem("number_too_long", file=shown)
        except RecursionError:
            problem = Problem("yaml_too_deep", file=shown)
    raise Unreadable(problem)


def read_json(path: str) -> Any:
    """Return the data of a JSON file of at most MAX_EXPORT_BYTES, or raise Unreadable."""
    raw = read_bytes(path)
    try:
        return parse(decode(raw, path), path)
    except Unreadable as error:
        # The name is made safe to show only when it is shown: for 10,000 good files in a
        # `kooste`, escaping each path would cost as much as checking the export.
        raise Unreadable(replace(error.problem, file=display(path))) from None
