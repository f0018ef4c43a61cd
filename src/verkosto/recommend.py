"""Turn scores into a recommendation with reasons, next steps and a review date (pure)."""

from __future__ import annotations

import calendar
import string
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from verkosto import i18n
from verkosto.instrument import Answer, Instrument, Step
from verkosto.scoring import INSUFFICIENT, DimensionScore, Scores


@dataclass(frozen=True)
class Recommendation:
    """The verdict and everything that explains it."""

    id: str
    title: str
    reasons: tuple[str, ...]
    next_steps: tuple[str, ...]
    next_review: date
    drivers: tuple[str, ...]


def add_months(day: date, months: int) -> date:
    """Return the same day `months` later, clamped to the month's last day."""
    years, month_index = divmod(day.month - 1 + months, 12)
    year = day.year + years
    month = month_index + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


class _SafeDict(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def _fill(template: str, **params: str) -> str:
    # The loader checked the placeholders; format_map keeps any stray brace harmless.
    return string.Formatter().vformat(template, (), _SafeDict(params))


def recommend(
    instrument: Instrument,
    scores: Scores,
    answers: Mapping[str, Answer],
    lang: str,
    today: date,
) -> Recommendation:
    """Decide the verdict from the scores; the rules are in code, thresholds and texts in YAML."""
    config = instrument.recommendation
    top_level = instrument.scoring.levels[0].id
    bottom_level = instrument.scoring.levels[-1].id
    dims = scores.dimensions
    core = dims[instrument.scoring.core_dimension]
    time_dim = dims[instrument.scoring.time.dimension]
    balance = scores.balance

    def reason(key: str, **params: str) -> str:
        return _fill(config.reasons[key].get(lang), **params)

    def title_of(did: str) -> str:
        return instrument.dimension(did).title.get(lang)

    def num(value: float | None, digits: int = 1) -> str:
        return i18n.number(value, lang, digits)

    def dimension_reason(key: str, dim: DimensionScore) -> None:
        reasons.append(reason(key, dimension=title_of(dim.id), score=num(dim.score)))
        drivers.append(dim.id)

    reasons: list[str] = []
    drivers: list[str] = []

    if balance.ratio is None or balance.benefit is None:
        outcome = "incomplete"
        reasons.append(reason("insufficient"))
    else:
        ratio = balance.ratio
        benefit = balance.benefit
        worth = config.worth_it_ratio
        ratio_text = {"ratio": num(ratio, 2), "threshold": i18n.number(worth, lang, 2, strip=True)}
        benefit_low = benefit < config.continue_min_benefit
        time_heavy = time_dim.level == bottom_level
        core_weak = core.level == bottom_level

        if ratio >= worth and benefit >= config.invest_min_benefit and core.level == top_level:
            outcome = "invest"
        elif ratio >= worth and not benefit_low:
            outcome = "continue"
        elif ratio >= config.break_even_ratio:
            outcome = "lighten"
        else:
            outcome = "leave"

        # A light cost can make a poor network look "worth it": say what is true instead.
        if ratio >= worth and not benefit_low:
            reasons.append(reason("ratio_worth_it", **ratio_text))
        elif ratio >= config.break_even_ratio and not benefit_low:
            reasons.append(reason("ratio_middle", **ratio_text))
        elif ratio < config.break_even_ratio:
            reasons.append(reason("ratio_low", **ratio_text))
        if benefit_low:
            reasons.append(
                reason("benefit_low", benefit=num(benefit, 2),
                       threshold=num(config.continue_min_benefit))
            )
        if outcome == "invest":
            reasons.append(
                reason("benefit_high", benefit=num(benefit, 2),
                       threshold=num(config.invest_min_benefit))
            )
            drivers.append(core.id)

        # Not just an average: a weak core task or too many hours caps the verdict.
        if (core_weak or time_heavy) and outcome in ("invest", "continue"):
            outcome = "lighten"
        if core_weak:
            dimension_reason("core_concern", core)

        # Trust and benefits grow slowly: a new member is not told to leave over
        # slow-growing benefits, unless the topic or the hours are the problem.
        if not (core_weak or time_heavy) and (
            (scores.new_member and outcome in ("lighten", "leave"))
            or (scores.joining and outcome == "lighten")
        ):
            outcome = "give_time"
            months = config.outcomes["give_time"].review_months
            reasons.append(reason("new_network", months=str(months)))

    time = scores.time
    if time.hours_per_month is not None and time.share is not None:
        share = i18n.percent(time.share, lang)
        hours = i18n.number(time.hours_per_month, lang, 1, strip=True)
        if time_dim.level == bottom_level:
            reasons.append(reason("time_heavy", dimension=title_of(time_dim.id), share=share,
                                  hours=hours))
            drivers.append(time_dim.id)
        else:
            reasons.append(reason("time_share", hours=hours, share=share))

    scored = [d for d in dims.values() if d.score is not None and d.id not in drivers]
    scored.sort(key=lambda d: (d.score or 0.0, d.id))
    concerns = [d for d in scored if d.level == bottom_level]
    for dim in concerns:
        dimension_reason("dimension_concern", dim)
    if outcome in ("lighten", "leave", "give_time") and not concerns:
        # Name what held the verdict down even when nothing is an outright concern.
        for dim in [d for d in scored if d.level != top_level][:2]:
            dimension_reason("dimension_discuss", dim)
    if outcome in ("invest", "continue", "give_time"):
        strengths = [d for d in reversed(scored) if d.level == top_level]
        for dim in strengths[:2]:
            dimension_reason("dimension_strength", dim)

    chosen = config.outcomes[outcome]
    title = (chosen.title_joining if scores.joining else chosen.title).get(lang)
    return Recommendation(
        id=outcome,
        title=title,
        reasons=tuple(reasons),
        next_steps=tuple(_next_steps(instrument, dims, answers, outcome, lang)),
        next_review=add_months(today, chosen.review_months),
        drivers=tuple(dict.fromkeys(drivers)),
    )


def _next_steps(
    instrument: Instrument,
    dims: Mapping[str, DimensionScore],
    answers: Mapping[str, Answer],
    outcome: str,
    lang: str,
) -> list[str]:
    """Pick 2–4 steps: the verdict's first, then the weakest dimensions', then the rest."""
    config = instrument.recommendation
    levels = [level.id for level in instrument.scoring.levels]
    weak = [
        d for d in dims.values()
        if d.level != INSUFFICIENT and d.level != levels[0] and d.score is not None
    ]
    weak.sort(key=lambda d: (-levels.index(d.level), d.score, d.id))

    def fitting(steps: tuple[Step, ...]) -> list[str]:
        return [step.text.get(lang) for step in steps if step.applies(answers)]

    steps = config.outcomes[outcome].steps
    outcome_steps = fitting(steps)
    if outcome in ("leave", "incomplete"):
        # Advice on improving the network would contradict the advice to leave it,
        # and with too few answers nothing is known to be weak.
        return outcome_steps[: config.max_steps]
    # A step written for this person's situation (e.g. a lead role) is the most specific.
    personal = fitting(tuple(step for step in steps if step.when is not None))
    dimension_steps = [fitting(instrument.dimension(d.id).steps) for d in weak]
    ordered: list[str] = outcome_steps[:1] + personal
    ordered += [steps[0] for steps in dimension_steps if steps]
    ordered += outcome_steps[1:]
    ordered += [steps[1] for steps in dimension_steps if len(steps) > 1]
    unique = list(dict.fromkeys(ordered))
    return unique[: config.max_steps]
