"""One assessment from start to stored result: drafts, resuming, defaults, store before show.

Pure policy. What the person sees and types comes in as a `Ui`, and every file the policy
reads or writes goes through a `Storage`; both are passed in (the CLI hands in a console and
the store/history modules, tests hand in plain objects). Messages leave as keys with
parameters; the words, dates and colours are chosen where they are shown.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from verkosto.answers import InvalidAnswer, check_network_name, fit_answers
from verkosto.errors import Interrupted, InvalidInput, OperationFailed
from verkosto.instrument import applicable
from verkosto.interview import (
    HELP_TOKENS,
    NO_WORDS,
    YES_WORDS,
    next_question,
    run,
    total_range,
)
from verkosto.session_ports import Loaded, Options, Params, Storage, Ui

if TYPE_CHECKING:
    from verkosto.instrument import Answers, Instrument
    from verkosto.interview import ReviewPrompt
    from verkosto.store import Draft

# "Continue the draft? [K/e]": Enter continues, and so does the word the prompt uses.
CONTINUE_WORDS = YES_WORDS | {"", "j", "jatka"}

__all__ = ["Loaded", "Options", "Storage", "Ui", "assess", "finish"]


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


def pick_draft(storage: Storage, ui: Ui, network: str | None, interactive: bool) -> Draft:
    """Find the draft that `--jatka` continues, asking when there are several."""
    if network is not None:
        try:
            found = storage.find_draft(network)
        except (OSError, ValueError):
            raise InvalidInput("draft_unreadable", path=str(storage.draft_path(network))) from None
        if found is None:
            raise InvalidInput("no_draft_for", network=network)
        return found
    drafts = storage.list_drafts()
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
    ui.notify("draft_found", {"network": draft.network, "count": len(draft.answers),
                              "saved": draft.saved_at})
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


def earlier_answers(storage: Storage, ui: Ui, network: str, instrument: Instrument,
                    given: Mapping[str, Any], today: date) -> dict[str, Any]:
    """Offer the network's last stored answers as defaults, and say when it was assessed."""
    from verkosto import compare
    from verkosto.export.check import completed_on

    try:
        previous = storage.latest(network)
    except OperationFailed as error:
        # A broken history must not stop a new assessment; say so and go on without it.
        ui.notify(error.key, error.params, warning=True)
        return {}
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
    ui.notify("previous_assessment", {"date": done or "?", "verdict": verdict},
              more=tuple(more))
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
class _DraftKeeper:
    """The draft this run keeps on disk, and how many answers it holds."""

    storage: Storage
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
            self.storage.save_draft(self.network, kept, self.questions_file, self.sha256,
                                    self.started_at)
        except OSError as error:
            self.failed = True
            self.ui.notify("draft_save_failed", {"reason": error}, warning=True)
            return
        self.kept = len(kept)

    def forget(self) -> None:
        """Remove the draft once the assessment is kept somewhere (or shown, unasked)."""
        if self.kept:
            self.storage.remove_draft(self.network)
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
    optional = [q.id for q in applicable(instrument, given)
                if q.type == "text" and q.id not in given]
    return {**given, **dict.fromkeys(optional)}


