"""The Typer app: shared options, version, the one error exit, usage errors and `main`."""

from __future__ import annotations

import errno
import io
import os
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from verkosto import __version__
from verkosto.cli.helpformat import CONTEXT_SETTINGS, Group, language_from_args, param_label
from verkosto.errors import (
    EXIT_FAILED,
    EXIT_INTERRUPTED,
    EXIT_INVALID,
    Interrupted,
    ProblemsError,
    VerkostoError,
)
from verkosto.i18n import LANGUAGES, describe_problem, resolve_language, t
from verkosto.safetext import visible

if TYPE_CHECKING:
    from verkosto.instrument import Instrument
    from verkosto.safefile import Protected

app = typer.Typer(
    name="verkosto",
    help="Arvioi, kannattaako ammatilliseen verkostoon käyttää työaikaasi. "
    "(In English: verkosto arvioi --kieli en)",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    pretty_exceptions_show_locals=False,
    # Help is written by helpformat, in the person's language, without Rich.
    cls=Group,
    context_settings=CONTEXT_SETTINGS,
    rich_markup_mode=None,
)

LangOption = Annotated[
    str | None,
    typer.Option(
        "--kieli",
        "--lang",
        envvar="VERKOSTO_KIELI",
        metavar="fi|en",
        help="Käyttöliittymän kieli: fi (oletus) tai en. / Interface language.",
        show_default=False,
    ),
]
QuestionsOption = Annotated[
    Path | None,
    typer.Option(
        "--kysymykset",
        "--questions",
        metavar="TIEDOSTO",
        help="Kysymystiedosto (oletus: mukana tuleva questions.yaml).",
    ),
]


def stderr_line(text: str) -> None:
    """Write one line to stderr at once (messages must not wait in a buffer)."""
    sys.stderr.write(text + "\n")
    sys.stderr.flush()


@contextmanager
def handle_errors(kieli: str | None) -> Iterator[str]:
    """Turn the project's errors, Ctrl-C and end of input into a message and an exit code."""
    lang = resolve_language(kieli)
    if lang not in LANGUAGES:
        stderr_line(t("bad_language", "fi", value=lang))
        raise typer.Exit(EXIT_INVALID)
    try:
        yield lang
    except ProblemsError as error:
        stderr_line(t(error.key, lang))
        for problem in error.problems:
            stderr_line(f"  {describe_problem(problem, lang)}")
        if len(error.problems) > 1:
            stderr_line(t("problem_count", lang, count=len(error.problems)))
        raise typer.Exit(error.exit_code) from None
    except VerkostoError as error:
        if isinstance(error, Interrupted):
            stderr_line("")  # the cursor is still on the prompt line
        stderr_line(t(error.key, lang, **error.params))
        for key, params in error.details:
            stderr_line(t(key, lang, **params))
        raise typer.Exit(error.exit_code) from None
    except KeyboardInterrupt:
        stderr_line("\n" + t("interrupted", lang))
        raise typer.Exit(EXIT_INTERRUPTED) from None
    except typer.Exit:
        raise
    except OSError as error:
        if os.environ.get("VERKOSTO_DEBUG"):
            raise
        # Writing to a closed stdout or stderr (the result is stored before it is shown).
        # A reader that closed the pipe (`| head`) asked for no more: say nothing.
        if error.errno != errno.EPIPE:
            try:
                stderr_line(t("output_failed", lang, reason=error))
            except (OSError, ValueError):
                pass
        raise typer.Exit(EXIT_FAILED) from None
    except Exception as error:
        if os.environ.get("VERKOSTO_DEBUG"):
            raise
        # No traceback and no locals: they could carry the person's free-text answers.
        stderr_line(t("internal_error", lang, kind=type(error).__name__))
        raise typer.Exit(EXIT_FAILED) from None


def _version(value: bool) -> None:
    if value:
        typer.echo(f"verkosto {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Näytä versio."),
    ] = False,
) -> None:
    """Arvioi, kannattaako verkostoon käyttää työaikaasi: liity, jatka, kevennä tai luovu."""
    from verkosto import store

    # A run killed mid-write leaves a hidden temporary file with names and answers in it.
    store.remove_stale_temporary_files(data_home())


def data_home() -> Path:
    """Return the folder that holds the person's history, drafts and cache."""
    from verkosto import store

    return store.data_dir(typer.get_app_dir("verkosto"))


def protected_files(questions: Path | None = None, answers: Path | None = None,
                    inputs: tuple[str, ...] = ()) -> Protected:
    """Return what no output of this run may replace: the data folder's files and inputs."""
    from verkosto import safefile, store

    protected = store.protect_kept(data_home(), safefile.Protected())
    if questions is not None:
        protected.add(questions, "output_is_questions")
    if answers is not None:
        protected.add(answers, "output_is_answers")
    for path in inputs:
        protected.add(path, "output_is_input")
    return protected


def load_instrument(path: Path | None) -> Instrument:
    """Load the questions (the bundled file when `path` is None) through the cache."""
    from verkosto import cache

    return cache.load_instrument(path, data_home() / cache.FOLDER)


def _option_names(ctx: Any) -> list[str]:
    """Return every option name the command in `ctx` takes (none without a context)."""
    command = getattr(ctx, "command", None)
    if command is None:
        return []
    names: list[str] = []
    for param in command.get_params(ctx):
        names.extend(o for o in [*param.opts, *param.secondary_opts] if o.startswith("-"))
    return names


