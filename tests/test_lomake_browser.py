"""`lomake.html` in a real browser: opened from file:// with the network off, answered by keyboard.

The file is made by the command, with the Pyodide runtime `npm ci` installs. Chromium opens it
with its network emulated offline, and every page is answered with the keys a keyboard user
presses: Tab to the question, the arrow keys or Space to choose, typing into a field, Enter on
the button, in Finnish, Swedish and English, with axe-core on every page. The export downloaded
at the end must be the file `verkosto arvioi --vastaukset` writes for the same answers apart
from the two timestamps, and answers saved mid-way must resume the form.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from selenium.webdriver.common.keys import Keys
from typer.testing import CliRunner

from verkosto.answers_file import load_answers
from verkosto.cli.app import app

from browser import (
    axe_violations,
    chrome,
    describe,
    focused,
    page_kind,
    press,
    pyodide_folder,
    wait_for,
)
from helpers import full_answers, verkosto_command
from web_walk import answer_page, submit_with, tab_to, type_into, walk

pytestmark = pytest.mark.slow
runner = CliRunner()
TIMES = ("started_at", "completed_at")
NETWORK = "Pienten <järjestöjen> verkosto & co"
# Records what the page's Content-Security-Policy refused, before any script of the page runs.
WATCH = (
    "window.__refused = [];"
    "document.addEventListener('securitypolicyviolation',"
    " e => window.__refused.push(e.violatedDirective + ' ' + e.blockedURI));"
)


@pytest.fixture(scope="module")
def form_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Write lomake.html once with the command, as an organisation would."""
    folder = tmp_path_factory.mktemp("lomake")
    target = folder / "lomake.html"
    env = {**os.environ, "VERKOSTO_HOME": str(folder / "home")}
    done = subprocess.run(
        [verkosto_command(), "lomake", "-o", str(target), "--pyodide", str(pyodide_folder())],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return target


@pytest.fixture
def offline(tmp_path: Path) -> Iterator[tuple[Any, Path]]:
    """Yield Chromium with the network off and a download folder, and the folder."""
    downloads = tmp_path / "lataukset"
    downloads.mkdir()
    with chrome(tmp_path / "profile", downloads) as driver:
        driver.execute_cdp_cmd("Network.enable", {})
        driver.execute_cdp_cmd(
            "Network.emulateNetworkConditions",
            {"offline": True, "latency": 0, "downloadThroughput": 0, "uploadThroughput": 0},
        )
        driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": WATCH})
        yield driver, downloads


def open_form(driver: Any, form_file: Path) -> None:
    driver.get(form_file.as_uri())
    # Generous: starting Python in a shared CI machine's browser takes seconds, not minutes.
    wait_for(lambda: driver.find_elements("css selector", "main h1"), timeout=120)


def main_text(driver: Any) -> str:
    return str(driver.find_element("tag name", "main").text)


def on_each_page(driver: Any) -> None:
    """What every page of the walk must do: focus on its heading, no problem shown."""
    assert not driver.find_elements("css selector", ".error-summary"), main_text(driver)
    assert driver.execute_script("return document.activeElement.tagName") == "H1"


def checked_by_axe(driver: Any) -> None:
    """On every page also: no WCAG 2.1 A/AA violation that axe-core finds."""
    on_each_page(driver)
    assert axe_violations(driver) == [], describe(axe_violations(driver))


def save_button(driver: Any, words: str = "") -> Any:
    """Tab to the save button below the page (the one whose text has `words`)."""
    return tab_to(driver, "#verkosto-tallennus button", f"the save button {words!r}", words)


def downloaded(folder: Path, prefix: str) -> Path:
    """Wait for the one file with this prefix to be downloaded in full; return it."""

    def done() -> Path | None:
        found = [p for p in folder.iterdir() if p.name.startswith(prefix)]
        if len(found) == 1 and found[0].suffix == ".json" and found[0].stat().st_size:
            return found[0]
        return None

    path: Path = wait_for(done)
    return path


def cli_export_text(tmp_path: Path, answers: dict[str, Any], lang: str) -> str:
    path = tmp_path / "vastaukset-cli.json"
    path.write_text(json.dumps(answers), encoding="utf-8")
    args = ["arvioi", "--verkosto", NETWORK, "--vastaukset", str(path), "--vie", "-"]
    result = runner.invoke(app, [*args, "--ei-tallenna", "--kieli", lang])
    assert result.exit_code == 0, result.output
    return str(result.stdout)


def cli_export(tmp_path: Path, answers: dict[str, Any], lang: str) -> dict[str, Any]:
    exported: dict[str, Any] = json.loads(cli_export_text(tmp_path, answers, lang))
    return exported


def without_times(export: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in export.items() if k not in TIMES}


def no_network_used(driver: Any) -> None:
    names = driver.execute_script(
        "return performance.getEntriesByType('resource').map(e => e.name)"
    )
    assert not [n for n in names if not n.startswith(("blob:", "data:"))], names
    assert driver.execute_script("return window.__refused") == []


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_walked_by_keyboard_offline_the_export_is_the_one_arvioi_makes(
    offline, form_file, bundled, tmp_path, lang
):
    driver, downloads = offline
    open_form(driver, form_file)
    assert axe_violations(driver) == [], describe(axe_violations(driver))
    answers = full_answers(bundled)
    answers["huomiot"] = 'Muistiinpano <script>alert(1)</script> & "lainaus"'
    # Every page is checked by axe in Finnish; in the other languages each kind of page once
    # (the same markup in other words), which keeps the three walks affordable in CI.
    seen: set[str] = set()

    def checked(driver: Any) -> None:
        kind = page_kind(driver)
        if lang == "fi" or kind not in seen:
            seen.add(kind)
            checked_by_axe(driver)
        else:
            on_each_page(driver)

    walk(driver, answers, NETWORK, lang, on_page=checked)
    assert len(seen) >= 5 or lang == "fi", seen  # start, questions, numbers, review, result
    assert driver.find_element("tag name", "html").get_attribute("lang") == lang
    assert axe_violations(driver) == [], describe(axe_violations(driver))
    # The export button is just above the result's heading: Tab reaches it, Enter saves.
    save_button(driver, "JSON")
    press(driver, Keys.ENTER)
    saved = downloaded(downloads, "arvio-")
    text = saved.read_text(encoding="utf-8")
    export = json.loads(text)
    # The organisation's summary takes the file as it came from the browser.
    summary = runner.invoke(app, ["kooste", str(saved), "--json"])
    assert summary.exit_code == 0, summary.output
    assert [n["respondents"] for n in json.loads(summary.stdout)["networks"]] == [1]
    # Byte for byte the file `arvioi` writes, once its two times are the page's.
    expected = cli_export_text(tmp_path, answers, lang)
    for key in TIMES:
        expected = re.sub(rf'"{key}": "[^"]*"', f'"{key}": "{export[key]}"', expected, count=1)
    assert text == expected
    # The times are the person's local time with its UTC offset, as the terminal's.
    assert export["completed_at"][-6] in "+-" and export["started_at"] <= export["completed_at"]
    assert export["recommendation"]["title"] in driver.find_element("tag name", "main").text
    no_network_used(driver)


def test_answers_saved_midway_resume_the_form_and_arvioi_reads_them(
    offline, form_file, bundled, tmp_path
):
    driver, downloads = offline
    open_form(driver, form_file)
    answers = full_answers(bundled)
    type_into(driver, "verkosto", NETWORK)
    submit_with(driver, "seuraava")
    for _ in range(4):
        answer_page(driver, answers, "fi")
        submit_with(driver, "seuraava")
    save_button(driver)
    press(driver, Keys.ENTER)
    saved = downloaded(downloads, "vastaukset-")
    kept = json.loads(saved.read_text(encoding="utf-8"))
    assert kept and set(kept) <= set(answers)
    # The answers file is one `arvioi --vastaukset` reads, with the same reader's checks.
    assert load_answers(saved, bundled).answers == kept
    # A fresh page (the person closed the tab): open the file on the start page.
    open_form(driver, form_file)
    driver.find_element("id", "verkosto-avaa-tiedosto").send_keys(str(saved))
    wait_for(lambda: driver.find_elements("css selector", "main form"))
    pages = walk(driver, answers, NETWORK, "fi", on_page=on_each_page)
    assert pages < 20  # the answers opened were not asked again
    save_button(driver, "JSON").click()
    export = json.loads(downloaded(downloads, "arvio-").read_text(encoding="utf-8"))
    assert without_times(export) == without_times(cli_export(tmp_path, answers, "fi"))
    no_network_used(driver)


def test_a_file_that_is_not_answers_is_named_on_the_start_page(
    offline, form_file, bundled, tmp_path
):
    driver, _ = offline
    open_form(driver, form_file)
    wrong = tmp_path / "muistiinpanot.json"
    wrong.write_text('{"kuka": "minä"}', encoding="utf-8")
    driver.find_element("id", "verkosto-avaa-tiedosto").send_keys(str(wrong))
    summary = wait_for(lambda: driver.find_elements("css selector", ".error-summary"))[0]
    assert "muistiinpanot.json" in summary.text and "kuka" in summary.text
    assert focused(driver) == summary
    assert axe_violations(driver) == [], describe(axe_violations(driver))
    # The form goes on as usual, and Back (its button's name and value posted) goes back.
    type_into(driver, "verkosto", NETWORK)
    submit_with(driver, "seuraava")
    first = main_text(driver)
    answer_page(driver, full_answers(bundled), "fi")
    submit_with(driver, "seuraava")
    assert main_text(driver) != first
    submit_with(driver, "takaisin")
    assert driver.find_element("css selector", "main h1").text in first


def test_without_webassembly_the_page_says_so_in_its_language(tmp_path, form_file):
    with chrome(tmp_path / "profile") as driver:
        driver.execute_cdp_cmd(
            "Page.addScriptToEvaluateOnNewDocument", {"source": "delete window.WebAssembly;"}
        )
        driver.get(form_file.as_uri())
        text = wait_for(lambda: "WebAssembly" in driver.find_element("tag name", "main").text)
        assert text
        assert "WebAssembly puuttuu" in driver.find_element("tag name", "main").text
