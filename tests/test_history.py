from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import jsonschema
import pytest
import yaml
from typer.testing import CliRunner

from verkosto import history
from verkosto.cli.app import app
from verkosto.errors import OperationFailed
from verkosto.export.make import dumps, schema

from helpers import REPO, full_answers, make_export

runner = CliRunner()
EET = timezone(timedelta(hours=2))


def at(year: int, month: int, day: int) -> datetime:
    return datetime(year, month, day, 10, 0, tzinfo=EET)


@pytest.fixture
def db(isolated_env: Path) -> Path:
    return history.database_path(isolated_env)


def files_of(db: Path) -> list[Path]:
    return [p for p in db.parent.iterdir() if p.name.startswith(db.name)]


# --------------------------------------------------------------------------- the store


def test_database_lives_in_the_data_folder(isolated_env):
    assert history.database_path(isolated_env) == isolated_env / "historia.sqlite3"


def test_record_creates_a_private_file_in_a_private_folder(tmp_path, monkeypatch, bundled):
    home = tmp_path / "uusi" / "koti"
    monkeypatch.setenv("VERKOSTO_HOME", str(home))
    db = history.database_path(home)
    new_id = history.record(db, make_export(bundled))
    assert new_id == 1
    assert db.stat().st_mode & 0o777 == 0o600
    assert home.stat().st_mode & 0o777 == 0o700
    for path in files_of(db):
        assert path.stat().st_mode & 0o777 == 0o600, path


def test_record_and_latest_round_trip_the_whole_export(db, bundled):
    first = make_export(bundled, "Viestintäverkosto", when=at(2026, 1, 5), scale=3)
    second = make_export(bundled, "Viestintäverkosto", when=at(2026, 4, 5), scale=4)
    other = make_export(bundled, "Muu verkosto", when=at(2026, 6, 1))
    # Stored out of order: the latest is decided by completion time, not by insertion.
    assert history.record(db, second) == 1
    assert history.record(db, first) == 2
    history.record(db, other)
    assert history.latest(db, "Viestintäverkosto") == second
    assert history.latest(db, "  VIESTINTÄVERKOSTO ") == second
    assert history.latest(db, "Viestinta\u0308verkosto") == second  # NFD spelling
    assert history.latest(db, "Tuntematon") is None


def test_latest_without_a_database_is_none_and_creates_nothing(db):
    assert history.latest(db, "Mikä tahansa") is None
    assert history.assessments(db) == []
    assert history.get(db, 1) is None
    assert not db.exists()


def test_assessments_newest_first_and_by_network(db, bundled):
    for day, name in ((1, "A"), (3, "B"), (2, "a")):
        history.record(db, make_export(bundled, name, when=at(2026, 3, day)))
    assert [s.id for s in history.assessments(db)] == [2, 3, 1]
    assert [s.id for s in history.assessments(db, "A")] == [3, 1]
    # Oldest first, as `historia --vie` writes them.
    assert [s.id for s in history.read(db, oldest=True)[0]] == [1, 3, 2]


def test_times_in_different_offsets_are_ordered_by_the_real_moment(db, bundled):
    # 10:00 in Helsinki (+02) is earlier than 09:30 in London (+00) on the same day.
    helsinki = make_export(bundled, "X", when=datetime(2026, 3, 1, 10, 0, tzinfo=EET))
    london = make_export(bundled, "X", when=datetime(2026, 3, 1, 9, 30, tzinfo=UTC))
    history.record(db, london)
    history.record(db, helsinki)
    assert history.latest(db, "X") == london


def test_database_runs_in_wal_mode_with_listing_columns(db, bundled):
    exported = make_export(bundled, scale=4)
    history.record(db, exported)
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        row = conn.execute(
            "SELECT network_key, verdict, ratio, hours_per_month, next_review, "
            "instrument_sha256, language FROM assessment"
        ).fetchone()
    finally:
        conn.close()
    assert row == (
        "viestintäverkosto",
        exported["recommendation"]["id"],
        exported["balance"]["ratio"],
        exported["time"]["hours_per_month"],
        exported["recommendation"]["next_review"],
        bundled.sha256,
        "fi",
    )


