"""The questionnaire in Swedish: every text has sv, a missing one is named or falls back."""

from __future__ import annotations

import json
import re
import string
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from typer.testing import CliRunner

from verkosto.cli.app import app
from verkosto.export import strict as check
from verkosto.export.make import schema
from verkosto.i18n.catalog import t
from verkosto.instrument.loader import load, load_text
from verkosto.instrument.model import Text
from verkosto.interview import Prompt, ReviewPrompt, lacks_language, run

from helpers import REPO, full_answers, make_export, typed_answers

runner = CliRunner()
SHIPPED = REPO / "questions.yaml"


def _yaml_texts(node: Any) -> Iterator[dict[str, Any]]:
    """Yield every {fi: …} mapping in parsed YAML: the file's texts, as written."""
    if isinstance(node, dict):
        if "fi" in node:
            yield node
        for value in node.values():
            yield from _yaml_texts(value)
    elif isinstance(node, list):
        for item in node:
            yield from _yaml_texts(item)


def _placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


def _without_swedish(text: str) -> str:
    """Return questions-file text with every sv text and the languages list taken out."""
    text = re.sub(r", sv: (\"[^\"]*\"|[^}]*)\}", "}", text)
    text = re.sub(r"^languages: .*\n", "", text, flags=re.MULTILINE)
    kept: list[str] = []
    block: str | None = None  # the indent of a folded `sv: >-` block being dropped
    for line in text.splitlines(keepends=True):
        if block is not None and line.startswith(block + "  "):
            continue
        block = None
        found = re.match(r"^(\s*)sv: (.*)$", line)
        if found:
            block = found.group(1) if found.group(2).startswith(">") else None
            continue
        kept.append(line)
    return "".join(kept)


def _nosv_file(tmp_path: Path) -> Path:
    path = tmp_path / "kysymykset-fi-en.yaml"
    path.write_text(_without_swedish(SHIPPED.read_text("utf-8")), encoding="utf-8")
    return path


def test_every_shipped_text_has_swedish_with_the_placeholders_of_finnish():
    data = yaml.safe_load(SHIPPED.read_text("utf-8"))
    texts = list(_yaml_texts(data))
    assert len(texts) > 300  # the walk found the file's texts
    for text in texts:
        sv = text.get("sv")
        assert isinstance(sv, str) and sv.strip(), text["fi"]
        assert _placeholders(sv) == _placeholders(text["fi"]), text["fi"]
    assert data["languages"] == ["fi", "en", "sv"]


def test_the_loaded_instrument_reads_swedish(bundled):
    assert not lacks_language(bundled, "sv")
    assert bundled.question("ydin_anti").text.get("sv") == (
        "Nätverket ger mitt eget arbete mer än det tar från det."
    )
    assert bundled.scoring.levels[0].label.get("sv") == "Styrka"
    assert bundled.recommendation.outcomes["leave"].title.get("sv") == (
        "Överväg att lämna nätverket"
    )


def test_text_falls_back_to_finnish_for_a_missing_language():
    text = Text("Tapaamiset", "Meetings")
    assert text.get("sv") == "Tapaamiset"
    assert text.given("sv") is None
    assert Text("Tapaamiset", sv="Möten").get("sv") == "Möten"


def test_tarkista_names_each_text_missing_a_declared_language(tmp_path):
    text = SHIPPED.read_text("utf-8")
    block = "      sv: Nätverket ger mitt eget arbete mer än det tar från det.\n"
    flow = "short: {fi: Voin vaikuttaa, en: I have a say, sv: Jag kan påverka}"
    assert text.count(block) == 1 and text.count(flow) == 1
    text = text.replace(block, "").replace(flow, "short: {fi: Voin vaikuttaa, en: I have a say}")
    path = tmp_path / "kaksi-puuttuu.yaml"
    path.write_text(text, encoding="utf-8")
    lines = text.splitlines()
    text_line = lines.index("      fi: Verkosto antaa omalle työlleni enemmän kuin vie siltä.") + 1
    short_line = lines.index("    short: {fi: Voin vaikuttaa, en: I have a say}") + 1

    result = runner.invoke(app, ["tarkista", str(path)])

    # An explicit languages list is a promise: a text missing one is an error (exit 2).
    assert result.exit_code == 2
    err = result.stderr
    assert (
        f"{path}, rivi {text_line}, kysymys 'ydin_anti': kohdasta 'text' puuttuu teksti "
        "kielellä sv" in err
    )
    assert (
        f"{path}, rivi {short_line}, kysymys 'toim_vaikutus': kohdasta 'short' puuttuu "
        "teksti kielellä sv" in err
    )
    assert "Virheitä yhteensä 2." in err


def test_a_file_without_swedish_loads_and_passes(tmp_path):
    path = _nosv_file(tmp_path)
    loaded = load(path)
    assert lacks_language(loaded, "sv")
    assert not lacks_language(loaded, "en")
    assert loaded.question("ydin_anti").text.get("sv") == (
        "Verkosto antaa omalle työlleni enemmän kuin vie siltä."
    )

    result = runner.invoke(app, ["tarkista", str(path)])

    assert result.exit_code == 0, result.output
    assert "on kunnossa" in result.output


