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
    from verkosto.instrument import load

    return load(path)


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


NetworkFilter = Annotated[
    str | None,
    typer.Option("--verkosto", "--network", metavar="NIMI",
                 help="Vain tämän verkoston arviot (kirjainkoolla ei väliä)."),
]
JsonFlag = Annotated[bool, typer.Option("--json", help="Tulosta JSON-muodossa.")]


def _history_db() -> Path:
    from verkosto import history, store

    return history.database_path(store.data_dir(typer.get_app_dir("verkosto")))


def _known_networks(stored: list[Any]) -> str:
    from verkosto.compare import latest_per_network

    names = [str(e.get("network")) for _, e in latest_per_network([(s.id, s.export)
                                                                   for s in stored])]
    return ", ".join(names) or "–"


def _resolve(db: Path, ref: str, lang: str) -> tuple[dict[str, Any], str]:
    """Return the export that `ref` names (an export file, else a stored number) and a label."""
    from verkosto import history, render
    from verkosto.compare import completed_on
    from verkosto.report import load_export

    path = Path(ref)
    if path.exists():
        export = load_export(path)
        label = ref
    elif ref.strip().isdigit():
        stored = history.get(db, int(ref))
        if stored is None:
            raise InvalidInput("id_not_found", id=int(ref))
        export = stored.export
        label = f"#{stored.id}"
    else:
        raise InvalidInput("ref_not_found", ref=ref)
    day = completed_on(export)
    return export, f"{label} ({render.format_date(day, lang)})" if day else label


@app.command("historia")
def historia(
    verkosto: NetworkFilter = None,
    as_json: JsonFlag = False,
    vie: Annotated[
        str | None,
        typer.Option("--vie", "--export", "-o", metavar="TIEDOSTO",
                     help="Vie koko historia JSON Lines -tiedostoon (- = vakiotuloste)."),
    ] = None,
    kysymykset: QuestionsOption = None,
    kieli: LangOption = None,
) -> None:
    """Näytä tallennetut arviot uusin ensin ja verkostojen kehitys."""
    with _handle_errors(kieli) as lang:
        from datetime import date

        from verkosto import compare, history, render, store

        db = _history_db()
        if vie is not None:
            rows = history.oldest_first(db)
            if verkosto is not None:
                key = compare.network_key(verkosto)
                rows = [s for s in rows if compare.network_key(s.network) == key]
            text = "".join(json.dumps(s.export, ensure_ascii=False) + "\n" for s in rows)
            try:
                if vie == "-":
                    sys.stdout.write(text)
                    sys.stdout.flush()
                    return
                store.atomic_write(Path(vie), text)
            except OSError as error:
                raise OperationFailed("history_export_failed", path=vie,
                                      reason=error.strerror or str(error)) from None
            typer.echo(t("history_exported", lang, count=len(rows), path=vie))
            return
        stored = history.assessments(db, verkosto)
        pairs = [(s.id, s.export) for s in stored]
        today = date.today()
        if as_json:
            typer.echo(json.dumps(compare.history_to_dict(pairs, today), ensure_ascii=False,
                                  indent=2))
            return
        if not stored:
            key = "history_network_empty" if verkosto is not None else "history_empty"
            typer.echo(t(key, lang, network=verkosto))
            return
        instrument = _load_instrument(kysymykset)
        groups = compare.by_network(pairs)
        current = {items[0][0] for items in groups.values()}
        console = render.make_console()
        console.print(render.history_view(pairs, current, today, lang, console.width))
        for items in groups.values():
            oldest_first = [export for _, export in reversed(items)]
            found = compare.trends(oldest_first)
            if found:
                console.print(render.trend_view(instrument, str(items[0][1].get("network")),
                                                found, len(items), lang))


