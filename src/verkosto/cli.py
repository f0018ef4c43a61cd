"""Typer wiring: parse options, call the library, print what render builds."""

from __future__ import annotations

import errno
import io
import os
import re
import sys
from collections.abc import Callable, Iterator
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
from verkosto.helpformat import CONTEXT_SETTINGS, Command, Group, language_from_args
from verkosto.i18n import LANGUAGES, describe_problem, resolve_language, t
from verkosto.safetext import json_text

if TYPE_CHECKING:
    from rich.console import Console
    from rich.text import Text as RenderableText

    from verkosto.instrument import Instrument, Question, Text
    from verkosto.interview import Prompt, ReviewPrompt
    from verkosto.kooste import Aggregate
    from verkosto.store import Draft

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
        for key, params in error.details:
            _stderr_line(t(key, lang, **params))
        raise typer.Exit(error.exit_code) from None
    except KeyboardInterrupt:
        _stderr_line("\n" + t("interrupted", lang))
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
                _stderr_line(t("output_failed", lang, reason=error))
            except (OSError, ValueError):
                pass
        raise typer.Exit(EXIT_FAILED) from None
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
    from verkosto import store

    # A run killed mid-write leaves a hidden temporary file with names and answers in it.
    store.remove_stale_temporary_files(store.data_dir(typer.get_app_dir("verkosto")))


def _load_instrument(path: Path | None) -> Instrument:
    from verkosto import cache, store

    return cache.load_instrument(path, store.data_dir(typer.get_app_dir("verkosto")) / cache.FOLDER)


def _read_line(console: Console, prompt: RenderableText) -> str:
    """Read one line after `prompt`; raise EOFError or KeyboardInterrupt."""
    if sys.stdin is None:  # started with stdin closed: nothing can ever be typed
        raise EOFError
    if (
        "readline" in sys.modules
        and console.file is sys.stdout
        and sys.stdin.isatty()
        and sys.stdout.isatty()
    ):
        # readline must be given the prompt: after a prompt printed apart from it, an empty
        # Enter leaves the cursor on the prompt line. \x01 and \x02 tell readline that
        # colour codes take no room on screen.
        with console.capture() as captured:
            console.print(prompt, end="")
        return input(re.sub(r"(\x1b\[[0-9;?]*[A-Za-z])", "\x01\\1\x02", captured.get()))
    if sys.stdin.isatty():
        return console.input(prompt)
    # Piped input may never end a line (/dev/zero): read a bounded line, never all of it.
    console.print(prompt, end="")
    return _bounded_line()


MAX_LINE = 64 * 1024


