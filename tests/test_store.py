from __future__ import annotations

import os
from datetime import UTC, datetime

import pytest

from verkosto import store

WHEN = datetime(2026, 11, 27, 9, 30, 0, tzinfo=UTC)


def test_data_dir_prefers_verkosto_home(tmp_path, monkeypatch):
    monkeypatch.setenv("VERKOSTO_HOME", str(tmp_path / "x"))
    assert store.data_dir("/elsewhere") == tmp_path / "x"
    monkeypatch.delenv("VERKOSTO_HOME")
    assert str(store.data_dir("/elsewhere")) == "/elsewhere"


def test_ensure_private_dir_creates_private_folders_and_leaves_existing_ones(tmp_path):
    os.chmod(tmp_path, 0o755)
    target = tmp_path / "a" / "b"
    store.ensure_private_dir(target)
    assert tmp_path.stat().st_mode & 0o777 == 0o755
    assert (tmp_path / "a").stat().st_mode & 0o777 == 0o700
    assert target.stat().st_mode & 0o777 == 0o700


def test_atomic_write_replaces_whole_file_with_private_mode(tmp_path):
    path = tmp_path / "out.json"
    path.write_text("old", encoding="utf-8")
    store.atomic_write(path, "uusi sisältö")
    assert path.read_text("utf-8") == "uusi sisältö"
    assert path.stat().st_mode & 0o777 == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]


def test_atomic_write_failure_leaves_nothing_behind(tmp_path, monkeypatch):
    path = tmp_path / "out.json"
    path.write_text("old", encoding="utf-8")

    def broken_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(store.os, "replace", broken_replace)
    with pytest.raises(OSError):
        store.atomic_write(path, "new")
    assert path.read_text("utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]


def test_keep_assessment_never_overwrites(tmp_path):
    first = store.keep_assessment(tmp_path, "{}", WHEN)
    second = store.keep_assessment(tmp_path, "{ }", WHEN)
    assert first != second
    assert first.name == "arvio-20261127-093000.json"
    assert first.read_text("utf-8") == "{}" and second.read_text("utf-8") == "{ }"
