"""`verkosto arvioi`: parse the options, then hand a console and the data folder to the session.

The policy (drafts, resuming, defaults, store before show) lives in `verkosto.session`; this
module only says how its messages look and where its files go.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from verkosto.cli.app import (
    LangOption,
    QuestionsOption,
    data_home,
    handle_errors,
    protected_files,
    stderr_line,
)
from verkosto.cli.terminal import Terminal, terminal_of
from verkosto.cli.values import output_name, readable_path
from verkosto.errors import InvalidInput
from verkosto.export.output import STDOUT, check_target
from verkosto.i18n.catalog import t
from verkosto.i18n.formatting import format_date, format_time
from verkosto.languages import DEFAULT_LANGUAGE
from verkosto.safefile import STDIN

if TYPE_CHECKING:
    from rich.console import Console

    from verkosto.instrument.model import Instrument, Question, Text
    from verkosto.interview import Prompt, ReviewPrompt
    from verkosto.recommend import Recommendation
    from verkosto.scoring import Scores
    from verkosto.store import Draft


def resume_command(network: str, lang: str) -> str:
    """Return the command that continues the network's draft, in the person's language.

    The English help names the English option names; Finnish and Swedish the Finnish ones. A
    language other than Finnish is named too, so the interview goes on in it.
    """
    import shlex

    if lang == "en":
        return f"verkosto arvioi --resume --network {shlex.quote(network)} --lang en"
    language = "" if lang == DEFAULT_LANGUAGE else f" --kieli {lang}"
    return f"verkosto arvioi --jatka --verkosto {shlex.quote(network)}{language}"


class ConsoleUi:
    """The session's messages and questions on a Rich console, in one language."""

    def __init__(self, console: Console, terminal: Terminal, lang: str) -> None:
        """Show on `console`, read from `terminal`, in `lang`."""
        self.console = console
        self.terminal = terminal
        self.lang = lang

    def _words(self, params: Mapping[str, object]) -> dict[str, object]:
        """Format dates, times and texts in both languages for the person's language."""
        from verkosto.instrument.model import Text

        shown: dict[str, object] = {}
        for name, value in params.items():
            if isinstance(value, datetime):
                value = format_time(value, self.lang)
            elif isinstance(value, date):
                value = format_date(value, self.lang)
            elif isinstance(value, Text):
                value = value.get(self.lang)
            shown[name] = value
        return shown

    def notify(
        self,
        key: str,
        params: Mapping[str, object],
        warning: bool = False,
        more: tuple[tuple[str, Mapping[str, object]], ...] = (),
    ) -> None:
        """Show one message line (yellow for a warning)."""
        from verkosto.render.layout import message_view

        texts = [t(key, self.lang, **self._words(params))]
        texts += [t(k, self.lang, **self._words(p)) for k, p in more]
        message = " ".join(texts)
        self.console.print(message_view(message, "yellow") if warning else message_view(message))

    def show_error(self, key: str, params: Mapping[str, object]) -> None:
        """Show why the line typed was not taken."""
        from verkosto.render.layout import error_view

        self.console.print(error_view(key, dict(params), self.lang))

    def ask_network(self) -> str:
        """Ask for the network's name."""
        from verkosto.render.layout import network_prompt

        return self.terminal.read_line(self.console, network_prompt(self.lang))

    def ask_line(self, key: str, params: Mapping[str, object]) -> str:
        """Ask the question `key` names on one line."""
        from verkosto.render.layout import prompt_line

        prompt = prompt_line(t(key, self.lang, **self._words(params)))
        return self.terminal.read_line(self.console, prompt)

    def show_drafts(self, drafts: list[Draft]) -> None:
        """List the drafts to choose from."""
        from verkosto.render.interview import draft_list

        rows = [(d.network, len(d.answers), format_time(d.saved_at, self.lang)) for d in drafts]
        self.console.print(draft_list(rows, self.lang))

    def show_intro(self, instrument: Instrument, low: int, high: int, drafts: bool) -> None:
        """Show what the questions are about, how many there are and how long they take."""
        from verkosto.render.interview import intro_view

        self.console.print(intro_view(instrument, self.lang, low, high, drafts))

    def ask(self, instrument: Instrument, prompt: Prompt) -> str:
        """Show one question (or only its prompt again, after help or a bad answer)."""
        from verkosto.render.interview import prompt_text, question_view

        if prompt.error is not None:
            self.show_error(prompt.error.key, prompt.error.params)
        if prompt.week_or_month is not None:
            from verkosto.render.interview import week_or_month_prompt, week_or_month_view

            if prompt.error is None:
                self.console.print(week_or_month_view(prompt.week_or_month, self.lang))
            return self.terminal.read_line(self.console, week_or_month_prompt(self.lang))
        if not prompt.again:
            self.console.print(question_view(instrument, prompt, self.lang))
        return self.terminal.read_line(
            self.console,
            prompt_text(
                prompt.question,
                self.lang,
                has_default=prompt.has_default,
                default=prompt.default,
                can_go_back=prompt.number > 1,
            ),
        )

    def ask_review(self, instrument: Instrument, review: ReviewPrompt) -> str:
        """Show the review (or only the error, after a bad choice) and read the choice."""
        from verkosto.render.interview import review_prompt_text, review_view
        from verkosto.render.layout import message_view

        if review.error is not None:
            self.show_error(review.error.key, review.error.params)
        elif review.help:
            self.console.print(message_view(t("review_help", self.lang), "italic"))
        else:
            self.console.print(review_view(instrument, review, self.lang))
        return self.terminal.read_line(self.console, review_prompt_text(review, self.lang))

    def show_help(self, question: Question) -> None:
        """Show a question's help."""
        from verkosto.render.interview import help_view

        self.console.print(help_view(question, self.lang))

    def show_note(self, note: Text) -> None:
        """Show the note a chosen answer carries."""
        from verkosto.render.interview import note_view

        self.console.print(note_view(note, self.lang))

    def show_result(
        self, instrument: Instrument, network: str, scores: Scores, recommendation: Recommendation
    ) -> None:
        """Show the result after an empty line."""
        from verkosto.render.result import result_view

        self.console.print()
        self.console.print(result_view(instrument, network, scores, recommendation, self.lang))

    def print_assessment(self, data: dict[str, Any]) -> None:
        """Print the assessment as JSON on stderr: nowhere on disk took it."""
        from verkosto.safetext import json_text

        stderr_line(json_text(data).rstrip("\n"))

    def resume_command(self, network: str) -> str:
        """Return the command that continues the network's draft."""
        return resume_command(network, self.lang)


