"""Facebook and Instagram HTML exports: connected apps and off-Meta activity pages, read with html.parser.

Nothing is rendered and nothing is fetched: the stdlib parser only tokenizes, scripts and styles are dropped.
Meta's class names are minified and change between versions, so records are found by class when known
(`_a6-g` records, `_a6_q`/`_a6_r` label and value cells, `_a72d`/`_a6-o` times) and by structure otherwise.
Labels and dates are localized: labels go through core.importers.labels, dates through a small tolerant
parser. Times are shown in the account's time zone without a marker; the zone comes from timezone.json or
timezone.html when the export has it, otherwise times are taken as UTC and the source says so.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone, tzinfo
from typing import Any

from core.archive.tree import ArchiveTree, Member
from core.importers.base import ImportContext, ImportResult, label_values
from core.importers.html_budget import BudgetedHTMLParser
from core.importers.labels import assign_app_field, field_of, label_key, month_of, status_word
from core.model import ActivityRecord, Grant, Status
from core.tasks import CancelToken
from core.text import fix_mojibake, normalize_name

FB_APP_PAGES: list[tuple[str, tuple[str, ...]]] = [
    ("G4 (2023 onward)", ("apps_and_websites_off_of_facebook/connected_apps_and_websites.html",
                          "connected_apps_and_websites.html")),
    ("G3 (2021–2022)", ("apps_and_websites_off_of_facebook/apps_and_websites.html",)),
    ("G2 (2019–2020)", ("apps_and_websites/apps_and_websites.html",)),
    ("G1 (2018)", ("apps/installed_apps.html", "apps/apps.html")),
]
FB_OFF_PAGES = (
    "apps_and_websites_off_of_facebook/your_activity_off_meta_technologies.html",
    "apps_and_websites_off_of_facebook/your_off-facebook_activity.html",
    "ads_and_businesses/your_off-facebook_activity.html",
    "your_activity_off_meta_technologies.html",
    "your_off-facebook_activity.html",
)
OFF_SUBFOLDER = "your_activity_off_meta_technologies"
IG_APP_PAGES: list[tuple[Status, tuple[str, ...]]] = [
    ("active", ("apps_and_websites_off_of_instagram/apps_and_websites/active_apps.html",
                "apps_and_websites/active_apps.html", "active_apps.html")),
    ("expired", ("apps_and_websites_off_of_instagram/apps_and_websites/expired_pps.html",
                 "apps_and_websites/expired_pps.html", "expired_pps.html", "expired_apps.html")),
]
IG_OFF_PAGES = ("apps_and_websites_off_of_instagram/apps_and_websites/your_activity_off_meta_technologies.html",
                "apps_and_websites/your_activity_off_meta_technologies.html",
                "your_activity_off_meta_technologies.html")
TZ_FILES = ("logged_information/location/timezone.json", "location/timezone.json", "timezone.json",
            "logged_information/location/timezone.html", "location/timezone.html", "timezone.html")

MAX_CLOSE_SEARCH = 256
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
SKIP = {"script", "style", "noscript", "template"}
BLOCK = {"div", "p", "tr", "li", "h1", "h2", "h3", "h4", "table", "section", "footer", "header", "br", "td", "th"}

UNKNOWN_ZONE_WARNING = ("times in this HTML export are in the account's local time zone, which the export does "
                        "not state (no timezone file found); they are shown as if they were UTC")


# --- a tiny DOM over html.parser -------------------------------------------------------------------

class Node:
    """An element: tag, classes, attributes and children (elements or text). No parent links, so no cycles."""

    __slots__ = ("tag", "classes", "attrs", "children")

    def __init__(self, tag: str, classes: frozenset[str] = frozenset(), attrs: dict[str, str] | None = None) -> None:
        self.tag = tag
        self.classes = classes
        self.attrs = attrs or {}
        self.children: list[Node | str] = []

    def iter(self) -> list[Node]:
        """Every descendant element (document order), iteratively."""
        out: list[Node] = []
        stack: list[Node] = [self]
        while stack:
            n = stack.pop()
            out.append(n)
            stack.extend(reversed([c for c in n.children if isinstance(c, Node)]))
        return out[1:]

    def find_all(self, tag: str | None = None, cls: str | None = None) -> list[Node]:
        return [n for n in self.iter() if (tag is None or n.tag == tag) and (cls is None or cls in n.classes)]

    def text(self) -> str:
        parts: list[str] = []
        stack: list[Node | str] = [self]
        while stack:
            n = stack.pop()
            if isinstance(n, str):
                parts.append(n)
                continue
            if n.tag in BLOCK:
                parts.append(" ")
            stack.extend(reversed(n.children))
        return " ".join("".join(parts).split())

    def own_text(self) -> str:
        """Text directly inside this element, before any child element (a label cell's label)."""
        out = []
        for c in self.children:
            if isinstance(c, str):
                out.append(c)
            else:
                break
        return " ".join("".join(out).split())

    def lines(self) -> list[str]:
        """Text split at block boundaries (for layouts without label cells)."""
        chunks: list[str] = []
        cur: list[str] = []
        stack: list[Node | str | None] = [self]
        while stack:
            n = stack.pop()
            if n is None:
                chunks.append("".join(cur))
                cur = []
            elif isinstance(n, str):
                cur.append(n)
            else:
                if n.tag in BLOCK:
                    chunks.append("".join(cur))
                    cur = []
                    stack.append(None)
                stack.extend(reversed(n.children))
        chunks.append("".join(cur))
        return [" ".join(c.split()) for c in chunks if c.strip()]


class _TreeBuilder(BudgetedHTMLParser):
    def __init__(self, cancel: CancelToken | None = None) -> None:
        super().__init__(convert_charrefs=True, cancel=cancel)
        self.root = Node("#root")
        self.open: list[Node] = [self.root]  # open elements, innermost last
        self.skip = 0
        self.title: list[str] = []  # pieces, joined once (1.5M `a<br>` after <title> must stay linear)
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in SKIP:
            self.skip += 1
            return
        if tag == "title":
            self._in_title = True
        if self.skip:
            return
        a = {k: (v or "") for k, v in attrs}
        node = Node(tag, frozenset(a["class"].split()) if "class" in a else frozenset(), a)
        self.open[-1].children.append(node)
        if tag not in VOID:
            self.open.append(node)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in SKIP or self.skip:
            return
        a = {k: (v or "") for k, v in attrs}
        self.open[-1].children.append(Node(tag, frozenset(a["class"].split()) if "class" in a else frozenset(), a))

    def handle_endtag(self, tag: str) -> None:
        if tag in SKIP:
            self.skip = max(0, self.skip - 1)
            return
        if tag == "title":
            self._in_title = False
        if self.skip or tag in VOID:
            return
        # Look a bounded way up: hostile pages with thousands of unclosed tags stay linear.
        for i in range(len(self.open) - 1, max(0, len(self.open) - 1 - MAX_CLOSE_SEARCH), -1):
            if self.open[i].tag == tag:
                del self.open[i:]  # closes anything left open inside it
                return
        # an end tag with no open element nearby is ignored

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title.append(data)
        if not self.skip:
            self.open[-1].children.append(data)


def parse_html(text: str, cancel: CancelToken | None = None) -> tuple[Node, str]:
    """(document root, <title> text). Never executes or fetches anything; raises HTMLTooComplex over budget."""
    b = _TreeBuilder(cancel)
    b.feed_all(text)
    return b.root, " ".join(html.unescape("".join(b.title)).split())


# --- records -------------------------------------------------------------------------------------

@dataclass
class Record:
    title: str = ""
    fields: list[tuple[str, str]] = field(default_factory=list)
    time: str = ""
    heading: str = ""  # the nearest heading before the record (status sections)
    links: list[str] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)


