"""Slips caught at the prompt: the staff count, weekly and h:mm hours, agreed hours, the intro.

Issue 16 item 4, with the prompt items of issues 17 and 19: every typing slip that used to
change a verdict without a word is either read as meant, asked about once, or refused with
a message that names what was wrong.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from test_resume import scripted
from test_session import Person, answers_file, draft_bytes, save_draft
from typer.testing import CliRunner

from verkosto.answers import (
    InvalidAnswer,
    check_hours,
    coerce_value,
    fit_answers,
    parse_answer,
    prune,
)
from verkosto.answers_file import load_answers
from verkosto.cli.app import app
from verkosto.errors import Interrupted, ProblemsError
from verkosto.instrument.loader import load
from verkosto.instrument.model import applicable
from verkosto.interview import Prompt, ReviewPrompt, review_choice, run, total_range
from verkosto.recommend import recommend
from verkosto.scoring import score
from verkosto.session import assess
from verkosto.session_ports import Options

from helpers import REPO, full_answers, typed_answers

runner = CliRunner()


def rejected(question, raw) -> InvalidAnswer:
    with pytest.raises(InvalidAnswer) as caught:
        parse_answer(question, raw)
    return caught.value


def verdict(instrument, answers):
    from datetime import date

    return recommend(
        instrument, score(instrument, answers), answers, date(2026, 12, 6), search=False
    ).id


# --- 1. The staff count is a number ---------------------------------------------------------


def test_typing_3_at_the_staff_question_means_three_people(bundled):
    question = bundled.question("tyontekijat")
    assert parse_answer(question, "3") == 3
    facts = bundled.scoring.situation_facts({"tyontekijat": 3})
    assert "small_org" in facts and "board" not in facts


@pytest.mark.parametrize(
    ("count", "small_org", "board"),
    [(1, True, True), (2, True, False), (9, True, False), (10, False, False), (250, False, False)],
)
def test_the_staff_count_gives_small_organisation_and_board(bundled, count, small_org, board):
    facts = bundled.scoring.situation_facts({"tyontekijat": count})
    assert ("small_org" in facts) == small_org
    assert ("board" in facts) == board


@pytest.mark.parametrize("raw", ["2,5", "0", "-3", "100001", "kolme", "²", "٣", "3 henkeä"])
def test_a_staff_count_that_is_no_whole_number_of_people_is_refused(bundled, raw):
    error = rejected(bundled.question("tyontekijat"), raw)
    assert error.key == "answer_whole"
    assert error.params == {"min": "1", "max": "100000"}


def test_a_fraction_of_a_person_in_a_file_is_refused_too(bundled):
    with pytest.raises(InvalidAnswer) as caught:
        coerce_value(bundled.question("tyontekijat"), 2.5)
    assert caught.value.key == "answer_whole"
    assert coerce_value(bundled.question("tyontekijat"), 4) == 4


@pytest.mark.parametrize(("band", "count"), [("yksin", 1), ("pieni", 5), ("iso", 25)])
def test_an_old_band_answer_gives_the_same_facts_and_verdict_as_the_count(bundled, band, count):
    for scale in (2, 3, 4, 5):
        old = full_answers(bundled, scale=scale, worktime=80.0, tyoyhteiso=band)
        new = full_answers(bundled, scale=scale, worktime=80.0, tyontekijat=count)
        assert "tyontekijat" not in old and "tyoyhteiso" not in new
        assert bundled.scoring.situation_facts(old) == bundled.scoring.situation_facts(new)
        assert verdict(bundled, old) == verdict(bundled, new)


def test_the_old_band_question_is_never_asked(bundled):
    asked = [q.id for q in applicable(bundled, {})]
    assert "tyontekijat" in asked and "tyoyhteiso" not in asked


def test_an_old_band_answer_from_a_file_stands_and_the_count_is_not_asked(bundled):
    answers = {"vaihe": "jasen", "tyoyhteiso": "pieni"}
    asked = [q.id for q in applicable(bundled, answers)]
    assert "tyoyhteiso" in asked and "tyontekijat" not in asked
    assert prune(bundled, answers)["tyoyhteiso"] == "pieni"


def test_with_both_answers_the_count_decides_and_the_band_is_left_out(bundled):
    answers = {"vaihe": "jasen", "tyoyhteiso": "yksin", "tyontekijat": 30}
    assert "tyoyhteiso" not in prune(bundled, answers)
    assert bundled.scoring.situation_facts(prune(bundled, answers)) == frozenset()


def test_the_interview_counts_no_more_questions_than_before(bundled):
    # One question replaced by one: still 33–36, as the README's transcript says.
    assert total_range(bundled, {}) == (33, 36)


def test_an_old_answers_file_with_the_band_loads_and_asks_nothing_more(tmp_path, bundled):
    answers = full_answers(bundled, tyoyhteiso="yksin", worktime=80.0)
    path = tmp_path / "vanha.yaml"
    path.write_text(yaml.safe_dump(answers, allow_unicode=True), encoding="utf-8")
    result = runner.invoke(
        app,
        [
            "arvioi",
            "--verkosto",
            "V",
            "--vastaukset",
            str(path),
            "--ei-kysy",
            "--ei-tallenna",
            "--vie",
            "-",
        ],
    )
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["answers"]["tyoyhteiso"] == "yksin" and "tyontekijat" not in data["answers"]
    new = full_answers(bundled, tyontekijat=1, worktime=80.0)
    assert data["recommendation"]["id"] == verdict(bundled, new)


def test_an_old_export_with_the_band_gives_the_same_verdict_again(tmp_path, bundled):
    from helpers import make_export

    before = make_export(bundled, tyoyhteiso="pieni", scale=3, worktime=80.0)
    path = tmp_path / "vienti.json"
    path.write_text(json.dumps(before), encoding="utf-8")
    result = runner.invoke(
        app, ["arvioi", "--vastaukset", str(path), "--ei-kysy", "--ei-tallenna", "--vie", "-"]
    )
    assert result.exit_code == 0, result.stderr
    again = json.loads(result.stdout)
    assert again["answers"]["tyoyhteiso"] == "pieni"
    assert again["recommendation"]["id"] == before["recommendation"]["id"]
    assert again["recommendation"]["reasons"] == before["recommendation"]["reasons"]


def test_a_draft_with_the_band_still_fits(bundled):
    kept, dropped = fit_answers(bundled, {"vaihe": "jasen", "tyoyhteiso": "iso"})
    assert kept == {"vaihe": "jasen", "tyoyhteiso": "iso"} and dropped == []


# --- the questions file: situations with lists and number bounds, `replaces` ----------------


def load_edited(tmp_path: Path, *edits: tuple[str, str]):
    text = (REPO / "questions.yaml").read_text("utf-8")
    for old, new in edits:
        assert old in text, old
        text = text.replace(old, new)
    path = tmp_path / "oma.yaml"
    path.write_text(text, encoding="utf-8")
    return load(path), text


def problems_of(tmp_path: Path, *edits: tuple[str, str]):
    with pytest.raises(ProblemsError) as caught:
        load_edited(tmp_path, *edits)
    return caught.value.problems


def line_of(text: str, needle: str) -> int:
    return text[: text.index(needle)].count("\n") + 1


def test_a_situation_may_be_one_condition_or_a_list_of_them(tmp_path):
    single = "    board: {question: tyontekijat, at_least: 1, at_most: 1}"
    instrument, _ = load_edited(
        tmp_path,
        (
            "    board:\n      - {question: tyontekijat, equals: 1}\n"
            "      - {question: tyoyhteiso, equals: yksin}",
            single,
        ),
    )
    assert instrument.scoring.situation_facts({"tyontekijat": 1}) >= {"board"}
    assert "board" not in instrument.scoring.situation_facts({"tyontekijat": 2})
    # With one condition, the old band no longer gives the fact.
    assert "board" not in instrument.scoring.situation_facts({"tyoyhteiso": "yksin"})


def test_number_bounds_on_a_choice_question_are_refused_with_file_line_and_place(tmp_path):
    bad = "      - {question: tyoyhteiso, at_most: 9}"
    (problem,) = problems_of(tmp_path, ("      - {question: tyoyhteiso, in: [yksin, pieni]}", bad))
    _, text = load_edited(tmp_path)
    assert problem.key == "situation_not_number"
    assert problem.file.endswith("oma.yaml")
    assert problem.line == line_of(text, "      - {question: tyontekijat, at_most: 9}") + 1
    assert (problem.kind, problem.ident) == ("scoring", "situations")


@pytest.mark.parametrize(
    ("bounds", "key"),
    [
        ("at_least: 10, at_most: 9", "situation_bounds"),
        ("at_most: 0", "number_range"),
        ("at_most: nine", "wrong_type"),
        ("at_most: 9, equals: 3", "unknown_key"),
    ],
)
def test_bad_bounds_are_named(tmp_path, bounds, key):
    problems = problems_of(
        tmp_path, ("{question: tyontekijat, at_most: 9}", f"{{question: tyontekijat, {bounds}}}")
    )
    assert key in [p.key for p in problems]


@pytest.mark.parametrize(
    ("target", "key"), [("ei_ole", "replaces_unknown"), ("tyontekijat", "replaces_unknown")]
)
def test_replaces_must_name_another_question(tmp_path, target, key):
    problems = problems_of(tmp_path, ("    replaces: tyoyhteiso", f"    replaces: {target}"))
    assert [(p.key, p.ident) for p in problems] == [(key, "tyontekijat")]
    assert problems[0].line is not None


def test_a_question_cannot_be_replaced_twice(tmp_path):
    problems = problems_of(
        tmp_path,
        (
            "  - id: verkoston_vaihe\n    type: choice\n",
            "  - id: verkoston_vaihe\n    type: choice\n    replaces: tyoyhteiso\n",
        ),
    )
    assert [(p.key, p.ident) for p in problems] == [("replaces_twice", "verkoston_vaihe")]


def test_whole_must_be_true_or_false(tmp_path):
    problems = problems_of(tmp_path, ("    whole: true", "    whole: kyllä"))
    assert [(p.key, p.ident) for p in problems] == [("wrong_type", "tyontekijat")]


# --- 2. Working hours per week, per month, and h:mm ----------------------------------------


@pytest.mark.parametrize(
    "raw",
    [
        "37,5 h/vko",
        "37,5 h/viikko",
        "37.5 h/week",
        "37,5/vko",
        "37,5 h viikossa",
        "37,5 tuntia/vko",
        "37.5 hours/week",
        "37,5h/vko",
        "37,5 H/VKO",
    ],
)
def test_a_weekly_figure_is_converted_to_a_month(bundled, raw):
    assert parse_answer(bundled.question("tyotunnit"), raw) == 162.5


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("160 h/kk", 160),
        ("160 h/month", 160),
        ("160 h kuukaudessa", 160),
        ("160/kk", 160),
        ("40 h/vko", 173.3),
    ],
)
def test_monthly_figures_stay_and_weeks_round_to_a_tenth(bundled, raw, expected):
    assert parse_answer(bundled.question("tyotunnit"), raw) == expected


@pytest.mark.parametrize(
    "qid",
    [
        "tunnit_tapaamiset",
        "tunnit_viestinta",
        "tunnit_yllapito",
        "tunnit_matkat",
        "sovitut_tunnit",
        "tyotunnit",
    ],
)
def test_every_hour_question_takes_hours_and_minutes(bundled, qid):
    question = bundled.question(qid)
    assert parse_answer(question, "1:30") == 1.5
    assert parse_answer(question, "2:00 h") == 2
    assert parse_answer(question, "10:20") == 10.33  # to a hundredth of an hour
    # From an answers file, as the YAML reader hands "1:30" over: a string.
    assert coerce_value(question, "1:30") == 1.5


@pytest.mark.parametrize(
    "raw", ["1:75", "1:5", ":30", "1:30:00", "1,5:30", "1:30 h/päivä", "2 kk", "8 h/vko/kk"]
)
def test_broken_hours_and_minutes_are_refused(bundled, raw):
    assert rejected(bundled.question("tunnit_tapaamiset"), raw).key == "answer_number"


def test_a_weekly_figure_beyond_the_range_names_both_figures(bundled):
    error = rejected(bundled.question("tyotunnit"), "100 h/vko")
    assert error.key == "answer_week_range"
    assert (error.params["week_fi"], error.params["month_fi"]) == ("100", "433,3")
    assert (error.params["week"], error.params["month"]) == ("100", "433.3")


def run_hours(bundled, typed_worktime: list[str], worktime_prompts=None, messages=None):
    """Answer everything from a file except the working time, which is typed."""
    given = full_answers(bundled)
    del given["tyotunnit"]
    seen: list[Prompt] = []
    shown: list[tuple[str, dict]] = []
    answers = run(
        bundled,
        given,
        scripted(typed_worktime, seen),
        lambda q: None,
        show_message=lambda key, params: shown.append((key, dict(params))),
    )
    if worktime_prompts is not None:
        worktime_prompts.extend(seen)
    if messages is not None:
        messages.extend(shown)
    return answers


def test_a_bare_37_5_asks_once_whether_it_is_a_week_or_a_month(bundled):
    prompts: list[Prompt] = []
    messages: list = []
    answers = run_hours(bundled, ["37,5", "1"], prompts, messages)
    assert answers["tyotunnit"] == 162.5
    assert [p.week_or_month for p in prompts] == [None, 37.5]
    assert messages == [
        (
            "answer_week_note",
            {
                "week": "37.5",
                "week_fi": "37,5",
                "week_sv": "37,5",
                "month": "162.5",
                "month_fi": "162,5",
                "month_sv": "162,5",
            },
        )
    ]


def test_answering_a_month_keeps_the_figure_without_a_note(bundled):
    messages: list = []
    assert run_hours(bundled, ["37,5", "kuukaudessa"], messages=messages)["tyotunnit"] == 37.5
    assert messages == []


def test_a_wrong_reply_to_week_or_month_asks_again_and_back_changes_the_figure(bundled):
    prompts: list[Prompt] = []
    answers = run_hours(bundled, ["37,5", "3", "<", "150"], prompts)
    assert answers["tyotunnit"] == 150
    assert prompts[2].error is not None and prompts[2].error.key == "week_or_month_choice"
    assert prompts[2].week_or_month == 37.5 and prompts[3].week_or_month is None


@pytest.mark.parametrize("raw", ["150", "160", "14", "61", "37,5 h/kk", "8:00"])
def test_a_figure_that_is_clearly_a_month_is_not_asked_about(bundled, raw):
    prompts: list[Prompt] = []
    run_hours(bundled, [raw], prompts)
    assert [p.week_or_month for p in prompts] == [None]


def test_a_typed_weekly_figure_says_how_it_was_converted(bundled):
    messages: list = []
    assert run_hours(bundled, ["37,5 h/vko"], messages=messages)["tyotunnit"] == 162.5
    assert [key for key, _ in messages] == ["answer_week_note"]


def test_only_the_working_time_asks_week_or_month(bundled):
    given = full_answers(bundled)
    del given["tunnit_tapaamiset"]
    seen: list[Prompt] = []
    answers = run(bundled, given, scripted(["20"], seen), lambda q: None)
    assert answers["tunnit_tapaamiset"] == 20 and seen[0].week_or_month is None


def write(tmp_path: Path, answers: dict, name: str = "a.yaml") -> Path:
    path = tmp_path / name
    path.write_text(yaml.safe_dump(answers, allow_unicode=True), encoding="utf-8")
    return path


def test_a_bare_weekly_looking_figure_in_a_file_is_a_month_and_the_person_is_told(
    tmp_path, bundled
):
    path = write(tmp_path, full_answers(bundled, worktime=37.5, hours=1.0))
    loaded = load_answers(path, bundled)
    assert loaded.answers["tyotunnit"] == 37.5
    assert (
        "answer_month_assumed",
        {
            "question": bundled.question("tyotunnit").short,
            "hours": "37.5",
            "hours_fi": "37,5",
            "hours_sv": "37,5",
            "month": "162.5",
            "month_fi": "162,5",
            "month_sv": "162,5",
        },
    ) in loaded.notes


def test_the_assumption_is_shown_before_the_result(tmp_path, bundled):
    path = write(tmp_path, full_answers(bundled, worktime=37.5, hours=1.0))
    result = runner.invoke(
        app, ["arvioi", "--verkosto", "V", "--vastaukset", str(path), "--ei-tallenna"]
    )
    assert result.exit_code == 0, result.output
    assert "37,5 luettiin tunteina kuukaudessa" in result.output
    assert "'37,5 h/vko'" in result.output


def test_a_weekly_figure_in_a_file_is_converted_and_said(tmp_path, bundled):
    answers = full_answers(bundled)
    answers["tyotunnit"] = "37,5 h/vko"
    loaded = load_answers(write(tmp_path, answers), bundled)
    assert loaded.answers["tyotunnit"] == 162.5
    assert [key for key, _ in loaded.notes] == ["answer_week_read"]


def test_a_plain_monthly_figure_in_a_file_says_nothing(tmp_path, bundled):
    loaded = load_answers(write(tmp_path, full_answers(bundled, worktime=150.0)), bundled)
    assert loaded.notes == []


# --- 3. Agreed hours cannot exceed the network's hours ---------------------------------------


def test_more_agreed_hours_than_the_network_takes_is_asked_again_naming_both(bundled):
    given = full_answers(bundled, hours=2.0)  # 4 × 2 h = 8 h a month
    del given["sovitut_tunnit"]
    seen: list[Prompt] = []
    answers = run(bundled, given, scripted(["10", "8"], seen), lambda q: None)
    assert answers["sovitut_tunnit"] == 8
    error = seen[1].error
    assert error is not None and error.key == "answer_agreed_exceed_hours"
    assert (error.params["agreed_fi"], error.params["hours_fi"]) == ("10", "8")


def test_agreed_hours_equal_to_the_network_hours_are_fine(bundled):
    answers = full_answers(bundled, hours=2.0, sovitut_tunnit=8)
    assert check_hours(bundled, answers) is None


def test_more_agreed_hours_in_a_file_is_an_error_with_file_question_and_figures(tmp_path, bundled):
    path = write(tmp_path, full_answers(bundled, hours=2.0, sovitut_tunnit=12.5))
    result = runner.invoke(
        app, ["arvioi", "--verkosto", "V", "--vastaukset", str(path), "--ei-tallenna"]
    )
    assert result.exit_code == 2
    assert isinstance(result.exception, SystemExit)
    assert str(path) in result.stderr and "'sovitut_tunnit'" in result.stderr
    assert "12,5\u00a0h/kk" in result.stderr and "(8\u00a0h/kk)" in result.stderr


def test_agreed_hours_wait_for_hours_still_to_be_asked(bundled):
    # A file may give the agreed hours and leave the hours themselves to the interview.
    answers = {"vaihe": "jasen", "tunnit_tapaamiset": 2, "sovitut_tunnit": 6}
    assert check_hours(bundled, answers) is None


def test_a_draft_with_more_agreed_than_spent_asks_the_agreed_hours_again(bundled):
    draft = full_answers(bundled, hours=1.0, sovitut_tunnit=10)
    kept, dropped = fit_answers(bundled, draft)
    assert dropped == ["sovitut_tunnit"] and "tunnit_tapaamiset" in kept


# --- 4. The interview says what it is and how long it takes ---------------------------------


def test_the_intro_comes_before_the_network_name_with_the_count(bundled, isolated_env):
    person = Person(lines=[])
    with pytest.raises(Interrupted):
        assess(Options(terminal=True), isolated_env, person)
    assert person.shown[0] == ("intro", None)


def intro_text(bundled, lang: str, low: int, high: int, drafts: bool = True) -> str:
    from verkosto.render.console import plain_text
    from verkosto.render.interview import intro_view

    return plain_text(intro_view(bundled, lang, low, high, drafts), width=200)


def test_the_intro_line_names_the_count_and_the_minutes(bundled):
    lines = intro_text(bundled, "fi", 33, 36).strip().splitlines()
    assert lines == [
        "Kannattaako verkostoon käyttää työaikaasi?",
        "Noin 10 minuuttia, 33–36 kysymystä. ? näyttää ohjeen; Ctrl-C keskeyttää, "
        "ja vastaukset säilyvät luonnoksena.",
    ]
    assert "About 10 minutes, 33–36 questions." in intro_text(bundled, "en", 33, 36)
    assert "3 kysymystä" in intro_text(bundled, "fi", 3, 3)
    assert "vastauksia ei tallenneta" in intro_text(bundled, "fi", 33, 36, drafts=False)


def test_the_intro_counts_only_the_questions_left(bundled, isolated_env, tmp_path):
    shown: list = []

    class Counting(Person):
        def show_intro(self, instrument, low, high, drafts):
            shown.append((low, high, drafts))

    given = full_answers(bundled)
    del given["tuki_vertais"], given["opp_palaute"]
    person = Counting(lines=[])
    with pytest.raises(Interrupted):
        assess(
            Options(
                network="V",
                terminal=True,
                keep_history=False,
                answers=answers_file(tmp_path, given),
            ),
            isolated_env,
            person,
        )
    assert shown == [(2, 2, False)]


def test_the_progress_header_explains_a_range(bundled):
    from verkosto.render.console import plain_text
    from verkosto.render.interview import question_view

    first = Prompt(bundled.questions[0], 1, 33, None, total_max=36)
    assert "Kysymys 1/33–36 · Taustatiedot (määrä riippuu vastauksistasi)" in plain_text(
        question_view(bundled, first, "fi"), width=200
    )
    later = Prompt(bundled.questions[1], 2, 36, None)
    assert "riippuu" not in plain_text(question_view(bundled, later, "fi"), width=200)


# --- 5. Digits that are no numbers, and "?" at every prompt ----------------------------------


@pytest.mark.parametrize("raw", ["²", "٣", "1²", "³"])
def test_a_digit_that_is_no_number_asks_the_review_again(bundled, raw):
    questions = tuple(bundled.questions[:5])
    with pytest.raises(InvalidAnswer) as caught:
        review_choice(raw, questions)
    assert caught.value.key == "review_choice"
    assert review_choice("3", questions) == questions[2].id


def test_question_mark_at_the_review_shows_help_and_asks_again(bundled):
    reviews: list[ReviewPrompt] = []
    queue = ["?", "²", ""]

    def ask_review(review: ReviewPrompt) -> str:
        reviews.append(review)
        return queue.pop(0)

    run(bundled, full_answers(bundled), scripted([]), lambda q: None, ask_review=ask_review)
    assert [(r.help, r.error.key if r.error else None) for r in reviews] == [
        (False, None),
        (True, None),
        (False, "review_choice"),
    ]


@pytest.mark.parametrize("raw", ["²", "٣"])
def test_a_digit_that_is_no_number_asks_every_question_again(bundled, raw):
    for question in bundled.questions:
        if question.type != "text":
            with pytest.raises(InvalidAnswer):
                parse_answer(question, raw)


def test_question_mark_at_the_network_name_is_help_not_a_name(bundled, isolated_env):
    from verkosto.store import list_drafts

    person = Person(lines=["?", "Verkosto", "2"])
    with pytest.raises(Interrupted):
        assess(Options(terminal=True), isolated_env, person)
    assert person.keys()[:2] == ["intro", "network_help"]
    # The one draft is the named network's.
    assert [d.network for d in list_drafts(isolated_env)[0]] == ["Verkosto"]


def test_question_mark_at_the_network_name_in_the_cli(isolated_env):
    result = runner.invoke(app, ["arvioi"], input="?\n")
    assert result.exit_code == 130
    assert "Kirjoita arvioitavan verkoston nimi" in result.output
    drafts = isolated_env / "luonnokset"
    assert not drafts.exists() or not any(drafts.iterdir())


def test_the_review_in_the_cli_refuses_a_superscript_and_shows_help(isolated_env, bundled):
    from test_resume import AtTerminal

    lines = typed_answers(bundled, full_answers(bundled))
    typed = "\n".join(["V", *lines, "²", "?", ""]) + "\n"
    result = runner.invoke(app, ["arvioi", "--ei-tallenna"], input=typed, obj=AtTerminal())
    assert result.exit_code == 0, result.output
    assert "Odottamaton virhe" not in result.output
    assert "Kirjoita numero 1–" in result.output
    assert "Kirjoita sen vastauksen numero" in result.output


# --- 6. --ei-kysy, --ei-tallenna and Ctrl-D -------------------------------------------------


def test_no_input_leaves_the_optional_note_empty(tmp_path, bundled):
    answers = full_answers(bundled)
    del answers["huomiot"]
    result = runner.invoke(
        app,
        [
            "arvioi",
            "--verkosto",
            "V",
            "--vastaukset",
            str(write(tmp_path, answers)),
            "--ei-kysy",
            "--ei-tallenna",
            "--vie",
            "-",
        ],
    )
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["answers"]["huomiot"] is None


def test_no_input_still_names_a_missing_required_answer(tmp_path, bundled):
    answers = full_answers(bundled)
    del answers["huomiot"], answers["tuki_vertais"]
    result = runner.invoke(
        app,
        [
            "arvioi",
            "--verkosto",
            "V",
            "--vastaukset",
            str(write(tmp_path, answers)),
            "--ei-kysy",
            "--ei-tallenna",
        ],
    )
    assert result.exit_code == 2
    assert "'tuki_vertais'" in result.stderr and "yhteensä 1" in result.stderr
    assert "huomiot" not in result.stderr


def test_no_save_keeps_no_draft_when_input_ends(isolated_env, bundled):
    result = runner.invoke(app, ["arvioi", "--verkosto", "V", "--ei-tallenna"], input="2\n3\n1\n")
    assert result.exit_code == 130
    drafts = isolated_env / "luonnokset"
    assert not drafts.exists() or not any(drafts.iterdir())
    assert "tallessa" not in result.stderr


def test_without_no_save_the_draft_is_kept(isolated_env, bundled):
    result = runner.invoke(app, ["arvioi", "--verkosto", "V"], input="2\n3\n1\n")
    assert result.exit_code == 130
    assert "3 vastausta on tallessa luonnoksena" in result.stderr


def test_no_save_help_says_what_it_keeps():
    result = runner.invoke(app, ["arvioi", "--help"])
    assert "äläkä vastauksia luonnokseksi" in " ".join(result.output.split())


@pytest.mark.parametrize(
    ("lang", "label"), [("fi", '"Järjestön koko"'), ("en", '"Organisation size"')]
)
def test_end_of_input_names_the_question_by_its_label(lang, label):
    result = runner.invoke(app, ["arvioi", "--verkosto", "V", "--kieli", lang], input="2\n3\n1\n")
    assert result.exit_code == 130
    assert label in result.stderr and "tyontekijat" not in result.stderr


def test_with_no_save_starting_afresh_leaves_the_draft_as_it_was(bundled, isolated_env):
    save_draft(isolated_env, "V", {"vaihe": "jasen"})
    old = draft_bytes(isolated_env, "V")
    person = Person(lines=["?", "e", "2"])
    with pytest.raises(Interrupted):
        assess(Options(network="V", terminal=True, keep_history=False), isolated_env, person)
    assert ("ask draft_continue_kept", {}) in person.shown
    assert ("draft_continue_kept_help", {}) in person.shown
    assert draft_bytes(isolated_env, "V") == old
