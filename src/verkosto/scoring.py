"""Score answers: dimension means, time use and the benefit/cost balance (pure functions)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from verkosto.instrument.model import Answer, CurvePoint, Instrument, Level, Question, applicable

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
    """Monthly hours the network takes, the part agreed as the job, and shares of working time.

    The time score weighs only the hours beyond the agreed ones: agreed hours are part of the
    job, not taken from it.
    """

    hours: Mapping[str, float]
    hours_per_month: float | None
    worktime: float | None
    share: float | None
    score: float | None
    agreed: float | None = None
    unagreed_share: float | None = None

    @property
    def unagreed(self) -> float | None:
        """Return the hours a month not agreed as part of the job."""
        if self.hours_per_month is None:
            return None
        return round(max(0.0, self.hours_per_month - (self.agreed or 0.0)), 2)


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
    # The best answer among the relevance questions (core task, organisation's goals).
    relevance: float | None = None
    # Facts about the person (instrument.FACTS) that hold, for the rules and the steps.
    facts: frozenset[str] = frozenset()


def item_value(question: Question, value: Answer) -> float | None:
    """Return a scale answer as a 1–5 score, flipped for reverse-coded items."""
    if question.type != "scale" or not isinstance(value, (int, float)) or isinstance(value, bool):
        return None
    return 6.0 - value if question.reverse else float(value)


def level_for(levels: tuple[Level, ...], score: float | None) -> str:
    """Return the id of the level band that `score` falls in, as the score is shown.

    Scores are shown with one decimal, so 2,97 shows as 3,0 and is "to discuss": the level
    never contradicts the number beside it.
    """
    if score is None:
        return INSUFFICIENT
    shown = round(score, 1)
    for level in levels:
        if shown >= level.min:
            return level.id
    return levels[-1].id


def _number(value: Answer) -> float | None:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    return None


def curve_score(curve: tuple[CurvePoint, ...], share: float) -> float:
    """Return the time score of a share of working time, on straight lines between points."""
    if share <= curve[0].share:
        return curve[0].score
    for low, high in zip(curve, curve[1:], strict=False):
        if share <= high.share:
            part = (share - low.share) / (high.share - low.share)
            return low.score + part * (high.score - low.score)
    return curve[-1].score


def time_use(instrument: Instrument, answers: Mapping[str, Answer]) -> TimeUse:
    """Sum the monthly hours and score the share not agreed as part of the job."""
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
        if isinstance(raw_worktime, (int, float))
        and not isinstance(raw_worktime, bool)
        and raw_worktime > 0
        else None
    )
    share = round(total / worktime, 4) if total is not None and worktime else None
    agreed = _number(answers.get(config.agreed)) if config.agreed else None
    if agreed is not None and total is not None:
        agreed = min(agreed, total)  # more agreed than spent leaves nothing to weigh
    score = unagreed_share = None
    if total is not None and worktime:
        unagreed_share = round(max(0.0, total - (agreed or 0.0)) / worktime, 4)
        score = round(curve_score(config.curve, unagreed_share), 2)
    return TimeUse(hours, total, worktime, share, score, agreed, unagreed_share)


def _mean(values: list[tuple[float, float]]) -> float | None:
    weight = sum(w for _, w in values)
    if not values or weight <= 0:
        return None
    return sum(v * w for v, w in values) / weight


def _side_mean(
    instrument: Instrument,
    dimensions: Mapping[str, DimensionScore],
    side: str,
    weights: Mapping[str, float],
) -> float | None:
    """Weighted mean of one side's dimension scores; None when too few of them have one."""
    on_side = [d for d in instrument.dimensions if d.side == side]
    parts = [
        (value, weights.get(d.id, d.weight))
        for d in on_side
        if (value := dimensions[d.id].score) is not None
    ]
    # One answered dimension out of five must not decide the whole balance.
    if not on_side or len(parts) / len(on_side) < instrument.scoring.min_answered_share:
        return None
    return _mean(parts)


