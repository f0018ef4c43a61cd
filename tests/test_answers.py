from __future__ import annotations

import dataclasses
import json
import math
import unicodedata
from datetime import date, datetime
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from verkosto.answers import (
    MAX_NETWORK_NAME,
    MAX_TEXT,
    InvalidAnswer,
    check_network_name,
    coerce_value,
    parse_answer,
    prune,
)
from verkosto.answers_file import load_answers
from verkosto.errors import ProblemsError
from verkosto.export.make import dumps, to_dict
from verkosto.export.names import EXPORT_SCHEMA
from verkosto.instrument.loader import load
from verkosto.instrument.model import Choice, Condition, Question, Text
from verkosto.recommend import recommend
from verkosto.scoring import score

from helpers import full_answers

NFD_A = unicodedata.normalize("NFD", "ä")
assert len(NFD_A) == 2

# A scale item without a "don't know" option (the bundled ones all have one).
PLAIN_SCALE = Question(
    id="arvio",
    type="scale",
    text=Text("Arvio", "Rating"),
    source="testi",
    line=1,
    labels=tuple(Text(f"kohta {n}", f"point {n}") for n in range(1, 6)),
)


def rejected(question: Question, raw: object, *, coerce: bool = False) -> InvalidAnswer:
    with pytest.raises(InvalidAnswer) as caught:
        if coerce:
            coerce_value(question, raw)
        else:
            assert isinstance(raw, str)
            parse_answer(question, raw)
    return caught.value


def write(tmp_path: Path, name: str, content: str | dict) -> Path:
    path = tmp_path / name
    if isinstance(content, dict):
        content = (
            json.dumps(content)
            if name.endswith(".json")
            else yaml.safe_dump(content, allow_unicode=True)
        )
    path.write_text(content, encoding="utf-8")
    return path


def load_problems(path: Path, instrument) -> list:
    with pytest.raises(ProblemsError) as caught:
        load_answers(path, instrument)
    # Read and YAML problems share the instrument loader's heading.
    assert caught.value.key in ("answers_invalid", "file_invalid")
    assert caught.value.problems
    return caught.value.problems


# --------------------------------------------------------------------------- parse_answer


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("1", 1),
        ("2", 2),
        ("3", 3),
        ("4", 4),
        ("5", 5),
        (" 4 ", 4),
        ("+2", 2),
        ("0", None),
        ("eos", None),
        ("EOS", None),
        ("-", None),
        ("na", None),
        ("n/a", None),
    ],
)
def test_scale_with_dont_know(bundled, raw, expected):
    question = bundled.question("ydin_aiheet")
    assert question.not_applicable is not None
    value = parse_answer(question, raw)
    assert value == expected
    assert type(value) is type(expected)


@pytest.mark.parametrize(
    ("raw", "key"),
    [
        ("abc", "answer_scale_na"),
        ("9", "answer_scale_na"),
        ("6", "answer_scale_na"),
        ("-1", "answer_scale_na"),
        ("2,5", "answer_scale_na"),
        ("2.5", "answer_scale_na"),
        ("4.0", "answer_scale_na"),
        ("１", "answer_scale_na"),
        ("", "answer_required"),
        ("   ", "answer_required"),
    ],
)
def test_scale_with_dont_know_rejects(bundled, raw, key):
    assert rejected(bundled.question("ydin_aiheet"), raw).key == key


@pytest.mark.parametrize(
    ("raw", "key"),
    [
        ("0", "answer_scale"),
        ("eos", "answer_scale"),
        ("abc", "answer_scale"),
        ("9", "answer_scale"),
        ("2,5", "answer_scale"),
        ("", "answer_required"),
    ],
)
def test_scale_without_dont_know_rejects(raw, key):
    assert rejected(PLAIN_SCALE, raw).key == key


