"""`verkosto selain` over HTTP, without a browser: the locks, a whole assessment, drafts, idle.

The server runs in a thread of the test, on a port the system picks; the tests talk to it with
http.client as a browser (or an attacker) would, and the idle clock is the test's own.
"""

from __future__ import annotations

import http.client
import io
import json
import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from verkosto import store
from verkosto.cli.app import app
from verkosto.cli.browser_ui import BrowserUi
from verkosto.cli.terminal import Terminal
from verkosto.session_ports import Options
from verkosto.web.assessment import prepare
from verkosto.web.guard import CSP, CSRF_FIELD, Guard
from verkosto.web.server import App, Server, serve

from helpers import full_answers

runner = CliRunner()
NETWORK = "Lastensuojelun verkosto"


class Clock:
    """The idle clock of a test: it moves only when the test moves it."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@dataclass
class Running:
    """A server serving in a thread, and what the test needs to talk to it."""

    server: Server
    app: App
    clock: Clock
    thread: threading.Thread
    out: io.StringIO
    ended: list[str] = field(default_factory=list)

    @property
    def port(self) -> int:
        return self.server.server_port

    @property
    def guard(self) -> Guard:
        return self.app.guard

    def stop(self) -> None:
        self.clock.now += 10**6  # idle: the loop ends on its next turn
        self.thread.join()

    def terminal(self) -> str:
        return self.out.getvalue()


def start_server(home: Path, lang: str = "fi", **options: Any) -> Running:
    """Start `verkosto selain`'s server in a thread, as the command would."""
    from verkosto.render.console import make_console

    out = io.StringIO()
    console = make_console()
    console.file = out
    ui = BrowserUi(console, Terminal(), lang)
    assessment = prepare(Options(language=lang, **options), home, ui)
    server = Server()
    clock = Clock()
    server.app = App(assessment, Guard(server.server_port), 60, clock=clock)
    running = Running(server, server.app, clock, threading.Thread(target=lambda: None), out)

    def loop() -> None:
        try:
            running.ended.append(serve(server, tick=0.01))
        finally:
            server.server_close()

    running.thread = threading.Thread(target=loop, daemon=True)
    running.thread.start()
    return running


@pytest.fixture
def home(isolated_env: Path) -> Path:
    return isolated_env


@pytest.fixture
def running(home: Path) -> Iterator[Running]:
    server = start_server(home)
    yield server
    if server.thread.is_alive():
        server.stop()


@dataclass
class Response:
    status: int
    headers: http.client.HTTPMessage
    body: str


def request(
    port: int,
    method: str,
    path: str,
    headers: dict[str, str] | None = None,
    body: bytes | None = None,
) -> Response:
    """Send one request as given (http.client adds Host and Content-Length unless given)."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        connection.request(method, path, body=body, headers=headers or {})
        answer = connection.getresponse()
        return Response(answer.status, answer.headers, answer.read().decode("utf-8"))
    finally:
        connection.close()


class Browser:
    """What a browser does with the pages: keeps the cookie, posts forms from the same origin."""

    def __init__(self, running: Running | str) -> None:
        # A running server, or the address `verkosto selain` printed.
        address = running if isinstance(running, str) else running.guard.address()
        found = re.fullmatch(r"http://127\.0\.0\.1:([0-9]+)/\?avain=([A-Za-z0-9_-]+)", address)
        assert found, address
        self.port, self.key = int(found.group(1)), found.group(2)
        self.cookie = ""
        self.page = ""

    def open(self) -> Response:
        """Open the printed address: the key is exchanged for the cookie, then the page."""
        first = request(self.port, "GET", f"/?avain={self.key}")
        assert first.status == 303 and first.headers["Location"] == "/"
        self.cookie = first.headers["Set-Cookie"].split(";")[0]
        return self.get()

    def get(self, path: str = "/") -> Response:
        response = request(self.port, "GET", path, {"Cookie": self.cookie})
        if path == "/":
            self.page = response.body
        return response

    def post(self, fields: list[tuple[str, str]], **headers: str | None) -> Response:
        """Post the form with the page's token, as a same-origin form submission."""
        from urllib.parse import urlencode

        sent = {
            "Cookie": self.cookie,
            "Content-Type": "application/x-www-form-urlencoded",
            "Origin": f"http://127.0.0.1:{self.port}",
            "Sec-Fetch-Site": "same-origin",
            **{name.replace("_", "-"): value for name, value in headers.items()},
        }
        sent = {name: value for name, value in sent.items() if value is not None}  # None: left out
        body = urlencode([(CSRF_FIELD, form_token(self.page)), *fields]).encode()
        response = request(self.port, "POST", "/", sent, body)
        self.page = response.body
        return response


