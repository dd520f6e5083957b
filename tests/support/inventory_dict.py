"""An importer's own output as plain dicts (ISO dates), so importer tests never depend on a report's layout."""

from __future__ import annotations

import dataclasses
from datetime import datetime
from typing import Any

from core.model import Inventory
from core.text import iso_z


def _plain(value: Any) -> Any:
    if isinstance(value, datetime):
        return iso_z(value)
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def _row(obj: Any) -> dict[str, Any]:
    out = {f.name: _plain(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    # The same field names importer tests used before (they read like the JSON summary's).
    for old, new in (("record_count", "records"), ("event_count", "events")):
        if old in out:
            out[new] = out[old]
    return out


def inventory_dict(inv: Inventory) -> dict[str, Any]:
    """{"sources": [...], "grants": [...], "activity": [...], "advertisers": [...]} straight from the Inventory."""
    return {
        "sources": [_row(s) for s in inv.sources],
        "grants": [_row(g) for g in inv.grants],
        "activity": [_row(a) for a in inv.activity],
        "advertisers": [_row(a) for a in inv.advertisers],
    }
