"""The result never contradicts itself: a table of impossible contradictions, over random workers.

Each row names a contradiction a careful reader (a supervisor, a board) would catch on the
result screen or in a report, and a check that finds it in a recommendation and its words.
Hypothesis draws random workers (members and joiners, every role, "don't know" now and then)
and every row must find nothing, in Finnish and in English.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_recommend_properties import strong_workers, workers

from verkosto import explain
from verkosto.explain import Words
from verkosto.instrument.loader import load
from verkosto.languages import LANGUAGES
from verkosto.recommend import Recommendation, recommend
from verkosto.rules import decide_answers
from verkosto.scoring import Scores, score

INSTRUMENT = load()
LEVEL_LABELS = {
    lang: {level.label.get(lang): level.id for level in INSTRUMENT.scoring.levels}
    for lang in LANGUAGES
}
# Reasons that say the network weighs on the person or is held down: a verdict to scale
# back or leave needs one of them (or a rule that moved it) first.
BURDEN = {
    "balance_low",
    "benefit_low",
    "time_high",
    "time_heavy",
    "relevance_low",
    "relevance_low_caps",
    "relevance_partial",
    "reciprocity_low",
    "thin_evidence",
    "dimension_concern",
    "dimension_discuss",
    "unbacked",
    "valuable",
    "core_keep",
    "joining_light",
}
# Reasons that say the network does not pay: a verdict to stay needs a rule that lifted it.
DOES_NOT_PAY = {"balance_low", "benefit_low", "relevance_low", "relevance_low_caps"}
# The reason that names each floor or cap when it moved the verdict.
MOVED_REASON = {
    "find_out": {"relevance_unknown"},
    "relevance": {"relevance_low_caps", "relevance_partial"},
    "thin": {"thin_evidence"},
    "unbacked": {"unbacked"},
    "support": {"small_org_support"},
    "valuable": {"valuable"},
    "new": {"new_member", "founding"},
    "core": {"core_keep"},
    "no_burden": {"no_burden"},
    "trial": {"joining_trial"},
    "join_light": {"joining_light"},
    "zero": {"time_zero"},
    "time_high": {"time_high"},
    "time_heavy": {"time_heavy"},
}
# Words that speak to a member in the present tense; someone only considering joining
# never reads them in a reason or a what-would-change sentence.
MEMBER_TENSE = {
    "fi": [
        r"\bHyötysi\b",
        r"\bvie\b",
        r"\bsaat\b",
        r"\bon sovittu\b",
        r"\(nyt ",
        r"\bliittyy työhösi\b",
        r"\bei tue\b",
        r"\bovat vähintään kohtalaiset\b",
    ],
    "en": [
        r"\bYour benefits\b",
        r"\btakes\b",
        r"\byou get\b",
        r"\(now ",
        r"\bis linked to your work\b",
        r"\bdoes not back\b",
        r"\bare at least fair\b",
    ],
    "sv": [
        r"\bDin nytta\b",
        r"\btar\b",
        r"\bfår du\b",
        r"\(nu ",
        r"\bstöder inte\b",
        r"\bär åtminstone måttlig\b",
        r"\bär överenskomna\b",
    ],
}


@dataclass(frozen=True)
class Case:
    """One worker's result: what the tool decided and what it says."""

    answers: dict[str, Any]
    scores: Scores
    result: Recommendation
    words: Words
    lang: str
    # The floors and caps that moved the verdict, as the rules decided it.
    moved: tuple[str, ...]

    @property
    def keys(self) -> list[str]:
        return [reason.key for reason in self.result.reasons]


def scaling_back_with_only_good_news(c: Case) -> bool:
    """'Kevennä' (or 'leave') while no reason says what weighs on the person."""
    if c.result.id not in ("lighten", "leave") or c.result.joining and c.result.id == "lighten":
        return False
    return not BURDEN & set(c.keys) or c.keys[0] not in BURDEN | {
        key for name in c.moved for key in MOVED_REASON.get(name, ())
    }


def staying_under_a_reason_that_it_does_not_pay(c: Case) -> bool:
    """'Jatka kuten nyt' (or 'invest') under a reason that says it does not pay, unexplained."""
    if c.result.id not in ("continue", "invest") or not DOES_NOT_PAY & set(c.keys):
        return False
    lifted = {key for name in c.moved for key in MOVED_REASON.get(name, ())}
    return c.keys[0] not in lifted


