"""What a report of one assessment says, in the person's language, before any format.

`contents` gathers it from an export (and, for the trend, the network's earlier ones);
`visible_contents` makes every text in it safe to show. The formats (`report.formats`,
`report.html`) only lay it out.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from verkosto import __version__, explain
from verkosto.answertext import answer_text
from verkosto.compare import dimension_score, hours, ratio, share, was_joining
from verkosto.explain import score_text
from verkosto.export.check import completed_on
from verkosto.i18n.catalog import t
from verkosto.i18n.formatting import format_date, number, percent
from verkosto.instrument.model import Instrument
from verkosto.render.verdicts import verdict_label
from verkosto.safetext import visible
from verkosto.scoring import score

Export = Mapping[str, Any]
# How many assessments the trend chart shows at most: the latest ones, so that it stays
# readable on half an A4 page however long the history grows.
TREND_POINTS = 8
# The agenda item of each verdict, and the one worded for someone only considering joining.
_AGENDA_ITEMS = {
    "invest": "agenda_invest",
    "continue": "agenda_continue",
    "lighten": "agenda_lighten",
    "give_time": "agenda_give_time",
    "leave": "agenda_leave",
    "incomplete": "agenda_incomplete",
}
_AGENDA_ITEMS_JOINING = {"invest": "agenda_invest_joining", "lighten": "agenda_lighten_joining"}


@dataclass(frozen=True)
class DimensionRow:
    """One row of the dimension table, as words and formatted numbers."""

    title: str
    side: str
    score: str
    level: str
    # The score as a number (None when there are too few answers) and the side's id
    # (benefit or cost; '' for a dimension the questions file does not know), for the chart.
    value: float | None = None
    side_id: str = ""


@dataclass(frozen=True)
class TrendPoint:
    """One assessment of the network on the trend chart: its day, balance and hours."""

    day: str
    verdict: str
    ratio: float | None
    hours: float | None
    ratio_text: str
    hours_text: str


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
    # This network's assessments up to this one, oldest first (empty without earlier ones).
    trend: tuple[TrendPoint, ...] = ()
    # True when a free-text note was left out of the report (it is private by default).
    notes_withheld: bool = False
    # Said above the answers of someone only considering joining: the benefit statements are
    # worded as a member's, and what they answered is what they expect.
    answers_note: str = ""


def _level_label(instrument: Instrument, level_id: str, lang: str) -> str:
    if level_id == "insufficient":
        return instrument.scoring.insufficient_label.get(lang)
    for level in instrument.scoring.levels:
        if level.id == level_id:
            return level.label.get(lang)
    return level_id


def _agenda(export: Export, instrument: Instrument, lang: str, review: str) -> tuple[str, ...]:
    items: list[str] = []
    # Someone only considering joining is asked in the conditional, where a text has that form.
    joining = was_joining(export)

    # The dimension of the organisation's goals (scoring.organisation_dimension); an
    # instrument without it still gets the question, without a score.
    goal_id = instrument.scoring.organisation_dimension
    if goal_id is not None and dimension_score(export, goal_id) is not None:
        items.append(
            t("agenda_goals", lang, score=number(dimension_score(export, goal_id), lang, 1))
        )
    else:
        items.append(t("agenda_goals_plain", lang))
    if hours(export) is not None:
        items.append(
            t(
                "agenda_hours_joining" if joining else "agenda_hours",
                lang,
                hours=number(hours(export), lang, 1, strip=True),
                share=percent(share(export), lang),
            )
        )
    else:
        items.append(t("agenda_hours_unknown", lang))
    verdict = str(export["recommendation"]["id"])
    item = (_AGENDA_ITEMS_JOINING.get(verdict) if joining else None) or _AGENDA_ITEMS.get(verdict)
    if item is not None:
        items.append(t(item, lang))
    scored = [
        (value, d)
        for d in instrument.dimensions
        if (value := dimension_score(export, d.id)) is not None and d.id != goal_id
    ]
    if scored:
        value, weakest = min(scored, key=lambda item: item[0])
        if value < 4.0:
            items.append(
                t(
                    "agenda_weakest",
                    lang,
                    dimension=weakest.title.get(lang),
                    score=number(value, lang, 1),
                )
            )
    items.append(t("agenda_review", lang, date=review))
    return tuple(items)


def _score(value: object, lang: str) -> str:
    """Return a 1–5 score as the result screen shows it (4,35 and 4,5 and 4,0)."""
    return score_text(float(value), lang) if isinstance(value, (int, float)) else "–"


def _in_language(export: Export, instrument: Instrument, lang: str) -> Export:
    """Return the export with its recommendation's words in `lang`, where that is exact.

    The stored words are in the language the assessment was made in. When the questions file
    is the one it was made with (the same SHA-256), or the same instrument in the same version
    (a new translation or comment changes the file but not its version, which marks what
    scores alike), and its rules on the same answers give the same verdict again, its
    reasons, steps and what-would-change sentences can be said again in `lang`; otherwise
    the stored words stay as they are.
    """
    meta = export.get("instrument") or {}
    same_file = meta.get("sha256") == instrument.sha256
    same_version = (meta.get("id"), meta.get("version")) == (instrument.id, instrument.version)
    if export.get("language") == lang or not (same_file or same_version):
        return export
    from verkosto.recommend import recommend

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
    recommendation = {
        **export["recommendation"],
        "title": said.title,
        "reasons": list(said.reasons),
        "next_steps": list(said.steps),
        "what_would_change": changes,
    }
    return {**export, "recommendation": recommendation}


def contents(
    export: Export,
    instrument: Instrument,
    lang: str,
    earlier: Sequence[Export] = (),
    include_free_text: bool = False,
) -> Contents:
    """Gather what the report says about one export, in `lang` (stored texts stay as saved).

    `earlier` are the network's other stored assessments (any order; those completed after
    this one are left out); free-text answers are left out unless `include_free_text`.
    """
    export = _in_language(export, instrument, lang)
    answers, withheld = _answer_rows(export["answers"], instrument, lang, include_free_text)
    network = str(export["network"])
    meta = export.get("instrument") or {}
    recommendation = export["recommendation"]
    review_day: date | None
    try:
        review_day = date.fromisoformat(str(recommendation["next_review"]))
    except ValueError:
        review_day = None
    review = format_date(review_day, lang)
    return Contents(
        lang=lang,
        title=t("report_title", lang, network=network),
        meta=t(
            "report_meta",
            lang,
            date=format_date(completed_on(export), lang),
            instrument=meta.get("id", "?"),
            version=meta.get("version", "?"),
        ),
        verdict=str(recommendation["title"]),
        dimensions=_dimension_rows(export, instrument, lang),
        time=_time_text(export, instrument, lang),
        balance=_balance_text(export, instrument, lang),
        reasons=tuple(str(r) for r in recommendation["reasons"]),
        steps=tuple(str(s) for s in recommendation["next_steps"]),
        review=review,
        agenda=_agenda(export, instrument, lang, review),
        answers=answers,
        footer=t("report_footer", lang, version=__version__),
        changes=_change_texts(recommendation.get("what_would_change")),
        borderline=recommendation.get("borderline") is True,
        trend=trend_points(export, earlier, instrument, lang),
        notes_withheld=withheld,
        answers_note=t("report_answers_joining", lang) if was_joining(export) else "",
    )


def key_figures(c: Contents) -> tuple[tuple[str, str], ...]:
    """Return the figures shown under the verdict, each with its label: time, balance, review."""
    return (
        (t("time_heading", c.lang), c.time),
        (t("balance_heading", c.lang), c.balance),
        (t("review_heading", c.lang), c.review),
    )


def _completed(export: Export) -> datetime | None:
    """Return when an assessment was completed, comparable across time zones, or None."""
    try:
        moment = datetime.fromisoformat(str(export.get("completed_at", "")))
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else None


def trend_points(
    export: Export, earlier: Sequence[Export], instrument: Instrument, lang: str
) -> tuple[TrendPoint, ...]:
    """Return the last TREND_POINTS assessments up to `export`, oldest first; () for one alone.

    An earlier assessment completed at the very same moment is this one read from the
    history, so it is not counted twice. Verdicts are named in `lang`.
    """
    now = _completed(export)
    if now is None:
        return ()
    dated = [(moment, e) for e in earlier if (moment := _completed(e)) is not None and moment < now]
    dated.sort(key=lambda item: item[0])
    chosen = [e for _, e in dated][-(TREND_POINTS - 1) :] + [export]
    if len(chosen) < 2:
        return ()
    return tuple(
        TrendPoint(
            day=format_date(completed_on(e), lang),
            verdict=verdict_label(instrument, e, lang),
            ratio=ratio(e),
            hours=hours(e),
            ratio_text=number(ratio(e), lang, 2),
            hours_text=number(hours(e), lang, 1, strip=True),
        )
        for e in chosen
    )


def _dimension_rows(export: Export, instrument: Instrument, lang: str) -> tuple[DimensionRow, ...]:
    """Return the export's dimensions: benefits first, then costs, as on the result screen."""
    sides = {"benefit": t("section_benefit", lang), "cost": t("section_cost", lang)}
    known = {d.id: d for d in instrument.dimensions}
    rows: list[DimensionRow] = []
    ordered = [
        d.id
        for side in ("benefit", "cost")
        for d in instrument.dimensions
        if d.side == side and d.id in export["dimensions"]
    ]
    ordered += [str(d) for d in export["dimensions"] if d not in known]
    for did in ordered:
        entry = export["dimensions"][did]
        dim = known.get(did)
        rows.append(
            DimensionRow(
                title=dim.title.get(lang) if dim else did,
                side=sides.get(dim.side, "") if dim else "",
                score=number(dimension_score(export, did), lang, 1),
                level=_level_label(instrument, str(entry.get("level", "")), lang),
                value=dimension_score(export, did),
                side_id=dim.side if dim else "",
            )
        )
    return tuple(rows)


