"""The export package: one network key, one reader's words, one stdout-or-file writer."""

from __future__ import annotations

import io
import json
import os
import sys
import unicodedata
from datetime import UTC, datetime

import pytest
from typer.testing import CliRunner

from verkosto import history, store
from verkosto.answers_file import load_answers
from verkosto.cli.app import app
from verkosto.errors import OperationFailed, ProblemsError
from verkosto.export import check as export_check
from verkosto.export import names, strict
from verkosto.export import read as export_read
from verkosto.export.make import write
from verkosto.export.output import write_output
from verkosto.export.read import load_export, read_export
from verkosto.kooste.summary import Aggregate
from verkosto.safefile import Protected

from helpers import make_export

runner = CliRunner()

# The code points on which kooste's old key (casefold only) and compare's (casefold, then NFC)
# disagreed: casefolding leaves them decomposed.
DECOMPOSED_BY_CASEFOLD = [
    0x01F0,
    0x0390,
    0x03B0,
    0x1E96,
    0x1E97,
    0x1E98,
    0x1E99,
    0x1F50,
    0x1F52,
    0x1F54,
    0x1F56,
    0x1FB6,
    0x1FB7,
    0x1FC6,
    0x1FC7,
    0x1FD2,
    0x1FD3,
    0x1FD6,
    0x1FD7,
    0x1FE2,
    0x1FE3,
    0x1FE4,
    0x1FE6,
    0x1FE7,
    0x1FF6,
    0x1FF7,
]


@pytest.mark.parametrize("code", DECOMPOSED_BY_CASEFOLD, ids=hex)
def test_the_network_key_is_composed_and_its_own_key(code):
    name = f"Verkosto {chr(code)}"
    key = names.network_key(name)
    assert unicodedata.is_normalized("NFC", key)
    assert names.network_key(key) == key
    assert names.network_key(unicodedata.normalize("NFD", name).upper()) == key


def test_there_is_one_network_key():
    # The one key: grouping (kooste), matching (compare, history) and drafts use it.
    from pathlib import Path

    import verkosto

    defined = [
        path.relative_to(Path(verkosto.__file__).parent).as_posix()
        for path in Path(verkosto.__file__).parent.rglob("*.py")
        if "def network_key(" in path.read_text("utf-8")
    ]
    assert defined == ["export/names.py"]


def test_kooste_groups_the_spellings_a_comparison_matches(bundled):
    aggregate = Aggregate()
    for name in ("J\u030c-verkosto", "\u01f0-verkosto", "j\u030c-verkosto"):
        aggregate.add(make_export(bundled, name))
    assert list(aggregate.networks) == [names.network_key("\u01f0-verkosto")]


def test_a_deeply_nested_file_is_told_alike_by_every_reader(tmp_path, bundled):
    path = tmp_path / "syva.json"
    path.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    found = read_export(str(path))
    assert not isinstance(found, dict) and found.key == "yaml_too_deep"
    with pytest.raises(ProblemsError) as report_error:
        load_export(path)
    assert [p.key for p in report_error.value.problems] == ["yaml_too_deep"]
    with pytest.raises(ProblemsError) as answers_error:
        load_answers(path, bundled)
    assert [p.key for p in answers_error.value.problems] == ["yaml_too_deep"]
    result = runner.invoke(app, ["raportti", str(path)])
    assert result.exit_code == 2
    assert "liian monta sisäkkäistä tasoa" in result.stderr
    assert "liikaa numeroita" not in result.stderr


@pytest.mark.parametrize(
    ("content", "key"),
    [
        ("", "empty_file"),
        ("[1, 2", "answers_json_syntax"),
        ('{"a": NaN}', "json_not_finite"),
        ('{"a": ' + "9" * 5000 + "}", "number_too_long"),
    ],
)
def test_kooste_and_raportti_give_the_same_reason(tmp_path, content, key):
    path = tmp_path / "x.json"
    path.write_text(content, encoding="utf-8")
    found = export_read.read_export(str(path))
    assert not isinstance(found, dict) and found.key == key
    with pytest.raises(ProblemsError) as caught:
        load_export(path)
    assert [p.key for p in caught.value.problems] == [key]


