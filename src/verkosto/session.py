"""One assessment from start to stored result: drafts, resuming, defaults, store before show.

What the person sees and types comes in as a `Ui` (the CLI hands in a console, tests a
scripted person); the files are the data folder's, read and written with the store, history
and export modules, so tests hand in a temporary folder and look at what is in it. Messages
leave as keys with parameters; the words, dates and colours are chosen where they are shown.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from verkosto import store
from verkosto.answers import InvalidAnswer, check_network_name, fit_answers
from verkosto.errors import Interrupted, InvalidInput, OperationFailed
from verkosto.instrument.model import applicable
from verkosto.interview import (
    HELP_TOKENS,
    NO_WORDS,
    YES_WORDS,
    next_question,
    run,
    total_range,
)
from verkosto.session_ports import Loaded, Options, Params, Ui
from verkosto.store import Draft

if TYPE_CHECKING:
    from verkosto.instrument.model import Answers, Instrument
    from verkosto.interview import ReviewPrompt

# "Continue the draft? [K/e]": Enter continues, and so does the word the prompt uses in
# each language ("J = jatka", "J = fortsätt", "Y = continue").
CONTINUE_WORDS = YES_WORDS | {"", "j", "jatka", "fortsätt", "fortsatt", "continue"}

__all__ = ["Loaded", "Options", "Ui", "assess", "finish"]


def _now() -> datetime:
    return datetime.now().astimezone()


@contextmanager
def draft_prompt() -> Iterator[None]:
    """Say that the drafts stay as they were when the person stops at a question on drafts."""
    try:
        yield
    except EOFError:
        raise Interrupted("input_ended_draft") from None
    except KeyboardInterrupt:
        raise Interrupted("interrupted_draft_kept") from None


def pick_draft(home: Path, ui: Ui, network: str | None, interactive: bool) -> Draft:
    """Find the draft that `--jatka` continues, asking when there are several."""
    if network is not None:
        try:
            found = store.find_draft(home, network)
        except (OSError, ValueError):
            path = store.draft_path(home, network)
            raise InvalidInput("draft_unreadable", path=str(path)) from None
        if found is None:
            raise InvalidInput("no_draft_for", network=network)
        return found
    drafts = store.list_drafts(home)[0]
    if not drafts:
        raise InvalidInput("no_drafts")
    if len(drafts) == 1:
        return drafts[0]
    if not interactive:
        raise InvalidInput("drafts_choose", networks=", ".join(d.network for d in drafts))
    ui.show_drafts(drafts)
    with draft_prompt():
        while True:
            raw = ui.ask_line("draft_pick", {"count": len(drafts)}).strip()
            if re.fullmatch(r"[0-9]{1,9}", raw) and 1 <= int(raw) <= len(drafts):
                return drafts[int(raw) - 1]
            if raw.casefold() in HELP_TOKENS:
                ui.notify("draft_pick_help", {"count": len(drafts)})
                continue
            ui.show_error("draft_pick_invalid", {"count": len(drafts)})


def ask_continue(ui: Ui, draft: Draft, replaces: bool = True) -> bool:
    """Ask whether to continue an unfinished assessment; Enter continues.

    `replaces`: starting afresh replaces the draft (not with --ei-tallenna, which keeps it).
    """
    ui.notify(
        "draft_found",
        {"network": draft.network, "count": len(draft.answers), "saved": draft.saved_at},
    )
    with draft_prompt():
        while True:
            key = "draft_continue" if replaces else "draft_continue_kept"
            raw = ui.ask_line(key, {}).strip().casefold()
            if raw in CONTINUE_WORDS or raw in NO_WORDS:
                return raw in CONTINUE_WORDS
            if raw in HELP_TOKENS:
                ui.notify("draft_continue_help" if replaces else "draft_continue_kept_help", {})
                continue
            ui.show_error("draft_yes_no", {})


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
class DraftKeeper:
    """The draft this run keeps on disk, and how many answers it holds."""

    home: Path
    ui: Ui
    network: str
    autosave: bool
    questions_file: str | None
    sha256: str
    started_at: datetime
    # Answers the draft had that no longer fit stay in it until the assessment is done.
    carried: dict[str, Any] = field(default_factory=dict)
    kept: int = 0
    failed: bool = False

    def save(self, answers: Answers) -> None:
        """Keep the answers so far; a failure is said once and the interview goes on."""
        if not self.autosave or self.failed:
            return
        kept = {**{k: v for k, v in self.carried.items() if k not in answers}, **answers}
        try:
            store.save_draft(
                self.home, self.network, kept, self.questions_file, self.sha256, self.started_at
            )
        except OSError as error:
            self.failed = True
            self.ui.notify("draft_save_failed", {"reason": error}, warning=True)
            return
        self.kept = len(kept)

    def forget(self) -> None:
        """Remove the draft once the assessment is kept somewhere (or shown, unasked)."""
        if self.kept:
            store.remove_draft(self.home, self.network)
        self.kept = 0


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


def questions_file_name(path: Path | None) -> str | None:
    """Return the absolute name a draft keeps for a questions file (None: the bundled one)."""
    return str(path.resolve()) if path is not None else None


def _load(home: Path, questions: Path | None, options: Options) -> Loaded:
    """Load the questions (through the cache) and the answers file, if one was given.

    The answers are not pruned: later questions may need them. Raise ProblemsError.
    """
    from verkosto import cache
    from verkosto.answers import load_answers

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


def resumed(options: Options, home: Path, ui: Ui) -> tuple[str | None, Draft | None, Path | None]:
    """Return the network, the draft `--jatka` continues and its questions file (or none)."""
    if not options.resume:
        return options.network, None, options.questions
    draft = pick_draft(home, ui, options.network, options.interactive)
    questions = options.questions
    if options.questions is None and draft.questions_file is not None:
        questions = Path(draft.questions_file)
        if not questions.exists():
            raise InvalidInput("draft_questions_missing", path=draft.questions_file)
    return draft.network, draft, questions


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


def existing_draft(home: Path, ui: Ui, network: str) -> Draft | None:
    """Return the network's draft; a damaged one is set aside (and said so)."""
    try:
        return store.find_draft(home, network)
    except (OSError, ValueError):
        path = store.draft_path(home, network)
        aside = store.set_aside(path)
        if aside is not None:
            ui.notify("draft_set_aside", {"path": str(path), "aside": str(aside)}, warning=True)
        else:
            ui.notify("draft_damaged", {"path": str(path)}, warning=True)
        return None


