"""The assessment policy: drafts, resuming and store before show, in a private data folder.

The person is scripted (a `Ui` of plain objects); the files are real: each test gets its own
data folder (conftest's VERKOSTO_HOME) and looks at the drafts, the kept copies, the export
and the SQLite history left there.
"""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from verkosto import history, store
from verkosto.errors import Interrupted, InvalidInput, OperationFailed
from verkosto.interview import ACCEPT_TOKENS, NO_WORDS, YES_WORDS, review_choice
from verkosto.session import assess
from verkosto.session_drafts import CONTINUE_WORDS
from verkosto.session_ports import Options
from verkosto.store import Draft

from helpers import full_answers, make_export

NOW = datetime(2026, 11, 30, 10, 15, tzinfo=UTC)
LATER = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)


@pytest.fixture
def home(isolated_env: Path) -> Path:
    """The test's private data folder, as the CLI would pass it."""
    return isolated_env


def answers_file(folder: Path, answers: dict[str, Any]) -> Path:
    """Write answers as a file for --vastaukset; return its path."""
    path = folder / "vastaukset.json"
    path.write_text(json.dumps(answers, ensure_ascii=False), "utf-8")
    return path


def save_draft(home: Path, network: str, answers: dict[str, Any], sha: str = "") -> Draft:
    """Keep a draft in the data folder as an earlier run would have; return it as read."""
    store.save_draft(home, network, answers, None, sha, NOW)
    found = store.find_draft(home, network)
    assert found is not None
    return found


def draft_bytes(home: Path, network: str) -> bytes | None:
    """Return the draft file of `network` as it is on disk (None: there is none)."""
    path = store.draft_path(home, network)
    return path.read_bytes() if path.exists() else None


def stored(home: Path) -> list[dict[str, Any]]:
    """Return every assessment in the SQLite history, newest first."""
    return [row.export for row in history.assessments(history.database_path(home))]


def kept_files(home: Path) -> list[Path]:
    """Return the assessments kept as files of their own."""
    return sorted((home / store.KEPT_FOLDER).glob("*.json"))


def break_history(home: Path) -> None:
    """Put a folder where the history database goes: SQLite cannot open it."""
    history.database_path(home).mkdir(parents=True)


def break_kept_folders(home: Path) -> None:
    """Put files where kept copies go, in the data folder and in the temp folder."""
    home.mkdir(parents=True, exist_ok=True)
    (home / store.KEPT_FOLDER).write_text("not a folder", "utf-8")
    store.spare_dir().write_text("not a folder", "utf-8")


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


def test_a_complete_assessment_is_stored_before_it_is_shown(bundled, home, tmp_path):
    target = tmp_path / "out.json"
    on_disk_when_shown: list[tuple[int, bool]] = []

    class Watching(Person):
        def show_result(self, instrument, network, scores, recommendation):
            on_disk_when_shown.append((len(stored(home)), target.exists()))
            super().show_result(instrument, network, scores, recommendation)

    person = Watching()
    options = Options(
        network="V",
        ask=False,
        export=str(target),
        answers=answers_file(tmp_path, full_answers(bundled)),
    )
    assess(options, home, person, now=lambda: NOW)
    assert on_disk_when_shown == [(1, True)]
    [row] = stored(home)
    assert row == json.loads(target.read_text("utf-8"))
    assert row["network"] == "V" and row["completed_at"] == NOW.isoformat(timespec="seconds")
    assert person.keys() == ["result", "saved_to_history", "exported"]
    assert kept_files(home) == [] and store.list_drafts(home) == ([], [])


def test_the_answers_file_names_the_network_and_is_never_the_export(bundled, home, tmp_path):
    export_file = tmp_path / "vienti.json"
    export_file.write_text(json.dumps(make_export(bundled, network="V")), "utf-8")
    before = export_file.read_bytes()
    options = Options(ask=False, answers=export_file, export=str(export_file))
    with pytest.raises(OperationFailed) as caught:
        assess(options, home, Person(), now=lambda: NOW)
    assert caught.value.key == "output_is_answers"
    assert export_file.read_bytes() == before
    assert [row["network"] for row in stored(home)] == ["V"]  # the history has it