def _fields(node: Node) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for tr in node.find_all("tr"):
        tds = [c for c in tr.children if isinstance(c, Node) and c.tag in ("td", "th")]
        if len(tds) >= 2:
            out.append((tds[0].text(), tds[1].text()))
        elif len(tds) == 1:
            label = tds[0].own_text()
            rest = tds[0].text()
            value = rest[len(label):].strip() if rest.startswith(label) else rest
            if label and value:
                out.append((label, value))
            elif rest:
                out.append(("", rest))
    return out


def records_of(root: Node) -> tuple[list[Record], bool]:
    """Records on a page (outermost boxes, in order, each with the heading before it) and whether the
    2023+ class names were present."""
    nodes = root.iter()
    modern = any("_a6-g" in n.classes for n in nodes)

    def is_box(n: Node) -> bool:
        if modern:
            return "_a6-g" in n.classes
        return "uiBoxWhite" in n.classes or ("pam" in n.classes and n.tag == "div")

    if not modern and not any(is_box(n) for n in nodes):
        def is_box(n: Node) -> bool:  # no known classes: every table is a record
            return n.tag == "table"

    out: list[Record] = []
    heading = ""
    stack: list[Node] = [root]
    while stack:  # walk outside boxes only; a box is taken whole
        n = stack.pop()
        if n is not root and is_box(n):
            out.append(_record(n, heading))
            continue
        if n.tag in ("h1", "h2", "h3"):
            heading = n.text()
        stack.extend(reversed([c for c in n.children if isinstance(c, Node)]))
    return out, modern


