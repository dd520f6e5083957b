"""Report documents for writer tests, made by the one pipeline (core.workspace) with the bundled catalog."""

from __future__ import annotations

from datetime import datetime
from functools import lru_cache
from typing import Any

from core.model import Inventory
from core.workspace import Workspace, default_workspace


@lru_cache(maxsize=1)
def workspace() -> Workspace:
    return default_workspace()


def to_document(inv: Inventory, generated_at: str | None = None) -> dict[str, Any]:
    """The grantscope.summary/1 document for an (assessed or raw) inventory, as the CLI and the window make it."""
    when = datetime.fromisoformat(generated_at.replace("Z", "+00:00")) if generated_at else None
    doc = workspace().document(inv, generated_at=when)
    if generated_at is None:
        doc["generated_at"] = None
    return doc
