"""Every Rich renderable the tool shows is built here; the CLI only prints them."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from verkosto import i18n
from verkosto.i18n import t
from verkosto.instrument import Answer, Instrument, Question, Text
from verkosto.interview import Prompt, ReviewPrompt
from verkosto.recommend import Recommendation
from verkosto.safetext import visible
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
# Tables may use more of a wide terminal (a long name needs it), up to this width.
TABLE_MAX_WIDTH = 132
# No column of a list is squeezed narrower than this; below it, the list is stacked.
READABLE_COLUMN = 12
NBSP = "\u00a0"


def make_console(stderr: bool = False) -> Console:
    """Return a console that honours NO_COLOR, TERM=dumb and the real terminal width."""
    import os
    import shutil
    import sys
    from typing import IO, cast

    from rich.console import Console

    width = height = None
    if os.environ.get("TERM", "").lower() in ("dumb", "unknown"):
        # Rich assumes 80×25 on a dumb terminal unless given both; ask the terminal instead.
        width, height = shutil.get_terminal_size(fallback=(80, 25))
    stream = sys.stderr if stderr else sys.stdout
    file = None
    if not _is_terminal(stream):
        # A file or a pipe gets the lines without the padding that fills a table's cells.
        file = cast("IO[str]", _TrimmedLines(stream))
    return Console(
        stderr=stderr, highlight=False, soft_wrap=False, width=width, height=height, file=file
    )


def _is_terminal(stream: Any) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError, OSError):
        return False


class _TrimmedLines:
    """A stream wrapper that drops spaces at the end of each line written through it."""

    def __init__(self, stream: Any) -> None:
        self.stream = stream

    def write(self, text: str) -> int:
        """Write `text` with every line's trailing spaces removed."""
        import re

        return int(self.stream.write(re.sub(r"[ \t]+\n", "\n", text)) or 0)

    def flush(self) -> None:
        """Flush the stream underneath."""
        self.stream.flush()

    def isatty(self) -> bool:
        """Say this is no terminal (it is used only for files and pipes)."""
        return False

    @property
    def encoding(self) -> str:
        """Return the encoding of the stream underneath."""
        return str(getattr(self.stream, "encoding", None) or "utf-8")


class _Prose:
    """Text wrapped at ordinary spaces only, so a number and its unit (no-break space) stay."""

    def __init__(self, text: RenderableText) -> None:
        self.text = text

    def __rich_console__(self, console: Console, options: Any) -> Any:
        """Yield one Text a line, broken where a word would pass the width."""
        import re

        from rich.cells import cell_len

        width = options.max_width
        for line in self.text.split("\n", allow_blank=True):
            offsets: list[int] = []
            used = 0
            for match in re.finditer(r"[^ ]+ *", line.plain):
                word = match.group().rstrip(" ")
                if used and used + cell_len(word) > width:
                    offsets.append(match.start())
                    used = 0
                used += cell_len(match.group())
            for piece in line.divide(offsets):
                piece.rstrip()
                piece.overflow = "fold"  # only a word longer than the line is folded
                yield piece

    def __rich_measure__(self, console: Console, options: Any) -> Any:
        """Measure the text: its longest word (units kept) to its longest line."""
        import re

        from rich.cells import cell_len
        from rich.measure import Measurement

        plain = self.text.plain
        words = [w for w in re.split(r"[ \n]+", plain) if w] or [""]
        longest = max(cell_len(line) for line in plain.split("\n"))
        return Measurement(max(cell_len(w) for w in words), longest).with_maximum(
            options.max_width)


def prose(text: str | RenderableText, style: str = "") -> RenderableType:
    """Return text that wraps at spaces but never between a number and its unit."""
    from rich.text import Text

    return _Prose(Text(text, style=style) if isinstance(text, str) else text)


class _TitledPanel:
    """A Rich panel whose title, when too long for the width, is cut and ends in '…'."""

    def __init__(self, body: RenderableType, title: str, **options: Any) -> None:
        self.body = body
        self.title = title
        self.options = options

    def __rich_console__(self, console: Console, options: Any) -> Any:
        """Yield the panel with the title fitted to the width given."""
        from rich.panel import Panel
        from rich.text import Text

        title = Text(self.title)
        # Corners, the padding Rich puts around a title, and a cell to spare.
        title.truncate(max(options.max_width - 6, 1), overflow="ellipsis")
        yield Panel(self.body, title=title, **self.options)