def _bounded_line() -> str:
    """Read one line of piped stdin, at most MAX_LINE bytes; raise EOFError or InvalidInput."""
    stream = getattr(sys.stdin, "buffer", None)
    raw = stream.readline(MAX_LINE + 1) if stream is not None else sys.stdin.readline(MAX_LINE + 1)
    if not raw:
        raise EOFError
    if len(raw) > MAX_LINE:
        raise InvalidInput("input_line_too_long", limit=MAX_LINE // 1024)
    text = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else raw
    return text.rstrip("\r\n")


def _ask_network(console: Console, lang: str) -> str:
    from verkosto import render
    from verkosto.answers import InvalidAnswer, check_network_name

    while True:
        raw = _read_line(console, render.network_prompt(lang))
        try:
            return check_network_name(raw)
        except InvalidAnswer as error:
            console.print(render.error_view(error.key, error.params, lang))


YES = frozenset({"", "k", "kyllä", "kylla", "y", "yes", "j", "jatka"})
NO = frozenset({"e", "ei", "n", "no"})


def _ask_continue(console: Console, draft: Draft, lang: str) -> bool:
    """Ask whether to continue an unfinished assessment; Enter continues."""
    from verkosto import render

    saved = render.format_time(draft.saved_at, lang)
    console.print(render.message_view(
        t("draft_found", lang, network=draft.network, count=len(draft.answers), saved=saved)))
    question = render.prompt_line(t("draft_continue", lang))
    with _draft_prompt():
        while True:
            raw = _read_line(console, question).strip().casefold()
            if raw in YES or raw in NO:
                return raw in YES
            console.print(render.error_view("draft_yes_no", {}, lang))


@contextmanager
def _draft_prompt() -> Iterator[None]:
    """Say that the drafts stay as they were when the person stops at a question on drafts."""
    try:
        yield
    except EOFError:
        raise Interrupted("input_ended_draft") from None
    except KeyboardInterrupt:
        raise Interrupted("interrupted_draft_kept") from None


def _stdin_is_terminal() -> bool:
    """Return whether a person may be typing: stdin exists and is a terminal."""
    return sys.stdin is not None and sys.stdin.isatty()


def _resume_command(network: str, lang: str) -> str:
    import shlex

    options = "--jatka --verkosto" if lang == "fi" else "--resume --network"
    return f"verkosto arvioi {options} {shlex.quote(network)}"


def _pick_draft(home: Path, network: str | None, console: Console, lang: str,
                interactive: bool) -> Draft:
    """Find the draft that `--jatka` continues, asking when there are several."""
    from verkosto import render, store

    if network is not None:
        try:
            found = store.find_draft(home, network)
        except (OSError, ValueError):
            raise InvalidInput(
                "draft_unreadable", path=str(store.draft_path(home, network))
            ) from None
        if found is None:
            raise InvalidInput("no_draft_for", network=network)
        return found
    drafts, _ = store.list_drafts(home)
    if not drafts:
        raise InvalidInput("no_drafts")
    if len(drafts) == 1:
        return drafts[0]
    if not interactive:
        raise InvalidInput("drafts_choose", networks=", ".join(d.network for d in drafts))
    rows = [(d.network, len(d.answers), render.format_time(d.saved_at, lang)) for d in drafts]
    console.print(render.draft_list(rows, lang))
    prompt = render.prompt_line(t("draft_pick", lang, count=len(drafts)))
    with _draft_prompt():
        while True:
            raw = _read_line(console, prompt).strip()
            if re.fullmatch(r"[0-9]+", raw) and 1 <= int(raw) <= len(drafts):
                return drafts[int(raw) - 1]
            console.print(render.error_view("draft_pick_invalid", {"count": len(drafts)}, lang))


@app.command("arvioi", cls=Command)
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
    jatka: Annotated[
        bool,
        typer.Option("--jatka", "--resume",
                     help="Jatka luonnosta (keskeytettyä arviointia) siitä, mihin se jäi."),
    ] = False,
    ei_kysy: Annotated[
        bool,
        typer.Option("--ei-kysy", "--no-input",
                     help="Älä kysy mitään: puuttuva vastaus on virhe (koodi 2)."),
    ] = False,
    ei_tallenna: Annotated[
        bool,
        typer.Option("--ei-tallenna", "--no-save",
                     help="Älä tallenna arviota historiaan."),
    ] = False,
    kieli: LangOption = None,
) -> None:
    """Arvioi verkosto kysymys kerrallaan ja näytä suositus perusteluineen.

    Vastaukset tallennetaan luonnokseksi jokaisen vastauksen jälkeen; keskeytettyä
    arviointia voi jatkaa valitsimella --jatka.
    """
    with _handle_errors(kieli) as lang:
        from verkosto import render, store
        from verkosto.answers import InvalidAnswer, check_network_name, fit_answers
        from verkosto.compare import network_key
        from verkosto.instrument import applicable
        from verkosto.interview import next_question, run

        console = render.make_console(stderr=vie == "-")
        home = store.data_dir(typer.get_app_dir("verkosto"))
        # Lines piped to stdin are read as answers; only a terminal gets questions back.
        has_terminal = _stdin_is_terminal()
        terminal = has_terminal and not ei_kysy
        network = None
        if verkosto is not None:
            try:
                network = check_network_name(verkosto)
            except InvalidAnswer as error:
                raise InvalidInput(error.key, **error.params) from None
        _enable_line_editing()
        draft = None
        questions_path = kysymykset
        if jatka:
            draft = _pick_draft(home, network, console, lang, terminal)
            network = draft.network
            if kysymykset is None and draft.questions_file is not None:
                questions_path = Path(draft.questions_file)
                if not questions_path.exists():
                    raise InvalidInput("draft_questions_missing", path=draft.questions_file)
        instrument, given, file_network, notes = _prepare(questions_path, vastaukset)
        if network is None:
            network = file_network
        elif file_network is not None and network_key(file_network) != network_key(network):
            # An export of another network: its answers are used, but the person should know.
            notes.append(("answers_other_network", {"found": file_network, "network": network}))
        if network is None and (ei_kysy or (
            next_question(instrument, given) is None and not has_terminal
        )):
            # Nothing else is asked, and no one may be there to type a name.
            raise InvalidInput("network_missing")
        started_at = datetime.now().astimezone()
        if network is None:
            try:
                network = _ask_network(console, lang)
            except EOFError:
                raise Interrupted("input_ended_network") from None

        # Drafts: continue one, or keep the person's unfinished one safe.
        autosave = not ei_kysy
        if draft is None and autosave:
            try:
                existing = store.find_draft(home, network)
            except (OSError, ValueError):
                existing = None
                path = store.draft_path(home, network)
                aside = store.set_aside(path)
                message = (t("draft_set_aside", lang, path=str(path), aside=str(aside))
                           if aside is not None else t("draft_damaged", lang, path=str(path)))
                console.print(render.message_view(message, "yellow"))
            if existing is not None and not terminal:
                autosave = False
                command = _resume_command(existing.network, lang)
                console.print(render.message_view(
                    t("draft_exists_not_asked", lang, network=existing.network,
                      command=command), "yellow"))
            elif existing is not None and _ask_continue(console, existing, lang):
                draft = existing
                network = existing.network
                wanted = Path(draft.questions_file) if draft.questions_file else None
                if kysymykset is None and wanted != questions_path:
                    # The draft was made with another questions file: go on with that one.
                    questions_path = wanted
                    instrument, given, _, notes = _prepare(questions_path, vastaukset)
        for key, params in notes:
            console.print(render.message_view(t(key, lang, **params), "yellow"))
        kept_count = 0
        # Answers the draft had that no longer fit stay in it until the assessment is done.
        carried: dict[str, Any] = {}
        if draft is not None:
            fitted, dropped = fit_answers(instrument, draft.answers)
            given = {**fitted, **given}
            carried = {qid: draft.answers[qid] for qid in dropped if qid in draft.answers}
            started_at = draft.started_at
            kept_count = len(draft.answers)
            console.print(render.message_view(
                t("draft_continued", lang, network=draft.network, count=len(fitted))))
            if dropped:
                console.print(render.message_view(
                    t("draft_changed", lang, ids=", ".join(dropped)), "yellow"))
            elif draft.instrument_sha256 != instrument.sha256:
                console.print(render.message_view(t("draft_changed_all_fit", lang), "yellow"))
        if ei_kysy and (missing := next_question(instrument, given)) is not None:
            unanswered = [q.id for q in applicable(instrument, given) if q.id not in given]
            # All of them at once: someone bringing an older answers file fixes it in one go.
            incomplete = InvalidInput("no_input_missing", id=missing.id, count=len(unanswered))
            if len(unanswered) > 1:
                incomplete.details.append(
                    ("no_input_missing_all", {"ids": ", ".join(unanswered)}))
            raise incomplete

        defaults: dict[str, Any] = {}
        if terminal and not ei_tallenna:
            defaults = _earlier_answers(home, network, instrument, given, console, lang)

        questions_file = str(questions_path.resolve()) if questions_path is not None else None
        save_failed = False

        def save(answers: dict[str, Any]) -> None:
            nonlocal save_failed, kept_count
            if not autosave or save_failed:
                return
            kept = {**{k: v for k, v in carried.items() if k not in answers}, **answers}
            try:
                store.save_draft(home, network, kept, questions_file, instrument.sha256,
                                 started_at)
            except OSError as error:
                save_failed = True
                console.print(render.message_view(
                    t("draft_save_failed", lang, reason=error),
                    "yellow"))
                return
            kept_count = len(kept)

        def ask(prompt: Prompt) -> str:
            if prompt.error is not None:
                console.print(render.error_view(prompt.error.key, prompt.error.params, lang))
            if not prompt.again:
                console.print(render.question_view(instrument, prompt, lang))
            return _read_line(console, render.prompt_text(
                prompt.question, lang, has_default=prompt.has_default,
                default=prompt.default, can_go_back=prompt.number > 1,
            ))

        def ask_review(review: ReviewPrompt) -> str:
            if review.error is not None:
                console.print(render.error_view(review.error.key, review.error.params, lang))
            else:
                console.print(render.review_view(instrument, review, lang))
            return _read_line(console, render.review_prompt_text(review, lang))

        def show_help(question: Question) -> None:
            console.print(render.help_view(question, lang))

        def show_note(note: Text) -> None:
            console.print(render.note_view(note, lang))

        asks = next_question(instrument, given) is not None
        if asks:
            console.print(render.intro_view(instrument, lang))
        # A review only where a person typed answers at a terminal (a draft was typed too,
        # and may have stopped at the review).
        reviewed = terminal and (asks or draft is not None)
        # The draft on disk belongs to this run if it saves one, or if it continued it.
        owns_draft = autosave or draft is not None
        try:
            answers = run(instrument, given, ask, show_help, show_note, save=save,
                          ask_review=ask_review if reviewed else None, defaults=defaults)
        except (KeyboardInterrupt, Interrupted) as stopped:
            raise _stopped(stopped, kept_count if owns_draft else 0, network, lang) from None
        on_disk = kept_count if owns_draft else 0

        def forget_draft() -> None:
            nonlocal on_disk
            if owns_draft and on_disk:
                store.remove_draft(home, network)
            on_disk = 0

        try:
            _finish(instrument, network, answers, started_at, vie, not ei_tallenna, console,
                    lang, forget_draft)
        except KeyboardInterrupt:
            raise _stopped(KeyboardInterrupt(), on_disk, network, lang) from None
        except OperationFailed as error:
            if on_disk:
                error.details.append(
                    ("kept_draft", {"count": on_disk, "command": _resume_command(network, lang)})
                )
            raise


