from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from typer.testing import CliRunner

from verkosto import history
from verkosto.cli.app import app
from verkosto.export.make import dumps
from verkosto.report.compose import build

from helpers import make_export

runner = CliRunner()
VOID = {"meta", "br", "hr", "img", "link", "input"}
HOSTILE = "Verkosto <script>alert(1)</script> & *kumppanit*"


class Page(HTMLParser):
    """Collects the tags, the text of each table row, and all the text of a page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.rows: list[list[str]] = []
        self.text: list[str] = []
        self._cell: list[str] | None = None
        self.open: list[str] = []
        self.mismatched: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        if tag not in VOID:
            self.open.append(tag)
        if tag == "tr":
            self.rows.append([])
        elif tag in ("td", "th"):
            self._cell = []

    def handle_endtag(self, tag):
        if not self.open or self.open.pop() != tag:
            self.mismatched.append(tag)
        if tag in ("td", "th") and self._cell is not None:
            self.rows[-1].append("".join(self._cell))
            self._cell = None

    def handle_data(self, data):
        self.text.append(data)
        if self._cell is not None:
            self._cell.append(data)


def parse(text: str) -> Page:
    page = Page()
    page.feed(text)
    page.close()
    return page


@pytest.fixture
def export_file(tmp_path, bundled) -> Path:
    path = tmp_path / "arvio.json"
    path.write_text(dumps(make_export(bundled, HOSTILE, scale=4)), "utf-8")
    return path


def test_html_report_has_the_verdict_dimensions_and_answers(export_file, bundled):
    data = json.loads(export_file.read_text("utf-8"))
    result = runner.invoke(app, ["raportti", str(export_file), "--muoto", "html"])
    assert result.exit_code == 0, result.output
    page = parse(result.stdout)
    assert result.stdout.startswith("<!DOCTYPE html>")
    assert page.open == [] and page.mismatched == []  # every element is closed, in order
    assert "script" not in page.tags  # the name is text, not a tag
    text = "".join(page.text)
    assert f"Verkostoarvio: {HOSTILE}" in text
    assert data["recommendation"]["title"] in text
    rows = {row[0]: row[1:] for row in page.rows if row}
    # The dimensions are a picture whose description says every score in words.
    for dim in bundled.dimensions:
        score = f"{data['dimensions'][dim.id]['score']:.1f}".replace(".", ",")
        assert f"{dim.title.fi}: {score} (" in text
    question = bundled.question("ydin_aiheet")
    assert rows[question.text.fi] == ["4 – " + question.labels[3].fi]
    assert "Keskusteltavaa järjestössä" in text
    for step in data["recommendation"]["next_steps"]:
        assert step in text
    # Self-contained: no outside files.
    assert not {"link", "img", "script", "iframe"} & set(page.tags)


def test_markdown_is_the_default_and_escapes_the_name(export_file, bundled):
    result = runner.invoke(app, ["raportti", str(export_file)])
    assert result.exit_code == 0
    out = result.stdout
    assert out.startswith(
        "# Verkostoarvio: Verkosto \\<script>alert(1)\\</script> & \\*kumppanit\\*\n"
    )
    assert re.search(r"(?<!\\)<", out) is None  # every '<' is escaped: no tag, no autolink
    assert "| Ydintehtävä | Hyödyt | 4,0 | Vahvuus |" in out
    assert "## Keskusteltavaa järjestössä" in out
    assert f"| {bundled.question('ydin_aiheet').text.fi} | 4 – Jokseenkin samaa mieltä |" in out


def test_text_report_wraps_and_keeps_the_name_as_is(export_file):
    result = runner.invoke(app, ["raportti", str(export_file), "--muoto", "txt"])
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0] == f"Verkostoarvio: {HOSTILE}"
    assert all(len(line) <= 78 for line in lines[2:])
    assert "Keskusteltavaa järjestössä" in lines


def test_report_of_the_latest_stored_assessment_to_a_private_file(bundled, isolated_env, tmp_path):
    db = history.database_path(isolated_env)
    history.record(db, make_export(bundled, "Vanha"))
    history.record(db, make_export(bundled, "Uusi"))
    target = tmp_path / "raportti.html"
    result = runner.invoke(
        app,
        ["raportti", "--viimeisin", "--verkosto", "vanha", "--muoto", "html", "-o", str(target)],
    )
    assert result.exit_code == 0, result.output
    assert f"Raportti kirjoitettu tiedostoon {target}" in result.stdout
    assert target.stat().st_mode & 0o777 == 0o600
    assert "Verkostoarvio: Vanha" in "".join(parse(target.read_text("utf-8")).text)
    implied = runner.invoke(app, ["raportti", "--verkosto", "VANHA"])
    assert implied.stdout.startswith("# Verkostoarvio: Vanha")
    latest = runner.invoke(app, ["raportti", "--viimeisin"])
    assert latest.stdout.startswith("# Verkostoarvio: Uusi")
    by_id = runner.invoke(app, ["raportti", "1"])
    assert by_id.stdout.startswith("# Verkostoarvio: Vanha")


def test_report_follows_the_assessment_language_unless_told(tmp_path, bundled):
    path = tmp_path / "en.json"
    path.write_text(dumps(make_export(bundled, "N", lang="en")), "utf-8")
    assert runner.invoke(app, ["raportti", str(path)]).stdout.startswith("# Network assessment: N")
    assert runner.invoke(app, ["raportti", str(path), "--kieli", "fi"]).stdout.startswith(
        "# Verkostoarvio: N"
    )


@pytest.mark.parametrize(
    ("args", "code", "needle"),
    [
        (["--muoto", "pdf", "--viimeisin"], 2, "Tuntematon raporttimuoto 'pdf'"),
        ([], 2, "Anna raportoitava arvio"),
        (["puuttuu.json"], 2, "puuttuu.json: tiedostoa ei löydy"),
        (["9"], 2, "Historiassa ei ole arviota numero 9"),
    ],
)
def test_report_bad_requests(args, code, needle):
    result = runner.invoke(app, ["raportti", *args])
    assert result.exit_code == code
    assert needle in result.stderr


def test_report_of_a_network_the_history_does_not_know(bundled, isolated_env):
    from verkosto import history

    history.record(history.database_path(isolated_env), make_export(bundled))
    result = runner.invoke(app, ["raportti", "--viimeisin", "--verkosto", "Ei ole"])
    assert result.exit_code == 2
    assert "Verkostosta 'Ei ole'" in result.stderr


def test_report_latest_on_empty_history_is_friendly():
    result = runner.invoke(app, ["raportti", "--viimeisin"])
    assert result.exit_code == 0
    assert "Historiassa ei ole vielä arvioita" in result.stdout


@pytest.mark.parametrize(
    ("content", "needle"),
    [
        ('{"answers": {}}', "verkosto-arvio/1"),
        ('{"schema": "verkosto-arvio/1", "network": "X"}', "'completed_at' puuttuu"),
        ("[1, 2", "JSON-syntaksivirhe"),
    ],
)
def test_report_of_a_file_that_is_not_an_export(tmp_path, content, needle):
    path = tmp_path / "muu.json"
    path.write_text(content, "utf-8")
    result = runner.invoke(app, ["raportti", str(path)])
    assert result.exit_code == 2
    assert "ei ole verkosto-arvion JSON-vienti" in result.stderr
    assert needle in result.stderr and str(path) in result.stderr


def test_report_write_failure_is_exit_1(export_file, tmp_path):
    result = runner.invoke(
        app, ["raportti", str(export_file), "-o", str(tmp_path / "ei" / "ole.md")]
    )
    assert result.exit_code == 1
    assert "Raporttia ei voitu kirjoittaa" in result.stderr


def test_every_outcome_has_a_discussion_point_in_both_languages(bundled):
    from verkosto.i18n.texts import MESSAGES

    for outcome in bundled.recommendation.outcomes:
        assert set(MESSAGES[f"agenda_{outcome}"]) == {"fi", "en", "sv"}, outcome


@pytest.mark.parametrize("verdict_scale", [1, 2, 3, 4, 5])
def test_agenda_names_the_verdicts_own_question(bundled, verdict_scale):
    from verkosto.i18n.catalog import t

    data = make_export(bundled, scale=verdict_scale)
    text = build(data, bundled, "fi", "md")
    assert t(f"agenda_{data['recommendation']['id']}", "fi") in text


def test_txt_dimension_columns_line_up_even_with_a_long_title():
    from verkosto.report.contents import DimensionRow
    from verkosto.report.formats import dimension_lines

    rows = (
        DimensionRow("Ydintehtävä", "hyöty", "4,0", "vahvuus"),
        DimensionRow("Ajankäyttö", "kustannus", "2,37", "huolenaihe"),
        DimensionRow(
            "Verkoston toimivuus ja yhteisten tavoitteiden selkeys koko toimintakauden ajan",
            "hyöty",
            "3,0",
            "pohdittava",
        ),
        DimensionRow("Tuki", "hyöty", "–", "ei tietoa"),
    )
    lines = dimension_lines(rows)
    assert all(len(line) <= 78 for line in lines)
    figures = [line for line in lines if line.rstrip().endswith(")")]
    assert len(figures) == 4
    # Scores end, and levels and sides start, in the same column on every row.
    scores = ["4,0", "2,37", "3,0", "–"]
    ends = {line.index(f" {v} ") + len(v) for line, v in zip(figures, scores, strict=True)}
    assert len(ends) == 1
    levels = ["vahvuus", "huolenaihe", "pohdittava", "ei tietoa"]
    assert len({line.index(word) for line, word in zip(figures, levels, strict=True)}) == 1
    assert len({line.index("(") for line in figures}) == 1
    # The long title wraps above its figures, at a space.
    assert lines[2].startswith("Verkoston toimivuus") and ")" not in lines[2]
