"""Two assessments side by side (`verkosto vertaa`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from verkosto.answertext import answer_text
from verkosto.compare import ValueChange, export_outcome
from verkosto.i18n.catalog import t
from verkosto.i18n.formatting import number, percent
from verkosto.instrument.model import Instrument
from verkosto.render.layout import MAX_WIDTH, OUTCOME_STYLES, hanging
from verkosto.render.verdicts import dimension_name, verdict_label

if TYPE_CHECKING:
    from rich.console import RenderableType
    from rich.table import Table
    from rich.text import Text

    from verkosto.compare import Comparison


def _signed(value: float | None, lang: str, digits: int) -> str:
    if value is None:
        return "–"
    if abs(value) < 0.5 * 10**-digits:
        return number(0.0, lang, digits)
    sign = "↑ +" if value > 0 else "↓ −"
    return f"{sign}{number(abs(value), lang, digits)}"


def comparison_view(
    instrument: Instrument, comparison: Comparison, label_a: str, label_b: str, lang: str
) -> RenderableType:
    """Return two assessments side by side: dimensions, hours, balance, verdict and answers."""
    from rich.console import Group
    from rich.constrain import Constrain
    from rich.text import Text

    network = str(comparison.after.get("network", ""))
    parts: list[RenderableType] = [
        Text(t("compare_title", lang, network=network), style="bold"),
        Text(t("compare_columns", lang, a=label_a, b=label_b), style="dim"),
        _figures_table(instrument, comparison, lang),
        _verdicts(instrument, comparison, lang),
        Text(""),
        Text(t("answers_changed_heading", lang), style="bold"),
        _changed_answers(instrument, comparison, lang),
    ]
    return Constrain(Group(*parts), width=MAX_WIDTH)


def _figures_table(instrument: Instrument, comparison: Comparison, lang: str) -> Table:
    """Return the figures of A and B and their change: dimensions, hours, share, balance."""
    from rich import box
    from rich.table import Table
    from rich.text import Text

    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, show_edge=False)
    table.add_column("", overflow="fold")
    table.add_column("A", justify="right", no_wrap=True)
    table.add_column("B", justify="right", no_wrap=True)
    table.add_column(t("col_change", lang), justify="right", no_wrap=True)

    def add(title: str, change: ValueChange, digits: int) -> None:
        table.add_row(
            Text(title),
            Text(number(change.before, lang, digits)),
            Text(number(change.after, lang, digits)),
            Text(_signed(change.delta, lang, digits)),
        )

    for did, change in comparison.dimensions:
        add(dimension_name(instrument, did, lang), change, 1)
    table.add_section()
    add(t("row_hours", lang), comparison.hours, 1)
    table.add_row(*_share_cells(comparison.share, lang))
    add(t("row_balance", lang), comparison.ratio, 2)
    return table


def _share_cells(share: ValueChange, lang: str) -> tuple[Text, Text, Text, Text]:
    """Return the row of the work time's share: percentages, the change in points."""
    from rich.text import Text

    points = (
        f" {t('points_unit', lang)}"
        if share.delta is not None and abs(share.delta) >= 0.0005
        else ""
    )
    return (
        Text(t("row_share", lang)),
        Text(percent(share.before, lang)),
        Text(percent(share.after, lang)),
        Text(_signed(None if share.delta is None else share.delta * 100, lang, 1) + points),
    )


def _verdicts(instrument: Instrument, comparison: Comparison, lang: str) -> Text:
    """Return whether the verdict changed, and A's and B's verdicts in their colours."""
    from rich.text import Text

    changed = comparison.verdict_changed
    verdicts = Text()
    verdicts.append(f"{t('row_verdict', lang)}: ", style="bold")
    verdicts.append(t("verdict_changed" if changed else "verdict_same", lang))
    verdicts.append("\nA: ")
    verdicts.append(
        verdict_label(instrument, comparison.before, lang),
        style=OUTCOME_STYLES.get(export_outcome(comparison.before), ""),
    )
    verdicts.append("\nB: ")
    verdicts.append(
        verdict_label(instrument, comparison.after, lang),
        style=OUTCOME_STYLES.get(export_outcome(comparison.after), ""),
    )
    return verdicts


def _changed_answers(instrument: Instrument, comparison: Comparison, lang: str) -> RenderableType:
    """Return each answer that changed, A's and B's, or that none did."""
    from rich.text import Text

    if not comparison.answers:
        return Text(t("answers_unchanged", lang))
    items: list[tuple[str, str]] = []
    for moved in comparison.answers:
        question = (
            instrument.question(moved.question) if instrument.has_question(moved.question) else None
        )
        text = question.text.get(lang) if question else moved.question
        before = answer_text(question, moved.before, lang)
        after = answer_text(question, moved.after, lang)
        items.append(("•", f"{text}\n  A: {before}\n  B: {after}"))
    return hanging(items)