def assess(
    ctx: typer.Context,
    network: Annotated[str | None, typer.Option("--verkosto", "--network", metavar="NIMI")] = None,
    questions: QuestionsOption = None,
    answers: Annotated[
        Path | None,
        typer.Option("--vastaukset", "--answers", metavar="TIEDOSTO", parser=readable_path),
    ] = None,
    export_to: Annotated[
        str | None,
        typer.Option("--vie", "--export", "-o", metavar="TIEDOSTO", parser=output_name),
    ] = None,
    resume: Annotated[bool, typer.Option("--jatka", "--resume")] = False,
    no_input: Annotated[bool, typer.Option("--ei-kysy", "--no-input")] = False,
    no_save: Annotated[bool, typer.Option("--ei-tallenna", "--no-save")] = False,
    language: LangOption = None,
) -> None:
    """Run `verkosto arvioi`: check the options, then hand them to `session.assess`."""
    with handle_errors(language) as lang:
        # The questions' model comes with these: imported here, so --help stays without it.
        from verkosto import session
        from verkosto.render.console import make_console
        from verkosto.session_ports import Options

        if export_to not in (None, STDOUT):
            # Refused before the first question, not after the last one.
            check_target(export_to, protected_files(questions, answers))
        terminal = terminal_of(ctx)
        # Answers piped to stdin use it up: nothing more can be asked there (as --ei-kysy).
        piped = answers is not None and str(answers) == STDIN
        terminal.enable_line_editing()
        options = Options(
            network=_network_name(network),
            questions=questions,
            resume=resume,
            ask=not (no_input or piped),
            keep_history=not no_save,
            export=export_to,
            # Lines piped to stdin are read as answers; only a terminal gets questions back.
            terminal=terminal.is_terminal(),
            language=lang,
            answers=answers,
            answers_name=t("stdin_name", lang) if piped else None,
        )
        ui = ConsoleUi(make_console(stderr=export_to == STDOUT), terminal, lang)
        try:
            session.assess(options, data_home(), ui)
        except InvalidInput as error:
            if piped and error.key == "no_input_missing":
                # Not --ei-kysy's doing: say why nothing could be asked.
                error.key = "piped_answers_missing"
            raise


def _network_name(typed: str | None) -> str | None:
    """Return the network's name as given with --verkosto (None: ask); raise InvalidInput."""
    from verkosto.answers import InvalidAnswer, check_network_name

    if typed is None:
        return None
    try:
        return check_network_name(typed)
    except InvalidAnswer as error:
        raise InvalidInput(error.key, **error.params) from None
