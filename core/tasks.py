"""Cancellation and progress reporting for long tasks (core reports, ui shows)."""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from core.errors import Cancelled


class CancelToken:
    """Thread-safe flag a worker checks between steps."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def raise_if_cancelled(self) -> None:
        if self._event.is_set():
            raise Cancelled("cancelled")


@dataclass(frozen=True)
class Progress:
    """A progress report: `done` of `total` units (total 0 = unknown), plus a short stage code."""

    stage: str
    done: int = 0
    total: int = 0
    bytes_read: int = 0
    item: str = ""


ProgressFn = Callable[[Progress], None]


def no_progress(_: Progress) -> None:
    """Default ProgressFn that ignores reports."""


_gc_lock = threading.Lock()
_gc_depth = 0


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while building large, long-lived object graphs.

    Indexing tens of thousands of archive members, scoring and documenting 100,000 grants otherwise trigger
    repeated full collections (up to ~0.5 s each at 100k grants, and in the window they hold the GIL the UI
    thread needs); nothing in the pipeline creates reference cycles that need collecting. The pause is
    process-wide and counted, so nested and concurrent pipelines re-enable the collector only when the last ends.
    """
    global _gc_depth
    with _gc_lock:
        if _gc_depth == 0:
            was_enabled = gc.isenabled()
            gc.disable()
            _gc_paused_state[0] = was_enabled
        _gc_depth += 1
    try:
        yield
    finally:
        with _gc_lock:
            _gc_depth -= 1
            if _gc_depth == 0 and _gc_paused_state[0]:
                gc.enable()


_gc_paused_state = [True]
