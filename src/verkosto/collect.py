"""Find export files, read each one and check it against `verkosto-arvio/1`.

The check is written out by hand (the JSON Schema in schemas/ is the reference, and the tests
hold the two together), because it runs for every file and jsonschema is only a test tool.
"""

from __future__ import annotations

import json
import math
import os
import re
from collections.abc import Iterable, Iterator
from typing import Any, BinaryIO

from verkosto.answers import EXPORT_SCHEMA, MAX_NETWORK_NAME, InvalidAnswer, check_network_name
from verkosto.errors import InvalidInput, Problem
from verkosto.instrument import OUTCOME_IDS
from verkosto.safefile import NotRegularFile, TooLarge, read_limited
from verkosto.safetext import has_unsafe, visible

MAX_EXPORT_BYTES = 1024 * 1024
STDIN = "-"

_TOP_KEYS = ("schema", "tool_version", "instrument", "language", "network", "started_at",
             "completed_at", "answers", "dimensions", "time", "balance", "recommendation")
_RECOMMENDATION_KEYS = ("id", "title", "reasons", "next_steps", "next_review")
_LANGUAGES = ("fi", "en")
# The same patterns as the schema, matched the way JSON Schema does (re.search).
_ID = re.compile(r"^[a-z][a-z0-9_]{0,63}$")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_TIMESTAMP = re.compile(
    r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?([+-][0-9]{2}:[0-9]{2}|Z)$"
)
_DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
# The same limit as a typed name; the bounds below keep sums and ratios finite.
_MAX_NETWORK = MAX_NETWORK_NAME
MAX_HOURS = 1000
MAX_SHARE = 100
MAX_RATIO = 1000
MAX_ANSWER_NUMBER = 10**9
_SHOWN = 60
_LONGEST = 1000


class NotFinite(ValueError):
    """A JSON number JSON does not allow (NaN, Infinity), named by the parser."""


def refuse_non_finite(name: str) -> float:
    """Refuse NaN and Infinity while parsing JSON: pass as `parse_constant`."""
    raise NotFinite(name)


def display(text: str) -> str:
    """Return a file name or key safe to show on one line (safetext.visible, shortened)."""
    return visible(text, limit=_LONGEST)


def check_paths(paths: Iterable[str]) -> None:
    """Raise InvalidInput naming the first given path that does not exist."""
    for path in paths:
        if path != STDIN and not os.path.lexists(path):
            raise InvalidInput("kooste_path_missing", path=display(path))


def _walk(folder: str) -> Iterator[str | Problem]:
    """Yield the .json files under a folder in name order, skipping hidden entries.

    Only regular files are read (a FIFO would wait forever), and symbolic links are not
    followed (to a folder they can loop; to a file they can point anywhere): a link is
    reported and skipped. A folder that cannot be listed is reported, not skipped.
    """
    stack: list[tuple[bool, str]] = [(True, folder)]
    while stack:
        is_folder, path = stack.pop()
        if not is_folder:
            yield path
            continue
        try:
            with os.scandir(path) as found:
                entries = sorted(found, key=lambda entry: entry.name)
        except OSError as error:
            reason: dict[str, object] = {"detail": error}
            yield Problem("kooste_folder_unreadable", reason, file=display(path))
            continue
        pending: list[tuple[bool, str]] = []
        for entry in entries:
            if entry.name.startswith("."):
                continue
            try:
                if entry.is_dir(follow_symlinks=False):
                    pending.append((True, entry.path))
                elif entry.name.lower().endswith(".json") and entry.is_symlink():
                    # Inside a folder, a link could point anywhere (/etc/shadow, as root):
                    # only files given by name are followed.
                    yield Problem("kooste_link_skipped", file=display(entry.path))
                elif entry.name.lower().endswith(".json") and entry.is_file():
                    pending.append((False, entry.path))
            except OSError:
                pending.append((False, entry.path))  # reading it will say what is wrong
        stack.extend(reversed(pending))


MAX_PATH_LINE = 4096
MAX_PATH_LIST_BYTES = 64 * 1024 * 1024


