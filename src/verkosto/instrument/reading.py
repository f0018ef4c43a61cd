"""Read a questions (or answers) file and parse its YAML into line-tracked data.

Two parsers give the same result: a fast one (libyaml composes the tree, a short walk turns it
into data) for the plain case, and a careful pure-Python one for everything else, which is
where every YAML refusal and its message come from. The cache (verkosto.cache) stores what
parse_yaml returns, as YamlMapping trees.
"""

from __future__ import annotations

import functools
import math
import re
from importlib import resources
from pathlib import Path
from typing import Any

from verkosto.errors import Problem, ProblemsError

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
    from verkosto.safefile import (
        NotRegularFile,
        StdinIsTerminal,
        StreamTimeout,
        TooLarge,
        read_limited,
        read_stream,
    )

    try:
        # Never more than the limit, and never a device (/dev/zero); a pipe only if asked.
        raw = (read_stream(path, MAX_FILE_BYTES, STREAM_SECONDS) if stream
               else read_limited(path, MAX_FILE_BYTES))
    except StdinIsTerminal:
        raise ProblemsError("file_invalid", [Problem("stdin_is_terminal", file=display)]) from None
    except StreamTimeout:
        problem = Problem("stream_timeout", {"seconds": STREAM_SECONDS}, file=display)
        raise ProblemsError("file_invalid", [problem]) from None
    except IsADirectoryError:
        raise ProblemsError("file_invalid", [Problem("is_directory", file=display)]) from None
    except NotRegularFile:
        raise ProblemsError("file_invalid", [Problem("not_regular_file", file=display)]) from None
    except TooLarge as error:
        problem = Problem("file_too_large", {"size": error.size, "limit": MAX_FILE_BYTES})
        raise ProblemsError("file_invalid", [_at(problem, display)]) from None
    except ValueError:  # a NUL byte in the name
        raise ProblemsError("file_invalid", [Problem("file_not_found", file=display)]) from None
    except FileNotFoundError:
        raise ProblemsError("file_invalid", [Problem("file_not_found", file=display)]) from None
    except PermissionError:
        raise ProblemsError("file_invalid", [Problem("file_unreadable", file=display)]) from None
    except OSError as error:
        problem = Problem("file_os_error", {"detail": error}, file=display)
        raise ProblemsError("file_invalid", [problem]) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        problem = Problem("not_utf8", {"byte": error.start}, file=display, line=line)
        raise ProblemsError("file_invalid", [problem]) from None
    return text, raw


def _at(problem: Problem, display: str) -> Problem:
    return Problem(problem.key, problem.params, display, problem.line, problem.kind, problem.ident)


def parse_yaml(text: str, display: str) -> Any:
    """Parse YAML into plain data whose mappings remember their lines, or raise ProblemsError.

    Aliases are refused (no instrument needs them, and they make alias bombs possible);
    duplicate keys are refused rather than silently keeping the last one.
    """
    fast = parse_yaml_fast(text)
    if fast is not CAREFUL:
        return fast
    return parse_yaml_careful(text, display)


# --------------------------------------------------------------------------- careful


def parse_yaml_careful(text: str, display: str) -> Any:
    """Parse YAML with the pure-Python loader, refusing what parse_yaml refuses."""
    import yaml

    problems: list[Problem] = []
    loader = _careful_loader(display, problems)
    try:
        data = yaml.load(text, Loader=loader)  # noqa: S506 - a SafeLoader subclass
    except _AliasFound as found:
        problem = Problem("yaml_alias", file=display, line=found.line)
        raise ProblemsError("file_invalid", [problem]) from None
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark is not None else None
        detail = error.problem or error.context or ""
        params: dict[str, object] = {"detail": detail}
        if mark is not None:
            params["column"] = mark.column + 1
        problem = Problem("yaml_syntax", params, file=display, line=line)
        raise ProblemsError("file_invalid", [problem]) from None
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


