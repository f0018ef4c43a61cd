from __future__ import annotations

from datetime import date

import pytest

from verkosto.recommend import add_months, recommend
from verkosto.scoring import score

from helpers import full_answers

TODAY = date(2026, 11, 27)
CORE_OK = {"ydin_aiheet": 4, "ydin_anti": 4, "ydin_korvattavuus": 2, "hyodyt_nakyneet": 3}
CORE_BAD = {"ydin_aiheet": 2, "ydin_anti": 2, "ydin_korvattavuus": 4, "hyodyt_nakyneet": 2}


def decide(instrument, lang="fi", **kwargs):
    answers = full_answers(instrument, **kwargs)
    return recommend(instrument, score(instrument, answers), answers, TODAY)


@pytest.mark.parametrize(
    ("kwargs", "outcome"),
    [
        # Everything strong and light: invest more.
        ({"scale": 5, "hours": 1.0}, "invest"),
        # Good but not outstanding: continue as now.
        ({"scale": 4, "hours": 2.0}, "continue"),
        # Even trade (ratio 1.2): lighten.
        ({"scale": 3, "hours": 2.0}, "lighten"),
        # Costs outweigh benefits for a long-time member: leave.
        ({"scale": 2, "hours": 2.0}, "leave"),
        # Same low benefits but only months in, core task fine: give it time.
        ({"scale": 2, "hours": 2.0, "tenure": "alle-6kk", **CORE_OK}, "give_time"),
        # New member, but the topic does not serve the core task: time will not fix it.
        ({"scale": 2, "hours": 2.0, "tenure": "alle-6kk"}, "leave"),
        # Great benefits but the core task is a concern: capped at lighten.
        ({"scale": 5, "hours": 1.0, **CORE_BAD}, "lighten"),
        # Considering joining, even trade: join on trial.
        ({"scale": 3, "hours": 2.0, "phase": "harkitsen"}, "give_time"),
        # Considering joining, even trade but heavy hours: join lightly.
        ({"scale": 4, "hours": 10.0, "phase": "harkitsen"}, "lighten"),
        # Considering joining, costs outweigh benefits: do not join.
        ({"scale": 2, "hours": 2.0, "phase": "harkitsen"}, "leave"),
    ],
)
def test_outcomes(bundled, kwargs, outcome):
    assert decide(bundled, **kwargs).id == outcome


def test_invest_needs_a_strong_core_task(bundled):
    # Ratio and benefit are high, but the core task is only "to discuss".
    result = decide(bundled, scale=5, hours=1.0, ydin_aiheet=3, ydin_anti=3,
                    ydin_korvattavuus=3, hyodyt_nakyneet=3)
    assert result.id == "continue"


def test_core_concern_is_named_in_reasons(bundled):
    result = decide(bundled, scale=5, hours=1.0, **CORE_BAD)
    assert any("Ydintehtävä" in reason for reason in result.reasons)
    assert "ydintehtava" in result.drivers


def test_new_member_gets_earlier_review(bundled):
    result = decide(bundled, scale=2, hours=2.0, tenure="alle-6kk", **CORE_OK)
    assert result.next_review == date(2027, 2, 27)
    assert any("uusi" in reason for reason in result.reasons)


def test_joining_wording(bundled):
    assert decide(bundled, scale=5, hours=1.0, phase="harkitsen").title == (
        "Liity ja osallistu aktiivisesti"
    )
    assert decide(bundled, scale=2, hours=2.0, phase="harkitsen").title == (
        "Älä liity verkostoon nyt"
    )
    assert decide(bundled, scale=2, hours=2.0).title == "Harkitse verkostosta luopumista"


def test_english(bundled):
    result = decide(bundled, lang="en", scale=5, hours=1.0)
    assert result.title.startswith("Take an active part")
    assert any("benefit/cost ratio" in reason for reason in result.reasons)


def test_too_few_answers_is_incomplete_and_says_why(bundled):
    answers = {q.id: None for q in bundled.questions if q.type == "scale"}
    answers.update(vaihe="jasen", kesto="yli-3v", rooli="osallistuja")
    result = recommend(bundled, score(bundled, answers), answers, TODAY)
    assert result.id == "incomplete"
    assert any("liian vähän" in reason for reason in result.reasons)
    assert not any("Vahvuus" in reason for reason in result.reasons)
    assert list(result.next_steps) == [
        step.text.fi for step in bundled.recommendation.outcomes["incomplete"].steps
    ]


