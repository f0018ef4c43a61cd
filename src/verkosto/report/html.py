"""The report as one self-contained HTML page, for the screen and for A4 paper.

The verdict and its first reason come first, then the pictures (report.chart: each
number written beside its bar, and all of them in the picture's description for screen
readers; the trend also as a table), the reasons and steps, and the answers last. No
script, no outside file, and every text escaped.
"""

from __future__ import annotations

from verkosto.i18n.catalog import t
from verkosto.report.chart import dimension_chart, escaped, trend_chart
from verkosto.report.contents import Contents, key_figures

# The report's stylesheet; the assessment's result page in a browser (web.style) uses it too.
CSS = (
    "body{font-family:system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;"
    "line-height:1.45;color:#1a1a1a;background:#fff}"
    "h1{font-size:1.45rem;margin:0 0 .2rem}"
    "h2{font-size:1.1rem;margin:1.3rem 0 .4rem;break-after:avoid}"
    ".meta,footer{color:#555;font-size:.9rem}"
    ".verdict-box{border:2px solid #222;border-radius:4px;padding:.6rem 1rem;margin:1rem 0;"
    "break-inside:avoid}"
    ".verdict-box .label{margin:0;font-size:.8rem;letter-spacing:.05em;text-transform:uppercase}"
    ".verdict{font-size:1.45rem;font-weight:bold;margin:.1rem 0 .3rem}"
    ".first-reason{margin:0}"
    ".figures{margin:.5rem 0 0;padding:0;list-style:none}"
    "figure{margin:.4rem 0;break-inside:avoid}svg{display:block;width:100%;height:auto}"
    "table{border-collapse:collapse;width:100%;margin:.4rem 0}"
    "th,td{border-bottom:1px solid #bbb;padding:.2rem .5rem;text-align:left;"
    "vertical-align:top}td.num{text-align:right;white-space:nowrap}"
    "thead{display:table-header-group}tr,li{break-inside:avoid}"
    ".keep{break-inside:avoid}"
    "@page{size:A4;margin:15mm 16mm}"
    "@media print{body{max-width:none;margin:0;padding:0;font-size:10pt;line-height:1.35}"
    "h2{margin:.8rem 0 .3rem}ul,ol{margin:.3rem 0}"
    ".compact{font-size:8.5pt}.compact td,.compact th{padding:.1rem .4rem}}"
)


_e = escaped


def _items(tag: str, values: tuple[str, ...]) -> str:
    inner = "".join(f"<li>{_e(v)}</li>" for v in values)
    return f"<{tag}>{inner}</{tag}>"


def _verdict_box(c: Contents) -> str:
    """Return the verdict, its first reason and the key figures, for the top of the page."""
    lang = c.lang
    first = f'<p class="first-reason">{_e(c.reasons[0])}</p>' if c.reasons else ""
    borderline = f"<p><em>{_e(t('borderline_note', lang))}</em></p>" if c.borderline else ""
    figures = "".join(
        f"<li><strong>{_e(label)}:</strong> {_e(value)}</li>" for label, value in key_figures(c)
    )
    return (
        f'<section class="verdict-box" aria-label="{_e(t("report_verdict", lang))}">'
        f'<p class="label">{_e(t("report_verdict", lang))}</p>'
        f'<p class="verdict">{_e(c.verdict)}</p>{first}{borderline}'
        f'<ul class="figures">{figures}</ul></section>'
    )


def _dimensions(c: Contents) -> str:
    """Return the dimensions as a picture; its bars carry their numbers, its <desc> all of them."""
    lang = c.lang
    return (
        f"<h2>{_e(t('report_dimensions', lang))}</h2>"
        f"<figure>{dimension_chart(c.dimensions, lang)}</figure>"
    )


def _trend(c: Contents) -> str:
    if not c.trend:
        return ""
    lang = c.lang
    rows = "".join(
        f'<tr><td>{_e(p.day)}</td><td>{_e(p.verdict)}</td><td class="num">'
        f'{_e(p.ratio_text)}</td><td class="num">{_e(p.hours_text)}</td></tr>'
        for p in c.trend
    )
    return (
        f"<section><h2>{_e(t('report_trend_heading', lang))}</h2>"
        f"<figure>{trend_chart(c.trend, lang)}</figure>"
        f'<table class="compact"><thead><tr><th>{_e(t("report_trend_day", lang))}</th>'
        f"<th>{_e(t('report_verdict', lang))}</th>"
        f"<th>{_e(t('report_trend_ratio', lang))}</th>"
        f"<th>{_e(t('report_trend_hours', lang))}</th></tr></thead>"
        f"<tbody>{rows}</tbody></table></section>"
    )


def to_html(c: Contents) -> str:
    """Return the report as one self-contained HTML page (no scripts, no outside files)."""
    lang = c.lang
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{_e(lang)}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(c.title)}</title>",
        f"<style>{CSS}</style>",
        "</head>",
        "<body>",
        *body_parts(c),
        "</body>",
        "</html>",
        "",
    ]
    return "\n".join(part for part in parts if part)


def body_parts(c: Contents) -> list[str]:
    """Return the report's body as HTML fragments, from its heading to its footer (escaped).

    The assessment's result page in a browser (web.pages) shows the same body.
    """
    lang = c.lang
    answer_rows = "".join(f"<tr><td>{_e(q)}</td><td>{_e(a)}</td></tr>" for q, a in c.answers)
    other_reasons = c.reasons[1:]
    parts = [
        f"<h1>{_e(c.title)}</h1>",
        f'<p class="meta">{_e(c.meta)}</p>',
        _verdict_box(c),
        _dimensions(c),
        _trend(c),
        *(
            [f"<h2>{_e(t('report_other_reasons', lang))}</h2>", _items("ul", other_reasons)]
            if other_reasons
            else []
        ),
        f"<h2>{_e(t('steps_heading', lang))}</h2>",
        _items("ol", c.steps),
        *(
            [f"<h2>{_e(t('changes_heading', lang))}</h2>", _items("ul", c.changes)]
            if c.changes
            else []
        ),
        f"<h2>{_e(t('report_agenda', lang))}</h2>",
        _items("ol", c.agenda),
        f"<h2>{_e(t('report_answers', lang))}</h2>",
        *([f"<p>{_e(c.answers_note)}</p>"] if c.answers_note else []),
        f'<table class="compact"><thead><tr><th>{_e(t("col_question", lang))}</th>'
        f"<th>{_e(t('report_answer', lang))}</th></tr></thead><tbody>{answer_rows}</tbody>"
        "</table>",
        f"<footer><p>{_e(c.footer)}</p></footer>",
    ]
    return [part for part in parts if part]
