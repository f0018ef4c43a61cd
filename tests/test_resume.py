"""Drafts, resuming, going back, the review before the result, and running without a terminal."""

from __future__ import annotations

import json
import os
import stat
import subprocess
from datetime import UTC

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from verkosto import store
from verkosto.answers import fit_answers
from verkosto.cli.app import app
from verkosto.cli.terminal import Terminal
from verkosto.errors import Interrupted
from verkosto.instrument.loader import load
from verkosto.interview import Prompt, ReviewPrompt, review_choice, run

from helpers import REPO, full_answers, typed_answers, verkosto_command

runner = CliRunner()


class AtTerminal(Terminal):
    """As if a person sat at a terminal: questions about drafts are asked."""

    def is_terminal(self) -> bool:
        return True


class CtrlCAtTerminal(AtTerminal):
    """A person at a terminal who presses Ctrl-C at the first prompt."""

    def read_line(self, console, prompt) -> str:
        raise KeyboardInterrupt


def scripted(lines: list[str], seen: list[Prompt] | None = None):
    """Return an `ask` that types `lines` one by one and records the prompts it saw."""
    queue = list(lines)

    def ask(prompt: Prompt) -> str:
        if seen is not None:
            seen.append(prompt)
        if not queue:
            raise EOFError
        return queue.pop(0)

    return ask


def no_help(question) -> None:
    raise AssertionError("help was not asked for")


# --- the question loop ------------------------------------------------------------------


def test_back_returns_to_the_previous_question_and_enter_keeps_its_answer(bundled):
    seen: list[Prompt] = []
    ask = scripted(["2", "1", "<", "", "2", "<", "<", "1"], seen)
    with pytest.raises(Interrupted):  # the script runs out: EOF becomes Interrupted
        run(bundled, {}, ask, no_help)
    ids = [p.question.id for p in seen]
    # vaihe, kesto, rooli, back to kesto (Enter keeps it), rooli, tyontekijat, back twice
    # to kesto, a new tenure, then the role again with its earlier answer offered.
    assert ids == [
        "vaihe",
        "kesto",
        "rooli",
        "kesto",
        "rooli",
        "tyontekijat",
        "rooli",
        "kesto",
        "rooli",
    ]
    assert not seen[2].has_default
    assert seen[3].has_default and seen[3].default == "alle-6kk"
    assert seen[6].has_default and seen[6].default == "vastuuhenkilo"
    assert seen[8].has_default and seen[8].default == "vastuuhenkilo"
    assert [p.number for p in seen] == [1, 2, 3, 2, 3, 4, 3, 2, 3]


def test_back_after_changing_the_phase_skips_questions_that_no_longer_apply(bundled):
    seen: list[Prompt] = []
    ask = scripted(["2", "1", "<", "<", "1", "2"], seen)
    with pytest.raises(Interrupted):
        run(bundled, {}, ask, no_help)
    # Back from the role to tenure, back again to the phase, which becomes "joining":
    # tenure no longer applies and is not asked; the role is next.
    assert [p.question.id for p in seen] == [
        "vaihe",
        "kesto",
        "rooli",
        "kesto",
        "vaihe",
        "rooli",
        "tyontekijat",
    ]


def test_back_on_the_first_question_says_there_is_none(bundled):
    seen: list[Prompt] = []
    with pytest.raises(Interrupted):
        run(bundled, {}, scripted(["<"], seen), no_help)
    assert seen[1].question.id == "vaihe"
    assert seen[1].error is not None and seen[1].error.key == "back_at_first"


@pytest.mark.parametrize("token", ["<", "takaisin", "BACK"])
def test_back_words_work_outside_free_text(bundled, token):
    seen: list[Prompt] = []
    with pytest.raises(Interrupted):
        run(bundled, {}, scripted(["2", token], seen), no_help)
    assert [p.question.id for p in seen[:3]] == ["vaihe", "kesto", "vaihe"]


