"""The question loop; the terminal is passed in, so tests drive it with plain functions."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, fields, is_dataclass

from verkosto.answers import (
    InvalidAnswer,
    check_hours,
    normalise,
    parse_answer,
    prune,
    week_or_month,
)
from verkosto.errors import Interrupted
from verkosto.hourfigures import read_hours, shown_numbers
from verkosto.instrument.model import Answer, Answers, Instrument, Question, Text, applicable
from verkosto.languages import DEFAULT_LANGUAGE

HELP_TOKENS = frozenset({"?", "ohje", "help", "hjälp"})
BACK_TOKENS = frozenset({"<", "takaisin", "back", "tillbaka"})
CLEAR_TOKEN = "-"

# The one vocabulary of yes and no, compared casefolded. Each prompt derives what it takes
# from it: an empty answer is a yes only where the prompt shows yes as the default, and a
# destructive confirmation never takes an empty answer.
YES_WORDS = frozenset({"k", "kyllä", "kylla", "y", "yes", "j", "ja"})
NO_WORDS = frozenset({"e", "ei", "n", "no", "nej"})
# The review accepts with a yes or "ok"; Enter accepts too (see review_choice).
ACCEPT_TOKENS = YES_WORDS | {"ok"}
# "Per week or per month?" after a bare working-time figure that could be either.
WEEK_WORDS = frozenset(
    {"1", "v", "vko", "viikko", "viikossa", "w", "week", "a week", "vecka", "veckan", "i veckan"}
)
MONTH_WORDS = frozenset(
    {
        "2",
        "k",
        "kk",
        "kuukausi",
        "kuukaudessa",
        "m",
        "month",
        "a month",
        "mån",
        "månad",
        "månaden",
        "i månaden",
    }
)


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
    # The answer given before (going back, changing it in review): Enter keeps it.
    has_default: bool = False
    default: Answer = None
    # The person is considering joining: statements about benefits are answered by what
    # they expect, and the screen says so once, where those statements start.
    joining: bool = False
    # The first of a run of scale questions on the same scale: its labels are shown in
    # full; the questions after it show a one-line reminder.
    scale_in_full: bool = True
    # A bare working-time figure that may be weekly or monthly: ask which it is.
    week_or_month: float | None = None
    # The first benefit statement asked in this run of someone considering joining: the note
    # that they answer by what they expect goes here, once (the first one may be in a file).
    expectations_note: bool = False


@dataclass(frozen=True)
class ReviewPrompt:
    """The review before the result: numbered answers; a number changes one, Enter accepts."""

    questions: tuple[Question, ...]
    answers: Answers
    error: InvalidAnswer | None
    # The person typed "?": show what the prompt takes, not the whole list again.
    help: bool = False


# Returns the raw text typed; may raise EOFError or KeyboardInterrupt.
Ask = Callable[[Prompt], str]
ShowHelp = Callable[[Question], None]
ShowNote = Callable[[Text], None]
# Called with all answers so far after each answer, so they can be kept as a draft.
Save = Callable[[Answers], None]
# Returns the raw text typed at the review; may raise EOFError or KeyboardInterrupt.
AskReview = Callable[[ReviewPrompt], str]
# Shows one message (an interface text key and its parameters), such as a conversion.
ShowMessage = Callable[[str, Mapping[str, object]], None]


def lacks_language(instrument: Instrument, lang: str) -> bool:
    """Return whether any text of the questions file is missing in `lang` (shown in Finnish)."""
    return any(text.given(lang) is None for text in _texts(instrument))


def _texts(node: object) -> Iterator[Text]:
    """Yield every Text inside the instrument's dataclasses, tuples and mappings."""
    if isinstance(node, Text):
        yield node
    elif is_dataclass(node) and not isinstance(node, type):
        for item in fields(node):
            yield from _texts(getattr(node, item.name))
    elif isinstance(node, (tuple, list)):
        for item in node:
            yield from _texts(item)
    elif isinstance(node, Mapping):
        for item in node.values():
            yield from _texts(item)


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
    # A question another one replaces is asked never: it counts only when already answered.
    replaced = {q.replaces for q in instrument.questions if q.replaces is not None}
    high = sum(
        1
        for q in instrument.questions
        if (q.when is None or q.when.question not in answers or q.when.holds(answers))
        and (q.id not in replaced or q.id in answers)
    )
    return low, high


