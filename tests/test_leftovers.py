"""Nothing left behind: stale temporary files, drafts and kept copies go when they should."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

from typer.testing import CliRunner

from verkosto import history, store
from verkosto.cli import app

from helpers import make_export

runner = CliRunner()


def plant(path: Path, text: str = "{}", age: float = 0) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    if age:
        past = time.time() - age
        os.utime(path, (past, past))
    return path


def test_any_command_removes_temporary_files_a_killed_run_left(isolated_env):
    old = plant(isolated_env / "luonnokset" / ".abc.json.x1.tmp", '{"network": "Salainen"}',
                age=3600)
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
    assert "luonnosta" in result.output
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
