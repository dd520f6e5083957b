"""Text helpers: Meta mojibake repair, name normalization, timestamp parsing (0 means unknown)."""

from __future__ import annotations

import json
import re
import unicodedata
from datetime import datetime, timezone
from typing import Any

from core.regex import lazy

# Epoch values beyond this are taken as milliseconds (year 2286 in seconds).
_MS_THRESHOLD = 10_000_000_000


def fix_mojibake(s: str) -> str:
    """Undo Meta's habit of writing each UTF-8 byte as its own \\u00XX escape.

    Keeps the original when the round trip fails (a character above U+00FF, or bytes that are not UTF-8).
    """
    if s.isascii():
        return s
    try:
        return s.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return s


def _unescaped_quote(text: str, start: int, backward: bool) -> int:
    """Index of the nearest '"' not escaped by a backslash, searching from `start`; -1 if none."""
    k = start
    while True:
        j = text.rfind('"', 0, k) if backward else text.find('"', k)
        if j < 0:
            return -1
        b = j - 1
        while b >= 0 and text[b] == "\\":
            b -= 1
        if (j - 1 - b) % 2 == 0:
            return j
        k = j if backward else j + 1


def fix_mojibake_json_text(text: str) -> str | None:
    """Repair Meta mojibake in raw JSON text, touching only string literals that hold \\u00XX escapes.

    Meta's files are pure ASCII; only the few strings with escaped non-ASCII bytes need the repair, so
    they are found with C-speed searches instead of walking every decoded string. Returns None when the
    text is not as expected (the caller then repairs after parsing).
    """
    out: list[str] = []
    pos = 0
    i = text.find("\\u00")
    while i >= 0:
        start = _unescaped_quote(text, i, backward=True)
        end = _unescaped_quote(text, i, backward=False)
        if start < pos or end < 0:
            return None
        try:
            value = json.loads(text[start:end + 1])
        except ValueError:
            return None
        if not isinstance(value, str):
            return None
        out.append(text[pos:start])
        out.append(json.dumps(fix_mojibake(value)))
        pos = end + 1
        i = text.find("\\u00", pos)
    out.append(text[pos:])
    return "".join(out)


def fix_mojibake_deep(value: Any) -> Any:
    """Repair every string (keys included) in decoded JSON, iteratively (no recursion limit)."""
    if isinstance(value, str):
        return fix_mojibake(value)
    if not isinstance(value, (dict, list)):
        return value
    root: list[Any] = [value]
    stack: list[tuple[Any, Any, Any]] = [(root, 0, value)]
    while stack:
        parent, key, node = stack.pop()
        if isinstance(node, dict):
            new: dict[Any, Any] = {}
            for k, v in node.items():
                nk = fix_mojibake(k) if isinstance(k, str) else k
                if isinstance(v, str):
                    new[nk] = fix_mojibake(v)
                else:
                    new[nk] = v
                    if isinstance(v, (dict, list)):
                        stack.append((new, nk, v))
            parent[key] = new
        else:
            lst: list[Any] = list(node)
            for i, v in enumerate(lst):
                if isinstance(v, str):
                    lst[i] = fix_mojibake(v)
                elif isinstance(v, (dict, list)):
                    stack.append((lst, i, v))
            parent[key] = lst
    return root[0]


def normalize_name(s: str) -> str:
    """Key for matching names: NFKC, casefold, trimmed, spaces collapsed. Display the original."""
    if not s.isascii():
        s = unicodedata.normalize("NFKC", s)  # NFKC is the identity on ASCII: skip it there
    return " ".join(s.casefold().split())


