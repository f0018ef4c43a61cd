"""`yhteenveto`: the tool's 15 % guideline weighs only unagreed hours, and "Kevennä ensin"
never names a network whose own assessment says to invest or found its time use light.

The review (tulos-ja-kieli-2026-12, r26 + r01): a coordinator's 70 agreed hours counted
toward the guideline, and the summary said "Kevennä ensin" of a 5 h network whose own
verdict was invest.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from verkosto import compare, history, overview
from verkosto.cli.app import app

from helpers import make_export

runner = CliRunner()
OLD = Path(__file__).parent / "data" / "old_exports"
LIMIT = 0.15


def old(name: str) -> dict[str, Any]:
    """Return one of the exports written by earlier versions."""
    loaded: dict[str, Any] = json.loads((OLD / name).read_text("utf-8"))
    return loaded


@pytest.fixture
def db(isolated_env: Path) -> Path:
    """The history database in the test's private data folder."""
    return isolated_env / "historia.sqlite3"


def flat(out: str) -> str:
    """Return screen text as one line: wrapped lines joined, no-break spaces kept."""
    return re.sub(r"[ \n]+", " ", out)


def named(summary: overview.Summary) -> str | None:
    """Return the network the summary names to lighten first, if any."""
    return None if summary.lighten_first is None else summary.lighten_first[1]["network"]


# Real assessments (the bundled rules on full answer sets), each checked where it is used.
def invest_heavy(bundled):
    """Invest, 20 h a month (13,3 %): time use is not a strength, the balance is strong."""
    made = make_export(bundled, "Panostettava", scale=5, hours=5.0)
    assert made["recommendation"]["id"] == "invest"
    return made


def continue_light(bundled):
    """Continue, 12 h a month (8 %): its own assessment calls its time use a strength."""
    made = make_export(bundled, "Kevyt", scale=4, hours=3.0)
    assert made["recommendation"]["id"] == "continue"
    assert made["dimensions"]["ajankaytto"]["level"] == "strength"
    return made


def continue_heavy(bundled):
    """Continue, 20 h a month (13,3 %), time use only "to discuss"."""
    made = make_export(bundled, "Raskaahko", scale=4, hours=5.0)
    assert made["recommendation"]["id"] == "continue"
    assert made["dimensions"]["ajankaytto"]["level"] != "strength"
    return made


COSTLY = {"resurssit_kohtuulliset": 2, "resurssit_aikataulu": 2}


def lighten_small(bundled):
    """Lighten, 4 h a month: its own verdict already says to scale back."""
    # Neutral answers are no burden; costs the organisation finds unreasonable are.
    made = make_export(bundled, "Kevennettävä", scale=3, hours=1.0, **COSTLY)
    assert made["recommendation"]["id"] == "lighten"
    return made


# --------------------------------------------------------------------------- the review's case


def test_agreed_hours_do_not_count_toward_the_guideline(db):
    history.record(db, old("coordinator-2.0.0.json"))  # 75 h, 70 of them agreed
    history.record(db, old("member-invest-2.0.0.json"))  # 5 h, invest
    data = json.loads(runner.invoke(app, ["yhteenveto", "--json"]).stdout)
    assert data["total_hours_per_month"] == 80.0
    assert data["total_unagreed_hours_per_month"] == 10.0
    assert data["total_unagreed_share_of_worktime"] == pytest.approx(10 / 150, abs=1e-3)
    assert data["over_limit"] is False
    assert data["lighten_first"] is None
    rows = {n["network"]: n for n in data["networks"]}
    assert rows["Koordinoitava verkosto"]["unagreed_hours_per_month"] == 5.0
    assert rows["Koordinoitava verkosto"]["share_of_worktime"] == 0.5  # kept as it was

    out = runner.invoke(app, ["yhteenveto"]).stdout
    assert (
        "Yhteensä 80\u00a0h kuukaudessa eli 53,3\u00a0% työajastasi (työkalun ohjeraja "
        "15\u00a0%)." in flat(out)
    )
    assert "ohjerajaan lasketaan vain loput 10\u00a0h eli 6,7\u00a0% työajastasi" in flat(out)
    assert "Kevennä ensin" not in out and "raja sallii" not in out


def test_over_the_guideline_the_network_to_lighten_is_never_an_invest_one(db):
    history.record(db, old("coordinator-2.0.0.json"))
    history.record(db, old("member-invest-2.0.0.json"))
    history.record(db, old("member-lighten-2.0.0.json"))  # 65 h, lighten
    data = json.loads(runner.invoke(app, ["yhteenveto", "--json"]).stdout)
    assert data["over_limit"] is True
    assert data["lighten_first"] == "Raskas verkosto"
    out = flat(runner.invoke(app, ["yhteenveto"]).stdout)
    assert "⚠ Verkostot vievät yli 15\u00a0% työajastasi, enemmän kuin työkalun ohjeraja." in out
    assert (
        "Kevennä ensin: Raskas verkosto. Sen oma arvio suosittaa jo keventämistä tai "
        "luopumista (Kevennä osallistumistasi)" in out
    )
    english = flat(runner.invoke(app, ["yhteenveto", "--kieli", "en"]).stdout)
    assert "the tool's guideline" in english
    assert "Scale back first: Raskas verkosto." in english


# --------------------------------------------------------------------------- which one


