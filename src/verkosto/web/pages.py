"""One assessment as web pages: the state so far and a posted form give the next page.

Pure and standard-library only, so that it also runs inside Pyodide: no I/O, no clock (the
time comes in as a parameter), no randomness. The questions follow the interview's order
and conditions (`interview.next_question`, `answers.prune`), answers are read as the
terminal reads them (`answers.parse_answer`), and the result is the report's body
(`report.html.body_parts`) with the export the terminal would make (`export.make.to_dict`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from verkosto.answers import (
    InvalidAnswer,
    check_hours,
    check_network_name,
    coerce_value,
    fit_answers,
    prune,
    week_or_month,
)
from verkosto.i18n.catalog import t
from verkosto.instrument.model import Answer, Answers, Instrument, Question, applicable
from verkosto.interview import next_question
from verkosto.languages import DEFAULT_LANGUAGE, LANGUAGES
from verkosto.web import markup
from verkosto.web.forms import (
    ACTION,
    LANGUAGE,
    NETWORK,
    FormProblem,
    answer_field,
    block_key,
    notes_after,
    page_questions,
    read,
    read_answers,
)
from verkosto.web.markup import PageProblem, e
from verkosto.web.style import STYLE as STYLE

FIXED_PAGES = ("start", "review", "result")


@dataclass(frozen=True)
class State:
    """Everything about one assessment in progress; to_json/from_json keep it as JSON."""

    lang: str
    network: str | None
    answers: Mapping[str, Answer]
    page: str
    started_at: str | None
    # Answers taken back (going back, changing one in the review): shown as the choice made.
    defaults: Mapping[str, Answer] = field(default_factory=dict)
    # A bare working-time figure waiting for "per week or per month?".
    pending: float | None = None
    # When the result was reached (ISO time), for the export.
    completed_at: str | None = None
    # Notes to show once on the next page (already in words).
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Turn:
    """One page to show: the state it leaves, its problems, title, language and body."""

    state: State
    problems: tuple[PageProblem, ...]
    title: str
    lang: str
    body: str
    export: dict[str, Any] | None = None


def start(
    instrument: Instrument,
    lang: str,
    *,
    network: str | None = None,
    answers: Mapping[str, Answer] | None = None,
) -> State:
    """Return the state of a new assessment (or one resumed with `answers`), on its start page.

    Of `answers`, those that fit the questions are kept (as for a draft); the rest are
    asked again. A `network` name that is not a valid one is left for the person to give.
    """
    if lang not in LANGUAGES:
        lang = DEFAULT_LANGUAGE
    kept, _ = fit_answers(instrument, answers or {})
    try:
        name = check_network_name(network) if network is not None else None
    except InvalidAnswer:
        name = None
    return State(lang, name, kept, "start", None)


def to_json(state: State) -> dict[str, Any]:
    """Return the state as plain JSON data (for drafts and the form's download)."""
    return {
        "lang": state.lang,
        "network": state.network,
        "answers": dict(state.answers),
        "page": state.page,
        "started_at": state.started_at,
        "defaults": dict(state.defaults),
        "pending": state.pending,
        "completed_at": state.completed_at,
    }


def from_json(instrument: Instrument, data: Mapping[str, Any]) -> State:
    """Return the state kept by to_json, checked; raise ValueError('web_state_invalid')."""
    try:
        return _from_json(instrument, data)
    except (InvalidAnswer, TypeError, ValueError, KeyError, AttributeError):
        raise ValueError("web_state_invalid") from None


def _from_json(instrument: Instrument, data: Mapping[str, Any]) -> State:
    if not isinstance(data, Mapping):
        raise TypeError("not a mapping")
    lang = data["lang"]
    if lang not in LANGUAGES:
        raise ValueError("language")
    network = data.get("network")
    if network is not None:
        network = check_network_name(str(network)) if isinstance(network, str) else None
        if network is None:
            raise ValueError("network")
    page = data.get("page", "start")
    if not isinstance(page, str) or not (page in FIXED_PAGES or instrument.has_question(page)):
        raise ValueError("page")
    pending = data.get("pending")
    if pending is not None and (isinstance(pending, bool) or not isinstance(pending, (int, float))):
        raise ValueError("pending")
    return State(
        lang,
        network,
        _answers(instrument, data.get("answers") or {}),
        page,
        _time(data.get("started_at")),
        _answers(instrument, data.get("defaults") or {}),
        float(pending) if pending is not None else None,
        _time(data.get("completed_at")),
    )


def _answers(instrument: Instrument, raw: object) -> Answers:
    if not isinstance(raw, Mapping):
        raise TypeError("answers")
    return {
        str(qid): coerce_value(instrument.question(str(qid)), value) for qid, value in raw.items()
    }


def _time(raw: object) -> str | None:
    if raw is None:
        return None
    if not isinstance(raw, str) or len(raw) > 40:
        raise ValueError("time")
    return datetime.fromisoformat(raw).isoformat(timespec="seconds")


def _page(instrument: Instrument, state: State) -> State:
    """Return the state on the page its answers lead to (a tampered page is not followed)."""
    if state.lang not in LANGUAGES:
        state = replace(state, lang=DEFAULT_LANGUAGE)
    if state.network is None or state.page == "start":
        return replace(state, page="start", pending=None)
    following = next_question(instrument, state.answers)
    if following is None:
        page = "result" if state.page == "result" and state.completed_at else "review"
        return replace(state, page=page, pending=None)
    pending = state.pending
    if pending is not None and week_or_month(instrument, following, str(pending)) is None:
        pending = None
    return replace(state, page=following.id, pending=pending, completed_at=None)


# What a tampered state (built by hand, not read by from_json) can raise deep in the core:
# the person gets a clean start and a note, never a traceback.
_BROKEN = (ValueError, TypeError, KeyError, AttributeError, IndexError, AssertionError)


def show(instrument: Instrument, state: State) -> Turn:
    """Return the current page (what a GET shows)."""
    try:
        return _turn(instrument, _page(instrument, state), (), {})
    except _BROKEN:
        return _restart(instrument, state)


def _restart(instrument: Instrument, state: object) -> Turn:
    """Return a new assessment's start page that says the earlier one could not be read."""
    lang = getattr(state, "lang", None)
    lang = lang if isinstance(lang, str) and lang in LANGUAGES else DEFAULT_LANGUAGE
    fresh = replace(start(instrument, lang), notes=(t("web_state_invalid", lang),))
    return _turn(instrument, fresh, (), {})


def _turn(
    instrument: Instrument,
    state: State,
    problems: Sequence[PageProblem],
    entered: Mapping[str, str],
) -> Turn:
    """Return the page `state` is on, with its problems and what the person entered."""
    lang = state.lang
    problems = tuple(problems)
    export = None
    page = _view(instrument, state, problems, entered)
    if state.page == "start":
        title, body = markup.start_view(instrument, lang, state.network, page)
    elif state.page == "review":
        title, body = markup.review_view(instrument, page)
    elif state.page == "result":
        export = _export(instrument, state)
        title, body = markup.result_view(instrument, export, lang)
    else:
        questions = page_questions(instrument, state.answers)
        title, body = markup.question_view(instrument, page, questions)
    if problems:
        title = t("web_error_title", lang, title=title)
    # Notes are shown once: the state handed on no longer has them.
    return Turn(replace(state, notes=()), problems, title, lang, body, export)


def _export(instrument: Instrument, state: State) -> dict[str, Any]:
    """Return the export of the finished assessment, as `arvioi` makes it."""
    from verkosto.export.make import to_dict
    from verkosto.recommend import recommend
    from verkosto.scoring import score

    assert state.completed_at is not None and state.network is not None
    answers = prune(instrument, state.answers)
    completed_at = datetime.fromisoformat(state.completed_at)
    started_at = datetime.fromisoformat(state.started_at) if state.started_at else completed_at
    scores = score(instrument, answers)
    recommendation = recommend(instrument, scores, answers, completed_at.date())
    return to_dict(
        instrument,
        state.network,
        state.lang,
        started_at,
        completed_at,
        answers,
        scores,
        recommendation,
    )


def submit(
    instrument: Instrument, state: State, form: Sequence[tuple[str, str]], now: datetime
) -> Turn:
    """Read a posted form on the current page; return the next page, or this one with problems.

    `form` is the posted (name, value) pairs without the face's own fields; `now` is the
    person's local time with its offset, as `arvioi` takes it for the export.
    """
    try:
        return _submit(instrument, state, form, now)
    except _BROKEN:
        return _restart(instrument, state)


def _submit(
    instrument: Instrument, state: State, form: Sequence[tuple[str, str]], now: datetime
) -> Turn:
    state = _page(instrument, replace(state, notes=()))
    questions = page_questions(instrument, state.answers) if state.page not in FIXED_PAGES else ()
    posted = read(form, _allowed(state, questions))
    if posted.problems:
        return _turn(
            instrument, state, _shown(instrument, state, questions, posted.problems), posted.values
        )
    action = posted.action or ("valmis" if state.page == "review" else "seuraava")
    if state.page == "start":
        return _start_submitted(instrument, state, posted.values, action, now)
    if state.page == "review":
        return _review_submitted(instrument, state, action, now)
    if state.page == "result":
        return _turn(instrument, state, (), {})
    return _answered(instrument, state, questions, posted.values, action)


def _allowed(state: State, questions: Sequence[Question]) -> frozenset[str]:
    if state.page == "start":
        return frozenset({NETWORK, LANGUAGE})
    return frozenset(answer_field(q.id) for q in questions)


def _shown(
    instrument: Instrument,
    state: State,
    questions: Sequence[Question],
    problems: Sequence[FormProblem],
) -> list[PageProblem]:
    """Return form problems in words, each linked to its field (the page's first one if none).

    On a page of several statements, the list at the top names the statement of each.
    """
    on_page = {answer_field(q.id): q for q in questions}
    start_fields = {NETWORK: markup.NETWORK_ID, LANGUAGE: markup.LANGUAGE_ID}
    fields = dict(start_fields) if state.page == "start" else {}
    fields |= {name: markup.field_id(q.id) for name, q in on_page.items()}
    first = next(iter(fields.values()), "sisalto")
    shown = []
    for problem in problems:
        words = t(problem.key, state.lang, **problem.params)
        message = summary = markup.sentence(words)
        question = on_page.get(problem.field)
        if question is not None and len(questions) > 1:
            summary = f"{(question.short or question.text).get(state.lang)}: {words}"
        field = problem.field if problem.field in fields else ""
        shown.append(PageProblem(field, fields.get(field, first), message, summary))
    return shown


def _start_submitted(
    instrument: Instrument,
    state: State,
    values: Mapping[str, str],
    action: str,
    now: datetime,
) -> Turn:
    lang = values.get(LANGUAGE, state.lang)
    problems = []
    if lang not in LANGUAGES:
        problems.append(
            FormProblem(
                LANGUAGE, "answer_choice", {"count": len(LANGUAGES), "values": ", ".join(LANGUAGES)}
            )
        )
        lang = state.lang
    try:
        network = check_network_name(values.get(NETWORK, ""))
    except InvalidAnswer as invalid:
        problems.append(FormProblem(NETWORK, invalid.key, invalid.params))
    if action != "seuraava":
        problems.append(FormProblem("", "web_unknown_field", {"name": ACTION}))
    if problems:
        state = replace(state, lang=lang)
        return _turn(instrument, state, _shown(instrument, state, (), problems), values)
    started = state.started_at or now.isoformat(timespec="seconds")
    moved = replace(state, lang=lang, network=network, page="", started_at=started)
    return _turn(instrument, _page(instrument, moved), (), {})


def _review_submitted(instrument: Instrument, state: State, action: str, now: datetime) -> Turn:
    answered = prune(instrument, state.answers)
    if action == "valmis":
        done = replace(state, page="result", completed_at=now.isoformat(timespec="seconds"))
        return _turn(instrument, _page(instrument, done), (), {})
    if action == "takaisin":
        return _turn(instrument, _page(instrument, _back(instrument, state)), (), {})
    qid = action.removeprefix("muuta:")
    if action.startswith("muuta:") and qid in answered:
        answers = dict(state.answers)
        defaults = {**state.defaults, qid: answers.pop(qid)}
        moved = replace(state, answers=answers, defaults=defaults, page=qid)
        return _turn(instrument, _page(instrument, moved), (), {})
    problem = FormProblem("", "web_unknown_field", {"name": ACTION})
    return _turn(instrument, state, _shown(instrument, state, (), [problem]), {})


def _answered(
    instrument: Instrument,
    state: State,
    questions: Sequence[Question],
    values: Mapping[str, str],
    action: str,
) -> Turn:
    """Take a question page's answers, or show it again with what is wrong."""
    if action == "takaisin":
        return _turn(instrument, _page(instrument, _back(instrument, state)), (), {})
    if action != "seuraava":
        problem = FormProblem("", "web_unknown_field", {"name": ACTION})
        return _turn(instrument, state, _shown(instrument, state, questions, [problem]), values)
    given, problems, pending = read_answers(instrument, questions, values, state.pending)
    if pending is not None:
        return _turn(instrument, replace(state, pending=pending), (), {})
    if not problems:
        mismatch = check_hours(instrument, {**state.answers, **given})
        if mismatch is not None:
            on_page = {q.id for q in questions}
            qid = mismatch.question_id if mismatch.question_id in on_page else questions[0].id
            problems.append(FormProblem(answer_field(qid), mismatch.key, mismatch.params))
    if problems:
        shown = _shown(instrument, state, questions, problems)
        return _turn(instrument, state, shown, values)
    answers = {**state.answers, **given}
    defaults = {k: v for k, v in state.defaults.items() if k not in given}
    notes = notes_after(instrument, state.lang, given, values)
    moved = replace(state, answers=answers, defaults=defaults, pending=None, notes=notes)
    return _turn(instrument, _page(instrument, moved), (), {})


def document(turn: Turn, *, style: str | None, head_extra: str = "", scripts: str = "") -> str:
    """Return the page as a whole HTML document; `style` is CSS text put inline, if given.

    A face that serves the stylesheet from its own address passes style=None and a <link>
    in `head_extra`; `scripts` goes at the end of <body>. Both are the face's own markup.
    """
    css = f"<style>{style}</style>" if style is not None else ""
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{e(turn.lang)}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{e(turn.title)}</title>\n{css}{head_extra}\n</head>\n<body>\n"
        f'<main id="sisalto">\n{turn.body}\n</main>\n{scripts}</body>\n</html>\n'
    )