@app.command("vertaa")
def vertaa(
    a: Annotated[
        str | None,
        typer.Argument(metavar="A",
                       help="Aiempi arvio: tallennetun arvion numero tai JSON-vientitiedosto "
                            "(oletus: verkoston toiseksi viimeisin)."),
    ] = None,
    b: Annotated[
        str | None,
        typer.Argument(metavar="B",
                       help="Myöhempi arvio: numero tai JSON-vientitiedosto "
                            "(oletus: verkoston viimeisin)."),
    ] = None,
    verkosto: NetworkFilter = None,
    kysymykset: QuestionsOption = None,
    kieli: LangOption = None,
) -> None:
    """Vertaa kahta arviota: ulottuvuudet, tunnit, tasapaino, suositus ja muuttuneet vastaukset."""
    with _handle_errors(kieli) as lang:
        from verkosto import compare, history, render

        db = _history_db()
        if (a is None) != (b is None):
            raise InvalidInput("compare_needs_two")
        if a is not None and b is not None:
            before, label_a = _resolve(db, a, lang)
            after, label_b = _resolve(db, b, lang)
        else:
            stored = history.assessments(db)
            groups = compare.by_network([(s.id, s.export) for s in stored])
            if verkosto is not None:
                items = groups.get(compare.network_key(verkosto), [])
                if not items:
                    raise InvalidInput("history_network_unknown", network=verkosto,
                                       known=_known_networks(stored))
            elif not groups:
                typer.echo(t("history_empty", lang))
                return
            elif len(groups) > 1:
                raise InvalidInput("history_network_needed", known=_known_networks(stored))
            else:
                items = next(iter(groups.values()))
            if len(items) < 2:
                render.make_console().print(render.message_view(
                    t("compare_too_few", lang, network=items[0][1].get("network"))))
                return
            before, label_a = _resolve(db, str(items[1][0]), lang)
            after, label_b = _resolve(db, str(items[0][0]), lang)
        instrument = _load_instrument(kysymykset)
        console = render.make_console()
        name_a, name_b = str(before.get("network")), str(after.get("network"))
        if compare.network_key(name_a) != compare.network_key(name_b):
            console.print(render.message_view(
                t("compare_other_networks", lang, a=name_a, b=name_b), "yellow"))
        comparison = compare.compare(before, after, instrument)
        console.print(render.comparison_view(instrument, comparison, label_a, label_b, lang))


@app.command("yhteenveto")
def yhteenveto(
    as_json: JsonFlag = False,
    kysymykset: QuestionsOption = None,
    kieli: LangOption = None,
) -> None:
    """Näytä kaikki verkostosi viimeisimmän arvion mukaan, tunnit yhteensä ja mitä keventää."""
    with _handle_errors(kieli) as lang:
        from datetime import date

        from verkosto import compare, history, render

        instrument = _load_instrument(kysymykset)
        stored = history.assessments(_history_db())
        latest = compare.latest_per_network([(s.id, s.export) for s in stored])
        summary = compare.summarise(
            [(i, e) for i, e in latest], instrument.scoring.time.total_share_limit
        )
        today = date.today()
        if as_json:
            typer.echo(json.dumps(compare.summary_to_dict(summary, today), ensure_ascii=False,
                                  indent=2))
            return
        if not stored:
            typer.echo(t("history_empty", lang))
            return
        console = render.make_console()
        console.print(render.summary_view(summary, today, lang, console.width))