@pytest.mark.parametrize("raw", ["1", "2", "3", "4", "5"])
def test_scale_without_dont_know_accepts_points(raw):
    assert parse_answer(PLAIN_SCALE, raw) == int(raw)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2,5", 2.5),
        ("2.5", 2.5),
        ("3", 3),
        (" 4.0 ", 4),
        ("0", 0),
        ("200", 200),
        ("+1,25", 1.25),
        ("0,00001", 0.00001),
        ("199,99", 199.99),
    ],
)
def test_number_accepts(bundled, raw, expected):
    value = parse_answer(bundled.question("tunnit_tapaamiset"), raw)
    assert value == expected
    assert type(value) is type(expected)


@pytest.mark.parametrize(
    "raw",
    [
        "-1",
        "200,5",
        "201",
        "abc",
        "1e3",
        "nan",
        "inf",
        "-inf",
        "1,2,3",
        "1 000",
        "2,",
        ",5",
        "0x10",
        "½",
        "٣",
    ],
)
def test_number_rejects(bundled, raw):
    error = rejected(bundled.question("tunnit_tapaamiset"), raw)
    assert error.key == "answer_number"
    assert error.params == {"min": "0", "max": "200"}


def test_number_requires_an_answer(bundled):
    assert rejected(bundled.question("tunnit_tapaamiset"), "  ").key == "answer_required"


def test_working_time_has_its_own_minimum(bundled):
    question = bundled.question("tyotunnit")
    error = rejected(question, "0")
    assert error.params == {"min": "1", "max": "400"}
    assert parse_answer(question, "1") == 1


CHOICE_FORMS = {
    "position": lambda n, c: str(n),
    "padded position": lambda n, c: f" {n} ",
    "value": lambda n, c: c.value,
    "upper-case value": lambda n, c: c.value.upper(),
    "Finnish label": lambda n, c: c.label.fi,
    "English label": lambda n, c: c.label.en,
    "lower-case label": lambda n, c: c.label.fi.lower(),
    "upper-case label": lambda n, c: c.label.en.upper(),
    "padded label": lambda n, c: f"  {c.label.fi}  ",
    "decomposed label": lambda n, c: unicodedata.normalize("NFD", c.label.fi),
}


@pytest.mark.parametrize("form", list(CHOICE_FORMS))
@pytest.mark.parametrize("qid", ["vaihe", "kesto", "rooli"])
def test_choice_accepts(bundled, qid, form):
    question = bundled.question(qid)
    for number, choice in enumerate(question.choices, start=1):
        assert parse_answer(question, CHOICE_FORMS[form](number, choice)) == choice.value


@pytest.mark.parametrize(("raw", "expected"), [("HARKITSEN", "harkitsen"), ("Jasen", "jasen")])
def test_choice_value_ignores_case(bundled, raw, expected):
    assert parse_answer(bundled.question("vaihe"), raw) == expected


def test_choice_label_with_a_umlaut_matches_typed_either_way(bundled):
    labels = [(q, c) for q in bundled.questions for c in q.choices if "ä" in c.label.fi]
    assert labels, "the bundled instrument has a choice label with ä"
    for question, choice in labels:
        composed = unicodedata.normalize("NFC", choice.label.fi)
        decomposed = unicodedata.normalize("NFD", choice.label.fi)
        assert composed != decomposed
        assert parse_answer(question, composed) == choice.value
        assert parse_answer(question, decomposed) == choice.value


def test_choice_label_written_decomposed_matches_composed_input():
    question = Question(
        id="kieli",
        type="choice",
        text=Text("Kieli"),
        source="testi",
        line=1,
        choices=(
            Choice("suomi", Text("Suomi")),
            Choice("ruotsi", Text("Ruotsi " + unicodedata.normalize("NFD", "(västra)"))),
        ),
    )
    assert parse_answer(question, "ruotsi (västra)") == "ruotsi"
    assert parse_answer(question, "ruotsi (v" + NFD_A + "stra)") == "ruotsi"


@pytest.mark.parametrize("raw", ["0", "3", "-1", "ehkä", "harkitsen jasen", "1,0"])
def test_choice_rejects(bundled, raw):
    error = rejected(bundled.question("vaihe"), raw)
    assert error.key == "answer_choice"
    assert error.params == {"count": 2, "values": "harkitsen, jasen"}