def _prepare(
    questions: Path | None, answers_file: Path | None
) -> tuple[Instrument, dict[str, Any], str | None, list[tuple[str, dict[str, object]]]]:
    """Load the questions and an answers file: the instrument, answers, network and notes."""
    from verkosto.answers import load_answers

    instrument = _load_instrument(questions)
    if answers_file is None:
        return instrument, {}, None, []
    loaded = load_answers(answers_file, instrument)
    # Not pruned yet: an answer waiting on a question still to be asked is kept.
    return instrument, dict(loaded.answers), loaded.network, list(loaded.notes)


def _earlier_answers(
    home: Path,
    network: str,
    instrument: Instrument,
    given: dict[str, Any],
    console: Console,
    lang: str,
) -> dict[str, Any]:
    """Offer the network's last stored answers as defaults, and say when it was assessed."""
    from verkosto import compare, history, render
    from verkosto.answers import fit_answers

    try:
        previous = history.latest(history.database_path(home), network)
    except OperationFailed as error:
        # A broken history must not stop a new assessment; say so and go on without it.
        console.print(render.message_view(t(error.key, lang, **error.params), "yellow"))
        return {}
    if previous is None:
        return {}
    raw = previous.get("answers")
    fitted, _ = fit_answers(instrument, raw if isinstance(raw, dict) else {})
    defaults = {qid: value for qid, value in fitted.items() if qid not in given}
    if not defaults:
        return {}
    today = datetime.now().astimezone().date()
    done = compare.completed_on(previous)
    review = compare.next_review(previous)
    stored = previous.get("recommendation") or {}
    # The title in the person's language now, not the one stored with the assessment.
    outcome = instrument.recommendation.outcomes.get(str(stored.get("id")))
    verdict = outcome.title.get(lang) if outcome is not None else stored.get("title", "?")
    lines = [t("previous_assessment", lang,
               date=render.format_date(done, lang) if done else "?", verdict=verdict)]
    if review is not None:
        key = "previous_review_due" if review <= today else "previous_review_ahead"
        lines.append(t(key, lang, date=render.format_date(review, lang)))
    lines.append(t("previous_defaults", lang))
    console.print(render.message_view(" ".join(lines)))
    return defaults


