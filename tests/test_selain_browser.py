"""`verkosto selain` in a real browser: headless Chromium opens the address and answers.

Slow (a browser starts); the keyboard-only walks live beside the pages' own browser tests.
Here, walked by keyboard with the shared `web_walk`: the key becomes a cookie that scripts
cannot read, the stylesheet gets through the Content-Security-Policy, axe finds nothing on any
page, the answers reach the history, and another browser profile cannot use the address.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from test_selain import NETWORK, Running, start_server, stored

from browser import axe_violations, chrome, describe, wait_for
from helpers import full_answers
from web_walk import walk

pytestmark = pytest.mark.slow


def no_violations(driver: Any) -> None:
    """Fail if axe finds a WCAG 2.1 A or AA violation on the page shown."""
    violations = axe_violations(driver)
    assert not violations, describe(violations)


def test_an_assessment_in_chromium_is_stored(isolated_env: Path, tmp_path: Path, bundled: Any):
    running: Running = start_server(isolated_env)
    address = running.guard.address()
    answers = full_answers(bundled)
    try:
        with chrome(tmp_path / "profiili") as driver:
            driver.get(address)
            wait_for(lambda: driver.current_url.endswith(f":{running.port}/"))
            # The cookie is HttpOnly: no script on the page can read it.
            assert driver.execute_script("return document.cookie") == ""
            # The stylesheet came through the CSP ('self'), and nothing else was loaded.
            rules = "return [...document.styleSheets].map(s => s.cssRules.length)"
            counts = driver.execute_script(rules)
            assert len(counts) == 1 and counts[0] > 0, counts
            walk(driver, answers, NETWORK, "fi", on_page=no_violations)
            assert "historiaan" in driver.page_source
            # Nothing on any page was blocked by the Content-Security-Policy (Chromium says
            # so in the console), and no page asked for anything the server does not have.
            logged = [entry["message"] for entry in driver.get_log("browser")]
            assert not [m for m in logged if "Content Security Policy" in m or "404" in m], logged
        running.thread.join()
        assert running.ended == ["stored"]
        assert [row["network"] for row in stored()] == [NETWORK]
    finally:
        if running.thread.is_alive():
            running.stop()


def test_another_browser_cannot_use_an_opened_address(
    isolated_env: Path, tmp_path: Path, bundled: Any
):
    from selenium.webdriver.common.by import By

    running = start_server(isolated_env)
    address = running.guard.address()
    try:
        with chrome(tmp_path / "oma") as driver:
            driver.get(address)
            wait_for(lambda: driver.find_elements(By.NAME, "verkosto"))
        with chrome(tmp_path / "toinen") as other:
            other.get(address)
            assert "käytetty" in other.page_source
            assert not other.find_elements(By.NAME, "verkosto")
            assert not axe_violations(other), describe(axe_violations(other))
    finally:
        running.stop()
