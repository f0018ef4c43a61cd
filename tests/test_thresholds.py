"""Every threshold is named once (instrument/thresholds.py) and set in questions.yaml."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest
import yaml

from verkosto.errors import ProblemsError
from verkosto.instrument.loader import load
from verkosto.instrument.model import RecommendationConfig, Scoring, SupportConfig, TimeConfig
from verkosto.instrument.thresholds import THRESHOLDS, Threshold, in_section
from verkosto.kooste.summary import MIN_RESPONDENTS

BUNDLED = Path(__file__).resolve().parents[1] / "questions.yaml"
# The dataclass each section's thresholds end up in.
HOLDERS = {
    "scoring": Scoring,
    "scoring.time": TimeConfig,
    "scoring.support": SupportConfig,
    "recommendation": RecommendationConfig,
}


def file_section(data: dict[str, object], section: str) -> dict[str, object]:
    """Return the mapping of the parsed questions file at a dotted section name."""
    node: object = data
    for part in section.split("."):
        assert isinstance(node, dict), section
        node = node[part]
    assert isinstance(node, dict), section
    return node


def loaded_holder(instrument, section: str) -> object:
    """Return the loaded settings object a section's thresholds live in."""
    return {
        "scoring": instrument.scoring,
        "scoring.time": instrument.scoring.time,
        "scoring.support": instrument.scoring.support,
        "recommendation": instrument.recommendation,
    }[section]


def test_the_table_names_each_threshold_once_in_a_known_section():
    names = [threshold.name for threshold in THRESHOLDS]
    assert len(names) == len(set(names))
    assert {threshold.section for threshold in THRESHOLDS} == set(HOLDERS)
    for threshold in THRESHOLDS:
        assert threshold.low <= threshold.default <= threshold.high, threshold.name
        assert threshold.meaning.strip(), threshold.name


@pytest.fixture(scope="module")
def bundled_data() -> dict[str, object]:
    """The bundled questions file as plain YAML, parsed once for the module."""
    data: dict[str, object] = yaml.safe_load(BUNDLED.read_text(encoding="utf-8"))
    return data


@pytest.mark.parametrize("threshold", THRESHOLDS, ids=lambda t: t.name)
def test_the_bundled_file_sets_it_and_the_loader_keeps_it(
    threshold: Threshold, bundled_data: dict[str, object], bundled
):
    written = file_section(bundled_data, threshold.section)
    assert threshold.name in written, f"{threshold.name} missing from questions.yaml"
    value = written[threshold.name]
    assert threshold.low <= value <= threshold.high
    kept = getattr(loaded_holder(bundled, threshold.section), threshold.name)
    assert kept == value


@pytest.mark.parametrize("threshold", THRESHOLDS, ids=lambda t: t.name)
def test_the_dataclass_default_is_the_table_default(threshold: Threshold):
    fields = {field.name: field for field in dataclasses.fields(HOLDERS[threshold.section])}
    assert fields[threshold.name].default == threshold.default


def test_the_combined_summary_uses_the_table_figure():
    assert MIN_RESPONDENTS == next(t.default for t in THRESHOLDS if t.name == "min_respondents")


def _line_of(text: str, name: str) -> tuple[int, str]:
    """Return the line number and the line that sets `name` in the questions file."""
    found = [
        (number, line)
        for number, line in enumerate(text.splitlines(), start=1)
        if re.match(rf"^\s+{name}:", line)
    ]
    assert len(found) == 1, name
    return found[0]


@pytest.mark.parametrize("threshold", THRESHOLDS, ids=lambda t: t.name)
def test_a_value_out_of_range_is_reported_with_file_and_line(tmp_path, threshold: Threshold):
    text = BUNDLED.read_text(encoding="utf-8")
    number, line = _line_of(text, threshold.name)
    indent = line[: len(line) - len(line.lstrip())]
    lines = text.splitlines()
    lines[number - 1] = f"{indent}{threshold.name}: {threshold.high + 1:g}"
    path = tmp_path / "questions.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(ProblemsError) as caught:
        load(path)
    found = [(p.key, p.file, p.line, p.params.get("key")) for p in caught.value.problems]
    assert found == [("number_range", str(path), number, threshold.name)]


@pytest.mark.parametrize("section", sorted(HOLDERS))
def test_an_unknown_key_beside_the_thresholds_is_rejected(tmp_path, section: str):
    text = BUNDLED.read_text(encoding="utf-8")
    number, line = _line_of(text, in_section(section)[0])
    indent = line[: len(line) - len(line.lstrip())]
    lines = text.splitlines()
    lines.insert(number, f"{indent}no_such_limit: 1")
    path = tmp_path / "questions.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(ProblemsError) as caught:
        load(path)
    found = [(p.key, p.file, p.line, p.params.get("key")) for p in caught.value.problems]
    assert found == [("unknown_key", str(path), number + 1, "no_such_limit")]
