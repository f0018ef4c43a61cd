"""The question loop; the terminal is passed in, so tests drive it with plain functions."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from verkosto.answers import InvalidAnswer, check_hours, normalise, parse_answer, prune
from verkosto.errors import Interrupted
from verkosto.instrument import Answer, Answers, Instrument, Question, Text, applicable

HELP_TOKENS = frozenset({"?", "ohje", "help"})


@dataclass(frozen=True)
class Prompt:
    """What the terminal shows for one question."""

    question: Question
    number: int
    total: int
    error: InvalidAnswer | None
    # The question is already on screen (after help or a bad answer): show only the prompt.
    again: bool = False
    # The largest total still possible while earlier answers can switch questions on.
    total_max: int | None = None


# Returns the raw text typed; may raise EOFError or KeyboardInterrupt.
Ask = Callable[[Prompt], str]
ShowHelp = Callable[[Question], None]
ShowNote = Callable[[Text], None]


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


MAX_BRANCHES = 64


def total_range(instrument: Instrument, answers: Mapping[str, Answer]) -> tuple[int, int]:
    """Return the smallest and largest number of questions that may still apply.

    Conditions on questions not answered yet are tried with every value those questions
    can take, so the person sees "1/26–30" rather than a total that jumps later.
    """
    unresolved = sorted(
        {
            q.when.question
            for q in instrument.questions
            if q.when is not None and q.when.question not in answers
        }
    )
    options: list[list[Answer]] = []
    for qid in unresolved:
        question = instrument.question(qid)
        if question.type == "choice":
            options.append([c.value for c in question.choices])
        elif question.type == "scale":
            options.append([1, 2, 3, 4, 5])
        else:
            return _bounds(instrument, answers)
    counts = []
    for combination in _combinations(options):
        trial = {**answers, **dict(zip(unresolved, combination, strict=True))}
        counts.append(len(applicable(instrument, trial)))
        if len(counts) > MAX_BRANCHES:
            return _bounds(instrument, answers)
    return min(counts), max(counts)


def _combinations(options: list[list[Answer]]) -> list[tuple[Answer, ...]]:
    import itertools

    return list(itertools.islice(itertools.product(*options), MAX_BRANCHES + 1))


def _bounds(instrument: Instrument, answers: Mapping[str, Answer]) -> tuple[int, int]:
    low = len(applicable(instrument, answers))
    high = sum(
        1
        for q in instrument.questions
        if q.when is None or q.when.question not in answers or q.when.holds(answers)
    )
    return low, high


def run(
    instrument: Instrument,
    answers: Mapping[str, Answer],
    ask: Ask,
    show_help: ShowHelp,
    show_note: ShowNote | None = None,
) -> Answers:
    """Ask every question still unanswered and return all answers that apply."""
    current: Answers = dict(answers)
    error: InvalidAnswer | None = None
    again = False
    while (question := next_question(instrument, current)) is not None:
        number, _ = progress(instrument, current)
        low, high = total_range(instrument, current)
        prompt = Prompt(question, number, low, error, again, high if high != low else None)
        try:
            raw = normalise(ask(prompt))
        except EOFError:
            raise Interrupted("input_ended", id=question.id) from None
        error = None
        again = True
        # In free text only "?" asks for help: "ohje" could be what the person wants to write.
        if raw == "?" or (question.type != "text" and raw.casefold() in HELP_TOKENS):
            show_help(question)
            continue
        try:
            value = parse_answer(question, raw)
        except InvalidAnswer as invalid:
            error = invalid
            continue
        if (mismatch := check_hours(instrument, {**current, question.id: value})) is not None:
            error = mismatch
            continue
        current[question.id] = value
        again = False
        chosen = question.choice(value) if isinstance(value, str) else None
        if chosen is not None and chosen.note is not None and show_note is not None:
            show_note(chosen.note)
    return prune(instrument, current)