def a_rule_moved_the_verdict_unsaid(c: Case) -> bool:
    """A floor or cap moved the verdict, but the first reason does not name it."""
    named = {key for name in c.moved for key in MOVED_REASON.get(name, ())}
    return bool(named) and c.keys[0] not in named


def a_level_word_that_differs_from_the_table(c: Case) -> bool:
    """'Pohdittava: …' in a reason where the table says 'Huolenaihe'."""
    for reason, text in zip(c.result.reasons, c.words.reasons, strict=True):
        for label, level_id in LEVEL_LABELS[c.lang].items():
            if not text.startswith(f"{label}:"):
                continue
            dimension = reason.params.get("dimension")
            if not isinstance(dimension, str) or c.scores.dimensions[dimension].level != level_id:
                return True
    return False


def more_than_four_reasons(c: Case) -> bool:
    """A wall of reasons: the ones that decide are lost."""
    return len(c.words.reasons) > 4


def benefits_outweigh_costs_beside_little_to_offer(c: Case) -> bool:
    """'Hyötysi ovat selvästi suuremmat' right before 'vain vähän annettavaa'."""
    return "benefit_low" in c.keys and bool({"balance_clear", "balance_even"} & set(c.keys))


def a_member_tense_for_someone_joining(c: Case) -> bool:
    """Someone only considering joining read as if they were a member."""
    if not c.result.joining:
        return False
    texts = c.words.reasons + c.words.changes
    return any(re.search(pattern, text) for pattern in MEMBER_TENSE[c.lang] for text in texts)


def a_step_for_the_other_kind_of_person(c: Case) -> bool:
    """A member's step for someone joining, or the other way round."""
    other = "member" if c.result.joining else "joining"
    return any(other in ref.step(INSTRUMENT).facts for ref in c.result.steps)


MEETING_WORDS = {"fi": ("tapaami",), "en": ("meeting",), "sv": ("möte", "träff")}


def meeting_advice_without_meetings(c: Case) -> bool:
    """Meeting steps for someone with no meeting hours (a joiner expecting none, too)."""
    meetings = INSTRUMENT.scoring.time.meetings
    no_meetings = not c.answers.get(meetings) if meetings else False
    return no_meetings and (
        any("attends_meetings" in ref.step(INSTRUMENT).facts for ref in c.result.steps)
        or any(word in step.lower() for word in MEETING_WORDS[c.lang] for step in c.words.steps)
    )


def relevance_unknown_unsaid(c: Case) -> bool:
    """Both relevance questions unanswered, and nothing on the screen says so."""
    unanswered = all(c.answers.get(qid) is None for qid in INSTRUMENT.scoring.relevance)
    return (
        unanswered
        and c.result.id != "incomplete"
        and not {"relevance_unknown", "relevance_moot"} & set(c.keys)
    )


def an_unknown_answer_said_not_to_matter_that_does(c: Case) -> bool:
    """'Suositus olisi sama, vastasitpa kummin päin tahansa' where some answer changes it."""
    if "relevance_moot" not in c.keys:
        return False
    from verkosto.rules import outcome_for

    return any(
        outcome_for(INSTRUMENT, {**c.answers, **{q: value for q in INSTRUMENT.scoring.relevance}})
        != c.result.id
        for value in (1, 2, 3, 4, 5)
    )


def cutting_back_under_carry_on(c: Case) -> bool:
    """'Jatka kuten nyt' (or 'invest') with a step to attend fewer meetings."""
    return c.result.id in ("continue", "invest", "give_time") and any(
        "scaling_back" in ref.step(INSTRUMENT).facts for ref in c.result.steps
    )


def invest_without_backing(c: Case) -> bool:
    """'Invest' although the supervisor or board does not back taking part, or left unsaid."""
    if "unbacked" not in c.scores.facts:
        return False
    # Scaling back or leaving says "do not invest more" already; the step still asks.
    return (
        c.result.id == "invest"
        or "unbacked" not in c.keys
        and c.result.id in ("continue", "give_time")
    )


def find_out_without_the_questions(c: Case) -> bool:
    """'Find out' with no line that names what to find out."""
    if "relevance_unknown" not in c.keys:
        return False
    return c.keys[0] != "relevance_unknown" or not c.words.changes


