"""The one table of settings pages (resources/links.json): where each platform's connected apps are removed."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

LINKS_FILE = Path(__file__).resolve().parents[1] / "resources" / "links.json"


@lru_cache(maxsize=4)
def platforms(path: Path = LINKS_FILE) -> dict[str, dict[str, Any]]:
    """Platform id -> name, manage_url, url_template, request_url, where, confirmed (only https addresses kept)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    out: dict[str, dict[str, Any]] = {}
    for pid, e in (data.get("platforms") or {}).items():
        if not isinstance(e, dict):
            continue
        https = {k: (e.get(k) if isinstance(e.get(k), str) and str(e.get(k)).startswith("https://") else None)
                 for k in ("manage_url", "url_template", "request_url")}
        out[pid] = {"name": str(e.get("name") or pid), **https, "where": str(e.get("where") or ""),
                    "confirmed": bool(e.get("confirmed"))}
    return out
