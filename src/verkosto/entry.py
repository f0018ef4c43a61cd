"""The console script's entry point, and the one way a Ctrl-C ends the program.

Importing the command-line machinery (Typer, Click) takes a noticeable moment; a Ctrl-C in
that moment must end the program quietly with exit code 130, like a Ctrl-C at any other time.
`main` catches it everywhere outside a command; inside one, Typer would turn it into its own
exit before it reached `main`, so the command group (`cli.helpformat.Group.invoke`) hands it
to `say_interrupted` below and leaves with the same code.
"""

from __future__ import annotations

import os
import sys

INTERRUPTED = 130


def main() -> None:
    """Run verkosto; Ctrl-C at any moment, start-up included, exits 130 without a traceback."""
    try:
        from verkosto.cli.app import run

        raise SystemExit(run())
    except KeyboardInterrupt:
        _quiet_exit()


def say_interrupted(lang: str | None = None) -> None:
    """Say on stderr that the run was interrupted (in `lang`, else the command line's)."""
    try:
        from verkosto.i18n.catalog import t
        from verkosto.i18n.language import language_of

        sys.stderr.write("\n" + t("interrupted", lang or language_of(sys.argv[1:])) + "\n")
        sys.stderr.flush()
    except BaseException:  # a closed stream or another Ctrl-C: nothing more to say
        pass


def _quiet_exit() -> None:
    """Say so and leave at once: a second Ctrl-C in a normal shutdown could print a traceback."""
    say_interrupted()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except BaseException:
            pass
    os._exit(INTERRUPTED)