def previous_question(
    instrument: Instrument, answers: Mapping[str, Answer], current: Question
) -> Question | None:
    """Return the answered question that comes before `current` among those that apply."""
    asked = applicable(instrument, answers)
    before = asked[: asked.index(current)] if current in asked else asked
    for question in reversed(before):
        if question.id in answers:
            return question
    return None


def review_choice(raw: str, questions: tuple[Question, ...]) -> str | None:
    """Return the id of the question picked in the review, None to accept, or raise."""
    text = normalise(raw)
    if not text or text.casefold() in ACCEPT_TOKENS:
        return None
    # ASCII digits only: "²" and "٣" are digits to str.isdigit but no number here.
    if re.fullmatch(r"[0-9]{1,9}", text) and 1 <= int(text) <= len(questions):
        return questions[int(text) - 1].id
    raise InvalidAnswer("review_choice", count=len(questions))


def run(
    instrument: Instrument,
    answers: Mapping[str, Answer],
    ask: Ask,
    show_help: ShowHelp,
    show_note: ShowNote | None = None,
    *,
    save: Save | None = None,
    ask_review: AskReview | None = None,
    defaults: Mapping[str, Answer] | None = None,
    show_message: ShowMessage | None = None,
    lang: str | None = None,
) -> Answers:
    """Ask every question still unanswered, then offer a review; return the answers that apply.

    `<` goes back one question; its earlier answer becomes the default that Enter keeps.
    `defaults` (say, the last assessment's answers) are offered the same way.
    Without `ask_review` there is no review (answers from a file, or no terminal).
    `lang`: the person's language; when the questions file lacks some of its texts, they are
    shown in Finnish and `show_message` says so once, before anything else.
    """
    # Finnish is never missing: the questions file is refused without it.
    if (
        lang not in (None, DEFAULT_LANGUAGE)
        and show_message is not None
        and lacks_language(instrument, lang)
    ):
        show_message("questions_in_finnish", {})
    current: Answers = dict(answers)
    defaults_now: Answers = dict(defaults or {})
    while True:
        _ask_all(instrument, current, defaults_now, ask, show_help, show_note, save, show_message)
        if ask_review is None:
            break
        picked = _review(instrument, current, ask_review)
        if picked is None:
            break
        defaults_now[picked] = current.pop(picked)
    return prune(instrument, current)


def _review(instrument: Instrument, current: Answers, ask_review: AskReview) -> str | None:
    answered = prune(instrument, current)
    questions = tuple(q for q in instrument.questions if q.id in answered)
    error: InvalidAnswer | None = None
    wants_help = False
    while True:
        try:
            raw = ask_review(ReviewPrompt(questions, answered, error, wants_help))
        except EOFError:
            raise Interrupted("input_ended_review") from None
        error, wants_help = None, normalise(raw).casefold() in HELP_TOKENS
        if wants_help:
            continue
        try:
            return review_choice(raw, questions)
        except InvalidAnswer as invalid:
            error = invalid


def _scale_key(question: Question) -> tuple[object, ...] | None:
    """Return what makes a scale question's scale the same as another's (None if no scale)."""
    if question.type != "scale":
        return None
    return (question.labels, question.not_applicable)


@dataclass
class _Pass:
    """What one pass through the questions remembers from one prompt to the next."""

    error: InvalidAnswer | None = None
    # The question is already on screen (after help or a bad answer).
    again: bool = False
    # The scale whose labels are on screen from the question drawn last, if any.
    scale_shown: tuple[object, ...] | None = None
    # A bare working-time figure waiting for "per week or per month?".
    pending: float | None = None
    # Whether (and on which question) the joiner's note on the benefit statements was shown
    # in this run; asked again after an error, that question shows it again.
    noted: bool = False
    noted_at: str | None = None


def _ask_all(
    instrument: Instrument,
    current: Answers,
    defaults: Answers,
    ask: Ask,
    show_help: ShowHelp,
    show_note: ShowNote | None,
    save: Save | None,
    show_message: ShowMessage | None = None,
) -> None:
    state = _Pass()
    while (question := next_question(instrument, current)) is not None:
        prompt = _prompt(instrument, current, defaults, question, state)
        try:
            raw = normalise(ask(prompt))
        except EOFError:
            label = question.short or question.text
            raise Interrupted(
                "input_ended",
                id=question.id,
                question_fi=label.fi,
                question_en=label.get("en"),
                question_sv=label.get("sv"),
            ) from None
        state.error = None
        state.again = True
        if _moved(raw, question, instrument, current, defaults, state, show_help):
            continue
        answered = _answer(raw, question, instrument, defaults, state)
        if answered is None:
            continue
        value, weekly = answered
        state.pending = None
        if (mismatch := check_hours(instrument, {**current, question.id: value})) is not None:
            state.error = mismatch
            continue
        current[question.id] = value
        defaults.pop(question.id, None)
        state.again = False
        if save is not None:
            # Not pruned: a file answer may wait on a question still to be asked.
            save(dict(current))
        if weekly is not None and show_message is not None and isinstance(value, (int, float)):
            show_message("answer_week_note", shown_numbers(week=weekly, month=float(value)))
        chosen = question.choice(value) if isinstance(value, str) else None
        if chosen is not None and chosen.note is not None and show_note is not None:
            show_note(chosen.note)


