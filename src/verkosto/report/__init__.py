"""A report of one assessment to share: Markdown, plain text or self-contained HTML.

What a report says is gathered in `report.contents` and laid out in `report.formats`;
`build` puts the two together. The export it is made of is read and checked by
`verkosto.export.read.load_export`.
"""

from __future__ import annotations

from verkosto.instrument import Instrument
from verkosto.report.contents import Contents, DimensionRow, Export, contents, visible_contents
from verkosto.report.formats import to_html, to_markdown, to_text

FORMATS = ("md", "html", "txt")

# Names the CLI and the tests import from here; they live in the modules named above.
__all__ = [
    "FORMATS",
    "Contents",
    "DimensionRow",
    "build",
    "contents",
    "to_html",
    "to_markdown",
    "to_text",
]


# --------------------------------------------------------------------------- the report
# What a report says is gathered in `report.contents`; its formats are in `report.formats`.


def build(export: Export, instrument: Instrument, lang: str, fmt: str, width: int = 78) -> str:
    """Return the report of one export in the format `fmt` (md, html or txt)."""
    gathered = visible_contents(contents(export, instrument, lang))
    if fmt == "html":
        return to_html(gathered)
    if fmt == "txt":
        return to_text(gathered, width)
    return to_markdown(gathered)
