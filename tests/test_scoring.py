from __future__ import annotations

from dataclasses import replace

import pytest

from verkosto.instrument.model import applicable
from verkosto.scoring import INSUFFICIENT, item_value, level_for, score, time_use

from helpers import full_answers


@pytest.mark.parametrize(
    ("value", "expected"),
    # The level follows the score as shown with one decimal: 3,96 shows as 4,0.
    [
        (4.0, "strength"),
        (4.5, "strength"),
        (3.96, "strength"),
        (3.94, "discuss"),
        (3.0, "discuss"),
        (2.97, "discuss"),
        (2.94, "concern"),
        (1.0, "concern"),
        (None, INSUFFICIENT),
    ],
)
def test_level_bands(bundled, value, expected):
    assert level_for(bundled.scoring.levels, value) == expected


def test_reverse_item_is_flipped(bundled):
    question = replace(bundled.question("ydin_aiheet"), reverse=True)
    assert item_value(question, 2) == 4.0
    assert item_value(bundled.question("ydin_aiheet"), 2) == 2.0
    assert item_value(question, None) is None


def test_every_bundled_item_is_worded_positively(bundled):
    # A reverse-coded item among positive ones confuses the scale (issue 9, wording).
    assert not [q.id for q in bundled.questions if q.reverse]


@pytest.mark.parametrize("value", [1, 2, 3, 4, 5])
def test_uniform_answers_score_every_dimension_the_same(bundled, value):
    scores = score(bundled, full_answers(bundled, scale=value))
    for did, result in scores.dimensions.items():
        if did == "ajankaytto":
            continue
        assert result.score == value, did


def test_dimension_mean_uses_answered_items_only(bundled):
    answers = full_answers(
        bundled, tuki_vertais=5, tuki_yhteenkuuluvuus=3, tuki_tyonohjaus=None, tuki_jaksaminen=4
    )
    result = score(bundled, answers).dimensions["tuki"]
    assert result.score == 4.0
    assert (result.answered, result.asked) == (3, 4)


def test_dimension_is_insufficient_under_half_answered(bundled):
    answers = full_answers(
        bundled,
        tuki_vertais=5,
        tuki_yhteenkuuluvuus=None,
        tuki_tyonohjaus=None,
        tuki_jaksaminen=None,
    )
    result = score(bundled, answers).dimensions["tuki"]
    assert result.score is None
    assert result.level == INSUFFICIENT


def test_exactly_half_answered_is_enough(bundled):
    answers = full_answers(
        bundled, tuki_vertais=5, tuki_yhteenkuuluvuus=3, tuki_tyonohjaus=None, tuki_jaksaminen=None
    )
    assert score(bundled, answers).dimensions["tuki"].score == 4.0


@pytest.mark.parametrize(
    ("hours", "worktime", "share", "time_score"),
    [
        (1.0, 160.0, 0.025, 5.0),  # 4 h of 160 h = 2.5 %
        (2.0, 160.0, 0.05, 5.0),  # the curve's first point
        (3.0, 160.0, 0.075, 4.5),  # half way from 5 % (5) to 10 % (4)
        (5.0, 160.0, 0.125, 3.5),
        (8.0, 160.0, 0.2, 2.5),
        (20.0, 160.0, 0.5, 1.0),  # beyond the last point
        (0.0, 160.0, 0.0, 5.0),
    ],
)
def test_time_score_runs_on_straight_lines_between_the_curve_points(
    bundled, hours, worktime, share, time_score
):
    time = time_use(bundled, full_answers(bundled, hours=hours, worktime=worktime))
    assert time.hours_per_month == pytest.approx(hours * 4)
    assert time.share == pytest.approx(share)
    assert time.score == time_score


def test_one_more_hour_never_drops_the_time_score_by_a_whole_point(bundled):
    # No cliffs: the old bands dropped a whole point at 15 % (22,5 h → 23 h of 150).
    scores = [time_use(bundled, full_answers(bundled, hours=h / 4)).score for h in range(0, 160)]
    assert all(0 <= a - b < 0.5 for a, b in zip(scores, scores[1:], strict=False))


