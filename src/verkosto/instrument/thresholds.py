"""Every threshold and limit of the verdict, named once: where it is set, its default and range.

questions.yaml sets each of these under its `section`; the checks read them from this
table (the keys allowed, the range, the default when a file leaves one out), and the
dataclasses of model.py take their defaults from it. tests/test_thresholds.py checks that
the bundled file sets every one.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from verkosto.instrument.checker import Checker
    from verkosto.instrument.reading import YamlMapping

# The ranges of the numbers a questions file sets (README, questions.yaml): every one finite
# and bounded, so nothing computed from them overflows, and the search for what would change
# the verdict stays small.
MONTH_HOURS = 744  # 31 days of 24 hours: no hour question may allow more in a month
NUMBER_LIMIT = 1_000_000  # the min and max of any number question lie within ±this
WEIGHT_MAX = 10.0  # a dimension's weight and support.small_org_weight
RATIO_MAX = 5.0  # benefit ÷ cost burden is at most 5/1, so a higher ratio limit is never met


@dataclass(frozen=True)
class Threshold:
    """One number questions.yaml sets: where, its default, its range and what it means."""

    name: str
    section: str
    default: float
    low: float
    high: float
    meaning: str
    # Used as a count: a fraction is cut to its whole part.
    whole: bool = False


THRESHOLDS: tuple[Threshold, ...] = (
    Threshold(
        "min_answered_share",
        "scoring",
        0.5,
        0.0,
        1.0,
        "A dimension gets no score when fewer than this share of its asked items are answered.",
    ),
    Threshold(
        "min_respondents",
        "scoring",
        5.0,
        1.0,
        1000.0,
        "A combined summary (kooste) shows a figure only when at least this many people gave it.",
        whole=True,
    ),
    Threshold(
        "total_share_limit",
        "scoring.time",
        0.15,
        0.0,
        1.0,
        "Share of working time all of one person's networks together may take (yhteenveto).",
    ),
    Threshold(
        "small_org_weight",
        "scoring.support",
        1.0,
        0.0,
        WEIGHT_MAX,
        "Peer support weighs this many times more in the benefit for a small organisation.",
    ),
    Threshold(
        "worth_it_ratio",
        "recommendation",
        1.6,
        0.0,
        RATIO_MAX,
        "Benefit ÷ cost burden at or above this is clearly worth it.",
    ),
    Threshold(
        "break_even_ratio",
        "recommendation",
        1.0,
        0.0,
        RATIO_MAX,
        "Below this the cost burden is greater than the benefit.",
    ),
    Threshold(
        "invest_ratio",
        "recommendation",
        2.0,
        0.0,
        RATIO_MAX,
        "At or above this (with a high benefit) the network is worth investing more in.",
    ),
    Threshold(
        "invest_min_benefit",
        "recommendation",
        4.25,
        1.0,
        5.0,
        "Mean benefit needed to advise investing more.",
    ),
    Threshold(
        "continue_min_benefit",
        "recommendation",
        3.0,
        1.0,
        5.0,
        "Mean benefit needed to advise continuing at all.",
    ),
    Threshold(
        "keep_min_benefit",
        "recommendation",
        4.0,
        1.0,
        5.0,
        "A network worth at least this much is lightened, not left.",
    ),
    # The middle of the 1–5 scale, 3, is "neither agree nor disagree": costs answered around
    # it are no evidence that the network weighs on the person. A quarter point lighter
    # keeps this floor from switching on in the same step as the break-even line, so one
    # scale point or one hour never moves the verdict two levels.
    Threshold(
        "light_cost",
        "recommendation",
        2.75,
        1.0,
        5.0,
        "Mean cost burden at or below which the costs are light: with benefits at "
        "least continue_min_benefit, a member is not told to scale back.",
    ),
    Threshold(
        "support_min",
        "recommendation",
        4.0,
        1.0,
        5.0,
        "Support at least this strong, in a small organisation, is a reason to stay.",
    ),
    Threshold(
        "support_step",
        "recommendation",
        0.5,
        0.0,
        4.0,
        "Support this much above support_min is a reason to stay as now.",
    ),
    Threshold(
        "high_share",
        "recommendation",
        0.15,
        0.0,
        1.0,
        "Share of working time beyond the agreed hours above which investing more is not advised.",
    ),
    Threshold(
        "heavy_share",
        "recommendation",
        0.25,
        0.0,
        1.0,
        "Share of working time beyond the agreed hours above which the advice is "
        "at most to lighten.",
    ),
    Threshold(
        "borderline_margin",
        "recommendation",
        0.1,
        0.0,
        1.0,
        "A verdict that a change this small in the benefit or the cost would move "
        "is shown as borderline.",
    ),
    Threshold(
        "thin_share",
        "recommendation",
        0.25,
        0.0,
        1.0,
        "With this share or more of either side's dimensions unanswered, the "
        "strongest advice is not given.",
    ),
    Threshold(
        "max_steps",
        "recommendation",
        4.0,
        2.0,
        10.0,
        "At most this many next steps are suggested.",
        whole=True,
    ),
)
BY_NAME: Mapping[str, Threshold] = {threshold.name: threshold for threshold in THRESHOLDS}


def default(name: str) -> float:
    """Return the default of the threshold `name` (KeyError if there is none)."""
    return BY_NAME[name].default


def in_section(section: str) -> tuple[str, ...]:
    """Return the names of the thresholds set under `section`, in table order."""
    return tuple(threshold.name for threshold in THRESHOLDS if threshold.section == section)


def read_thresholds(
    check: Checker, node: YamlMapping, section: str, kind: str | None, ident: str | None
) -> dict[str, float] | None:
    """Read the thresholds of `section` from `node`; None when one is wrong (reported)."""
    found: dict[str, float] = {}
    ok = True
    for name in in_section(section):
        threshold = BY_NAME[name]
        value = check.number(
            node,
            name,
            kind,
            ident,
            default=threshold.default,
            low=threshold.low,
            high=threshold.high,
        )
        if value is None:
            ok = False
            continue
        found[name] = value
    return found if ok else None
