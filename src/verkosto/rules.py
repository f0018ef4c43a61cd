"""The rules of the verdict (pure): the answers' numbers in, a verdict and its level out.

The rules follow the article "Verkostot työn tukena"; each is named where it is applied.
`recommend` gives the verdict its reasons and steps; `changes` searches for the smallest
change that moves it. Thresholds live in questions.yaml.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from verkosto.instrument.model import Answer, Instrument
from verkosto.scoring import Scores, score

# The value of a placeholder in a reason or a change: a figure, a dimension id or several.
ParamValue = float | int | str | tuple[str, ...]
# How far apart the verdicts are. For a member, give_time is "continue, but look again
# soon", on the level of continue; for someone joining it is "join for a trial period", on
# the level of "join, but keep it light". "One level" in the rules and in the
# what-would-change search means one step on this scale.
RANK = {"leave": 0, "lighten": 1, "give_time": 2, "continue": 2, "invest": 3}
_BY_RANK = ("leave", "lighten", "continue", "invest")
# The answers of a 1–5 statement, tried in turn where one is unanswered.
SCALE = (1, 2, 3, 4, 5)
# Floors lift the verdict, caps hold it down; the first reason names the one that moved it.
FLOORS = ("support", "valuable", "new", "core", "no_burden")
CAPS = ("relevance", "thin", "time_high", "time_heavy", "unbacked")


def scales_back(outcome: str) -> bool:
    """Return whether the verdict is to scale back or leave (not "find out": it is not ranked)."""
    return RANK.get(outcome, 2) <= 1


def level(outcome: str, joining: bool) -> int:
    """Return the verdict's level (0 leave … 3 invest) for a member or someone joining."""
    return 1 if joining and outcome == "give_time" else RANK[outcome]


@dataclass(frozen=True)
class Inputs:
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
    # Cost dimensions at the lowest level: the evidence that the network weighs on the person.
    cost_concerns: tuple[str, ...] = ()
    # The supervisor (or board) does not back taking part.
    unbacked: bool = False
    # Someone joining who can already name the benefit they expect.
    knows_benefit: bool = False


@dataclass(frozen=True)
class Decision:
    """A verdict and the rules that moved it."""

    outcome: str
    # Which rules moved the verdict, and facts the reasons may name.
    applied: frozenset[str]
    # The floors and caps (and the named forms) that moved the verdict: the first reasons.
    moved: tuple[str, ...] = ()


def inputs(instrument: Instrument, scores: Scores) -> Inputs:
    """Return the numbers the verdict depends on, taken from the scores."""
    dims = scores.dimensions
    support = instrument.scoring.support
    missing = tuple(d.id for d in instrument.dimensions if dims[d.id].score is None)
    bottom = instrument.scoring.levels[-1].id
    return Inputs(
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
        cost_concerns=tuple(
            d.id for d in instrument.dimensions if d.side == "cost" and dims[d.id].level == bottom
        ),
        unbacked="unbacked" in scores.facts,
        knows_benefit="knows_benefit" in scores.facts,
    )


def _thin(instrument: Instrument, missing: tuple[str, ...]) -> bool:
    """Return whether too little is known for the strongest advice.

    Either side with `thin_share` (a quarter) or more of its dimensions unanswered, or
    reciprocity ("the core of networking") and the organisation's goals both unanswered.
    """
    limit = instrument.recommendation.thin_share
    for side in ("benefit", "cost"):
        on_side = [d.id for d in instrument.dimensions if d.side == side]
        if on_side and sum(1 for did in on_side if did in missing) / len(on_side) >= limit:
            return True
    scoring = instrument.scoring
    together = [
        did
        for did in (scoring.reciprocity_dimension, scoring.organisation_dimension)
        if did is not None
    ]
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
    by_ratio = _graded(ratio, (config.break_even_ratio, config.worth_it_ratio, config.invest_ratio))
    by_benefit = 1 + _graded(benefit, (config.continue_min_benefit, config.invest_min_benefit))
    return min(by_ratio, by_benefit)


