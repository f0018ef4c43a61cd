"""The console script's entry point: as little as possible runs before Ctrl-C is handled.

Importing the command-line machinery (Typer, Click) takes a noticeable moment; a Ctrl-C in
that moment must end the program quietly with exit code 130, like a Ctrl-C at any other time.
"""

from __future__ import annotations

import os
import sys

INTERRUPTED = 130


def main() -> None:
    """Run verkosto; Ctrl-C at any moment, start-up included, exits 130 without a traceback."""
    try:
        from verkosto.cli import main as run

        run()
    except KeyboardInterrupt:
        _quiet_exit()


def _language(args: list[str]) -> str | None:
    """Return the value of --kieli/--lang on the command line, if any (no Typer needed)."""
    for index, arg in enumerate(args):
        if arg in ("--kieli", "--lang") and index + 1 < len(args):
            return args[index + 1]
        if arg.startswith(("--kieli=", "--lang=")):
            return arg.split("=", 1)[1]
    return None


def _quiet_exit() -> None:
    """Say so and leave at once: a second Ctrl-C in a normal shutdown could print a traceback."""
    try:
        from verkosto.i18n import resolve_language, t

        sys.stderr.write("\n" + t("interrupted", resolve_language(_language(sys.argv[1:])))
                         + "\n")
    except BaseException:  # a closed stream or another Ctrl-C: nothing more to say
        pass
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except BaseException:
            pass
    os._exit(INTERRUPTED)
