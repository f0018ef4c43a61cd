"""The HTML report: the verdict first, pictures drawn from the numbers, answers last, A4 print."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from html import escape
from html.parser import HTMLParser

import pytest
from typer.testing import CliRunner

from verkosto import history
from verkosto.cli.app import app
from verkosto.report.chart import LABEL_CHARS, label_lines
from verkosto.report.compose import build, gather
from verkosto.report.contents import TREND_POINTS, trend_points
from verkosto.report.html import to_html

from helpers import make_export

runner = CliRunner()
TZ = timezone(timedelta(hours=2))


class Page(HTMLParser):
    """Collects the page's elements in order, with their attributes and their own text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[tuple[int, str]] = []  # (index of the element it is in, text)

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))

    def handle_startendtag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))

    def handle_data(self, data):
        if data.strip():
            self.text.append((len(self.elements) - 1, data))

    def where(self, needle: str) -> int:
        """Return the position in the page of the first text that contains `needle`."""
        return next(i for i, (_, text) in enumerate(self.text) if needle in text)

    def all_text(self) -> str:
        return " ".join(text for _, text in self.text)


def parse(html: str) -> Page:
    page = Page()
    page.feed(html)
    page.close()
    return page


def at(day: datetime, bundled, **options):
    return make_export(bundled, "Verkko", when=day, **options)


def test_the_verdict_and_its_first_reason_come_first_and_the_answers_last(bundled):
    data = make_export(bundled, scale=4)
    html = build(data, bundled, "fi", "html")
    page = parse(html)
    verdict = page.where(data["recommendation"]["title"])
    first_reason = page.where(data["recommendation"]["reasons"][0])
    assert verdict < first_reason < page.where("Hyödyt ja kustannukset ulottuvuuksittain")
    assert page.where("Keskusteltavaa järjestössä") < page.where("Vastaukset")
    # After the answers' heading comes only their table and the footer.
    tags_after = {tag for tag, _ in page.elements[page.text[page.where("Vastaukset")][0] + 1 :]}
    assert tags_after <= {"table", "thead", "tbody", "tr", "th", "td", "footer", "p"}
    # The first reason is said once, at the top; the others under their own heading.
    assert page.all_text().count(data["recommendation"]["reasons"][0]) == 1


def test_the_dimension_picture_draws_each_score_and_says_it_in_words(bundled):
    data = make_export(bundled, scale=4, hours=9)
    gathered = gather(data, bundled, "fi")
    page = parse(to_html(gathered))
    svg = [attrs for tag, attrs in page.elements if tag == "svg"]
    assert len(svg) == 1  # no earlier assessments: no trend picture
    assert svg[0]["role"] == "img" and svg[0]["aria-labelledby"] == "dims-title dims-desc"
    bars = [attrs for tag, attrs in page.elements if tag == "rect" and attrs.get("height") == "14"]
    assert len(bars) == len(gathered.dimensions)
    # Bar lengths follow the scores (0–5 across the same width), costs hatched, benefits solid.
    unit = float(bars[0]["width"]) / gathered.dimensions[0].value
    for bar, row in zip(bars, gathered.dimensions, strict=True):
        assert abs(float(bar["width"]) - row.value * unit) < 0.2, row.title
        assert (bar["fill"] == "url(#cost-hatch)") == (row.side_id == "cost")
    desc = next(text for i, text in page.text if page.elements[i][0] == "desc")
    for row in gathered.dimensions:
        assert f"{row.title}: {row.score} ({row.level})" in desc


def test_a_dimension_without_a_score_has_no_bar_but_says_why(bundled):
    gathered = gather(make_export(bundled), bundled, "fi")
    rows = (
        replace(gathered.dimensions[0], value=None, score="–", level="Ei tietoa"),
        *gathered.dimensions[1:],
    )
    page = parse(to_html(replace(gathered, dimensions=rows)))
    bars = [a for tag, a in page.elements if tag == "rect" and a.get("height") == "14"]
    assert len(bars) == len(rows) - 1
    assert "– · Ei tietoa" in page.all_text()


