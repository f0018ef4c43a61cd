"""Read an answers file: a YAML or JSON mapping of question ids, or an earlier JSON export.

Every value is checked as a typed answer would be (`answers.coerce_value`), and every
problem is named with the file, the line and the question, all of them at once. An export of
another instrument version keeps what still fits and says so. `arvioi --vastaukset` and the
self-contained page's "open saved answers" read with this one reader.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from verkosto.answers import (
    MAX_NETWORK_NAME,
    InvalidAnswer,
    check_hours,
    check_network_name,
    coerce_value,
    counts_hours,
    week_or_month,
)
from verkosto.errors import Problem, ProblemsError
from verkosto.export.names import EXPORT_SCHEMA
from verkosto.export.parse import Unreadable, parse
from verkosto.hourfigures import HourFigure, read_hours, shown_numbers
from verkosto.instrument.model import Answers, Instrument, Question, plain_number
from verkosto.instrument.reading import parse_yaml, read_text


@dataclass
class LoadedAnswers:
    """Answers read from a file, with the network name and instrument of an export."""

    answers: Answers
    network: str | None = None
    notes: list[tuple[str, dict[str, object]]] = field(default_factory=list)


def load_answers(path: Path, instrument: Instrument, display: str | None = None) -> LoadedAnswers:
    """Read an answers file (YAML/JSON mapping or a JSON export), or raise ProblemsError."""
    display = display or str(path)
    data, lines = _read_mapping(path, display)
    loaded = LoadedAnswers({})
    raw_answers: Any = data
    tolerant = False
    if data.get("schema") == EXPORT_SCHEMA:
        raw_answers, tolerant = _from_export(data, instrument, loaded, display, lines)
    problems: list[Problem] = []
    for key, value in raw_answers.items():
        qid = str(key)
        line = lines.get(qid)
        if not instrument.has_question(qid):
            if tolerant:
                continue
            if qid in instrument.retired:
                # An answers file made for an earlier version: not an error, but say so.
                loaded.notes.append(("answer_retired", {"id": qid}))
                continue
            problems.append(
                Problem("answer_unknown_id", {"id": qid}, display, line, "question", qid)
            )
            continue
        try:
            loaded.answers[qid] = coerce_value(instrument.question(qid), value)
            loaded.notes.extend(_hour_notes(instrument, instrument.question(qid), value))
        except InvalidAnswer as error:
            if tolerant:
                continue
            # In a file, list positions mean nothing: name the values instead.
            key = "answer_choice_value" if error.key == "answer_choice" else error.key
            problems.append(Problem(key, dict(error.params), display, line, "question", qid))
    _drop_ruled_out(instrument, loaded)
    if not problems and (mismatch := check_hours(instrument, loaded.answers)) is not None:
        qid = mismatch.question_id or instrument.scoring.time.worktime
        problems.append(
            Problem(mismatch.key, dict(mismatch.params), display, lines.get(qid), "question", qid)
        )
    if problems:
        raise ProblemsError("answers_invalid", problems)
    return loaded


def _hour_notes(
    instrument: Instrument, question: Question, value: object
) -> list[tuple[str, dict[str, object]]]:
    """Say how an hour figure from a file was read: a week converted, or a month assumed."""
    if question.type != "number" or not counts_hours(question) or isinstance(value, bool):
        return []
    if isinstance(value, (int, float)):
        value = plain_number(value)
    if not isinstance(value, str) or (figure := read_hours(value)) is None:
        return []
    label = question.short or question.text
    if figure.per == "week":
        return [
            (
                "answer_week_read",
                {"question": label, **shown_numbers(week=figure.number, month=figure.monthly)},
            )
        ]
    if week_or_month(instrument, question, value) is not None:
        return [
            (
                "answer_month_assumed",
                {
                    "question": label,
                    **shown_numbers(
                        hours=figure.number, month=HourFigure(figure.number, "week").monthly
                    ),
                },
            )
        ]
    return []


def _read_mapping(path: Path, display: str) -> tuple[dict[Any, Any], Mapping[str, int]]:
    """Return an answers file's mapping and the line of each key; raise ProblemsError."""
    try:
        text, _ = read_text(path, display, stream=True)  # "-", a pipe or a FIFO too
    except ProblemsError as error:
        raise ProblemsError("answers_invalid", error.problems) from None
    data: Any
    lines: Mapping[str, int] = {}
    if path.suffix.lower() == ".json":
        try:
            # The JSON reader of exports: the same refusals and words for the same file, and
            # a key written twice is refused as in YAML rather than the last one kept.
            data = parse(text, display, unique_keys=True)
        except Unreadable as error:
            raise ProblemsError("answers_invalid", [error.problem]) from None
    elif not text.strip():
        raise ProblemsError("answers_invalid", [Problem("empty_file", file=display)])
    else:
        # YAML also reads JSON, so an export saved under another name loads too.
        try:
            data = parse_yaml(text, display)
        except ProblemsError as error:
            raise ProblemsError("answers_invalid", error.problems) from None
        lines = getattr(data, "key_lines", {})
    if not isinstance(data, dict):
        raise ProblemsError("answers_invalid", [Problem("answers_not_mapping", file=display)])
    return data, lines


def _from_export(
    data: dict[Any, Any],
    instrument: Instrument,
    loaded: LoadedAnswers,
    display: str,
    lines: Mapping[str, int],
) -> tuple[dict[Any, Any], bool]:
    """Take an export's network name and answers; return them and whether to be tolerant.

    Tolerant: the export is of another instrument version, so what still fits is kept and
    the person is told.
    """
    network = data.get("network")
    if isinstance(network, str) and network.strip():
        # The same rule as a typed name: a name with an escape sequence or of 500,000
        # characters is refused here, before it could be shown or stored.
        try:
            loaded.network = check_network_name(network)
        except InvalidAnswer:
            problem = Problem(
                "export_network_invalid", {"max": MAX_NETWORK_NAME}, display, lines.get("network")
            )
            raise ProblemsError("answers_invalid", [problem]) from None
    tolerant = False
    meta = data.get("instrument")
    if isinstance(meta, dict) and (
        meta.get("id") != instrument.id or meta.get("version") != instrument.version
    ):
        tolerant = True
        found = f"{meta.get('id')} {meta.get('version')}"
        loaded.notes.append(
            (
                "answers_other_instrument",
                {"found": found, "current": f"{instrument.id} {instrument.version}"},
            )
        )
    raw_answers = data.get("answers")
    if not isinstance(raw_answers, dict):
        raise ProblemsError("answers_invalid", [Problem("answers_not_mapping", file=display)])
    return raw_answers, tolerant


def _drop_ruled_out(instrument: Instrument, loaded: LoadedAnswers) -> None:
    """Drop an answer the file's own choices rule out (e.g. tenure for someone joining).

    The person is told; answers whose condition waits on a question still to be asked stay
    until the end.
    """
    for question in instrument.questions:
        when = question.when
        if question.id in loaded.answers and when is not None and when.question in loaded.answers:
            if not when.holds(loaded.answers):
                del loaded.answers[question.id]
                loaded.notes.append(("answer_dropped", {"id": question.id}))
