"""The questionnaire: its model, reading questions.yaml, and checking it.

A room per part, so a newcomer finds each one:

- model.py: the frozen dataclasses (Instrument, Question, …), `applicable` and the format's
  names (OUTCOME_IDS, JOINING_SUFFIX, FACTS, …).
- reading.py: reading the file and parsing its YAML (a fast libyaml path and the careful
  loader every refusal comes from); YamlMapping is the line-tracked mapping the cache stores.
- loader.py: `load`, `load_text` and `from_data`, which run the checks and build the model.
- checker.py: the problem collector the checks share.
- checks_questions.py, checks_scoring.py, checks_recommendation.py: the checks, by what they
  check; checks_conditions.py: the `when` conditions and steps all three refer to.

Every name other modules use is importable from here.
"""

from verkosto.instrument.loader import from_data, load, load_text
from verkosto.instrument.model import (
    CHANGE_PLACEHOLDERS,
    FACTS,
    ID_PATTERN,
    JOINING_SUFFIX,
    MONTH_HOURS,
    NUMBER_LIMIT,
    OUTCOME_IDS,
    QUESTION_TYPES,
    REASON_PLACEHOLDERS,
    SCALE_POINTS,
    SITUATIONS,
    VALUE_PATTERN,
    Answer,
    Answers,
    Choice,
    Condition,
    CurvePoint,
    Dimension,
    Instrument,
    Level,
    Outcome,
    PhaseConfig,
    Question,
    QuestionType,
    RecommendationConfig,
    Scoring,
    Side,
    Step,
    SupportConfig,
    Text,
    TimeConfig,
    applicable,
    plain_number,
)
from verkosto.instrument.reading import (
    MAX_FILE_BYTES,
    YamlMapping,
    bundled_path,
    parse_yaml,
    read_text,
)

__all__ = [
    "CHANGE_PLACEHOLDERS",
    "FACTS",
    "ID_PATTERN",
    "JOINING_SUFFIX",
    "MAX_FILE_BYTES",
    "MONTH_HOURS",
    "NUMBER_LIMIT",
    "OUTCOME_IDS",
    "QUESTION_TYPES",
    "REASON_PLACEHOLDERS",
    "SCALE_POINTS",
    "SITUATIONS",
    "VALUE_PATTERN",
    "Answer",
    "Answers",
    "Choice",
    "Condition",
    "CurvePoint",
    "Dimension",
    "Instrument",
    "Level",
    "Outcome",
    "PhaseConfig",
    "Question",
    "QuestionType",
    "RecommendationConfig",
    "Scoring",
    "Side",
    "Step",
    "SupportConfig",
    "Text",
    "TimeConfig",
    "YamlMapping",
    "applicable",
    "bundled_path",
    "from_data",
    "load",
    "load_text",
    "parse_yaml",
    "plain_number",
    "read_text",
]
