"""The commands about the questions file: tarkista checks it, kysymykset shows it."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from verkosto.cli.app import LangOption, QuestionsOption, handle_errors, load_instrument
from verkosto.cli.values import readable_path
from verkosto.i18n.catalog import t
from verkosto.safetext import json_text


def check(
    path: Annotated[Path | None, typer.Argument(metavar="TIEDOSTO", parser=readable_path)] = None,
    language: LangOption = None,
) -> None:
    """Run `verkosto tarkista`: load the questions file and say it is valid, or why not."""
    with handle_errors(language) as lang:
        instrument = load_instrument(path)
        typer.echo(
            t(
                "valid",
                lang,
                file=str(path) if path else "questions.yaml",
                questions=len(instrument.questions),
                dimensions=len(instrument.dimensions),
                version=instrument.version,
            )
        )


def show_questions(
    questions: QuestionsOption = None,
    as_json: Annotated[bool, typer.Option("--json")] = False,
    language: LangOption = None,
) -> None:
    """Run `verkosto kysymykset`: print the questions as a table, or as JSON."""
    with handle_errors(language) as lang:
        instrument = load_instrument(questions)
        if as_json:
            # The export module loads the questions' model: not for `--help`.
            from verkosto.export.make import instrument_to_dict

            typer.echo(json_text(instrument_to_dict(instrument, lang)))
            return
        from verkosto.render.console import make_console  # Rich only for the table
        from verkosto.render.questions import instrument_table

        make_console().print(instrument_table(instrument, lang))
