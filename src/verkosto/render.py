"""Every Rich renderable the tool shows is built here; the CLI only prints them."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from verkosto import i18n
from verkosto.i18n import t
from verkosto.instrument import Instrument, Question, Text
from verkosto.interview import Prompt
from verkosto.recommend import Recommendation
from verkosto.scoring import INSUFFICIENT, Scores

if TYPE_CHECKING:
    from rich.console import Console, RenderableType
    from rich.progress import Progress
    from rich.text import Text as RenderableText

OUTCOME_STYLES = {
    "invest": "green",
    "continue": "green",
    "lighten": "yellow",
    "give_time": "cyan",
    "leave": "red",
}
LEVEL_STYLES = ("green", "yellow", "red")
BAR_CELLS = 10
# Wider lines are hard to read; the result keeps to this width even on a wide terminal.
MAX_WIDTH = 88


def make_console(stderr: bool = False) -> Console:
    """Return a console that honours NO_COLOR, TERM=dumb and the real terminal width."""
    import os
    import shutil

    from rich.console import Console

    width = height = None
    if os.environ.get("TERM", "").lower() in ("dumb", "unknown"):
        # Rich assumes 80×25 on a dumb terminal unless given both; ask the terminal instead.
        width, height = shutil.get_terminal_size(fallback=(80, 25))
    return Console(
        stderr=stderr, highlight=False, soft_wrap=False, width=width, height=height
    )


def format_date(day: date, lang: str) -> str:
    """Format a date the way people write it: 27.11.2026 in Finnish, ISO in English."""
    return f"{day.day}.{day.month}.{day.year}" if lang == "fi" else day.isoformat()


def intro_view(instrument: Instrument, lang: str) -> RenderableType:
    """Return the instrument's title and how to answer, shown before the first question."""
    from rich.console import Group
    from rich.text import Text

    return Group(
        Text(instrument.title.get(lang), style="bold"),
        Text(t("intro", lang), style="dim"),
    )


def _dimension_title(instrument: Instrument, question: Question, lang: str) -> str:
    if question.dimension is None:
        return t("notes" if question.type == "text" else "background", lang)
    return instrument.dimension(question.dimension).title.get(lang)


def question_view(instrument: Instrument, prompt: Prompt, lang: str) -> RenderableType:
    """Return a question with its progress, dimension and the labelled choices."""
    from rich.console import Group
    from rich.table import Table
    from rich.text import Text

    question = prompt.question
    heading = Text()
    total = str(prompt.total)
    if prompt.total_max is not None:
        total = f"{prompt.total}–{prompt.total_max}"
    heading.append(t("progress", lang, n=prompt.number, total=total), style="bold")
    heading.append(" · ")
    heading.append(_dimension_title(instrument, question, lang), style="cyan")
    parts: list[RenderableType] = [Text(""), heading, Text(question.text.get(lang), style="bold")]
    options = Table.grid(padding=(0, 1))
    options.add_column(justify="right", style="bold", no_wrap=True)
    options.add_column()
    # Every text from a file goes in as Text, never as markup: "[/pj]" in a label is just text.
    if question.type == "scale":
        for point, label in enumerate(question.labels, start=1):
            options.add_row(Text(str(point)), Text(label.get(lang)))
        if question.not_applicable is not None:
            options.add_row(Text("0"), Text(question.not_applicable.get(lang)))
    elif question.type == "choice":
        for index, choice in enumerate(question.choices, start=1):
            options.add_row(Text(str(index)), Text(choice.label.get(lang)))
    if options.row_count:
        parts.append(options)
    return Group(*parts)


def prompt_text(question: Question, lang: str) -> RenderableText:
    """Return the prompt line with the accepted answers."""
    from rich.text import Text

    hints: list[str] = []
    if question.type == "scale":
        hints.append(t("hint_scale", lang))
        if question.not_applicable is not None:
            hints.append("0")
    elif question.type == "number":
        unit = question.unit.get(lang) if question.unit else ""
        low = i18n.number(question.min, lang, 2, strip=True)
        high = i18n.number(question.max, lang, 2, strip=True)
        hints.append(t("hint_number", lang, min=low, max=high, unit=unit).strip())
    elif question.type == "choice":
        hints.append(f"1–{len(question.choices)}")
    else:
        hints.append(t("hint_text", lang))
    hints.append(t("hint_help", lang))
    prompt = Text(t("answer_prompt", lang))
    prompt.append(f" ({', '.join(hints)})", style="dim")
    prompt.append(": ")
    return prompt


