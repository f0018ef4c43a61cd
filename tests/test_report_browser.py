"""The HTML report in a real browser: headless Chromium prints it on A4, and we read the PDF.

Needs Chromium and poppler's pdfinfo and pdftotext (Debian: chromium, poppler-utils; CI
installs them). Where they cannot be had the test skips and says why, but never when
VERKOSTO_REQUIRE_BROWSER is set, as CI sets it: there a missing browser is a failure.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from typer.testing import CliRunner

from verkosto import history
from verkosto.cli.app import app

from helpers import make_export

runner = CliRunner()
TZ = timezone(timedelta(hours=2))
NAME = "Pääkaupunkiseudun pienten sosiaali- ja terveysjärjestöjen viestintäverkosto"
A4_POINTS = (595, 842)  # 210 × 297 mm


def tools() -> tuple[str, str, str]:
    """Return the browser, pdfinfo and pdftotext, or skip (fail where CI requires them)."""
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    found = (browser, shutil.which("pdfinfo"), shutil.which("pdftotext"))
    if all(found):
        return found  # type: ignore[return-value]
    missing = [
        name
        for name, path in zip(("chromium", "pdfinfo", "pdftotext"), found, strict=True)
        if not path
    ]
    reason = f"not installed: {', '.join(missing)} (Debian: apt-get install chromium poppler-utils)"
    if os.environ.get("VERKOSTO_REQUIRE_BROWSER"):
        pytest.fail(f"VERKOSTO_REQUIRE_BROWSER is set but {reason}")
    pytest.skip(reason)


def print_to_pdf(browser: str, html: Path, pdf: Path, profile: Path) -> None:
    """Print `html` to `pdf` with headless Chromium: a fresh profile, nothing from the net."""
    command = [
        browser,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={profile}",
        f"--print-to-pdf={pdf}",
        "--no-pdf-header-footer",
        html.as_uri(),
    ]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    assert pdf.exists() and pdf.stat().st_size > 0, done.stderr[-2000:]


@pytest.mark.slow
def test_a_members_report_prints_on_at_most_three_a4_pages_with_its_charts(
    bundled, isolated_env, tmp_path
):
    browser, pdfinfo, pdftotext = tools()
    db = history.database_path(isolated_env)
    # Seven earlier assessments and this one: the trend chart at its fullest.
    for n in range(7):
        history.record(
            db,
            make_export(
                bundled,
                NAME,
                when=datetime(2023 + n // 2, 3 + 6 * (n % 2), 1, 9, tzinfo=TZ),
                scale=3,
                hours=2 + n,
            ),
        )
    latest = make_export(
        bundled, NAME, scale=5, hours=6, tyoyhteiso="yksin", huomiot="Yksityinen muistiinpano"
    )
    history.record(db, latest)
    html = tmp_path / "raportti.html"
    result = runner.invoke(app, ["raportti", "--viimeisin", "--muoto", "html", "--vie", str(html)])
    assert result.exit_code == 0, result.output
    pdf = tmp_path / "raportti.pdf"
    print_to_pdf(browser, html, pdf, tmp_path / "profile")

    info = subprocess.run([pdfinfo, str(pdf)], capture_output=True, text=True, check=True).stdout
    pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
    size = re.search(r"^Page size:\s+([\d.]+) x ([\d.]+) pts", info, re.M)
    assert (round(float(size.group(1))), round(float(size.group(2)))) == A4_POINTS
    assert 1 <= pages <= 3

    def text(first: int, last: int) -> str:
        out = subprocess.run(
            [pdftotext, "-f", str(first), "-l", str(last), str(pdf), "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        return " ".join(out.split())

    first_page = text(1, 1)
    recommendation = latest["recommendation"]
    assert "Verkostoarvio: Pääkaupunkiseudun pienten" in first_page
    assert f"SUOSITUS {recommendation['title']}" in first_page
    assert " ".join(recommendation["reasons"][0].split()) in first_page
    # The dimension chart is drawn on the first page: its legend and every bar's label exist
    # only inside the SVG.
    assert "Kustannukset (suurempi = kevyempi)" in first_page
    assert first_page.count("· Vahvuus") + first_page.count("· Huolenaihe") + first_page.count(
        "· Pohdittava"
    ) == len(bundled.dimensions)
    everything = text(1, pages)
    # The trend chart: its two panels, and the first and the last day under them.
    assert "Miten arvio on muuttunut" in everything
    assert re.search(
        r"Hyöty–kustannus-suhde Tunnit kuukaudessa .*1\.3\.2023 27\.11\.2026", everything
    )
    # The answers come last, and the private note is not among them.
    answers = everything.index("Vastaukset Kysymys Vastaus")
    assert answers > everything.index("Keskusteltavaa järjestössä")
    assert "Vapaa sana on kirjattu, mutta sitä ei näytetä raportissa." in everything[answers:]
    assert "Yksityinen muistiinpano" not in everything
