"""The person's data folder and safe writes into it."""

from __future__ import annotations

import hashlib
import json
import os
import stat
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from verkosto import safefile

HOME_ENV = "VERKOSTO_HOME"
KEPT_FOLDER = "arviot"


def data_dir(app_dir: str) -> Path:
    """Return the data folder: $VERKOSTO_HOME if set, else the platform's app folder."""
    configured = os.environ.get(HOME_ENV)
    return Path(configured) if configured else Path(app_dir)


def ensure_private_dir(path: Path) -> Path:
    """Create the missing folders of `path` readable only by the owner, or raise OSError.

    Folders that already exist are left as they are: $VERKOSTO_HOME may point anywhere.
    """
    missing: list[Path] = []
    current = path
    while not current.exists():
        missing.append(current)
        current = current.parent
    for folder in reversed(missing):
        folder.mkdir(mode=0o700, exist_ok=True)
        os.chmod(folder, 0o700)
    return path


def atomic_write(path: Path, content: str | bytes) -> None:
    """Write a file readable only by its owner, all at once or not at all; raise OSError."""
    # Text gets the platform's line endings, as a file opened in text mode would write them.
    data = content if isinstance(content, bytes) else content.replace("\n", os.linesep).encode()
    folder = path.parent if str(path.parent) else Path(".")
    # A temporary file in the same folder makes os.replace atomic on the same file system.
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp_name, 0o600)
        os.replace(tmp_name, path)
    except BaseException:
        try:
            os.unlink(tmp_name)
        except OSError:
            pass
        raise


def data_subdir(home: Path, name: str) -> Path:
    """Return a folder inside the data folder, created 0700; raise OSError if it is a link."""
    ensure_private_dir(home)
    return safefile.private_dir(home / name)


def keep_assessment(folder: Path, text: str, completed_at: datetime) -> Path:
    """Save a finished assessment's JSON in the data folder, else the temp folder; raise OSError.

    The second place matters when the data folder's disk is full: /tmp is often another one.
    """
    try:
        return _keep_in(data_subdir(folder, KEPT_FOLDER), text, completed_at)
    except OSError:
        spare = spare_dir()
        ensure_private_dir(spare)
        return _keep_in(safefile.private_dir(spare), text, completed_at)


def spare_dir() -> Path:
    """Return the temp-folder place for kept assessments when the data folder fails.

    On POSIX the temp folder is shared by every user, so the name carries the user id; on
    Windows it is the person's own (under %LOCALAPPDATA%) and there is no user id.
    """
    uid = safefile.own_uid()
    owner = f"-{uid}" if uid is not None else ""
    return Path(tempfile.gettempdir()) / f"verkosto{owner}-{KEPT_FOLDER}"


def _keep_in(target_dir: Path, text: str, completed_at: datetime) -> Path:
    stamp = completed_at.strftime("%Y%m%d-%H%M%S")
    path = target_dir / f"arvio-{stamp}.json"
    counter = 1
    while path.exists():
        counter += 1
        path = target_dir / f"arvio-{stamp}-{counter}.json"
    atomic_write(path, text)
    return path


DRAFTS_FOLDER = "luonnokset"
MAX_DRAFT_BYTES = 4 * 1024 * 1024
DRAFT_SCHEMA = "verkosto-luonnos/1"


@dataclass(frozen=True)
class Draft:
    """An unfinished assessment, saved after every answer."""

    network: str
    answers: dict[str, Any]
    questions_file: str | None
    instrument_sha256: str
    started_at: datetime
    saved_at: datetime
    path: Path


def draft_path(folder: Path, network: str) -> Path:
    """Return where the draft of `network` is kept; the file name does not reveal the name."""
    # Imported here: the data folder is cleaned at every start, which needs no export names.
    from verkosto.export.names import network_key

    digest = hashlib.sha256(network_key(network).encode("utf-8")).hexdigest()[:20]
    return folder / DRAFTS_FOLDER / f"{digest}.json"


def save_draft(
    folder: Path,
    network: str,
    answers: Mapping[str, Any],
    questions_file: str | None,
    instrument_sha256: str,
    started_at: datetime,
) -> Path:
    """Keep the answers so far atomically in the data folder; raise OSError."""
    path = draft_path(folder, network)
    data_subdir(folder, DRAFTS_FOLDER)
    data = {
        "schema": DRAFT_SCHEMA,
        "network": network,
        "questions_file": questions_file,
        "instrument_sha256": instrument_sha256,
        "started_at": started_at.isoformat(timespec="seconds"),
        "saved_at": datetime.now().astimezone().isoformat(timespec="seconds"),
        "answers": dict(answers),
    }
    atomic_write(path, json.dumps(data, ensure_ascii=False, indent=1) + "\n")
    return path