def network_prompt(lang: str) -> RenderableText:
    """Return the prompt that asks for the network's name."""
    from rich.text import Text

    return Text(f"{t('ask_network', lang)} ", style="bold")


def message_view(text: str, style: str = "") -> RenderableType:
    """Return a plain message line; the text is never read as markup."""
    from rich.text import Text

    return Text(text, style=style)


def error_view(key: str, params: dict[str, object], lang: str) -> RenderableType:
    """Return a short message about a bad answer (marked with a sign, not colour alone)."""
    from rich.text import Text

    message = t(key, lang, **params)
    return Text(f"✗ {message[:1].upper()}{message[1:]}.", style="red")


def help_view(question: Question, lang: str) -> RenderableType:
    """Return a question's help text and the passage of the article it comes from."""
    from rich.console import Group
    from rich.text import Text

    body = question.help.get(lang) if question.help else t("no_help", lang)
    source = Text(f"{t('source_label', lang)}: {question.source}", style="dim")
    return Group(Text(f"ℹ {body}", style="italic"), source)


def note_view(note: Text, lang: str) -> RenderableType:
    """Return a note shown after a choice, such as how to answer the questions that follow."""
    from rich.text import Text as RichText

    return RichText(f"ℹ {note.get(lang)}", style="italic")


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
                Text(i18n.number(result.score, lang, 1)),
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
    from rich.panel import Panel
    from rich.text import Text

    style = OUTCOME_STYLES.get(recommendation.id, "")
    verdict = Panel(
        Text(recommendation.title, style=f"bold {style}"),
        title=Text(t("result_title", lang, network=network)),
        title_align="left",
        border_style=style,
        expand=True,
    )
    time = scores.time
    if time.hours_per_month is not None and time.share is not None:
        time_text = t(
            "time_line",
            lang,
            hours=i18n.number(time.hours_per_month, lang, 1, strip=True),
            share=i18n.percent(time.share, lang),
            worktime=i18n.number(time.worktime, lang, 1, strip=True),
        )
    else:
        time_text = t("time_unknown", lang)
    balance = scores.balance
    if balance.ratio is not None:
        balance_text = t(
            "balance_line",
            lang,
            benefit=i18n.number(balance.benefit, lang, 1),
            cost=i18n.number(balance.cost, lang, 1),
            ratio=i18n.number(balance.ratio, lang, 2),
            threshold=i18n.number(instrument.recommendation.worth_it_ratio, lang, 2, strip=True),
        )
    else:
        balance_text = t("balance_unknown", lang)

    def heading(key: str) -> Text:
        return Text(t(key, lang), style="bold")

    def labelled(key: str, value: str) -> Text:
        line = Text()
        line.append(f"{t(key, lang)}: ", style="bold")
        line.append(value)
        return line

    reasons = _hanging([("•", reason) for reason in recommendation.reasons])
    steps = _hanging(
        [(f"{number}.", step) for number, step in enumerate(recommendation.next_steps, 1)]
    )
    body = Group(
        verdict,
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
        Text(""),
        labelled("review_heading", format_date(recommendation.next_review, lang)),
    )
    return Constrain(body, width=MAX_WIDTH)


def _hanging(items: list[tuple[str, str]]) -> RenderableType:
    """Return a list whose wrapped lines stay indented under their text, not the marker."""
    from rich.table import Table
    from rich.text import Text

    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True)
    grid.add_column(ratio=1)
    for marker, text in items:
        grid.add_row(Text(marker), Text(text))
    return grid


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
        kind = Text(t(f"type_{question.type}", lang))
        if question.reverse:
            kind.append(f"\n{t('reverse_mark', lang)}", style="dim")
        if question.when is not None:
            kind.append(f"\n{when_text(question, lang)}", style="dim")
        text = Text(question.text.get(lang))
        text.append(f"\n{_dimension_title(instrument, question, lang)}", style="dim")
        table.add_row(Text(question.id), kind, text)
    title = Text(f"{instrument.title.get(lang)} · {instrument.id} {instrument.version}",
                 style="bold")
    return Group(title, table)


