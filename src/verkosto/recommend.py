"""Decide the recommendation from the scores (pure): keys and parameters, never words.

The rules follow the article "Verkostot työn tukena"; each is named where it is applied.
Thresholds and texts live in questions.yaml; `explain` turns what this returns into words.
"""

from __future__ import annotations

import calendar
import math
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date

from verkosto.instrument import Answer, Instrument, Step
from verkosto.scoring import INSUFFICIENT, Scores, item_value, score

ParamValue = float | int | str | tuple[str, ...]
# How far apart the verdicts are. For a member, give_time is "continue, but look again
# soon", on the level of continue; for someone joining it is "join for a trial period", on
# the level of "join, but keep it light". "One level" in the rules and in the
# what-would-change search means one step on this scale.
RANK = {"leave": 0, "lighten": 1, "give_time": 2, "continue": 2, "invest": 3}
_BY_RANK = ("leave", "lighten", "continue", "invest")
_SEARCH_HOURS = 400  # the longest hours search, in whole hours


def level(outcome: str, joining: bool) -> int:
    """Return the verdict's level (0 leave … 3 invest) for a member or someone joining."""
    return 1 if joining and outcome == "give_time" else RANK[outcome]


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
class Change:
    """The smallest realistic change found that moves the verdict one level up or down."""

    kind: str  # a key of `recommendation.changes`: hours, agreed, dimension
    direction: str  # "up" or "down"
    outcome: str
    params: Mapping[str, ParamValue]
    # The answers that change, with their new values: re-running with them gives `outcome`.
    answers: Mapping[str, Answer]


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


@dataclass(frozen=True)
class _Inputs:
    """What the verdict depends on, as numbers, so that it can be nudged to find borders."""

    benefit: float | None
    cost: float | None
    relevance: float | None
    unagreed_share: float | None
    hours: float | None
    worktime: float | None
    support: float | None
    joining: bool
    new: bool
    small_org: bool
    thin: tuple[str, ...]


@dataclass(frozen=True)
class _Decision:
    outcome: str
    # Which rules moved the verdict, for the reasons.
    applied: frozenset[str]


def _inputs(instrument: Instrument, scores: Scores) -> _Inputs:
    dims = scores.dimensions
    support = instrument.scoring.support
    missing = tuple(d.id for d in instrument.dimensions if dims[d.id].score is None)
    return _Inputs(
        benefit=scores.balance.benefit,
        cost=scores.balance.cost,
        relevance=scores.relevance,
        unagreed_share=scores.time.unagreed_share,
        hours=scores.time.hours_per_month,
        worktime=scores.time.worktime,
        support=dims[support.dimension].score if support is not None else None,
        joining=scores.joining,
        new=scores.new_member or ("founding" in scores.facts and not scores.joining),
        small_org="small_org" in scores.facts,
        thin=missing if _thin(instrument, missing) else (),
    )


def _thin(instrument: Instrument, missing: tuple[str, ...]) -> bool:
    """Return whether too little is known for the strongest advice.

    Either side with a quarter or more of its dimensions unanswered, or reciprocity ("the
    core of networking") and the organisation's goals both unanswered.
    """
    for side in ("benefit", "cost"):
        on_side = [d.id for d in instrument.dimensions if d.side == side]
        if on_side and sum(1 for did in on_side if did in missing) / len(on_side) >= 0.25:
            return True
    scoring = instrument.scoring
    together = [did for did in (scoring.reciprocity_dimension, scoring.organisation_dimension)
                if did is not None]
    return bool(together) and all(did in missing for did in together)


def _graded(value: float | None, steps: tuple[float, ...]) -> int:
    """Return how many of the ascending `steps` the value reaches (0 when unknown)."""
    return 0 if value is None else sum(1 for step in steps if value >= step)


def _base(instrument: Instrument, benefit: float, ratio: float) -> int:
    """Return the balance's level: the ratio and the benefit graded apart, the weaker decides.

    Grading them apart means that crossing any one line moves the verdict one level: a
    network worth investing in first becomes "continue", never "scale back" at once.
    """
    config = instrument.recommendation
    by_ratio = _graded(ratio, (config.break_even_ratio, config.worth_it_ratio,
                               config.invest_ratio))
    by_benefit = 1 + _graded(benefit, (config.continue_min_benefit, config.invest_min_benefit))
    return min(by_ratio, by_benefit)


