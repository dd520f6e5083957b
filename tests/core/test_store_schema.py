"""Store schema versions: an old database opens and keeps its decisions; history is kept; kill -9 loses nothing."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

from core.model import Grant
from core.store import DecisionStore, grant_key
from core.store_schema import SCHEMA_VERSION

ROOT = Path(__file__).resolve().parents[2]
#: The decisions table exactly as the first released store created it (schema version 1, no history).
V1 = """
CREATE TABLE decisions (
    key        TEXT PRIMARY KEY,
    decision   TEXT NOT NULL DEFAULT '' CHECK (decision IN ('', 'keep', 'remove', 'reviewed')),
    note       TEXT NOT NULL DEFAULT '',
    platform   TEXT NOT NULL DEFAULT '',
    app        TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL
)
"""


def old_database(path: Path, version: int) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute(V1)
    conn.execute("INSERT INTO decisions VALUES ('x:oauth_app:id:5408470', 'remove', 'asked them', 'x',"
                 " 'Launch Board', '2025-03-01T10:00:00Z')")
    conn.execute("INSERT INTO decisions VALUES ('facebook:oauth_app:name:quiz', 'keep', '', 'facebook', 'Quiz',"
                 " '2025-03-02T10:00:00Z')")
    conn.execute(f"PRAGMA user_version={version}")
    conn.commit()
    conn.close()


def test_an_old_database_opens_keeps_its_decisions_and_starts_their_history(tmp_path: Path) -> None:
    for version in (0, 1):  # before versions were written, and version 1
        db = tmp_path / f"v{version}.sqlite3"
        old_database(db, version)
        store = DecisionStore(db)
        decisions = store.load_all()
        assert {k: (d.decision, d.note) for k, d in decisions.items()} == {
            "x:oauth_app:id:5408470": ("remove", "asked them"), "facebook:oauth_app:name:quiz": ("keep", "")}
        with sqlite3.connect(db) as conn:
            assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert store.progress().history("x:oauth_app:id:5408470") == [
            ("decided:remove", "2025-03-01T10:00:00Z", "")]
        assert store.progress().load_all() == {}


def test_decided_done_and_verified_are_kept_as_history_not_one_overwritten_row(tmp_path: Path) -> None:
    store = DecisionStore(tmp_path / "db.sqlite3")
    g = Grant("x", "Launch Board", "5408470", "active")
    key = grant_key(g)
    store.save(g, "remove", "", now=datetime(2025, 1, 1, tzinfo=timezone.utc))
    p = store.progress()
    p.set_done(key, "x", g.app, True, datetime(2025, 1, 2, tzinfo=timezone.utc))
    p.set_verified(key, "x", g.app, "export of 2025-04-12 (x-apr.zip)", datetime(2025, 4, 13, tzinfo=timezone.utc))
    assert p.history(key) == [("decided:remove", "2025-01-01T00:00:00Z", ""),
                              ("done", "2025-01-02T00:00:00Z", ""),
                              ("verified", "2025-04-13T00:00:00Z", "export of 2025-04-12 (x-apr.zip)")]
    now = DecisionStore(tmp_path / "db.sqlite3").progress().load_all()[key]
    assert now.done_at == "2025-01-02T00:00:00Z" and now.verified_by.startswith("export of 2025-04-12")


WRITER = """
import sys
from datetime import datetime, timezone
from core.model import Grant
from core.store import DecisionStore
store = DecisionStore(sys.argv[1])
progress = store.progress()
i = 0
while True:
    g = Grant("x", f"App {i}", str(i), "active")
    store.save(g, "remove", f"note {i}")
    progress.set_done(f"x:oauth_app:id:{i}", "x", g.app, True)
    print(i, flush=True)
    i += 1
"""


def test_kill_9_on_a_writer_loses_nothing_it_reported_committed(tmp_path: Path) -> None:
    db = tmp_path / "db.sqlite3"
    proc = subprocess.Popen([sys.executable, "-c", WRITER, str(db)], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    committed = -1
    deadline = time.monotonic() + 60
    while committed < 40 and time.monotonic() < deadline:
        line = proc.stdout.readline()
        if line:
            committed = int(line)
    proc.send_signal(signal.SIGKILL)  # in the middle of its next writes
    proc.wait(10)
    proc.stdout.close()
    assert committed >= 40
    store = DecisionStore(db)
    decisions = store.load_all()
    progress = store.progress().load_all()
    for i in range(committed + 1):
        assert decisions[f"x:oauth_app:id:{i}"].note == f"note {i}"
        assert progress[f"x:oauth_app:id:{i}"].done_at
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
