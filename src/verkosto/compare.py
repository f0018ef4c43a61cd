"""Pure computations over stored exports: trends and comparisons, and what a stored verdict says.

No I/O. The summary of every network (`yhteenveto`) is in overview.py.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from verkosto.export.names import network_key
from verkosto.instrument.model import Instrument, Text

# A change of a dimension's score smaller than this is shown as level, not as a rise or fall:
# one answer moving by one point in a four-item dimension moves the mean by 0.25.
STEADY = 0.25
TREND_MIN = 3
TOP_ANSWERS = 5

Export = Mapping[str, Any]

# The answer that tells a network being considered from one the person is in (questions.yaml
# scoring.phase); the CLI passes the instrument's own.
JOINING = ("vaihe", "harkitsen")


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return float(value)


def ratio(export: Export) -> float | None:
    """Return the benefit/cost ratio of an export, or None."""
    return _number((export.get("balance") or {}).get("ratio"))


def hours(export: Export) -> float | None:
    """Return the network's hours per month in an export, or None."""
    return _number((export.get("time") or {}).get("hours_per_month"))


def share(export: Export) -> float | None:
    """Return the share of working time in an export, or None."""
    return _number((export.get("time") or {}).get("share_of_worktime"))


def export_outcome(export: Export) -> str:
    """Return the recommendation id of an export."""
    return str((export.get("recommendation") or {}).get("id", ""))


def was_joining(export: Export, joining: tuple[str, str] = JOINING) -> bool:
    """Return whether the person was only considering joining when the export was made.

    An export says so in `recommendation.joining`; one made before that field existed is
    read from its answer to the phase question (`joining`: question id and answer).
    """
    flag = (export.get("recommendation") or {}).get("joining")
    if isinstance(flag, bool):
        return flag
    answers = export.get("answers")
    return isinstance(answers, dict) and answers.get(joining[0]) == joining[1]


def verdict_words(export: Export, instrument: Instrument | None = None) -> Text:
    """Return the title of a stored verdict in each language, worded as it was for the person.

    In the language the assessment was made in, the title is the stored one, exactly as it
    was shown. In another language it is the outcome's title in `instrument`, in the form for
    someone considering joining when the person was (`was_joining`), so that "Liity
    verkostoon" is never shown again as "Jatka kuten nyt".
    """
    stored = str((export.get("recommendation") or {}).get("title") or "")
    outcomes = {} if instrument is None else instrument.recommendation.outcomes
    outcome = outcomes.get(export_outcome(export))
    if instrument is None or outcome is None:
        return Text(stored or export_outcome(export) or "?")
    phase = instrument.scoring.phase
    joining = was_joining(export, (phase.question, phase.joining))
    chosen = outcome.title_joining if joining else outcome.title
    made_in = export.get("language")
    return Text(
        stored if stored and made_in == "fi" else chosen.fi,
        stored if stored and made_in == "en" else chosen.en,
        stored if stored and made_in == "sv" else chosen.sv,
    )


def verdict_title(
    export: Export, instrument: Instrument | None = None, lang: str | None = None
) -> str:
    """Return the title of a stored verdict: as it was shown, or in `lang` (see verdict_words)."""
    if lang is None or instrument is None:
        return str((export.get("recommendation") or {}).get("title", ""))
    return verdict_words(export, instrument).get(lang)


def next_review(export: Export) -> date | None:
    """Return the next review date of an export, or None if it is missing or malformed."""
    raw = (export.get("recommendation") or {}).get("next_review")
    try:
        return date.fromisoformat(str(raw))
    except ValueError:
        return None


def is_overdue(export: Export, today: date) -> bool:
    """Return whether the export's next review date has passed."""
    review = next_review(export)
    return review is not None and review < today


def dimension_score(export: Export, dimension: str) -> float | None:
    """Return one dimension's score in an export, or None."""
    entry = (export.get("dimensions") or {}).get(dimension) or {}
    return _number(entry.get("score")) if isinstance(entry, Mapping) else None


def dimension_ids(exports: Sequence[Export]) -> list[str]:
    """Return the dimension ids of the exports in first-seen order."""
    seen: list[str] = []
    for export in exports:
        for did in export.get("dimensions") or {}:
            if did not in seen:
                seen.append(str(did))
    return seen


