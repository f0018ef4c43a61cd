"""Many files are read in worker processes with the same results, in the same order."""

from __future__ import annotations

import json
import multiprocessing
import os
import shutil
import signal
import subprocess
import time

import pytest

from verkosto.errors import Problem
from verkosto.export.read import read_export
from verkosto.kooste import Aggregate, collect, figures, summarise
from verkosto.kooste.gather import gather, read_chunk, workers_available

from helpers import make_export

fork_only = pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(),
                               reason="worker processes are forked")


@pytest.fixture(scope="module")
def one_export(bundled):
    return make_export(bundled, "Viestintäverkosto")


@pytest.fixture()
def mixed_folder(tmp_path, one_export):
    """60 files: valid exports of three networks, and every few a broken one."""
    folder = tmp_path / "viennit"
    folder.mkdir()
    for index in range(60):
        data = dict(one_export, network=f"Verkosto {index % 3}")
        text = json.dumps(data, ensure_ascii=False)
        if index % 7 == 3:
            text = text[:-40]  # cut off: not JSON
        elif index % 11 == 5:
            text = json.dumps(dict(data, schema="muu/1"))
        (folder / f"arvio-{index:03d}.json").write_text(text, encoding="utf-8")
    (folder / "linkki.json").symlink_to(folder / "arvio-000.json")  # a Problem while listing
    return folder


def whole_exports(folder):
    """Each file's whole export or its Problem, read one by one in this process."""
    return [found if isinstance(found, Problem) else read_export(found)
            for found in collect.iter_files([str(folder)])]


def read_serially(folder):
    return [found if isinstance(found, Problem) else figures(found)
            for found in whole_exports(folder)]


@fork_only
@pytest.mark.parametrize("workers", [2, 3])
def test_in_parallel_the_results_are_the_same_and_in_the_same_order(mixed_folder, workers):
    items = list(collect.iter_files([str(mixed_folder)]))
    parallel = list(gather(items, workers=workers, parallel_after=1))
    assert parallel == read_serially(mixed_folder)
    assert sum(isinstance(r, Problem) for r in parallel) > 5


def test_few_files_are_read_here_as_they_are_found(mixed_folder):
    items = list(collect.iter_files([str(mixed_folder)]))
    assert list(gather(items, workers=4)) == read_serially(mixed_folder)


def test_the_figures_add_up_to_the_same_summary_as_whole_exports(mixed_folder):
    whole, counted = Aggregate(), Aggregate()
    for found in whole_exports(mixed_folder):
        if not isinstance(found, Problem):
            whole.add(found)
    for found in read_chunk(list(collect.iter_files([str(mixed_folder)]))):
        if not isinstance(found, Problem):
            counted.add_figures(found)
    assert summarise(whole) == summarise(counted)
    assert whole.valid == counted.valid > 0


def _children(pid: int) -> set[int]:
    found = set()
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as stat:
                    fields = stat.read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.add(int(entry))
    return found


