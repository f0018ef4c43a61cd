"""The assessment a `verkosto selain` run keeps: the pages' state, its draft and its end.

It is kept the way `arvioi` keeps one: a draft in the same drafts folder after every
answered page (`session_drafts.DraftKeeper`), a draft of the same network offered before it
is replaced, and the finished assessment stored by `session_finish.finish`, so
`arvioi --jatka`, `historia`, `raportti` and `kooste` see it. The HTTP side is
`verkosto.web.server`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import datetime
from html import escape
from http import HTTPStatus
from pathlib import Path
from typing import TYPE_CHECKING

from verkosto import session_drafts, session_finish
from verkosto.answers import fit_answers, prune
from verkosto.errors import VerkostoError
from verkosto.i18n.catalog import t
from verkosto.web import pages
from verkosto.web.guard import Refused

if TYPE_CHECKING:
    from verkosto.instrument.model import Instrument
    from verkosto.session_ports import Options, Ui
    from verkosto.store import Draft

STYLE_PATH = "/tyyli.css"
# A page links the stylesheet at the server's own address (the CSP allows 'self' only), and
# names no icon: without that the browser asks for /favicon.ico (a 404).
HEAD = f'<link rel="stylesheet" href="{STYLE_PATH}">\n<link rel="icon" href="data:,">'
# The draft offer's own field and its two buttons (the pages never see them).
DRAFT_FIELD = "luonnos"
DRAFT_CONTINUE = "jatka"
DRAFT_AFRESH = "alusta"


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
        self.keeper: session_drafts.DraftKeeper | None = None
        # A draft of the named network that the person may continue (asked on a page).
        self.offer: Draft | None = None
        self.stored = False
        self.failure: VerkostoError | None = None
        if options.network is not None:
            self.offer = session_drafts.existing_draft(home, ui, options.network)

    @property
    def lang(self) -> str:
        """Return the language the pages are in now (the start page may change it)."""
        return self.state.lang

    def continue_draft(self, draft: Draft) -> None:
        """Go on from `draft`: its answers that still fit, its start time, its network."""
        self.offer = None
        self.started_at = draft.started_at
        keeper = self._keeper(draft.network)
        given = session_drafts.continue_draft(self.ui, self.instrument, draft, {}, keeper)
        fitted, _ = fit_answers(self.instrument, given)
        state = pages.start(self.instrument, self.lang, network=draft.network, answers=fitted)
        # The draft's start is the assessment's, as when `arvioi --jatka` goes on from it.
        self.state = dataclasses.replace(
            state, started_at=draft.started_at.isoformat(timespec="seconds")
        )

    def _keeps(self, network: str) -> bool:
        """Return whether this run already keeps (or continued) the draft of `network`."""
        from verkosto.export.names import network_key

        keeper = self.keeper
        return keeper is not None and network_key(keeper.network) == network_key(network)

    def _keeper(self, network: str) -> session_drafts.DraftKeeper:
        """Return the draft keeper of `network` (a new one when the network changed)."""
        if self.keeper is None or not self._keeps(network):
            self.keeper = session_drafts.DraftKeeper(
                self.home,
                self.ui,
                network,
                self.options.keep_history,
                session_drafts.questions_file_name(self.questions),
                self.instrument.sha256,
                _started(self.state, self.started_at),
            )
        return self.keeper

    def show(self) -> str:
        """Return the current page."""
        return pages.document(pages.show(self.instrument, self.state), style=None, head_extra=HEAD)

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
            self.offer = session_drafts.existing_draft(self.home, self.ui, network)
            if self.offer is not None:
                return self.offer_page()
        if network is not None and self.state.answers and self.state.answers != before.answers:
            # An answer being changed (taken back from the review) stays in the draft.
            self._keeper(network).save({**self.state.defaults, **self.state.answers})
        if turn.export is not None and not self.stored:
            turn = self._finish(turn)
        return pages.document(turn, style=None, head_extra=HEAD)

    def _finish(self, turn: pages.Turn) -> pages.Turn:
        """Store the finished assessment as `arvioi` does; say on the page what became of it."""
        network = str(self.state.network)
        keeper = self._keeper(network)
        options = dataclasses.replace(self.options, language=self.lang)
        started = _started(self.state, self.started_at)
        try:
            session_finish.finish(
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
        return _with_notice(turn, t("web_stored", self.lang))

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


def _started(state: pages.State, fallback: datetime) -> datetime:
    """Return when the assessment started: when the pages left the start page, else ours."""
    if state.started_at is None:
        return fallback
    return datetime.fromisoformat(state.started_at).astimezone()


def _with_notice(turn: pages.Turn, text: str) -> pages.Turn:
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

    _, draft, questions = session_drafts.resumed(options, home, ui)
    instrument = cache.load_instrument(questions, home / cache.FOLDER)
    assessment = Assessment(instrument, questions, options, home, ui, now)
    if draft is not None:
        assessment.continue_draft(draft)
    return assessment