def test_a_languages_list_without_swedish_asks_no_swedish(tmp_path):
    text = "languages: [fi, en]\n" + _without_swedish(SHIPPED.read_text("utf-8"))
    assert load_text(text, "fi-en.yaml").question("ydin_anti").text.sv is None


@pytest.mark.parametrize(
    ("listed", "problem"),
    [
        ("[fi, de]", "tuntematon kieli 'de'"),
        ("sv", "kohdan 'languages' pitää olla lista"),
    ],
)
def test_a_bad_languages_list_is_named(tmp_path, listed, problem):
    path = tmp_path / "kielet.yaml"
    text = SHIPPED.read_text("utf-8").replace("languages: [fi, en, sv]", f"languages: {listed}")
    path.write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["tarkista", str(path)])
    assert result.exit_code == 2
    assert problem in result.stderr


def _scripted_run(instrument, answers: dict[str, Any], lang: str, reviews: list[str]) -> list[str]:
    """Run the interview with every answer typed and the given review choices; return notes."""
    shown: list[str] = []
    order = [q.id for q in instrument.questions if q.id in answers]
    typed = dict(zip(order, typed_answers(instrument, answers), strict=True))

    def ask(prompt: Prompt) -> str:
        assert prompt.error is None, prompt.error  # every typed answer is taken
        return typed[prompt.question.id]

    def ask_review(review: ReviewPrompt) -> str:
        return reviews.pop(0)

    run(
        instrument,
        {},
        ask,
        lambda question: None,
        ask_review=ask_review,
        show_message=lambda key, params: shown.append(key),
        lang=lang,
    )
    return shown


def test_the_interview_says_once_that_texts_fall_back_to_finnish(tmp_path, bundled):
    nosv = load(_nosv_file(tmp_path))
    answers = full_answers(bundled)
    # The review sends the person back once: the questions are asked in two rounds.
    assert _scripted_run(nosv, answers, "sv", ["1", ""]).count("questions_in_finnish") == 1
    assert "questions_in_finnish" not in _scripted_run(bundled, answers, "sv", ["1", ""])
    assert "questions_in_finnish" not in _scripted_run(nosv, answers, "en", [""])
    assert "questions_in_finnish" not in _scripted_run(nosv, answers, "fi", [""])


def _swedish_interview(questions: Path | None, bundled) -> str:
    typed = ["Kamratstödsnätverket", *typed_answers(bundled, full_answers(bundled))]
    options = ["arvioi", "--kieli", "sv", "--ei-tallenna"]
    if questions is not None:
        options += ["--kysymykset", str(questions)]
    result = runner.invoke(app, options, input="\n".join(typed) + "\n")
    assert result.exit_code == 0, result.output
    return " ".join(result.output.split())


def test_a_swedish_interview_on_a_file_without_swedish_notes_it_once(tmp_path, bundled):
    note = " ".join(t("questions_in_finnish", "sv").split())
    shown = _swedish_interview(_nosv_file(tmp_path), bundled)
    assert shown.count(note) == 1
    assert "Verkoston aiheet liittyvät suoraan omaan ydintehtävääni." in shown

    shown = _swedish_interview(None, bundled)
    assert note not in shown
    assert "Nätverkets ämnen har direkt med min kärnuppgift att göra." in shown


def _fragments(text: str) -> list[str]:
    """Return the parts of a template between its placeholders long enough to be telling."""
    parts = re.split(r"\{[^}]*\}", text)
    return [part.strip() for part in parts if len(part.strip()) >= 12]


def test_a_swedish_export_reads_in_finnish(tmp_path, bundled):
    data = make_export(bundled, lang="sv")
    assert data["language"] == "sv"
    assert data["recommendation"]["title"] == "Fortsätt som nu"
    jsonschema.validate(data, schema())  # "sv" is a language an export may have
    assert check.validate(data) is None
    path = tmp_path / "bedomning.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")

    result = runner.invoke(app, ["raportti", str(path), "--kieli", "fi"])

    assert result.exit_code == 0, result.output
    shown = " ".join(result.stdout.split())
    assert "Jatka kuten nyt" in shown
    assert bundled.question("ydin_anti").text.fi in shown
    swedish = {
        part
        for text in _yaml_texts(yaml.safe_load(SHIPPED.read_text("utf-8")))
        for part in _fragments(str(text["sv"]))
    }
    assert not sorted(part for part in swedish if part in shown)


def test_a_choice_can_be_answered_with_its_swedish_label(bundled):
    from verkosto.answers import parse_answer

    assert parse_answer(bundled.question("vaihe"), "Jag är redan med") == "jasen"
    assert parse_answer(bundled.question("rooli"), "deltagare") == "osallistuja"
