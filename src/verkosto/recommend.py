"""Decide the recommendation from the scores (pure): keys and parameters, never words.

The rules follow the article "Verkostot työn tukena"; each is named where it is applied.
The verdict's rules are in `rules`, the what-would-change search in `changes`; this module
gives the verdict its reasons, steps and review date. Thresholds and texts live in
questions.yaml; `explain` turns what this returns into words.
"""

from __future__ import annotations

import calendar
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date

from verkosto.changes import (
    VerdictChange,
    unanswered_changes,
    unanswered_relevance,
    what_would_change,
)
from verkosto.instrument.model import Answer, Instrument, Step
from verkosto.rules import (
    RANK,
    Decision,
    Inputs,
    ParamValue,
    decide,
    decide_answers,
    inputs,
    level,
    outcome_for,
    relevant_min,
)
from verkosto.scoring import INSUFFICIENT, Scores

# At most this many reasons on a screen: the ones that decide first.
MAX_REASONS = 4
# Facts whose step comes before all others when it applies.
_URGENT_FACTS = frozenset({"unbacked"})

# Names other modules and the tests import from here.
__all__ = [
    "RANK",
    "VerdictChange",
    "ParamValue",
    "Reason",
    "Recommendation",
    "StepRef",
    "add_months",
    "level",
    "outcome_for",
    "recommend",
    "what_would_change",
]


@dataclass(frozen=True)
class Reason:
    """One reason: a key of `recommendation.reasons` and the values for its placeholders."""

    key: str
    params: Mapping[str, ParamValue] = field(default_factory=dict)


@dataclass(frozen=True)
class StepRef:
    """A step of the instrument: an outcome's or a dimension's, by position."""

    owner: str  # "outcome" or "dimension"
    id: str
    index: int

    def step(self, instrument: Instrument) -> Step:
        """Return the step this refers to."""
        if self.owner == "outcome":
            return instrument.recommendation.outcomes[self.id].steps[self.index]
        return instrument.dimension(self.id).steps[self.index]


@dataclass(frozen=True)
class Recommendation:
    """The verdict and everything that explains it."""

    id: str
    joining: bool
    reasons: tuple[Reason, ...]
    steps: tuple[StepRef, ...]
    next_review: date
    drivers: tuple[str, ...]
    facts: frozenset[str] = frozenset()
    # A change this small in the benefit or the cost would move the verdict.
    borderline: bool = False
    changes: tuple[VerdictChange, ...] = ()


def add_months(day: date, months: int) -> date:
    """Return the same day `months` later, clamped to the month's last day."""
    years, month_index = divmod(day.month - 1 + months, 12)
    year = day.year + years
    month = month_index + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _borderline(instrument: Instrument, x: Inputs, outcome: str) -> bool:
    """Return whether a small nudge to the benefit, the cost or an hour a month moves it."""
    if outcome == "incomplete" or x.benefit is None or x.cost is None:
        return False
    margin = instrument.recommendation.borderline_margin
    nudges = [
        replace(x, benefit=min(5.0, x.benefit + margin)),
        replace(x, benefit=max(1.0, x.benefit - margin)),
        replace(x, cost=min(5.0, x.cost + margin)),
        replace(x, cost=max(1.0, x.cost - margin)),
    ]
    if x.unagreed_share is not None and x.worktime:
        hour = 1 / x.worktime
        nudges += [
            replace(x, unagreed_share=x.unagreed_share + hour),
            replace(x, unagreed_share=max(0.0, x.unagreed_share - hour)),
        ]
    now = level(outcome, x.joining)

    def level_of(nudged: Inputs) -> int | None:
        moved = decide(instrument, nudged).outcome
        # A nudge may make an unanswered relevance decide the verdict ("find out").
        return None if moved == "incomplete" else level(moved, x.joining)

    return any(level_of(n) != now for n in nudges)


