"""The Python side of lomake.html (verkosto.web.inpage), driven as the glue drives it.

The same calls the page's JavaScript makes, with the same JSON text, here in CPython: start,
answer, save the answers mid-way and open them again, open a file that is not answers, and
save the export, which must be the text `arvioi` writes for it.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from verkosto import cache
from verkosto.export.make import dumps
from verkosto.instrument.reading import bundled_path, parse_yaml, read_text
from verkosto.web import inpage, pages

from helpers import full_answers
from webpage import answer_page

NOW = "2026-12-06T11:30:00+02:00"


@pytest.fixture
def booted(bundled) -> dict[str, Any]:
    text, raw = read_text(bundled_path(), "questions.yaml")
    tree = cache.encode(parse_yaml(text, "questions.yaml"))
    questions = json.dumps({"tree": tree, "sha256": bundled.sha256, "display": "questions.yaml"})
    turn: dict[str, Any] = json.loads(inpage.boot(questions, "fi"))
    return turn


def post(form: list[tuple[str, str]]) -> dict[str, Any]:
    turn: dict[str, Any] = json.loads(inpage.submit(json.dumps(form), NOW))
    return turn


def answer_pages(bundled: Any, answers: dict[str, Any], count: int | None = None) -> None:
    """Answer `count` question pages (all when None) as the page module's walk does."""
    done = 0
    while inpage._current().state.page not in ("review", "result") and done != count:
        state = inpage._current().state
        turn = pages.show(bundled, state)
        post(answer_page(bundled, turn, answers, {}, state.lang))
        done += 1


def test_the_form_starts_on_the_start_page_in_its_language(booted):
    assert booted["page"] == "start" and booted["lang"] == "fi"
    assert not booted["can_save"] and not booted["has_export"]
    assert 'name="verkosto"' in booted["body"]


def test_answers_saved_midway_open_again_where_they_were(booted, bundled):
    post([("verkosto", "Verkko"), ("kieli", "fi"), ("toiminto", "seuraava")])
    answers = full_answers(bundled)
    answer_pages(bundled, answers, 3)
    name, text = json.loads(inpage.saved("answers", NOW))
    assert name == "vastaukset-20261206-113000.json"
    saved = json.loads(text)
    assert saved == dict(inpage._current().state.answers) and saved
    # Back takes the last page's answers back; saved now, they are still in the file.
    post([("toiminto", "takaisin")])
    assert len(inpage._current().state.answers) < len(saved)
    assert json.loads(json.loads(inpage.saved("answers", NOW))[1]) == saved
    opened = json.loads(inpage.open_saved(text, name))
    assert opened["page"] == "start" and opened["can_save"]
    assert dict(inpage._current().state.answers) == saved


def test_a_file_that_is_not_answers_is_named_with_its_problem(booted):
    shown = json.loads(inpage.open_saved('{"kuka": "minä"}', "muistiinpanot.json"))
    assert shown["page"] == "start"
    assert 'class="error-summary"' in shown["body"] and "muistiinpanot.json" in shown["body"]
    assert 'href="#verkosto-avaa-tiedosto"' in shown["body"]
    broken = json.loads(inpage.open_saved("{<script>", "rikki.json"))
    assert "<script>" not in broken["body"] and "rikki.json" in broken["body"]


def test_an_answer_to_a_retired_question_is_noted_not_refused(booted, bundled):
    retired = sorted(bundled.retired)[0]
    shown = json.loads(inpage.open_saved(json.dumps({retired: 3, "vaihe": "jasen"}), "vanha.json"))
    assert 'class="notice"' in shown["body"] and retired in shown["body"]
    assert dict(inpage._current().state.answers) == {"vaihe": "jasen"}


def test_the_export_saved_at_the_end_is_the_text_arvioi_writes(booted, bundled):
    post([("verkosto", "Verkko"), ("kieli", "en"), ("toiminto", "seuraava")])
    answer_pages(bundled, full_answers(bundled))
    result = post([("toiminto", "valmis")])
    assert result["page"] == "result" and result["has_export"] and result["lang"] == "en"
    name, text = json.loads(inpage.saved("export", NOW))
    export = inpage._current().export
    assert name == "arvio-20261206-113000.json" and export is not None
    assert text == dumps(export)
    assert export["completed_at"] == NOW and export["network"] == "Verkko"
    # The export opens again: the network and every answer come back.
    json.loads(inpage.open_saved(text, name))
    assert inpage._current().state.network == "Verkko"
