"""Start-up of `verkosto` against a bare Typer app that pays the same framework costs.

Standard library only; run from the repository with the venv active:

    python benchmarks/startup.py            # 15 runs of each case, alternating
    python benchmarks/startup.py --runs 30
    python benchmarks/startup.py --print-commands DIR   # the commands, to count instructions
    python benchmarks/startup.py --src /tmp/old/src     # also an earlier version, side by side

Two comparisons, each a ratio of medians measured in this one run (compare ratios, not
milliseconds, between machines or runs):
- `verkosto --help` against the bare app's `--help` (two commands): goal ≤ 1.0×;
- a non-interactive `verkosto arvioi` (every answer in a file, `--vie -`, `--ei-tallenna`)
  against the bare app's `panel` command, which takes a path, a string and a flag like
  `arvioi`, loads the same answers file with PyYAML and prints one Rich panel: goal ≤ 1.1×.
  Typer coerces option values the same way in both, so its cost is in both.

With --src, the same `arvioi` also runs from another source tree (`python -m verkosto` with
that tree first on the path; make one with `git archive COMMIT src questions.yaml | tar -x -C
/tmp/old`), and this tree's `python -m verkosto` is compared with it: a change that makes
verkosto's own start-up dearer shows as a ratio above 1.0×, whatever the machine's load.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

BARE_APP = '''\
from pathlib import Path
from typing import Annotated

import typer

app = typer.Typer()


@app.command()
def hello(name: str = "maailma") -> None:
    """Say hello."""
    typer.echo(f"Hei {name}")


@app.command()
def panel(
    answers: Annotated[Path, typer.Option("--answers")],
    title: Annotated[str, typer.Option("--title")] = "bare",
    quiet: Annotated[bool, typer.Option("--quiet")] = False,
) -> None:
    """Load a YAML file and print one Rich panel."""
    import yaml
    from rich.console import Console
    from rich.panel import Panel

    data = yaml.safe_load(answers.read_text(encoding="utf-8"))
    Console().print(Panel(f"{len(data)} answers", title=title, subtitle=str(quiet)))


if __name__ == "__main__":
    app()
'''

GOALS = {"verkosto --help": 1.0, "verkosto arvioi": 1.1}


def verkosto_command() -> str:
    """Return the verkosto console script beside this Python, else the one on PATH."""
    beside = Path(sys.executable).parent / "verkosto"
    found = str(beside) if beside.exists() else shutil.which("verkosto")
    if not found:
        sys.exit("verkosto is not installed: pip install -e . first")
    return found


def run_once(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Run a command once with its output discarded; return its wall and CPU time (s)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, check=True
    )
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def full_answers() -> dict[str, Any]:
    """Answers to every question, so the assessment asks nothing."""
    sys.path.insert(0, str(Path(__file__).parent))
    from bench import random_answers

    from verkosto.instrument.loader import load

    return random_answers(load(), random.Random(7))


# With --src: this tree and the other one, both run as `python -m verkosto`.
THIS, OTHER = "arvioi, this tree", "arvioi, --src tree"


def cases(work: Path, src: Path | None = None) -> dict[str, tuple[list[str], str | None]]:
    """Return each case's command and the case it is compared with."""
    bare = work / "bare.py"
    bare.write_text(BARE_APP, encoding="utf-8")
    # JSON is YAML: the one file is read by PyYAML in both (verkosto reads .yaml with it).
    answers = work / "vastaukset.yaml"
    answers.write_text(json.dumps(full_answers(), indent=1), encoding="utf-8")
    verkosto = verkosto_command()
    found: dict[str, tuple[list[str], str | None]] = {
        "bare --help": ([sys.executable, str(bare), "--help"], None),
        "bare panel": (
            [
                sys.executable,
                str(bare),
                "panel",
                "--answers",
                str(answers),
                "--title",
                "Testiverkosto",
                "--quiet",
            ],
            None,
        ),
        "verkosto --help": ([verkosto, "--help"], "bare --help"),
        "verkosto arvioi": (
            [
                verkosto,
                "arvioi",
                "--vastaukset",
                str(answers),
                "--verkosto",
                "Testiverkosto",
                "--vie",
                "-",
                "--ei-tallenna",
            ],
            "bare panel",
        ),
    }
    if src is not None:
        module = [sys.executable, "-m", "verkosto", *found["verkosto arvioi"][0][1:]]
        found[THIS] = (module, OTHER)
        found[OTHER] = (module, None)
    return found


