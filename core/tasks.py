"""Cancellation and progress reporting for long tasks (core reports, ui shows)."""

from __future__ import annotations

import threading
from collections.abc import Callable
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