def relevant_min(instrument: Instrument) -> float:
    """Return the lowest relevance at which the network counts as relevant (the middle level)."""
    levels = instrument.scoring.levels
    return levels[1].min if len(levels) > 1 else levels[0].min


def _relevance_cap(instrument: Instrument, x: Inputs) -> int:
    """Return the highest level the network's relevance allows, one level per scale point.

    "Onko osallistuminen tärkeää oman ydintehtäväni kannalta?" – with the organisation's
    goals, the article's first question. Not relevant: not worth joining however cheap, and a
    member scales back or leaves; somewhat: at most lightly for someone joining; to invest
    more, fully. Unanswered questions are weighed in `decide` (every answer tried); a
    questions file that asks none gives no cap.
    """
    levels = instrument.scoring.levels
    strong = levels[0].min
    relevant = relevant_min(instrument)
    if x.relevance is None:
        return 3
    lines = (relevant, strong, 5.0) if x.joining else (relevant - 1, relevant, 5.0)
    return _graded(x.relevance, lines)


def decide(instrument: Instrument, x: Inputs) -> Decision:
    """Apply the rules to the numbers; every rule is one claim about the article.

    The verdict is the balance's level, lifted by floors and held down by caps. Each floor
    and cap rises or falls one level at a time, so one scale point or one hour moves the
    verdict by one level at most (the property tests hold the rules to that).

    Relevance unknown here means not asked at all; `decide_answers` weighs it unanswered.
    """
    if x.benefit is None or x.cost is None or x.cost <= 0:
        return Decision("incomplete", frozenset())
    base = _base(instrument, x.benefit, round(x.benefit / x.cost, 2))
    floors, caps, facts = _limits(instrument, x, base)
    floor = max(floors.values())
    rank = min(floor, min(caps.values()))
    # The first floor (in the article's order of weighing) that reaches the verdict lifted it.
    lifted = [
        name
        for name in FLOORS
        if name in floors and floors[name] > base and rank > base and floors[name] >= rank
    ]
    lifted = lifted[:1]
    held = [name for name in CAPS if name in caps and caps[name] < floor and caps[name] == rank]
    applied = set(facts) | set(lifted) | set(held)
    strong = instrument.scoring.levels[0].min
    relevant_enough = x.relevance is not None and x.relevance >= strong
    named = set(applied)
    outcome = _named(rank, x, named, relevant_enough)
    forms: list[str] = [name for name in ("zero", "trial", "join_light") if name in named - applied]
    return Decision(outcome, frozenset(named), tuple(held + lifted + forms))


def _limits(
    instrument: Instrument, x: Inputs, base: int
) -> tuple[dict[str, int], dict[str, int], set[str]]:
    """Return the floors and caps that apply, and the facts the reasons may name."""
    config = instrument.recommendation
    levels = instrument.scoring.levels
    strong = levels[0].min
    relevant = relevant_min(instrument)
    share = x.unagreed_share
    heavy = share is not None and share > config.heavy_share
    high = share is not None and share > config.high_share
    irrelevant = x.relevance is not None and x.relevance < relevant
    # "Varsinkin pienille järjestöille vertaistukea … työnohjauksellista tukea": strong
    # support in a small organisation is a reason to stay (or to join), the stronger the
    # more so – for someone joining as for a member.
    support = (
        _graded(x.support, (config.support_min, config.support_min + config.support_step))
        if x.small_org
        else 0
    )
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
    # "Onko osallistuminen tärkeää oman ydintehtäväni kannalta?" – yes: a member does not
    # leave such a network because it works poorly now; "toimintatapoja päivittää
    # tarvittaessa" is the remedy, and meanwhile the part is scaled back.
    if not x.joining and x.relevance is not None and x.relevance >= strong:
        floors["core"] = 1
    # Neutral answers are no evidence of burden: for a member, benefits at least fair, costs
    # light and none of them a concern give no reason to scale back. (Someone joining on
    # neutral expectations joins lightly or for a trial: nothing is known to pay yet.)
    if (
        not x.joining
        and x.benefit is not None
        and x.cost is not None
        and x.benefit >= config.continue_min_benefit
        and x.cost <= config.light_cost
        and not x.cost_concerns
    ):
        floors["no_burden"] = 2
    caps = {"relevance": max(_relevance_cap(instrument, x), support)}
    if x.thin:
        caps["thin"] = 2
    if high:
        caps["time_high"] = 2
    if heavy:
        caps["time_heavy"] = 1
    # "Punnita oman työtilanteen ja järjestön tavoitteiden näkökulmasta": without the
    # supervisor's (or board's) backing, investing more is not advised.
    if x.unbacked:
        caps["unbacked"] = 2
    facts = {
        name
        for name, holds in (
            ("irrelevant", irrelevant),
            ("time_high", high),
            ("time_heavy", heavy),
            ("thin", bool(x.thin)),
            ("support", bool(support)),
        )
        if holds
    }
    return floors, caps, facts