def _time_text(export: Export, instrument: Instrument, lang: str) -> str:
    """Return the time the network took in words, as the result screen said it."""
    worktime = export["answers"].get(instrument.scoring.time.worktime)
    if hours(export) is None or share(export) is None:
        return t("time_unknown", lang)
    return t(
        "time_line",
        lang,
        hours=number(hours(export), lang, 1, strip=True),
        share=percent(share(export), lang),
        worktime=number(
            worktime if isinstance(worktime, (int, float)) else None, lang, 1, strip=True
        ),
    )


def _balance_text(export: Export, instrument: Instrument, lang: str) -> str:
    """Return the balance of benefit and cost in words, as the result screen said it."""
    balance = export["balance"]
    if not isinstance(balance.get("ratio"), (int, float)):
        return t("balance_unknown", lang)
    return t(
        "balance_line",
        lang,
        benefit=_score(balance.get("benefit"), lang),
        # As the result screen shows it: the table's convention, 5 = light.
        cost=_score(
            6.0 - cost if isinstance(cost := balance.get("cost"), (int, float)) else None, lang
        ),
        ratio=number(balance.get("ratio"), lang, 2),
        threshold=number(instrument.recommendation.worth_it_ratio, lang, 2, strip=True),
    )


def _answer_rows(
    answers: Mapping[str, Any], instrument: Instrument, lang: str, include_free_text: bool
) -> tuple[tuple[tuple[str, str], ...], bool]:
    """Return each answer as a question and the answer in words, and whether a note was left out.

    Free text is private unless asked for: the row then only says that a note exists. An
    answer in words to a question this questions file does not know may be free text from
    another version of it, so it is kept out the same way.
    """
    order = [q.id for q in instrument.questions]
    answer_ids = [qid for qid in order if qid in answers]
    answer_ids += [str(qid) for qid in answers if qid not in set(order)]
    rows = []
    withheld = False
    for qid in answer_ids:
        question = instrument.question(qid) if instrument.has_question(qid) else None
        text = question.text.get(lang) if question is not None else qid
        value = answers[qid]
        free = question.type == "text" if question is not None else isinstance(value, str)
        if free and not include_free_text and isinstance(value, str) and value.strip():
            rows.append((text, t("report_note_withheld", lang)))
            withheld = True
        else:
            rows.append((text, answer_text(question, value, lang)))
    return tuple(rows), withheld


