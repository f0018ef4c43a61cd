"""Hostile forms and tampered states: a problem in the person's language or a clean start.

Never a traceback, and nothing from the person reaches a page unescaped. The page module
also imports and runs where PyYAML, Rich, Typer and Click do not exist (Pyodide).
"""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from verkosto.interview import next_question
from verkosto.web import pages

from helpers import full_answers
from webpage import parse

NOW = datetime(2026, 12, 6, 10, 0, tzinfo=UTC)


def _on(instrument: Any, qid: str, lang: str = "fi") -> pages.State:
    """Return a state whose answers lead to the page of `qid`."""
    answers = full_answers(instrument)
    kept: dict[str, Any] = {}
    while (question := next_question(instrument, kept)) is not None and question.id != qid:
        kept[question.id] = answers[question.id]
    state = pages.start(instrument, lang, network="V", answers=kept)
    return replace(state, page=qid)


def _review(instrument: Any, lang: str = "fi") -> pages.State:
    state = pages.start(instrument, lang, network="V", answers=full_answers(instrument))
    return replace(state, page="review")


@pytest.mark.parametrize(
    ("form", "message"),
    [
        ([("q:rooli", "osallistuja"), ("q:vaihe", "jasen")], "Lomakkeessa oli kenttä"),
        ([("q:rooli", "osallistuja"), ("salasana", "x")], "Lomakkeessa oli kenttä"),
        ([("q:rooli", "osallistuja"), ("q:rooli", "koordinaattori")], "Kenttä q:rooli tuli"),
        ([("q:rooli", "x" * 100_000)], "Vastaus on liian pitkä"),
        ([], "Vastaus puuttuu"),
        ([("q:rooli", "")], "Vastaus puuttuu"),
        ([("q:rooli", "ei-ole")], "Valitse jokin vaihtoehdoista"),
        ([("q:rooli", "osallistuja"), ("toiminto", "muuta:vaihe")], "Lomakkeessa oli kenttä"),
        ([("q:rooli", "osallistuja"), ("toiminto", "toiminto")], "Lomakkeessa oli kenttä"),
        ([("q:rooli", "osallistuja"), ("toiminto", "a"), ("toiminto", "b")], "Kenttä toiminto"),
        ([("q:rooli",)], "Lomakkeessa oli kenttä"),
        ([(1, 2)], "Lomakkeessa oli kenttä"),
        ([None], "Lomakkeessa oli kenttä"),
        ([("q:rooli", "osallistuja")] + [("x", "y")] * 500, "Lomakkeessa oli kenttä"),
    ],
)
def test_a_bad_form_is_a_problem_on_the_same_page(bundled, form, message):
    state = _on(bundled, "rooli")
    turn = pages.submit(bundled, state, form, NOW)
    assert turn.state.page == "rooli"
    assert turn.state.answers == state.answers
    assert turn.problems and turn.problems[0].message.startswith(message)
    assert len(turn.body) < 20_000  # a huge value or name is not shown back
    root = parse(turn.body).root
    links = [a.attrs["href"] for a in root.find("div", role="alert")[0].find("a")]
    assert links and all(link == "#kentta-rooli" for link in links)
    assert root.find("input", id="kentta-rooli")


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_problems_are_in_the_persons_language(bundled, lang):
    turn = pages.submit(bundled, _on(bundled, "rooli", lang), [("nope", "1")], NOW)
    expected = {"fi": "Lomakkeessa", "sv": "Formuläret", "en": "The form"}[lang]
    assert turn.problems[0].message.startswith(expected)
    assert parse(pages.document(turn, style=None)).root.find("html")[0].attrs["lang"] == lang


def test_field_names_and_values_from_the_form_are_escaped(bundled):
    name = '"><script>alert(1)</script>'
    turn = pages.submit(bundled, _on(bundled, "tunnit_matkat"), [(name, "x")], NOW)
    assert "<script>" not in turn.body
    form = [("q:tunnit_matkat", '"><img src=x onerror=alert(1)>')]
    turn = pages.submit(bundled, _on(bundled, "tunnit_matkat"), form, NOW)
    assert turn.problems and "<img" not in turn.body
    assert 'value="&quot;&gt;&lt;img' in turn.body


def test_a_hostile_network_name_is_refused_or_escaped(bundled):
    start = pages.start(bundled, "en")
    for name in ["", " ", "a" * 121, "bell\x07", "\x1b[31mred"]:
        turn = pages.submit(bundled, start, [("verkosto", name), ("kieli", "en")], NOW)
        assert turn.state.page == "start" and turn.problems
        assert "\x1b" not in turn.body and "\x07" not in turn.body
        assert turn.problems[0].anchor == "kentta-verkosto"
    form = [("verkosto", '<b>Verkosto</b> & "co"'), ("kieli", "sv")]
    turn = pages.submit(bundled, start, form, NOW)
    assert turn.state.network == '<b>Verkosto</b> & "co"' and turn.lang == "sv"
    review = pages.show(bundled, replace(_review(bundled), network=turn.state.network))
    result = pages.submit(bundled, review.state, [("toiminto", "valmis")], NOW)
    assert "<b>" not in result.body and "&lt;b&gt;Verkosto" in result.body


def test_an_unknown_language_is_a_problem(bundled):
    turn = pages.submit(
        bundled, pages.start(bundled, "fi"), [("verkosto", "V"), ("kieli", "xx")], NOW
    )
    assert turn.state.page == "start" and turn.problems[0].anchor == "kentta-kieli"


