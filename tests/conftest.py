"""Shared fixtures: a private data folder, colour off, a fixed width and language."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import settings

# The same examples on every run, so CI never passes or fails by luck; found failures
# are kept as plain parametrised tests.
settings.register_profile("verkosto", derandomize=True, deadline=None)
settings.load_profile("verkosto")


def pytest_addoption(parser: pytest.Parser) -> None:
    """Add --slow: the README's test command and CI run every test; plain `pytest` is quick."""
    parser.addoption(
        "--slow",
        action="store_true",
        help="also run the tests marked slow (Hypothesis properties, real "
        "terminals, start-up timing)",
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Mark every Hypothesis test slow, and leave the slow ones out of a plain run.

    They still run with --slow, with -m, or when files or tests are named on the command
    line (whoever names a test wants it run).
    """
    for item in items:
        if getattr(getattr(item, "obj", None), "is_hypothesis_test", False):
            item.add_marker(pytest.mark.slow)
    named = getattr(config, "args_source", None) == pytest.Config.ArgsSource.ARGS
    if config.getoption("--slow") or config.getoption("-m") or named:
        return
    slow = [item for item in items if item.get_closest_marker("slow")]
    if slow:
        config.hook.pytest_deselected(items=slow)
        items[:] = [item for item in items if not item.get_closest_marker("slow")]


def pytest_configure(config: pytest.Config) -> None:
    """Let Ctrl-C reach the processes the tests start, and make missing texts fail.

    A run started in the background without job control inherits SIGINT ignored, and an
    ignored signal stays ignored in every child; a handler is reset to the default on exec.
    """
    import signal

    signal.signal(signal.SIGINT, signal.default_int_handler)
    # A missing text or placeholder fails the test instead of showing its key to a person.
    # Scripts run in a subprocess keep the quiet fallback; test_texts.py covers those keys.
    from verkosto.i18n.catalog import set_strict

    set_strict(True)


# Every test starts as a person who has run verkosto before does, with the bundled questions
# file already in the data folder's cache: parsing it takes longer than the rest of most tests,
# and in a fresh folder every test parsed it again. Tests of the cache, and of what the data
# folder holds, are marked `cold_data_folder` and start from an empty one.
COLD = "cold_data_folder"


@pytest.fixture(scope="session")
def warm_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Parse the bundled questions file once, with the installed PyYAML, into a cache folder."""
    from verkosto import cache

    folder = tmp_path_factory.mktemp("warm") / cache.FOLDER
    cache.load_instrument(None, folder)
    return folder


@pytest.fixture(autouse=True)
def isolated_env(
    request: pytest.FixtureRequest,
    tmp_path_factory: pytest.TempPathFactory,
    monkeypatch: pytest.MonkeyPatch,
) -> Path:
    """Point VERKOSTO_HOME and the temp folder at temp folders and turn colour off."""
    home = tmp_path_factory.mktemp("verkosto-home")
    if request.node.get_closest_marker(COLD) is None:
        warm = request.getfixturevalue("warm_cache")
        shutil.copytree(warm, home / warm.name)
    monkeypatch.setenv("VERKOSTO_HOME", str(home))
    # The temp-folder fallback for kept copies too: `poista --kaikki` empties it.
    monkeypatch.setattr("tempfile.tempdir", str(tmp_path_factory.mktemp("tmp")))
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.setenv("TERM", "dumb")
    for name in ("FORCE_COLOR", "CLICOLOR_FORCE", "VERKOSTO_KIELI", "VERKOSTO_DEBUG"):
        monkeypatch.delenv(name, raising=False)
    return home


@pytest.fixture(scope="session")
def bundled():
    """The bundled instrument, loaded once."""
    from verkosto.instrument.loader import load

    return load()
