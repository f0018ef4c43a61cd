"""Each file found is read into its figures (or its Problem), in the order found."""

from __future__ import annotations

import json

import pytest

from verkosto.errors import Problem
from verkosto.export.read import read_export
from verkosto.kooste import collect
from verkosto.kooste.gather import gather
from verkosto.kooste.summary import Aggregate, figures, summarise

from helpers import make_export


@pytest.fixture(scope="module")
def one_export(bundled):
    return make_export(bundled, "Viestintäverkosto")


@pytest.fixture()
def mixed_folder(tmp_path, one_export):
    """60 files: valid exports of three networks, and every few a broken one."""
    folder = tmp_path / "viennit"
    folder.mkdir()
    for index in range(60):
        data = dict(one_export, network=f"Verkosto {index % 3}")
        text = json.dumps(data, ensure_ascii=False)
        if index % 7 == 3:
            text = text[:-40]  # cut off: not JSON
        elif index % 11 == 5:
            text = json.dumps(dict(data, schema="muu/1"))
        (folder / f"arvio-{index:03d}.json").write_text(text, encoding="utf-8")
    (folder / "linkki.json").symlink_to(folder / "arvio-000.json")  # a Problem while listing
    return folder


def whole_exports(folder):
    """Each file's whole export or its Problem, read one by one."""
    return [
        found if isinstance(found, Problem) else read_export(found)
        for found in collect.iter_files([str(folder)])
    ]


def test_each_file_gives_its_figures_or_its_problem_in_the_order_found(mixed_folder):
    results = list(gather(collect.iter_files([str(mixed_folder)])))
    expected = [
        found if isinstance(found, Problem) else figures(found)
        for found in whole_exports(mixed_folder)
    ]
    assert results == expected
    problems = [r for r in results if isinstance(r, Problem)]
    assert len(problems) > 5
    assert "kooste_link_skipped" in {p.key for p in problems}  # found while listing


def test_the_files_are_read_as_they_are_found(mixed_folder):
    read: list[str] = []

    def listed():
        for item in collect.iter_files([str(mixed_folder)]):
            read.append("listed")
            yield item

    for _ in gather(listed()):
        read.append("read")
    # One file listed, then read: nothing is held back, so memory stays flat.
    assert read[:4] == ["listed", "read", "listed", "read"]


def test_the_figures_add_up_to_the_same_summary_as_whole_exports(mixed_folder):
    whole, counted = Aggregate(), Aggregate()
    for found in whole_exports(mixed_folder):
        if not isinstance(found, Problem):
            whole.add(found)
    for found in gather(collect.iter_files([str(mixed_folder)])):
        if not isinstance(found, Problem):
            counted.add_figures(found)
    assert summarise(whole) == summarise(counted)
    assert whole.valid == counted.valid > 0
