"""Decide the recommendation from the scores (pure): keys and parameters, never words.

The rules follow the article "Verkostot työn tukena"; each is named where it is applied.
The verdict's rules are in `rules`, its reasons in `reasons`, its steps in `steps` and the
what-would-change search in `changes`; this module puts them together into one
`Recommendation` with its review date and whether it is borderline. Thresholds and texts
live in questions.yaml; `explain` turns what this returns into words.
"""

from __future__ import annotations

import calendar
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date

from verkosto.changes import VerdictChange, unanswered_changes, what_would_change
from verkosto.instrument.model import Answer, Instrument
from verkosto.reasons import Reason, reasons_for
from verkosto.rules import Inputs, decide, decide_answers, inputs, level
from verkosto.scoring import Scores
from verkosto.steps import StepRef, next_steps


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
    reasons, drivers = reasons_for(instrument, scores, answers, x, decision)
    chosen = config.outcomes[outcome]
    if "find_out" in decision.applied:
        changes = unanswered_changes(instrument, answers) if search else ()
    else:
        changes = what_would_change(instrument, answers, outcome) if search else ()
    return Recommendation(
        id=outcome,
        joining=scores.joining,
        reasons=tuple(reasons),
        steps=tuple(next_steps(instrument, scores, answers, decision, frozenset(facts))),
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
