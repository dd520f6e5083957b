"""Run a function in another thread, as a window's worker would, and get its result (or exception) back."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any


def in_worker(fn: Callable[[], Any], while_waiting: Callable[[], None] | None = None) -> Any:
    """fn() in a new thread; returns what it returned or raised. `while_waiting` is called repeatedly meanwhile."""
    out: list[Any] = []

    def run() -> None:
        try:
            out.append(fn())
        except Exception as e:  # noqa: BLE001 - handed back to the caller
            out.append(e)

    t = threading.Thread(target=run)
    t.start()
    while t.is_alive():
        if while_waiting is not None:
            while_waiting()
        else:
            t.join(0.05)
    t.join()
    return out[0]
