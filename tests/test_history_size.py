"""A long history: commands read only the rows they need, and `historia` shows the newest.

How many rows a command reads is counted at the one place a stored row is read
(`history._parse`); the timings at 100 and 10,000 rows are in benchmarks/history_size.py.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from verkosto import history
from verkosto.cli.app import app

from helpers import make_export

runner = CliRunner()
EET = timezone(timedelta(hours=2))
START = datetime(2026, 1, 5, 9, 0, tzinfo=EET)


@pytest.fixture
def db(isolated_env: Path) -> Path:
    return history.database_path(isolated_env)


@pytest.fixture
def parsed(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[int]]:
    """Collect the id of every stored row a command reads."""
    seen: list[int] = []
    real = history._parse

    def counting(row_id: int, text: object) -> Any:
        seen.append(row_id)
        return real(row_id, text)

    monkeypatch.setattr(history, "_parse", counting)
    yield seen


def store_many(db: Path, bundled, networks: dict[str, int], scales=(2, 3, 4, 5)) -> None:
    """Store assessments of each network, interleaved in time, the scores moving about.

    One assessment per network and score is stored by `history.record`; the rest are copies
    of those rows at later times, made in one transaction so that a test stays quick.
    """
    templates: dict[tuple[str, int], int] = {}
    for name in networks:
        for scale in scales:
            templates[name, scale] = history.record(db, make_export(bundled, name, scale=scale))
    conn = sqlite3.connect(db)
    columns = [
        row[1]
        for row in conn.execute("PRAGMA table_info(assessment)")
        if row[1] not in ("id", "completed_at", "completed_utc")
    ]
    copy = (
        f"INSERT INTO assessment ({', '.join(columns)}, completed_at, completed_utc) "
        f"SELECT {', '.join(columns)}, ?, ? FROM kept WHERE id = ?"
    )
    # The templates move aside, and the ids start again from 1.
    conn.execute("CREATE TEMP TABLE kept AS SELECT * FROM assessment")
    conn.execute("DELETE FROM assessment")
    conn.execute("DELETE FROM sqlite_sequence WHERE name = 'assessment'")
    moment = START
    for index in range(max(networks.values())):
        for name, how_many in networks.items():
            if index < how_many:
                moment += timedelta(days=1)
                stamp = moment.isoformat(timespec="seconds")
                utc = moment.astimezone(UTC).isoformat(timespec="seconds")
                row = templates[name, scales[index % len(scales)]]
                conn.execute(copy, (stamp, utc, row))
    conn.commit()
    conn.close()


def damage(db: Path, row_id: int) -> None:
    conn = sqlite3.connect(db)
    conn.execute("UPDATE assessment SET export = '{rikki' WHERE id = ?", (row_id,))
    conn.commit()
    conn.close()


# --------------------------------------------------------------------------- the library


def test_latest_reads_one_row_however_many_the_network_has(db, bundled, parsed):
    store_many(db, bundled, {"A": 30, "B": 5})
    newest_a = history.read(db, "A")[0][0]
    parsed.clear()
    found = history.latest(db, "a")
    assert found == newest_a.export
    assert parsed == [newest_a.id]


def test_latest_passes_over_a_damaged_row_to_the_one_before(db, bundled, parsed):
    store_many(db, bundled, {"A": 5})
    damage(db, 5)
    found = history.latest(db, "A")
    assert found is not None
    assert parsed == [5, 4]


def test_per_network_reads_the_wanted_rows_of_each_network_newest_network_first(
    db, bundled, parsed
):
    store_many(db, bundled, {"A": 12, "B": 3, "C": 7})
    series, damaged = history.per_network(db, 2, counted=True)
    assert damaged == []
    # C was assessed last (day 19 ... the interleaving ends with A).
    assert [(item.rows[0].network, item.total, len(item.rows)) for item in series] == [
        ("A", 12, 2),
        ("C", 7, 2),
        ("B", 3, 2),
    ]
    assert len(parsed) == 6
    for item in series:
        ids = [row.id for row in item.rows]
        assert ids == sorted(ids, reverse=True)


def test_per_network_leaves_out_a_network_whose_rows_are_all_damaged(db, bundled):
    store_many(db, bundled, {"A": 2, "B": 1})
    b_row = next(s.id for s in history.assessments(db) if s.network == "B")
    damage(db, b_row)
    series, damaged = history.per_network(db, 1)
    assert [item.rows[0].network for item in series] == ["A"]
    assert [row.id for row in damaged] == [b_row]


def test_read_stops_at_the_wanted_number_and_count_counts_every_row(db, bundled, parsed):
    store_many(db, bundled, {"A": 15, "B": 10})
    newest, _ = history.read(db, wanted=4)
    assert [s.id for s in newest] == [25, 24, 23, 22]
    assert len(parsed) == 4
    assert history.count(db) == 25 and history.count(db, " b ") == 10
    assert history.count(db.with_name("ei-ole.sqlite3")) == 0


# --------------------------------------------------------------------------- the commands


def test_yhteenveto_reads_one_row_per_network(db, bundled, parsed):
    store_many(db, bundled, {"A": 20, "B": 20, "C": 2})
    parsed.clear()
    result = runner.invoke(app, ["yhteenveto", "--json"])
    assert result.exit_code == 0, result.output
    assert sorted(n["network"] for n in json.loads(result.stdout)["networks"]) == ["A", "B", "C"]
    assert len(parsed) == 3


def test_vertaa_with_a_network_reads_its_two_latest_rows(db, bundled, parsed):
    store_many(db, bundled, {"A": 20, "B": 20})
    parsed.clear()
    result = runner.invoke(app, ["vertaa", "--verkosto", "A"])
    assert result.exit_code == 0, result.output
    assert "#39" in result.stdout and "#37" in result.stdout
    assert len(parsed) == 2


def test_vertaa_without_a_network_still_asks_which_one_when_there_are_several(db, bundled):
    store_many(db, bundled, {"A": 3, "B": 3})
    result = runner.invoke(app, ["vertaa"])
    assert result.exit_code == 2
    assert "A" in result.stderr and "B" in result.stderr


def test_historia_shows_the_newest_twenty_and_says_how_to_see_the_rest(db, bundled, parsed):
    store_many(db, bundled, {"A": 25})
    parsed.clear()
    result = runner.invoke(app, ["historia"], env={"COLUMNS": "120"})
    assert result.exit_code == 0, result.output
    assert "Näytetään 20 uusinta arviota; tallennettuja on kaikkiaan 25." in result.stdout
    assert "Kaikki näet valitsimella --kaikki." in result.stdout
    listed = [
        int(line.split()[0])
        for line in result.stdout.splitlines()
        if line.split() and line.split()[0].isdigit()
    ]
    assert listed == list(range(25, 5, -1))
    # The listing reads its 20 rows and the trend the latest points that fit: never all 25
    # for each.
    assert len(parsed) < 2 * 25


def test_historia_all_lists_every_row_and_says_nothing_more(db, bundled):
    store_many(db, bundled, {"A": 25})
    result = runner.invoke(app, ["historia", "--kaikki", "--json"])
    data = json.loads(result.stdout)
    assert [row["id"] for row in data["assessments"]] == list(range(25, 0, -1))
    assert data["more"] == 0
    english = runner.invoke(app, ["historia", "--lang", "en"], env={"COLUMNS": "120"})
    assert "Showing the newest 20 of 25 assessments. See them all with --all." in english.stdout


def test_historia_json_lists_the_newest_and_counts_the_rest(db, bundled):
    store_many(db, bundled, {"A": 22, "B": 3})
    data = json.loads(runner.invoke(app, ["historia", "--json"]).stdout)
    assert len(data["assessments"]) == 20 and data["more"] == 5
    by_network = {trend["network"]: trend for trend in data["trends"]}
    assert by_network["A"]["total"] == 22 and by_network["A"]["count"] == 20
    assert by_network["B"]["total"] == 3 and by_network["B"]["count"] == 3


def test_historia_names_the_damaged_rows_it_meets_and_shows_the_others(db, bundled):
    store_many(db, bundled, {"A": 4})
    damage(db, 4)
    result = runner.invoke(app, ["historia"])
    assert result.exit_code == 0
    assert result.stderr.count("Ohitettu vioittunut arvio #4") == 1


@pytest.mark.parametrize("columns", [60, 80, 120])
def test_a_hundred_assessments_trend_on_one_line_per_dimension(db, bundled, columns):
    store_many(db, bundled, {"A": 100})
    result = runner.invoke(app, ["historia", "--verkosto", "A"], env={"COLUMNS": str(columns)})
    assert result.exit_code == 0, result.output
    trend = result.stdout[result.stdout.index("Kehitys: A") :]
    assert "kaikkiaan 100" in " ".join(trend.split())
    rows = [line for line in trend.splitlines() if "(" in line and "→" in line]
    assert len(rows) == len(bundled.dimensions)
    for row in rows:
        assert len(row) <= columns, row
        # Every row keeps its three parts: name, sparkline, direction with the two scores.
        assert "→" in row and any(block in row for block in "▁▂▃▄▅▆▇█")
