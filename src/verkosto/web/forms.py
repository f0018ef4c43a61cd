"""Read a posted form: known fields only, each once, within bounds; never raises.

What is wrong comes back as problems (a field name, a message key and its parameters), for
the page to show in the person's language. Also which questions a page asks, how its
answers are read (as the terminal reads them) and the notes an answer brings.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass

from verkosto.answers import InvalidAnswer, parse_answer, week_or_month
from verkosto.hourfigures import WEEKS_PER_MONTH, HourFigure, read_hours, shown_numbers
from verkosto.i18n.catalog import t
from verkosto.instrument.model import Answer, Answers, Instrument, Question, applicable
from verkosto.interview import _scale_key, next_question

# The button pressed: `seuraava`, `takaisin`, `valmis` or `muuta:<question id>`.
ACTION = "toiminto"
NETWORK = "verkosto"
LANGUAGE = "kieli"
ANSWER_PREFIX = "q:"
# Longer than any answer (free text takes 2000 characters), so nothing real is refused.
MAX_VALUE = 10_000
# More fields than any page has (a block of statements has a few): the rest are not read.
MAX_FIELDS = 100
# A field name is shown back in a problem: cut it, so that a huge name stays a short message.
SHOWN_NAME = 40
# The values of "per week or per month?" (as the interview's words for them).
PER_WEEK = "viikko"
PER_MONTH = "kuukausi"


@dataclass(frozen=True)
class FormProblem:
    """Something wrong in a posted form: the field (name, '' for the form), message key."""

    field: str
    key: str
    params: Mapping[str, object]


@dataclass(frozen=True)
class Posted:
    """A posted form read: the button, each known field's value, and what was wrong."""

    action: str | None
    values: Mapping[str, str]
    problems: tuple[FormProblem, ...]


def answer_field(question_id: str) -> str:
    """Return the form field name of a question's answer (`q:<id>`)."""
    return ANSWER_PREFIX + question_id


def _shown(name: str) -> str:
    return name if len(name) <= SHOWN_NAME else name[: SHOWN_NAME - 1] + "…"


def read(form: Sequence[tuple[str, str]], allowed: Collection[str]) -> Posted:
    """Return the form's button and values; unknown, repeated and huge fields are problems."""
    values: dict[str, str] = {}
    action: str | None = None
    problems: list[FormProblem] = []
    seen: set[str] = set()
    for index, pair in enumerate(form):
        if index >= MAX_FIELDS:
            problems.append(FormProblem("", "web_unknown_field", {"name": "…"}))
            break
        name, value = _pair(pair)
        if name is None or value is None:
            problems.append(FormProblem("", "web_unknown_field", {"name": "?"}))
            continue
        if name in seen:
            problems.append(FormProblem(name, "web_repeated_field", {"name": _shown(name)}))
            continue
        seen.add(name)
        if name == ACTION:
            action = value[: SHOWN_NAME * 4]
        elif name not in allowed:
            problems.append(FormProblem("", "web_unknown_field", {"name": _shown(name)}))
        elif len(value) > MAX_VALUE:
            problems.append(FormProblem(name, "web_value_too_long", {"max": MAX_VALUE}))
        else:
            values[name] = value
    return Posted(action, values, tuple(_first_of_each(problems)))


def _pair(pair: object) -> tuple[str | None, str | None]:
    """Return a form pair's name and value, or None for what is not a pair of strings."""
    if not isinstance(pair, (tuple, list)) or len(pair) != 2:
        return None, None
    name, value = pair
    if not isinstance(name, str) or not isinstance(value, str):
        return None, None
    return name, value


def _first_of_each(problems: list[FormProblem]) -> list[FormProblem]:
    """Keep one problem per field and key: a field repeated fifty times is one problem."""
    kept: dict[tuple[str, str], FormProblem] = {}
    for problem in problems:
        kept.setdefault((problem.field, problem.key), problem)
    return list(kept.values())


def block_key(question: Question) -> tuple[object, ...] | None:
    """Return what a run of statements on one page shares: the scale and the dimension.

    The terminal shows a scale in full once for a run of questions on it (interview's
    `_scale_key`); a page holds such a run within one dimension, so it stays short.
    """
    scale = _scale_key(question)
    return None if scale is None else (scale, question.dimension)


def read_answers(
    instrument: Instrument,
    questions: Sequence[Question],
    values: Mapping[str, str],
    pending: float | None,
) -> tuple[Answers, list[FormProblem], float | None]:
    """Return a page's answers read as the terminal reads them, the problems, and a figure.

    The figure is a bare working time that may be weekly or monthly: the page asks which.
    With `pending` (that question asked), the answer is the week or the month.
    """
    given: Answers = {}
    problems: list[FormProblem] = []
    for question in questions:
        name = answer_field(question.id)
        raw = values.get(name, "")
        try:
            if pending is not None:
                given[question.id] = _week_or_month_answer(question, pending, raw)
                continue
            value = parse_answer(question, raw, typed=False)
        except InvalidAnswer as invalid:
            problems.append(FormProblem(name, invalid.key, invalid.params))
            continue
        if (bare := week_or_month(instrument, question, raw)) is not None:
            return {}, [], bare
        given[question.id] = value
    return given, problems, None


def _week_or_month_answer(question: Question, figure: float, raw: str) -> Answer:
    """Return the monthly hours for "per week or per month?", or raise InvalidAnswer."""
    if raw == PER_WEEK:
        return parse_answer(question, f"{figure} h/vko")
    if raw == PER_MONTH:
        return parse_answer(question, f"{figure} h/kk")
    raise InvalidAnswer("answer_required")


def page_questions(instrument: Instrument, answers: Mapping[str, Answer]) -> tuple[Question, ...]:
    """Return the questions of the next page: one, or a run of statements of one dimension."""
    first = next_question(instrument, answers)
    if first is None:
        return ()
    key = block_key(first)
    if key is None:
        return (first,)
    asked = applicable(instrument, answers)
    block = [first]
    for question in asked[asked.index(first) + 1 :]:
        if question.id in answers or block_key(question) != key:
            break
        block.append(question)
    return tuple(block)


def notes_after(
    instrument: Instrument, lang: str, given: Mapping[str, Answer], values: Mapping[str, str]
) -> tuple[str, ...]:
    """Return the notes an answer brings: a choice's own note, a weekly figure converted."""
    notes: list[str] = []
    for qid, value in given.items():
        question = instrument.question(qid)
        chosen = question.choice(value) if isinstance(value, str) else None
        if chosen is not None and chosen.note is not None:
            notes.append(chosen.note.get(lang))
        raw = values.get(answer_field(qid), "")
        figure = read_hours(raw) if question.type == "number" else None
        if figure is None and raw == PER_WEEK and isinstance(value, (int, float)):
            figure = HourFigure(round(value / WEEKS_PER_MONTH, 2), "week")
        if figure is not None and figure.per == "week" and isinstance(value, (int, float)):
            shown = shown_numbers(week=figure.number, month=float(value))
            notes.append(t("answer_week_note", lang, **shown))
    return tuple(notes)
