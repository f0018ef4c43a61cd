"""Properties of the verdict over random workers: no cliffs, and more never means worse.

- More benefit (any scale item one point better) never worsens the verdict.
- More hours never improve it; hours agreed as part of the job never worsen it.
- One hour a month or one scale point never moves it by two levels.
- Every "what would change" sentence holds when the tool is re-run with the change.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from verkosto.instrument.loader import load
from verkosto.instrument.model import applicable
from verkosto.recommend import recommend
from verkosto.rules import level, outcome_for
from verkosto.scoring import score

INSTRUMENT = load()
SCALE_IDS = [q.id for q in INSTRUMENT.questions if q.type == "scale"]
HOUR_IDS = list(INSTRUMENT.scoring.time.hours)


@st.composite
def workers(draw: Any) -> dict[str, Any]:
    """A worker with every applicable question answered (a "don't know" now and then)."""
    answers: dict[str, Any] = {
        "vaihe": draw(st.sampled_from(["jasen", "harkitsen"])),
        "rooli": draw(st.sampled_from(["osallistuja", "vastuuhenkilo", "koordinaattori"])),
        "tyoyhteiso": draw(st.sampled_from(["yksin", "pieni", "iso"])),
        "verkoston_vaihe": draw(st.sampled_from(["perustaja", "uusi", "vakiintunut"])),
    }
    if answers["vaihe"] == "jasen":
        answers["kesto"] = draw(st.sampled_from(["alle-6kk", "6-12kk", "1-3v", "yli-3v"]))
    for question in applicable(INSTRUMENT, answers):
        if question.type == "scale":
            answers[question.id] = draw(
                st.one_of(
                    st.integers(1, 5),
                    st.sampled_from([None]) if draw(st.integers(0, 9)) == 0 else st.nothing(),
                )
            )
    for qid in HOUR_IDS:
        answers[qid] = draw(st.integers(0, 40)) / 2
    answers["tyotunnit"] = draw(st.integers(40, 200))
    answers["sovitut_tunnit"] = draw(st.sampled_from([0, 0, 0, 2, 5, 10, 20, 40]))
    return answers


def rank(answers: dict[str, Any]) -> int | None:
    outcome = outcome_for(INSTRUMENT, answers)
    return None if outcome == "incomplete" else level(outcome, answers["vaihe"] == "harkitsen")


def scale_items(answers: dict[str, Any]) -> list[str]:
    return [q for q in SCALE_IDS if isinstance(answers.get(q), int)]


@st.composite
def strong_workers(draw: Any) -> dict[str, Any]:
    """Workers near the upper lines (benefit about 4–5, costs from light to heavy).

    Random workers seldom sit where invest meets continue; these do (a reviewer's search
    found a two-level jump there that the plain strategy missed).
    """
    answers = draw(workers())
    for qid in scale_items(answers):
        question = INSTRUMENT.question(qid)
        side = INSTRUMENT.dimension(question.dimension).side if question.dimension else None
        answers[qid] = draw(st.integers(1, 4) if side == "cost" else st.integers(3, 5))
    return answers


def check_every_point(answers: dict[str, Any]) -> None:
    before = rank(answers)
    if before is None:
        return
    no_hours = not sum(answers[q] for q in HOUR_IDS) and answers["vaihe"] == "jasen"
    for qid in scale_items(answers):
        if answers[qid] == 5:
            continue
        after = rank({**answers, qid: answers[qid] + 1})
        if after is None:
            continue
        assert after >= before, qid
        # With no hours a member has no "scale back": leave and continue are neighbours.
        assert after - before <= (2 if no_hours and (before, after) == (0, 2) else 1), qid


@settings(max_examples=200)
@given(workers())
def test_one_point_better_never_worsens_and_never_jumps_two_levels(answers):
    check_every_point(answers)


@settings(max_examples=200)
@given(strong_workers())
def test_no_two_level_jump_near_the_upper_lines(answers):
    check_every_point(answers)


@settings(max_examples=200)
@given(st.one_of(workers(), strong_workers()))
def test_one_more_hour_never_improves_and_never_drops_two_levels(answers):
    before = rank(answers)
    if before is None or not sum(answers[q] for q in HOUR_IDS):
        return  # from no hours, see test_with_no_hours_the_verdict_is_never_scale_back
    for qid in HOUR_IDS:
        after = rank({**answers, qid: answers[qid] + 1})
        if after is None:
            continue
        assert after <= before, qid
        assert before - after <= 1, qid


@settings(max_examples=200)
@given(workers(), st.integers(1, 40))
def test_agreeing_hours_as_part_of_the_job_never_worsens(answers, more):
    before = rank(answers)
    after = rank({**answers, "sovitut_tunnit": answers["sovitut_tunnit"] + more})
    if before is not None and after is not None:
        assert after >= before


@settings(max_examples=150)
@given(workers())
def test_every_change_found_holds_when_re_run(answers):
    assume(sum(answers[q] for q in HOUR_IDS) <= answers["tyotunnit"])  # as the tool requires
    result = recommend(INSTRUMENT, score(INSTRUMENT, answers), answers, date(2026, 11, 30))
    for change in result.changes:
        again = outcome_for(INSTRUMENT, {**answers, **change.answers})
        assert again == change.outcome
        joining = answers["vaihe"] == "harkitsen"
        if result.id == "incomplete":
            # Unknown relevance: the change answers the relevance questions one way or the
            # other, and the verdict it names is the one the tool then gives.
            assert change.kind in ("unanswered_up", "unanswered_down")
            continue
        # With no hours a member has no "scale back": leave and continue are neighbours.
        no_hours = not joining and not sum(answers[q] for q in HOUR_IDS)
        assert abs(level(again, joining) - level(result.id, joining)) == (
            2 if no_hours and {again, result.id} <= {"leave", "continue"} else 1
        )
        changed = {**answers, **change.answers}
        for qid, value in change.answers.items():
            question = INSTRUMENT.question(qid)
            assert question.min is None or value >= question.min
            assert question.max is None or value <= question.max
        # The tool would refuse more network hours than working time.
        assert sum(changed[q] for q in HOUR_IDS) <= changed["tyotunnit"]


@settings(max_examples=200)
@given(workers())
def test_with_no_hours_the_verdict_is_never_scale_back(answers):
    # "Zero hours is never lighten": there is nothing to scale back. For a member with no
    # hours, "leave" and "continue" are then neighbours, which is the one place where a
    # single scale point can move the verdict from one to the other.
    none = {**answers, **{qid: 0 for qid in HOUR_IDS}}
    assert outcome_for(INSTRUMENT, none) != "lighten"
