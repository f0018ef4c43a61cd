"""Finnish, English and Swedish side by side: every text, the numbers and dates, the CSV.

The catalogue is checked as data, entry by entry: each language is there and says the same
{placeholders}. Numbers and dates are checked in a table of the three languages, and the
kooste CSV in Swedish the way a Finland-Swedish spreadsheet reads it.
"""

from __future__ import annotations

import csv
import io
import re
import string
from datetime import date, datetime
from typing import Any

import jsonschema
import pytest
from test_kooste import make_export, write_files
from typer.testing import CliRunner

from verkosto.cli.app import app
from verkosto.explain import reason_text
from verkosto.export import strict
from verkosto.export.make import schema
from verkosto.hourfigures import read_hours
from verkosto.i18n.catalog import t
from verkosto.i18n.formatting import format_date, format_time, number, percent
from verkosto.i18n.problems import EXPECTED, SYNTAX_DETAILS
from verkosto.i18n.texts import TOPICS
from verkosto.i18n.texts.errors import OS_REASONS, OS_REASONS_BY_NAME
from verkosto.kooste.summary import MIN_RESPONDENTS
from verkosto.languages import LANGUAGES
from verkosto.reasons import Reason

runner = CliRunner()


def test_the_languages_are_finnish_english_and_swedish():
    assert LANGUAGES == ("fi", "en", "sv")


# --- The catalogue as data ---------------------------------------------------------------


def names(template: str, lang: str) -> set[str]:
    """Return a template's placeholder names; one naming its own language loses the suffix.

    A message may pass a value in each language's form ({hours_fi} "2,5", {hours} "2.5",
    {options_en} with English labels): a text names the one for its own language.
    """
    found = {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}
    return {name.removesuffix(f"_{lang}") for name in found}


ENTRIES = [
    pytest.param(key, texts, id=f"{topic.__name__.rsplit('.', 1)[-1]}:{key}")
    for topic in TOPICS
    for key, texts in topic.MESSAGES.items()
]


@pytest.mark.parametrize(("key", "texts"), ENTRIES)
def test_every_text_has_fi_en_and_sv_with_the_same_placeholders(key, texts):
    assert set(texts) == {"fi", "en", "sv"}, key
    assert all(texts[lang].strip() for lang in LANGUAGES), key
    assert names(texts["sv"], "sv") == names(texts["fi"], "fi") == names(texts["en"], "en"), key


@pytest.mark.parametrize(("key", "texts"), ENTRIES)
def test_a_text_uses_no_value_meant_for_another_language(key, texts):
    for lang in LANGUAGES:
        for _, name, _, _ in string.Formatter().parse(texts[lang]):
            others = [other for other in LANGUAGES if other != lang]
            assert name is None or not name.endswith(tuple(f"_{o}" for o in others)), (key, lang)


def numbered(template: str) -> list[str]:
    """Return the {0}, {1}… a parser message fills in (its other braces are literal)."""
    return sorted(re.findall(r"\{(\d)\}", template))


WORD_TABLES = (
    [pytest.param(texts, id=f"expected:{name}") for name, texts in EXPECTED.items()]
    + [pytest.param(texts, id=f"os:{code}") for code, texts in OS_REASONS.items()]
    + [pytest.param(texts, id=f"os:{name}") for name, texts in OS_REASONS_BY_NAME.items()]
    + [pytest.param(texts, id=f"syntax:{pattern}") for pattern, texts in SYNTAX_DETAILS]
)


@pytest.mark.parametrize("texts", WORD_TABLES)
def test_every_word_table_entry_has_fi_en_and_sv(texts):
    assert set(texts) == {"fi", "en", "sv"}
    assert all(texts[lang].strip() for lang in LANGUAGES)
    assert numbered(texts["sv"]) == numbered(texts["fi"]) == numbered(texts["en"])


def test_the_allowed_languages_are_filled_in_not_written_out():
    for lang in LANGUAGES:
        text = t("bad_language", lang, value="de", allowed=", ".join(LANGUAGES))
        assert "'de'" in text and text.count("fi, en, sv") == 1


# --- Numbers and dates -------------------------------------------------------------------

NBSP = "\u00a0"
FORMATTED = [
    # what, value, Finnish, English, Swedish
    ("number", 2.5, "2,5", "2.5", "2,5"),
    ("number", 3.84, "3,8", "3.8", "3,8"),
    ("whole", 150.0, "150", "150", "150"),
    ("whole", 37.5, "37,5", "37.5", "37,5"),
    ("whole", -0.01, "0", "0", "0"),
    ("number", None, "–", "–", "–"),
    ("percent", 0.15, f"15{NBSP}%", "15%", f"15{NBSP}%"),
    ("percent", 0.091, f"9,1{NBSP}%", "9.1%", f"9,1{NBSP}%"),
    ("percent", None, "–", "–", "–"),
    ("date", date(2026, 12, 6), "6.12.2026", "2026-12-06", "6.12.2026"),
    ("date", date(2027, 1, 15), "15.1.2027", "2027-01-15", "15.1.2027"),
    ("date", None, "–", "–", "–"),
    (
        "time",
        datetime(2026, 12, 6, 13, 15),
        "6.12.2026 klo 13.15",
        "2026-12-06 13:15",
        "6.12.2026 kl. 13.15",
    ),
    (
        "time",
        datetime(2026, 3, 1, 9, 5),
        "1.3.2026 klo 9.05",
        "2026-03-01 09:05",
        "1.3.2026 kl. 9.05",
    ),
]


