"""The report's formats: Markdown, plain text and self-contained HTML, from its contents."""

from __future__ import annotations

import textwrap

from verkosto.i18n import t
from verkosto.report.contents import Contents, DimensionRow

# Every character with a meaning somewhere in CommonMark or GitHub's Markdown inline: links,
# images, emphasis, code, HTML, entities, tables, strikethrough, math and footnotes.
_MD_SPECIAL = "\\`*_[]<>|#~&!()$^{}"


def _md(text: str) -> str:
    """Escape text for Markdown, so a name like '<script>' or '*x*' stays plain text."""
    escaped = "".join(f"\\{ch}" if ch in _MD_SPECIAL else ch for ch in text)
    return " ".join(escaped.split())


def to_markdown(c: Contents) -> str:
    """Return the report as Markdown."""
    lang = c.lang
    lines = [f"# {_md(c.title)}", "", f"*{_md(c.meta)}*", "",
             f"## {_md(t('report_verdict', lang))}", "", f"**{_md(c.verdict)}**", "",
             *([f"*{_md(t('borderline_note', lang))}*", ""] if c.borderline else []),
             f"## {_md(t('report_dimensions', lang))}", "",
             f"| {t('dimension', lang)} | {t('report_side', lang)} | {t('score', lang)} "
             f"| {t('level', lang)} |",
             "|---|---|---:|---|"]
    lines += [f"| {_md(r.title)} | {_md(r.side)} | {_md(r.score)} | {_md(r.level)} |"
              for r in c.dimensions]
    lines += ["", f"- **{_md(t('time_heading', lang))}:** {_md(c.time)}",
              f"- **{_md(t('balance_heading', lang))}:** {_md(c.balance)}",
              f"- **{_md(t('review_heading', lang))}:** {_md(c.review)}", "",
              f"## {_md(t('reasons_heading', lang))}", ""]
    lines += [f"- {_md(r)}" for r in c.reasons]
    lines += ["", f"## {_md(t('steps_heading', lang))}", ""]
    lines += [f"{n}. {_md(s)}" for n, s in enumerate(c.steps, 1)]
    if c.changes:
        lines += ["", f"## {_md(t('changes_heading', lang))}", ""]
        lines += [f"- {_md(text)}" for text in c.changes]
    lines += ["", f"## {_md(t('report_agenda', lang))}", ""]
    lines += [f"{n}. {_md(s)}" for n, s in enumerate(c.agenda, 1)]
    lines += ["", f"## {_md(t('report_answers', lang))}", "",
              f"| {t('col_question', lang)} | {t('report_answer', lang)} |", "|---|---|"]
    lines += [f"| {_md(q)} | {_md(a)} |" for q, a in c.answers]
    lines += ["", f"*{_md(c.footer)}*", ""]
    return "\n".join(lines)


def _wrap(text: str, first: str = "", rest: str = "", width: int = 78) -> list[str]:
    return textwrap.wrap(text, width=width, initial_indent=first, subsequent_indent=rest,
                         break_long_words=False, break_on_hyphens=False) or [first.rstrip()]


def dimension_lines(rows: tuple[DimensionRow, ...], width: int = 78) -> list[str]:
    """Return the dimensions as aligned columns; a long title wraps above its figures."""
    score = max([len(r.score) for r in rows] + [4])
    level = max([len(r.level) for r in rows] + [1])
    figures = score + level + max([len(r.side) for r in rows] + [0]) + 2 + 2 + 2
    # The title column never pushes the figures past the width, and keeps a readable width.
    column = max(min(max([len(r.title) for r in rows] + [1]), width - figures - 2), 20)
    lines: list[str] = []
    for r in rows:
        title = textwrap.wrap(r.title, width=column, break_long_words=False,
                              break_on_hyphens=False) or [""]
        lines += title[:-1]
        lines.append(f"{title[-1]:<{column}}  {r.score:>{score}}  {r.level:<{level}}  "
                     f"({r.side})".rstrip())
    return lines


