"""A stored assessment's verdict and dimensions in words, for the history screens."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from verkosto import compare
from verkosto.instrument.model import Instrument
from verkosto.render.layout import OUTCOME_STYLES

if TYPE_CHECKING:
    from rich.text import Text as RenderableText


def dimension_name(instrument: Instrument, did: str, lang: str) -> str:
    """Return a dimension's title, or its id when this instrument has no such dimension."""
    try:
        return instrument.dimension(did).title.get(lang)
    except KeyError:  # a dimension of another instrument version
        return did


def verdict_text(
    instrument: Instrument | None, export: Mapping[str, Any], lang: str
) -> RenderableText:
    """Return an assessment's verdict in words, coloured by its outcome."""
    from rich.text import Text

    return Text(
        verdict_label(instrument, export, lang),
        style=OUTCOME_STYLES.get(compare.export_outcome(export), ""),
    )


def verdict_label(instrument: Instrument | None, export: Mapping[str, Any], lang: str) -> str:
    """Return an assessment's recommendation title in `lang`, worded as it was for the person."""
    return compare.verdict_title(export, instrument, lang)
