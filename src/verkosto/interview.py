"""The question loop; the terminal is passed in, so tests drive it with plain functions."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from verkosto.answers import InvalidAnswer, normalise, parse_answer, prune
from verkosto.errors import Interrupted
from verkosto.instrument import Answer, Answers, Instrument, Question
from verkosto.scoring import applicable

HELP_TOKENS = frozenset({"?", "ohje", "help"})


@dataclass(frozen=True)
class Prompt:
    """What the terminal shows for one question."""

    question: Question
    number: int
    total: int
    error: InvalidAnswer | None


# Returns the raw text typed; may raise EOFError or KeyboardInterrupt.
Ask = Callable[[Prompt], str]
ShowHelp = Callable[[Question], None]


def next_question(instrument: Instrument, answers: Mapping[str, Answer]) -> Question | None:
    """Return the first question that applies and has no answer yet."""
    for question in applicable(instrument, answers):
        if question.id not in answers:
            return question
    return None


def progress(instrument: Instrument, answers: Mapping[str, Answer]) -> tuple[int, int]:
    """Return (number of the next question, total that apply given the answers so far)."""
    asked = applicable(instrument, answers)
    done = sum(1 for q in asked if q.id in answers)
    return done + 1, len(asked)


def run(
    instrument: Instrument,
    answers: Mapping[str, Answer],
    ask: Ask,
    show_help: ShowHelp,
    on_answer: Callable[[Answers], None] | None = None,
) -> Answers:
    """Ask every question still unanswered and return all answers that apply."""
    current: Answers = dict(answers)
    error: InvalidAnswer | None = None
    while (question := next_question(instrument, current)) is not None:
        number, total = progress(instrument, current)
        try:
            raw = normalise(ask(Prompt(question, number, total, error)))
        except EOFError:
            raise Interrupted("input_ended", id=question.id) from None
        if raw.casefold() in HELP_TOKENS:
            show_help(question)
            error = None
            continue
        try:
            current[question.id] = parse_answer(question, raw)
        except InvalidAnswer as invalid:
            error = invalid
            continue
        error = None
        if on_answer is not None:
            on_answer(prune(instrument, current))
    return prune(instrument, current)
