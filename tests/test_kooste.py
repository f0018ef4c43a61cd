from __future__ import annotations

import copy
import csv
import io
import json
import math
import os
import pickle
import stat
import sys
import unicodedata
from datetime import date, datetime, timedelta, timezone
from importlib import resources
from typing import Any

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from verkosto.cli.app import app
from verkosto.errors import Problem
from verkosto.export import check as export_check
from verkosto.export import names as export_names
from verkosto.export import parse as export_parse
from verkosto.export import read as export_read
from verkosto.export import strict
from verkosto.export.make import schema, to_dict
from verkosto.export.names import network_key
from verkosto.kooste import collect
from verkosto.kooste.csvfile import csv_header, to_csv
from verkosto.kooste.summary import MIN_RESPONDENTS, VERDICTS, Aggregate, NetworkStats, summarise
from verkosto.recommend import recommend
from verkosto.scoring import score

from helpers import full_answers

runner = CliRunner()
SUMMARY_SCHEMA = json.loads(
    (resources.files("verkosto") / "schemas" / "verkosto-kooste-1.schema.json").read_text("utf-8")
)
DIMS = ("ydintehtava", "ajankaytto")


def make_export(
    network: str = "Verkosto A",
    verdict: str = "continue",
    scores: dict[str, float | None] | None = None,
    hours: float | None = 2.0,
) -> dict[str, Any]:
    """A small but schema-valid export with the figures the summary uses."""
    scores = {"ydintehtava": 4.0, "ajankaytto": 5.0} if scores is None else scores
    return {
        "schema": "verkosto-arvio/1",
        "tool_version": "0.1.0",
        "instrument": {"id": "verkosto-arvio", "version": "1.0.0", "sha256": "a" * 64},
        "language": "fi",
        "network": network,
        "started_at": "2026-11-27T09:12:03+02:00",
        "completed_at": "2026-11-27T09:19:41+02:00",
        "answers": {"vaihe": "jasen", "ydin_aiheet": 4, "tunnit_tapaamiset": 2.5, "huomiot": None},
        "dimensions": {
            did: {"score": value, "level": "discuss" if value is not None else "insufficient"}
            for did, value in scores.items()
        },
        "time": {"hours_per_month": hours, "share_of_worktime": None if hours is None else 0.02},
        "balance": {"benefit": 3.5, "cost": 1.5, "ratio": 2.33},
        "recommendation": {
            "id": verdict,
            "title": "Jatka kuten nyt",
            "reasons": ["Syy."],
            "next_steps": ["Yksi.", "Kaksi."],
            "next_review": "2027-11-27",
        },
    }


@pytest.fixture(scope="module")
def real_export(bundled) -> dict[str, Any]:
    """An export made by the real scoring and recommendation."""
    answers = full_answers(bundled, scale=4)
    scores = score(bundled, answers)
    result = recommend(bundled, scores, answers, date(2026, 11, 27))
    start = datetime(2026, 11, 27, 9, 12, 3, tzinfo=timezone(timedelta(hours=2)))
    return to_dict(
        bundled,
        "Pienten järjestöjen viestintäverkosto",
        "fi",
        start,
        start + timedelta(minutes=7),
        answers,
        scores,
        result,
    )


def summary_of(exports: list[dict[str, Any]]) -> dict[str, Any]:
    aggregate = Aggregate()
    for item in exports:
        assert strict.validate(item) is None
        aggregate.add(item)
    return summarise(aggregate, DIMS)


def write_files(folder, exports: list[dict[str, Any]], prefix: str = "arvio") -> list[str]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for index, item in enumerate(exports):
        path = folder / f"{prefix}-{index:03d}.json"
        path.write_text(json.dumps(item, ensure_ascii=False), encoding="utf-8")
        paths.append(str(path))
    return paths


# --------------------------------------------------------------------------- aggregates


