"""What `verkosto lomake` writes: one file that can fetch nothing and carries what it needs.

These read the file as text (the browser tests in test_lomake_browser.py run it): its
Content-Security-Policy, that nothing in it points at the network, that the questions inside
are the questions file's (with its SHA-256), and that verkosto's modules inside run without
the libraries the page does not have.
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import io
import json
import os
import re
import subprocess
import sys
import zipfile
from html.parser import HTMLParser

import pytest
from test_lomake_runtime import package_folder
from typer.testing import CliRunner

from verkosto.cli.app import app
from verkosto.instrument.reading import bundled_path
from verkosto.web import runtime

from helpers import verkosto_command

runner = CliRunner()


class Page(HTMLParser):
    """The parts of the file that matter here: elements, their attributes and texts."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str]]] = []
        self.texts: dict[int, str] = {}
        self.inside: int | None = None  # the script or style element being read

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, {k: v or "" for k, v in attrs}))
        self.inside = len(self.elements) - 1 if tag in ("script", "style") else None

    def handle_endtag(self, tag: str) -> None:
        self.inside = None

    def handle_data(self, data: str) -> None:
        if self.inside is not None:
            self.texts[self.inside] = self.texts.get(self.inside, "") + data

    def scripts(self, kind: str | None) -> list[tuple[dict[str, str], str]]:
        return [
            (attrs, self.texts.get(i, ""))
            for i, (tag, attrs) in enumerate(self.elements)
            if tag == "script" and attrs.get("type") == kind
        ]

    def block(self, name: str) -> bytes:
        (found,) = [
            text
            for attrs, text in self.scripts("application/octet-stream")
            if attrs["data-name"] == name
        ]
        return gzip.decompress(base64.b64decode(found))


@pytest.fixture
def make(tmp_path):
    """Write a form with a small stand-in runtime and return the file parsed."""
    folder = package_folder(tmp_path / "npm")

    def run(*extra: str) -> tuple[Page, str]:
        target = tmp_path / "lomake.html"
        result = runner.invoke(app, ["lomake", "-o", str(target), "--pyodide", str(folder), *extra])
        assert result.exit_code == 0, result.stderr
        text = target.read_text(encoding="utf-8")
        page = Page()
        page.feed(text)
        return page, text

    return run


def csp_of(page: Page) -> dict[str, list[str]]:
    (policy,) = [
        a["content"]
        for tag, a in page.elements
        if tag == "meta" and a.get("http-equiv") == "Content-Security-Policy"
    ]
    return {d.split()[0]: d.split()[1:] for d in policy.split(";") if d.strip()}


