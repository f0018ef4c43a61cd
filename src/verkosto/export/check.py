"""Checking an export to keep, report on or compare: every part those read, of any version.

`check_export` is what the history, reports and comparisons need of an export of any tool
version: every part they read there with the right type (other keys may be added or left
out), a safe network name, finite numbers in range. The strict check of each file of a
`kooste` is `strict.validate`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import date
from typing import Any

from verkosto.answers import MAX_NETWORK_NAME
from verkosto.errors import Problem
from verkosto.export.names import EXPORT_SCHEMA, display
from verkosto.export.values import (
    MAX_ANSWER_NUMBER,
    MAX_HOURS,
    MAX_RATIO,
    MAX_SHARE,
    SHOWN,
    is_finite,
    is_number,
    network_problem,
    number_problem,
)
from verkosto.instrument.model import OUTCOME_IDS

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
    return (
        network_problem(network)
        or _kept_numbers(data)
        or _kept_recommendation(data["recommendation"])
    )


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
        if key in node and (problem := number_problem(node, key, f"{parent}.{key}", low, high)):
            return problem
    for dim in data["dimensions"].values():
        if "score" in dim and (problem := number_problem(dim, "score", "dimensions.score", 1, 5)):
            return problem
    for qid, value in data["answers"].items():
        if is_number(value) and not (
            is_finite(value) and -MAX_ANSWER_NUMBER <= value <= MAX_ANSWER_NUMBER
        ):
            return Problem(
                "out_of_range",
                {
                    "key": f"answers.{display(str(qid))[:SHOWN]}",
                    "value": display(str(value))[:SHOWN],
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
