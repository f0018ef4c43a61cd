"""The history of completed assessments, kept in an SQLite database in the data folder.

Every stored row holds the complete export (the dict from export.to_dict, the same content as
the JSON export) plus a few columns copied out of it for listing and ordering. The export is
the source of truth: a later column can always be filled from it by a migration.

The schema and its migrations are in `history_schema`.

The database runs in WAL mode with a busy timeout, so two processes writing at once both
succeed (one waits for the other); every write is one transaction.
"""

from __future__ import annotations

import json
import os
import sqlite3
import stat
import time
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from verkosto import safefile, store
from verkosto.answers import MAX_NETWORK_NAME, InvalidAnswer, check_network_name
from verkosto.errors import OperationFailed, Problem
from verkosto.export.check import check_export
from verkosto.export.names import network_key
from verkosto.export.parse import Unreadable, parse
from verkosto.history_failures import DamagedFile, reason, unreadable_file
from verkosto.history_schema import (
    SCHEMA_VERSION,
    NewerSchema,
    listing_columns,
    migrate,
    read_version,
)
from verkosto.safetext import visible_data

DATABASE_FILE = "historia.sqlite3"
# Long enough for another process to finish a write and a VACUUM of a personal history.
BUSY_SECONDS = 30.0


@dataclass(frozen=True)
class Stored:
    """One stored assessment: its id and the export it was saved from."""

    id: int
    export: dict[str, Any]

    @property
    def network(self) -> str:
        """Return the network's name as it was written."""
        return str(self.export.get("network", ""))


@dataclass(frozen=True)
class Damaged:
    """A stored row that cannot be read as an export: shown by its number, still deletable."""

    id: int
    problem: Problem


def _parse(row_id: int, text: object) -> Stored | Damaged:
    """Read one stored export; a row changed by something else comes back as Damaged."""
    try:
        # The same refusals as an export file (NaN, nesting too deep), and the same words.
        data = parse(str(text), "")
    except Unreadable as error:
        return Damaged(row_id, replace(error.problem, file=None))
    problems = check_export(data)
    if problems:
        return Damaged(row_id, problems[0])
    assert isinstance(data, dict)
    return Stored(row_id, visible_data(data))


def database_path(data_folder: Path) -> Path:
    """Return the path of the history database inside the data folder."""
    return data_folder / DATABASE_FILE


# --------------------------------------------------------------------------- schema


# --------------------------------------------------------------------------- connecting


def _create_private_file(db: Path) -> None:
    store.ensure_private_dir(db.parent)
    # Created 0600 before SQLite opens it; SQLite gives its -wal and -shm files the same mode.
    # O_NOFOLLOW: a dangling link planted here must not create the file somewhere else.
    fd = os.open(db, os.O_CREAT | os.O_RDWR | getattr(os, "O_NOFOLLOW", 0), 0o600)
    os.close(fd)
    os.chmod(db, 0o600)


def _check_files(db: Path) -> None:
    """Refuse a database, -wal, -shm or journal that is not the person's own; tighten it.

    A symbolic link raises OSError (ELOOP). A file with a second hard link (another data
    folder, say) raises OperationFailed: two folders would share one history, and each run
    would believe its own view. So does a file owned by another user, where files have
    owners. Group and other access is taken away; the owner's own bits stay as set.
    """
    uid = safefile.own_uid()
    for suffix in ("", "-wal", "-shm", "-journal"):
        path = Path(f"{db}{suffix}")
        safefile.check_no_link(path)
        try:
            info = os.stat(path)
        except FileNotFoundError:
            continue
        # A folder always has several links; SQLite itself says it cannot open one.
        if stat.S_ISREG(info.st_mode) and info.st_nlink > 1:
            raise OperationFailed("history_hard_linked", path=str(path), links=info.st_nlink)
        if uid is not None and info.st_uid != uid:
            raise OperationFailed("history_other_owner", path=str(path))
        safefile.tighten(path)


def _enable_wal(conn: sqlite3.Connection) -> None:
    """Switch to WAL mode, waiting while another process holds the file.

    Changing the journal mode can report "database is locked" at once, without waiting for
    the busy timeout (two processes opening a new file together), so it is retried here.
    """
    deadline = time.monotonic() + BUSY_SECONDS
    while True:
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


