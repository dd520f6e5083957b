"""Small helpers shared by the non-Facebook importers: member lookup on full paths, CSV streaming, JSON walking."""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Iterable, Iterator
from datetime import datetime
from typing import Any

from core.archive.tree import ArchiveTree, Member
from core.importers.base import ImportContext
from core.text import from_epoch, parse_iso


def find_full(tree: ArchiveTree, *suffixes: str) -> Member | None:
    """Like tree.find_first, but also matches the member's full name inside its input.

    Wrapper stripping can remove folders that matter (a Takeout part whose only product is Chrome loses both
    `Takeout/` and `Chrome/`), so the untouched name is checked too. Ambiguous matches count as not found.
    The tree's suffix lookup already compares full names through its file-name index, so this is one indexed
    lookup per name (a manifest listing 100,000 missing files must not scan every member each time).
    """
    return tree.find_first(*suffixes)


def members_where(tree: ArchiveTree, pred: Callable[[Member], bool]) -> list[Member]:
    """Every member for which `pred` is true, in a stable order."""
    return sorted((m for m in tree.members() if pred(m)), key=lambda m: m.path)


def segments(m: Member) -> list[str]:
    """Folder and file names of the member's full name, case-folded."""
    return [p.casefold() for p in m.full.split("/")]


def unwrap(item: Any, key: str) -> Any:
    """X-style `{"connectedApplication": {...}}` wrappers: the inner object, or the item itself."""
    if isinstance(item, dict):
        inner = item.get(key)
        if isinstance(inner, dict):
            return inner
        if len(item) == 1:
            only = next(iter(item.values()))
            if isinstance(only, dict):
                return only
    return item


def text(value: Any) -> str:
    """A stripped string, or '' for anything that is not a string."""
    return value.strip() if isinstance(value, str) else ""


def any_time(value: Any) -> datetime | None:
    """ISO strings (with stray quotes, ' UTC', no zone = UTC) or epoch seconds/milliseconds.

    Anything before 1971 is taken as junk (a 0 or a tiny number), never shown as 1970.
    """
    if isinstance(value, str):
        s = value.strip().strip('"').strip()
        dt = from_epoch(s) if s.isdigit() else parse_iso(s)
    else:
        dt = from_epoch(value)
    return dt if dt is not None and dt.year >= 1971 else None


def walk_json(data: Any, max_nodes: int = 2_000_000) -> Iterator[tuple[tuple[str, ...], Any]]:
    """Every (key path, node) in decoded JSON, iteratively (no recursion limit), bounded in node count."""
    stack: list[tuple[tuple[str, ...], Any]] = [((), data)]
    seen = 0
    while stack and seen < max_nodes:
        path, node = stack.pop()
        seen += 1
        yield path, node
        if isinstance(node, dict):
            for k, v in reversed(list(node.items())):
                if isinstance(v, (dict, list)):
                    stack.append((path + (str(k),), v))
        elif isinstance(node, list):
            for i in range(len(node) - 1, -1, -1):
                v = node[i]
                if isinstance(v, (dict, list)):
                    stack.append((path + (f"[{i}]",), v))


_KEY_NORM = re.compile(r"[^a-z0-9]+")


def norm_key(key: str) -> str:
    """'App Name', 'app_name', 'appName' → 'app name' (for fuzzy key matching)."""
    spaced = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", key)
    return _KEY_NORM.sub(" ", spaced.casefold()).strip()


def csv_rows(ctx: ImportContext, m: Member) -> Iterator[dict[str, str]]:
    """Stream a CSV member as dicts keyed by the stripped header, line by line (never the whole file).

    Damaged rows end the file with a warning; rows read before it are kept.
    """
    lines = ctx.iter_lines(m)
    reader = csv.reader(lines)
    try:
        header = next(reader, None)
        if header is None:
            return
        keys = [h.strip().lstrip("\ufeff") for h in header]
        for row in ctx.each(reader):  # cancel checked as rows go by, not only per megabyte read
            if not any(c.strip() for c in row):
                continue
            yield {k: (row[i].strip() if i < len(row) else "") for i, k in enumerate(keys)}
    except csv.Error as e:
        ctx.warn(f"{m.path}: stopped reading at a damaged row ({e})")


def pick(row: dict[str, str], aliases: Iterable[str]) -> str:
    """The value of the first column whose header matches one of `aliases` (case- and spacing-insensitive)."""
    norm = {norm_key(k): v for k, v in row.items()}
    for a in aliases:
        v = norm.get(norm_key(a))
        if v:
            return v
    return ""
