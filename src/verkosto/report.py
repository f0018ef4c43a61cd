"""A report of one assessment to share: Markdown, plain text or self-contained HTML.

What a report says is gathered in `report_contents` and laid out in `report_formats`;
`build` puts the two together.

Reading an export file also lives here (an export concern): `load_export` checks the shape
that the report, the comparison and the history rely on.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from verkosto.answers import EXPORT_SCHEMA
from verkosto.collect import NotFinite, check_loose, refuse_non_finite
from verkosto.compare import completed_on
from verkosto.errors import Problem, ProblemsError
from verkosto.instrument import Instrument, read_text
from verkosto.report_contents import Contents, DimensionRow, Export, contents, visible_contents
from verkosto.report_formats import to_html, to_markdown, to_text
from verkosto.safetext import visible_data

FORMATS = ("md", "html", "txt")

# Names the CLI and the tests import from here; they live in the modules named above.
__all__ = [
    "FORMATS",
    "Contents",
    "DimensionRow",
    "build",
    "check_export",
    "contents",
    "load_export",
    "to_html",
    "to_markdown",
    "to_text",
]

_REQUIRED: tuple[tuple[str, type | tuple[type, ...]], ...] = (
    ("network", str),
    ("completed_at", str),
    ("language", str),
    ("instrument", dict),
    ("answers", dict),
    ("dimensions", dict),
    ("time", dict),
    ("balance", dict),
    ("recommendation", dict),
)
_RECOMMENDATION: tuple[tuple[str, type | tuple[type, ...]], ...] = (
    ("id", str),
    ("title", str),
    ("reasons", list),
    ("next_steps", list),
    ("next_review", str),
)


def check_export(data: Any, display: str) -> list[Problem]:
    """Return the problems that keep `data` from being used as an export (empty if none)."""
    if not isinstance(data, dict) or data.get("schema") != EXPORT_SCHEMA:
        return [Problem("export_not_export", file=display)]
    problems: list[Problem] = []

    def need(node: Mapping[str, Any], key: str, kind: type | tuple[type, ...], where: str,
             ) -> None:
        if key not in node:
            problems.append(Problem("missing_key", {"key": where}, display))
        elif not isinstance(node[key], kind):
            expected = "text" if kind is str else "list" if kind is list else "mapping"
            problems.append(Problem("wrong_type", {"key": where, "expected": expected}, display))

    for key, kind in _REQUIRED:
        need(data, key, kind, key)
    recommendation = data.get("recommendation")
    if isinstance(recommendation, dict):
        for key, kind in _RECOMMENDATION:
            need(recommendation, key, kind, f"recommendation.{key}")
    for dim, entry in (data.get("dimensions") or {}).items() if isinstance(
        data.get("dimensions"), dict
    ) else ():
        if not isinstance(entry, dict):
            problems.append(Problem("wrong_type", {"key": f"dimensions.{dim}",
                                                   "expected": "mapping"}, display))
    if not problems and completed_on(data) is None:
        problems.append(Problem("wrong_type", {"key": "completed_at", "expected": "text"},
                                display))
    if not problems and (loose := check_loose(data)) is not None:
        # A name with control characters, a number that is text, infinite or absurd.
        problems.append(Problem(loose.key, loose.params, display))
    return problems


def load_export(path: Path) -> dict[str, Any]:
    """Read a JSON export file and check its shape, or raise ProblemsError naming the file."""
    display = str(path)
    try:
        text, _ = read_text(path, display)
    except ProblemsError as error:
        raise ProblemsError("export_invalid", error.problems) from None
    try:
        data = json.loads(text, parse_constant=refuse_non_finite)
    except json.JSONDecodeError as error:
        problem = Problem("answers_json_syntax", {"detail": error.msg, "column": error.colno},
                          display, error.lineno)
        raise ProblemsError("export_invalid", [problem]) from None
    except NotFinite as error:
        problem = Problem("kooste_not_json", {"detail": str(error)}, display)
        raise ProblemsError("export_invalid", [problem]) from None
    except (ValueError, RecursionError):
        raise ProblemsError("export_invalid", [Problem("number_too_long", file=display)]) from None
    problems = check_export(data, display)
    if problems:
        raise ProblemsError("export_invalid", problems)
    assert isinstance(data, dict)
    return dict(visible_data(data))


# --------------------------------------------------------------------------- the report
# What a report says is gathered in `report_contents`; its formats are in `report_formats`.


def build(export: Export, instrument: Instrument, lang: str, fmt: str, width: int = 78) -> str:
    """Return the report of one export in the format `fmt` (md, html or txt)."""
    gathered = visible_contents(contents(export, instrument, lang))
    if fmt == "html":
        return to_html(gathered)
    if fmt == "txt":
        return to_text(gathered, width)
    return to_markdown(gathered)
