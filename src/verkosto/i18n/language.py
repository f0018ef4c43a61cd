"""Which interface language a run uses: the one place in `i18n` that reads the environment."""

from __future__ import annotations

import os

from verkosto.i18n.texts import DEFAULT_LANGUAGE


def resolve_language(value: str | None) -> str:
    """Return the interface language: the option, else $VERKOSTO_KIELI, else Finnish."""
    chosen = value or os.environ.get("VERKOSTO_KIELI") or DEFAULT_LANGUAGE
    return chosen.strip().lower()