@pytest.mark.parametrize(
    ("core", "hours", "verdicts", "expected"),
    [
        (
            [3, 4, 5, 2, 1],
            [2, 4.5, 1, 10, 3],
            ["continue", "invest", "leave", "lighten", "incomplete"],
            # mean 15/5; sd √(10/4); hours sorted 1 2 3 4.5 10; worth it 2 of 4 rated
            {"mean": 3.0, "sd": 1.581, "median": 3.0, "total": 20.5, "worth": 0.5},
        ),
        (
            [4, 4, 4, 4, 4, 4],
            [1, 2, 3, 4, 5, 6],
            ["continue"] * 6,
            {"mean": 4.0, "sd": 0.0, "median": 3.5, "total": 21.0, "worth": 1.0},
        ),
        (
            [1.5, 2.5, 2.0, 3.0, 1.0],
            [0, 0, 0.5, 0, 200],
            ["leave", "leave", "lighten", "give_time", "leave"],
            {"mean": 2.0, "sd": 0.791, "median": 0.0, "total": 200.5, "worth": 0.0},
        ),
        (
            [5, 5, 5, 5, 5],
            [2, 2, 2, 2, 2],
            ["incomplete"] * 5,
            {"mean": 5.0, "sd": 0.0, "median": 2.0, "total": 10.0, "worth": None},
        ),
    ],
)
def test_aggregates_match_hand_computed_figures(core, hours, verdicts, expected):
    exports = [
        make_export(verdict=v, scores={"ydintehtava": c, "ajankaytto": 5.0}, hours=h)
        for c, h, v in zip(core, hours, verdicts, strict=True)
    ]
    [network] = summary_of(exports)["networks"]
    assert network["respondents"] == len(core)
    assert network["suppressed"] is False
    figures = network["dimensions"]["ydintehtava"]
    assert figures["n"] == len(core)
    assert figures["mean"] == pytest.approx(expected["mean"], abs=1e-3)
    assert figures["sd"] == pytest.approx(expected["sd"], abs=1e-3)
    assert network["hours_per_month"] == {
        "n": len(hours),
        "median": expected["median"],
        "total": expected["total"],
    }
    assert network["worth_it_share"] == expected["worth"]
    assert network["verdicts"] == {v: verdicts.count(v) for v in VERDICTS}


def test_figures_agree_with_the_statistics_module():
    import statistics

    core = [1.0, 2.5, 3.25, 4.0, 4.75, 5.0, 2.0]
    exports = [make_export(scores={"ydintehtava": c, "ajankaytto": None}) for c in core]
    figures = summary_of(exports)["networks"][0]["dimensions"]["ydintehtava"]
    assert figures["mean"] == round(statistics.mean(core), 3)
    assert figures["sd"] == round(statistics.stdev(core), 3)


@pytest.mark.parametrize(
    ("hours", "median"),
    [
        ([1.04, 1.06], 1.05),  # kept to a tenth: 1.0 and 1.1, then the midpoint
        ([3.0], 3.0),
        ([5, 1, 3], 3.0),
        ([0.25, 0.25, 0.25, 7.75], 0.2),  # 0.25 rounds to the even tenth 0.2
        ([10.0, 20.0, 30.0, 40.0], 25.0),
    ],
)
def test_hours_median_is_kept_to_a_tenth(hours, median):
    stats = NetworkStats()
    for value in hours:
        stats.add(make_export(hours=value))
    assert stats.hours_median() == pytest.approx(median)


def test_missing_scores_and_hours_are_left_out_not_counted_as_zero():
    exports = [make_export(scores={"ydintehtava": 4.0, "ajankaytto": None}, hours=None)] * 3
    exports += [make_export(scores={"ydintehtava": 2.0, "ajankaytto": 3.0}, hours=4.0)] * 3
    [network] = summary_of(exports)["networks"]
    assert network["dimensions"]["ydintehtava"] == {
        "n": 6,
        "mean": 3.0,
        "sd": pytest.approx(1.095, abs=1e-3),
    }
    # Three scores and three hours: too few to show, but the count is there.
    assert network["dimensions"]["ajankaytto"] == {"n": 3, "mean": None, "sd": None}
    assert network["hours_per_month"] == {"n": 3, "median": None, "total": None}


@pytest.mark.parametrize("count", [1, 2, 3, 4])
def test_fewer_than_five_respondents_show_the_count_only(count):
    [network] = summary_of([make_export(verdict="leave")] * count)["networks"]
    assert network == {
        "network": "Verkosto A",
        "respondents": count,
        "suppressed": True,
        "verdicts": None,
        "joining": None,
        "verdicts_members": None,
        "verdicts_joining": None,
        "worth_it_share": None,
        "hours_per_month": None,
        "dimensions": None,
    }


def test_five_respondents_are_shown():
    [network] = summary_of([make_export()] * MIN_RESPONDENTS)["networks"]
    assert network["suppressed"] is False
    assert network["verdicts"]["continue"] == MIN_RESPONDENTS


def test_names_are_grouped_and_the_most_common_spelling_is_shown():
    decomposed = unicodedata.normalize("NFD", "Pääverkosto")
    names = [
        "Pääverkosto",
        "pääverkosto ",
        decomposed,
        "PÄÄVERKOSTO",
        "Pää  verkosto",
        "Pääverkosto",
        "Toinen",
    ]
    summary = summary_of([make_export(network=n) for n in names])
    grouped = {n["network"]: n["respondents"] for n in summary["networks"]}
    # "Pää  verkosto" has a space inside: a different name, not a spelling.
    assert grouped == {"Pääverkosto": 5, "Pää verkosto": 1, "Toinen": 1}
    assert network_key(decomposed) == network_key("PÄÄVERKOSTO  ")


def test_networks_are_ordered_by_respondents_then_name():
    names = ["b"] * 2 + ["a"] * 2 + ["c"] * 3
    summary = summary_of([make_export(network=n) for n in names])
    assert [n["network"] for n in summary["networks"]] == ["c", "a", "b"]