def formatted(what: str, value: Any, lang: str) -> str:
    """Format `value` the way the tool shows a number, share, date or time in `lang`."""
    if what in ("number", "whole"):
        return number(value, lang, 1, strip=what == "whole")  # "whole": no trailing ",0"
    if what == "percent":
        return percent(value, lang)
    if what == "date":
        return format_date(value, lang)
    return format_time(value, lang)


@pytest.mark.parametrize(("what", "value", "fi", "en", "sv"), FORMATTED)
def test_numbers_and_dates_in_each_language(what, value, fi, en, sv):
    assert [formatted(what, value, lang) for lang in ("fi", "en", "sv")] == [fi, en, sv]


# --- The kooste CSV in Swedish -----------------------------------------------------------


def test_the_swedish_kooste_csv_reads_as_a_finland_swedish_spreadsheet_reads_it(tmp_path):
    write_files(
        tmp_path / "v",
        [make_export(network="Iso", hours=h) for h in (1, 2, 3, 4, 6)]
        + [make_export(network="Pieni")] * 2,
    )
    result = runner.invoke(app, ["kooste", str(tmp_path / "v"), "--muoto", "csv", "--kieli", "sv"])
    assert result.exception is None and result.exit_code == 0, result.output
    assert result.stdout.startswith("\ufeff")  # so that a spreadsheet reads it as UTF-8
    header, *rows = list(
        csv.reader(io.StringIO(result.stdout.removeprefix("\ufeff")), delimiter=";")
    )
    assert len(rows) == 2 and all(len(row) == len(header) for row in rows)
    fixed = ("network", "respondents", "suppressed", "worth_it_share")
    words = {
        lang: [t(f"kooste_csv_{column}", lang, min=MIN_RESPONDENTS) for column in fixed]
        for lang in LANGUAGES
    }
    assert header[:4] == words["sv"]
    assert not set(words["sv"]) & (set(words["fi"]) | set(words["en"]))
    big = dict(zip(header, rows[0], strict=True))
    small = dict(zip(header, rows[1], strict=True))
    hidden = t("kooste_csv_suppressed", "sv", min=MIN_RESPONDENTS)
    assert (big[hidden], small[hidden]) == (t("kooste_csv_no", "sv"), t("kooste_csv_yes", "sv"))
    # Decimal commas, as in Finnish: the median of 1, 2, 3, 4 and 6 hours, and their sum.
    assert big[t("kooste_csv_hours_median", "sv")] == "3,0"
    assert big[t("kooste_csv_hours_total", "sv")] == "16,0"


# --- Lists in a sentence -----------------------------------------------------------------


@pytest.mark.parametrize(("lang", "joined"), [("fi", " ja "), ("en", " and "), ("sv", " och ")])
def test_a_list_in_a_reason_ends_with_the_languages_and(bundled, lang, joined):
    dims = ("ydintehtava", "ajankaytto", "vastavuoroisuus")
    reason = Reason("thin_evidence", {"dimensions": dims})
    text = reason_text(bundled, reason, lang)
    titles = [bundled.dimension(did).title.get(lang) for did in dims]
    assert f"{titles[0]}, {titles[1]}{joined}{titles[2]}" in text


def test_questions_named_in_a_swedish_reason_stand_in_swedish_quotes(bundled):
    reason = Reason("relevance_unknown", {"questions": ("ydin_aiheet", "ydin_ainutlaatuinen")})
    text = reason_text(bundled, reason, "sv")
    assert text.count("”") == 4 and "“" not in text and " och " in text


# --- Swedish answers and exports ---------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "per", "hours"),
    [
        ("3 h/vecka", "week", 3.0),
        ("37,5/v", "week", 37.5),
        ("8 h/mån", "month", 8.0),
        ("8,5 h/månad", "month", 8.5),
        ("8 h/kk", "month", 8.0),
        ("2 h/week", "week", 2.0),
    ],
)
def test_hour_figures_read_swedish_units_too(written, per, hours):
    figure = read_hours(written)
    assert figure is not None and (figure.per, figure.number) == (per, hours)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_an_export_in_any_of_the_languages_is_valid(lang):
    item = {**make_export(), "language": lang}
    assert strict.validate(item) is None
    jsonschema.validate(item, schema())


def test_an_export_in_another_language_is_not():
    assert strict.validate({**make_export(), "language": "de"}) is not None
