"""The Typer app: shared options, version, the one error exit, usage errors and `run`."""

from __future__ import annotations

import difflib
import errno
import gc
import io
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from verkosto import __version__
from verkosto.cli.helpformat import (
    CONTEXT_SETTINGS,
    ExtraArguments,
    Group,
    OptionValue,
    UnknownCommand,
    param_label,
)
from verkosto.cli.values import BadNumber, EmptyPath, UnreadablePath, readable_path
from verkosto.errors import (
    EXIT_FAILED,
    EXIT_INVALID,
    Interrupted,
    ProblemsError,
    VerkostoError,
)
from verkosto.i18n.catalog import t
from verkosto.i18n.language import (
    LANGUAGE_ENVVAR,
    LANGUAGE_OPTIONS,
    language_of,
    resolve_language,
)
from verkosto.i18n.problems import describe_problem
from verkosto.languages import LANGUAGES
from verkosto.safetext import visible

if TYPE_CHECKING:
    from verkosto.instrument.model import Instrument
    from verkosto.safefile import Protected

app = typer.Typer(
    name="verkosto",
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
        *LANGUAGE_OPTIONS, envvar=LANGUAGE_ENVVAR, metavar="|".join(LANGUAGES), show_default=False
    ),
]
QuestionsOption = Annotated[
    Path | None,
    typer.Option("--kysymykset", "--questions", metavar="TIEDOSTO", parser=readable_path),
]


def stderr_line(text: str) -> None:
    """Write one line to stderr at once (messages must not wait in a buffer)."""
    sys.stderr.write(text + "\n")
    sys.stderr.flush()


def _say_problems(error: ProblemsError, lang: str) -> None:
    stderr_line(t(error.key, lang))
    for problem in error.problems:
        stderr_line(f"  {describe_problem(problem, lang)}")
    if len(error.problems) > 1:
        stderr_line(t("problem_count", lang, count=len(error.problems)))


def _say_error(error: VerkostoError, lang: str) -> None:
    if isinstance(error, Interrupted):
        stderr_line("")  # the cursor is still on the prompt line
    stderr_line(t(error.key, lang, **error.params))
    for key, params in error.details:
        stderr_line(t(key, lang, **params))


def _say_output_failed(error: OSError, lang: str) -> None:
    # Writing to a closed stdout or stderr (the result is stored before it is shown).
    # A reader that closed the pipe (`| head`) asked for no more: say nothing.
    if error.errno != errno.EPIPE:
        try:
            stderr_line(t("output_failed", lang, reason=error))
        except (OSError, ValueError):
            pass


def _checked_language(language: str | None) -> str:
    """Return the interface language; an unknown one is a usage error told in every language."""
    lang = resolve_language(language)
    if lang not in LANGUAGES:
        # Which language the person reads is exactly what is not known: say it in each.
        for each in LANGUAGES:
            stderr_line(t("bad_language", each, value=lang, allowed=", ".join(LANGUAGES)))
        raise typer.Exit(EXIT_INVALID)
    return lang


@contextmanager
def handle_errors(language: str | None) -> Iterator[str]:
    """Turn the project's errors and failed output into a message and an exit code."""
    lang = _checked_language(language)
    try:
        yield lang
    except ProblemsError as error:
        _say_problems(error, lang)
        raise typer.Exit(error.exit_code) from None
    except VerkostoError as error:
        _say_error(error, lang)
        raise typer.Exit(error.exit_code) from None
    except typer.Exit:
        raise
    except OSError as error:
        if os.environ.get("VERKOSTO_DEBUG"):
            raise
        _say_output_failed(error, lang)
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
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True)] = False,
) -> None:
    """Clean up after a run killed mid-write, before any command (the root's help is i18n's)."""
    from verkosto import store

    # A run killed mid-write leaves a hidden temporary file with names and answers in it.
    store.remove_stale_temporary_files(data_home())


