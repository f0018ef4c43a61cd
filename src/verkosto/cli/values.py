"""The values our options take that need more than a plain string: whole numbers and file names.

Each is read by a function given to Typer as `parser=`, the public way to read an option's
words, so every supported Typer reads them alike and says what is wrong in the same words:
the errors here are `typer.BadParameter`s of our own kinds, which `usage_error_text` tells
in the person's language (Click fills in the option they belong to).
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from typer import BadParameter

# An assessment's number (NRO) as `verkosto historia` shows it: ASCII digits only, spaces
# around them allowed. Not '1_0', '+3' or '5.0': `poista 1_0 --kylla` must not delete #10.
_WHOLE = re.compile(r"[0-9]+")


class BadNumber(BadParameter):
    """A value that is no whole number (NRO): told in the person's words."""


class EmptyPath(BadParameter):
    """A file name that is empty or only spaces (`--vie ''`): told in the person's words."""


class UnreadablePath(BadParameter):
    """A file the person may not read: told in the person's words."""

    def __init__(self, path: Path) -> None:
        """Name the unreadable `path`."""
        super().__init__(f"Path {str(path)!r} is not readable.")
        self.path = path


def whole_number(value: str) -> int:
    """Return `value` as a whole number; raise BadNumber."""
    text = value.strip()
    try:
        if _WHOLE.fullmatch(text):
            return int(text)
    except ValueError:
        pass  # more digits than Python converts (4,300)
    raise BadNumber("Input should be a valid integer.")


def output_name(value: str) -> str:
    """Return a file name to write to (`-` is standard output); raise EmptyPath."""
    if not value.strip():
        raise EmptyPath("The file name is empty.")
    return value


def readable_path(value: str) -> Path:
    """Return a file name to read as a Path; raise EmptyPath or UnreadablePath.

    A path that stat() reaches but the person may not read is a usage error. A missing file,
    a dangling link or a loop passes on, for the command to name in its own words.
    """
    if not value.strip():
        # Path('') would be '.', the current folder: not what anyone meant.
        raise EmptyPath("The file name is empty.")
    path = Path(value)
    try:
        os.stat(path)
    except (OSError, ValueError):
        return path
    if not os.access(path, os.R_OK):
        raise UnreadablePath(path)
    return path
