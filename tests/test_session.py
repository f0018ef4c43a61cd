"""The assessment policy on its own: drafts, resuming and store before show, with plain objects."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pytest

from verkosto.errors import Interrupted, InvalidInput, OperationFailed
from verkosto.interview import ACCEPT_TOKENS, NO_WORDS, YES_WORDS, review_choice
from verkosto.session import CONTINUE_WORDS, Loaded, Options, assess
from verkosto.store import Draft

from helpers import full_answers

NOW = datetime(2026, 11, 30, 10, 15, tzinfo=timezone.utc)


def draft(network: str, answers: dict[str, Any], sha: str = "") -> Draft:
    return Draft(network, answers, None, sha, NOW, NOW, Path(f"/drafts/{network}.json"))


class Memory:
    """Storage in a few dicts; `log` lists what was written, in order."""

    def __init__(self, instrument, answers=None, network=None, drafts=None, previous=None,
                 record_fails=False, keep_fails=False):
        self.instrument = instrument
        self.answers = answers or {}
        self.network = network
        self.drafts: dict[str, Draft] = dict(drafts or {})
        self.previous = previous
        self.record_fails = record_fails
        self.keep_fails = keep_fails
        self.log: list[str] = []
        self.saved: dict[str, dict[str, Any]] = {}

    def load(self, questions):
        return Loaded(self.instrument, dict(self.answers), self.network, [])

    def questions_exist(self, path):
        return True

    def questions_file(self, path):
        return None if path is None else str(path)

    def find_draft(self, network):
        return self.drafts.get(network)

    def list_drafts(self):
        return list(self.drafts.values())

    def draft_path(self, network):
        return Path(f"/drafts/{network}.json")

    def set_aside(self, path):
        return None

    def save_draft(self, network, answers, questions_file, sha, started_at):
        self.log.append("save_draft")
        self.saved[network] = dict(answers)

    def remove_draft(self, network):
        self.log.append("remove_draft")
        self.drafts.pop(network, None)

    def latest(self, network):
        return self.previous

    def to_record(self, instrument, network, lang, started_at, completed_at, answers, scores,
                  recommendation):
        from verkosto import export

        return export.to_dict(instrument, network, lang, started_at, completed_at, answers,
                              scores, recommendation)

    def record(self, data):
        if self.record_fails:
            raise OperationFailed("history_failed", reason="disk full")
        self.log.append("record")

    def keep(self, data, completed_at):
        if self.keep_fails:
            raise OSError("disk full")
        self.log.append("keep")
        return Path("/kept/1.json")

    def write_export(self, target, data, completed_at):
        self.log.append(f"export {target}")


class Person:
    """A Ui that types the given lines and notes everything it is shown."""

    def __init__(self, lines=(), show_fails=False):
        self.lines = list(lines)
        self.shown: list[tuple[str, Any]] = []
        self.show_fails = show_fails

    def _type(self) -> str:
        if not self.lines:
            raise EOFError
        line = self.lines.pop(0)
        if line is KeyboardInterrupt:
            raise KeyboardInterrupt
        return line

    def notify(self, key, params, warning=False, more=()):
        self.shown.append((key, dict(params)))

    def show_error(self, key, params):
        self.shown.append(("error " + key, dict(params)))

    def ask_network(self):
        return self._type()

    def ask_line(self, key, params):
        self.shown.append(("ask " + key, dict(params)))
        return self._type()

    def show_drafts(self, drafts):
        self.shown.append(("drafts", [d.network for d in drafts]))

    def show_intro(self, instrument, low, high, drafts):
        self.shown.append(("intro", None))

    def ask(self, instrument, prompt):
        return self._type()

    def ask_review(self, instrument, review):
        return self._type()

    def show_help(self, question):
        pass

    def show_note(self, note):
        pass

    def show_result(self, instrument, network, scores, recommendation):
        if self.show_fails:
            raise OSError("stdout closed")
        self.shown.append(("result", network))

    def print_assessment(self, data):
        self.shown.append(("printed", data["network"]))

    def resume_command(self, network):
        return f"resume {network}"

    def keys(self) -> list[str]:
        return [key for key, _ in self.shown]


def typed(instrument, answers) -> list[str]:
    from helpers import typed_answers

    return typed_answers(instrument, answers)


def test_a_complete_assessment_is_stored_before_it_is_shown(bundled):
    storage = Memory(bundled, full_answers(bundled), network="V")
    person = Person()
    assess(Options(ask=False, export="out.json"), storage, person, now=lambda: NOW)
    assert storage.log == ["record", "export out.json"]
    assert person.keys() == ["result", "saved_to_history", "exported"]


def test_without_a_name_and_nobody_to_ask_the_network_is_missing(bundled):
    with pytest.raises(InvalidInput) as caught:
        assess(Options(ask=False), Memory(bundled, full_answers(bundled)), Person())
    assert caught.value.key == "network_missing"


def test_every_missing_answer_is_named_at_once_without_input(bundled):
    answers = full_answers(bundled)
    # The free-text note is optional, so only the two others are missing.
    del answers["huomiot"], answers["tuki_vertais"], answers["sovitut_tunnit"]
    with pytest.raises(InvalidInput) as caught:
        assess(Options(network="V", ask=False), Memory(bundled, answers), Person())
    assert caught.value.key == "no_input_missing"
    assert caught.value.details[0][0] == "no_input_missing_all"


def test_a_full_history_keeps_the_assessment_as_a_file_and_still_shows_it(bundled):
    storage = Memory(bundled, full_answers(bundled), network="V", record_fails=True)
    person = Person()
    with pytest.raises(OperationFailed) as caught:
        assess(Options(ask=False), storage, person, now=lambda: NOW)
    assert caught.value.params["kept"] == "/kept/1.json"
    assert ("history_kept", {"kept": "/kept/1.json"}) in caught.value.details
    assert person.keys() == ["result"]


def test_stored_nowhere_the_assessment_is_printed(bundled):
    storage = Memory(bundled, full_answers(bundled), network="V", record_fails=True,
                     keep_fails=True)
    person = Person()
    with pytest.raises(OperationFailed) as caught:
        assess(Options(ask=False), storage, person, now=lambda: NOW)
    assert ("assessment_printed", {}) in caught.value.details
    assert person.keys() == ["result", "printed"]


def test_shown_nowhere_and_not_saved_it_is_kept_as_a_file(bundled):
    storage = Memory(bundled, full_answers(bundled), network="V")
    with pytest.raises(OperationFailed) as caught:
        assess(Options(ask=False, keep_history=False), storage, Person(show_fails=True))
    assert caught.value.key == "output_failed_kept"
    assert storage.log == ["keep"]


@pytest.mark.parametrize(("typed_word", "continued"),
                         [("", True), ("K", True), ("jatka", True), ("e", False), ("no", False)])
def test_a_draft_is_continued_or_replaced_as_the_person_says(bundled, typed_word, continued):
    answers = full_answers(bundled)
    old = draft("V", {"vaihe": answers["vaihe"]}, bundled.sha256)
    storage = Memory(bundled, drafts={"V": old})
    person = Person([typed_word, "huh", *typed(bundled, answers)])
    with pytest.raises(Interrupted):  # the lines run out somewhere: enough to see the choice
        assess(Options(network="V", terminal=True), storage, person, now=lambda: NOW)
    assert person.keys()[:2] == ["draft_found", "ask draft_continue"]
    assert ("draft_continued" in person.keys()) is continued


def test_an_unclear_answer_about_the_draft_is_asked_again(bundled):
    storage = Memory(bundled, drafts={"V": draft("V", {"vaihe": "jasen"})})
    person = Person(["kenties"])
    with pytest.raises(Interrupted) as caught:
        assess(Options(network="V", terminal=True), storage, person)
    assert caught.value.key == "input_ended_draft"
    assert person.keys() == ["draft_found", "ask draft_continue", "error draft_yes_no",
                             "ask draft_continue"]
    assert storage.log == []  # the draft stays as it was


def test_a_draft_found_with_nobody_to_ask_is_left_alone(bundled):
    storage = Memory(bundled, full_answers(bundled), drafts={"V": draft("V", {"vaihe": "jasen"})})
    person = Person()
    assess(Options(network="V"), storage, person, now=lambda: NOW)
    assert person.shown[0] == ("draft_exists_not_asked", {"network": "V", "command": "resume V"})
    assert "save_draft" not in storage.log and "remove_draft" not in storage.log


def test_ctrl_c_mid_interview_says_how_many_answers_are_kept(bundled):
    answers = full_answers(bundled)
    storage = Memory(bundled)
    person = Person([*typed(bundled, answers)[:2], KeyboardInterrupt])
    with pytest.raises(Interrupted) as caught:
        assess(Options(network="V", terminal=True), storage, person)
    assert caught.value.key == "interrupted_kept"
    assert caught.value.params == {"count": 2}
    assert caught.value.details == [("resume_hint", {"command": "resume V"})]


def test_a_finished_draft_is_forgotten_once_stored(bundled):
    answers = full_answers(bundled)
    storage = Memory(bundled, drafts={"V": draft("V", answers, bundled.sha256)})
    assess(Options(resume=True, ask=False), storage, Person(), now=lambda: NOW)
    assert storage.log == ["record", "remove_draft"]


def test_several_drafts_without_a_person_must_be_named(bundled):
    storage = Memory(bundled, drafts={n: draft(n, {}) for n in ("A", "B")})
    with pytest.raises(InvalidInput) as caught:
        assess(Options(resume=True), storage, Person())
    assert caught.value.key == "drafts_choose"


def test_a_picked_draft_is_asked_again_until_it_is_a_number_in_range(bundled):
    answers = full_answers(bundled)
    storage = Memory(bundled, drafts={"A": draft("A", {}), "B": draft("B", answers,
                                                                      bundled.sha256)})
    person = Person(["3", "kaksi", "2", ""])
    assess(Options(resume=True, terminal=True), storage, person, now=lambda: NOW)
    assert person.keys()[:5] == ["drafts", "ask draft_pick", "error draft_pick_invalid",
                                 "ask draft_pick", "error draft_pick_invalid"]
    assert ("result", "B") in person.shown


def test_the_last_assessment_offers_its_answers_as_defaults(bundled):
    answers = full_answers(bundled)
    previous = {"answers": answers, "completed_at": "2026-01-02T10:00:00+02:00",
                "recommendation": {"id": "continue"}}
    storage = Memory(bundled, previous=previous)
    # Enter keeps every earlier answer; one more Enter accepts the review.
    person = Person(["" for _ in typed(bundled, answers)] + [""])
    assess(Options(network="V", terminal=True), storage, person, now=lambda: NOW)
    assert person.keys()[0] == "previous_assessment"
    assert ("result", "V") in person.shown


def test_one_vocabulary_of_yes_and_no():
    assert not YES_WORDS & NO_WORDS
    # A destructive confirmation takes only a yes; Enter is never one of them.
    assert "" not in YES_WORDS
    # "Continue the draft? [K/e]" shows yes as the default: Enter continues.
    assert "" in CONTINUE_WORDS and YES_WORDS <= CONTINUE_WORDS
    assert YES_WORDS <= ACCEPT_TOKENS


@pytest.mark.parametrize("word", ["", "ok", "k", "kyllä", "kylla", "Y", "yes"])
def test_the_review_accepts_every_yes(bundled, word):
    assert review_choice(word, tuple(bundled.questions[:3])) is None