class _Fitting:
    """A list shown as a table where every column fits readably, else as stacked blocks."""

    def __init__(self, table: Any, stacked: RenderableType, maximum: int = TABLE_MAX_WIDTH):
        self.table = table
        self.stacked = stacked
        self.maximum = maximum
        from rich.cells import cell_len

        for column in table.columns:
            if column.no_wrap:
                # A figure column is never narrower than its widest figure ("15 %").
                cells = [str(getattr(c, "plain", c)) for c in [*column.cells, column.header]]
                column.min_width = max(cell_len(line) for c in cells for line in c.split("\n"))

    def _columns(self, console: Console) -> list[tuple[int, int]]:
        """Return each column's narrowest readable and natural width (content only)."""
        from rich.measure import Measurement

        wide = console.options.update_width(10_000)
        found = []
        for column in self.table.columns:
            sizes = [Measurement.get(console, wide, cell) for cell in [*column.cells,
                                                                       column.header]]
            low = max([m.minimum for m in sizes] + [column.min_width or 0])
            found.append((low, max([m.maximum for m in sizes] + [low])))
        return found

    def __rich_console__(self, console: Console, options: Any) -> Any:
        """Render the table if it fits the width given, else the stacked blocks."""
        from rich.measure import Measurement

        width = min(options.max_width, self.maximum)
        columns = self._columns(console)
        wide = console.options.update_width(10_000)
        needed = Measurement.get(console, wide, self.table).minimum
        if needed > width:
            yield self.stacked
            return
        # Rich would shrink every column alike, cutting figures; give the spare room to the
        # columns that wrap, each up to its natural width, and fix every width.
        spare = width - needed
        gaps = [0 if c.no_wrap else high - low
                for c, (low, high) in zip(self.table.columns, columns, strict=True)]
        # Shared fairly: a column that needs little more gets all of it (a short question
        # stays on one line), and what is left goes to the columns that want more.
        given = [0] * len(gaps)
        waiting = sorted((i for i, gap in enumerate(gaps) if gap), key=lambda i: gaps[i])
        for place, index in enumerate(waiting):
            given[index] = min(gaps[index], spare // (len(waiting) - place))
            spare -= given[index]
        for column, (low, _), extra in zip(self.table.columns, columns, given, strict=True):
            column.width = low + extra
        yield self.table


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
    if prompt.joining and question.type == "scale":
        parts.append(Text(t("joining_note", lang), style="dim"))
    if question.type == "scale" and not prompt.scale_in_full and question.labels:
        parts.append(prose(scale_reminder(question, lang), "dim"))
    elif (options := _options_table(question, lang)) is not None:
        parts.append(options)
    return Group(*parts)


def _options_table(question: Question, lang: str) -> RenderableType | None:
    """Return a scale's labels or a choice's options, numbered, one a line (None if none)."""
    from rich.table import Table
    from rich.text import Text

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
    return options if options.row_count else None


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def scale_reminder(question: Question, lang: str) -> str:
    """Return a scale on one line: "1 = täysin eri mieltä … 5 = täysin samaa mieltä · 0 = …"."""
    labels = question.labels
    line = (f"1{NBSP}={NBSP}{_lower_first(labels[0].get(lang))} … "
            f"{len(labels)}{NBSP}={NBSP}{_lower_first(labels[-1].get(lang))}")
    if question.not_applicable is not None:
        line += f" · 0{NBSP}={NBSP}{_lower_first(question.not_applicable.get(lang))}"
    return line


def prompt_text(
    question: Question,
    lang: str,
    *,
    has_default: bool = False,
    default: Answer = None,
    can_go_back: bool = False,
) -> RenderableText:
    """Return the prompt line with the accepted answers and the answer Enter keeps."""
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
    elif not has_default:
        hints.append(t("hint_text", lang))
    else:
        hints.append(t("hint_clear", lang))
    hints.append(t("hint_help", lang))
    if can_go_back:
        hints.append(t("hint_back", lang))
    prompt = Text(t("answer_prompt", lang))
    if has_default:
        kept = answer_text(question, default, lang, limit=24)
        prompt.append(" [")
        prompt.append(t("hint_keep", lang, answer=kept), style="bold")
        prompt.append("]")
    prompt.append(f" ({', '.join(hints)})", style="dim")
    prompt.append(": ")
    return prompt


def answer_text(question: Question, value: Answer, lang: str, limit: int | None = None) -> str:
    """Return an answer the way the person would type or read it (a label, '0', a number)."""
    if value is None:
        if question.type == "scale":
            return "0"
        return t("answer_empty", lang)
    if question.type == "number" and isinstance(value, (int, float)):
        return i18n.number(value, lang, 2, strip=True)
    if question.type == "choice" and isinstance(value, str):
        chosen = question.choice(value)
        text = chosen.label.get(lang) if chosen is not None else value
    else:
        text = " ".join(str(value).split())
    if limit is not None and len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return visible(text)


def review_view(instrument: Instrument, review: ReviewPrompt, lang: str) -> RenderableType:
    """Return the numbered list of answers shown before the result (stacked when narrow)."""
    from rich import box
    from rich.console import Group
    from rich.table import Table
    from rich.text import Text

    from verkosto import report

    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
    table.add_column("#", justify="right", style="bold", no_wrap=True)
    # Questions and answers wrap at spaces in full; below a readable width the list stacks.
    table.add_column(t("col_question", lang), min_width=2 * READABLE_COLUMN, ratio=1)
    table.add_column(t("col_answer", lang), min_width=2 * READABLE_COLUMN, ratio=1)
    entries: list[tuple[str, RenderableType]] = []
    for number, question in enumerate(review.questions, start=1):
        value = review.answers.get(question.id)
        shown = answer_text(question, value, lang)
        if question.type == "scale" and isinstance(value, int) and question.labels:
            shown = report.answer_text(question, value, lang)  # "4 – Jokseenkin samaa mieltä"
        elif question.type == "scale" and value is None and question.not_applicable:
            shown = f"0 – {question.not_applicable.get(lang)}"
        label = (question.short or question.text).get(lang)
        table.add_row(Text(str(number)), prose(keep_units(label)), prose(keep_units(shown)))
        entries.append((f"{number}.", Group(prose(keep_units(label), "bold"),
                                            prose(keep_units(shown)))))
    return Group(
        Text(""), Text(t("check_heading", lang), style="bold"),
        _Fitting(table, _stacked(entries)),
    )


def review_prompt_text(review: ReviewPrompt, lang: str) -> RenderableText:
    """Return the prompt under the review: a number changes an answer, Enter accepts."""
    from rich.text import Text

    return Text(t("check_prompt", lang, count=len(review.questions)) + " ", style="bold")


def draft_list(drafts: list[tuple[str, int, str]], lang: str) -> RenderableType:
    """Return the unfinished assessments to choose from: network, answers, when saved."""
    from rich.console import Group
    from rich.table import Table
    from rich.text import Text

    table = Table.grid(padding=(0, 1))
    table.add_column(justify="right", style="bold", no_wrap=True)
    table.add_column()
    for number, (network, count, saved) in enumerate(drafts, start=1):
        table.add_row(Text(str(number)), Text(t("draft_row", lang, network=network,
                                                 count=count, saved=saved)))
    return Group(Text(t("drafts_heading", lang), style="bold"), table)


def format_time(moment: datetime, lang: str) -> str:
    """Format a date and time: 27.11.2026 klo 10.15 in Finnish, ISO-like in English."""
    clock = f"{moment.hour}.{moment.minute:02d}" if lang == "fi" else f"{moment:%H:%M}"
    return t("date_time", lang, date=format_date(moment.date(), lang), time=clock)


def network_prompt(lang: str) -> RenderableText:
    """Return the prompt that asks for the network's name."""
    from rich.text import Text

    return Text(f"{t('ask_network', lang)} ", style="bold")


def message_view(text: str, style: str = "") -> RenderableType:
    """Return a plain message line; the text is never read as markup."""
    return prose(text, style)


def error_view(key: str, params: dict[str, object], lang: str) -> RenderableType:
    """Return a short message about a bad answer (marked with a sign, not colour alone)."""
    message = t(key, lang, **params)
    return prose(f"✗ {message[:1].upper()}{message[1:]}.", "red")


def help_view(question: Question, lang: str) -> RenderableType:
    """Return a question's help text and the passage of the article it comes from."""
    from rich.console import Group
    from rich.text import Text

    body = question.help.get(lang) if question.help else t("no_help", lang)
    source = Text(f"{t('source_label', lang)}: {question.source.get(lang)}", style="dim")
    parts: list[RenderableType] = [Text(f"ℹ {body}", style="italic"), source]
    if question.type == "scale" and (options := _options_table(question, lang)) is not None:
        parts.append(options)  # the whole scale again, for a question shown with a reminder
    return Group(*parts)


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
    from rich.text import Text

    from verkosto import explain

    said = explain.words(instrument, recommendation, lang)
    style = OUTCOME_STYLES.get(recommendation.id, "")
    verdict = _TitledPanel(
        Text(said.title, style=f"bold {style}"),
        t("result_title", lang, network=network),
        title_align="left",
        border_style=style,
        expand=True,
    )
    time = scores.time
    if time.hours_per_month is not None and time.share is not None and time.agreed:
        time_text = t(
            "time_agreed_line",
            lang,
            hours=i18n.number(time.hours_per_month, lang, 1, strip=True),
            agreed=i18n.number(time.agreed, lang, 1, strip=True),
            unagreed=i18n.number(time.unagreed, lang, 1, strip=True),
            share=i18n.percent(time.unagreed_share, lang),
            worktime=i18n.number(time.worktime, lang, 1, strip=True),
        )
    elif time.hours_per_month is not None and time.share is not None:
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
            benefit=explain.score_text(balance.benefit or 0.0, lang),
            cost=explain.score_text(balance.cost or 0.0, lang),
            ratio=i18n.number(balance.ratio, lang, 2),
            threshold=i18n.number(instrument.recommendation.worth_it_ratio, lang, 2, strip=True),
        )
    else:
        balance_text = t("balance_unknown", lang)

    def heading(key: str) -> Text:
        return Text(t(key, lang), style="bold")

    def labelled(key: str, value: str) -> RenderableType:
        line = Text()
        line.append(f"{t(key, lang)}: ", style="bold")
        line.append(keep_units(value))
        return prose(line)

    reasons = _hanging([("•", reason) for reason in said.reasons])
    steps = _hanging([(f"{number}.", step) for number, step in enumerate(said.steps, 1)])
    parts: list[RenderableType] = [verdict]
    if recommendation.borderline:
        parts.append(prose(keep_units(t("borderline_note", lang)), "italic"))
    changes: list[RenderableType] = []
    if any(said.changes):
        changes = [Text(""), heading("changes_heading"),
                   _hanging([("•", change) for change in said.changes if change])]
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