def _view(
    instrument: Instrument,
    state: State,
    problems: Sequence[PageProblem],
    entered: Mapping[str, str],
) -> markup.Page:
    """Return what a page shows besides its questions."""
    phase = instrument.scoring.phase
    return markup.Page(
        state.lang,
        state.answers,
        state.defaults,
        state.pending,
        state.notes,
        tuple(problems),
        entered,
        state.answers.get(phase.question) == phase.joining,
    )


def _back(instrument: Instrument, state: State) -> State:
    """Return the state one page back: its answers are taken back and shown as chosen.

    From "per week or per month?" back to the figure; from the first question to the start.
    """
    if state.pending is not None:
        question = next_question(instrument, state.answers)
        defaults = dict(state.defaults)
        if question is not None:
            defaults[question.id] = state.pending
        return replace(state, pending=None, defaults=defaults)
    asked = [q for q in applicable(instrument, state.answers) if q.id in state.answers]
    current = next_question(instrument, state.answers)
    if current is not None:
        order = applicable(instrument, state.answers)
        asked = [q for q in asked if order.index(q) < order.index(current)]
    if not asked:
        return replace(state, page="start")
    taken = [asked[-1]]
    key = block_key(taken[0])
    while key is not None and len(taken) < len(asked) and block_key(asked[-len(taken) - 1]) == key:
        taken.append(asked[-len(taken) - 1])
    answers = dict(state.answers)
    defaults = dict(state.defaults)
    for question in taken:
        defaults[question.id] = answers.pop(question.id)
    return replace(state, answers=answers, defaults=defaults, page=taken[-1].id)