def test_free_text_is_escaped_on_the_review(bundled):
    state = _on(bundled, "huomiot", "en")
    note = "<script>alert('x')</script> & more"
    turn = pages.submit(bundled, state, [("q:huomiot", note)], NOW)
    assert turn.state.page == "review"
    assert "<script>" not in turn.body and "&lt;script&gt;" in turn.body


def test_the_review_refuses_a_change_of_a_question_not_answered(bundled):
    state = _review(bundled)
    for action in ["muuta:ei_ole", "muuta:hyodyt_odotetut", "muuta:", "poista"]:
        turn = pages.submit(bundled, state, [("toiminto", action)], NOW)
        assert turn.state.page == "review" and turn.problems


@pytest.mark.parametrize(
    "change",
    [
        {"lang": "xx"},
        {"page": "ei_ole"},
        {"page": 5},
        {"answers": {"ei_ole": 1}},
        {"answers": {"vaihe": "ei-ole"}},
        {"answers": {"ydin_aiheet": 9}},
        {"answers": {"tyotunnit": 1e308}},
        {"answers": "vaihe"},
        {"network": "x" * 1000},
        {"network": 5},
        {"started_at": "eilen"},
        {"started_at": "2026-12-06T10:00:00" + " " * 100},
        {"pending": "37,5"},
        {"defaults": {"vaihe": 3}},
    ],
)
def test_a_tampered_state_is_not_read(bundled, change):
    data = {**pages.to_json(_review(bundled)), **change}
    with pytest.raises(ValueError, match="web_state_invalid"):
        pages.from_json(bundled, data)


def test_a_state_that_is_no_mapping_is_not_read(bundled):
    for data in [None, [], "x", 5]:
        with pytest.raises(ValueError, match="web_state_invalid"):
            pages.from_json(bundled, data)  # type: ignore[arg-type]


def test_a_state_cannot_skip_questions_or_reach_a_result_unanswered(bundled):
    state = _on(bundled, "rooli")
    for page in ["review", "result", "huomiot", "tyotunnit"]:
        turn = pages.show(bundled, replace(state, page=page, completed_at="2026-12-06T10:00:00"))
        assert turn.state.page == "rooli" and turn.export is None


def test_a_state_built_by_hand_with_nonsense_restarts_cleanly(bundled):
    broken = [
        replace(_review(bundled), answers={"vaihe": ["jasen"]}),
        replace(_review(bundled), page="result", completed_at="ei aika"),
        replace(_review(bundled), answers={"tyotunnit": "paljon"}),
    ]
    for state in broken:
        for turn in (pages.show(bundled, state), pages.submit(bundled, state, [], NOW)):
            root = parse(pages.document(turn, style=None)).root
            assert len(root.find("h1")) == 1


# Every page's field names, some real values and some hostile ones.
_NAMES = st.sampled_from(
    [
        "toiminto",
        "verkosto",
        "kieli",
        "q:vaihe",
        "q:rooli",
        "q:ydin_aiheet",
        "q:tyotunnit",
        "q:huomiot",
        "q:tunnit_matkat",
        "x",
        "q:",
        "",
    ]
)
_VALUES = st.one_of(
    st.sampled_from(
        [
            "seuraava",
            "takaisin",
            "valmis",
            "muuta:vaihe",
            "muuta:huomiot",
            "jasen",
            "3",
            "0",
            "37,5",
            "viikko",
            "kuukausi",
            "2 h/vko",
            "-1",
            "1e999",
            "nan",
            "fi",
            "sv",
        ]
    ),
    st.text(max_size=30),
)


@settings(max_examples=150)
@given(
    page=st.sampled_from(["start", "vaihe", "ydin_aiheet", "tyotunnit", "huomiot", "review"]),
    forms=st.lists(st.lists(st.tuples(_NAMES, _VALUES), max_size=6), min_size=1, max_size=4),
)
def test_any_sequence_of_forms_gives_a_page(bundled, page, forms):
    state = _review(bundled) if page in ("start", "review") else _on(bundled, page)
    state = replace(state, page=page)
    for form in forms:
        turn = pages.submit(bundled, state, form, NOW)
        page = parse(pages.document(turn, style=pages.STYLE))
        for link in page.root.find("a"):
            assert link.attrs["href"][1:] in page.ids  # each problem leads to its field
        assert "web_" not in turn.body  # every text found in the catalogue
        json.dumps(pages.to_json(turn.state))
        state = turn.state


def test_the_page_module_runs_without_yaml_rich_typer_or_click(bundled, tmp_path):
    script = """
import sys
for name in ("yaml", "rich", "typer", "click"):
    sys.modules[name] = None
from datetime import datetime, timezone
from verkosto.web import pages
from verkosto.cache import decode
from verkosto.instrument.loader import from_data
import json
tree = decode(json.load(open(sys.argv[1], encoding="utf-8")))
instrument = from_data(tree, "questions.yaml", "0" * 64)
turn = pages.show(instrument, pages.start(instrument, "sv"))
turn = pages.submit(instrument, turn.state, [("verkosto", "V"), ("kieli", "sv")],
                    datetime(2026, 12, 6, tzinfo=timezone.utc))
print(turn.state.page, turn.lang)
"""
    tree = tmp_path / "questions.json"
    tree.write_text(json.dumps(_tree()), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-c", script, str(tree)], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["vaihe", "sv"]


def _tree() -> Any:
    """Return the bundled questions file as the cache's parsed tree (the form embeds it so)."""
    from verkosto.cache import encode
    from verkosto.instrument import reading

    text = reading.bundled_path().read_text("utf-8")
    return encode(reading.parse_yaml(text, "questions.yaml"))