def kooste_view(
    summary: dict[str, Any], titles: dict[str, str], lang: str
) -> RenderableType:
    """Return the organisation's summary: a row per network, then each one's verdicts and scores."""
    from rich import box
    from rich.console import Group
    from rich.constrain import Constrain
    from rich.table import Table
    from rich.text import Text

    def table(title_key: str) -> Table:
        return Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False,
                     title=Text(t(title_key, lang), style="bold"), title_justify="left")

    minimum = summary["min_respondents"]
    overview = table("kooste_title")
    overview.add_column(t("kooste_col_network", lang), ratio=1, min_width=16, overflow="fold")
    overview.add_column(t("kooste_col_respondents", lang), justify="right", max_width=11)
    overview.add_column(t("kooste_col_worth", lang), justify="right", max_width=9)
    overview.add_column(t("kooste_col_hours", lang), justify="right", max_width=14)
    shown = []
    for network in summary["networks"]:
        name = Text(_printable(network["network"]))
        count = Text(str(network["respondents"]))
        if network["suppressed"]:
            overview.add_row(name, count, Text("–", style="dim"), Text("–", style="dim"))
            continue
        shown.append(network)
        hours = network["hours_per_month"]
        overview.add_row(
            name,
            count,
            Text(i18n.percent(network["worth_it_share"], lang)),
            Text(f"{i18n.number(hours['median'], lang, 1)} "
                 f"({i18n.number(hours['total'], lang, 1, strip=True)})"),
        )
    parts: list[RenderableType] = [overview]
    if shown:
        details = table("kooste_dims_title")
        details.add_column(t("dimension", lang), ratio=1, min_width=16, overflow="fold")
        details.add_column(t("kooste_col_mean", lang), justify="right", max_width=9)
        details.add_column(t("kooste_col_sd", lang), justify="right", max_width=9)
        details.add_column(t("kooste_col_n", lang), justify="right", no_wrap=True)
        for network in shown:
            details.add_row(Text(_printable(network["network"]), style="bold"))
            counts = " · ".join(
                f"{t('kooste_verdict_' + verdict, lang)} {count}"
                for verdict, count in network["verdicts"].items()
                if count
            )
            details.add_row(Text(f"{t('kooste_verdicts', lang)}: {counts}", style="italic"))
            for did in summary["dimensions"]:
                figures = network["dimensions"][did]
                details.add_row(
                    Text(titles.get(did, did)),
                    Text(i18n.number(figures["mean"], lang, 2)),
                    Text(i18n.number(figures["sd"], lang, 2)),
                    Text(str(figures["n"])),
                )
            details.add_row()
        parts += [Text(""), details]
    note = t("kooste_note", lang, min=minimum)
    parts += [Text(note, style="dim")]
    return Constrain(Group(*parts), width=MAX_WIDTH)


def _printable(text: str) -> str:
    """Escape control characters: a name from someone's file must not drive the terminal."""
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in text)


def kooste_progress(lang: str) -> Progress:
    """Return a progress bar on stderr for reading many exports."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    return Progress(
        TextColumn(t("kooste_progress", lang), markup=False),
        BarColumn(),
        MofNCompleteColumn(),
        console=make_console(stderr=True),
        transient=True,
    )


def plain_text(renderable: RenderableType, width: int = MAX_WIDTH) -> str:
    """Return a renderable as plain text without colour, for writing into a file."""
    import io

    from rich.console import Console

    console = Console(file=io.StringIO(), width=width, color_system=None, highlight=False,
                      soft_wrap=False)
    console.print(renderable)
    output = console.file.getvalue()  # type: ignore[attr-defined]
    return str(output)
