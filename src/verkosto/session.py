"""One assessment from start to end: the network, the answers known, defaults, the interview.

What the person sees and types comes in as a `Ui` (the CLI hands in a console, tests a
scripted person); the files are the data folder's, so tests hand in a temporary folder and
look at what is in it. The drafts (which to continue, keeping one on the way) are in
`session_drafts`; scoring, storing and showing the finished assessment in `session_finish`.
Messages leave as keys with parameters; the words, dates and colours are chosen where they
are shown.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from verkosto.answers import InvalidAnswer, check_network_name, fit_answers
from verkosto.errors import Interrupted, InvalidInput, OperationFailed
from verkosto.instrument.model import applicable
from verkosto.interview import next_question, run, total_range
from verkosto.session_drafts import (
    DraftKeeper,
    ask_continue,
    continue_draft,
    existing_draft,
    questions_file_name,
    resumed,
)
from verkosto.session_finish import finish
from verkosto.session_ports import Loaded, Options, Params, Ui

if TYPE_CHECKING:
    from verkosto.instrument.model import Answers, Instrument
    from verkosto.interview import ReviewPrompt
    from verkosto.store import Draft


def _now() -> datetime:
    return datetime.now().astimezone()


def ask_network(ui: Ui) -> str:
    """Ask for the network's name until it is one; EOF becomes Interrupted, "?" explains."""
    while True:
        try:
            raw = ui.ask_network()
        except EOFError:
            raise Interrupted("input_ended_network") from None
        if raw.strip() == "?":
            # Not a name: a network called "?" would be a draft nobody meant to start.
            ui.notify("network_help", {})
            continue
        try:
            return check_network_name(raw)
        except InvalidAnswer as error:
            ui.show_error(error.key, error.params)


def previous_assessment(home: Path, ui: Ui, network: str) -> dict[str, Any] | None:
    """Return the network's last stored assessment; a broken history is said and skipped."""
    from verkosto import history  # sqlite3 only when the history is used

    try:
        return history.latest(history.database_path(home), network)
    except OperationFailed as error:
        # A broken history must not stop a new assessment; say so and go on without it.
        ui.notify(error.key, error.params, warning=True)
        return None


def earlier_answers(
    ui: Ui,
    previous: Mapping[str, Any] | None,
    instrument: Instrument,
    given: Mapping[str, Any],
    today: date,
) -> dict[str, Any]:
    """Offer the previous assessment's answers as defaults, and say when it was made."""
    from verkosto import compare
    from verkosto.export.check import completed_on

    if previous is None:
        return {}
    raw = previous.get("answers")
    fitted, _ = fit_answers(instrument, raw if isinstance(raw, dict) else {})
    defaults = {qid: value for qid, value in fitted.items() if qid not in given}
    if not defaults:
        return {}
    done = completed_on(previous)
    review = compare.next_review(previous)
    # The title in the person's language now, worded for a member or a joiner as they were.
    verdict = compare.verdict_words(previous, instrument)
    more: list[tuple[str, Params]] = []
    if review is not None:
        key = "previous_review_due" if review <= today else "previous_review_ahead"
        more.append((key, {"date": review}))
    more.append(("previous_defaults", {}))
    ui.notify("previous_assessment", {"date": done or "?", "verdict": verdict}, more=tuple(more))
    return defaults


def stopped(stop: KeyboardInterrupt | Interrupted, kept: int, command: str) -> Interrupted:
    """Say how the interview stopped and, if answers were kept, how to go on (`command`)."""
    if isinstance(stop, Interrupted):
        if kept:
            stop.details.append(("kept_draft", {"count": kept, "command": command}))
        return stop
    if not kept:
        return Interrupted("interrupted_unsaved")
    error = Interrupted("interrupted_kept", count=kept)
    error.details.append(("resume_hint", {"command": command}))
    return error


@dataclass
class _Start:
    """Where the assessment starts: questions, answers so far, network, draft."""

    loaded: Loaded
    network: str
    questions: Path | None
    draft: Draft | None
    autosave: bool
    started_at: datetime
    intro_shown: bool = False


def show_intro(ui: Ui, instrument: Instrument, given: Mapping[str, Any], drafts: bool) -> None:
    """Say what the interview is and how long it takes: the questions still to answer."""
    low, high = total_range(instrument, given)
    done = sum(1 for q in applicable(instrument, given) if q.id in given)
    ui.show_intro(instrument, max(low - done, 1), max(high - done, 1), drafts)


def _skip_optional(instrument: Instrument, given: dict[str, Any]) -> dict[str, Any]:
    """Leave optional free-text questions unanswered when nothing may be asked (--ei-kysy)."""
    optional = [
        q.id for q in applicable(instrument, given) if q.type == "text" and q.id not in given
    ]
    return {**given, **dict.fromkeys(optional)}


def assess(options: Options, home: Path, ui: Ui, now: Callable[[], datetime] = _now) -> None:
    """Run one assessment in the data folder `home`: resume or protect a draft, ask, store, show."""
    start = _start(options, home, ui, now)
    instrument, network = start.loaded.instrument, start.network
    for key, params in start.loaded.notes:
        ui.notify(key, params, warning=True)
    keeper = DraftKeeper(
        home,
        ui,
        network,
        start.autosave,
        questions_file_name(start.questions),
        instrument.sha256,
        start.started_at,
    )
    given = _given(options, ui, start, keeper)
    defaults: dict[str, Any] = {}
    if options.interactive and options.keep_history:
        previous = previous_assessment(home, ui, network)
        defaults = earlier_answers(ui, previous, instrument, given, now().date())
    answers = _interview(options, ui, start, given, defaults, keeper)
    try:
        finish(
            instrument,
            network,
            answers,
            start.started_at,
            options,
            home,
            ui,
            keeper.forget,
            now,
            start.questions,
        )
    except KeyboardInterrupt:
        raise stopped(KeyboardInterrupt(), keeper.kept, ui.resume_command(network)) from None
    except OperationFailed as error:
        if keeper.kept:
            error.details.append(
                ("kept_draft", {"count": keeper.kept, "command": ui.resume_command(network)})
            )
        raise


