"""Store schema versions and migrations, plus the clean-up plan's progress and decision history (SQL only)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime, timezone

#: The newest schema; an older database is migrated step by step when it is first opened.
SCHEMA_VERSION = 2

#: Statements that take a database from version N-1 to N (version 1 is the decisions table of core/store.py).
MIGRATIONS: dict[int, tuple[str, ...]] = {
    2: (
        # Every decision, tick and proof, never overwritten: when decided, when done, when verified.
        """CREATE TABLE IF NOT EXISTS history (
            id       INTEGER PRIMARY KEY AUTOINCREMENT,
            key      TEXT NOT NULL,
            event    TEXT NOT NULL,
            at       TEXT NOT NULL,
            detail   TEXT NOT NULL DEFAULT '',
            platform TEXT NOT NULL DEFAULT '',
            app      TEXT NOT NULL DEFAULT ''
        )""",
        "CREATE INDEX IF NOT EXISTS history_key ON history (key)",
        # The plan's current state per app (the newest of its history).
        """CREATE TABLE IF NOT EXISTS progress (
            key                   TEXT PRIMARY KEY,
            platform              TEXT NOT NULL DEFAULT '',
            app                   TEXT NOT NULL DEFAULT '',
            done_at               TEXT NOT NULL DEFAULT '',
            verified_at           TEXT NOT NULL DEFAULT '',
            verified_by           TEXT NOT NULL DEFAULT '',
            still_connected_by    TEXT NOT NULL DEFAULT '',
            deletion_requested_at TEXT NOT NULL DEFAULT ''
        )""",
        # Exports seen per account: when each was made (the proof a plan's "verified gone" rests on).
        """CREATE TABLE IF NOT EXISTS snapshots (
            account     TEXT NOT NULL,
            path        TEXT NOT NULL,
            exported_at TEXT NOT NULL DEFAULT '',
            seen_at     TEXT NOT NULL,
            PRIMARY KEY (account, path)
        )""",
        # Decisions made before history existed keep their date as their first event.
        "INSERT INTO history (key, event, at, platform, app) SELECT key, 'decided:' || decision, updated_at,"
        " platform, app FROM decisions WHERE decision != ''",
    ),
}


def migrate(conn: sqlite3.Connection) -> int:
    """Bring the database to SCHEMA_VERSION, one version per transaction; returns the version it was at."""
    start = int(conn.execute("PRAGMA user_version").fetchone()[0])
    version = max(start, 1)  # 0: a fresh file or a database from before versions; the decisions table is v1
    if start == 0:
        conn.execute("PRAGMA user_version=1")
    while version < SCHEMA_VERSION:
        version += 1
        conn.execute("BEGIN IMMEDIATE")
        try:
            for stmt in MIGRATIONS[version]:
                conn.execute(stmt)
            conn.execute(f"PRAGMA user_version={version}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return start


def utc_stamp(now: datetime | None = None) -> str:
    return (now or datetime.now(timezone.utc)).astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def record(conn: sqlite3.Connection, key: str, event: str, at: str, platform: str = "", app: str = "",
           detail: str = "") -> None:
    """Append one event to an app's history."""
    conn.execute("INSERT INTO history (key, event, at, detail, platform, app) VALUES (?, ?, ?, ?, ?, ?)",
                 (key, event, at, detail, platform, app))


@dataclass(frozen=True)
class Progress:
    """Where one app of the clean-up plan stands."""

    key: str
    platform: str = ""
    app: str = ""
    done_at: str = ""
    verified_at: str = ""
    #: The export that proved it: "<export date> <file name>".
    verified_by: str = ""
    #: The export that still listed it as active after it was ticked done.
    still_connected_by: str = ""
    deletion_requested_at: str = ""


_FIELDS = ("key", "platform", "app", "done_at", "verified_at", "verified_by", "still_connected_by",
           "deletion_requested_at")


class PlanProgress:
    """The plan's ticks and proofs in the decisions database (`connect` is DecisionStore's own connection)."""

    def __init__(self, connect: Callable[[], sqlite3.Connection]) -> None:
        self._connect = connect

    def load_all(self) -> dict[str, Progress]:
        with closing(self._connect()) as conn:
            rows = conn.execute(f"SELECT {', '.join(_FIELDS)} FROM progress").fetchall()
        return {r[0]: Progress(*r) for r in rows}

    def history(self, key: str) -> list[tuple[str, str, str]]:
        """(event, at, detail) oldest first."""
        with closing(self._connect()) as conn:
            return [tuple(r) for r in conn.execute(  # type: ignore[misc]
                "SELECT event, at, detail FROM history WHERE key = ? ORDER BY id", (key,)).fetchall()]

    def _update(self, key: str, platform: str, app: str, event: str, at: str, detail: str,
                **fields: str) -> Progress:
        with closing(self._connect()) as conn:
            conn.execute("BEGIN IMMEDIATE")
            try:
                conn.execute("INSERT INTO progress (key, platform, app) VALUES (?, ?, ?) ON CONFLICT(key) DO "
                             "UPDATE SET platform = excluded.platform, app = excluded.app", (key, platform, app))
                for name, value in fields.items():
                    if name not in _FIELDS[3:]:
                        raise ValueError(name)
                    conn.execute(f"UPDATE progress SET {name} = ? WHERE key = ?", (value, key))
                record(conn, key, event, at, platform, app, detail)
                row = conn.execute(f"SELECT {', '.join(_FIELDS)} FROM progress WHERE key = ?", (key,)).fetchone()
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
        return Progress(*row)

    def set_done(self, key: str, platform: str, app: str, done: bool, now: datetime | None = None) -> Progress:
        at = utc_stamp(now)
        if done:
            return self._update(key, platform, app, "done", at, "", done_at=at, verified_at="", verified_by="",
                                still_connected_by="")
        return self._update(key, platform, app, "undone", at, "", done_at="", verified_at="", verified_by="",
                            still_connected_by="")

    def set_verified(self, key: str, platform: str, app: str, proof: str, now: datetime | None = None) -> Progress:
        at = utc_stamp(now)
        return self._update(key, platform, app, "verified", at, proof, verified_at=at, verified_by=proof,
                            still_connected_by="")

    def set_still_connected(self, key: str, platform: str, app: str, proof: str,
                            now: datetime | None = None) -> Progress:
        return self._update(key, platform, app, "still_connected", utc_stamp(now), proof, still_connected_by=proof)

    def set_deletion_requested(self, key: str, platform: str, app: str, now: datetime | None = None) -> Progress:
        at = utc_stamp(now)
        return self._update(key, platform, app, "deletion_requested", at, "", deletion_requested_at=at)

    def snapshots(self) -> list[tuple[str, str, str]]:
        """(account, file name, export date) of every export seen, oldest export first."""
        with closing(self._connect()) as conn:
            return [tuple(r) for r in conn.execute(  # type: ignore[misc]
                "SELECT account, path, exported_at FROM snapshots ORDER BY exported_at, path").fetchall()]

    def note_snapshot(self, account: str, path: str, exported_at: str, now: datetime | None = None) -> None:
        with closing(self._connect()) as conn:
            conn.execute("INSERT OR IGNORE INTO snapshots (account, path, exported_at, seen_at) VALUES (?, ?, ?, ?)",
                         (account, path, exported_at, utc_stamp(now)))