def test_choice_requires_an_answer(bundled):
    assert rejected(bundled.question("vaihe"), "").key == "answer_required"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("", None),
        ("   \n ", None),
        ("  hyvä verkosto  ", "hyvä verkosto"),
        ("rivi 1\nrivi 2", "rivi 1\nrivi 2"),
        ("väri\x1b[31m", "väri[31m"),
        ("a\x00b", "ab"),
        ("hyv" + NFD_A, "hyvä"),
        ("x" * MAX_TEXT, "x" * MAX_TEXT),
    ],
)
def test_text(bundled, raw, expected):
    assert parse_answer(bundled.question("huomiot"), raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("a \x00", "a"), ("\x00 a", "a"), ("\x00 \x00", None), ("\x1b\n", None)],
)
def test_text_is_stripped_after_control_characters_go(bundled, raw, expected):
    assert parse_answer(bundled.question("huomiot"), raw) == expected


def test_text_too_long(bundled):
    error = rejected(bundled.question("huomiot"), "x" * (MAX_TEXT + 1))
    assert error.key == "answer_text"
    assert error.params == {"max": MAX_TEXT}


# --------------------------------------------------------------------------- coerce_value


@pytest.mark.parametrize("qid", ["ydin_aiheet", "tunnit_tapaamiset", "vaihe", "huomiot"])
@pytest.mark.parametrize("value", [True, False])
def test_coerce_rejects_bools(bundled, qid, value):
    rejected(bundled.question(qid), value, coerce=True)


@pytest.mark.parametrize(
    ("value", "expected"), [(4, 4), (4.0, 4), (1, 1), (5.0, 5), (None, None), ("3", 3)]
)
def test_coerce_scale(bundled, value, expected):
    result = coerce_value(bundled.question("ydin_aiheet"), value)
    assert result == expected
    assert type(result) is type(expected)


@pytest.mark.parametrize("value", [4.5, 0.5, 6, 6.0, -1, "4,5", [4], {"a": 4}, float("nan")])
def test_coerce_scale_rejects(bundled, value):
    assert rejected(bundled.question("ydin_aiheet"), value, coerce=True).key == "answer_scale_na"


def test_coerce_scale_without_dont_know_needs_a_value():
    assert rejected(PLAIN_SCALE, None, coerce=True).key == "answer_required"
    assert rejected(PLAIN_SCALE, 0, coerce=True).key == "answer_scale"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (2.5, 2.5),
        (3, 3),
        (3.0, 3),
        ("2,5", 2.5),
        (0, 0),
        (200, 200),
        (0.00001, 0.00001),
        (0.000125, 0.000125),
    ],
)
def test_coerce_number(bundled, value, expected):
    result = coerce_value(bundled.question("tunnit_tapaamiset"), value)
    assert result == expected
    assert type(result) is type(expected)


@pytest.mark.parametrize(
    "value",
    [
        None,
        -1,
        200.5,
        float("nan"),
        float("inf"),
        pytest.param(10**400, id="10**400"),
        "abc",
        [1],
        {"h": 1},
    ],
)
def test_coerce_number_rejects(bundled, value):
    error = rejected(bundled.question("tunnit_tapaamiset"), value, coerce=True)
    expected = "answer_required" if value is None else "answer_number"
    assert error.key == expected


@pytest.mark.parametrize(
    "form", ["value", "upper-case value", "Finnish label", "English label", "decomposed label"]
)
def test_coerce_choice(bundled, form):
    question = bundled.question("vaihe")
    for number, choice in enumerate(question.choices, start=1):
        assert coerce_value(question, CHOICE_FORMS[form](number, choice)) == choice.value