def sha(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


def test_the_policy_allows_nothing_but_the_glue_the_runtime_and_the_style(make):
    page, _ = make()
    policy = csp_of(page)
    assert policy["default-src"] == ["'none'"]
    (glue,) = page.scripts(None)
    assert policy["script-src"] == [sha(glue[1]), "blob:", "'wasm-unsafe-eval'"]
    (style,) = [page.texts[i] for i, (tag, _) in enumerate(page.elements) if tag == "style"]
    assert policy["style-src"] == [sha(style)]
    assert policy["form-action"] == ["'none'"] and policy["base-uri"] == ["'none'"]
    assert "connect-src" not in policy  # default-src 'none': no fetch, no XHR, no WebSocket


def test_nothing_in_the_file_points_at_the_network(make):
    page, text = make()
    for tag, attrs in page.elements:
        for name, value in attrs.items():
            assert not re.match(r"\s*(https?:|//)", value, re.I), (tag, name, value)
    (style,) = [page.texts[i] for i, (tag, _) in enumerate(page.elements) if tag == "style"]
    assert "url(" not in style and "@import" not in style
    # The one script that runs is the glue, and every other is data the browser never runs.
    kinds = {attrs.get("type") for tag, attrs in page.elements if tag == "script"}
    assert kinds == {None, "application/json", "application/octet-stream"}
    assert text.count("<script>") == 1


def test_the_questions_inside_are_the_questions_files_with_its_sha256(make, tmp_path):
    page, _ = make()
    questions = json.loads(page.block("kysymykset.json"))
    expected = hashlib.sha256(bundled_path().read_bytes()).hexdigest()
    assert questions["sha256"] == expected and questions["display"] == "questions.yaml"
    own = tmp_path / "oma.yaml"
    own.write_text(bundled_path().read_text(encoding="utf-8") + "\n# oma versio\n")
    page, _ = make("--kysymykset", str(own))
    questions = json.loads(page.block("kysymykset.json"))
    assert questions["sha256"] == hashlib.sha256(own.read_bytes()).hexdigest()
    # Only the file's name goes in the form, never the folders of the machine that made it.
    assert questions["display"] == "oma.yaml"


def test_a_questions_file_with_problems_is_named_and_nothing_is_written(tmp_path):
    folder = package_folder(tmp_path / "npm")
    broken = tmp_path / "rikki.yaml"
    broken.write_text("instrument: {}\n")
    target = tmp_path / "lomake.html"
    result = runner.invoke(
        app, ["lomake", "-o", str(target), "--pyodide", str(folder), "--kysymykset", str(broken)]
    )
    assert result.exit_code == 2 and "rikki.yaml" in result.stderr
    assert not target.exists()


def test_the_runtime_goes_in_unchanged_and_the_form_starts_in_the_language_asked(make):
    page, text = make("--kieli", "sv")
    for name in runtime.RUNTIME_FILES:
        assert page.block(name) == f"fake {name}".encode()
    config = json.loads(page.scripts("application/json")[0][1])
    assert config["lang"] == "sv" and set(config["texts"]) == {"fi", "sv", "en"}
    assert '<html lang="sv">' in text and "Formuläret startar" in text


def test_the_charset_comes_where_browsers_look_for_it(make):
    _, text = make()
    assert '<meta charset="utf-8">' in text.encode("utf-8")[:1024].decode("utf-8", "ignore")


def test_the_licences_of_the_runtime_are_in_the_file(make):
    _, text = make()
    for needed in ("Mozilla Public License Version 2.0", "PYTHON SOFTWARE FOUNDATION LICENSE"):
        assert needed in text
    comment = text[text.rindex("<!--") : text.rindex("-->")]
    assert "Pyodide 0.29.5" in comment and "Mozilla Public License" in comment


def test_the_modules_inside_run_without_yaml_rich_typer_or_click(make, tmp_path):
    page, _ = make()
    archive = tmp_path / "verkosto.zip"
    archive.write_bytes(page.block("verkosto.zip"))
    names = zipfile.ZipFile(io.BytesIO(archive.read_bytes())).namelist()
    assert "verkosto/web/inpage.py" in names and "verkosto/web/pages.py" in names
    assert not [n for n in names if n.startswith("verkosto/cli/") or "__pycache__" in n]
    questions = page.block("kysymykset.json").decode()
    # Only the zip and the standard library on the path, as in the page.
    script = (
        "import sys, json\n"
        "for name in ('yaml', 'rich', 'typer', 'click'):\n"
        "    sys.modules[name] = None\n"
        f"sys.path[:] = [{str(archive)!r}] + [p for p in sys.path if 'site-packages' not in p"
        " and 'src' not in p and p]\n"
        "from verkosto.web import inpage\n"
        "turn = json.loads(inpage.boot(sys.stdin.read(), 'en'))\n"
        "assert turn['page'] == 'start' and turn['lang'] == 'en', turn\n"
        "import verkosto\n"
        "print(verkosto.__file__)\n"
    )
    done = subprocess.run(
        [sys.executable, "-I", "-c", script],
        input=questions,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().startswith(str(archive))


def test_the_form_never_replaces_a_file_the_run_reads(tmp_path):
    folder = package_folder(tmp_path / "npm")
    own = tmp_path / "oma.yaml"
    own.write_text(bundled_path().read_text(encoding="utf-8"))
    result = runner.invoke(
        app, ["lomake", "-o", str(own), "--pyodide", str(folder), "--kysymykset", str(own)]
    )
    assert result.exit_code == 2
    assert own.read_text(encoding="utf-8") == bundled_path().read_text(encoding="utf-8")


def test_the_same_inputs_make_the_same_file(make):
    _, first = make()
    _, second = make()
    assert first == second


def test_to_standard_output_only_when_it_is_not_a_terminal(tmp_path):
    folder = package_folder(tmp_path / "npm")
    piped = runner.invoke(app, ["lomake", "-o", "-", "--pyodide", str(folder)])
    assert piped.exit_code == 0 and piped.stdout.startswith("<!doctype html>")
    import pexpect

    terminal = pexpect.spawn(
        verkosto_command(),
        ["lomake", "--pyodide", str(folder)],
        env={**os.environ, "VERKOSTO_HOME": str(tmp_path / "home")},
        encoding="utf-8",
        timeout=60,
    )
    terminal.expect(pexpect.EOF)
    terminal.close()
    assert terminal.exitstatus == 2
    assert "verkosto lomake -o lomake.html" in terminal.before
    assert "<!doctype" not in terminal.before


def test_an_empty_questions_file_is_named_as_empty(tmp_path):
    folder = package_folder(tmp_path / "npm")
    empty = tmp_path / "tyhja.yaml"
    empty.write_text("\n")
    result = runner.invoke(
        app, ["lomake", "-o", "-", "--pyodide", str(folder), "--kysymykset", str(empty)]
    )
    assert result.exit_code == 2 and str(empty) in result.stderr and not result.stdout
