"""Check the scoring settings: levels, the time curve, the phase, situations and support."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from verkosto.instrument.checker import Checker
from verkosto.instrument.checks_conditions import allowed_values, read_condition
from verkosto.instrument.checks_situations import read_situations
from verkosto.instrument.model import (
    CurvePoint,
    Dimension,
    Level,
    PhaseConfig,
    Question,
    Scoring,
    SupportConfig,
    Text,
    TimeConfig,
)
from verkosto.instrument.reading import YamlMapping
from verkosto.instrument.thresholds import in_section, read_thresholds


def read_scoring(
    check: Checker,
    root: YamlMapping,
    questions: Mapping[str, Question],
    dimensions: Mapping[str, Dimension],
    all_ids: set[str],
) -> Scoring | None:
    """Read `scoring`, or return None when a part of it is broken (reported)."""
    if "scoring" not in root:
        return None
    node = check.mapping(root["scoring"], check.line_of(root, "scoring"), None, None, "scoring")
    if node is None:
        return None
    check.keys(
        node,
        "scoring",
        None,
        required=("levels", "time", "phase", "core_dimension"),
        optional=(
            "insufficient_label",
            "situations",
            "relevance",
            "support",
            "reciprocity_dimension",
            "organisation_dimension",
            *in_section("scoring"),
        ),
    )
    numbers = read_thresholds(check, node, "scoring", "scoring", None)
    levels = _levels(check, node)
    insufficient = check.text(node, "insufficient_label", "scoring", None, required=False)
    # A question that failed to load was reported where it is written: say nothing more.
    broken = all_ids - set(questions)
    time = _time(check, node, questions, dimensions, broken)
    phase = _phase(check, node, questions)
    core = check.string(node, "core_dimension", "scoring", None)
    if core is not None and core not in dimensions:
        check.add(
            "unknown_dimension",
            check.line_of(node, "core_dimension"),
            "scoring",
            None,
            dimension=core,
        )
    situations = read_situations(check, node, questions, broken)
    reciprocity, organisation = (
        _dimension_ref(check, node, key, dimensions)
        for key in ("reciprocity_dimension", "organisation_dimension")
    )
    relevance = _relevance(check, node, questions, broken)
    support = _support(check, node, dimensions)
    if (
        levels is None
        or time is None
        or phase is None
        or core is None
        or numbers is None
        or situations is None
        or relevance is None
        or isinstance(support, bool)
    ):
        return None
    return Scoring(
        min_answered_share=numbers["min_answered_share"],
        min_respondents=int(numbers["min_respondents"]),
        levels=levels,
        insufficient_label=insufficient
        or Text("Liian vähän vastauksia", "Too few answers", "För få svar"),
        time=time,
        phase=phase,
        core_dimension=core,
        situations=situations,
        relevance=relevance,
        support=support,
        reciprocity_dimension=reciprocity,
        organisation_dimension=organisation,
    )


def _dimension_ref(
    check: Checker, node: YamlMapping, key: str, dimensions: Mapping[str, Dimension]
) -> str | None:
    found = check.string(node, key, "scoring", None, required=False)
    if found is not None and found not in dimensions:
        check.add("unknown_dimension", check.line_of(node, key), "scoring", None, dimension=found)
        return None
    return found


def _relevance(
    check: Checker, node: YamlMapping, questions: Mapping[str, Question], broken: set[str]
) -> tuple[str, ...] | None:
    if "relevance" not in node:
        return ()
    raw = node["relevance"]
    if not isinstance(raw, list) or not raw:
        check.add(
            "wrong_type",
            check.line_of(node, "relevance"),
            "scoring",
            "relevance",
            key="relevance",
            expected="list",
        )
        return None
    if any(ref in broken for ref in raw):
        return None
    found = [_question_ref(check, node, "relevance", ref, questions, "scale") for ref in raw]
    if None in found:
        return None
    return tuple(ref for ref in found if ref is not None)


def _support(
    check: Checker, node: YamlMapping, dimensions: Mapping[str, Dimension]
) -> SupportConfig | None | bool:
    """Read `support`; False when it is written but broken (reported)."""
    if "support" not in node:
        return None
    raw = check.mapping(
        node["support"], check.line_of(node, "support"), "scoring", "support", "support"
    )
    if raw is None:
        return False
    check.keys(
        raw, "scoring", "support", required=("dimension",), optional=in_section("scoring.support")
    )
    did = check.string(raw, "dimension", "scoring", "support")
    numbers = read_thresholds(check, raw, "scoring.support", "scoring", "support")
    if did is not None and did not in dimensions:
        check.add(
            "unknown_dimension",
            check.line_of(raw, "dimension"),
            "scoring",
            "support",
            dimension=did,
        )
        return False
    if did is None or numbers is None:
        return False
    return SupportConfig(did, **numbers)


def _levels(check: Checker, node: YamlMapping) -> tuple[Level, ...] | None:
    if "levels" not in node:
        return None
    raw = node["levels"]
    line = check.line_of(node, "levels")
    if not isinstance(raw, list) or not raw:
        check.add("wrong_type", line, "scoring", "levels", key="levels", expected="list")
        return None
    result: list[Level] = []
    for item in raw:
        entry = check.mapping(item, line, "scoring", "levels", "levels")
        if entry is None:
            continue
        check.keys(entry, "scoring", "levels", required=("id", "min", "label"))
        lid = check.string(entry, "id", "scoring", "levels")
        low = check.number(entry, "min", "scoring", lid or "levels", low=1.0, high=5.0)
        label = check.text(entry, "label", "scoring", lid or "levels")
        if lid is not None and low is not None and label is not None:
            result.append(Level(lid, low, label))
    if len(result) != len(raw):
        return None  # each broken level was reported above
    mins = [level.min for level in result]
    if mins != sorted(mins, reverse=True) or len(set(mins)) != len(mins):
        check.add("levels_order", line, "scoring", "levels")
        return None
    if result[-1].min > 1.0:
        check.add("levels_floor", line, "scoring", "levels")
        return None
    return tuple(result)


def _question_ref(
    check: Checker,
    node: YamlMapping,
    key: str,
    value: Any,
    questions: Mapping[str, Question],
    expected: str,
    broken: set[str] | None = None,
) -> str | None:
    line = check.line_of(node, key)
    if broken is not None and isinstance(value, str) and value in broken:
        return None  # the question itself was reported where it is written
    if value is None:
        if key in node:  # written but left empty; a missing key was reported by keys()
            check.add("missing_value", line, "scoring", key, key=key)
        return None
    if not isinstance(value, str) or value not in questions:
        check.add("unknown_question_ref", line, "scoring", key, ref=value)
        return None
    if questions[value].type != expected:
        check.add("question_ref_type", line, "scoring", key, ref=value, expected=expected)
        return None
    return value


def _time(
    check: Checker,
    node: YamlMapping,
    questions: Mapping[str, Question],
    dimensions: Mapping[str, Dimension],
    broken: set[str],
) -> TimeConfig | None:
    if "time" not in node:
        return None
    time = check.mapping(node["time"], check.line_of(node, "time"), "scoring", "time", "time")
    if time is None:
        return None
    check.keys(
        time,
        "scoring",
        "time",
        required=("dimension", "hours", "worktime", "curve"),
        optional=("agreed", "meetings", *in_section("scoring.time")),
    )
    numbers = read_thresholds(check, time, "scoring.time", "scoring", "time")
    dimension = _time_dimension(check, time, dimensions)
    hours, hours_ok = _time_hours(check, time, questions, broken)
    worktime = _question_ref(
        check, time, "worktime", time.get("worktime"), questions, "number", broken
    )
    if worktime is not None and (questions[worktime].min or 0) <= 0:
        check.add("worktime_min", check.line_of(time, "worktime"), "scoring", "time", ref=worktime)
        worktime = None
    agreed = meetings = None
    if "agreed" in time:
        agreed = _question_ref(
            check, time, "agreed", time.get("agreed"), questions, "number", broken
        )
    if "meetings" in time:
        meetings = _meetings(check, time, questions, broken, hours)
    curve = _curve(check, time)
    if (
        dimension is None
        or worktime is None
        or curve is None
        or not hours_ok
        or numbers is None
        or (agreed is None and "agreed" in time)
        or (meetings is None and "meetings" in time)
    ):
        return None
    return TimeConfig(
        dimension=dimension,
        hours=hours,
        worktime=worktime,
        curve=curve,
        agreed=agreed,
        meetings=meetings,
        **numbers,
    )


def _time_dimension(
    check: Checker, time: YamlMapping, dimensions: Mapping[str, Dimension]
) -> str | None:
    """Read the time dimension: a cost (reported when it is a benefit, but kept)."""
    dimension = check.string(time, "dimension", "scoring", "time")
    if dimension is None:
        return None
    if dimension not in dimensions:
        check.add(
            "unknown_dimension",
            check.line_of(time, "dimension"),
            "scoring",
            "time",
            dimension=dimension,
        )
        return None
    if dimensions[dimension].side != "cost":
        check.add(
            "time_not_cost",
            check.line_of(time, "dimension"),
            "scoring",
            "time",
            dimension=dimension,
        )
    return dimension


def _time_hours(
    check: Checker, time: YamlMapping, questions: Mapping[str, Question], broken: set[str]
) -> tuple[tuple[str, ...], bool]:
    """Read the hour questions that are right, and whether all of them are (else reported)."""
    hours_raw = time.get("hours")
    if not isinstance(hours_raw, list) or not hours_raw:
        check.add(
            "wrong_type",
            check.line_of(time, "hours"),
            "scoring",
            "time",
            key="hours",
            expected="list",
        )
        return (), False
    found = [
        _question_ref(check, time, "hours", ref, questions, "number", broken) for ref in hours_raw
    ]
    hours = tuple(ref for ref in found if ref is not None)
    return hours, len(hours) == len(hours_raw)


def _meetings(
    check: Checker,
    time: YamlMapping,
    questions: Mapping[str, Question],
    broken: set[str],
    hours: tuple[str, ...],
) -> str | None:
    """Read the meeting hours question, which must be one of the hour questions."""
    meetings = _question_ref(
        check, time, "meetings", time.get("meetings"), questions, "number", broken
    )
    if meetings is not None and meetings not in hours:
        check.add(
            "meetings_not_hours", check.line_of(time, "meetings"), "scoring", "time", ref=meetings
        )
    return meetings


def _curve(check: Checker, time: YamlMapping) -> tuple[CurvePoint, ...] | None:
    raw = time.get("curve")
    line = check.line_of(time, "curve")
    if not isinstance(raw, list) or len(raw) < 2:
        check.add("wrong_type", line, "scoring", "time", key="curve", expected="list")
        return None
    result: list[CurvePoint] = []
    for item in raw:
        entry = check.mapping(item, line, "scoring", "time", "curve")
        if entry is None:
            continue
        check.keys(entry, "scoring", "time", required=("share", "score"))
        share = check.number(entry, "share", "scoring", "time", low=0.0, high=1.0)
        score = check.number(entry, "score", "scoring", "time", low=1.0, high=5.0)
        if share is not None and score is not None:
            result.append(CurvePoint(share, score))
    if len(result) != len(raw):
        return None  # each broken point was reported above
    shares = [point.share for point in result]
    scores = [point.score for point in result]
    # More time never scores lighter: shares rise and scores do not.
    if shares != sorted(set(shares)) or scores != sorted(scores, reverse=True):
        check.add("curve_order", line, "scoring", "time")
        return None
    return tuple(result)


def _phase(
    check: Checker, node: YamlMapping, questions: Mapping[str, Question]
) -> PhaseConfig | None:
    if "phase" not in node:
        return None
    phase = check.mapping(node["phase"], check.line_of(node, "phase"), "scoring", "phase", "phase")
    if phase is None:
        return None
    check.keys(
        phase, "scoring", "phase", required=("question", "joining"), optional=("new_member",)
    )
    ref = _question_ref(check, phase, "question", phase.get("question"), questions, "choice")
    joining = check.string(phase, "joining", "scoring", "phase")
    if ref is not None and joining is not None and questions[ref].choice(joining) is None:
        check.add(
            "when_value",
            check.line_of(phase, "joining"),
            "scoring",
            "phase",
            ref=ref,
            value=joining,
            allowed=allowed_values(questions[ref]),
        )
        joining = None
    new_member = None
    if "new_member" in phase:
        new_member = read_condition(
            check, phase, "new_member", "scoring", "phase", list(questions.values()), set(questions)
        )
        if new_member is None:
            return None
    if ref is None or joining is None:
        return None
    return PhaseConfig(ref, joining, new_member)
