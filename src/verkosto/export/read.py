"""Export files read and checked: strictly for `kooste`, loosely for `raportti` and `vertaa`.

Both go through `parse.read_json`, as do JSON answers files and history rows, so every
reader refuses the same things with the same words.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from verkosto.errors import Problem, ProblemsError
from verkosto.export.check import check_export
from verkosto.export.names import display
from verkosto.export.parse import Unreadable, read_json
from verkosto.export.strict import validate
from verkosto.safetext import visible_data


def read_export(path: str) -> dict[str, Any] | Problem:
    """Read and check one file; return the export, or the Problem that makes it unusable."""
    try:
        data = read_json(path)
    except Unreadable as error:
        return error.problem
    problem = validate(data)
    if problem is not None:
        return replace(problem, file=display(path))
    assert isinstance(data, dict)
    return data


def load_export(path: Path) -> dict[str, Any]:
    """Read an export file to report on or compare, or raise ProblemsError naming the file.

    Looser than `read_export` (an export of another tool version is fine), but every part a
    report or a comparison reads is checked, and its texts are made safe to show.
    """
    try:
        data = read_json(str(path))
    except Unreadable as error:
        raise ProblemsError("export_invalid", [error.problem]) from None
    problems = check_export(data, display(str(path)))
    if problems:
        raise ProblemsError("export_invalid", problems)
    assert isinstance(data, dict)
    return dict(visible_data(data))