def test_dimensions_follow_the_instrument_then_the_rest():
    item = make_export(scores={"zeta": 3.0, "ajankaytto": 4.0, "alfa": 2.0, "ydintehtava": 1})
    assert summary_of([item])["dimensions"] == ["ydintehtava", "ajankaytto", "alfa", "zeta"]


def test_memory_does_not_grow_with_the_number_of_files():
    """Running sums and counters only: 2,000 more exports leave the state the same size."""
    values = [(1.0, 0.5), (2.5, 1.0), (4.0, 2.5), (5.0, 8.0)]

    def state_after(count: int) -> int:
        aggregate = Aggregate()
        for index in range(count):
            core, hours = values[index % len(values)]
            aggregate.add(
                make_export(
                    verdict=VERDICTS[index % 6],
                    scores={"ydintehtava": core, "ajankaytto": 3.0},
                    hours=hours,
                )
            )
        return len(pickle.dumps(aggregate))

    small, large = state_after(100), state_after(2100)
    # A few bytes more for bigger counts; a kept list would add thousands.
    assert large - small < 64


# --------------------------------------------------------------------------- checking exports


def test_real_export_is_valid(real_export):
    jsonschema.validate(real_export, schema())
    assert strict.validate(real_export) is None


def _set(data: dict[str, Any], path: str, value: Any) -> dict[str, Any]:
    changed = copy.deepcopy(data)
    *parents, last = path.split(".")
    node = changed
    for key in parents:
        node = node[key]
    if value is DELETE:
        del node[last]
    else:
        node[last] = value
    return changed


DELETE = object()
BROKEN = [
    ("schema", DELETE),
    ("schema", "verkosto-arvio/2"),
    ("schema", 1),
    ("tool_version", ""),
    ("tool_version", 1),
    ("tool_version", DELETE),
    ("instrument", []),
    ("instrument.sha256", "A" * 64),
    ("instrument.sha256", "a" * 63),
    ("instrument.id", ""),
    ("instrument.extra", 1),
    ("instrument.version", DELETE),
    ("language", "de"),
    ("language", None),
    ("language", ["fi"]),
    ("network", ""),
    ("network", "x" * 121),
    ("network", None),
    ("network", DELETE),
    ("started_at", "2026-11-27 09:12:03"),
    ("started_at", "27.11.2026"),
    ("completed_at", 5),
    ("answers", []),
    ("answers.Ä", 1),
    ("answers.1a", 1),
    ("answers.x", [1]),
    ("answers.x", {"a": 1}),
    ("answers.x", True),
    ("answers." + "a" * 65, 1),
    ("dimensions", None),
    ("dimensions.ydintehtava.score", 0),
    ("dimensions.ydintehtava.score", 5.5),
    ("dimensions.ydintehtava.score", "4"),
    ("dimensions.ydintehtava.score", True),
    ("dimensions.ydintehtava.level", ""),
    ("dimensions.ydintehtava.level", DELETE),
    ("dimensions.ydintehtava.extra", 1),
    ("dimensions.ydintehtava", 4),
    ("dimensions.X", {}),
    ("time.hours_per_month", -1),
    ("time.hours_per_month", "2"),
    ("time.share_of_worktime", -0.1),
    ("time.extra", None),
    ("time", DELETE),
    ("balance.benefit", 0.5),
    ("balance.cost", 6),
    ("balance.ratio", -1),
    ("balance.ratio", False),
    ("recommendation.id", "jatka"),
    ("recommendation.id", None),
    ("recommendation.title", ""),
    ("recommendation.reasons", []),
    ("recommendation.reasons", [""]),
    ("recommendation.reasons", "Syy."),
    ("recommendation.reasons", [1]),
    ("recommendation.next_steps", ["Yksi."]),
    ("recommendation.next_steps", ["x"] * 11),
    ("recommendation.next_review", "2027-11-27T00:00:00"),
    ("recommendation.next_review", None),
    ("recommendation.extra", 1),
    ("recommendation", "continue"),
    ("extra", 1),
    # Hostile names and absurd numbers (issue 11): refused like typed input.
    ("network", "Verkosto\x1b]0;pwned\x07"),
    ("network", "Verkosto\x1b[2J"),
    ("network", "abc\u202efdp.exe"),
    ("network", "a\x9bb"),
    ("network", "a\nb"),
    ("network", "x" * 500_000),
    ("time.hours_per_month", 1e308),
    ("time.hours_per_month", float("inf")),
    ("time.share_of_worktime", 1.7e307),
    ("balance.ratio", 1e308),
    ("answers.x", 1e308),
    ("answers.x", -float("inf")),
]
EDGES_THAT_STAY_VALID = [
    ("network", "x" * 120),
    ("answers", {}),
    ("dimensions", {}),
    ("answers.x", 1.5),
    ("answers.x", None),
    ("answers.x", ""),
    ("dimensions.ydintehtava.score", 1),
    ("dimensions.ydintehtava.score", 5),
    ("dimensions.ydintehtava.score", None),
    ("time.hours_per_month", 0),
    ("time.share_of_worktime", 3.5),
    ("balance.ratio", 0),
    ("balance.benefit", None),
    ("recommendation.next_steps", ["x"] * 10),
    ("started_at", "2026-11-27T09:12:03.25Z"),
    ("language", "en"),
    ("recommendation.id", "incomplete"),
    ("network", "Järjestöjen verkosto – ääkköset ✓"),
    ("time.hours_per_month", 1000),
    ("balance.ratio", 1000),
    ("answers.x", 10**9),
]