def _careful_loader(display: str, problems: list[Problem]) -> Any:
    """Return a SafeLoader class that refuses aliases and collects key problems."""
    import yaml

    class Loader(decimal_loader(yaml.SafeLoader)):  # type: ignore[misc]
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
def decimal_loader(base: Any) -> Any:
    """Return a subclass of the PyYAML loader `base` that reads numbers as decimal only.

    The resolver table is `base`'s own without its int and float entries, plus decimal ones;
    built with PyYAML's public class attributes and methods, so libyaml's loader and the
    pure-Python one resolve alike.
    """
    numbers = (_INT_TAG, _FLOAT_TAG)

    class Loader(base):  # type: ignore[misc]
        yaml_implicit_resolvers = {
            first: [(tag, regexp) for tag, regexp in resolvers if tag not in numbers]
            for first, resolvers in base.yaml_implicit_resolvers.items()
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


# --------------------------------------------------------------------------- fast
#
# The careful loader composes in pure Python (about 80 ms for questions.yaml). The fast path
# lets libyaml compose the node tree (yaml.compose with the C loader) and walks it into the
# same line-tracked data. It takes only the plain case: an alias, any tag, a duplicate or
# non-scalar key, a merge key, deep nesting, more than one document or any error sends the
# text to the careful loader, so every refusal and its message come from one place.
#
# This replaced a hand-written composer over libyaml's events (issue 12), being as fast:
# on questions.yaml, 500 parses of each taking turns in one process (perf_counter), the
# median was 0.87-0.95x the old composer's (fastest run 6.3 ms against 7.2 ms; on a quiet
# machine 7.5-7.9 ms against 7.4-7.9 ms), and a cold `verkosto tarkista` with no cache,
# 30 runs of each taking turns, took 222 ms against 225 ms (median). The careful loader
# takes about 80 ms.

CAREFUL: Any = object()
"""What parse_yaml_fast returns for text it leaves to the careful loader."""

# Found by comparing the two parsers on random text: tabs, and a comment right after a block
# scalar's indicator ("|#"), are accepted by libyaml and refused by the pure-Python scanner.
_LIBYAML_LENIENT = re.compile(r"[|>][-+0-9]*#")  # and any tab, looked for with `in`
# A composed node no longer says whether its tag was written, and libyaml and the pure-Python
# parser differ on some written tags ("!" on an empty value): text with anything that could
# start a tag stays careful. A "!" after a letter ("Tervetuloa!") cannot start one.
_TAG_START = re.compile(r"(?<![^\s\[\]{},:?])!")
_FAST_MAX_DEPTH = 64
_YAML_TAG = "tag:yaml.org,2002:"
_SEQ_TAG = _YAML_TAG + "seq"
_MAP_TAG = _YAML_TAG + "map"
_FAST_SCALAR_TAGS = frozenset(
    _YAML_TAG + name for name in ("null", "bool", "int", "float", "str", "timestamp")
)


class _Bail(Exception):
    """The fast path met something it leaves to the careful loader."""


def parse_yaml_fast(text: str) -> Any:
    """Parse plain YAML with libyaml into line-tracked data, or return CAREFUL."""
    import yaml

    libyaml_loader = getattr(yaml, "CSafeLoader", None)
    if (
        libyaml_loader is None
        or yaml.reader.Reader.NON_PRINTABLE.search(text)
        or "\t" in text
        or _LIBYAML_LENIENT.search(text)
        # A byte-order mark inside the text: libyaml skips it, the pure-Python scanner
        # refuses it, so the answer must not depend on whether libyaml is installed.
        or "\ufeff" in text
        # The `in` first: the regular expression alone takes longer than the parse's walk.
        or ("!" in text and _TAG_START.search(text))
    ):
        # Without libyaml, with characters the pure-Python reader refuses, or with what
        # libyaml takes but the pure-Python scanner refuses, stay careful.
        return CAREFUL
    loader = decimal_loader(libyaml_loader)(text)
    try:
        root = loader.get_single_node()  # what yaml.compose does, keeping the loader
        if root is None:
            return None
        return _walk(root, loader, yaml)
    except (_Bail, _NumberRefused, yaml.YAMLError, ValueError, TypeError, RecursionError):
        return CAREFUL
    finally:
        loader.dispose()


def _walk(root: Any, loader: Any, yaml: Any) -> Any:
    """Turn a composed node tree into data, or raise _Bail."""
    construct = loader.yaml_constructors
    scalar_node, sequence_node, mapping_node = yaml.ScalarNode, yaml.SequenceNode, yaml.MappingNode
    # A node met twice is an alias: the careful loader refuses it with its line.
    seen: set[int] = set()

    def value(node: Any, depth: int, flow: bool) -> Any:
        if id(node) in seen:
            raise _Bail
        seen.add(id(node))
        tag = node.tag
        if type(node) is scalar_node:
            if tag not in _FAST_SCALAR_TAGS:
                raise _Bail
            if flow and not node.style and ("?" in node.value or not node.value):
                # In flow context the pure-Python scanner ends a plain scalar at '?', and it
                # places an empty one elsewhere than libyaml.
                raise _Bail
            return construct[tag](loader, node)
        if depth >= _FAST_MAX_DEPTH:
            raise _Bail
        flow = flow or bool(node.flow_style)
        if type(node) is sequence_node and tag == _SEQ_TAG:
            return [value(item, depth + 1, flow) for item in node.value]
        if type(node) is not mapping_node or tag != _MAP_TAG:
            raise _Bail
        result = YamlMapping(node.start_mark.line + 1)
        key_lines = result.key_lines
        for key_node, value_node in node.value:
            if type(key_node) is not scalar_node:
                raise _Bail  # a mapping or sequence as a key
            key = value(key_node, depth + 1, flow)
            if not isinstance(key, (str, int, float, bool)) and key is not None:
                raise _Bail
            name = key if isinstance(key, int) and not isinstance(key, bool) else str(key)
            if name in result:
                raise _Bail
            result[name] = value(value_node, depth + 1, flow)
            key_lines[str(name)] = key_node.start_mark.line + 1
        return result

    return value(root, 0, False)
