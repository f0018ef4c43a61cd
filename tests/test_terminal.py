"""The installed console script in a real pseudo-terminal, as a person would use it."""

from __future__ import annotations

import json
import os
import re
import time
from pathlib import Path

import jsonschema
import pexpect
import pytest

from verkosto.export.make import schema

from helpers import full_answers, verkosto_command

# Each test drives the installed tool in a real pseudo-terminal (pexpect): slow.
pytestmark = pytest.mark.slow


def has_colour(text: str) -> bool:
    """Return whether terminal output sets a foreground or background colour."""
    for params in re.findall(r"\x1b\[([0-9;]*)m", text):
        codes = [int(code) for code in params.split(";") if code]
        if any(30 <= c <= 49 and c not in (39, 49) or 90 <= c <= 107 for c in codes):
            return True
    return False


def press_ctrl_c(child: pexpect.spawn) -> None:
    """Press Ctrl-C once the prompt is waiting for input.

    readline only notices a SIGINT while it waits for a key; one sent in the instant
    between the prompt appearing and that wait starts is seen at the next key. A person
    cannot press that fast, a test can.
    """
    time.sleep(0.3)
    child.sendintr()


def stop_with_ctrl_c(child: pexpect.spawn) -> str:
    """Press Ctrl-C at the waiting prompt; check exit 130 and return what was shown."""
    press_ctrl_c(child)
    child.expect(pexpect.EOF)
    shown: str = child.before
    child.close()
    assert child.exitstatus == 130
    return shown


def spawn(args: list[str], home: Path, **env: str) -> pexpect.spawn:
    environment = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "COLUMNS")}
    environment.update(TERM="xterm-256color", VERKOSTO_HOME=str(home), **env)
    return pexpect.spawn(
        verkosto_command(),
        args,
        env=environment,
        encoding="utf-8",
        timeout=30,
        dimensions=(50, 100),
    )


def test_full_interview_in_a_real_terminal(tmp_path, isolated_env, bundled):
    answers = full_answers(bundled, scale=4, hours=2.5, tunnit_matkat=0)
    asked = [q for q in bundled.questions if q.id in answers]
    out = tmp_path / "arvio.json"
    child = spawn(["arvioi", "--vie", str(out)], isolated_env)
    child.expect("Minkä verkoston arvioit")
    child.sendline("Pienten järjestöjen verkosto")
    for number, question in enumerate(asked, start=1):
        child.expect(f"Kysymys {number}/")
        child.expect("Vastaus")
        value = answers[question.id]
        if number == 1:
            child.sendline("abc")  # one bad answer first: same question again
            child.expect("Valitse jokin vaihtoehdoista 1–2")
            child.expect("Vastaus")
        if value is None:
            child.sendline("")
        else:
            child.sendline(str(value).replace(".", ","))
    child.expect("Tarkista vastauksesi")
    child.expect("hyväksy Enterillä")
    child.sendline("")
    child.expect("Suositus: Pienten järjestöjen verkosto")
    child.expect("Jatka kuten nyt")
    child.expect("Seuraava arviointi")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    data = json.loads(out.read_text("utf-8"))
    jsonschema.validate(data, schema())
    assert data["answers"]["tunnit_tapaamiset"] == 2.5
    assert data["recommendation"]["id"] == "continue"
    assert data["network"] == "Pienten järjestöjen verkosto"


def test_ctrl_c_exits_130_without_traceback(isolated_env):
    child = spawn(["arvioi", "--verkosto", "V"], isolated_env)
    child.expect("Kysymys 1/")
    child.expect("Vastaus")
    output = stop_with_ctrl_c(child)
    assert "Keskeytetty. Vastauksia ei tallennettu." in output
    assert "Traceback" not in output


@pytest.mark.parametrize("width", [60, 120])
@pytest.mark.parametrize(
    ("env", "coloured"),
    [
        ({"TERM": "xterm-256color"}, True),
        ({"TERM": "xterm", "NO_COLOR": "1"}, False),
        ({"TERM": "dumb"}, False),
    ],
    ids=["colour", "no-color", "dumb"],
)
def test_result_screen_fits_the_terminal(tmp_path, isolated_env, bundled, width, env, coloured):
    path = tmp_path / "a.json"
    path.write_text(json.dumps(full_answers(bundled, scale=3)), encoding="utf-8")
    environment = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "COLUMNS")}
    environment.update(VERKOSTO_HOME=str(isolated_env), **env)
    child = pexpect.spawn(
        verkosto_command(),
        ["arvioi", "--verkosto", "V", "--vastaukset", str(path)],
        env=environment,
        encoding="utf-8",
        timeout=30,
        dimensions=(200, width),
    )
    child.expect(pexpect.EOF)
    text = child.before
    child.close()
    assert child.exitstatus == 0
    assert has_colour(text) is coloured
    plain = re.sub(r"\x1b\[[0-9;?]*[a-zA-Z]", "", text)
    lines = plain.replace("\r\n", "\n").split("\n")
    assert max(len(line.rstrip()) for line in lines) <= width
    assert "Seuraava arviointi" in plain
    assert "Pohdittava" in plain  # the level in words, not colour alone