# --------------------------------------------------------------------------- trends


@dataclass(frozen=True)
class Trend:
    """One dimension's scores over time (oldest first) and their direction: -1, 0 or 1."""

    dimension: str
    scores: tuple[float | None, ...]
    direction: int


def direction(before: float | None, after: float | None) -> int:
    """Return 1 for a rise, -1 for a fall and 0 for no clear change (or unknown)."""
    if before is None or after is None or abs(after - before) < STEADY:
        return 0
    return 1 if after > before else -1


def trends(oldest_first: Sequence[Export], minimum: int = TREND_MIN) -> list[Trend]:
    """Return a trend per dimension when there are at least `minimum` assessments, else []."""
    if len(oldest_first) < minimum:
        return []
    result: list[Trend] = []
    for did in dimension_ids(oldest_first):
        scores = tuple(dimension_score(e, did) for e in oldest_first)
        known = [s for s in scores if s is not None]
        first, last = (known[0], known[-1]) if known else (None, None)
        result.append(Trend(did, scores, direction(first, last)))
    return result


def by_network(exports: Sequence[tuple[int, Export]]) -> dict[str, list[tuple[int, Export]]]:
    """Group (id, export) pairs by network key, keeping their order."""
    groups: dict[str, list[tuple[int, Export]]] = {}
    for item in exports:
        groups.setdefault(network_key(str(item[1].get("network", ""))), []).append(item)
    return groups


def latest_per_network(newest_first: Sequence[tuple[int, Export]]) -> list[tuple[int, Export]]:
    """Return the newest (id, export) of each network from a newest-first list."""
    return [items[0] for items in by_network(newest_first).values()]


# --------------------------------------------------------------------------- comparison


@dataclass(frozen=True)
class ValueChange:
    """A value before and after, and the difference when both are known."""

    before: float | None
    after: float | None

    @property
    def delta(self) -> float | None:
        """Return after − before, or None when either is unknown."""
        if self.before is None or self.after is None:
            return None
        return round(self.after - self.before, 4)


@dataclass(frozen=True)
class AnswerChange:
    """An answer that changed, with how much on a 0–1 scale (1 = the whole range)."""

    question: str
    before: Any
    after: Any
    weight: float


@dataclass(frozen=True)
class Comparison:
    """Two assessments side by side: A (earlier) and B (later)."""

    before: Export
    after: Export
    dimensions: tuple[tuple[str, ValueChange], ...]
    hours: ValueChange
    share: ValueChange
    ratio: ValueChange
    verdict_changed: bool
    answers: tuple[AnswerChange, ...]


def _answer_weight(instrument: Instrument, qid: str, before: Any, after: Any) -> float:
    """Return how much an answer changed on 0–1, so scales, hours and choices weigh alike."""
    if before == after:
        return 0.0
    low = _number(before)
    high = _number(after)
    if low is None or high is None:
        return 1.0  # given or taken back, or a choice or text that changed
    span = 4.0  # a 1–5 scale
    if instrument.has_question(qid):
        question = instrument.question(qid)
        if question.type == "number" and question.min is not None and question.max is not None:
            span = max(question.max - question.min, 1e-9)
    return min(1.0, abs(high - low) / span)


def instrument_version(export: Export) -> str | None:
    """Return the version of the questions an export was made with, if it says."""
    meta = export.get("instrument")
    version = meta.get("version") if isinstance(meta, dict) else None
    return version if isinstance(version, str) else None


