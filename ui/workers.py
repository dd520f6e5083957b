"""TaskRunner: runs blocking work on a QThreadPool and reports back through signals (never touches widgets)."""

from __future__ import annotations

import gc
import logging
import sys
import time
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from core.errors import Cancelled
from core.tasks import CancelToken, Progress, ProgressFn, gc_paused

log = logging.getLogger(__name__)

#: A task body: runs in a worker thread, checks the token, reports progress, returns a result.
TaskFn = Callable[[CancelToken, ProgressFn], Any]

#: How long a worker may hold the GIL before the UI thread gets it (see TaskRunner).
SWITCH_INTERVAL_S = 0.0002

#: Progress reports are forwarded at most this often, so a chatty importer cannot flood the event loop.
PROGRESS_INTERVAL_S = 0.05


@contextmanager
def long_lived() -> Iterator[None]:
    """For work building what the window keeps (a scanned inventory, scored grants, the list's index in a worker;
    the list's rows on the UI thread): the garbage collector is paused meanwhile (core.tasks.gc_paused), and what
    exists at the end is moved out of its reach (gc.freeze) before it runs again.

    Why: the first collection after a pause otherwise scans every object made during it (millions at 100,000
    grants: 0.3 s in a worker, 0.4 s on the UI thread, each holding the GIL the window needs to answer). Frozen
    objects are still freed when nothing refers to them; only reference cycles among them would stay, and the
    pipeline makes none.
    """
    with gc_paused():
        yield
        gc.freeze()


def freeze_start_up() -> None:
    """Move what start-up made (modules, classes, the window and its widgets: alive for the whole session) out of
    the garbage collector's reach. Otherwise every full collection on the UI thread walks all of it again (50 ms
    with the window open, measured), and one can come at any moment: opening a page, a keystroke."""
    gc.freeze()


class TaskSignals(QObject):
    """Signals of one task; emitted from the worker thread, delivered (queued) on the UI thread."""

    progress = Signal(object)  # core.tasks.Progress
    finished = Signal(object)  # the result
    failed = Signal(object, str)  # the exception, its formatted traceback
    cancelled = Signal()


class TaskHandle:
    """What the caller keeps: the signals, the cancel token and the task's state."""

    def __init__(self, name: str, cancellable: bool = True) -> None:
        self.name = name
        self.cancellable = cancellable
        self.token = CancelToken()
        self.signals = TaskSignals()
        self.done = False

    def cancel(self) -> None:
        self.token.cancel()

    @property
    def cancelled(self) -> bool:
        return self.token.cancelled


class _Runnable(QRunnable):
    def __init__(self, fn: TaskFn, handle: TaskHandle) -> None:
        super().__init__()
        self._fn = fn
        self._handle = handle
        self._last_progress = 0.0

    def _report(self, p: Progress) -> None:
        now = time.monotonic()
        if now - self._last_progress >= PROGRESS_INTERVAL_S:
            self._last_progress = now
            self._handle.signals.progress.emit(p)

    def run(self) -> None:
        h = self._handle
        try:
            h.token.raise_if_cancelled()
            result = self._fn(h.token, self._report)
        except Cancelled:
            h.signals.cancelled.emit()
        except BaseException as e:  # every failure must reach the UI thread, not die silently in the pool
            h.signals.failed.emit(e, "".join(traceback.format_exception(type(e), e, e.__traceback__)))
        else:
            if h.token.cancelled:
                h.signals.cancelled.emit()
            else:
                h.signals.finished.emit(result)


class TaskRunner(QObject):
    """Starts tasks on a thread pool; cancel_all() and wait() are used when the window closes."""

    busyChanged = Signal(bool)

    def __init__(self, parent: QObject | None = None, max_threads: int = 2) -> None:
        super().__init__(parent)
        # Workers run Python too, and share the GIL with the UI thread: with the default 5 ms switch interval the
        # UI thread waits up to 5 ms each time it needs the GIL (a timer, a paint, a key), and a paint of the whole
        # window needs it dozens of times (each Python override it calls). 0.2 ms keeps the window answering while
        # a worker reads or scores 100,000 grants: painting the window as a scan starts took 35-56 ms with 1 ms and
        # 20-22 ms with 0.2 ms, and the scan takes as long.
        sys.setswitchinterval(min(sys.getswitchinterval(), SWITCH_INTERVAL_S))
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._active: set[TaskHandle] = set()

    def start(
        self,
        fn: TaskFn,
        name: str = "task",
        *,
        finished: Callable[[Any], None] | None = None,
        failed: Callable[[BaseException, str], None] | None = None,
        cancelled: Callable[[], None] | None = None,
        progress: Callable[[Progress], None] | None = None,
        cancellable: bool = True,
    ) -> TaskHandle:
        """Run fn(token, progress) in the pool. Pass the callbacks here: a queued signal only reaches
        slots connected before it was emitted, and a fast task can finish before start() returns."""
        handle = TaskHandle(name, cancellable)
        was_busy = self.busy
        self._active.add(handle)
        sig = handle.signals
        for callback, signal in ((progress, sig.progress), (finished, sig.finished), (failed, sig.failed),
                                 (cancelled, sig.cancelled)):
            if callback is not None:
                signal.connect(callback)
        for s in (sig.finished, sig.failed, sig.cancelled):
            s.connect(lambda *_a, h=handle: self._done(h))
        self._pool.start(_Runnable(fn, handle))
        log.debug("task %s started", name)
        if not was_busy:
            self.busyChanged.emit(True)
        return handle

    def _done(self, handle: TaskHandle) -> None:
        handle.done = True
        if handle in self._active:
            self._active.discard(handle)
            log.debug("task %s done", handle.name)
            if not self._active:
                self.busyChanged.emit(False)

    @property
    def busy(self) -> bool:
        return bool(self._active)

    def active(self) -> list[TaskHandle]:
        return list(self._active)

    def cancel_all(self) -> None:
        """Cancel every cancellable task (saving a note is not: it is short and must not be lost)."""
        for h in list(self._active):
            if h.cancellable:
                h.cancel()

    def wait(self, timeout_ms: int = 10_000) -> bool:
        """Block until every started task has returned (used only when quitting)."""
        return bool(self._pool.waitForDone(timeout_ms))
