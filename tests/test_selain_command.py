"""`verkosto selain` as a person runs it: the address printed or opened, stored, Ctrl-C, errors."""

from __future__ import annotations

import html
import os
import re
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlparse
from urllib.request import url2pathname

import pytest
from test_selain import NETWORK, Browser, answer_pages, stored
from typer.testing import CliRunner

from verkosto import store
from verkosto.cli.app import app

from helpers import full_answers, verkosto_command

runner = CliRunner()
ADDRESS = re.compile(r"http://127\.0\.0\.1:[0-9]+/\?avain=[A-Za-z0-9_-]+")


def started(*args: str, messages: str = "stdout") -> tuple[subprocess.Popen[str], str]:
    """Start `verkosto selain --ei-avaa …` and return it with the address it printed."""
    process = subprocess.Popen(
        [verkosto_command(), "selain", "--ei-avaa", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    )
    stream = process.stdout if messages == "stdout" else process.stderr
    assert stream is not None
    seen = []
    for line in stream:
        seen.append(line)
        found = ADDRESS.search(line)
        if found:
            return process, found.group(0)
    process.wait()
    raise AssertionError("no address printed: " + "".join(seen) + str(process.communicate()))


def test_the_printed_address_leads_to_a_stored_assessment(bundled):
    process, address = started("--verkosto", NETWORK)
    browser = Browser(address)
    browser.open()
    assert browser.post([("verkosto", NETWORK), ("toiminto", "seuraava")]).status == 200
    answer_pages(browser, bundled, full_answers(bundled), until="")
    browser.get("/tyyli.css")
    out, err = process.communicate(timeout=60)
    assert process.returncode == 0, err
    assert "Arvio tallennettiin historiaan" in out
    assert err == ""
    assert [row["network"] for row in stored()] == [NETWORK]


def test_an_export_to_standard_output_leaves_the_messages_on_stderr(bundled):
    import json

    process, address = started("--verkosto", NETWORK, "--vie", "-", messages="stderr")
    browser = Browser(address)
    browser.open()
    browser.post([("verkosto", NETWORK), ("toiminto", "seuraava")])
    answer_pages(browser, bundled, full_answers(bundled), until="")
    browser.get("/tyyli.css")
    out, err = process.communicate(timeout=60)
    assert process.returncode == 0, err
    assert json.loads(out)["network"] == NETWORK
    assert "historiaan" in err


def test_the_address_is_printed_whole_and_says_how_the_run_ends():
    process, address = started("--odota", "5", "--kieli", "en")
    assert process.stdout is not None
    after = ""
    while "Ctrl-C" not in after:  # the lines after the address, which stood alone on its own
        after += process.stdout.readline().replace("\n", " ")
    process.send_signal(signal.SIGINT) if os.name != "nt" else process.terminate()
    process.communicate(timeout=60)
    assert "5 minutes" in after


@pytest.mark.skipif(os.name == "nt", reason="SIGINT is POSIX's")
def test_ctrl_c_says_so_as_arvioi_does_and_keeps_the_draft(bundled):
    process, address = started()
    browser = Browser(address)
    browser.open()
    browser.post([("verkosto", NETWORK), ("toiminto", "seuraava")])
    first = next(name for name in re.findall(r'name="(q:[^"]+)"', browser.page))
    answers = full_answers(bundled)
    value = answers[first[2:]]
    browser.post([(first, str(value)), ("toiminto", "seuraava")])
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=60)
    assert process.returncode == 130
    assert "Keskeytetty. 1 vastaus" in err or "Keskeytetty. 1 vastausta" in err
    assert "verkosto selain --jatka --verkosto" in err
    assert "Traceback" not in err
    assert store.find_draft(Path(os.environ["VERKOSTO_HOME"]), NETWORK) is not None