def _record(b: Node, heading: str) -> Record:
    r = Record(heading=heading)
    inner = b.iter()
    hd = next((n for n in inner if n.tag in ("h2", "h3") or "_a6-h" in n.classes), None)
    if hd is not None:
        r.title = hd.text()
    r.fields = _fields(b)
    tm = next((n for n in inner if "_a72d" in n.classes or "_a6-o" in n.classes), None)
    if tm is not None:
        r.time = tm.text()
    r.links = [a.attrs.get("href", "") for a in inner if a.tag == "a" and a.attrs.get("href")]
    r.lines = b.lines()
    return r


# --- dates -----------------------------------------------------------------------------------------

_TIME = re.compile(r"(\d{1,2})\s*(?::|h)\s*(\d{2})(?:\s*:\s*(\d{2}))?\s*(a\.?\s?m\.?|p\.?\s?m\.?)?", re.I)
_OFFSET = re.compile(r"(?:UTC|GMT)\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?", re.I)
_NUMERIC = re.compile(r"(\d{1,4})[./-](\d{1,2})[./-](\d{1,4})")


def parse_display_date(s: str, tz: tzinfo | None) -> datetime | None:
    """Meta's localized display dates ('Jul 09, 2023 11:48:45 am', '9 juil. 2023, 11:48',
    '2016. június 16., 9:44 UTC+02', '09.07.2023 11:48') → aware UTC; None when it is not a date."""
    if not s or len(s) > 80:
        return None
    s = html.unescape(s).strip()
    zone: tzinfo | None = tz
    mo = _OFFSET.search(s)
    if mo:
        mins = int(mo.group(2)) * 60 + int(mo.group(3) or 0)
        if mins >= 24 * 60:  # "UTC+99": not an offset (timezone() would raise and lose the whole page)
            return None
        zone = timezone(timedelta(minutes=mins if mo.group(1) == "+" else -mins))
        s = s[:mo.start()] + s[mo.end():]
    hh = mm = ss = 0
    mt = _TIME.search(s)
    if mt:
        hh, mm, ss = int(mt.group(1)), int(mt.group(2)), int(mt.group(3) or 0)
        ampm = (mt.group(4) or "").replace(".", "").replace(" ", "").lower()
        if ampm == "pm" and hh < 12:
            hh += 12
        elif ampm == "am" and hh == 12:
            hh = 0
        s = s[:mt.start()] + " " + s[mt.end():]
    year = month = day = None
    words = re.findall(r"[^\W\d_]+\.?", s)
    for w in words:
        mn = month_of(w)
        if mn:
            month = mn
            break
    if month is not None:
        nums = [int(x) for x in re.findall(r"\d+", s)]
        years = [n for n in nums if n >= 1000]
        days = [n for n in nums if 1 <= n <= 31]
        if not years or not days:
            return None
        year, day = years[0], days[0]
    else:
        mn2 = _NUMERIC.search(s)
        if not mn2:
            return None
        a, b, c = (int(x) for x in mn2.groups())
        if a >= 1000:
            year, month, day = a, b, c
        elif c >= 1000:
            year = c
            sep = s[mn2.end(1):mn2.end(1) + 1]
            # Dots and dashes are day-first; slashes are month-first unless the first number cannot be a month.
            if sep == "/" and a <= 12:
                month, day = a, b
            else:
                day, month = a, b
        else:
            return None
    try:
        local = datetime(year, month, day, hh, mm, ss)
    except ValueError:
        return None
    if zone is None:
        zone = timezone.utc
    try:
        return local.replace(tzinfo=zone).astimezone(timezone.utc)
    except (OverflowError, ValueError):
        return None