def assess(options: Options, storage: Storage, ui: Ui,
           now: Callable[[], datetime] = _now) -> None:
    """Run one assessment: continue or protect a draft, ask, then store before showing."""
    start = _start(options, storage, ui, now)
    instrument, given = start.loaded.instrument, dict(start.loaded.answers)
    for key, params in start.loaded.notes:
        ui.notify(key, params, warning=True)
    network, draft = start.network, start.draft
    keeper = _DraftKeeper(storage, ui, network, start.autosave,
                    storage.questions_file(start.questions), instrument.sha256,
                    start.started_at)
    if draft is not None:
        given = _continue_draft(ui, instrument, draft, given, keeper)
    if not options.ask:
        given = _skip_optional(instrument, given)
    if not options.ask and (missing := next_question(instrument, given)) is not None:
        unanswered = [q.id for q in applicable(instrument, given) if q.id not in given]
        # All of them at once: someone bringing an older answers file fixes it in one go.
        incomplete = InvalidInput("no_input_missing", id=missing.id, count=len(unanswered))
        if len(unanswered) > 1:
            incomplete.details.append(("no_input_missing_all", {"ids": ", ".join(unanswered)}))
        raise incomplete
    defaults: dict[str, Any] = {}
    if options.interactive and options.keep_history:
        defaults = earlier_answers(storage, ui, network, instrument, given, now().date())
    asks = next_question(instrument, given) is not None
    if asks and not start.intro_shown:
        show_intro(ui, instrument, given, start.autosave)
    # A review only where a person typed answers at a terminal (a draft was typed too, and
    # may have stopped at the review).
    reviewed = options.interactive and (asks or draft is not None)

    def ask_review(review: ReviewPrompt) -> str:
        return ui.ask_review(instrument, review)

    try:
        answers = run(instrument, given, lambda prompt: ui.ask(instrument, prompt),
                      ui.show_help, ui.show_note, save=keeper.save,
                      ask_review=ask_review if reviewed else None, defaults=defaults,
                      show_message=ui.notify, lang=options.language)
    except (KeyboardInterrupt, Interrupted) as stop:
        # Only a draft this run saved or continued counts (keeper.kept is 0 otherwise).
        raise stopped(stop, keeper.kept, ui.resume_command(network)) from None
    try:
        finish(instrument, network, answers, start.started_at, options, storage, ui,
               keeper.forget, now)
    except KeyboardInterrupt:
        raise stopped(KeyboardInterrupt(), keeper.kept, ui.resume_command(network)) from None
    except OperationFailed as error:
        if keeper.kept:
            error.details.append(("kept_draft", {"count": keeper.kept,
                                                 "command": ui.resume_command(network)}))
        raise


def _start(options: Options, storage: Storage, ui: Ui, now: Callable[[], datetime]) -> _Start:
    """Find the network, the draft to continue (if any) and load the questions for it."""
    network, draft, questions = options.network, None, options.questions
    if options.resume:
        draft = pick_draft(storage, ui, network, options.interactive)
        network = draft.network
        if options.questions is None and draft.questions_file is not None:
            questions = Path(draft.questions_file)
            if not storage.questions_exist(questions):
                raise InvalidInput("draft_questions_missing", path=draft.questions_file)
    loaded = storage.load(questions)
    if network is None:
        network = loaded.network
    elif loaded.network is not None and not _same_network(loaded.network, network):
        # An export of another network: its answers are used, but the person should know.
        loaded.notes.append(("answers_other_network",
                             {"found": loaded.network, "network": network}))
    if network is None and (not options.ask or (
        next_question(loaded.instrument, loaded.answers) is None and not options.terminal
    )):
        # Nothing else is asked, and no one may be there to type a name.
        raise InvalidInput("network_missing")
    started_at = now()
    # --ei-tallenna keeps nothing: no history and no draft.
    autosave = options.ask and options.keep_history
    intro_shown = False
    if network is None:
        # Say what this is before the first thing asked, the network's name.
        show_intro(ui, loaded.instrument, loaded.answers, autosave)
        intro_shown = True
        network = ask_network(ui)
    # Drafts: continue one, or keep the person's unfinished one safe (also with
    # --ei-tallenna, which writes no draft but may still continue one).
    if draft is None and options.ask:
        existing = _existing_draft(storage, ui, network)
        if existing is not None and not options.interactive:
            autosave = False
            ui.notify("draft_exists_not_asked", {
                "network": existing.network,
                "command": ui.resume_command(existing.network)}, warning=True)
        elif existing is not None and ask_continue(ui, existing, replaces=autosave):
            draft = existing
            network = existing.network
            wanted = Path(draft.questions_file) if draft.questions_file else None
            if options.questions is None and wanted != questions:
                # The draft was made with another questions file: go on with that one.
                questions = wanted
                loaded = storage.load(questions)
    if draft is not None:
        started_at = draft.started_at
    return _Start(loaded, network, questions, draft, autosave, started_at, intro_shown)


