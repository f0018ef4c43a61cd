"""Turn a recommendation's keys and parameters into words, in the person's language.

The core (`recommend`) decides and returns keys; this is where the words are chosen, from
the texts of questions.yaml and the number formats of `i18n`. The result screen, the export
and the reports all take their words from here, so they say the same thing.
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from dataclasses import dataclass

from verkosto.changes import VerdictChange
from verkosto.i18n.formatting import number, percent
from verkosto.instrument.model import JOINING_SUFFIX, Instrument
from verkosto.reasons import Reason
from verkosto.recommend import Recommendation
from verkosto.rules import ParamValue
from verkosto.steps import StepRef

# How each placeholder is shown: scores 1–5, hours, shares, counts.
_SCORE = ("score",)
_BALANCE = ("benefit", "cost", "threshold", "ratio")
_HOURS = ("hours", "agreed", "unagreed")
_SHARES = ("share", "limit")


@dataclass(frozen=True)
class Words:
    """A recommendation in words: what the screen, the export and the reports show."""

    title: str
    reasons: tuple[str, ...]
    steps: tuple[str, ...]
    # One per change of the recommendation, in order; empty where the file has no template.
    changes: tuple[str, ...]


class _Keep(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def _fill(template: str, params: Mapping[str, str]) -> str:
    # The loader checked the placeholders; format_map keeps any stray brace harmless.
    return string.Formatter().vformat(template, (), _Keep(params))


def title(instrument: Instrument, outcome: str, joining: bool, lang: str) -> str:
    """Return an outcome's title, in the joining form for someone considering joining."""
    chosen = instrument.recommendation.outcomes[outcome]
    return (chosen.title_joining if joining else chosen.title).get(lang)


def _dimension(instrument: Instrument, did: str, lang: str) -> str:
    try:
        return instrument.dimension(did).title.get(lang)
    except KeyError:
        return did


def _question(instrument: Instrument, qid: str, lang: str) -> str:
    if not instrument.has_question(qid):
        return qid
    question = instrument.question(qid)
    return (question.short or question.text).get(lang)


def _listed(items: list[str], lang: str) -> str:
    """Return "a, b ja c" (or "a, b och c", "a, b and c")."""
    if len(items) < 2:
        return "".join(items)
    word = {"fi": "ja", "sv": "och"}.get(lang, "and")
    return f"{', '.join(items[:-1])} {word} {items[-1]}"


def _value(instrument: Instrument, name: str, value: ParamValue, lang: str) -> str:
    if name == "dimension" and isinstance(value, str):
        return _dimension(instrument, value, lang)
    if name == "dimensions" and isinstance(value, tuple):
        return _listed([_dimension(instrument, did, lang) for did in value], lang)
    if name == "questions" and isinstance(value, tuple):
        return _listed(
            [
                f"”{_question(instrument, qid, lang)}”"
                if lang in ("fi", "sv")
                else f"“{_question(instrument, qid, lang)}”"
                for qid in value
            ],
            lang,
        )
    if isinstance(value, str | tuple):
        return str(value)
    if name in _SHARES:
        return percent(float(value), lang)
    if name in _HOURS:
        return number(float(value), lang, 1, strip=True)
    if name in _BALANCE:
        return score_text(float(value), lang)
    if name in _SCORE:
        # A whole answer ("your answer: 2") is an int; a mean has one decimal.
        return str(value) if isinstance(value, int) else number(float(value), lang, 1)
    return str(value)


def score_text(value: float, lang: str) -> str:
    """Two decimals where they say something, one at least: 4,35 and 4,5 and 4,0."""
    shown = number(value, lang, 2, strip=True)
    return shown if any(ch in shown for ch in ",.") else number(value, lang, 1)


def reason_text(instrument: Instrument, reason: Reason, lang: str, joining: bool = False) -> str:
    """Return one reason in words, in the joining form where the file has one."""
    reasons = instrument.recommendation.reasons
    chosen = reasons.get(f"{reason.key}{JOINING_SUFFIX}") if joining else None
    found = chosen or reasons.get(reason.key)
    if found is None:
        return ""  # a questions file older than this reason (see OPTIONAL_TEMPLATES)
    template = found.get(lang)
    params = {name: _value(instrument, name, value, lang) for name, value in reason.params.items()}
    return _fill(template, params)


def step_text(instrument: Instrument, ref: StepRef, facts: frozenset[str], lang: str) -> str:
    """Return one step in words, worded for the person (board or supervisor)."""
    return ref.step(instrument).text_for(facts).get(lang)


def change_text(instrument: Instrument, change: VerdictChange, joining: bool, lang: str) -> str:
    """Return one "what would change it" sentence."""
    changes = instrument.recommendation.changes
    chosen = changes.get(f"{change.kind}{JOINING_SUFFIX}") if joining else None
    template = chosen or changes.get(change.kind)
    if template is None:
        return ""
    params: dict[str, str] = {"outcome": title(instrument, change.outcome, joining, lang)}
    for name, value in change.params.items():
        if name in ("old", "new") and isinstance(value, (int, float)):
            hours = change.kind in ("hours", "agreed")
            params[name] = number(float(value), lang, 1, strip=hours)
        else:
            params[name] = _value(instrument, name, value, lang)
    return _fill(template.get(lang), params)


def words(instrument: Instrument, recommendation: Recommendation, lang: str) -> Words:
    """Return the whole recommendation in words."""
    rec = recommendation
    return Words(
        title=title(instrument, rec.id, rec.joining, lang),
        reasons=tuple(
            text for r in rec.reasons if (text := reason_text(instrument, r, lang, rec.joining))
        ),
        steps=tuple(step_text(instrument, s, rec.facts, lang) for s in rec.steps),
        changes=tuple(change_text(instrument, c, rec.joining, lang) for c in rec.changes),
    )
