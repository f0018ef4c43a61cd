"""A real browser for the tests: headless Chromium driven by Selenium, and axe-core.

Chromium and ChromeDriver come from the distribution's packages (Debian: chromium,
chromium-driver), axe-core from the npm registry (`npm ci` at the repo root installs the version
package-lock.json pins). Where a piece is missing the browser tests are skipped, except where
VERKOSTO_REQUIRE_BROWSER is set, as CI sets it: there a missing piece fails them.

Selenium is given the driver's path, so Selenium Manager never tries to download a browser or
a driver (this machine, like many organisations' machines, cannot).
"""

from __future__ import annotations

import json
import os
import shutil
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
PYODIDE = ROOT / "node_modules" / "pyodide"
# WCAG 2.1 A and AA, the level the issue asks for.
AXE_TAGS = ("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")


def _missing(reason: str) -> None:
    if os.environ.get("VERKOSTO_REQUIRE_BROWSER"):
        pytest.fail(f"CI needs the browser tests to run: {reason}")
    pytest.skip(reason)


def tools() -> tuple[str, str]:
    """Return the paths of Chromium and ChromeDriver, or skip (fail where CI requires them)."""
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    driver = shutil.which("chromedriver")
    try:
        import selenium  # noqa: F401
    except ImportError:
        _missing("selenium is not installed (pip install -e '.[test]')")
    if browser is None or driver is None:
        _missing("chromium or chromedriver not installed (Debian: chromium chromium-driver)")
    assert browser is not None and driver is not None
    return browser, driver


def axe_source() -> str:
    """Return axe-core's script, or skip (fail where CI requires it)."""
    if not AXE.is_file():
        _missing(f"{AXE} missing: run `npm ci` at the repo root")
    return AXE.read_text(encoding="utf-8")


def pyodide_folder() -> Path:
    """Return the unpacked Pyodide package that `npm ci` installs, or skip."""
    if not (PYODIDE / "pyodide.asm.wasm").is_file():
        _missing(f"{PYODIDE} missing: run `npm ci` at the repo root")
    return PYODIDE


@contextmanager
def chrome(profile: Path, downloads: Path | None = None, width: int = 1024) -> Iterator[Any]:
    """Start headless Chromium in a fresh profile and yield its Selenium driver."""
    browser, driver_path = tools()
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = browser
    # The flags a closed network needs: without the background ones Chromium keeps trying to
    # reach Google's hosts. --no-sandbox only where the tests run as root (CI containers).
    for flag in (
        "--headless=new",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        f"--user-data-dir={profile}",
        f"--window-size={width},900",
    ):
        options.add_argument(flag)
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        options.add_argument("--no-sandbox")
    if downloads is not None:
        options.add_experimental_option(
            "prefs",
            {
                "download.default_directory": str(downloads),
                "download.prompt_for_download": False,
                "safebrowsing.enabled": False,
            },
        )
    driver = webdriver.Chrome(options=options, service=Service(executable_path=driver_path))
    try:
        if downloads is not None:
            driver.execute_cdp_cmd(
                "Browser.setDownloadBehavior",
                {"behavior": "allow", "downloadPath": str(downloads)},
            )
        yield driver
    finally:
        driver.quit()


def axe_violations(driver: Any) -> list[dict[str, Any]]:
    """Run axe-core on the page shown and return its WCAG 2.1 A/AA violations."""
    source = axe_source()
    # Injected through the driver, not the page, so the page's own CSP need not allow it.
    driver.execute_script(source)
    result = driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}})"
        ".then(r => done(JSON.stringify(r.violations)))"
        ".catch(e => done(JSON.stringify([{id: 'axe-error', help: String(e), nodes: []}])));",
        list(AXE_TAGS),
    )
    violations: list[dict[str, Any]] = json.loads(result)
    return violations


def page_kind(driver: Any) -> str:
    """Return what kind of page is shown: its fields, buttons and parts, not its words."""
    kind: str = driver.execute_script(
        "const main = document.querySelector('main');"
        "const parts = [...main.querySelectorAll('input, textarea, button, fieldset, svg, "
        "[role=alert]')].map(e => e.tagName + ':' + (e.type || '') + ':' + "
        "(e.tagName === 'BUTTON' ? (e.value || '').split(':')[0] : ''));"
        "return [...new Set(parts)].sort().join(' ');"
    )
    return kind


def describe(violations: list[dict[str, Any]]) -> str:
    """Return axe violations as short readable lines for an assertion message."""
    lines = []
    for v in violations:
        targets = [", ".join(node.get("target", [])) for node in v.get("nodes", [])][:3]
        lines.append(f"{v.get('id')}: {v.get('help')} at {targets}")
    return "\n".join(lines)


def wait_for(condition: Callable[[], object], timeout: float = 30.0) -> Any:
    """Poll `condition` until it returns something truthy; fail after `timeout` seconds."""
    # A generous bound, not a speed limit: it only stops a hung browser from hanging CI.
    end = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > end:
            pytest.fail(f"the browser did not get there in {timeout:.0f} s")
        time.sleep(0.05)


def press(driver: Any, *keys: str) -> None:
    """Press keys one after another on whatever has the focus, as a keyboard user does."""
    from selenium.webdriver.common.action_chains import ActionChains

    chain = ActionChains(driver)
    for key in keys:
        chain.send_keys(key)
    chain.perform()


def focused(driver: Any) -> Any:
    """Return the element that has the keyboard focus."""
    return driver.switch_to.active_element
