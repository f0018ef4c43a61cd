"""The questionnaire as frozen dataclasses, with the names and limits the file format uses.

Nothing here reads a file: the loader (loader.py) builds an Instrument from questions.yaml,
and the rest of verkosto only ever sees these types.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import Literal, TypeAlias

from verkosto.instrument.thresholds import MONTH_HOURS as MONTH_HOURS
from verkosto.instrument.thresholds import NUMBER_LIMIT as NUMBER_LIMIT
from verkosto.instrument.thresholds import default

Answer: TypeAlias = "int | float | str | None"
Answers: TypeAlias = "dict[str, int | float | str | None]"
QuestionType = Literal["scale", "number", "choice", "text"]
Side = Literal["benefit", "cost"]

QUESTION_TYPES = ("scale", "number", "choice", "text")
SCALE_POINTS = (1, 2, 3, 4, 5)
OUTCOME_IDS = ("invest", "continue", "lighten", "give_time", "leave", "incomplete")
# Reason templates the recommender fills in, with the placeholders each may use.
REASON_PLACEHOLDERS: dict[str, frozenset[str]] = {
    "balance_clear": frozenset({"benefit", "cost", "ratio"}),
    "balance_even": frozenset({"benefit", "cost", "ratio", "threshold"}),
    "balance_low": frozenset({"benefit", "cost", "ratio"}),
    "benefit_low": frozenset({"benefit", "threshold"}),
    "benefit_high": frozenset({"benefit", "threshold"}),
    "relevance_low": frozenset({"score"}),
    "relevance_low_caps": frozenset({"score"}),
    "valuable": frozenset({"benefit"}),
    "small_org_support": frozenset({"score"}),
    "new_member": frozenset({"months"}),
    "founding": frozenset({"months"}),
    "joining_trial": frozenset({"months"}),
    "relevance_partial": frozenset({"score"}),
    "relevance_unknown": frozenset({"questions"}),
    "relevance_moot": frozenset({"questions"}),
    "coordinator_unagreed": frozenset(),
    # A floor or cap that moved the verdict, named first (see rules.FLOORS and rules.CAPS).
    "no_burden": frozenset({"benefit"}),
    "core_keep": frozenset({"score"}),
    "unbacked": frozenset({"score"}),
    "joining_light": frozenset(),
    "reciprocity_low": frozenset({"score"}),
    "thin_evidence": frozenset({"dimensions"}),
    "time_share": frozenset({"hours", "share"}),
    "time_agreed": frozenset({"hours", "agreed", "unagreed", "share"}),
    "time_high": frozenset({"hours", "unagreed", "share", "limit"}),
    "time_heavy": frozenset({"hours", "unagreed", "share", "limit"}),
    "time_zero": frozenset(),
    "time_none": frozenset(),
    "time_agreed_all": frozenset({"hours", "agreed"}),
    "dimension_strength": frozenset({"dimension", "score"}),
    "dimension_concern": frozenset({"dimension", "score"}),
    "dimension_discuss": frozenset({"dimension", "score"}),
    "insufficient": frozenset({"dimensions"}),
}
# "What would change the recommendation": one sentence template per kind of change.
CHANGE_PLACEHOLDERS: dict[str, frozenset[str]] = {
    "hours": frozenset({"new", "old", "outcome"}),
    "agreed": frozenset({"new", "old", "outcome"}),
    "dimension_up": frozenset({"dimension", "new", "old", "outcome"}),
    "dimension_down": frozenset({"dimension", "new", "old", "outcome"}),
    # The relevance questions left unanswered, answered one way or the other.
    "unanswered_up": frozenset({"questions", "outcome"}),
    "unanswered_down": frozenset({"questions", "outcome"}),
}
# Templates added in 2.1: a questions file written before them still loads, and the tool
# leaves such a reason or change out rather than showing a text the file does not have.
OPTIONAL_TEMPLATES = frozenset(
    {
        "no_burden",
        "core_keep",
        "unbacked",
        "relevance_low_caps",
        "relevance_moot",
        "joining_light",
        "time_none",
        "time_agreed_all",
        "unanswered_up",
        "unanswered_down",
    }
)
# A reason or change text with this ending is the variant for someone considering joining.
JOINING_SUFFIX = "_joining"
# Facts about the person read from the answers (scoring.situations in questions.yaml).
SITUATIONS = (
    "founding",
    "founder",
    "lead_role",
    "coordinator",
    "small_org",
    "board",
    "unbacked",
    "knows_benefit",
)
# Every fact a step's `if` / `unless` may name: the situations and what the tool derives.
FACTS = SITUATIONS + (
    "joining",
    "member",
    "new_member",
    "attends_meetings",
    "unagreed",
    "support_matters",
    "scaling_back",
)
# The ranges of the numbers a questions file sets, and its thresholds: see thresholds.py.
ID_PATTERN = re.compile(r"^[a-z][a-z0-9_]{0,63}$")
VALUE_PATTERN = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")


@dataclass(frozen=True)
class Text:
    """A user-facing text in Finnish and (optionally) English and Swedish."""

    fi: str
    en: str | None = None
    sv: str | None = None

    def get(self, lang: str) -> str:
        """Return the text in `lang`, falling back to Finnish."""
        return self.given(lang) or self.fi

    def given(self, lang: str) -> str | None:
        """Return the text in `lang` as the file gives it, or None (no fallback)."""
        if lang == "fi":
            return self.fi
        if lang == "en":
            return self.en or None
        if lang == "sv":
            return self.sv or None
        return None


@dataclass(frozen=True)
class Choice:
    """One option of a choice question."""

    value: str
    label: Text
    # Shown right after this option is chosen, e.g. how to answer the questions that follow.
    note: Text | None = None


@dataclass(frozen=True)
class Condition:
    """Holds when an earlier answer is one of `values`, or a number within the bounds."""

    question: str
    values: tuple[int | float | str, ...]
    # A number compared (scoring.situations): both bounds count as inside.
    at_least: float | None = None
    at_most: float | None = None

    def holds(self, answers: Mapping[str, Answer]) -> bool:
        """Return whether the referenced answer is one of the values or within the bounds."""
        value = answers.get(self.question)
        if value is None:
            return False
        if self.at_least is None and self.at_most is None:
            return value in self.values
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            return False
        return (self.at_least is None or value >= self.at_least) and (
            self.at_most is None or value <= self.at_most
        )

    def to_dict(self) -> dict[str, object]:
        """Return the condition in the shape it has in questions.yaml."""
        if self.at_least is not None or self.at_most is not None:
            bounds = {"at_least": self.at_least, "at_most": self.at_most}
            return {"question": self.question, **{k: v for k, v in bounds.items() if v is not None}}
        if len(self.values) == 1:
            return {"question": self.question, "equals": self.values[0]}
        return {"question": self.question, "in": list(self.values)}


@dataclass(frozen=True)
class Question:
    """One item of the instrument."""

    id: str
    type: QuestionType
    text: Text
    # The article's section the question rests on (shown under `?`), in fi and en.
    source: Text
    line: int
    dimension: str | None = None
    help: Text | None = None
    # A few words naming the question in lists such as the review before the result.
    short: Text | None = None
    reverse: bool = False
    labels: tuple[Text, ...] = ()
    not_applicable: Text | None = None
    min: float | None = None
    max: float | None = None
    unit: Text | None = None
    choices: tuple[Choice, ...] = ()
    when: Condition | None = None
    # A benefit that takes time to show: for a new member it counts only when it helps.
    shows_later: bool = False
    # A number question that takes whole numbers only (a count of people).
    whole: bool = False
    # The id of an older question this one asks in a better form: the older one is never
    # asked, but its answer from a file or draft still counts, and then this one is not asked.
    replaces: str | None = None

    def choice(self, value: str) -> Choice | None:
        """Return the choice with this value, if any."""
        for choice in self.choices:
            if choice.value == value:
                return choice
        return None


@dataclass(frozen=True)
class Step:
    """A suggested next step, offered only when its conditions (if any) hold."""

    text: Text
    when: Condition | None = None
    # Facts (see FACTS) that must all hold, and facts none of which may hold.
    facts: tuple[str, ...] = ()
    unless: tuple[str, ...] = ()
    # The same step worded for someone whose supervisor is the board.
    board: Text | None = None

    def applies(self, answers: Mapping[str, Answer], facts: frozenset[str] = frozenset()) -> bool:
        """Return whether this step fits the person's answers and situation."""
        return (
            (self.when is None or self.when.holds(answers))
            and all(fact in facts for fact in self.facts)
            and not any(fact in facts for fact in self.unless)
        )

    def text_for(self, facts: frozenset[str]) -> Text:
        """Return the wording that fits the person (the board variant when it applies)."""
        return self.board if self.board is not None and "board" in facts else self.text


