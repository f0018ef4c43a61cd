"""Build an Instrument from a questions file: read, parse, then run every check.

All problems are collected with their file, line and question or dimension id, and raised
together as one ProblemsError, so an editor fixes the file in one pass.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from verkosto.errors import Problem, ProblemsError
from verkosto.instrument import reading
from verkosto.instrument.checker import Checker
from verkosto.instrument.checks_questions import read_dimensions, read_questions, read_scales
from verkosto.instrument.checks_recommendation import read_recommendation
from verkosto.instrument.checks_scoring import read_scoring
from verkosto.instrument.model import ID_PATTERN, Dimension, Instrument, Question, Scoring, Text
from verkosto.instrument.reading import YamlMapping


def load(path: Path | None = None) -> Instrument:
    """Load and validate a questions file (default: the bundled one), or raise ProblemsError."""
    if path is None:
        path = reading.bundled_path()
        display = "questions.yaml"
    else:
        display = str(path)
    text, raw = reading.read_text(path, display)
    return load_text(text, display, hashlib.sha256(raw).hexdigest())


def load_text(text: str, display: str, sha256: str | None = None) -> Instrument:
    """Validate questions-file text; `display` names the file in messages."""
    if sha256 is None:
        sha256 = hashlib.sha256(text.encode("utf-8")).hexdigest()
    if not text.strip():
        raise ProblemsError("file_invalid", [Problem("empty_file", file=display)])
    return from_data(reading.parse_yaml(text, display), display, sha256)


def from_data(data: Any, display: str, sha256: str) -> Instrument:
    """Validate questions-file data as parse_yaml returns it, or raise ProblemsError."""
    check = Checker(display)
    root = check.mapping(data, 1, None, None, "(root)")
    if root is None:
        raise ProblemsError("file_invalid", check.problems)
    check.keys(
        root,
        None,
        None,
        required=("instrument", "dimensions", "questions", "scoring", "recommendation"),
        optional=("scales", "retired_questions", "languages"),
    )
    claimed = check.languages(root)
    meta = _instrument_meta(check, root)
    scales = read_scales(check, root)
    raw_dimension_ids = {
        n["id"] for n in _raw_items(root, "dimensions") if isinstance(n.get("id"), str)
    }
    questions = read_questions(check, root, scales, raw_dimension_ids, _raw_hour_ids(root))
    all_ids = {n["id"] for n in _raw_items(root, "questions") if isinstance(n.get("id"), str)}
    dimensions = read_dimensions(check, root, questions, all_ids)
    by_id = {q.id: q for q in questions}
    scoring = read_scoring(check, root, by_id, {d.id: d for d in dimensions}, all_ids)
    recommendation = read_recommendation(check, root, questions, all_ids)
    retired = _retired(check, root, all_ids)
    _replacements(check, questions)
    _cross_checks(root, check, dimensions, questions, scoring)
    check.missing_languages(claimed or ())
    if check.problems or meta is None or scoring is None or recommendation is None:
        if not check.problems:
            # Every path that rejects a part should have said why; never report nothing.
            check.add("file_incomplete", None)
        raise ProblemsError("file_invalid", check.problems)
    ident, version, title, source = meta
    return Instrument(
        id=ident,
        version=version,
        title=title,
        source=source,
        dimensions=tuple(dimensions),
        questions=tuple(questions),
        scoring=scoring,
        recommendation=recommendation,
        sha256=sha256,
        retired=retired,
    )


def _retired(check: Checker, root: YamlMapping, all_ids: set[str]) -> frozenset[str]:
    """Read `retired_questions`: ids no longer asked, which must not be in use again."""
    if "retired_questions" not in root:
        return frozenset()
    raw = root["retired_questions"]
    line = check.line_of(root, "retired_questions")
    if not isinstance(raw, list):
        check.add("wrong_type", line, None, None, key="retired_questions", expected="list")
        return frozenset()
    found: set[str] = set()
    for qid in raw:
        if not isinstance(qid, str) or not ID_PATTERN.match(qid):
            check.add("bad_id", line, "question", str(qid), id=qid)
        elif qid in all_ids:
            # An old answer to it would be read as an answer to the new question.
            check.add("retired_in_use", line, "question", qid)
        else:
            found.add(qid)
    return frozenset(found)


def _replacements(check: Checker, questions: Sequence[Question]) -> None:
    """Check each `replaces`: another question, replaced once, not itself replacing one."""
    by_id = {q.id: q for q in questions}
    replaced: set[str] = set()
    for question in questions:
        old = question.replaces
        if old is None:
            continue
        target = by_id.get(old)
        if target is None or old == question.id:
            check.add("replaces_unknown", question.line, "question", question.id, ref=old)
        elif old in replaced or target.replaces is not None:
            # One answer, one meaning: no chains, and no two questions sharing an old one.
            check.add("replaces_twice", question.line, "question", question.id, ref=old)
        replaced.add(old)


def _instrument_meta(check: Checker, root: YamlMapping) -> tuple[str, str, Text, str] | None:
    if "instrument" not in root:
        return None
    node = check.mapping(
        root["instrument"], check.line_of(root, "instrument"), None, None, "instrument"
    )
    if node is None:
        return None
    check.keys(node, None, None, required=("id", "version", "title"), optional=("source",))
    ident = check.string(node, "id", None, None)
    raw_version = node.get("version")
    version = str(raw_version) if isinstance(raw_version, (str, int, float)) else None
    if "version" in node and version is None:
        check.add(
            "wrong_type", check.line_of(node, "version"), None, None, key="version", expected="text"
        )
    title = check.text(node, "title", None, None)
    source = check.string(node, "source", None, None, required=False) or ""
    if ident is None or version is None or title is None:
        return None
    return ident, version, title, source


def _raw_items(root: YamlMapping, key: str) -> list[YamlMapping]:
    value = root.get(key)
    if not isinstance(value, list):
        return []
    return [item for item in value if isinstance(item, YamlMapping)]


def _raw_time(root: YamlMapping) -> dict[Any, Any]:
    scoring = root.get("scoring")
    time = scoring.get("time") if isinstance(scoring, dict) else None
    return time if isinstance(time, dict) else {}


def _raw_time_dimension(root: YamlMapping) -> object:
    return _raw_time(root).get("dimension")


def _raw_hour_ids(root: YamlMapping) -> frozenset[str]:
    """Return the ids scoring.time names as hour questions (hours, agreed, worktime), as written.

    Read before the questions, so that their bounds are checked as hours even while another
    part of scoring is broken.
    """
    time = _raw_time(root)
    hours = time.get("hours")
    refs = [*(hours if isinstance(hours, list) else []), time.get("agreed"), time.get("worktime")]
    return frozenset(ref for ref in refs if isinstance(ref, str))


def _cross_checks(
    root: YamlMapping,
    check: Checker,
    dimensions: Sequence[Dimension],
    questions: Sequence[Question],
    scoring: Scoring | None,
) -> None:
    # Even when scoring itself is broken, its time dimension has no scale items by design.
    time_dimension = scoring.time.dimension if scoring is not None else _raw_time_dimension(root)
    # Look at the questions as written: one that failed to load was reported already.
    raw_questions = _raw_items(root, "questions")
    for dimension in dimensions:
        if dimension.id == time_dimension:
            continue
        if not any(
            q.get("dimension") == dimension.id and q.get("type") == "scale" for q in raw_questions
        ):
            check.add("dimension_empty", dimension.line, "dimension", dimension.id)