@pytest.mark.parametrize(
    ("path", "value", "valid"),
    [(p, v, False) for p, v in BROKEN] + [(p, v, True) for p, v in EDGES_THAT_STAY_VALID],
    # The same ids in every process (a sentinel's repr holds its address).
    ids=lambda v: "DELETE" if v is DELETE else repr(v)[:30],
)
def test_hand_check_agrees_with_the_json_schema(real_export, path, value, valid):
    data = _set(real_export, path, value)
    schema_says = jsonschema.Draft202012Validator(schema()).is_valid(data)
    problem = strict.validate(data)
    assert (problem is None) == schema_says
    # The case list itself is checked too: each broken case really is broken.
    assert schema_says == valid
    if problem is not None:
        assert problem.key in {"kooste_not_export", "kooste_other_schema"} or "key" in (
            problem.params
        )


@pytest.mark.parametrize(("path", "value"), EDGES_THAT_STAY_VALID, ids=lambda v: repr(v)[:30])
def test_what_the_json_schema_accepts_can_be_stored_and_reported(real_export, path, value):
    data = _set(real_export, path, value)
    assert jsonschema.Draft202012Validator(schema()).is_valid(data)
    assert export_check.check_export(data, "x.json") == []


@pytest.mark.parametrize("data", [[], "text", 1, None, {}, {"network": "x"}])
def test_things_that_are_not_exports(data):
    problem = strict.validate(data)
    assert problem is not None and problem.key == "kooste_not_export"
    assert not jsonschema.Draft202012Validator(schema()).is_valid(data)


@pytest.mark.parametrize(
    ("content", "key"),
    [
        # The same key as `raportti` and an answers file give for the same syntax error.
        (b"{ ei JSONia", "answers_json_syntax"),
        (b'{"schema": NaN}', "json_not_finite"),
        (b"", "empty_file"),
        (b"  \n", "empty_file"),
        (b"\xff\xfe", "not_utf8"),
        (b"[" * 100_000 + b"]" * 100_000, "yaml_too_deep"),
        (b'{"a": ' + b"9" * 5000 + b"}", "number_too_long"),
        (json.dumps({"schema": "muu/1"}).encode(), "kooste_other_schema"),
        (json.dumps([1, 2]).encode(), "kooste_not_export"),
        (b" " * (export_parse.MAX_EXPORT_BYTES + 1), "kooste_too_large"),
    ],
)
def test_unusable_files_are_named_with_the_reason(tmp_path, content, key):
    path = tmp_path / "x.json"
    path.write_bytes(content)
    problem = export_read.read_export(str(path))
    assert isinstance(problem, Problem)
    assert (problem.key, problem.file) == (key, str(path))


@pytest.mark.parametrize(
    ("content", "byte", "line"),
    [
        (b'{\n"a": "\xff"}', 8, 2),
        # The byte-order mark is part of the file: counted in the offset, and a bad byte
        # right after a line break is still on the next line.
        (b'\xef\xbb\xbf{\n\xff"a": 1}', 5, 2),
        (b"\xef\xbb\xbf\xff", 3, 1),
    ],
)
def test_a_byte_that_is_not_utf8_is_placed_in_the_file_as_it_is(tmp_path, content, byte, line):
    path = tmp_path / "x.json"
    path.write_bytes(content)
    problem = export_read.read_export(str(path))
    assert isinstance(problem, Problem)
    assert (problem.key, problem.params, problem.line) == ("not_utf8", {"byte": byte}, line)


def test_missing_field_is_named(tmp_path):
    item = make_export()
    del item["recommendation"]["next_review"]
    [path] = write_files(tmp_path, [item])
    problem = export_read.read_export(path)
    assert problem == Problem("missing_key", {"key": "recommendation.next_review"}, file=path)


def test_unreadable_file(tmp_path, monkeypatch):
    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("verkosto.export.parse.read_limited", refuse)
    problem = export_read.read_export(str(tmp_path / "a.json"))
    assert isinstance(problem, Problem) and problem.key == "file_unreadable"