def form_token(page: str) -> str:
    found = re.search(rf'name="{CSRF_FIELD}" value="([^"]+)"', page)
    assert found, page
    return found.group(1)


class Fields(HTMLParser):
    """The names (and radio values) of a page's form fields, and its buttons."""

    def __init__(self) -> None:
        super().__init__()
        self.names: dict[str, list[str]] = {}
        self.buttons: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        name = found.get("name") or ""
        if tag == "button" and name == "toiminto":
            self.buttons.append(found.get("value") or "")
        elif tag in ("input", "textarea", "select") and name:
            self.names.setdefault(name, []).append(found.get("value") or "")


def fields_of(page: str) -> Fields:
    parser = Fields()
    parser.feed(page)
    return parser


# --- Opening: the one-time key and the cookie --------------------------------------------


def test_the_key_is_exchanged_once_for_a_strict_http_only_cookie(running):
    key = running.guard.key
    first = request(running.port, "GET", f"/?avain={key}")
    assert first.status == 303
    assert first.headers["Location"] == "/"
    cookie = first.headers["Set-Cookie"]
    assert cookie.startswith(f"verkosto-{running.port}=")
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie and "Path=/" in cookie
    # The same address again, from anywhere without the cookie: refused.
    again = request(running.port, "GET", f"/?avain={key}")
    assert again.status == 403
    assert "käytetty" in again.body and 'lang="fi"' in again.body
    assert "Set-Cookie" not in again.headers


def test_a_wrong_key_is_refused_and_does_not_use_up_the_right_one(running):
    key = running.guard.key
    assert request(running.port, "GET", "/?avain=arvattu").status == 403
    assert request(running.port, "GET", f"/?avain={key}").status == 303


def test_without_the_cookie_nothing_is_shown(running):
    Browser(running).open()
    for path in ("/", "/tyyli.css"):
        refused = request(running.port, "GET", path)
        assert refused.status == 403, path
        assert NETWORK not in refused.body
    wrong = request(running.port, "GET", "/", {"Cookie": f"verkosto-{running.port}=arvattu"})
    assert wrong.status == 403


def test_a_cookie_tossed_in_by_another_local_page_does_not_hide_ours(running):
    browser = Browser(running)
    browser.open()
    tossed = f"verkosto-{running.port}=toinen; {browser.cookie}"
    assert request(running.port, "GET", "/", {"Cookie": tossed}).status == 200


def test_the_pages_carry_the_strict_headers_and_no_remote_content(running):
    browser = Browser(running)
    page = browser.open()
    assert page.status == 200
    assert page.headers["Content-Security-Policy"] == CSP
    assert "default-src 'none'" in CSP and "frame-ancestors 'none'" in CSP
    assert page.headers["X-Content-Type-Options"] == "nosniff"
    assert page.headers["Referrer-Policy"] == "same-origin"
    assert page.headers["Cache-Control"] == "no-store"
    assert page.headers["Content-Type"] == "text/html; charset=utf-8"
    assert "<script" not in page.body
    assert not re.search(r"(src|href)=\"(https?:)?//", page.body)
    style = browser.get("/tyyli.css")
    assert style.status == 200 and style.headers["Content-Type"].startswith("text/css")
    assert style.headers["Content-Security-Policy"] == CSP
    # Refusals carry them too.
    refused = request(running.port, "GET", "/")
    assert refused.headers["Content-Security-Policy"] == CSP


# --- Host, origin and the form token ------------------------------------------------------


@pytest.mark.parametrize(
    "host",
    ["evil.example", "evil.example:{port}", "127.0.0.1:1", "127.0.0.2:{port}", "[::1]:{port}", ""],
)
def test_another_host_is_refused_even_with_the_cookie_and_the_key(running, host):
    browser = Browser(running)
    browser.open()
    shown = host.format(port=running.port)
    refused = request(running.port, "GET", "/", {"Host": shown, "Cookie": browser.cookie})
    assert refused.status == 403
    assert "Set-Cookie" not in refused.headers