@dataclass(frozen=True)
class Dimension:
    """A group of questions scored together, counted as benefit or cost."""

    id: str
    side: Side
    title: Text
    line: int
    description: Text | None = None
    steps: tuple[Step, ...] = ()
    weight: float = 1.0


@dataclass(frozen=True)
class Level:
    """A score band: scores at or above `min` get this level."""

    id: str
    min: float
    label: Text


@dataclass(frozen=True)
class CurvePoint:
    """A point of the line from share of working time to time score."""

    share: float
    score: float


@dataclass(frozen=True)
class TimeConfig:
    """Which questions give the hours and the working time, and how they score."""

    dimension: str
    hours: tuple[str, ...]
    worktime: str
    curve: tuple[CurvePoint, ...]
    # Share of working time all of one person's networks together may take (yhteenveto).
    total_share_limit: float = default("total_share_limit")
    # Hours agreed as part of the job, which do not weigh against the network.
    agreed: str | None = None
    # Hours in meetings: meeting steps are only for someone who has meetings.
    meetings: str | None = None


@dataclass(frozen=True)
class PhaseConfig:
    """How to tell a person considering joining, and a new member, from the answers."""

    question: str
    joining: str
    new_member: Condition | None


@dataclass(frozen=True)
class SupportConfig:
    """Which dimension is peer support, and how much more it weighs in a small organisation."""

    dimension: str
    small_org_weight: float = default("small_org_weight")