def test_in_free_text_only_the_sign_goes_back(bundled):
    answers = full_answers(bundled)
    del answers["huomiot"]
    result = run(bundled, answers, scripted(["takaisin"]), no_help)
    assert result["huomiot"] == "takaisin"


def test_a_draft_is_saved_after_every_answer(bundled):
    saved: list[dict] = []
    with pytest.raises(Interrupted):
        run(bundled, {}, scripted(["2", "3", "1", "<"]), no_help, save=saved.append)
    assert [list(s) for s in saved] == [["vaihe"], ["vaihe", "kesto"], ["vaihe", "kesto", "rooli"]]
    assert saved[-1] == {"vaihe": "jasen", "kesto": "1-3v", "rooli": "osallistuja"}


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("", None), ("  ", None), ("ok", None), ("K", None), ("1", "a"), ("3", "c"), (" 2 ", "b")],
)
def test_review_choice(raw, expected, bundled):
    questions = tuple(bundled.question(q) for q in ("vaihe", "kesto", "rooli"))
    mapping = {"vaihe": "a", "kesto": "b", "rooli": "c"}
    picked = review_choice(raw, questions)
    assert (mapping[picked] if picked else None) == expected


@pytest.mark.parametrize("raw", ["0", "4", "-1", "x", "1.5", "kesto"])
def test_review_choice_refuses_what_is_not_a_row(raw, bundled):
    from verkosto.answers import InvalidAnswer

    questions = tuple(bundled.question(q) for q in ("vaihe", "kesto", "rooli"))
    with pytest.raises(InvalidAnswer) as caught:
        review_choice(raw, questions)
    assert caught.value.key == "review_choice" and caught.value.params == {"count": 3}


def test_review_changes_one_answer_then_asks_what_it_switches_on(bundled):
    answers = full_answers(bundled, phase="harkitsen")
    reviews: list[ReviewPrompt] = []
    replies = ["x", "1", ""]

    def ask_review(review: ReviewPrompt) -> str:
        reviews.append(review)
        return replies.pop(0)

    seen: list[Prompt] = []
    # Change vaihe to member: tenure and the seen-benefit question now apply and are asked.
    result = run(
        bundled,
        answers,
        scripted(["2", "1-3v", "4", "3", "2"], seen),
        no_help,
        ask_review=ask_review,
    )
    assert reviews[0].error is None and reviews[1].error is not None
    assert reviews[1].error.key == "review_choice"
    assert [p.question.id for p in seen] == [
        "vaihe",
        "kesto",
        "hyodyt_nakyneet",
        "vv_luottamus",
        "jarj_jalkautus",
    ]
    assert seen[0].has_default and seen[0].default == "harkitsen"
    assert seen[0].number == 1
    assert result["vaihe"] == "jasen" and result["kesto"] == "1-3v"
    assert result["hyodyt_nakyneet"] == 4
    assert "hyodyt_odotetut" not in result
    # The last review lists the new questions too.
    assert "kesto" in [q.id for q in reviews[-1].questions]


def test_review_enter_accepts_without_changes(bundled):
    answers = full_answers(bundled)
    result = run(bundled, answers, scripted([]), no_help, ask_review=lambda review: "")
    assert result == answers


# --- drafts on disk ---------------------------------------------------------------------


def test_draft_round_trip_is_private_and_hides_the_name(tmp_path):
    from datetime import datetime

    started = datetime(2026, 11, 27, 9, 30, tzinfo=UTC)
    path = store.save_draft(
        tmp_path / "home", "Salainen verkosto", {"vaihe": "jasen"}, None, "abc", started
    )
    assert "Salainen" not in path.name and "salainen" not in path.name
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    draft = store.find_draft(tmp_path / "home", "  salainen   VERKOSTO ")
    assert draft is not None
    assert (draft.network, draft.answers, draft.started_at) == (
        "Salainen verkosto",
        {"vaihe": "jasen"},
        started,
    )
    store.remove_draft(tmp_path / "home", "Salainen verkosto")
    assert store.find_draft(tmp_path / "home", "Salainen verkosto") is None


