"""The Windows paths, run here: the POSIX-only calls taken away, everything still works.

Windows has no os.getuid, os.fchmod, O_NOFOLLOW, O_NONBLOCK, signal.pthread_sigmask or
fork, and reports every file's mode as 0o666 (or 0o444): group and other bits everywhere.
Each test takes those away (and widens the modes) and runs what a person does: data folder,
drafts, history, exports, reports and `kooste`. (Issue 17, item 6.)
"""

from __future__ import annotations

import errno
import json
import multiprocessing
import os
import signal
from datetime import UTC, datetime
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from verkosto import safefile, store
from verkosto.cli.app import app
from verkosto.kooste import gather as gather_module

from helpers import full_answers

# It tests the cache or what the data folder holds: no parsed questions in it to start.
pytestmark = pytest.mark.cold_data_folder

runner = CliRunner()
POSIX_ONLY_OS = ("getuid", "fchmod", "O_NOFOLLOW", "O_NONBLOCK")


@pytest.fixture
def windows_like(monkeypatch: pytest.MonkeyPatch) -> None:
    """Take away what Windows does not have."""
    for name in POSIX_ONLY_OS:
        monkeypatch.delattr(os, name, raising=False)
    monkeypatch.delattr(signal, "pthread_sigmask", raising=False)
    monkeypatch.setattr(multiprocessing, "get_all_start_methods", lambda: ["spawn"])


def widen(folder: Path) -> list[Path]:
    """Give every file under `folder` the group and other bits Windows reports."""
    files = [path for path in folder.rglob("*") if path.is_file()]
    for path in files:
        os.chmod(path, 0o644)
    return files


def test_the_fixture_really_takes_the_calls_away(windows_like):
    assert not any(hasattr(os, name) for name in POSIX_ONLY_OS)
    assert not hasattr(signal, "pthread_sigmask")
    assert safefile.own_uid() is None and not safefile.has_modes()


def test_a_whole_journey_works_without_posix_calls(windows_like, isolated_env, tmp_path):
    from verkosto.instrument.loader import load

    answers = tmp_path / "vastaukset.yaml"
    answers.write_text(yaml.safe_dump(full_answers(load()), allow_unicode=True), "utf-8")
    exported = tmp_path / "arvio.json"
    steps = [
        ["arvioi", "--vastaukset", str(answers), "--verkosto", "V", "--vie", str(exported)],
        ["arvioi", "--vastaukset", str(answers), "--verkosto", "W"],
        ["historia"],
        ["historia", "--vie", str(tmp_path / "historia.jsonl")],
        ["vertaa", "1", "2"],
        ["raportti", "1", "--muoto", "html", "-o", str(tmp_path / "raportti.html")],
        ["kooste", str(exported), str(exported), "--json", "-o", str(tmp_path / "k.json")],
        ["poista", "--kaikki", "--kylla"],
    ]
    for step in steps:
        widen(isolated_env)  # what Windows reports for every file, before each command
        result = runner.invoke(app, step)
        assert result.exit_code == 0, (step, result.output, result.exception)
    assert json.loads(exported.read_text("utf-8"))["network"] == "V"
    assert len((tmp_path / "historia.jsonl").read_text("utf-8").splitlines()) == 2
    assert json.loads((tmp_path / "k.json").read_text("utf-8"))["files"]["valid"] == 2
    assert "<html" in (tmp_path / "raportti.html").read_text("utf-8")


def test_files_with_other_bits_are_read_and_left_as_they_are(windows_like, isolated_env):
    # Before: os.getuid() was called for every such file, and crashed where it is missing.
    first = runner.invoke(app, ["kysymykset", "--json"])  # makes the questions cache
    assert first.exit_code == 0, first.output
    when = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)
    store.save_draft(isolated_env, "Verkosto", {"vaihe": "jasen"}, None, "sha", when)
    widened = widen(isolated_env)
    assert widened
    again = runner.invoke(app, ["kysymykset", "--json"])  # reads the cache
    assert again.exit_code == 0, (again.output, again.exception)
    found = store.find_draft(isolated_env, "Verkosto")
    assert found is not None and found.answers == {"vaihe": "jasen"}
    # No modes to tighten there: nothing is changed, nothing is added.
    assert all(path.stat().st_mode & 0o777 == 0o644 for path in widened)


def test_the_temp_folder_fallback_is_named_without_a_user_id_and_poista_finds_it(
    windows_like, isolated_env, tmp_path
):
    blocked = tmp_path / "ei-kansio"
    blocked.write_text("a file where the data folder should be", encoding="utf-8")
    when = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)
    kept = store.keep_assessment(blocked, '{"network": "Salainen"}\n', when)
    assert kept.parent.name == "verkosto-arviot"
    result = runner.invoke(app, ["poista", "--kaikki", "--kylla"])
    assert result.exit_code == 0, result.output
    assert not kept.exists()


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symbolic links")
def test_a_planted_link_is_still_refused_without_o_nofollow(windows_like, tmp_path):
    secret = tmp_path / "salaisuus.txt"
    secret.write_text("ei luettavaksi", encoding="utf-8")
    link = tmp_path / "luonnos.json"
    link.symlink_to(secret)
    with pytest.raises(OSError) as caught:
        safefile.read_limited(link, 1000, follow=False)
    assert caught.value.errno == errno.ELOOP


def test_kooste_reads_in_one_process_without_fork_or_signal_masks(windows_like, tmp_path):
    paths = [str(tmp_path / f"{index}.json") for index in range(6)]
    for path in paths:
        Path(path).write_text("{}", encoding="utf-8")
    results = list(gather_module.gather(paths))
    assert len(results) == len(paths)