def test_ctrl_c_mid_interview_then_jatka_finishes_it(tmp_path, isolated_env, bundled):
    answers = full_answers(bundled, scale=4, hours=2.5, tunnit_matkat=0)
    asked = [q for q in bundled.questions if q.id in answers]

    def answer(child: pexpect.spawn, question) -> None:
        value = answers[question.id]
        child.sendline("" if value is None else str(value).replace(".", ","))

    child = spawn(["arvioi", "--verkosto", "Alueverkosto"], isolated_env)
    for number, question in enumerate(asked[:6], start=1):
        child.expect(f"Kysymys {number}/")
        child.expect("Vastaus")
        answer(child, question)
    child.expect("Kysymys 7/")
    child.expect("Vastaus")
    stopped = stop_with_ctrl_c(child)
    assert "Keskeytetty. 6 vastausta on tallessa." in stopped
    assert "verkosto arvioi --jatka --verkosto Alueverkosto" in stopped
    assert "Traceback" not in stopped

    out = tmp_path / "arvio.json"
    child = spawn(["arvioi", "--jatka", "--vie", str(out)], isolated_env)
    child.expect("Jatketaan verkoston Alueverkosto arviointia luonnoksesta")
    for number, question in enumerate(asked[6:], start=7):
        child.expect(f"Kysymys {number}/")
        child.expect("Vastaus")
        if number == 8:
            child.sendline("<")  # back one: the earlier answer is offered, Enter keeps it
            child.expect("Kysymys 7/")
            child.expect(r"Enter = ")
            child.sendline("")
            child.expect("Kysymys 8/")
            child.expect("Vastaus")
        answer(child, question)
    child.expect("Tarkista vastauksesi")
    child.expect("hyväksy Enterillä")
    child.sendline("")
    child.expect("Suositus: Alueverkosto")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    data = json.loads(out.read_text("utf-8"))
    assert data["answers"] == answers
    assert not any((isolated_env / "luonnokset").iterdir())


def test_jatka_in_a_real_terminal_picks_from_several_drafts(isolated_env, bundled):
    from datetime import datetime

    from verkosto import store

    now = datetime.now().astimezone()
    store.save_draft(isolated_env, "Alfa", {"vaihe": "jasen"}, None, bundled.sha256, now)
    store.save_draft(isolated_env, "Beta", {"vaihe": "harkitsen"}, None, bundled.sha256, now)
    child = spawn(["arvioi", "--jatka"], isolated_env)
    child.expect("Luonnokset:")
    child.expect(r"Mitä luonnosta jatkat\? \(1–2\)")
    listed = re.sub(r"\x1b\[[0-9;]*m", "", child.before)
    second = re.search(r"^\s*2 (Alfa|Beta) – 1 vastaus,", listed, re.M)
    assert second is not None, listed
    child.sendline("7")
    child.expect("Kirjoita numero 1–2")
    child.sendline("2")
    child.expect("Jatketaan verkoston (Alfa|Beta) arviointia luonnoksesta")
    picked = child.match.group(1)
    child.expect("Kysymys")
    child.expect("Vastaus")
    press_ctrl_c(child)
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130
    # The draft picked is the second one listed, and both drafts are still there.
    assert picked == second.group(1)
    assert len(store.list_drafts(isolated_env)[0]) == 2


def test_reassessing_offers_the_earlier_answers_as_defaults(isolated_env, bundled):
    from datetime import datetime, timedelta, timezone

    from verkosto import history

    from helpers import make_export

    db = history.database_path(isolated_env)
    long_ago = datetime(2025, 8, 27, 10, 0, tzinfo=timezone(timedelta(hours=3)))
    earlier = make_export(
        bundled, "Järjestöjen verkosto", when=long_ago, scale=4, huomiot="Puheenjohtaja vaihtuu"
    )
    history.record(db, earlier)
    child = spawn(["arvioi", "--verkosto", "järjestöjen verkosto"], isolated_env)
    child.expect("Edellinen arvio tehtiin 27.8.2025")
    child.expect("nyt on hyvä hetki arvioida uudelleen")
    asked = [q for q in bundled.questions if q.id in earlier["answers"]]
    for number, question in enumerate(asked, start=1):
        child.expect(f"Kysymys {number}/")
        child.expect(r"Enter = ")
        if question.id == "ydin_aiheet":
            child.sendline("2")  # one answer changes, the rest are kept with Enter
        else:
            child.sendline("")
    child.expect("Tarkista vastauksesi")
    child.sendline("")
    child.expect("Arvio tallennettiin historiaan")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    stored = history.assessments(db)
    assert len(stored) == 2
    assert stored[0].export["answers"] == {**earlier["answers"], "ydin_aiheet": 2}


def test_a_draft_is_offered_and_starting_over_replaces_it(isolated_env, bundled):
    from datetime import datetime

    from verkosto import store

    store.save_draft(
        isolated_env,
        "Alueverkosto",
        {"vaihe": "jasen", "kesto": "1-3v"},
        None,
        bundled.sha256,
        datetime.now().astimezone(),
    )
    child = spawn(["arvioi", "--verkosto", "alueverkosto"], isolated_env)
    child.expect("Verkoston Alueverkosto arvioinnista on luonnos: 2 vastausta")
    child.expect(r"\[K/e\]")
    child.sendline("ehkä")
    child.expect("Vastaa k tai e")
    child.sendline("e")
    child.expect("Kysymys 1/")  # starting over: the first question again
    child.expect("Vastaus")
    child.sendline("1")
    child.expect("Kysymys 2/")
    child.expect("Vastaus")
    stopped = stop_with_ctrl_c(child)
    assert "Keskeytetty. 1 vastaus on tallessa." in stopped
    draft = store.find_draft(isolated_env, "Alueverkosto")
    assert draft is not None and draft.answers == {"vaihe": "harkitsen"}
