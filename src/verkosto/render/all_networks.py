"""All networks by their latest assessment (`verkosto yhteenveto`)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from verkosto import compare
from verkosto.i18n.catalog import t
from verkosto.i18n.formatting import number, percent
from verkosto.instrument.model import Instrument
from verkosto.render.layout import (
    MAX_WIDTH,
    NBSP,
    TABLE_MAX_WIDTH,
    Fitting,
    hanging,
    list_table,
    prose,
    stacked,
)
from verkosto.render.verdicts import verdict_text
from verkosto.safetext import visible

if TYPE_CHECKING:
    from rich.console import RenderableType
    from rich.text import Text as RenderableText

    from verkosto.overview import Summary


def summary_view(
    summary: Summary,
    today: date,
    lang: str,
    width: int = TABLE_MAX_WIDTH,
    instrument: Instrument | None = None,
) -> RenderableType:
    """Return all networks by their latest assessment, the totals and what to lighten first."""
    from rich.console import Group
    from rich.constrain import Constrain
    from rich.text import Text

    overdue = [
        visible(export.get("network", ""))
        for _, export in (*summary.rows, *summary.considered)
        if compare.is_overdue(export, today)
    ]
    notes = _notes(summary, lang, instrument)
    if overdue:
        notes.append(Text(t("summary_overdue", lang, networks=", ".join(overdue)), style="bold"))
    wrapped: list[RenderableType] = [prose(note) for note in notes]
    considered = _considered(summary, lang, instrument)
    if considered:
        if summary.rows:
            wrapped.append(Text(""))
        wrapped += [Text(t("summary_considered_heading", lang), style="bold"), hanging(considered)]
    shown: list[RenderableType] = []
    if summary.rows:
        shown.append(_joined(summary, lang, width, instrument))
    return Group(*shown, Constrain(Group(*wrapped), width=MAX_WIDTH))


def _joined(
    summary: Summary, lang: str, width: int, instrument: Instrument | None
) -> RenderableType:
    """Return the networks the person is in: a table when it fits, else stacked blocks."""
    from rich.console import Group
    from rich.text import Text

    title = Text(t("summary_title", lang), style="bold")
    table = list_table(title, lang)
    table.add_column(t("col_share", lang), justify="right", no_wrap=True)
    entries: list[tuple[str, RenderableType]] = []
    for rank, (_, export) in enumerate(summary.rows, 1):
        network = visible(export.get("network", ""))
        verdict = verdict_text(instrument, export, lang)
        ratio = number(compare.ratio(export), lang, 2)
        hours = number(compare.hours(export), lang, 1, strip=True)
        share = percent(compare.share(export), lang)
        table.add_row(
            Text(f"{rank}."), Text(network), verdict, Text(ratio), Text(hours), Text(share)
        )
        figures = Text(
            f"{t('col_balance', lang)} {ratio} · {hours}{NBSP}{t('col_hours', lang)}"
            f" · {t('share_of_work', lang, share=share)}",
            style="dim",
        )
        entries.append((f"{rank}.", Group(Text(network, style="bold"), verdict, figures)))
    return Fitting(table, Group(title, stacked(entries)), min(width, TABLE_MAX_WIDTH))


def _notes(summary: Summary, lang: str, instrument: Instrument | None) -> list[RenderableText]:
    """Return the totals against the tool's guideline and the network to lighten first."""
    from rich.text import Text

    def hours(value: float | None) -> str:
        return number(value, lang, 1, strip=True)

    limit = percent(summary.limit, lang)
    notes: list[RenderableText] = []
    if summary.rows:
        # Totals only of networks the person is in: with none, there is nothing to add up.
        notes += [
            Text(""),
            Text(
                t(
                    "summary_total",
                    lang,
                    hours=hours(summary.total_hours),
                    share=percent(summary.total_share, lang),
                    limit=limit,
                ),
                style="bold",
            ),
        ]
        agreed = round(summary.total_hours - summary.unagreed_hours, 2)
        if agreed > 0:
            notes.append(
                Text(
                    t(
                        "summary_agreed",
                        lang,
                        agreed=hours(agreed),
                        unagreed_hours=hours(summary.unagreed_hours),
                        unagreed_share=percent(summary.unagreed_share, lang),
                    )
                )
            )
        if summary.over_limit:
            notes.append(Text(t("summary_over", lang, limit=limit), style="bold red"))
        else:
            notes.append(Text(t("summary_under", lang, limit=limit)))
    else:
        notes.append(Text(t("summary_none_joined", lang), style="bold"))
    first = summary.lighten_first
    if first is not None:
        export = first[1]
        key = (
            "summary_lighten"
            if compare.export_outcome(export) in compare.CUT_BACK
            else "summary_lighten_other"
        )
        notes.append(
            Text(
                t(
                    key,
                    lang,
                    network=visible(export.get("network", "")),
                    verdict=compare.verdict_title(export, instrument, lang),
                    hours=hours(compare.unagreed_hours(export)),
                    share=percent(compare.unagreed_share(export), lang),
                )
            )
        )
    elif summary.over_limit:
        notes.append(Text(t("summary_lighten_none", lang)))
    return notes


def _considered(
    summary: Summary, lang: str, instrument: Instrument | None
) -> list[tuple[str, str]]:
    """Return the networks the person is only considering, one line each."""
    return [
        (
            "•",
            t(
                "summary_considered_row",
                lang,
                network=visible(export.get("network", "")),
                verdict=verdict_text(instrument, export, lang).plain,
                hours=number(compare.hours(export), lang, 1, strip=True),
                share=percent(compare.share(export), lang),
            ),
        )
        for _, export in summary.considered
    ]