def test_record_fails_with_a_message_when_the_file_cannot_be_written(tmp_path, bundled):
    blocked = tmp_path / "kansio"
    blocked.mkdir()
    db = history.database_path(blocked)
    db.mkdir()  # a folder where the file should be
    with pytest.raises(OperationFailed) as caught:
        history.record(db, make_export(bundled))
    assert caught.value.key == "history_write_failed"
    assert caught.value.params["path"] == str(db)


WRITER = """
import json, sys
from verkosto import history
db, start = sys.argv[1], int(sys.argv[2])
template = json.loads(sys.stdin.read())
for n in range(start, start + 50):
    template["network"] = f"Verkosto {n}"
    history.record(__import__("pathlib").Path(db), template)
"""


def test_two_processes_writing_at_once_lose_nothing(db, bundled):
    template = json.dumps(make_export(bundled))
    # Neither process finds a database: both create and migrate it at the same moment too.
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(db), str(start)],
            stdin=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for start in (0, 1000)
    ]
    for writer in writers:
        writer.stdin.write(template)
        writer.stdin.close()
    for writer in writers:
        assert writer.wait(timeout=120) == 0, writer.stderr.read()
    stored = history.assessments(db)
    assert len(stored) == 100
    assert len({s.id for s in stored}) == 100
    assert {s.network for s in stored} == {
        f"Verkosto {n}" for n in (*range(50), *range(1000, 1050))
    }
    assert history.schema_version(db) == history.SCHEMA_VERSION


# --------------------------------------------------------------------------- migrations

V1_TABLE = """
CREATE TABLE assessment (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    network TEXT NOT NULL, network_key TEXT NOT NULL,
    completed_at TEXT NOT NULL, completed_utc TEXT NOT NULL,
    instrument_id TEXT NOT NULL, instrument_version TEXT NOT NULL,
    instrument_sha256 TEXT NOT NULL, language TEXT NOT NULL, export TEXT NOT NULL
)
"""


def test_a_version_1_database_is_migrated_and_its_columns_filled(db, bundled):
    old = make_export(bundled, "Vanha verkosto", when=at(2025, 5, 1), scale=2)
    conn = sqlite3.connect(db)
    conn.execute(V1_TABLE)
    conn.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at TEXT)")
    conn.execute("INSERT INTO schema_version VALUES (1, '2025-05-01T08:00:00+00:00')")
    conn.execute(
        "INSERT INTO assessment (network, network_key, completed_at, completed_utc, "
        "instrument_id, instrument_version, instrument_sha256, language, export) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            "Vanha verkosto",
            "vanha verkosto",
            old["completed_at"],
            "2025-05-01T08:00:00+00:00",
            bundled.id,
            bundled.version,
            bundled.sha256,
            "fi",
            json.dumps(old),
        ),
    )
    conn.commit()
    conn.close()

    assert history.latest(db, "vanha verkosto") == old
    new_id = history.record(db, make_export(bundled, "Vanha verkosto", when=at(2026, 5, 1)))
    assert new_id == 2
    conn = sqlite3.connect(db)
    try:
        versions = [v for (v,) in conn.execute("SELECT version FROM schema_version ORDER BY 1")]
        filled = conn.execute(
            "SELECT verdict, ratio, hours_per_month, next_review FROM assessment WHERE id = 1"
        ).fetchone()
    finally:
        conn.close()
    assert versions == [1, 2]
    assert filled == (
        old["recommendation"]["id"],
        old["balance"]["ratio"],
        old["time"]["hours_per_month"],
        old["recommendation"]["next_review"],
    )


def test_an_empty_file_is_taken_as_version_0(db, bundled):
    db.write_bytes(b"")
    assert history.assessments(db) == []
    assert history.schema_version(db) == history.SCHEMA_VERSION


def test_a_newer_database_is_refused_with_a_message(db, bundled):
    history.record(db, make_export(bundled))
    conn = sqlite3.connect(db)
    conn.execute("INSERT INTO schema_version VALUES (99, 'tulevaisuus')")
    conn.commit()
    conn.close()
    result = runner.invoke(app, ["historia"])
    assert result.exit_code == 1
    assert "verkosto-työkalun uudemmalla versiolla" in result.stderr
    assert "versio 99" in result.stderr
    assert isinstance(result.exception, SystemExit), result.exception


