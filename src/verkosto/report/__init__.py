"""A report of one assessment to share: Markdown, plain text or self-contained HTML.

What a report says is gathered in `report.contents`; Markdown and text are laid out in
`report.formats`, HTML in `report.html` with its pictures from `report.chart`. `build` puts
them together. The export it is made of is read and checked by
`verkosto.export.read.load_export`.
"""

from __future__ import annotations

from collections.abc import Sequence

from verkosto.instrument import Instrument
from verkosto.report.contents import Contents, DimensionRow, Export, contents, visible_contents
from verkosto.report.formats import to_markdown, to_text
from verkosto.report.html import to_html

FORMATS = ("md", "html", "txt")

# Names the CLI and the tests import from here; they live in the modules named above.
__all__ = [
    "FORMATS",
    "Contents",
    "DimensionRow",
    "build",
    "contents",
    "gather",
    "render",
    "to_html",
    "to_markdown",
    "to_text",
]


def gather(
    export: Export,
    instrument: Instrument,
    lang: str,
    earlier: Sequence[Export] = (),
    include_free_text: bool = False,
) -> Contents:
    """Return what the report of `export` says, every text safe to show.

    `earlier` are the network's other assessments, for its trend; free text is left out
    unless `include_free_text`.
    """
    return visible_contents(contents(export, instrument, lang, earlier, include_free_text))


def render(gathered: Contents, fmt: str, width: int = 78) -> str:
    """Return the report in the format `fmt` (md, html or txt); text wraps at `width`."""
    if fmt == "html":
        return to_html(gathered)
    if fmt == "txt":
        return to_text(gathered, width)
    return to_markdown(gathered)


def build(
    export: Export,
    instrument: Instrument,
    lang: str,
    fmt: str,
    width: int = 78,
    earlier: Sequence[Export] = (),
    include_free_text: bool = False,
) -> str:
    """Return the report of one export in the format `fmt` (md, html or txt)."""
    return render(gather(export, instrument, lang, earlier, include_free_text), fmt, width)
