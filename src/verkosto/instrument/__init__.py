"""The questionnaire: its model, reading questions.yaml, and checking it.

A room per part, so a newcomer finds each one:

- model.py: the frozen dataclasses (Instrument, Question, …), `applicable` and the format's
  names (OUTCOME_IDS, JOINING_SUFFIX, FACTS, …).
- reading.py: reading the file and parsing its YAML with the one careful loader every
  refusal comes from; YamlMapping is the line-tracked mapping the cache stores.
- thresholds.py: every threshold and limit a questions file sets, once: its section,
  default, range and meaning.
- loader.py: `load`, `load_text` and `from_data`, which run the checks and build the model.
- checker.py: the problem collector the checks share.
- checks_questions.py, checks_scoring.py, checks_recommendation.py: the checks, by what they
  check; checks_conditions.py: the `when` conditions and steps all three refer to;
  checks_situations.py: `scoring.situations`, the facts about the person.

Import each name from the module that defines it (`from verkosto.instrument.model import
Instrument`); this file only maps them.
"""
