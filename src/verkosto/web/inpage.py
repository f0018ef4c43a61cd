"""The Python side of `lomake.html`: runs inside Pyodide, called by web/lomake.js.

Pure like the page module: the standard library and verkosto's core only (no PyYAML, Rich,
Typer or Click, which the page does not have). It keeps the one assessment in progress in
this module's memory, which lives only as long as the page, and answers each call with JSON
text for the glue: the page to show, or a file to download.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from verkosto import cache
from verkosto.answers_file import load_answers
from verkosto.errors import ProblemsError, VerkostoError
from verkosto.export.make import dumps
from verkosto.i18n.catalog import t
from verkosto.i18n.problems import describe_problem
from verkosto.instrument.loader import from_data
from verkosto.instrument.model import Instrument
from verkosto.web import pages
from verkosto.web.markup import PageProblem, error_summary, notices

# The id of the start page's file field (made by lomake.js), where an opened file's problems lead.
OPEN_FIELD = "verkosto-avaa-tiedosto"
# Where an opened file is put for the answers reader, which reads files (Pyodide's memory).
_OPENED = Path("/tmp/verkosto-avattu.json")


@dataclass
class _Form:
    """The one assessment this page holds."""

    instrument: Instrument
    state: pages.State
    export: dict[str, Any] | None = None


_form: _Form | None = None


def _current() -> _Form:
    if _form is None:
        raise RuntimeError("boot() was not called")
    return _form


def boot(questions: str, lang: str) -> str:
    """Load the embedded questions and return the start page as JSON for the glue."""
    global _form
    data = json.loads(questions)
    instrument = from_data(cache.decode(data["tree"]), data["display"], data["sha256"])
    _form = _Form(instrument, pages.start(instrument, lang))
    return _turn(pages.show(instrument, _form.state))


def submit(form: str, now: str) -> str:
    """Take one posted form (JSON list of [name, value]) at the person's local time `now`."""
    current = _current()
    pairs = [(str(name), str(value)) for name, value in json.loads(form)]
    turn = pages.submit(current.instrument, current.state, pairs, datetime.fromisoformat(now))
    return _turn(turn)


def saved(kind: str, now: str) -> str:
    """Return [file name, text] to download: the export ("export") or the answers so far."""
    current = _current()
    stamp = datetime.fromisoformat(now).strftime("%Y%m%d-%H%M%S")
    if kind == "export" and current.export is not None:
        return json.dumps([f"arvio-{stamp}.json", dumps(current.export)])
    # The answers file `verkosto arvioi --vastaukset` reads, and this form opens again. An
    # answer taken back by going Back is still the person's until they change it: kept too.
    given = {**current.state.defaults, **current.state.answers}
    answers = {q.id: given[q.id] for q in current.instrument.questions if q.id in given}
    text = json.dumps(answers, ensure_ascii=False, indent=2) + "\n"
    return json.dumps([f"vastaukset-{stamp}.json", text])


def open_saved(text: str, name: str) -> str:
    """Resume from an answers file or an export the person opened; show what went wrong."""
    current = _current()
    lang = current.state.lang
    # The same reader as `arvioi --vastaukset`: the same checks and the same words.
    _OPENED.write_text(text, encoding="utf-8")
    try:
        loaded = load_answers(_OPENED, current.instrument, display=name)
    except ProblemsError as error:
        lines = [t(error.key, lang)] + [describe_problem(p, lang) for p in error.problems]
        return _turn(pages.show(current.instrument, current.state), lines)
    except VerkostoError as error:
        lines = [t(error.key, lang, **error.params)]
        return _turn(pages.show(current.instrument, current.state), lines)
    finally:
        _OPENED.unlink(missing_ok=True)
    current.state = pages.start(
        current.instrument, lang, network=loaded.network, answers=loaded.answers
    )
    current.export = None
    # What the reader noticed (an answer to a retired question, hours read as a week) is
    # said on the page, as the terminal says it.
    notes = [t(key, lang, **params) for key, params in loaded.notes]
    return _turn(pages.show(current.instrument, current.state), notes=notes)


def _turn(
    turn: pages.Turn, trouble: list[str] | None = None, notes: list[str] | None = None
) -> str:
    """Keep the new state and return what the glue shows, as JSON."""
    current = _current()
    current.state = turn.state
    if turn.export is not None:
        current.export = turn.export
    body = notices(notes or []) + turn.body
    if trouble:
        # A file that could not be opened: said in the pages' own error summary, each line
        # linked to the file field the glue puts on the start page.
        shown = [PageProblem("", OPEN_FIELD, line) for line in trouble]
        body = error_summary(shown, turn.lang) + body
    return json.dumps(
        {
            "title": turn.title,
            "lang": turn.lang,
            "body": body,
            "page": turn.state.page,
            "can_save": bool(turn.state.answers or turn.state.defaults),
            "has_export": current.export is not None and turn.state.page == "result",
        },
        ensure_ascii=False,
    )
