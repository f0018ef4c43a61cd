"""Make the export of one assessment (plain data and JSON) and write it."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from verkosto import __version__, explain, store
from verkosto.export.names import EXPORT_SCHEMA
from verkosto.export.output import STDOUT, write_output
from verkosto.safetext import json_safe

if TYPE_CHECKING:
    from verkosto.instrument.model import Answer, Instrument
    from verkosto.recommend import Recommendation
    from verkosto.safefile import Protected
    from verkosto.scoring import Scores


SCHEMA_FILE = "verkosto-arvio-1.schema.json"


def to_dict(
    instrument: Instrument,
    network: str,
    lang: str,
    started_at: datetime,
    completed_at: datetime,
    answers: Mapping[str, Answer],
    scores: Scores,
    recommendation: Recommendation,
) -> dict[str, Any]:
    """Return the export as plain data in the documented shape."""
    said = explain.words(instrument, recommendation, lang)
    return {
        "schema": EXPORT_SCHEMA,
        "tool_version": __version__,
        "instrument": {
            "id": instrument.id,
            "version": instrument.version,
            "sha256": instrument.sha256,
        },
        "language": lang,
        "network": network,
        "started_at": started_at.isoformat(timespec="seconds"),
        "completed_at": completed_at.isoformat(timespec="seconds"),
        "answers": dict(answers),
        "dimensions": {
            did: {"score": dim.score, "level": dim.level} for did, dim in scores.dimensions.items()
        },
        "time": {
            "hours_per_month": scores.time.hours_per_month,
            "share_of_worktime": scores.time.share,
            "agreed_hours_per_month": scores.time.agreed,
            "unagreed_share_of_worktime": scores.time.unagreed_share,
        },
        "balance": {
            "benefit": scores.balance.benefit,
            "cost": scores.balance.cost,
            "ratio": scores.balance.ratio,
        },
        "recommendation": {
            "id": recommendation.id,
            "title": said.title,
            "reasons": list(said.reasons),
            "next_steps": list(said.steps),
            "next_review": recommendation.next_review.isoformat(),
            "borderline": recommendation.borderline,
            # Worded for someone considering joining: shown again the same way later.
            "joining": recommendation.joining,
            "what_would_change": [
                {
                    "direction": change.direction,
                    "outcome": change.outcome,
                    "text": text,
                    "answers": dict(change.answers),
                }
                for change, text in zip(recommendation.changes, said.changes, strict=True)
                if text
            ],
        },
    }


def instrument_to_dict(instrument: Instrument, lang: str) -> dict[str, Any]:
    """Return the instrument in the documented `kysymykset --json` shape."""
    return {
        "instrument": {"id": instrument.id, "version": instrument.version},
        "dimensions": [
            {"id": d.id, "title": d.title.get(lang), "side": d.side} for d in instrument.dimensions
        ],
        "questions": [
            {
                "id": q.id,
                "dimension": q.dimension,
                "type": q.type,
                "text": q.text.get(lang),
                "reverse": q.reverse,
                "min": q.min,
                "max": q.max,
                "choices": [{"value": c.value, "label": c.label.get(lang)} for c in q.choices]
                if q.type == "choice"
                else None,
                "when": q.when.to_dict() if q.when else None,
            }
            for q in instrument.questions
        ],
    }


def dumps(data: Mapping[str, Any]) -> str:
    """Serialise an export as readable UTF-8 JSON."""
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def schema() -> dict[str, Any]:
    """Return the JSON Schema of the export, shipped inside the package."""
    from importlib import resources

    text = (resources.files("verkosto") / "schemas" / SCHEMA_FILE).read_text("utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded


def write(
    target: str, text: str, keep_in: Path, completed_at: datetime, protected: Protected
) -> None:
    """Write the export to a file atomically, or to stdout when `target` is '-'.

    If it cannot be written, the assessment is kept in the data folder `keep_in` so that
    nothing is lost, and OperationFailed says why and where it went. A target in `protected`
    is refused (OutputRefused) before anything is written.
    """
    # On a terminal, DEL, C1 and bidi controls are shown escaped (the same JSON data).
    shown = json_safe(text) if target == STDOUT else text
    write_output(
        target,
        shown,
        "export_write_failed",
        "stdout_write_failed",
        keep=lambda: store.keep_assessment(keep_in, text, completed_at),
        protected=protected,
    )