def _connect(db: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(str(db), timeout=BUSY_SECONDS, isolation_level=None)
    try:
        conn.execute(f"PRAGMA busy_timeout = {int(BUSY_SECONDS * 1000)}")
        _enable_wal(conn)
        # Deleted rows are overwritten with zeros, not just marked free.
        conn.execute("PRAGMA secure_delete = ON")
        migrate(conn)
    except BaseException:
        conn.close()
        raise
    return conn


@contextmanager
def _open(db: Path, create: bool, failed_key: str) -> Iterator[sqlite3.Connection | None]:
    """Yield a migrated connection (None when the file is missing and not to be created).

    Raises OperationFailed with `failed_key` on SQLite and OS errors.
    """
    conn: sqlite3.Connection | None = None
    try:
        _check_files(db)
        if not os.path.lexists(db):
            if not create:
                yield None
                return
            _create_private_file(db)
        conn = _connect(db)
        _check_files(db)  # the -wal and -shm files SQLite has just made
        yield conn
    except NewerSchema as error:
        raise OperationFailed(
            "history_newer_schema", path=str(db), found=error.found, known=SCHEMA_VERSION
        ) from None
    except (sqlite3.Error, OSError) as error:
        if unreadable_file(error):
            raise DamagedFile(db) from None
        raise OperationFailed(failed_key, path=str(db), reason=reason(error, db)) from None
    except (ValueError, TypeError):
        # A stored export that is not valid JSON: the file was changed by something else.
        raise OperationFailed("history_corrupt", path=str(db)) from None
    finally:
        if conn is not None:
            conn.close()


@contextmanager
def _transaction(conn: sqlite3.Connection) -> Iterator[None]:
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def _utc(completed_at: str) -> str:
    moment = datetime.fromisoformat(completed_at)
    if moment.tzinfo is None:
        moment = moment.astimezone()
    return moment.astimezone(UTC).isoformat(timespec="seconds")


# --------------------------------------------------------------------------- public API


def record(db: Path, export: Mapping[str, Any]) -> int:
    """Store one completed assessment and return its new id; raise OperationFailed."""
    network = str(export["network"])
    try:
        allowed = check_network_name(network) == network
    except InvalidAnswer:
        allowed = False
    if not allowed or check_export(export):
        # The history keeps only what the typed path would accept (no escape sequences,
        # no 500,000-character names, no infinite numbers).
        raise OperationFailed("history_refused", max=MAX_NETWORK_NAME)
    instrument = export.get("instrument") or {}
    text = json.dumps(export, ensure_ascii=False)
    completed_at = str(export["completed_at"])
    completed_utc = _utc(completed_at)
    with _open(db, create=True, failed_key="history_write_failed") as conn:
        assert conn is not None
        with _transaction(conn):
            cursor = conn.execute(
                "INSERT INTO assessment (network, network_key, completed_at, completed_utc, "
                "instrument_id, instrument_version, instrument_sha256, language, export, "
                "verdict, ratio, hours_per_month, share_of_worktime, next_review) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    network,
                    network_key(network),
                    completed_at,
                    completed_utc,
                    str(instrument.get("id", "")),
                    str(instrument.get("version", "")),
                    str(instrument.get("sha256", "")),
                    str(export.get("language", "")),
                    text,
                    *listing_columns(export),
                ),
            )
        new_id = cursor.lastrowid
    assert new_id is not None
    return int(new_id)


def _readable(
    rows: Iterable[tuple[Any, Any]], wanted: int | None = None
) -> tuple[list[Stored], list[Damaged]]:
    """Parse rows in order until `wanted` readable ones are found (all when None).

    The rows come from a cursor, which SQLite steps one row at a time: stopping early means
    the rest are never read from the file.
    """
    good: list[Stored] = []
    bad: list[Damaged] = []
    if wanted is not None and wanted <= 0:
        return good, bad
    for row_id, text in rows:
        found = _parse(int(row_id), text)
        if isinstance(found, Stored):
            good.append(found)
            if wanted is not None and len(good) >= wanted:
                break
        else:
            bad.append(found)
    return good, bad


# Newest first; `assessment_by_time` (completed_utc) and `assessment_by_network`
# (network_key, completed_utc) both end in the rowid, so either index gives this order.
_NEWEST = "ORDER BY completed_utc DESC, id DESC"


def _scan(
    db: Path,
    where: str = "",
    params: tuple[Any, ...] = (),
    order: str = "DESC",
    wanted: int | None = None,
) -> tuple[list[Stored], list[Damaged]]:
    with _open(db, create=False, failed_key="history_read_failed") as conn:
        if conn is None:
            return [], []
        return _readable(
            conn.execute(
                f"SELECT id, export FROM assessment {where} "
                f"ORDER BY completed_utc {order}, id {order}",
                params,
            ),
            wanted,
        )


def latest(db: Path, network: str) -> dict[str, Any] | None:
    """Return the latest readable stored export of this network, or None; never creates it."""
    found, _ = _scan(db, "WHERE network_key = ?", (network_key(network),), wanted=1)
    return found[0].export if found else None


def read(
    db: Path, network: str | None = None, oldest: bool = False, wanted: int | None = None
) -> tuple[list[Stored], list[Damaged]]:
    """Return readable assessments (newest first; `wanted` of them, or all) and damaged rows.

    Never raises on one bad row: it is returned among the damaged ones instead.
    """
    order = "ASC" if oldest else "DESC"
    if network is None:
        return _scan(db, order=order, wanted=wanted)
    return _scan(db, "WHERE network_key = ?", (network_key(network),), order, wanted)


def assessments(db: Path, network: str | None = None) -> list[Stored]:
    """Return readable stored assessments newest first, all or of one network."""
    return read(db, network)[0]


def count(db: Path, network: str | None = None) -> int:
    """Return how many rows are stored (readable or not), all or of one network."""
    with _open(db, create=False, failed_key="history_read_failed") as conn:
        if conn is None:
            return 0
        if network is None:
            row = conn.execute("SELECT COUNT(*) FROM assessment").fetchone()
        else:
            row = conn.execute(
                "SELECT COUNT(*) FROM assessment WHERE network_key = ?", (network_key(network),)
            ).fetchone()
        return int(row[0])