def _relevance_cap(instrument: Instrument, x: _Inputs) -> int:
    """Return the highest level the network's relevance allows, one level per scale point.

    "Onko osallistuminen tärkeää oman ydintehtäväni kannalta?" – with the organisation's
    goals, the article's first question. Not relevant: not worth joining however cheap, and a
    member scales back or leaves; somewhat: at most lightly for someone joining; to invest
    more, fully. Not known: at most lightly, since the first question has no answer.
    """
    levels = instrument.scoring.levels
    strong = levels[0].min
    relevant = levels[1].min if len(levels) > 1 else strong
    if x.relevance is None:
        return 1
    lines = (relevant, strong, 5.0) if x.joining else (relevant - 1, relevant, 5.0)
    return _graded(x.relevance, lines)


def _decide(instrument: Instrument, x: _Inputs) -> _Decision:
    """Apply the rules to the numbers; every rule is one claim about the article.

    The verdict is the balance's level, lifted by floors and held down by caps. Each floor
    and cap rises or falls one level at a time, so one scale point or one hour moves the
    verdict by one level at most (the property tests hold the rules to that).
    """
    if x.benefit is None or x.cost is None or x.cost <= 0:
        return _Decision("incomplete", frozenset())
    base = _base(instrument, x.benefit, round(x.benefit / x.cost, 2))
    floors, caps, facts = _limits(instrument, x, base)
    floor = max(floors.values())
    rank = min(floor, min(caps.values()))
    applied = set(facts)
    applied |= {name for name, value in floors.items()
                if name != "base" and value > base and rank > base and value >= rank}
    applied |= {name for name, value in caps.items() if value < floor and value == rank}
    strong = instrument.scoring.levels[0].min
    relevant_enough = x.relevance is not None and x.relevance >= strong
    return _Decision(_named(rank, x, applied, relevant_enough), frozenset(applied))


def _limits(
    instrument: Instrument, x: _Inputs, base: int
) -> tuple[dict[str, int], dict[str, int], set[str]]:
    """Return the floors and caps that apply, and the facts the reasons may name."""
    config = instrument.recommendation
    levels = instrument.scoring.levels
    strong = levels[0].min
    relevant = levels[1].min if len(levels) > 1 else strong
    share = x.unagreed_share
    heavy = share is not None and share > config.heavy_share
    high = share is not None and share > config.high_share
    irrelevant = x.relevance is not None and x.relevance < relevant
    # "Varsinkin pienille järjestöille vertaistukea … työnohjauksellista tukea": strong
    # support in a small organisation is a reason to stay, the stronger the more so.
    support = _graded(x.support, (config.support_min, config.support_min + 0.5)) \
        if x.small_org else 0
    floors = {"base": base}
    if x.benefit is not None and x.benefit >= config.keep_min_benefit and not irrelevant:
        floors["valuable"] = 1  # a valuable network is scaled back, not left
    if support:
        # Support alone keeps someone in; staying as now also needs the rest to hold up.
        floors["support"] = 1 if high or base < 1 else support
    # "Hyötyjä ei aina näe saman tien … luottamus syntyy vähitellen": someone new in a
    # network that serves their work is not told to leave over benefits yet to come.
    if x.new and x.relevance is not None and x.relevance >= relevant:
        floors["new"] = 2 if x.relevance >= strong else 1
    caps = {"relevance": max(_relevance_cap(instrument, x),
                             min(support, 1) if x.joining else support)}
    if x.thin:
        caps["thin"] = 2
    if high:
        caps["time_high"] = 2
    if heavy:
        caps["time_heavy"] = 1
    facts = {name for name, holds in (("irrelevant", irrelevant), ("time_high", high),
                                      ("time_heavy", heavy), ("thin", bool(x.thin)),
                                      ("support", bool(support))) if holds}
    return floors, caps, facts


def _named(rank: int, x: _Inputs, applied: set[str], relevant_enough: bool) -> str:
    """Return the verdict for a level, in the form that fits the person."""
    if rank == 2 and "new" in applied:
        return "give_time"  # continue, and look again soon
    if rank == 1 and x.joining and (x.hours == 0 or (relevant_enough
                                                     and "time_heavy" not in applied)):
        if relevant_enough:
            applied.add("trial")  # the reason says the network is linked to the work
        return "give_time"  # join for a trial period rather than half-heartedly
    if rank == 1 and x.hours == 0:
        # With no hours there is nothing to scale back. (For a member with none, "scale
        # back" is not on offer, so "leave" and "continue" are neighbours there.)
        applied.add("zero")
        return "continue"
    return _BY_RANK[rank]


