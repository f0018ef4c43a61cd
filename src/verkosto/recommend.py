"""Turn scores into a recommendation with reasons, next steps and a review date (pure)."""

from __future__ import annotations

import calendar
import string
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from verkosto import i18n
from verkosto.instrument import Instrument
from verkosto.scoring import INSUFFICIENT, DimensionScore, Scores

MAX_REASONS = 6


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


def recommend(instrument: Instrument, scores: Scores, lang: str, today: date) -> Recommendation:
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

    reasons: list[str] = []
    drivers: list[str] = []
    concern = [d for d in dims.values() if d.level == bottom_level]
    concern.sort(key=lambda d: (d.score if d.score is not None else 0.0, d.id))

    if balance.ratio is None or balance.benefit is None:
        outcome = "give_time"
        reasons.append(reason("insufficient"))
    else:
        ratio = balance.ratio
        benefit = balance.benefit
        worth = config.worth_it_ratio
        ratio_text = {"ratio": num(ratio, 2), "threshold": i18n.number(worth, lang, 2, strip=True)}
        if ratio >= worth:
            reasons.append(reason("ratio_worth_it", **ratio_text))
        elif ratio >= config.break_even_ratio:
            reasons.append(reason("ratio_middle", **ratio_text))
        else:
            reasons.append(reason("ratio_low", **ratio_text))

        if (
            ratio >= worth
            and benefit >= config.invest_min_benefit
            and core.level == top_level
            and time_dim.level != bottom_level
        ):
            outcome = "invest"
            reasons.append(
                reason("benefit_high", benefit=num(benefit, 2),
                       threshold=num(config.invest_min_benefit))
            )
            drivers.append(core.id)
        elif ratio >= worth and benefit >= config.continue_min_benefit:
            outcome = "continue"
        elif ratio >= config.break_even_ratio:
            outcome = "lighten"
            if benefit < config.continue_min_benefit:
                reasons.append(
                    reason("benefit_low", benefit=num(benefit, 2),
                           threshold=num(config.continue_min_benefit))
                )
        else:
            outcome = "leave"

        if core.level == bottom_level and outcome in ("invest", "continue"):
            outcome = "lighten"
        if core.level == bottom_level:
            reasons.append(reason("core_concern", dimension=title_of(core.id),
                                  score=num(core.score)))
            drivers.append(core.id)

        # Trust and benefits grow slowly: a new member is not told to leave over
        # slow-growing benefits, unless the topic or the hours are the problem.
        blocking = core.level == bottom_level or time_dim.level == bottom_level
        if not blocking and (
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

    for dim in concern:
        if dim.id in (core.id, time_dim.id):
            continue
        reasons.append(reason("dimension_concern", dimension=title_of(dim.id),
                              score=num(dim.score)))
        drivers.append(dim.id)
    if outcome in ("invest", "continue", "give_time"):
        strengths = [d for d in dims.values() if d.level == top_level and d.id not in drivers]
        strengths.sort(key=lambda d: (-(d.score or 0.0), d.id))
        for dim in strengths[:2]:
            reasons.append(reason("dimension_strength", dimension=title_of(dim.id),
                                  score=num(dim.score)))
            drivers.append(dim.id)

    chosen = config.outcomes[outcome]
    title = (chosen.title_joining if scores.joining else chosen.title).get(lang)
    steps = _next_steps(instrument, dims, outcome, lang)
    return Recommendation(
        id=outcome,
        title=title,
        reasons=tuple(reasons[:MAX_REASONS]),
        next_steps=tuple(steps),
        next_review=add_months(today, chosen.review_months),
        drivers=tuple(dict.fromkeys(drivers)),
    )


def _next_steps(
    instrument: Instrument, dims: Mapping[str, DimensionScore], outcome: str, lang: str
) -> list[str]:
    """Pick 2–4 steps: the verdict's first, then the weakest dimensions', then the rest."""
    config = instrument.recommendation
    levels = [level.id for level in instrument.scoring.levels]
    weak = [
        d for d in dims.values()
        if d.level != INSUFFICIENT and d.level != levels[0] and d.score is not None
    ]
    weak.sort(key=lambda d: (-levels.index(d.level), d.score, d.id))
    outcome_steps = [s.get(lang) for s in config.outcomes[outcome].steps]
    if outcome == "leave":
        # Advice on improving the network would contradict the advice to leave it.
        return outcome_steps[: config.max_steps]
    dimension_steps = [instrument.dimension(d.id).steps for d in weak]
    ordered: list[str] = outcome_steps[:1]
    ordered += [steps[0].get(lang) for steps in dimension_steps if steps]
    ordered += outcome_steps[1:]
    ordered += [steps[1].get(lang) for steps in dimension_steps if len(steps) > 1]
    unique = list(dict.fromkeys(ordered))
    return unique[: config.max_steps]