Row = tuple[float, float, float | None, float | None]


def measure(runs: int, work: Path, src: Path | None = None) -> dict[str, Row]:
    """Return each case's median wall and CPU ms, and both as ratios to its base case."""
    home = work / "home"
    home.mkdir()
    env = dict(os.environ, VERKOSTO_HOME=str(home), NO_COLOR="1")
    env.pop("VERKOSTO_KIELI", None)
    # An installed tool runs from cached bytecode, as every run after the first does.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    found = cases(work, src)
    envs = {name: env for name in found}
    if src is not None:
        envs[OTHER] = dict(env, PYTHONPATH=str(src.resolve()))
    for name, (command, _) in found.items():  # warm the file cache, .pyc files and the cache
        run_once(command, envs[name])
    wall: dict[str, list[float]] = {name: [] for name in found}
    cpu: dict[str, list[float]] = {name: [] for name in found}
    for _ in range(runs):  # alternating, so that a load spike hits every case alike
        for name, (command, _) in found.items():
            took, used = run_once(command, envs[name])
            wall[name].append(took)
            cpu[name].append(used)
    walls = {name: statistics.median(values) * 1000 for name, values in wall.items()}
    cpus = {name: statistics.median(values) * 1000 for name, values in cpu.items()}
    result: dict[str, Row] = {}
    for name, (_, base) in found.items():
        result[name] = (
            walls[name],
            cpus[name],
            walls[name] / walls[base] if base else None,
            cpus[name] / cpus[base] if base else None,
        )
    return result


def report(runs: int, work: Path, src: Path | None = None) -> bool:
    """Print the medians and ratios; return whether every goal holds."""
    result = measure(runs, work, src)
    print(
        f"Start-up, median of {runs} runs each, {date.today().isoformat()}, "
        f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.2f}"
    )
    print(f"  {'case':<18}{'wall ms':>9}{'ratio':>8}{'CPU ms':>9}{'ratio':>8}{'goal':>8}")
    met = True
    for name, (wall, cpu, wall_ratio, cpu_ratio) in result.items():
        goal = GOALS.get(name)
        shown = [f"{r:.2f}×" if r is not None else "" for r in (wall_ratio, cpu_ratio)]
        print(
            f"  {name:<18}{wall:9.1f}{shown[0]:>8}{cpu:9.1f}{shown[1]:>8}"
            f"{f'≤ {goal}×' if goal else '':>8}"
        )
        # The goal is on CPU time (docs/benchmarks.md): wall time also counts the waits of a
        # busy machine, and is shown only for comparison.
        met = met and (cpu_ratio is None or goal is None or cpu_ratio <= goal)
    return met


def main() -> None:
    """Parse the options and run the comparison."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="runs per case (≥ 5)")
    parser.add_argument(
        "--print-commands",
        type=Path,
        metavar="DIR",
        help="only write the bare app and the answers into DIR and print each case's command",
    )
    parser.add_argument(
        "--src", type=Path, help="also run arvioi from this source tree, in turn, and compare"
    )
    args = parser.parse_args()
    if args.print_commands:
        args.print_commands.mkdir(parents=True, exist_ok=True)
        for name, (command, _) in cases(args.print_commands, args.src).items():
            # The other tree is found through PYTHONPATH: without it the line would run this one.
            path = f"PYTHONPATH={shlex.quote(str(args.src.resolve()))} " if name == OTHER else ""
            print(f"{name}: {path}{shlex.join(command)}")
        return
    with tempfile.TemporaryDirectory(prefix="verkosto-startup-") as temp:
        met = report(max(args.runs, 5), Path(temp), args.src)
    print("goals met" if met else "a goal is not met")


if __name__ == "__main__":
    main()
