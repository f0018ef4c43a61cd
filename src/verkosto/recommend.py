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

from verkosto.changes import Change, what_would_change
from verkosto.instrument import Answer, Instrument, Step
from verkosto.rules import (
    RANK,
    Decision,
    Inputs,
    ParamValue,
    decide,
    inputs,
    level,
    outcome_for,
)
from verkosto.scoring import INSUFFICIENT, Scores

# Names other modules and the tests import from here.
__all__ = [
    "RANK",
    "Change",
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
    changes: tuple[Change, ...] = ()


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
        nudges += [replace(x, unagreed_share=x.unagreed_share + hour),
                   replace(x, unagreed_share=max(0.0, x.unagreed_share - hour))]
    now = level(outcome, x.joining)
    return any(level(decide(instrument, n).outcome, x.joining) != now for n in nudges)


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
    decision = decide(instrument, x)
    outcome = decision.outcome
    facts = set(scores.facts)
    if "support" in decision.applied or (
        x.small_org and x.support is not None and x.support >= config.support_min
    ):
        facts.add("support_matters")
    reasons, drivers = _reasons(instrument, scores, x, decision)
    chosen = config.outcomes[outcome]
    return Recommendation(
        id=outcome,
        joining=scores.joining,
        reasons=tuple(reasons),
        steps=tuple(_next_steps(instrument, scores, answers, outcome, frozenset(facts),
                                "irrelevant" in decision.applied)),
        next_review=add_months(today, chosen.review_months),
        drivers=tuple(dict.fromkeys(drivers)),
        facts=frozenset(facts),
        borderline=_borderline(instrument, x, outcome),
        changes=what_would_change(instrument, answers, outcome) if search else (),
    )


@dataclass
class _Said:
    """Reasons gathered in order, and the dimensions that drove the verdict."""

    reasons: list[Reason] = field(default_factory=list)
    drivers: list[str] = field(default_factory=list)

    def add(self, key: str, driver: str | None = None, /, **params: ParamValue) -> None:
        self.reasons.append(Reason(key, params))
        if driver is not None:
            self.drivers.append(driver)


def _reasons(
    instrument: Instrument, scores: Scores, x: Inputs, decision: Decision
) -> tuple[list[Reason], list[str]]:
    """Return the reasons for the verdict, as keys and values, and the dimensions behind it."""
    said = _Said()
    if decision.outcome == "incomplete":
        missing = tuple(d.id for d in instrument.dimensions
                        if scores.dimensions[d.id].score is None)
        said.add("insufficient", dimensions=missing)
        return said.reasons, list(missing)
    _balance_reasons(instrument, x, decision, said)
    _rule_reasons(instrument, scores, x, decision, said)
    _time_reasons(instrument, scores, decision, said)
    _dimension_reasons(instrument, scores, decision, said)
    return said.reasons, said.drivers


def _balance_reasons(
    instrument: Instrument, x: Inputs, decision: Decision, said: _Said
) -> None:
    config = instrument.recommendation
    assert x.benefit is not None and x.cost is not None
    ratio = round(x.benefit / x.cost, 2)  # as shown, and as decided
    key = ("balance_clear" if ratio >= config.worth_it_ratio
           else "balance_even" if ratio >= config.break_even_ratio else "balance_low")
    said.add(key, benefit=x.benefit, cost=x.cost)
    if x.benefit < config.continue_min_benefit:
        said.add("benefit_low", benefit=x.benefit, threshold=config.continue_min_benefit)
    if decision.outcome == "invest":
        said.add("benefit_high", instrument.scoring.core_dimension, benefit=x.benefit,
                 threshold=config.invest_min_benefit)


def _rule_reasons(
    instrument: Instrument, scores: Scores, x: Inputs, decision: Decision, said: _Said
) -> None:
    """Name each floor or cap that moved the verdict, in the article's order of weighing."""
    outcome, applied = decision.outcome, decision.applied
    core = instrument.scoring.core_dimension
    if "irrelevant" in applied and x.relevance is not None:
        said.add("relevance_low", core, score=x.relevance)
    elif "relevance" in applied:
        # The relevance cap held the verdict down: say so, whatever the balance says.
        if x.relevance is None:
            said.add("relevance_unknown", core)
        else:
            said.add("relevance_partial", core, score=x.relevance)
    support = instrument.scoring.support
    if "support" in applied and x.support is not None:
        said.add("small_org_support", support.dimension if support else None, score=x.support)
    if "valuable" in applied and x.benefit is not None:
        said.add("valuable", benefit=x.benefit)
    months = instrument.recommendation.outcomes[outcome].review_months
    if "new" in applied:
        said.add("founding" if "founding" in scores.facts else "new_member", months=months)
    if "trial" in applied:
        said.add("joining_trial", months=months)
    if "thin" in applied and RANK[outcome] >= 2:
        said.add("thin_evidence", dimensions=x.thin)
    reciprocity = instrument.scoring.reciprocity_dimension
    if reciprocity is None:
        return
    dim = scores.dimensions[reciprocity]
    # When the network serves neither the work nor the organisation, that decides, and
    # clarifying its goals would not change it.
    if ("irrelevant" not in applied and dim.score is not None
            and dim.level == instrument.scoring.levels[-1].id and RANK[outcome] <= 1):
        said.add("reciprocity_low", reciprocity, score=dim.score)


def _time_reasons(
    instrument: Instrument, scores: Scores, decision: Decision, said: _Said
) -> None:
    time, applied = scores.time, decision.applied
    time_dim = instrument.scoring.time.dimension
    if "coordinator" in scores.facts and not time.agreed and time.hours_per_month:
        # "Coordinating is my job" with no hours agreed: the answers disagree; say which.
        said.add("coordinator_unagreed")
    if "zero" in applied:
        said.add("time_zero")
        return
    if time.hours_per_month is None or time.share is None:
        return
    hours: dict[str, ParamValue] = {
        "hours": time.hours_per_month, "unagreed": time.unagreed or 0.0,
        "share": time.unagreed_share if time.unagreed_share is not None else 0.0,
    }
    if "time_heavy" in applied:
        said.add("time_heavy", time_dim, **hours)
    elif "time_high" in applied and RANK[decision.outcome] >= 2:
        said.add("time_high", time_dim, **hours)
    elif time.agreed:
        said.add("time_agreed", agreed=time.agreed, **hours)
    else:
        said.add("time_share", hours=time.hours_per_month, share=time.share)


def _dimension_reasons(
    instrument: Instrument, scores: Scores, decision: Decision, said: _Said
) -> None:
    levels = instrument.scoring.levels
    top_level, bottom_level = levels[0].id, levels[-1].id
    outcome = decision.outcome
    time_dim = instrument.scoring.time.dimension
    scored = [d for d in scores.dimensions.values()
              if d.score is not None and d.id not in said.drivers]
    scored.sort(key=lambda d: (d.score or 0.0, d.id))
    concerns = [d for d in scored if d.level == bottom_level]
    for dim in concerns:
        said.add("dimension_concern", dim.id, dimension=dim.id, score=dim.score or 0)
    if outcome in ("lighten", "leave", "give_time") and not concerns:
        # Name what held the verdict down even when nothing is an outright concern.
        for dim in [d for d in scored if d.level != top_level][:2]:
            said.add("dimension_discuss", dim.id, dimension=dim.id, score=dim.score or 0)
    if outcome in ("invest", "continue", "give_time"):
        # No hours is no strength worth naming: it says only that the network takes none.
        strengths = [d for d in reversed(scored) if d.level == top_level
                     and not (d.id == time_dim and not scores.time.hours_per_month)]
        for dim in strengths[:2]:
            said.add("dimension_strength", dimension=dim.id, score=dim.score or 0)


def _next_steps(
    instrument: Instrument,
    scores: Scores,
    answers: Mapping[str, Answer],
    outcome: str,
    facts: frozenset[str],
    irrelevant: bool = False,
) -> list[StepRef]:
    """Pick 2–4 steps: the verdict's first, then the weakest dimensions', then the rest."""
    config = instrument.recommendation
    dims = scores.dimensions
    levels = [level.id for level in instrument.scoring.levels]
    weak = [
        d for d in dims.values()
        if d.level != INSUFFICIENT and d.level != levels[0] and d.score is not None
    ]
    weak.sort(key=lambda d: (-levels.index(d.level), d.score, d.id))

    def fitting(owner: str, ident: str, steps: tuple[Step, ...]) -> list[StepRef]:
        return [StepRef(owner, ident, i) for i, step in enumerate(steps)
                if step.applies(answers, facts)]

    own = config.outcomes[outcome].steps
    outcome_steps = fitting("outcome", outcome, own)
    # "Vastavuoroisuus on verkostoitumisen ydin": when it holds the verdict down, the first
    # thing to do is to raise it in the network, also before deciding to leave.
    remedy: list[StepRef] = []
    reciprocity = instrument.scoring.reciprocity_dimension
    if (reciprocity is not None and not irrelevant and RANK.get(outcome, 3) <= 1
            and dims[reciprocity].level == levels[-1]):
        remedy = fitting("dimension", reciprocity, instrument.dimension(reciprocity).steps)[:1]
    if outcome in ("leave", "incomplete"):
        # Advice on improving the network would contradict the advice to leave it,
        # and with too few answers nothing is known to be weak.
        return list(dict.fromkeys(remedy + outcome_steps))[: config.max_steps]
    # A step written for this person's situation (a lead role, founding) is the most specific.
    personal = [ref for ref in outcome_steps
                if own[ref.index].when is not None or own[ref.index].facts]
    dimension_steps = [
        fitting("dimension", d.id, instrument.dimension(d.id).steps) for d in weak
    ]
    ordered: list[StepRef] = remedy + personal + outcome_steps[:1]
    ordered += [steps[0] for steps in dimension_steps if steps]
    ordered += outcome_steps[1:]
    ordered += [steps[1] for steps in dimension_steps if len(steps) > 1]
    unique = list(dict.fromkeys(ordered))
    return unique[: config.max_steps]
