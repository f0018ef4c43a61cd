"""Checking that data is a `verkosto-arvio/1` export: strictly for `kooste`, or for keeping.

`validate` is the schema written out by hand (the JSON Schema in schemas/ is the reference,
and the tests hold the two together), because it runs for every file of a `kooste` and
jsonschema is only a test tool. It returns the first problem found. `check_export` is what
the history, reports and comparisons need of an export of any tool version: every part they
read there with the right type (other keys may be added or left out), a safe network name,
finite numbers in range.

Speed matters here (a `kooste` checks 10,000 files): the common case of a well-formed value
is tested first with exact types and set comparisons, and only a value that fails it goes
through the step-by-step checks that name the problem. Ids and network names already found
good are remembered, since the same few recur in every file.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import replace
from datetime import date
from typing import Any

from verkosto.answers import MAX_NETWORK_NAME, InvalidAnswer, check_network_name
from verkosto.errors import Problem
from verkosto.export.names import EXPORT_SCHEMA, display
from verkosto.instrument.model import OUTCOME_IDS
from verkosto.languages import LANGUAGES
from verkosto.safetext import has_unsafe

_LANGUAGES = LANGUAGES
# The same patterns as the schema, matched the way JSON Schema does (re.search).
_ID = re.compile(r"^[a-z][a-z0-9_]{0,63}$")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_TIMESTAMP = re.compile(
    r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?([+-][0-9]{2}:[0-9]{2}|Z)$"
)
_DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
# The bounds keep sums and ratios finite.
MAX_HOURS = 1000
MAX_SHARE = 100
MAX_RATIO = 1000
MAX_ANSWER_NUMBER = 10**9
_TIME_LIMITS = tuple(
    (key, f"time.{key}", high)
    for key, high in (
        ("hours_per_month", MAX_HOURS),
        ("share_of_worktime", MAX_SHARE),
        ("agreed_hours_per_month", MAX_HOURS),
        ("unagreed_share_of_worktime", MAX_SHARE),
    )
)
# Each list of the recommendation: its name, the least and most items (None: no limit).
_LISTS = (
    ("reasons", "recommendation.reasons", 1, None),
    ("next_steps", "recommendation.next_steps", 2, 10),
)
_SHOWN = 60
# Remembered good ids and names: bounded, so a file of a million distinct keys cannot grow it.
_MEMO_LIMIT = 4096
_GOOD_IDS: set[str] = set()
_GOOD_NAMES: set[str] = set()


def _is_number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _finite(value: int | float) -> bool:
    # An integer of hundreds of digits is finite, but no float: it is out of every range.
    return isinstance(value, int) or math.isfinite(value)


def _is_id(key: object) -> bool:
    """Return whether a key is an id (the schema's pattern), remembering the good ones."""
    if key in _GOOD_IDS:
        return True
    assert isinstance(key, str)
    if _ID.search(key) is None:
        return False
    if len(_GOOD_IDS) < _MEMO_LIMIT:
        _GOOD_IDS.add(key)
    return True


def _number(
    node: dict[str, Any], key: str, where: str, low: float | None, high: float | None = None
) -> Problem | None:
    """Check a number-or-null field."""
    value = node[key]
    kind = type(value)
    # The common case; NaN fails the comparison and infinity the finite bound.
    if value is None or (
        (kind is int or kind is float)
        and low is not None
        and high is not None
        and low <= value <= high
    ):
        return None
    if not _is_number(value):
        return Problem("wrong_type", {"key": where, "expected": "number"})
    if (
        not _finite(value)
        or (low is not None and value < low)
        or (high is not None and value > high)
    ):
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


class _Keys:
    """The keys an object must have and may have: tuples to name them, sets to test fast."""

    __slots__ = ("required", "optional", "exact", "allowed")

    def __init__(self, required: tuple[str, ...], optional: tuple[str, ...] = ()) -> None:
        self.required = required
        self.optional = optional
        self.exact = frozenset(required)
        self.allowed = frozenset(required + optional)


_TOP = _Keys(
    (
        "schema",
        "tool_version",
        "instrument",
        "language",
        "network",
        "started_at",
        "completed_at",
        "answers",
        "dimensions",
        "time",
        "balance",
        "recommendation",
    )
)
_INSTRUMENT = _Keys(("id", "version", "sha256"))
_DIMENSION = _Keys(("score", "level"))
_TIME = _Keys(
    ("hours_per_month", "share_of_worktime"),
    ("agreed_hours_per_month", "unagreed_share_of_worktime"),
)
_BALANCE = _Keys(("benefit", "cost", "ratio"))
_RECOMMENDATION = _Keys(
    ("id", "title", "reasons", "next_steps", "next_review"),
    ("borderline", "what_would_change", "joining"),
)
_CHANGE = _Keys(("direction", "outcome", "text", "answers"))


def _object(node: object, where: str, shape: _Keys) -> tuple[dict[str, Any] | None, Problem | None]:
    """Check an object with all of the required keys, any of the optional, nothing else."""
    if type(node) is dict:
        present = node.keys()
        if present == shape.exact or (shape.optional and shape.exact <= present <= shape.allowed):
            return node, None
    keys, optional = shape.required, shape.optional
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
        problem = _change(item, where)
        if problem is not None:
            return problem
    return None


def _change(item: object, where: str) -> Problem | None:
    """Check one sentence of `what_would_change`."""
    change, problem = _object(item, where, _CHANGE)
    if change is None:
        return problem
    if change["direction"] not in ("up", "down"):
        return Problem("kooste_bad_value", {"key": f"{where}.direction", "allowed": "up, down"})
    if not isinstance(change["outcome"], str) or change["outcome"] not in OUTCOME_IDS:
        return Problem(
            "kooste_bad_value", {"key": f"{where}.outcome", "allowed": ", ".join(OUTCOME_IDS)}
        )
    return _text(change, "text", f"{where}.text") or _change_answers(change["answers"], where)


def _change_answers(answers: object, where: str) -> Problem | None:
    """Check the answers a sentence of `what_would_change` names: ids to values."""
    if not isinstance(answers, dict):
        return Problem("wrong_type", {"key": f"{where}.answers", "expected": "mapping"})
    for key, value in answers.items():
        if not isinstance(key, str) or not _is_id(key):
            return Problem("kooste_bad_value", {"key": f"{where}.answers", "allowed": "a-z0-9_"})
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
    top, problem = _object(data, "", _TOP)
    if top is None:
        return problem
    problem = _text(top, "tool_version", "tool_version") or _instrument(top["instrument"])
    if problem:
        return problem
    if top["language"] not in _LANGUAGES or not isinstance(top["language"], str):
        return Problem("kooste_bad_value", {"key": "language", "allowed": ", ".join(_LANGUAGES)})
    problem = (
        _text(top, "network", "network", MAX_NETWORK_NAME)
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
    if name in _GOOD_NAMES:
        return None
    try:
        check_network_name(name)
    except InvalidAnswer:
        return Problem("export_network_invalid", {"key": "network", "max": MAX_NETWORK_NAME})
    # A printable name has nothing to escape; only one that is not needs the closer look.
    if not name.isprintable() and has_unsafe(name):
        return Problem("export_network_invalid", {"key": "network", "max": MAX_NETWORK_NAME})
    if len(_GOOD_NAMES) < _MEMO_LIMIT:
        _GOOD_NAMES.add(name)
    return None


def _instrument(node: object) -> Problem | None:
    meta, problem = _object(node, "instrument", _INSTRUMENT)
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
    if _GOOD_IDS.issuperset(node):
        return node, None
    for key in node:
        if not _is_id(key):
            return None, Problem("kooste_bad_format", {"key": f"{where}.{display(key)[:_SHOWN]}"})
    return node, None


def _answers(node: object) -> Problem | None:
    answers, problem = _ids(node, "answers")
    if answers is None:
        return problem
    for key, value in answers.items():
        kind = type(value)
        if (
            kind is str
            or value is None
            or ((kind is int or kind is float) and -MAX_ANSWER_NUMBER <= value <= MAX_ANSWER_NUMBER)
        ):
            continue
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
        if type(value) is dict and value.keys() == _DIMENSION.exact:
            # The common case, without building the names a problem would need.
            score, level = value["score"], value["level"]
            kind = type(score)
            if (score is None or ((kind is int or kind is float) and 1 <= score <= 5)) and (
                type(level) is str and level
            ):
                continue
        where = f"dimensions.{key}"
        dim, problem = _object(value, where, _DIMENSION)
        if dim is None:
            return problem
        problem = _number(dim, "score", f"{where}.score", 1, 5) or _text(
            dim, "level", f"{where}.level"
        )
        if problem:
            return problem
    return None


def _time(node: object) -> Problem | None:
    time, problem = _object(node, "time", _TIME)
    if time is None:
        return problem
    for key, where, high in _TIME_LIMITS:
        if key in time and (problem := _number(time, key, where, 0, high)):
            return problem
    return None


def _balance(node: object) -> Problem | None:
    balance, problem = _object(node, "balance", _BALANCE)
    if balance is None:
        return problem
    return (
        _number(balance, "benefit", "balance.benefit", 1, 5)
        or _number(balance, "cost", "balance.cost", 1, 5)
        or _number(balance, "ratio", "balance.ratio", 0, MAX_RATIO)
    )


def _recommendation(node: object) -> Problem | None:
    rec, problem = _object(node, "recommendation", _RECOMMENDATION)
    if rec is None:
        return problem
    for flag in ("borderline", "joining"):
        if flag in rec and not isinstance(rec[flag], bool):
            return Problem(
                "wrong_type", {"key": f"recommendation.{flag}", "expected": "true/false"}
            )
    if "what_would_change" in rec and (problem := _changes(rec["what_would_change"])):
        return problem
    if not isinstance(rec["id"], str) or rec["id"] not in OUTCOME_IDS:
        return Problem(
            "kooste_bad_value", {"key": "recommendation.id", "allowed": ", ".join(OUTCOME_IDS)}
        )
    return (
        _text(rec, "title", "recommendation.title")
        or _sentences(rec)
        or _matches(rec, "next_review", "recommendation.next_review", _DATE)
    )


def _sentences(rec: dict[str, Any]) -> Problem | None:
    """Check the recommendation's reasons and next steps: lists of non-empty texts."""
    for key, where, low, high in _LISTS:
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
    return None


# --------------------------------------------------------------------------- for a report

_REQUIRED: tuple[tuple[str, type], ...] = (
    ("network", str),
    ("completed_at", str),
    ("language", str),
    ("instrument", dict),
    ("answers", dict),
    ("dimensions", dict),
    ("time", dict),
    ("balance", dict),
    ("recommendation", dict),
)
_REPORTED: tuple[tuple[str, type], ...] = (
    ("id", str),
    ("title", str),
    ("reasons", list),
    ("next_steps", list),
    ("next_review", str),
)


def completed_on(export: Mapping[str, Any]) -> date | None:
    """Return the day the assessment was completed (as the person's clock showed it)."""
    raw = str(export.get("completed_at", ""))
    try:
        return date.fromisoformat(raw[:10])
    except ValueError:
        return None


def check_export(data: Any, display_name: str | None = None) -> list[Problem]:
    """Return every problem that keeps `data` from being stored, reported on or compared.

    An empty list: it can be. An export of another tool version may add keys, but each part
    the history, reports and comparisons read must be there with the right type, with a safe
    network name and finite numbers in range. `display_name` names the file in the problems.
    """
    if not isinstance(data, dict) or data.get("schema") != EXPORT_SCHEMA:
        # A file is told how an export is made; a stored row (no file) is not.
        key = "export_not_export" if display_name is not None else "kooste_not_export"
        return [Problem(key, file=display_name)]
    problems = _missing_parts(data, display_name)
    if problems:
        return problems
    # A name with control characters, a number that is text, infinite or absurd.
    problem = _unusable_value(data)
    return [] if problem is None else [replace(problem, file=display_name)]


def _need(
    node: Mapping[str, Any], key: str, kind: type, where: str, display_name: str | None
) -> Problem | None:
    """Return why `node[key]` is not there as a `kind`, or None."""
    if key not in node:
        return Problem("missing_key", {"key": where}, display_name)
    if not isinstance(node[key], kind):
        expected = "text" if kind is str else "list" if kind is list else "mapping"
        return Problem("wrong_type", {"key": where, "expected": expected}, display_name)
    return None


def _missing_parts(data: dict[str, Any], display_name: str | None) -> list[Problem]:
    """Return every part a report or comparison reads that is missing or of another type."""
    found = [_need(data, key, kind, key, display_name) for key, kind in _REQUIRED]
    recommendation = data.get("recommendation")
    if isinstance(recommendation, dict):
        found += [
            _need(recommendation, key, kind, f"recommendation.{key}", display_name)
            for key, kind in _REPORTED
        ]
    problems = [problem for problem in found if problem is not None]
    dimensions = data.get("dimensions")
    for dim, entry in dimensions.items() if isinstance(dimensions, dict) else ():
        if not isinstance(entry, dict):
            problems.append(
                Problem(
                    "wrong_type", {"key": f"dimensions.{dim}", "expected": "mapping"}, display_name
                )
            )
    return problems


def _unusable_value(data: dict[str, Any]) -> Problem | None:
    """Return the first value that cannot be shown or counted, in an export with every part."""
    if completed_on(data) is None:
        return Problem("wrong_type", {"key": "completed_at", "expected": "text"})
    network = data["network"]
    if not network or len(network) > MAX_NETWORK_NAME:
        return Problem("export_network_invalid", {"key": "network", "max": MAX_NETWORK_NAME})
    return _network(network) or _kept_numbers(data) or _kept_recommendation(data["recommendation"])


_KEPT_NUMBERS: tuple[tuple[str, str, float, float], ...] = (
    ("time", "hours_per_month", 0, MAX_HOURS),
    ("time", "share_of_worktime", 0, MAX_SHARE),
    ("balance", "benefit", 1, 5),
    ("balance", "cost", 1, 5),
    ("balance", "ratio", 0, MAX_RATIO),
)


def _kept_numbers(data: dict[str, Any]) -> Problem | None:
    """Return the first number out of its range (or not a number) that is there."""
    for parent, key, low, high in _KEPT_NUMBERS:
        node = data[parent]
        if key in node and (problem := _number(node, key, f"{parent}.{key}", low, high)):
            return problem
    for dim in data["dimensions"].values():
        if "score" in dim and (problem := _number(dim, "score", "dimensions.score", 1, 5)):
            return problem
    for qid, value in data["answers"].items():
        if _is_number(value) and not (
            _finite(value) and -MAX_ANSWER_NUMBER <= value <= MAX_ANSWER_NUMBER
        ):
            return Problem(
                "out_of_range",
                {
                    "key": f"answers.{display(str(qid))[:_SHOWN]}",
                    "value": display(str(value))[:_SHOWN],
                },
            )
    return None


def _kept_recommendation(rec: dict[str, Any]) -> Problem | None:
    """Return why the recommendation cannot be shown: an unknown verdict, a bad list or flag."""
    if rec["id"] not in OUTCOME_IDS:
        return Problem(
            "kooste_bad_value", {"key": "recommendation.id", "allowed": ", ".join(OUTCOME_IDS)}
        )
    for key in ("reasons", "next_steps"):
        if not all(isinstance(item, str) for item in rec[key]):
            return Problem("wrong_type", {"key": f"recommendation.{key}", "expected": "list"})
    if "joining" in rec and not isinstance(rec["joining"], bool):
        return Problem("wrong_type", {"key": "recommendation.joining", "expected": "true/false"})
    return None