@dataclass(frozen=True)
class NetworkRows:
    """One network's newest readable assessments (newest first) and its number of rows."""

    rows: list[Stored]
    total: int | None


# Each step finds the next key through the index (a skip scan): as many lookups as there are
# networks, however many assessments each has.
_NETWORK_KEYS = """
    WITH RECURSIVE keys(key) AS (
        SELECT MIN(network_key) FROM assessment
        UNION ALL
        SELECT (SELECT MIN(network_key) FROM assessment WHERE network_key > key)
        FROM keys WHERE key IS NOT NULL
    )
    SELECT key FROM keys WHERE key IS NOT NULL
"""


def per_network(
    db: Path,
    wanted: int | None,
    network: str | None = None,
    counted: bool = False,
) -> tuple[list[NetworkRows], list[Damaged]]:
    """Return each network's `wanted` newest readable assessments (None: all), damaged rows met.

    Networks come newest first (by their latest readable assessment); a network whose rows
    are all damaged is left out. Only the rows needed are read, through the network index;
    `counted` also counts each network's rows (its `total`; None otherwise).
    """
    found: list[tuple[str, int, NetworkRows]] = []
    damaged: list[Damaged] = []
    with _open(db, create=False, failed_key="history_read_failed") as conn:
        if conn is None:
            return [], []
        keys = (
            [network_key(network)]
            if network is not None
            else [str(key) for (key,) in conn.execute(_NETWORK_KEYS)]
        )
        for key in keys:
            good, bad = _readable(
                conn.execute(
                    f"SELECT id, export FROM assessment WHERE network_key = ? {_NEWEST}", (key,)
                ),
                wanted,
            )
            damaged += bad
            if not good:
                continue
            (newest,) = conn.execute(
                "SELECT completed_utc FROM assessment WHERE id = ?", (good[0].id,)
            ).fetchone()
            total = None
            if counted:
                (total,) = conn.execute(
                    "SELECT COUNT(*) FROM assessment WHERE network_key = ?", (key,)
                ).fetchone()
            found.append((str(newest), good[0].id, NetworkRows(good, total)))
    found.sort(key=lambda item: item[:2], reverse=True)
    return [rows for *_, rows in found], damaged


# SQLite integers are 64-bit: a larger number cannot be an id (and would not bind).
MAX_ID = 2**63 - 1


def find(db: Path, assessment_id: int) -> Stored | Damaged | None:
    """Return the stored assessment with this id, Damaged if it cannot be read, or None."""
    if not 0 < assessment_id <= MAX_ID:
        return None
    good, bad = _scan(db, "WHERE id = ?", (assessment_id,))
    return good[0] if good else bad[0] if bad else None


def get(db: Path, assessment_id: int) -> Stored | None:
    """Return the stored assessment with this id, or None; raise OperationFailed if damaged."""
    found = find(db, assessment_id)
    if isinstance(found, Damaged):
        raise OperationFailed("history_row_unreadable", id=assessment_id)
    return found


def _delete(db: Path, where: str, params: tuple[Any, ...]) -> int:
    with _open(db, create=False, failed_key="history_delete_failed") as conn:
        if conn is None:
            return 0
        with _transaction(conn):
            count = conn.execute(f"DELETE FROM assessment {where}", params).rowcount
        if count:
            # VACUUM rewrites the file without the freed pages, and the TRUNCATE checkpoint
            # empties the write-ahead log: nothing of the deleted rows stays on disk.
            conn.execute("VACUUM")
            _checkpoint(conn, db)
        return int(count)


# How long `poista` waits for another process's read to end before saying it is not final.
CHECKPOINT_SECONDS = 5.0


def _checkpoint(conn: sqlite3.Connection, db: Path) -> None:
    """Empty the write-ahead log, retrying while a reader holds it; raise OperationFailed."""
    deadline = time.monotonic() + CHECKPOINT_SECONDS
    # A TRUNCATE checkpoint waits in the busy handler itself: keep each try short.
    conn.execute("PRAGMA busy_timeout = 100")
    while True:
        busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        if not busy:
            return
        if time.monotonic() > deadline:
            # The rows are gone from the table, but their bytes are still in the -wal file.
            raise OperationFailed("delete_not_final", path=f"{db}-wal")
        time.sleep(0.1)


def delete(db: Path, assessment_id: int) -> bool:
    """Delete one assessment for good (rows removed, file vacuumed); return whether it existed."""
    if not 0 < assessment_id <= MAX_ID:
        return False
    return _delete(db, "WHERE id = ?", (assessment_id,)) > 0


def delete_all(db: Path) -> int:
    """Delete every stored assessment for good and return how many there were."""
    return _delete(db, "", ())


def schema_version(db: Path) -> int | None:
    """Return the schema version of an existing database (migrating it first), or None."""
    with _open(db, create=False, failed_key="history_read_failed") as conn:
        return None if conn is None else read_version(conn)