@pytest.mark.parametrize("value", ["1", " 2 ", 1, 2.0, None, "ehkä", ["jasen"]])
def test_coerce_choice_rejects_positions_and_others(bundled, value):
    error = rejected(bundled.question("vaihe"), value, coerce=True)
    assert error.key == ("answer_required" if value is None else "answer_choice")


@pytest.mark.parametrize(("value", "expected"), [(None, None), ("", None), ("  huom  ", "huom")])
def test_coerce_text(bundled, value, expected):
    assert coerce_value(bundled.question("huomiot"), value) == expected


@pytest.mark.parametrize("value", [42, 1.5, ["a"], {"a": "b"}, "x" * (MAX_TEXT + 1)])
def test_coerce_text_rejects(bundled, value):
    assert rejected(bundled.question("huomiot"), value, coerce=True).key == "answer_text"


# --------------------------------------------------------------------------- load_answers

GOOD = {
    "vaihe": "jasen",
    "kesto": "1-3v",
    "rooli": "OSALLISTUJA",
    "ydin_aiheet": 4,
    "tunnit_tapaamiset": "2,5",
    "tyotunnit": 150,
    "huomiot": None,
}
GOOD_PARSED = {**GOOD, "rooli": "osallistuja", "tunnit_tapaamiset": 2.5}


@pytest.mark.parametrize(
    "name", ["vastaukset.yaml", "vastaukset.yml", "vastaukset.json", "vastaukset.txt"]
)
def test_load_answers_file(tmp_path, bundled, name):
    loaded = load_answers(write(tmp_path, name, GOOD), bundled)
    assert loaded.answers == GOOD_PARSED
    assert loaded.network is None
    assert loaded.notes == []


def test_load_answers_yaml_flow_mapping(tmp_path, bundled):
    # Valid YAML in a .yaml file is read as YAML, even when it starts with a brace.
    path = write(tmp_path, "vastaukset.yaml", "{vaihe: jasen, ydin_aiheet: 4}\n")
    assert load_answers(path, bundled).answers == {"vaihe": "jasen", "ydin_aiheet": 4}


def test_load_answers_uses_display_name(tmp_path, bundled):
    path = write(tmp_path, "v.yaml", "tuntematon: 1\n")
    with pytest.raises(ProblemsError) as caught:
        load_answers(path, bundled, display="vastaukset")
    assert [p.file for p in caught.value.problems] == ["vastaukset"]


def _export(bundled, answers: dict, **instrument_meta) -> dict:
    meta = {"id": bundled.id, "version": bundled.version, "sha256": bundled.sha256}
    meta.update(instrument_meta)
    return {
        "schema": EXPORT_SCHEMA,
        "tool_version": "0.1.0",
        "instrument": meta,
        "language": "fi",
        "network": "  Lastensuojelun verkosto  ",
        "answers": answers,
    }


def test_load_earlier_export(tmp_path, bundled):
    path = write(tmp_path, "arvio.json", _export(bundled, GOOD))
    loaded = load_answers(path, bundled)
    assert loaded.answers == GOOD_PARSED
    assert loaded.network == "Lastensuojelun verkosto"
    assert loaded.notes == []


def test_load_real_export_round_trips(tmp_path, bundled):
    answers = prune(bundled, full_answers(bundled, scale=3, hours=0.25, worktime=137.5))
    scores = score(bundled, answers)
    started, completed = datetime(2026, 1, 2, 10), datetime(2026, 1, 2, 11)
    advice = recommend(bundled, scores, answers, date(2026, 1, 2))
    data = to_dict(bundled, "Verkko", "fi", started, completed, answers, scores, advice)
    path = write(tmp_path, "arvio.json", dumps(data))
    loaded = load_answers(path, bundled)
    assert loaded.answers == answers
    assert loaded.network == "Verkko"


def test_export_with_tiny_hours_round_trips(tmp_path, bundled):
    # 0,00001 is accepted at the prompt; the export must load back.
    hours = parse_answer(bundled.question("tunnit_matkat"), "0,00001")
    path = write(tmp_path, "arvio.json", dumps(_export(bundled, {"tunnit_matkat": hours})))
    assert load_answers(path, bundled).answers == {"tunnit_matkat": hours}