@pytest.mark.parametrize(
    "content",
    [
        "",
        "{",
        "[]",
        '{"schema": "other"}',
        '{"schema": "verkosto-luonnos/1"}',
        '{"schema": "verkosto-luonnos/1", "network": "V", "answers": {}, "started_at": "eilen"}',
        "[" * 100000,
    ],
)
def test_damaged_drafts_are_reported_not_crashed_on(tmp_path, content):
    folder = tmp_path / store.DRAFTS_FOLDER
    folder.mkdir()
    (folder / "x.json").write_text(content, encoding="utf-8")
    drafts, damaged = store.list_drafts(tmp_path)
    assert drafts == [] and damaged == [folder / "x.json"]


QUESTION_IDS = [q.id for q in load().questions]


@given(
    st.dictionaries(
        st.one_of(st.sampled_from(QUESTION_IDS), st.text(max_size=20)),
        st.one_of(
            st.none(),
            st.booleans(),
            st.integers(),
            st.floats(),
            st.text(max_size=30),
            st.lists(st.integers(), max_size=3),
        ),
        max_size=8,
    )
)
def test_fit_answers_keeps_only_answers_that_fit(bundled, raw):
    instrument = bundled
    kept, dropped = fit_answers(instrument, raw)
    assert set(kept) | set(dropped) >= set(raw) - {instrument.scoring.time.worktime}
    for qid, value in kept.items():
        assert instrument.has_question(qid)
        from verkosto.answers import coerce_value

        assert coerce_value(instrument.question(qid), value) == value


@pytest.mark.parametrize(
    ("raw", "kept", "dropped"),
    [
        ({"vaihe": "jasen", "x": 1}, {"vaihe": "jasen"}, ["x"]),
        ({"ydin_aiheet": 7, "ydin_anti": 4}, {"ydin_anti": 4}, ["ydin_aiheet"]),
        ({"tunnit_tapaamiset": 50, "tyotunnit": 20}, {"tunnit_tapaamiset": 50}, ["tyotunnit"]),
        ({"vaihe": "ehka"}, {}, ["vaihe"]),
    ],
)
def test_fit_answers_cases(bundled, raw, kept, dropped):
    assert fit_answers(bundled, raw) == (kept, dropped)


# --- the command ------------------------------------------------------------------------


def test_eof_keeps_a_draft_and_jatka_finishes_it(bundled, isolated_env, tmp_path):
    answers = full_answers(bundled, scale=4)
    lines = typed_answers(bundled, answers)
    first = runner.invoke(
        app, ["arvioi", "--verkosto", "Kuntaverkosto"], input="\n".join(lines[:10]) + "\n"
    )
    assert first.exit_code == 130
    assert "10 vastausta on tallessa" in first.stderr
    assert "verkosto arvioi --jatka --verkosto Kuntaverkosto" in first.stderr
    assert isinstance(first.exception, SystemExit), first.exception
    draft = store.find_draft(isolated_env, "Kuntaverkosto")
    assert draft is not None and len(draft.answers) == 10

    out = tmp_path / "out.json"
    second = runner.invoke(
        app, ["arvioi", "--jatka", "-o", str(out)], input="\n".join(lines[10:]) + "\n"
    )
    assert second.exit_code == 0, second.output
    assert "Jatketaan verkoston Kuntaverkosto arviointia luonnoksesta (10 vastausta)" in (
        second.output
    )
    assert second.output.count("Kysymys ") == len(lines) - 10
    data = json.loads(out.read_text("utf-8"))
    assert data["answers"] == answers
    assert data["network"] == "Kuntaverkosto"
    assert store.find_draft(isolated_env, "Kuntaverkosto") is None


