"""A full disk: the finished assessment is kept somewhere, and the message says the disk is full."""

from __future__ import annotations

import errno
import json
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest
from typer.testing import CliRunner

from verkosto import history, history_failures, store
from verkosto.cli.app import app

from helpers import full_answers

runner = CliRunner()


def full(*args, **kwargs):
    raise OSError(errno.ENOSPC, "No space left on device")


def test_sqlites_disk_full_is_told_as_a_full_disk(tmp_path):
    error = sqlite3.OperationalError("database or disk is full")
    error.sqlite_errorcode = 13  # type: ignore[attr-defined]
    reason = history_failures.reason(error, tmp_path / "historia.sqlite3")
    assert isinstance(reason, OSError) and reason.errno == errno.ENOSPC
    other = sqlite3.OperationalError("no such table")
    other.sqlite_errorcode = 1  # type: ignore[attr-defined]
    assert history_failures.reason(other, tmp_path / "x") == "no such table"


def test_a_kept_copy_goes_to_the_temp_folder_when_the_data_folder_is_full(tmp_path, monkeypatch):
    monkeypatch.setattr(store, "data_subdir", full)
    monkeypatch.setattr("tempfile.tempdir", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    kept = store.keep_assessment(tmp_path / "home", '{"a": 1}', datetime(2026, 11, 30, 9))
    assert kept.parent.parent == tmp_path / "tmp"
    assert json.loads(kept.read_text()) == {"a": 1}
    assert kept.stat().st_mode & 0o777 == 0o600


def test_with_no_room_anywhere_the_assessment_is_printed_and_the_disk_named(
    tmp_path, bundled, monkeypatch
):
    from verkosto.errors import OperationFailed

    def history_full(db, export):
        raise OperationFailed(
            "history_write_failed",
            path=str(db),
            reason=OSError(errno.ENOSPC, "No space left on device"),
        )

    monkeypatch.setattr(history, "record", history_full)
    monkeypatch.setattr(store, "keep_assessment", full)
    answers = tmp_path / "a.json"
    answers.write_text(json.dumps(full_answers(bundled)), encoding="utf-8")
    result = runner.invoke(
        app, ["arvioi", "--verkosto", "Täysi levy", "--vastaukset", str(answers)]
    )
    assert result.exit_code == 1
    assert isinstance(result.exception, SystemExit)
    assert "levy on täynnä" in result.stderr
    assert "tulostettiin yllä JSON-muodossa" in result.stderr
    printed = result.stderr[result.stderr.index("{") : result.stderr.rindex("}") + 1]
    data = json.loads(printed)
    assert data["network"] == "Täysi levy"
    assert data["answers"] == json.loads(answers.read_text())


@pytest.mark.parametrize("where", ["history", "copy"])
def test_when_one_place_works_nothing_is_printed(tmp_path, bundled, monkeypatch, where):
    from verkosto.errors import OperationFailed

    def history_full(db, export):
        raise OperationFailed(
            "history_write_failed",
            path=str(db),
            reason=OSError(errno.ENOSPC, "No space left on device"),
        )

    if where == "copy":
        monkeypatch.setattr(history, "record", history_full)
    answers = tmp_path / "a.json"
    answers.write_text(json.dumps(full_answers(bundled)), encoding="utf-8")
    result = runner.invoke(app, ["arvioi", "--verkosto", "X", "--vastaukset", str(answers)])
    assert "tulostettiin yllä" not in result.stderr
    assert result.exit_code == (1 if where == "copy" else 0)
    if where == "copy":
        assert "levy on täynnä" in result.stderr
        kept = Path(result.stderr.split("arvio-")[0].split()[-1] + "x").parent
        assert kept.name == "arviot" and any(kept.glob("arvio-*.json"))
