"""The tests' own set-up: which tests start with the bundled questions already parsed."""

from __future__ import annotations

from pathlib import Path

from conftest import cache_is_tested_in

HERE = Path(__file__).resolve().parent


def test_a_test_starts_with_the_bundled_questions_in_the_cache(isolated_env: Path):
    (entry,) = [path for path in isolated_env.rglob("*") if path.is_file()]
    assert entry.name.startswith("kysymykset-") and entry.stat().st_size > 0


def test_the_modules_that_test_the_cache_start_from_an_empty_data_folder():
    for module in ("test_cache.py", "test_leftovers.py", "test_numbers_written.py"):
        assert cache_is_tested_in(HERE / module), module
    for module in ("test_cli.py", "test_scoring.py", "test_lomake_browser.py"):
        assert not cache_is_tested_in(HERE / module), module