def test_jatka_without_drafts_is_a_clear_error():
    result = runner.invoke(app, ["arvioi", "--jatka"])
    assert result.exit_code == 2
    assert "Keskeneräisiä arviointeja (luonnoksia) ei ole" in result.stderr


def test_jatka_for_a_network_without_a_draft(isolated_env):
    store.save_draft(isolated_env, "A", {"vaihe": "jasen"}, None, "", _now())
    result = runner.invoke(app, ["arvioi", "--jatka", "--verkosto", "B"])
    assert result.exit_code == 2
    assert "Verkoston B arvioinnista ei ole luonnosta" in result.stderr


def test_jatka_with_several_drafts_and_no_terminal_names_them(isolated_env):
    store.save_draft(isolated_env, "Alfa", {"vaihe": "jasen"}, None, "", _now())
    store.save_draft(isolated_env, "Beta", {"vaihe": "jasen"}, None, "", _now())
    result = runner.invoke(app, ["arvioi", "--jatka"])
    assert result.exit_code == 2
    assert "Alfa" in result.stderr and "Beta" in result.stderr
    assert "--verkosto" in result.stderr


def test_resume_after_the_questions_file_changed_asks_dropped_answers_again(
    isolated_env, tmp_path, bundled
):
    questions = tmp_path / "kysymykset.yaml"
    original = (REPO / "questions.yaml").read_text("utf-8")
    questions.write_text(original, encoding="utf-8")
    answers = full_answers(bundled)
    lines = typed_answers(bundled, answers)
    first = runner.invoke(
        app,
        ["arvioi", "--verkosto", "V", "--kysymykset", str(questions)],
        input="\n".join(lines[:5]) + "\n",
    )
    assert first.exit_code == 130
    # The organisation edits its file: tenure gets new choice values.
    changed = original.replace("value: 1-3v", "value: 1-2v")
    assert changed != original
    questions.write_text(changed, encoding="utf-8")
    answered = [q.id for q in bundled.questions if q.id in answers][:5]
    assert "kesto" in answered and answers["kesto"] == "1-3v"
    out = tmp_path / "out.json"
    remaining = ["1-2v", *lines[5:]]
    second = runner.invoke(
        app, ["arvioi", "--jatka", "-o", str(out)], input="\n".join(remaining) + "\n"
    )
    assert second.exit_code == 0, second.output
    assert "Kysymystiedosto on muuttunut" in second.output
    assert "kesto" in second.output
    data = json.loads(out.read_text("utf-8"))
    assert data["answers"]["kesto"] == "1-2v"
    assert data["instrument"]["sha256"] != bundled.sha256


def test_a_new_run_without_a_terminal_leaves_an_existing_draft_alone(
    isolated_env, bundled, tmp_path
):
    store.save_draft(isolated_env, "V", {"vaihe": "jasen", "kesto": "1-3v"}, None, "", _now())
    before = store.draft_path(isolated_env, "V").read_bytes()
    path = tmp_path / "a.json"
    path.write_text(json.dumps(full_answers(bundled)), encoding="utf-8")
    result = runner.invoke(app, ["arvioi", "--verkosto", "V", "--vastaukset", str(path)])
    assert result.exit_code == 0, result.output
    assert "luonnosta ei korvata" in result.output
    assert store.draft_path(isolated_env, "V").read_bytes() == before


