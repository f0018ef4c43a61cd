"""A report of one assessment to share: Markdown, plain text or self-contained HTML.

The export it is made of is read by `verkosto.export.read.load_export` (re-exported here).
"""

from __future__ import annotations

import textwrap
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from verkosto import __version__, i18n
from verkosto.compare import completed_on, dimension_score, hours, share
from verkosto.export.read import load_export as load_export
from verkosto.i18n import t
from verkosto.instrument import Instrument, Question
from verkosto.safetext import visible

FORMATS = ("md", "html", "txt")
GOALS_DIMENSION = "jarjesto"
Export = Mapping[str, Any]


# --------------------------------------------------------------------------- contents


@dataclass(frozen=True)
class DimensionRow:
    """One row of the dimension table, as words and formatted numbers."""

    title: str
    side: str
    score: str
    level: str


@dataclass(frozen=True)
class Contents:
    """Everything a report says, already in the person's language."""

    lang: str
    title: str
    meta: str
    verdict: str
    dimensions: tuple[DimensionRow, ...]
    time: str
    balance: str
    reasons: tuple[str, ...]
    steps: tuple[str, ...]
    review: str
    agenda: tuple[str, ...]
    answers: tuple[tuple[str, str], ...]
    footer: str
    # "What would change the recommendation", as the assessment said it (may be empty).
    changes: tuple[str, ...] = ()
    borderline: bool = False


def _format_date(day: date | None, lang: str) -> str:
    if day is None:
        return "–"
    return f"{day.day}.{day.month}.{day.year}" if lang == "fi" else day.isoformat()


def _level_label(instrument: Instrument, level_id: str, lang: str) -> str:
    if level_id == "insufficient":
        return instrument.scoring.insufficient_label.get(lang)
    for level in instrument.scoring.levels:
        if level.id == level_id:
            return level.label.get(lang)
    return level_id


def answer_text(question: Question | None, value: Any, lang: str) -> str:
    """Return an answer in words: a choice's label, a scale point and its label, a number."""
    if value is None:
        if question is not None and question.type == "scale" and question.not_applicable:
            return question.not_applicable.get(lang)
        return t("answer_none", lang)
    if question is None:
        return visible(value)
    if question.type == "choice":
        choice = question.choice(str(value))
        return choice.label.get(lang) if choice else visible(value)
    if question.type == "scale" and isinstance(value, int) and 1 <= value <= len(question.labels):
        return f"{value} – {question.labels[value - 1].get(lang)}"
    if question.type == "number" and isinstance(value, (int, float)):
        unit = f" {question.unit.get(lang)}" if question.unit else ""
        return f"{i18n.number(float(value), lang, 2, strip=True)}{unit}"
    return visible(value)  # free text from someone's file or the history


def _agenda(export: Export, instrument: Instrument, lang: str, review: str) -> tuple[str, ...]:
    items: list[str] = []
    # The bundled instrument's dimension for the organisation's goals; a custom instrument
    # without it still gets the question, without a score.
    goals = [d for d in instrument.dimensions if d.id == GOALS_DIMENSION]
    goal_id = goals[0].id if goals else None
    if goal_id is not None and dimension_score(export, goal_id) is not None:
        items.append(t("agenda_goals", lang,
                       score=i18n.number(dimension_score(export, goal_id), lang, 1)))
    else:
        items.append(t("agenda_goals_plain", lang))
    if hours(export) is not None:
        items.append(t("agenda_hours", lang,
                       hours=i18n.number(hours(export), lang, 1, strip=True),
                       share=i18n.percent(share(export), lang)))
    else:
        items.append(t("agenda_hours_unknown", lang))
    verdict = str(export["recommendation"]["id"])
    if f"agenda_{verdict}" in i18n.MESSAGES:
        items.append(t(f"agenda_{verdict}", lang))
    scored = [
        (value, d) for d in instrument.dimensions
        if (value := dimension_score(export, d.id)) is not None and d.id != goal_id
    ]
    if scored:
        value, weakest = min(scored, key=lambda item: item[0])
        if value < 4.0:
            items.append(t("agenda_weakest", lang, dimension=weakest.title.get(lang),
                           score=i18n.number(value, lang, 1)))
    items.append(t("agenda_review", lang, date=review))
    return tuple(items)


def _score(value: object, lang: str) -> str:
    """Return a 1–5 score as the result screen shows it (4,35 and 4,5 and 4,0)."""
    from verkosto.explain import score_text

    return score_text(float(value), lang) if isinstance(value, (int, float)) else "–"


def _in_language(export: Export, instrument: Instrument, lang: str) -> Export:
    """Return the export with its recommendation's words in `lang`, where that is exact.

    The stored words are in the language the assessment was made in. When the questions file
    is the very one it was made with (the same SHA-256), the same rules on the same answers
    give the same verdict, so its reasons, steps and what-would-change sentences can be
    said again in `lang`; otherwise the stored words stay as they are.
    """
    meta = export.get("instrument") or {}
    if export.get("language") == lang or meta.get("sha256") != instrument.sha256:
        return export
    from verkosto import explain
    from verkosto.recommend import recommend
    from verkosto.scoring import score

    answers = export.get("answers") or {}
    day = completed_on(export) or date.today()
    try:
        result = recommend(instrument, score(instrument, answers), answers, day)
    except (TypeError, ValueError, KeyError):
        return export  # answers the rules cannot read: keep what was stored
    if result.id != export["recommendation"].get("id"):
        return export
    said = explain.words(instrument, result, lang)
    changes = [{"text": text} for text in said.changes if text]
    recommendation = {**export["recommendation"], "title": said.title,
                      "reasons": list(said.reasons), "next_steps": list(said.steps),
                      "what_would_change": changes}
    return {**export, "recommendation": recommendation}


