"""Walk the assessment's web pages with the keyboard alone, as a person without a mouse does.

Works on whatever face shows the pages (`verkosto selain`'s server, or `lomake.html` running
in Pyodide): it only presses Tab, the arrow keys, Space, Enter and letters, and reads what has
the focus. A page that cannot be answered that way fails the walk.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from browser import focused, press, wait_for

ANSWER_PREFIX = "q:"
MAX_TABS = 150
PER = ("viikko", "kuukausi")


def _keys() -> Any:
    from selenium.webdriver.common.keys import Keys

    return Keys


# What the walk needs to know about the focused element, read in one round trip to the
# browser: each WebDriver call (a property, an attribute) is one, and a walk makes thousands.
FOCUS = (
    "const e = document.activeElement;"
    "if (!e || e === document.body) return null;"
    "return {tag: e.tagName.toLowerCase(), name: e.getAttribute('name') || '',"
    " value: e.getAttribute('value') || '', text: e.innerText || '',"
    " matches: e.matches(arguments[0])};"
)


def tab_to_focus(driver: Any, selector: str, what: str, text: str = "") -> dict[str, Any]:
    """Press Tab until the focused element matches the CSS selector (and holds `text`).

    Return what FOCUS reads of it; fail if Tab never gives it the focus.
    """
    keys = _keys()
    for _ in range(MAX_TABS):
        focus: dict[str, Any] | None = driver.execute_script(FOCUS, selector)
        if focus is not None and focus["matches"] and text in focus["text"]:
            return focus
        press(driver, keys.TAB)
    raise AssertionError(f"Tab never reached {what} on the page {driver.title!r}")


def tab_to(driver: Any, selector: str, what: str, text: str = "") -> Any:
    """Press Tab until the focused element matches the CSS selector; return the element."""
    tab_to_focus(driver, selector, what, text)
    return focused(driver)


def _named(name: str) -> str:
    return f'[name="{name}"]'


# The radio group's values in page order and which one is chosen, in one round trip.
RADIOS = (
    "const group = [...document.querySelectorAll('input[type=radio]')]"
    ".filter(r => r.name === arguments[0]);"
    "return {values: group.map(r => r.value), chosen: group.filter(r => r.checked)"
    ".map(r => r.value)};"
)


def choose_radio(driver: Any, name: str, value: str) -> None:
    """Tab into the radio group `name` and pick `value` with the arrow keys and Space."""
    keys = _keys()
    values = driver.execute_script(RADIOS, name)["values"]
    assert value in values, f"{name}: no choice {value!r} among {values}"
    current = tab_to_focus(driver, _named(name), f"the choices of {name}")
    here = values.index(current["value"])
    there = values.index(value)
    if here == there:
        if value not in driver.execute_script(RADIOS, name)["chosen"]:
            press(driver, keys.SPACE)
    else:
        step = keys.ARROW_DOWN if there > here else keys.ARROW_UP
        press(driver, *([step] * abs(there - here)))
    chosen = driver.execute_script(RADIOS, name)["chosen"]
    assert chosen == [value], f"{name}: {value!r} was not chosen by the keyboard ({chosen})"


def type_into(driver: Any, name: str, text: str) -> None:
    """Tab to the text field `name`, empty it and type `text`."""
    from selenium.webdriver.common.action_chains import ActionChains

    keys = _keys()
    tab_to_focus(driver, _named(name), f"the field {name}")
    select_all = ActionChains(driver).key_down(keys.CONTROL).send_keys("a").key_up(keys.CONTROL)
    select_all.send_keys(keys.DELETE).perform()
    if text:
        press(driver, text)


def _form_value(value: Any, lang: str) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    shown = str(value)
    return shown if lang == "en" else shown.replace(".", ",")


def _scale_value(value: Any) -> str:
    return "0" if value is None else str(value)


# The page's answer fields in page order: name, type and value, in one round trip.
FIELDS = (
    "return [...document.querySelectorAll('main input, main textarea')]"
    ".map(e => ({name: e.getAttribute('name') || '', type: e.getAttribute('type') || '',"
    " value: e.getAttribute('value') || ''}));"
)


def answer_page(driver: Any, answers: Mapping[str, Any], lang: str) -> None:
    """Answer every field on a question page from `answers`."""
    done: set[str] = set()
    for field in driver.execute_script(FIELDS):
        name = field["name"]
        if not name.startswith(ANSWER_PREFIX) or name in done:
            continue
        done.add(name)
        qid = name[len(ANSWER_PREFIX) :]
        assert qid in answers, f"the walk has no answer for {qid}"
        if field["type"] == "radio" and field["value"] in PER:
            # "Per week or per month?" after a bare working-time figure: the walk's figures
            # are per month, as an answers file's are.
            choose_radio(driver, name, "kuukausi")
        elif field["type"] == "radio":
            choose_radio(driver, name, _scale_value(answers[qid]))
        else:
            type_into(driver, name, _form_value(answers[qid], lang))


def submit_with(driver: Any, action: str) -> None:
    """Tab to the button that does `action`, press Enter, and wait for the next page."""
    keys = _keys()
    form = driver.find_element("css selector", "main form")
    tab_to_focus(driver, f'button[value="{action}"]', f"the button {action}")
    press(driver, keys.ENTER)
    wait_for(lambda: _stale(form))


def _stale(element: Any) -> bool:
    from selenium.common.exceptions import StaleElementReferenceException

    try:
        element.tag_name  # noqa: B018 - touching it tells whether the page replaced it
    except StaleElementReferenceException:
        return True
    return False


def _buttons(driver: Any) -> list[str]:
    buttons: list[str] = driver.execute_script(
        "return [...document.querySelectorAll('main form button')].map(b => b.value);"
    )
    return buttons


def walk(
    driver: Any,
    answers: Mapping[str, Any],
    network: str,
    lang: str,
    on_page: Callable[[Any], None] | None = None,
) -> int:
    """Walk from the start page to the result by keyboard; return how many pages were shown."""
    pages = 0
    while True:
        wait_for(lambda: driver.find_elements("css selector", "main h1"))
        pages += 1
        if on_page is not None:
            on_page(driver)
        buttons = _buttons(driver)
        if driver.find_elements("css selector", "main input[name=verkosto]"):
            type_into(driver, "verkosto", network)
            choose_radio(driver, "kieli", lang)
            submit_with(driver, "seuraava")
        elif "valmis" in buttons:
            submit_with(driver, "valmis")
        elif "seuraava" in buttons:
            answer_page(driver, answers, lang)
            submit_with(driver, "seuraava")
        else:
            return pages
        assert pages < 100, "the walk went round in circles"