def continue_draft(
    ui: Ui, instrument: Instrument, draft: Draft, given: dict[str, Any], keeper: DraftKeeper
) -> dict[str, Any]:
    """Take the draft's answers that still fit; keep the others in it until the end."""
    fitted, dropped = fit_answers(instrument, draft.answers)
    keeper.carried = {qid: draft.answers[qid] for qid in dropped if qid in draft.answers}
    keeper.kept = len(draft.answers)
    ui.notify("draft_continued", {"network": draft.network, "count": len(fitted)})
    if dropped:
        ui.notify("draft_changed", {"ids": ", ".join(dropped)}, warning=True)
    elif draft.instrument_sha256 != instrument.sha256:
        ui.notify("draft_changed_all_fit", {}, warning=True)
    return {**fitted, **given}


def finish(
    instrument: Instrument,
    network: str,
    answers: Answers,
    started_at: datetime,
    options: Options,
    home: Path,
    ui: Ui,
    forget_draft: Callable[[], None],
    now: Callable[[], datetime] = _now,
    questions: Path | None = None,
) -> None:
    """Score, keep (history, export) and show one finished assessment.

    Everything is stored before anything is drawn, so no display problem can lose it; the
    draft is forgotten only once the assessment is stored somewhere, or shown when the person
    asked for neither history nor export. `questions` is the questions file read (an export
    must not replace it).
    """
    from verkosto.export.make import to_dict
    from verkosto.recommend import recommend
    from verkosto.scoring import score

    completed_at = now()
    scores = score(instrument, answers)
    recommendation = recommend(instrument, scores, answers, completed_at.date())
    # The stored record carries the reasons in words, in the language the answers were in.
    data = to_dict(
        instrument,
        network,
        options.language,
        started_at,
        completed_at,
        answers,
        scores,
        recommendation,
    )
    kept = _Kept(data, completed_at, home, forget_draft)
    failed, recorded, exported = _store(kept, options, questions)
    try:
        ui.show_result(instrument, network, scores, recommendation)
    except OSError as error:
        if recorded or exported:
            raise
        # Shown nowhere and stored nowhere (--ei-tallenna, no export): keep it as a file.
        kept_path = kept.as_file()
        forget_draft()
        raise OperationFailed("output_failed_kept", reason=error, kept=str(kept_path)) from None
    if recorded:
        ui.notify("saved_to_history", {})
    if failed is not None:
        _raise_failed(failed, ui, data, recorded or exported)
    if options.export is not None and options.export != "-":
        ui.notify("exported", {"path": options.export})
    if not options.keep_history and options.export is None:
        forget_draft()


