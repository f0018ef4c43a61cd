"""Put a report together: gather its contents, then lay it out."""

from __future__ import annotations

from collections.abc import Sequence

from verkosto.instrument.model import Instrument
from verkosto.report.contents import Contents, Export, contents, visible_contents
from verkosto.report.formats import to_markdown, to_text
from verkosto.report.html import to_html

FORMATS = ("md", "html", "txt")


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