def _stopped(
    stopped: KeyboardInterrupt | Interrupted, kept: int, network: str, lang: str
) -> Interrupted:
    """Say how the interview stopped and, if answers were kept, how to go on."""
    command = _resume_command(network, lang)
    if isinstance(stopped, Interrupted):
        if kept:
            stopped.details.append(("kept_draft", {"count": kept, "command": command}))
        return stopped
    if not kept:
        return Interrupted("interrupted_unsaved")
    error = Interrupted("interrupted_kept", count=kept)
    error.details.append(("resume_hint", {"command": command}))
    return error


def _enable_line_editing() -> None:
    """Let arrow keys and history work at the prompts when a person is typing."""
    if _stdin_is_terminal():
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
    save: bool,
    console: Console,
    lang: str,
    forget_draft: Callable[[], None],
) -> None:
    """Score, keep (history, export) and show one finished assessment.

    Everything is stored before anything is drawn, so no display problem can lose it; the
    draft is forgotten only once the assessment is stored somewhere, or shown when the person
    asked for neither history nor export.
    """
    from verkosto import export, render, store
    from verkosto.recommend import recommend
    from verkosto.scoring import score

    completed_at = datetime.now().astimezone()
    scores = score(instrument, answers)
    recommendation = recommend(instrument, scores, answers, completed_at.date())
    data = export.to_dict(
        instrument, network, lang, started_at, completed_at, answers, scores, recommendation
    )
    home = store.data_dir(typer.get_app_dir("verkosto"))
    failed: OperationFailed | None = None
    recorded = False
    if save:
        from verkosto import history  # sqlite3 only when the history is used

        try:
            history.record(history.database_path(home), data)
            recorded = True
        except OperationFailed as error:
            failed = error
            if vie is None:
                failed = _keep_elsewhere(error, data, home, completed_at)
                if "kept" in failed.params:
                    forget_draft()
    if recorded:
        forget_draft()
    exported = False
    if vie is not None:
        try:
            export.write(vie, export.dumps(data), home, completed_at)
            exported = True
            forget_draft()
        except KeyboardInterrupt:
            # Stopped while writing the export (a pipe nobody reads): say what is kept.
            if recorded:
                raise Interrupted("interrupted_stored") from None
            raise
        except OperationFailed as error:
            if failed is None:
                failed = error
            else:
                failed.details.append((error.key, error.params))
            if "kept" in error.params:
                forget_draft()
    try:
        console.print()
        console.print(render.result_view(instrument, network, scores, recommendation, lang))
    except OSError as error:
        if recorded or exported:
            raise
        # Shown nowhere and stored nowhere (--ei-tallenna, no export): keep it as a file.
        kept_path = store.keep_assessment(home, export.dumps(data), completed_at)
        forget_draft()
        raise OperationFailed("output_failed_kept", reason=error, kept=str(kept_path)) from None
    if recorded:
        console.print(render.message_view(t("saved_to_history", lang)))
    if failed is not None:
        kept = "kept" in failed.params or any("kept" in p for _, p in failed.details)
        if not (recorded or exported or kept):
            # Nowhere on disk took it (a full disk, say): the terminal is the last place left.
            _stderr_line(json_text(data).rstrip("\n"))
            failed.details.append(("assessment_printed", {}))
        raise failed
    if vie is not None and vie != "-":
        console.print(render.message_view(t("exported", lang, path=vie)))
    if not save and vie is None:
        forget_draft()


