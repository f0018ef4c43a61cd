from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from verkosto import compare, overview
from verkosto.export.names import network_key

from helpers import make_export


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Viestintäverkosto", "viestintäverkosto"),
        ("  VIESTINTÄ   verkosto ", "viestintä verkosto"),
        ("Viestinta\u0308verkosto", "viestintäverkosto"),  # NFD ä becomes NFC
        ("Straße\tNetz", "strasse netz"),
    ],
)
def test_network_key(name, key):
    assert network_key(name) == key


@pytest.mark.parametrize(
    ("before", "after", "expected"),
    [(3.0, 4.0, 1), (4.0, 3.0, -1), (3.0, 3.2, 0), (3.0, 3.25, 1), (None, 4.0, 0), (4.0, None, 0)],
)
def test_direction(before, after, expected):
    assert compare.direction(before, after) == expected


def test_trends_need_three_assessments(bundled):
    two = [make_export(bundled, scale=2), make_export(bundled, scale=4)]
    assert compare.trends(two) == []
    three = [*two, make_export(bundled, scale=5)]
    found = {tr.dimension: tr for tr in compare.trends(three)}
    assert set(found) == {d.id for d in bundled.dimensions}
    assert found["ydintehtava"].scores == (2.0, 4.0, 5.0)
    assert found["ydintehtava"].direction == 1


def test_trend_falls(bundled):
    exports = [make_export(bundled, scale=s) for s in (5, 4, 2)]
    assert all(tr.direction == -1 for tr in compare.trends(exports) if tr.dimension != "ajankaytto")


def test_is_overdue_only_after_the_review_date(bundled):
    export = make_export(bundled)
    review = date.fromisoformat(export["recommendation"]["next_review"])
    assert not compare.is_overdue(export, review)
    assert compare.is_overdue(export, date(review.year + 1, 1, 1))


def test_compare_dimensions_hours_ratio_and_verdict(bundled):
    before = make_export(bundled, scale=2, hours=6.0)
    after = make_export(bundled, scale=4, hours=2.0)
    result = compare.compare(before, after, bundled)
    dims = dict(result.dimensions)
    assert dims["ydintehtava"].delta == 2.0
    assert result.hours.before == 24.0 and result.hours.after == 8.0
    assert result.hours.delta == -16.0
    assert result.ratio.delta is not None and result.ratio.delta > 0
    assert result.verdict_changed


def test_compare_lists_the_answers_that_moved_most_first(bundled):
    before = make_export(bundled, scale=3, ydin_aiheet=3, tuki_vertaistuki=4)
    after = make_export(bundled, scale=3, ydin_aiheet=5, tuki_vertaistuki=5)
    result = compare.compare(before, after, bundled)
    assert [(c.question, c.before, c.after) for c in result.answers] == [
        ("ydin_aiheet", 3, 5),
        ("tuki_vertaistuki", 4, 5),
    ]
    assert result.answers[0].weight == 0.5
    same = compare.compare(before, before, bundled)
    assert same.answers == ()


def test_compare_weighs_hours_by_the_question_range_and_choices_fully(bundled):
    before = make_export(bundled, scale=3, hours=2.0, kesto="1-3v")
    after = make_export(bundled, scale=3, hours=2.0, kesto="yli-3v", tunnit_matkat=22.0)
    weights = {c.question: c.weight for c in compare.compare(before, after, bundled).answers}
    assert weights["kesto"] == 1.0
    assert weights["tunnit_matkat"] == pytest.approx(20.0 / 200.0)


def test_summarise_networks_ranks_by_balance_and_names_the_weakest_to_lighten(bundled):
    good = make_export(bundled, "Hyvä", scale=5, hours=1.0)
    middle = make_export(bundled, "Keski", scale=3, hours=3.0)
    weak = make_export(bundled, "Heikko", scale=2, hours=4.0)
    summary = overview.summarise_networks([(1, middle), (2, weak), (3, good)], limit=0.15)
    assert [e["network"] for _, e in summary.rows] == ["Hyvä", "Keski", "Heikko"]
    assert summary.total_hours == 4.0 + 12.0 + 16.0
    assert summary.total_share == pytest.approx(32.0 / 150.0, abs=1e-3)
    assert summary.over_limit
    assert summary.lighten_first is not None and summary.lighten_first[1]["network"] == "Heikko"


COSTLY = {"resurssit_kohtuulliset": 2, "resurssit_aikataulu": 2}


def test_summarise_networks_counts_only_the_networks_the_person_is_in(bundled):
    # Neutral answers are no burden; costs the organisation finds unreasonable are.
    member = make_export(bundled, "Jäsen", scale=3, hours=3.0, **COSTLY)
    joining = make_export(bundled, "Harkinnassa", scale=1, hours=20.0, phase="harkitsen")
    summary = overview.summarise_networks([(1, joining), (2, member)], limit=0.05)
    assert [e["network"] for _, e in summary.rows] == ["Jäsen"]
    assert [e["network"] for _, e in summary.considered] == ["Harkinnassa"]
    assert summary.total_hours == 12.0
    assert summary.considered_hours == 80.0
    assert summary.lighten_first is not None and summary.lighten_first[1]["network"] == "Jäsen"
    # An export made before `recommendation.joining` is read by the instrument's phase
    # question: another one reads another answer.
    del joining["recommendation"]["joining"], member["recommendation"]["joining"]
    other = overview.summarise_networks([(1, joining), (2, member)], 0.05, ("muu", "harkitsen"))
    assert len(other.rows) == 2 and other.considered == ()


def test_summarise_networks_under_the_limit_names_nothing(bundled):
    only = make_export(bundled, scale=4, hours=1.0)
    summary = overview.summarise_networks([(1, only)], limit=0.15)
    assert not summary.over_limit
    assert summary.lighten_first is None


def test_summarise_networks_at_exactly_the_limit_is_not_over(bundled):
    export = make_export(bundled, scale=4, hours=1.0)
    share = export["time"]["share_of_worktime"]
    assert not overview.summarise_networks([(1, export)], limit=share).over_limit
    assert overview.summarise_networks([(1, export)], limit=share - 0.001).over_limit


def test_summarise_networks_equal_ratios_lighten_the_one_with_more_hours(bundled):
    a = make_export(bundled, "A", scale=3, hours=2.0, **COSTLY)
    b = make_export(bundled, "B", scale=3, hours=2.0, **COSTLY)
    b["time"]["hours_per_month"] = 30.0
    b["time"]["share_of_worktime"] = 0.2
    summary = overview.summarise_networks([(1, a), (2, b)], limit=0.1)
    assert summary.lighten_first is not None and summary.lighten_first[1]["network"] == "B"


def test_latest_per_network_keeps_the_first_of_each(bundled):
    pairs = [
        (5, make_export(bundled, "Viesti")),
        (4, make_export(bundled, "Muu")),
        (3, make_export(bundled, " viesti ")),
    ]
    assert [i for i, _ in compare.latest_per_network(pairs)] == [5, 4]


@given(st.text(max_size=40))
def test_network_key_is_stable_and_ignores_case_and_spacing(name):
    key = network_key(name)
    assert network_key(key) == key
    assert network_key(f"  {name.upper()}  ") == network_key(name.upper())
    assert "  " not in key and key == key.strip()
