"""The commands about the questions file: tarkista checks it, kysymykset shows it."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from verkosto.cli.app import LangOption, QuestionsOption, handle_errors, load_instrument
from verkosto.i18n import t
from verkosto.safetext import json_text


def tarkista(
    tiedosto: Annotated[
        Path | None,
        typer.Argument(metavar="TIEDOSTO",
                       help="Tarkistettava kysymystiedosto (oletus: mukana tuleva)."),
    ] = None,
    kieli: LangOption = None,
) -> None:
    """Tarkista kysymystiedosto ja luettele kaikki sen virheet kerralla."""
    with handle_errors(kieli) as lang:
        instrument = load_instrument(tiedosto)
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


def kysymykset(
    kysymykset: QuestionsOption = None,
    as_json: Annotated[
        bool, typer.Option("--json", help="Tulosta kysymykset JSON-muodossa.")
    ] = False,
    kieli: LangOption = None,
) -> None:
    """Näytä kysymyssarja taulukkona (tai JSON-muodossa)."""
    with handle_errors(kieli) as lang:
        instrument = load_instrument(kysymykset)
        if as_json:
            from verkosto.export import instrument_to_dict

            typer.echo(json_text(instrument_to_dict(instrument, lang)))
            return
        from verkosto import render

        render.make_console().print(render.instrument_table(instrument, lang))
