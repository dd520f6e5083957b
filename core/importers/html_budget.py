"""An html.parser.HTMLParser with a work budget (bytes, nodes, depth, seconds, cancel) for untrusted pages."""

from __future__ import annotations

import time
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import Any

from core.errors import ArchiveTooLarge
from core.tasks import CancelToken

MB = 1024 * 1024
#: Elements that never hold children, so they do not deepen the tree.
_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
                   "track", "wbr"})
_CHUNK = 64 * 1024


class HTMLTooComplex(ArchiveTooLarge):
    """A page exceeded the parser's budget (size, elements, nesting, time); it is skipped with a warning."""


@dataclass(frozen=True)
class HTMLBudget:
    """Limits for one page. Meta's app pages hold a few thousand elements; these leave a wide margin."""

    max_bytes: int = 64 * MB
    max_nodes: int = 200_000
    #: Open elements (start tags minus end tags). Readers walk trees iteratively, so this only needs to stop
    #: the absurd; real pages nest a few dozen levels.
    max_depth: int = 100_000
    max_seconds: float = 4.0  # CPU seconds of the parsing thread
    #: Unparsed text waiting for a construct to end (an unterminated `<!--`, `</` or `<a `): beyond this the
    #: rest of the page is one broken construct, and re-scanning it on every chunk would be quadratic.
    max_pending: int = 256 * 1024


class BudgetedHTMLParser(HTMLParser):
    """Feed a whole page with `feed_all()`; the budget is checked per element, per text piece and per chunk.

    Subclasses implement the usual handle_* methods. Nodes (elements and text pieces) and the open-element
    depth are counted here, so a subclass cannot be driven into quadratic work by 100,000 unclosed tables.
    """

    def __init__(self, *, budget: HTMLBudget | None = None, cancel: CancelToken | None = None, **kw: Any) -> None:
        super().__init__(**kw)
        self.budget = budget or HTMLBudget()
        self.cancel = cancel
        self.nodes = 0
        self.depth = 0
        self._deadline = 0.0
        # Count text pieces without asking subclasses to call super(): wrap the bound method once.
        handle_data = self.handle_data

        def counted_data(data: str) -> None:
            self._count()
            handle_data(data)

        self.handle_data = counted_data  # type: ignore[method-assign]

    def _count(self) -> None:
        self.nodes += 1
        if self.nodes > self.budget.max_nodes:
            raise HTMLTooComplex(f"the page has more than {self.budget.max_nodes:,} elements and text pieces",
                                 size=self.nodes, limit=self.budget.max_nodes)
        if not self.nodes & 1023:
            self._check_time()

    def _check_time(self) -> None:
        if self.cancel is not None:
            self.cancel.raise_if_cancelled()
        if self._deadline and time.thread_time() > self._deadline:
            raise HTMLTooComplex(f"reading the page took more than {self.budget.max_seconds:g} seconds of work",
                                 limit=int(self.budget.max_seconds))

    def parse_starttag(self, i: int) -> int:
        end: int = super().parse_starttag(i)  # type: ignore[misc]
        if end >= 0:
            self._count()
            if self.lasttag not in _VOID and self.rawdata[end - 2:end] != "/>":
                self.depth += 1
                if self.depth > self.budget.max_depth:
                    raise HTMLTooComplex(f"elements are nested more than {self.budget.max_depth:,} levels deep",
                                         size=self.depth, limit=self.budget.max_depth)
        return end

    def parse_endtag(self, i: int) -> int:
        end: int = super().parse_endtag(i)  # type: ignore[misc]
        if end >= 0 and self.depth:
            self.depth -= 1
        return end

    def feed_all(self, text: str) -> None:
        """Parse a whole page in chunks, then close; raises HTMLTooComplex (or Cancelled) when over budget."""
        b = self.budget
        if len(text) > b.max_bytes:
            raise HTMLTooComplex(f"the page is larger than {b.max_bytes // MB} MB", size=len(text), limit=b.max_bytes)
        # CPU time of this thread: a busy machine does not make a normal page fail, a hostile one still stops.
        self._deadline = time.thread_time() + b.max_seconds
        for start in range(0, len(text), _CHUNK):
            self.feed(text[start:start + _CHUNK])
            self._check_time()
            if len(self.rawdata) > b.max_pending:
                break  # the rest is one unterminated construct: a browser would not show it either
        if len(self.rawdata) > b.max_pending or len(text) > _CHUNK and len(self.rawdata) > _CHUNK:
            # close() would retry the broken construct at every following position (quadratic): drop it.
            self.rawdata = ""
        self.close()