def test_the_trend_has_this_networks_earlier_assessments_oldest_first(bundled):
    now = at(datetime(2026, 11, 27, 9, tzinfo=TZ), bundled, hours=5)
    earlier = [at(datetime(2026, month, 1, 9, tzinfo=TZ), bundled, hours=month) for month in (5, 2)]
    later = at(datetime(2026, 12, 1, 9, tzinfo=TZ), bundled)
    points = trend_points(now, [*earlier, later, now], bundled, "fi")
    assert [p.day for p in points] == ["1.2.2026", "1.5.2026", "27.11.2026"]
    assert [p.hours_text for p in points] == ["8", "20", "20"]
    # Each verdict in the report's language, whatever language it was made in.
    in_english = trend_points(now, [at(datetime(2026, 1, 1, 9, tzinfo=TZ), bundled)], bundled, "en")
    assert [p.verdict for p in in_english] == ["Carry on as you are"] * 2
    assert trend_points(now, [], bundled, "fi") == ()  # one assessment alone has no trend
    many = [at(datetime(2020 + n // 12, n % 12 + 1, 1, 9, tzinfo=TZ), bundled) for n in range(30)]
    assert len(trend_points(now, many, bundled, "fi")) == TREND_POINTS
    assert trend_points(now, many, bundled, "fi")[-2].day == "1.6.2022"


def test_the_trend_picture_marks_every_point_with_its_numbers(bundled):
    now = at(datetime(2026, 11, 27, 9, tzinfo=TZ), bundled, hours=5)
    earlier = [at(datetime(2026, 3, 1, 9, tzinfo=TZ), bundled, hours=2, scale=3)]
    gathered = gather(now, bundled, "fi", earlier)
    page = parse(to_html(gathered))
    assert [a["aria-labelledby"] for tag, a in page.elements if tag == "svg"] == [
        "dims-title dims-desc",
        "trend-title trend-desc",
    ]
    assert len([1 for tag, _ in page.elements if tag == "circle"]) == 2  # the balance
    markers = [a for tag, a in page.elements if tag == "rect" and a.get("width") == "8"]
    assert len(markers) == 2  # the hours
    text = page.all_text()
    for point in gathered.trend:
        assert (
            f"{point.day}: suhde {point.ratio_text}, {point.hours_text}\u00a0h kuukaudessa" in text
        )
        assert point.ratio_text in text and point.hours_text in text


def test_the_report_command_finds_the_trend_in_the_history(bundled, isolated_env):
    db = history.database_path(isolated_env)
    for month in (3, 6, 9):
        history.record(db, at(datetime(2026, month, 1, 9, tzinfo=TZ), bundled, hours=month))
    history.record(db, make_export(bundled, "Toinen verkosto"))
    result = runner.invoke(
        app, ["raportti", "--viimeisin", "--verkosto", "verkko", "--muoto", "html"]
    )
    assert result.exit_code == 0, result.output
    page = parse(result.stdout)
    rows = [text for i, text in page.text if page.elements[i][0] == "td"]
    assert [day for day in rows if re.fullmatch(r"1\.\d\.2026", day)] == [
        "1.3.2026",
        "1.6.2026",
        "1.9.2026",
    ]
    other = runner.invoke(
        app, ["raportti", "--viimeisin", "--verkosto", "toinen", "--muoto", "html"]
    )
    assert "trend-title" not in other.stdout


def test_no_script_no_outside_file_and_names_stay_text(bundled):
    hostile = 'Verkko <script>alert(1)</script> "><svg onload=x>'
    gathered = gather(
        make_export(bundled, hostile),
        bundled,
        "fi",
        [at(datetime(2026, 1, 1, 9, tzinfo=TZ), bundled)],
    )
    rows = tuple(replace(r, title=hostile) for r in gathered.dimensions)
    html = to_html(replace(gathered, dimensions=rows))
    page = parse(html)
    tags = {tag for tag, _ in page.elements}
    assert not tags & {"script", "img", "link", "iframe", "object", "embed", "image", "a"}
    attrs = {name for _, a in page.elements for name in a}
    assert not {"src", "href", "onload", "xlink:href"} & attrs
    assert re.findall(r"url\(([^)]*)\)", html) == ["#cost-hatch"] * len(re.findall(r"url\(", html))
    assert "http" not in html.replace('xmlns="http://www.w3.org/2000/svg"', "")
    # The whole name: cut in the picture's bar label, whole in the title and the description.
    assert f"Verkostoarvio: {hostile}" in page.all_text()
    assert page.all_text().count(hostile) >= len(rows)


def test_the_page_prints_on_a4_and_keeps_rows_and_pictures_whole(bundled):
    html = build(make_export(bundled), bundled, "fi", "html")
    style = re.search(r"<style>(.*)</style>", html, re.S).group(1)
    assert "@page{size:A4;" in style
    assert "tr,li{break-inside:avoid}" in style
    assert "figure{margin:.4rem 0;break-inside:avoid}" in style
    assert "thead{display:table-header-group}" in style  # a long table repeats its header


@pytest.mark.parametrize(
    ("name", "lines"),
    [
        ("Ydintehtävä", ["Ydintehtävä"]),
        ("Support and well-being at work", ["Support and well-being at work"]),
        ("Stöd och välbefinnande i arbetet", ["Stöd och välbefinnande i", "arbetet"]),
        ("A" * 40, ["A" * 29 + "…"]),  # one word too long for a line is cut, not split
        (
            "Organisationens mål och uppdrag i samhället och i regionen",
            ["Organisationens mål och", "uppdrag i samhället och i reg…"],
        ),
    ],
)
def test_a_long_dimension_name_goes_on_two_lines(name, lines):
    assert label_lines(name) == lines
    assert all(len(line) <= LABEL_CHARS for line in lines)


@pytest.mark.parametrize("lang", ["fi", "en", "sv"])
def test_every_dimension_name_is_whole_in_the_picture(bundled, lang):
    # Swedish names are the longest ("Stöd och välbefinnande i arbetet"): none is cut with '…'.
    gathered = gather(make_export(bundled, scale=4, hours=9, lang=lang), bundled, lang)
    svg = re.search(r"<svg.*?</svg>", to_html(gathered), re.S)
    assert svg is not None
    labels = re.findall(r'<text x="200"[^>]*>(.*?)</text>', svg.group(0))
    shown = [" ".join(re.findall(r"<tspan[^>]*>(.*?)</tspan>", label)) for label in labels]
    assert shown == [escape(row.title) for row in gathered.dimensions]
