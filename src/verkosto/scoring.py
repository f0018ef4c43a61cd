"""Score answers: dimension means, time use and the benefit/cost balance (pure functions)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from verkosto.instrument import Answer, Instrument, Level, Question, applicable

INSUFFICIENT = "insufficient"


@dataclass(frozen=True)
class DimensionScore:
    """A dimension's score on 1–5 (higher is better for the worker) and its level id."""

    id: str
    score: float | None
    level: str
    answered: int
    asked: int


@dataclass(frozen=True)
class TimeUse:
    """Monthly hours the network takes and their share of working time."""

    hours: Mapping[str, float]
    hours_per_month: float | None
    worktime: float | None
    share: float | None
    score: float | None


@dataclass(frozen=True)
class Balance:
    """Mean benefit (1–5), cost burden (1–5, higher is heavier) and their ratio."""

    benefit: float | None
    cost: float | None
    ratio: float | None


@dataclass(frozen=True)
class Scores:
    """Everything the recommendation is based on."""

    dimensions: Mapping[str, DimensionScore]
    time: TimeUse
    balance: Balance
    joining: bool
    new_member: bool


def item_value(question: Question, value: Answer) -> float | None:
    """Return a scale answer as a 1–5 score, flipped for reverse-coded items."""
    if question.type != "scale" or not isinstance(value, (int, float)) or isinstance(value, bool):
        return None
    return 6.0 - value if question.reverse else float(value)


def level_for(levels: tuple[Level, ...], score: float | None) -> str:
    """Return the id of the level band that `score` falls in."""
    if score is None:
        return INSUFFICIENT
    for level in levels:
        if score >= level.min:
            return level.id
    return levels[-1].id


def time_use(instrument: Instrument, answers: Mapping[str, Answer]) -> TimeUse:
    """Sum the monthly hours and score their share of working time by the YAML bands."""
    config = instrument.scoring.time
    hours: dict[str, float] = {}
    for qid in config.hours:
        value = answers.get(qid)
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            hours[qid] = float(value)
    total = round(sum(hours.values()), 2) if hours else None
    raw_worktime = answers.get(config.worktime)
    worktime = (
        float(raw_worktime)
        if isinstance(raw_worktime, (int, float)) and not isinstance(raw_worktime, bool)
        and raw_worktime > 0
        else None
    )
    share = round(total / worktime, 4) if total is not None and worktime else None
    score = None
    if share is not None:
        for band in config.bands:
            if band.max_share is None or share <= band.max_share:
                score = band.score
                break
    return TimeUse(hours, total, worktime, share, score)


def _mean(values: list[tuple[float, float]]) -> float | None:
    weight = sum(w for _, w in values)
    if not values or weight <= 0:
        return None
    return sum(v * w for v, w in values) / weight


def _side_mean(
    instrument: Instrument, dimensions: Mapping[str, DimensionScore], side: str
) -> float | None:
    """Weighted mean of one side's dimension scores; None when too few of them have one."""
    on_side = [d for d in instrument.dimensions if d.side == side]
    parts = [
        (value, d.weight) for d in on_side if (value := dimensions[d.id].score) is not None
    ]
    # One answered dimension out of five must not decide the whole balance.
    if not on_side or len(parts) / len(on_side) < instrument.scoring.min_answered_share:
        return None
    return _mean(parts)


def score(instrument: Instrument, answers: Mapping[str, Answer]) -> Scores:
    """Score every dimension and the balance of benefit against cost."""
    asked = applicable(instrument, answers)
    levels = instrument.scoring.levels
    time = time_use(instrument, answers)
    dimensions: dict[str, DimensionScore] = {}
    for dimension in instrument.dimensions:
        if dimension.id == instrument.scoring.time.dimension:
            items = [q for q in asked if q.id in instrument.scoring.time.hours]
            answered = sum(1 for q in items if q.id in time.hours)
            value = time.score
        else:
            items = [q for q in asked if q.dimension == dimension.id and q.type == "scale"]
            values = [v for q in items if (v := item_value(q, answers.get(q.id))) is not None]
            answered = len(values)
            enough = items and answered / len(items) >= instrument.scoring.min_answered_share
            value = sum(values) / answered if enough and answered else None
        rounded = round(value, 2) if value is not None else None
        dimensions[dimension.id] = DimensionScore(
            dimension.id, rounded, level_for(levels, rounded), answered, len(items)
        )

    benefit = _side_mean(instrument, dimensions, "benefit")
    cost_lightness = _side_mean(instrument, dimensions, "cost")
    # A cost dimension scores lightness; the balance wants burden, on the same 1–5.
    cost = 6.0 - cost_lightness if cost_lightness is not None else None
    benefit = round(benefit, 2) if benefit is not None else None
    cost = round(cost, 2) if cost is not None else None
    ratio = round(benefit / cost, 2) if benefit is not None and cost else None

    phase = instrument.scoring.phase
    joining = answers.get(phase.question) == phase.joining
    new_member = (
        not joining and phase.new_member is not None and phase.new_member.holds(answers)
    )
    return Scores(dimensions, time, Balance(benefit, cost, ratio), joining, new_member)
