"""What a failed history call means to the person: a full disk, or a file SQLite cannot read.

SQLite's own words ("database or disk is full", "file is not a database") are English and
technical; these say the cause, so the message can be worded in the person's language.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

from verkosto.errors import OperationFailed

_SQLITE_FULL = 13
_SQLITE_IOERR = 10
# A file that SQLite cannot read as a database at all: damaged, truncated or another file.
_SQLITE_DAMAGED = frozenset({11, 26})  # SQLITE_CORRUPT, SQLITE_NOTADB
_NEARLY_FULL = 1024 * 1024


def reason(error: BaseException, db: Path | None = None) -> object:
    """Return what a failed SQLite or file call means, for the message's {reason}."""
    # An OSError is kept as it is, so the message can describe it in the person's language.
    if isinstance(error, OSError):
        return error
    code = getattr(error, "sqlite_errorcode", None)
    if isinstance(code, int) and db is not None:
        primary = code & 0xFF
        # SQLite says "disk I/O error" when a write finds no room: say what it means.
        if primary == _SQLITE_FULL or (primary == _SQLITE_IOERR and _nearly_full(db)):
            return OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
    return str(error)


class DamagedFile(OperationFailed):
    """The history file is not a database SQLite can read: damaged, truncated or another file."""

    def __init__(self, db: Path) -> None:
        super().__init__("history_damaged", path=str(db))
        self.path = db


def unreadable_file(error: BaseException) -> bool:
    """Return whether SQLite failed because the file is no database it can read."""
    code = getattr(error, "sqlite_errorcode", None)
    return isinstance(code, int) and code & 0xFF in _SQLITE_DAMAGED


def remove_damaged(db: Path) -> None:
    """Delete a damaged history file and SQLite's files beside it; raise OperationFailed."""
    for path in (db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
        try:
            path.unlink()
        except FileNotFoundError:
            continue
        except OSError as error:
            raise OperationFailed("history_delete_failed", path=str(path), reason=error) from None


def _nearly_full(db: Path) -> bool:
    import shutil

    try:
        return shutil.disk_usage(db.parent).free < _NEARLY_FULL
    except OSError:
        return False