# --------------------------------------------------------------------------- historia


def test_historia_empty_is_friendly(db):
    result = runner.invoke(app, ["historia"])
    assert result.exit_code == 0
    assert "Historiassa ei ole vielä arvioita" in result.stdout
    assert not db.exists()
    result = runner.invoke(app, ["historia", "--kieli", "en"])
    assert "no assessments in the history yet" in result.stdout
    result = runner.invoke(app, ["historia", "--json"])
    assert json.loads(result.stdout) == {"assessments": [], "more": 0, "trends": []}


def test_an_assessment_from_arvioi_is_listed(db, bundled, tmp_path):
    answers = tmp_path / "vastaukset.yaml"
    answers.write_text(yaml.safe_dump(full_answers(bundled), allow_unicode=True), "utf-8")
    out = tmp_path / "arvio.json"
    made = runner.invoke(
        app,
        ["arvioi", "--vastaukset", str(answers), "--verkosto", "Pieni verkosto", "-o", str(out)],
    )
    assert made.exit_code == 0, made.output
    assert "Arvio tallennettiin historiaan" in made.output
    # arvioi stores what it exports: the same content, under the first id.
    stored = history.get(db, 1)
    assert stored is not None and stored.export == json.loads(out.read_text("utf-8"))
    new_id = stored.id
    result = runner.invoke(app, ["historia"])
    assert result.exit_code == 0
    assert "Pieni verkosto" in result.stdout
    assert "Arviot, uusin ensin" in result.stdout
    rows = json.loads(runner.invoke(app, ["historia", "--json"]).stdout)["assessments"]
    assert [(r["id"], r["network"]) for r in rows] == [(new_id, "Pieni verkosto")]


def test_historia_json_newest_first_and_overdue_only_on_the_latest(db, bundled):
    # Assessed long ago: the review dates have passed.
    history.record(db, make_export(bundled, "Vanha", when=at(2020, 1, 1)))
    history.record(db, make_export(bundled, "Vanha", when=at(2021, 1, 1)))
    history.record(db, make_export(bundled, "Tuore", when=datetime.now(EET)))
    result = runner.invoke(app, ["historia", "--json"])
    assert result.exit_code == 0
    rows = json.loads(result.stdout)["assessments"]
    assert [(r["id"], r["overdue"]) for r in rows] == [(3, False), (2, True), (1, False)]
    text = runner.invoke(app, ["historia"]).stdout
    assert text.count("myöhässä") == 1
    english = runner.invoke(app, ["historia", "--kieli", "en"]).stdout
    assert english.count("overdue") == 1


def test_historia_shows_a_trend_after_the_third_assessment(db, bundled):
    for month, scale in ((1, 2), (4, 3)):
        history.record(db, make_export(bundled, "Kasvava", when=at(2026, month, 1), scale=scale))
    assert "Kehitys" not in runner.invoke(app, ["historia"]).stdout
    history.record(db, make_export(bundled, "Kasvava", when=at(2026, 7, 1), scale=5))
    result = runner.invoke(app, ["historia"])
    assert "Kehitys: Kasvava (3 arviota, vanhin ensin)" in result.stdout
    assert "Ydintehtävä" in result.stdout and "↑ nousee (2,0 → 5,0)" in result.stdout
    trends = json.loads(runner.invoke(app, ["historia", "--json"]).stdout)["trends"]
    assert trends[0]["network"] == "Kasvava"
    assert trends[0]["dimensions"]["ydintehtava"] == {"scores": [2.0, 3.0, 5.0], "direction": "up"}


def test_historia_filters_by_network(db, bundled):
    history.record(db, make_export(bundled, "Yksi"))
    history.record(db, make_export(bundled, "Kaksi"))
    result = runner.invoke(app, ["historia", "--verkosto", "KAKSI", "--json"])
    assert [r["network"] for r in json.loads(result.stdout)["assessments"]] == ["Kaksi"]
    # A network the history does not know: exit 2, as for vertaa and raportti (README).
    result = runner.invoke(app, ["historia", "--verkosto", "Kolme"])
    assert result.exit_code == 2
    assert "Verkostosta 'Kolme' ei ole tallennettuja arvioita" in result.stderr
    assert "Yksi" in result.stderr and "Kaksi" in result.stderr