def to_text(c: Contents, width: int = 78) -> str:
    """Return the report as plain text, wrapped at `width` columns (78 for files)."""

    def wrap(text: str, first: str = "", rest: str = "") -> list[str]:
        return _wrap(text, first, rest, width)

    lang = c.lang

    def heading(key: str) -> list[str]:
        title = t(key, lang)
        return ["", title, "-" * len(title)]

    lines = [c.title, "=" * len(c.title), *wrap(c.meta)]
    lines += heading("report_verdict") + wrap(c.verdict)
    if c.borderline:
        lines += wrap(t("borderline_note", lang))
    lines += heading("report_dimensions")
    lines += dimension_lines(c.dimensions, width)
    lines.append("")
    lines += wrap(f"{t('time_heading', lang)}: {c.time}", rest="  ")
    lines += wrap(f"{t('balance_heading', lang)}: {c.balance}", rest="  ")
    lines += wrap(f"{t('review_heading', lang)}: {c.review}", rest="  ")
    lines += heading("reasons_heading")
    for reason in c.reasons:
        lines += wrap(reason, "* ", "  ")
    lines += heading("steps_heading")
    for n, step in enumerate(c.steps, 1):
        lines += wrap(step, f"{n}. ", "   ")
    if c.changes:
        lines += heading("changes_heading")
        for text in c.changes:
            lines += wrap(text, "* ", "  ")
    lines += heading("report_agenda")
    for n, item in enumerate(c.agenda, 1):
        lines += wrap(item, f"{n}. ", "   ")
    lines += heading("report_answers")
    for question, answer in c.answers:
        lines += wrap(question, "* ", "  ")
        lines += wrap(answer, "  → ", "    ")
    lines += ["", *wrap(c.footer), ""]
    return "\n".join(lines)


_CSS = (
    "body{font-family:system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;"
    "line-height:1.5;color:#1a1a1a}"
    "table{border-collapse:collapse;width:100%;margin:.5rem 0}"
    "th,td{border-bottom:1px solid #ccc;padding:.3rem .5rem;text-align:left;"
    "vertical-align:top}td.num{text-align:right}"
    ".verdict{font-size:1.3rem;font-weight:bold;border-left:.3rem solid #444;"
    "padding-left:.7rem}.meta,footer{color:#555;font-size:.9rem}"
)


def to_html(c: Contents) -> str:
    """Return the report as one self-contained HTML page (no scripts, no outside files)."""
    from html import escape

    lang = c.lang

    def e(text: str) -> str:
        return escape(text, quote=True)

    def items(tag: str, values: tuple[str, ...]) -> str:
        inner = "".join(f"<li>{e(v)}</li>" for v in values)
        return f"<{tag}>{inner}</{tag}>"

    dim_rows = "".join(
        f"<tr><td>{e(r.title)}</td><td>{e(r.side)}</td><td class=\"num\">{e(r.score)}</td>"
        f"<td>{e(r.level)}</td></tr>"
        for r in c.dimensions
    )
    answer_rows = "".join(f"<tr><td>{e(q)}</td><td>{e(a)}</td></tr>" for q, a in c.answers)
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{e(lang)}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{e(c.title)}</title>",
        f"<style>{_CSS}</style>",
        "</head>",
        "<body>",
        f"<h1>{e(c.title)}</h1>",
        f'<p class="meta">{e(c.meta)}</p>',
        f"<h2>{e(t('report_verdict', lang))}</h2>",
        f'<p class="verdict">{e(c.verdict)}</p>',
        *([f"<p><em>{e(t('borderline_note', lang))}</em></p>"] if c.borderline else []),
        f"<h2>{e(t('report_dimensions', lang))}</h2>",
        f"<table><thead><tr><th>{e(t('dimension', lang))}</th><th>{e(t('report_side', lang))}"
        f"</th><th>{e(t('score', lang))}</th><th>{e(t('level', lang))}</th></tr></thead>"
        f"<tbody>{dim_rows}</tbody></table>",
        "<ul>",
        f"<li><strong>{e(t('time_heading', lang))}:</strong> {e(c.time)}</li>",
        f"<li><strong>{e(t('balance_heading', lang))}:</strong> {e(c.balance)}</li>",
        f"<li><strong>{e(t('review_heading', lang))}:</strong> {e(c.review)}</li>",
        "</ul>",
        f"<h2>{e(t('reasons_heading', lang))}</h2>",
        items("ul", c.reasons),
        f"<h2>{e(t('steps_heading', lang))}</h2>",
        items("ol", c.steps),
        *([f"<h2>{e(t('changes_heading', lang))}</h2>", items("ul", c.changes)]
          if c.changes else []),
        f"<h2>{e(t('report_agenda', lang))}</h2>",
        items("ol", c.agenda),
        f"<h2>{e(t('report_answers', lang))}</h2>",
        f"<table><thead><tr><th>{e(t('col_question', lang))}</th>"
        f"<th>{e(t('report_answer', lang))}</th></tr></thead><tbody>{answer_rows}</tbody></table>",
        f"<footer><p>{e(c.footer)}</p></footer>",
        "</body>",
        "</html>",
        "",
    ]
    return "\n".join(parts)
