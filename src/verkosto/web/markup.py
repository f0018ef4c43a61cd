"""The HTML of each page: every text escaped, no script, no inline style.

A question is a <fieldset> whose <legend> holds it (and is the page's heading when it is
the only one on the page); radio buttons are real inputs with their own <label>; help and
errors are tied to the field with aria-describedby; problems are listed at the top, each
linked to its field.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from html import escape
from typing import Any

from verkosto.answers import prune
from verkosto.answertext import answer_text
from verkosto.i18n import formatting
from verkosto.i18n.catalog import t
from verkosto.instrument.model import Answer, Instrument, Question, applicable, plain_number
from verkosto.interview import lacks_language, total_range
from verkosto.report.compose import gather
from verkosto.report.html import body_parts
from verkosto.safetext import visible
from verkosto.web.forms import ACTION, LANGUAGE, NETWORK, PER_MONTH, PER_WEEK, answer_field
from verkosto.web.forms import block_key as forms_block_key

# Each language named in itself: someone who reads none of the others finds their own.
LANGUAGE_NAMES = (("fi", "suomi"), ("sv", "svenska"), ("en", "English"))
NETWORK_ID = "kentta-verkosto"
# Time a question takes, for the estimate on the start page (as the terminal's intro).
SECONDS_PER_QUESTION = 16
LANGUAGE_ID = "kentta-kieli"


@dataclass(frozen=True)
class PageProblem:
    """A problem as a page shows it: the form field, the id its link leads to, the words."""

    field: str
    anchor: str
    message: str
    # The words in the list at the top, when they say more than those beside the field.
    summary: str = ""


def e(text: object) -> str:
    r"""Return text escaped for HTML, quotes too, and its control characters made visible.

    Control characters are errors in HTML and lone surrogates cannot even be encoded, so
    they are shown as escapes (`\x07`), as on the terminal; newlines and tabs are kept.
    """
    return escape(visible(str(text).replace("\r\n", "\n"), multiline=True), quote=True)


def field_id(question_id: str) -> str:
    """Return the id of a question's (first) input: what an error's link leads to."""
    return f"kentta-{question_id}"


def sentence(text: str) -> str:
    """Return a message with a capital first letter (the catalogue's are mid-sentence)."""
    return text[:1].upper() + text[1:]


def error_summary(problems: Sequence[PageProblem], lang: str) -> str:
    """Return the list of problems at the top of the page, each linked to its field."""
    if not problems:
        return ""
    items = "".join(
        f'<li><a href="#{e(p.anchor)}">{e(p.summary or p.message)}</a></li>' for p in problems
    )
    return (
        # Focused on arrival (no script needed), so the keyboard starts from the list.
        '<div class="error-summary" role="alert" aria-labelledby="virheet-otsikko" '
        'tabindex="-1" autofocus>'
        f'<h2 id="virheet-otsikko">{e(t("web_error_summary", lang))}</h2>'
        f"<ul>{items}</ul></div>"
    )


def notices(texts: Sequence[str]) -> str:
    """Return notes shown once after an answer (a converted figure, a choice's note)."""
    return "".join(f'<p class="notice">{e(text)}</p>' for text in texts)


def buttons(lang: str, primary: tuple[str, str], back: bool) -> str:
    """Return the page's buttons: the way on first, so Enter in a text field goes on."""
    value, key = primary
    parts = [f'<button type="submit" name="{ACTION}" value="{e(value)}">{e(t(key, lang))}</button>']
    if back:
        parts.append(
            f'<button type="submit" class="secondary" name="{ACTION}" value="takaisin">'
            f"{e(t('web_back', lang))}</button>"
        )
    return f'<div class="buttons">{"".join(parts)}</div>'


def form(inner: str) -> str:
    """Return a page's form: posted to the page's own address, checked by the page itself."""
    return f'<form method="post" novalidate>{inner}</form>'


def _error_line(field: str, message: str | None) -> str:
    if message is None:
        return ""
    return f'<p class="error-message" id="virhe-{e(field)}">{e(message)}</p>'


def _described(*ids: str | None) -> str:
    shown = " ".join(i for i in ids if i)
    return f' aria-describedby="{e(shown)}"' if shown else ""


def start_page(
    instrument: Instrument,
    lang: str,
    network: str,
    chosen: str,
    errors: dict[str, str],
    length: str,
) -> str:
    """Return the start page: the network's name and the language, then the questions."""
    name_error = errors.get(NETWORK)
    invalid = ' aria-invalid="true"' if name_error else ""
    name = (
        f'<div class="field{" has-error" if name_error else ""}">'
        f'<label class="field" for="{NETWORK_ID}">{e(t("web_network_label", lang))}</label>'
        f'<p class="hint" id="ohje-{NETWORK}">{e(t("web_network_help", lang))}</p>'
        f"{_error_line(NETWORK, name_error)}"
        f'<input type="text" id="{NETWORK_ID}" name="{NETWORK}" value="{e(network)}" '
        f'autocomplete="off" spellcheck="false"{invalid}'
        f"{_described('ohje-' + NETWORK, 'virhe-' + NETWORK if name_error else None)}></div>"
    )
    lang_error = errors.get(LANGUAGE)
    radios = "".join(
        _radio(
            LANGUAGE,
            code,
            LANGUAGE_ID if i == 0 else f"{LANGUAGE_ID}-{code}",
            label,
            code == chosen,
            bool(lang_error),
            label_lang=code,
        )
        for i, (code, label) in enumerate(LANGUAGE_NAMES)
    )
    languages = (
        f"<fieldset{' class=' + chr(34) + 'has-error' + chr(34) if lang_error else ''}"
        f"{_described('virhe-' + LANGUAGE if lang_error else None)}>"
        f"<legend><h2>{e(t('web_language_legend', lang))}</h2></legend>"
        f"{_error_line(LANGUAGE, lang_error)}<div>{radios}</div></fieldset>"
    )
    return f"<h1>{e(instrument.title.get(lang))}</h1><p>{e(length)}</p>" + form(
        name + languages + buttons(lang, ("seuraava", "web_start_button"), False)
    )


def _radio(
    name: str,
    value: str,
    ident: str,
    label: str,
    checked: bool,
    invalid: bool,
    label_lang: str | None = None,
) -> str:
    checked_attr = " checked" if checked else ""
    invalid_attr = ' aria-invalid="true"' if invalid else ""
    lang_attr = f' lang="{e(label_lang)}"' if label_lang else ""
    return (
        f'<div class="choice"><input type="radio" id="{e(ident)}" name="{e(name)}" '
        f'value="{e(value)}"{checked_attr}{invalid_attr}>'
        f'<label for="{e(ident)}"{lang_attr}>{e(label)}</label></div>'
    )


def options(question: Question, lang: str) -> list[tuple[str, str]]:
    """Return a scale's or a choice's options as (form value, label); "don't know" is 0."""
    if question.type == "scale":
        shown = [
            (str(p), answer_text(question, p, lang)) for p in range(1, len(question.labels) + 1)
        ]
        if question.not_applicable is not None:
            shown.append(("0", question.not_applicable.get(lang)))
        return shown
    return [(c.value, c.label.get(lang)) for c in question.choices]


def form_value(question: Question, value: Answer, lang: str) -> str:
    """Return an answer as its form field holds it (a scale point, a choice, a figure)."""
    if value is None:
        return "0" if question.type == "scale" else ""
    if question.type == "number" and isinstance(value, (int, float)):
        shown = plain_number(value)
        return shown if lang == "en" else shown.replace(".", ",")
    return str(value)


def question_fieldset(
    question: Question,
    lang: str,
    heading: str,
    value: str | None,
    error: str | None,
) -> str:
    """Return one question as a fieldset: its legend (as `heading`), help, error, inputs."""
    qid = question.id
    help_id = f"ohje-{qid}"
    hint = _hint(question, lang)
    hint_html = f'<p class="hint" id="{e(help_id)}">{e(hint)}</p>' if hint else ""
    error_id = f"virhe-{qid}" if error else None
    legend = f"<legend><{heading}>{e(question.text.get(lang))}</{heading}></legend>"
    if question.type in ("scale", "choice"):
        radios = "".join(
            _radio(
                answer_field(qid),
                option,
                field_id(qid) if i == 0 else f"{field_id(qid)}-{option}",
                label,
                value == option,
                bool(error),
            )
            for i, (option, label) in enumerate(options(question, lang))
        )
        described = _described(help_id if hint else None, error_id)
        css = ' class="has-error"' if error else ""
        return (
            f"<fieldset{css}{described}>{legend}{hint_html}{_error_line(qid, error)}"
            f'<div class="{question.type}">{radios}</div></fieldset>'
        )
    control = _text_control(question, lang, value or "", help_id if hint else None, error_id)
    css = ' class="has-error"' if error else ""
    return f"<fieldset{css}>{legend}{hint_html}{_error_line(qid, error)}{control}</fieldset>"


def _hint(question: Question, lang: str) -> str | None:
    """Return the help under a question: its own, and how hours may be written."""
    parts = [question.help.get(lang)] if question.help is not None else []
    if question.type == "number" and question.unit is not None and question.unit.fi == "h/kk":
        parts.append(t("web_hours_hint", lang))
    elif question.type == "text":
        parts.append(t("web_text_hint", lang))
    return " ".join(parts) or None


def _text_control(
    question: Question, lang: str, value: str, help_id: str | None, error_id: str | None
) -> str:
    qid = question.id
    ident = field_id(qid)
    invalid = ' aria-invalid="true"' if error_id else ""
    described = _described(help_id, error_id)
    label = t("answer_prompt", lang)
    if question.type == "number":
        unit = question.unit.get(lang) if question.unit else ""
        low = formatting.number(question.min, lang, 2, strip=True)
        high = formatting.number(question.max, lang, 2, strip=True)
        label += f" ({t('hint_number', lang, min=low, max=high, unit=unit).strip()})"
        mode = "numeric" if question.whole else "decimal"
        return (
            f'<label class="field" for="{ident}">{e(label)}</label>'
            f'<input type="text" id="{ident}" name="{e(answer_field(qid))}" value="{e(value)}" '
            f'inputmode="{mode}" autocomplete="off"{invalid}{described}>'
        )
    return (
        f'<label class="field" for="{ident}">{e(label)}</label>'
        f'<textarea id="{ident}" name="{e(answer_field(qid))}" rows="5"{invalid}{described}>'
        f"{e(value)}</textarea>"
    )


def week_or_month_fieldset(question: Question, figure: float, lang: str, error: str | None) -> str:
    """Return "did you mean per week or per month?" for a bare working-time figure."""
    qid = question.id
    typed = formatting.number(figure, lang, 2, strip=True)
    monthly = formatting.number(round(figure * 52 / 12, 1), lang, 1, strip=True)
    choices = (
        (PER_WEEK, t("per_week", lang, hours=typed, month=monthly)),
        (PER_MONTH, t("per_month", lang, hours=typed)),
    )
    radios = "".join(
        _radio(
            answer_field(qid),
            value,
            field_id(qid) if i == 0 else f"{field_id(qid)}-{value}",
            label,
            False,
            bool(error),
        )
        for i, (value, label) in enumerate(choices)
    )
    help_id = f"ohje-{qid}"
    described = _described(help_id, f"virhe-{qid}" if error else None)
    css = ' class="has-error"' if error else ""
    return (
        f"<fieldset{css}{described}>"
        f"<legend><h1>{e(t('week_or_month', lang, hours=typed))}</h1></legend>"
        f'<p class="hint" id="{help_id}">{e(question.text.get(lang))}</p>'
        f'{_error_line(qid, error)}<div class="choice-list">{radios}</div></fieldset>'
    )


def review_list(questions: Sequence[Question], answers: dict[str, Answer], lang: str) -> str:
    """Return the answers with a button beside each to change it."""
    rows = []
    for question in questions:
        label = (question.short or question.text).get(lang)
        shown = answer_text(question, answers.get(question.id), lang)
        rows.append(
            f"<dt>{e(label)}</dt><dd><span>{e(shown)}</span>"
            f'<button type="submit" class="secondary" name="{ACTION}" '
            f'value="muuta:{e(question.id)}">{e(t("web_change", lang))}'
            f'<span class="visually-hidden">: {e(label)}</span></button></dd>'
        )
    return f'<dl class="review">{"".join(rows)}</dl>'


def _errors_by_field(problems: Sequence[PageProblem]) -> dict[str, str]:
    found: dict[str, str] = {}
    for problem in problems:
        if problem.field:
            found.setdefault(problem.field, problem.message)
    return found


def _top(problems: Sequence[PageProblem], notes: Sequence[str], lang: str) -> str:
    return error_summary(problems, lang) + notices(notes)


def start_view(
    instrument: Instrument,
    lang: str,
    network: str | None,
    page: Page,
) -> tuple[str, str]:
    """Return the start page's title and body."""
    low, high = total_range(instrument, {})
    count = str(high) if low == high else f"{low}–{high}"
    minutes = max(1, round(high * SECONDS_PER_QUESTION / 60))
    length = ", ".join(
        (
            t("intro_minute", lang) if minutes == 1 else t("intro_minutes", lang, minutes=minutes),
            t("intro_question", lang) if high == 1 else t("intro_questions", lang, count=count),
        )
    )
    name = page.entered.get(NETWORK, network or "")
    chosen = page.entered.get(LANGUAGE, lang)
    notes = page.notes
    if lacks_language(instrument, lang):
        notes = (*notes, t("questions_in_finnish", lang))
    body = _top(page.problems, notes, lang) + start_page(
        instrument, lang, name, chosen, _errors_by_field(page.problems), length
    )
    return instrument.title.get(lang), body


def progress_text(
    instrument: Instrument, answers: Mapping[str, Answer], questions: Sequence[Question], lang: str
) -> str:
    """Return "Kysymys 3/24" (or "7–9/24" for a run of statements, "3/33–36" while unsure)."""
    asked = applicable(instrument, answers)
    first = asked.index(questions[0]) + 1 if questions[0] in asked else 1
    last = first + len(questions) - 1
    number = str(first) if last == first else f"{first}–{last}"
    low, high = total_range(instrument, answers)
    total = str(low) if low == high else f"{low}–{high}"
    text = t("progress", lang, n=number, total=total)
    return text if low == high else f"{text} ({t('progress_range', lang)})"


def question_view(
    instrument: Instrument,
    page: Page,
    questions: Sequence[Question],
) -> tuple[str, str]:
    """Return a question page's title and body: one question, or a run of statements."""
    lang = page.lang
    errors = _errors_by_field(page.problems)
    first = questions[0]
    progress = progress_text(instrument, page.answers, questions, lang)
    where = _dimension_title(instrument, first, lang)
    title = f"{progress} · {where} – {instrument.title.get(lang)}"
    top = _top(page.problems, page.notes, lang)
    if page.pending is not None:
        error = errors.get(answer_field(first.id))
        inner = week_or_month_fieldset(first, page.pending, lang, error)
        shown = f'<p class="progress">{e(progress)}</p>{inner}'
        return title, top + form(shown + buttons(lang, ("seuraava", "web_next"), True))
    if len(questions) == 1 and forms_block_key(first) is None:
        head = f'<p class="progress">{e(progress)} · {e(where)}</p>'
        heading = "h1"
    else:
        head = f'<p class="progress">{e(progress)}</p><h1>{e(where)}</h1>'
        heading = "h2"
        if page.joining and _is_benefit(instrument, first):
            head += f'<p class="hint">{e(t("joining_note", lang))}</p>'
    fieldsets = "".join(
        question_fieldset(
            question,
            lang,
            heading,
            _value(question, page, lang),
            errors.get(answer_field(question.id)),
        )
        for question in questions
    )
    return title, top + form(head + fieldsets + buttons(lang, ("seuraava", "web_next"), True))


def _value(question: Question, page: Page, lang: str) -> str | None:
    """Return what a question's field holds: what was entered, or the answer taken back."""
    name = answer_field(question.id)
    if name in page.entered:
        return page.entered[name]
    if question.id in page.defaults:
        return form_value(question, page.defaults[question.id], lang)
    return None


def _dimension_title(instrument: Instrument, question: Question, lang: str) -> str:
    if question.dimension is None:
        return t("notes" if question.type == "text" else "background", lang)
    return instrument.dimension(question.dimension).title.get(lang)


def _is_benefit(instrument: Instrument, question: Question) -> bool:
    return (
        question.dimension is not None
        and instrument.dimension(question.dimension).side == "benefit"
    )


def review_view(instrument: Instrument, page: Page) -> tuple[str, str]:
    """Return the review page: every answer with a button to change it, then the result."""
    lang = page.lang
    answered = prune(instrument, page.answers)
    questions = [q for q in instrument.questions if q.id in answered]
    heading = t("check_heading", lang)
    body = (
        _top(page.problems, page.notes, lang)
        + f"<h1>{e(heading)}</h1><p>{e(t('web_review_intro', lang))}</p>"
        + form(
            review_list(questions, answered, lang)
            + buttons(lang, ("valmis", "web_show_result"), True)
        )
    )
    return heading, body


def result_view(instrument: Instrument, export: Mapping[str, Any], lang: str) -> tuple[str, str]:
    """Return the result page: the report's body for this assessment (title, body)."""
    gathered = gather(export, instrument, lang)
    return gathered.title, "\n".join(body_parts(gathered))


@dataclass(frozen=True)
class Page:
    """What a page shows besides its questions: answers so far, problems, what was entered."""

    lang: str
    answers: Mapping[str, Answer]
    defaults: Mapping[str, Answer]
    pending: float | None
    notes: tuple[str, ...]
    problems: tuple[PageProblem, ...]
    entered: Mapping[str, str]
    joining: bool