def path_lines(stream: BinaryIO) -> Iterator[str]:
    """Yield the lines of a list of paths, refusing an endless line or list (/dev/zero)."""
    total = 0
    while True:
        line = stream.readline(MAX_PATH_LINE + 1)
        if not line:
            return
        total += len(line)
        if len(line) > MAX_PATH_LINE or total > MAX_PATH_LIST_BYTES:
            raise InvalidInput("kooste_stdin_too_long", line=MAX_PATH_LINE,
                               total=MAX_PATH_LIST_BYTES // (1024 * 1024))
        yield line.decode("utf-8", "surrogateescape")


def iter_files(paths: Iterable[str], stdin_lines: Iterable[str] = ()) -> Iterator[str | Problem]:
    """Yield every file to read: files as given, folders walked, '-' read as a list of paths.

    A folder that cannot be listed comes out as a Problem in its place.
    """
    read_stdin = False
    for path in paths:
        if path == STDIN:
            if read_stdin:
                continue
            read_stdin = True
            for line in stdin_lines:
                listed = line.rstrip("\r\n")
                if listed.strip():
                    yield from _expand(listed)
        else:
            yield from _expand(path)


def _expand(path: str) -> Iterator[str | Problem]:
    if os.path.isdir(path):
        yield from _walk(path)
    else:
        yield path


def read_all(
    paths: Iterable[str], stdin_lines: Iterable[str] = ()
) -> Iterator[dict[str, Any] | Problem]:
    """Yield, file by file, the export or the Problem that makes the file unusable."""
    for found in iter_files(paths, stdin_lines):
        yield found if isinstance(found, Problem) else read_export(found)


def count_files(paths: Iterable[str]) -> int:
    """Count the files that iter_files would yield for `paths` (not reading stdin)."""
    return sum(1 for _ in iter_files(p for p in paths if p != STDIN))


def read_export(path: str) -> dict[str, Any] | Problem:
    """Read and check one file; return the export, or the Problem that makes it unusable."""
    shown = display(path)
    try:
        raw = read_limited(path, MAX_EXPORT_BYTES)
    except FileNotFoundError:
        return Problem("file_not_found", file=shown)
    except PermissionError:
        return Problem("file_unreadable", file=shown)
    except IsADirectoryError:
        return Problem("is_directory", file=shown)
    except NotRegularFile:
        return Problem("not_regular_file", file=shown)
    except TooLarge:
        return Problem("kooste_too_large", {"limit": MAX_EXPORT_BYTES}, file=shown)
    except ValueError:  # a NUL byte in a listed path
        return Problem("file_not_found", file=shown)
    except OSError as error:
        return Problem("file_os_error", {"detail": error}, file=shown)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        return Problem("not_utf8", {"byte": error.start}, file=shown, line=line)
    if not text.strip():
        return Problem("empty_file", file=shown)
    try:
        data = json.loads(text, parse_constant=refuse_non_finite)
    except json.JSONDecodeError as error:
        return Problem("kooste_not_json", {"detail": error.msg, "column": error.colno},
                       file=shown, line=error.lineno)
    except NotFinite as error:
        return Problem("kooste_not_json", {"detail": str(error)}, file=shown)
    except ValueError:  # an integer of thousands of digits
        return Problem("number_too_long", file=shown)
    except RecursionError:
        return Problem("yaml_too_deep", file=shown)
    problem = validate(data)
    if problem is not None:
        return Problem(problem.key, problem.params, file=shown)
    assert isinstance(data, dict)
    return data


def _is_number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _number(
    node: dict[str, Any], key: str, where: str, low: float | None, high: float | None = None
) -> Problem | None:
    """Check a number-or-null field."""
    value = node[key]
    if value is None:
        return None
    if not _is_number(value):
        return Problem("wrong_type", {"key": where, "expected": "number"})
    if not math.isfinite(value) or (low is not None and value < low) or (
            high is not None and value > high):
        return Problem("out_of_range", {"key": where, "value": value})
    return None


def _text(
    node: dict[str, Any], key: str, where: str, max_length: int | None = None
) -> Problem | None:
    """Check a non-empty text field."""
    value = node[key]
    if not isinstance(value, str):
        return Problem("wrong_type", {"key": where, "expected": "text"})
    if not value:
        return Problem("kooste_empty", {"key": where})
    if max_length is not None and len(value) > max_length:
        return Problem("kooste_too_long", {"key": where, "max": max_length})
    return None


def _matches(
    node: dict[str, Any], key: str, where: str, pattern: re.Pattern[str]
) -> Problem | None:
    """Check a text field against one of the schema's patterns."""
    value = node[key]
    if not isinstance(value, str):
        return Problem("wrong_type", {"key": where, "expected": "text"})
    if pattern.search(value) is None:
        return Problem("kooste_bad_format", {"key": where})
    return None


def _object(
    node: object, where: str, keys: tuple[str, ...], optional: tuple[str, ...] = ()
) -> tuple[dict[str, Any] | None, Problem | None]:
    """Check an object with all of `keys`, any of `optional`, and nothing else."""
    if not isinstance(node, dict):
        return None, Problem("wrong_type", {"key": where, "expected": "mapping"})
    for key in keys:
        if key not in node:
            return None, Problem("missing_key", {"key": f"{where}.{key}" if where else key})
    if len(node) != len(keys) + sum(1 for key in optional if key in node):
        extra = next(k for k in node if k not in keys and k not in optional)
        name = f"{where}.{extra}" if where else extra
        return None, Problem("kooste_unknown_key", {"key": display(name)[:_SHOWN]})
    return node, None


def _changes(node: object) -> Problem | None:
    """Check `recommendation.what_would_change`: sentences with the answers they change."""
    where = "recommendation.what_would_change"
    if not isinstance(node, list):
        return Problem("wrong_type", {"key": where, "expected": "list"})
    for item in node:
        change, problem = _object(item, where, ("direction", "outcome", "text", "answers"))
        if change is None:
            return problem
        if change["direction"] not in ("up", "down"):
            return Problem("kooste_bad_value", {"key": f"{where}.direction",
                                                "allowed": "up, down"})
        if not isinstance(change["outcome"], str) or change["outcome"] not in OUTCOME_IDS:
            return Problem("kooste_bad_value", {"key": f"{where}.outcome",
                                                "allowed": ", ".join(OUTCOME_IDS)})
        if problem := _text(change, "text", f"{where}.text"):
            return problem
        answers = change["answers"]
        if not isinstance(answers, dict):
            return Problem("wrong_type", {"key": f"{where}.answers", "expected": "mapping"})
        for key, value in answers.items():
            if not isinstance(key, str) or not _ID.search(key):
                return Problem("kooste_bad_value", {"key": f"{where}.answers",
                                                    "allowed": "a-z0-9_"})
            if value is not None and not isinstance(value, str) and not _is_number(value):
                return Problem("wrong_type", {"key": f"{where}.answers", "expected": "number"})
    return None


def validate(data: object) -> Problem | None:
    """Return the first way `data` is not a `verkosto-arvio/1` export, or None if it is one."""
    if not isinstance(data, dict) or "schema" not in data:
        return Problem("kooste_not_export")
    schema = data["schema"]
    if schema != EXPORT_SCHEMA:
        shown = display(str(schema))[:_SHOWN]
        return Problem("kooste_other_schema", {"schema": shown, "expected": EXPORT_SCHEMA})
    top, problem = _object(data, "", _TOP_KEYS)
    if top is None:
        return problem
    problem = _text(top, "tool_version", "tool_version") or _instrument(top["instrument"])
    if problem:
        return problem
    if top["language"] not in _LANGUAGES or not isinstance(top["language"], str):
        return Problem("kooste_bad_value", {"key": "language", "allowed": ", ".join(_LANGUAGES)})
    problem = (
        _text(top, "network", "network", _MAX_NETWORK)
        or _network(top["network"])
        or _matches(top, "started_at", "started_at", _TIMESTAMP)
        or _matches(top, "completed_at", "completed_at", _TIMESTAMP)
        or _answers(top["answers"])
        or _dimensions(top["dimensions"])
        or _time(top["time"])
        or _balance(top["balance"])
        or _recommendation(top["recommendation"])
    )
    return problem


def _network(name: str) -> Problem | None:
    """Refuse a name the typed path would refuse: the same rule, whichever way it came in."""
    try:
        check_network_name(name)
    except InvalidAnswer:
        return Problem("export_network_invalid", {"key": "network", "max": MAX_NETWORK_NAME})
    if has_unsafe(name):
        return Problem("export_network_invalid", {"key": "network", "max": MAX_NETWORK_NAME})
    return None


_LOOSE_NUMBERS: tuple[tuple[str, str, float, float], ...] = (
    ("time", "hours_per_month", 0, MAX_HOURS),
    ("time", "share_of_worktime", 0, MAX_SHARE),
    ("balance", "benefit", 1, 5),
    ("balance", "cost", 1, 5),
    ("balance", "ratio", 0, MAX_RATIO),
)


def check_loose(data: object) -> Problem | None:
    """Return why `data` cannot be shown as a stored export, or None (a looser `validate`).

    Keys may be missing or added (an export of another tool version), but whatever the
    history, reports and comparisons read must have the right type, a safe network name and
    finite numbers in range.
    """
    if not isinstance(data, dict) or data.get("schema") != EXPORT_SCHEMA:
        return Problem("kooste_not_export")
    network = data.get("network")
    if not isinstance(network, str) or not network or len(network) > _MAX_NETWORK:
        return Problem("export_network_invalid", {"key": "network", "max": MAX_NETWORK_NAME})
    problem = _network(network)
    if problem is not None:
        return problem
    if not isinstance(data.get("completed_at"), str):
        return Problem("wrong_type", {"key": "completed_at", "expected": "text"})
    for key in ("answers", "dimensions", "time", "balance", "recommendation", "instrument"):
        if key in data and not isinstance(data[key], dict):
            return Problem("wrong_type", {"key": key, "expected": "mapping"})
    for parent, key, low, high in _LOOSE_NUMBERS:
        node = data.get(parent) or {}
        if key in node and (problem := _number(node, key, f"{parent}.{key}", low, high)):
            return problem
    for did, dim in (data.get("dimensions") or {}).items():
        if not isinstance(dim, dict):
            return Problem("wrong_type", {"key": f"dimensions.{display(str(did))[:_SHOWN]}",
                                          "expected": "mapping"})
        if "score" in dim and (problem := _number(dim, "score", "dimensions.score", 1, 5)):
            return problem
    for qid, value in (data.get("answers") or {}).items():
        if _is_number(value) and not (
            math.isfinite(value) and -MAX_ANSWER_NUMBER <= value <= MAX_ANSWER_NUMBER
        ):
            return Problem("out_of_range", {"key": f"answers.{display(str(qid))[:_SHOWN]}",
                                            "value": display(str(value))[:_SHOWN]})
    rec = data.get("recommendation") or {}
    if "id" in rec and rec["id"] not in OUTCOME_IDS:
        return Problem("kooste_bad_value", {"key": "recommendation.id",
                                            "allowed": ", ".join(OUTCOME_IDS)})
    for key in ("id", "title", "next_review"):
        if key in rec and not isinstance(rec[key], str):
            return Problem("wrong_type", {"key": f"recommendation.{key}", "expected": "text"})
    for key in ("reasons", "next_steps"):
        items = rec.get(key, [])
        if not isinstance(items, list) or not all(isinstance(item, str) for item in items):
            return Problem("wrong_type", {"key": f"recommendation.{key}", "expected": "list"})
    return None


def _instrument(node: object) -> Problem | None:
    meta, problem = _object(node, "instrument", ("id", "version", "sha256"))
    if meta is None:
        return problem
    return (
        _text(meta, "id", "instrument.id")
        or _text(meta, "version", "instrument.version")
        or _matches(meta, "sha256", "instrument.sha256", _SHA256)
    )


def _ids(node: object, where: str) -> tuple[dict[str, Any] | None, Problem | None]:
    if not isinstance(node, dict):
        return None, Problem("wrong_type", {"key": where, "expected": "mapping"})
    for key in node:
        if _ID.search(key) is None:
            return None, Problem("kooste_bad_format", {"key": f"{where}.{display(key)[:_SHOWN]}"})
    return node, None


def _answers(node: object) -> Problem | None:
    answers, problem = _ids(node, "answers")
    if answers is None:
        return problem
    for key, value in answers.items():
        if isinstance(value, bool) or not isinstance(value, (str, int, float, type(None))):
            return Problem("kooste_bad_answer", {"key": f"answers.{key}"})
        if isinstance(value, (int, float)) and not (
            -MAX_ANSWER_NUMBER <= value <= MAX_ANSWER_NUMBER
        ):
            return Problem("out_of_range", {"key": f"answers.{key}", "value": value})
    return None


def _dimensions(node: object) -> Problem | None:
    dimensions, problem = _ids(node, "dimensions")
    if dimensions is None:
        return problem
    for key, value in dimensions.items():
        where = f"dimensions.{key}"
        dim, problem = _object(value, where, ("score", "level"))
        if dim is None:
            return problem
        problem = _number(dim, "score", f"{where}.score", 1, 5) or _text(
            dim, "level", f"{where}.level"
        )
        if problem:
            return problem
    return None


def _time(node: object) -> Problem | None:
    time, problem = _object(node, "time", ("hours_per_month", "share_of_worktime"),
                            ("agreed_hours_per_month", "unagreed_share_of_worktime"))
    if time is None:
        return problem
    limits = {"hours_per_month": MAX_HOURS, "share_of_worktime": MAX_SHARE,
              "agreed_hours_per_month": MAX_HOURS, "unagreed_share_of_worktime": MAX_SHARE}
    for key, high in limits.items():
        if key in time and (problem := _number(time, key, f"time.{key}", 0, high)):
            return problem
    return None


def _balance(node: object) -> Problem | None:
    balance, problem = _object(node, "balance", ("benefit", "cost", "ratio"))
    if balance is None:
        return problem
    return (
        _number(balance, "benefit", "balance.benefit", 1, 5)
        or _number(balance, "cost", "balance.cost", 1, 5)
        or _number(balance, "ratio", "balance.ratio", 0, MAX_RATIO)
    )


def _recommendation(node: object) -> Problem | None:
    rec, problem = _object(node, "recommendation", _RECOMMENDATION_KEYS,
                           ("borderline", "what_would_change"))
    if rec is None:
        return problem
    if "borderline" in rec and not isinstance(rec["borderline"], bool):
        return Problem("wrong_type", {"key": "recommendation.borderline",
                                      "expected": "true/false"})
    if "what_would_change" in rec and (problem := _changes(rec["what_would_change"])):
        return problem
    if not isinstance(rec["id"], str) or rec["id"] not in OUTCOME_IDS:
        return Problem(
            "kooste_bad_value", {"key": "recommendation.id", "allowed": ", ".join(OUTCOME_IDS)}
        )
    problem = _text(rec, "title", "recommendation.title")
    if problem:
        return problem
    for key, low, high in (("reasons", 1, None), ("next_steps", 2, 10)):
        where = f"recommendation.{key}"
        items = rec[key]
        if not isinstance(items, list):
            return Problem("wrong_type", {"key": where, "expected": "list"})
        if len(items) < low or (high is not None and len(items) > high):
            return Problem("kooste_item_count", {"key": where, "min": low, "max": high or "∞"})
        for item in items:
            if not isinstance(item, str):
                return Problem("wrong_type", {"key": where, "expected": "text"})
            if not item:
                return Problem("kooste_empty", {"key": where})
    return _matches(rec, "next_review", "recommendation.next_review", _DATE)
