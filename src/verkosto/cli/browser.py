"""`verkosto selain`: the assessment in the person's own browser, served from this machine.

The options are `arvioi`'s (`--verkosto`, `--kysymykset`, `--vie`, `--jatka`, `--kieli`) and
two of its own: `--ei-avaa` prints the address without opening a browser, `--odota` sets how
many idle minutes end the run. The server is `verkosto.web.server`; what the terminal shows
(the address, "stored", errors) goes through the console and the one error exit here.
"""

from __future__ import annotations

import html
import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from verkosto.cli.app import LangOption, QuestionsOption, data_home, handle_errors, protected_files
from verkosto.cli.terminal import Terminal
from verkosto.cli.values import output_name, whole_number
from verkosto.errors import InvalidInput, OperationFailed
from verkosto.export.output import STDOUT, check_target

if TYPE_CHECKING:
    from verkosto.cli.browser_ui import BrowserUi
    from verkosto.session_ports import Options
    from verkosto.web.assessment import Assessment

# Whole minutes from 1 to a week: 0 would stop at once, and more than a week is a mistake.
MAX_IDLE_MINUTES = 7 * 24 * 60
# Without a single request for this long the server stops (`--odota` sets it).
IDLE_MINUTES = 30


def _idle_minutes(value: str | int) -> int:
    """Return the idle minutes (1 to a week); raise BadNumber. Typer hands in the default too."""
    from verkosto.cli.values import BadNumber

    minutes = value if isinstance(value, int) else whole_number(value)
    if not 1 <= minutes <= MAX_IDLE_MINUTES:
        raise BadNumber("Input should be between 1 and a week in minutes.")
    return minutes


def browser(
    network: Annotated[str | None, typer.Option("--verkosto", "--network", metavar="NIMI")] = None,
    questions: QuestionsOption = None,
    export_to: Annotated[
        str | None,
        typer.Option("--vie", "--export", "-o", metavar="TIEDOSTO", parser=output_name),
    ] = None,
    resume: Annotated[bool, typer.Option("--jatka", "--resume")] = False,
    no_open: Annotated[bool, typer.Option("--ei-avaa", "--no-open")] = False,
    idle: Annotated[
        int, typer.Option("--odota", "--idle", metavar="MIN", parser=_idle_minutes)
    ] = IDLE_MINUTES,
    language: LangOption = None,
) -> None:
    """Run `verkosto selain`: serve the assessment to the browser until it is stored."""
    with handle_errors(language) as lang:
        from verkosto.cli.browser_ui import BrowserUi
        from verkosto.render.console import make_console
        from verkosto.session_ports import Options

        if export_to not in (None, STDOUT):
            # Refused before the first page, not after the last one.
            check_target(export_to, protected_files(questions))
        options = Options(
            network=_network_name(network),
            questions=questions,
            resume=resume,
            export=export_to,
            language=lang,
        )
        ui = BrowserUi(make_console(stderr=export_to == STDOUT), Terminal(), lang)
        run(options, data_home(), ui, open_browser=not no_open, idle_minutes=idle)


def run(
    options: Options,
    home: Path,
    ui: BrowserUi,
    open_browser: bool,
    idle_minutes: int,
    opener: Callable[[str], object] | None = None,
) -> None:
    """Serve one assessment until it is stored; raise the failure, Interrupted or idle stop."""
    from verkosto import session
    from verkosto.web.assessment import prepare
    from verkosto.web.guard import Guard
    from verkosto.web.server import App, Server, serve

    assessment = prepare(options, home, ui)
    try:
        server = Server()
    except OSError as error:
        raise OperationFailed("web_no_server", reason=error) from None
    with server:
        guard = Guard(server.server_port)
        server.app = App(assessment, guard, idle_minutes * 60)
        address = guard.address()
        ui.show_address(address, open_browser, idle_minutes)
        redirect = _open(address, opener) if open_browser else None
        try:
            ended = serve(server)
        except KeyboardInterrupt:
            raise session.stopped(
                KeyboardInterrupt(), _kept(assessment), _resume(ui, assessment)
            ) from None
        finally:
            if redirect is not None:
                shutil.rmtree(redirect, ignore_errors=True)
    if assessment.failure is not None:
        raise assessment.failure
    if ended == "idle":
        stop = OperationFailed("web_idle_stopped", count=idle_minutes)
        if _kept(assessment):
            details = {"count": _kept(assessment), "command": _resume(ui, assessment)}
            stop.details.append(("kept_draft", details))
        raise stop


def _kept(assessment: Assessment) -> int:
    """Return how many answers the assessment's draft holds."""
    return assessment.keeper.kept if assessment.keeper is not None else 0


def _resume(ui: BrowserUi, assessment: Assessment) -> str:
    """Return the command that continues this assessment's draft."""
    network = assessment.keeper.network if assessment.keeper is not None else ""
    return ui.resume_command(network)


def _open(address: str, opener: Callable[[str], object] | None) -> Path | None:
    """Open the address in the person's browser; return the private folder to remove after.

    The browser is given a file only this user can read that forwards it to the address (as
    jupyter does), not the address itself: a program's command line is visible to every user
    of the machine, and the address holds the one-time key. A failure leaves the printed
    address.
    """
    import tempfile
    import webbrowser

    folder: Path | None = None
    target = address
    try:
        folder = Path(tempfile.mkdtemp(prefix="verkosto-"))  # 0700 where modes exist
        page = folder / "avaa.html"
        quoted = html.escape(address, quote=True)
        page.write_text(
            '<!DOCTYPE html><html><head><meta charset="utf-8">'
            f'<meta http-equiv="refresh" content="0;url={quoted}"><title>verkosto</title>'
            f'</head><body><p><a href="{quoted}">verkosto</a></p></body></html>',
            encoding="utf-8",
        )
        os.chmod(page, 0o600)
        target = page.as_uri()
    except OSError:
        pass  # no private file: the address itself still opens the browser
    try:
        (opener or webbrowser.open)(target)
    except Exception:  # no browser is a normal case: the address is printed
        pass
    return folder


def _network_name(typed: str | None) -> str | None:
    """Return the network named with --verkosto (None: the start page asks); raise InvalidInput."""
    from verkosto.answers import InvalidAnswer, check_network_name

    try:
        return None if typed is None else check_network_name(typed)
    except InvalidAnswer as error:
        raise InvalidInput(error.key, **error.params) from None
