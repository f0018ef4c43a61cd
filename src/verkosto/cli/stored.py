"""What the commands that read stored assessments share: options, lookups and warnings."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated, Any

import typer

from verkosto.cli.app import data_home, stderr_line
from verkosto.errors import InvalidInput
from verkosto.i18n.catalog import t
from verkosto.i18n.formatting import format_date
from verkosto.i18n.problems import describe_problem

NetworkFilter = Annotated[str | None, typer.Option("--verkosto", "--network", metavar="NIMI")]
JsonFlag = Annotated[bool, typer.Option("--json")]


def warn_damaged(damaged: list[Any], lang: str) -> None:
    """Name each damaged history row on stderr: it is skipped, never blocks the others."""
    for row in damaged:
        stderr_line(
            t("history_row_damaged", lang, id=row.id, problem=describe_problem(row.problem, lang))
        )


def history_db() -> Path:
    """Return the history database in the person's data folder."""
    from verkosto import history

    return history.database_path(data_home())


def known_networks(stored: list[Any]) -> str:
    """Return the names of the networks in `stored`, for a message about a wrong name."""
    from verkosto.compare import latest_per_network

    names = [
        str(e.get("network")) for _, e in latest_per_network([(s.id, s.export) for s in stored])
    ]
    return ", ".join(names) or "–"


def resolve(db: Path, ref: str, lang: str) -> tuple[dict[str, Any], str]:
    """Return the export that `ref` names and a label: a bare number is a stored assessment.

    A file is read only when `ref` clearly is a path (it has a '/' or ends in .json), so a
    file named `1` in the working folder never stands in for assessment #1 (use ./1).
    """
    from verkosto import history
    from verkosto.export.read import load_export

    # ASCII digits only: "²" is a digit to str.isdigit but no number to int().
    if re.fullmatch(r"[0-9]+", ref.strip()):
        check_id(ref.strip())
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
    return export, _dated(label, export, lang)


def stored_label(stored: Any, lang: str) -> str:
    """Return a stored assessment's label for a comparison: its number and date."""
    return _dated(f"#{stored.id}", stored.export, lang)


def _dated(label: str, export: dict[str, Any], lang: str) -> str:
    from verkosto.export.check import completed_on

    day = completed_on(export)
    return f"{label} ({format_date(day, lang)})" if day else label


def check_id(digits: str) -> None:
    """Raise InvalidInput if a number typed as an assessment id is beyond any id."""
    from verkosto.history import MAX_ID

    # Compared as text first: int() refuses more than 4,300 digits with a ValueError.
    if len(digits.lstrip("0")) > len(str(MAX_ID)) or int(digits) > MAX_ID:
        shown = digits if len(digits) <= 30 else digits[:20] + "…"
        raise InvalidInput("id_out_of_range", value=shown)
