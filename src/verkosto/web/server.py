"""`verkosto selain`: the assessment's pages served to the person's own browser, on 127.0.0.1.

The standard library's ThreadingHTTPServer carries the requests; `App.handle` decides every
answer without sockets, behind the locks of `verkosto.web.guard`; the pages themselves come
from `verkosto.web.pages`, and the assessment (drafts, storing) is `verkosto.web.assessment`.

Nothing is served from files: the one stylesheet comes from memory, every other path is 404.
The server stops once the result is stored, when nobody has used it for a while, or on
Ctrl-C (which `cli/browser.py` says the way `arvioi` does).
"""

from __future__ import annotations

import os
import socketserver
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from html import escape
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, cast
from urllib.parse import parse_qsl, urlsplit

from verkosto.i18n.catalog import t
from verkosto.web import guard as locks
from verkosto.web import pages
from verkosto.web.assessment import STYLE_PATH, Assessment, plain_page
from verkosto.web.guard import Guard, Refused

# A slow or silent client is dropped after this many seconds (it holds one thread only).
READ_TIMEOUT = 20.0
# After the result is stored the server stays this long for the result page's stylesheet.
GRACE_SECONDS = 10.0
_HTML = "text/html; charset=utf-8"


@dataclass(frozen=True)
class Reply:
    """One HTTP answer: status, body, its type and any headers besides the guard's."""

    status: HTTPStatus
    body: bytes = b""
    content_type: str = _HTML
    headers: tuple[tuple[str, str], ...] = ()
    # The last thing the finished run serves: the server may stop once it has been sent.
    last: bool = False


class ClientGone(Exception):
    """The client went away or stalled while sending its form: nothing is answered."""


@dataclass(frozen=True)
class Request:
    """One HTTP request as the App sees it; `read(n)` reads n bytes of the body."""

    method: str
    target: str
    headers: Mapping[str, str | None]
    read: Callable[[int], bytes]


