"""Checking that data is exactly a `verkosto-arvio/1` export, as `kooste` needs of each file.

`validate` is the schema written out by hand (the JSON Schema in schemas/ is the reference,
and the tests hold the two together), because it runs for every file of a `kooste` and
jsonschema is only a test tool. It returns the first problem found.

Speed matters here (a `kooste` checks 10,000 files): the common case of a well-formed value
is tested first with exact types and set comparisons, and only a value that fails it goes
through the step-by-step checks that name the problem. Ids already found good are
remembered, since the same few recur in every file.
"""

from __future__ import annotations

import re
from typing import Any

from verkosto.answers import MAX_NETWORK_NAME
from verkosto.errors import Problem
from verkosto.export.names import EXPORT_SCHEMA, display
from verkosto.export.values import (
    MAX_ANSWER_NUMBER,
    MAX_HOURS,
    MAX_RATIO,
    MAX_SHARE,
    MEMO_LIMIT,
    SHOWN,
    is_number,
    network_problem,
    number_problem,
)
from verkosto.instrument.model import OUTCOME_IDS
from verkosto.languages import LANGUAGES

_LANGUAGES = LANGUAGES
# The same patterns as the schema, matched the way JSON Schema does (re.search).
_ID = re.compile(r"^[a-z][a-z0-9_]{0,63}$")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_TIMESTAMP = re.compile(
    r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?([+-][0-9]{2}:[0-9]{2}|Z)$"
)
_DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
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
_GOOD_IDS: set[str] = set()
_TEXT_ONLY = frozenset({str})
_LEAST_ANSWER = -MAX_ANSWER_NUMBER


def _is_id(key: object) -> bool:
    """Return whether a key is an id (the schema's pattern), remembering the good ones."""
    if key in _GOOD_IDS:
        return True
    assert isinstance(key, str)
    if _ID.search(key) is None:
        return False
    if len(_GOOD_IDS) < MEMO_LIMIT:
        _GOOD_IDS.add(key)
    return True


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
        return None, Problem("kooste_unknown_key", {"key": display(name)[:SHOWN]})
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
        if value is not None and not isinstance(value, str) and not is_number(value):
            return Problem("wrong_type", {"key": f"{where}.answers", "expected": "number"})
    return None


def validate(data: object) -> Problem | None:
    """Return the first way `data` is not a `verkosto-arvio/1` export, or None if it is one."""
    if not isinstance(data, dict) or "schema" not in data:
        return Problem("kooste_not_export")
    schema = data["schema"]
    if schema != EXPORT_SCHEMA:
        shown = display(str(schema))[:SHOWN]
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
        or network_problem(top["network"])
        or _matches(top, "started_at", "started_at", _TIMESTAMP)
        or _matches(top, "completed_at", "completed_at", _TIMESTAMP)
        or _answers(top["answers"])
        or _dimensions(top["dimensions"])
        or _time(top["time"])
        or _balance(top["balance"])
        or _recommendation(top["recommendation"])
    )
    return problem


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
    if node.keys() <= _GOOD_IDS:  # no set built, unlike issuperset
        return node, None
    for key in node:
        if not _is_id(key):
            return None, Problem("kooste_bad_format", {"key": f"{where}.{display(key)[:SHOWN]}"})
    return node, None


def _answers(node: object) -> Problem | None:
    answers, problem = _ids(node, "answers")
    if answers is None:
        return problem
    for value in answers.values():
        kind = type(value)
        if (
            kind is str
            or value is None
            or ((kind is int or kind is float) and _LEAST_ANSWER <= value <= MAX_ANSWER_NUMBER)
        ):
            continue
        return _answer_problem(answers)
    return None


def _answer_problem(answers: dict[str, Any]) -> Problem | None:
    """Name the first answer that is not a text, a number in range or null."""
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
    for value in dimensions.values():
        if type(value) is dict and value.keys() == _DIMENSION.exact:
            score, level = value["score"], value["level"]
            kind = type(score)
            if (score is None or ((kind is int or kind is float) and 1 <= score <= 5)) and (
                type(level) is str and level
            ):
                continue
        return _dimension_problem(dimensions)
    return None


def _dimension_problem(dimensions: dict[str, Any]) -> Problem | None:
    """Name the first problem of the first dimension that is not a score and a level."""
    for key, value in dimensions.items():
        where = f"dimensions.{key}"
        dim, problem = _object(value, where, _DIMENSION)
        if dim is None:
            return problem
        problem = number_problem(dim, "score", f"{where}.score", 1, 5) or _text(
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
        if key in time and (problem := number_problem(time, key, where, 0, high)):
            return problem
    return None


def _balance(node: object) -> Problem | None:
    balance, problem = _object(node, "balance", _BALANCE)
    if balance is None:
        return problem
    return (
        number_problem(balance, "benefit", "balance.benefit", 1, 5)
        or number_problem(balance, "cost", "balance.cost", 1, 5)
        or number_problem(balance, "ratio", "balance.ratio", 0, MAX_RATIO)
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
        # Texts only (no set is built: the types are compared in C) and none of them empty.
        if (
            type(items) is list
            and low <= len(items) <= (high or len(items))
            and _TEXT_ONLY.issuperset(map(type, items))
            and all(items)
        ):
            continue
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
