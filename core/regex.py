"""Regular expressions compiled on first use: importing a module that only might need one costs no compile time."""

from __future__ import annotations

import re
from typing import Any, cast


class LazyPattern:
    """Stands in for `re.compile(pattern, flags)` and compiles it when one of its attributes is first read.

    Each attribute read once (`.search`, `.match`, ...) is then kept on the instance, so later reads are plain
    attribute lookups: no slower than a compiled pattern's own methods on a hot path.
    """

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._source = pattern
        self._flags = flags

    def __getattr__(self, name: str) -> Any:  # only for attributes not found yet: the first read of each
        if name.startswith("__"):  # copy/pickle probes: not a pattern attribute
            raise AttributeError(name)
        compiled = self.__dict__.get("_compiled")
        if compiled is None:
            compiled = self.__dict__["_compiled"] = re.compile(self._source, self._flags)
        value = getattr(compiled, name)
        setattr(self, name, value)
        return value

    def __repr__(self) -> str:
        return f"lazy({self._source!r}, {self._flags!r})"


def lazy(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """A pattern used like `re.compile(pattern, flags)`, compiled the first time it is used.

    Only its attributes work (`.search(s)`, `.sub(repl, s)`, `.pattern`); never pass it to re.search() & co.
    """
    return cast("re.Pattern[str]", LazyPattern(pattern, flags))
