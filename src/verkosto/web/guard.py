"""The locks of `verkosto selain`: who may talk to the local server, and what they may send.

The server listens on 127.0.0.1 only, but any page the person has open in the same browser
can make their browser send requests there, and a hostile name that resolves to 127.0.0.1
(DNS rebinding) can even read the answers. So, as datasette's one-time root token
(`AuthTokenView`), jupyter_server's `check_host` and `check_origin` and its XSRF token do:

- the address printed and opened carries a random one-time key, exchanged on first use for
  a cookie (`HttpOnly; SameSite=Strict`); a request without that cookie is refused;
- a `Host` other than the server's own (`127.0.0.1:<port>`, `localhost:<port>`) is refused;
- a form is taken only from the same origin (`Origin`, `Sec-Fetch-Site`) and only with the
  session's own hidden token, which is stripped before the pages see the form;
- bodies are bounded, of one content type, and decoded strictly.

Pure: no sockets and no clock; the server asks these questions and sends the answers.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Mapping
from dataclasses import dataclass, field
from http import HTTPStatus
from urllib.parse import parse_qsl

# The one content type a form posts without JavaScript and without a file.
FORM_TYPE = "application/x-www-form-urlencoded"
# A whole assessment's answers fit in a few kilobytes; a free-text answer is bounded below this.
MAX_BODY = 64 * 1024
MAX_FIELDS = 500
# The hidden field that carries the session's form token (removed before the pages see it).
CSRF_FIELD = "lomaketunniste"
# The query parameter of the opened address that carries the one-time key.
KEY_PARAMETER = "avain"
CSP = (
    "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
    "frame-ancestors 'none'; base-uri 'none'"
)
# Sent with every answer, refusals included: nothing remote, nothing kept, nothing framed.
HEADERS: tuple[tuple[str, str], ...] = (
    ("Content-Security-Policy", CSP),
    ("X-Content-Type-Options", "nosniff"),
    # same-origin, not no-referrer: under no-referrer a browser posts the page's own form with
    # `Origin: null`, and one that sends no Sec-Fetch-Site (Safari before 16.4) could then not
    # be told from a page elsewhere. Nothing here links out, and no other site gets a referrer.
    ("Referrer-Policy", "same-origin"),
    ("Cache-Control", "no-store"),
    ("X-Frame-Options", "DENY"),
    ("Cross-Origin-Opener-Policy", "same-origin"),
    ("Cross-Origin-Resource-Policy", "same-origin"),
)
# Sec-Fetch-Site values of a request the person made on these pages or by opening the address.
SAME_SITE_FETCH = frozenset({"same-origin", "none"})
_COOKIE_VALUE = re.compile(r"[A-Za-z0-9_-]{1,200}")


class Refused(Exception):
    """A request the server does not serve: its HTTP status and the message key to show."""

    def __init__(self, status: HTTPStatus, key: str) -> None:
        """Refuse with `status`, telling the person the text `key` names."""
        super().__init__(key)
        self.status = status
        self.key = key


def _token() -> str:
    return secrets.token_urlsafe(32)


@dataclass
class Guard:
    """The secrets of one server run, and the checks made with them."""

    port: int
    # None once the one-time key has been exchanged: it cannot be used twice.
    key: str | None = field(default_factory=_token)
    session: str = field(default_factory=_token)
    csrf: str = field(default_factory=_token)

    @property
    def cookie_name(self) -> str:
        """Return the cookie's name: cookies do not keep ports apart, so the port is in it."""
        return f"verkosto-{self.port}"

    @property
    def hosts(self) -> frozenset[str]:
        """Return the Host values this server answers to."""
        return frozenset({f"127.0.0.1:{self.port}", f"localhost:{self.port}"})

    def address(self) -> str:
        """Return the address to open: the one-time key in it, not yet exchanged."""
        return f"http://127.0.0.1:{self.port}/?{KEY_PARAMETER}={self.key}"

    def check_host(self, host: str | None) -> str:
        """Return the Host if it is this server's own; raise Refused (DNS rebinding)."""
        if host is None or host.strip().lower() not in self.hosts:
            raise Refused(HTTPStatus.FORBIDDEN, "web_refused_host")
        return host.strip().lower()

    def redeem(self, key: str) -> str:
        """Exchange the one-time key for the session cookie's header value; raise Refused."""
        if self.key is None or not secrets.compare_digest(key.encode(), self.key.encode()):
            raise Refused(HTTPStatus.FORBIDDEN, "web_refused_key")
        self.key = None
        return f"{self.cookie_name}={self.session}; HttpOnly; SameSite=Strict; Path=/"

    def has_session(self, cookie_header: str | None) -> bool:
        """Return whether the Cookie header carries this run's session cookie."""
        # Every cookie of that name is looked at: a page on another local port may have set
        # one more (cookies do not keep ports apart), and it must not hide ours.
        found = False
        for part in (cookie_header or "").split(";"):
            name, _, value = part.strip().partition("=")
            if name == self.cookie_name and _COOKIE_VALUE.fullmatch(value):
                found |= secrets.compare_digest(value.encode(), self.session.encode())
        return found

    def check_session(self, cookie_header: str | None) -> None:
        """Raise Refused unless the request carries this run's session cookie."""
        if not self.has_session(cookie_header):
            raise Refused(HTTPStatus.FORBIDDEN, "web_refused_session")

    def check_same_origin(self, host: str, headers: Mapping[str, str | None]) -> None:
        """Raise Refused if a form comes from another origin (when the browser says which).

        A privacy setting or extension can make a browser post even the page's own form with
        `Origin: null`; such a form is taken only where the browser's own `Sec-Fetch-Site`
        (which no page can set) says it came from the same origin.
        """
        origin = (headers.get("Origin") or "").strip().lower()
        fetch_site = headers.get("Sec-Fetch-Site")
        site = fetch_site.strip().lower() if fetch_site is not None else None
        if site is not None and site not in SAME_SITE_FETCH:
            raise Refused(HTTPStatus.FORBIDDEN, "web_refused_form")
        if headers.get("Origin") is None or origin == f"http://{host}":
            return
        if origin == "null" and site == "same-origin":
            return
        raise Refused(HTTPStatus.FORBIDDEN, "web_refused_form")

    def strip_csrf(self, form: list[tuple[str, str]]) -> list[tuple[str, str]]:
        """Return the form without its token field; raise Refused unless it has the one token."""
        tokens = [value for name, value in form if name == CSRF_FIELD]
        if len(tokens) != 1 or not secrets.compare_digest(
            tokens[0].encode("utf-8", "replace"), self.csrf.encode()
        ):
            raise Refused(HTTPStatus.FORBIDDEN, "web_refused_form")
        return [(name, value) for name, value in form if name != CSRF_FIELD]


