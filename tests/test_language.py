"""Every word in the person's language: parser errors, the English for työnohjaus."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from verkosto.cli.app import app
from verkosto.i18n.problems import SYNTAX_DETAILS, syntax_detail

from helpers import iter_text_fields

runner = CliRunner()


@pytest.mark.parametrize(
    ("content", "fi", "en", "where_fi", "where_en"),
    [
        (
            '{"vaihe": }',
            "tästä puuttuu arvo",
            "a value is missing here",
            "rivi 1, sarake 11",
            "line 1, column 11",
        ),
        (
            '{"vaihe": "jasen",\n "rooli": "osallistuja",}',
            "tähän kuuluu avain lainausmerkeissä",
            "a key in double quotes",
            "rivi 2, sarake 25",
            "line 2, column 25",
        ),
        (
            '{"vaihe" "jasen"}',
            "avaimen jälkeen puuttuu kaksoispiste",
            "the colon after a key is missing",
            "rivi 1, sarake 10",
            "line 1, column 10",
        ),
        (
            '{"vaihe": "jasen}',
            "ei pääty lainausmerkkiin",
            "has no closing quote",
            "rivi 1, sarake 11",
            "line 1, column 11",
        ),
        (
            '{"vaihe": "jasen"} x',
            "jotain ylimääräistä",
            "something more after",
            "rivi 1, sarake 20",
            "line 1, column 20",
        ),
    ],
)
def test_a_broken_json_file_is_told_in_the_persons_language(
    tmp_path, content, fi, en, where_fi, where_en
):
    path = tmp_path / "vastaukset.json"
    path.write_text(content, "utf-8")
    for lang, words, where, english in (
        ("fi", fi, where_fi, "Expecting"),
        ("en", en, where_en, "Expecting"),
    ):
        result = runner.invoke(
            app,
            [
                "arvioi",
                "--verkosto",
                "V",
                "--vastaukset",
                str(path),
                "--ei-tallenna",
                "--kieli",
                lang,
            ],
        )
        assert result.exit_code == 2 and result.exception is not None
        out = result.output
        assert words in out and where in out, out
        assert english not in out and "delimiter" not in out and "Extra data" not in out


@pytest.mark.parametrize(
    ("content", "fi", "en", "where"),
    [
        ("vaihe: jasen\nrooli: a: b\n", "kaksoispiste kohdassa", "a colon where", (2, 9)),
        ("vaihe: jasen\n\trooli: x\n", "sisennyksessä on sarkain", "holds a tab", (2, 1)),
        ('vaihe: "jasen\n', "tiedosto päättyi kesken", "ended too soon", (2, 1)),
        ("vaihe: [jasen\n", "lista [ ] jää sulkematta", "a list [ ] is not closed", (2, 1)),
        ("vaihe: @x\n", "merkki @ ei voi aloittaa", "the character @ cannot", (1, 8)),
    ],
)
def test_a_broken_yaml_file_is_told_in_the_persons_language(tmp_path, content, fi, en, where):
    path = tmp_path / "vastaukset.yaml"
    path.write_text(content, "utf-8")
    line, column = where
    for lang, words, at in (
        ("fi", fi, f"rivi {line}, sarake {column}"),
        ("en", en, f"line {line}, column {column}"),
    ):
        result = runner.invoke(
            app,
            [
                "arvioi",
                "--verkosto",
                "V",
                "--vastaukset",
                str(path),
                "--ei-tallenna",
                "--kieli",
                lang,
            ],
        )
        assert result.exit_code == 2
        assert words in result.output and at in result.output, result.output
        for english in (
            "mapping values",
            "cannot start any token",
            "end of stream",
            "expected ','",
        ):
            assert english not in result.output


def test_a_broken_questions_file_is_told_in_finnish_too(tmp_path):
    path = tmp_path / "oma.yaml"
    path.write_text("instrument:\n  id: x\n  title: a: b\n", "utf-8")
    result = runner.invoke(app, ["tarkista", str(path)])
    assert result.exit_code != 0
    assert "rivi 3, sarake 11" in result.output and "kaksoispiste kohdassa" in result.output


def test_a_broken_report_export_is_told_in_english(tmp_path):
    path = tmp_path / "vienti.json"
    path.write_text("[1, 2", "utf-8")
    result = runner.invoke(app, ["raportti", str(path), "--kieli", "en"])
    assert result.exit_code == 2
    assert "JSON syntax error" in result.output and "column 6" in result.output
    assert "Expecting" not in result.output


def test_every_known_parser_message_has_both_languages():
    for pattern, texts in SYNTAX_DETAILS:
        assert set(texts) == {"fi", "en", "sv"}, pattern
    assert syntax_detail("something new from a later parser", "fi") == (
        "rakenne ei ole kelvollinen tässä kohdassa"
    )
    # A name the parser quotes is shown with its control characters visible.
    assert "\\x1b" in syntax_detail("found character '\x1b[2J' that cannot start any token", "en")


def test_tyonohjaus_is_not_work_supervision_in_english(bundled):
    for where, text in iter_text_fields(bundled):
        assert "work supervision" not in (text.en or "").lower(), where
    assert "professional supervision (work counselling)" in (
        bundled.question("tuki_tyonohjaus").text.en
    )


@pytest.mark.parametrize(
    ("lang", "expected", "foreign"),
    [
        ("fi", "Artikkelin kohta: Alku", "Introduction"),
        ("en", "Article section: Introduction", "Alku"),
    ],
)
def test_the_articles_section_is_named_in_the_persons_language(bundled, lang, expected, foreign):
    from verkosto.render.console import plain_text
    from verkosto.render.interview import help_view

    shown = plain_text(help_view(bundled.question("ydin_aiheet"), lang))
    assert expected in " ".join(shown.split())
    assert foreign not in shown


@pytest.mark.parametrize(
    ("lang", "expected", "wrong"),
    [
        ("fi", "Lähde: Työkalun lisäys", "Artikkelin kohta"),
        ("en", "Source: Added by the tool", "Article section"),
    ],
)
def test_a_source_that_is_not_the_article_is_not_called_its_section(bundled, lang, expected, wrong):
    from verkosto.render.console import plain_text
    from verkosto.render.interview import help_view

    for qid in ("toim_vetaminen", "toim_vaikutus", "toim_sitoutuminen"):
        shown = " ".join(plain_text(help_view(bundled.question(qid), lang)).split())
        assert expected in shown and wrong not in shown, qid


def test_items_not_from_the_article_say_so(bundled):
    for qid in ("toim_vetaminen", "toim_vaikutus", "toim_sitoutuminen"):
        source = bundled.question(qid).source
        assert source.fi.startswith("Työkalun lisäys") and "PSAT" in (source.en or "")


@pytest.mark.parametrize("name", ["ENAMETOOLONG", "EEXIST", "EBUSY", "EIO", "ENOENT"])
def test_a_system_reason_is_said_in_the_persons_language(name):
    import errno

    from verkosto.i18n.formatting import os_reason

    code = getattr(errno, name)
    error = OSError(code, "English words from the system")
    assert "English" not in os_reason(error, "fi")
    assert "English" not in os_reason(error, "en")


@pytest.mark.parametrize(
    ("low", "high", "fi", "en"),
    [
        (1, 1, "Noin minuutti, yksi kysymys.", "About a minute, one question."),
        (3, 3, "Noin minuutti, 3 kysymystä.", "About a minute, 3 questions."),
        (33, 36, "Noin 10 minuuttia, 33–36 kysymystä.", "About 10 minutes, 33–36 questions."),
    ],
)
def test_the_intro_counts_in_good_grammar(bundled, low, high, fi, en):
    from verkosto.render.console import plain_text
    from verkosto.render.interview import intro_view

    for lang, expected in (("fi", fi), ("en", en)):
        assert expected in plain_text(intro_view(bundled, lang, low, high), 200)


@pytest.mark.parametrize(
    ("given", "said"),
    [
        ("sv_FI", "Det finns inga bedömningar"),
        ("sv-FI", "Det finns inga bedömningar"),
        ("en_US.UTF-8", "There are no assessments"),
        ("fi_FI.UTF-8", "Historiassa ei ole vielä arvioita"),
        ("SV", "Det finns inga bedömningar"),
    ],
)
@pytest.mark.parametrize("where", ["option", "environment"])
def test_a_locale_name_means_its_language(given, said, where, monkeypatch):
    # VERKOSTO_KIELI is often copied from LANG, which writes the country and encoding too.
    if where == "environment":
        monkeypatch.setenv("VERKOSTO_KIELI", given)
        result = runner.invoke(app, ["historia"])
    else:
        result = runner.invoke(app, ["historia", "--kieli", given])
    assert result.exit_code == 0, result.output
    assert said in result.stdout


@pytest.mark.parametrize("given", ["de", "de_DE", "svenska", "x_sv"])
def test_an_unknown_language_is_told_in_every_language(given, monkeypatch):
    # The person's language is what is unknown, so no one language can be assumed.
    monkeypatch.setenv("VERKOSTO_KIELI", given)
    result = runner.invoke(app, ["historia"])
    assert result.exit_code == 2
    value = given.lower()
    assert f"Tuntematon kieli '{value}' (sallitut: fi, en, sv)." in result.stderr
    assert f"Unknown language '{value}' (allowed: fi, en, sv)." in result.stderr
    assert f"Okänt språk '{value}' (tillåtna: fi, en, sv)." in result.stderr
