"""A finished assessment: score it, store it (history, export), then show it.

Everything is stored before anything is drawn, so no display problem can lose it, and a
failure to store is said with where the assessment went instead (a file of its own, or the
terminal as the last place left). Called by `session.assess` and by the browser's assessment.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from verkosto import store
from verkosto.errors import Interrupted, OperationFailed
from verkosto.session_ports import Options, Ui

if TYPE_CHECKING:
    from verkosto.instrument.model import Answers, Instrument


def finish(
    instrument: Instrument,
    network: str,
    answers: Answers,
    started_at: datetime,
    options: Options,
    home: Path,
    ui: Ui,
    forget_draft: Callable[[], None],
    now: Callable[[], datetime],
    questions: Path | None = None,
) -> None:
    """Score, keep (history, export) and show one finished assessment.

    Everything is stored before anything is drawn, so no display problem can lose it; the
    draft is forgotten only once the assessment is stored somewhere, or shown when the person
    asked for neither history nor export. `questions` is the questions file read (an export
    must not replace it).
    """
    from verkosto.export.make import to_dict
    from verkosto.recommend import recommend
    from verkosto.scoring import score

    completed_at = now()
    scores = score(instrument, answers)
    recommendation = recommend(instrument, scores, answers, completed_at.date())
    # The stored record carries the reasons in words, in the language the answers were in.
    data = to_dict(
        instrument,
        network,
        options.language,
        started_at,
        completed_at,
        answers,
        scores,
        recommendation,
    )
    kept = _Kept(data, completed_at, home, forget_draft)
    failed, recorded, exported = _store(kept, options, questions)
    try:
        ui.show_result(instrument, network, scores, recommendation)
    except OSError as error:
        if recorded or exported:
            raise
        # Shown nowhere and stored nowhere (--ei-tallenna, no export): keep it as a file.
        kept_path = kept.as_file()
        forget_draft()
        raise OperationFailed("output_failed_kept", reason=error, kept=str(kept_path)) from None
    if recorded:
        ui.notify("saved_to_history", {})
    if failed is not None:
        _raise_failed(failed, ui, data, recorded or exported)
    if options.export is not None and options.export != "-":
        ui.notify("exported", {"path": options.export})
    if not options.keep_history and options.export is None:
        forget_draft()


def _raise_failed(failed: OperationFailed, ui: Ui, data: dict[str, Any], stored: bool) -> NoReturn:
    """Raise the storing failure; print the assessment first if no file on disk has it."""
    kept = "kept" in failed.params or any("kept" in p for _, p in failed.details)
    if not (stored or kept):
        # Nowhere on disk took it (a full disk, say): the terminal is the last place left.
        ui.print_assessment(data)
        failed.details.append(("assessment_printed", {}))
    raise failed


@dataclass(frozen=True)
class _Kept:
    """A finished assessment on its way to the data folder, and the draft it replaces."""

    data: dict[str, Any]
    completed_at: datetime
    home: Path
    forget_draft: Callable[[], None]

    def as_file(self) -> Path:
        """Keep the assessment as a file of its own; return it or raise OSError."""
        from verkosto.export.make import dumps

        return store.keep_assessment(self.home, dumps(self.data), self.completed_at)


def _store(
    kept: _Kept, options: Options, questions: Path | None
) -> tuple[OperationFailed | None, bool, bool]:
    """Record and export the assessment; return the first failure, recorded, exported."""
    failed: OperationFailed | None = None
    if options.keep_history:
        failed = _record(kept, options)
    recorded = options.keep_history and failed is None
    exported = False
    if options.export is not None:
        exported, failed = _export(kept, options.export, options, questions, recorded, failed)
    return failed, recorded, exported


def _record(kept: _Kept, options: Options) -> OperationFailed | None:
    """Store the assessment in the history; return the failure (kept as a file if it can be)."""
    from verkosto import history  # sqlite3 only when the history is used

    try:
        history.record(history.database_path(kept.home), kept.data)
    except OperationFailed as error:
        if options.export is None:
            error = _keep_elsewhere(error, kept)
            if "kept" in error.params:
                kept.forget_draft()
        return error
    kept.forget_draft()
    return None


def _export(
    kept: _Kept,
    target: str,
    options: Options,
    questions: Path | None,
    recorded: bool,
    failed: OperationFailed | None,
) -> tuple[bool, OperationFailed | None]:
    """Write the export to `target` ("-" is stdout); return whether it was, and the failure."""
    from verkosto.export.make import dumps, write
    from verkosto.export.output import STDOUT
    from verkosto.safefile import Protected

    try:
        # Nothing is protected from standard output (nor is the history's sqlite3 imported).
        protected = (
            Protected()
            if target == STDOUT
            else store.protected_files(kept.home, questions, options.answers)
        )
        write(target, dumps(kept.data), kept.home, kept.completed_at, protected)
        kept.forget_draft()
    except KeyboardInterrupt:
        # Stopped while writing the export (a pipe nobody reads): say what is kept.
        if recorded:
            raise Interrupted("interrupted_stored") from None
        raise
    except OperationFailed as error:
        if failed is None:
            failed = error
        else:
            failed.details.append((error.key, error.params))
        if "kept" in error.params:
            kept.forget_draft()
        return False, failed
    return True, failed


def _keep_elsewhere(error: OperationFailed, kept: _Kept) -> OperationFailed:
    """Keep an assessment the history could not take as a file, and say where it went."""
    try:
        path = kept.as_file()
    except OSError:
        return error
    error.details.append(("history_kept", {"kept": str(path)}))
    error.params["kept"] = str(path)
    return error
