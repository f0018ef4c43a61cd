"""Answer sets for tests, built from the bundled instrument."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path
from typing import Any

from verkosto.instrument import Instrument

REPO = Path(__file__).resolve().parents[1]


def full_answers(
    instrument: Instrument,
    scale: int = 4,
    phase: str = "jasen",
    tenure: str = "1-3v",
    hours: float = 2.0,
    worktime: float = 150.0,
    **overrides: Any,
) -> dict[str, Any]:
    """Return answers to every question that applies, with one value for all scale items.

    Reverse-coded items get the mirrored value, so every dimension scores `scale`.
    """
    answers: dict[str, Any] = {"vaihe": phase, "rooli": "osallistuja"}
    if phase == "jasen":
        answers["kesto"] = tenure
    for question in instrument.questions:
        if question.when is not None and not question.when.holds(answers):
            continue
        if question.type == "scale":
            answers[question.id] = 6 - scale if question.reverse else scale
    for qid in instrument.scoring.time.hours:
        answers[qid] = hours
    answers[instrument.scoring.time.worktime] = worktime
    answers["huomiot"] = None
    answers.update(overrides)
    return answers


def verkosto_command() -> str:
    """Return the installed console script (the one beside this Python, else on PATH)."""
    beside = Path(sys.executable).parent / "verkosto"
    if beside.exists():
        return str(beside)
    found = shutil.which("verkosto")
    assert found, "the verkosto console script is not installed"
    return found
