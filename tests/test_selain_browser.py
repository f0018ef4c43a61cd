"""`verkosto selain` in a real browser: headless Chromium opens the address and answers.

Slow (a browser starts); the keyboard-only walks live beside the pages' own browser tests.
Here: the key becomes a cookie that scripts cannot read, the stylesheet gets through the
Content-Security-Policy, axe finds nothing on the server's own pages, the answers reach the
history, and another browser profile cannot use the same address.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from test_selain import NETWORK, Running, form_value, start_server, stored

from browser import axe_violations, chrome, describe, wait_for
from helpers import full_answers

pytestmark = pytest.mark.slow


def answer_page(driver: Any, bundled: Any, answers: dict[str, Any]) -> str:
    """Answer the page shown as a person with a mouse does; return the button pressed."""
    from selenium.webdriver.common.by import By

    names: list[str] = []
    for element in driver.find_elements(By.CSS_SELECTOR, "[name^='q:']"):
        name = element.get_attribute("name")
        if name not in names:
            names.append(name)
    for name in names:
        qid = name[2:]
        radios = driver.find_elements(By.CSS_SELECTOR, f"input[type=radio][name='{name}']")
        if radios:
            values = [radio.get_attribute("value") for radio in radios]
            wanted = (
                "kuukausi"
                if "kuukausi" in values
                else form_value(bundled.question(qid), answers[qid])
            )
            radio = radios[values.index(wanted)]
            driver.find_element(
                By.CSS_SELECTOR, f"label[for='{radio.get_attribute('id')}']"
            ).click()
        else:
            field = driver.find_element(By.CSS_SELECTOR, f"[name='{name}']")
            field.clear()
            field.send_keys(form_value(bundled.question(qid), answers[qid]))
    buttons = driver.find_elements(By.CSS_SELECTOR, "button[name=toiminto]")
    values = [button.get_attribute("value") for button in buttons]
    chosen = "valmis" if "valmis" in values else "seuraava"
    assert chosen in values, driver.page_source
    buttons[values.index(chosen)].click()
    return chosen


def test_an_assessment_in_chromium_is_stored(isolated_env: Path, tmp_path: Path, bundled: Any):
    from selenium.webdriver.common.by import By

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
            assert all(count > 0 for count in driver.execute_script(rules))
            assert not axe_violations(driver), describe(axe_violations(driver))
            driver.find_element(By.NAME, "verkosto").send_keys(NETWORK)
            driver.find_element(By.CSS_SELECTOR, "button[name=toiminto]").click()
            for _ in range(200):
                page = driver.page_source
                if answer_page(driver, bundled, answers) == "valmis":
                    break
                wait_for(lambda page=page: driver.page_source != page)
            wait_for(lambda: "historiaan" in driver.page_source)
            violations = axe_violations(driver)
            assert not violations, describe(violations)
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