def read_draft(path: Path) -> Draft:
    """Read one draft file, or raise ValueError (not a draft) or OSError (unreadable)."""
    try:
        # A planted FIFO, device or link is not read; nor more than a draft can hold; nor
        # through a drafts folder that is a link to somewhere else.
        safefile.check_no_link(path.parent)
        raw = safefile.read_limited(path, MAX_DRAFT_BYTES, follow=False)
        data = json.loads(raw.decode("utf-8"))
    except RecursionError:
        raise ValueError("nested too deeply") from None
    if not isinstance(data, dict) or data.get("schema") != DRAFT_SCHEMA:
        raise ValueError("not a draft")
    network, answers = data.get("network"), data.get("answers")
    questions_file, sha = data.get("questions_file"), data.get("instrument_sha256")
    if not isinstance(network, str) or not network or not isinstance(answers, dict):
        raise ValueError("not a draft")
    if questions_file is not None and not isinstance(questions_file, str):
        raise ValueError("not a draft")
    from verkosto.answers import InvalidAnswer, check_network_name

    try:
        # A draft's name is held to the typed rule: it is shown and may be stored.
        if check_network_name(network) != network:
            raise ValueError("bad network name")
        # astimezone(): a time written without a zone is read as local, so drafts compare.
        started_at = datetime.fromisoformat(str(data.get("started_at"))).astimezone()
        saved_at = datetime.fromisoformat(str(data.get("saved_at"))).astimezone()
    except (InvalidAnswer, OverflowError, OSError) as error:
        # Year 1 at +14:00 is before datetime's first moment, and some platforms refuse
        # times far from now: the draft is damaged, not the program.
        raise ValueError("bad draft") from error
    return Draft(
        network=network,
        answers=answers,
        questions_file=questions_file,
        instrument_sha256=sha if isinstance(sha, str) else "",
        started_at=started_at,
        saved_at=saved_at,
        path=path,
    )


def find_draft(folder: Path, network: str) -> Draft | None:
    """Return the draft of `network`, or None; a damaged draft raises ValueError."""
    path = draft_path(folder, network)
    if not os.path.lexists(path):
        return None
    return read_draft(path)


def set_aside(path: Path) -> Path | None:
    """Rename a damaged draft so that it is not read again; return its new name, if any.

    It is kept (not deleted), since it may hold answers the person wants to see; `poista
    --kaikki` removes it with the rest.
    """
    aside = path.with_name(path.name + ASIDE_SUFFIX)
    try:
        safefile.check_no_link(path.parent)
        if os.path.islink(path):
            path.unlink()  # a planted link holds nothing of the person's
            return None
        os.replace(path, aside)
        return aside
    except OSError:
        return None


ASIDE_SUFFIX = ".vioittunut"


def list_drafts(folder: Path) -> tuple[list[Draft], list[Path]]:
    """Return the readable drafts, newest first, and the draft files that could not be read."""
    drafts: list[Draft] = []
    damaged: list[Path] = []
    if os.path.islink(folder / DRAFTS_FOLDER):
        return drafts, damaged
    for path in sorted((folder / DRAFTS_FOLDER).glob("*.json")):
        try:
            drafts.append(read_draft(path))
        except (OSError, ValueError):
            damaged.append(path)
    drafts.sort(key=lambda draft: draft.saved_at, reverse=True)
    return drafts, damaged


def remove_draft(folder: Path, network: str) -> None:
    """Delete the draft of `network` if there is one."""
    try:
        draft_path(folder, network).unlink()
    except (FileNotFoundError, NotADirectoryError):
        pass


# A temporary file older than this was left by a process that was killed mid-write (a live
# write takes milliseconds); younger ones may belong to a run going on right now.
STALE_SECONDS = 10 * 60
_OWN_FOLDERS = (DRAFTS_FOLDER, KEPT_FOLDER, "valimuisti")


