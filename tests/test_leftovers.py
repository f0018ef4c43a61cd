"""Nothing left behind: stale temporary files, drafts and kept copies go when they should."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from verkosto import history, store
from verkosto.cli.app import app

from helpers import make_export

# It tests the cache or what the data folder holds: no parsed questions in it to start.
pytestmark = pytest.mark.cold_data_folder


runner = CliRunner()


def plant(path: Path, text: str = "{}", age: float = 0) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    if age:
        past = time.time() - age
        os.utime(path, (past, past))
    return path


def test_any_command_removes_temporary_files_a_killed_run_left(isolated_env):
    old = plant(
        isolated_env / "luonnokset" / ".abc.json.x1.tmp", '{"network": "Salainen"}', age=3600
    )
    fresh = plant(isolated_env / "luonnokset" / ".def.json.x2.tmp", age=5)
    kept_old = plant(isolated_env / "arviot" / ".arvio.json.x3.tmp", age=3600)
    result = runner.invoke(app, ["historia"])
    assert result.exit_code == 0, result.output
    assert not old.exists() and not kept_old.exists()
    # A young one may belong to a run going on right now.
    assert fresh.exists()


def test_a_link_named_like_a_temporary_file_is_not_followed(isolated_env, tmp_path):
    victim = plant(tmp_path / "victim.txt", "keep me", age=3600)
    (isolated_env / "luonnokset").mkdir(parents=True)
    link = isolated_env / "luonnokset" / ".x.json.y.tmp"
    link.symlink_to(victim)
    runner.invoke(app, ["historia"])
    assert victim.read_text() == "keep me"


def test_poista_kaikki_also_removes_drafts_and_kept_copies(isolated_env, bundled):
    history.record(history.database_path(isolated_env), make_export(bundled))
    draft = plant(isolated_env / "luonnokset" / "abc.json", '{"network": "Salainen"}')
    kept = plant(isolated_env / "arviot" / "arvio-20261127-090000.json", "{}")
    tmp = plant(isolated_env / "luonnokset" / ".abc.json.q.tmp", "{}")
    result = runner.invoke(app, ["poista", "--kaikki"], input="k\n")
    assert result.exit_code == 0, result.output
    assert "1 luonnos, 1 varakopio" in result.output
    assert not draft.exists() and not kept.exists() and not tmp.exists()
    assert history.read(history.database_path(isolated_env))[0] == []


def test_poista_kaikki_with_only_drafts_left_still_removes_them(isolated_env):
    draft = plant(isolated_env / "luonnokset" / "abc.json", json.dumps({"network": "X"}))
    result = runner.invoke(app, ["poista", "--kaikki", "--kylla"])
    assert result.exit_code == 0, result.output
    assert not draft.exists()


def test_poista_kaikki_cancelled_keeps_everything(isolated_env):
    draft = plant(isolated_env / "luonnokset" / "abc.json", "{}")
    result = runner.invoke(app, ["poista", "--kaikki"], input="e\n")
    assert result.exit_code == 0
    assert draft.exists()


def test_store_lists_only_its_own_regular_files(isolated_env, tmp_path):
    outside = plant(tmp_path / "other.json", "{}")
    (isolated_env / "arviot").mkdir(parents=True)
    (isolated_env / "arviot" / "link.json").symlink_to(outside)
    assert store.private_files(isolated_env) == []
    store.remove_private_files(isolated_env)
    assert outside.exists()


def test_a_damaged_draft_is_set_aside_with_a_message(isolated_env, bundled, tmp_path):
    from verkosto.store import draft_path

    path = draft_path(isolated_env, "Verkosto D")
    plant(
        path,
        '{"schema": "verkosto-luonnos/1", "network": "Verkosto D", "answers": {}, '
        '"saved_at": "0001-01-01T00:00:00+14:00", "started_at": "x"}',
    )
    answers = tmp_path / "a.json"
    answers.write_text(json.dumps(full_answers_for(bundled)), encoding="utf-8")
    result = runner.invoke(
        app, ["arvioi", "--verkosto", "Verkosto D", "--vastaukset", str(answers), "--ei-tallenna"]
    )
    assert result.exit_code == 0, result.output
    assert "siirrettiin sivuun" in result.output
    aside = path.with_name(path.name + ".vioittunut")
    assert aside.exists() and not path.exists()
    # And "delete everything" means it too.
    result = runner.invoke(app, ["poista", "--kaikki", "--kylla"])
    assert not aside.exists()


def full_answers_for(instrument):
    from helpers import full_answers

    return full_answers(instrument)


def test_existing_draft_and_cache_files_are_tightened_when_read(isolated_env, bundled):
    from verkosto import cache, store

    draft = store.save_draft(
        isolated_env,
        "X",
        {"vaihe": "jasen"},
        None,
        "0" * 64,
        __import__("datetime").datetime.now().astimezone(),
    )
    os.chmod(draft, 0o644)
    store.read_draft(draft)
    assert draft.stat().st_mode & 0o777 == 0o600
    folder = isolated_env / cache.FOLDER
    cache.load_instrument(None, folder)
    cached = next(folder.glob("kysymykset-*.json"))
    os.chmod(cached, 0o644)
    cache.load_instrument(None, folder)
    assert cached.stat().st_mode & 0o777 == 0o600


def test_drafts_are_not_read_through_a_folder_link(isolated_env, tmp_path):
    from verkosto import store

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    plant(
        elsewhere / "abc.json",
        '{"schema": "verkosto-luonnos/1", "network": "Vieras", '
        '"answers": {}, "saved_at": "2026-11-30T09:00:00+02:00", '
        '"started_at": "2026-11-30T09:00:00+02:00"}',
    )
    isolated_env.mkdir(exist_ok=True)
    (isolated_env / "luonnokset").symlink_to(elsewhere)
    assert store.list_drafts(isolated_env) == ([], [])
    try:
        store.read_draft(isolated_env / "luonnokset" / "abc.json")
    except OSError:
        pass
    else:
        raise AssertionError("a draft was read through a linked folder")


def test_dev_zero_as_the_cache_file_is_ignored(isolated_env, bundled):
    from verkosto import cache

    folder = isolated_env / cache.FOLDER
    folder.mkdir(parents=True)
    target = cache.cache_file(folder, bundled.sha256)
    target.symlink_to("/dev/zero")
    loaded = cache.load_instrument(None, folder)  # returns promptly, parsed afresh
    assert loaded.sha256 == bundled.sha256


def test_kooste_refuses_an_endless_path_list_on_stdin(tmp_path):
    import subprocess

    from helpers import verkosto_command

    with open("/dev/zero", "rb") as zero:
        done = subprocess.run(
            [verkosto_command(), "kooste", "-"],
            stdin=zero,
            capture_output=True,
            timeout=30,
            check=False,
            env={**os.environ, "VERKOSTO_HOME": str(tmp_path)},
        )
    assert done.returncode == 2
    assert "liian pitkä" in done.stderr.decode()
