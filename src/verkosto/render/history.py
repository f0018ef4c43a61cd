"""The history list and a network's trend."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING, Any

from verkosto import compare
from verkosto.export.check import completed_on
from verkosto.i18n.catalog import t
from verkosto.i18n.formatting import format_date, number
from verkosto.instrument.model import Instrument
from verkosto.render.layout import (
    NBSP,
    TABLE_MAX_WIDTH,
    Fitting,
    list_table,
    stacked,
)
from verkosto.render.verdicts import dimension_name, verdict_text
from verkosto.safetext import visible

if TYPE_CHECKING:
    from rich.console import RenderableType

    from verkosto.compare import Trend


SPARK = "▁▂▃▄▅▆▇█"
TREND_SIGNS = {1: ("↑", "trend_up"), -1: ("↓", "trend_down"), 0: ("→", "trend_level")}


def sparkline(scores: tuple[float | None, ...]) -> str:
    """Return scores 1–5 as a row of block characters; a missing score is a dot."""
    cells = []
    for score in scores:
        if score is None:
            cells.append("·")
        else:
            index = round((min(5.0, max(1.0, score)) - 1.0) / 4.0 * (len(SPARK) - 1))
            cells.append(SPARK[index])
    return "".join(cells)


def history_view(
    rows: Sequence[tuple[int, Mapping[str, Any]]],
    current_ids: set[int],
    today: date,
    lang: str,
    width: int = TABLE_MAX_WIDTH,
    instrument: Instrument | None = None,
) -> RenderableType:
    """Return the history newest first (a table when wide); an overdue review is said in words."""
    from rich.console import Group
    from rich.text import Text

    title = Text(t("history_title", lang), style="bold")
    table = list_table(title, lang, t("col_no", lang), t("col_date", lang))
    # A date wide: the heading and the word 'myöhässä' go on lines of their own.
    table.add_column(t("col_review", lang).replace(" ", "\n"), no_wrap=True)
    entries: list[tuple[str, RenderableType]] = []
    for assessment_id, export in rows:
        day = completed_on(export)
        review_day = compare.next_review(export)
        review = Text(format_date(review_day, lang) if review_day else "–")
        if assessment_id not in current_ids:
            # A later assessment of the same network set a newer review date.
            review.stylize("dim")
        elif compare.is_overdue(export, today):
            review.append(f"\n{t('overdue', lang)}", style="bold red")
        verdict = verdict_text(instrument, export, lang)
        network = visible(export.get("network", ""))
        ratio = number(compare.ratio(export), lang, 2)
        hours = number(compare.hours(export), lang, 1, strip=True)
        date_text = format_date(day, lang) if day else "–"
        table.add_row(
            Text(str(assessment_id)),
            Text(date_text),
            Text(network),
            verdict,
            Text(ratio),
            Text(hours),
            review,
        )
        figures = Text(
            f"{t('col_balance', lang)} {ratio} · {hours}{NBSP}{t('col_hours', lang)}"
            f" · {t('col_review', lang)} ",
            style="dim",
        )
        figures.append_text(review.copy())
        if "\n" in review.plain:
            figures = Text(" ").join(figures.split("\n"))
        heading = Text(f"{date_text} · ")
        heading.append(network, style="bold")
        entries.append((f"{assessment_id}.", Group(heading, verdict, figures)))
    return Fitting(table, Group(title, stacked(entries)), min(width, TABLE_MAX_WIDTH))


# A trend row is the dimension's name, the sparkline and "↓ laskee (3,8 → 4,2)": the
# sparkline gets what the other two leave of the width, but always enough to show a trend.
_TREND_PADDING = 2
MIN_TREND_POINTS = 3


def _trend_words(trend: Trend, lang: str) -> str:
    sign, word = TREND_SIGNS[trend.direction]
    first = next((s for s in trend.scores if s is not None), None)
    last = next((s for s in reversed(trend.scores) if s is not None), None)
    return f"{sign} {t(word, lang)} ({number(first, lang, 1)} → {number(last, lang, 1)})"


def trend_points(instrument: Instrument, lang: str, width: int) -> int:
    """Return how many assessments a trend's sparkline can show on one line of `width`."""
    from rich.cells import cell_len

    names = max((cell_len(d.title.get(lang)) for d in instrument.dimensions), default=0)
    # The widest direction text: the longest word with two scores of one decimal each.
    words = 0
    for direction in TREND_SIGNS:
        sign, word = TREND_SIGNS[direction]
        words = max(words, cell_len(f"{sign} {t(word, lang)} (5,0 → 5,0)"))
    return max(MIN_TREND_POINTS, width - names - words - 2 * _TREND_PADDING)


def trend_view(
    instrument: Instrument,
    network: str,
    trends: list[Trend],
    count: int,
    lang: str,
    width: int | None = None,
) -> RenderableType:
    """Return a network's trend per dimension: a sparkline, an arrow and the direction in words.

    `count` is the network's number of assessments; the trends hold its latest ones. With a
    `width`, each sparkline keeps to the latest points that fit on one line beside the words.
    """
    from rich.console import Group
    from rich.table import Table
    from rich.text import Text

    points = None if width is None else trend_points(instrument, lang, width)
    if points is not None:
        trends = [replace(tr, scores=tr.scores[-points:]) for tr in trends]
    grid = Table.grid(padding=(0, _TREND_PADDING))
    grid.add_column(overflow="fold")
    grid.add_column(no_wrap=True)
    grid.add_column(no_wrap=True)
    for trend in trends:
        grid.add_row(
            Text(dimension_name(instrument, trend.dimension, lang)),
            Text(sparkline(trend.scores)),
            Text(_trend_words(trend, lang)),
        )
    shown = max((len(tr.scores) for tr in trends), default=0)
    title = (
        t("trend_title", lang, network=network, count=count)
        if shown >= count
        else t("trend_title_latest", lang, network=network, count=count, shown=shown)
    )
    return Group(Text(""), Text(title, style="bold"), grid)
