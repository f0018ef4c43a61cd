"""Interface texts in Finnish and English, their lookup, and number formatting.

Where things are:
- `texts/`: every text, one pure-data module per topic (a translator opens one file);
- `catalog`: `t()`, which looks a text up and fills it in, and the strict switch for tests;
- `formatting`: numbers, shares, dates and operating-system reasons;
- `problems`: a located problem as one line, and parser messages in the person's words;
- `language`: which language a run uses; the only module here that reads the environment.
"""

from __future__ import annotations

from verkosto.i18n.catalog import set_strict, t
from verkosto.i18n.formatting import format_date, format_time, number, os_reason, percent
from verkosto.i18n.language import resolve_language
from verkosto.i18n.problems import (
    EXPECTED,
    SYNTAX_DETAILS,
    SYNTAX_KEYS,
    describe_problem,
    syntax_detail,
)
from verkosto.i18n.texts import DEFAULT_LANGUAGE, LANGUAGES, MESSAGES
from verkosto.i18n.texts.errors import OS_REASONS

__all__ = [
    "DEFAULT_LANGUAGE",
    "EXPECTED",
    "LANGUAGES",
    "MESSAGES",
    "OS_REASONS",
    "SYNTAX_DETAILS",
    "SYNTAX_KEYS",
    "describe_problem",
    "format_date",
    "format_time",
    "number",
    "os_reason",
    "percent",
    "resolve_language",
    "set_strict",
    "syntax_detail",
    "t",
]