def test_all_problems_reported_at_once_with_lines(tmp_path, bundled):
    text = (
        "vaihe: jasen\n"  # 1 fine
        "tuntematon: 3\n"  # 2 unknown id
        "ydin_aiheet: 9\n"  # 3 out of range
        "tunnit_tapaamiset: abc\n"  # 4 not a number
        "rooli: 1\n"  # 5 a list position
        "huomiot: [a, b]\n"  # 6 not text
        "tuki_vertais: true\n"  # 7 a bool
        "tyotunnit: 0\n"  # 8 below the minimum
    )
    path = write(tmp_path, "vastaukset.yaml", text)
    problems = load_problems(path, bundled)
    found = {p.ident: (p.key, p.line) for p in problems}
    assert found == {
        "tuntematon": ("answer_unknown_id", 2),
        "ydin_aiheet": ("answer_scale_na", 3),
        "tunnit_tapaamiset": ("answer_number", 4),
        "rooli": ("answer_choice_value", 5),
        "huomiot": ("answer_text", 6),
        "tuki_vertais": ("answer_scale_na", 7),
        "tyotunnit": ("answer_number", 8),
    }
    assert len(problems) == 7
    assert all(p.kind == "question" and p.file == str(path) for p in problems)
    assert [p.line for p in problems] == sorted(p.line for p in problems)


def test_all_problems_reported_at_once_in_json(tmp_path, bundled):
    path = write(
        tmp_path,
        "vastaukset.json",
        {"vaihe": "ehka", "tuntematon": 1, "ydin_aiheet": 4.5, "kesto": "1-3v"},
    )
    problems = load_problems(path, bundled)
    assert {p.ident: p.key for p in problems} == {
        "vaihe": "answer_choice_value",
        "tuntematon": "answer_unknown_id",
        "ydin_aiheet": "answer_scale_na",
    }


def test_export_from_other_instrument_keeps_what_fits(tmp_path, bundled):
    answers = {
        "vaihe": "jasen",
        "vanha_kysymys": 3,
        "ydin_aiheet": 9,
        "tunnit_matkat": 4,
        "rooli": "puheenjohtaja",
    }
    path = write(tmp_path, "arvio.json", _export(bundled, answers, version="0.9.0"))
    loaded = load_answers(path, bundled)
    assert loaded.answers == {"vaihe": "jasen", "tunnit_matkat": 4}
    assert loaded.network == "Lastensuojelun verkosto"
    [(key, params)] = loaded.notes
    assert key == "answers_other_instrument"
    assert params == {"found": f"{bundled.id} 0.9.0", "current": f"{bundled.id} {bundled.version}"}


def test_export_from_same_instrument_is_strict(tmp_path, bundled):
    path = write(tmp_path, "arvio.json", _export(bundled, {"vaihe": "jasen", "vanha": 3}))
    [problem] = load_problems(path, bundled)
    assert (problem.key, problem.ident) == ("answer_unknown_id", "vanha")


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("v.yaml", "- vaihe\n- jasen\n"),
        ("v.yaml", "pelkkää tekstiä\n"),
        ("v.json", "[1, 2]"),
        ("v.json", '"vaihe"'),
        ("v.yaml", "42\n"),
        ("v.yaml", "# vain kommentti\n"),
    ],
)
def test_not_a_mapping(tmp_path, bundled, name, content):
    problems = load_problems(write(tmp_path, name, content), bundled)
    assert [p.key for p in problems] == ["answers_not_mapping"]


def test_export_whose_answers_are_not_a_mapping(tmp_path, bundled):
    path = write(tmp_path, "arvio.json", _export(bundled, ["jasen", 4]))
    assert [p.key for p in load_problems(path, bundled)] == ["answers_not_mapping"]


