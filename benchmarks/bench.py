"""Measure verkosto's start-up against a bare Typer app, and `verkosto kooste` on many files.

Standard library only (it drives the installed `verkosto` command and uses the verkosto
package beside it to make realistic exports). The start-up comparison is benchmarks/startup.py.
Run from the repository with the venv active:

    python benchmarks/bench.py              # start-up (15 runs each), kooste for 1,000, 10,000
    python benchmarks/bench.py --runs 30 --sizes 1000
    python benchmarks/bench.py --generate DIR 500   # only write 500 exports into DIR

Every figure is a median of wall-clock time on this machine in this run; compare the ratios,
not the milliseconds, between machines.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import startup
from startup import verkosto_command

NETWORKS = [
    "Pienten järjestöjen viestintäverkosto",
    "Järjestöjen vapaaehtoistoiminnan verkosto",
    "Sosiaali- ja terveysjärjestöjen talousverkosto",
    "Nuorisotyön kehittäjäverkosto",
    "Ikäihmisten palveluiden yhteistyöverkosto",
    "Päihde- ja mielenterveysjärjestöjen foorumi",
    "Alueellinen järjestöyhteistyön verkosto",
    "Vertaistoiminnan kehittäjät",
    "Järjestöjen digitukiverkosto",
    "Vaikuttamistyön verkosto",
    "Kansainvälisten asioiden verkosto",
    "Harvinainen verkosto",  # few respondents: shown as counts only
]


def random_answers(instrument: Any, rng: random.Random) -> dict[str, Any]:
    """Return a plausible, complete set of answers for one respondent (None = don't know)."""
    answers: dict[str, Any] = {}
    leaning = rng.choice([2, 3, 3, 4, 4, 5])
    hours = set(instrument.scoring.time.hours)
    for question in instrument.questions:
        if question.when is not None and not question.when.holds(answers):
            continue
        if question.type == "choice":
            answers[question.id] = rng.choice(question.choices).value
        elif question.type == "scale":
            value = min(5, max(1, leaning + rng.choice([-1, 0, 0, 1])))
            answers[question.id] = None if rng.random() < 0.05 else value
        elif question.id in hours:
            answers[question.id] = rng.choice([0, 0.5, 1, 1.5, 2, 2.5, 3, 4, 6])
        elif question.id == instrument.scoring.time.worktime:
            answers[question.id] = rng.choice([120.0, 140.0, 150.0, 160.0])
        elif question.id == instrument.scoring.time.agreed:
            answers[question.id] = rng.choice([0, 0, 0, 2, 4])
        elif question.type == "number" and question.min is not None:
            answers[question.id] = rng.choice([1, 3, 8, 25, 120])  # a count (staff)
        else:
            answers[question.id] = None
    return answers


def make_templates(count: int, seed: int) -> list[dict[str, Any]]:
    """Return `count` real exports made by verkosto's own scoring and recommendation."""
    from verkosto.answers import prune
    from verkosto.export.make import to_dict
    from verkosto.instrument.loader import load
    from verkosto.recommend import recommend
    from verkosto.scoring import score

    instrument = load()
    rng = random.Random(seed)
    templates = []
    start = datetime(2026, 11, 2, 9, 0, tzinfo=timezone(timedelta(hours=2)))
    for _ in range(count):
        answers = prune(instrument, random_answers(instrument, rng))
        scores = score(instrument, answers)
        lang = "fi" if rng.random() < 0.9 else "en"
        result = recommend(instrument, scores, answers, date(2026, 11, 27))
        templates.append(
            to_dict(
                instrument, "x", lang, start, start + timedelta(minutes=8), answers, scores, result
            )
        )
    return templates


def generate(folder: Path, count: int, seed: int = 1) -> int:
    """Write `count` files into `folder` (about 1 % broken); return how many are broken."""
    rng = random.Random(seed)
    templates = make_templates(200, seed)
    broken = 0
    folder.mkdir(parents=True, exist_ok=True)
    for index in range(count):
        sub = folder / f"jarjesto-{index % 40:02d}"
        sub.mkdir(exist_ok=True)
        path = sub / f"arvio-{index:06d}.json"
        roll = rng.random()
        if roll < 0.01:
            broken += 1
            kind = index % 4
            if kind == 0:
                path.write_text("{ tämä ei ole JSONia", encoding="utf-8")
            elif kind == 1:
                path.write_text(json.dumps({"schema": "muu/1"}), encoding="utf-8")
            elif kind == 2:
                data = dict(rng.choice(templates))
                del data["recommendation"]
                path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
            else:
                path.write_bytes(b"\xff\xfe not utf-8")
            continue
        data = dict(rng.choice(templates))
        # A few networks are much bigger than others, as in a real organisation.
        name = NETWORKS[min(int(rng.expovariate(0.35)), len(NETWORKS) - 2)]
        if index % 2500 == 0:
            name = NETWORKS[-1]
        if rng.random() < 0.05:
            name = "  " + name.upper() + " "  # the same network, spelled differently
        data["network"] = name
        stamp = datetime(2026, 1, 1, 8, tzinfo=UTC) + timedelta(minutes=17 * index)
        data["started_at"] = stamp.isoformat(timespec="seconds")
        data["completed_at"] = (stamp + timedelta(minutes=9)).isoformat(timespec="seconds")
        path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return broken


def measure_kooste(folder: Path, runs: int, env: dict[str, str]) -> tuple[float, float]:
    """Return the median wall time (s) and the largest peak memory (MiB) of `kooste --json`."""
    command = [verkosto_command(), "kooste", str(folder), "--json"]
    times = []
    peak = 0.0
    for _ in range(runs):
        # Each run in its own child, so RUSAGE_CHILDREN's maximum belongs to this run alone.
        code = (
            "import resource, subprocess, sys, time\n"
            "start = time.perf_counter()\n"
            "subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,"
            " check=True)\n"
            "took = time.perf_counter() - start\n"
            "print(took, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
        )
        out = subprocess.run(
            [sys.executable, "-c", code, *command],
            env=env,
            check=True,
            capture_output=True,
            text=True,
        ).stdout.split()
        times.append(float(out[0]))
        peak = max(peak, int(out[1]) / 1024)  # ru_maxrss is in KiB on Linux
    return statistics.median(times), peak


def main() -> None:
    """Parse the options and run the benchmarks."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="runs per start-up case (≥ 10)")
    parser.add_argument("--kooste-runs", type=int, default=5, help="runs per kooste size")
    parser.add_argument("--sizes", type=int, nargs="*", default=[1000, 10000])
    parser.add_argument("--generate", nargs=2, metavar=("DIR", "N"))
    parser.add_argument("--skip-startup", action="store_true")
    args = parser.parse_args()
    if args.generate:
        broken = generate(Path(args.generate[0]), int(args.generate[1]))
        print(f"wrote {args.generate[1]} files ({broken} broken) into {args.generate[0]}")
        return
    with tempfile.TemporaryDirectory(prefix="verkosto-bench-") as temp:
        work = Path(temp)
        if not args.skip_startup:
            startup.report(max(args.runs, 10), work)
        env = dict(os.environ, VERKOSTO_HOME=str(work / "home"), NO_COLOR="1")
        if args.sizes:
            print(f"kooste --json, median of {args.kooste_runs} runs")
            print(
                f"  {'files':>7}  {'broken':>6}  {'time (s)':>8}  {'files/s':>8}  {'peak MiB':>8}"
            )
        for size in args.sizes:
            folder = work / f"viennit-{size}"
            broken = generate(folder, size)
            took, peak = measure_kooste(folder, args.kooste_runs, env)
            print(f"  {size:>7}  {broken:>6}  {took:8.2f}  {size / took:8.0f}  {peak:8.1f}")


if __name__ == "__main__":
    main()
