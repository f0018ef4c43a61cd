"""Every list screen at every width: nothing wider than the terminal, no word broken."""

from __future__ import annotations

import json
import re
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from typer.testing import CliRunner

from verkosto import history
from verkosto.cli.app import app
from verkosto.i18n.catalog import t
from verkosto.interview import ReviewPrompt
from verkosto.render.console import plain_text
from verkosto.render.interview import review_view

from helpers import full_answers, make_export

runner = CliRunner()
WIDTHS = [60, 80, 100, 110, 120, 143, 200]
LANGS = ["fi", "en"]
LONG = {
    "fi": "Valtakunnallinen osallistavien hankkeiden verkosto (tulossa)",
    "en": "National Network for Participatory Youth Projects (founding)",
}


NOTE = (
    "Tapaamiset ovat hyviä mutta liian pitkiä, ja puheenjohtaja venyttää niitä "
    "toistuvasti yli sovitun ajan; toivoisin selvää esityslistaa ja lyhyempiä kokouksia "
    "etäyhteydellä, jotta matkoihin ei kuluisi puolta päivää"
)


def test_the_long_names_are_60_characters():
    assert {len(name) for name in LONG.values()} == {60}


def at(day: int) -> datetime:
    return datetime(2026, 3, day, 9, 0, tzinfo=timezone(timedelta(hours=2)))


@pytest.fixture
def stored(isolated_env: Path, bundled) -> Path:
    """A history of four assessments: two of a network with a long name, two short ones."""
    db = history.database_path(isolated_env)
    for lang in LANGS:
        history.record(
            db, make_export(bundled, LONG[lang], when=at(1 + len(lang)), lang=lang, scale=2)
        )
    history.record(db, make_export(bundled, LONG["fi"], when=at(10), scale=4))
    history.record(db, make_export(bundled, "Keski", when=at(12), scale=3, hours=12.0))
    return db


def tokens(text: str) -> set[str]:
    return set(re.findall(r"[\w/.%()–-]+", text.replace("\u00a0", " ")))


def check_screen(text: str, width: int, whole_words: list[str]) -> None:
    """No line is wider than `width`, none ends in padding, and each word stays whole."""
    for line in text.splitlines():
        assert len(line) <= width, (width, line)  # no wide characters in these screens
        assert line == line.rstrip(), repr(line)
    found = tokens(text)
    for phrase in whole_words:
        for word in tokens(phrase):
            assert word in found, (width, word, text)
    # A column squeezed to letters leaves lines of one or two characters between cells.
    assert not re.search(r"\s\w\s*\n\s+\w\s*\n\s+\w\s*\n", text), text


def invoke(args: list[str], width: int, lang: str) -> str:
    result = runner.invoke(app, [*args, "--kieli", lang], env={"COLUMNS": str(width)})
    assert result.exception is None, result.output
    assert result.exit_code == 0
    return result.stdout


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("width", WIDTHS)
def test_historia_fits(stored, width, lang):
    out = invoke(["historia"], width, lang)
    headers = [t(k, lang) for k in ("col_balance", "col_hours", "col_review")]
    check_screen(out, width, [LONG["fi"], LONG["en"], t("history_title", lang), *headers])


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("width", WIDTHS)
def test_yhteenveto_fits(stored, width, lang):
    out = invoke(["yhteenveto"], width, lang)
    check_screen(out, width, [LONG["fi"], LONG["en"], t("col_balance", lang)])
    if width >= 110:  # wide enough for the table: every header stays whole
        check_screen(out, width, [t(k, lang) for k in ("col_network", "col_verdict", "col_hours")])


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("width", WIDTHS)
def test_vertaa_fits(stored, width, lang):
    out = invoke(["vertaa", "--verkosto", LONG["fi"]], width, lang)
    check_screen(out, width, [LONG["fi"], t("col_change", lang), t("row_balance", lang)])
    assert not any(line.strip() in {".", ",", ")"} for line in out.splitlines())


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("width", WIDTHS)
def test_kooste_fits(tmp_path, bundled, width, lang):
    folder = tmp_path / "viennit"
    folder.mkdir()
    for index in range(6):
        export = make_export(bundled, LONG[lang], scale=2 + index % 3)
        (folder / f"{index}.json").write_text(json.dumps(export), encoding="utf-8")
    out = invoke(["kooste", str(folder)], width, lang)
    headers = [
        t(k, lang)
        for k in (
            "kooste_col_network",
            "kooste_col_respondents",
            "kooste_col_worth",
            "kooste_col_hours",
            "kooste_col_mean",
        )
    ]
    check_screen(out, width, [LONG[lang], *headers])


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("width", [40, 50, *WIDTHS])
def test_review_fits(bundled, width, lang):
    answers = full_answers(bundled, scale=5, hours=2.5, huomiot=NOTE)
    questions = tuple(q for q in bundled.questions if q.id in answers)
    text = plain_text(
        review_view(bundled, ReviewPrompt(questions, answers, None), lang), width=width
    )
    text = "\n".join(line.rstrip() for line in text.splitlines())
    check_screen(text, width, [NOTE, "Täysin samaa mieltä" if lang == "fi" else "Strongly agree"])
    flat = " ".join(line.strip() for line in text.splitlines())
    assert "…" not in text  # nothing is cut
    # The whole free text and every answer's full label are there, wrapped at spaces only.
    assert " ".join(NOTE.split()) in " ".join(flat.split())
    assert ("5 – Täysin samaa mieltä" if lang == "fi" else "5 – Strongly agree") in flat
    assert ("2,5" if lang == "fi" else "2.5") in flat  # hours
    lines = text.splitlines()
    if width >= 100:  # a table, using the width: some line is wider than the old 88 columns
        assert any(t("col_answer", lang) in line for line in lines)
        assert max(len(line) for line in lines) > 88
    if width >= 143:
        assert max(len(line) for line in lines) <= 132  # the same reading maximum as lists