@app.command("raportti")
def raportti(
    tiedosto: Annotated[
        str | None,
        typer.Argument(metavar="TIEDOSTO.json|NRO",
                       help="JSON-vientitiedosto tai tallennetun arvion numero."),
    ] = None,
    viimeisin: Annotated[
        bool,
        typer.Option("--viimeisin", "--latest",
                     help="Raportoi viimeisin tallennettu arvio (myös --verkosto)."),
    ] = False,
    verkosto: NetworkFilter = None,
    muoto: Annotated[
        str,
        typer.Option("--muoto", "--format", metavar="md|html|txt",
                     help="Raportin muoto: md (oletus), html tai txt."),
    ] = "md",
    vie: Annotated[
        str | None,
        typer.Option("--vie", "--output", "-o", metavar="TIEDOSTO",
                     help="Kirjoita raportti tiedostoon (oletus: vakiotuloste)."),
    ] = None,
    kysymykset: QuestionsOption = None,
    kieli: LangOption = None,
) -> None:
    """Tee yhdestä arviosta raportti esihenkilölle tai järjestölle (Markdown, HTML tai teksti)."""
    with _handle_errors(kieli) as lang:
        from verkosto import history, report, store

        fmt = muoto.strip().lower()
        if fmt not in report.FORMATS:
            raise InvalidInput("report_format_unknown", value=muoto)
        if tiedosto is not None and viimeisin:
            raise InvalidInput("report_source_both")
        db = _history_db()
        if tiedosto is not None:
            export, _ = _resolve(db, tiedosto, lang)
        elif viimeisin or verkosto is not None:
            stored = history.assessments(db, verkosto)
            if not stored:
                if verkosto is not None:
                    raise InvalidInput("history_network_unknown", network=verkosto,
                                       known=_known_networks(history.assessments(db)))
                typer.echo(t("history_empty", lang))
                return
            export = stored[0].export
        else:
            raise InvalidInput("report_source_needed")
        if kieli is None and export.get("language") in LANGUAGES:
            # The stored reasons and steps are in the assessment's language: match them.
            lang = str(export["language"])
        text = report.build(export, _load_instrument(kysymykset), lang, fmt)
        if vie is None or vie == "-":
            sys.stdout.write(text)
            sys.stdout.flush()
            return
        try:
            store.atomic_write(Path(vie), text)
        except OSError as error:
            raise OperationFailed("report_write_failed", path=vie,
                                  reason=error.strerror or str(error)) from None
        typer.echo(t("report_written", lang, path=vie))


_YES = frozenset({"k", "kyllä", "kylla", "y", "yes"})


@app.command("poista")
def poista(
    tunnus: Annotated[
        int | None,
        typer.Argument(metavar="NRO", help="Poistettavan arvion numero (verkosto historia)."),
    ] = None,
    kaikki: Annotated[
        bool, typer.Option("--kaikki", "--all", help="Poista kaikki tallennetut arviot.")
    ] = False,
    kylla: Annotated[
        bool, typer.Option("--kylla", "--yes", "-y", help="Älä kysy vahvistusta.")
    ] = False,
    kieli: LangOption = None,
) -> None:
    """Poista yksi arvio tai kaikki arviot pysyvästi historiasta."""
    with _handle_errors(kieli) as lang:
        from verkosto import compare, history, render

        if (tunnus is None) == (not kaikki):
            raise InvalidInput("delete_id_or_all")
        db = _history_db()
        console = render.make_console()
        network = ""
        if tunnus is not None:
            found = history.get(db, tunnus)
            if found is None:
                raise InvalidInput("id_not_found", id=tunnus)
            network = found.network
            day = compare.completed_on(found.export)
            question = t("delete_confirm_one", lang, id=tunnus, network=network,
                         date=render.format_date(day, lang) if day else "–")
        else:
            count = len(history.assessments(db))
            if count == 0:
                console.print(render.message_view(t("history_empty", lang)))
                return
            question = t("delete_confirm_all", lang, count=count)
        if not kylla:
            try:
                answer = console.input(render.confirm_prompt(question))
            except EOFError:
                raise Interrupted("delete_not_confirmed") from None
            if answer.strip().lower() not in _YES:
                console.print(render.message_view(t("delete_cancelled", lang)))
                return
        if tunnus is not None:
            history.delete(db, tunnus)
            console.print(render.message_view(
                t("deleted_one", lang, id=tunnus, network=network, path=db)))
        else:
            deleted = history.delete_all(db)
            console.print(render.message_view(t("deleted_all", lang, count=deleted, path=db)))


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
    from typer.exceptions import TyperException

    try:
        code = app(standalone_mode=False)
    except TyperException as error:
        if type(error).__name__ == "NoArgsIsHelpError":
            # The bare command asked for orientation; the help is already on screen.
            raise SystemExit(0) from None
        _stderr_line(usage_error_text(error, _usage_language(sys.argv[1:])))
        code = getattr(error, "exit_code", EXIT_INVALID)
    raise SystemExit(code if isinstance(code, int) else 0)
