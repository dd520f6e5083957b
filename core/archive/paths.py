"""Member-name hygiene: normalization, traversal detection and ignorable OS litter."""

from __future__ import annotations

import re

_DRIVE = re.compile(r"^[A-Za-z]:")


def normalize_member_name(name: str) -> str | None:
    """A safe relative path with '/' separators, or None when the name is unsafe (traversal, absolute)."""
    n = name.replace("\\", "/")
    if n.startswith("/") or _DRIVE.match(n):
        return None
    parts = []
    for p in n.split("/"):
        if p in ("", "."):
            continue
        if p == "..":
            return None
        parts.append(p)
    if not parts:
        return ""
    return "/".join(parts)


def is_ignored(rel: str) -> bool:
    """macOS and Windows litter that never holds data."""
    parts = rel.split("/")
    if "__MACOSX" in parts:
        return True
    base = parts[-1]
    return base.startswith("._") or base in (".DS_Store", "Thumbs.db", "desktop.ini")
