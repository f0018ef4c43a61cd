"""Parse and check answers: one typed at the prompt or read from a file, and a set of them.

One answer becomes its question's value or an `InvalidAnswer` naming what fits; a set is
checked for hours that contradict each other and pruned to the questions that apply, and a
draft's answers are fitted to the questions as they are now. Reading an answers file (the
mapping, an export, the lines to name in a problem) is `answers_file`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping

from verkosto.hourfigures import (
    WEEK_OR_MONTH,
    HourFigure,
    read_hours,
    shown_numbers,
)
from verkosto.instrument.model import (
    Answer,
    Answers,
    Instrument,
    Question,
    applicable,
    plain_number,
)
from verkosto.languages import LANGUAGES

NA_TOKENS = frozenset({"0", "eos", "-", "na", "n/a"})
MAX_TEXT = 2000
MAX_NETWORK_NAME = 120
# Bounded lengths: int() refuses very long digit strings, and no answer needs them.
_INTEGER = re.compile(r"^[+-]?[0-9]{1,9}$")
_DECIMAL = re.compile(r"^[+-]?[0-9]{1,12}(?:[.,][0-9]{1,12})?$")
_WORD = re.compile(r"\w+")


class InvalidAnswer(ValueError):
    """An answer that does not fit its question; `key` names the message."""

    def __init__(self, key: str, **params: object) -> None:
        super().__init__(key)
        self.key = key
        self.params = params
        # The question the problem belongs to, when it is not the one being answered.
        self.question_id: str | None = None


def normalise(raw: str) -> str:
    """Strip the input and normalise it to NFC, so 'ä' typed either way matches."""
    return unicodedata.normalize("NFC", raw).strip()


def _number_error(question: Question) -> InvalidAnswer:
    key = "answer_whole" if question.whole else "answer_number"
    return InvalidAnswer(key, min=plain_number(question.min), max=plain_number(question.max))


def _choice_error(question: Question) -> InvalidAnswer:
    return InvalidAnswer(
        "answer_choice",
        count=len(question.choices),
        values=", ".join(c.value for c in question.choices),
    )


def counts_hours(question: Question) -> bool:
    """Return whether a number question counts hours (its unit is h, h/kk, h/month)."""
    unit = question.unit
    return unit is not None and any(
        name is not None and (name == "h" or name.startswith("h/")) for name in (unit.fi, unit.en)
    )


def _per_month(question: Question) -> bool:
    """Return whether an hour question counts hours a month, so a weekly figure converts."""
    unit = question.unit
    return unit is not None and (
        unit.fi in ("h/kk", "h/kuukausi") or unit.en in ("h/month", "h/mo")
    )


def hours_answer(question: Question, text: str) -> tuple[int | float, HourFigure]:
    """Parse an hour question's answer; return hours in its own unit and the figure written.

    Raise InvalidAnswer when it is no figure, a week where weeks do not apply, or out of
    range (a weekly figure names both the weekly and the monthly hours).
    """
    figure = read_hours(text)
    if figure is None or (figure.per == "week" and not _per_month(question)):
        raise _number_error(question)
    if figure.per == "week":
        assert question.min is not None and question.max is not None
        if not question.min <= figure.monthly <= question.max:
            raise InvalidAnswer(
                "answer_week_range",
                min=plain_number(question.min),
                max=plain_number(question.max),
                **shown_numbers(week=figure.number, month=figure.monthly),
            )
    return _number_in_range(question, figure.monthly), figure


def week_or_month(instrument: Instrument, question: Question, raw: str) -> float | None:
    """Return the bare working-time figure that may be weekly or monthly; None if it is clear.

    Only the total working time asks: "37,5" is the usual Finnish weekly figure, and a month
    of 37,5 hours is short part-time work.
    """
    if question.id != instrument.scoring.time.worktime or not _per_month(question):
        return None
    figure = read_hours(raw)
    low, high = WEEK_OR_MONTH
    if figure is None or figure.per != "bare" or not low <= figure.number <= high:
        return None
    return figure.number


def parse_answer(question: Question, raw: str, *, typed: bool = True) -> Answer:
    """Parse text typed for `question` into its value, or raise InvalidAnswer.

    `typed` (an answer at the prompt, not from a file) also lets a choice be picked by the
    unique beginning of its label or by a whole word of it.
    """
    if question.type == "text":
        return _text_answer(raw)
    text = normalise(raw)
    if not text:
        raise InvalidAnswer("answer_required")
    if question.type == "scale":
        return _scale_answer(question, text)
    if question.type == "number":
        return _number_text_answer(question, text)
    return _choice_answer(question, text, typed)


def _text_answer(raw: str) -> Answer:
    """Return a free text without control characters, stripped (None when empty)."""
    # Control characters go first, so what is left is stripped as a whole.
    cleaned = normalise("".join(ch for ch in raw if ch.isprintable() or ch == "\n"))
    if len(cleaned) > MAX_TEXT:
        raise InvalidAnswer("answer_text", max=MAX_TEXT)
    return cleaned or None


def _scale_answer(question: Question, text: str) -> Answer:
    """Return a 1–5 answer, or None for "don't know" where the question allows it."""
    if question.not_applicable is not None and text.casefold() in NA_TOKENS:
        return None
    if _INTEGER.match(text) and int(text) in (1, 2, 3, 4, 5):
        return int(text)
    key = "answer_scale_na" if question.not_applicable is not None else "answer_scale"
    raise InvalidAnswer(key)


def _number_text_answer(question: Question, text: str) -> Answer:
    """Return a number written as text: hours in their own forms, others as decimals."""
    if counts_hours(question):
        return hours_answer(question, text)[0]
    if not _DECIMAL.match(text):
        raise _number_error(question)
    return _number_in_range(question, float(text.replace(",", ".")))


def _choice_answer(question: Question, text: str, typed: bool) -> Answer:
    """Return a choice: a number from the list, the value, or the label in any language."""
    if _INTEGER.match(text):
        index = int(text)
        if 1 <= index <= len(question.choices):
            return question.choices[index - 1].value
    folded = text.casefold()
    for choice in question.choices:
        names = {choice.value, *(choice.label.get(lang) for lang in LANGUAGES)}
        if folded in {normalise(name).casefold() for name in names}:
            return choice.value
    if typed:
        return _choice_by_part(question, text)
    raise _choice_error(question)


def _choice_by_part(question: Question, text: str) -> Answer:
    """Pick the one choice whose label begins with, or has as whole words, the text typed."""
    folded = text.casefold()
    typed_words = _WORD.findall(folded)
    if not typed_words:
        raise _choice_error(question)
    found: list[int] = []
    for index, choice in enumerate(question.choices):
        for label in {choice.label.get(lang) for lang in LANGUAGES}:
            name = normalise(label).casefold()
            words = _WORD.findall(name)
            span = len(typed_words)
            if name.startswith(folded) or any(
                words[i : i + span] == typed_words for i in range(len(words) - span + 1)
            ):
                found.append(index)
                break
    if len(found) == 1:
        return question.choices[found[0]].value
    if found:
        chosen = [(i + 1, question.choices[i].label) for i in found]
        raise InvalidAnswer(
            "answer_choice_ambiguous",
            answer=text,
            options_fi=", ".join(f"{n} = {label.fi}" for n, label in chosen),
            options_en=", ".join(f"{n} = {label.en or label.fi}" for n, label in chosen),
            options_sv=", ".join(f"{n} = {label.get('sv')}" for n, label in chosen),
        )
    raise _choice_error(question)


def _number_in_range(question: Question, value: float) -> int | float:
    assert question.min is not None and question.max is not None
    # NaN fails both comparisons, so it is refused here too.
    if not question.min <= value <= question.max:
        raise _number_error(question)
    if question.whole and not value.is_integer():
        raise _number_error(question)
    return int(value) if value.is_integer() else value


def coerce_value(question: Question, value: object) -> Answer:
    """Check a value read from an answers file for `question`, or raise InvalidAnswer."""
    if value is None:
        if question.type == "text" or (
            question.type == "scale" and question.not_applicable is not None
        ):
            return None
        raise InvalidAnswer("answer_required")
    if isinstance(value, bool):
        raise _type_error(question)
    if isinstance(value, (int, float)):
        return _coerce_number(question, value)
    if isinstance(value, str):
        if question.type == "choice" and _INTEGER.match(value.strip()):
            # A list position means nothing in a file; only values and labels count.
            raise _type_error(question)
        return parse_answer(question, value, typed=False)
    raise _type_error(question)


def _coerce_number(question: Question, value: float) -> Answer:
    """Check a number read from an answers file: a scale point, 0 for "don't know", a figure."""
    # Compare before converting: a huge integer does not fit in a float.
    if question.type == "scale" and 1 <= value <= 5 and int(value) == value:
        return int(value)
    if question.type == "scale" and value == 0 and question.not_applicable is not None:
        return None  # 0 = "don't know", as when typed
    if question.type == "number" and question.min is not None and question.max is not None:
        if question.min <= value <= question.max:
            return _number_in_range(question, float(value))
        raise _number_error(question)
    raise _type_error(question)


def _type_error(question: Question) -> InvalidAnswer:
    if question.type == "scale":
        key = "answer_scale_na" if question.not_applicable is not None else "answer_scale"
        return InvalidAnswer(key)
    if question.type == "number":
        return _number_error(question)
    if question.type == "choice":
        return _choice_error(question)
    return InvalidAnswer("answer_text", max=MAX_TEXT)


def _number_answer(value: Answer) -> float | None:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    return None


def check_hours(instrument: Instrument, answers: Mapping[str, Answer]) -> InvalidAnswer | None:
    """Return an error when the hours contradict each other, naming the question to fix.

    The network's hours cannot exceed the whole working time, and the hours agreed as part
    of the job cannot exceed the network's hours (once every hour question that applies is
    answered, so an answers file may leave some to be asked).
    """
    config = instrument.scoring.time
    worktime = _number_answer(answers.get(config.worktime))
    hours = [_number_answer(answers.get(qid)) for qid in config.hours]
    total = sum(h for h in hours if h is not None)
    if worktime is not None and total > worktime:
        mismatch = InvalidAnswer(
            "answer_hours_exceed_worktime",
            hours=plain_number(total),
            worktime=plain_number(worktime),
        )
        mismatch.question_id = config.worktime
        return mismatch
    agreed = _number_answer(answers.get(config.agreed)) if config.agreed else None
    asked = {q.id for q in applicable(instrument, answers)}
    if (
        agreed is not None
        and config.agreed is not None
        and agreed > total
        and all(qid in answers for qid in config.hours if qid in asked)
    ):
        mismatch = InvalidAnswer(
            "answer_agreed_exceed_hours", **shown_numbers(agreed=agreed, hours=total)
        )
        mismatch.question_id = config.agreed
        return mismatch
    return None


def check_network_name(raw: str) -> str:
    """Return a cleaned network name, or raise InvalidAnswer."""
    name = normalise(raw)
    if not name or len(name) > MAX_NETWORK_NAME or not name.isprintable():
        raise InvalidAnswer("network_name_invalid", max=MAX_NETWORK_NAME)
    return name


def prune(instrument: Instrument, answers: Mapping[str, Answer]) -> Answers:
    """Keep only answers to questions that apply, in question order."""
    current: Answers = dict(answers)
    while True:
        keep = {q.id for q in applicable(instrument, current)}
        pruned = {qid: v for qid, v in current.items() if qid in keep}
        if pruned == current:
            break
        current = pruned
    order = [q.id for q in instrument.questions]
    return {qid: current[qid] for qid in order if qid in current}


def fit_answers(instrument: Instrument, raw: Mapping[str, object]) -> tuple[Answers, list[str]]:
    """Keep the saved answers that still fit the questions; return them and the dropped ids.

    Used for drafts: the questions file may have changed since, and a dropped answer is
    simply asked again.
    """
    kept: Answers = {}
    dropped: list[str] = []
    for qid, value in raw.items():
        if not instrument.has_question(qid):
            dropped.append(qid)
            continue
        try:
            kept[qid] = coerce_value(instrument.question(qid), value)
        except InvalidAnswer:
            dropped.append(qid)
    while (mismatch := check_hours(instrument, kept)) is not None:
        # The answer that makes the figures disagree is asked again.
        qid = mismatch.question_id or instrument.scoring.time.worktime
        del kept[qid]
        dropped.append(qid)
    return kept, dropped
