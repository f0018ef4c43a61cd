"""What `verkosto selain` shows in the terminal: `arvioi`'s console, less the questions.

Apart from `cli/browser.py` so that `verkosto selain --help` imports no other command's
module (this one builds on `arvioi`'s ConsoleUi).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from verkosto.cli.assess import ConsoleUi, resume_command

if TYPE_CHECKING:
    from verkosto.instrument.model import Instrument
    from verkosto.recommend import Recommendation
    from verkosto.scoring import Scores


class BrowserUi(ConsoleUi):
    """The session's messages on the console; the questions and the result are in the browser."""

    def show_result(
        self, instrument: Instrument, network: str, scores: Scores, recommendation: Recommendation
    ) -> None:
        """Show nothing: the result is on the page the browser already has."""

    def resume_command(self, network: str) -> str:
        """Return the command that continues the network's draft in the browser."""
        return resume_command(network, self.lang).replace("verkosto arvioi", "verkosto selain", 1)

    def show_address(self, address: str, opened: bool, idle_minutes: int) -> None:
        """Print the address to open, whole on one line, and how the run ends."""
        self.notify("web_address" if opened else "web_address_no_open", {})
        # Never wrapped, so that it can be copied in one piece.
        self.console.print(address, soft_wrap=True, markup=False, highlight=False)
        self.notify("web_address_once", {"count": idle_minutes})
        # A pipe buffers; whoever reads the address must get it now.
        self.console.file.flush()