def test_a_failing_draft_save_warns_and_goes_on(isolated_env, bundled, monkeypatch, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    monkeypatch.setenv("VERKOSTO_HOME", str(blocker))
    lines = typed_answers(bundled, full_answers(bundled))
    # The history fails too (it has its own tests); this test is about the draft. (With
    # --ei-tallenna no draft is written at all, so it cannot be used to leave the history out.)
    result = runner.invoke(
        app,
        ["arvioi", "--verkosto", "V", "--vie", str(tmp_path / "a.json")],
        input="\n".join(lines) + "\n",
    )
    assert result.exit_code == 1, result.output
    assert (tmp_path / "a.json").exists()
    assert result.output.count("Luonnosta ei voitu tallentaa") == 1
    assert isinstance(result.exception, SystemExit), result.exception  # no traceback
    assert "Odottamaton virhe" not in result.stderr


def test_ei_kysy_names_the_first_missing_question(tmp_path, bundled):
    answers = full_answers(bundled)
    del answers["tuki_vertais"], answers["opp_palaute"]
    path = tmp_path / "a.yaml"
    path.write_text(yaml.safe_dump(answers), encoding="utf-8")
    result = runner.invoke(
        app, ["arvioi", "--ei-kysy", "--verkosto", "V", "--vastaukset", str(path)]
    )
    assert result.exit_code == 2
    assert "'tuki_vertais'" in result.stderr and "yhteensä 2" in result.stderr


def test_ei_kysy_needs_the_network_name(tmp_path, bundled):
    path = tmp_path / "a.json"
    path.write_text(json.dumps(full_answers(bundled)), encoding="utf-8")
    result = runner.invoke(app, ["arvioi", "--no-input", "--vastaukset", str(path)])
    assert result.exit_code == 2
    assert "--verkosto" in result.stderr


def test_ei_kysy_with_every_answer_runs_through(tmp_path, bundled, isolated_env):
    path = tmp_path / "a.json"
    path.write_text(json.dumps(full_answers(bundled)), encoding="utf-8")
    result = runner.invoke(
        app, ["arvioi", "--ei-kysy", "--verkosto", "V", "--vastaukset", str(path), "-o", "-"]
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["network"] == "V"
    assert not (isolated_env / store.DRAFTS_FOLDER).exists()


def test_piped_answers_in_the_installed_script(bundled, isolated_env, tmp_path):
    lines = typed_answers(bundled, full_answers(bundled, scale=4))
    env = {**os.environ, "VERKOSTO_HOME": str(isolated_env)}
    out = tmp_path / "out.json"
    done = subprocess.run(
        [verkosto_command(), "arvioi", "--verkosto", "X", "-o", str(out)],
        input="\n".join(lines) + "\n",
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert "Tarkista vastauksesi" not in done.stdout  # no review without a terminal
    assert json.loads(out.read_text("utf-8"))["recommendation"]["id"] == "continue"
    # A closed stdin half-way: exit 130 at once, the answers kept as a draft.
    cut = subprocess.run(
        [verkosto_command(), "arvioi", "--verkosto", "Y"],
        input="\n".join(lines[:4]) + "\n",
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert cut.returncode == 130
    assert "4 vastausta on tallessa" in cut.stderr
    assert "Traceback" not in cut.stderr


def _now():
    from datetime import datetime

    return datetime.now().astimezone()


def test_defaults_from_an_earlier_assessment_are_kept_with_enter(bundled):
    earlier = full_answers(bundled, scale=2)
    seen: list[Prompt] = []
    lines = ["" for _ in earlier]
    lines[6] = "5"  # one answer changes: the first scale item
    assert bundled.question(list(earlier)[6]).type == "scale"
    result = run(bundled, {}, scripted(lines, seen), no_help, defaults=earlier)
    assert all(p.has_default for p in seen)
    changed = seen[6].question.id
    assert result == {**earlier, changed: 5}


def test_an_unexpected_error_shows_no_answers_and_no_traceback(tmp_path, bundled, monkeypatch):
    secret = "Kollegani X on hankala"
    answers = full_answers(bundled, huomiot=secret)
    path = tmp_path / "a.json"
    path.write_text(json.dumps(answers), encoding="utf-8")

    def broken(*args, **kwargs):
        raise RuntimeError(f"boom {secret}")

    monkeypatch.setattr("verkosto.recommend.recommend", broken)
    result = runner.invoke(app, ["arvioi", "--verkosto", "Salainen", "--vastaukset", str(path)])
    assert result.exit_code == 1
    assert "RuntimeError" in result.stderr
    assert secret not in result.output and "Salainen" not in result.stderr
    assert isinstance(result.exception, SystemExit), result.exception
    assert app.pretty_exceptions_show_locals is False


@pytest.mark.parametrize(
    ("typed", "expected"), [("", "vanha muistiinpano"), ("-", None), ("uusi", "uusi")]
)
def test_an_earlier_note_is_kept_cleared_or_replaced(bundled, typed, expected):
    answers = full_answers(bundled)
    del answers["huomiot"]
    result = run(
        bundled, answers, scripted([typed]), no_help, defaults={"huomiot": "vanha muistiinpano"}
    )
    assert result["huomiot"] == expected


def test_continuing_at_the_prompt_goes_on_with_the_drafts_questions_file(
    isolated_env, tmp_path, bundled
):
    questions = tmp_path / "oma.yaml"
    questions.write_text(
        (REPO / "questions.yaml").read_text("utf-8").replace("value: 1-3v", "value: 1-2v"),
        encoding="utf-8",
    )
    answers = full_answers(bundled, kesto="1-2v")
    lines = typed_answers(bundled, answers)
    first = runner.invoke(
        app,
        ["arvioi", "--verkosto", "V", "--kysymykset", str(questions)],
        input="\n".join(lines[:5]) + "\n",
    )
    assert first.exit_code == 130
    # As if at a terminal: the continue question is asked, and Enter continues.
    out = tmp_path / "out.json"
    second = runner.invoke(
        app,
        ["arvioi", "--verkosto", "V", "-o", str(out)],
        input="\n".join(["", *lines[5:], ""]) + "\n",
        obj=AtTerminal(),
    )
    assert second.exit_code == 0, second.output
    assert "Kysymystiedosto on muuttunut" not in second.output
    data = json.loads(out.read_text("utf-8"))
    assert data["answers"]["kesto"] == "1-2v"
    assert data["instrument"]["sha256"] != bundled.sha256
    assert store.find_draft(isolated_env, "V") is None


@pytest.mark.parametrize(
    ("stop", "code", "message"),
    [
        ("eof", 130, "Syöte loppui ennen kuin luonnoksesta päätettiin; luonnos säilyy ennallaan."),
        ("ctrl-c", 130, "Keskeytetty. Luonnos säilyy ennallaan."),
    ],
)
def test_stopping_at_a_draft_question_keeps_the_drafts(isolated_env, stop, code, message):
    store.save_draft(isolated_env, "Alfa", {"vaihe": "jasen"}, None, "", _now())
    store.save_draft(isolated_env, "Beta", {"vaihe": "jasen"}, None, "", _now())
    before = sorted(p.read_bytes() for p in (isolated_env / store.DRAFTS_FOLDER).iterdir())
    terminal = CtrlCAtTerminal() if stop == "ctrl-c" else AtTerminal()
    for args in (["arvioi", "--jatka"], ["arvioi", "--verkosto", "Alfa"]):
        result = runner.invoke(app, args, input="", obj=terminal)
        assert result.exit_code == code
        assert message in result.stderr
        assert isinstance(result.exception, SystemExit), result.exception
    after = sorted(p.read_bytes() for p in (isolated_env / store.DRAFTS_FOLDER).iterdir())
    assert after == before


def test_jatka_with_ei_kysy_finishes_a_complete_draft_and_removes_it(isolated_env, bundled):
    store.save_draft(isolated_env, "V", full_answers(bundled), None, bundled.sha256, _now())
    result = runner.invoke(app, ["arvioi", "--jatka", "--ei-kysy", "-o", "-"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["answers"] == full_answers(bundled)
    assert store.find_draft(isolated_env, "V") is None


def test_a_history_failure_keeps_the_file_and_forgets_the_draft(isolated_env, bundled):
    from verkosto import history

    store.save_draft(isolated_env, "V", full_answers(bundled), None, bundled.sha256, _now())
    (isolated_env / history.DATABASE_FILE).mkdir()
    result = runner.invoke(app, ["arvioi", "--jatka", "--ei-kysy"])
    assert result.exit_code == 1
    assert len(list((isolated_env / "arviot").glob("*.json"))) == 1
    assert store.find_draft(isolated_env, "V") is None


@pytest.mark.parametrize("args", [["--ei-kysy"], []])
def test_a_closed_stdin_is_no_crash(bundled, isolated_env, tmp_path, args):
    path = tmp_path / "a.json"
    answers = full_answers(bundled)
    if not args:
        del answers["huomiot"]  # one question left to ask, with nowhere to read it from
    path.write_text(json.dumps(answers), encoding="utf-8")
    env = {**os.environ, "VERKOSTO_HOME": str(isolated_env)}
    done = subprocess.run(
        [verkosto_command(), "arvioi", "--verkosto", "V", "--vastaukset", str(path), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        preexec_fn=lambda: os.close(0),
    )
    assert "Traceback" not in done.stderr and "Odottamaton" not in done.stderr
    assert done.returncode == (0 if args else 130), done.stderr


def test_a_draft_saved_without_a_time_zone_is_listed(isolated_env):
    folder = isolated_env / store.DRAFTS_FOLDER
    store.save_draft(isolated_env, "A", {"vaihe": "jasen"}, None, "", _now())
    path = store.draft_path(isolated_env, "B")
    data = json.loads(store.draft_path(isolated_env, "A").read_text("utf-8"))
    data.update(network="B", saved_at="2026-11-27T10:00:00", started_at="2026-11-27T09:00:00")
    path.write_text(json.dumps(data), encoding="utf-8")
    drafts, damaged = store.list_drafts(isolated_env)
    assert sorted(d.network for d in drafts) == ["A", "B"] and damaged == []
    assert folder.exists()


@pytest.mark.parametrize(
    ("error", "fi", "en"),
    [
        (
            FileNotFoundError(2, "No such file or directory"),
            "kansiota tai tiedostoa ei ole",
            "no such file or folder",
        ),
        (PermissionError(13, "Permission denied"), "ei oikeutta", "permission denied"),
        (OSError(28, "No space left on device"), "levy on täynnä", "the disk is full"),
        (
            OSError(5, "Input/output error"),
            "levyn luku- tai kirjoitusvirhe",
            "a disk read or write error",
        ),
        # A reason the tool has no words for keeps the system's own.
        (
            OSError(38, "Function not implemented"),
            "Function not implemented",
            "Function not implemented",
        ),
    ],
)
def test_file_errors_are_told_in_the_persons_language(error, fi, en):
    from verkosto.i18n.catalog import t

    assert t("export_write_failed", "fi", path="x.json", reason=error).endswith(fi)
    assert t("export_write_failed", "en", path="x.json", reason=error).endswith(en)


def test_jatka_names_a_questions_file_that_is_gone(isolated_env, tmp_path):
    gone = tmp_path / "poistettu.yaml"
    store.save_draft(isolated_env, "V", {"vaihe": "jasen"}, str(gone), "", _now())
    result = runner.invoke(app, ["arvioi", "--jatka"])
    assert result.exit_code == 2
    assert str(gone) in result.stderr and "--kysymykset" in result.stderr


def test_an_export_of_another_network_is_named(tmp_path, bundled):
    from helpers import make_export

    path = tmp_path / "toinen.json"
    path.write_text(json.dumps(make_export(bundled, "Toinen verkosto")), encoding="utf-8")
    result = runner.invoke(
        app, ["arvioi", "--verkosto", "Oma verkosto", "--vastaukset", str(path), "--ei-tallenna"]
    )
    assert result.exit_code == 0, result.output
    assert "verkoston Toinen verkosto vienti" in result.output
    same = runner.invoke(
        app,
        ["arvioi", "--verkosto", "toinen  VERKOSTO", "--vastaukset", str(path), "--ei-tallenna"],
    )
    assert "vienti;" not in same.output
