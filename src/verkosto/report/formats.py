"""The report's text formats, Markdown and plain text, from its contents (HTML: report.html)."""

from __future__ import annotations

import re
import textwrap
from collections.abc import Sequence

from verkosto.i18n.catalog import t
from verkosto.report.contents import Contents, DimensionRow, key_figures

# White space other than the no-break spaces the texts use between a number and its unit.
_MD_SPACES = re.compile(r"[^\S\u00a0\u202f]+")
# Characters that start Markdown inline syntax anywhere on a line (CommonMark and what GitHub
# adds): code, emphasis, links, raw HTML and autolinks, table cells, strikethrough, math.
# Parentheses, '!', '#' and the like mean something only next to these, so they stay plain.
_MD_ANYWHERE = re.compile(r"[\\`*\[\]<|~$]")
# '_' emphasises only at a word's edge: 'oma_verkosto' is plain text, '_x_' is not.
_MD_UNDERSCORE = re.compile(r"(?<![^\W_])_|_(?![^\W_])")
# An entity reference ('&amp;', '&#38;') would turn into the character it names.
_MD_ENTITY = re.compile(r"&(?=#?[0-9A-Za-z]+;)")
# What begins a block when it starts a line (also inside a list item): a quote, a heading,
# a list item ('- x', '+ x', '1. x', '1) x'), a thematic break ('---').
_MD_LINE_START = re.compile(
    r"^(?:>|#{1,6}(?= |$)|[-+](?= |$)|-(?=[ -]*$)|[0-9]{1,9}(?=[.)](?: |$)))"
)
# A heading's closing run of '#' is dropped: 'Verkosto ##' would lose its '##'.
_MD_CLOSING_HASHES = re.compile(r"(?<= )#+$")


def _md(text: str) -> str:
    """Escape only what Markdown would misread, so the text reads back exactly as it is.

    White space runs become one space first: a line break inside a name or a note must not
    end a table row or start a new block. No-break spaces stay ("150 h/kk" keeps together).
    """
    text = _MD_SPACES.sub(" ", text).strip(" ")
    text = _MD_ANYWHERE.sub(lambda m: "\\" + m.group(), text)
    text = _MD_UNDERSCORE.sub(r"\\_", text)
    text = _MD_ENTITY.sub(r"\\&", text)
    text = _MD_CLOSING_HASHES.sub(lambda m: "\\" + m.group(), text)
    start = _MD_LINE_START.match(text)
    if start is None:
        return text
    if start.group()[0].isdigit():
        # '1. x' starts a numbered list; the dot or parenthesis after the number is escaped.
        end = start.end()
        return f"{text[:end]}\\{text[end:]}"
    return "\\" + text


def _md_table(header: tuple[str, ...], align: str, rows: list[tuple[str, ...]]) -> list[str]:
    """Return a Markdown table; `align` holds one of 'l' or 'r' per column."""
    lines = [
        "| " + " | ".join(_md(h) for h in header) + " |",
        "|" + "|".join("---:" if a == "r" else "---" for a in align) + "|",
    ]
    lines += ["| " + " | ".join(_md(cell) for cell in row) + " |" for row in rows]
    return lines


def to_markdown(c: Contents) -> str:
    """Return the report as Markdown: the verdict first, the answers last."""
    lang = c.lang

    def heading(key: str) -> list[str]:
        return ["", f"## {_md(t(key, lang))}", ""]

    lines = [
        f"# {_md(c.title)}",
        "",
        _md(c.meta),
        "",
        f"**{_md(t('report_verdict', lang))}: {_md(c.verdict)}**",
        "",
    ]
    if c.reasons:
        lines += [_md(c.reasons[0]), ""]
    if c.borderline:
        lines += [_md(t("borderline_note", lang)), ""]
    lines += [f"- {_md(label)}: {_md(value)}" for label, value in key_figures(c)]
    lines += heading("report_dimensions")
    lines += _md_table(
        (t("dimension", lang), t("report_side", lang), t("score", lang), t("level", lang)),
        "llrl",
        [(r.title, r.side, r.score, r.level) for r in c.dimensions],
    )
    if c.trend:
        lines += heading("report_trend_heading")
        lines += _md_table(
            (
                t("report_trend_day", lang),
                t("report_verdict", lang),
                t("report_trend_ratio", lang),
                t("report_trend_hours", lang),
            ),
            "llrr",
            [(p.day, p.verdict, p.ratio_text, p.hours_text) for p in c.trend],
        )
    if c.reasons[1:]:
        lines += heading("report_other_reasons")
        lines += [f"- {_md(r)}" for r in c.reasons[1:]]
    lines += heading("steps_heading")
    lines += [f"{n}. {_md(s)}" for n, s in enumerate(c.steps, 1)]
    if c.changes:
        lines += heading("changes_heading")
        lines += [f"- {_md(text)}" for text in c.changes]
    lines += heading("report_agenda")
    lines += [f"{n}. {_md(s)}" for n, s in enumerate(c.agenda, 1)]
    lines += heading("report_answers")
    lines += [_md(c.answers_note), ""] if c.answers_note else []
    lines += _md_table((t("col_question", lang), t("report_answer", lang)), "ll", list(c.answers))
    lines += ["", _md(c.footer), ""]
    return "\n".join(lines)