def _zone(name: str) -> tzinfo | None:
    try:
        from zoneinfo import ZoneInfo

        return ZoneInfo(name)
    except Exception:  # ZoneInfoNotFoundError, ValueError for odd names, missing tzdata on Windows
        return None


_ZONE_NAME = re.compile(r"^[A-Za-z_]+(?:/[A-Za-z0-9_+\-]+)+$|^UTC$|^GMT$")


def read_time_zone(ctx: ImportContext) -> tuple[str | None, tzinfo | None]:
    """The account's time zone from timezone.json / timezone.html, when the export has one."""
    m = ctx.find(*TZ_FILES)
    if m is None:
        return None, None
    candidates: list[str] = []
    if m.name.lower().endswith(".json"):
        data = ctx.read_json(m, meta=True)
        lv = label_values(data) if isinstance(data, dict) else {}
        candidates += [v for k, v in lv.items() if isinstance(v, str) and field_of(k) == "time_zone"]
        stack = [data]
        while stack:  # any string that looks like a zone name, anywhere in the file
            n = stack.pop()
            if isinstance(n, str):
                candidates.append(n)
            elif isinstance(n, dict):
                stack.extend(n.values())
            elif isinstance(n, list):
                stack.extend(n)
    else:
        text = ctx.read_text(m)
        if text is None:
            return None, None
        parsed = ctx.guard(m, lambda: parse_html(text, ctx.tree.cancel))
        if parsed is None:
            return None, None
        recs, _ = records_of(parsed[0])
        for r in recs:
            candidates += [v for k, v in r.fields if field_of(k) == "time_zone"]
            candidates += [v for k, v in r.fields]
            candidates += r.lines
    for c in candidates:
        c = c.strip()
        if _ZONE_NAME.match(c):
            z = _zone(c)
            if z is not None:
                return c, z
            ctx.warn(f"{m.path}: the time zone {c} is not known on this computer; times are shown as UTC")
            return None, None
    ctx.warn(f"{m.path}: no time zone name found in this file")
    return None, None


# --- apps ------------------------------------------------------------------------------------------

def _page(ctx: ImportContext, m: Member) -> tuple[list[Record], bool, str] | None:
    text = ctx.read_text(m)
    if text is None:
        return None
    parsed = ctx.guard(m, lambda: parse_html(fix_mojibake(text), ctx.tree.cancel))
    if parsed is None:
        return None
    root, title = parsed
    recs, modern = records_of(root)
    return recs, modern, title


def _record_fields(r: Record, tz: tzinfo | None, primary: str = "added") -> tuple[dict[str, Any], list[str]]:
    """Map a record's labelled rows (or, without labels, its text lines) to app fields.

    `primary` is where an unlabelled date goes: 'added' on active pages, 'ended' on expired ones.
    """
    out: dict[str, Any] = {}
    unknown: list[str] = []
    if r.title:
        out["name"] = r.title
    rows = [(k, v) for k, v in r.fields if k or v]
    if not rows:  # older layout without label cells: "App name" then "Added on Jul 9, 2013" lines
        rows = [_split_label(line, tz) for line in r.lines]
    for label, value in rows:
        f = field_of(label) if label else None
        when = parse_display_date(value, tz)
        if assign_app_field(out, f, value, when):
            if f in ("expired", "removed"):
                out.setdefault("status_hint", f)
            continue
        if f == "status":
            st = status_word(value)
            if st:
                out["status_hint"] = st
        elif f is None:
            if label:
                unknown.append(label)
            if when and primary not in out:
                out[primary] = when
            elif when and "last_active" not in out:
                out["last_active"] = when
            elif value.isdigit() and "user_id" not in out:
                out["user_id"] = value
            elif value and not when and "name" not in out:
                out["name"] = value
    if r.time and primary not in out:
        t = parse_display_date(r.time, tz)
        if t:
            out[primary] = t
    return out, unknown


