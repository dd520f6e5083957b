"""JSON writer for the grantscope.summary/1 document (ids stay strings; UTF-8, stable key order)."""

from __future__ import annotations

import json
from typing import Any

import orjson


def render_json(doc: dict[str, Any], **_options: Any) -> bytes:
    """The document indented by two spaces, keys in the document's own order, non-ASCII text as UTF-8.

    orjson (a C encoder) writes the same bytes as `json.dumps(doc, ensure_ascii=False, indent=2)` about ten
    times faster and without building a small string per token (at 100,000 grants: seconds and hundreds of MiB).
    """
    try:
        return orjson.dumps(doc, option=orjson.OPT_INDENT_2 | orjson.OPT_APPEND_NEWLINE)
    except orjson.JSONEncodeError:
        # Something orjson refuses (an int beyond 64 bits, a non-str key): the standard encoder takes it.
        return (json.dumps(doc, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