def _own_files(home: Path, folder: str, pattern: str) -> list[Path]:
    """Return the regular files (never links) matching `pattern` in one data subfolder."""
    target = home / folder
    if not target.is_dir() or target.is_symlink():
        return []
    return [path for path in target.glob(pattern) if path.is_file() and not path.is_symlink()]


def stale_temporary_files(home: Path, now: float | None = None) -> list[Path]:
    """Return the temporary files a killed run left in the data folder."""
    import time

    limit = (time.time() if now is None else now) - STALE_SECONDS
    found = [path for folder in _OWN_FOLDERS for path in _own_files(home, folder, ".*.tmp")]
    if home.is_dir():
        found += [p for p in home.glob(".*.tmp") if p.is_file() and not p.is_symlink()]
    stale: list[Path] = []
    for path in found:
        try:
            if path.lstat().st_mtime < limit:
                stale.append(path)
        except OSError:
            continue
    return stale


def remove_stale_temporary_files(home: Path) -> int:
    """Delete what killed runs left behind (names and answers in half-written drafts)."""
    removed = 0
    for path in stale_temporary_files(home):
        try:
            path.unlink()
            removed += 1
        except OSError:
            pass
    return removed


# The kinds of file the tool keeps besides the history (also message-key suffixes).
KIND_DRAFT = "draft"
KIND_KEPT = "kept"
KIND_TEMPORARY = "temporary"


def private_files(home: Path) -> list[tuple[str, Path]]:
    """Return every draft, kept copy and temporary file the tool made, with its kind.

    Kept copies are looked for in the data folder and in the temp-folder fallback.
    """
    found = [(KIND_DRAFT, p) for p in _own_files(home, DRAFTS_FOLDER, "*.json")]
    found += [(KIND_DRAFT, p) for p in _own_files(home, DRAFTS_FOLDER, "*" + ASIDE_SUFFIX)]
    found += [(KIND_KEPT, p) for p in _own_files(home, KEPT_FOLDER, "*.json")]
    found += [
        (KIND_TEMPORARY, p)
        for folder in (DRAFTS_FOLDER, KEPT_FOLDER)
        for p in _own_files(home, folder, ".*.tmp")
    ]
    spare = spare_dir()
    if _is_own_folder(spare):
        found += [(KIND_KEPT, p) for p in _own_files(spare.parent, spare.name, "*.json")]
        found += [(KIND_TEMPORARY, p) for p in _own_files(spare.parent, spare.name, ".*.tmp")]
    return found


def _is_own_folder(path: Path) -> bool:
    """Return whether `path` is a real folder of this user (the temp folder is shared)."""
    try:
        info = os.lstat(path)
    except OSError:
        return False
    uid = safefile.own_uid()
    return stat.S_ISDIR(info.st_mode) and (uid is None or info.st_uid == uid)


def remove_private_files(home: Path) -> tuple[list[tuple[str, Path]], list[Path]]:
    """Delete every draft, kept copy and temporary file; return what went and what failed."""
    removed: list[tuple[str, Path]] = []
    failed: list[Path] = []
    for kind, path in private_files(home):
        try:
            path.unlink()
            removed.append((kind, path))
        except FileNotFoundError:
            continue
        except OSError:
            failed.append(path)
    return removed, failed


def protect_kept(home: Path, protected: safefile.Protected) -> safefile.Protected:
    """Add the history database (and its -wal, -shm, journal), drafts and kept copies."""
    from verkosto.history import database_path  # sqlite3 is not needed for a name

    db = database_path(home)
    for suffix in ("", "-wal", "-shm", "-journal"):
        protected.add(f"{db}{suffix}", "output_is_history")
    for folder in (*(home / name for name in _OWN_FOLDERS), spare_dir()):
        protected.add_folder(folder, "output_in_data_folder")
    for kind, path in private_files(home):
        if kind != KIND_TEMPORARY:
            protected.add(path, "output_is_draft" if kind == KIND_DRAFT else "output_is_kept")
    return protected


def protected_files(
    home: Path,
    questions: Path | None = None,
    answers: Path | None = None,
    inputs: tuple[str, ...] = (),
) -> safefile.Protected:
    """Return what no output of this run may replace: the data folder's files and inputs."""
    protected = protect_kept(home, safefile.Protected())
    if questions is not None:
        protected.add(questions, "output_is_questions")
    if answers is not None:
        protected.add(answers, "output_is_answers")
    for path in inputs:
        protected.add(path, "output_is_input")
    return protected
