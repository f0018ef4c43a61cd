"""Answer sets for tests, built from the bundled instrument."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

from verkosto.instrument.model import Instrument, Text

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
    answers["verkoston_vaihe"] = "vakiintunut"
    # The staff count (10 or more: not a small organisation). A test that gives the older
    # band question `tyoyhteiso` gets that instead, as an older answers file would.
    if "tyoyhteiso" not in overrides:
        answers["tyontekijat"] = 25
    for question in instrument.questions:
        if question.when is not None and not question.when.holds(answers):
            continue
        if question.type == "scale":
            answers[question.id] = 6 - scale if question.reverse else scale
    for qid in instrument.scoring.time.hours:
        answers[qid] = hours
    answers[instrument.scoring.time.worktime] = worktime
    answers["sovitut_tunnit"] = 0
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


def iter_text_fields(instrument: Instrument) -> list[tuple[str, Text]]:
    """Return every user-facing text with a label saying where it is (for checks and tests)."""
    found: list[tuple[str, Text]] = [("instrument.title", instrument.title)]
    for dim in instrument.dimensions:
        found.append((f"dimension {dim.id} title", dim.title))
        if dim.description:
            found.append((f"dimension {dim.id} description", dim.description))
        found.extend((f"dimension {dim.id} step", s.text) for s in dim.steps)
    for q in instrument.questions:
        found.append((f"question {q.id} text", q.text))
        if q.help:
            found.append((f"question {q.id} help", q.help))
        found.extend((f"question {q.id} label", label) for label in q.labels)
        found.extend((f"question {q.id} choice", c.label) for c in q.choices)
        found.extend((f"question {q.id} choice note", c.note) for c in q.choices if c.note)
        if q.not_applicable:
            found.append((f"question {q.id} not_applicable", q.not_applicable))
        if q.unit:
            found.append((f"question {q.id} unit", q.unit))
    for level in instrument.scoring.levels:
        found.append((f"level {level.id}", level.label))
    rec = instrument.recommendation
    for outcome in rec.outcomes.values():
        found.append((f"outcome {outcome.id} title", outcome.title))
        found.append((f"outcome {outcome.id} title_joining", outcome.title_joining))
        found.extend((f"outcome {outcome.id} step", s.text) for s in outcome.steps)
    found.extend((f"reason {rid}", text) for rid, text in rec.reasons.items())
    return found


def make_export(
    instrument: Instrument,
    network: str = "Viestintäverkosto",
    when: Any = None,
    lang: str = "fi",
    **answer_options: Any,
) -> dict[str, Any]:
    """Return an export (export.to_dict) of full answers, completed at `when`."""
    from datetime import datetime, timedelta, timezone

    from verkosto.export.make import to_dict
    from verkosto.recommend import recommend
    from verkosto.scoring import score

    when = when or datetime(2026, 11, 27, 9, 0, tzinfo=timezone(timedelta(hours=2)))
    answers = full_answers(instrument, **answer_options)
    scores = score(instrument, answers)
    recommendation = recommend(instrument, scores, answers, when.date())
    return to_dict(
        instrument,
        network,
        lang,
        when - timedelta(minutes=7),
        when,
        answers,
        scores,
        recommendation,
    )


def typed_answers(instrument: Instrument, answers: dict[str, Any]) -> list[str]:
    """Turn an answer dict into the lines a person would type, in question order."""
    lines = []
    for question in instrument.questions:
        if question.id not in answers:
            continue
        value = answers[question.id]
        if value is None:
            lines.append("0" if question.type == "scale" else "")
        else:
            lines.append(str(value).replace(".", ","))
    return lines


def assess_file_in_subprocess(answers: Path, home: Path) -> subprocess.CompletedProcess[str]:
    """Run `verkosto arvioi` on an answers file in a fresh interpreter, 200 columns, Finnish."""
    env = {**os.environ, "VERKOSTO_HOME": str(home), "COLUMNS": "200", "VERKOSTO_KIELI": "fi"}
    command = ["arvioi", "--verkosto", "Koe", "--vastaukset", str(answers), "--ei-kysy"]
    return subprocess.run(
        [sys.executable, "-m", "verkosto", *command, "--ei-tallenna"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
