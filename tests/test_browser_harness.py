"""The browser harness itself: axe-core finds a real violation and passes a clean page."""

from __future__ import annotations

from pathlib import Path

import pytest

from browser import axe_violations, chrome, describe

pytestmark = pytest.mark.slow

CLEAN = """<!doctype html><html lang="fi"><head><meta charset="utf-8"><title>Koe</title></head>
<body><main><h1>Koe</h1><form><fieldset><legend>Kysymys</legend>
<input type="radio" id="a" name="q" value="1"><label for="a">Kyllä</label>
<input type="radio" id="b" name="q" value="2"><label for="b">Ei</label></fieldset>
<button type="submit">Seuraava</button></form></main></body></html>"""


def test_axe_passes_a_clean_page_and_finds_a_missing_label(tmp_path: Path) -> None:
    clean = tmp_path / "clean.html"
    clean.write_text(CLEAN, encoding="utf-8")
    broken = tmp_path / "broken.html"
    # No lang, an input without a label, grey on white: three WCAG A/AA failures.
    broken.write_text(
        '<!doctype html><html><head><title>x</title></head><body><main><input type="text">'
        '<p style="color:#ccc;background:#fff">vaalea</p></main></body></html>',
        encoding="utf-8",
    )
    with chrome(tmp_path / "profile") as driver:
        driver.get(clean.as_uri())
        assert axe_violations(driver) == [], describe(axe_violations(driver))
        driver.get(broken.as_uri())
        found = {v["id"] for v in axe_violations(driver)}
    assert {"html-has-lang", "label", "color-contrast"} <= found
