"""Local SQLite store (WAL) for the person's own decisions and notes per grant; the only module with SQL.

Every call opens its own short-lived connection, so the store can be used from any worker thread; the
window runs writes through its TaskRunner. WAL with synchronous=FULL: a decision that was reported saved
survives a crash of the app (and of the machine).
"""

from __future__ import annotations

import os
import sqlite3
import threading
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from core import store_schema
from core.errors import StoreReadOnly
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


_COLUMNS = ("key", "decision", "note", "platform", "app", "updated_at")


class DecisionStore:
    """Decisions and notes keyed by grant_key(). Creating it touches no file; the first call does.

    A damaged database (garbage, truncated, malformed, a folder, a foreign schema) is moved aside on first
    use and a fresh one started: `moved_aside` then names the kept old file. A data folder that cannot be
    written is opened read-only: `read_only` is True and save() raises StoreReadOnly.
    """

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._ready = False
        self._lock = threading.Lock()
        #: Saves run one at a time, and a save older than the last one written for its grant is dropped.
        self._write_lock = threading.Lock()
        self._tickets = 0
        self._written: dict[str, int] = {}
        self.read_only = False
        #: Where a damaged database was moved (None when nothing was moved).
        self.moved_aside: Path | None = None

    def _open(self) -> sqlite3.Connection:
        if self.read_only:
            # immutable: no -shm/-wal files are needed or created in a folder we cannot write.
            uri = self.path.resolve().as_uri() + "?mode=ro&immutable=1"
            return sqlite3.connect(uri, uri=True, timeout=10, isolation_level=None)
        conn = sqlite3.connect(self.path, timeout=10, isolation_level=None)
        conn.execute("PRAGMA synchronous=FULL")
        return conn

    def _connect(self) -> sqlite3.Connection:
        with self._lock:
            if not self._ready:
                self._prepare()
                self._ready = True
        return self._open()

    def _writable(self) -> bool:
        folder = self.path.parent
        if not folder.exists():
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError:
                return False
        if not os.access(folder, os.W_OK):
            return False
        return not (self.path.is_file() and not os.access(self.path, os.W_OK))

    def _prepare(self) -> None:
        """First use: check the file, move a damaged one aside, create the table (or open read-only)."""
        if not self._writable():
            if self.path.is_file() and self._healthy(read_only=True):
                self.read_only = True
                return
            raise StoreReadOnly(f"{self.path}: the data folder cannot be written", path=str(self.path))
        if os.path.lexists(self.path) and not self._healthy(read_only=False):
            self._move_aside()
        conn = sqlite3.connect(self.path, timeout=10, isolation_level=None)
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute(_SCHEMA)
            store_schema.migrate(conn)  # versions and migrations live in core/store_schema.py
        finally:
            conn.close()

    def _healthy(self, *, read_only: bool) -> bool:
        """True when the file is an SQLite database with our table (or no table yet) that passes a quick check."""
        if not self.path.is_file():
            return False
        try:
            if read_only:
                uri = self.path.resolve().as_uri() + "?mode=ro&immutable=1"
                conn = sqlite3.connect(uri, uri=True, timeout=10)
            else:
                conn = sqlite3.connect(self.path, timeout=10)
            with closing(conn):
                if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                    return False
                cols = [r[1] for r in conn.execute("PRAGMA table_info(decisions)")]
                if cols and tuple(cols) != _COLUMNS:
                    return False  # another program's table, or a schema we do not know
                tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
                return not tables or "decisions" in tables
        except sqlite3.Error:  # "file is not a database", "database disk image is malformed", ...
            return False

    def _move_aside(self) -> None:
        stamp = datetime.now(timezone.utc).strftime("%Y%m%d-%H%M%S")
        target = self.path.with_name(f"{self.path.name}.damaged-{stamp}")
        n = 1
        while os.path.lexists(target):
            n += 1
            target = self.path.with_name(f"{self.path.name}.damaged-{stamp}-{n}")
        os.replace(self.path, target)
        for suffix in ("-wal", "-shm", "-journal"):  # the old file's companions belong with it
            side = Path(f"{self.path}{suffix}")
            if side.exists():
                os.replace(side, Path(f"{target}{suffix}"))
        self.moved_aside = target

    def ticket(self) -> int:
        """A number for a save, taken when the person clicks: a save holding an older ticket never wins."""
        with self._lock:
            self._tickets += 1
            return self._tickets

    def load_all(self) -> dict[str, Decision]:
        with closing(self._connect()) as conn:
            rows = conn.execute("SELECT key, decision, note, platform, app, updated_at FROM decisions").fetchall()
        return {r[0]: Decision(*r) for r in rows}

    def get(self, key: str) -> Decision | None:
        with closing(self._connect()) as conn:
            r = conn.execute("SELECT key, decision, note, platform, app, updated_at FROM decisions WHERE key = ?",
                             (key,)).fetchone()
        return Decision(*r) if r else None

    def save(self, grant: Grant, decision: str, note: str, now: datetime | None = None,
             ticket: int | None = None) -> Decision:
        """Insert or update (an empty decision with an empty note deletes the row). Atomic.

        Writes are serialised; with `ticket` (from ticket(), taken at the click) a save older than one already
        written for the same grant is dropped and the stored decision returned, so the last click wins
        whatever order worker threads run in.
        """
        if decision not in ("", *DECISIONS):
            raise ValueError(f"unknown decision {decision!r}")
        key = grant_key(grant)
        stamp = (now or datetime.now(timezone.utc)).astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
        d = Decision(key, decision, note, grant.platform, grant.app, stamp)
        with self._write_lock:
            if ticket is not None:
                if ticket < self._written.get(key, 0):
                    return self.get(key) or Decision(key)
                self._written[key] = ticket
            self._write(d)
        return d

    def _write(self, d: Decision) -> None:
        key = d.key
        conn0 = self._connect()
        if self.read_only:
            conn0.close()
            raise StoreReadOnly(f"{self.path}: the data folder is read-only; nothing was saved", path=str(self.path))
        with closing(conn0) as conn:
            if d.empty:
                conn.execute("DELETE FROM decisions WHERE key = ?", (key,))
            else:
                conn.execute(
                    "INSERT INTO decisions (key, decision, note, platform, app, updated_at) VALUES (?, ?, ?, ?, ?, ?)"
                    " ON CONFLICT(key) DO UPDATE SET decision = excluded.decision, note = excluded.note,"
                    " platform = excluded.platform, app = excluded.app, updated_at = excluded.updated_at",
                    (d.key, d.decision, d.note, d.platform, d.app, d.updated_at))
            # History: when each decision was made (the clean-up plan's record; core/store_schema.py).
            store_schema.record(conn, key, f"decided:{d.decision}", d.updated_at, d.platform, d.app, d.note)

    def progress(self) -> store_schema.PlanProgress:
        """The clean-up plan's ticks and proofs, in the same database."""
        return store_schema.PlanProgress(self._connect)
