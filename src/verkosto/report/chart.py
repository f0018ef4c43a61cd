"""Inline SVG pictures for the HTML report: dimensions as bars, and the network's trend.

Pure functions from the report's contents to SVG text: no script, nothing fetched, and every
text escaped. They print and read without colour: benefits are solid, costs hatched, the
balance is drawn with circles and the hours with squares, and every bar and point carries its
number as a label. Each picture has a <title> and a <desc> that say the same numbers in words
for a screen reader; the report lists the trend's numbers in a table too.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from html import escape

from verkosto.i18n.catalog import t
from verkosto.report.contents import DimensionRow, TrendPoint

WIDTH = 640
LABEL_WIDTH = 200  # the dimension names' column, in the viewBox's units
BAR_START = LABEL_WIDTH + 8
BAR_END = 470  # a score of 5; the value and level are written after the bar
ROW = 22
BAR = 14
MAX_SCORE = 5
# A name longer than this goes on two lines (cut with '…' only beyond that); the <desc> has it
# whole. Swedish and English names are longer than the Finnish ones.
LABEL_CHARS = 30
LINE = 13  # the second line of a name, below the first
FONT = 'font-family="system-ui, sans-serif"'
INK = "#222"
HATCH = "cost-hatch"
# Costs are hatched so that they differ from benefits in print and without colour.
_HATCH_PATTERN = (
    f'<defs><pattern id="{HATCH}" width="6" height="6" patternUnits="userSpaceOnUse" '
    'patternTransform="rotate(45)"><rect width="6" height="6" fill="#fff"/>'
    f'<line x1="0" y1="0" x2="0" y2="6" stroke="{INK}" stroke-width="3"/></pattern></defs>'
)


def escaped(text: str) -> str:
    """Return `text` safe inside HTML or SVG, in text and in attribute values."""
    return escape(text, quote=True)


_e = escaped  # short, for the many f-strings below


def _cut(text: str, limit: int = LABEL_CHARS) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def label_lines(text: str, limit: int = LABEL_CHARS) -> list[str]:
    """Return a name as one line, or two split between words, each at most `limit` long."""
    if len(text) <= limit:
        return [text]
    words = text.split()
    first = ""
    while words and len(f"{first} {words[0]}".strip()) <= limit:
        first = f"{first} {words.pop(0)}".strip()
    if not first:  # one word longer than a line
        return [_cut(text, limit)]
    return [first, _cut(" ".join(words), limit)] if words else [first]


def _svg(ident: str, height: int, title: str, desc: str, body: list[str]) -> str:
    """Return one accessible SVG picture: named by its <title>, its numbers in its <desc>."""
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" '
        f'role="img" aria-labelledby="{ident}-title {ident}-desc" {FONT} font-size="12">'
        f'<title id="{ident}-title">{_e(title)}</title><desc id="{ident}-desc">{_e(desc)}</desc>'
        + "".join(body)
        + "</svg>"
    )


def dimension_chart(rows: Sequence[DimensionRow], lang: str) -> str:
    """Return the dimensions as horizontal bars (score 0–5), benefits solid and costs hatched."""
    scale = (BAR_END - BAR_START) / MAX_SCORE
    body = [_HATCH_PATTERN]
    fills = {"cost": f"url(#{HATCH})"}
    benefit = t("section_benefit", lang)
    cost = t("report_chart_cost_legend", lang)
    # The legend: one solid and one hatched swatch with their words.
    body.append(
        f'<rect x="0" y="4" width="14" height="12" fill="{INK}"/>'
        f'<text x="20" y="14">{_e(benefit)}</text>'
        f'<rect x="120" y="4" width="14" height="12" fill="url(#{HATCH})" '
        f'stroke="{INK}"/><text x="140" y="14">{_e(cost)}</text>'
    )
    y = 30
    # The scale's ticks and their numbers, with faint guide lines through the bars.
    ticks_y = y
    y += 14
    groups: list[tuple[str, list[DimensionRow]]] = []
    for row in rows:
        if not groups or groups[-1][0] != row.side:
            groups.append((row.side, []))
        groups[-1][1].append(row)
    top = y
    for side, members in groups:
        if side:
            body.append(f'<text x="0" y="{y + 13}" font-weight="bold">{_e(side)}</text>')
            y += ROW
        for row in members:
            lines = label_lines(row.title)
            # A two-line name starts higher, so that the bar sits between its lines.
            top_line = y + 12 - (LINE // 2 if len(lines) > 1 else 0)
            body.append(
                f'<text x="{LABEL_WIDTH}" y="{top_line}" text-anchor="end">'
                + "".join(
                    f'<tspan x="{LABEL_WIDTH}" dy="{LINE if i else 0}">{_e(line)}</tspan>'
                    for i, line in enumerate(lines)
                )
                + "</text>"
            )
            end = float(BAR_START)
            if row.value is not None:
                length = max(1.0, min(row.value, MAX_SCORE) * scale)
                end = BAR_START + length
                fill = fills.get(row.side_id, INK)
                body.append(
                    f'<rect x="{BAR_START}" y="{y + 2}" width="{length:.1f}" '
                    f'height="{BAR}" fill="{fill}" stroke="{INK}"/>'
                )
            body.append(
                f'<text x="{end + 6:.1f}" y="{y + 13}">{_e(row.score)} · {_e(row.level)}</text>'
            )
            y += ROW + (LINE // 2 + 1 if len(lines) > 1 else 0)
    for tick in range(MAX_SCORE + 1):
        x = BAR_START + tick * scale
        body.append(
            f'<line x1="{x:.1f}" y1="{top - 2}" x2="{x:.1f}" y2="{y}" stroke="#999" '
            f'stroke-width="0.5" stroke-dasharray="2 3"/>'
            f'<text x="{x:.1f}" y="{ticks_y + 10}" text-anchor="middle" '
            f'font-size="10">{tick}</text>'
        )
    desc = "; ".join(f"{r.title}: {r.score} ({r.level})" for r in rows)
    return _svg(
        "dims",
        y + 4,
        t("report_chart_dimensions", lang),
        f"{t('report_chart_dimensions_desc', lang)} {desc}",
        body,
    )


def _panel(
    points: Sequence[TrendPoint],
    value: Callable[[TrendPoint], float | None],
    text: Callable[[TrendPoint], str],
    left: float,
    title: str,
    marker: str,
) -> list[str]:
    """Return one small line chart of `points` (value from 0 up), at `left`, 300 units wide."""
    width, top, height = 290.0, 36.0, 100.0
    known = [v for p in points if (v := value(p)) is not None]
    ceiling = max(known + [1.0]) * 1.25
    # The points keep clear of the panel's edges, so that the first and last labels fit.
    pad = 24.0
    step = (width - 2 * pad) / max(len(points) - 1, 1)
    body = [
        f'<text x="{left}" y="14" font-weight="bold">{_e(title)}</text>',
        f'<line x1="{left}" y1="{top + height}" x2="{left + width}" y2="{top + height}" '
        f'stroke="{INK}"/>',
    ]
    placed: list[tuple[float, float]] = []
    for index, point in enumerate(points):
        x = left + pad + index * step
        v = value(point)
        if v is None:
            body.append(f'<text x="{x:.1f}" y="{top + height - 4}" text-anchor="middle">–</text>')
            continue
        y = top + height - v / ceiling * height
        placed.append((x, y))
        if marker == "circle":
            body.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="4" fill="{INK}"/>')
        else:
            body.append(
                f'<rect x="{x - 4:.1f}" y="{y - 4:.1f}" width="8" height="8" '
                f'fill="#fff" stroke="{INK}" stroke-width="1.5"/>'
            )
        body.append(
            f'<text x="{x:.1f}" y="{y - 8:.1f}" text-anchor="middle" '
            f'font-size="11">{_e(text(point))}</text>'
        )
    if len(placed) > 1:
        line = " ".join(f"{x:.1f},{y:.1f}" for x, y in placed)
        body.insert(2, f'<polyline points="{line}" fill="none" stroke="{INK}" stroke-width="1.5"/>')
    # Dates under the first and the last point; between them the points are in order.
    first, last = points[0], points[-1]
    body.append(
        f'<text x="{left}" y="{top + height + 16}" font-size="10">{_e(first.day)}</text>'
        f'<text x="{left + width}" y="{top + height + 16}" font-size="10" '
        f'text-anchor="end">{_e(last.day)}</text>'
    )
    return body


def trend_chart(points: Sequence[TrendPoint], lang: str) -> str:
    """Return how the balance and the hours have moved, as two small line charts."""
    body = _panel(
        points,
        lambda p: p.ratio,
        lambda p: p.ratio_text,
        0,
        t("report_trend_ratio", lang),
        "circle",
    )
    body += _panel(
        points,
        lambda p: p.hours,
        lambda p: p.hours_text,
        340,
        t("report_trend_hours", lang),
        "square",
    )
    desc = "; ".join(
        t("report_trend_point", lang, day=p.day, ratio=p.ratio_text, hours=p.hours_text)
        for p in points
    )
    return _svg("trend", 160, t("report_trend_heading", lang), desc, body)
