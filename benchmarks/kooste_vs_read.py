"""`verkosto kooste` against two loops over the same exports, and on 100,000 of them.

The goals (issue 18), compared in one run on one machine:
- CPU time of `kooste` at most 2.0 times a bare loop that only reads and parses each file
  (`json.loads`);
- `kooste` faster than a loop that reads, parses and checks each file against the shipped
  JSON Schema with fastjsonschema;
- a peak memory under 100 MiB;
- 100,000 exports in under 10 seconds.

fastjsonschema is in the `bench` extra (`pip install -e '.[bench]'`); without it that
comparison is left out. It knows drafts 4, 6 and 7, not 2020-12: it compiles the schema with
its draft-7 rules, and the schema uses no keyword whose meaning differs between the two.
Run from the repository with the venv active:

    python benchmarks/kooste_vs_read.py                  # 10,000 files, 7 runs; 100,000 once
    python benchmarks/kooste_vs_read.py --files 1000 --runs 5 --large 0
    python benchmarks/kooste_vs_read.py --folder DIR     # files already made (bench.py --generate)
    python benchmarks/kooste_vs_read.py --src /tmp/old/src  # also another version, side by side

With --src, that source tree's kooste (`python -m verkosto` with the tree first on the path)
runs in turn with the others, so a change is measured against an earlier commit in one run
(`git archive COMMIT src questions.yaml | tar -x -C /tmp/old`).

The commands take turns, so a load spike from elsewhere hits them all; each run is its own
child process, so its peak memory (ru_maxrss) and CPU time are its own. CPU time (user +
system) is the steady measure on a busy machine; wall time is what a person waits. Medians.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench import generate, verkosto_command  # noqa: E402

SCHEMA = (
    Path(__file__).resolve().parents[1]
    / "src"
    / "verkosto"
    / "schemas"
    / "verkosto-arvio-1.schema.json"
)

# What any program summarising the files must do at least: find, open, read and parse each.
BARE_LOOP = """\
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
"""

# The same, and each export checked against the shipped JSON Schema.
SCHEMA_LOOP = """\
import json, os, sys
import fastjsonschema
with open(sys.argv[2], "rb") as handle:
    check = fastjsonschema.compile(json.loads(handle.read()))
for root, folders, files in os.walk(sys.argv[1]):
    for name in files:
        if name.endswith(".json"):
            with open(os.path.join(root, name), "rb") as handle:
                data = handle.read()
            try:
                check(json.loads(data))
            except (ValueError, fastjsonschema.JsonSchemaException):
                pass