def compare(
    before: Export, after: Export, instrument: Instrument, top: int = TOP_ANSWERS
) -> Comparison:
    """Compare two exports: dimensions, hours, balance, verdict and the answers that moved most."""
    dims = tuple(
        (did, ValueChange(dimension_score(before, did), dimension_score(after, did)))
        for did in dimension_ids([after, before])
    )
    answers_before = before.get("answers") or {}
    answers_after = after.get("answers") or {}
    order = [q.id for q in instrument.questions]
    ids = [qid for qid in order if qid in answers_before or qid in answers_after]
    ids += sorted(str(q) for q in {*answers_before, *answers_after} if q not in set(order))
    if instrument_version(before) != instrument_version(after):
        # A question one version asks and the other does not is not an answer that changed.
        ids = [qid for qid in ids if qid in answers_before and qid in answers_after]
    changed = [
        AnswerChange(
            qid,
            answers_before.get(qid),
            answers_after.get(qid),
            _answer_weight(instrument, qid, answers_before.get(qid), answers_after.get(qid)),
        )
        for qid in ids
    ]
    # Biggest change first; ties keep questionnaire order (sorted() is stable).
    moved = sorted((c for c in changed if c.weight > 0), key=lambda c: -c.weight)[:top]
    return Comparison(
        before=before,
        after=after,
        dimensions=dims,
        hours=ValueChange(hours(before), hours(after)),
        share=ValueChange(share(before), share(after)),
        ratio=ValueChange(ratio(before), ratio(after)),
        # From "Liity verkostoon" to "Jatka kuten nyt" is a change, though both are "continue".
        verdict_changed=(export_outcome(before), was_joining(before))
        != (export_outcome(after), was_joining(after)),
        answers=tuple(moved),
    )


# --------------------------------------------------------------------------- summary


def agreed_hours(export: Export) -> float:
    """Return the hours a month agreed as part of the job (0 when none or not asked)."""
    return _number((export.get("time") or {}).get("agreed_hours_per_month")) or 0.0


def unagreed_hours(export: Export) -> float | None:
    """Return the hours a month beyond the agreed ones, or None when the hours are unknown."""
    total = hours(export)
    if total is None:
        return None
    return round(max(0.0, total - agreed_hours(export)), 2)


def unagreed_share(export: Export) -> float | None:
    """Return the share of working time beyond the agreed hours, or None.

    An export made before agreed hours were asked has no such share: all of its hours
    were beyond any agreement, so its whole share counts.
    """
    stored = _number((export.get("time") or {}).get("unagreed_share_of_worktime"))
    if stored is not None:
        return stored
    whole, total, beyond = share(export), hours(export), unagreed_hours(export)
    if whole is None or not total or beyond is None:
        return whole
    return round(whole * beyond / total, 4)


# Verdicts that already tell the person to take part less: the first to name when the total
# is high. An invest verdict is never named, whatever its hours.
CUT_BACK = frozenset({"lighten", "leave"})


# --------------------------------------------------------------------------- JSON shapes

_DIRECTIONS = {1: "up", -1: "down", 0: "steady"}


def history_to_dict(
    newest_first: Sequence[tuple[int, Export]],
    today: date,
    series: Sequence[tuple[Sequence[tuple[int, Export]], int]] | None = None,
    more: int = 0,
) -> dict[str, Any]:
    """Return the `historia --json` shape: rows newest first and each network's trend.

    `series` holds each network's newest rows and its number of assessments, when the trends
    come from other rows than those listed; `more` is how many rows were left unlisted.
    """
    groups = by_network(newest_first)
    current = {items[0][0] for items in groups.values()}
    rows = [
        {
            "id": assessment_id,
            **listing(export),
            # Only the latest assessment of a network can be overdue: a later one replaced it.
            "overdue": assessment_id in current and is_overdue(export, today),
        }
        for assessment_id, export in newest_first
    ]
    if series is None:
        series = [(items, len(items)) for items in groups.values()]
    trend_rows = []
    for items, total in series:
        found = trends([export for _, export in reversed(items)])
        if found:
            trend_rows.append(
                {
                    "network": items[0][1].get("network"),
                    "count": len(items),
                    "total": total,
                    "dimensions": {
                        tr.dimension: {
                            "scores": list(tr.scores),
                            "direction": _DIRECTIONS[tr.direction],
                        }
                        for tr in found
                    },
                }
            )
    return {"assessments": rows, "more": more, "trends": trend_rows}


def listing(export: Export) -> dict[str, Any]:
    """Return the fields one assessment shows in the `historia` and `yhteenveto` JSON."""
    return {
        "network": export.get("network"),
        "completed_at": export.get("completed_at"),
        "recommendation": export_outcome(export),
        "title": verdict_title(export),
        "ratio": ratio(export),
        "hours_per_month": hours(export),
        "share_of_worktime": share(export),
        "next_review": (export.get("recommendation") or {}).get("next_review"),
    }