def test_localhost_with_the_port_is_the_same_server(running):
    key = running.guard.key
    answer = request(running.port, "GET", f"/?avain={key}", {"Host": f"localhost:{running.port}"})
    assert answer.status == 303


def test_a_header_the_checks_read_may_come_only_once(running):
    browser = Browser(running)
    browser.open()
    host = f"127.0.0.1:{running.port}"
    twice = "\r\n".join(
        ["GET / HTTP/1.1", f"Host: {host}", "Host: evil.example", f"Cookie: {browser.cookie}"]
    )
    assert raw_exchange(running.port, twice.encode() + b"\r\n\r\n").startswith("HTTP/1.0 403")
    form = "Content-Type: application/x-www-form-urlencoded"
    lengths = [form, "Content-Length: 3", "Content-Length: 1"]
    assert raw_post(running, browser.cookie, lengths, b"a=b") == 400


def test_a_rebinding_host_cannot_use_the_key(running):
    key = running.guard.key
    refused = request(running.port, "GET", f"/?avain={key}", {"Host": "rebind.example"})
    assert refused.status == 403
    assert running.guard.key == key  # still unused: the person's own browser can open it


@pytest.mark.parametrize(
    "headers",
    [
        {"Origin": "http://evil.example"},
        {"Origin": "null", "Sec_Fetch_Site": None},
        {"Origin": "null", "Sec_Fetch_Site": "cross-site"},
        {"Origin": "http://localhost:1"},
        {"Sec_Fetch_Site": "cross-site"},
        {"Sec_Fetch_Site": "same-site"},
    ],
)
def test_a_form_from_another_site_is_refused(running, headers):
    browser = Browser(running)
    browser.open()
    refused = browser.post([("verkosto", NETWORK), ("toiminto", "seuraava")], **headers)
    assert refused.status == 403
    assert running.app.assessment.state.network is None


@pytest.mark.parametrize("token", [None, "", "arvattu", "twice"])
def test_a_form_without_the_sessions_token_is_refused(running, token):
    from urllib.parse import urlencode

    browser = Browser(running)
    browser.open()
    fields = [("verkosto", NETWORK), ("toiminto", "seuraava")]
    if token == "twice":
        fields += [(CSRF_FIELD, running.guard.csrf), (CSRF_FIELD, running.guard.csrf)]
    elif token is not None:
        fields.append((CSRF_FIELD, token))
    headers = {"Cookie": browser.cookie, "Content-Type": "application/x-www-form-urlencoded"}
    refused = request(running.port, "POST", "/", headers, urlencode(fields).encode())
    assert refused.status == 403
    assert running.app.assessment.state.network is None


def test_a_form_with_origin_null_is_taken_only_when_the_browser_says_same_origin(running):
    # What Chromium sends for the page's own form under a no-referrer policy set by the person.
    browser = Browser(running)
    browser.open()
    page = browser.page
    assert (
        browser.post([("verkosto", NETWORK), ("toiminto", "seuraava")], Origin="null").status == 200
    )
    assert running.app.assessment.state.network == NETWORK
    browser.page = page
    alone = {"Origin": "null", "Sec_Fetch_Site": "none"}
    assert browser.post([("verkosto", "Toinen"), ("toiminto", "seuraava")], **alone).status == 403


def test_a_form_with_the_token_but_no_cookie_is_refused(running):
    browser = Browser(running)
    browser.open()
    browser.cookie = ""
    assert browser.post([("verkosto", NETWORK), ("toiminto", "seuraava")]).status == 403


def test_a_form_without_origin_headers_from_the_page_is_taken(running):
    # Older browsers send neither Origin nor Sec-Fetch-Site: the token and cookie suffice.
    from urllib.parse import urlencode

    browser = Browser(running)
    browser.open()
    body = urlencode(
        [(CSRF_FIELD, form_token(browser.page)), ("verkosto", NETWORK), ("toiminto", "seuraava")]
    )
    headers = {"Cookie": browser.cookie, "Content-Type": "application/x-www-form-urlencoded"}
    assert request(running.port, "POST", "/", headers, body.encode()).status == 200
    assert running.app.assessment.state.network == NETWORK


# --- Bodies, paths and methods -------------------------------------------------------------


