"""Turn command-line words into str, int, Path, list[str] and flags without loading Pydantic.

Typer (0.2x and newer) coerces every non-flag value through a Pydantic TypeAdapter, and
building the first one imports Pydantic: 60–130 ms, more than the rest of a command's
start-up. Our parameters are only plain strings, whole numbers, paths, lists of strings and
flags, so `install` gives each of them a coercion that reads them the same way in a few
lines (tests/test_plainvalues.py holds the two side by side). A parameter it doesn't
recognise, or a Typer without this hook, is left to Typer as it is.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

from typer import BadParameter

# What Pydantic's lax int parsing takes from a string: ASCII digits, a sign, `_` between
# digits and a zero fraction ('5.0'), with surrounding spaces.
_WHOLE = re.compile(r"[+-]?[0-9]+(?:_[0-9]+)*(?:\.0+)?")
# The words Pydantic reads as a boolean (a flag's value from an environment variable).
_TRUE = frozenset({"1", "on", "t", "true", "y", "yes"})
_FALSE = frozenset({"0", "off", "f", "false", "n", "no"})


class EmptyPath(BadParameter):
    """A file name that is empty or only spaces (`--vie ''`): told in the person's words."""


class UnreadablePath(BadParameter):
    """A file the person may not read: told in the person's words."""

    def __init__(self, path: Path, param: Any, ctx: Any) -> None:
        super().__init__(f"Path {str(path)!r} is not readable.", ctx=ctx, param=param)
        self.path = path


class PlainValue:
    """Coerce one parameter's value as Typer's adapter would, for str, int, Path, list[str]."""

    def __init__(self, kind: str) -> None:
        self.kind = kind

    def coerce(self, value: Any, param: Any, ctx: Any) -> Any:
        """Return the value in its type; raise Click's BadParameter as Typer does."""
        multi = bool(param.multiple) or param.nargs == -1
        if value is None:
            return () if multi else None
        if self.kind == "list":
            if isinstance(value, str):
                raise BadParameter("Value must be an iterable.", ctx=ctx, param=param)
            return [self._string(item, param, ctx) for item in value]
        if self.kind == "int":
            return self._whole(value, param, ctx)
        if self.kind == "path":
            return self._path(value, param, ctx)
        if self.kind == "target":
            return self._target(value, param, ctx)
        if self.kind == "bool":
            return self._flag(value, param, ctx)
        return self._string(value, param, ctx)

    @staticmethod
    def _string(value: Any, param: Any, ctx: Any) -> str:
        if not isinstance(value, str):
            raise BadParameter("Input should be a valid string", ctx=ctx, param=param)
        return value

    @staticmethod
    def _whole(value: Any, param: Any, ctx: Any) -> int:
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        text = value.strip() if isinstance(value, str) else ""
        try:
            if _WHOLE.fullmatch(text):
                return int(text.split(".")[0].replace("_", ""))
        except ValueError:
            pass  # more digits than Python converts (4,300): Pydantic refuses those too
        raise BadParameter("Input should be a valid integer, unable to parse string as an "
                           "integer", ctx=ctx, param=param)

    @staticmethod
    def _flag(value: Any, param: Any, ctx: Any) -> bool:
        if isinstance(value, bool):
            return value
        word = value.lower() if isinstance(value, str) else None
        if word in _TRUE or word in _FALSE:
            return word in _TRUE
        raise BadParameter("Input should be a valid boolean", ctx=ctx, param=param)

    @staticmethod
    def _target(value: Any, param: Any, ctx: Any) -> str:
        text = PlainValue._string(value, param, ctx)
        if not text.strip():
            raise EmptyPath("The file name is empty.", ctx=ctx, param=param)
        return text

    @staticmethod
    def _path(value: Any, param: Any, ctx: Any) -> Path:
        if isinstance(value, str) and not value.strip():
            # Path('') would be '.', the current folder: not what anyone meant.
            raise EmptyPath("The file name is empty.", ctx=ctx, param=param)
        path = value if isinstance(value, Path) else Path(PlainValue._string(value, param, ctx))
        # Typer's only check for our path options (readable=True, no `exists`): a path that
        # stat() reaches but the person may not read is a usage error. A missing file, a
        # dangling link or a loop passes on, for the command to name in its own words.
        try:
            os.stat(path)
        except (OSError, ValueError):
            return path
        if not os.access(path, os.R_OK):
            raise UnreadablePath(path, param, ctx)
        return path


def _kind(param: Any) -> str | None:
    """Return which plain kind a Typer parameter is, or None to leave it to Typer."""
    descriptor = getattr(param, "type_descriptor", None)
    info = getattr(descriptor, "parameter_info", None)
    if descriptor is None or info is None or descriptor.file_annotation is not None:
        return None
    plain = (getattr(info, "parser", None) is None and getattr(info, "click_type", None) is None
             and not info.exists and not info.resolve_path and not info.allow_dash
             and not info.writable and info.file_okay and info.dir_okay)
    if not plain:
        return None
    annotation = descriptor.annotation
    if annotation is bool:
        return "bool"
    if annotation is str:
        # `--vie` names where output goes in every command: never an empty name.
        return "target" if getattr(param, "name", None) == "vie" else "str"
    if annotation is int:
        return "int"
    if annotation is Path:
        return "path"
    if annotation == list[str]:
        return "list"
    return None


def install(params: list[Any]) -> None:
    """Give each plain parameter its Pydantic-free coercion, where Typer has the hook."""
    for param in params:
        # Typer builds its coercion lazily into `_runtime_param` (None until first use).
        if getattr(param, "_runtime_param", False) is not None:
            continue
        kind = _kind(param)
        if kind is not None:
            param._runtime_param = PlainValue(kind)
