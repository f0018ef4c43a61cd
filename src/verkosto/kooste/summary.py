"""The organisation's view: many exports summarised per network (pure, no I/O).

Exports are added one at a time and forgotten; each network keeps only running sums and
small counters, so memory grows with the number of networks, not the number of files.
"""

from __future__ import annotations

import math
import unicodedata
from collections import Counter
from collections.abc import Mapping, Sequence
from operator import itemgetter
from typing import Any

from verkosto import __version__
from verkosto.compare import was_joining
from verkosto.export.names import network_key
from verkosto.instrument.model import OUTCOME_IDS
from verkosto.instrument.thresholds import default

SUMMARY_SCHEMA = "verkosto-kooste/1"
# The usual minimum cohort: below it a figure could point at one person. The questions file
# sets it (scoring.min_respondents); this is the default when none is given.
MIN_RESPONDENTS = int(default("min_respondents"))
VERDICTS = OUTCOME_IDS
# "Worth it": the verdicts that say keep (or start) taking part as now or more.
WORTH_IT = frozenset({"invest", "continue"})
# Hours are kept as a histogram of tenths of an hour, so the median needs no list of values.
HOURS_STEP = 10


# Names already seen, with their key and spelling: the same few names recur in every file.
_NAMES_REMEMBERED = 4096


# What the aggregate counts of one export: the network's name, the verdict, each dimension's
# score (or None), the hours per month (or None) and whether the person was only considering
# joining. Small, so it crosses processes cheaply.
Figures = tuple[str, str, tuple[tuple[str, float | None], ...], float | None, bool]


_SCORE = itemgetter("score")


def figures(export: Mapping[str, Any]) -> Figures:
    """Return the figures the aggregate counts of one valid export."""
    dimensions = export["dimensions"]
    return (
        export["network"],
        export["recommendation"]["id"],
        tuple(zip(dimensions, map(_SCORE, dimensions.values()), strict=True)),
        export["time"]["hours_per_month"],
        was_joining(export),
    )


def spelling(name: str) -> str:
    """Return a network name as it is shown: NFC, whitespace collapsed, case kept."""
    return " ".join(unicodedata.normalize("NFC", name).split())


class Running:
    """Count, mean and spread of a stream of numbers (Welford's method, constant memory)."""

    __slots__ = ("n", "mean", "m2")

    def __init__(self) -> None:
        self.n = 0
        self.mean = 0.0
        self.m2 = 0.0

    def add(self, value: float) -> None:
        """Add one value."""
        self.n += 1
        delta = value - self.mean
        self.mean += delta / self.n
        self.m2 += delta * (value - self.mean)

    def sd(self) -> float | None:
        """Return the sample standard deviation (n − 1 in the denominator), or None if n < 2."""
        if self.n < 2:
            return None
        return math.sqrt(max(self.m2, 0.0) / (self.n - 1))