def raw_post(running: Running, cookie: str, lines: list[str], body: bytes = b"") -> int:
    """Send a POST with exactly these header lines (no Content-Length added); return the status."""
    connection = http.client.HTTPConnection("127.0.0.1", running.port, timeout=30)
    try:
        connection.putrequest("POST", "/", skip_accept_encoding=True)
        connection.putheader("Cookie", cookie)
        for line in lines:
            name, _, value = line.partition(": ")
            connection.putheader(name, value)
        connection.endheaders(body or None)
        return connection.getresponse().status
    finally:
        connection.close()


def test_bodies_are_bounded_typed_and_strictly_read(running):
    browser = Browser(running)
    browser.open()
    form = "Content-Type: application/x-www-form-urlencoded"
    token = f"{CSRF_FIELD}={form_token(browser.page)}"
    assert raw_post(running, browser.cookie, [form]) == 411  # no Content-Length
    assert raw_post(running, browser.cookie, [form, "Transfer-Encoding: chunked"]) == 411
    assert raw_post(running, browser.cookie, [form, "Content-Length: 1000000"]) == 413
    assert raw_post(running, browser.cookie, [form, "Content-Length: -1"]) == 400
    big = (token + "&verkosto=" + "a" * 70_000).encode()
    assert raw_post(running, browser.cookie, [form, f"Content-Length: {len(big)}"], big) == 413
    for kind in ("text/plain", "multipart/form-data; boundary=x", "application/json", ""):
        body = token.encode()
        lines = [f"Content-Type: {kind}", f"Content-Length: {len(body)}"]
        assert raw_post(running, browser.cookie, lines, body) == 415, kind
    latin = (token + "&verkosto=%E4").encode()  # ä in Latin-1, not UTF-8
    assert raw_post(running, browser.cookie, [form, f"Content-Length: {len(latin)}"], latin) == 400
    assert running.app.assessment.state.network is None


def test_unknown_fields_are_not_taken(running):
    browser = Browser(running)
    browser.open()
    page = browser.post([("verkosto", NETWORK), ("toiminto", "seuraava"), ("q:kesto", "1-3v")])
    assert page.status == 200
    assert running.app.assessment.state.network is None
    assert running.app.assessment.state.answers == {}


@pytest.mark.parametrize(
    "path",
    [
        "/index.html",
        "/../../etc/passwd",
        "/..%2f..%2fetc%2fpasswd",
        "/%2e%2e/%2e%2e/etc/passwd",
        "//etc/passwd",
        "/tyyli.css/../../pyproject.toml",
        "/tyyli.css?x=1",
        "/static/tyyli.css",
        "/?x=1",
        "/favicon.ico",
        "/questions.yaml",
        "//evil.example/",
        "http://evil.example/",
        "http://127.0.0.1/",
        "*",
    ],
)
def test_no_file_is_served_under_any_path(running, path):
    browser = Browser(running)
    browser.open()
    answer = request(running.port, "GET", path, {"Cookie": browser.cookie})
    # http.client sends an absolute URL's host as the Host: refused for that first.
    assert answer.status in ({403, 404} if "://" in path else {404}), path
    assert "root:" not in answer.body and "[project]" not in answer.body


