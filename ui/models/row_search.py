"""Finding the rows whose search text contains every word, all at once or a slice at a time (long lists)."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from itertools import compress, repeat
from operator import contains


def scan(keys: list[str], every: list[int], start: list[int] | None, words: tuple[str, ...], a: int,
         b: int) -> list[int]:
    """Rows among candidates a..b-1 whose key contains every word, ascending. The candidates are `start` (source
    rows, ascending) or, when it is None, every row; `every` is 0 .. len(keys)-1 (results point into it)."""
    if not words:
        return start[a:b] if start is not None else every[a:b]
    first, rest = words[0], words[1:]
    if start is None:
        rows = list(compress(every[a:b], map(contains, keys[a:b], repeat(first))))
    else:
        part = start[a:b]
        rows = list(compress(part, map(contains, map(keys.__getitem__, part), repeat(first))))
    for w in rest:
        rows = list(compress(rows, map(contains, map(keys.__getitem__, rows), repeat(w))))
    return rows


@dataclass
class PendingSearch:
    """A search whose first rows are shown while the rest of the candidates are still to be scanned."""

    words: tuple[str, ...]
    #: the candidates (source rows, ascending) or None for every row, and how many there are
    start: list[int] | None
    todo: tuple[str, ...]
    total: int
    #: the next candidate to scan
    pos: int
    #: matches found after the rows already shown
    more: list[int] = field(default_factory=list)
    #: the first matches, when the list kept the rows it showed (they start the same way): see RowFilterProxy
    first: list[int] = field(default_factory=list)
    kept: bool = False

    def done(self) -> bool:
        return self.pos >= self.total

    def first_look(self, keys: list[str], every: list[int], slice_rows: int, want: int, budget_s: float,
                   reach: int) -> list[int]:
        """The first matches, returned (not kept in `more`): slices until `want` are found or `budget_s` seconds
        have gone, and on in any case until the candidates reach source row `reach` (-1: none)."""
        rows: list[int] = []
        until = time.perf_counter() + budget_s
        start = self.start
        while not self.done() and ((len(rows) < want and time.perf_counter() < until) or (
                0 <= reach and (start[self.pos] if start is not None else self.pos) <= reach)):
            b = min(self.pos + slice_rows, self.total)
            rows += scan(keys, every, start, self.todo, self.pos, b)
            self.pos = b
        return rows

    def step(self, keys: list[str], every: list[int], slice_rows: int, budget_s: float | None = None) -> None:
        """Scan slices of `slice_rows` candidates until the end, or until `budget_s` seconds have gone."""
        t0 = time.perf_counter()
        while self.pos < self.total:
            b = min(self.pos + slice_rows, self.total)
            self.more += scan(keys, every, self.start, self.todo, self.pos, b)
            self.pos = b
            if budget_s is not None and time.perf_counter() - t0 >= budget_s:
                return
