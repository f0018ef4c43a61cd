"""The parsed-questions cache gives exactly what a fresh load gives, and never gets in the way."""

from __future__ import annotations

import hashlib
import json
import os
import re
import stat

import pytest
from typer.testing import CliRunner

from verkosto import cache
from verkosto.cli.app import app
from verkosto.errors import ProblemsError
from verkosto.instrument import reading
from verkosto.instrument.reading import YamlMapping, parse_yaml

from helpers import REPO

# It tests the cache or what the data folder holds: no parsed questions in it to start.
pytestmark = pytest.mark.cold_data_folder

runner = CliRunner()


def cached_files(folder):
    return sorted(folder.glob("kysymykset-*.json")) if folder.exists() else []


def test_first_load_writes_the_cache_and_the_second_uses_it(tmp_path, monkeypatch, bundled):
    folder = tmp_path / "valimuisti"
    first = cache.load_instrument(None, folder)
    assert first == bundled
    [written] = cached_files(folder)
    assert written == cache.cache_file(folder, bundled.sha256)
    assert stat.S_IMODE(written.stat().st_mode) == 0o600
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700

    def no_yaml(*args, **kwargs):
        raise AssertionError("parsed YAML although the cache was there")

    monkeypatch.setattr(reading, "parse_yaml", no_yaml)
    assert cache.load_instrument(None, folder) == bundled


def test_cached_tree_is_the_parsed_tree(tmp_path):
    text = (REPO / "questions.yaml").read_text("utf-8")
    data = parse_yaml(text, "questions.yaml")
    again = cache.decode(json.loads(json.dumps(cache.encode(data))))

    def spelled(value):
        if isinstance(value, YamlMapping):
            return (
                "node",
                value.line,
                [(type(k), k, value.key_lines[str(k)], spelled(v)) for k, v in value.items()],
            )
        if isinstance(value, list):
            return [spelled(v) for v in value]
        return (type(value), value)

    assert spelled(again) == spelled(data)


def test_a_broken_cache_file_is_ignored(tmp_path, bundled):
    folder = tmp_path / "valimuisti"
    folder.mkdir()
    target = cache.cache_file(folder, bundled.sha256)
    for junk in (
        "{",
        "[]",
        '{"n": 1}',
        '{"n": 1, "i": [[1.5, 1, 2]]}',
        "[" * 100_000,
        '{"n": 1, "i": [["instrument", 1, 5]]}',
    ):
        # With a matching digest, so the decoding itself is what refuses the junk.
        digest = hashlib.sha256(junk.encode()).hexdigest()
        target.write_text(f"{digest}\n{junk}")
        assert cache.load_instrument(None, folder) == bundled
        # The damaged file was replaced by a good one.
        assert len(json.loads(target.read_text().split("\n", 1)[1])["i"]) > 2


def test_a_cache_edited_in_place_is_not_trusted(tmp_path, bundled):
    """Issue 11: the same name, worth_it_ratio 50: the recommendation must not change."""
    folder = tmp_path / "valimuisti"
    cache.load_instrument(None, folder)
    target = cache.cache_file(folder, bundled.sha256)
    text = target.read_text("utf-8")
    ratio = bundled.recommendation.worth_it_ratio
    digest_line, body = text.split("\n", 1)
    data = json.loads(body)

    def change(node):
        if isinstance(node, dict):
            for item in node["i"]:
                if item[0] == "worth_it_ratio":
                    item[2] = 50
                change(item[2])
        elif isinstance(node, list):
            for item in node:
                change(item)

    change(data)
    assert re.search(r'\["worth_it_ratio",\d+,50\]', json.dumps(data, separators=(",", ":")))
    target.write_text(digest_line + "\n" + json.dumps(data), "utf-8")
    assert cache.load_instrument(None, folder).recommendation.worth_it_ratio == ratio
    # A cache of the genuine questions file is written back in its place.
    assert cache.load_instrument(None, folder) == bundled


def test_an_invalid_file_is_not_cached_and_still_reports_its_problems(tmp_path):
    broken = tmp_path / "oma.yaml"
    text = (REPO / "questions.yaml").read_text("utf-8")
    broken.write_text(text.replace("type: scale", "type: slider", 1), encoding="utf-8")
    folder = tmp_path / "valimuisti"
    for _ in range(2):
        with pytest.raises(ProblemsError) as caught:
            cache.load_instrument(broken, folder)
        assert "unknown_type" in [p.key for p in caught.value.problems]
    assert cached_files(folder) == []
    (tmp_path / "tyhja.yaml").write_text("\n")
    with pytest.raises(ProblemsError) as caught:
        cache.load_instrument(tmp_path / "tyhja.yaml", folder)
    assert [p.key for p in caught.value.problems] == ["empty_file"]


def test_a_changed_file_gets_a_new_cache_entry_and_old_ones_are_pruned(tmp_path):
    text = (REPO / "questions.yaml").read_text("utf-8")
    folder = tmp_path / "valimuisti"
    path = tmp_path / "oma.yaml"
    for version in range(cache.KEEP + 3):
        path.write_text(text + f"\n# versio {version}\n", encoding="utf-8")
        loaded = cache.load_instrument(path, folder)
        assert cache.cache_file(folder, loaded.sha256).exists()
    assert len(cached_files(folder)) == cache.KEEP


def test_an_unwritable_cache_folder_does_not_stop_the_tool(tmp_path, bundled):
    blocker = tmp_path / "tiedosto"
    blocker.write_text("ei kansio")
    assert cache.load_instrument(None, blocker / "valimuisti") == bundled


def test_the_commands_keep_the_cache_in_the_data_folder(isolated_env):
    result = runner.invoke(app, ["tarkista"])
    assert result.exit_code == 0
    assert len(cached_files(isolated_env / cache.FOLDER)) == 1
    again = runner.invoke(app, ["tarkista"])
    assert again.output == result.output
    assert os.listdir(isolated_env) == [cache.FOLDER]