def _split_label(line: str, tz: tzinfo | None) -> tuple[str, str]:
    """'Added on Jul 09, 2013 3:10 pm' → ('Added on', 'Jul 09, 2013 3:10 pm'); a line without a date → ('', line)."""
    if parse_display_date(line, tz) is None:
        return "", line
    words = line.split()
    for i, w in enumerate(words):
        if any(ch.isdigit() for ch in w) or month_of(w):
            return " ".join(words[:i]), " ".join(words[i:])
    return "", line


def _grants_from_pages(ctx: ImportContext, platform: str, pages: list[tuple[Member, Status | None]],
                       tz: tzinfo | None) -> tuple[list[Grant], bool]:
    groups: dict[str, dict[str, Any]] = {}
    unknown: set[str] = set()
    modern_any = False
    rank = {"active": 0, "expired": 1, "removed": 2}
    for m, file_status in pages:
        page = _page(ctx, m)
        if page is None:
            continue
        recs, modern, _ = page
        modern_any = modern_any or modern
        if not recs:
            ctx.empty(m.path)
        for r in recs:
            f, unk = _record_fields(r, tz, "added" if file_status in (None, "active") else "ended")
            name = f.get("name")
            if not name or status_word(name) and len(name.split()) <= 4 and not f.get("added"):
                continue  # a section heading box ("Active apps and websites"), not an app
            unknown.update(unk)
            status: Status = file_status or f.get("status_hint") or status_word(r.heading) or "active"  # type: ignore[assignment]
            key = f"id:{f['user_id']}" if f.get("user_id") else f"name:{normalize_name(name)}"
            g = groups.setdefault(key, {"names": [], "statuses": [], "added": [], "ended": [], "last": [],
                                        "user_id": f.get("user_id"), "file": m.path})
            g["names"].append(name)
            g["statuses"].append(status)
            for src, dst in (("added", "added"), ("ended", "ended"), ("last_active", "last")):
                if f.get(src):
                    g[dst].append(f[src])
    if unknown:
        ctx.warn(f"HTML labels not recognised ({', '.join(sorted(unknown)[:5])}); values were read by position. "
                 "An export in English (JSON) is read best.")
    out = []
    for g in groups.values():
        status = min(g["statuses"], key=rank.__getitem__)
        out.append(Grant(
            platform=platform, app=g["names"][-1], app_id=g["user_id"] if platform == "facebook" else None,
            status=status, granted_at=min(g["added"]) if g["added"] else None,
            removed_at=max(g["ended"]) if status != "active" and g["ended"] else None,
            last_used_at=max(g["last"]) if g["last"] else None, user_app_id=g["user_id"],
            source=ctx.source_label, source_file=g["file"], record_count=len(g["names"]),
        ))
    return out, modern_any


# --- off-Meta activity ------------------------------------------------------------------------------