def test_invalid_json(tmp_path, bundled):
    path = write(tmp_path, "v.json", '{\n  "vaihe": "jasen",\n  "kesto": \n}\n')
    [problem] = load_problems(path, bundled)
    assert problem.key == "answers_json_syntax"
    assert problem.line == 4
    assert problem.params["detail"]


def test_deep_json_is_a_problem(tmp_path, bundled):
    path = write(tmp_path, "v.json", "[" * 100_000 + "]" * 100_000)
    assert [p.key for p in load_problems(path, bundled)] in (
        ["yaml_too_deep"],
        ["answers_not_mapping"],
    )


@pytest.mark.parametrize("content", ["", "  \n"])
def test_empty_answers_file(tmp_path, bundled, content):
    assert [p.key for p in load_problems(write(tmp_path, "v.yaml", content), bundled)] == [
        "empty_file"
    ]


def test_duplicate_answer_key(tmp_path, bundled):
    path = write(tmp_path, "v.yaml", "vaihe: jasen\nydin_aiheet: 3\nvaihe: harkitsen\n")
    [problem] = load_problems(path, bundled)
    assert problem.key == "duplicate_key"
    assert problem.line == 3
    assert problem.params == {"key": "vaihe", "first_line": 1}


def test_missing_answers_file(tmp_path, bundled):
    problems = load_problems(tmp_path / "ei-ole.yaml", bundled)
    assert [p.key for p in problems] == ["file_not_found"]


# --------------------------------------------------------------------------- prune


def test_prune_drops_member_questions_when_considering(bundled):
    answers = {
        "hyodyt_nakyneet": 4,
        "vaihe": "harkitsen",
        "kesto": "1-3v",
        "hyodyt_odotetut": 3,
        "ydin_aiheet": 5,
        "vv_luottamus": 2,
    }
    pruned = prune(bundled, answers)
    assert pruned == {"vaihe": "harkitsen", "ydin_aiheet": 5, "hyodyt_odotetut": 3}
    assert list(pruned) == ["vaihe", "ydin_aiheet", "hyodyt_odotetut"]


def test_prune_keeps_member_questions_for_members(bundled):
    answers = {"vaihe": "jasen", "kesto": "1-3v", "hyodyt_nakyneet": 4, "hyodyt_odotetut": 3}
    assert prune(bundled, answers) == {"vaihe": "jasen", "kesto": "1-3v", "hyodyt_nakyneet": 4}


def test_prune_without_the_condition_answer(bundled):
    assert prune(bundled, {"kesto": "1-3v", "ydin_aiheet": 2}) == {"ydin_aiheet": 2}


def test_prune_follows_chains_of_conditions(bundled):
    chained = tuple(
        dataclasses.replace(q, when=Condition("kesto", ("1-3v",)))
        if q.id == "hyodyt_nakyneet"
        else q
        for q in bundled.questions
    )
    instrument = dataclasses.replace(bundled, questions=chained)
    answers = {"vaihe": "harkitsen", "kesto": "1-3v", "hyodyt_nakyneet": 4}
    assert prune(instrument, answers) == {"vaihe": "harkitsen"}
    answers["vaihe"] = "jasen"
    assert prune(instrument, answers) == answers


def test_prune_drops_unknown_ids(bundled):
    assert prune(bundled, {"vaihe": "jasen", "vanha": 3}) == {"vaihe": "jasen"}


# --------------------------------------------------------------------------- network name


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("  Lastensuojelun verkosto  ", "Lastensuojelun verkosto"),
        ("Yhdistys " + NFD_A, "Yhdistys ä"),
        ("x" * MAX_NETWORK_NAME, "x" * MAX_NETWORK_NAME),
    ],
)
def test_network_name_accepted(raw, expected):
    assert check_network_name(raw) == expected


@pytest.mark.parametrize(
    "raw",
    [
        "",
        "   ",
        "\n",
        "a\x00b",
        "Verkko\x1b[2J",
        "rivi\nrivi",
        "a\tb",
        "a\u202eb",
        "x" * (MAX_NETWORK_NAME + 1),
    ],
)
def test_network_name_rejected(raw):
    with pytest.raises(InvalidAnswer) as caught:
        check_network_name(raw)
    assert caught.value.key == "network_name_invalid"
    assert caught.value.params == {"max": MAX_NETWORK_NAME}


