"""Typer wiring: parse options, call the library, print what render builds."""

from __future__ import annotations

import json
import os
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from verkosto import __version__
from verkosto.errors import (
    EXIT_FAILED,
    EXIT_INTERRUPTED,
    EXIT_INVALID,
    Interrupted,
    InvalidInput,
    OperationFailed,
    ProblemsError,
    VerkostoError,
)
from verkosto.i18n import LANGUAGES, describe_problem, resolve_language, t

if TYPE_CHECKING:
    from rich.console import Console

    from verkosto.instrument import Instrument, Question, Text
    from verkosto.interview import Prompt
    from verkosto.kooste import Aggregate

app = typer.Typer(
    name="verkosto",
    help="Arvioi, kannattaako ammatilliseen verkostoon käyttää työaikaasi. "
    "(In English: verkosto arvioi --kieli en)",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    pretty_exceptions_show_locals=False,
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


def _stderr_line(text: str) -> None:
    sys.stderr.write(text + "\n")
    sys.stderr.flush()


@contextmanager
def _handle_errors(kieli: str | None) -> Iterator[str]:
    """Turn the project's errors, Ctrl-C and end of input into a message and an exit code."""
    lang = resolve_language(kieli)
    if lang not in LANGUAGES:
        _stderr_line(t("bad_language", "fi", value=lang))
        raise typer.Exit(EXIT_INVALID)
    try:
        yield lang
    except ProblemsError as error:
        _stderr_line(t(error.key, lang))
        for problem in error.problems:
            _stderr_line(f"  {describe_problem(problem, lang)}")
        if len(error.problems) > 1:
            _stderr_line(t("problem_count", lang, count=len(error.problems)))
        raise typer.Exit(error.exit_code) from None
    except VerkostoError as error:
        if isinstance(error, Interrupted):
            _stderr_line("")  # the cursor is still on the prompt line
        _stderr_line(t(error.key, lang, **error.params))
        raise typer.Exit(error.exit_code) from None
    except KeyboardInterrupt:
        _stderr_line("\n" + t("interrupted", lang))
        raise typer.Exit(EXIT_INTERRUPTED) from None
    except typer.Exit:
        raise
    except Exception as error:
        if os.environ.get("VERKOSTO_DEBUG"):
            raise
        # No traceback and no locals: they could carry the person's free-text answers.
        _stderr_line(t("internal_error", lang, kind=type(error).__name__))
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


def _load_instrument(path: Path | None) -> Instrument:
    from verkosto import cache, store

    return cache.load_instrument(path, store.data_dir(typer.get_app_dir("verkosto")) / cache.FOLDER)


def _ask_network(console: Console, lang: str) -> str:
    from verkosto import render
    from verkosto.answers import InvalidAnswer, check_network_name

    while True:
        raw = console.input(render.network_prompt(lang))
        try:
            return check_network_name(raw)
        except InvalidAnswer as error:
            console.print(render.error_view(error.key, error.params, lang))


@app.command("arvioi")
def arvioi(
    verkosto: Annotated[
        str | None,
        typer.Option("--verkosto", "--network", metavar="NIMI",
                     help="Arvioitavan verkoston nimi."),
    ] = None,
    kysymykset: QuestionsOption = None,
    vastaukset: Annotated[
        Path | None,
        typer.Option(
            "--vastaukset",
            "--answers",
            metavar="TIEDOSTO",
            help="Valmiit vastaukset (YAML/JSON tai aiempi vienti); niitä ei kysytä uudelleen.",
        ),
    ] = None,
    vie: Annotated[
        str | None,
        typer.Option("--vie", "--export", "-o", metavar="TIEDOSTO",
                     help="Vie tulos JSON-tiedostoon (- = vakiotuloste)."),
    ] = None,
    kieli: LangOption = None,
) -> None:
    """Arvioi verkosto kysymys kerrallaan ja näytä suositus perusteluineen."""
    with _handle_errors(kieli) as lang:
        from verkosto import render
        from verkosto.answers import InvalidAnswer, check_network_name, load_answers
        from verkosto.interview import next_question, run

        instrument = _load_instrument(kysymykset)
        given: dict[str, Any] = {}
        network = None
        console = render.make_console(stderr=vie == "-")
        if vastaukset is not None:
            loaded = load_answers(vastaukset, instrument)
            # Not pruned yet: an answer waiting on a question still to be asked is kept.
            given = dict(loaded.answers)
            network = loaded.network
            for key, params in loaded.notes:
                console.print(render.message_view(t(key, lang, **params), "yellow"))
        if verkosto is not None:
            try:
                network = check_network_name(verkosto)
            except InvalidAnswer as error:
                raise InvalidInput(error.key, **error.params) from None
        _enable_line_editing()
        started_at = datetime.now().astimezone()
        if network is None and next_question(instrument, given) is None:
            if not sys.stdin.isatty():
                # Nothing else is asked, and no one may be there to type a name.
                raise InvalidInput("network_missing")
        if network is None:
            try:
                network = _ask_network(console, lang)
            except EOFError:
                raise Interrupted("input_ended", id="--verkosto") from None

        def ask(prompt: Prompt) -> str:
            if prompt.error is not None:
                console.print(render.error_view(prompt.error.key, prompt.error.params, lang))
            if not prompt.again:
                console.print(render.question_view(instrument, prompt, lang))
            return console.input(render.prompt_text(prompt.question, lang))

        def show_help(question: Question) -> None:
            console.print(render.help_view(question, lang))

        def show_note(note: Text) -> None:
            console.print(render.note_view(note, lang))

        if next_question(instrument, given) is not None:
            console.print(render.intro_view(instrument, lang))
        answers = run(instrument, given, ask, show_help, show_note)
        _finish(instrument, network, answers, started_at, vie, console, lang)


def _enable_line_editing() -> None:
    """Let arrow keys and history work at the prompts when a person is typing."""
    if sys.stdin.isatty():
        try:
            import readline  # noqa: F401 - importing it is what turns line editing on
        except ImportError:  # not on every platform
            pass


def _finish(
    instrument: Instrument,
    network: str,
    answers: dict[str, Any],
    started_at: datetime,
    vie: str | None,
    console: Console,
    lang: str,
) -> None:
    from verkosto import export, render, store
    from verkosto.recommend import recommend
    from verkosto.scoring import score

    completed_at = datetime.now().astimezone()
    scores = score(instrument, answers)
    recommendation = recommend(instrument, scores, answers, lang, completed_at.date())
    failed: OperationFailed | None = None
    if vie is not None:
        # The export is written before anything is drawn, so no display problem can lose it.
        data = export.to_dict(
            instrument, network, lang, started_at, completed_at, answers, scores, recommendation
        )
        keep_in = store.data_dir(typer.get_app_dir("verkosto"))
        try:
            export.write(vie, export.dumps(data), keep_in, completed_at)
        except OperationFailed as error:
            failed = error
    console.print()
    console.print(render.result_view(instrument, network, scores, recommendation, lang))
    if failed is not None:
        raise failed
    if vie is not None and vie != "-":
        console.print(render.message_view(t("exported", lang, path=vie)))


@app.command("tarkista")
def tarkista(
    tiedosto: Annotated[
        Path | None,
        typer.Argument(metavar="TIEDOSTO",
                       help="Tarkistettava kysymystiedosto (oletus: mukana tuleva)."),
    ] = None,
    kieli: LangOption = None,
) -> None:
    """Tarkista kysymystiedosto ja luettele kaikki sen virheet kerralla."""
    with _handle_errors(kieli) as lang:
        instrument = _load_instrument(tiedosto)
        typer.echo(
            t(
                "valid",
                lang,
                file=str(tiedosto) if tiedosto else "questions.yaml",
                questions=len(instrument.questions),
                dimensions=len(instrument.dimensions),
                version=instrument.version,
            )
        )


@app.command("kysymykset")
def kysymykset(
    kysymykset: QuestionsOption = None,
    as_json: Annotated[
        bool, typer.Option("--json", help="Tulosta kysymykset JSON-muodossa.")
    ] = False,
    kieli: LangOption = None,
) -> None:
    """Näytä kysymyssarja taulukkona (tai JSON-muodossa)."""
    with _handle_errors(kieli) as lang:
        instrument = _load_instrument(kysymykset)
        if as_json:
            from verkosto.export import instrument_to_dict

            typer.echo(json.dumps(instrument_to_dict(instrument, lang), ensure_ascii=False,
                                  indent=2))
            return
        from verkosto import render

        render.make_console().print(render.instrument_table(instrument, lang))


KOOSTE_FORMATS = ("taulukko", "json", "csv")
# Fewer files than this read in a moment; a bar would only flicker.
PROGRESS_AFTER = 1000


@app.command("kooste")
def kooste(
    polut: Annotated[
        list[str],
        typer.Argument(
            metavar="POLKU",
            help="Vientitiedostoja tai kansioita (kansioista luetaan *.json alikansioineen); "
            "- lukee polkujen luettelon vakiosyötteestä, yksi riviä kohden.",
            show_default=False,
        ),
    ],
    as_json: Annotated[
        bool, typer.Option("--json", help="Tulosta JSON-muodossa (sama kuin --muoto json).")
    ] = False,
    muoto: Annotated[
        str | None,
        typer.Option("--muoto", "--format", metavar="taulukko|json|csv",
                     help="Tulostusmuoto: taulukko (oletus), json tai csv."),
    ] = None,
    vie: Annotated[
        str | None,
        typer.Option("--vie", "--export", "-o", metavar="TIEDOSTO",
                     help="Kirjoita kooste tiedostoon (- = vakiotuloste)."),
    ] = None,
    kieli: LangOption = None,
) -> None:
    """Kokoa monen vastaajan viennit verkostoittain järjestön päätöksiä varten."""
    with _handle_errors(kieli) as lang:
        chosen = _kooste_format(as_json, muoto)
        from verkosto import collect, render
        from verkosto.kooste import MIN_RESPONDENTS, summarise, to_csv

        collect.check_paths(polut)
        aggregate = _collect(polut, lang)
        if aggregate.valid == 0:
            if aggregate.skipped == 0:
                raise InvalidInput("kooste_no_files")
            raise InvalidInput("kooste_nothing_valid", skipped=aggregate.skipped)
        instrument = _load_instrument(None)
        summary = summarise(aggregate, [d.id for d in instrument.dimensions])
        text: str | None
        if chosen == "json":
            text = json.dumps(summary, ensure_ascii=False, indent=2) + "\n"
        elif chosen == "csv":
            text = to_csv(summary)
        else:
            titles = {d.id: d.title.get(lang) for d in instrument.dimensions}
            view = render.kooste_view(summary, titles, lang)
            text = None
            if vie in (None, "-"):
                render.make_console().print(view)
            else:
                text = render.plain_text(view)
        if text is not None:
            _write_output(vie, text)
        hidden = sum(1 for network in summary["networks"] if network["suppressed"])
        _stderr_line(t("kooste_summary", lang, read=aggregate.valid + aggregate.skipped,
                       valid=aggregate.valid, skipped=aggregate.skipped,
                       networks=len(summary["networks"]), hidden=hidden, min=MIN_RESPONDENTS))
        if vie not in (None, "-"):
            _stderr_line(t("kooste_written", lang, path=vie))


def _kooste_format(as_json: bool, muoto: str | None) -> str:
    """Return the output format chosen with --json / --muoto, or raise InvalidInput."""
    chosen = (muoto or "").strip().lower() or None
    if chosen is not None and chosen not in KOOSTE_FORMATS:
        raise InvalidInput("kooste_bad_format_option", value=muoto)
    if as_json and chosen not in (None, "json"):
        raise InvalidInput("kooste_format_conflict", value=muoto)
    return "json" if as_json else chosen or "taulukko"


def _collect(paths: list[str], lang: str) -> Aggregate:
    """Read every export under `paths` into an Aggregate, reporting each skipped file."""
    from contextlib import ExitStack

    from verkosto import collect, render
    from verkosto.errors import Problem
    from verkosto.kooste import Aggregate

    aggregate = Aggregate()
    uses_stdin = collect.STDIN in paths
    show = sys.stderr.isatty()
    total: int | None = None
    if show and not uses_stdin:
        total = collect.count_files(paths)
        show = total > PROGRESS_AFTER
    with ExitStack() as stack:
        progress = None
        task: Any = None

        def report(problem: Problem) -> None:
            line = t("kooste_skipped", lang, problem=describe_problem(problem, lang))
            if progress is not None:
                progress.console.print(render.message_view(line))
            else:
                _stderr_line(line)

        stdin_lines = sys.stdin if uses_stdin else ()
        for index, result in enumerate(collect.read_all(paths, stdin_lines), start=1):
            if progress is None and show and (total is not None or index > PROGRESS_AFTER):
                progress = stack.enter_context(render.kooste_progress(lang))
                task = progress.add_task("", total=total, completed=index - 1)
            if isinstance(result, Problem):
                aggregate.skip()
                report(result)
            else:
                aggregate.add(result)
            if progress is not None:
                progress.advance(task)
    return aggregate


def _write_output(target: str | None, text: str) -> None:
    """Write to stdout, or atomically to a file (OperationFailed if that fails)."""
    from verkosto import store

    try:
        if target in (None, "-"):
            sys.stdout.write(text)
            sys.stdout.flush()
        else:
            assert target is not None
            store.atomic_write(Path(target), text)
    except OSError as error:
        reason = error.strerror or str(error)
        if target in (None, "-"):
            raise OperationFailed("kooste_stdout_failed", reason=reason) from None
        raise OperationFailed("kooste_write_failed", path=target, reason=reason) from None


def _usage_language(argv: list[str]) -> str:
    """Guess the language for an error raised before the command's options were parsed."""
    for index, arg in enumerate(argv):
        for name in ("--kieli", "--lang"):
            if arg == name and index + 1 < len(argv):
                return resolve_language(argv[index + 1])
            if arg.startswith(name + "="):
                return resolve_language(arg.split("=", 1)[1])
    lang = resolve_language(None)
    return lang if lang in LANGUAGES else "fi"


def usage_error_text(error: Exception, lang: str) -> str:
    """Describe a command-line usage error in the person's language (Finnish first)."""
    lang = lang if lang in LANGUAGES else "fi"
    kind = type(error).__name__
    option = getattr(error, "option_name", None)
    ctx = getattr(error, "ctx", None)
    command = getattr(ctx, "command_path", None) or "verkosto"
    if kind == "NoSuchOption" and option:
        message = t("usage_no_such_option", lang, option=option)
    elif kind == "BadOptionUsage" and option:
        message = t("usage_needs_value", lang, option=option)
    elif (found := re.search(r"No such command '(.+?)'", str(error))) is not None:
        message = t("usage_no_such_command", lang, name=found.group(1))
    elif (found := re.search(r"unexpected extra argument\S* \((.+)\)", str(error))):
        extra = found.group(1)
        key = "usage_extra_arguments" if " " in extra else "usage_extra_argument"
        message = t(key, lang, args=extra)
    else:
        format_message = getattr(error, "format_message", None)
        detail = format_message() if callable(format_message) else str(error)
        message = t("usage_other", lang, detail=detail)
    return f"{message}\n{t('usage_hint', lang, command=command)}"


def main() -> None:
    """Run the command-line interface; usage errors get a message in the person's language."""
    import gc

    from typer.exceptions import TyperException

    # The modules imported so far live as long as the process; frozen, the collector stops
    # scanning them again on every full pass (about 5 % of start-up, 10 % of a large kooste).
    gc.freeze()

    try:
        code = app(standalone_mode=False)
    except TyperException as error:
        if type(error).__name__ == "NoArgsIsHelpError":
            # The bare command asked for orientation; the help is already on screen.
            raise SystemExit(0) from None
        _stderr_line(usage_error_text(error, _usage_language(sys.argv[1:])))
        code = getattr(error, "exit_code", EXIT_INVALID)
    raise SystemExit(code if isinstance(code, int) else 0)
