"""TaskRunner: results, failures and cancellation come back on the UI thread through signals."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import QThread

from core.errors import ArchiveError
from core.tasks import CancelToken, Progress, ProgressFn
from ui.workers import TaskRunner


@pytest.fixture
def runner(qapp: object) -> TaskRunner:
    r = TaskRunner()
    yield r
    r.cancel_all()
    r.wait(5000)


def test_result_arrives_on_the_ui_thread(qtbot: object, qapp: object, runner: TaskRunner) -> None:
    seen: dict[str, object] = {}

    def task(token: CancelToken, progress: ProgressFn) -> int:
        seen["worker"] = QThread.currentThread()
        return 42

    got: list[object] = []
    runner.start(task, finished=lambda r: got.append((r, QThread.currentThread())))
    qtbot.waitUntil(lambda: bool(got), timeout=5000)  # type: ignore[attr-defined]
    result, thread = got[0]  # type: ignore[misc]
    assert result == 42
    assert thread is qapp.thread()  # type: ignore[attr-defined]
    assert seen["worker"] is not qapp.thread()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: not runner.busy, timeout=2000)  # type: ignore[attr-defined]


def test_failure_carries_the_exception_and_traceback(qtbot: object, runner: TaskRunner) -> None:
    def task(token: CancelToken, progress: ProgressFn) -> None:
        raise ArchiveError("bad", path="x.zip", reason="truncated")

    got: list[tuple[BaseException, str]] = []
    runner.start(task, failed=lambda e, tb: got.append((e, tb)))
    qtbot.waitUntil(lambda: bool(got), timeout=5000)  # type: ignore[attr-defined]
    exc, tb = got[0]
    assert isinstance(exc, ArchiveError) and exc.reason == "truncated"
    assert "raise ArchiveError" in tb


def test_cancel_is_reported_as_cancelled_not_failed(qtbot: object, runner: TaskRunner) -> None:
    started = threading.Event()

    def task(token: CancelToken, progress: ProgressFn) -> str:
        started.set()
        while not token.cancelled:
            time.sleep(0.005)
        token.raise_if_cancelled()
        return "never"

    failed: list[object] = []
    h = runner.start(task, failed=lambda *a: failed.append(a))
    assert started.wait(5)
    with qtbot.waitSignal(h.signals.cancelled, timeout=5000):  # type: ignore[attr-defined]
        h.cancel()
    assert not failed


def test_progress_is_throttled(qtbot: object, runner: TaskRunner) -> None:
    reports: list[Progress] = []

    def task(token: CancelToken, progress: ProgressFn) -> None:
        for i in range(20_000):  # a chatty importer: would flood the event loop unthrottled
            progress(Progress("read", i))

    done: list[object] = []
    runner.start(task, progress=reports.append, finished=done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)  # type: ignore[attr-defined]
    assert 1 <= len(reports) < 200


def test_start_up_objects_are_out_of_the_collectors_reach(window: object) -> None:
    """What start-up made (here: the window) is moved out of the garbage collector's generations, so a full
    collection on the UI thread no longer walks it (ui.app.run calls freeze_start_up once the window shows)."""
    import gc

    from ui.workers import freeze_start_up

    def tracked() -> set[int]:
        return {id(o) for o in gc.get_objects()}

    gc.unfreeze()  # whatever earlier tests' workers froze: back in the generations
    assert id(window) in tracked()
    freeze_start_up()
    try:
        assert id(window) not in tracked()
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()  # the next tests' windows are collected as usual


def test_the_lists_rows_are_out_of_the_collectors_reach_once_shown(qtbot: object, window: object,
                                                                    fb_zip: object) -> None:
    """The list's rows (100,000 entries in a big export) are made on the UI thread: left in the collector's young
    generations, every collection there walked them again (6-10 ms on the first paint of a 100,000-grant list)."""
    import gc

    from tests.ui.test_window import wait_loaded

    gc.unfreeze()  # whatever earlier tests froze: back in the generations
    try:
        window.load_paths([str(fb_zip)])  # type: ignore[attr-defined]
        wait_loaded(qtbot, window)
        model = window.grant_model  # type: ignore[attr-defined]
        assert model.rowCount() > 0
        tracked = {id(o) for o in gc.get_objects()}
        assert id(model._items) not in tracked and id(model._order) not in tracked
    finally:
        gc.unfreeze()


def test_a_replaced_long_list_is_freed_by_a_worker_not_the_ui_thread(qtbot: object, window: object,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """Scoring again makes every grant anew: the 100,000 grants of the list replaced were freed on the UI thread
    as the new list arrived, which froze the window, or never (the steps that show a list kept it in a reference
    cycle that was frozen out of the collector's reach). They are now freed by a worker once the new list shows."""
    import weakref
    from datetime import datetime, timezone

    from core.model import Grant, Inventory, Source
    from tests.ui.test_window import wait_loaded

    monkeypatch.setattr(type(window), "RELEASE_DELAY_MS", 10)
    n = window.BACKGROUND_GRANTS + 10  # type: ignore[attr-defined]
    old = datetime(2012, 1, 1, tzinfo=timezone.utc)  # granted long ago: each grant gets findings, made anew
    grants = tuple(Grant("facebook", f"App {i:05d}", str(i), "active", granted_at=old) for i in range(n))
    window.add_inventory(Inventory(sources=(Source("facebook", "bench"),), grants=grants))  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: window.grant_proxy.rowCount() == n, timeout=20_000)  # type: ignore[attr-defined]
    wait_loaded(qtbot, window)
    freed_in: list[int] = []
    shown = window.inventory().grants[::100]  # type: ignore[attr-defined]
    assert all(g.findings for g in shown)
    watched = len([weakref.finalize(g, lambda: freed_in.append(threading.get_ident())) for g in shown])
    del shown
    window._reassess()  # type: ignore[attr-defined]  # as a changed setting does
    qtbot.waitUntil(lambda: len(freed_in) == watched, timeout=20_000)  # type: ignore[attr-defined]
    assert window.grant_proxy.rowCount() == n  # type: ignore[attr-defined]
    assert threading.main_thread().ident not in freed_in


def test_the_first_list_is_shown_in_steps_the_window_answers_between(qtbot: object, window: object,
                                                                      fb_zip: object) -> None:
    """Fitting the columns and showing the page for the first list cost ~30 ms whatever its length, and the window's
    first paint follows: in one turn with the rows, opening 1,000 grants stalled the window for 73-82 ms. An event
    queued as the rows arrive is now answered before the page shows."""
    from PySide6.QtCore import QTimer

    from tests.ui.test_window import wait_loaded
    from ui.window import PAGE_START, PAGE_WORKSPACE

    pages_seen: list[int] = []

    def rows_arrived() -> None:
        if window.grant_model.rowCount() and not pages_seen:  # type: ignore[attr-defined]
            QTimer.singleShot(0, lambda: pages_seen.append(window.stack.currentIndex()))  # type: ignore[attr-defined]

    window.grant_model.modelReset.connect(rows_arrived)  # type: ignore[attr-defined]
    window.load_paths([str(fb_zip)])  # type: ignore[attr-defined]
    wait_loaded(qtbot, window)
    assert pages_seen == [PAGE_START]
    assert window.stack.currentIndex() == PAGE_WORKSPACE  # type: ignore[attr-defined]
    assert "Facebook" in window.sources_panel.text()  # type: ignore[attr-defined]  # the steps after the rows ran
