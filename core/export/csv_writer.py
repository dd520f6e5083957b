"""CSV writer: one row per grant, UTF-8 with BOM for spreadsheet apps, formula injection neutralised."""

from __future__ import annotations

import csv
import io
import unicodedata
from typing import Any

from core.text import clean_text

COLUMNS = (
    "platform", "app", "status", "kind", "granted_at", "last_used_at", "removed_at", "permissions",
    "can_see", "findings", "highest_severity", "developer", "developer_url", "app_id", "user_app_id",
    "records", "source_file",
)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n", "\uff1d", "\uff0b", "\uff0d", "\uff20")  # and full-width
_SEVERITY_RANK = {"high": 0, "medium": 1, "low": 2}


def _visible_start(text: str) -> str:
    """`text` without what a reader cannot see in front of it: spaces of every kind and format characters.

    A zero-width space (U+200B), word joiner, BOM, soft hyphen or no-break space before "=" still leaves a
    formula in some spreadsheets and hides it from a person looking at the file.
    """
    i = 0
    while i < len(text) and (text[i].isspace() or unicodedata.category(text[i]) in ("Cf", "Zs", "Mn", "Cc")):
        i += 1
    return text[i:]


def cell(value: Any) -> str | int:
    """A safe cell: numbers stay numbers; text that a spreadsheet would run as a formula gets a ' prefix."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int):
        return value
    raw = value if isinstance(value, str) else str(value)
    text = clean_text(raw)  # line breaks become spaces, control characters go (tab stays for the check)
    if raw.startswith(_FORMULA_START) or _visible_start(text).startswith(_FORMULA_START):
        # OWASP CSV injection advice: prefix with an apostrophe so the cell is read as text.
        return "'" + text
    return text


def grant_row(g: dict[str, Any]) -> list[str | int]:
    worst = min(g["findings"], key=lambda f: _SEVERITY_RANK.get(f["severity"], 3), default=None)
    values = {
        "platform": g["platform"],
        "app": g["app"],
        "status": g["status"],
        "kind": g.get("kind"),
        "granted_at": g["granted_at"],
        "last_used_at": g["last_used_at"],
        "removed_at": g["removed_at"],
        "permissions": "; ".join(g["permissions"]),
        "can_see": "; ".join(dict.fromkeys(a["label"] for a in g.get("can_see", []))),
        "findings": "; ".join(f"{f['severity']}: {f['message']}" for f in g["findings"]),
        "highest_severity": worst["severity"] if worst else "",
        "developer": g.get("developer"),
        "developer_url": g.get("developer_url"),
        "app_id": g["app_id"],
        "user_app_id": g.get("user_app_id"),
        "records": g.get("records", 1),
        "source_file": g.get("source_file"),
    }
    return [cell(values[c]) for c in COLUMNS]


def render_csv(doc: dict[str, Any], **_options: Any) -> bytes:
    buf = io.StringIO(newline="")
    w = csv.writer(buf, lineterminator="\r\n")  # RFC 4180 line ends; spreadsheet apps expect them
    w.writerow(COLUMNS)
    for g in doc["grants"]:
        w.writerow(grant_row(g))
    return b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8")