def recommend(
    instrument: Instrument,
    scores: Scores,
    answers: Mapping[str, Answer],
    today: date,
    search: bool = True,
) -> Recommendation:
    """Decide the verdict, its reasons, steps, review date and what would change it."""
    config = instrument.recommendation
    x = inputs(instrument, scores)
    decision = decide_answers(instrument, answers, scores)
    outcome = decision.outcome
    facts = set(scores.facts)
    if "support" in decision.applied or (
        x.small_org and x.support is not None and x.support >= config.support_min
    ):
        facts.add("support_matters")
    if outcome == "lighten" or (outcome == "leave" and not x.joining):
        facts.add("scaling_back")
    reasons, drivers = _reasons(instrument, scores, answers, x, decision)
    chosen = config.outcomes[outcome]
    if "find_out" in decision.applied:
        changes = unanswered_changes(instrument, answers) if search else ()
    else:
        changes = what_would_change(instrument, answers, outcome) if search else ()
    return Recommendation(
        id=outcome,
        joining=scores.joining,
        reasons=tuple(reasons),
        steps=tuple(_next_steps(instrument, scores, answers, decision, frozenset(facts))),
        next_review=add_months(today, chosen.review_months),
        drivers=tuple(dict.fromkeys(drivers)),
        facts=frozenset(facts),
        # (Weighed answer by answer, an unanswered relevance has no small nudge.)
        borderline=(
            _borderline(instrument, x, outcome)
            if not {"find_out", "relevance_moot"} & decision.applied
            else False
        ),
        changes=changes,
    )


# Reasons in the order a reader needs them: what moved the verdict, then (for scaling back
# or leaving) the burden behind it, the balance, the rest, concerns, strengths.
def _scales_back(outcome: str) -> bool:
    """Return whether the verdict is to scale back or leave (not "find out": it is not ranked)."""
    return RANK.get(outcome, 2) <= 1


_MOVED, _BURDEN, _BACKING, _BALANCE, _CONTEXT, _CONCERN, _STRENGTH = range(7)
# Said whatever else is said: that the answers left out would not change the verdict.
_ALWAYS_SAID = frozenset({"relevance_moot"})


@dataclass
class _Said:
    """Reasons gathered with their place in the order, and the dimensions behind them."""

    entries: list[tuple[int, Reason, str | None]] = field(default_factory=list)

    def add(self, rank: int, key: str, driver: str | None = None, /, **params: ParamValue) -> None:
        self.entries.append((rank, Reason(key, params), driver))

    def keys(self) -> set[str]:
        return {reason.key for _, reason, _ in self.entries}

    def first(self, limit: int) -> tuple[list[Reason], list[str]]:
        """Return the `limit` reasons that decide first, and the dimensions behind them."""
        ordered = sorted(self.entries, key=lambda entry: entry[0])
        chosen = ordered[:limit]
        for entry in ordered[limit:]:
            if entry[1].key in _ALWAYS_SAID and chosen:
                chosen[-1] = entry  # it ranks after every chosen one: the order holds
        return (
            [reason for _, reason, _ in chosen],
            [driver for _, _, driver in chosen if driver is not None],
        )


def _answer(value: float) -> ParamValue:
    """Return a whole answer as a whole number: "2", not "2,0"."""
    return int(value) if float(value).is_integer() else value


def _reasons(
    instrument: Instrument,
    scores: Scores,
    answers: Mapping[str, Answer],
    x: Inputs,
    decision: Decision,
) -> tuple[list[Reason], list[str]]:
    """Return the reasons for the verdict, as keys and values, and the dimensions behind it."""
    said = _Said()
    if decision.outcome == "incomplete" and "find_out" not in decision.applied:
        missing = tuple(
            d.id for d in instrument.dimensions if scores.dimensions[d.id].score is None
        )
        said.add(_MOVED, "insufficient", None, dimensions=missing)
        return said.first(MAX_REASONS)
    _moved_reasons(instrument, scores, answers, x, decision, said)
    _balance_reasons(instrument, x, decision, said)
    _rule_reasons(instrument, scores, answers, x, decision, said)
    _time_reasons(instrument, scores, decision, said)
    _dimension_reasons(instrument, scores, decision, said)
    return said.first(MAX_REASONS)


def _moved_reasons(
    instrument: Instrument,
    scores: Scores,
    answers: Mapping[str, Answer],
    x: Inputs,
    decision: Decision,
    said: _Said,
) -> None:
    """Name each floor or cap that moved the verdict first, saying that it did."""
    months = instrument.recommendation.outcomes[decision.outcome].review_months
    for name in decision.moved:
        found = _moved_by_relevance(instrument, answers, x, name) or _moved_by_person(
            instrument, scores, x, name, months
        )
        if found is not None:
            key, driver, params = found
            said.add(_MOVED, key, driver, **params)