def test_the_browser_is_opened_at_the_address(tmp_path, bundled, monkeypatch):
    # webbrowser runs $BROWSER with the address: here a script that writes it down.
    seen = tmp_path / "avattu.txt"
    opener = tmp_path / "avaa.py"
    opener.write_text(f"import sys\nopen({str(seen)!r}, 'w').write(sys.argv[1])\n", "utf-8")
    monkeypatch.setenv("BROWSER", f"{sys.executable} {opener} %s")
    process = subprocess.Popen(
        [verkosto_command(), "selain", "--verkosto", NETWORK],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        while not (seen.exists() and seen.read_text("utf-8")):
            assert process.poll() is None, process.communicate()
            time.sleep(0.05)
        opened = seen.read_text("utf-8")
        # The browser gets a private file that forwards it, never the key on a command line
        # that every user of the machine can read.
        assert opened.startswith("file:") and "avain=" not in opened, opened
        page = Path(url2pathname(urlparse(opened).path))
        if os.name != "nt":
            assert stat.S_IMODE(page.stat().st_mode) == 0o600
        found = re.search(r'url=([^"]+)"', page.read_text("utf-8"))
        assert found is not None
        address = html.unescape(found.group(1))
        assert ADDRESS.fullmatch(address), address
        assert Browser(address).open().status == 200
    finally:
        process.send_signal(signal.SIGINT) if os.name != "nt" else process.terminate()
        out, _ = process.communicate(timeout=60)
    assert address in out
    assert not page.exists()  # removed when the server stopped


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--odota", "0"], "--odota"),
        (["--odota", "viisi"], "--odota"),
        (["--jatka"], "Keskeneräisiä arviointeja (luonnoksia) ei ole"),
        (["--verkosto", " "], "verkosto"),
    ],
)
def test_wrong_options_are_refused_before_serving(args, words):
    result = runner.invoke(app, ["selain", "--ei-avaa", *args])
    assert result.exit_code == 2, result.output
    assert words in result.output
    assert "http://" not in result.output


def test_the_export_may_not_replace_the_history(isolated_env):
    from verkosto.history import database_path

    result = runner.invoke(app, ["selain", "--ei-avaa", "--vie", str(database_path(isolated_env))])
    assert result.exit_code == 2
    assert "http://" not in result.output


@pytest.mark.parametrize(
    ("lang", "word"), [("fi", "Käyttö"), ("sv", "Användning"), ("en", "Usage")]
)
def test_the_help_names_its_own_options(lang, word):
    result = runner.invoke(app, ["selain", "--help", "--kieli", lang])
    assert result.exit_code == 0
    assert word in result.output
    assert "--ei-avaa" in result.output and "--odota" in result.output


def keep_draft(bundled) -> None:
    """Keep two answers as `arvioi` keeps a draft."""
    from datetime import datetime

    answers = full_answers(bundled)
    given = {"vaihe": answers["vaihe"], "rooli": answers["rooli"]}
    started_at = datetime(2026, 12, 1, 9, 0).astimezone()
    home = Path(os.environ["VERKOSTO_HOME"])
    store.save_draft(home, NETWORK, given, None, bundled.sha256, started_at)


def test_an_idle_stop_says_so_and_how_to_go_on(bundled, monkeypatch):
    keep_draft(bundled)
    monkeypatch.setattr("verkosto.web.server.serve", lambda server: "idle")
    result = runner.invoke(app, ["selain", "--ei-avaa", "--jatka", "--odota", "7"])
    assert result.exit_code == 1
    assert "ei käytetty 7 minuuttiin" in result.output
    assert "2 vastausta on tallessa luonnoksena" in result.output
    assert f"verkosto selain --jatka --verkosto '{NETWORK}'" in result.output


@pytest.mark.parametrize(("lang", "said"), [("fi", "Keskeytetty."), ("en", "Interrupted.")])
def test_ctrl_c_while_serving_is_said_in_the_persons_language(bundled, monkeypatch, lang, said):
    def interrupted(server: object) -> str:
        raise KeyboardInterrupt

    keep_draft(bundled)
    monkeypatch.setattr("verkosto.web.server.serve", interrupted)
    result = runner.invoke(app, ["selain", "--ei-avaa", "--jatka", "--kieli", lang])
    assert result.exit_code == 130
    assert said in result.output
    assert "verkosto selain --" in result.output
