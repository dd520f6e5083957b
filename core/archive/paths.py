"""Member-name hygiene: normalization, traversal detection and ignorable OS litter."""

from __future__ import annotations

import re

_DRIVE = re.compile(r"^[A-Za-z]:")


def normalize_member_name(name: str) -> str | None:
    """A safe relative path with '/' separators, or None when the name is unsafe (traversal, absolute)."""
    if not ("\\" in name or ".." in name or "//" in name or "./" in name or ":" in name or name.startswith("/")):
        return name.rstrip("/")  # fast path: already clean (the common case, thousands of members)
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
    if "__MACOSX" not in rel and "/." not in rel and not rel.startswith(".") and not rel.endswith(("Thumbs.db",
                                                                                                "desktop.ini")):
        return False  # fast path
    parts = rel.split("/")
    if "__MACOSX" in parts:
        return True
    base = parts[-1]
    return base.startswith("._") or base in (".DS_Store", "Thumbs.db", "desktop.ini")