def test_historia_exports_json_lines_that_match_the_schema(db, bundled, tmp_path):
    for month in (1, 2, 3):
        history.record(db, make_export(bundled, f"V{month}", when=at(2026, month, 1)))
    target = tmp_path / "historia.jsonl"
    result = runner.invoke(app, ["historia", "--vie", str(target)])
    assert result.exit_code == 0
    assert "3 arviota" in result.stdout
    lines = target.read_text("utf-8").splitlines()
    assert [json.loads(line)["network"] for line in lines] == ["V1", "V2", "V3"]
    for line in lines:
        jsonschema.validate(json.loads(line), schema())
    assert target.stat().st_mode & 0o777 == 0o600
    to_stdout = runner.invoke(app, ["historia", "--vie", "-"])
    assert to_stdout.stdout.splitlines() == lines


def test_historia_export_to_an_unwritable_place_fails_with_exit_1(db, bundled, tmp_path):
    history.record(db, make_export(bundled))
    result = runner.invoke(app, ["historia", "--vie", str(tmp_path / "ei" / "ole.jsonl")])
    assert result.exit_code == 1
    assert "Historiaa ei voitu viedä tiedostoon" in result.stderr


# --------------------------------------------------------------------------- vertaa


def test_vertaa_defaults_to_the_last_two_of_the_only_network(db, bundled):
    history.record(db, make_export(bundled, "V", when=at(2026, 1, 1), scale=2, hours=6.0))
    history.record(db, make_export(bundled, "V", when=at(2026, 4, 1), scale=3, hours=6.0))
    history.record(
        db, make_export(bundled, "V", when=at(2026, 7, 1), scale=4, hours=2.0, ydin_aiheet=2)
    )
    result = runner.invoke(app, ["vertaa"])
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "Vertailu: V" in out
    assert "A: #2 (1.4.2026)" in out and "B: #3 (1.7.2026)" in out
    assert "Tunnit (h/kk)" in out and "↓ −16,0" in out
    assert "Eniten muuttuneet vastaukset" in out
    assert bundled.question("ydin_aiheet").text.fi in out


def test_vertaa_two_files_or_an_id_and_a_file(db, bundled, tmp_path):
    first = tmp_path / "a.json"
    first.write_text(dumps(make_export(bundled, "F", scale=2)), "utf-8")
    second = tmp_path / "b.json"
    second.write_text(dumps(make_export(bundled, "F", scale=5)), "utf-8")
    result = runner.invoke(app, ["vertaa", str(first), str(second), "--kieli", "en"])
    assert result.exit_code == 0, result.output
    assert "Comparison: F" in result.stdout and "changed" in result.stdout
    stored = history.record(db, make_export(bundled, "F", scale=3))
    result = runner.invoke(app, ["vertaa", str(stored), str(second)])
    assert result.exit_code == 0
    assert f"A: #{stored}" in result.stdout


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["7", "8"], "Historiassa ei ole arviota numero 7"),
        (
            ["1", "123456789012345678901234567890"],
            "numero 123456789012345678901234567890 on liian suuri",
        ),
        (["puuttuu.json", "8"], "puuttuu.json: tiedostoa ei löydy"),
        (["puuttuu", "8"], "Arviota 'puuttuu' ei löydy"),
        (["1"], "Anna vertailtavaksi kaksi arviota"),
        (["--verkosto", "Tuntematon"], "Verkostosta 'Tuntematon' ei ole tallennettuja arvioita"),
    ],
)
def test_vertaa_names_what_it_cannot_find(db, bundled, args, needle):
    history.record(db, make_export(bundled, "Oikea"))
    result = runner.invoke(app, ["vertaa", *args])
    assert result.exit_code == 2
    assert needle in result.stderr


def test_vertaa_a_file_that_is_not_an_export(tmp_path):
    other = tmp_path / "muu.json"
    other.write_text('{"ydin_aiheet": 4}', "utf-8")
    result = runner.invoke(app, ["vertaa", str(other), str(other)])
    assert result.exit_code == 2
    assert "ei ole verkosto-arvion JSON-vienti" in result.stderr
    assert str(other) in result.stderr