def _hanging(items: list[tuple[str, str]]) -> RenderableType:
    """Return a list whose wrapped lines stay indented under their text, not the marker."""
    from rich.table import Table
    from rich.text import Text

    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True)
    grid.add_column(ratio=1)
    for marker, text in items:
        grid.add_row(Text(marker), prose(keep_units(text)))
    return grid


# A figure and the unit after it: "23 h", "8,5 h/kk", "15,3 %", "4 h/month".
_UNIT_SPACE = r"(?<=\d) (?=(?:h/kk|h/month|h|%|€)(?![\w/]))"


def keep_units(text: str) -> str:
    """Join each number to its unit with a no-break space, so a line never splits them."""
    import re

    return re.sub(_UNIT_SPACE, NBSP, text)


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


def prompt_line(text: str) -> RenderableText:
    """Return a bold prompt for console.input; the text is never read as markup."""
    from rich.text import Text

    return Text(f"{text} ", style="bold")


# --------------------------------------------------------------------------- history views

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence
    from typing import Any

    from verkosto.compare import Comparison, Summary, Trend

SPARK = "▁▂▃▄▅▆▇█"
TREND_SIGNS = {1: ("↑", "trend_up"), -1: ("↓", "trend_down"), 0: ("→", "trend_level")}


def _dimension_name(instrument: Instrument, did: str, lang: str) -> str:
    try:
        return instrument.dimension(did).title.get(lang)
    except KeyError:  # a dimension of another instrument version
        return did


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