def test_when_every_network_is_invest_or_light_none_is_named(bundled, db):
    invest, light = invest_heavy(bundled), continue_light(bundled)
    summary = overview.summarise_networks([(1, invest), (2, light)], LIMIT)
    assert summary.over_limit  # 13,3 % + 8 %
    assert named(summary) is None
    history.record(db, invest)
    history.record(db, light)
    out = flat(runner.invoke(app, ["yhteenveto"]).stdout)
    assert "Kevennä ensin" not in out and "Jos kevennät" not in out
    assert "Yhtäkään verkostoa ei nimetä kevennettäväksi" in out


def test_a_network_whose_verdict_says_scale_back_comes_first(bundled):
    small = lighten_small(bundled)
    summary = overview.summarise_networks(
        [(1, invest_heavy(bundled)), (2, continue_heavy(bundled)), (3, small)], LIMIT
    )
    # It takes the fewest hours, but its own verdict already says to scale back.
    assert named(summary) == "Kevennettävä"


def test_otherwise_the_one_taking_most_unagreed_hours_that_is_not_invest(bundled, db):
    exports = [invest_heavy(bundled), continue_light(bundled), continue_heavy(bundled)]
    summary = overview.summarise_networks(list(enumerate(exports)), LIMIT)
    assert named(summary) == "Raskaahko"
    for made in exports:
        history.record(db, made)
    out = flat(runner.invoke(app, ["yhteenveto"]).stdout)
    # Its own verdict was to carry on: the summary says where to start if scaling back.
    assert "Jos kevennät, aloita verkostosta Raskaahko (Jatka kuten nyt): se vie" in out
    assert "(20\u00a0h kuukaudessa, 13,3\u00a0% työajastasi)" in out
    assert "Kevennä ensin" not in out


def test_a_network_of_agreed_hours_only_is_not_named(bundled):
    agreed = make_export(bundled, "Sovittu", scale=4, hours=5.0, sovitut_tunnit=20)
    assert agreed["time"]["unagreed_share_of_worktime"] == 0.0
    summary = overview.summarise_networks([(1, agreed), (2, invest_heavy(bundled))], 0.10)
    assert summary.unagreed_hours == 20.0  # the invest network's only
    assert summary.over_limit
    assert named(summary) is None


def test_an_export_without_agreed_hours_counts_all_of_its_hours(bundled):
    made = continue_heavy(bundled)
    for key in ("agreed_hours_per_month", "unagreed_share_of_worktime"):
        del made["time"][key]  # the first export shape did not have them
    assert compare.unagreed_share(made) == made["time"]["share_of_worktime"]
    assert compare.unagreed_hours(made) == 20.0
    summary = overview.summarise_networks([(1, made)], 0.10)
    assert summary.over_limit and named(summary) == "Raskaahko"


# --------------------------------------------------------------------------- for any networks

VERDICTS = ("invest", "continue", "lighten", "give_time", "leave", "incomplete")


@st.composite
def stored(draw: st.DrawFn, index: int) -> dict[str, Any]:
    """Return a stored assessment's figures the summary reads."""
    hours = draw(st.sampled_from([0.0, 0.5, 2.0, 5.0, 12.0, 30.0, 75.0]))
    agreed = draw(st.sampled_from([0.0, 0.0, 2.0, 10.0, 70.0]))
    agreed = min(agreed, hours)
    worktime = draw(st.sampled_from([80.0, 150.0]))
    time: dict[str, Any] = {
        "hours_per_month": hours,
        "share_of_worktime": round(hours / worktime, 4),
    }
    if draw(st.booleans()):  # made since agreed hours were asked
        time |= {
            "agreed_hours_per_month": agreed,
            "unagreed_share_of_worktime": round((hours - agreed) / worktime, 4),
        }
    level = draw(st.sampled_from(["strength", "discuss", "concern"]))
    return {
        "network": f"N{index}",
        "answers": {"vaihe": draw(st.sampled_from(["jasen", "jasen", "harkitsen"]))},
        "dimensions": {"ajankaytto": {"score": 3.0, "level": level}},
        "time": time,
        "balance": {"ratio": draw(st.one_of(st.none(), st.floats(0.2, 5.0)))},
        "recommendation": {"id": draw(st.sampled_from(VERDICTS)), "title": "…"},
    }


@given(
    st.integers(0, 6).flatmap(lambda n: st.tuples(*(stored(i) for i in range(n)))),
    st.sampled_from([0.05, 0.15, 0.3]),
)
def test_the_network_named_never_contradicts_its_own_assessment(exports, limit):
    summary = overview.summarise_networks(list(enumerate(exports)), limit)
    beyond = sum(compare.unagreed_share(e) or 0.0 for _, e in summary.rows)
    assert summary.over_limit == (round(beyond, 4) > limit)
    if summary.lighten_first is None:
        return
    first = summary.lighten_first[1]
    assert summary.over_limit
    assert not compare.was_joining(first)
    assert compare.export_outcome(first) != "invest"
    assert (compare.unagreed_hours(first) or 0.0) > 0
    if compare.export_outcome(first) not in ("lighten", "leave"):
        assert first["dimensions"]["ajankaytto"]["level"] != "strength"
        # A network whose verdict already says to scale back would have come first.
        assert all(
            compare.export_outcome(e) not in ("lighten", "leave") or not compare.unagreed_hours(e)
            for _, e in summary.rows
        )