def test_vertaa_with_several_networks_asks_which(db, bundled):
    history.record(db, make_export(bundled, "Yksi"))
    history.record(db, make_export(bundled, "Kaksi"))
    result = runner.invoke(app, ["vertaa"])
    assert result.exit_code == 2
    assert "--verkosto" in result.stderr and "Yksi" in result.stderr and "Kaksi" in result.stderr


def test_vertaa_with_too_little_history_is_friendly(db, bundled):
    result = runner.invoke(app, ["vertaa"])
    assert result.exit_code == 0
    assert "Historiassa ei ole vielä arvioita" in result.stdout
    history.record(db, make_export(bundled, "Ainoa"))
    result = runner.invoke(app, ["vertaa"])
    assert result.exit_code == 0
    assert "vain yksi arvio" in result.stdout


# --------------------------------------------------------------------------- yhteenveto


def three_networks(db, bundled):
    history.record(db, make_export(bundled, "Hyvä", when=at(2026, 1, 1), scale=2, hours=1.0))
    history.record(db, make_export(bundled, "Heikko", when=at(2026, 2, 1), scale=2, hours=4.0))
    history.record(db, make_export(bundled, "Keski", when=at(2026, 3, 1), scale=3, hours=3.0))
    # Re-assessed three months later: only the latest counts.
    history.record(db, make_export(bundled, "Hyvä", when=at(2026, 4, 1), scale=5, hours=1.0))


def test_yhteenveto_json_ranks_totals_and_lightens(db, bundled):
    three_networks(db, bundled)
    result = runner.invoke(app, ["yhteenveto", "--json"])
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert [(n["rank"], n["network"], n["id"]) for n in data["networks"]] == [
        (1, "Hyvä", 4),
        (2, "Keski", 3),
        (3, "Heikko", 2),
    ]
    assert data["total_hours_per_month"] == 4.0 + 12.0 + 16.0
    assert data["total_share_limit"] == 0.15
    assert data["over_limit"] is True
    assert data["lighten_first"] == "Heikko"


def test_yhteenveto_screen_says_the_total_and_why_to_lighten(db, bundled):
    three_networks(db, bundled)
    result = runner.invoke(app, ["yhteenveto"])
    assert result.exit_code == 0
    out = result.stdout
    assert "Yhteensä 32\u00a0h kuukaudessa" in out
    assert "(työkalun ohjeraja 15\u00a0%)" in out
    assert "yli 15\u00a0% työajastasi, enemmän kuin työkalun ohjeraja" in out
    assert "Kevennä ensin: Heikko" in out


def test_yhteenveto_limit_comes_from_the_questions_file(db, bundled, tmp_path):
    three_networks(db, bundled)
    text = (REPO / "questions.yaml").read_text("utf-8")
    custom = tmp_path / "oma.yaml"
    custom.write_text(text.replace("total_share_limit: 0.15", "total_share_limit: 0.5"), "utf-8")
    data = json.loads(
        runner.invoke(app, ["yhteenveto", "--json", "--kysymykset", str(custom)]).stdout
    )
    assert data["total_share_limit"] == 0.5
    assert data["over_limit"] is False and data["lighten_first"] is None