def _running(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def _gone(pids: set[int], within: float = 10) -> bool:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline and any(_running(pid) for pid in pids):
        time.sleep(0.05)
    return not any(_running(pid) for pid in pids)


def _kooste_with_workers(tmp_path, one_export) -> tuple[subprocess.Popen[str], set[int]]:
    """Start `kooste -` on 2,100 listed files and keep the list open: the workers wait."""
    folder = tmp_path / "viennit"
    folder.mkdir()
    text = json.dumps(one_export, ensure_ascii=False)
    paths = []
    for index in range(2100):  # past PARALLEL_AFTER, so the workers start
        path = folder / f"a{index:04d}.json"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    process = subprocess.Popen(
        [shutil.which("verkosto") or "verkosto", "kooste", "-", "--json"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "VERKOSTO_HOME": str(tmp_path / "koti"), "VERKOSTO_KIELI": "fi"},
        start_new_session=True,  # its own process group, as a terminal's foreground job
    )
    assert process.stdin is not None
    process.stdin.write("".join(p + "\n" for p in paths))
    process.stdin.flush()
    deadline = time.monotonic() + 30
    workers: set[int] = set()
    while time.monotonic() < deadline and len(workers) < 2:
        time.sleep(0.05)
        workers = _children(process.pid)
    assert len(workers) >= 2, "the workers did not start"
    time.sleep(0.5)  # let them reach their work loop, where a signal would hit them
    return process, workers


needs_proc = pytest.mark.skipif(not os.path.isdir("/proc") or workers_available() < 2,
                                reason="needs /proc and two processors")


@pytest.mark.slow
@needs_proc
def test_ctrl_c_while_workers_read_stops_them_quietly(tmp_path, one_export):
    process, workers = _kooste_with_workers(tmp_path, one_export)
    os.killpg(process.pid, signal.SIGINT)  # Ctrl-C reaches the whole group
    _, err = process.communicate(timeout=30)
    assert process.returncode == 130, err
    assert "Traceback" not in err
    assert _gone(workers), "a worker was left running"


@pytest.mark.slow
@needs_proc
def test_workers_end_when_the_main_process_is_killed(tmp_path, one_export):
    process, workers = _kooste_with_workers(tmp_path, one_export)
    process.kill()  # kill -9: the main process cannot stop its workers itself
    process.communicate(timeout=30)
    try:
        assert _gone(workers), "a worker was left waiting for work forever"
    finally:
        for pid in workers:
            if _running(pid):
                os.kill(pid, signal.SIGKILL)


@pytest.fixture()
def dying_workers(monkeypatch):
    """Make every worker process die on its first file (the main process reads on)."""
    from verkosto.kooste import gather as gather_module

    here = os.getpid()
    real = gather_module.read_export

    def dying(path):
        if os.getpid() != here:
            os._exit(1)
        return real(path)

    monkeypatch.setattr(gather_module, "read_export", dying)  # the workers are forked copies
    monkeypatch.setattr(gather_module, "CHUNK", 3)


@fork_only
def test_a_worker_that_dies_loses_no_file(mixed_folder, dying_workers):
    items = list(collect.iter_files([str(mixed_folder)]))
    assert list(gather(items, workers=2, parallel_after=1)) == read_serially(mixed_folder)


@pytest.mark.slow
@fork_only
def test_a_chunk_taken_when_the_pool_breaks_is_read_too(mixed_folder, dying_workers):
    # The list of files is slow to give the second chunk, so the pool is known broken when
    # that chunk is handed over: it is read here instead, not lost.
    def slowly(items):
        yield from items[:3]
        time.sleep(1.0)  # long enough for the pool to notice the dead worker
        yield from items[3:]

    items = list(collect.iter_files([str(mixed_folder)]))
    assert list(gather(slowly(items), workers=2, parallel_after=1)) == read_serially(mixed_folder)


def test_ctrl_c_waits_while_the_pool_forks():
    # A SIGINT that lands while workers are forked is held back, then raised here at once.
    from verkosto.kooste.gather import holding_ctrl_c

    raised_inside = False
    with pytest.raises(KeyboardInterrupt):
        try:
            with holding_ctrl_c():
                os.kill(os.getpid(), signal.SIGINT)
                time.sleep(0.05)  # a delivered signal would have raised by now
        except KeyboardInterrupt:
            raised_inside = True
            raise
    assert raised_inside  # raised when the block ended, not lost


def _worker_signals(_: object) -> tuple[bool, bool]:
    return (signal.getsignal(signal.SIGINT) is signal.SIG_IGN,
            signal.SIGINT in signal.pthread_sigmask(signal.SIG_BLOCK, set()))


@fork_only
def test_a_worker_ignores_ctrl_c_and_leaves_it_unblocked():
    # Forked with SIGINT blocked; the worker ignores it first, then lets it through.
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    from verkosto.kooste.gather import holding_ctrl_c, worker_start

    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("fork"),
                             initializer=worker_start, initargs=(os.getpid(),)) as pool:
        with holding_ctrl_c():
            future = pool.submit(_worker_signals, None)
        ignored, blocked = future.result(timeout=30)
    assert ignored and not blocked
