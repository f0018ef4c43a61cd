"""Look an interface text up by key and fill in its parameters (no I/O).

Outside the tests a missing text shows its key, so a person sees something rather than a
traceback; the tests switch on strict lookups so that a missing text fails instead.
"""

from __future__ import annotations

from pathlib import PurePath

from verkosto.i18n.formatting import os_reason
from verkosto.i18n.texts import DEFAULT_LANGUAGE, MESSAGES
from verkosto.safetext import visible

_strict = False


def set_strict(on: bool = True) -> None:
    """Make `t()` raise KeyError for a missing text or placeholder (tests), or fall back."""
    global _strict
    _strict = on


def t(key: str, lang: str, /, **params: object) -> str:
    """Return the interface text `key` in `lang`, filled with `params`; KeyError if strict."""
    # An OSError given as a parameter is described in the person's language; every other
    # text (names, paths, keys from someone's file) is shown with its control characters
    # visible, so a message can never carry an escape sequence to the terminal.
    params = {
        k: os_reason(v, lang)
        if isinstance(v, OSError)
        else visible(v)
        if isinstance(v, (str, PurePath))
        else v
        for k, v in params.items()
    }
    # One item reads differently in every language ("1 vastaus", "1 answer", "1 svar").
    if params.get("count") == 1 and f"{key}_one" in MESSAGES:
        key = f"{key}_one"
    entry = MESSAGES.get(key)
    if entry is None or (_strict and not entry.get(lang)):
        if _strict:
            raise KeyError(f"no interface text {key!r} in language {lang!r}")
        return key
    template = entry.get(lang) or entry[DEFAULT_LANGUAGE]
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError) as error:
        if _strict:
            raise KeyError(
                f"interface text {key!r} in language {lang!r} cannot be filled: {error!r}"
            ) from error
        return template
