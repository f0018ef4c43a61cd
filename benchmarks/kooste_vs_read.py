"""`verkosto kooste` side by side with a bare loop that only reads and parses the same files.

The issue's target: kooste at most 1.5 times the bare loop on 10,000 exports, with a peak
memory under 100 MiB. Standard library only; run from the repository with the venv active:

    python benchmarks/kooste_vs_read.py                  # 10,000 files, 7 runs each
    python benchmarks/kooste_vs_read.py --files 1000 --runs 5
    python benchmarks/kooste_vs_read.py --folder DIR     # files already made (bench.py --generate)

The two commands alternate, so a load spike from elsewhere hits both; each run is its own
child process, so its peak memory (ru_maxrss) is its own. Wall time is what a person waits;
CPU time (user + system) is steadier on a busy machine. Both are medians.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench import generate, verkosto_command  # noqa: E402

# What any program summarising the files must do at least: find, open, read and parse each.
BARE_LOOP = '''\
import json, os, sys
for root, folders, files in os.walk(sys.argv[1]):
    for name in files:
        if name.endswith(".json"):
            with open(os.path.join(root, name), "rb") as handle:
                data = handle.read()
            try:
                json.loads(data)
            except ValueError:
                pass
'''

# Runs one command in a child and prints its wall time, CPU time and peak memory (KiB).
_MEASURE = '''\
import resource, subprocess, sys, time
start = time.perf_counter()
subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
took = time.perf_counter() - start
used = resource.getrusage(resource.RUSAGE_CHILDREN)
print(took, used.ru_utime + used.ru_stime, used.ru_maxrss)
'''


def measure(command: list[str], env: dict[str, str]) -> tuple[float, float, float]:
    """Run `command` once in a fresh child; return wall s, CPU s and peak memory MiB."""
    out = subprocess.run([sys.executable, "-c", _MEASURE, *command], env=env, check=True,
                         capture_output=True, text=True).stdout.split()
    return float(out[0]), float(out[1]), int(out[2]) / 1024  # ru_maxrss is KiB on Linux


def compare(folder: Path, runs: int, env: dict[str, str]) -> None:
    """Print the medians of both commands, their ratios and kooste's largest peak memory."""
    cases = {
        "bare read + json.loads": [sys.executable, "-c", BARE_LOOP, str(folder)],
        "verkosto kooste --json": [verkosto_command(), "kooste", str(folder), "--json"],
    }
    for command in cases.values():  # warm the file cache and write .pyc files
        measure(command, env)
    found: dict[str, list[tuple[float, float, float]]] = {name: [] for name in cases}
    for _ in range(runs):
        for name, command in cases.items():
            found[name].append(measure(command, env))
    count = sum(1 for _ in folder.rglob("*.json"))
    print(f"{count} files in {folder}, median of {runs} runs, {os.cpu_count()} CPUs, "
          f"load average {os.getloadavg()[0]:.2f}")
    print(f"  {'command':<24}{'wall s':>8}{'CPU s':>8}{'peak MiB':>10}")
    medians = {}
    for name, values in found.items():
        wall = statistics.median(v[0] for v in values)
        cpu = statistics.median(v[1] for v in values)
        peak = max(v[2] for v in values)
        medians[name] = (wall, cpu)
        print(f"  {name:<24}{wall:8.2f}{cpu:8.2f}{peak:10.1f}")
    (bare_wall, bare_cpu), (kooste_wall, kooste_cpu) = medians.values()
    print(f"  ratio kooste / bare: wall {kooste_wall / bare_wall:.2f}×, "
          f"CPU {kooste_cpu / bare_cpu:.2f}× (target ≤ 1.5×, peak < 100 MiB)")


def main() -> None:
    """Parse the options, make the files if needed and compare."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=10_000, help="exports to make")
    parser.add_argument("--runs", type=int, default=7, help="runs of each command")
    parser.add_argument("--folder", type=Path, help="use the exports already in this folder")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="verkosto-kooste-") as temp:
        env = dict(os.environ, VERKOSTO_HOME=str(Path(temp) / "home"), NO_COLOR="1")
        env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed tool runs from bytecode
        folder = args.folder
        if folder is None:
            folder = Path(temp) / "viennit"
            generate(folder, args.files)
        compare(folder, args.runs, env)


if __name__ == "__main__":
    main()
