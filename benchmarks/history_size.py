"""The history commands with 10,000 stored assessments side by side with 100.

The issue's target: `yhteenveto`, `vertaa --verkosto` and the first prompt of `arvioi` take
at most 1.2 times as long with 10,000 stored assessments as with 100; `historia` with 10,000
takes at most 1 s and less than 100 MiB. Standard library only (plus verkosto itself, to
store real assessments); run from the repository with the venv active:

    python benchmarks/history_size.py                 # 100 and 10,000 rows, 9 runs each
    python benchmarks/history_size.py --runs 5 --sizes 100 1000
    python benchmarks/history_size.py --src /tmp/old/src   # another version's source tree

With --src, the commands run as `python -m verkosto` with that source tree first on the
path, so an earlier commit (`git archive COMMIT src | tar -x -C /tmp/old`) can be measured on
the same histories. The sizes alternate run by run, so a load spike from elsewhere hits both;
each run is a child process of its own, so its peak memory (ru_maxrss) is its own. The first
prompt of `arvioi` is timed at a pseudo-terminal (POSIX only), until "Vastaus" is shown.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench import NETWORKS, make_templates, verkosto_command  # noqa: E402
from kooste_vs_read import measure  # noqa: E402

# The network `vertaa` and `arvioi` use: a tenth of every history, as one long-followed
# network would be.
BIG = NETWORKS[0]


def build(home: Path, rows: int, seed: int = 3) -> None:
    """Store `rows` real assessments in `home`'s history, a tenth of them of BIG.

    The first hundred go through `history.record`, each in its own transaction as a person
    would make them (about 20 ms each here, mostly the commit's fsync). The rest are copies of
    those rows under a new name and time, made by SQL in one transaction so that 10,000 take
    seconds, not minutes; their exports say the new name and time too.
    """
    import sqlite3

    from verkosto import history
    from verkosto.export.names import network_key

    rng = random.Random(seed)
    templates = make_templates(50, seed)
    db = history.database_path(home)
    home.mkdir(parents=True, exist_ok=True)
    start = datetime(2020, 1, 1, 8, tzinfo=UTC)
    recorded = min(rows, 100)
    for index in range(rows):
        name = BIG if index % 10 == 0 else rng.choice(NETWORKS[1:])
        moment = start + timedelta(hours=5 * index)
        begun = (moment - timedelta(minutes=9)).isoformat(timespec="seconds")
        done = moment.isoformat(timespec="seconds")
        if index == recorded:
            conn = sqlite3.connect(db)
            columns = [row[1] for row in conn.execute("PRAGMA table_info(assessment)")]
            kept = [c for c in columns if c not in (*_CHANGED, "id")]
            copy = (
                f"INSERT INTO assessment ({', '.join(kept)}, {', '.join(_CHANGED)}) "
                f"SELECT {', '.join(kept)}, ?, ?, ?, ?, json_set(export, '$.network', ?, "
                "'$.started_at', ?, '$.completed_at', ?) FROM assessment WHERE id = ?"
            )
        if index < recorded:
            data = dict(rng.choice(templates), network=name, started_at=begun, completed_at=done)
            history.record(db, data)
        else:
            conn.execute(
                copy,
                (name, network_key(name), done, done, name, begun, done, rng.randint(1, recorded)),
            )
    if rows > recorded:
        conn.commit()
        conn.close()


# The columns a copied row gets anew; `id` is left for SQLite to give.
_CHANGED = ("network", "network_key", "completed_at", "completed_utc", "export")


def first_prompt(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Return the wall and CPU seconds until `command` at a pseudo-terminal first prompts."""
    import pty  # POSIX only, as the terminal it stands for
    import resource

    leader, follower = pty.openpty()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    process = subprocess.Popen(
        command, stdin=follower, stdout=follower, stderr=follower, env=env, close_fds=True
    )
    os.close(follower)
    seen = b""
    try:
        while b"Vastaus" not in seen:
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # the child ended and closed the terminal
                chunk = b""
            if not chunk:
                raise RuntimeError(f"no prompt from {command}: {seen.decode(errors='replace')}")
            seen += chunk
        took = time.perf_counter() - start
    finally:
        process.kill()
        process.wait()
        os.close(leader)
    # Killed at once: the CPU time after the prompt is a few milliseconds at most.
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return took, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    """Parse the options, build the histories, time the commands and print the ratios."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9, help="runs of each command and size")
    parser.add_argument(
        "--sizes", type=int, nargs=2, default=[100, 10_000], metavar=("SMALL", "LARGE")
    )
    parser.add_argument("--src", type=Path, help="run this source tree's verkosto instead")
    args = parser.parse_args()
    base = [sys.executable, "-m", "verkosto"] if args.src else [verkosto_command()]
    small, large = args.sizes
    with tempfile.TemporaryDirectory(prefix="verkosto-history-") as temp:
        envs = {}
        for size in (small, large):
            home = Path(temp) / f"home-{size}"
            started = time.perf_counter()
            build(home, size)
            print(f"stored {size} assessments in {time.perf_counter() - started:.1f} s")
            env = dict(os.environ, VERKOSTO_HOME=str(home), NO_COLOR="1", COLUMNS="100")
            env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed tool runs from bytecode
            env.pop("VERKOSTO_KIELI", None)
            if args.src:
                env["PYTHONPATH"] = str(args.src.resolve())
            envs[size] = env
        cases = {
            "yhteenveto": [*base, "yhteenveto"],
            "vertaa --verkosto": [*base, "vertaa", "--verkosto", BIG],
            "historia": [*base, "historia"],
            "arvioi, first prompt": [*base, "arvioi", "--verkosto", BIG],
        }
        timings: dict[tuple[str, int], list[float]] = {}
        cpus: dict[tuple[str, int], list[float]] = {}
        peaks: dict[tuple[str, int], float] = {}
        for name, command in cases.items():
            for run in range(args.runs + 1):
                for size in (small, large):
                    if name.startswith("arvioi"):
                        (took, used), peak = first_prompt(command, envs[size]), 0.0
                    else:
                        took, used, peak = measure(command, envs[size])
                    if run == 0:
                        continue  # warms the file cache and writes .pyc files
                    timings.setdefault((name, size), []).append(took)
                    cpus.setdefault((name, size), []).append(used)
                    peaks[name, size] = max(peaks.get((name, size), 0.0), peak)
        print(
            f"median of {args.runs} runs, {os.cpu_count()} CPUs, "
            f"load average {os.getloadavg()[0]:.2f}" + (f", source {args.src}" if args.src else "")
        )
        print(f"  {'':<22}{'wall time (s)':^29}{'CPU time (s)':^29}")
        print(
            f"  {'command':<22}" + f"{small:>10}{large:>10}{'ratio':>9}" * 2 + f"{'peak MiB':>10}"
        )
        for name in cases:
            line = f"  {name:<22}"
            for found in (timings, cpus):
                low = statistics.median(found[name, small])
                high = statistics.median(found[name, large])
                line += f"{low:10.3f}{high:10.3f}{high / low:8.2f}×"
            peak = f"{peaks[name, large]:10.1f}" if peaks[name, large] else ""
            print(line + peak)
        print(
            "  targets: ratio ≤ 1.2× (yhteenveto, vertaa, arvioi); historia ≤ 1 s and "
            "< 100 MiB at the larger size"
        )


if __name__ == "__main__":
    main()