def _stacked(entries: list[tuple[str, RenderableType]]) -> RenderableType:
    """Return entries as a marker and a block of lines, with a blank line between them."""
    from rich.table import Table
    from rich.text import Text

    grid = Table.grid(padding=(0, 1))
    grid.add_column(justify="right", no_wrap=True)
    grid.add_column(ratio=1)
    for index, (marker, block) in enumerate(entries):
        if index:
            grid.add_row(Text(""), Text(""))
        grid.add_row(Text(marker, style="bold"), block)
    return grid


def history_view(
    rows: Sequence[tuple[int, Mapping[str, Any]]],
    current_ids: set[int],
    today: date,
    lang: str,
    width: int = TABLE_MAX_WIDTH,
    instrument: Instrument | None = None,
) -> RenderableType:
    """Return the history newest first (a table when wide); an overdue review is said in words."""
    from rich import box
    from rich.console import Group
    from rich.table import Table
    from rich.text import Text

    from verkosto import compare

    title = Text(t("history_title", lang), style="bold")
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, show_edge=False,
                  title=title, title_justify="left")
    table.add_column(t("col_no", lang), justify="right", no_wrap=True)
    table.add_column(t("col_date", lang), no_wrap=True)
    # The name is what a person looks for: it wraps at spaces, never below a readable width.
    table.add_column(t("col_network", lang), min_width=2 * READABLE_COLUMN, ratio=3)
    table.add_column(t("col_verdict", lang), min_width=READABLE_COLUMN, ratio=2)
    table.add_column(t("col_balance", lang), justify="right", no_wrap=True)
    table.add_column(t("col_hours", lang), justify="right", no_wrap=True)
    # A date wide: the heading and the word 'myöhässä' go on lines of their own.
    table.add_column(t("col_review", lang).replace(" ", "\n"), no_wrap=True)
    entries: list[tuple[str, RenderableType]] = []
    for assessment_id, export in rows:
        day = compare.completed_on(export)
        review_day = compare.next_review(export)
        review = Text(format_date(review_day, lang) if review_day else "–")
        if assessment_id not in current_ids:
            # A later assessment of the same network set a newer review date.
            review.stylize("dim")
        elif compare.is_overdue(export, today):
            review.append(f"\n{t('overdue', lang)}", style="bold red")
        verdict = _verdict_text(instrument, export, lang)
        network = visible(export.get("network", ""))
        ratio = i18n.number(compare.ratio(export), lang, 2)
        hours = i18n.number(compare.hours(export), lang, 1, strip=True)
        date_text = format_date(day, lang) if day else "–"
        table.add_row(Text(str(assessment_id)), Text(date_text), Text(network), verdict,
                      Text(ratio), Text(hours), review)
        figures = Text(f"{t('col_balance', lang)} {ratio} · {hours}{NBSP}{t('col_hours', lang)}"
                       f" · {t('col_review', lang)} ", style="dim")
        figures.append_text(review.copy())
        if "\n" in review.plain:
            figures = Text(" ").join(figures.split("\n"))
        heading = Text(f"{date_text} · ")
        heading.append(network, style="bold")
        entries.append((f"{assessment_id}.", Group(heading, verdict, figures)))
    return _Fitting(table, Group(title, _stacked(entries)), min(width, TABLE_MAX_WIDTH))


