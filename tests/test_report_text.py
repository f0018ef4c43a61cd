"""The plain-text and Markdown reports follow the HTML one: verdict first, trend, answers last."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from verkosto.report.compose import build

from helpers import make_export

TZ = timezone(timedelta(hours=2))


def reports(bundled, fmt: str) -> tuple[dict, str]:
    now = make_export(bundled, "Verkko", scale=4, hours=3)
    earlier = [
        make_export(bundled, "Verkko", when=datetime(2026, 2, 1, 9, tzinfo=TZ), scale=2, hours=8)
    ]
    return now, build(now, bundled, "fi", fmt, earlier=earlier)


def test_the_text_report_opens_with_the_verdict_and_its_first_reason(bundled):
    now, text = reports(bundled, "txt")
    lines = text.splitlines()
    assert lines[4] == f"Suositus: {now['recommendation']['title']}"
    assert " ".join(lines[5:7]).startswith(now["recommendation"]["reasons"][0][:40])
    assert all(len(line) <= 78 for line in lines)


def test_the_text_report_lists_the_trend_in_columns(bundled):
    now, text = reports(bundled, "txt")
    lines = text.splitlines()
    start = lines.index("Miten arvio on muuttunut")
    assert lines[start + 2] == "Päivä       Suhde  h/kk  Suositus"
    assert lines[start + 3].split()[:3] == ["1.2.2026", "0,52", "32"]
    assert lines[start + 4].startswith("27.11.2026   ")
    assert lines[start + 4].endswith(now["recommendation"]["title"])
    assert text.index("Miten arvio on muuttunut") < text.index("Vastaukset")


def test_the_markdown_report_has_the_trend_as_a_table(bundled):
    now, text = reports(bundled, "md")
    assert text.splitlines()[4] == f"**Suositus: {now['recommendation']['title']}**"
    assert "| Päivä | Suositus | Hyöty–kustannus-suhde | Tunnit kuukaudessa |" in text
    assert "|---|---|---:|---:|" in text
    assert text.index("## Miten arvio on muuttunut") < text.index("## Vastaukset")
