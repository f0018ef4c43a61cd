"""The result screen: the verdict, the dimensions, time, balance, reasons and steps."""

from __future__ import annotations

from typing import TYPE_CHECKING

from verkosto import explain
from verkosto.explain import score_text
from verkosto.i18n import formatting
from verkosto.i18n.catalog import t
from verkosto.i18n.formatting import format_date, percent
from verkosto.instrument.model import Instrument, Text
from verkosto.recommend import Recommendation
from verkosto.render.layout import (
    MAX_WIDTH,
    OUTCOME_STYLES,
    TitledPanel,
    hanging,
    keep_units,
    prose,
)
from verkosto.scoring import INSUFFICIENT, Scores

if TYPE_CHECKING:
    from rich.console import RenderableType


LEVEL_STYLES = ("green", "yellow", "red")
BAR_CELLS = 10


def _bar(score: float | None) -> str:
    if score is None:
        return "·" * BAR_CELLS
    filled = round((score - 1.0) / 4.0 * BAR_CELLS)
    filled = max(0, min(BAR_CELLS, filled))
    return "█" * filled + "░" * (BAR_CELLS - filled)


def _level_label(instrument: Instrument, level_id: str, lang: str) -> tuple[str, str]:
    if level_id == INSUFFICIENT:
        return instrument.scoring.insufficient_label.get(lang), "dim"
    levels = instrument.scoring.levels
    for index, level in enumerate(levels):
        if level.id == level_id:
            position = round(index * (len(LEVEL_STYLES) - 1) / max(1, len(levels) - 1))
            return level.label.get(lang), LEVEL_STYLES[position]
    return level_id, ""


def dimensions_table(instrument: Instrument, scores: Scores, lang: str) -> RenderableType:
    """Return the table of dimensions with score, bar and level in words."""
    from rich import box
    from rich.table import Table
    from rich.text import Text

    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, expand=False, show_edge=False)
    table.add_column(t("dimension", lang), ratio=3, overflow="fold")
    table.add_column(t("score", lang), justify="right", no_wrap=True)
    table.add_column("", no_wrap=True)
    table.add_column(t("level", lang), ratio=2, overflow="fold")
    for side, heading in (("benefit", "section_benefit"), ("cost", "section_cost")):
        dims = [d for d in instrument.dimensions if d.side == side]
        if not dims:
            continue
        table.add_row(Text(t(heading, lang), style="bold"))
        for dim in dims:
            result = scores.dimensions[dim.id]
            label, style = _level_label(instrument, result.level, lang)
            table.add_row(
                Text(dim.title.get(lang)),
                Text(formatting.number(result.score, lang, 1)),
                Text(_bar(result.score), style=style),
                Text(label, style=style),
            )
    return table


def result_view(
    instrument: Instrument,
    network: str,
    scores: Scores,
    recommendation: Recommendation,
    lang: str,
) -> RenderableType:
    """Return the whole result screen: verdict, dimensions, time, balance, reasons, steps."""
    from rich.console import Group
    from rich.constrain import Constrain
    from rich.text import Text

    said = explain.words(instrument, recommendation, lang)
    style = OUTCOME_STYLES.get(recommendation.id, "")
    verdict = TitledPanel(
        Text(said.title, style=f"bold {style}"),
        t("result_title", lang, network=network),
        title_align="left",
        border_style=style,
        expand=True,
    )
    time_text = time_line(scores, lang)
    balance_text = balance_line(instrument, scores, lang)

    def heading(key: str) -> Text:
        return Text(t(key, lang), style="bold")

    def labelled(key: str, value: str) -> RenderableType:
        line = Text()
        line.append(f"{t(key, lang)}: ", style="bold")
        line.append(keep_units(value))
        return prose(line)

    reasons = hanging([("•", reason) for reason in said.reasons])
    steps = hanging([(f"{number}.", step) for number, step in enumerate(said.steps, 1)])
    parts: list[RenderableType] = [verdict]
    if recommendation.borderline:
        parts.append(prose(keep_units(t("borderline_note", lang)), "italic"))
    changes: list[RenderableType] = []
    if any(said.changes):
        changes = [
            Text(""),
            heading("changes_heading"),
            hanging([("•", change) for change in said.changes if change]),
        ]
    body = Group(
        *parts,
        dimensions_table(instrument, scores, lang),
        Text(t("scale_note", lang), style="dim"),
        Text(""),
        labelled("time_heading", time_text),
        labelled("balance_heading", balance_text),
        Text(""),
        heading("reasons_heading"),
        reasons,
        Text(""),
        heading("steps_heading"),
        steps,
        *changes,
        Text(""),
        labelled("review_heading", format_date(recommendation.next_review, lang)),
    )
    return Constrain(body, width=MAX_WIDTH)


def time_line(scores: Scores, lang: str) -> str:
    """Return the time the network takes in words: hours, agreed hours, share of work time."""
    time = scores.time
    if time.hours_per_month is not None and time.share is not None and time.agreed:
        return t(
            "time_agreed_line",
            lang,
            hours=formatting.number(time.hours_per_month, lang, 1, strip=True),
            agreed=formatting.number(time.agreed, lang, 1, strip=True),
            unagreed=formatting.number(time.unagreed, lang, 1, strip=True),
            share=percent(time.unagreed_share, lang),
            worktime=formatting.number(time.worktime, lang, 1, strip=True),
        )
    if time.hours_per_month is not None and time.share is not None:
        return t(
            "time_line",
            lang,
            hours=formatting.number(time.hours_per_month, lang, 1, strip=True),
            share=percent(time.share, lang),
            worktime=formatting.number(time.worktime, lang, 1, strip=True),
        )
    return t("time_unknown", lang)


def balance_line(instrument: Instrument, scores: Scores, lang: str) -> str:
    """Return the balance of benefit and cost in words, against the worth-it threshold."""
    balance = scores.balance
    if balance.ratio is None:
        return t("balance_unknown", lang)
    return t(
        "balance_line",
        lang,
        benefit=score_text(balance.benefit or 0.0, lang),
        # Shown as the table shows costs: 5 = light (the burden is 6 minus this).
        cost=score_text(6.0 - (balance.cost or 0.0), lang),
        ratio=formatting.number(balance.ratio, lang, 2),
        threshold=formatting.number(instrument.recommendation.worth_it_ratio, lang, 2, strip=True),
    )
