"""The questionnaire as a table (`verkosto kysymykset`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from verkosto.i18n.catalog import t
from verkosto.instrument.model import Instrument, Question
from verkosto.render.interview import dimension_title

if TYPE_CHECKING:
    from rich.console import RenderableType

# The name of each question type, as the table shows it.
_TYPE_KEYS = {
    "scale": "type_scale",
    "number": "type_number",
    "choice": "type_choice",
    "text": "type_text",
}


def when_text(question: Question, lang: str) -> str:
    """Return a question's condition in words, or an empty string."""
    if question.when is None:
        return ""
    values = " / ".join(str(v) for v in question.when.values)
    return t("when_text", lang, question=question.when.question, values=values)


def instrument_table(instrument: Instrument, lang: str) -> RenderableType:
    """Return the questionnaire as a table grouped by dimension."""
    from rich import box
    from rich.console import Group
    from rich.table import Table
    from rich.text import Text

    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
    table.add_column(t("col_id", lang), overflow="fold", style="bold")
    table.add_column(t("col_type", lang), overflow="fold", max_width=16)
    table.add_column(t("col_question", lang), ratio=1, overflow="fold")
    for question in instrument.questions:
        kind = Text(t(_TYPE_KEYS[question.type], lang))
        if question.reverse:
            kind.append(f"\n{t('reverse_mark', lang)}", style="dim")
        if question.when is not None:
            kind.append(f"\n{when_text(question, lang)}", style="dim")
        text = Text(question.text.get(lang))
        text.append(f"\n{dimension_title(instrument, question, lang)}", style="dim")
        table.add_row(Text(question.id), kind, text)
    title = Text(
        f"{instrument.title.get(lang)} · {instrument.id} {instrument.version}", style="bold"
    )
    return Group(title, table)
