"""The interview's screens: the intro, a question, its prompt and help, the review, drafts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from verkosto.answertext import answer_text
from verkosto.i18n import formatting
from verkosto.i18n.catalog import t
from verkosto.instrument.model import Answer, Instrument, Question, Text
from verkosto.interview import Prompt, ReviewPrompt
from verkosto.render.layout import NBSP, READABLE_COLUMN, Fitting, keep_units, prose, stacked

if TYPE_CHECKING:
    from rich.console import RenderableType
    from rich.text import Text as RenderableText


# The answer Enter keeps is cut to this many characters, so that the prompt stays short.
KEPT_LIMIT = 24
# Time a question takes, for the estimate in the intro: reading a statement and choosing a
# point takes most people 10–20 seconds.
SECONDS_PER_QUESTION = 16


def intro_view(
    instrument: Instrument, lang: str, low: int = 0, high: int = 0, drafts: bool = True
) -> RenderableType:
    """Return the title and one line on what is ahead: questions, minutes, help, stopping."""
    from rich.console import Group
    from rich.text import Text

    count = str(high) if low == high else f"{low}–{high}"
    minutes = max(1, round(high * SECONDS_PER_QUESTION / 60))
    length = ", ".join(
        (
            t("intro_minute", lang) if minutes == 1 else t("intro_minutes", lang, minutes=minutes),
            t("intro_question", lang) if high == 1 else t("intro_questions", lang, count=count),
        )
    )
    key = "intro" if drafts else "intro_no_drafts"
    return Group(
        Text(instrument.title.get(lang), style="bold"),
        prose(t(key, lang, length=length), "dim"),
    )


def dimension_title(instrument: Instrument, question: Question, lang: str) -> str:
    """Return the title a question is shown under: its dimension, notes or background."""
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
    heading.append(dimension_title(instrument, question, lang), style="cyan")
    if prompt.total_max is not None:
        # "33–36": say why there is a range rather than leave it a puzzle.
        heading.append(f" ({t('progress_range', lang)})", style="dim")
    parts: list[RenderableType] = [Text(""), heading, Text(question.text.get(lang), style="bold")]
    if prompt.joining and prompt.expectations_note:
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
    line = (
        f"1{NBSP}={NBSP}{_lower_first(labels[0].get(lang))} … "
        f"{len(labels)}{NBSP}={NBSP}{_lower_first(labels[-1].get(lang))}"
    )
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
        low = formatting.number(question.min, lang, 2, strip=True)
        high = formatting.number(question.max, lang, 2, strip=True)
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
        kept = answer_text(question, default, lang, limit=KEPT_LIMIT)
        prompt.append(" [")
        prompt.append(t("hint_keep", lang, answer=kept), style="bold")
        prompt.append("]")
    prompt.append(f" ({', '.join(hints)})", style="dim")
    prompt.append(": ")
    return prompt


def week_or_month_view(figure: float, lang: str) -> RenderableType:
    """Return "did you mean per week or per month?" for a bare working-time figure."""
    from rich.console import Group
    from rich.table import Table
    from rich.text import Text

    typed = formatting.number(figure, lang, 2, strip=True)
    monthly = formatting.number(round(figure * 52 / 12, 1), lang, 1, strip=True)
    options = Table.grid(padding=(0, 1))
    options.add_column(justify="right", style="bold", no_wrap=True)
    options.add_column()
    options.add_row(Text("1"), Text(t("per_week", lang, hours=typed, month=monthly)))
    options.add_row(Text("2"), Text(t("per_month", lang, hours=typed)))
    return Group(prose(t("week_or_month", lang, hours=typed), "bold"), options)


def week_or_month_prompt(lang: str) -> RenderableText:
    """Return the prompt under "per week or per month?"."""
    from rich.text import Text

    prompt = Text(t("answer_prompt", lang))
    prompt.append(f" (1–2, {t('hint_help', lang)}, {t('hint_change_figure', lang)})", style="dim")
    prompt.append(": ")
    return prompt


def review_view(instrument: Instrument, review: ReviewPrompt, lang: str) -> RenderableType:
    """Return the numbered list of answers shown before the result (stacked when narrow)."""
    from rich import box
    from rich.console import Group
    from rich.table import Table
    from rich.text import Text

    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
    table.add_column("#", justify="right", style="bold", no_wrap=True)
    # Questions and answers wrap at spaces in full; below a readable width the list stacks.
    table.add_column(t("col_question", lang), min_width=2 * READABLE_COLUMN, ratio=1)
    table.add_column(t("col_answer", lang), min_width=2 * READABLE_COLUMN, ratio=1)
    entries: list[tuple[str, RenderableType]] = []
    for number, question in enumerate(review.questions, start=1):
        value = review.answers.get(question.id)
        shown = answer_text(question, value, lang)  # "4 – Jokseenkin samaa mieltä", "2,5 h/kk"
        label = (question.short or question.text).get(lang)
        table.add_row(Text(str(number)), prose(keep_units(label)), prose(keep_units(shown)))
        entries.append(
            (f"{number}.", Group(prose(keep_units(label), "bold"), prose(keep_units(shown))))
        )
    return Group(
        Text(""),
        Text(t("check_heading", lang), style="bold"),
        Fitting(table, stacked(entries)),
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
        table.add_row(
            Text(str(number)), Text(t("draft_row", lang, network=network, count=count, saved=saved))
        )
    return Group(Text(t("drafts_heading", lang), style="bold"), table)


def help_view(question: Question, lang: str) -> RenderableType:
    """Return a question's help text and the passage of the article it comes from."""
    from rich.console import Group
    from rich.text import Text

    body = question.help.get(lang) if question.help else t("no_help", lang)
    label = t("source_label_other" if tool_source(question) else "source_label", lang)
    source = Text(f"{label}: {question.source.get(lang)}", style="dim")
    parts: list[RenderableType] = [Text(f"ℹ {body}", style="italic"), source]
    if question.type == "scale" and (options := _options_table(question, lang)) is not None:
        parts.append(options)  # the whole scale again, for a question shown with a reminder
    return Group(*parts)


# How the bundled questions file begins a source that is not the article (PSAT, Wilder).
TOOL_SOURCE_PREFIXES = ("Työkalun lisäys", "Added by the tool")


def tool_source(question: Question) -> bool:
    """Return whether a question's source says it is the tool's own addition, not the article.

    Its help then labels the source "Lähde" rather than "Artikkelin kohta".
    """
    texts = (question.source.fi, question.source.en or "")
    return any(text.startswith(TOOL_SOURCE_PREFIXES) for text in texts)


def note_view(note: Text, lang: str) -> RenderableType:
    """Return a note shown after a choice, such as how to answer the questions that follow."""
    from rich.text import Text as RichText

    return RichText(f"ℹ {note.get(lang)}", style="italic")