"""

# Runs one command in a child and prints its wall time, CPU time and peak memory (KiB).
_MEASURE = """\
import resource, subprocess, sys, time
start = time.perf_counter()
subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
took = time.perf_counter() - start
used = resource.getrusage(resource.RUSAGE_CHILDREN)
print(took, used.ru_utime + used.ru_stime, used.ru_maxrss)
"""

BARE = "bare read + json.loads"
CHECKED = "read + fastjsonschema"
KOOSTE = "verkosto kooste --json"
OTHER = "kooste --json (--src)"


def measure(
    command: list[str], env: dict[str, str], src: Path | None = None
) -> tuple[float, float, float]:
    """Run `command` once in a fresh child; return wall s, CPU s and peak memory MiB."""
    if src is not None:
        env = dict(env, PYTHONPATH=str(src.resolve()))
    out = subprocess.run(
        [sys.executable, "-c", _MEASURE, *command],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split()
    return float(out[0]), float(out[1]), int(out[2]) / 1024  # ru_maxrss is KiB on Linux


def commands(folder: Path) -> dict[str, list[str]]:
    """Return the commands compared on `folder` (the schema loop if fastjsonschema is there)."""
    found = {BARE: [sys.executable, "-c", BARE_LOOP, str(folder)]}
    if importlib.util.find_spec("fastjsonschema") is not None:
        found[CHECKED] = [sys.executable, "-c", SCHEMA_LOOP, str(folder), str(SCHEMA)]
    else:
        print(
            "fastjsonschema is not installed (pip install -e '.[bench]'): "
            "the schema comparison is left out"
        )
    found[KOOSTE] = [verkosto_command(), "kooste", str(folder), "--json"]
    return found


def compare(
    folder: Path, runs: int, env: dict[str, str], src: Path | None = None
) -> dict[str, tuple[float, float]]:
    """Print the medians of every command and kooste's ratios; return kooste's wall and CPU."""
    cases = commands(folder)
    if src is not None:
        cases[OTHER] = [sys.executable, "-m", "verkosto", "kooste", str(folder), "--json"]
    sources = {name: src if name == OTHER else None for name in cases}
    for name, command in cases.items():  # warm the file cache and write .pyc files
        measure(command, env, sources[name])
    found: dict[str, list[tuple[float, float, float]]] = {name: [] for name in cases}
    for _ in range(runs):
        for name, command in cases.items():
            found[name].append(measure(command, env, sources[name]))
    count = sum(1 for _ in folder.rglob("*.json"))
    print(
        f"{count} files in {folder}, median of {runs} runs, {os.cpu_count()} CPUs, "
        f"load average {os.getloadavg()[0]:.2f}"
    )
    print(f"  {'command':<24}{'wall s':>8}{'CPU s':>8}{'peak MiB':>10}")
    medians: dict[str, tuple[float, float]] = {}
    for name, values in found.items():
        wall = statistics.median(v[0] for v in values)
        cpu = statistics.median(v[1] for v in values)
        peak = max(v[2] for v in values)
        medians[name] = (wall, cpu)
        print(f"  {name:<24}{wall:8.2f}{cpu:8.2f}{peak:10.1f}")
    kooste_cpu, bare_cpu = medians[KOOSTE][1], medians[BARE][1]
    peak = max(v[2] for v in found[KOOSTE])
    print(
        f"  kooste CPU / bare loop: {kooste_cpu / bare_cpu:.2f}× (goal ≤ 2.0×) "
        f"{verdict(kooste_cpu <= 2.0 * bare_cpu)}"
    )
    if CHECKED in medians:
        checked_cpu = medians[CHECKED][1]
        print(
            f"  kooste CPU / fastjsonschema loop: {kooste_cpu / checked_cpu:.2f}× "
            f"(goal < 1.0×) {verdict(kooste_cpu < checked_cpu)}"
        )
    print(f"  kooste peak memory: {peak:.1f} MiB (goal < 100 MiB) {verdict(peak < 100)}")
    if OTHER in medians:
        pairs = zip(found[KOOSTE], found[OTHER], strict=True)
        each = ", ".join(f"{new[1] / old[1]:.2f}" for new, old in pairs)
        print(
            f"  kooste CPU / the --src version's: {kooste_cpu / medians[OTHER][1]:.2f}× "
            f"(run by run: {each})"
        )
    return medians


def verdict(met: bool) -> str:
    """Say whether a goal was met."""
    return "met" if met else "NOT MET"


def large(folder: Path, copies: int, env: dict[str, str], work: Path) -> None:
    """Time kooste once on `copies` copies of the files in `folder` (100,000 from 10,000)."""
    big = work / "suuri"
    for index in range(copies):
        shutil.copytree(folder, big / f"kopio-{index:02d}")
    count = sum(1 for _ in big.rglob("*.json"))
    command = [verkosto_command(), "kooste", str(big), "--json"]
    measure(command, env)  # warm the file cache
    wall, cpu, peak = measure(command, env)
    print(
        f"{count} files: kooste wall {wall:.2f} s, CPU {cpu:.2f} s, peak {peak:.1f} MiB "
        f"(goal < 10 s) {verdict(wall < 10)}"
    )


def main() -> None:
    """Parse the options, make the files if needed and compare."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=10_000, help="exports to make")
    parser.add_argument("--runs", type=int, default=7, help="runs of each command")
    parser.add_argument("--folder", type=Path, help="use the exports already in this folder")
    parser.add_argument("--src", type=Path, help="also run this source tree's kooste, in turn")
    parser.add_argument(
        "--large",
        type=int,
        default=100_000,
        help="also time kooste once on this many (copies of the files); 0: not",
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="verkosto-kooste-") as temp:
        env = dict(os.environ, VERKOSTO_HOME=str(Path(temp) / "home"), NO_COLOR="1")
        env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed tool runs from bytecode
        folder = args.folder
        if folder is None:
            folder = Path(temp) / "viennit"
            generate(folder, args.files)
        compare(folder, args.runs, env, args.src)
        files = sum(1 for _ in folder.rglob("*.json"))
        if args.large and files:
            large(folder, max(1, round(args.large / files)), env, Path(temp))


if __name__ == "__main__":
    main()
