"""Read a questions (or answers) file and parse its YAML into line-tracked data.

One parser: PyYAML's pure-Python SafeLoader, made careful (decimal numbers only, no aliases,
no duplicate keys), which is where every YAML refusal and its message come from. It takes
about 80 ms for questions.yaml; the cache (verkosto.cache) stores what parse_yaml returns, as
YamlMapping trees, so that is paid once after each edit of the file.
"""

from __future__ import annotations

import functools
import math
import re
from importlib import resources
from pathlib import Path
from typing import Any

from verkosto.errors import Problem, ProblemsError
from verkosto.safefile import (
    NotRegularFile,
    StdinIsTerminal,
    StreamTimeout,
    TooLarge,
    read_limited,
    read_stream,
)

MAX_FILE_BYTES = 1024 * 1024
# How long a piped file may take to end: a script's pipe ends at once, a FIFO no one writes to
# never does.
STREAM_SECONDS = 10.0

# Numbers are read as YAML 1.2 and JSON read them: decimal only. PyYAML follows YAML 1.1,
# where `1:30` is 90 (base 60), `010` is 8 (octal), and `0x10`, `0b10`, `1_000`, `.inf` and
# `.nan` are numbers too; a person writing hours as h:mm or with a leading zero would get
# another number without a word. Here those stay text, so a number means what was written:
# the answer parser or the questions-file checks then read the text or say what is wrong.
DECIMAL_INT = re.compile(r"[-+]?[0-9]+\Z")
DECIMAL_FLOAT = re.compile(
    r"[-+]?(?:(?:[0-9]+\.[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?|[0-9]+[eE][-+]?[0-9]+)\Z"
)
# Python 3.11+ refuses int() of more digits than this; refused on every version alike.
_MAX_DIGITS = 4300
_INT_TAG = "tag:yaml.org,2002:int"
_FLOAT_TAG = "tag:yaml.org,2002:float"


class YamlMapping(dict[Any, Any]):
    """A YAML mapping that remembers its line and the line of each key."""

    line: int
    key_lines: dict[str, int]

    def __init__(self, line: int = 0, key_lines: dict[str, int] | None = None) -> None:
        """Start an empty mapping written at `line`."""
        super().__init__()
        self.line = line
        self.key_lines = {} if key_lines is None else key_lines


def bundled_path() -> Path:
    """Return the path of the questions.yaml that ships with the package."""
    # In the package folder of an installed wheel; checked first because importlib.resources
    # costs start-up time, and it is what resources would find for a package on disk.
    beside = Path(__file__).parent.parent / "questions.yaml"
    if beside.is_file():
        return beside
    packaged = Path(str(resources.files("verkosto") / "questions.yaml"))
    if packaged.is_file():
        return packaged
    # An editable install runs from the source tree, where the file sits at the repo root.
    return Path(__file__).resolve().parents[3] / "questions.yaml"


def read_text(path: Path, display: str, stream: bool = False) -> tuple[str, bytes]:
    """Read a small UTF-8 text file, or raise ProblemsError naming what is wrong.

    With `stream`, a pipe or FIFO is read too, and "-" is standard input: as bounded in
    size, and given STREAM_SECONDS to end.
    """
    try:
        # Never more than the limit, and never a device (/dev/zero); a pipe only if asked.
        raw = (
            read_stream(path, MAX_FILE_BYTES, STREAM_SECONDS)
            if stream
            else read_limited(path, MAX_FILE_BYTES)
        )
    except (OSError, ValueError) as error:
        raise ProblemsError("file_invalid", [_read_problem(error, display)]) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        problem = Problem("not_utf8", {"byte": error.start}, file=display, line=line)
        raise ProblemsError("file_invalid", [problem]) from None
    return text, raw


def _read_problem(error: OSError | ValueError, display: str) -> Problem:
    """Return the Problem that says why a file could not be read."""
    if isinstance(error, StdinIsTerminal):
        return Problem("stdin_is_terminal", file=display)
    if isinstance(error, StreamTimeout):
        return Problem("stream_timeout", {"seconds": STREAM_SECONDS}, file=display)
    if isinstance(error, IsADirectoryError):
        return Problem("is_directory", file=display)
    if isinstance(error, NotRegularFile):
        return Problem("not_regular_file", file=display)
    if isinstance(error, TooLarge):
        return Problem(
            "file_too_large", {"size": error.size, "limit": MAX_FILE_BYTES}, file=display
        )
    if isinstance(error, (ValueError, FileNotFoundError)):  # ValueError: a NUL in the name
        return Problem("file_not_found", file=display)
    if isinstance(error, PermissionError):
        return Problem("file_unreadable", file=display)
    return Problem("file_os_error", {"detail": error}, file=display)


