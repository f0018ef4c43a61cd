"""The interface languages: the questions file, the texts and the exports all use these."""

from __future__ import annotations

DEFAULT_LANGUAGE = "fi"
LANGUAGES = ("fi", "en", "sv")