def test_dangling_link_and_folder_as_file(tmp_path):
    link = tmp_path / "link.json"
    link.symlink_to(tmp_path / "nowhere.json")
    problem = export_read.read_export(str(link))
    assert isinstance(problem, Problem) and problem.key == "file_not_found"
    problem = export_read.read_export(str(tmp_path))
    assert isinstance(problem, Problem) and problem.key == "is_directory"


def test_utf8_bom_is_accepted(tmp_path):
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(make_export()).encode())
    assert isinstance(export_read.read_export(str(path)), dict)


def test_control_characters_in_a_file_name_stay_on_one_line():
    assert "\n" not in export_names.display("a\nb.json")
    assert export_names.display("a\nb.json") == "a\\nb.json"


# --------------------------------------------------------------------------- finding files


def test_folders_are_walked_recursively_in_a_stable_order(tmp_path):
    write_files(tmp_path / "b", [make_export()])
    write_files(tmp_path / "a" / "syva", [make_export()] * 2)
    (tmp_path / "a" / "muistio.txt").write_text("ei vienti")
    (tmp_path / "a" / ".piilo.json").write_text("{}")
    write_files(tmp_path / ".git", [make_export()])
    (tmp_path / "ISO.JSON").write_text("{}")
    found = [os.path.relpath(p, tmp_path) for p in collect.iter_files([str(tmp_path)])]
    assert found == [
        "ISO.JSON",
        "a/syva/arvio-000.json",
        "a/syva/arvio-001.json",
        "b/arvio-000.json",
    ]


def test_files_named_on_the_command_line_are_read_whatever_their_name(tmp_path):
    path = tmp_path / "vienti.txt"
    path.write_text(json.dumps(make_export()))
    assert list(collect.iter_files([str(path)])) == [str(path)]


def test_stdin_lists_paths_and_is_read_once(tmp_path):
    first, second = write_files(tmp_path, [make_export()] * 2)
    lines = io.StringIO(f"{first}\n\n{second}\r\n{tmp_path}\n")
    found = list(collect.iter_files(["-", "-"], lines))
    assert found == [first, second, first, second]


# --------------------------------------------------------------------------- CSV


def test_csv_has_one_row_per_network_and_documented_columns():
    exports = [make_export(network="Iso", hours=h) for h in (1, 2, 3, 4, 5)]
    exports += [make_export(network="=Pieni")] * 2
    text = to_csv(summary_of(exports), {"ydintehtava": "Core task"}, "en")
    rows = list(csv.DictReader(io.StringIO(text)))
    header = csv_header(DIMS, {"ydintehtava": "Core task"}, "en")
    assert list(rows[0]) == header
    assert len(rows) == 2
    big, small = rows
    hidden = "Figures hidden (fewer than 5 respondents)"
    assert big["Network"] == "Iso"
    assert (big["Respondents"], big[hidden], big["h/month, median"]) == ("5", "no", "3.0")
    # A dimension the titles do not name keeps its id.
    assert big["Recommendation: continue"] == "5" and big["Core task, mean"] == "4.0"
    assert big["ajankaytto, mean"] == "5.0"
    # A name that a spreadsheet would read as a formula is kept as text.
    assert small["Network"] == "'=Pieni"
    assert small[hidden] == "yes"
    assert {small[c] for c in header[3:]} == {""}


# --------------------------------------------------------------------------- command line


