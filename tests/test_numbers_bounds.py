"""A questions file that passes `tarkista` cannot produce a non-finite or absurd result.

Issue 17, item 5: weights, thresholds and bounds must be finite and within the documented
ranges (README, questions.yaml): hour questions 0–744 (a month's hours), any other number
question within ±1,000,000, dimension weights and support.small_org_weight 0–10, ratio
limits 0–5. Each refusal names the file, line and id, all at once; and the search for what
would change the verdict is bounded by those ranges, not by the size of an answer.
"""

from __future__ import annotations

import dataclasses
import json
import re
import tracemalloc
from pathlib import Path

import pytest
from typer.testing import CliRunner

from verkosto.changes import what_would_change
from verkosto.cli.app import app
from verkosto.errors import Problem, ProblemsError
from verkosto.instrument.loader import load
from verkosto.rules import verdict

from helpers import REPO, full_answers

runner = CliRunner()

BUNDLED_TEXT = (REPO / "questions.yaml").read_text("utf-8")
HOUR_BOUNDS = "    min: 0\n    max: 200\n"  # the four hour questions, in file order
AGREED_BOUNDS = "    min: 0\n    max: 400\n"
WORKTIME_BOUNDS = "    min: 1\n    max: 400\n"
EXTRA_NUMBER = """\
  - id: jasenia
    type: number
    min: {low}
    max: {high}
    text: {{fi: Montako jäsentä verkostossa on, en: Members, sv: Medlemmar}}
    source: {{fi: Verkostot työn tukena, en: The article, sv: Artikeln}}
"""


def in_question(text: str, qid: str, old: str, new: str) -> str:
    """Replace the first `old` after the start of question `qid`."""
    at = text.index(old, text.index(f"  - id: {qid}\n"))
    return text[:at] + new + text[at + len(old) :]


def line_of(text: str, needle: str) -> int:
    return text[: text.index(needle)].count("\n") + 1


# Each case: how the bundled file is changed, the text its line is found by, and the problem.
CASES = {
    "weight 1e308": (
        lambda t: t.replace(
            "  - id: ydintehtava\n    side: benefit\n",
            "  - id: ydintehtava\n    side: benefit\n    weight: 1e308\n",
        ),
        "weight: 1e308",
        "number_range",
        "dimension",
        "ydintehtava",
        {"key": "weight", "value": "1e+308", "low": "0", "high": "10"},
    ),
    "weight 1.0e+308 (YAML 1.1 float)": (
        lambda t: t.replace(
            "  - id: tuki\n    side: benefit\n",
            "  - id: tuki\n    side: benefit\n    weight: 1.0e+308\n",
        ),
        "weight: 1.0e+308",
        "number_range",
        "dimension",
        "tuki",
        {"key": "weight", "value": "1e+308", "low": "0", "high": "10"},
    ),
    "hour min -1e9": (
        lambda t: in_question(t, "tunnit_tapaamiset", HOUR_BOUNDS, "    min: -1e9\n    max: 200\n"),
        "min: -1e9",
        "hours_range",
        "question",
        "tunnit_tapaamiset",
        {"key": "min", "value": "-1000000000", "low": "0", "high": "744"},
    ),
    "hour max ten million": (
        lambda t: in_question(
            t, "tunnit_viestinta", HOUR_BOUNDS, "    min: 0\n    max: 10000000\n"
        ),
        "max: 10000000",
        "hours_range",
        "question",
        "tunnit_viestinta",
        {"key": "max", "value": "10000000", "low": "0", "high": "744"},
    ),
    "hour max 745": (
        lambda t: in_question(t, "tunnit_yllapito", HOUR_BOUNDS, "    min: 0\n    max: 745\n"),
        "max: 745",
        "hours_range",
        "question",
        "tunnit_yllapito",
        {"key": "max", "value": "745", "low": "0", "high": "744"},
    ),
    "agreed hours max 800": (
        lambda t: t.replace(AGREED_BOUNDS, "    min: 0\n    max: 800\n"),
        "max: 800",
        "hours_range",
        "question",
        "sovitut_tunnit",
        {"key": "max", "value": "800", "low": "0", "high": "744"},
    ),
    "working time max 1000.5": (
        lambda t: t.replace(WORKTIME_BOUNDS, "    min: 1\n    max: 1000.5\n"),
        "max: 1000.5",
        "hours_range",
        "question",
        "tyotunnit",
        {"key": "max", "value": "1000.5", "low": "0", "high": "744"},
    ),
    "other number min -2e9": (
        lambda t: t.replace(
            "  - id: huomiot\n", EXTRA_NUMBER.format(low="-2e9", high="10") + "  - id: huomiot\n"
        ),
        "min: -2e9",
        "number_range",
        "question",
        "jasenia",
        {"key": "min", "value": "-2000000000", "low": "-1000000", "high": "1000000"},
    ),
    "ratio limit 1e9": (
        lambda t: t.replace("  worth_it_ratio: 1.6\n", "  worth_it_ratio: 1e9\n"),
        "worth_it_ratio: 1e9",
        "number_range",
        "recommendation",
        None,
        {"key": "worth_it_ratio", "value": "1000000000", "low": "0", "high": "5"},
    ),
    "small organisation weight 1e308": (
        lambda t: t.replace("small_org_weight: 2.0", "small_org_weight: 1e308"),
        "small_org_weight: 1e308",
        "number_range",
        "scoring",
        "support",
        {"key": "small_org_weight", "value": "1e+308", "low": "0", "high": "10"},
    ),
}


