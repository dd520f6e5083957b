"""JSON writer for the grantscope.summary/1 document (ids stay strings; UTF-8, stable key order)."""

from __future__ import annotations

import json
from typing import Any


def render_json(doc: dict[str, Any], **_options: Any) -> bytes:
    return (json.dumps(doc, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
