"""`verkosto selain`: the assessment's pages served to the person's own browser, on 127.0.0.1.

The standard library's ThreadingHTTPServer carries the requests; `App.handle` decides every
answer without sockets, behind the locks of `verkosto.web.guard`; the pages themselves come
from `verkosto.web.pages`. The assessment is kept the way `arvioi` keeps it: a draft in the
same drafts folder after every answered page (`session.DraftKeeper`), and the finished one
stored by `session.finish`, so `arvioi --jatka`, `historia`, `raportti` and `kooste` see it.

Nothing is served from files: the one stylesheet comes from memory, every other path is 404.
The server stops once the result is stored, when nobody has used it for a while, or on
Ctrl-C (which `cli/browser.py` says the way `arvioi` does).
"""

from __future__ import annotations

import dataclasses
import socketserver
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from html import escape
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import parse_qsl, urlsplit

from verkosto import session
from verkosto.answers import fit_answers, prune
from verkosto.errors import VerkostoError
from verkosto.i18n.catalog import t
from verkosto.web import guard as locks
from verkosto.web import pages
from verkosto.web.guard import Guard, Refused

if TYPE_CHECKING:
    from verkosto.instrument.model import Instrument
    from verkosto.session_ports import Options, Ui
    from verkosto.store import Draft

STYLE_PATH = "/tyyli.css"
# The stylesheet, and no icon: without this the browser asks for /favicon.ico (a 404).
HEAD = f'<link rel="stylesheet" href="{STYLE_PATH}">\n<link rel="icon" href="data:,">'
# A slow or silent client is dropped after this many seconds (it holds one thread only).
READ_TIMEOUT = 20.0
# Without a single request for this long the server stops (`--odota` sets it).
IDLE_MINUTES = 30
# After the result is stored the server stays this long for the result page's stylesheet.
GRACE_SECONDS = 10.0
# The draft offer's own field and its two buttons (the pages never see them).
DRAFT_FIELD = "luonnos"
DRAFT_CONTINUE = "jatka"
DRAFT_AFRESH = "alusta"
_HTML = "text/html; charset=utf-8"


@dataclass(frozen=True)
class Reply:
    """One HTTP answer: status, body, its type and any headers besides the guard's."""

    status: HTTPStatus
    body: bytes = b""
    content_type: str = _HTML
    headers: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Request:
    """One HTTP request as the App sees it; `read(n)` reads n bytes of the body."""

    method: str
    target: str
    headers: Mapping[str, str | None]
    read: Callable[[int], bytes]


def _now() -> datetime:
    return datetime.now().astimezone()