def test_one_answered_benefit_dimension_does_not_decide(bundled):
    # Only the core task answered (top marks); every other benefit item "don't know".
    unknown = {q.id: None for q in bundled.questions
               if q.type == "scale" and q.dimension not in ("ydintehtava", "resurssit")}
    result = decide(bundled, scale=5, hours=1.0, **unknown)
    assert result.id == "incomplete"


def test_light_costs_do_not_make_a_poor_network_clearly_worth_it(bundled):
    # Benefits at 2 and costs very light: ratio 2.0, but the network gives little.
    result = decide(bundled, scale=2, hours=0.5, resurssit_kulut=1, resurssit_tuki=5,
                    resurssit_aikataulu=5, **CORE_OK)
    assert result.id == "lighten"
    assert not any("selvästi kannattava" in reason for reason in result.reasons)
    assert any("on sinulle vain vähän annettavaa" in r for r in result.reasons)


def test_heavy_hours_cap_continue(bundled):
    # Strong benefits, light other costs, but 27 % of working time.
    result = decide(bundled, scale=5, hours=10.0, worktime=150.0)
    assert result.id == "lighten"
    assert any("Huolenaihe: Ajankäyttö" in reason for reason in result.reasons)


def test_lighten_names_what_held_it_down(bundled):
    result = decide(bundled, scale=3, hours=2.0)
    assert result.id == "lighten"
    assert any(reason.startswith("Pohdittava: ") for reason in result.reasons)


@pytest.mark.parametrize(("role", "expected"), [("vastuuhenkilo", True), ("osallistuja", False)])
def test_lead_role_step_only_for_lead_roles(bundled, role, expected):
    result = decide(bundled, scale=3, hours=2.0, rooli=role)
    assert result.id == "lighten"
    assert any("Jätä vastuutehtävät muille" in step for step in result.next_steps) is expected


def test_joiner_is_not_asked_to_report_what_the_network_gave(bundled):
    result = decide(bundled, scale=3, hours=2.0, phase="harkitsen", jarj_tavoitteet=2,
                    jarj_laajemmin=2)
    assert not any("mitä verkostosta on saatu" in step for step in result.next_steps)


@pytest.mark.parametrize(
    ("overrides", "expected_step"),
    [
        ({"vv_tavoitteet": 2, "vv_kaikki_hyotyvat": 2, "vv_anna_saa": 2, "vv_luottamus": 2},
         "yhteiset tavoitteet kirjattu"),
        ({"hours": 10.0}, "minkä muun työn jätät tekemättä"),
        ({"tuki_vertais": 2, "tuki_yhteenkuuluvuus": 2, "tuki_tyonohjaus": 2,
          "tuki_jaksaminen": 2}, "mikä omassa työssä on juuri nyt vaikeaa"),
    ],
)
def test_next_steps_come_from_weak_dimensions(bundled, overrides, expected_step):
    result = decide(bundled, **{"scale": 4, **overrides})
    assert any(expected_step in step for step in result.next_steps)


def test_leave_gives_only_the_leaving_steps(bundled):
    result = decide(bundled, scale=2, hours=2.0)
    assert result.id == "leave"
    expected = [step.text.fi for step in bundled.recommendation.outcomes["leave"].steps]
    assert list(result.next_steps) == expected


@pytest.mark.parametrize("scale", [1, 2, 3, 4, 5])
@pytest.mark.parametrize("phase", ["jasen", "harkitsen"])
def test_every_recommendation_has_reasons_steps_and_review(bundled, scale, phase):
    result = decide(bundled, scale=scale, phase=phase)
    assert result.reasons
    assert 2 <= len(result.next_steps) <= 4
    assert len(set(result.next_steps)) == len(result.next_steps)
    assert result.next_review > TODAY


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (date(2026, 11, 27), 3, date(2027, 2, 27)),
        (date(2026, 11, 27), 12, date(2027, 11, 27)),
        (date(2027, 1, 31), 1, date(2027, 2, 28)),
        (date(2028, 1, 31), 1, date(2028, 2, 29)),
        (date(2026, 8, 31), 6, date(2027, 2, 28)),
    ],
)
def test_add_months(day, months, expected):
    assert add_months(day, months) == expected