# A reason that a floor or cap moved the verdict: its key, its driver and its parameters.
_Moved = tuple[str, str | None, dict[str, ParamValue]]


def _moved_by_relevance(
    instrument: Instrument, answers: Mapping[str, Answer], x: Inputs, name: str
) -> _Moved | None:
    """Return the reason of a cap or floor about relevance and evidence, if `name` is one."""
    core = instrument.scoring.core_dimension
    if name == "find_out":
        return "relevance_unknown", core, {"questions": unanswered_relevance(instrument, answers)}
    if name == "relevance" and x.relevance is not None:
        low = x.relevance < relevant_min(instrument)
        return (
            "relevance_low_caps" if low else "relevance_partial",
            core,
            {"score": _answer(x.relevance)},
        )
    if name == "core" and x.relevance is not None:
        return "core_keep", core, {"score": _answer(x.relevance)}
    if name == "thin":
        return "thin_evidence", None, {"dimensions": x.thin}
    if name == "unbacked":
        return "unbacked", None, {"score": _answer(_backing(instrument, answers) or 0)}
    return None


def _moved_by_person(
    instrument: Instrument, scores: Scores, x: Inputs, name: str, months: int
) -> _Moved | None:
    """Return the reason of a floor or cap about the person's situation, if `name` is one."""
    support = instrument.scoring.support
    if name == "support" and support is not None and x.support is not None:
        return "small_org_support", support.dimension, {"score": x.support}
    if name in ("valuable", "no_burden") and x.benefit is not None:
        return name, None, {"benefit": x.benefit}
    if name == "new":
        founding = "founding" in scores.facts
        return ("founding" if founding else "new_member"), None, {"months": months}
    if name == "trial":
        return "joining_trial", None, {"months": months}
    if name == "join_light":
        return "joining_light", None, {}
    if name == "zero":
        return "time_zero", instrument.scoring.time.dimension, {}
    return None


def _backing_question(instrument: Instrument) -> str | None:
    """Return the question that says whether the supervisor backs taking part, if any."""
    conditions = instrument.scoring.situations.get("unbacked", ())
    questions = [c.question for c in conditions if instrument.has_question(c.question)]
    return questions[0] if questions else None


def _backing(instrument: Instrument, answers: Mapping[str, Answer]) -> float | None:
    """Return the answer on the supervisor's backing, as it was given."""
    qid = _backing_question(instrument)
    value = answers.get(qid) if qid is not None else None
    return float(value) if isinstance(value, (int, float)) else None


def _balance_reasons(instrument: Instrument, x: Inputs, decision: Decision, said: _Said) -> None:
    config = instrument.recommendation
    assert x.benefit is not None and x.cost is not None
    ratio = round(x.benefit / x.cost, 2)  # as shown, and as decided
    scaling_back = _scales_back(decision.outcome)
    burden = _BURDEN if scaling_back else _BALANCE
    if ratio < config.break_even_ratio:
        said.add(burden, "balance_low", None, benefit=x.benefit, cost=x.cost, ratio=ratio)
    elif x.benefit < config.continue_min_benefit:
        # Light costs beside small benefits: say the benefits are small, not that they
        # outweigh the costs.
        said.add(
            burden, "benefit_low", None, benefit=x.benefit, threshold=config.continue_min_benefit
        )
        return
    elif ratio >= config.worth_it_ratio:
        said.add(_BALANCE, "balance_clear", None, benefit=x.benefit, cost=x.cost, ratio=ratio)
    elif "no_burden" not in decision.moved:
        # (When light costs lifted the verdict, their reason already says this.)
        said.add(
            _BALANCE,
            "balance_even",
            None,
            benefit=x.benefit,
            cost=x.cost,
            ratio=ratio,
            threshold=config.worth_it_ratio,
        )
    if x.benefit < config.continue_min_benefit:
        said.add(
            burden, "benefit_low", None, benefit=x.benefit, threshold=config.continue_min_benefit
        )
    if decision.outcome == "invest":  # (never with benefits below the line above)
        said.add(
            _CONTEXT,
            "benefit_high",
            instrument.scoring.core_dimension,
            benefit=x.benefit,
            threshold=config.invest_min_benefit,
        )