class Assessment:
    """The assessment in progress: its questions, the pages' state and the draft it keeps."""

    def __init__(
        self,
        instrument: Instrument,
        questions: Path | None,
        options: Options,
        home: Path,
        ui: Ui,
        now: Callable[[], datetime] = _now,
    ) -> None:
        """Start without answers, in the language of `options`, naming its network if given."""
        self.instrument = instrument
        self.questions = questions
        self.options = options
        self.home = home
        self.ui = ui
        self.now = now
        self.started_at = now()
        self.state = pages.start(instrument, options.language, network=options.network)
        self.keeper: session.DraftKeeper | None = None
        # A draft of the named network that the person may continue (asked on a page).
        self.offer: Draft | None = None
        self.stored = False
        self.failure: VerkostoError | None = None
        if options.network is not None:
            self.offer = session.existing_draft(home, ui, options.network)

    @property
    def lang(self) -> str:
        """Return the language the pages are in now (the start page may change it)."""
        return str(self.state.lang)

    def continue_draft(self, draft: Draft) -> None:
        """Go on from `draft`: its answers that still fit, its start time, its network."""
        self.offer = None
        self.started_at = draft.started_at
        keeper = self._keeper(draft.network)
        given = session.continue_draft(self.ui, self.instrument, draft, {}, keeper)
        fitted, _ = fit_answers(self.instrument, given)
        state = pages.start(self.instrument, self.lang, network=draft.network, answers=fitted)
        self.state = _with_start_time(state, draft.started_at)

    def _keeps(self, network: str) -> bool:
        """Return whether this run already keeps (or continued) the draft of `network`."""
        from verkosto.export.names import network_key

        keeper = self.keeper
        return keeper is not None and network_key(keeper.network) == network_key(network)

    def _keeper(self, network: str) -> session.DraftKeeper:
        """Return the draft keeper of `network` (a new one when the network changed)."""
        if self.keeper is None or not self._keeps(network):
            self.keeper = session.DraftKeeper(
                self.home,
                self.ui,
                network,
                self.options.keep_history,
                session.questions_file_name(self.questions),
                self.instrument.sha256,
                _started(self.state, self.started_at),
            )
        return self.keeper

    def show(self) -> str:
        """Return the current page."""
        return pages.document(pages.show(self.instrument, self.state), **_style())

    def submit(self, form: list[tuple[str, str]]) -> str:
        """Take one posted form: answer, keep the draft, and store the result when it comes."""
        if self.offer is not None:
            return self._answer_offer(form)
        before = self.state
        turn = pages.submit(self.instrument, self.state, form, self.now())
        self.state = turn.state
        network = self.state.network
        if network is not None and not self._keeps(network):
            # Named on the start page: a draft of that network is offered before going on.
            self.offer = session.existing_draft(self.home, self.ui, network)
            if self.offer is not None:
                return self.offer_page()
        if network is not None and self.state.answers and self.state.answers != before.answers:
            # An answer being changed (taken back from the review) stays in the draft.
            self._keeper(str(network)).save({**self.state.defaults, **self.state.answers})
        if turn.export is not None and not self.stored:
            turn = self._finish(turn)
        return pages.document(turn, **_style())

    def _finish(self, turn: Any) -> Any:
        """Store the finished assessment as `arvioi` does; say on the page what became of it."""
        network = str(self.state.network)
        keeper = self._keeper(network)
        options = dataclasses.replace(self.options, language=self.lang)
        started = _started(self.state, self.started_at)
        try:
            session.finish(
                self.instrument,
                network,
                # As the pages' export: answers to questions that no longer apply are left out.
                prune(self.instrument, self.state.answers),
                started,
                options,
                self.home,
                self.ui,
                keeper.forget,
                self.now,
                self.questions,
            )
        except VerkostoError as error:
            self.failure = error
            return _with_notice(turn, t("web_store_failed", self.lang))
        finally:
            self.stored = True
        key = "web_stored" if self.options.keep_history else "web_exported"
        return _with_notice(turn, t(key, self.lang))

    def offer_page(self) -> str:
        """Return the page that offers the network's unfinished assessment."""
        from verkosto.i18n.formatting import format_time

        assert self.offer is not None
        lang, draft = self.lang, self.offer
        found = t(
            "draft_found",
            lang,
            network=draft.network,
            count=len(draft.answers),
            saved=format_time(draft.saved_at, lang),
        )
        body = (
            f"<p>{escape(found)}</p>\n<p>{escape(t('web_draft_afresh_note', lang))}</p>\n"
            '<form method="post">\n'
            f'<button type="submit" name="{DRAFT_FIELD}" value="{DRAFT_CONTINUE}">'
            f"{escape(t('web_draft_continue', lang))}</button>\n"
            f'<button type="submit" name="{DRAFT_FIELD}" value="{DRAFT_AFRESH}">'
            f"{escape(t('web_draft_afresh', lang))}</button>\n</form>"
        )
        return plain_page(lang, t("web_draft_title", lang), body)

    def _answer_offer(self, form: list[tuple[str, str]]) -> str:
        """Continue the offered draft or start afresh (it is replaced after the first answer)."""
        choice = [value for name, value in form if name == DRAFT_FIELD]
        if choice == [DRAFT_CONTINUE] and len(form) == 1 and self.offer is not None:
            self.continue_draft(self.offer)
        elif choice == [DRAFT_AFRESH] and len(form) == 1 and self.offer is not None:
            # Not offered again: this run's first answer replaces the draft, as in `arvioi`.
            self._keeper(self.offer.network)
            self.offer = None
        else:
            raise Refused(HTTPStatus.BAD_REQUEST, "web_bad_request")
        return self.show()