def trend_view(
    instrument: Instrument, network: str, trends: list[Trend], count: int, lang: str
) -> RenderableType:
    """Return a network's trend per dimension: a sparkline, an arrow and the direction in words."""
    from rich.console import Group
    from rich.table import Table
    from rich.text import Text

    grid = Table.grid(padding=(0, 2))
    grid.add_column(overflow="fold")
    grid.add_column(no_wrap=True)
    grid.add_column(no_wrap=True)
    for trend in trends:
        sign, word = TREND_SIGNS[trend.direction]
        first = next((s for s in trend.scores if s is not None), None)
        last = next((s for s in reversed(trend.scores) if s is not None), None)
        grid.add_row(
            Text(_dimension_name(instrument, trend.dimension, lang)),
            Text(sparkline(trend.scores)),
            Text(f"{sign} {t(word, lang)} "
                 f"({i18n.number(first, lang, 1)} → {i18n.number(last, lang, 1)})"),
        )
    title = Text(t("trend_title", lang, network=network, count=count), style="bold")
    return Group(Text(""), title, grid)


def _signed(value: float | None, lang: str, digits: int) -> str:
    if value is None:
        return "–"
    if abs(value) < 0.5 * 10 ** -digits:
        return i18n.number(0.0, lang, digits)
    sign = "↑ +" if value > 0 else "↓ −"
    return f"{sign}{i18n.number(abs(value), lang, digits)}"