def _rule_reasons(
    instrument: Instrument,
    scores: Scores,
    answers: Mapping[str, Answer],
    x: Inputs,
    decision: Decision,
    said: _Said,
) -> None:
    """Name what the article weighs that did not move the verdict but bears on it."""
    outcome, applied = decision.outcome, decision.applied
    core = instrument.scoring.core_dimension
    if (
        "irrelevant" in applied
        and x.relevance is not None
        and not ({"relevance_low", "relevance_low_caps"} & said.keys())
    ):
        said.add(_BURDEN, "relevance_low", core, score=_answer(x.relevance))
    if x.unbacked and "unbacked" not in said.keys():
        # Named whenever it holds, before the balance; first when it held the verdict. (No
        # dimension behind it: a concern in the same dimension is still named.)
        said.add(_BACKING, "unbacked", None, score=_answer(_backing(instrument, answers) or 0))
    if "relevance_moot" in applied:
        # Early, and never dropped by the four-reason limit (_Said.first): the person asked
        # nothing else. Under a verdict to scale back or leave, the burden that decided is
        # named before it.
        said.add(
            _BACKING if _scales_back(outcome) else _BURDEN,
            "relevance_moot",
            instrument.scoring.core_dimension,
            questions=unanswered_relevance(instrument, answers),
        )
    reciprocity = instrument.scoring.reciprocity_dimension
    if reciprocity is None:
        return
    dim = scores.dimensions[reciprocity]
    # When the network serves neither the work nor the organisation, that decides, and
    # clarifying its goals would not change it.
    if (
        "irrelevant" not in applied
        and dim.score is not None
        and dim.level == instrument.scoring.levels[-1].id
        and _scales_back(outcome)
    ):
        said.add(_BURDEN, "reciprocity_low", reciprocity, score=dim.score)


def _time_reasons(instrument: Instrument, scores: Scores, decision: Decision, said: _Said) -> None:
    time, applied = scores.time, decision.applied
    time_dim = instrument.scoring.time.dimension
    config = instrument.recommendation
    if "coordinator" in scores.facts and not time.agreed and time.hours_per_month:
        # "Coordinating is my job" with no hours agreed: the answers disagree; say which.
        said.add(_CONTEXT, "coordinator_unagreed")
    if "zero" in applied or time.hours_per_month is None or time.share is None:
        return
    hours: dict[str, ParamValue] = {
        "hours": time.hours_per_month,
        "unagreed": time.unagreed or 0.0,
        "share": time.unagreed_share if time.unagreed_share is not None else 0.0,
    }
    moved = set(decision.moved)
    if "time_heavy" in applied:
        said.add(
            _MOVED if "time_heavy" in moved else _BURDEN,
            "time_heavy",
            time_dim,
            limit=config.heavy_share,
            **hours,
        )
    elif "time_high" in applied and RANK.get(decision.outcome, 2) >= 1:
        said.add(
            _MOVED if "time_high" in moved else _BURDEN,
            "time_high",
            time_dim,
            limit=config.high_share,
            **hours,
        )
    elif not time.hours_per_month:
        said.add(_CONTEXT, "time_none")
    elif time.agreed and not time.unagreed:
        said.add(_CONTEXT, "time_agreed_all", hours=time.hours_per_month, agreed=time.agreed)
    elif time.agreed:
        said.add(_CONTEXT, "time_agreed", agreed=time.agreed, **hours)
    else:
        said.add(_CONTEXT, "time_share", hours=time.hours_per_month, share=time.share)