def two_scales_for_costs(c: Case) -> bool:
    """A cost burden number (higher = heavier) beside the table's costs (higher = lighter)."""
    return any(re.search(r"(rasitus|burden) \(\d", text) for text in c.words.reasons)


CONTRADICTIONS: list[Callable[[Case], bool]] = [
    scaling_back_with_only_good_news,
    staying_under_a_reason_that_it_does_not_pay,
    a_rule_moved_the_verdict_unsaid,
    a_level_word_that_differs_from_the_table,
    more_than_four_reasons,
    benefits_outweigh_costs_beside_little_to_offer,
    a_member_tense_for_someone_joining,
    a_step_for_the_other_kind_of_person,
    meeting_advice_without_meetings,
    relevance_unknown_unsaid,
    an_unknown_answer_said_not_to_matter_that_does,
    cutting_back_under_carry_on,
    invest_without_backing,
    find_out_without_the_questions,
    two_scales_for_costs,
]


def cases(answers: dict[str, Any]) -> list[Case]:
    scores = score(INSTRUMENT, answers)
    result = recommend(INSTRUMENT, scores, answers, date(2026, 12, 6))
    moved = decide_answers(INSTRUMENT, answers, scores).moved
    return [
        Case(answers, scores, result, explain.words(INSTRUMENT, result, lang), lang, moved)
        for lang in LANGUAGES
    ]


def found(answers: dict[str, Any]) -> list[str]:
    return [
        f"{check.__name__} ({c.lang}): {c.words.title} / {c.words.reasons}"
        for c in cases(answers)
        for check in CONTRADICTIONS
        if check(c)
    ]


@pytest.mark.slow
@settings(max_examples=120, deadline=None)
@given(st.one_of(workers(), strong_workers()))
def test_no_result_contradicts_itself(answers):
    assert found(answers) == []


@pytest.mark.parametrize("check", CONTRADICTIONS, ids=lambda check: check.__name__)
def test_every_row_of_the_table_can_find_its_contradiction(check):
    """Each check catches the contradiction it names in a result made to have it."""
    answers = {
        "vaihe": "jasen",
        "kesto": "1-3v",
        "rooli": "osallistuja",
        "tyoyhteiso": "iso",
        "verkoston_vaihe": "vakiintunut",
        "tunnit_tapaamiset": 0,
        "tunnit_viestinta": 2,
        "tunnit_yllapito": 0,
        "tunnit_matkat": 0,
        "sovitut_tunnit": 0,
        "tyotunnit": 150,
    }
    for question in INSTRUMENT.questions:
        if question.type == "scale":
            answers[question.id] = 4
    answers["resurssit_tuki"] = 2
    honest = cases(answers)[0]
    assert not check(honest), "the honest result must pass"
    assert check(_broken(honest, check.__name__)), "a broken result must be caught"


def _broken(c: Case, name: str) -> Case:
    """Return the case changed so that it has the named contradiction."""
    from dataclasses import replace

    from verkosto.reasons import Reason
    from verkosto.steps import StepRef

    rec, words = c.result, c.words
    if name == "scaling_back_with_only_good_news":
        rec = replace(rec, id="lighten", reasons=(Reason("balance_clear"),))
    elif name == "staying_under_a_reason_that_it_does_not_pay":
        rec = replace(rec, id="continue", reasons=(Reason("balance_low"),))
    elif name == "a_rule_moved_the_verdict_unsaid":
        return replace(
            c,
            moved=("unbacked",),
            result=replace(rec, reasons=(Reason("time_share"),) + rec.reasons),
        )
    elif name == "a_level_word_that_differs_from_the_table":
        rec = replace(rec, reasons=(Reason("dimension_concern", {"dimension": "ydintehtava"}),))
        words = replace(words, reasons=("Huolenaihe: Ydintehtävä (4,0).",))
    elif name == "more_than_four_reasons":
        words = replace(words, reasons=("a",) * 5)
    elif name == "benefits_outweigh_costs_beside_little_to_offer":
        rec = replace(rec, reasons=(Reason("balance_clear"), Reason("benefit_low")))
    elif name == "a_member_tense_for_someone_joining":
        rec = replace(rec, joining=True)
        words = replace(words, reasons=("Verkosto vie 5 h kuukaudessa.",))
    elif name == "a_step_for_the_other_kind_of_person":
        rec = replace(rec, joining=True, steps=(StepRef("dimension", "tuki", 0),))
    elif name == "meeting_advice_without_meetings":
        rec = replace(rec, steps=(StepRef("dimension", "tuki", 0),))
    elif name == "an_unknown_answer_said_not_to_matter_that_does":
        rec = replace(rec, reasons=(Reason("relevance_moot"),))
    elif name == "relevance_unknown_unsaid":
        return replace(c, answers={**c.answers, "ydin_aiheet": None, "jarj_tavoitteet": None})
    elif name == "cutting_back_under_carry_on":
        rec = replace(rec, id="continue", steps=(StepRef("dimension", "ajankaytto", 1),))
    elif name == "invest_without_backing":
        rec = replace(rec, id="invest")
    elif name == "find_out_without_the_questions":
        rec = replace(rec, reasons=(Reason("relevance_unknown"),))
        words = replace(words, changes=())
    elif name == "two_scales_for_costs":
        words = replace(
            words, reasons=("Hyötysi (4,0) ovat suuremmat kuin kustannusten rasitus (2,0).",)
        )
    if len(words.reasons) != len(rec.reasons) and name != "more_than_four_reasons":
        words = replace(words, reasons=tuple(words.reasons[:1]) * len(rec.reasons))
    return replace(c, result=rec, words=words)