def test_yhteenveto_keeps_a_considered_network_out_of_the_totals(db, bundled):
    three_networks(db, bundled)
    # Weakest of all and many hours, but the person is only thinking of joining it.
    history.record(
        db,
        make_export(
            bundled, "Uusi harkittava", when=at(2026, 4, 2), scale=1, hours=10.0, phase="harkitsen"
        ),
    )
    data = json.loads(runner.invoke(app, ["yhteenveto", "--json"]).stdout)
    assert [
        (n["network"], n["considering"], n["would_add_hours_per_month"]) for n in data["networks"]
    ] == [
        ("Hyvä", False, None),
        ("Keski", False, None),
        ("Heikko", False, None),
        ("Uusi harkittava", True, 40.0),
    ]
    # A network only being considered has no rank among those the person is in.
    assert [n["rank"] for n in data["networks"]] == [1, 2, 3, None]
    assert data["total_hours_per_month"] == 4.0 + 12.0 + 16.0  # as without it
    assert data["total_share_of_worktime"] == pytest.approx(32.0 / 150.0, abs=1e-3)
    assert data["considered_hours_per_month"] == 40.0
    assert data["lighten_first"] == "Heikko"  # never the one not joined yet
    out = runner.invoke(app, ["yhteenveto"]).stdout
    assert "Yhteensä 32\u00a0h kuukaudessa" in out
    assert "Kevennä ensin: Heikko" in out
    assert "Harkitsemasi verkostot" in out
    flat = " ".join(out.split())
    assert "Uusi harkittava:" in flat and "toisi lisää 40 h kuukaudessa" in flat.replace(
        "\u00a0", " "
    )
    en = runner.invoke(app, ["yhteenveto", "--kieli", "en"]).stdout
    assert "would add 40\u00a0h a month" in " ".join(en.split(" "))


def test_yhteenveto_with_only_considered_networks(db, bundled):
    history.record(db, make_export(bundled, "Ehkä", scale=4, hours=3.0, phase="harkitsen"))
    result = runner.invoke(app, ["yhteenveto"])
    assert result.exit_code == 0 and result.exception is None
    # No totals about nothing: the person is in none of them yet.
    assert "Yhteensä" not in result.stdout
    assert "Et ole vielä mukana" in result.stdout
    assert "Ehkä:" in result.stdout and "Kevennä ensin" not in result.stdout
    data = json.loads(runner.invoke(app, ["yhteenveto", "--json"]).stdout)
    assert data["total_hours_per_month"] == 0 and data["lighten_first"] is None
    assert data["networks"][0]["considering"] is True


def test_yhteenveto_empty(db):
    result = runner.invoke(app, ["yhteenveto"])
    assert result.exit_code == 0
    assert "Historiassa ei ole vielä arvioita" in result.stdout
    data = json.loads(runner.invoke(app, ["yhteenveto", "--json"]).stdout)
    assert data["networks"] == [] and data["over_limit"] is False


# --------------------------------------------------------------------------- poista

SECRET = "Salainen Zyxwvu-verkosto"


def no_trace(db: Path, text: str) -> bool:
    needles = {text.encode("utf-8"), text.casefold().encode("utf-8")}  # name and its key
    return all(n not in path.read_bytes() for path in files_of(db) for n in needles)


def test_poista_one_leaves_no_trace_in_the_file(db, bundled):
    keep = history.record(db, make_export(bundled, "Jää talteen"))
    gone = history.record(db, make_export(bundled, SECRET))
    assert not no_trace(db, SECRET)
    result = runner.invoke(app, ["poista", str(gone), "--kylla"])
    assert result.exit_code == 0, result.output
    assert f"Arvio {gone} ({SECRET}) poistettu" in result.stdout
    assert "pyyhittiin myös tiedostosta" in result.stdout
    assert no_trace(db, SECRET)
    assert [s.id for s in history.assessments(db)] == [keep]


def test_poista_asks_first(db, bundled):
    gone = history.record(db, make_export(bundled, SECRET))
    result = runner.invoke(app, ["poista", str(gone)], input="e\n")
    assert result.exit_code == 0
    assert "Poistetaanko arvio" in result.stdout and "Mitään ei poistettu" in result.stdout
    assert history.get(db, gone) is not None
    result = runner.invoke(app, ["poista", str(gone)], input="k\n")
    assert result.exit_code == 0
    assert history.get(db, gone) is None


def test_poista_end_of_input_deletes_nothing(db, bundled):
    gone = history.record(db, make_export(bundled))
    result = runner.invoke(app, ["poista", str(gone)], input="")
    assert result.exit_code == 130
    assert "mitään ei poistettu" in result.stderr
    assert history.get(db, gone) is not None