def test_without_a_name_and_nobody_to_ask_the_network_is_missing(bundled, home, tmp_path):
    options = Options(ask=False, answers=answers_file(tmp_path, full_answers(bundled)))
    with pytest.raises(InvalidInput) as caught:
        assess(options, home, Person())
    assert caught.value.key == "network_missing"
    assert stored(home) == [] and store.list_drafts(home) == ([], [])


def test_every_missing_answer_is_named_at_once_without_input(bundled, home, tmp_path):
    answers = full_answers(bundled)
    # The free-text note is optional, so only the two others are missing.
    del answers["huomiot"], answers["tuki_vertais"], answers["sovitut_tunnit"]
    options = Options(network="V", ask=False, answers=answers_file(tmp_path, answers))
    with pytest.raises(InvalidInput) as caught:
        assess(options, home, Person())
    assert caught.value.key == "no_input_missing"
    assert caught.value.details[0][0] == "no_input_missing_all"
    assert stored(home) == []


def test_a_full_history_keeps_the_assessment_as_a_file_and_still_shows_it(bundled, home, tmp_path):
    break_history(home)
    person = Person()
    options = Options(network="V", ask=False, answers=answers_file(tmp_path, full_answers(bundled)))
    with pytest.raises(OperationFailed) as caught:
        assess(options, home, person, now=lambda: NOW)
    [kept] = kept_files(home)
    assert json.loads(kept.read_text("utf-8"))["network"] == "V"
    assert caught.value.key == "history_write_failed"
    assert caught.value.params["kept"] == str(kept)
    assert ("history_kept", {"kept": str(kept)}) in caught.value.details
    assert person.keys() == ["result"]


def test_stored_nowhere_the_assessment_is_printed(bundled, home, tmp_path):
    break_history(home)
    break_kept_folders(home)
    person = Person()
    options = Options(network="V", ask=False, answers=answers_file(tmp_path, full_answers(bundled)))
    with pytest.raises(OperationFailed) as caught:
        assess(options, home, person, now=lambda: NOW)
    assert ("assessment_printed", {}) in caught.value.details
    assert "kept" not in caught.value.params
    assert person.keys() == ["result", "printed"]


def test_shown_nowhere_and_not_saved_it_is_kept_as_a_file(bundled, home, tmp_path):
    options = Options(
        network="V",
        ask=False,
        keep_history=False,
        answers=answers_file(tmp_path, full_answers(bundled)),
    )
    with pytest.raises(OperationFailed) as caught:
        assess(options, home, Person(show_fails=True))
    assert caught.value.key == "output_failed_kept"
    [kept] = kept_files(home)
    assert caught.value.params["kept"] == str(kept)
    assert stored(home) == []


@pytest.mark.parametrize(
    ("typed_word", "continued"),
    [("", True), ("K", True), ("jatka", True), ("e", False), ("no", False)],
)
def test_a_draft_is_continued_or_replaced_as_the_person_says(bundled, home, typed_word, continued):
    answers = full_answers(bundled)
    save_draft(home, "V", {"vaihe": answers["vaihe"]}, bundled.sha256)
    person = Person([typed_word, "huh", *typed(bundled, answers)])
    with pytest.raises(Interrupted):  # the lines run out somewhere: enough to see the choice
        assess(Options(network="V", terminal=True), home, person, now=lambda: LATER)
    assert person.keys()[:2] == ["draft_found", "ask draft_continue"]
    assert ("draft_continued" in person.keys()) is continued
    [draft] = store.list_drafts(home)[0]
    # Continued, the draft keeps the time it was started; replaced, it starts now.
    assert draft.started_at == (NOW if continued else LATER)


def test_an_unclear_answer_about_the_draft_is_asked_again(bundled, home):
    save_draft(home, "V", {"vaihe": "jasen"})
    before = draft_bytes(home, "V")
    person = Person(["kenties"])
    with pytest.raises(Interrupted) as caught:
        assess(Options(network="V", terminal=True), home, person)
    assert caught.value.key == "input_ended_draft"
    assert person.keys() == [
        "draft_found",
        "ask draft_continue",
        "error draft_yes_no",
        "ask draft_continue",
    ]
    assert draft_bytes(home, "V") == before  # the draft stays as it was