def _wrap(text: str, first: str = "", rest: str = "", width: int = 78) -> list[str]:
    return textwrap.wrap(
        text,
        width=width,
        initial_indent=first,
        subsequent_indent=rest,
        break_long_words=False,
        break_on_hyphens=False,
    ) or [first.rstrip()]


def dimension_lines(rows: tuple[DimensionRow, ...], width: int = 78) -> list[str]:
    """Return the dimensions as aligned columns; a long title wraps above its figures."""
    score = max([len(r.score) for r in rows] + [4])
    level = max([len(r.level) for r in rows] + [1])
    figures = score + level + max([len(r.side) for r in rows] + [0]) + 2 + 2 + 2
    # The title column never pushes the figures past the width, and keeps a readable width.
    column = max(min(max([len(r.title) for r in rows] + [1]), width - figures - 2), 20)
    lines: list[str] = []
    for r in rows:
        title = textwrap.wrap(
            r.title, width=column, break_long_words=False, break_on_hyphens=False
        ) or [""]
        lines += title[:-1]
        lines.append(
            f"{title[-1]:<{column}}  {r.score:>{score}}  {r.level:<{level}}  ({r.side})".rstrip()
        )
    return lines


def trend_lines(c: Contents, width: int = 78) -> list[str]:
    """Return the network's assessments oldest first: day, ratio, hours and the verdict."""
    lang = c.lang
    header = (
        t("report_trend_day", lang),
        t("report_trend_ratio_short", lang),
        t("report_trend_hours_short", lang),
        t("report_verdict", lang),
    )
    day = max(len(header[0]), *(len(p.day) for p in c.trend))
    ratio = max(len(header[1]), *(len(p.ratio_text) for p in c.trend))
    hours = max(len(header[2]), *(len(p.hours_text) for p in c.trend))
    lines = [f"{header[0]:<{day}}  {header[1]:>{ratio}}  {header[2]:>{hours}}  {header[3]}"]
    indent = " " * (day + ratio + hours + 6)
    for p in c.trend:
        row = f"{p.day:<{day}}  {p.ratio_text:>{ratio}}  {p.hours_text:>{hours}}  "
        lines += _wrap(p.verdict, row, indent, width)
    return lines


def to_text(c: Contents, width: int = 78) -> str:
    """Return the report as plain text, wrapped at `width` columns (78 for files)."""

    def wrap(text: str, first: str = "", rest: str = "") -> list[str]:
        return _wrap(text, first, rest, width)

    lang = c.lang

    def heading(key: str) -> list[str]:
        title = t(key, lang)
        return ["", title, "-" * len(title)]

    def bullets(items: Sequence[str]) -> list[str]:
        return [line for item in items for line in wrap(item, "* ", "  ")]

    def numbered(items: Sequence[str]) -> list[str]:
        return [line for n, item in enumerate(items, 1) for line in wrap(item, f"{n}. ", "   ")]

    lines = [c.title, "=" * len(c.title), *wrap(c.meta), ""]
    lines += wrap(f"{t('report_verdict', lang)}: {c.verdict}")
    lines += wrap(c.reasons[0]) if c.reasons else []
    lines += wrap(t("borderline_note", lang)) if c.borderline else []
    lines.append("")
    for label, value in key_figures(c):
        lines += wrap(f"{label}: {value}", rest="  ")
    lines += heading("report_dimensions")
    lines += dimension_lines(c.dimensions, width)
    if c.trend:
        lines += heading("report_trend_heading") + trend_lines(c, width)
    if c.reasons[1:]:
        lines += heading("report_other_reasons") + bullets(c.reasons[1:])
    lines += heading("steps_heading") + numbered(c.steps)
    if c.changes:
        lines += heading("changes_heading") + bullets(c.changes)
    lines += heading("report_agenda") + numbered(c.agenda)
    lines += heading("report_answers")
    lines += [*wrap(c.answers_note), ""] if c.answers_note else []
    for question, answer in c.answers:
        lines += wrap(question, "* ", "  ")
        lines += wrap(answer, "  → ", "    ")
    lines += ["", *wrap(c.footer), ""]
    return "\n".join(lines)
