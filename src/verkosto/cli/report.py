"""`verkosto raportti`: one assessment as a report in Markdown, HTML or plain text."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from verkosto.cli.app import (
    LangOption,
    QuestionsOption,
    handle_errors,
    load_instrument,
    stderr_line,
)
from verkosto.cli.stored import NetworkFilter, history_db, known_networks, resolve, warn_damaged
from verkosto.errors import InvalidInput, OperationFailed
from verkosto.i18n import LANGUAGES, t


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
        typer.Option("--vie", "--export", "-o", metavar="TIEDOSTO",
                     help="Kirjoita raportti tiedostoon (oletus: vakiotuloste)."),
    ] = None,
    output: Annotated[
        str | None,
        # The option's earlier name, still accepted; the help shows the common names only.
        typer.Option("--output", metavar="TIEDOSTO", hidden=True),
    ] = None,
    mukaan_vapaa_sana: Annotated[
        bool,
        typer.Option("--mukaan-vapaa-sana", "--include-free-text",
                     help="Ota vapaan sanan vastaus mukaan raporttiin (oletus: vain maininta)."),
    ] = False,
    kysymykset: QuestionsOption = None,
    kieli: LangOption = None,
) -> None:
    """Tee yhdestä arviosta raportti esihenkilölle tai järjestölle (Markdown, HTML tai teksti)."""
    with handle_errors(kieli) as lang:
        from verkosto import history, report
        from verkosto.export import STDOUT, write_output

        if vie is not None and output is not None:
            raise InvalidInput("report_output_both")
        if output is not None:
            if not output.strip():
                raise InvalidInput("usage_empty_path", name="--output")
            vie = output
        fmt = muoto.strip().lower()
        if fmt not in report.FORMATS:
            raise InvalidInput("report_format_unknown", value=muoto)
        if tiedosto is not None and viimeisin:
            raise InvalidInput("report_source_both")
        db = history_db()
        if tiedosto is not None:
            export, _ = resolve(db, tiedosto, lang)
        elif viimeisin or verkosto is not None:
            stored, damaged = history.read(db, verkosto)
            warn_damaged(damaged, lang)
            if not stored:
                everything = history.assessments(db)
                if verkosto is not None and everything:
                    raise InvalidInput("history_network_unknown", network=verkosto,
                                       known=known_networks(everything))
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
        instrument = load_instrument(kysymykset)
        gathered = report.gather(export, instrument, lang, _earlier(db, export, lang),
                                 include_free_text=mukaan_vapaa_sana)
        text = report.render(gathered, fmt, width)
        import re

        from verkosto.cli.app import protected_files

        # A bare number is a stored assessment (read from the history), not a file.
        inputs = () if tiedosto is None or re.fullmatch(r"[0-9]+", tiedosto.strip()) \
            else (tiedosto,)
        write_output(vie, text, "report_write_failed",
                     protected=protected_files(kysymykset, inputs=inputs))
        if gathered.notes_withheld:
            stderr_line(t("report_note_hint", lang))
        if vie is None or vie == STDOUT:
            return
        typer.echo(t("report_written", lang, path=vie))


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