def test_kooste_json_validates_against_the_shipped_schema(tmp_path):
    exports = [make_export(network="Iso", verdict=v) for v in VERDICTS]
    exports += [make_export(network="Pieni")]
    write_files(tmp_path / "viennit", exports)
    (tmp_path / "viennit" / "rikki.json").write_text("{")
    result = runner.invoke(app, ["kooste", str(tmp_path / "viennit"), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    jsonschema.validate(data, SUMMARY_SCHEMA)
    assert data["files"] == {"read": 8, "valid": 7, "skipped": 1}
    assert [(n["network"], n["respondents"], n["suppressed"]) for n in data["networks"]] == [
        ("Iso", 6, False),
        ("Pieni", 1, True),
    ]
    assert data["networks"][0]["worth_it_share"] == pytest.approx(2 / 5, abs=1e-4)
    assert "rikki.json" in result.stderr and "Ohitettu" in result.stderr
    assert "Luettuja tiedostoja: 8 (vientejä: 7, ohitettuja: 1). Verkostoja: 2." in result.stderr


def test_summary_schema_rejects_a_broken_summary():
    data = summary_of([make_export()] * 5)
    jsonschema.validate(data, SUMMARY_SCHEMA)
    data["networks"][0]["verdicts"]["jatka"] = 1
    assert not jsonschema.Draft202012Validator(SUMMARY_SCHEMA).is_valid(data)


def test_kooste_table_in_finnish_and_english(tmp_path):
    write_files(
        tmp_path,
        [make_export(network="Iso verkosto")] * 5 + [make_export(network="Pieni verkosto")],
    )
    result = runner.invoke(app, ["kooste", str(tmp_path)])
    assert result.exit_code == 0
    assert "Kooste verkostoittain" in result.stdout
    assert "Iso verkosto" in result.stdout and "Pieni verkosto" in result.stdout
    assert "Ydintehtävä" in result.stdout and "jatka 5" in result.stdout
    assert "Luettuja tiedostoja: 6" in result.stderr
    assert "Alle 5 vastaajan verkostoja: 1; niistä näytetään vain vastaajamäärä." in (result.stderr)
    english = runner.invoke(app, ["kooste", str(tmp_path), "--kieli", "en"])
    assert english.exit_code == 0
    assert "Aggregate by network" in english.stdout and "Core task" in english.stdout


def test_small_networks_show_no_figures_in_the_table(tmp_path):
    write_files(
        tmp_path,
        [make_export(network="Pieni", scores={"ydintehtava": 1.25, "ajankaytto": 1.75})] * 4,
    )
    result = runner.invoke(app, ["kooste", str(tmp_path)])
    assert result.exit_code == 0
    assert "Pieni" in result.stdout
    assert "1,25" not in result.stdout and "1,75" not in result.stdout


def test_kooste_reads_a_list_of_paths_from_stdin(tmp_path):
    paths = write_files(tmp_path, [make_export()] * 5)
    result = runner.invoke(app, ["kooste", "-", "--muoto", "csv"], input="\n".join(paths) + "\n")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout.lstrip("\ufeff")), delimiter=";"))
    assert [(r["Verkosto"], r["Vastaajia"]) for r in rows] == [("Verkosto A", "5")]


@pytest.mark.parametrize(("lang", "delimiter", "decimal"), [("fi", ";", ","), ("en", ",", ".")])
def test_kooste_csv_opens_in_the_languages_spreadsheets(tmp_path, lang, delimiter, decimal):
    write_files(tmp_path / "v", [make_export()] * 5)
    target = tmp_path / "kooste.csv"
    result = runner.invoke(
        app, ["kooste", str(tmp_path / "v"), "--muoto", "csv", "-o", str(target), "--kieli", lang]
    )
    assert result.exception is None and result.exit_code == 0, result.output
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") == (lang == "fi")
    # utf-8-sig drops the byte-order mark, as a spreadsheet does.
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig")), delimiter=delimiter))
    network, respondents = ("Verkosto", "Vastaajia") if lang == "fi" else ("Network", "Respondents")
    assert rows[0][network] == "Verkosto A" and rows[0][respondents] == "5"
    figures = [
        v
        for k, v in rows[0].items()
        if k.endswith(
            (
                "mean",
                "SD",
                "median",
                "share of respondents",
                "keskiarvo",
                "hajonta",
                "mediaani",
                "osuus vastaajista",
            )
        )
    ]
    assert figures and all(v for v in figures)
    for value in figures:
        assert float(value.replace(decimal, ".")) >= 0
        assert ("." if lang == "fi" else ",") not in value


def test_kooste_writes_a_private_file(tmp_path):
    write_files(tmp_path / "v", [make_export()] * 5)
    target = tmp_path / "kooste.csv"
    result = runner.invoke(
        app, ["kooste", str(tmp_path / "v"), "--muoto", "CSV", "-o", str(target)]
    )
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert target.read_text("utf-8-sig").startswith("Verkosto;Vastaajia;")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert f"tiedostoon {target}" in result.stderr


def test_kooste_table_to_a_file_is_plain_text(tmp_path):
    write_files(tmp_path / "v", [make_export()] * 5)
    target = tmp_path / "kooste.txt"
    result = runner.invoke(app, ["kooste", str(tmp_path / "v"), "-o", str(target)])
    assert result.exit_code == 0
    text = target.read_text("utf-8")
    assert "Kooste verkostoittain" in text and "\x1b[" not in text


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["{tmp}/puuttuu"], 2, "Polkua {tmp}/puuttuu ei löydy."),
        (["{tmp}/v", "{tmp}/puuttuu"], 2, "Polkua {tmp}/puuttuu ei löydy."),
        (["{tmp}/tyhja"], 2, "yhtään .json-tiedostoa"),
        (["{tmp}/rikki"], 2, "Yhtään kelvollista vientiä ei löytynyt (ohitettuja tiedostoja: 1)"),
        (["{tmp}/v", "--muoto", "xml"], 2, "Tuntematon muoto 'xml'"),
        (["{tmp}/v", "--json", "--muoto", "csv"], 2, "ristiriidassa"),
        (["{tmp}/v", "-o", "{tmp}/ei/kansiota.json"], 1, "Koostetta ei voitu kirjoittaa"),
        (["{tmp}/v", "{tmp}/rikki"], 0, "Ohitettu: {tmp}/rikki/x.json"),
    ],
)
def test_kooste_exit_codes(tmp_path, args, code, message):
    write_files(tmp_path / "v", [make_export()])
    (tmp_path / "tyhja").mkdir()
    (tmp_path / "rikki").mkdir()
    (tmp_path / "rikki" / "x.json").write_text("[]")
    result = runner.invoke(app, ["kooste", *(a.format(tmp=tmp_path) for a in args)])
    assert result.exit_code == code
    assert message.format(tmp=tmp_path) in result.stderr
    # No exception escaped: a failure ends in the app's error exit (SystemExit).
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception


