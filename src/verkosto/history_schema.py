"""The history database's schema: its tables, and the migrations that build them step by step.

Schema versions are rows in the table `schema_version` (one row per applied step, with the
time it was applied), rather than `PRAGMA user_version`: a table can be read with any SQLite
tool, records when each step ran, and its check-and-apply runs inside the same transaction as
the steps themselves. All missing steps run in one `BEGIN IMMEDIATE` transaction, so a second
process that opens the file at the same moment waits and then finds the work done.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import Any


def listing_columns(export: Mapping[str, Any]) -> tuple[Any, ...]:
    """Return the values of the listing columns, copied out of an export."""
    recommendation = export.get("recommendation") or {}
    time = export.get("time") or {}
    balance = export.get("balance") or {}
    return (
        recommendation.get("id"),
        balance.get("ratio"),
        time.get("hours_per_month"),
        time.get("share_of_worktime"),
        recommendation.get("next_review"),
    )


def _create_assessments(conn: sqlite3.Connection) -> None:
    """Version 1: one row per assessment, the whole export kept as JSON."""
    # AUTOINCREMENT: an id is never reused, so a deleted id cannot later mean another row.
    conn.execute(
        """
        CREATE TABLE assessment (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            network TEXT NOT NULL,
            network_key TEXT NOT NULL,
            completed_at TEXT NOT NULL,
            completed_utc TEXT NOT NULL,
            instrument_id TEXT NOT NULL,
            instrument_version TEXT NOT NULL,
            instrument_sha256 TEXT NOT NULL,
            language TEXT NOT NULL,
            export TEXT NOT NULL
        )
        """
    )
    conn.execute("CREATE INDEX assessment_by_network ON assessment (network_key, completed_utc)")


def _add_listing_columns(conn: sqlite3.Connection) -> None:
    """Version 2: listing columns, filled from each stored export (the pattern for later steps)."""
    for column, kind in (
        ("verdict", "TEXT"),
        ("ratio", "REAL"),
        ("hours_per_month", "REAL"),
        ("share_of_worktime", "REAL"),
        ("next_review", "TEXT"),
    ):
        conn.execute(f"ALTER TABLE assessment ADD COLUMN {column} {kind}")
    rows = conn.execute("SELECT id, export FROM assessment").fetchall()
    for row_id, text in rows:
        conn.execute(
            "UPDATE assessment SET verdict = ?, ratio = ?, hours_per_month = ?, "
            "share_of_worktime = ?, next_review = ? WHERE id = ?",
            (*listing_columns(json.loads(text)), row_id),
        )
    conn.execute("CREATE INDEX assessment_by_time ON assessment (completed_utc)")


# Applied in order; the position (1-based) is the schema version. Never edit a shipped step:
# add a new one at the end.
MIGRATIONS: tuple[Callable[[sqlite3.Connection], None], ...] = (
    _create_assessments,
    _add_listing_columns,
)
SCHEMA_VERSION = len(MIGRATIONS)


class NewerSchema(Exception):
    """The database was made by a newer version of the tool (its schema is ahead)."""

    def __init__(self, found: int) -> None:
        super().__init__(found)
        self.found = found


def read_version(conn: sqlite3.Connection) -> int:
    """Return the schema version the database is at (0: none yet)."""
    try:
        row = conn.execute("SELECT COALESCE(MAX(version), 0) FROM schema_version").fetchone()
    except sqlite3.OperationalError:  # no version table yet: an empty or foreign file
        return 0
    return int(row[0])


def migrate(conn: sqlite3.Connection) -> int:
    """Bring the database to SCHEMA_VERSION in one transaction and return the version."""
    if read_version(conn) == SCHEMA_VERSION:
        return SCHEMA_VERSION
    # IMMEDIATE takes the write lock before reading the version: two processes cannot both
    # decide to run the same step.
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute(
            "CREATE TABLE IF NOT EXISTS schema_version "
            "(version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)"
        )
        current = read_version(conn)
        if current > SCHEMA_VERSION:
            raise NewerSchema(current)
        applied_at = datetime.now(UTC).isoformat(timespec="seconds")
        for version in range(current + 1, SCHEMA_VERSION + 1):
            MIGRATIONS[version - 1](conn)
            conn.execute("INSERT INTO schema_version VALUES (?, ?)", (version, applied_at))
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return SCHEMA_VERSION
