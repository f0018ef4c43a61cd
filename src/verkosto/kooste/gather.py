"""Read the files of a `kooste` into their figures: in order, and on every processor it pays.

Reading, parsing and checking one export costs about 50 µs, so 10,000 files keep one
processor busy for half a second. Above `PARALLEL_AFTER` files the files are read in chunks
by worker processes (one per processor, at most `MAX_WORKERS`), each returning only the
small figures the aggregate counts (`kooste.figures`) or the Problem that makes a file
unusable. Results
come back in the order the files were found, so the skipped files are told in the same
order, and the summary is the same, whichever way the files were read.
"""

from __future__ import annotations

import os
import sys
from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from itertools import chain, islice
from typing import TYPE_CHECKING

from verkosto.errors import Problem
from verkosto.export.read import read_export
from verkosto.kooste.summary import Figures, figures

if TYPE_CHECKING:
    from concurrent.futures import Future

# Below this many files, starting processes costs more than it saves.
PARALLEL_AFTER = 2000
CHUNK = 250
MAX_WORKERS = 4

Item = str | Problem
Result = Figures | Problem


def read_chunk(items: list[Item]) -> list[Result]:
    """Return each file's figures, or its Problem; a Problem found while listing passes on."""
    results: list[Result] = []
    for item in items:
        if isinstance(item, Problem):
            results.append(item)
            continue
        found = read_export(item)
        results.append(found if isinstance(found, Problem) else figures(found))
    return results


def workers_available() -> int:
    """Return how many worker processes to use: the processors this process may run on."""
    import multiprocessing

    forks = "fork" in multiprocessing.get_all_start_methods()
    if not sys.platform.startswith("linux") or not forks:
        # Elsewhere forking is unsafe (macOS) or missing, and a fresh interpreter per
        # worker would cost more than it saves.
        return 1
    try:
        count = len(os.sched_getaffinity(0))
    except AttributeError:
        count = os.cpu_count() or 1
    return min(count, MAX_WORKERS)


def gather(items: Iterable[Item], workers: int | None = None,
           parallel_after: int | None = None) -> Iterator[Result]:
    """Yield each item's figures or Problem, in order; in parallel when there are many."""
    if parallel_after is None:
        parallel_after = PARALLEL_AFTER
    found = iter(items)
    first = list(islice(found, parallel_after))
    # Few files: not even multiprocessing is imported.
    count = 1 if len(first) < parallel_after else (
        workers_available() if workers is None else workers)
    if count < 2:
        for item in chain(first, found):
            yield from read_chunk([item])
        return
    yield from _in_parallel(chain(first, found), count)


def worker_start(parent: int) -> None:
    """Leave Ctrl-C to the main process, and end the worker when the main process ends."""
    import signal

    # Ctrl-C reaches the whole process group: the main process stops the workers and says
    # what happened, so a worker neither stops on its own nor prints a traceback. The worker
    # was forked with SIGINT blocked (see `holding_ctrl_c`): ignore it, then let it through.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _sigmask("SIG_UNBLOCK")
    # A main process killed outright (kill -9, out of memory) cannot stop its workers, and
    # they would wait for work forever: Linux ends them when it dies (PR_SET_PDEATHSIG).
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)
    except (OSError, AttributeError):
        pass
    if os.getppid() != parent:  # it died before the line above took effect
        os._exit(0)


def _in_parallel(items: Iterator[Item], workers: int) -> Iterator[Result]:
    """Read chunks in worker processes, at most two per worker in flight, in order."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"),
                               initializer=worker_start, initargs=(os.getpid(),))
    pending: deque[tuple[list[Item], Future[list[Result]]]] = deque()
    chunks = iter(lambda: list(islice(items, CHUNK)), [])
    taken: list[Item] = []  # a chunk taken from `chunks` but not yet in `pending`
    try:
        for taken in chunks:
            # submit() raises at once when a worker has died: `taken` is then still here.
            with holding_ctrl_c():
                future = pool.submit(read_chunk, taken)
            pending.append((taken, future))
            taken = []
            while len(pending) > 2 * workers:
                yield from _first_done(pending)
        while pending:
            yield from _first_done(pending)
    except BrokenProcessPool:
        # A worker died (out of memory, killed): read what is left here, in the same order.
        for chunk, _ in pending:
            yield from read_chunk(chunk)
        yield from read_chunk(taken)
        for chunk in chunks:
            yield from read_chunk(chunk)
    finally:
        # Waiting is short (a worker finishes its chunk of a few ms); not waiting races the
        # executor's own exit hook, which then prints an OSError on Ctrl-C.
        pool.shutdown(wait=True, cancel_futures=True)


def _first_done(pending: deque[tuple[list[Item], Future[list[Result]]]]) -> list[Result]:
    """Wait for the oldest chunk and take it off the queue (kept there if its worker died)."""
    results = pending[0][1].result()
    pending.popleft()
    return results


@contextmanager
def holding_ctrl_c() -> Iterator[None]:
    """Hold Ctrl-C back while the pool forks its workers and takes work.

    The first submit forks every worker: a SIGINT landing in a worker before it can ignore
    it, or in the pool's half-made state, gives tracebacks or a hang. The signal waits here
    and arrives as KeyboardInterrupt right after, where the pool can be shut down cleanly.
    """
    before = _sigmask("SIG_BLOCK")
    try:
        yield
    finally:
        if before is not None:
            _sigmask("SIG_SETMASK", before)


def _sigmask(how: str, mask: Iterable[int] | None = None) -> set[int] | None:
    """Change the blocked signals (SIGINT unless `mask`); None where there are no masks.

    Workers are forked only where the platform forks (Linux), and only there are signal
    masks needed; the names are looked up at the call so that tests can take them away.
    """
    import signal

    change = getattr(signal, "pthread_sigmask", None)
    flag = getattr(signal, how, None)
    if not callable(change) or not isinstance(flag, int):
        return None
    previous = change(flag, {signal.SIGINT} if mask is None else mask)
    return set(previous)