def test_kooste_needs_a_path():
    result = runner.invoke(app, ["kooste"])
    assert result.exit_code == 2


def test_real_exports_through_the_command(tmp_path, real_export):
    variants = []
    for index in range(6):
        item = copy.deepcopy(real_export)
        item["time"]["hours_per_month"] = float(index)
        variants.append(item)
    write_files(tmp_path, variants)
    result = runner.invoke(app, ["kooste", str(tmp_path), "--json"])
    assert result.exit_code == 0
    [network] = json.loads(result.stdout)["networks"]
    assert network["network"] == "Pienten järjestöjen viestintäverkosto"
    assert network["hours_per_month"] == {"n": 6, "median": 2.5, "total": 15.0}
    core = real_export["dimensions"]["ydintehtava"]["score"]
    assert network["dimensions"]["ydintehtava"]["mean"] == round(core, 3)
    assert math.isclose(network["dimensions"]["ydintehtava"]["sd"], 0.0, abs_tol=1e-9)


def test_help_lists_kooste_with_its_options():
    result = runner.invoke(app, ["--help"])
    assert "kooste" in result.output
    sub = runner.invoke(app, ["kooste", "--help"])
    assert sub.exit_code == 0
    for option in ("--json", "--muoto", "-o", "--kieli", "POLKU"):
        assert option in sub.output


def test_a_listed_path_that_is_missing_is_skipped_and_named(tmp_path):
    paths = write_files(tmp_path, [make_export()] * 5)
    missing = str(tmp_path / "poistettu.json")
    result = runner.invoke(app, ["kooste", "-", "--json"], input="\n".join([*paths, missing]))
    assert result.exit_code == 0
    assert f"Ohitettu: {missing}: tiedostoa ei löydy" in result.stderr
    assert json.loads(result.stdout)["files"] == {"read": 6, "valid": 5, "skipped": 1}


@pytest.mark.parametrize("use_stdin", [False, True])
def test_progress_bar_on_a_terminal_keeps_skip_lines_and_counts(
    tmp_path, monkeypatch, capsys, use_stdin
):
    from verkosto.cli import kooste as cli
    from verkosto.render import kooste
    from verkosto.render.kooste import kooste_progress

    paths = write_files(tmp_path, [make_export()] * 4)
    (tmp_path / "rikki.json").write_text("{")
    monkeypatch.setattr(cli, "PROGRESS_AFTER", 2)
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    bars = []
    make_bar = kooste_progress

    def spy(lang):
        bars.append(make_bar(lang))
        return bars[-1]

    monkeypatch.setattr(kooste, "kooste_progress", spy)
    if use_stdin:
        # Four files, then the folder again: nine in all, the bar starts after the second.
        listed = "\n".join([*paths, str(tmp_path)]).encode("utf-8")
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(listed)))
        aggregate = cli._collect(["-"], "fi")
    else:
        aggregate = cli._collect([str(tmp_path)], "fi")
    assert (aggregate.valid, aggregate.skipped) == ((8, 1) if use_stdin else (4, 1))
    [bar] = bars
    assert bar.tasks[0].completed == (9 if use_stdin else 5)
    assert bar.tasks[0].total == (None if use_stdin else 5)
    assert "Ohitettu" in capsys.readouterr().err


def test_no_progress_bar_when_stderr_is_not_a_terminal(tmp_path, monkeypatch):
    from verkosto.cli import kooste as cli
    from verkosto.render import kooste

    write_files(tmp_path, [make_export()] * 4)
    monkeypatch.setattr(cli, "PROGRESS_AFTER", 2)

    def refuse(lang):
        raise AssertionError("a progress bar although stderr is not a terminal")

    monkeypatch.setattr(kooste, "kooste_progress", refuse)
    assert cli._collect([str(tmp_path)], "fi").valid == 4


def test_walking_names_fifos_and_does_not_follow_folder_links(tmp_path):
    write_files(tmp_path / "a", [make_export()])
    os.mkfifo(tmp_path / "a" / "putki.json")
    (tmp_path / "a" / "silmukka").symlink_to(tmp_path)
    (tmp_path / "linkki.json").symlink_to(tmp_path / "a" / "arvio-000.json")
    found = list(collect.iter_files([str(tmp_path)]))
    files = [os.path.relpath(p, tmp_path) for p in found if isinstance(p, str)]
    assert files == ["a/arvio-000.json", "a/putki.json"]
    # The FIFO is named as skipped when read (never opened for reading), as when given by name.
    fifo = export_read.read_export(str(tmp_path / "a" / "putki.json"))
    assert isinstance(fifo, Problem) and fifo.key == "not_regular_file"
    # A link to a file inside a folder is reported, not followed (it could point anywhere).
    [skipped] = [p for p in found if isinstance(p, Problem)]
    assert skipped.key == "kooste_link_skipped" and skipped.file.endswith("linkki.json")