def _keep_elsewhere(
    error: OperationFailed, data: dict[str, Any], home: Path, completed_at: datetime
) -> OperationFailed:
    """Keep an assessment the history could not take as a file, and say where it went."""
    from verkosto import export, store

    try:
        kept = store.keep_assessment(home, export.dumps(data), completed_at)
    except OSError:
        return error
    error.details.append(("history_kept", {"kept": str(kept)}))
    error.params["kept"] = str(kept)
    return error


@app.command("tarkista", cls=Command)
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


@app.command("kysymykset", cls=Command)
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

            typer.echo(json_text(instrument_to_dict(instrument, lang)))
            return
        from verkosto import render

        render.make_console().print(render.instrument_table(instrument, lang))


NetworkFilter = Annotated[
    str | None,
    typer.Option("--verkosto", "--network", metavar="NIMI",
                 help="Vain tämän verkoston arviot (kirjainkoolla ei väliä)."),
]
JsonFlag = Annotated[bool, typer.Option("--json", help="Tulosta JSON-muodossa.")]


def _warn_damaged(damaged: list[Any], lang: str) -> None:
    """Name each damaged history row on stderr: it is skipped, never blocks the others."""
    for row in damaged:
        _stderr_line(t("history_row_damaged", lang, id=row.id,
                       problem=describe_problem(row.problem, lang)))


