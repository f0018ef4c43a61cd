"""The drafts of an assessment: which one to continue, asking about it, keeping one on disk.

A draft is the answers of an unfinished assessment, saved after every answer so that
`arvioi --jatka` (or `selain`) can go on where the person stopped. The files are the store's;
this module is the conversation about them through the `Ui`, and the `DraftKeeper` that a run
(`session.assess` or the browser's assessment) saves its answers with.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from verkosto import store
from verkosto.answers import fit_answers
from verkosto.errors import Interrupted, InvalidInput
from verkosto.interview import HELP_TOKENS, NO_WORDS, YES_WORDS
from verkosto.session_ports import Options, Ui
from verkosto.store import Draft

if TYPE_CHECKING:
    from verkosto.instrument.model import Answers, Instrument

# "Continue the draft? [K/e]": Enter continues, and so does the word the prompt uses in
# each language ("J = jatka", "J = fortsätt", "Y = continue").
CONTINUE_WORDS = YES_WORDS | {"", "j", "jatka", "fortsätt", "fortsatt", "continue"}


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


def questions_file_name(path: Path | None) -> str | None:
    """Return the absolute name a draft keeps for a questions file (None: the bundled one)."""
    return str(path.resolve()) if path is not None else None


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
