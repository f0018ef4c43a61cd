"""Shared layout: prose that keeps units, fitting tables, hanging lists, dates, short lines."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from verkosto.i18n.catalog import t

if TYPE_CHECKING:
    from rich.console import Console, RenderableType
    from rich.table import Table
    from rich.text import Text as RenderableText


OUTCOME_STYLES = {
    "invest": "green",
    "continue": "green",
    "lighten": "yellow",
    "give_time": "cyan",
    "leave": "red",
}
# Wider lines are hard to read; the result keeps to this width even on a wide terminal.
MAX_WIDTH = 88
# Tables may use more of a wide terminal (a long name needs it), up to this width.
TABLE_MAX_WIDTH = 132
# No column of a list is squeezed narrower than this; below it, the list is stacked.
READABLE_COLUMN = 12
NBSP = "\u00a0"


class Prose:
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
        return Measurement(max(cell_len(w) for w in words), longest).with_maximum(options.max_width)


def prose(text: str | RenderableText, style: str = "") -> RenderableType:
    """Return text that wraps at spaces but never between a number and its unit."""
    from rich.text import Text

    return Prose(Text(text, style=style) if isinstance(text, str) else text)


class TitledPanel:
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


class Fitting:
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
            sizes = [
                Measurement.get(console, wide, cell) for cell in [*column.cells, column.header]
            ]
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
        gaps = [
            0 if c.no_wrap else high - low
            for c, (low, high) in zip(self.table.columns, columns, strict=True)
        ]
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


def hanging(items: list[tuple[str, str]]) -> RenderableType:
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


def list_table(title: RenderableText, lang: str, *leading: str) -> Table:
    """Return a list of networks: the columns `leading`, name, verdict, balance and hours.

    The history and the summary share it; a caller adds its own columns after these.
    """
    from rich import box
    from rich.table import Table

    table = Table(
        box=box.SIMPLE_HEAD, pad_edge=False, show_edge=False, title=title, title_justify="left"
    )
    table.add_column(leading[0] if leading else "", justify="right", no_wrap=True)
    for header in leading[1:]:
        table.add_column(header, no_wrap=True)
    # The name is what a person looks for: it wraps at spaces, never below a readable width.
    table.add_column(t("col_network", lang), min_width=2 * READABLE_COLUMN, ratio=3)
    table.add_column(t("col_verdict", lang), min_width=READABLE_COLUMN, ratio=2)
    table.add_column(t("col_balance", lang), justify="right", no_wrap=True)
    table.add_column(t("col_hours", lang), justify="right", no_wrap=True)
    return table


def stacked(entries: list[tuple[str, RenderableType]]) -> RenderableType:
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


def prompt_line(text: str) -> RenderableText:
    """Return a bold prompt for console.input; the text is never read as markup."""
    from rich.text import Text

    return Text(f"{text} ", style="bold")


def confirm_prompt(question: str) -> RenderableText:
    """Return a yes/no question as a prompt; a network name in it is never read as markup."""
    from rich.text import Text

    return Text(f"{question} ", style="bold")