def data_home() -> Path:
    """Return the folder that holds the person's history, drafts and cache."""
    from verkosto import store

    return store.data_dir(typer.get_app_dir("verkosto"))


def protected_files(
    questions: Path | None = None, answers: Path | None = None, inputs: tuple[str, ...] = ()
) -> Protected:
    """Return what no output of this run may replace: the data folder's files and inputs."""
    from verkosto import store

    return store.protected_files(data_home(), questions, answers, inputs)


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
    matches = difflib.get_close_matches(typed, known, n=1, cutoff=0.6)
    if not matches and len(typed) >= 3:
        # A beginning people shorten to ("--verk", "hist") is a match too.
        matches = [name for name in known if name.startswith(typed)][:1]
    return " " + t("help_did_you_mean", lang, match=matches[0]) if matches else ""


def _no_such_option(error: Any, option: str, lang: str) -> str:
    """Describe Click's NoSuchOption, guessing which option was meant."""
    return t("usage_no_such_option", lang, option=visible(option)) + _did_you_mean(
        option, _option_names(getattr(error, "ctx", None)), lang
    )


def _own_message(error: Exception, lang: str) -> str | None:
    """Describe a usage error of our own kinds, or return None for Click's."""
    param = getattr(error, "param", None)
    if isinstance(error, UnknownCommand):
        ctx_command = getattr(error.ctx, "command", None)
        known = ctx_command.list_commands(error.ctx) if ctx_command is not None else []
        return t("usage_no_such_command", lang, name=visible(error.name)) + _did_you_mean(
            error.name, known, lang
        )
    if isinstance(error, OptionValue):
        key = "usage_needs_value" if error.needs_value else "usage_takes_no_value"
        return t(key, lang, option=error.option)
    if isinstance(error, ExtraArguments):
        key = "usage_extra_arguments" if " " in error.extra else "usage_extra_argument"
        return t(key, lang, args=error.extra)
    if isinstance(error, EmptyPath):
        return t("usage_empty_path", lang, name=param_label(param, lang))
    if isinstance(error, UnreadablePath):
        return t("usage_unreadable_path", lang, path=visible(str(error.path)))
    if isinstance(error, BadNumber):
        return t("usage_bad_value", lang, name=param_label(param, lang))
    return None


def usage_error_text(error: Exception, lang: str) -> str:
    """Describe a command-line usage error in the person's language (Finnish first)."""
    lang = lang if lang in LANGUAGES else "fi"
    ctx = getattr(error, "ctx", None)
    command = getattr(ctx, "command_path", None) or "verkosto"
    option = getattr(error, "option_name", None)
    param = getattr(error, "param", None)
    message = _own_message(error, lang)
    if message is not None:
        pass
    elif option:  # Click's NoSuchOption
        message = _no_such_option(error, option, lang)
    elif hasattr(error, "param_type") and param is not None:  # Click's MissingParameter
        message = t("usage_missing", lang, name=param_label(param, lang))
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


def _is_usage_error(error: Exception) -> bool:
    """Return whether `error` is Click's: every such error has an exit code and a message.

    Typer re-exports no common base of Click's errors in every version (it vendors Click
    since 0.26), so they are known by the public interface they share.
    """
    return isinstance(getattr(error, "exit_code", None), int) and callable(
        getattr(error, "format_message", None)
    )


def run() -> int:
    """Run the command line and return the exit code; usage errors in the person's words.

    Ctrl-C is not handled here: `verkosto.entry.main` does that, for start-up too.
    """
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
                stderr_line(t("output_failed_plain", language_of(sys.argv[1:]), reason=error))
            except (OSError, ValueError):
                pass
        return EXIT_FAILED
    except Exception as error:
        if not _is_usage_error(error):
            raise
        stderr_line(usage_error_text(error, language_of(sys.argv[1:])))
        return int(getattr(error, "exit_code", EXIT_INVALID))
    return code if isinstance(code, int) else 0
