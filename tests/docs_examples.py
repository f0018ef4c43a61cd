"""The `verkosto tarkista oma.yaml` example in docs/kysymystiedosto.md, made by the tool itself.

The example breaks two questions of the bundled questions.yaml (an unknown question type, an
id used twice) and shows what `tarkista` says, line numbers included. Those line numbers move
whenever questions.yaml changes, so the block is regenerated rather than edited by hand:

    python tests/docs_examples.py          # rewrite the block in docs/kysymystiedosto.md
    python tests/docs_examples.py --check  # exit 1 when the block is out of date

tests/test_docs.py runs the same check.
"""

from __future__ import annotations

import os
import re
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DOC = REPO / "docs" / "kysymystiedosto.md"
COMMAND = "$ verkosto tarkista oma.yaml"
BLOCK = re.compile(r"(```text\n\$ verkosto tarkista oma\.yaml\n)(.*?)(```)", re.S)
# (what the bundled file says, what the example's oma.yaml says instead)
BREAKS = (
    ("  - id: ydin_anti\n    type: scale", "  - id: ydin_anti\n    type: slider"),
    ("  - id: opp_palaute\n", "  - id: opp_kaytannot\n"),
)


def broken_questions(text: str) -> str:
    """Return questions.yaml with the example's two mistakes; raise if one cannot be made."""
    for bundled, broken in BREAKS:
        if bundled not in text:
            raise LookupError(
                f"questions.yaml no longer contains {bundled!r}: choose another "
                "question to break in tests/docs_examples.py (BREAKS)"
            )
        text = text.replace(bundled, broken, 1)
    return text


def tool_output() -> tuple[int, str]:
    """Run `verkosto tarkista oma.yaml` on the broken file; return its exit code and stderr."""
    from typer.testing import CliRunner

    from verkosto.cli.app import app

    text = (REPO / "questions.yaml").read_text("utf-8")
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / "oma.yaml").write_text(broken_questions(text), encoding="utf-8")
        before = os.getcwd()
        os.chdir(folder)
        try:
            result = CliRunner().invoke(
                app,
                ["tarkista", "oma.yaml"],
                env={"VERKOSTO_HOME": str(Path(folder) / "home"), "VERKOSTO_KIELI": "fi"},
            )
        finally:
            os.chdir(before)
    return result.exit_code, result.stderr.strip()


def documented() -> str:
    """Return the example output as the document shows it now."""
    found = BLOCK.search(DOC.read_text("utf-8"))
    if found is None:
        raise LookupError(f"{DOC.name} has no ```text block starting with {COMMAND!r}")
    return found.group(2).strip()


def refresh() -> bool:
    """Write the tool's output into the document's block; return whether it changed."""
    code, output = tool_output()
    if code != 2:
        raise RuntimeError(f"tarkista exited {code}, not 2:\n{output}")
    text = DOC.read_text("utf-8")
    new = BLOCK.sub(lambda m: m.group(1) + output + "\n" + m.group(3), text, count=1)
    if new != text:
        DOC.write_text(new, encoding="utf-8")
    return new != text


def main(argv: list[str]) -> int:
    """Refresh the example (or with --check, only say whether it is up to date)."""
    if "--check" in argv:
        current = tool_output()[1] == documented()
        print("up to date" if current else "out of date: run python tests/docs_examples.py")
        return 0 if current else 1
    print("rewrote the example" if refresh() else "the example was up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