def _history_db() -> Path:
    from verkosto import history, store

    return history.database_path(store.data_dir(typer.get_app_dir("verkosto")))


def _known_networks(stored: list[Any]) -> str:
    from verkosto.compare import latest_per_network

    names = [str(e.get("network")) for _, e in latest_per_network([(s.id, s.export)
                                                                   for s in stored])]
    return ", ".join(names) or "–"


def _resolve(db: Path, ref: str, lang: str) -> tuple[dict[str, Any], str]:
    """Return the export that `ref` names and a label: a bare number is a stored assessment.

    A file is read only when `ref` clearly is a path (it has a '/' or ends in .json), so a
    file named `1` in the working folder never stands in for assessment #1 (use ./1).
    """
    from verkosto import history, render
    from verkosto.compare import completed_on
    from verkosto.report import load_export

    # ASCII digits only: "²" is a digit to str.isdigit but no number to int().
    if re.fullmatch(r"[0-9]+", ref.strip()):
        stored = history.get(db, int(ref))
        if stored is None:
            raise InvalidInput("id_not_found", id=int(ref))
        export = stored.export
        label = f"#{stored.id}"
    elif "/" in ref or ref.lower().endswith(".json"):
        export = load_export(Path(ref))
        label = ref
    else:
        raise InvalidInput("ref_not_found", ref=ref)
    day = completed_on(export)
    return export, f"{label} ({render.format_date(day, lang)})" if day else label


@app.command("historia", cls=Command)
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

        from verkosto import compare, history, render, safefile, store

        db = _history_db()
        if vie is not None:
            rows, damaged = history.read(db, oldest=True)
            _warn_damaged(damaged, lang)
            if verkosto is not None:
                key = compare.network_key(verkosto)
                rows = [s for s in rows if compare.network_key(s.network) == key]
            text = "".join(json_text(s.export, indent=None) + "\n" for s in rows)
            try:
                if vie == "-":
                    sys.stdout.write(text)
                    sys.stdout.flush()
                    return
                safefile.write_target(Path(vie), text, store.atomic_write)
            except OSError as error:
                raise OperationFailed("history_export_failed", path=vie,
                                      reason=error) from None
            typer.echo(t("history_exported", lang, count=len(rows), path=vie))
            return
        stored, damaged = history.read(db, verkosto)
        _warn_damaged(damaged, lang)
        if verkosto is not None and not stored:
            # A network the history does not know is a wrong name (exit 2, as documented).
            everything, _ = history.read(db)
            if everything:
                raise InvalidInput("history_network_unknown", network=verkosto,
                                   known=_known_networks(everything))
        pairs = [(s.id, s.export) for s in stored]
        today = date.today()
        if as_json:
            typer.echo(json_text(compare.history_to_dict(pairs, today)))
            return
        if not stored:
            key = "history_network_empty" if verkosto is not None else "history_empty"
            typer.echo(t(key, lang, network=verkosto))
            return
        instrument = _load_instrument(kysymykset)
        groups = compare.by_network(pairs)
        current = {items[0][0] for items in groups.values()}
        console = render.make_console()
        console.print(render.history_view(pairs, current, today, lang, console.width,
                                          instrument))
        for items in groups.values():
            oldest_first = [export for _, export in reversed(items)]
            found = compare.trends(oldest_first)
            if found:
                console.print(render.trend_view(instrument, str(items[0][1].get("network")),
                                                found, len(items), lang))