def test_output_to_a_file_has_no_padding(stored):
    out = invoke(["historia"], 200, "fi")
    assert all(line == line.rstrip() for line in out.splitlines())


@pytest.mark.parametrize(("lang", "shown"), [("fi", "[k/E]"), ("en", "[y/N]")])
def test_poista_says_that_enter_means_no(stored, lang, shown):
    result = runner.invoke(app, ["poista", "1", "--kieli", lang], input="\n")
    assert result.exception is None and result.exit_code == 0
    assert shown in result.output
    assert history.get(stored, 1) is not None  # Enter kept it


# --- the result screen: numbers keep their units --------------------------------------------

UNIT_SPLIT = re.compile(r"\d[.,]?\s*\n\s*(?:h/kk|h/month|h\b|%)")


def result_text(bundled, width: int, lang: str, monkeypatch=None, reason: str = "") -> str:
    from datetime import date

    from verkosto import explain
    from verkosto.recommend import recommend
    from verkosto.render.result import result_view
    from verkosto.scoring import score

    answers = full_answers(bundled, scale=3, hours=8.0)
    scores = score(bundled, answers)
    recommendation = recommend(bundled, scores, answers, date(2026, 3, 1))
    if reason and monkeypatch is not None:
        said = explain.words(bundled, recommendation, lang)
        longer = explain.Words(
            said.title, (reason, *said.reasons), said.steps, (reason, *said.changes)
        )
        monkeypatch.setattr(explain, "words", lambda *args: longer)
    return plain_text(result_view(bundled, LONG[lang], scores, recommendation, lang), width=width)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("width", [60, 64, 72, 80, 88, 120])
def test_result_never_splits_a_number_from_its_unit(bundled, width, lang):
    text = result_text(bundled, width, lang)
    assert not UNIT_SPLIT.search(text), text
    assert all(len(line) <= width for line in text.splitlines())
    assert "32\u00a0h" in text  # "Verkosto vie 32 h kuukaudessa", joined at the edge


@pytest.mark.parametrize("width", [60, 61, 62, 63, 64, 65, 66, 67])
def test_a_long_reason_wraps_at_spaces_and_keeps_its_units(bundled, monkeypatch, width):
    reason = (
        "Verkosto vie nyt yhteensä 23 h kuukaudessa, josta sovittu on 8,5 h/kk, eli "
        "15,3 % koko työajastasi, ja matkoihin kuluu lisäksi 4 h jokaisella kerralla, "
        "mikä on enemmän kuin 12 % rajasta ja 150 h/kk työajasta"
    )
    text = result_text(bundled, width, "fi", monkeypatch, reason)
    assert not UNIT_SPLIT.search(text), text
    assert all(len(line) <= width for line in text.splitlines())
    flat = " ".join(line.strip() for line in text.splitlines())
    for figure in (
        "23\u00a0h",
        "8,5\u00a0h/kk",
        "15,3\u00a0%",
        "4\u00a0h",
        "12\u00a0%",
        "150\u00a0h/kk",
    ):
        assert flat.count(figure) >= 2, figure  # in the reasons and in what would change
    assert "kuukaudessa, josta sovittu" in flat  # words wrap whole, none are cut or folded


def test_keep_units_joins_only_units_after_numbers():
    from verkosto.render.layout import keep_units

    assert keep_units("23 h, 8,5 h/kk, 15,3 %, 4 h/month") == (
        "23\u00a0h, 8,5\u00a0h/kk, 15,3\u00a0%, 4\u00a0h/month"
    )
    # Not a unit: a word beginning with h, a unit without a number, a unit glued to more.
    assert keep_units("2 hyötyä, h kk, 3 h/vko, 5 hx") == "2 hyötyä, h kk, 3 h/vko, 5 hx"
