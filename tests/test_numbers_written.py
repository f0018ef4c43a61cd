"""Numbers mean what people wrote (issue 17, item 3).

PyYAML reads YAML 1.1, where `1:30` is 90 (base 60), `010` is 8 (octal) and `0x10`, `0b10`,
`1_000`, `.inf` and `.nan` are numbers too. In answers files and questions files a number is
read as decimal only: leading zeros are decimal, and every other such form stays the text it
is, for the answer parser to read (or refuse) as if it were typed, and for `tarkista` to name.
A JSON answers file refuses a key written twice, as a YAML one does.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from typer.testing import CliRunner

from verkosto.answers import InvalidAnswer, parse_answer
from verkosto.answers_file import load_answers
from verkosto.cli.app import app
from verkosto.errors import Problem, ProblemsError
from verkosto.export.parse import Unreadable, parse
from verkosto.export.unique import DuplicateKey, locate
from verkosto.instrument import reading
from verkosto.instrument.loader import load
from verkosto.instrument.model import Instrument

from helpers import REPO, full_answers

# It tests the cache or what the data folder holds: no parsed questions in it to start.
pytestmark = pytest.mark.cold_data_folder

runner = CliRunner()

BUNDLED_TEXT = (REPO / "questions.yaml").read_text("utf-8")
# The first hour question's bounds in the bundled file (tunnit_tapaamiset).
MEETING_BOUNDS = "    min: 0\n    max: 200\n"


def answers_yaml(instrument: Instrument, **written: str) -> str:
    """Return an answers file of full answers, with some values written as raw YAML text."""
    answers = full_answers(instrument)
    lines = [f"{qid}: {json.dumps(value)}" for qid, value in answers.items() if qid not in written]
    lines += [f"{qid}: {text}" for qid, text in written.items()]
    return "\n".join(lines) + "\n"


def line_of(text: str, needle: str) -> int:
    return text[: text.index(needle)].count("\n") + 1


# --------------------------------------------------------------------------- the YAML reading


READINGS: list[tuple[str, Any]] = [
    ("010", 10),
    ("08", 8),
    ("-007", -7),
    ("+5", 5),
    ("0200", 200),
    ("010.5", 10.5),
    ("1.5", 1.5),
    (".5", 0.5),
    ("1e3", 1000.0),
    ("2.5E-1", 0.25),
    ("1:30", "1:30"),
    ("190:20:30", "190:20:30"),
    ("0x10", "0x10"),
    ("0o10", "0o10"),
    ("0b10", "0b10"),
    ("1_000", "1_000"),
    ("1_0.5", "1_0.5"),
    (".inf", ".inf"),
    ("-.Inf", "-.Inf"),
    (".NaN", ".NaN"),
]


@pytest.mark.parametrize(("written", "read"), READINGS)
def test_a_number_in_yaml_is_decimal_or_stays_text(written, read):
    data = reading.parse_yaml(f"tunnit: {written}\n{written}: avain\n", "a.yaml")
    assert data["tunnit"] == read
    assert type(data["tunnit"]) is type(read)
    # The same reading as a key: an integer stays one (scale points), others are names.
    assert list(data) == ["tunnit", read if isinstance(read, int) else str(read)]


@pytest.mark.parametrize(
    ("written", "key", "shown"),
    [
        ("!!int 0x10", "yaml_number_form", "0x10"),
        ("!!int 1:30", "yaml_number_form", "1:30"),
        ("!!float .inf", "yaml_number_form", ".inf"),
        ("1e400", "number_too_large", "1e400"),
        ("-1.0e+999", "number_too_large", "-1.0e+999"),
    ],
)
def test_a_number_yaml_cannot_keep_as_written_is_refused_with_its_line(written, key, shown):
    text = f"a: 1\nb: {written}\n"
    with pytest.raises(ProblemsError) as caught:
        reading.parse_yaml(text, "a.yaml")
    assert caught.value.problems == [Problem(key, {"value": shown}, "a.yaml", 2)]


# --------------------------------------------------------------------------- answers files


@pytest.mark.parametrize(
    "written", ["1:30", "0:45", "1:30:00", "0x10", "0o10", "0b10", "1_000", ".inf", "-.inf", ".nan"]
)
def test_an_hour_answer_in_a_yaml_file_means_what_the_same_text_typed_means(
    tmp_path, bundled, written
):
    question = bundled.question("tunnit_tapaamiset")
    expected: tuple[str, Any]
    try:
        expected = ("value", parse_answer(question, written, typed=False))
    except InvalidAnswer as error:
        expected = ("refused", error.key)
    path = tmp_path / "vastaukset.yaml"
    path.write_text(answers_yaml(bundled, tunnit_tapaamiset=written), encoding="utf-8")
    try:
        got: tuple[str, Any] = ("value", load_answers(path, bundled).answers["tunnit_tapaamiset"])
    except ProblemsError as error:
        [problem] = error.problems
        line = line_of(path.read_text("utf-8"), "tunnit_tapaamiset")
        assert (problem.ident, problem.line) == ("tunnit_tapaamiset", line)
        got = ("refused", problem.key)
    assert got == expected


@pytest.mark.parametrize(("written", "hours"), [("010", 10), ("08", 8), ("010.5", 10.5), ("00", 0)])
def test_leading_zeros_in_an_answers_file_are_decimal(tmp_path, bundled, written, hours):
    path = tmp_path / "vastaukset.yaml"
    path.write_text(answers_yaml(bundled, tunnit_viestinta=written), encoding="utf-8")
    result = runner.invoke(
        app, ["arvioi", "--vastaukset", str(path), "--verkosto", "X", "--ei-tallenna", "--vie", "-"]
    )
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["answers"]["tunnit_viestinta"] == hours


@pytest.mark.parametrize(
    ("lang", "where", "words"),
    [
        ("fi", "rivi", "avain 'tunnit_matkat' toistuu (ensimmäisen kerran rivillä {first})"),
        ("en", "line", "key 'tunnit_matkat' is repeated (first on line {first})"),
    ],
)
def test_a_json_answers_file_refuses_a_key_written_twice(tmp_path, bundled, lang, where, words):
    answers = full_answers(bundled)
    lines = [
        "{",
        *(f'  "{qid}": {json.dumps(value)},' for qid, value in answers.items()),
        '  "tunnit_matkat": 50',
        "}",
    ]
    text = "\n".join(lines) + "\n"
    path = tmp_path / "vastaukset.json"
    path.write_text(text, encoding="utf-8")
    result = runner.invoke(
        app,
        ["arvioi", "--vastaukset", str(path), "--verkosto", "X", "--ei-tallenna", "--kieli", lang],
    )
    assert result.exit_code == 2
    assert isinstance(result.exception, SystemExit), result.exception
    first = line_of(text, '"tunnit_matkat"')
    assert f"{path}, {where} {len(lines) - 1}: " + words.format(first=first) in result.stderr


def test_an_export_given_as_answers_refuses_a_repeated_answer(tmp_path, bundled):
    answers = full_answers(bundled)
    inner = ",\n".join(f'    "{qid}": {json.dumps(value)}' for qid, value in answers.items())
    text = (
        '{\n  "schema": "verkosto-arvio/1",\n  "answers": {\n'
        + inner
        + ',\n    "tunnit_tapaamiset": 90\n  }\n}\n'
    )
    path = tmp_path / "vienti.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ProblemsError) as caught:
        load_answers(path, bundled)
    first = line_of(text, '"tunnit_tapaamiset"')
    assert caught.value.problems == [
        Problem(
            "duplicate_key",
            {"key": "tunnit_tapaamiset", "first_line": first},
            str(path),
            text.count("\n") - 2,
        )
    ]


@pytest.mark.parametrize(
    ("text", "key", "first_line", "line"),
    [
        ('{"a": 1,\n "a": 2}', "a", 1, 2),
        ('{"a": {"x": [1, {"a": 2}]},\n "b": {"x": 1,\n\n  "x": 2}}', "x", 2, 4),
        ('[{"k": 1},\n {"k": 2, "j": {"k": 3, "k": 4}}]', "k", 2, 2),
        ('{"\\u00e4": 1,\n "ä": 2}', "ä", 1, 2),
        ('{"a": "\\"a\\": 1, \\"a\\"",\n "b": 1, "a": 3}', "a", 1, 2),
    ],
)
def test_a_repeated_json_key_is_placed_on_both_its_lines(text, key, first_line, line):
    with pytest.raises(Unreadable) as caught:
        parse(text, "v.json", unique_keys=True)
    assert caught.value.problem == Problem(
        "duplicate_key", {"key": key, "first_line": first_line}, "v.json", line
    )


def test_a_repeat_the_walk_cannot_place_keeps_what_the_parser_found():
    # The walk that finds the lines reads the same JSON the parser refused; if it cannot
    # follow the text, the key the parser named is kept, without lines.
    found = locate('{"a": [1, {"b": 2', DuplicateKey("b"))
    assert (found.key, found.first_line, found.line) == ("b", None, None)


@pytest.mark.parametrize(
    "text", ['[{"k": 1}, {"k": 2}]', '{"a": {"a": {"a": 1}}}', '{"a": 1, "A": 2}']
)
def test_the_same_key_in_different_json_objects_is_no_repeat(text):
    assert parse(text, "v.json", unique_keys=True) == json.loads(text)


# --------------------------------------------------------------------------- questions files


@pytest.mark.parametrize("written", ["1:30", "0x10", "0o10", "0b1010", "1_000", ".inf", ".nan"])
def test_a_questions_file_number_in_a_yaml_11_form_is_refused_naming_it(tmp_path, written):
    text = BUNDLED_TEXT.replace(MEETING_BOUNDS, f"    min: 0\n    max: {written}\n", 1)
    path = tmp_path / "kysymykset.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ProblemsError) as caught:
        load(path)
    line = line_of(text, f"max: {written}")
    assert caught.value.problems == [
        Problem(
            "number_not_decimal",
            {"key": "max", "value": written},
            str(path),
            line,
            "question",
            "tunnit_tapaamiset",
        )
    ]
    for lang, words in [
        (
            "fi",
            f"rivi {line}, kysymys 'tunnit_tapaamiset': kohdan 'max' arvo "
            f"'{written}' ei ole tavallinen kymmenjärjestelmän luku",
        ),
        (
            "en",
            f"line {line}, question 'tunnit_tapaamiset': 'max' value "
            f"'{written}' is not a plain decimal number",
        ),
    ]:
        result = runner.invoke(app, ["tarkista", str(path), "--kieli", lang])
        assert result.exit_code == 2
        assert words in result.stderr


def test_a_questions_file_number_with_leading_zeros_is_decimal(tmp_path):
    path = tmp_path / "kysymykset.yaml"
    path.write_text(
        BUNDLED_TEXT.replace(MEETING_BOUNDS, "    min: 00\n    max: 0150\n", 1), encoding="utf-8"
    )
    question = load(path).question("tunnit_tapaamiset")
    assert (question.min, question.max) == (0, 150)


def test_a_questions_cache_written_with_yaml_11_readings_is_not_reused(isolated_env, tmp_path):
    # The cache holds parsed trees by the file's SHA-256: a tree from before, where `0150`
    # was read as octal 104, must not outlive the change of reading.
    import hashlib

    from verkosto import cache

    text = BUNDLED_TEXT.replace(MEETING_BOUNDS, "    min: 0\n    max: 0150\n", 1)
    path = tmp_path / "kysymykset.yaml"
    path.write_text(text, encoding="utf-8")
    sha256 = hashlib.sha256(text.encode("utf-8")).hexdigest()
    old_tree = reading.parse_yaml(text, "kysymykset.yaml")
    meeting = next(q for q in old_tree["questions"] if q["id"] == "tunnit_tapaamiset")
    meeting["max"] = 0o150  # what YAML 1.1 made of it
    body = json.dumps(cache.encode(old_tree), ensure_ascii=False, separators=(",", ":"))
    folder = isolated_env / "valimuisti"
    folder.mkdir(mode=0o700)
    (folder / f"kysymykset-{sha256}.v2.json").write_text(
        f"{hashlib.sha256(body.encode('utf-8')).hexdigest()}\n{body}", encoding="utf-8"
    )
    assert cache.load_instrument(path, folder).question("tunnit_tapaamiset").max == 150
