"""Sorting long lists in runs: the order of one stable sort, without one long call that holds the interpreter lock."""

from __future__ import annotations

import heapq
import threading
from collections.abc import Callable, Iterable
from operator import itemgetter
from typing import Any, TypeVar

from core.slices import release

T = TypeVar("T")

#: Items per run: one sort of this many keys holds the interpreter lock for about 3 ms (16,384 took 15-27 ms, a
#: window's stall); the whole sort takes as long either way.
RUN = 4096


def sorted_in_runs(items: Iterable[T], key: Callable[[T], Any], reverse: bool = False) -> list[T]:
    """sorted(items, key=key, reverse=reverse), exactly: the same order, ties included.

    Why: list.sort() of 100,000 keys is a single call of a tenth of a second that holds the interpreter lock, and a
    window that reads or scores in a background thread cannot repaint nor answer a key meanwhile. In a worker thread,
    long lists are sorted in runs: each run stably, and heapq.merge takes ties from earlier runs first, which is what
    one stable sort does. On the main thread (the command line; a window's own thread, which waits either way) one
    sort is quicker: merging costs about a microsecond per item.
    """
    if threading.current_thread() is threading.main_thread():
        return sorted(items, key=key, reverse=reverse)
    keyed = [(key(it), it) for it in items]
    if len(keyed) <= RUN:
        keyed.sort(key=_FIRST, reverse=reverse)
        return [it for _, it in keyed]
    runs = [sorted(keyed[lo:lo + RUN], key=_FIRST, reverse=reverse) for lo in range(0, len(keyed), RUN)]
    ordered = [it for _, it in heapq.merge(*runs, key=_FIRST, reverse=reverse)]
    release(keyed, runs)  # 100,000 (key, item) pairs freed at once would be another long hold
    return ordered


_FIRST = itemgetter(0)