def contents(export: Export, instrument: Instrument, lang: str) -> Contents:
    """Gather what the report says about one export, in `lang` (stored texts stay as saved)."""
    export = _in_language(export, instrument, lang)
    network = str(export["network"])
    meta = export.get("instrument") or {}
    recommendation = export["recommendation"]
    review_day: date | None
    try:
        review_day = date.fromisoformat(str(recommendation["next_review"]))
    except ValueError:
        review_day = None
    review = _format_date(review_day, lang)
    sides = {"benefit": t("section_benefit", lang), "cost": t("section_cost", lang)}
    known = {d.id: d for d in instrument.dimensions}
    rows: list[DimensionRow] = []
    # Benefits first, then costs, as on the result screen.
    ordered = [d.id for side in ("benefit", "cost") for d in instrument.dimensions
               if d.side == side and d.id in export["dimensions"]]
    ordered += [str(d) for d in export["dimensions"] if d not in known]
    for did in ordered:
        entry = export["dimensions"][did]
        dim = known.get(did)
        rows.append(DimensionRow(
            title=dim.title.get(lang) if dim else did,
            side=sides.get(dim.side, "") if dim else "",
            score=i18n.number(dimension_score(export, did), lang, 1),
            level=_level_label(instrument, str(entry.get("level", "")), lang),
        ))
    answers = export["answers"]
    worktime = answers.get(instrument.scoring.time.worktime)
    if hours(export) is not None and share(export) is not None:
        time_text = t(
            "time_line", lang,
            hours=i18n.number(hours(export), lang, 1, strip=True),
            share=i18n.percent(share(export), lang),
            worktime=i18n.number(worktime if isinstance(worktime, (int, float)) else None,
                                 lang, 1, strip=True),
        )
    else:
        time_text = t("time_unknown", lang)
    balance = export["balance"]
    if isinstance(balance.get("ratio"), (int, float)):
        balance_text = t(
            "balance_line", lang,
            benefit=_score(balance.get("benefit"), lang),
            cost=_score(balance.get("cost"), lang),
            ratio=i18n.number(balance.get("ratio"), lang, 2),
            threshold=i18n.number(instrument.recommendation.worth_it_ratio, lang, 2, strip=True),
        )
    else:
        balance_text = t("balance_unknown", lang)
    order = [q.id for q in instrument.questions]
    answer_ids = [qid for qid in order if qid in answers]
    answer_ids += [str(qid) for qid in answers if qid not in set(order)]
    answer_rows = tuple(
        (
            instrument.question(qid).text.get(lang) if instrument.has_question(qid) else qid,
            answer_text(instrument.question(qid) if instrument.has_question(qid) else None,
                        answers[qid], lang),
        )
        for qid in answer_ids
    )
    return Contents(
        lang=lang,
        title=t("report_title", lang, network=network),
        meta=t("report_meta", lang, date=_format_date(completed_on(export), lang),
               instrument=meta.get("id", "?"), version=meta.get("version", "?")),
        verdict=str(recommendation["title"]),
        dimensions=tuple(rows),
        time=time_text,
        balance=balance_text,
        reasons=tuple(str(r) for r in recommendation["reasons"]),
        steps=tuple(str(s) for s in recommendation["next_steps"]),
        review=review,
        agenda=_agenda(export, instrument, lang, review),
        answers=answer_rows,
        footer=t("report_footer", lang, version=__version__),
        changes=_change_texts(recommendation.get("what_would_change")),
        borderline=recommendation.get("borderline") is True,
    )


def _change_texts(raw: object) -> tuple[str, ...]:
    """Return the what-would-change sentences of an export (older exports have none)."""
    if not isinstance(raw, list):
        return ()
    return tuple(str(item["text"]) for item in raw
                 if isinstance(item, dict) and isinstance(item.get("text"), str))


# --------------------------------------------------------------------------- formats

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


def _dimension_lines(rows: tuple[DimensionRow, ...], width: int = 78) -> list[str]:
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
    lines += _dimension_lines(c.dimensions, width)
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


def _visible_contents(c: Contents) -> Contents:
    """Return the contents with every text shown safely (no escape sequence, no bidi control)."""
    from dataclasses import fields, replace

    changes: dict[str, Any] = {}
    for item in fields(c):
        value = getattr(c, item.name)
        if isinstance(value, str) and item.name != "lang":
            changes[item.name] = visible(value)
        elif item.name == "dimensions":
            changes[item.name] = tuple(
                DimensionRow(*(visible(part) for part in (r.title, r.side, r.score, r.level)))
                for r in value)
        elif item.name == "answers":
            changes[item.name] = tuple((visible(q), visible(a)) for q, a in value)
        elif isinstance(value, tuple):
            changes[item.name] = tuple(visible(text) for text in value)
    return replace(c, **changes)


def build(export: Export, instrument: Instrument, lang: str, fmt: str, width: int = 78) -> str:
    """Return the report of one export in the format `fmt` (md, html or txt)."""
    gathered = _visible_contents(contents(export, instrument, lang))
    if fmt == "html":
        return to_html(gathered)
    if fmt == "txt":
        return to_text(gathered, width)
    return to_markdown(gathered)
