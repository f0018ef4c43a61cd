"""`verkosto raportti`: one assessment as a report in Markdown, HTML or plain text."""

from __future__ import annotations

import re
import shutil
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from verkosto.cli.app import (
    LangOption,
    QuestionsOption,
    handle_errors,
    load_instrument,
    protected_files,
    stderr_line,
)
from verkosto.cli.stored import NetworkFilter, history_db, known_networks, resolve, warn_damaged
from verkosto.cli.values import output_name
from verkosto.errors import InvalidInput, OperationFailed
from verkosto.export.output import STDOUT, write_output
from verkosto.i18n.catalog import t
from verkosto.languages import LANGUAGES

# An assessment's number in the history (ASCII digits only): anything else names a file.
NUMBER = re.compile(r"[0-9]+")


def report(
    source: Annotated[str | None, typer.Argument(metavar="TIEDOSTO.json|NRO")] = None,
    latest: Annotated[bool, typer.Option("--viimeisin", "--latest")] = False,
    network: NetworkFilter = None,
    report_format: Annotated[
        str, typer.Option("--muoto", "--format", metavar="md|html|txt")
    ] = "md",
    export_to: Annotated[
        str | None,
        typer.Option("--vie", "--export", "-o", metavar="TIEDOSTO", parser=output_name),
    ] = None,
    # The option's earlier name, still accepted; the help shows the common names only.
    output: Annotated[str | None, typer.Option("--output", metavar="TIEDOSTO", hidden=True)] = None,
    include_free_text: Annotated[
        bool, typer.Option("--mukaan-vapaa-sana", "--include-free-text")
    ] = False,
    questions: QuestionsOption = None,
    language: LangOption = None,
) -> None:
    """Run `verkosto raportti`: one assessment as a report in Markdown, HTML or plain text."""
    with handle_errors(language) as lang:
        from verkosto.report.compose import FORMATS, gather, render

        target = _target(export_to, output)
        fmt = report_format.strip().lower()
        if fmt not in FORMATS:
            raise InvalidInput("report_format_unknown", value=report_format)
        if source is not None and latest:
            raise InvalidInput("report_source_both")
        db = history_db()
        export = _chosen(db, source, latest, network, lang)
        if export is None:
            return
        if language is None and export.get("language") in LANGUAGES:
            # The stored reasons and steps are in the assessment's language: match them.
            lang = str(export["language"])
        gathered = gather(
            export,
            load_instrument(questions),
            lang,
            _earlier(db, export, lang),
            include_free_text=include_free_text,
        )
        text = render(gathered, fmt, _width(target))
        # A bare number is a stored assessment (read from the history), not a file.
        inputs = () if source is None or NUMBER.fullmatch(source.strip()) else (source,)
        write_output(
            target, text, "report_write_failed", protected=protected_files(questions, inputs=inputs)
        )
        if gathered.notes_withheld:
            stderr_line(t("report_note_hint", lang))
        if target is not None and target != STDOUT:
            typer.echo(t("report_written", lang, path=target))


def _target(export_to: str | None, output: str | None) -> str | None:
    """Return where the report goes: --vie or its earlier name --output (None: stdout)."""
    if export_to is not None and output is not None:
        raise InvalidInput("report_output_both")
    if output is not None:
        if not output.strip():
            raise InvalidInput("usage_empty_path", name="--output")
        return output
    return export_to


def _chosen(
    db: Path, source: str | None, latest: bool, network: str | None, lang: str
) -> dict[str, Any] | None:
    """Return the export the report is about (None: the history is empty, and said so)."""
    from verkosto import history

    if source is not None:
        return resolve(db, source, lang)[0]
    if not (latest or network is not None):
        raise InvalidInput("report_source_needed")
    stored, damaged = history.read(db, network)
    warn_damaged(damaged, lang)
    if stored:
        return stored[0].export
    everything = history.assessments(db)
    if network is not None and everything:
        raise InvalidInput(
            "history_network_unknown", network=network, known=known_networks(everything)
        )
    typer.echo(t("history_empty", lang))
    return None


def _width(target: str | None) -> int:
    """Return the text report's width: a narrow terminal's, else 78 (always in a file)."""
    if (target is None or target == STDOUT) and sys.stdout.isatty():
        return max(60, min(78, shutil.get_terminal_size((78, 24)).columns))
    return 78


def _earlier(db: Path, export: dict[str, Any], lang: str) -> list[dict[str, Any]]:
    """Return the stored assessments of the report's network, for its trend (any order).

    A history that cannot be read is named on stderr, and the report goes on without the
    trend: a report of a file does not otherwise need the history.
    """
    from verkosto import history

    network = export.get("network")
    if not isinstance(network, str):
        return []
    try:
        stored, _ = history.read(db, network)  # a damaged row was named when it mattered
    except OperationFailed as error:
        stderr_line(t(error.key, lang, **error.params))
        stderr_line(t("report_no_trend", lang))
        return []
    return [s.export for s in stored]