def _load(home: Path, questions: Path | None, options: Options) -> Loaded:
    """Load the questions (through the cache) and the answers file, if one was given.

    The answers are not pruned: later questions may need them. Raise ProblemsError.
    """
    from verkosto import cache
    from verkosto.answers_file import load_answers

    instrument = cache.load_instrument(questions, home / cache.FOLDER)
    if options.answers is None:
        return Loaded(instrument, {}, None, [])
    loaded = load_answers(options.answers, instrument, options.answers_name)
    return Loaded(instrument, dict(loaded.answers), loaded.network, list(loaded.notes))


def _given(options: Options, ui: Ui, start: _Start, keeper: DraftKeeper) -> dict[str, Any]:
    """Return the answers known before asking; raise InvalidInput if --ei-kysy leaves any out."""
    instrument, given = start.loaded.instrument, dict(start.loaded.answers)
    if start.draft is not None:
        given = continue_draft(ui, instrument, start.draft, given, keeper)
    if options.ask:
        return given
    given = _skip_optional(instrument, given)
    missing = next_question(instrument, given)
    if missing is not None:
        unanswered = [q.id for q in applicable(instrument, given) if q.id not in given]
        # All of them at once: someone bringing an older answers file fixes it in one go.
        incomplete = InvalidInput("no_input_missing", id=missing.id, count=len(unanswered))
        if len(unanswered) > 1:
            incomplete.details.append(("no_input_missing_all", {"ids": ", ".join(unanswered)}))
        raise incomplete
    return given


def _interview(
    options: Options,
    ui: Ui,
    start: _Start,
    given: dict[str, Any],
    defaults: dict[str, Any],
    keeper: DraftKeeper,
) -> Answers:
    """Ask what is still unanswered (saving the draft on the way) and return every answer."""
    instrument = start.loaded.instrument
    asks = next_question(instrument, given) is not None
    if asks and not start.intro_shown:
        show_intro(ui, instrument, given, start.autosave)
    # A review only where a person typed answers at a terminal (a draft was typed too, and
    # may have stopped at the review).
    reviewed = options.interactive and (asks or start.draft is not None)

    def ask_review(review: ReviewPrompt) -> str:
        return ui.ask_review(instrument, review)

    try:
        return run(
            instrument,
            given,
            lambda prompt: ui.ask(instrument, prompt),
            ui.show_help,
            ui.show_note,
            save=keeper.save,
            ask_review=ask_review if reviewed else None,
            defaults=defaults,
            show_message=ui.notify,
            lang=options.language,
        )
    except (KeyboardInterrupt, Interrupted) as stop:
        # Only a draft this run saved or continued counts (keeper.kept is 0 otherwise).
        raise stopped(stop, keeper.kept, ui.resume_command(start.network)) from None


def _start(options: Options, home: Path, ui: Ui, now: Callable[[], datetime]) -> _Start:
    """Find the network, the draft to continue (if any) and load the questions for it."""
    network, draft, questions = resumed(options, home, ui)
    loaded = _load(home, questions, options)
    network = _named_network(options, loaded, network)
    started_at = now()
    # --ei-tallenna keeps nothing: no history and no draft.
    autosave = options.ask and options.keep_history
    intro_shown = network is None
    if network is None:
        # Say what this is before the first thing asked, the network's name.
        show_intro(ui, loaded.instrument, loaded.answers, autosave)
        network = ask_network(ui)
    start = _Start(loaded, network, questions, draft, autosave, started_at, intro_shown)
    # Drafts: continue one, or keep the person's unfinished one safe (also with
    # --ei-tallenna, which writes no draft but may still continue one).
    if draft is None and options.ask:
        _offer_existing_draft(options, home, ui, start)
    if start.draft is not None:
        start.started_at = start.draft.started_at
    return start


def _named_network(options: Options, loaded: Loaded, network: str | None) -> str | None:
    """Return the network named as an option or in the answers; raise InvalidInput if none."""
    if network is None:
        network = loaded.network
    elif loaded.network is not None and not _same_network(loaded.network, network):
        # An export of another network: its answers are used, but the person should know.
        loaded.notes.append(
            ("answers_other_network", {"found": loaded.network, "network": network})
        )
    if network is None and (
        not options.ask
        or (next_question(loaded.instrument, loaded.answers) is None and not options.terminal)
    ):
        # Nothing else is asked, and no one may be there to type a name.
        raise InvalidInput("network_missing")
    return network


def _offer_existing_draft(options: Options, home: Path, ui: Ui, start: _Start) -> None:
    """Continue the network's unfinished draft if the person says so; else leave it alone."""
    existing = existing_draft(home, ui, start.network)
    if existing is None:
        return
    if not options.interactive:
        start.autosave = False
        ui.notify(
            "draft_exists_not_asked",
            {"network": existing.network, "command": ui.resume_command(existing.network)},
            warning=True,
        )
    elif ask_continue(ui, existing, replaces=start.autosave):
        start.draft = existing
        start.network = existing.network
        wanted = Path(existing.questions_file) if existing.questions_file else None
        if options.questions is None and wanted != start.questions:
            # The draft was made with another questions file: go on with that one.
            start.questions = wanted
            start.loaded = _load(home, wanted, options)


def _same_network(a: str, b: str) -> bool:
    """Return whether two names are one network (the key the drafts and history use)."""
    from verkosto.export.names import network_key

    return network_key(a) == network_key(b)