def _same_network(a: str, b: str) -> bool:
    """Return whether two names are one network (the key the drafts and history use)."""
    from verkosto.export.names import network_key

    return network_key(a) == network_key(b)


def _existing_draft(storage: Storage, ui: Ui, network: str) -> Draft | None:
    """Return the network's draft; a damaged one is set aside (and said so)."""
    try:
        return storage.find_draft(network)
    except (OSError, ValueError):
        path = storage.draft_path(network)
        aside = storage.set_aside(path)
        if aside is not None:
            ui.notify("draft_set_aside", {"path": str(path), "aside": str(aside)},
                      warning=True)
        else:
            ui.notify("draft_damaged", {"path": str(path)}, warning=True)
        return None


def _continue_draft(ui: Ui, instrument: Instrument, draft: Draft, given: dict[str, Any],
                    keeper: _DraftKeeper) -> dict[str, Any]:
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


def finish(instrument: Instrument, network: str, answers: Answers, started_at: datetime,
           options: Options, storage: Storage, ui: Ui, forget_draft: Callable[[], None],
           now: Callable[[], datetime] = _now) -> None:
    """Score, keep (history, export) and show one finished assessment.

    Everything is stored before anything is drawn, so no display problem can lose it; the
    draft is forgotten only once the assessment is stored somewhere, or shown when the person
    asked for neither history nor export.
    """
    from verkosto.recommend import recommend
    from verkosto.scoring import score

    completed_at = now()
    scores = score(instrument, answers)
    recommendation = recommend(instrument, scores, answers, completed_at.date())
    # The stored record carries the reasons in words: the storage side chooses them.
    data = storage.to_record(instrument, network, options.language, started_at, completed_at,
                             answers, scores, recommendation)
    failed, recorded, exported = _store(data, completed_at, options, storage, forget_draft)
    try:
        ui.show_result(instrument, network, scores, recommendation)
    except OSError as error:
        if recorded or exported:
            raise
        # Shown nowhere and stored nowhere (--ei-tallenna, no export): keep it as a file.
        kept_path = storage.keep(data, completed_at)
        forget_draft()
        raise OperationFailed("output_failed_kept", reason=error, kept=str(kept_path)) from None
    if recorded:
        ui.notify("saved_to_history", {})
    if failed is not None:
        kept = "kept" in failed.params or any("kept" in p for _, p in failed.details)
        if not (recorded or exported or kept):
            # Nowhere on disk took it (a full disk, say): the terminal is the last place left.
            ui.print_assessment(data)
            failed.details.append(("assessment_printed", {}))
        raise failed
    if options.export is not None and options.export != "-":
        ui.notify("exported", {"path": options.export})
    if not options.keep_history and options.export is None:
        forget_draft()


def _store(data: dict[str, Any], completed_at: datetime, options: Options, storage: Storage,
           forget_draft: Callable[[], None]) -> tuple[OperationFailed | None, bool, bool]:
    """Record and export the assessment; return the first failure, recorded, exported."""
    failed: OperationFailed | None = None
    recorded = False
    if options.keep_history:
        try:
            storage.record(data)
            recorded = True
        except OperationFailed as error:
            failed = error
            if options.export is None:
                failed = _keep_elsewhere(error, data, storage, completed_at)
                if "kept" in failed.params:
                    forget_draft()
    if recorded:
        forget_draft()
    exported = False
    if options.export is not None:
        try:
            storage.write_export(options.export, data, completed_at)
            exported = True
            forget_draft()
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
                forget_draft()
    return failed, recorded, exported


def _keep_elsewhere(error: OperationFailed, data: dict[str, Any], storage: Storage,
                    completed_at: datetime) -> OperationFailed:
    """Keep an assessment the history could not take as a file, and say where it went."""
    try:
        kept = storage.keep(data, completed_at)
    except OSError:
        return error
    error.details.append(("history_kept", {"kept": str(kept)}))
    error.params["kept"] = str(kept)
    return error