def _scale_mean(
    instrument: Instrument, items: list[Question], answers: Mapping[str, Answer]
) -> tuple[float | None, int]:
    values = [v for q in items if (v := item_value(q, answers.get(q.id))) is not None]
    enough = items and len(values) / len(items) >= instrument.scoring.min_answered_share
    return (sum(values) / len(values) if enough and values else None), len(values)


def _dimension_value(
    instrument: Instrument, items: list[Question], answers: Mapping[str, Answer], new: bool
) -> tuple[float | None, int]:
    """Mean of a dimension's items; for someone new, what shows later counts only if it helps.

    Benefits show slowly and trust builds gradually, so a new member's "not yet" on such an
    item does not lower the score, while a "yes already" still raises it.
    """
    value, answered = _scale_mean(instrument, items, answers)
    later = [q for q in items if q.shows_later]
    if new and later:
        without, answered_without = _scale_mean(
            instrument, [q for q in items if not q.shows_later], answers
        )
        if without is not None and (value is None or without > value):
            return without, answered_without
    return value, answered


def _facts(
    instrument: Instrument,
    answers: Mapping[str, Answer],
    time: TimeUse,
    joining: bool,
    new_member: bool,
) -> frozenset[str]:
    facts = set(instrument.scoring.situation_facts(answers))
    facts.add("joining" if joining else "member")
    if new_member:
        facts.add("new_member")
    meetings = instrument.scoring.time.meetings
    meeting_hours = time.hours.get(meetings, 0.0) if meetings else time.hours_per_month or 0.0
    # Meeting steps only for someone with meeting hours, joining or not (an answer of 0
    # says there are no meetings to attend).
    if meeting_hours > 0:
        facts.add("attends_meetings")
    if (time.unagreed or 0.0) > 0:
        facts.add("unagreed")
    return frozenset(facts)


def score(instrument: Instrument, answers: Mapping[str, Answer]) -> Scores:
    """Score every dimension and the balance of benefit against cost."""
    asked = applicable(instrument, answers)
    levels = instrument.scoring.levels
    time = time_use(instrument, answers)
    phase = instrument.scoring.phase
    joining = answers.get(phase.question) == phase.joining
    new_member = not joining and phase.new_member is not None and phase.new_member.holds(answers)
    facts = _facts(instrument, answers, time, joining, new_member)
    new = new_member or "founding" in facts
    dimensions: dict[str, DimensionScore] = {}
    for dimension in instrument.dimensions:
        if dimension.id == instrument.scoring.time.dimension:
            items = [q for q in asked if q.id in instrument.scoring.time.hours]
            answered = sum(1 for q in items if q.id in time.hours)
            value = time.score
        else:
            items = [q for q in asked if q.dimension == dimension.id and q.type == "scale"]
            value, answered = _dimension_value(instrument, items, answers, new)
        rounded = round(value, 2) if value is not None else None
        dimensions[dimension.id] = DimensionScore(
            dimension.id, rounded, level_for(levels, rounded), answered, len(items)
        )

    weights: dict[str, float] = {}
    support = instrument.scoring.support
    if support is not None and "small_org" in facts:
        # "Especially for small organisations": peer support weighs more there.
        weights[support.dimension] = (
            instrument.dimension(support.dimension).weight * support.small_org_weight
        )
    benefit = _side_mean(instrument, dimensions, "benefit", weights)
    cost_lightness = _side_mean(instrument, dimensions, "cost", weights)
    # A cost dimension scores lightness; the balance wants burden, on the same 1–5.
    cost = 6.0 - cost_lightness if cost_lightness is not None else None
    benefit = round(benefit, 2) if benefit is not None else None
    cost = round(cost, 2) if cost is not None else None
    ratio = round(benefit / cost, 2) if benefit is not None and cost else None

    relevance_values = [
        v
        for qid in instrument.scoring.relevance
        if instrument.has_question(qid)
        and (v := item_value(instrument.question(qid), answers.get(qid))) is not None
    ]
    relevance = max(relevance_values) if relevance_values else None
    return Scores(
        dimensions, time, Balance(benefit, cost, ratio), joining, new_member, relevance, facts
    )
