"""Which interface language a run uses: the one place that reads --kieli and $VERKOSTO_KIELI."""

from __future__ import annotations

import os
import re
from collections.abc import Sequence

from verkosto.languages import DEFAULT_LANGUAGE, LANGUAGES

LANGUAGE_OPTIONS = ("--kieli", "--lang")
LANGUAGE_ENVVAR = "VERKOSTO_KIELI"


def language_options(args: Sequence[str]) -> list[tuple[int, int, str]]:
    """Return each --kieli/--lang in `args` as (first index, index after it, value)."""
    found: list[tuple[int, int, str]] = []
    index = 0
    while index < len(args):
        arg = args[index]
        if arg in LANGUAGE_OPTIONS and index + 1 < len(args):
            found.append((index, index + 2, args[index + 1]))
            index += 2
            continue
        name, equals, value = arg.partition("=")
        if equals and name in LANGUAGE_OPTIONS:
            found.append((index, index + 1, value))
        index += 1
    return found


def resolve_language(value: str | None) -> str:
    """Return the interface language: the option, else $VERKOSTO_KIELI, else Finnish."""
    chosen = (value or os.environ.get(LANGUAGE_ENVVAR) or DEFAULT_LANGUAGE).strip().lower()
    # A locale name as LANG writes it (sv_FI, sv-FI, en_US.UTF-8) means its language.
    base = re.split(r"[_.@-]", chosen, maxsplit=1)[0]
    return base if base in LANGUAGES and chosen != base else chosen


def language_of(args: Sequence[str]) -> str:
    """Return the known language the command line or the environment asks for, else Finnish."""
    options = language_options(args)
    # Given twice, the last one counts, as Click reads it.
    lang = resolve_language(options[-1][2] if options else None)
    return lang if lang in LANGUAGES else DEFAULT_LANGUAGE
