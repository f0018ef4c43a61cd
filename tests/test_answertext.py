"""The one answer formatter: what the review, the prompts, the comparison and reports show."""

from __future__ import annotations

import pytest

from verkosto.answertext import answer_text
from verkosto.interview import ReviewPrompt
from verkosto.render.console import plain_text
from verkosto.render.interview import prompt_text, review_view
from verkosto.report.compose import build

from helpers import full_answers, make_export

LONG = "Puheenjohtaja vaihtuu ensi vuonna ja työnjako muuttuu"


@pytest.mark.parametrize(
    ("qid", "value", "lang", "limit", "expected"),
    [
        # A choice: the chosen option's label; a value the file does not know, as it is.
        ("vaihe", "jasen", "fi", None, "Olen jo mukana"),
        ("vaihe", "jasen", "en", None, "Already a member"),
        ("vaihe", "tuntematon", "fi", None, "tuntematon"),
        # A scale point: the point and its label; a point outside the scale, as it is.
        ("ydin_aiheet", 5, "fi", None, "5 – Täysin samaa mieltä"),
        ("ydin_aiheet", 3, "en", None, "3 – Neither agree nor disagree"),
        ("ydin_aiheet", 9, "fi", None, "9"),
        # "Not applicable": the file's label, no number that could be read as a score.
        ("ydin_aiheet", None, "fi", None, "En osaa sanoa / ei koske minua"),
        ("ydin_aiheet", None, "en", None, "Don't know / does not apply"),
        # A number: the person's format and the question's unit.
        ("tunnit_tapaamiset", 2.5, "fi", None, "2,5 h/kk"),
        ("tunnit_tapaamiset", 2.5, "en", None, "2.5 h/month"),
        ("tyotunnit", 150, "fi", None, "150 h/kk"),
        # No answer at all.
        ("huomiot", None, "fi", None, "ei vastausta"),
        ("huomiot", None, "en", None, "no answer"),
        ("tunnit_tapaamiset", None, "fi", None, "ei vastausta"),
        # Free text: on one line, every run of white space one space.
        ("huomiot", "Hyvä porukka", "fi", None, "Hyvä porukka"),
        ("huomiot", "Hyvä\n  porukka\r\n\tkiitos ", "fi", None, "Hyvä porukka kiitos"),
        # Hostile free text: escape sequences, C1, DEL and bidi controls are shown as text.
        ("huomiot", "\x1b[31mPunainen\x1b[0m", "fi", None, "\\x1b[31mPunainen\\x1b[0m"),
        ("huomiot", "a\x9bb\x7fc", "fi", None, "a\\x9bb\\x7fc"),
        ("huomiot", "\u202eesrever", "fi", None, "\\u202eesrever"),
        ("huomiot", "\x07soi\x08", "fi", None, "\\x07soi\\x08"),
        # A limit: cut after the last whole word, ending in '…', never longer than the limit.
        ("huomiot", LONG, "fi", None, LONG),
        ("huomiot", LONG, "fi", 24, "Puheenjohtaja vaihtuu…"),
        ("huomiot", "lyhyt", "fi", 24, "lyhyt"),
        ("huomiot", "x" * 40, "fi", 24, "x" * 23 + "…"),
        ("ydin_aiheet", 4, "fi", 24, "4 – Jokseenkin samaa…"),
        ("ydin_aiheet", None, "en", 24, "Don't know / does not…"),
        # The limit counts what is shown, escapes included.
        ("huomiot", "\x1b" * 10, "fi", 8, "\\x1b\\x1…"),
    ],
)
def test_answer_text(bundled, qid, value, lang, limit, expected):
    shown = answer_text(bundled.question(qid), value, lang, limit=limit)
    assert shown == expected
    if limit is not None:
        assert len(shown) <= limit


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Vanha vastaus", "Vanha vastaus"),
        (3, "3"),
        (None, "ei vastausta"),
        ("\x1b]0;otsikko\x07", "\\x1b]0;otsikko\\x07"),
    ],
)
def test_an_answer_to_a_question_the_file_does_not_have(value, expected):
    assert answer_text(None, value, "fi") == expected


def _review(bundled, answers, width=200):
    questions = tuple(q for q in bundled.questions if q.id in answers)
    text = plain_text(
        review_view(bundled, ReviewPrompt(questions, answers, None), "fi"), width=width
    )
    return " ".join(text.split())


def test_the_review_says_what_the_report_says(bundled):
    # Changed on purpose: the review shows a number with its unit, "not applicable" by its
    # label without "0 –", and an empty note as "ei vastausta" (it showed "2,5", "0 – En
    # osaa sanoa …" and "(tyhjä)"), the same words as the reports and the comparison.
    answers = full_answers(bundled, scale=5, hours=2.5, ydin_aiheet=None, huomiot=None)
    shown = _review(bundled, answers).replace("\u00a0", " ")
    assert "2,5 h/kk" in shown
    assert "En osaa sanoa / ei koske minua" in shown
    assert "0 – En osaa sanoa" not in shown
    assert "ei vastausta" in shown and "(tyhjä)" not in shown
    text = build(
        make_export(bundled, scale=5, hours=2.5, ydin_aiheet=None, huomiot=None),
        bundled,
        "fi",
        "txt",
    )
    for words in (
        "2,5 h/kk",
        "En osaa sanoa / ei koske minua",
        "ei vastausta",
        "5 – Täysin samaa mieltä",
    ):
        assert words in shown and words in text


def test_the_review_shows_hostile_free_text_as_text(bundled):
    answers = full_answers(bundled, huomiot="Hyvä\x1b[2J porukka\u202e")
    shown = _review(bundled, answers)
    assert "\x1b" not in shown and "\u202e" not in shown
    assert "Hyvä\\x1b[2J porukka\\u202e" in shown


@pytest.mark.parametrize("fmt", ["md", "txt", "html"])
def test_a_note_on_several_lines_is_one_line_in_every_report(bundled, fmt):
    # Changed on purpose: the reports showed a line break in a note as the letters "\n".
    data = make_export(bundled, huomiot="Hyvä\nporukka")
    text = build(data, bundled, "fi", fmt, include_free_text=True)
    assert "Hyvä porukka" in text
    assert "\\n" not in text


@pytest.mark.parametrize(
    ("qid", "default", "kept"),
    [
        ("ydin_aiheet", 4, "Enter = 4 – Jokseenkin samaa…"),
        ("tunnit_tapaamiset", 2.5, "Enter = 2,5 h/kk"),
        ("vaihe", "jasen", "Enter = Olen jo mukana"),
        ("huomiot", "Puheenjohtaja vaihtuu", "Enter = Puheenjohtaja vaihtuu"),
    ],
)
def test_the_prompt_offers_the_kept_answer_in_the_same_words(bundled, qid, default, kept):
    # Changed on purpose: the kept answer was "4" and "2,5"; now the review's words, cut
    # to 24 characters so that the prompt stays on one line.
    prompt = prompt_text(bundled.question(qid), "fi", has_default=True, default=default)
    assert kept in prompt.plain