def test_a_folder_that_cannot_be_listed_is_reported(tmp_path, monkeypatch):
    write_files(tmp_path / "a", [make_export()])
    (tmp_path / "b").mkdir()
    real_scandir = os.scandir

    def scandir(path):
        if str(path).endswith("b"):
            raise PermissionError(13, "Permission denied")
        return real_scandir(path)

    monkeypatch.setattr(collect.os, "scandir", scandir)
    found = list(collect.iter_files([str(tmp_path)]))
    assert found[0] == str(tmp_path / "a" / "arvio-000.json")
    assert isinstance(found[1], Problem)
    assert (found[1].key, found[1].file) == ("kooste_folder_unreadable", str(tmp_path / "b"))
    assert isinstance(found[1].params["detail"], PermissionError)
    result = runner.invoke(app, ["kooste", str(tmp_path), "--json"])
    assert result.exit_code == 0
    # The reason is told in the person's language, not as the system's English text.
    assert f"Ohitettu: {tmp_path / 'b'}: kansiota ei voi lukea: ei oikeutta" in result.stderr
    assert json.loads(result.stdout)["files"]["skipped"] == 1


def test_a_closed_stdout_is_a_failure_with_a_message(tmp_path):
    import shutil
    import subprocess

    write_files(tmp_path / "viennit", [make_export()] * 5)
    read_end, write_end = os.pipe()
    os.close(read_end)  # nobody reads: writing gives EPIPE
    try:
        done = subprocess.run(
            [shutil.which("verkosto") or "verkosto", "kooste", str(tmp_path / "viennit"), "--json"],
            stdout=write_end,
            stderr=subprocess.PIPE,
            text=True,
            timeout=60,
            env={**os.environ, "VERKOSTO_HOME": str(tmp_path / "koti"), "VERKOSTO_KIELI": "fi"},
        )
    finally:
        os.close(write_end)
    assert done.returncode == 1
    assert "Koostetta ei voitu kirjoittaa vakiotulosteeseen" in done.stderr
    assert "Traceback" not in done.stderr


def test_control_characters_in_a_network_name_do_not_reach_the_terminal(tmp_path):
    write_files(
        tmp_path,
        [make_export(network="Paha\x1b[31mverkosto")] * 5
        + [make_export(network="Hyvä verkosto")] * 5,
    )
    result = runner.invoke(app, ["kooste", str(tmp_path)])
    assert result.exit_code == 0, result.output
    # Such a name is refused like a typed one: the file is skipped, the rest are counted.
    assert "Hyvä verkosto" in result.stdout
    assert "verkoston nimi on tyhjä, yli 120 merkkiä pitkä tai siinä on ohjausmerkkejä" in (
        result.stderr
    )
    assert "\x1b" not in result.stdout + result.stderr


def _paths(value: Any, prefix: tuple = ()) -> list[tuple]:
    found = [prefix] if prefix else []
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _paths(item, (*prefix, index))
    return found


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-10, 10**6)
    | st.floats(-10, 1000)
    | st.text(max_size=5)
    | st.sampled_from(["fi", "invest", "2027-01-01", "a" * 64]),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=4), inner, max_size=3)
    ),
    max_leaves=5,
)


@settings(max_examples=300, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_hand_check_agrees_with_the_schema_on_random_changes(real_export, data):
    changed = copy.deepcopy(real_export)
    path = data.draw(st.sampled_from(_paths(changed)))
    parent = changed
    for key in path[:-1]:
        parent = parent[key]
    if data.draw(st.booleans()) and isinstance(parent, dict):
        del parent[path[-1]]
    else:
        parent[path[-1]] = data.draw(json_values)
    schema_says = jsonschema.Draft202012Validator(schema()).is_valid(changed)
    assert (strict.validate(changed) is None) == schema_says


def test_kooste_format_has_an_english_name(tmp_path):
    from verkosto.cli.kooste import _kooste_format

    assert _kooste_format(False, "table") == _kooste_format(False, "taulukko") == "taulukko"


def test_the_hidden_networks_line_only_when_some_are_hidden(tmp_path):
    write_files(tmp_path, [make_export(network="Iso") for _ in range(5)])
    result = runner.invoke(app, ["kooste", str(tmp_path)])
    assert result.exit_code == 0
    assert "Verkostoja: 1." in result.stderr
    assert "Alle 5 vastaajan" not in result.stderr