def test_poista_kaikki(db, bundled):
    for name in (SECRET, "Toinen"):
        history.record(db, make_export(bundled, name))
    result = runner.invoke(app, ["poista", "--kaikki"], input="kyllä\n")
    assert result.exit_code == 0
    assert "Poistetaanko kaikki 2 arviota" in result.stdout
    assert "2 arviota poistettu" in result.stdout
    assert history.assessments(db) == []
    assert no_trace(db, SECRET)
    # Ids are never reused: a deleted number cannot later mean another assessment.
    assert history.record(db, make_export(bundled)) == 3


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["5", "--kylla"], "Historiassa ei ole arviota numero 5"),
        (["99999999999999999999", "--kylla"], "numero 99999999999999999999 on liian suuri"),
        (["0", "--kylla"], "ei ole arviota numero 0"),
        ([], "Anna joko poistettavan arvion numero tai --kaikki"),
        (["1", "--kaikki"], "Anna joko poistettavan arvion numero tai --kaikki"),
    ],
)
def test_poista_bad_arguments(db, bundled, args, needle):
    history.record(db, make_export(bundled))
    result = runner.invoke(app, ["poista", *args])
    assert result.exit_code == 2
    assert needle in result.stderr
    assert len(history.assessments(db)) == 1


def test_poista_kaikki_on_empty_history(db):
    result = runner.invoke(app, ["poista", "--kaikki", "--yes"])
    assert result.exit_code == 0
    assert "Historiassa ei ole vielä arvioita" in result.stdout


def test_new_commands_have_help():
    for command in ("historia", "vertaa", "yhteenveto", "raportti", "poista"):
        result = runner.invoke(app, [command, "--help"])
        assert result.exit_code == 0
        assert "--kieli" in result.output


def test_database_stays_private_after_delete(db, bundled):
    gone = history.record(db, make_export(bundled))
    history.delete(db, gone)
    assert oct(db.stat().st_mode & 0o777) == oct(0o600)
    assert os.access(db, os.R_OK)


@pytest.mark.parametrize("columns", ["60", "120"])
def test_historia_and_yhteenveto_fit_the_terminal(db, bundled, columns):
    history.record(db, make_export(bundled, "Vanha verkosto", when=at(2020, 1, 1)))
    history.record(
        db,
        make_export(
            bundled,
            "Pienten järjestöjen viestintäverkosto",
            when=datetime.now(EET),
            scale=2,
            hours=12.0,
        ),
    )
    for command in ("historia", "yhteenveto"):
        result = runner.invoke(app, [command], env={"COLUMNS": columns})
        assert result.exit_code == 0
        lines = result.stdout.splitlines()
        assert all(len(line) <= int(columns) for line in lines), command
        assert any("Pienten järjestöjen viestintäverkosto" in line for line in lines), command
    text = runner.invoke(app, ["historia"], env={"COLUMNS": columns}).stdout
    assert "myöhässä" in text


def test_a_file_that_is_not_a_database_is_named(db):
    db.write_bytes(b"tama ei ole tietokanta" * 100)
    result = runner.invoke(app, ["historia"])
    assert result.exit_code == 1
    # Named, and said in Finnish rather than with SQLite's "file is not a database".
    said = " ".join(result.stderr.split())
    assert f"Historiatiedosto {db} on vioittunut" in said
    assert "not a database" not in said
    assert isinstance(result.exception, SystemExit), result.exception


def test_a_stored_export_changed_by_another_program_is_named(db, bundled):
    history.record(db, make_export(bundled))
    conn = sqlite3.connect(db)
    conn.execute("UPDATE assessment SET export = '{rikki'")
    conn.commit()
    conn.close()
    result = runner.invoke(app, ["historia"])
    # One bad row is named by its number and never blocks the command (issue 11).
    assert result.exception is None and result.exit_code == 0
    assert "Ohitettu vioittunut arvio #1" in result.stderr
    assert "verkosto poista 1" in result.stderr