def _borderline(instrument: Instrument, x: _Inputs, outcome: str) -> bool:
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
    return any(level(_decide(instrument, n).outcome, x.joining) != now for n in nudges)


def recommend(
    instrument: Instrument,
    scores: Scores,
    answers: Mapping[str, Answer],
    today: date,
    search: bool = True,
) -> Recommendation:
    """Decide the verdict, its reasons, steps, review date and what would change it."""
    config = instrument.recommendation
    x = _inputs(instrument, scores)
    decision = _decide(instrument, x)
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
    instrument: Instrument, scores: Scores, x: _Inputs, decision: _Decision
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
    instrument: Instrument, x: _Inputs, decision: _Decision, said: _Said
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
    instrument: Instrument, scores: Scores, x: _Inputs, decision: _Decision, said: _Said
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
    instrument: Instrument, scores: Scores, decision: _Decision, said: _Said
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
    instrument: Instrument, scores: Scores, decision: _Decision, said: _Said
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


# --------------------------------------------------------------------------- what would change


def outcome_for(instrument: Instrument, answers: Mapping[str, Answer]) -> str:
    """Return the verdict these answers give (the same rules, without the search)."""
    return _verdict(instrument, answers)[0]


def _verdict(instrument: Instrument, answers: Mapping[str, Answer]) -> tuple[str, int | None]:
    """Return the verdict these answers give and its level (None when incomplete)."""
    scores = score(instrument, answers)
    outcome = _decide(instrument, _inputs(instrument, scores)).outcome
    return outcome, None if outcome == "incomplete" else level(outcome, scores.joining)


def _with_hours(
    instrument: Instrument, answers: Mapping[str, Answer], total: float
) -> dict[str, Answer] | None:
    """Return the hour answers changed so that they add up to `total`, or None if they can't."""
    hours = instrument.scoring.time.hours
    current = {qid: float(v) for qid in hours
               if isinstance(v := answers.get(qid), (int, float)) and not isinstance(v, bool)}
    if not current:
        return None
    delta = total - sum(current.values())
    changed: dict[str, Answer] = {}
    # Take from (or add to) the largest item first: only the sum counts.
    for qid in sorted(current, key=lambda q: (-current[q], q)):
        question = instrument.question(qid)
        low, high = question.min or 0.0, question.max or math.inf
        new = min(high, max(low, current[qid] + delta))
        delta -= new - current[qid]
        if new != current[qid]:
            changed[qid] = _tidy(new)
        if abs(delta) < 1e-9:
            return changed
    return None


def _tidy(value: float) -> int | float:
    value = round(value, 2)
    return int(value) if value.is_integer() else value


def _hour_targets(total: float, up: bool, limit: float) -> list[float]:
    """Whole-hour totals to try, nearest first, ending at 0 or `limit`."""
    if up:  # fewer hours; not down to none, where the question is no longer the same
        start = math.ceil(total) - 1 if total.is_integer() else math.floor(total)
        return [float(h) for h in range(int(start), 0, -1)]
    start = math.floor(total) + 1
    return [float(h) for h in range(start, int(min(limit, total + _SEARCH_HOURS)) + 1)]


def what_would_change(
    instrument: Instrument, answers: Mapping[str, Answer], outcome: str
) -> tuple[Change, ...]:
    """Find the smallest realistic changes that move the verdict one level up and down.

    Each change is checked by re-running the same rules on the changed answers, so each
    sentence made of it is true; the tests re-run the tool to hold it to that.
    """
    if outcome == "incomplete":
        return ()
    joining = score(instrument, answers).joining
    rank = level(outcome, joining)
    # With no hours a member has no "scale back": leave and continue are neighbours there.
    no_hours = not joining and not score(instrument, answers).time.hours_per_month
    found: list[Change] = []
    for direction in ("up", "down"):
        wanted = rank + 1 if direction == "up" else rank - 1
        if no_hours and wanted == 1:
            wanted = 2 if direction == "up" else 0
        if wanted < 0 or wanted > 3:
            continue
        changes = _time_changes(instrument, answers, direction, wanted)
        if len(changes) < (2 if direction == "up" else 1):
            changes += _dimension_changes(instrument, answers, direction, wanted)
        found += changes[: 2 if direction == "up" else 1]
    return tuple(found)


