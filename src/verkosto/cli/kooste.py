"""`verkosto kooste`: many respondents' exports summed up per network for an organisation."""

from __future__ import annotations

import sys
from contextlib import ExitStack
from typing import TYPE_CHECKING, Annotated, Any

import typer

from verkosto.cli.app import (
    LangOption,
    QuestionsOption,
    handle_errors,
    load_instrument,
    protected_files,
    stderr_line,
)
from verkosto.cli.values import output_name
from verkosto.errors import InvalidInput, OperationFailed, Problem
from verkosto.export.output import STDOUT, check_target, write_output
from verkosto.i18n.catalog import t
from verkosto.i18n.problems import describe_problem
from verkosto.safefile import Protected, identity
from verkosto.safetext import json_text

if TYPE_CHECKING:
    from collections.abc import Iterator

    from verkosto.kooste.summary import Aggregate

KOOSTE_FORMATS = ("taulukko", "json", "csv")
# Fewer files than this read in a moment; a bar would only flicker.
PROGRESS_AFTER = 1000


def kooste(
    paths: Annotated[list[str], typer.Argument(metavar="POLKU", show_default=False)],
    as_json: Annotated[bool, typer.Option("--json")] = False,
    output_format: Annotated[
        str | None, typer.Option("--muoto", "--format", metavar="taulukko|table|json|csv")
    ] = None,
    export_to: Annotated[
        str | None,
        typer.Option("--vie", "--export", "-o", metavar="TIEDOSTO", parser=output_name),
    ] = None,
    questions: QuestionsOption = None,
    language: LangOption = None,
) -> None:
    """Run `verkosto kooste`: sum many respondents' exports up per network."""
    with handle_errors(language) as lang:
        from verkosto.kooste import collect
        from verkosto.kooste.summary import summarise

        chosen = _kooste_format(as_json, output_format)
        collect.check_paths(paths)
        target = None if export_to in (None, STDOUT) else export_to
        # The files named are inputs whatever they are; refused before any is read. Nothing
        # is protected from standard output (nor is the history's sqlite3 imported for it).
        protected = (
            Protected()
            if target is None
            else protected_files(questions, inputs=tuple(p for p in paths if p != collect.STDIN))
        )
        check_target(target, protected)
        aggregate = _collect(paths, lang, target, protected)
        if target is not None and protected.clash(target) is None:
            # A target that is one of the files read is named as such when it is written.
            collect.check_new_in_folders(target, paths)
        if aggregate.valid == 0:
            if aggregate.skipped == 0:
                raise InvalidInput("kooste_no_files")
            raise InvalidInput("kooste_nothing_valid", skipped=aggregate.skipped)
        instrument = load_instrument(questions)
        summary = summarise(
            aggregate, [d.id for d in instrument.dimensions], instrument.scoring.min_respondents
        )
        titles = {d.id: d.title.get(lang) for d in instrument.dimensions}
        _write_summary(summary, titles, chosen, target, protected, lang)
        hidden = sum(1 for network in summary["networks"] if network["suppressed"])
        stderr_line(
            t(
                "kooste_summary",
                lang,
                read=aggregate.valid + aggregate.skipped,
                valid=aggregate.valid,
                skipped=aggregate.skipped,
                networks=len(summary["networks"]),
            )
        )
        if hidden:
            stderr_line(t("kooste_hidden", lang, hidden=hidden, min=summary["min_respondents"]))
        if target is not None:
            stderr_line(t("kooste_written", lang, path=target))


def _write_summary(
    summary: dict[str, Any],
    titles: dict[str, str],
    chosen: str,
    target: str | None,
    protected: Protected,
    lang: str,
) -> None:
    """Write the summary in the `chosen` format to `target` (None: standard output)."""
    if chosen == "json":
        text = json_text(summary) + "\n"
    elif chosen == "csv":
        from verkosto.kooste.csvfile import to_csv

        text = to_csv(summary, titles, lang)
    else:
        from verkosto.render.console import make_console, plain_text
        from verkosto.render.kooste import kooste_view  # Rich only for the table

        view = kooste_view(summary, titles, lang)
        if target is None:
            try:
                make_console().print(view)
            except OSError as error:
                raise OperationFailed("kooste_stdout_failed", path=STDOUT, reason=error) from None
            return
        text = plain_text(view)
    write_output(target, text, "kooste_write_failed", "kooste_stdout_failed", protected=protected)