@pytest.mark.parametrize(
    ("phase", "present", "absent"),
    [
        ("harkitsen", "Arviolta 6\u00a0h kuukaudessa", "Nyt 6\u00a0h"),
        ("jasen", "Nyt 6\u00a0h kuukaudessa", "Arviolta 6\u00a0h"),
    ],
)
def test_the_reports_agenda_speaks_to_a_joiner_in_the_conditional(phase, present, absent):
    from verkosto.report.compose import build

    from helpers import make_export

    made = make_export(INSTRUMENT, phase=phase, scale=4, hours=1.5)
    text = build(made, INSTRUMENT, "fi", "md", 78)
    assert present in text and absent not in text


@pytest.mark.parametrize("fmt", ["md", "txt", "html"])
@pytest.mark.parametrize("phase", ["harkitsen", "jasen"])
def test_the_reports_answers_say_a_joiners_benefits_are_expectations(fmt, phase):
    from verkosto.report.compose import build

    from helpers import make_export

    text = build(make_export(INSTRUMENT, phase=phase), INSTRUMENT, "fi", fmt, 78)
    assert ("mitä odotti verkostolta" in text) is (phase == "harkitsen")


@pytest.mark.slow
@settings(max_examples=150, deadline=None)
@given(workers(), st.integers(0, 60))
def test_unknown_relevance_never_breaks_the_result_at_any_hours(answers, hours):
    # A nudge of the borderline check once made "find out" meet the level scale (KeyError
    # at 34–37 h a month); every hour total must give a result, and a true one.
    unknown = {
        **answers,
        **{q: None for q in INSTRUMENT.scoring.relevance},
        "tunnit_tapaamiset": hours,
        "tunnit_viestinta": 0,
        "tunnit_yllapito": 0,
        "tunnit_matkat": 0,
    }
    assert found(unknown) == []


def test_scaling_back_names_its_burden_before_the_relevance_left_unanswered():
    # Found by Hypothesis in CI: a founding member with 11 h of meetings from 40 h of work,
    # the relevance unanswered. "The recommendation would be the same either way" came first,
    # above the hours that decided it.
    answers = dict.fromkeys(INSTRUMENT.scoring.relevance) | {
        "vaihe": "jasen",
        "rooli": "osallistuja",
        "tyoyhteiso": "yksin",
        "verkoston_vaihe": "perustaja",
        "kesto": "alle-6kk",
        "ydin_ainutlaatuinen": 1,
        "hyodyt_nakyneet": 1,
        "resurssit_tuki": 1,
        "resurssit_aikataulu": 5,
        "vv_anna_saa": 2,
        "vv_luottamus": 5,
        "tuki_vertais": 5,
        "tuki_yhteenkuuluvuus": 5,
        "tuki_tyonohjaus": 5,
        "tunnit_tapaamiset": 11,
        "tunnit_viestinta": 0,
        "tunnit_yllapito": 0,
        "tunnit_matkat": 0,
        "tyotunnit": 40,
        "sovitut_tunnit": 0,
    }
    assert found(answers) == []
    [case, *_] = cases(answers)
    assert case.result.id == "lighten"
    assert case.keys[0] == "time_heavy" and "relevance_moot" in case.keys