def _moved(instrument: Instrument, answers: Mapping[str, Answer],
           changed: Mapping[str, Answer], wanted: int) -> str | None:
    """Return the new verdict if the changed answers move it to rank `wanted`."""
    new, new_level = _verdict(instrument, {**answers, **changed})
    return new if new_level == wanted else None


def _first_moving(
    instrument: Instrument,
    answers: Mapping[str, Answer],
    candidates: list[dict[str, Answer]],
    wanted: int,
) -> tuple[int, str] | None:
    """Return the nearest candidate (index, verdict) that moves the verdict to `wanted`.

    The candidates are ordered nearest first along one direction (hours), in which the
    verdict never turns back (the property tests hold the rules to that), so halving the
    range finds the first one that moves it in a few tries instead of hundreds.
    """
    now = _verdict(instrument, answers)[1]

    def moved(index: int) -> bool:
        after = _verdict(instrument, {**answers, **candidates[index]})[1]
        return after is not None and after != now

    low, high = 0, len(candidates)
    while low < high:
        middle = (low + high) // 2
        if moved(middle):
            high = middle
        else:
            low = middle + 1
    if low == len(candidates):
        return None
    new = _moved(instrument, answers, candidates[low], wanted)
    return (low, new) if new is not None else None


def _time_changes(
    instrument: Instrument, answers: Mapping[str, Answer], direction: str, wanted: int
) -> list[Change]:
    config = instrument.scoring.time
    time = score(instrument, answers).time
    total = time.hours_per_month
    if not total or time.worktime is None:
        # With no hours, "scale back" is not on offer, so an hour more says nothing useful.
        return []
    found: list[Change] = []
    # The hours never exceed the working time: the tool refuses such answers.
    limit = min(sum((instrument.question(q).max or 0.0) for q in config.hours), time.worktime)
    targets: list[float] = []
    changes: list[dict[str, Answer]] = []
    for target in _hour_targets(total, direction == "up", limit):
        changed = _with_hours(instrument, answers, target)
        if changed is None:
            break
        targets.append(target)
        changes.append(changed)
    hit = _first_moving(instrument, answers, changes, wanted)
    if hit is not None:
        index, new = hit
        found.append(Change("hours", direction, new, {"old": total, "new": targets[index]},
                            changes[index]))
    agreed_q = config.agreed
    if direction == "up" and agreed_q is not None and (time.unagreed or 0) > 0:
        agreed = time.agreed or 0.0
        question = instrument.question(agreed_q)
        steps = [float(h) for h in range(math.floor(agreed) + 1, math.ceil(total))] + [total]
        steps = [h for h in steps if question.max is None or h <= question.max]
        agreed_changes: list[dict[str, Answer]] = [{agreed_q: _tidy(h)} for h in steps]
        hit = _first_moving(instrument, answers, agreed_changes, wanted)
        if hit is not None:
            index, new = hit
            found.append(Change("agreed", direction, new, {"old": agreed, "new": steps[index]},
                                agreed_changes[index]))
    return found


def _dimension_changes(
    instrument: Instrument, answers: Mapping[str, Answer], direction: str, wanted: int
) -> list[Change]:
    """Try one scale point better (or worse) on every answered item of one dimension."""
    scores = score(instrument, answers)
    step = 1 if direction == "up" else -1
    candidates: list[tuple[float, Change]] = []
    for dimension in instrument.dimensions:
        current = scores.dimensions[dimension.id].score
        if current is None or dimension.id == instrument.scoring.time.dimension:
            continue
        changed: dict[str, Answer] = {}
        for question in instrument.questions:
            value = answers.get(question.id)
            if question.dimension != dimension.id or item_value(question, value) is None:
                continue
            assert isinstance(value, (int, float))
            moved = value - step if question.reverse else value + step
            if 1 <= moved <= 5:
                changed[question.id] = int(moved)
        if not changed:
            continue
        new = _moved(instrument, answers, changed, wanted)
        if new is None:
            continue
        after = score(instrument, {**answers, **changed}).dimensions[dimension.id].score
        # Up: lift the weakest dimension first; down: the strongest is what could slip.
        order = current if direction == "up" else -current
        candidates.append((order, Change(f"dimension_{direction}", direction, new,
                                         {"dimension": dimension.id, "old": current,
                                          "new": after if after is not None else current},
                                         changed)))
    candidates.sort(key=lambda pair: pair[0])
    return [change for _, change in candidates[:1]]
