"""A history file SQLite cannot read: said plainly in the person's language, never replaced
by a new assessment, and deleted only when the person asks `poista --kaikki` and says yes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from verkosto.cli.app import app

from helpers import full_answers

runner = CliRunner()

# What a damaged file looks like: another program wrote over it, or a copy was cut short.
NOT_A_DATABASE = b"Verkostomuistio\n" + bytes(range(256)) * 16
DAMAGED = {
    "fi": "Historiatiedosto {path} on vioittunut",
    "en": "The history file {path} is damaged",
    "sv": "Historikfilen {path} är skadad",
}


@pytest.fixture
def damaged(isolated_env: Path) -> Path:
    db = isolated_env / "historia.sqlite3"
    db.write_bytes(NOT_A_DATABASE)
    return db


def _one_line(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("lang", ["fi", "en", "sv"])
@pytest.mark.parametrize("command", [["historia"], ["yhteenveto"], ["raportti", "1"]])
def test_reading_a_damaged_history_says_so_and_changes_nothing(
    damaged: Path, command: list[str], lang: str
) -> None:
    result = runner.invoke(app, [*command, "--kieli", lang])
    assert result.exit_code == 1
    assert result.exception is None or isinstance(result.exception, SystemExit)
    said = _one_line(result.stderr)
    assert DAMAGED[lang].format(path=damaged) in said
    assert "verkosto poista --kaikki" in said
    assert "not a database" not in said  # SQLite's own English words are not the message
    assert damaged.read_bytes() == NOT_A_DATABASE


def test_a_new_assessment_keeps_the_damaged_file_and_the_answers(
    damaged: Path, isolated_env: Path, tmp_path: Path, bundled
) -> None:
    answers = tmp_path / "vastaukset.json"
    answers.write_text(json.dumps(full_answers(bundled)), encoding="utf-8")
    result = runner.invoke(
        app, ["arvioi", "--verkosto", "Lastensuojelun verkosto", "--vastaukset", str(answers)]
    )
    assert result.exit_code == 1
    assert DAMAGED["fi"].format(path=damaged) in _one_line(result.stderr)
    assert damaged.read_bytes() == NOT_A_DATABASE
    # The finished assessment is kept as a file beside, and the message says where.
    kept = list((isolated_env / "arviot").glob("*.json"))
    assert len(kept) == 1
    assert json.loads(kept[0].read_text(encoding="utf-8"))["network"] == ("Lastensuojelun verkosto")
    assert kept[0].name in _one_line(result.stderr)


def test_poista_kaikki_asks_then_deletes_the_damaged_file_and_the_drafts(
    damaged: Path, isolated_env: Path
) -> None:
    drafts = isolated_env / "luonnokset"
    drafts.mkdir()
    (drafts / "koe.json").write_text("{}", encoding="utf-8")
    Path(f"{damaged}-wal").write_bytes(b"wal")

    kept = runner.invoke(app, ["poista", "--kaikki"], input="e\n")
    assert kept.exit_code == 0
    assert f"Historiatiedosto {damaged} on vioittunut" in _one_line(kept.stdout)
    assert "1 luonnos" in _one_line(kept.stdout)
    assert damaged.read_bytes() == NOT_A_DATABASE

    gone = runner.invoke(app, ["poista", "--kaikki"], input="k\n")
    assert gone.exit_code == 0, gone.output
    assert f"Vioittunut historiatiedosto {damaged} poistettu" in _one_line(gone.stdout)
    assert not damaged.exists() and not Path(f"{damaged}-wal").exists()
    assert not (drafts / "koe.json").exists()

    after = runner.invoke(app, ["historia"])
    assert after.exit_code == 0
    assert "ei ole vielä arvioita" in after.stdout


def test_a_damaged_file_that_cannot_be_deleted_is_reported(
    damaged: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # As on Windows when another program holds the file open, or a folder the person may read
    # but not change.
    unlink = Path.unlink

    def refuse(path: Path, missing_ok: bool = False) -> None:
        if path == damaged:
            raise PermissionError(13, "Permission denied", str(path))
        unlink(path, missing_ok)

    monkeypatch.setattr(Path, "unlink", refuse)
    result = runner.invoke(app, ["poista", "--kaikki", "--kylla"])
    assert result.exit_code == 1
    assert f"Historiasta ei voitu poistaa ({damaged})" in _one_line(result.stderr)
    assert damaged.read_bytes() == NOT_A_DATABASE