def parse_yaml(text: str, display: str) -> Any:
    """Parse YAML into plain data whose mappings remember their lines, or raise ProblemsError.

    Aliases are refused (no instrument needs them, and they make alias bombs possible);
    duplicate keys are refused rather than silently keeping the last one.
    """
    import yaml

    problems: list[Problem] = []
    loader = _careful_loader(display, problems)
    try:
        data = yaml.load(text, Loader=loader)  # noqa: S506 - a SafeLoader subclass
    except _AliasFound as found:
        problem = Problem("yaml_alias", file=display, line=found.line)
        raise ProblemsError("file_invalid", [problem]) from None
    except yaml.MarkedYAMLError as error:
        raise ProblemsError("file_invalid", [_syntax_problem(error, display)]) from None
    except yaml.YAMLError as error:
        problem = Problem("yaml_syntax", {"detail": str(error)}, file=display)
        raise ProblemsError("file_invalid", [problem]) from None
    except RecursionError:
        raise ProblemsError("file_invalid", [Problem("yaml_too_deep", file=display)]) from None
    except _NumberRefused as refused:
        problem = Problem(refused.key, {"value": refused.text}, file=display, line=refused.line)
        raise ProblemsError("file_invalid", [problem]) from None
    except ValueError:  # int() on a number of thousands of digits
        raise ProblemsError("file_invalid", [Problem("number_too_long", file=display)]) from None
    if problems:
        raise ProblemsError("file_invalid", problems)
    return data


def _syntax_problem(error: Any, display: str) -> Problem:
    """Return the Problem for a YAML syntax error, at its line and column when known."""
    mark = error.problem_mark or error.context_mark
    line = mark.line + 1 if mark is not None else None
    detail = error.problem or error.context or ""
    params: dict[str, object] = {"detail": detail}
    if mark is not None:
        params["column"] = mark.column + 1
    return Problem("yaml_syntax", params, file=display, line=line)


def _careful_loader(display: str, problems: list[Problem]) -> Any:
    """Return a SafeLoader class that refuses aliases and collects key problems."""
    import yaml

    class Loader(decimal_loader()):  # type: ignore[misc]
        def compose_node(self, parent: Any, index: Any) -> Any:
            if self.check_event(yaml.AliasEvent):
                event = self.peek_event()
                raise _AliasFound(event.start_mark.line + 1)
            return super().compose_node(parent, index)

    def construct_mapping(loader: yaml.SafeLoader, node: yaml.MappingNode) -> YamlMapping:
        loader.flatten_mapping(node)
        result = YamlMapping(node.start_mark.line + 1)
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node, deep=True)
            if not isinstance(key, (str, int, float, bool)) and key is not None:
                problems.append(
                    Problem("key_not_scalar", file=display, line=key_node.start_mark.line + 1)
                )
                continue
            # Scale points are written as integers (1: …); other keys are names.
            name = key if isinstance(key, int) and not isinstance(key, bool) else str(key)
            line = key_node.start_mark.line + 1
            if name in result:
                problems.append(
                    Problem(
                        "duplicate_key",
                        {"key": name, "first_line": result.key_lines[str(name)]},
                        file=display,
                        line=line,
                    )
                )
                continue
            result[name] = loader.construct_object(value_node, deep=True)
            result.key_lines[str(name)] = line
        return result

    Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, construct_mapping)
    return Loader


class _AliasFound(Exception):
    def __init__(self, line: int) -> None:
        super().__init__(line)
        self.line = line


class _NumberRefused(Exception):
    """A number written with an explicit tag in a form not decimal, or too large for a float."""

    def __init__(self, key: str, text: str, line: int) -> None:
        super().__init__(key)
        self.key, self.text, self.line = key, text, line


@functools.cache
def decimal_loader() -> Any:
    """Return a subclass of PyYAML's SafeLoader that reads numbers as decimal only.

    The resolver table is SafeLoader's own without its int and float entries, plus decimal
    ones, built with PyYAML's public class attributes and methods.
    """
    import yaml

    numbers = (_INT_TAG, _FLOAT_TAG)

    class Loader(yaml.SafeLoader):
        yaml_implicit_resolvers = {
            first: [(tag, regexp) for tag, regexp in resolvers if tag not in numbers]
            for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
        }

    Loader.add_implicit_resolver(_INT_TAG, DECIMAL_INT, list("-+0123456789"))
    Loader.add_implicit_resolver(_FLOAT_TAG, DECIMAL_FLOAT, list("-+0123456789."))
    Loader.add_constructor(_INT_TAG, _construct_int)
    Loader.add_constructor(_FLOAT_TAG, _construct_float)
    return Loader


def _construct_int(loader: Any, node: Any) -> int:
    text = loader.construct_scalar(node)
    if not DECIMAL_INT.match(text):  # only with an explicit tag: `!!int 0x10`
        raise _NumberRefused("yaml_number_form", text[:40], node.start_mark.line + 1)
    if len(text.lstrip("+-")) > _MAX_DIGITS:
        raise ValueError(text[:20])
    return int(text)


def _construct_float(loader: Any, node: Any) -> float:
    text = loader.construct_scalar(node)
    if not (DECIMAL_FLOAT.match(text) or DECIMAL_INT.match(text)):  # `!!float .inf`
        raise _NumberRefused("yaml_number_form", text[:40], node.start_mark.line + 1)
    value = float(text)
    if not math.isfinite(value):  # 1e400: a float would silently make it infinite
        raise _NumberRefused("number_too_large", text[:40], node.start_mark.line + 1)
    return value