def _prompt(
    instrument: Instrument,
    current: Answers,
    defaults: Answers,
    question: Question,
    state: _Pass,
) -> Prompt:
    """Return what the terminal shows for `question`, and remember what is on screen."""
    # Its place among the questions that apply: a question changed in the review keeps
    # its own number rather than showing as the last one.
    number = applicable(instrument, current).index(question) + 1
    low, high = total_range(instrument, current)
    phase = instrument.scoring.phase
    scale = _scale_key(question)
    joining = current.get(phase.question) == phase.joining
    benefit = (
        question.type == "scale"
        and question.dimension is not None
        and instrument.dimension(question.dimension).side == "benefit"
    )
    note = joining and benefit and (not state.noted or question.id == state.noted_at)
    prompt = Prompt(
        question,
        number,
        low,
        state.error,
        state.again,
        high if high != low else None,
        question.id in defaults,
        defaults.get(question.id),
        joining,
        scale_in_full=scale is None or scale != state.scale_shown,
        week_or_month=state.pending,
        expectations_note=note,
    )
    if note and not state.noted:
        state.noted, state.noted_at = True, question.id
    if not state.again:
        state.scale_shown = scale
    return prompt


def _moved(
    raw: str,
    question: Question,
    instrument: Instrument,
    current: Answers,
    defaults: Answers,
    state: _Pass,
    show_help: ShowHelp,
) -> bool:
    """Handle help and going back; return True when `raw` was one of them."""
    # In free text only "?" asks for help: "ohje" could be what the person wants to write.
    if raw == "?" or (question.type != "text" and raw.casefold() in HELP_TOKENS):
        show_help(question)
        return True
    if not (raw == "<" or (question.type != "text" and raw.casefold() in BACK_TOKENS)):
        return False
    if state.pending is not None:
        state.pending = None  # back from "per week or per month?" to the figure itself
        return True
    previous = previous_question(instrument, current, question)
    if previous is None:
        state.error = InvalidAnswer("back_at_first")
        return True
    defaults[previous.id] = current.pop(previous.id)
    state.again = False
    return True


def _answer(
    raw: str,
    question: Question,
    instrument: Instrument,
    defaults: Answers,
    state: _Pass,
) -> tuple[Answer, float | None] | None:
    """Return the answer `raw` gives and the weekly figure it was typed as, or None to ask on.

    None means the question is asked again: the answer was invalid (the error is kept in
    `state`) or a bare working-time figure waits for "per week or per month?".
    """
    if state.pending is not None:
        try:
            value = _week_or_month_answer(question, state.pending, raw)
        except InvalidAnswer as invalid:
            state.error = invalid
            return None
        # The figure typed per week, when it was: the note after it shows the conversion.
        return value, state.pending if raw.casefold() in WEEK_WORDS else None
    if not raw and question.id in defaults:
        return defaults[question.id], None
    if raw == CLEAR_TOKEN and question.id in defaults and question.type == "text":
        # Enter keeps the earlier note, so clearing it needs a sign of its own.
        return None, None
    try:
        value = parse_answer(question, raw)
    except InvalidAnswer as invalid:
        state.error = invalid
        return None
    if (bare := week_or_month(instrument, question, raw)) is not None:
        state.pending = bare
        return None
    figure = read_hours(raw) if question.type == "number" else None
    return value, figure.number if figure is not None and figure.per == "week" else None


def _week_or_month_answer(question: Question, figure: float, raw: str) -> Answer:
    """Return the monthly hours for "per week or per month?", or raise InvalidAnswer."""
    word = raw.casefold()
    if word in WEEK_WORDS:
        return parse_answer(question, f"{figure} h/vko")
    if word in MONTH_WORDS:
        return parse_answer(question, f"{figure} h/kk")
    raise InvalidAnswer("week_or_month_choice")