def _off_activity(ctx: ImportContext, platform: str, paths: tuple[str, ...], tz: tzinfo | None) -> list[ActivityRecord]:
    m = ctx.find(*paths)
    acc: dict[str, dict[str, Any]] = {}

    def add(business: str, fields: list[tuple[str, str]], extra_time: str, file: str) -> None:
        key = normalize_name(business)
        a = acc.setdefault(key, {"name": business, "count": 0, "times": [], "types": set(), "ids": set(),
                                 "file": file})
        if a["count"] == 0:
            a["file"] = file  # the page that holds the events (the overview may only link to it)
        n_events = 0
        for label, value in fields:
            f = field_of(label)
            if f == "received":
                n_events += 1
                t = parse_display_date(value, tz)
                if t:
                    a["times"].append(t)
            elif f == "event" and value:
                a["types"].add(value)
            elif f == "id" and value:
                a["ids"].add(value)
        if n_events == 0 and extra_time:
            n_events = 1
            t = parse_display_date(extra_time, tz)
            if t:
                a["times"].append(t)
        if n_events == 0:
            n_events = sum(1 for k, _ in fields if field_of(k) == "event")
        a["count"] += n_events

    if m is not None:
        page = _page(ctx, m)
        if page is not None:
            recs, _, _ = page
            if not recs:
                ctx.empty(m.path)
            for r in recs:
                if r.title:
                    add(r.title, r.fields, r.time, m.path)
    # 2026: one page per business in a subfolder, possibly in another part of the export.
    subpages = [x for x in ctx.tree.members()
                if f"/{OFF_SUBFOLDER}/" in "/" + x.path.casefold() and x.name.lower().endswith(".html")
                and (platform != "facebook" or "instagram" not in x.path)
                and (platform != "instagram" or "instagram" in x.path)]
    for sp in sorted(subpages, key=lambda x: x.path):
        page = _page(ctx, sp)
        if page is None:
            continue
        recs, _, title = page
        business = title or (recs[0].title if recs else "") or sp.name.rsplit(".", 1)[0].replace("_", " ")
        if normalize_name(business) in acc and acc[normalize_name(business)]["count"]:
            continue  # already counted from the overview page
        for r in recs:
            add(business, r.fields, r.time, sp.path)
    out = []
    for a in acc.values():
        times = a["times"]
        out.append(ActivityRecord(
            platform=platform, business=a["name"], event_count=a["count"],
            first_at=min(times) if times else None, last_at=max(times) if times else None,
            event_types=tuple(sorted(a["types"])), ids=tuple(sorted(a["ids"]))[:50], source_file=a["file"],
        ))
    return out


# --- entry points -----------------------------------------------------------------------------------

def _tz(ctx: ImportContext, res: ImportResult) -> tzinfo | None:
    name, tz = read_time_zone(ctx)
    res.time_zone = name
    if tz is None:
        ctx.warn(UNKNOWN_ZONE_WARNING)
    return tz


def facebook_html_score(tree: ArchiveTree) -> int:
    """Detection bonus for Facebook HTML exports whose folders alone do not say Facebook (2019–2020)."""
    pages = [p for _, ps in FB_APP_PAGES for p in ps] + list(FB_OFF_PAGES)
    return 10 if tree.find_first(*pages) is not None else 0


def has_facebook_html(tree: ArchiveTree) -> bool:
    return facebook_html_score(tree) > 0


def read_facebook_html(ctx: ImportContext, res: ImportResult) -> bool:
    """Fill `res` from a Facebook HTML export. False when it has no apps or off-activity page."""
    app_pages: list[tuple[Member, Status | None]] = []
    gen = ""
    for g, paths in FB_APP_PAGES:
        m = ctx.find(*paths)
        if m is not None:
            app_pages.append((m, None))
            gen = gen or g
    off = ctx.find(*FB_OFF_PAGES)
    if not app_pages and off is None:
        return False
    tz = _tz(ctx, res)
    grants, modern = _grants_from_pages(ctx, "facebook", app_pages, tz)
    res.grants.extend(grants)
    res.activity.extend(_off_activity(ctx, "facebook", FB_OFF_PAGES, tz))
    layout = "2023+ page layout" if modern else "older page layout"
    res.generation = f"{gen or 'unknown generation'} — HTML export ({layout})"
    return True


def read_instagram_html(ctx: ImportContext, res: ImportResult) -> bool:
    """Fill `res` from an Instagram HTML export. False when it has no apps or off-activity page."""
    pages: list[tuple[Member, Status | None]] = []
    for status, paths in IG_APP_PAGES:
        m = ctx.find(*paths)
        if m is not None:
            pages.append((m, status))
    off = ctx.find(*IG_OFF_PAGES)
    if not pages and off is None:
        return False
    tz = _tz(ctx, res)
    grants, modern = _grants_from_pages(ctx, "instagram", pages, tz)
    res.grants.extend(grants)
    res.activity.extend(_off_activity(ctx, "instagram", IG_OFF_PAGES, tz))
    res.generation = f"{res.generation or 'Instagram'} — HTML export"
    return True


__all__ = ["facebook_html_score", "has_facebook_html", "label_key", "parse_display_date", "parse_html",
           "read_facebook_html", "read_instagram_html", "records_of"]