def written(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "kysymykset.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def problems_of(path: Path) -> list[Problem]:
    with pytest.raises(ProblemsError) as caught:
        load(path)
    return caught.value.problems


@pytest.mark.parametrize("case", CASES)
def test_a_number_beyond_its_documented_range_is_refused_with_file_line_and_id(tmp_path, case):
    change, needle, key, kind, ident, params = CASES[case]
    text = change(BUNDLED_TEXT)
    assert text != BUNDLED_TEXT
    path = written(tmp_path, text)
    assert problems_of(path) == [
        Problem(key, params, str(path), line_of(text, needle), kind, ident)
    ]


def test_every_number_beyond_its_range_is_reported_at_once(tmp_path):
    text = BUNDLED_TEXT
    for change, *_ in CASES.values():
        text = change(text)
    path = written(tmp_path, text)
    expected = [
        Problem(key, params, str(path), line_of(text, needle), kind, ident)
        for _, needle, key, kind, ident, params in CASES.values()
    ]
    problems = problems_of(path)
    # Nothing else: a refused hour question does not also make its references "unknown".
    assert sorted(problems, key=repr) == sorted(expected, key=repr)


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        (
            "fi",
            [
                "rivi {hours}, kysymys 'tunnit_viestinta': tuntikysymyksen kohdan 'max' arvo "
                "10000000 ei ole välillä 0–744: kuukaudessa on enintään 744 tuntia",
                "rivi {weight}, ulottuvuus 'ydintehtava': kohdan 'weight' arvo 1e+308 ei ole "
                "sallitulla välillä 0–10",
                "Virheitä yhteensä 2.",
            ],
        ),
        (
            "en",
            [
                "line {hours}, question 'tunnit_viestinta': the hour question's 'max' value "
                "10000000 is not within 0–744: a month has at most 744 hours",
                "line {weight}, dimension 'ydintehtava': 'weight' value 1e+308 is outside the "
                "allowed range 0–10",
                "2 error(s) in total.",
            ],
        ),
    ],
)
def test_tarkista_names_the_range_in_the_persons_language(tmp_path, lang, words):
    text = CASES["weight 1e308"][0](CASES["hour max ten million"][0](BUNDLED_TEXT))
    path = written(tmp_path, text)
    result = runner.invoke(app, ["tarkista", str(path), "--kieli", lang])
    assert result.exit_code == 2
    assert isinstance(result.exception, SystemExit), result.exception
    lines = {"hours": line_of(text, "max: 10000000"), "weight": line_of(text, "weight: 1e308")}
    for expected in words:
        assert expected.format(**lines) in result.stderr


# --------------------------------------------------------------------------- at the edges

