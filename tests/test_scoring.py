from __future__ import annotations

import pytest

from verkosto.instrument import applicable
from verkosto.scoring import INSUFFICIENT, item_value, level_for, score, time_use

from helpers import full_answers


@pytest.mark.parametrize(
    ("value", "expected"),
    [(4.0, "strength"), (4.5, "strength"), (3.99, "discuss"), (3.0, "discuss"),
     (2.99, "concern"), (1.0, "concern"), (None, INSUFFICIENT)],
)
def test_level_bands(bundled, value, expected):
    assert level_for(bundled.scoring.levels, value) == expected


def test_reverse_item_is_flipped(bundled):
    question = bundled.question("ydin_korvattavuus")
    assert question.reverse
    assert item_value(question, 2) == 4.0
    assert item_value(bundled.question("ydin_aiheet"), 2) == 2.0
    assert item_value(question, None) is None


@pytest.mark.parametrize("value", [1, 2, 3, 4, 5])
def test_uniform_answers_score_every_dimension_the_same(bundled, value):
    scores = score(bundled, full_answers(bundled, scale=value))
    for did, result in scores.dimensions.items():
        if did == "ajankaytto":
            continue
        assert result.score == value, did


def test_dimension_mean_uses_answered_items_only(bundled):
    answers = full_answers(bundled, tuki_vertais=5, tuki_yhteenkuuluvuus=3,
                           tuki_tyonohjaus=None, tuki_jaksaminen=4)
    result = score(bundled, answers).dimensions["tuki"]
    assert result.score == 4.0
    assert (result.answered, result.asked) == (3, 4)


def test_dimension_is_insufficient_under_half_answered(bundled):
    answers = full_answers(bundled, tuki_vertais=5, tuki_yhteenkuuluvuus=None,
                           tuki_tyonohjaus=None, tuki_jaksaminen=None)
    result = score(bundled, answers).dimensions["tuki"]
    assert result.score is None
    assert result.level == INSUFFICIENT


def test_exactly_half_answered_is_enough(bundled):
    answers = full_answers(bundled, tuki_vertais=5, tuki_yhteenkuuluvuus=3,
                           tuki_tyonohjaus=None, tuki_jaksaminen=None)
    assert score(bundled, answers).dimensions["tuki"].score == 4.0


@pytest.mark.parametrize(
    ("hours", "worktime", "share", "time_score"),
    [
        (1.0, 160.0, 0.025, 5.0),   # 4 h of 160 h = 2.5 %
        (2.0, 160.0, 0.05, 5.0),    # band edge belongs to the lighter band
        (3.0, 160.0, 0.075, 4.0),
        (5.0, 160.0, 0.125, 3.0),
        (8.0, 160.0, 0.2, 2.0),
        (20.0, 160.0, 0.5, 1.0),
        (0.0, 160.0, 0.0, 5.0),
    ],
)
def test_time_share_bands(bundled, hours, worktime, share, time_score):
    time = time_use(bundled, full_answers(bundled, hours=hours, worktime=worktime))
    assert time.hours_per_month == pytest.approx(hours * 4)
    assert time.share == pytest.approx(share)
    assert time.score == time_score


def test_time_without_hours_is_unknown(bundled):
    answers = full_answers(bundled)
    for qid in bundled.scoring.time.hours:
        del answers[qid]
    time = time_use(bundled, answers)
    assert time.hours_per_month is None and time.share is None and time.score is None
    assert score(bundled, answers).dimensions["ajankaytto"].level == INSUFFICIENT


def test_balance_is_benefit_over_cost_burden(bundled):
    # Benefit dimensions all 4; resources 4 (burden 2); time 2.5 % share → 5 (burden 1).
    scores = score(bundled, full_answers(bundled, scale=4, hours=1.0, worktime=160.0))
    assert scores.balance.benefit == 4.0
    assert scores.balance.cost == 1.5
    assert scores.balance.ratio == pytest.approx(2.67)


def test_balance_unknown_when_nothing_answered(bundled):
    answers = {q.id: None for q in bundled.questions if q.type == "scale" and q.when is None}
    answers.update(vaihe="harkitsen", rooli="osallistuja")
    scores = score(bundled, answers)
    assert scores.balance.benefit is None
    assert scores.balance.ratio is None


@pytest.mark.parametrize(
    ("phase", "tenure", "joining", "new_member"),
    [("harkitsen", None, True, False), ("jasen", "alle-6kk", False, True),
     ("jasen", "6-12kk", False, True), ("jasen", "1-3v", False, False),
     ("jasen", "yli-3v", False, False)],
)
def test_phase(bundled, phase, tenure, joining, new_member):
    answers = full_answers(bundled, phase=phase, tenure=tenure or "1-3v")
    scores = score(bundled, answers)
    assert (scores.joining, scores.new_member) == (joining, new_member)


def test_conditional_questions_follow_phase(bundled):
    member = {q.id for q in applicable(bundled, {"vaihe": "jasen"})}
    newcomer = {q.id for q in applicable(bundled, {"vaihe": "harkitsen"})}
    assert {"kesto", "hyodyt_nakyneet", "vv_luottamus", "jarj_jalkautus"} <= member - newcomer
    assert "hyodyt_odotetut" in newcomer - member