def body_length(content_length: str | None, transfer_encoding: str | None) -> int:
    """Return the declared body length; raise Refused if it is missing, odd or too large."""
    if transfer_encoding is not None:
        # A chunked body has no length to check before reading it.
        raise Refused(HTTPStatus.LENGTH_REQUIRED, "web_bad_request")
    if content_length is None:
        raise Refused(HTTPStatus.LENGTH_REQUIRED, "web_bad_request")
    if not re.fullmatch(r"[0-9]{1,9}", content_length.strip()):
        raise Refused(HTTPStatus.BAD_REQUEST, "web_bad_request")
    length = int(content_length.strip())
    if length > MAX_BODY:
        raise Refused(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, "web_too_large")
    return length


def check_form_type(content_type: str | None) -> None:
    """Raise Refused unless the body is an urlencoded form (UTF-8, if a charset is named)."""
    kind, _, parameters = (content_type or "").partition(";")
    if kind.strip().lower() != FORM_TYPE:
        raise Refused(HTTPStatus.UNSUPPORTED_MEDIA_TYPE, "web_bad_request")
    charset = re.search(r"charset\s*=\s*\"?([A-Za-z0-9_-]+)", parameters)
    if charset is not None and charset.group(1).lower() not in ("utf-8", "utf8"):
        raise Refused(HTTPStatus.UNSUPPORTED_MEDIA_TYPE, "web_bad_request")


def parse_form(body: bytes) -> list[tuple[str, str]]:
    """Return the form's fields in order; raise Refused if it is not strict UTF-8 or too long."""
    try:
        text = body.decode("ascii")
        fields = parse_qsl(
            text,
            keep_blank_values=True,
            encoding="utf-8",
            errors="strict",
            max_num_fields=MAX_FIELDS,
        )
    except (UnicodeDecodeError, ValueError):
        raise Refused(HTTPStatus.BAD_REQUEST, "web_bad_request") from None
    if any("\x00" in name or "\x00" in value for name, value in fields):
        raise Refused(HTTPStatus.BAD_REQUEST, "web_bad_request")
    return fields


def hidden_field(guard: Guard) -> str:
    """Return the hidden input that carries the session's form token."""
    # The token is URL-safe base64: nothing in it needs escaping in an attribute.
    return f'<input type="hidden" name="{CSRF_FIELD}" value="{guard.csrf}">'


_FORM_TAG = re.compile(r"(<form\b[^>]*>)", re.IGNORECASE)


def with_token(html: str, guard: Guard) -> str:
    """Put the hidden token field first in every form of a page the server made.

    The pages escape every text they show, so `<form` in them is always a real tag.
    """
    return _FORM_TAG.sub(lambda match: match.group(1) + hidden_field(guard), html)
