"""What would change the verdict (pure): the smallest realistic change, one level each way.

Each change is found by re-running the same rules (`rules.verdict`) on changed answers, so
each sentence `explain` makes of it is true.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

from verkosto.instrument.model import Answer, Instrument
from verkosto.instrument.thresholds import MONTH_HOURS
from verkosto.rules import ParamValue, level, verdict
from verkosto.scoring import item_value, score

_SEARCH_HOURS = 400  # the longest hours search, in whole hours
# The template (recommendation.changes in questions.yaml) of each kind of change, by direction.
_DIMENSION_KINDS = {"up": "dimension_up", "down": "dimension_down"}
_UNANSWERED_KINDS = {"up": "unanswered_up", "down": "unanswered_down"}


@dataclass(frozen=True)
class VerdictChange:
    """The smallest realistic change found that moves the verdict one level up or down."""

    kind: str  # a key of `recommendation.changes`: hours, agreed, dimension
    direction: str  # "up" or "down"
    outcome: str
    params: Mapping[str, ParamValue]
    # The answers that change, with their new values: re-running with them gives `outcome`.
    answers: Mapping[str, Answer]


def _with_hours(
    instrument: Instrument, answers: Mapping[str, Answer], total: float
) -> dict[str, Answer] | None:
    """Return the hour answers changed so that they add up to `total`, or None if they can't."""
    hours = instrument.scoring.time.hours
    current = {
        qid: float(v)
        for qid in hours
        if isinstance(v := answers.get(qid), (int, float)) and not isinstance(v, bool)
    }
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
    """Whole-hour totals to try, nearest first, ending at 0 or `limit`.

    Never above a month's hours, the most an hour question may allow: the search is bounded
    by the questions file's ranges, not by the size of an answer.
    """
    if up:  # fewer hours; not down to none, where the question is no longer the same
        start = math.ceil(total) - 1 if total.is_integer() else math.floor(total)
        return [float(h) for h in range(min(int(start), MONTH_HOURS), 0, -1)]
    start = math.floor(total) + 1
    end = min(limit, total + _SEARCH_HOURS, MONTH_HOURS)
    return [float(h) for h in range(start, int(end) + 1)]


def what_would_change(
    instrument: Instrument, answers: Mapping[str, Answer], outcome: str
) -> tuple[VerdictChange, ...]:
    """Find the smallest realistic changes that move the verdict one level up and down.

    Each change is checked by re-running the same rules on the changed answers, so each
    sentence made of it is true; the tests re-run the tool to hold it to that.
    """
    if outcome == "incomplete":
        return ()
    scores = score(instrument, answers)
    joining = scores.joining
    rank = level(outcome, joining)
    # With no hours a member has no "scale back": leave and continue are neighbours there.
    no_hours = not joining and not scores.time.hours_per_month
    found: list[VerdictChange] = []
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


def _moved(
    instrument: Instrument,
    answers: Mapping[str, Answer],
    changed: Mapping[str, Answer],
    wanted: int,
) -> str | None:
    """Return the new verdict if the changed answers move it to rank `wanted`."""
    new, new_level = verdict(instrument, {**answers, **changed})
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
    now = verdict(instrument, answers)[1]

    def moved(index: int) -> bool:
        after = verdict(instrument, {**answers, **candidates[index]})[1]
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
) -> list[VerdictChange]:
    config = instrument.scoring.time
    time = score(instrument, answers).time
    total = time.hours_per_month
    if not total or time.worktime is None:
        # With no hours, "scale back" is not on offer, so an hour more says nothing useful.
        return []
    found: list[VerdictChange] = []
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
        found.append(
            VerdictChange(
                "hours", direction, new, {"old": total, "new": targets[index]}, changes[index]
            )
        )
    agreed_q = config.agreed
    if direction == "up" and agreed_q is not None and (time.unagreed or 0) > 0:
        agreed = time.agreed or 0.0
        question = instrument.question(agreed_q)
        top = min(math.ceil(total), MONTH_HOURS + 1)  # bounded as _hour_targets is
        steps = [float(h) for h in range(math.floor(agreed) + 1, top)] + [total]
        steps = [h for h in steps if question.max is None or h <= question.max]
        agreed_changes: list[dict[str, Answer]] = [{agreed_q: _tidy(h)} for h in steps]
        hit = _first_moving(instrument, answers, agreed_changes, wanted)
        if hit is not None:
            index, new = hit
            found.append(
                VerdictChange(
                    "agreed",
                    direction,
                    new,
                    {"old": agreed, "new": steps[index]},
                    agreed_changes[index],
                )
            )
    return found


def _dimension_changes(
    instrument: Instrument, answers: Mapping[str, Answer], direction: str, wanted: int
) -> list[VerdictChange]:
    """Try one scale point better (or worse) on every answered item of one dimension."""
    scores = score(instrument, answers)
    step = 1 if direction == "up" else -1
    candidates: list[tuple[float, VerdictChange]] = []
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
        candidates.append(
            (
                order,
                VerdictChange(
                    _DIMENSION_KINDS[direction],
                    direction,
                    new,
                    {
                        "dimension": dimension.id,
                        "old": current,
                        "new": after if after is not None else current,
                    },
                    changed,
                ),
            )
        )
    candidates.sort(key=lambda pair: pair[0])
    return [change for _, change in candidates[:1]]


def unanswered_relevance(instrument: Instrument, answers: Mapping[str, Answer]) -> tuple[str, ...]:
    """Return the relevance questions (core task, organisation's goals) left unanswered."""
    return tuple(
        qid
        for qid in instrument.scoring.relevance
        if instrument.has_question(qid)
        and item_value(instrument.question(qid), answers.get(qid)) is None
    )


def unanswered_changes(
    instrument: Instrument, answers: Mapping[str, Answer]
) -> tuple[VerdictChange, ...]:
    """Return what the verdict would be with the relevance questions answered either way.

    "Onko osallistuminen tärkeää oman ydintehtäväni kannalta?" is the first thing to weigh;
    when it has no answer, the most useful change names it, answered yes and answered no.
    """
    missing = unanswered_relevance(instrument, answers)
    found: list[VerdictChange] = []
    for direction, agree in (("up", 5), ("down", 2)):
        changed: dict[str, Answer] = {}
        for qid in missing:
            question = instrument.question(qid)
            changed[qid] = 6 - agree if question.reverse else agree
        new, _ = verdict(instrument, {**answers, **changed})
        if missing and new != "incomplete":
            found.append(
                VerdictChange(
                    _UNANSWERED_KINDS[direction], direction, new, {"questions": missing}, changed
                )
            )
    return tuple(found)