# --------------------------------------------------------------------------- properties

PROPERTY = settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)

typed = st.one_of(
    st.text(),
    st.text(alphabet="0123456789,.-+ eosnaEOSNA/", max_size=8),
    st.from_regex(r"\A[+-]?[0-9]{1,4}([.,][0-9]{1,8})?\Z"),
    st.from_regex(r"\A0[.,]0{3,6}[1-9]\Z"),
    st.sampled_from(
        [
            "Harkitsen liittymistä",
            "OLEN JO MUKANA",
            "1-3v",
            "yli-3v",
            "Vastuuhenkilö (esim. puheenjohtaja tai koordinaattori)",
            "eos",
            "n/a",
        ]
    ),
)


def assert_valid(question: Question, value: object) -> None:
    if value is None:
        assert question.type == "text" or (
            question.type == "scale" and question.not_applicable is not None
        )
        return
    assert not isinstance(value, bool)
    if question.type == "scale":
        assert type(value) is int and 1 <= value <= 5
    elif question.type == "number":
        assert isinstance(value, (int, float)) and math.isfinite(value)
        assert question.min <= value <= question.max
        if isinstance(value, float):
            assert not value.is_integer()
    elif question.type == "choice":
        assert value in [c.value for c in question.choices]
    else:
        assert isinstance(value, str) and value
        assert len(value) <= MAX_TEXT
        assert all(ch.isprintable() or ch == "\n" for ch in value)


# Loaded here rather than from the fixture so that a failing example prints short.
BUNDLED = load()


@PROPERTY
@given(data=st.data())
def test_parse_answer_returns_valid_value_or_invalid_answer(data):
    for question in BUNDLED.questions:
        raw = data.draw(typed, label=question.id)
        try:
            value = parse_answer(question, raw)
        except InvalidAnswer as error:
            assert error.key.startswith("answer_")
            continue
        assert_valid(question, value)


@PROPERTY
@given(data=st.data())
def test_parsed_answers_survive_a_file(data):
    # What the prompt accepts must load back unchanged from an answers file or export.
    for question in BUNDLED.questions:
        raw = data.draw(typed, label=question.id)
        try:
            value = parse_answer(question, raw)
        except InvalidAnswer:
            continue
        assert coerce_value(question, json.loads(json.dumps(value))) == value, question.id


@pytest.mark.parametrize("qid", ["ydin_aiheet", "vaihe", "tunnit_tapaamiset", "tyotunnit"])
def test_thousands_of_digits_are_a_bad_answer_not_a_crash(bundled, qid):
    with pytest.raises(InvalidAnswer):
        parse_answer(bundled.question(qid), "9" * 5000)


@pytest.mark.parametrize("suffix", [".yaml", ".json"])
def test_answers_file_with_a_huge_integer(tmp_path, bundled, suffix):
    path = tmp_path / f"answers{suffix}"
    digits = "9" * 5000
    path.write_text(
        f'{{"ydin_aiheet": {digits}}}' if suffix == ".json" else f"ydin_aiheet: {digits}\n",
        encoding="utf-8",
    )
    with pytest.raises(ProblemsError) as caught:
        load_answers(path, bundled)
    assert [p.key for p in caught.value.problems] == ["number_too_long"]


def test_hours_over_the_whole_working_time_are_refused_in_a_file(tmp_path, bundled):
    answers = full_answers(bundled, hours=60.0, worktime=150.0)
    path = write(tmp_path, "a.yaml", yaml.safe_dump(answers, allow_unicode=True))
    with pytest.raises(ProblemsError) as caught:
        load_answers(path, bundled)
    [problem] = caught.value.problems
    assert (problem.key, problem.ident) == ("answer_hours_exceed_worktime", "tyotunnit")
    assert problem.line is not None