def test_a_number_of_hundreds_of_digits_is_out_of_range_not_a_crash(tmp_path, bundled):
    data = make_export(bundled)
    data["time"]["hours_per_month"] = 10**400
    problem = strict.validate(data)
    assert problem is not None and problem.key == "out_of_range"
    assert export_check.check_export(data) != []


def test_storage_imports_no_analysis():
    for module in (store, history):
        source = open(module.__file__, encoding="utf-8").read()
        assert "verkosto.compare" not in source and "verkosto.kooste" not in source


# --------------------------------------------------------------------------- the writer


# Nothing this run keeps or reads: the writer's own behaviour, without refusals.
NOTHING = Protected()


class Closed(io.StringIO):
    def write(self, text):
        raise BrokenPipeError(32, "Broken pipe")


@pytest.mark.parametrize("target", [None, "-"])
def test_no_target_or_dash_is_standard_output(capsys, target):
    write_output(target, "teksti\n", "report_write_failed", protected=NOTHING)
    assert capsys.readouterr().out == "teksti\n"


def test_a_file_is_replaced_whole_and_private(tmp_path):
    path = tmp_path / "ulos.txt"
    path.write_text("vanha", encoding="utf-8")
    write_output(str(path), "uusi\n", "report_write_failed", protected=NOTHING)
    assert path.read_text("utf-8") == "uusi\n"
    assert path.stat().st_mode & 0o777 == 0o600


def test_a_fifo_is_written_to_not_replaced(tmp_path):
    fifo = tmp_path / "putki"
    os.mkfifo(fifo)
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
    try:
        write_output(str(fifo), "putkeen\n", "report_write_failed", protected=NOTHING)
        assert os.read(reader, 100) == b"putkeen\n"
    finally:
        os.close(reader)
    assert fifo.is_fifo()


def test_a_link_to_a_file_is_refused(tmp_path):
    real = tmp_path / "oikea.txt"
    real.write_text("ennallaan", encoding="utf-8")
    link = tmp_path / "linkki.txt"
    link.symlink_to(real)
    with pytest.raises(OperationFailed) as caught:
        write_output(
            str(link), "x", "kooste_write_failed", "kooste_stdout_failed", protected=NOTHING
        )
    assert caught.value.key == "kooste_write_failed"
    assert caught.value.params["path"] == str(link)
    assert real.read_text("utf-8") == "ennallaan"


def test_a_failing_standard_output_is_the_stdout_key_or_passes_through(monkeypatch):
    monkeypatch.setattr(sys, "stdout", Closed())
    with pytest.raises(OperationFailed) as caught:
        write_output("-", "x", "history_export_failed", "history_export_failed", protected=NOTHING)
    assert caught.value.key == "history_export_failed"
    assert isinstance(caught.value.params["reason"], BrokenPipeError)
    with pytest.raises(BrokenPipeError):
        write_output(None, "x", "report_write_failed", protected=NOTHING)


def test_what_cannot_be_written_is_kept_and_the_place_named(tmp_path):
    target = str(tmp_path / "ei" / "ole.json")
    kept = tmp_path / "talteen.json"

    def keep():
        kept.write_text("x", encoding="utf-8")
        return kept

    with pytest.raises(OperationFailed) as caught:
        write_output(target, "x", "export_write_failed", keep=keep, protected=NOTHING)
    assert caught.value.key == "export_write_failed_kept"
    assert caught.value.params["kept"] == str(kept)

    def cannot_keep():
        raise OSError(28, "No space left on device")

    with pytest.raises(OperationFailed) as caught:
        write_output(target, "x", "export_write_failed", keep=cannot_keep, protected=NOTHING)
    assert caught.value.key == "export_write_failed"


def test_an_export_to_a_closed_stdout_is_kept_in_the_data_folder(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "stdout", Closed())
    when = datetime(2026, 11, 27, 9, 30, tzinfo=UTC)
    with pytest.raises(OperationFailed) as caught:
        write("-", '{"a": 1}\n', tmp_path, when, NOTHING)
    assert caught.value.key == "stdout_write_failed_kept"
    assert json.loads(open(caught.value.params["kept"], encoding="utf-8").read()) == {"a": 1}