@dataclass(frozen=True, kw_only=True)
class Scoring:
    """Scoring settings from questions.yaml (thresholds: see thresholds.py)."""

    levels: tuple[Level, ...]
    insufficient_label: Text
    time: TimeConfig
    phase: PhaseConfig
    core_dimension: str
    # A situation holds when any of its conditions holds.
    situations: Mapping[str, tuple[Condition, ...]] = field(default_factory=dict)
    # Scale questions whose best answer says whether the network matters at all.
    relevance: tuple[str, ...] = ()
    support: SupportConfig | None = None
    reciprocity_dimension: str | None = None
    organisation_dimension: str | None = None
    min_answered_share: float = default("min_answered_share")
    # A combined summary (kooste) shows a figure only when this many people gave it.
    min_respondents: int = int(default("min_respondents"))

    def situation_facts(self, answers: Mapping[str, Answer]) -> frozenset[str]:
        """Return the situations (see SITUATIONS) that hold for these answers."""
        return frozenset(
            name
            for name, conds in self.situations.items()
            if any(cond.holds(answers) for cond in conds)
        )


@dataclass(frozen=True)
class Outcome:
    """One possible recommendation, with its texts."""

    id: str
    title: Text
    title_joining: Text
    review_months: int
    steps: tuple[Step, ...]


@dataclass(frozen=True, kw_only=True)
class RecommendationConfig:
    """Thresholds and texts of the recommendation (each threshold's meaning: thresholds.py)."""

    outcomes: Mapping[str, Outcome]
    reasons: Mapping[str, Text]
    changes: Mapping[str, Text] = field(default_factory=dict)
    worth_it_ratio: float = default("worth_it_ratio")
    break_even_ratio: float = default("break_even_ratio")
    invest_ratio: float = default("invest_ratio")
    invest_min_benefit: float = default("invest_min_benefit")
    continue_min_benefit: float = default("continue_min_benefit")
    keep_min_benefit: float = default("keep_min_benefit")
    light_cost: float = default("light_cost")
    support_min: float = default("support_min")
    support_step: float = default("support_step")
    high_share: float = default("high_share")
    heavy_share: float = default("heavy_share")
    borderline_margin: float = default("borderline_margin")
    thin_share: float = default("thin_share")
    max_steps: int = int(default("max_steps"))


@dataclass(frozen=True)
class Instrument:
    """The whole validated questionnaire."""

    id: str
    version: str
    title: Text
    source: str
    dimensions: tuple[Dimension, ...]
    questions: tuple[Question, ...]
    scoring: Scoring
    recommendation: RecommendationConfig
    sha256: str
    # Ids earlier versions asked: an answers file may still hold them.
    retired: frozenset[str] = frozenset()

    @cached_property
    def _by_id(self) -> dict[str, Question]:
        """The questions by id (the first of an id, were there two), built on first use.

        Kept beside the fields, not among them: equality, hash, repr and `replace` never see
        it, and a replaced Instrument builds its own.
        """
        found: dict[str, Question] = {}
        for question in self.questions:
            found.setdefault(question.id, question)
        return found

    def question(self, qid: str) -> Question:
        """Return the question with this id (KeyError if none)."""
        found = self._by_id.get(qid)
        if found is None:
            raise KeyError(qid)
        return found

    def dimension(self, did: str) -> Dimension:
        """Return the dimension with this id (KeyError if none)."""
        for dimension in self.dimensions:
            if dimension.id == did:
                return dimension
        raise KeyError(did)

    def has_question(self, qid: str) -> bool:
        """Return whether a question with this id exists."""
        return qid in self._by_id


def plain_number(value: float | None) -> str:
    """Format a limit from the file as written: 200, not 200.0."""
    if value is None:
        return "?"
    return str(int(value)) if float(value).is_integer() else str(value)


def applicable(instrument: Instrument, answers: Mapping[str, Answer]) -> list[Question]:
    """Return the questions whose condition holds for these answers, in order.

    Of a question and the older one it replaces, exactly one applies: the older one only
    when it was answered (a file, a draft) and the newer one was not.
    """
    newer = {q.replaces: q.id for q in instrument.questions if q.replaces is not None}
    return [
        q
        for q in instrument.questions
        if (q.when is None or q.when.holds(answers))
        and (q.id not in newer or (q.id in answers and newer[q.id] not in answers))
        and (q.replaces is None or q.id in answers or q.replaces not in answers)
    ]
