"""core/store.py: decisions and notes per grant in SQLite (WAL), durable, usable from worker threads."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest

from core.model import Grant
from core.store import DecisionStore, grant_key

BIG = "10229093786579754"  # > 2**53: must stay exact


def g(app: str = "Slideshow Maker", app_id: str | None = BIG, platform: str = "facebook") -> Grant:
    return Grant(platform, app, app_id, "active")


def test_creating_the_store_touches_no_file(tmp_path: Path) -> None:
    DecisionStore(tmp_path / "data" / "grantscope.sqlite3")
    assert not (tmp_path / "data").exists()


def test_decision_and_note_survive_a_new_process(tmp_path: Path) -> None:
    db = tmp_path / "grantscope.sqlite3"
    DecisionStore(db).save(g(), "remove", "asked them to delete my data")
    # A fresh store object (as after a crash and restart) reads what was saved.
    d = DecisionStore(db).get(grant_key(g()))
    assert d is not None and d.decision == "remove" and d.note == "asked them to delete my data"
    assert d.app == "Slideshow Maker" and d.updated_at.endswith("Z")
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_update_replaces_and_empty_deletes(tmp_path: Path) -> None:
    s = DecisionStore(tmp_path / "db.sqlite3")
    s.save(g(), "keep", "")
    s.save(g(), "reviewed", "checked in 2026")
    assert [d.decision for d in s.load_all().values()] == ["reviewed"]
    s.save(g(), "", "  ")
    assert s.load_all() == {}


def test_keys_are_exact_and_separate_platforms_and_same_named_apps(tmp_path: Path) -> None:
    assert BIG in grant_key(g())
    assert grant_key(g(platform="x", app_id="1")) != grant_key(g(platform="facebook", app_id="1"))
    assert grant_key(g(app_id="10220000000000101", app="Sweepstakes")) != \
        grant_key(g(app_id="10220000000000102", app="Sweepstakes"))
    assert grant_key(g(app="Café  Finder", app_id=None)) == grant_key(g(app="café finder", app_id=None))


def test_unknown_decision_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        DecisionStore(tmp_path / "db.sqlite3").save(g(), "delete everything", "")


def test_concurrent_writers_from_threads(tmp_path: Path) -> None:
    s = DecisionStore(tmp_path / "db.sqlite3")
    errors: list[BaseException] = []

    def write(i: int) -> None:
        try:
            for n in range(10):
                s.save(g(app=f"App {i}", app_id=str(i)), "keep", f"note {n}")
        except BaseException as e:  # collected and asserted below
            errors.append(e)

    threads = [threading.Thread(target=write, args=(i,)) for i in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert {d.note for d in s.load_all().values()} == {"note 9"} and len(s.load_all()) == 6