@pytest.mark.parametrize(
    ("agreed", "unagreed", "share", "time_score"),
    [(0, 40.0, 0.2667, 1.89), (20, 20.0, 0.1333, 3.33), (40, 0.0, 0.0, 5.0), (60, 0.0, 0.0, 5.0)],
)
def test_only_hours_beyond_the_agreed_ones_weigh(bundled, agreed, unagreed, share, time_score):
    # "Onko osallistuminen omasta työstä pois?" – hours agreed as the job are not.
    time = time_use(bundled, full_answers(bundled, hours=10.0, sovitut_tunnit=agreed))
    assert time.hours_per_month == 40.0
    assert time.unagreed == unagreed
    assert time.unagreed_share == pytest.approx(share, abs=1e-4)
    assert time.score == pytest.approx(time_score, abs=0.01)


def test_a_new_member_is_not_scored_down_for_benefits_not_yet_seen(bundled):
    # "Hyötyjä ei aina näe saman tien" – benefit not yet seen counts only when it helps.
    slow = {"hyodyt_nakyneet": 1, "vv_luottamus": 1, "jarj_jalkautus": 1}
    new = score(bundled, full_answers(bundled, tenure="alle-6kk", **slow))
    old = score(bundled, full_answers(bundled, tenure="yli-3v", **slow))
    assert new.dimensions["ydintehtava"].score == 4.0
    assert old.dimensions["ydintehtava"].score == 3.25
    seen = score(bundled, full_answers(bundled, tenure="alle-6kk", hyodyt_nakyneet=5))
    assert seen.dimensions["ydintehtava"].score == 4.25


def test_support_weighs_double_in_a_small_organisation(bundled):
    answers = dict(tuki_vertais=5, tuki_yhteenkuuluvuus=5, tuki_tyonohjaus=5, tuki_jaksaminen=5)
    large = score(bundled, full_answers(bundled, scale=3, **answers))
    small = score(bundled, full_answers(bundled, scale=3, tyoyhteiso="yksin", **answers))
    assert large.balance.benefit == 3.4  # (3 + 3 + 5 + 3 + 3) / 5
    assert small.balance.benefit == pytest.approx(3.67, abs=0.01)  # support counted twice
    assert "small_org" in small.facts and "board" in small.facts


def test_relevance_is_the_better_of_core_task_and_organisation(bundled):
    scores = score(bundled, full_answers(bundled, ydin_aiheet=1, jarj_tavoitteet=4))
    assert scores.relevance == 4.0
    assert (
        score(bundled, full_answers(bundled, ydin_aiheet=None, jarj_tavoitteet=None)).relevance
        is None
    )


def test_time_without_hours_is_unknown(bundled):
    answers = full_answers(bundled)
    for qid in bundled.scoring.time.hours:
        del answers[qid]
    time = time_use(bundled, answers)
    assert time.hours_per_month is None and time.share is None and time.score is None
    assert score(bundled, answers).dimensions["ajankaytto"].level == INSUFFICIENT


def test_balance_is_benefit_over_cost_burden(bundled):
    # Benefit dimensions all 4; resources and how the network works 4 (burden 2);
    # time 2.5 % share → 5 (burden 1): cost burden (1 + 2 + 2) / 3.
    scores = score(bundled, full_answers(bundled, scale=4, hours=1.0, worktime=160.0))
    assert scores.balance.benefit == 4.0
    assert scores.balance.cost == 1.67
    assert scores.balance.ratio == pytest.approx(2.4)


def test_balance_unknown_when_nothing_answered(bundled):
    answers = {q.id: None for q in bundled.questions if q.type == "scale" and q.when is None}
    answers.update(vaihe="harkitsen", rooli="osallistuja")
    scores = score(bundled, answers)
    assert scores.balance.benefit is None
    assert scores.balance.ratio is None


@pytest.mark.parametrize(
    ("phase", "tenure", "joining", "new_member"),
    [
        ("harkitsen", None, True, False),
        ("jasen", "alle-6kk", False, True),
        ("jasen", "6-12kk", False, True),
        ("jasen", "1-3v", False, False),
        ("jasen", "yli-3v", False, False),
    ],
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