def _named(rank: int, x: Inputs, applied: set[str], relevant_enough: bool) -> str:
    """Return the verdict for a level, in the form that fits the person."""
    if rank == 2 and "new" in applied:
        return "give_time"  # continue, and look again soon
    if rank == 1 and x.joining:
        if x.knows_benefit and x.hours and ("time_high" in applied or x.cost_concerns):
            # The benefit and the cost are both known already: a trial would tell nothing
            # new, so join with a light part from the start.
            applied.add("join_light")
            return "lighten"
        if x.hours == 0 or (relevant_enough and "time_heavy" not in applied):
            if relevant_enough:
                applied.add("trial")  # the reason says the network is linked to the work
            return "give_time"  # join for a trial period rather than half-heartedly
    if rank == 1 and x.hours == 0:
        # With no hours there is nothing to scale back. (For a member with none, "scale
        # back" is not on offer, so "leave" and "continue" are neighbours there.)
        applied.add("zero")
        return "continue"
    return _BY_RANK[rank]


def decide_answers(
    instrument: Instrument, answers: Mapping[str, Answer], scores: Scores | None = None
) -> Decision:
    """Decide from the answers, weighing the relevance questions when both are unanswered.

    "Onko osallistuminen tärkeää oman ydintehtäväni kannalta?" left unanswered: when some
    answer to it would change the verdict, the advice is to find it out first, not to decide
    on a guess; when no answer would (tried with every answer, which moves the benefit too),
    that verdict stands and the reasons say so.
    """
    scores = scores if scores is not None else score(instrument, answers)
    x = inputs(instrument, scores)
    asked = [q for q in instrument.scoring.relevance if instrument.has_question(q)]
    if x.relevance is not None or not asked or x.benefit is None or x.cost is None:
        return decide(instrument, x)
    tried = []
    for value in SCALE:
        filled = {
            **answers,
            **{q: 6 - value if instrument.question(q).reverse else value for q in asked},
        }
        tried.append(decide(instrument, inputs(instrument, score(instrument, filled))))
    if len({decision.outcome for decision in tried}) > 1:
        return Decision("incomplete", frozenset({"find_out"}), ("find_out",))
    # Answered any way it would be the same, so the verdict is that one; only the rules that
    # moved it every way are its reasons (none that claims an answer), and the unanswered
    # questions are named, not asked for.
    moved = tuple(
        name for name in tried[0].moved if all(name in decision.moved for decision in tried)
    )
    applied = frozenset.intersection(*(decision.applied for decision in tried))
    return Decision(tried[0].outcome, applied | {"relevance_moot"}, moved)


def verdict(instrument: Instrument, answers: Mapping[str, Answer]) -> tuple[str, int | None]:
    """Return the verdict these answers give and its level (None when incomplete)."""
    scores = score(instrument, answers)
    outcome = decide_answers(instrument, answers, scores).outcome
    return outcome, None if outcome == "incomplete" else level(outcome, scores.joining)


def outcome_for(instrument: Instrument, answers: Mapping[str, Answer]) -> str:
    """Return the verdict these answers give (the same rules, without the search)."""
    return verdict(instrument, answers)[0]