def _style() -> dict[str, Any]:
    """Return how a page takes its stylesheet: a link to the server's own address."""
    return {"style": None, "head_extra": HEAD}


def _with_start_time(state: Any, started_at: datetime) -> Any:
    """Return `state` with the draft's start time, when the pages keep one."""
    if any(f.name == "started_at" for f in dataclasses.fields(state)):
        return dataclasses.replace(state, started_at=started_at.isoformat(timespec="seconds"))
    return state


def _started(state: Any, fallback: datetime) -> datetime:
    """Return when the assessment started: the pages' time of the first answer, else ours."""
    raw = getattr(state, "started_at", None)
    if isinstance(raw, str):
        try:
            return datetime.fromisoformat(raw).astimezone()
        except ValueError:
            pass
    return fallback


def _with_notice(turn: Any, text: str) -> Any:
    """Return the turn with a short notice above its page."""
    notice = f'<p role="status">{escape(text)}</p>\n'
    return dataclasses.replace(turn, body=notice + turn.body)


def plain_page(lang: str, title: str, body: str) -> str:
    """Return a small page of the server's own (a refusal, the draft offer)."""
    return (
        f'<!doctype html>\n<html lang="{escape(lang)}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(title)}</title>\n{HEAD}\n</head>\n<body>\n"
        f'<main id="sisalto">\n<h1>{escape(title)}</h1>\n{body}\n</main>\n</body>\n</html>\n'
    )


def prepare(options: Options, home: Path, ui: Ui, now: Callable[[], datetime] = _now) -> Assessment:
    """Load the questions and the draft `--jatka` continues (if any); raise as `arvioi` does."""
    from verkosto import cache

    _, draft, questions = session.resumed(options, home, ui)
    instrument = cache.load_instrument(questions, home / cache.FOLDER)
    assessment = Assessment(instrument, questions, options, home, ui, now)
    if draft is not None:
        assessment.continue_draft(draft)
    return assessment


class App:
    """One run's pages behind its locks: every request becomes a Reply here."""

    def __init__(
        self,
        assessment: Assessment,
        guard: Guard,
        clock: Callable[[], float] = time.monotonic,
        idle_seconds: float = IDLE_MINUTES * 60,
    ) -> None:
        """Serve `assessment` to whoever holds `guard`'s key; `clock` measures idleness."""
        self.assessment = assessment
        self.guard = guard
        self.clock = clock
        self.idle_seconds = idle_seconds
        self.last_used = clock()
        self.stored_at: float | None = None
        self.style_after_store = False
        self.lock = threading.Lock()

    def handle(self, request: Request) -> Reply:
        """Answer one request; a refused one gets its status and a short page."""
        try:
            return self._route(request)
        except Refused as refused:
            return self.refusal(refused.status, refused.key)

    def _route(self, request: Request) -> Reply:
        method, headers = request.method, request.headers
        host = self.guard.check_host(headers.get("Host"))
        parts = urlsplit(request.target)
        if parts.path not in ("/", STYLE_PATH) or parts.fragment:
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
        if self.stored_at is not None:
            self.style_after_store = True
        return Reply(HTTPStatus.OK, pages.STYLE.encode("utf-8"), "text/css; charset=utf-8")

    def _read_form(
        self, headers: Mapping[str, str | None], read: Callable[[int], bytes]
    ) -> list[tuple[str, str]]:
        """Read and check the posted form; return its fields without the token."""
        length = locks.body_length(headers.get("Content-Length"), headers.get("Transfer-Encoding"))
        locks.check_form_type(headers.get("Content-Type"))
        body = read(length)
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
