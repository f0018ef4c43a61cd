"""Why the verdict is what it is (pure): its reasons as keys and parameters, never words.

The reasons come in the order a reader needs them, at most `MAX_REASONS` of them, with the
dimensions behind them (the recommendation's drivers). `recommend` asks for them once the
verdict is decided by `rules`; `explain` puts them into words.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from verkosto.changes import unanswered_relevance
from verkosto.instrument.model import Answer, Instrument
from verkosto.rules import RANK, Decision, Inputs, ParamValue, relevant_min, scales_back
from verkosto.scoring import Scores

# At most this many reasons on a screen: the ones that decide first.
MAX_REASONS = 4


@dataclass(frozen=True)
class Reason:
    """One reason: a key of `recommendation.reasons` and the values for its placeholders."""

    key: str
    params: Mapping[str, ParamValue] = field(default_factory=dict)


# Reasons in the order a reader needs them: what moved the verdict, then (for scaling back
# or leaving) the burden behind it, the balance, the rest, concerns, strengths.


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


def reasons_for(
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
    scaling_back = scales_back(decision.outcome)
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
            _BACKING if scales_back(outcome) else _BURDEN,
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
        and scales_back(outcome)
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
    scaling_back = scales_back(outcome)
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
