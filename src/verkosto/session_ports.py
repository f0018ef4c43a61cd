"""What the session is given: the options, and the person it talks to (Ui).

The CLI implements Ui with a Rich console, tests with a scripted person; the files are the
data folder's, which the session reads and writes itself. Nothing here does I/O or holds
interface texts.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol

if TYPE_CHECKING:
    from verkosto.instrument.model import Instrument, Question, Text
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


class Ui(Protocol):
    """What the person sees and types. Asking methods raise EOFError or KeyboardInterrupt."""

    def notify(
        self,
        key: str,
        params: Params,
        warning: bool = False,
        more: tuple[tuple[str, Params], ...] = (),
    ) -> None:
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

    def show_result(
        self, instrument: Instrument, network: str, scores: Scores, recommendation: Recommendation
    ) -> None:
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
    answers: Path | None = None  # --vastaukset: answers given in a file ("-" is stdin)
    answers_name: str | None = None  # how messages name the answers file (stdin has no name)

    @property
    def interactive(self) -> bool:
        """Return whether questions about drafts may be asked."""
        return self.terminal and self.ask