EDGES = [
    (lambda t: t.replace(HOUR_BOUNDS, "    min: 0\n    max: 744\n")),
    (lambda t: t.replace(AGREED_BOUNDS, "    min: 0\n    max: 744\n")),
    (lambda t: t.replace(WORKTIME_BOUNDS, "    min: 1\n    max: 744\n")),
    (
        lambda t: t.replace(
            "  - id: ydintehtava\n    side: benefit\n",
            "  - id: ydintehtava\n    side: benefit\n    weight: 10\n",
        )
    ),
    (
        lambda t: t.replace(
            "  - id: oppiminen\n    side: benefit\n",
            "  - id: oppiminen\n    side: benefit\n    weight: 0\n",
        )
    ),
    (lambda t: t.replace("small_org_weight: 2.0", "small_org_weight: 10")),
    (lambda t: t.replace("  worth_it_ratio: 1.6\n", "  worth_it_ratio: 5\n")),
    (lambda t: t.replace("  invest_ratio: 2.0\n", "  invest_ratio: 5\n")),
    (lambda t: t.replace("  break_even_ratio: 1.0\n", "  break_even_ratio: 0\n")),
]


@pytest.fixture
def edge_file(tmp_path: Path) -> Path:
    """A questions file with every changed number at the edge of its range."""
    text = BUNDLED_TEXT
    for change in EDGES:
        changed = change(text)
        assert changed != text
        text = changed
    return written(tmp_path, text)


def test_the_edges_of_the_ranges_are_accepted(edge_file):
    loaded = load(edge_file)
    assert {loaded.question(q).max for q in loaded.scoring.time.hours} == {744}
    assert loaded.question("tyotunnit").max == 744
    assert loaded.dimension("ydintehtava").weight == 10


NON_FINITE = re.compile(r"\b(nan|inf|infinity)\b", re.IGNORECASE)


def refuse(name: str) -> float:
    raise AssertionError(f"the export holds {name}")


@pytest.mark.parametrize(
    ("hours", "worktime", "scale", "workplace"),
    [
        (0, 1, 5, "yksin"),
        (0.25, 1, 1, "yksin"),
        (186, 744, 5, "pieni"),
        (186, 744, 1, "iso"),
        (0.01, 744, 5, "yksin"),
    ],
)
def test_a_file_at_the_edges_gives_finite_results(
    tmp_path, edge_file, hours, worktime, scale, workplace
):
    instrument = load(edge_file)
    answers = full_answers(
        instrument, scale=scale, hours=hours, worktime=worktime, tyoyhteiso=workplace
    )
    path = tmp_path / "vastaukset.json"
    path.write_text(json.dumps(answers), encoding="utf-8")
    result = runner.invoke(
        app,
        [
            "arvioi",
            "--kysymykset",
            str(edge_file),
            "--vastaukset",
            str(path),
            "--verkosto",
            "X",
            "--ei-tallenna",
            "--vie",
            "-",
        ],
    )
    assert result.exit_code == 0, result.stderr
    exported = json.loads(result.stdout, parse_constant=refuse)
    assert exported["answers"]["tyotunnit"] == worktime
    assert not NON_FINITE.search(result.stdout)
    assert not NON_FINITE.search(result.stderr)


# --------------------------------------------------------------------------- the search


def test_what_would_change_is_bounded_by_a_months_hours_not_by_the_answer(bundled):
    # An instrument made without the checks, allowing ten million hours a month: the search
    # for what would change the verdict must stay as small as with the checked ranges.
    huge = dataclasses.replace(
        bundled,
        questions=tuple(
            dataclasses.replace(q, max=10_000_000.0) if q.type == "number" else q
            for q in bundled.questions
        ),
    )
    answers = full_answers(huge, hours=50_000, worktime=1_000_000)
    outcome, _ = verdict(huge, answers)
    tracemalloc.start()
    try:
        changes = what_would_change(huge, answers, outcome)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 2_000_000
    assert changes
    for change in changes:
        # Each change found is still true: the same rules give its verdict.
        assert verdict(huge, {**answers, **change.answers})[0] == change.outcome


@pytest.mark.parametrize("ref", ["[]", "{a: 1}", "[tunnit_matkat]"])
def test_a_time_reference_that_is_no_name_is_reported_beside_a_refused_hour_question(tmp_path, ref):
    text = CASES["hour max ten million"][0](BUNDLED_TEXT)
    text = text.replace(
        "    hours: [tunnit_tapaamiset, tunnit_viestinta,", f"    hours: [{ref}, tunnit_viestinta,"
    )
    path = written(tmp_path, text)
    found = {(p.key, p.ident) for p in problems_of(path)}
    assert ("hours_range", "tunnit_viestinta") in found
    assert ("unknown_question_ref", "hours") in found
