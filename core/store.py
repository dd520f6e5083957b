"""Local SQLite store (WAL) for the person's own decisions and notes per grant; the only module with SQL.

Every call opens its own short-lived connection, so the store can be used from any worker thread; the
window runs writes through its TaskRunner. WAL with synchronous=FULL: a decision that was reported saved
survives a crash of the app (and of the machine).
"""

from __future__ import annotations

import sqlite3
import threading
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from core import store_schema
from core.model import Grant
from core.text import normalize_name

#: What a person can decide about a grant ("" = not decided yet).
DECISIONS = ("keep", "remove", "reviewed")
SCHEMA_VERSION = store_schema.SCHEMA_VERSION

_SCHEMA = """
CREATE TABLE IF NOT EXISTS decisions (
    key        TEXT PRIMARY KEY,
    decision   TEXT NOT NULL DEFAULT '' CHECK (decision IN ('', 'keep', 'remove', 'reviewed')),
    note       TEXT NOT NULL DEFAULT '',
    platform   TEXT NOT NULL DEFAULT '',
    app        TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL
)
"""


def grant_key(g: Grant) -> str:
    """Stable across re-imports of the same account's exports: platform + app id (exact string) or name."""
    ident = f"id:{g.app_id}" if g.app_id else f"name:{normalize_name(g.app)}"
    return f"{g.platform}:{g.kind}:{ident}"


@dataclass(frozen=True)
class Decision:
    key: str
    decision: str = ""
    note: str = ""
    platform: str = ""
    app: str = ""
    updated_at: str = ""

    @property
    def empty(self) -> bool:
        return not self.decision and not self.note.strip()


class DecisionStore:
    """Decisions and notes keyed by grant_key(). Creating it touches no file; the first call does."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._ready = False
        self._lock = threading.Lock()

    def _connect(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(self.path, timeout=10, isolation_level=None)
        conn.execute("PRAGMA synchronous=FULL")
        with self._lock:
            if not self._ready:
                conn.execute("PRAGMA journal_mode=WAL")
                conn.execute(_SCHEMA)
                store_schema.migrate(conn)  # versions and migrations live in core/store_schema.py
                self._ready = True
        return conn

    def load_all(self) -> dict[str, Decision]:
        with closing(self._connect()) as conn:
            rows = conn.execute("SELECT key, decision, note, platform, app, updated_at FROM decisions").fetchall()
        return {r[0]: Decision(*r) for r in rows}

    def get(self, key: str) -> Decision | None:
        with closing(self._connect()) as conn:
            r = conn.execute("SELECT key, decision, note, platform, app, updated_at FROM decisions WHERE key = ?",
                             (key,)).fetchone()
        return Decision(*r) if r else None

    def save(self, grant: Grant, decision: str, note: str, now: datetime | None = None) -> Decision:
        """Insert or update (an empty decision with an empty note deletes the row). Atomic."""
        if decision not in ("", *DECISIONS):
            raise ValueError(f"unknown decision {decision!r}")
        key = grant_key(grant)
        stamp = (now or datetime.now(timezone.utc)).astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
        d = Decision(key, decision, note, grant.platform, grant.app, stamp)
        with closing(self._connect()) as conn:
            if d.empty:
                conn.execute("DELETE FROM decisions WHERE key = ?", (key,))
            else:
                conn.execute(
                    "INSERT INTO decisions (key, decision, note, platform, app, updated_at) VALUES (?, ?, ?, ?, ?, ?)"
                    " ON CONFLICT(key) DO UPDATE SET decision = excluded.decision, note = excluded.note,"
                    " platform = excluded.platform, app = excluded.app, updated_at = excluded.updated_at",
                    (d.key, d.decision, d.note, d.platform, d.app, d.updated_at))
            store_schema.record(conn, key, f"decided:{decision}", stamp, grant.platform, grant.app, note)
        return d

    def progress(self) -> store_schema.PlanProgress:
        """The clean-up plan's ticks and proofs, in the same database."""
        return store_schema.PlanProgress(self._connect)