def _dimension_reasons(
    instrument: Instrument, scores: Scores, decision: Decision, said: _Said
) -> None:
    levels = instrument.scoring.levels
    top_level, bottom_level = levels[0].id, levels[-1].id
    outcome = decision.outcome
    time_dim = instrument.scoring.time.dimension
    named = {driver for _, _, driver in said.entries if driver is not None}
    scored = [
        d
        for d in scores.dimensions.values()
        if d.score is not None and d.id not in named and d.id != time_dim
    ]
    scored.sort(key=lambda d: (d.score or 0.0, d.id))
    scaling_back = _scales_back(outcome)
    concerns = [d for d in scored if d.level == bottom_level]
    for dim in concerns:
        cost = instrument.dimension(dim.id).side == "cost"
        said.add(
            _BURDEN if scaling_back and cost else _CONCERN,
            "dimension_concern",
            dim.id,
            dimension=dim.id,
            score=dim.score or 0,
        )
    if outcome in ("lighten", "leave", "give_time") and not concerns:
        # Name what held the verdict down even when nothing is an outright concern.
        for dim in [d for d in scored if d.level != top_level][:2]:
            said.add(_CONCERN, "dimension_discuss", dim.id, dimension=dim.id, score=dim.score or 0)
    if outcome in ("invest", "continue", "give_time"):
        strengths = [d for d in reversed(scored) if d.level == top_level]
        for dim in strengths[:2]:
            said.add(_STRENGTH, "dimension_strength", None, dimension=dim.id, score=dim.score or 0)


def _fitting(
    owner: str,
    ident: str,
    steps: tuple[Step, ...],
    answers: Mapping[str, Answer],
    facts: frozenset[str],
) -> list[StepRef]:
    """Return the steps of one owner that fit the person's answers and situation."""
    return [
        StepRef(owner, ident, i) for i, step in enumerate(steps) if step.applies(answers, facts)
    ]


def _next_steps(
    instrument: Instrument,
    scores: Scores,
    answers: Mapping[str, Answer],
    decision: Decision,
    facts: frozenset[str],
) -> list[StepRef]:
    """Pick 2–4 steps: the verdict's first, then the weakest dimensions', then the rest."""
    config = instrument.recommendation
    outcome = decision.outcome
    dims = scores.dimensions
    levels = [level.id for level in instrument.scoring.levels]
    weak = [
        d
        for d in dims.values()
        if d.level != INSUFFICIENT and d.level != levels[0] and d.score is not None
    ]
    weak.sort(key=lambda d: (-levels.index(d.level), d.score, d.id))

    def of_dimension(did: str) -> list[StepRef]:
        return _fitting("dimension", did, instrument.dimension(did).steps, answers, facts)

    own = config.outcomes[outcome].steps
    outcome_steps = _fitting("outcome", outcome, own, answers, facts)
    # A step written for a fact that decides (the supervisor's backing missing) comes first.
    urgent = [
        ref
        for d in instrument.dimensions
        for ref in of_dimension(d.id)
        if set(ref.step(instrument).facts) & _URGENT_FACTS
    ]
    # "Vastavuoroisuus on verkostoitumisen ydin": when it holds the verdict down, the first
    # thing to do is to raise it in the network, also before deciding to leave.
    remedy: list[StepRef] = []
    reciprocity = instrument.scoring.reciprocity_dimension
    if (
        reciprocity is not None
        and "irrelevant" not in decision.applied
        and _scales_back(outcome)
        and dims[reciprocity].level == levels[-1]
    ):
        remedy = of_dimension(reciprocity)[:1]
    if "core" in decision.moved:
        # "Toimintatapoja päivittää tarvittaessa": the weakest cost dimension's remedy (the
        # network's ways of working) comes before cutting back.
        for dim in weak:
            if instrument.dimension(dim.id).side == "cost" and dim.id != (
                instrument.scoring.time.dimension
            ):
                remedy += of_dimension(dim.id)[:1]
                break
    if outcome in ("leave", "incomplete"):
        # Advice on improving the network would contradict the advice to leave it,
        # and with too few answers nothing is known to be weak.
        # (Nor does agreeing on more backing fit the advice to leave.)
        return list(dict.fromkeys(remedy + outcome_steps))[: config.max_steps]
    # A step written for this person's situation (a lead role, founding) is the most specific.
    personal = [
        ref for ref in outcome_steps if own[ref.index].when is not None or own[ref.index].facts
    ]
    dimension_steps = [of_dimension(d.id) for d in weak]
    ordered: list[StepRef] = remedy + urgent + personal + outcome_steps[:1]
    ordered += [steps[0] for steps in dimension_steps if steps]
    ordered += outcome_steps[1:]
    ordered += [steps[1] for steps in dimension_steps if len(steps) > 1]
    unique = list(dict.fromkeys(ordered))
    return unique[: config.max_steps]