def test_a_draft_found_with_nobody_to_ask_is_left_alone(bundled, home, tmp_path):
    save_draft(home, "V", {"vaihe": "jasen"})
    before = draft_bytes(home, "V")
    person = Person()
    options = Options(network="V", answers=answers_file(tmp_path, full_answers(bundled)))
    assess(options, home, person, now=lambda: NOW)
    assert person.shown[0] == ("draft_exists_not_asked", {"network": "V", "command": "resume V"})
    assert draft_bytes(home, "V") == before
    assert [row["network"] for row in stored(home)] == ["V"]


def test_a_damaged_draft_is_set_aside_and_said_so(bundled, home):
    path = store.draft_path(home, "V")
    path.parent.mkdir(parents=True)
    path.write_text("{not json", "utf-8")
    person = Person([])
    with pytest.raises(Interrupted):
        assess(Options(network="V", terminal=True), home, person)
    aside = path.with_name(path.name + store.ASIDE_SUFFIX)
    assert person.shown[0] == ("draft_set_aside", {"path": str(path), "aside": str(aside)})
    assert aside.read_text("utf-8") == "{not json"


def test_ctrl_c_mid_interview_says_how_many_answers_are_kept(bundled, home):
    answers = full_answers(bundled)
    person = Person([*typed(bundled, answers)[:2], KeyboardInterrupt])
    with pytest.raises(Interrupted) as caught:
        assess(Options(network="V", terminal=True), home, person)
    assert caught.value.key == "interrupted_kept"
    assert caught.value.params == {"count": 2}
    assert caught.value.details == [("resume_hint", {"command": "resume V"})]
    draft = store.find_draft(home, "V")
    assert draft is not None and len(draft.answers) == 2


def test_a_finished_draft_is_forgotten_once_stored(bundled, home):
    save_draft(home, "V", full_answers(bundled), bundled.sha256)
    assess(Options(resume=True, ask=False), home, Person(), now=lambda: LATER)
    assert draft_bytes(home, "V") is None
    [row] = stored(home)
    assert row["network"] == "V"
    # The assessment started when the draft did.
    assert row["started_at"] == NOW.isoformat(timespec="seconds")


def test_a_draft_whose_questions_file_is_gone_is_not_continued(bundled, home, tmp_path):
    gone = tmp_path / "kysymykset.yaml"
    store.save_draft(home, "V", {"vaihe": "jasen"}, str(gone), "", NOW)
    with pytest.raises(InvalidInput) as caught:
        assess(Options(resume=True, ask=False), home, Person())
    assert caught.value.key == "draft_questions_missing"
    assert caught.value.params == {"path": str(gone)}


def test_several_drafts_without_a_person_must_be_named(bundled, home):
    for network in ("A", "B"):
        save_draft(home, network, {})
    with pytest.raises(InvalidInput) as caught:
        assess(Options(resume=True), home, Person())
    assert caught.value.key == "drafts_choose"


def test_a_picked_draft_is_asked_again_until_it_is_a_number_in_range(bundled, home):
    save_draft(home, "A", {})
    save_draft(home, "B", full_answers(bundled), bundled.sha256)
    os.utime(store.draft_path(home, "A"))  # no matter which was saved last
    newest_first = [draft.network for draft in store.list_drafts(home)[0]]
    person = Person(["3", "kaksi", str(newest_first.index("B") + 1), ""])
    assess(Options(resume=True, terminal=True), home, person, now=lambda: NOW)
    assert person.keys()[:5] == [
        "drafts",
        "ask draft_pick",
        "error draft_pick_invalid",
        "ask draft_pick",
        "error draft_pick_invalid",
    ]
    assert ("result", "B") in person.shown
    assert draft_bytes(home, "B") is None and draft_bytes(home, "A") is not None


def test_the_last_assessment_offers_its_answers_as_defaults(bundled, home):
    answers = full_answers(bundled)
    history.record(history.database_path(home), make_export(bundled, network="V"))
    # Enter keeps every earlier answer; one more Enter accepts the review.
    person = Person(["" for _ in typed(bundled, answers)] + [""])
    assess(Options(network="V", terminal=True), home, person, now=lambda: NOW)
    assert person.keys()[0] == "previous_assessment"
    assert ("result", "V") in person.shown
    first, second = stored(home)
    assert first["answers"] == second["answers"]


def test_a_broken_history_is_said_and_the_assessment_goes_on(bundled, home):
    break_history(home)
    person = Person([])
    with pytest.raises(Interrupted):
        assess(Options(network="V", terminal=True), home, person)
    assert person.keys()[:2] == ["history_read_failed", "intro"]


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