def _did_you_mean(typed: str, known: list[str], lang: str) -> str:
    """Return " Tarkoititko X?" naming the closest of `known` to `typed`, or ''."""
    import difflib

    matches = difflib.get_close_matches(typed, known, n=1, cutoff=0.6)
    if not matches and len(typed) >= 3:
        # A beginning people shorten to ("--verk", "hist") is a match too.
        matches = [name for name in known if name.startswith(typed)][:1]
    return " " + t("help_did_you_mean", lang, match=matches[0]) if matches else ""


def usage_error_text(error: Exception, lang: str) -> str:
    """Describe a command-line usage error in the person's language (Finnish first)."""
    lang = lang if lang in LANGUAGES else "fi"
    kind = type(error).__name__
    option = getattr(error, "option_name", None)
    ctx = getattr(error, "ctx", None)
    command = getattr(ctx, "command_path", None) or "verkosto"
    if kind == "NoSuchOption" and option:
        message = t("usage_no_such_option", lang, option=option)
        message += _did_you_mean(option, _option_names(ctx), lang)
    elif kind == "BadOptionUsage" and option and "does not take a value" in str(error):
        message = t("usage_takes_no_value", lang, option=option)
    elif kind == "BadOptionUsage" and option:
        message = t("usage_needs_value", lang, option=option)
    elif kind == "EmptyPath":
        message = t("usage_empty_path", lang, name=param_label(error.param, lang))  # type: ignore[attr-defined]
    elif kind == "UnreadablePath":
        message = t("usage_unreadable_path", lang, path=visible(str(error.path)))  # type: ignore[attr-defined]
    elif (found := re.search(r"No such command '(.+?)'", str(error))) is not None:
        message = t("usage_no_such_command", lang, name=found.group(1))
        commands = getattr(getattr(ctx, "command", None), "commands", None) or {}
        message += _did_you_mean(found.group(1), list(commands), lang)
    elif kind == "MissingParameter" and getattr(error, "param", None) is not None:
        message = t("usage_missing", lang, name=param_label(error.param, lang))  # type: ignore[attr-defined]
    elif (kind == "BadParameter" and getattr(error, "param", None) is not None
          and "integer" in str(error)):  # the only typed values are whole numbers (NRO)
        message = t("usage_bad_value", lang, name=param_label(error.param, lang))  # type: ignore[attr-defined]
    elif (found := re.search(r"unexpected extra argument\S* \((.+)\)", str(error))):
        extra = found.group(1)
        key = "usage_extra_arguments" if " " in extra else "usage_extra_argument"
        message = t(key, lang, args=extra)
    else:
        format_message = getattr(error, "format_message", None)
        detail = format_message() if callable(format_message) else str(error)
        message = t("usage_other", lang, detail=detail)
    return f"{message}\n{t('usage_hint', lang, command=command)}"


class _ClosedStream(io.TextIOBase):
    """Stands in for a stream the tool was started without (`>&-`): every write fails."""

    def writable(self) -> bool:
        """Say the stream takes writes, so that a write reaches `write` and fails there."""
        return True

    def write(self, text: str) -> int:
        """Refuse the write with EBADF, the error a closed descriptor gives."""
        raise OSError(errno.EBADF, "stream closed")


def _prepare_streams() -> None:
    """Make output survive any encoding and a missing stdout or stderr."""
    for name in ("stdout", "stderr"):
        stream = getattr(sys, name)
        if stream is None:
            # stderr: messages are lost but exit codes stay right; stdout: a write fails
            # with a message, and the assessment is kept before anything is shown.
            setattr(sys, name, _ClosedStream() if name == "stdout" else open(os.devnull, "w"))
        elif isinstance(stream, io.TextIOWrapper):
            # An 8-bit locale (fi_FI.ISO-8859-15): characters it lacks become "?".
            stream.reconfigure(errors="replace")


def main() -> None:
    """Run the command-line interface; usage errors get a message in the person's language."""
    try:
        _main_inner()
    except KeyboardInterrupt:
        # Ctrl-C before or after a command's own handling (start-up, teardown).
        try:
            stderr_line("\n" + t("interrupted", language_from_args(sys.argv[1:])))
        except (OSError, ValueError, KeyboardInterrupt):
            pass
        raise SystemExit(EXIT_INTERRUPTED) from None


def _main_inner() -> None:
    import gc

    from typer.exceptions import TyperException

    _prepare_streams()

    # The modules imported so far live as long as the process; frozen, the collector stops
    # scanning them again on every full pass (about 5 % of start-up, 10 % of a large kooste).
    gc.freeze()

    try:
        code = app(standalone_mode=False)
    except OSError as error:
        # Outside a command's own handling (help, usage): stdout closed, full or a pipe that
        # the reader closed. Say so once, without a traceback.
        if error.errno != errno.EPIPE:
            try:
                stderr_line(t("output_failed_plain", language_from_args(sys.argv[1:]),
                               reason=error))
            except (OSError, ValueError):
                pass
        code = EXIT_FAILED
    except TyperException as error:
        if type(error).__name__ == "NoArgsIsHelpError":
            # The bare command asked for orientation; the help is already on screen.
            raise SystemExit(0) from None
        stderr_line(usage_error_text(error, language_from_args(sys.argv[1:])))
        code = getattr(error, "exit_code", EXIT_INVALID)
    raise SystemExit(code if isinstance(code, int) else 0)
