"""`verkosto kooste`: many respondents' exports summed up per network for an organisation."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Annotated, Any

import typer

from verkosto.cli.app import LangOption, handle_errors, load_instrument, stderr_line
from verkosto.errors import InvalidInput, OperationFailed
from verkosto.i18n import describe_problem, t
from verkosto.safetext import json_text

if TYPE_CHECKING:
    from collections.abc import Iterator

    from verkosto.kooste import Aggregate
    from verkosto.safefile import Protected

KOOSTE_FORMATS = ("taulukko", "json", "csv")
# Fewer files than this read in a moment; a bar would only flicker.
PROGRESS_AFTER = 1000


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
    with handle_errors(kieli) as lang:
        chosen = _kooste_format(as_json, muoto)
        from verkosto.cli.app import protected_files
        from verkosto.export import write_output
        from verkosto.export.output import check_target
        from verkosto.kooste import MIN_RESPONDENTS, collect, summarise
        from verkosto.safefile import Protected

        collect.check_paths(polut)
        target = None if vie in (None, "-") else vie
        # The files named are inputs whatever they are; refused before any is read. Nothing
        # is protected from standard output (nor is the history's sqlite3 imported for it).
        protected = Protected() if target is None else protected_files(
            inputs=tuple(p for p in polut if p != collect.STDIN))
        check_target(target, protected)
        aggregate = _collect(polut, lang, target, protected)
        if aggregate.valid == 0:
            if aggregate.skipped == 0:
                raise InvalidInput("kooste_no_files")
            raise InvalidInput("kooste_nothing_valid", skipped=aggregate.skipped)
        instrument = load_instrument(None)
        summary = summarise(aggregate, [d.id for d in instrument.dimensions])
        text: str | None
        if chosen == "json":
            text = json_text(summary) + "\n"
        elif chosen == "csv":
            from verkosto.kooste.csvfile import to_csv

            text = to_csv(summary, {d.id: d.title.get(lang) for d in instrument.dimensions},
                          lang)
        else:
            from verkosto import render  # Rich only for the table

            titles = {d.id: d.title.get(lang) for d in instrument.dimensions}
            view = render.kooste_view(summary, titles, lang)
            text = None
            if vie in (None, "-"):
                try:
                    render.make_console().print(view)
                except OSError as error:
                    raise OperationFailed("kooste_stdout_failed", path="-",
                                          reason=error) from None
            else:
                text = render.plain_text(view)
        if text is not None:
            write_output(vie, text, "kooste_write_failed", "kooste_stdout_failed",
                         protected=protected)
        hidden = sum(1 for network in summary["networks"] if network["suppressed"])
        stderr_line(t("kooste_summary", lang, read=aggregate.valid + aggregate.skipped,
                       valid=aggregate.valid, skipped=aggregate.skipped,
                       networks=len(summary["networks"])))
        if hidden:
            stderr_line(t("kooste_hidden", lang, hidden=hidden, min=MIN_RESPONDENTS))
        if vie not in (None, "-"):
            stderr_line(t("kooste_written", lang, path=vie))


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


def _collect(paths: list[str], lang: str, target: str | None = None,
             protected: Protected | None = None) -> Aggregate:
    """Read every export under `paths` into an Aggregate, reporting each skipped file.

    An input that is the output `target` (by name, or as a hard link) is added to
    `protected`, so that the summary never replaces a file it has just counted. A target
    that does not exist yet is never read: every input is found before anything is written.
    """
    from contextlib import ExitStack

    from verkosto.errors import Problem
    from verkosto.kooste import Aggregate, collect
    from verkosto.kooste.gather import gather
    from verkosto.safefile import identity

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
                from verkosto import render

                progress.console.print(render.message_view(line))
            else:
                stderr_line(line)

        if uses_stdin and sys.stdin is None:
            # Started with standard input closed (`<&-`): there is no list to read.
            raise InvalidInput("kooste_stdin_closed")
        stdin_lines: Any = collect.path_lines(sys.stdin.buffer) if uses_stdin else ()
        watched = identity(target) if target is not None and protected is not None else None

        def watch(items: Iterator[str | Problem]) -> Iterator[str | Problem]:
            for item in items:
                if watched is not None and isinstance(item, str) and identity(item) == watched:
                    assert protected is not None
                    protected.add(item, "output_is_input")
                yield item

        found = gather(watch(collect.iter_files(paths, stdin_lines)))
        for index, result in enumerate(found, start=1):
            if progress is None and show and (total is not None or index > PROGRESS_AFTER):
                from verkosto import render  # Rich only for a progress bar on a terminal

                progress = stack.enter_context(render.kooste_progress(lang))
                task = progress.add_task("", total=total, completed=index - 1)
            if isinstance(result, Problem):
                aggregate.skip()
                report(result)
            else:
                aggregate.add_figures(result)
            if progress is not None:
                progress.advance(task)
    return aggregate
