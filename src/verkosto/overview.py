"""Every network by its latest assessment: ranked, added up, and which to lighten first.

The `yhteenveto` command's computation and its JSON shape (pure, no I/O); what one stored
export says (its hours, shares and verdict) is read through compare.py.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from verkosto.compare import (
    CUT_BACK,
    JOINING,
    Export,
    export_outcome,
    hours,
    is_overdue,
    listing,
    ratio,
    share,
    unagreed_hours,
    unagreed_share,
    was_joining,
)
from verkosto.export.names import network_key


@dataclass(frozen=True)
class Summary:
    """The latest assessment of each network, ranked by balance, with the totals.

    `over_limit` compares the hours beyond the agreed ones (`unagreed_share`) with the
    tool's guideline `limit`, as each assessment weighs its own hours.
    """

    rows: tuple[tuple[int | None, Export], ...]
    total_hours: float
    total_share: float
    limit: float
    over_limit: bool
    lighten_first: tuple[int | None, Export] | None
    # Networks the person is only considering joining: outside the totals, ranked the same way.
    considered: tuple[tuple[int | None, Export], ...] = ()
    unagreed_hours: float = 0.0
    unagreed_share: float = 0.0

    @property
    def considered_hours(self) -> float:
        """Return the hours a month the considered networks would add, all together."""
        return round(sum(hours(e) or 0.0 for _, e in self.considered), 2)


def _rank_key(item: tuple[int | None, Export]) -> tuple[int, float, str]:
    value = ratio(item[1])
    # Unknown balance goes last; among equals, the name decides so the order is stable.
    return (value is None, -(value or 0.0), network_key(str(item[1].get("network", ""))))


# The time-use dimension of questions.yaml (scoring.time.dimension); the CLI passes its own.
TIME_DIMENSION = "ajankaytto"


def may_lighten(export: Export, time_dimension: str = TIME_DIMENSION) -> bool:
    """Return whether a network may be named to lighten first without contradicting its verdict.

    Never one whose own verdict is invest, nor one whose hours are all agreed (lightening
    it does not give back other work). A network whose verdict already says to scale back
    or leave may always be named; any other only when its own assessment did not find its
    time use a strength.
    """
    outcome = export_outcome(export)
    if outcome == "invest" or not unagreed_hours(export):
        return False
    if outcome in CUT_BACK:
        return True
    entry = (export.get("dimensions") or {}).get(time_dimension)
    return not (isinstance(entry, Mapping) and entry.get("level") == "strength")


def _lighten_key(item: tuple[int | None, Export]) -> tuple[bool, float, bool, float, str]:
    export = item[1]
    value = ratio(export)
    return (
        export_outcome(export) not in CUT_BACK,
        -(unagreed_hours(export) or 0.0),
        value is None,
        value or 0.0,
        network_key(str(export.get("network", ""))),
    )


def summarise_networks(
    latest: Sequence[tuple[int | None, Export]],
    limit: float,
    joining: tuple[str, str] = JOINING,
    time_dimension: str = TIME_DIMENSION,
) -> Summary:
    """Rank networks by balance, add up hours and shares, and pick the one to lighten first.

    Only networks the person is in count in the totals and may be named to lighten first;
    a network being considered (`joining` answered) is listed apart with the hours it would add.

    The total share is the sum of each network's own share (hours over the working time the
    person gave in that assessment), so a changed working time is counted as it was then.
    The guideline `limit` is the tool's own, and like the assessment it weighs only the hours
    beyond those agreed as part of the job. When they are over it, the network to lighten
    first is one that `may_lighten`: those whose verdict already says to scale back or leave
    first, then the one taking the most hours beyond the agreed ones, then the weakest
    balance. When none may be named, none is.
    """
    ranked = sorted(latest, key=_rank_key)
    rows = tuple(item for item in ranked if not was_joining(item[1], joining))
    considered = tuple(item for item in ranked if was_joining(item[1], joining))
    total_hours = round(sum(hours(e) or 0.0 for _, e in rows), 2)
    total_share = round(sum(share(e) or 0.0 for _, e in rows), 4)
    beyond_hours = round(sum(unagreed_hours(e) or 0.0 for _, e in rows), 2)
    beyond_share = round(sum(unagreed_share(e) or 0.0 for _, e in rows), 4)
    over = beyond_share > limit
    candidates = [item for item in rows if may_lighten(item[1], time_dimension)]
    lighten = min(candidates, key=_lighten_key) if over and candidates else None
    return Summary(
        rows, total_hours, total_share, limit, over, lighten, considered, beyond_hours, beyond_share
    )


def summary_to_dict(summary: Summary, today: date) -> dict[str, Any]:
    """Return the `yhteenveto --json` shape."""
    lighten = summary.lighten_first
    listed = [(item, False) for item in summary.rows] + [
        (item, True) for item in summary.considered
    ]
    return {
        # The networks the person is in, ranked, then those being considered; the totals
        # count only the first.
        "networks": [
            {
                "rank": None if considering else rank,  # only networks the person is in
                "id": assessment_id,
                **listing(export),
                "overdue": is_overdue(export, today),
                "considering": considering,
                "would_add_hours_per_month": hours(export) if considering else None,
                "unagreed_hours_per_month": unagreed_hours(export),
                "unagreed_share_of_worktime": unagreed_share(export),
            }
            for rank, ((assessment_id, export), considering) in enumerate(listed, 1)
        ],
        "considered_hours_per_month": summary.considered_hours,
        "total_hours_per_month": float(summary.total_hours),
        "total_share_of_worktime": float(summary.total_share),
        # What the guideline weighs: the hours beyond those agreed as part of the job.
        "total_unagreed_hours_per_month": float(summary.unagreed_hours),
        "total_unagreed_share_of_worktime": float(summary.unagreed_share),
        "total_share_limit": summary.limit,
        "over_limit": summary.over_limit,
        "lighten_first": None if lighten is None else lighten[1].get("network"),
    }