@pytest.mark.parametrize("method", ["HEAD", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE"])
def test_other_methods_are_refused(running, method):
    browser = Browser(running)
    browser.open()
    answer = request(running.port, method, "/", {"Cookie": browser.cookie})
    assert answer.status == 405
    assert answer.headers["Allow"] == "GET, POST"
    assert answer.body == "" if method == "HEAD" else answer.body


def raw_exchange(port: int, data: bytes) -> str:
    """Send raw bytes and return all that comes back before the server closes."""
    import socket

    with socket.create_connection(("127.0.0.1", port), timeout=30) as raw:
        raw.sendall(data)
        chunks = []
        while chunk := raw.recv(65536):
            chunks.append(chunk)
    return b"".join(chunks).decode("latin-1")


def test_an_unknown_method_and_a_broken_request_line_are_refused(running):
    for line in (b"BREW / HTTP/1.1\r\n\r\n", b"GET / HTTP/9.9\r\n\r\n", b"GET\r\n\r\n"):
        reply = raw_exchange(running.port, line)
        assert 'id="sisalto"' in reply and "<form" not in reply, line
        if reply.startswith("HTTP/"):  # an HTTP/0.9 request gets an answer without a status
            assert int(reply.split(" ", 2)[1]) in (400, 501, 505), (line, reply[:80])


def test_too_many_headers_are_refused(running):
    lines = b"".join(b"X-%d: y\r\n" % n for n in range(150))
    reply = raw_exchange(running.port, b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n" + lines + b"\r\n")
    assert reply.startswith("HTTP/1.0 431"), reply[:80]
    assert "Content-Security-Policy" in reply


def test_a_slow_client_does_not_hold_up_the_person(running):
    import socket

    browser = Browser(running)
    slow = socket.create_connection(("127.0.0.1", running.port), timeout=30)
    try:
        slow.sendall(b"POST / HTTP/1.1\r\nHost: 127.0.0.1:%d\r\n" % running.port)
        # The headers never end; the person's browser is answered all the same.
        assert browser.open().status == 200
    finally:
        slow.close()


@pytest.mark.parametrize(
    "failure",
    # A bug, and one of our own files refusing (a draft folder made read-only, a file another
    # program holds open on Windows): not a client that went away, so it gets a page.
    [RuntimeError("a bug"), PermissionError(13, "a bug", "luonnokset")],
    ids=["bug", "own-file"],
)
def test_a_failure_inside_is_a_short_page_and_the_server_goes_on(running, monkeypatch, failure):
    def broken(*args: Any, **kwargs: Any) -> Any:
        raise failure

    browser = Browser(running)
    browser.open()
    page = browser.page
    with monkeypatch.context() as patched:
        patched.setattr("verkosto.web.pages.submit", broken)
        failed = browser.post([("verkosto", NETWORK), ("toiminto", "seuraava")])
    assert failed.status == 500
    assert "sisäisen virheen" in failed.body and "a bug" not in failed.body
    browser.page = page
    assert browser.post([("verkosto", NETWORK), ("toiminto", "seuraava")]).status == 200
    assert running.app.assessment.state.network == NETWORK


def test_an_absolute_url_is_not_served_even_with_the_right_host(running):
    browser = Browser(running)
    browser.open()
    own = f"127.0.0.1:{running.port}"
    for target in (f"http://{own}/", f"//{own}/", "//evil.example/"):
        lines = [f"GET {target} HTTP/1.1", f"Host: {own}", f"Cookie: {browser.cookie}"]
        reply = raw_exchange(running.port, ("\r\n".join(lines) + "\r\n\r\n").encode())
        assert reply.startswith("HTTP/1.0 404"), (target, reply[:40])


def test_a_client_that_stalls_is_dropped(running, monkeypatch):
    import socket

    monkeypatch.setattr(running.server.RequestHandlerClass, "timeout", 0.2)
    browser = Browser(running)
    browser.open()
    host = f"Host: 127.0.0.1:{running.port}\r\n".encode()
    stalls = [
        b"GET / HTTP/1.1\r\n" + host,  # the headers never end
        b"POST / HTTP/1.1\r\n"
        + host
        + f"Cookie: {browser.cookie}\r\n".encode()
        + b"Content-Type: application/x-www-form-urlencoded\r\n"
        + b"Content-Length: 100\r\n\r\nverkosto=",  # the body never comes
    ]
    for stall in stalls:
        with socket.create_connection(("127.0.0.1", running.port), timeout=30) as raw:
            raw.sendall(stall)
            assert raw.recv(65536) == b""  # closed by the server, with nothing said
    assert running.app.assessment.state.network is None
    assert running.terminal() == "" or "Traceback" not in running.terminal()


def test_nothing_is_logged_to_the_terminal(running):
    key = running.guard.key
    Browser(running).open()
    request(running.port, "GET", "/../../etc/passwd")
    assert key not in running.terminal()
    assert "GET" not in running.terminal()


# --- A whole assessment --------------------------------------------------------------------


def form_value(question: Any, value: Any) -> str:
    """Return an answer as a person would enter it on the page."""
    if value is None:
        return "0" if question.type == "scale" else ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def answer_pages(browser: Browser, bundled: Any, answers: dict[str, Any], until: str) -> None:
    """Answer the question pages in order until the review page (`until`: "review") or result."""
    for _ in range(200):
        shown = fields_of(browser.page)
        assert "error-summary" not in browser.page and "virheyhteenveto" not in browser.page
        if "valmis" in shown.buttons:
            if until == "review":
                return
            assert browser.post([("toiminto", "valmis")]).status == 200
            return
        names = [name for name in shown.names if name.startswith("q:")]
        assert names, browser.page
        fields = []
        for name in names:
            values = shown.names[name]
            if "kuukausi" in values:  # "per week or per month?"
                fields.append((name, "kuukausi"))
            else:
                qid = name[2:]
                fields.append((name, form_value(bundled.question(qid), answers[qid])))
        assert browser.post([*fields, ("toiminto", "seuraava")]).status == 200
    raise AssertionError("the pages never reached the review")


def walk(
    browser: Browser, bundled: Any, answers: dict[str, Any], lang: str = "fi", until: str = ""
) -> None:
    """Open the address, name the network and answer every page."""
    browser.open()
    start = [("verkosto", NETWORK), ("kieli", lang), ("toiminto", "seuraava")]
    assert browser.post(start).status == 200
    answer_pages(browser, bundled, answers, until)


def stored() -> list[dict[str, Any]]:
    """Return the history's assessments as `verkosto historia --json` lists them."""
    result = runner.invoke(app, ["historia", "--json"])
    assert result.exit_code == 0, result.output
    return list(json.loads(result.stdout)["assessments"])


def without_times(data: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in data.items() if k not in ("started_at", "completed_at")}


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_a_whole_assessment_is_stored_as_arvioi_stores_it(home, bundled, tmp_path, lang):
    answers = full_answers(bundled)
    exported = tmp_path / "selain.json"
    running = start_server(home, lang=lang, export=str(exported))
    browser = Browser(running)
    walk(browser, bundled, answers, lang)
    assert {"fi": "historiaan", "sv": "historiken", "en": "history"}[lang] in browser.page
    # The page's stylesheet is fetched, and then the server stops by itself.
    assert browser.get("/tyyli.css").status == 200
    running.thread.join()
    assert running.ended == ["stored"]
    assert store.find_draft(home, NETWORK) is None
    said = {"fi": "tallennettiin historiaan", "sv": "sparades i historiken", "en": "saved to"}
    assert said[lang] in running.terminal()

    given = tmp_path / "vastaukset.json"
    given.write_text(json.dumps(answers), "utf-8")
    by_arvioi = tmp_path / "arvioi.json"
    result = runner.invoke(
        app,
        [
            "arvioi",
            "--vastaukset",
            str(given),
            "--verkosto",
            NETWORK,
            "--vie",
            str(by_arvioi),
            "--ei-tallenna",
            "--kieli",
            lang,
        ],
    )
    assert result.exit_code == 0, result.output
    assert without_times(json.loads(exported.read_text("utf-8"))) == without_times(
        json.loads(by_arvioi.read_text("utf-8"))
    )
    assert [row["network"] for row in stored()] == [NETWORK]


def test_the_result_is_stored_once_even_if_done_is_sent_twice(home, bundled):
    running = start_server(home)
    browser = Browser(running)
    walk(browser, bundled, full_answers(bundled), until="review")
    token = form_token(browser.page)
    assert browser.post([("toiminto", "valmis")]).status == 200
    browser.page = f'<input name="{CSRF_FIELD}" value="{token}">'
    assert browser.post([("toiminto", "valmis")]).status == 200
    running.stop()
    assert len(stored()) == 1


def test_a_history_that_cannot_take_it_is_said_on_the_page_and_kept_as_a_file(home, bundled):
    from verkosto.history import database_path

    database_path(home).mkdir(parents=True)
    running = start_server(home)
    browser = Browser(running)
    walk(browser, bundled, full_answers(bundled))
    assert "Arviota ei voitu tallentaa" in browser.page
    browser.get("/tyyli.css")
    running.thread.join()
    failure = running.app.assessment.failure
    assert failure is not None and "kept" in failure.params
    assert Path(str(failure.params["kept"])).is_file()


# --- Drafts, shared with `arvioi` ----------------------------------------------------------


def test_every_answered_page_is_kept_as_arvioi_keeps_its_draft(home, bundled):
    running = start_server(home)
    browser = Browser(running)
    browser.open()
    browser.post([("verkosto", NETWORK), ("toiminto", "seuraava")])
    assert store.find_draft(home, NETWORK) is None  # a name is not an answer
    first = next(name for name in fields_of(browser.page).names if name.startswith("q:"))
    answers = full_answers(bundled)
    qid = first[2:]
    browser.post(
        [(first, form_value(bundled.question(qid), answers[qid])), ("toiminto", "seuraava")]
    )
    draft = store.find_draft(home, NETWORK)
    assert draft is not None and draft.answers == {qid: answers[qid]}
    running.stop()


def test_arvioi_jatka_finishes_a_browser_draft(home, bundled):
    running = start_server(home)
    walk(Browser(running), bundled, full_answers(bundled), until="review")
    running.stop()
    assert running.ended == ["idle"]
    assert store.find_draft(home, NETWORK) is not None
    result = runner.invoke(app, ["arvioi", "--jatka", "--verkosto", NETWORK, "--ei-kysy"])
    assert result.exit_code == 0, result.output
    assert store.find_draft(home, NETWORK) is None
    assert len(stored()) == 1


def arvioi_draft(home: Path, bundled: Any, count: int) -> dict[str, Any]:
    """Keep the first `count` answers as a draft, the way `arvioi` keeps one."""
    from datetime import datetime

    from verkosto.interview import next_question

    answers = full_answers(bundled)
    given: dict[str, Any] = {}
    for _ in range(count):
        question = next_question(bundled, given)
        assert question is not None
        given[question.id] = answers[question.id]
    started = datetime(2026, 12, 1, 9, 0).astimezone()
    store.save_draft(home, NETWORK, given, None, bundled.sha256, started)
    return given


def test_selain_jatka_goes_on_from_an_arvioi_draft(home, bundled):
    given = arvioi_draft(home, bundled, 3)
    running = start_server(home, resume=True)
    assert dict(running.app.assessment.state.answers) == given
    browser = Browser(running)
    browser.open()
    browser.post([("verkosto", NETWORK), ("toiminto", "seuraava")])
    answer_pages(browser, bundled, full_answers(bundled), until="")
    browser.get("/tyyli.css")
    running.thread.join()
    assert running.ended == ["stored"]
    assert len(stored()) == 1
    # The draft's start time is the assessment's (as `arvioi --jatka` keeps it).
    lines = runner.invoke(app, ["historia", "--vie", "-"]).stdout.splitlines()
    assert json.loads(lines[0])["started_at"].startswith("2026-12-01T09:00")
    assert store.find_draft(home, NETWORK) is None


@pytest.mark.parametrize("named", ["option", "start page"])
def test_a_draft_of_the_network_is_offered_first(home, bundled, named):
    given = arvioi_draft(home, bundled, 2)
    running = start_server(home, network=NETWORK if named == "option" else None)
    browser = Browser(running)
    browser.open()
    if named == "start page":
        browser.post([("verkosto", NETWORK), ("toiminto", "seuraava")])
    assert "Jatka luonnosta" in browser.page and "2 vastausta" in browser.page
    browser.post([("luonnos", "jatka")])
    assert dict(running.app.assessment.state.answers) == given
    running.stop()


def test_starting_afresh_replaces_the_draft_only_after_an_answer(home, bundled):
    arvioi_draft(home, bundled, 2)
    running = start_server(home, network=NETWORK)
    browser = Browser(running)
    browser.open()
    browser.post([("luonnos", "alusta")])
    assert running.app.assessment.state.answers == {}
    assert len(store.find_draft(home, NETWORK).answers) == 2
    browser.post([("verkosto", NETWORK), ("toiminto", "seuraava")])
    assert "Jatka luonnosta" not in browser.page  # not offered again
    first = next(name for name in fields_of(browser.page).names if name.startswith("q:"))
    browser.post([(first, "jasen"), ("toiminto", "seuraava")])
    assert store.find_draft(home, NETWORK).answers == {first[2:]: "jasen"}
    running.stop()


def test_an_idle_server_stops_and_keeps_the_draft(home, bundled):
    running = start_server(home)
    browser = Browser(running)
    browser.open()
    browser.post([("verkosto", NETWORK), ("toiminto", "seuraava")])
    running.clock.now += 59
    assert browser.get().status == 200  # any use starts the idle time again
    running.clock.now += 59
    assert running.thread.is_alive()
    running.clock.now += 2
    running.thread.join()
    assert running.ended == ["idle"]
