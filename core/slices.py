"""Counting and freeing big collections a slice at a time, so a worker thread never holds the interpreter lock long."""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Hashable, Sequence
from typing import Any, TypeVar

H = TypeVar("H", bound=Hashable)

#: Items per slice: freeing this many grants or JSON records, or counting this many keys, takes about a millisecond.
SLICE = 2048


def in_worker() -> bool:
    """True off the main thread: a window's background work, where a long call stalls the window's own thread."""
    return threading.current_thread() is not threading.main_thread()


def counted(items: Sequence[H]) -> Counter[H]:
    """Counter(items), counted a slice at a time in a worker (one Counter of 100,000 keys is a 20 ms call)."""
    if not in_worker() or len(items) <= SLICE:
        return Counter(items)
    counts: Counter[H] = Counter()
    for lo in range(0, len(items), SLICE):
        counts.update(items[lo:lo + SLICE])
    return counts


def release(*garbage: Any) -> None:
    """Empty the lists and dicts in `garbage`, and the big ones directly inside them, a slice at a time.

    Why: when the last reference to 100,000 grants or a parsed 18 MB JSON file goes, CPython frees every object in
    one go, 20-60 ms that hold the interpreter lock: a window scanning in a worker cannot repaint meanwhile. Call it
    only on what nothing will read again: the containers are emptied in place (their items are only let go, and
    freed when nothing else holds them). On the main thread (the command line) it does nothing: the objects are
    freed as they would be anyway.
    """
    if not in_worker():
        return
    todo = [c for c in garbage if isinstance(c, (list, dict))]
    while todo:
        c = todo.pop()
        if len(c) <= SLICE:
            todo.extend(v for v in (c.values() if isinstance(c, dict) else c)
                        if isinstance(v, (list, dict)) and len(v) > SLICE)
            c.clear()
            continue
        if isinstance(c, dict):
            items: list[Any] = list(c.items())  # the keys too are freed a slice at a time
            c.clear()
        else:
            items = c
        while items:
            del items[-SLICE:]
