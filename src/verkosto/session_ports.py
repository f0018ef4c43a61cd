"""What the session talks through: the options, the files (Storage) and the person (Ui).

The CLI implements Storage with the store and history modules and Ui with a Rich console;
tests implement both with plain objects. Nothing here does I/O or holds interface texts.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol

if TYPE_CHECKING:
    from verkosto.instrument import Answers, Instrument, Question, Text
    from verkosto.interview import Prompt, ReviewPrompt
    from verkosto.recommend import Recommendation
    from verkosto.scoring import Scores
    from verkosto.store import Draft

Params = Mapping[str, object]


class Loaded(NamedTuple):
    """The questions and what an answers file gave: answers, its network and notes."""

    instrument: Instrument
    answers: dict[str, Any]
    network: str | None
    notes: list[tuple[str, dict[str, object]]]


class Storage(Protocol):
    """Every file the session reads or writes; the CLI binds these to the data folder."""

    def load(self, questions: Path | None) -> Loaded:
        """Load the questions and the answers file; raise ProblemsError."""

    def questions_exist(self, path: Path) -> bool:
        """Return whether the questions file a draft names is still there."""

    def questions_file(self, path: Path | None) -> str | None:
        """Return the absolute name a draft keeps for a questions file (None: bundled)."""

    def find_draft(self, network: str) -> Draft | None:
        """Return the network's draft; raise OSError or ValueError if it is unreadable."""

    def list_drafts(self) -> list[Draft]:
        """Return every readable draft."""

    def draft_path(self, network: str) -> Path:
        """Return where the network's draft is kept."""

    def set_aside(self, path: Path) -> Path | None:
        """Move a damaged draft aside; return where it went, None if it could not be."""

    def save_draft(self, network: str, answers: Mapping[str, Any], questions_file: str | None,
                   instrument_sha256: str, started_at: datetime) -> None:
        """Keep the answers so far as the network's draft; raise OSError."""

    def remove_draft(self, network: str) -> None:
        """Forget the network's draft."""

    def latest(self, network: str) -> dict[str, Any] | None:
        """Return the network's last stored assessment; raise OperationFailed."""

    def to_record(self, instrument: Instrument, network: str, lang: str, started_at: datetime,
                  completed_at: datetime, answers: Answers, scores: Scores,
                  recommendation: Recommendation) -> dict[str, Any]:
        """Return the assessment as it is stored and exported, its words in `lang`."""

    def record(self, data: dict[str, Any]) -> None:
        """Store a finished assessment in the history; raise OperationFailed."""

    def keep(self, data: dict[str, Any], completed_at: datetime) -> Path:
        """Keep an assessment as a file of its own; return it or raise OSError."""

    def write_export(self, target: str, data: dict[str, Any], completed_at: datetime) -> None:
        """Write the export to `target` ("-" is stdout); raise OperationFailed."""


class Ui(Protocol):
    """What the person sees and types. Asking methods raise EOFError or KeyboardInterrupt."""

    def notify(self, key: str, params: Params, warning: bool = False,
               more: tuple[tuple[str, Params], ...] = ()) -> None:
        """Show one message (with `more` texts after it); dates and Text are formatted there."""

    def show_error(self, key: str, params: Params) -> None:
        """Show why the line typed was not taken."""

    def ask_network(self) -> str:
        """Ask for the network's name; return the line typed."""

    def ask_line(self, key: str, params: Params) -> str:
        """Ask the question `key` names; return the line typed."""

    def show_drafts(self, drafts: list[Draft]) -> None:
        """List the drafts to choose from, numbered from 1."""

    def show_intro(self, instrument: Instrument, low: int, high: int, drafts: bool) -> None:
        """Say what the questions are about and how many are left (low–high), before them.

        `drafts`: whether the answers are kept as a draft on the way (not with --ei-tallenna).
        """

    def ask(self, instrument: Instrument, prompt: Prompt) -> str:
        """Ask one question; return the line typed."""

    def ask_review(self, instrument: Instrument, review: ReviewPrompt) -> str:
        """Show the review of all answers; return the line typed."""

    def show_help(self, question: Question) -> None:
        """Show a question's help."""

    def show_note(self, note: Text) -> None:
        """Show the note a chosen answer carries."""

    def show_result(self, instrument: Instrument, network: str, scores: Scores,
                    recommendation: Recommendation) -> None:
        """Show the result; raise OSError if it cannot be shown."""

    def print_assessment(self, data: dict[str, Any]) -> None:
        """Print the whole assessment where the person sees it: the last place left."""

    def resume_command(self, network: str) -> str:
        """Return the command that continues the network's draft."""


@dataclass(frozen=True)
class Options:
    """What the person asked for on the command line."""

    network: str | None = None
    questions: Path | None = None
    resume: bool = False
    ask: bool = True  # False: --ei-kysy, a missing answer is an error
    keep_history: bool = True  # False: --ei-tallenna
    export: str | None = None  # --vie; "-" is stdout
    terminal: bool = False  # stdin is a terminal: a person may be typing
    language: str = "fi"  # stored in the export: the language the answers were given in

    @property
    def interactive(self) -> bool:
        """Return whether questions about drafts may be asked."""
        return self.terminal and self.ask
