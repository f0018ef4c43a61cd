"""Answering as people type: hours with their unit, a word of a choice, a calmer scale."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from verkosto.answers import InvalidAnswer, coerce_value, parse_answer
from verkosto.cli.app import app
from verkosto.errors import Interrupted
from verkosto.i18n.catalog import t
from verkosto.interview import Prompt, run
from verkosto.render.console import plain_text
from verkosto.render.interview import help_view, question_view

from helpers import full_answers, typed_answers

runner = CliRunner()


def rejected(question, raw: str) -> InvalidAnswer:
    with pytest.raises(InvalidAnswer) as caught:
        parse_answer(question, raw)
    return caught.value


# --- hours with their unit ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("8 h", 8),
        ("8h", 8),
        ("8 H", 8),
        ("8 tuntia", 8),
        ("8 t", 8),
        ("1 tunti", 1),
        ("8,5 h/kk", 8.5),
        ("8.5 h / kk", 8.5),
        ("8 t/kk", 8),
        ("8 tuntia/kk", 8),
        ("8 hours", 8),
        ("8 hrs", 8),
        ("1 hour", 1),
        ("8 h/month", 8),
        ("2,5h", 2.5),
        # every earlier way still works
        ("8", 8),
        ("8,5", 8.5),
        ("8.5", 8.5),
        (" 4.0 ", 4),
    ],
)
def test_hours_accept_their_unit(bundled, raw, expected):
    for qid in ("tunnit_tapaamiset", "tyotunnit"):
        value = parse_answer(bundled.question(qid), raw)
        assert value == expected
        assert type(value) is type(expected)


@pytest.mark.parametrize(
    "raw",
    [
        "8 h h",
        "8 minuuttia",
        "8 min",
        "h",
        "h 8",
        "8 hh",
        "8 päivää",
        "8 h/päivä",
        "8 €",
        "8 %",
        "8 h/kk/kk",
        "8 h8",
        "1e3 h",
        "nan h",
        "8,,5 h",
    ],
)
def test_hours_with_another_unit_or_noise_are_refused(bundled, raw):
    error = rejected(bundled.question("tunnit_tapaamiset"), raw)
    assert error.key == "answer_number"


@pytest.mark.parametrize("raw", ["-3 h", "201 h", "250 tuntia", "-0,5 h/kk"])
def test_hours_with_a_unit_still_keep_to_the_range(bundled, raw):
    error = rejected(bundled.question("tunnit_tapaamiset"), raw)
    assert error.key == "answer_number"
    assert error.params == {"min": "0", "max": "200"}


def test_hours_in_an_answers_file_may_carry_the_unit(bundled):
    assert coerce_value(bundled.question("tunnit_tapaamiset"), "8 h") == 8


# --- a word of a choice ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("qid", "raw", "expected"),
    [
        ("vaihe", "mukana", "jasen"),  # a whole word
        ("vaihe", "jo mukana", "jasen"),  # whole words in a row
        ("vaihe", "Olen", "jasen"),  # the label's beginning
        ("vaihe", "harki", "harkitsen"),  # the beginning of the label and the value
        ("vaihe", "MUKANA", "jasen"),
        ("vaihe", "member", "jasen"),  # an English word
        ("vaihe", "considering", "harkitsen"),
        ("rooli", "koordinointi", "koordinaattori"),
        ("rooli", "puheenjohtaja", "vastuuhenkilo"),
        ("kesto", "yli", "yli-3v"),
        ("tyoyhteiso", "hallitus", "yksin"),
        ("tyoyhteiso", "10", "iso"),  # not a position: the beginning of "10 tai enemmän"
        ("verkoston_vaihe", "vakiintunut", "vakiintunut"),
        # every earlier way still works
        ("vaihe", "2", "jasen"),
        ("vaihe", "jasen", "jasen"),
        ("vaihe", "Olen jo mukana", "jasen"),
    ],
)
def test_a_choice_by_a_word_or_the_beginning_of_its_label(bundled, qid, raw, expected):
    assert parse_answer(bundled.question(qid), raw) == expected


def test_an_ambiguous_word_lists_the_options_it_fits(bundled):
    question = bundled.question("verkoston_vaihe")
    error = rejected(question, "perusteilla")
    assert error.key == "answer_choice_ambiguous"
    fi = t(error.key, "fi", **error.params)
    assert "'perusteilla' sopii useaan vaihtoehtoon" in fi
    assert "1 = Perusteilla – olen itse mukana perustamassa sitä" in fi
    assert "2 = Perusteilla muiden voimin" in fi
    assert "3 =" not in fi
    en = t(error.key, "en", **error.params)
    assert "fits more than one option" in en and "1 = Being founded – I am" in en


@pytest.mark.parametrize(
    ("qid", "raw"),
    [
        ("vaihe", "ukana"),
        ("vaihe", "mukanaolo"),
        ("vaihe", "harkitsen jasen"),
        ("vaihe", "ehkä"),
        ("vaihe", "–"),
        ("vaihe", "..."),
        ("rooli", "oma työ"),
        ("vaihe", "3"),
    ],
)
def test_a_part_that_is_no_word_or_beginning_is_refused(bundled, qid, raw):
    assert rejected(bundled.question(qid), raw).key == "answer_choice"


def test_an_answers_file_still_needs_the_value_or_the_whole_label(bundled):
    with pytest.raises(InvalidAnswer):
        coerce_value(bundled.question("vaihe"), "mukana")
    assert coerce_value(bundled.question("vaihe"), "Olen jo mukana") == "jasen"


def test_typing_mukana_at_the_prompt_joins(bundled):
    answers = full_answers(bundled, scale=4)
    lines = typed_answers(bundled, answers)
    lines[0] = "mukana"
    result = runner.invoke(app, ["arvioi"], input="\n".join(["V", *lines]) + "\n")
    assert result.exit_code == 0, result.output
    assert "Suositus: V" in result.output


# --- a calmer scale -------------------------------------------------------------------------


def scripted(lines: list[str], seen: list[Prompt]):
    queue = list(lines)

    def ask(prompt: Prompt) -> str:
        seen.append(prompt)
        if not queue:
            raise EOFError
        return queue.pop(0)

    return ask


def test_only_the_first_of_a_run_of_scale_questions_shows_the_scale_in_full(bundled):
    seen: list[Prompt] = []
    answers = full_answers(bundled, scale=4)
    lines = typed_answers(bundled, answers)
    run(bundled, {}, scripted(lines, seen), lambda q: None)
    shown = [p for p in seen if not p.again]
    scale = [p for p in shown if p.question.type == "scale"]
    assert len(scale) >= 20
    full = [p.question.id for p in scale if p.scale_in_full]
    # A run starts after every question of another kind (hours, choices) and nowhere else.
    for index, prompt in enumerate(shown):
        if prompt.question.type != "scale":
            continue
        before = shown[index - 1].question if index else None
        starts = before is None or before.type != "scale"
        assert prompt.scale_in_full == starts, prompt.question.id
    assert len(full) < len(scale) / 3


def test_going_back_redraws_and_a_run_resumed_from_a_draft_starts_in_full(bundled):
    answers = full_answers(bundled, scale=4)
    scale_ids = [q.id for q in bundled.questions if q.type == "scale" and q.id in answers]
    # Everything before the second scale question answered, as a resumed draft would be.
    second = scale_ids[1]
    order = [q.id for q in bundled.questions if q.id in answers]
    given = {qid: answers[qid] for qid in order[: order.index(second)]}
    seen: list[Prompt] = []
    with pytest.raises(Interrupted):
        run(bundled, given, scripted(["4", "<", "4"], seen), lambda q: None)
    assert [p.question.id for p in seen[:3]] == [second, scale_ids[2], second]
    assert seen[0].scale_in_full  # the first question of this run
    assert not seen[1].scale_in_full
    assert not seen[2].scale_in_full  # back within the run: the scale was just on screen


def test_a_reminder_is_one_line_in_the_persons_language(bundled):
    question = bundled.question("ydin_anti")
    calm = Prompt(question, 12, 36, None, scale_in_full=False)
    fi = plain_text(question_view(bundled, calm, "fi"), width=100)
    assert (
        "1 = täysin eri mieltä … 5 = täysin samaa mieltä · 0 = en osaa sanoa / ei koske minua"
    ) in fi.replace("\u00a0", " ")
    assert "Jokseenkin" not in fi
    en = plain_text(question_view(bundled, calm, "en"), width=100)
    assert (
        "1 = strongly disagree … 5 = strongly agree · 0 = don't know / does not apply"
        in en.replace("\u00a0", " ")
    )
    full = plain_text(question_view(bundled, Prompt(question, 12, 36, None), "fi"), width=100)
    assert "Jokseenkin samaa mieltä" in full
    # About ten lines a question before, now the question and one reminder at 60 columns.
    narrow = plain_text(question_view(bundled, calm, "fi"), width=60).strip("\n")
    assert len(narrow.splitlines()) <= 5
    assert all(len(line) <= 60 for line in narrow.splitlines())
    assert "1\u00a0=\u00a0täysin" in narrow  # a number never leaves its label


def test_help_shows_the_whole_scale_again(bundled):
    out = plain_text(help_view(bundled.question("ydin_anti"), "en"), width=100)
    for label in ("Strongly disagree", "Somewhat agree", "Strongly agree", "Don't know"):
        assert label in out
    choice = plain_text(help_view(bundled.question("vaihe"), "fi"), width=100)
    assert "Olen jo mukana" not in choice  # a choice's options stay where they are


def test_the_interview_at_the_terminal_is_shorter(bundled):
    answers = full_answers(bundled, scale=4)
    lines = typed_answers(bundled, answers)
    result = runner.invoke(app, ["arvioi"], input="\n".join(["V", *lines]) + "\n")
    assert result.exit_code == 0, result.output
    out = result.output
    count = sum(1 for q in bundled.questions if q.type == "scale" and q.id in answers)
    assert out.count("Jokseenkin samaa mieltä") < count / 3
    assert out.count("täysin samaa mieltä ·") > count / 2
