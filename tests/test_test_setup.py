"""The tests' own set-up: which tests start with the bundled questions already parsed."""

from __future__ import annotations

from pathlib import Path

import pytest

from verkosto import cache


def test_a_test_starts_with_the_bundled_questions_in_the_cache(isolated_env: Path):
    (entry,) = [path for path in isolated_env.rglob("*") if path.is_file()]
    assert entry.parent == isolated_env / cache.FOLDER
    assert entry.name.startswith("kysymykset-") and entry.stat().st_size > 0


@pytest.mark.cold_data_folder
def test_a_test_marked_cold_starts_from_an_empty_data_folder(isolated_env: Path):
    assert list(isolated_env.iterdir()) == []


@pytest.mark.parametrize(
    "module", ["test_cache", "test_leftovers", "test_numbers_written", "test_without_posix_calls"]
)
def test_the_modules_that_test_the_cache_are_marked_cold(module: str):
    marks = pytest.importorskip(module).pytestmark
    assert "cold_data_folder" in {
        mark.name for mark in (marks if isinstance(marks, list) else [marks])
    }