def _raise_failed(failed: OperationFailed, ui: Ui, data: dict[str, Any], stored: bool) -> NoReturn:
    """Raise the storing failure; print the assessment first if no file on disk has it."""
    kept = "kept" in failed.params or any("kept" in p for _, p in failed.details)
    if not (stored or kept):
        # Nowhere on disk took it (a full disk, say): the terminal is the last place left.
        ui.print_assessment(data)
        failed.details.append(("assessment_printed", {}))
    raise failed


@dataclass(frozen=True)
class _Kept:
    """A finished assessment on its way to the data folder, and the draft it replaces."""

    data: dict[str, Any]
    completed_at: datetime
    home: Path
    forget_draft: Callable[[], None]

    def as_file(self) -> Path:
        """Keep the assessment as a file of its own; return it or raise OSError."""
        from verkosto.export.make import dumps

        return store.keep_assessment(self.home, dumps(self.data), self.completed_at)


def _store(
    kept: _Kept, options: Options, questions: Path | None
) -> tuple[OperationFailed | None, bool, bool]:
    """Record and export the assessment; return the first failure, recorded, exported."""
    failed: OperationFailed | None = None
    if options.keep_history:
        failed = _record(kept, options)
    recorded = options.keep_history and failed is None
    exported = False
    if options.export is not None:
        exported, failed = _export(kept, options.export, options, questions, recorded, failed)
    return failed, recorded, exported


def _record(kept: _Kept, options: Options) -> OperationFailed | None:
    """Store the assessment in the history; return the failure (kept as a file if it can be)."""
    from verkosto import history  # sqlite3 only when the history is used

    try:
        history.record(history.database_path(kept.home), kept.data)
    except OperationFailed as error:
        if options.export is None:
            error = _keep_elsewhere(error, kept)
            if "kept" in error.params:
                kept.forget_draft()
        return error
    kept.forget_draft()
    return None


def _export(
    kept: _Kept,
    target: str,
    options: Options,
    questions: Path | None,
    recorded: bool,
    failed: OperationFailed | None,
) -> tuple[bool, OperationFailed | None]:
    """Write the export to `target` ("-" is stdout); return whether it was, and the failure."""
    from verkosto.export.make import dumps, write
    from verkosto.export.output import STDOUT
    from verkosto.safefile import Protected

    try:
        # Nothing is protected from standard output (nor is the history's sqlite3 imported).
        protected = (
            Protected()
            if target == STDOUT
            else store.protected_files(kept.home, questions, options.answers)
        )
        write(target, dumps(kept.data), kept.home, kept.completed_at, protected)
        kept.forget_draft()
    except KeyboardInterrupt:
        # Stopped while writing the export (a pipe nobody reads): say what is kept.
        if recorded:
            raise Interrupted("interrupted_stored") from None
        raise
    except OperationFailed as error:
        if failed is None:
            failed = error
        else:
            failed.details.append((error.key, error.params))
        if "kept" in error.params:
            kept.forget_draft()
        return False, failed
    return True, failed


def _keep_elsewhere(error: OperationFailed, kept: _Kept) -> OperationFailed:
    """Keep an assessment the history could not take as a file, and say where it went."""
    try:
        path = kept.as_file()
    except OSError:
        return error
    error.details.append(("history_kept", {"kept": str(path)}))
    error.params["kept"] = str(path)
    return error