def comparison_view(
    instrument: Instrument, comparison: Comparison, label_a: str, label_b: str, lang: str
) -> RenderableType:
    """Return two assessments side by side: dimensions, hours, balance, verdict and answers."""
    from rich import box
    from rich.console import Group
    from rich.table import Table
    from rich.text import Text

    from verkosto.compare import Change, verdict
    from verkosto.report import answer_text

    network = str(comparison.after.get("network", ""))
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, show_edge=False)
    table.add_column("", overflow="fold")
    table.add_column("A", justify="right", no_wrap=True)
    table.add_column("B", justify="right", no_wrap=True)
    table.add_column(t("col_change", lang), justify="right", no_wrap=True)

    def add(title: str, change: Change, digits: int, strip: bool = False) -> None:
        table.add_row(
            Text(title),
            Text(i18n.number(change.before, lang, digits, strip)),
            Text(i18n.number(change.after, lang, digits, strip)),
            Text(_signed(change.delta, lang, digits)),
        )

    for did, change in comparison.dimensions:
        add(_dimension_name(instrument, did, lang), change, 1)
    table.add_section()
    add(t("row_hours", lang), comparison.hours, 1)
    share = comparison.share
    table.add_row(
        Text(t("row_share", lang)),
        Text(i18n.percent(share.before, lang)),
        Text(i18n.percent(share.after, lang)),
        Text(_signed(None if share.delta is None else share.delta * 100, lang, 1)
             + (f" {t('points_unit', lang)}"
                if share.delta is not None and abs(share.delta) >= 0.0005 else "")),
    )
    add(t("row_balance", lang), comparison.ratio, 2)
    changed = comparison.verdict_changed
    verdicts = Text()
    verdicts.append(f"{t('row_verdict', lang)}: ", style="bold")
    verdicts.append(t("verdict_changed" if changed else "verdict_same", lang))
    verdicts.append("\nA: ")
    verdicts.append(verdict_label(instrument, comparison.before, lang),
                    style=OUTCOME_STYLES.get(verdict(comparison.before), ""))
    verdicts.append("\nB: ")
    verdicts.append(verdict_label(instrument, comparison.after, lang),
                    style=OUTCOME_STYLES.get(verdict(comparison.after), ""))
    parts: list[RenderableType] = [
        Text(t("compare_title", lang, network=network), style="bold"),
        Text(t("compare_columns", lang, a=label_a, b=label_b), style="dim"),
        table,
        verdicts,
        Text(""),
        Text(t("answers_changed_heading", lang), style="bold"),
    ]
    if comparison.answers:
        items: list[tuple[str, str]] = []
        for moved in comparison.answers:
            question = (instrument.question(moved.question)
                        if instrument.has_question(moved.question) else None)
            text = question.text.get(lang) if question else moved.question
            before = answer_text(question, moved.before, lang)
            after = answer_text(question, moved.after, lang)
            items.append(("•", f"{text}\n  A: {before}\n  B: {after}"))
        parts.append(_hanging(items))
    else:
        parts.append(Text(t("answers_unchanged", lang)))
    from rich.constrain import Constrain

    return Constrain(Group(*parts), width=MAX_WIDTH)