def test_done_when_three_networks_and_one_reassessed(db, bundled, tmp_path):
    """The issue's acceptance story, through arvioi's own export."""

    def assess(name: str, when: datetime, **options) -> int:
        answers = tmp_path / "vastaukset.yaml"
        answers.write_text(
            yaml.safe_dump(full_answers(bundled, **options), allow_unicode=True), "utf-8"
        )
        out = tmp_path / "arvio.json"
        # Not saved by arvioi itself: the test stores it dated as if made back then.
        made = runner.invoke(
            app,
            [
                "arvioi",
                "--vastaukset",
                str(answers),
                "--verkosto",
                name,
                "-o",
                str(out),
                "--ei-tallenna",
            ],
        )
        assert made.exit_code == 0, made.output
        data = json.loads(out.read_text("utf-8"))
        data["completed_at"] = when.isoformat(timespec="seconds")
        return history.record(db, data)

    assess("Viestintäverkosto", at(2026, 1, 10), scale=3, hours=3.0)
    assess("Lastensuojelun verkosto", at(2026, 1, 11), scale=2, hours=5.0)
    assess("Johtajaverkosto", at(2026, 1, 12), scale=4, hours=1.0)
    assess("Viestintäverkosto", at(2026, 4, 10), scale=4, hours=2.0)
    change = runner.invoke(app, ["vertaa", "--verkosto", "viestintäverkosto"])
    assert change.exit_code == 0 and "↑ +1,0" in change.stdout
    assess("Viestintäverkosto", at(2026, 7, 10), scale=5, hours=2.0)
    trend = runner.invoke(app, ["historia", "--json"])
    trends = json.loads(trend.stdout)["trends"]
    assert [(tr["network"], tr["dimensions"]["ydintehtava"]["direction"]) for tr in trends] == [
        ("Viestintäverkosto", "up")
    ]
    summary = json.loads(runner.invoke(app, ["yhteenveto", "--json"]).stdout)
    assert summary["total_hours_per_month"] == 8.0 + 20.0 + 4.0
    assert [n["network"] for n in summary["networks"]][0] == "Viestintäverkosto"
    report_file = tmp_path / "raportti.html"
    made = runner.invoke(
        app,
        [
            "raportti",
            "--viimeisin",
            "--verkosto",
            "Viestintäverkosto",
            "--muoto",
            "html",
            "-o",
            str(report_file),
        ],
    )
    assert made.exit_code == 0 and "Viestintäverkosto" in report_file.read_text("utf-8")
    gone = runner.invoke(app, ["poista", "--kaikki", "--kylla"])
    assert gone.exit_code == 0
    assert no_trace(db, "Lastensuojelun verkosto")


def test_ei_tallenna_keeps_the_history_untouched(db, bundled, tmp_path):
    answers = tmp_path / "vastaukset.yaml"
    answers.write_text(yaml.safe_dump(full_answers(bundled), allow_unicode=True), "utf-8")
    made = runner.invoke(
        app, ["arvioi", "--vastaukset", str(answers), "--verkosto", "V", "--ei-tallenna"]
    )
    assert made.exit_code == 0, made.output
    assert "historiaan" not in made.output
    assert not db.exists()
    assert history.assessments(db) == []


def test_a_history_that_cannot_be_written_keeps_the_assessment_as_a_file(
    isolated_env, bundled, tmp_path
):
    # A folder where the database file should be: SQLite cannot open it.
    (isolated_env / history.DATABASE_FILE).mkdir(parents=True)
    answers = tmp_path / "vastaukset.yaml"
    answers.write_text(yaml.safe_dump(full_answers(bundled), allow_unicode=True), "utf-8")
    made = runner.invoke(app, ["arvioi", "--vastaukset", str(answers), "--verkosto", "V"])
    assert made.exit_code == 1
    assert "Jatka kuten nyt" in made.output  # the result is still shown
    assert "Arviota ei voitu tallentaa historiaan" in made.stderr
    kept = list((isolated_env / "arviot").glob("arvio-*.json"))
    assert len(kept) == 1
    assert str(kept[0]) in made.stderr
    assert json.loads(kept[0].read_text("utf-8"))["network"] == "V"


@pytest.mark.parametrize("command", [["historia"], ["yhteenveto"]])
def test_a_finnish_assessment_is_listed_with_english_titles_in_english(db, bundled, command):
    history.record(db, make_export(bundled, "Verkosto A", scale=4))
    finnish = runner.invoke(app, command)
    english = runner.invoke(app, [*command, "--kieli", "en"])
    assert "Jatka kuten nyt" in finnish.stdout
    assert "Jatka kuten nyt" not in english.stdout
    assert bundled.recommendation.outcomes["continue"].title.en in english.stdout
