"""The steps a verdict suggests (pure): 2–4 of the instrument's steps, by reference.

The verdict's own steps, the weakest dimensions' and a remedy first where one holds the
verdict down, picked to fit the person's answers and situation. `recommend` asks for them
once the verdict is decided by `rules`; `explain` puts them into words.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from verkosto.instrument.model import Answer, Instrument, Step
from verkosto.rules import Decision, scales_back
from verkosto.scoring import INSUFFICIENT, DimensionScore, Scores

# Facts whose step comes before all others when it applies.
_URGENT_FACTS = frozenset({"unbacked"})


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


def next_steps(
    instrument: Instrument,
    scores: Scores,
    answers: Mapping[str, Answer],
    decision: Decision,
    facts: frozenset[str],
) -> list[StepRef]:
    """Pick 2–4 steps: the verdict's first, then the weakest dimensions', then the rest."""
    config = instrument.recommendation
    outcome = decision.outcome
    weak = _weakest(instrument, scores)

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
    remedy = _remedies(instrument, scores, decision, weak, of_dimension)
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


def _weakest(instrument: Instrument, scores: Scores) -> list[DimensionScore]:
    """Return the scored dimensions below the top level, the weakest first."""
    levels = [level.id for level in instrument.scoring.levels]
    weak = [
        d
        for d in scores.dimensions.values()
        if d.level != INSUFFICIENT and d.level != levels[0] and d.score is not None
    ]
    weak.sort(key=lambda d: (-levels.index(d.level), d.score, d.id))
    return weak


def _remedies(
    instrument: Instrument,
    scores: Scores,
    decision: Decision,
    weak: list[DimensionScore],
    of_dimension: Callable[[str], list[StepRef]],
) -> list[StepRef]:
    """Return the steps that mend what holds the verdict down, to come before all others."""
    # "Vastavuoroisuus on verkostoitumisen ydin": when it holds the verdict down, the first
    # thing to do is to raise it in the network, also before deciding to leave.
    remedy: list[StepRef] = []
    reciprocity = instrument.scoring.reciprocity_dimension
    if (
        reciprocity is not None
        and "irrelevant" not in decision.applied
        and scales_back(decision.outcome)
        and scores.dimensions[reciprocity].level == instrument.scoring.levels[-1].id
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
    return remedy