@app.command("vertaa", cls=Command)
def vertaa(
    a: Annotated[
        str | None,
        typer.Argument(metavar="A",
                       help="Aiempi arvio: tallennetun arvion numero tai JSON-vientitiedosto "
                            "(polussa / tai pääte .json; oletus: verkoston toiseksi "
                            "viimeisin)."),
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
            stored, damaged = history.read(db)
            _warn_damaged(damaged, lang)
            groups = compare.by_network([(s.id, s.export) for s in stored])
            if not groups:
                typer.echo(t("history_empty", lang))  # empty: said the same way everywhere
                return
            if verkosto is not None:
                items = groups.get(compare.network_key(verkosto), [])
                if not items:
                    raise InvalidInput("history_network_unknown", network=verkosto,
                                       known=_known_networks(stored))
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
        versions = [compare.instrument_version(e) for e in (before, after)]
        if versions[0] != versions[1]:
            # Scores from two versions of the questions are not measured the same way.
            console.print(render.message_view(
                t("compare_versions_differ", lang, a=versions[0] or "?", b=versions[1] or "?"),
                "yellow"))


@app.command("yhteenveto", cls=Command)
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
        stored, damaged = history.read(_history_db())
        _warn_damaged(damaged, lang)
        latest = compare.latest_per_network([(s.id, s.export) for s in stored])
        phase = instrument.scoring.phase
        summary = compare.summarise(
            [(i, e) for i, e in latest], instrument.scoring.time.total_share_limit,
            (phase.question, phase.joining),
        )
        today = date.today()
        if as_json:
            typer.echo(json_text(compare.summary_to_dict(summary, today)))
            return
        if not stored:
            typer.echo(t("history_empty", lang))
            return
        console = render.make_console()
        console.print(render.summary_view(summary, today, lang, console.width, instrument))


@app.command("raportti", cls=Command)
def raportti(
    tiedosto: Annotated[
        str | None,
        typer.Argument(metavar="TIEDOSTO.json|NRO",
                       help="Tallennetun arvion numero tai JSON-vientitiedosto (polussa / tai "
                       "pääte .json; tiedosto nimeltä 1: ./1)."),
    ] = None,
    viimeisin: Annotated[
        bool,
        typer.Option("--viimeisin", "--latest",
                     help="Tee raportti viimeisimmästä tallennetusta arviosta (rajaa tarvittaessa "
                     "valitsimella --verkosto)."),
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
        from verkosto import history, report, safefile, store

        fmt = muoto.strip().lower()
        if fmt not in report.FORMATS:
            raise InvalidInput("report_format_unknown", value=muoto)
        if tiedosto is not None and viimeisin:
            raise InvalidInput("report_source_both")
        db = _history_db()
        if tiedosto is not None:
            export, _ = _resolve(db, tiedosto, lang)
        elif viimeisin or verkosto is not None:
            stored, damaged = history.read(db, verkosto)
            _warn_damaged(damaged, lang)
            if not stored:
                everything = history.assessments(db)
                if verkosto is not None and everything:
                    raise InvalidInput("history_network_unknown", network=verkosto,
                                       known=_known_networks(everything))
                typer.echo(t("history_empty", lang))
                return
            export = stored[0].export
        else:
            raise InvalidInput("report_source_needed")
        if kieli is None and export.get("language") in LANGUAGES:
            # The stored reasons and steps are in the assessment's language: match them.
            lang = str(export["language"])
        width = 78
        if (vie is None or vie == "-") and sys.stdout.isatty():
            # On a narrow terminal the text report wraps to fit; in a file it keeps 78.
            import shutil

            width = max(60, min(78, shutil.get_terminal_size((78, 24)).columns))
        text = report.build(export, _load_instrument(kysymykset), lang, fmt, width)
        if vie is None or vie == "-":
            sys.stdout.write(text)
            sys.stdout.flush()
            return
        try:
            safefile.write_target(Path(vie), text, store.atomic_write)
        except OSError as error:
            raise OperationFailed("report_write_failed", path=vie,
                                  reason=error) from None
        typer.echo(t("report_written", lang, path=vie))


_YES = frozenset({"k", "kyllä", "kylla", "y", "yes"})


@app.command("poista", cls=Command)
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
            found = history.find(db, tunnus)
            if found is None:
                raise InvalidInput("id_not_found", id=tunnus)
            if isinstance(found, history.Damaged):
                # A damaged row has no trustworthy name or date, but it can still go.
                network = t("history_damaged_label", lang)
                day = None
            else:
                network = found.network
                day = compare.completed_on(found.export)
            question = t("delete_confirm_one", lang, id=tunnus, network=network,
                         date=render.format_date(day, lang) if day else "–")
        else:
            from verkosto import store

            good, bad = history.read(db)
            count = len(good) + len(bad)
            files = store.private_files(db.parent)
            if count == 0 and not files:
                console.print(render.message_view(t("history_empty", lang)))
                return
            # Drafts and kept copies hold the same names and answers: "all" means them too.
            question = t("delete_confirm_all", lang, count=count)
            if files:
                question = t("delete_confirm_all_files", lang, count=count, files=len(files))
        if not kylla:
            try:
                answer = _read_line(console, render.confirm_prompt(question))
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
            if count:
                deleted = history.delete_all(db)
                console.print(render.message_view(t("deleted_all", lang, count=deleted,
                                                    path=db)))
            if files:
                removed, failed = store.remove_private_files(db.parent)
                console.print(render.message_view(t("deleted_files", lang, count=removed)))
                if failed:
                    raise OperationFailed("delete_files_failed", count=len(failed),
                                          path=str(failed[0]))

KOOSTE_FORMATS = ("taulukko", "json", "csv")
# Fewer files than this read in a moment; a bar would only flicker.
PROGRESS_AFTER = 1000


@app.command("kooste", cls=Command)
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
        typer.Option("--muoto", "--format", metavar="taulukko|table|json|csv",
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
            text = json_text(summary) + "\n"
        elif chosen == "csv":
            text = to_csv(summary, lang)
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
                       networks=len(summary["networks"])))
        if hidden:
            _stderr_line(t("kooste_hidden", lang, hidden=hidden, min=MIN_RESPONDENTS))
        if vie not in (None, "-"):
            _stderr_line(t("kooste_written", lang, path=vie))


def _kooste_format(as_json: bool, muoto: str | None) -> str:
    """Return the output format chosen with --json / --muoto, or raise InvalidInput."""
    chosen = (muoto or "").strip().lower() or None
    if chosen == "table":  # the English name of the same format
        chosen = "taulukko"
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

        stdin_lines: Any = collect.path_lines(sys.stdin.buffer) if uses_stdin else ()
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
    from verkosto import safefile, store

    try:
        if target in (None, "-"):
            sys.stdout.write(text)
            sys.stdout.flush()
        else:
            assert target is not None
            safefile.write_target(Path(target), text, store.atomic_write)
    except OSError as error:
        reason = error
        if target in (None, "-"):
            raise OperationFailed("kooste_stdout_failed", reason=reason) from None
        raise OperationFailed("kooste_write_failed", path=target, reason=reason) from None


def _usage_language(argv: list[str]) -> str:
    """Guess the language for an error raised before the command's options were parsed."""
    return language_from_args(argv)


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
    elif kind == "BadOptionUsage" and option:
        message = t("usage_needs_value", lang, option=option)
    elif (found := re.search(r"No such command '(.+?)'", str(error))) is not None:
        message = t("usage_no_such_command", lang, name=found.group(1))
        commands = getattr(getattr(ctx, "command", None), "commands", None) or {}
        message += _did_you_mean(found.group(1), list(commands), lang)
    elif kind == "MissingParameter" and getattr(error, "param", None) is not None:
        from verkosto.helpformat import param_label

        message = t("usage_missing", lang, name=param_label(error.param, lang))  # type: ignore[attr-defined]
    elif (kind == "BadParameter" and getattr(error, "param", None) is not None
          and "integer" in str(error)):  # the only typed values are whole numbers (NRO)
        from verkosto.helpformat import param_label

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
            _stderr_line("\n" + t("interrupted", _usage_language(sys.argv[1:])))
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
                _stderr_line(t("output_failed_plain", _usage_language(sys.argv[1:]),
                               reason=error))
            except (OSError, ValueError):
                pass
        code = EXIT_FAILED
    except TyperException as error:
        if type(error).__name__ == "NoArgsIsHelpError":
            # The bare command asked for orientation; the help is already on screen.
            raise SystemExit(0) from None
        _stderr_line(usage_error_text(error, _usage_language(sys.argv[1:])))
        code = getattr(error, "exit_code", EXIT_INVALID)
    raise SystemExit(code if isinstance(code, int) else 0)
