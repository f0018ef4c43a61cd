"""A whole interview in Swedish in a real pseudo-terminal, as a Swedish-speaking worker runs it.

The installed console script runs under pexpect: help for the name, a bad answer, every
question, the review with one answer changed, the result, and the assessment in the history.
"""

from __future__ import annotations

import io
import json
import os
import re
import subprocess

import jsonschema
import pexpect
import pytest
from test_swedish_screens import assert_swedish
from test_terminal import spawn

from verkosto.export.make import schema
from verkosto.i18n.catalog import t

from helpers import full_answers, typed_answers, verkosto_command

pytestmark = pytest.mark.slow

NETWORK = "Kamratstödsnätverket i Österbotten"
ANSI = re.compile(r"\x1b\[[0-9;?]*[a-zA-Z]")
# A question's prompt, "Svar [Enter = 4] (1–5, 0, ? = hjälp, …): ", with the hints dimmed.
ANSWER = r"Svar[^\r\n]*\)(?:\x1b\[[0-9;]*m)*: "


def first_words(text: str, count: int = 4) -> str:
    """Return the start of a text, short enough not to be wrapped on the screen."""
    return " ".join(text.split()[:count])


def typed_as_a_person(instrument, answers: dict) -> list[str]:
    """Return the lines a person types: a choice by its number, a figure with a comma."""
    lines = typed_answers(instrument, answers)
    asked = [q for q in instrument.questions if q.id in answers]
    for index, question in enumerate(asked):
        values = [choice.value for choice in question.choices]
        if answers[question.id] in values:
            lines[index] = str(values.index(answers[question.id]) + 1)
    return lines


def test_whole_interview_in_swedish_reaches_the_result_and_the_history(
    tmp_path, isolated_env, bundled
):
    answers = full_answers(bundled, scale=4, hours=2.5, tunnit_matkat=0)
    lines = typed_as_a_person(bundled, {**answers, "tyotunnit": "37,5"})
    # "37,5" as working time could be a week or a month: the tool asks, and "1" says a week.
    lines.insert(lines.index("37,5") + 1, "1")
    out = tmp_path / "bedomning.json"
    screen = io.StringIO()
    child = spawn(["arvioi", "--kieli", "sv", "--vie", str(out)], isolated_env)
    child.logfile_read = screen

    # What this is and how long it takes, then the network's name, with help on the way.
    child.expect("Cirka [0-9]+ minuter")
    child.expect_exact(first_words(t("ask_network", "sv")))
    child.sendline("?")
    child.expect_exact(first_words(t("network_help", "sv")))
    child.expect_exact(first_words(t("ask_network", "sv")))
    child.sendline(NETWORK)

    # The first question gets a bad answer first, then every question its answer.
    child.expect("Fråga 1/")
    child.expect(ANSWER)
    child.sendline("abc")
    wrong = t("answer_choice", "sv", count=2)
    child.expect_exact(wrong[:1].upper() + wrong[1:])
    child.expect(ANSWER)
    child.sendline(lines[0])
    for line in lines[1:]:
        child.expect(ANSWER)
        child.sendline(line)

    # The review: change the first answer (to the same value), then accept with Enter.
    child.expect_exact(t("check_heading", "sv"))
    child.expect_exact("godkänn med Enter")
    child.sendline("1")
    child.expect(ANSWER)
    child.sendline(lines[0])
    child.expect_exact("godkänn med Enter")
    child.sendline("")

    child.expect_exact(t("result_title", "sv", network=NETWORK))
    child.expect_exact(first_words(t("saved_to_history", "sv")))
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0

    shown = ANSI.sub("", screen.getvalue()).replace("\r\n", "\n")
    assert "Menade du 37,5 timmar i veckan eller i månaden?" in shown
    assert "37,5\u00a0h/vecka ≈ 162,5\u00a0h/mån" in shown
    assert_swedish(shown)

    data = json.loads(out.read_text("utf-8"))
    jsonschema.validate(data, schema())
    assert data["language"] == "sv"
    assert data["network"] == NETWORK
    assert data["answers"]["tunnit_tapaamiset"] == 2.5
    assert data["answers"]["tyotunnit"] == 162.5

    environment = {**os.environ, "VERKOSTO_HOME": str(isolated_env)}
    stored = subprocess.run(
        [verkosto_command(), "historia", "--vie", "-"],
        env=environment,
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
    )
    (record,) = [json.loads(line) for line in stored.stdout.splitlines()]
    assert record["network"] == NETWORK
    assert record["recommendation"] == data["recommendation"]

    history = subprocess.run(
        [verkosto_command(), "historia", "--kieli", "sv"],
        env={**environment, "COLUMNS": "100"},
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
    )
    assert t("history_title", "sv") in history.stdout
    assert NETWORK in history.stdout
    assert_swedish(history.stdout)