class NetworkStats:
    """Running figures of one network; its size does not depend on the number of exports."""

    __slots__ = (
        "spellings",
        "respondents",
        "verdicts",
        "verdicts_joining",
        "dimensions",
        "hours",
        "hours_total",
    )

    def __init__(self) -> None:
        self.spellings: Counter[str] = Counter()
        self.respondents = 0
        self.verdicts: Counter[str] = Counter()
        # The verdicts of those only considering joining: "invest" said to them was "join
        # and take an active part", a different thing from a member's "invest".
        self.verdicts_joining: Counter[str] = Counter()
        self.dimensions: dict[str, Running] = {}
        self.hours: Counter[int] = Counter()
        self.hours_total = 0.0

    def add(self, export: Mapping[str, Any], spelled: str | None = None) -> None:
        """Add one valid export's figures (`spelled`: its network name as shown, if known)."""
        self.add_figures(figures(export), spelled)

    def add_figures(self, found: Figures, spelled: str | None = None) -> None:
        """Add the figures of one valid export (see `figures`)."""
        name, verdict, scores, hours, joining = found
        self.spellings[spelling(name) if spelled is None else spelled] += 1
        self.respondents += 1
        self.verdicts[verdict] += 1
        if joining:
            self.verdicts_joining[verdict] += 1
        for did, score in scores:
            running = self.dimensions.get(did)
            if running is None:
                running = self.dimensions[did] = Running()
            if score is not None:
                running.add(float(score))
        if hours is not None:
            self.hours[round(hours * HOURS_STEP)] += 1
            self.hours_total += hours

    def name(self) -> str:
        """Return the most common spelling (ties: the first in sort order)."""
        return min(self.spellings.items(), key=lambda item: (-item[1], item[0]))[0]

    def hours_median(self) -> float | None:
        """Return the median of the hours, to a tenth of an hour."""
        count = sum(self.hours.values())
        if count == 0:
            return None
        # The two middle positions (the same one when the count is odd), counted from 0.
        wanted = ((count - 1) // 2, count // 2)
        found: list[int] = []
        seen = 0
        for bucket in sorted(self.hours):
            seen += self.hours[bucket]
            while len(found) < 2 and wanted[len(found)] < seen:
                found.append(bucket)
            if len(found) == 2:
                break
        return (found[0] + found[1]) / 2 / HOURS_STEP


class Aggregate:
    """Every network's running figures, keyed by the normalised name."""

    def __init__(self) -> None:
        self.networks: dict[str, NetworkStats] = {}
        self.valid = 0
        self.skipped = 0
        self._names: dict[str, tuple[str, str]] = {}

    def add(self, export: Mapping[str, Any]) -> None:
        """Add one valid export (see verkosto.export.strict.validate)."""
        self.add_figures(figures(export))

    def add_figures(self, found: Figures) -> None:
        """Add the figures of one valid export (see `figures`)."""
        name = found[0]
        known = self._names.get(name)
        if known is None:
            known = (network_key(name), spelling(name))
            if len(self._names) < _NAMES_REMEMBERED:
                self._names[name] = known
        key, spelled = known
        stats = self.networks.get(key)
        if stats is None:
            stats = self.networks[key] = NetworkStats()
        stats.add_figures(found, spelled)
        self.valid += 1

    def skip(self) -> None:
        """Count a file that was not a valid export."""
        self.skipped += 1


def _round(value: float | None, digits: int) -> float | None:
    return None if value is None else round(value, digits)


def dimension_order(aggregate: Aggregate, known: Sequence[str] = ()) -> list[str]:
    """Return every dimension id seen: those in `known` first in its order, then the rest."""
    seen: set[str] = set()
    for stats in aggregate.networks.values():
        seen.update(stats.dimensions)
    return [d for d in known if d in seen] + sorted(seen - set(known))


def summarise(
    aggregate: Aggregate,
    known_dimensions: Sequence[str] = (),
    min_respondents: int = MIN_RESPONDENTS,
) -> dict[str, Any]:
    """Return the summary in the documented `verkosto-kooste/1` shape.

    A figure is shown only where at least `min_respondents` answered.
    """
    order = dimension_order(aggregate, known_dimensions)
    networks = [
        _network_summary(stats, order, min_respondents)
        for stats in sorted(
            aggregate.networks.values(), key=lambda s: (-s.respondents, network_key(s.name()))
        )
    ]
    return {
        "schema": SUMMARY_SCHEMA,
        "tool_version": __version__,
        "min_respondents": min_respondents,
        "files": {
            "read": aggregate.valid + aggregate.skipped,
            "valid": aggregate.valid,
            "skipped": aggregate.skipped,
        },
        "dimensions": order,
        "networks": networks,
    }


def _network_summary(stats: NetworkStats, order: Sequence[str], minimum: int) -> dict[str, Any]:
    shown = stats.respondents >= minimum
    result: dict[str, Any] = {
        "network": stats.name(),
        "respondents": stats.respondents,
        "suppressed": not shown,
        "verdicts": None,
        "joining": None,
        "verdicts_members": None,
        "verdicts_joining": None,
        "worth_it_share": None,
        "hours_per_month": None,
        "dimensions": None,
    }
    if not shown:
        return result
    result["verdicts"] = {verdict: stats.verdicts.get(verdict, 0) for verdict in VERDICTS}
    joining = sum(stats.verdicts_joining.values())
    result["joining"] = joining
    if all(group == 0 or group >= minimum for group in (joining, stats.respondents - joining)):
        # Apart only when neither group is a handful, who could be told from the difference.
        result["verdicts_joining"] = {
            verdict: stats.verdicts_joining.get(verdict, 0) for verdict in VERDICTS
        }
        result["verdicts_members"] = {
            verdict: stats.verdicts.get(verdict, 0) - stats.verdicts_joining.get(verdict, 0)
            for verdict in VERDICTS
        }
    rated = stats.respondents - stats.verdicts.get("incomplete", 0)
    worth_it = sum(stats.verdicts.get(verdict, 0) for verdict in WORTH_IT)
    result["worth_it_share"] = _round(worth_it / rated, 4) if rated else None
    hours_n = sum(stats.hours.values())
    enough_hours = hours_n >= minimum
    result["hours_per_month"] = {
        "n": hours_n,
        "median": stats.hours_median() if enough_hours else None,
        "total": _round(stats.hours_total, 2) if enough_hours else None,
    }
    dimensions: dict[str, Any] = {}
    for did in order:
        running = stats.dimensions.get(did, Running())
        enough = running.n >= minimum
        dimensions[did] = {
            "n": running.n,
            "mean": _round(running.mean, 3) if enough else None,
            "sd": _round(running.sd(), 3) if enough else None,
        }
    result["dimensions"] = dimensions
    return result
