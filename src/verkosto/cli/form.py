"""`verkosto lomake`: write the assessment as one HTML file that runs offline in a browser."""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path
from typing import Annotated

import typer

from verkosto.cli.app import (
    LangOption,
    QuestionsOption,
    data_home,
    handle_errors,
    protected_files,
    stderr_line,
)
from verkosto.cli.values import output_name, readable_path
from verkosto.errors import InvalidInput
from verkosto.export.output import STDOUT, check_target, write_output
from verkosto.i18n.catalog import t
from verkosto.i18n.formatting import number
from verkosto.web.bundle import Questions

PyodideOption = Annotated[
    Path | None,
    typer.Option("--pyodide", metavar="KANSIO", parser=readable_path),
]


def form(
    export_to: Annotated[
        str | None,
        typer.Option("--vie", "--export", "-o", metavar="TIEDOSTO", parser=output_name),
    ] = None,
    pyodide: PyodideOption = None,
    questions: QuestionsOption = None,
    language: LangOption = None,
) -> None:
    """Run `verkosto lomake`: write the assessment as one HTML file for any browser."""
    with handle_errors(language) as lang:
        from verkosto.web import bundle, runtime

        to_stdout = export_to is None or export_to == STDOUT
        if to_stdout and sys.stdout.isatty():
            # Megabytes of a runtime on a terminal help nobody: the file is the point.
            raise InvalidInput("form_output_needed")
        protected = protected_files(questions)
        check_target(export_to, protected)  # before minutes of downloading, not after
        embedded = _questions(questions)

        def say(key: str, params: dict[str, object]) -> None:
            shown = {k: number(v, lang) if isinstance(v, float) else v for k, v in params.items()}
            stderr_line(t(key, lang, **shown))

        files = runtime.obtain(pyodide, data_home(), say)
        html = bundle.build(files, embedded, lang, bundle.style(), bundle.licences())
        write_output(export_to, html, "form_write_failed", protected=protected)
        if not to_stdout:
            size = len(html.encode("utf-8")) / 1e6
            typer.echo(t("form_written", lang, path=str(export_to), size=number(size, lang)))


def _questions(path: Path | None) -> Questions:
    """Return the questions to embed, read and checked like every command reads them."""
    from verkosto import cache
    from verkosto.instrument.loader import from_data, load_text
    from verkosto.instrument.reading import bundled_path, parse_yaml, read_text

    source = path if path is not None else bundled_path()
    # Messages here name the file as the person gave it; the page gets only its name, never
    # the folders of the machine that made the form.
    shown = str(path) if path is not None else "questions.yaml"
    display = source.name if path is not None else "questions.yaml"
    text, raw = read_text(source, shown)
    sha256 = hashlib.sha256(raw).hexdigest()
    if not text.strip():
        load_text(text, shown, sha256)  # says the file is empty
    data = parse_yaml(text, shown)
    from_data(data, shown, sha256)  # a file with problems is named now, not in the page
    try:
        tree = cache.encode(data)
    except TypeError:
        raise InvalidInput("form_questions_unsupported", path=shown) from None
    return Questions(tree, sha256, display)