def from_epoch(value: Any) -> datetime | None:
    """Epoch seconds (or milliseconds, or a numeric string) to aware UTC; 0, empty or junk -> None."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, str):
        value = value.strip()
        if not value:
            return None
        try:
            value = float(value) if "." in value else int(value)
        except ValueError:
            return None
    if not isinstance(value, (int, float)) or value != value:  # NaN check
        return None
    if value <= 0:
        return None
    try:
        if value > _MS_THRESHOLD:
            value = value / 1000  # an int of 10**400 overflows here: junk, not a crash
        return datetime.fromtimestamp(value, timezone.utc)  # tz by position: a keyword costs more than the call
    except (OverflowError, OSError, ValueError):
        return None


def parse_iso(value: Any) -> datetime | None:
    """ISO 8601 string (with 'Z', offsets, or none = UTC; stray quotes tolerated) to aware UTC."""
    if not isinstance(value, str):
        return None
    s = value.strip().strip('"').strip()
    if not s:
        return None
    if s.endswith("Z") or s.endswith("z"):
        s = s[:-1] + "+00:00"
    if s.endswith(" UTC"):
        s = s[:-4] + "+00:00"
    try:
        dt = datetime.fromisoformat(s)
    except ValueError:
        # Python 3.10 rejects some fractional-second widths: trim them to microseconds.
        m = re.match(r"^(\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2})(?:\.(\d+))?(.*)$", s)
        if not m:
            return None
        frac = (m.group(2) or "0")[:6].ljust(6, "0")
        try:
            dt = datetime.fromisoformat(f"{m.group(1)}.{frac}{m.group(3)}")
        except ValueError:
            return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=timezone.utc)
    try:
        dt = dt.astimezone(timezone.utc)  # 0001-01-01T00:00+05:00 falls before year 1: junk
    except (OverflowError, ValueError):
        return None
    if dt.year < 1971:
        return None
    return dt


def iso_z(dt: datetime | None) -> str | None:
    """Aware datetime to '2013-10-04T12:07:00Z' (seconds precision), None stays None."""
    if dt is None:
        return None
    if dt.tzinfo is not timezone.utc:
        dt = dt.astimezone(timezone.utc)
    # What isoformat(timespec="seconds")[:19] gives, in a quarter of its time (a few dates per grant, 100,000s
    # of grants): the day's text is made once per day, the time from two-digit strings.
    return f"{iso_day(dt)}T{_TWO_DIGITS[dt.hour]}:{_TWO_DIGITS[dt.minute]}:{_TWO_DIGITS[dt.second]}Z"


def iso_day(dt: datetime) -> str:
    """The date of a datetime as '2013-10-04' (in the datetime's own zone: pass UTC ones), remembered per day."""
    day = dt.toordinal()
    text = _DAY_TEXT.get(day)
    if text is None:
        if len(_DAY_TEXT) >= _DAY_TEXT_MAX:  # bounded: hostile archives can hold dates of every day there is
            _DAY_TEXT.clear()
        text = _DAY_TEXT[day] = dt.date().isoformat()
    return text


_TWO_DIGITS = tuple(f"{i:02d}" for i in range(60))
_DAY_TEXT: dict[int, str] = {}
_DAY_TEXT_MAX = 100_000


def as_id(value: Any) -> str | None:
    """An identifier as an exact string (never through float); empty or junk -> None."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        # A float id has already lost precision upstream; keep what is there without '.0'.
        return str(int(value)) if value.is_integer() else None
    if isinstance(value, str):
        v = value.strip()
        return v or None
    return None


# C0/C1 control characters (tab and newline kept) and the bidi embedding/override/isolate controls that
# can make a hostile app name read backwards ("gpj.exe"); legitimate right-to-left text does not need them.
_UNSAFE = lazy("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c\ufeff]")


def clean_text(s: Any) -> str:
    """Archive text made safe to show: no control or bidi-override characters, CR/LF as spaces."""
    if s is None:
        return ""
    text = s if isinstance(s, str) else str(s)
    if text.isascii() and text.isprintable():
        return text
    text = text.replace("\r\n", " ").replace("\r", " ").replace("\n", " ")
    return _UNSAFE.sub("", text)


# C0 controls (ESC, BEL, CR, LF, ...), DEL, C1 controls and the bidi overrides/isolates that reorder text.
_TERMINAL_UNSAFE = lazy("[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def terminal_safe(s: str) -> str:
    """Text for one terminal line: control and bidi characters become visible escapes (\\x1b, \\n, \\u202e).

    Names inside archives can hold ESC (clear the screen, set the title), CR or LF (fake a second line).
    """
    if s.isprintable():
        return s
    return _TERMINAL_UNSAFE.sub(lambda m: ascii(m.group())[1:-1], s)


#: Longest text shown in a list, a title or a non-JSON export (the JSON export keeps every value whole).
DISPLAY_LIMIT = 300
EXPORT_LIMIT = 2000


def shorten(s: str, limit: int = DISPLAY_LIMIT) -> str:
    """`s` cut to `limit` characters with "…" (a 1 MB app name must not freeze a list or a PDF)."""
    return s if len(s) <= limit else s[: limit - 1] + "…"


def cap_strings(value: Any, limit: int = EXPORT_LIMIT) -> Any:
    """Decoded JSON-like data (dicts, lists, tuples) with every string shortened to `limit`.

    Dicts and lists with nothing to shorten are returned as they are (not copied: a 50,000-grant report would
    otherwise exist twice while a writer reads it); what changed is a new object. Tuples become lists."""
    if isinstance(value, str):
        return shorten(value, limit)
    if isinstance(value, dict):
        out: dict[Any, Any] | None = None
        for k, v in value.items():
            c = cap_strings(v, limit)
            if c is not v:
                if out is None:
                    out = dict(value)
                out[k] = c
        return value if out is None else out
    if isinstance(value, list):
        items: list[Any] | None = None
        for i, v in enumerate(value):
            c = cap_strings(v, limit)
            if c is not v:
                if items is None:
                    items = list(value)
                items[i] = c
        return value if items is None else items
    if isinstance(value, tuple):
        return [cap_strings(v, limit) for v in value]
    return value