def _kooste_format(as_json: bool, output_format: str | None) -> str:
    """Return the output format chosen with --json / --muoto, or raise InvalidInput."""
    chosen = (output_format or "").strip().lower() or None
    if chosen == "table":  # the English name of the same format
        chosen = "taulukko"
    if chosen is not None and chosen not in KOOSTE_FORMATS:
        raise InvalidInput("kooste_bad_format_option", value=output_format)
    if as_json and chosen not in (None, "json"):
        raise InvalidInput("kooste_format_conflict", value=output_format)
    return "json" if as_json else chosen or "taulukko"


class _Progress:
    """A progress bar on a terminal once there are many files; skipped files named above it."""

    def __init__(self, stack: ExitStack, lang: str, show: bool, total: int | None) -> None:
        """Show a bar (within `stack`) once `show` holds and the files are many."""
        self.stack = stack
        self.lang = lang
        self.show = show
        self.total = total
        self.bar: Any = None
        self.task: Any = None

    def step(self, index: int) -> None:
        """Note that file number `index` (from 1) is about to be counted."""
        if self.bar is None and self.show and (self.total is not None or index > PROGRESS_AFTER):
            from verkosto.render.kooste import (
                kooste_progress,  # Rich only for a progress bar on a terminal
            )

            self.bar = self.stack.enter_context(kooste_progress(self.lang))
            self.task = self.bar.add_task("", total=self.total, completed=index - 1)

    def advance(self) -> None:
        """Move the bar on by one file, if there is a bar."""
        if self.bar is not None:
            self.bar.advance(self.task)

    def skipped(self, problem: Problem) -> None:
        """Name a skipped file on stderr (above the bar, when there is one)."""
        line = t("kooste_skipped", self.lang, problem=describe_problem(problem, self.lang))
        if self.bar is not None:
            from verkosto.render.layout import message_view

            self.bar.console.print(message_view(line))
        else:
            stderr_line(line)


def _watched(
    items: Iterator[str | Problem], target: str | None, protected: Protected | None
) -> Iterator[str | Problem]:
    """Pass `items` on, protecting each input that is the output `target` (by identity)."""
    watched = identity(target) if target is not None and protected is not None else None
    if watched is None or protected is None:
        return items  # nothing to watch for: no layer between the files and their reading
    return _protecting(items, watched, protected)


def _protecting(
    items: Iterator[str | Problem], watched: tuple[int, int], protected: Protected
) -> Iterator[str | Problem]:
    """Yield `items`, adding to `protected` each file whose identity is `watched`."""
    for item in items:
        if isinstance(item, str) and identity(item) == watched:
            protected.add(item, "output_is_input")
        yield item


def _collect(
    paths: list[str], lang: str, target: str | None = None, protected: Protected | None = None
) -> Aggregate:
    """Read every export under `paths` into an Aggregate, reporting each skipped file.

    An input that is the output `target` (by name, or as a hard link) is added to
    `protected`, so that the summary never replaces a file it has just counted. A target
    that does not exist yet is never read: every input is found before anything is written.
    """
    from verkosto.kooste import collect
    from verkosto.kooste.gather import gather
    from verkosto.kooste.summary import Aggregate

    aggregate = Aggregate()
    uses_stdin = collect.STDIN in paths
    show = sys.stderr.isatty()
    total: int | None = None
    if show and not uses_stdin:
        total = collect.count_files(paths)
        show = total > PROGRESS_AFTER
    if uses_stdin and sys.stdin is None:
        # Started with standard input closed (`<&-`): there is no list to read.
        raise InvalidInput("kooste_stdin_closed")
    stdin_lines: Any = collect.path_lines(sys.stdin.buffer) if uses_stdin else ()
    with ExitStack() as stack:
        progress = _Progress(stack, lang, show, total)
        found = gather(_watched(collect.iter_files(paths, stdin_lines), target, protected))
        for index, result in enumerate(found, start=1):
            progress.step(index)
            if isinstance(result, Problem):
                aggregate.skip()
                progress.skipped(result)
            else:
                aggregate.add_figures(result)
            progress.advance()
    return aggregate
