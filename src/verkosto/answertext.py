r"""The one way an answer is shown in words: on the review, in prompts, comparisons and reports.

The rules, chosen on purpose so that every place says the same:

- a choice: the chosen option's label (an unknown value as it is);
- a scale point: the point and its label, "4 – Jokseenkin samaa mieltä";
- "not applicable" on a scale: the file's label for it, without a number, so that a reader
  of a report never mistakes it for a score of 0;
- a number: the number in the person's format and the question's unit, "2,5 h/kk";
- no answer at all: "ei vastausta" / "no answer";
- free text (and anything else): on one line, every run of white space one space.

Every answer is then made safe to show (`safetext.visible`: an escape sequence is shown as
text, `\x1b`, never sent to the terminal). With a `limit` it is cut to at most that many
characters, the last of them "…", after the last whole word where that keeps at least half;
the limit counts what is shown, escapes included, so a prompt keeps its width.

This module imports nothing from Rich: the screens and the reports both use it.
"""

from __future__ import annotations

from verkosto.i18n.catalog import t
from verkosto.i18n.formatting import number
from verkosto.instrument.model import Question
from verkosto.safetext import visible

ELLIPSIS = "…"


def answer_text(
    question: Question | None, value: object, lang: str, limit: int | None = None
) -> str:
    """Return an answer in words (see the module's rules); `limit` shortens it with '…'."""
    return _shortened(visible(_words(question, value, lang)), limit)


def _words(question: Question | None, value: object, lang: str) -> str:
    """Return the answer's words before it is shortened and made safe."""
    if value is None:
        if question is not None and question.type == "scale" and question.not_applicable:
            return question.not_applicable.get(lang)
        return t("answer_none", lang)
    kind = question.type if question is not None else None
    if question is not None and kind == "choice":
        chosen = question.choice(str(value))
        if chosen is not None:
            return chosen.label.get(lang)
    elif (
        question is not None
        and kind == "scale"
        and isinstance(value, int)
        and 1 <= value <= len(question.labels)
    ):
        return f"{value} – {question.labels[value - 1].get(lang)}"
    elif question is not None and kind == "number" and isinstance(value, (int, float)):
        unit = f" {question.unit.get(lang)}" if question.unit else ""
        return f"{number(float(value), lang, 2, strip=True)}{unit}"
    return " ".join(str(value).split())


def _shortened(text: str, limit: int | None) -> str:
    """Return `text` cut to at most `limit` characters, the last of them '…'."""
    if limit is None or len(text) <= limit:
        return text
    kept = text[: max(limit - 1, 0)]
    space = kept.rfind(" ")
    # A whole word reads better than half of one, unless it would leave too little.
    if text[len(kept)] != " " and space >= limit // 2:
        kept = kept[:space]
    return kept.rstrip() + ELLIPSIS