class App:
    """One run's pages behind its locks: every request becomes a Reply here."""

    def __init__(
        self,
        assessment: Assessment,
        guard: Guard,
        idle_seconds: float,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        """Serve `assessment` to whoever holds `guard`'s key; stop after `idle_seconds` unused."""
        self.assessment = assessment
        self.guard = guard
        self.clock = clock
        self.idle_seconds = idle_seconds
        self.last_used = clock()
        self.stored_at: float | None = None
        self.style_after_store = False
        self.lock = threading.Lock()

    def handle(self, request: Request) -> Reply:
        """Answer one request; a refused one gets its status and a short page.

        A client that goes away or stalls while sending gets nothing; any other failure (one
        of our own files, say) a short page, and the server goes on (the answers so far are in
        the draft).
        """
        try:
            return self._route(request)
        except Refused as refused:
            return self.refusal(refused.status, refused.key)
        except ClientGone:
            raise
        except Exception:
            if os.environ.get("VERKOSTO_DEBUG"):
                raise
            return self.refusal(HTTPStatus.INTERNAL_SERVER_ERROR, "web_internal_error")

    def sent(self, reply: Reply) -> None:
        """Note that `reply` has been sent (the last one lets the finished server stop)."""
        if reply.last:
            self.style_after_store = True

    def _route(self, request: Request) -> Reply:
        method, headers = request.method, request.headers
        host = self.guard.check_host(headers.get("Host"))
        parts = urlsplit(request.target)
        # Only a path: not an absolute URL or "//host/…", whose host no check would have seen.
        origin_form = request.target.startswith("/") and not request.target.startswith("//")
        if not origin_form or parts.path not in ("/", STYLE_PATH) or parts.fragment:
            # No file is ever served: a path that is not one of these two is not there.
            raise Refused(HTTPStatus.NOT_FOUND, "web_not_found")
        if method not in ("GET", "POST") or (method == "POST" and parts.path != "/"):
            raise Refused(HTTPStatus.METHOD_NOT_ALLOWED, "web_method")
        if method == "GET" and parts.path == "/" and parts.query:
            return self._redeem(parts.query, headers)
        self.guard.check_session(headers.get("Cookie"))
        self.last_used = self.clock()
        if parts.path == STYLE_PATH:
            return self._style(parts.query)
        if method == "GET":
            with self.lock:
                return self._page(self._current())
        self.guard.check_same_origin(host, headers)
        form = self._read_form(headers, request.read)
        with self.lock:
            if self.assessment.stored:
                # The result is stored: a second "done" must not store it twice.
                return self._page(self._current())
            return self._page(self.assessment.submit(form))

    def _current(self) -> str:
        """Return the page the person is on (the draft offer, if one waits)."""
        if self.assessment.offer is not None:
            return self.assessment.offer_page()
        return self.assessment.show()

    def _redeem(self, query: str, headers: Mapping[str, str | None]) -> Reply:
        """Exchange the one-time key for the cookie, then go to the address without it."""
        fields = parse_qsl(query, keep_blank_values=True)
        keys = [value for name, value in fields if name == locks.KEY_PARAMETER]
        if len(fields) != 1 or len(keys) != 1:
            raise Refused(HTTPStatus.NOT_FOUND, "web_not_found")
        with self.lock:
            if self.guard.key is None and self.guard.has_session(headers.get("Cookie")):
                # The same browser opening the address again (history, a second tab).
                cookie: tuple[tuple[str, str], ...] = ()
            else:
                cookie = (("Set-Cookie", self.guard.redeem(keys[0])),)
        self.last_used = self.clock()
        return Reply(HTTPStatus.SEE_OTHER, headers=(*cookie, ("Location", "/")))

    def _style(self, query: str) -> Reply:
        """Return the stylesheet, from memory."""
        if query:
            raise Refused(HTTPStatus.NOT_FOUND, "web_not_found")
        css = pages.STYLE.encode("utf-8")
        return Reply(HTTPStatus.OK, css, "text/css; charset=utf-8", last=self.stored_at is not None)

    def _read_form(
        self, headers: Mapping[str, str | None], read: Callable[[int], bytes]
    ) -> list[tuple[str, str]]:
        """Read and check the posted form; return its fields without the token."""
        length = locks.body_length(headers.get("Content-Length"), headers.get("Transfer-Encoding"))
        locks.check_form_type(headers.get("Content-Type"))
        try:
            body = read(length)
        except OSError as error:
            raise ClientGone from error
        if len(body) != length:
            raise Refused(HTTPStatus.BAD_REQUEST, "web_bad_request")
        return self.guard.strip_csrf(locks.parse_form(body))

    def _page(self, html: str) -> Reply:
        """Return a page of the assessment, its forms carrying the session's token."""
        if self.assessment.stored and self.stored_at is None:
            self.stored_at = self.clock()
        return Reply(HTTPStatus.OK, locks.with_token(html, self.guard).encode("utf-8"))

    def refusal(self, status: HTTPStatus, key: str) -> Reply:
        """Return a refused request's answer: its status and a short page in the language."""
        lang = self.assessment.lang
        page = plain_page(lang, t("web_refused_title", lang), f"<p>{escape(t(key, lang))}</p>")
        extra: tuple[tuple[str, str], ...] = ()
        if status == HTTPStatus.METHOD_NOT_ALLOWED:
            extra = (("Allow", "GET, POST"),)
        return Reply(status, page.encode("utf-8"), headers=extra)

    def finished(self) -> bool:
        """Return whether the result is stored and its page had time to get its stylesheet."""
        if self.stored_at is None:
            return False
        return self.style_after_store or self.clock() - self.stored_at >= GRACE_SECONDS

    def idle(self) -> bool:
        """Return whether nobody has used the server for the idle time."""
        return self.clock() - self.last_used >= self.idle_seconds


class _Handler(BaseHTTPRequestHandler):
    """Hands each request to the App and writes its Reply; says nothing to the terminal."""

    server_version = "verkosto"
    sys_version = ""
    timeout = READ_TIMEOUT

    def _serve(self) -> None:
        app = cast(Server, self.server).app
        headers: dict[str, str | None] = {}
        for name in _HEADERS_READ:
            found = self.headers.get_all(name) or []
            # Two Hosts or two lengths: which one a check saw would be a guess.
            headers[name] = found[0] if len(found) == 1 else None if not found else "\x00"
        reply = app.handle(Request(self.command, self.path, headers, self.rfile.read))
        self._send(reply)
        app.sent(reply)

    do_GET = do_POST = do_HEAD = do_PUT = do_DELETE = do_PATCH = _serve
    do_OPTIONS = do_TRACE = do_CONNECT = _serve

    def _send(self, reply: Reply) -> None:
        self.send_response(reply.status)
        for name, value in (*locks.HEADERS, *reply.headers):
            self.send_header(name, value)
        self.send_header("Content-Type", reply.content_type)
        self.send_header("Content-Length", str(len(reply.body)))
        self.send_header("Connection", "close")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(reply.body)
        self.close_connection = True

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """Answer a request the standard library refused (too long, malformed) our way."""
        app = cast(Server, self.server).app
        self._send(app.refusal(HTTPStatus(code), "web_bad_request"))

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the stdlib's name
        """Log nothing: the first request's address carries the one-time key."""


_HEADERS_READ = (
    "Host",
    "Cookie",
    "Origin",
    "Sec-Fetch-Site",
    "Content-Length",
    "Content-Type",
    "Transfer-Encoding",
)


class Server(ThreadingHTTPServer):
    """A threading HTTP server on 127.0.0.1, on a port the system picks."""

    # Never share a port with another program (on Windows SO_REUSEADDR would allow that).
    allow_reuse_address = False
    daemon_threads = True
    app: App

    def __init__(self) -> None:
        """Listen on 127.0.0.1 on a free port."""
        super().__init__(("127.0.0.1", 0), _Handler)

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Say nothing of a client that went away or timed out (the default prints a trace)."""
        if os.environ.get("VERKOSTO_DEBUG"):
            super().handle_error(request, client_address)

    def server_bind(self) -> None:
        """Bind without HTTPServer's name lookup (getfqdn can wait for a slow DNS)."""
        socketserver.TCPServer.server_bind(self)
        host, port = self.server_address[:2]
        self.server_name = str(host)
        self.server_port = int(port)


def serve(server: Server, tick: float = 0.5) -> str:
    """Answer requests until the result is stored or nobody comes; return which ("stored", "idle").

    One request at a time is accepted here (each runs in its own thread); between them the
    loop wakes every `tick` seconds, so idleness and a Ctrl-C are noticed on every platform.
    """
    app = server.app
    server.timeout = tick
    while True:
        if app.finished():
            return "stored"
        if app.idle():
            return "idle"
        server.handle_request()