def summary_view(
    summary: Summary,
    today: date,
    lang: str,
    width: int = TABLE_MAX_WIDTH,
    instrument: Instrument | None = None,
) -> RenderableType:
    """Return all networks by their latest assessment, the totals and what to lighten first."""
    from rich import box
    from rich.console import Group
    from rich.constrain import Constrain
    from rich.table import Table
    from rich.text import Text

    from verkosto import compare

    title = Text(t("summary_title", lang), style="bold")
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, show_edge=False,
                  title=title, title_justify="left")
    table.add_column("", justify="right", no_wrap=True)
    table.add_column(t("col_network", lang), min_width=2 * READABLE_COLUMN, ratio=3)
    table.add_column(t("col_verdict", lang), min_width=READABLE_COLUMN, ratio=2)
    table.add_column(t("col_balance", lang), justify="right", no_wrap=True)
    table.add_column(t("col_hours", lang), justify="right", no_wrap=True)
    table.add_column(t("col_share", lang), justify="right", no_wrap=True)
    entries: list[tuple[str, RenderableType]] = []
    overdue: list[str] = []
    for rank, (_, export) in enumerate(summary.rows, 1):
        network = visible(export.get("network", ""))
        if compare.is_overdue(export, today):
            overdue.append(network)
        verdict = _verdict_text(instrument, export, lang)
        ratio = i18n.number(compare.ratio(export), lang, 2)
        hours = i18n.number(compare.hours(export), lang, 1, strip=True)
        share = i18n.percent(compare.share(export), lang)
        table.add_row(Text(f"{rank}."), Text(network), verdict, Text(ratio), Text(hours),
                      Text(share))
        figures = Text(f"{t('col_balance', lang)} {ratio} · {hours}{NBSP}{t('col_hours', lang)}"
                       f" · {t('share_of_work', lang, share=share)}", style="dim")
        entries.append((f"{rank}.", Group(Text(network, style="bold"), verdict, figures)))
    limit = i18n.percent(summary.limit, lang)
    notes: list[RenderableType] = []
    if summary.rows:
        # Totals only of networks the person is in: with none, there is nothing to add up.
        notes += [Text(""), Text(t("summary_total", lang,
                                   hours=i18n.number(summary.total_hours, lang, 1, strip=True),
                                   share=i18n.percent(summary.total_share, lang), limit=limit),
                                 style="bold")]
        if summary.over_limit:
            notes.append(Text(t("summary_over", lang, limit=limit), style="bold red"))
        else:
            notes.append(Text(t("summary_under", lang, limit=limit)))
    else:
        notes.append(Text(t("summary_none_joined", lang), style="bold"))
    if summary.lighten_first is not None:
        export = summary.lighten_first[1]
        key = ("summary_lighten" if compare.ratio(export) is not None
               else "summary_lighten_unknown")
        notes.append(Text(t(
            key, lang,
            network=str(export.get("network", "")),
            ratio=i18n.number(compare.ratio(export), lang, 2),
            hours=i18n.number(compare.hours(export), lang, 1, strip=True),
            share=i18n.percent(compare.share(export), lang),
        )))
    considered: list[tuple[str, str]] = []
    for _, export in summary.considered:
        network = visible(export.get("network", ""))
        if compare.is_overdue(export, today):
            overdue.append(network)
        considered.append(("•", t(
            "summary_considered_row", lang,
            network=network,
            verdict=_verdict_text(instrument, export, lang).plain,
            hours=i18n.number(compare.hours(export), lang, 1, strip=True),
            share=i18n.percent(compare.share(export), lang),
        )))
    if overdue:
        notes.append(Text(t("summary_overdue", lang, networks=", ".join(overdue)),
                          style="bold"))
    wrapped = [prose(note) if isinstance(note, Text) else note for note in notes]
    if considered:
        if summary.rows:
            wrapped.append(Text(""))
        wrapped += [Text(t("summary_considered_heading", lang), style="bold"),
                    _hanging(considered)]
    shown: list[RenderableType] = []
    if summary.rows:
        shown.append(_Fitting(table, Group(title, _stacked(entries)),
                              min(width, TABLE_MAX_WIDTH)))
    return Group(*shown, Constrain(Group(*wrapped), width=MAX_WIDTH))


def confirm_prompt(question: str) -> RenderableText:
    """Return a yes/no question as a prompt; a network name in it is never read as markup."""
    from rich.text import Text

    return Text(f"{question} ", style="bold")

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
        name = Text(visible(network["network"]))
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
            details.add_row(Text(visible(network["network"]), style="bold"))
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


def _verdict_text(
    instrument: Instrument | None, export: Mapping[str, Any], lang: str
) -> RenderableText:
    from rich.text import Text

    from verkosto import compare

    return Text(verdict_label(instrument, export, lang),
                style=OUTCOME_STYLES.get(compare.verdict(export), ""))


def verdict_label(instrument: Instrument | None, export: Mapping[str, Any], lang: str) -> str:
    """Return an assessment's recommendation title, in `lang` if it was made in another."""
    from verkosto import compare

    stored = compare.verdict_title(export)
    if instrument is None or export.get("language") == lang:
        return stored  # exactly as it was shown
    outcome = instrument.recommendation.outcomes.get(compare.verdict(export))
    if outcome is None:
        return stored
    answers = export.get("answers") or {}
    phase = instrument.scoring.phase
    joining = isinstance(answers, dict) and answers.get(phase.question) == phase.joining
    return (outcome.title_joining if joining else outcome.title).get(lang)
