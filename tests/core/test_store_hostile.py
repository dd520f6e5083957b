"""The decisions database under stress: rapid clicks keep the last one; a damaged file is moved aside."""

from __future__ import annotations

import os
import random
import sqlite3
import threading
from pathlib import Path

import pytest

from core.errors import StoreReadOnly
from core.model import Grant
from core.store import DecisionStore, grant_key

APP = Grant("facebook", "Slideshow Maker", "10229093786579754", "active")


def test_saves_run_out_of_order_but_the_last_click_wins(tmp_path: Path) -> None:
    store = DecisionStore(tmp_path / "db.sqlite3")
    for trial in range(20):
        clicks = [("keep" if i % 2 else "remove", f"note {trial}-{i}") for i in range(30)]
        tickets = [store.ticket() for _ in clicks]  # taken in click order, on the window's thread
        jobs = list(zip(tickets, clicks, strict=True))
        random.Random(trial).shuffle(jobs)  # worker threads may run them in any order
        threads = [threading.Thread(target=store.save, args=(APP, d, n), kwargs={"ticket": t})
                   for t, (d, n) in jobs]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        saved = store.get(grant_key(APP))
        assert saved is not None and (saved.decision, saved.note) == clicks[-1]


def test_a_stale_save_returns_what_is_stored(tmp_path: Path) -> None:
    store = DecisionStore(tmp_path / "db.sqlite3")
    first, second = store.ticket(), store.ticket()
    store.save(APP, "remove", "", ticket=second)
    back = store.save(APP, "keep", "", ticket=first)  # ran late
    assert back.decision == "remove" and store.get(grant_key(APP)).decision == "remove"  # type: ignore[union-attr]


def _garbage(p: Path) -> None:
    p.write_bytes(random.Random(1).randbytes(10_000))


def _truncated(p: Path) -> None:
    good = p.with_name("good.sqlite3")
    s = DecisionStore(good)
    for i in range(300):
        s.save(Grant("x", f"App {i}", str(i), "active"), "keep", "n" * 200)
    data = good.read_bytes()
    p.write_bytes(data[: len(data) // 3])


def _malformed(p: Path) -> None:
    with sqlite3.connect(p) as conn:
        conn.execute("CREATE TABLE decisions (key TEXT PRIMARY KEY, decision TEXT, note TEXT, platform TEXT, "
                     "app TEXT, updated_at TEXT)")
        conn.executemany("INSERT INTO decisions VALUES (?, 'keep', ?, 'x', 'a', 't')",
                         [(str(i), "n" * 500) for i in range(2000)])
    data = bytearray(p.read_bytes())
    for off in range(4096, len(data), 4096):  # scribble over every page after the first
        data[off + 8: off + 60] = b"\xff" * 52
    p.write_bytes(bytes(data))


def _directory(p: Path) -> None:
    p.mkdir()
    (p / "inside.txt").write_text("a folder where the database should be")


def _wrong_schema(p: Path) -> None:
    with sqlite3.connect(p) as conn:
        conn.execute("CREATE TABLE decisions (id INTEGER, something_else TEXT)")
        conn.execute("INSERT INTO decisions VALUES (1, 'not ours')")


@pytest.mark.parametrize("damage", [_garbage, _truncated, _malformed, _directory, _wrong_schema])
def test_a_damaged_database_is_moved_aside_and_a_fresh_one_started(tmp_path: Path, damage) -> None:
    db = tmp_path / "data" / "grantscope.sqlite3"
    db.parent.mkdir()
    damage(db)
    before = sorted(os.listdir(db.parent))
    store = DecisionStore(db)
    assert store.load_all() == {}  # no exception: a fresh, empty database
    store.save(APP, "keep", "works again")
    assert DecisionStore(db).get(grant_key(APP)).note == "works again"  # type: ignore[union-attr]
    assert store.moved_aside is not None and store.moved_aside.exists()  # the old file is kept
    assert store.moved_aside.name.startswith("grantscope.sqlite3.damaged-")
    assert store.moved_aside.name in os.listdir(db.parent) and len(before) >= 1


def test_a_healthy_database_is_not_moved(tmp_path: Path) -> None:
    db = tmp_path / "db.sqlite3"
    DecisionStore(db).save(APP, "remove", "")
    again = DecisionStore(db)
    assert again.get(grant_key(APP)).decision == "remove"  # type: ignore[union-attr]
    assert again.moved_aside is None


def test_a_read_only_data_folder_opens_read_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "db.sqlite3"
    DecisionStore(db).save(APP, "remove", "kept")
    real_access = os.access
    # Root ignores permission bits, so the folder is made "read-only" for this process only.
    monkeypatch.setattr(os, "access", lambda p, mode: False if mode == os.W_OK else real_access(p, mode))
    store = DecisionStore(db)
    assert store.get(grant_key(APP)).note == "kept"  # type: ignore[union-attr]
    assert store.read_only
    with pytest.raises(StoreReadOnly):
        store.save(APP, "keep", "")
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("db.sqlite3")) == []