def _change_texts(raw: object) -> tuple[str, ...]:
    """Return the what-would-change sentences of an export (older exports have none)."""
    if not isinstance(raw, list):
        return ()
    return tuple(
        str(item["text"])
        for item in raw
        if isinstance(item, dict) and isinstance(item.get("text"), str)
    )


def visible_contents(c: Contents) -> Contents:
    """Return the contents with every text shown safely (no escape sequence, no bidi control)."""
    from dataclasses import fields, replace

    changes: dict[str, Any] = {}
    for item in fields(c):
        value = getattr(c, item.name)
        if isinstance(value, str) and item.name != "lang":
            changes[item.name] = visible(value)
        elif item.name == "dimensions":
            changes[item.name] = tuple(
                replace(
                    r,
                    title=visible(r.title),
                    side=visible(r.side),
                    score=visible(r.score),
                    level=visible(r.level),
                )
                for r in value
            )
        elif item.name == "trend":
            changes[item.name] = tuple(
                replace(p, day=visible(p.day), verdict=visible(p.verdict)) for p in value
            )
        elif item.name == "answers":
            changes[item.name] = tuple((visible(q), visible(a)) for q, a in value)
        elif isinstance(value, tuple):
            changes[item.name] = tuple(visible(text) for text in value)
    return replace(c, **changes)
