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
from html.parser import HTMLParser
from typing import Any

from core.archive.tree import ArchiveTree, Member
from core.importers.base import ImportContext, ImportResult, label_values
from core.importers.labels import (
    MONTH_FIRST_LANGS,
    assign_app_field,
    field_of,
    label_key,
    language_of,
    month_of,
    status_of_heading,
    status_word,
)
from core.model import ActivityRecord, Advertiser, Grant, Status
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
    ("removed", ("apps_and_websites_off_of_instagram/apps_and_websites/removed_apps.html",
                 "apps_and_websites/removed_apps.html")),
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


class _TreeBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#root")
        self.open: list[Node] = [self.root]  # open elements, innermost last
        self.open_count: dict[str, int] = {}  # how many of each tag are open: stray end tags cost O(1)
        self.skip = 0
        self.title = ""
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
            self.open_count[tag] = self.open_count.get(tag, 0) + 1

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
        if self.skip or tag in VOID or not self.open_count.get(tag):
            return
        # Look a bounded way up: hostile pages with thousands of unclosed tags stay linear.
        for i in range(len(self.open) - 1, max(0, len(self.open) - 1 - MAX_CLOSE_SEARCH), -1):
            if self.open[i].tag == tag:
                for closed in self.open[i:]:  # closes anything left open inside it
                    self.open_count[closed.tag] -= 1
                del self.open[i:]
                return
        # an end tag with no open element nearby is ignored

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
        if not self.skip:
            self.open[-1].children.append(data)


def parse_html(text: str) -> tuple[Node, str]:
    """(document root, <title> text). Never executes or fetches anything."""
    b = _TreeBuilder()
    b.feed(text)
    b.close()
    return b.root, " ".join(html.unescape(b.title).split())


# --- records -------------------------------------------------------------------------------------

@dataclass
class Record:
    title: str = ""
    fields: list[tuple[str, str]] = field(default_factory=list)
    time: str = ""
    heading: str = ""  # the status section (2023+ nested boxes) or the nearest heading before the record
    links: list[str] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)
    #: index of the enclosing section box on the page (2023+ nested layout), -1 outside any section
    section: int = -1
    #: text of the first link inside the record (an index page names its businesses in links)
    link_text: str = ""


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


BOX = "_a6-g"
HEADING = "_a6-h"


def _own(box: Node) -> tuple[Node | None, bool]:
    """A box's own heading (not one inside a nested box) and whether it holds nested boxes."""
    heading: Node | None = None
    nested = False
    stack = [c for c in reversed(box.children) if isinstance(c, Node)]
    while stack:
        n = stack.pop()
        if BOX in n.classes:
            nested = True
            continue
        if heading is None and (HEADING in n.classes or n.tag in ("h2", "h3")):
            heading = n
            continue
        stack.extend(reversed([c for c in n.children if isinstance(c, Node)]))
    return heading, nested


def records_of(root: Node, sections: list[str] | None = None) -> tuple[list[Record], bool]:
    """Records on a page, in order, and whether the 2023+ class names were present.

    2023+ pages nest boxes: a section box ("Active apps" heading) holds one box per app, itself wrapped in
    another box. Every innermost box is a record; it carries the heading and index of its section box, and
    section boxes (even empty ones, heading only) are listed in `sections`. Older pages: outermost boxes.
    """
    nodes = root.iter()
    modern = any(BOX in n.classes for n in nodes)
    secs: list[str] = sections if sections is not None else []
    if modern:
        return _modern_records(root, secs), True

    def is_box(n: Node) -> bool:
        return "uiBoxWhite" in n.classes or ("pam" in n.classes and n.tag == "div")

    if not any(is_box(n) for n in nodes):
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


def _modern_records(root: Node, sections: list[str]) -> list[Record]:
    out: list[Record] = []
    outside = ""  # a plain heading before the boxes (older 2023 pages put "Active" in an <h2> between them)
    stack: list[tuple[Node, str, int]] = [(root, "", -1)]
    nested_layout = any(_own(n)[1] for n in root.iter() if BOX in n.classes)
    while stack:
        n, sec_heading, sec_no = stack.pop()
        if n is not root and BOX in n.classes:
            hd, nested = _own(n)
            if nested:
                if hd is not None and hd.text():
                    sections.append(hd.text())
                    sec_heading, sec_no = hd.text(), len(sections) - 1
                stack.extend((c, sec_heading, sec_no) for c in reversed(n.children) if isinstance(c, Node))
                continue
            r = _record(n, sec_heading or outside)
            r.section = sec_no
            if hd is not None:
                r.title = hd.text()
            # A section with nothing in it (heading and description only): every section of a page can be
            # empty, so this is decided by content too, not only by other sections holding nested boxes.
            bare = len(r.lines) <= 2 and not r.links and not any(c.isdigit() for c in " ".join(r.lines[1:]))
            if sec_no < 0 and hd is not None and not r.fields and (nested_layout or bare):
                sections.append(r.title)
                continue
            out.append(r)
            continue
        if sec_no < 0 and n.tag in ("h1", "h2", "h3"):
            outside = n.text()
        stack.extend((c, sec_heading, sec_no) for c in reversed(n.children) if isinstance(c, Node))
    return out


def _record(b: Node, heading: str) -> Record:
    r = Record(heading=heading)
    inner = b.iter()
    hd = next((n for n in inner if n.tag in ("h2", "h3") or HEADING in n.classes), None)
    if hd is not None:
        r.title = hd.text()
    r.fields = _fields(b)
    tm = next((n for n in inner if "_a72d" in n.classes or "_a6-o" in n.classes), None)
    if tm is not None:
        r.time = tm.text()
    anchors = [a for a in inner if a.tag == "a" and a.attrs.get("href")]
    r.links = [a.attrs.get("href", "") for a in anchors]
    r.link_text = anchors[0].text() if anchors else ""
    r.lines = b.lines()
    return r


# --- dates -----------------------------------------------------------------------------------------

_TIME = re.compile(r"(\d{1,2})\s*(?::|h)\s*(\d{2})(?:\s*:\s*(\d{2}))?\s*(a\.?\s?m\.?|p\.?\s?m\.?)?", re.I)
_OFFSET = re.compile(r"(?:UTC|GMT)\s*([+\-\u2212])\s*(\d{1,2})(?::?(\d{2}))?", re.I)
_NUMERIC = re.compile(r"(\d{1,4})[./-](\d{1,2})[./-](\d{1,4})")
#: "2021年10月19日", and Meta's zh/ja/ko display form "10 月 19, 2021" (month, day, year).
_CJK_YMD = re.compile(r"(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})")
_CJK_MDY = re.compile(r"(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]?\s*,?\s*(\d{4})")
_CJK_PM = ("下午", "午後", "오후")
_CJK_AM = ("上午", "午前", "오전")


def parse_display_date(s: str, tz: tzinfo | None, *, day_first: bool | None = None,
                       ambiguous: list[str] | None = None) -> datetime | None:
    """Meta's localized display dates ('Jul 09, 2023 11:48:45 am', '9 juil. 2023, 11:48', '9 Tem 2023',
    '10 月 19, 2021 6:37:03 上午', '2016. június 16., 9:44 UTC+02', '09.07.2023 11:48') → aware UTC; None when
    it is not a date. A numeric date whose day and month could be swapped is read with `day_first` (the
    export language's order; without it, slashes are month-first) and added to `ambiguous`."""
    if not s or len(s) > 80:
        return None
    s = html.unescape(s).strip()
    zone: tzinfo | None = tz
    mo = _OFFSET.search(s)
    if mo:
        mins = int(mo.group(2)) * 60 + int(mo.group(3) or 0)
        zone = timezone(timedelta(minutes=mins if mo.group(1) == "+" else -mins))
        s = s[:mo.start()] + s[mo.end():]
    hh = mm = ss = 0
    mt = _TIME.search(s)
    if mt:
        hh, mm, ss = int(mt.group(1)), int(mt.group(2)), int(mt.group(3) or 0)
        ampm = (mt.group(4) or "").replace(".", "").replace(" ", "").lower()
        if not ampm and any(x in s for x in _CJK_PM):
            ampm = "pm"
        elif not ampm and any(x in s for x in _CJK_AM):
            ampm = "am"
        if ampm == "pm" and hh < 12:
            hh += 12
        elif ampm == "am" and hh == 12:
            hh = 0
        s = s[:mt.start()] + " " + s[mt.end():]
    year = month = day = None
    cy = _CJK_YMD.search(s)
    cm = _CJK_MDY.search(s) if cy is None else None
    if cy:
        year, month, day = int(cy.group(1)), int(cy.group(2)), int(cy.group(3))
    elif cm:
        month, day, year = int(cm.group(1)), int(cm.group(2)), int(cm.group(3))
    else:
        for w in re.findall(r"[^\W\d_]+\.?", s):
            mn = month_of(w)
            if mn:
                month = mn
                break
    if year is not None:
        pass
    elif month is not None:
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
            if a > 12 or b > 12:
                day, month = (a, b) if a > 12 else (b, a)
            else:
                if a != b and ambiguous is not None:
                    ambiguous.append(mn2.group(0))
                # The export's language decides; without it dots and dashes are day-first, slashes month-first.
                first_is_day = day_first if day_first is not None else sep != "/"
                day, month = (a, b) if first_is_day else (b, a)
        else:
            return None
    if year is None or month is None or day is None:
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
        root, _ = parse_html(text)
        recs, _ = records_of(root)
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


# --- pages, header, language ---------------------------------------------------------------------

#: "Generated by NAME on DATE at TIME UTC±hh:mm" in the page header, per language (name, then date).
_GENERATED = re.compile(
    r"^\s*(?:Generated by|Generado por|Généré par|Erstellt von|Generato da|Gerado por|Gegenereerd door|"
    r"Wygenerowane przez|Wygenerowano przez|Oluşturan:?|Создано(?: пользователем)?|Сгенерировано)\s+(.+)\s+"
    r"(?:on|el|le|am|il|em|op|dnia|в|tarihinde)\s+(.*\d.*)$", re.I)

#: The same header in zh ("由 NAME 於 DATE 產生") and ja ("NAMEがDATEに生成").
_GENERATED_CJK = re.compile(r"^\s*(?:由\s*(.+?)\s*於\s*(.+?)\s*(?:產生|建立|生成)"
                            r"|(.+?)\s*が\s*(.+?)\s*に(?:生成|作成).*)\s*$")


@dataclass
class Page:
    """One parsed HTML page of an export."""

    member: Member
    records: list[Record]
    modern: bool
    title: str
    #: headings of the 2023+ section boxes, in page order (empty sections included)
    sections: list[str]
    #: the "Generated by ..." header line, "" when the page has none
    header: str


def _header(root: Node) -> str:
    box = next((n for n in root.iter() if "_aoaa" in n.classes), None)
    if box is not None:
        return box.text()
    for line in root.lines()[:12]:  # the header sits before the page body; a record's date is not a header
        if _OFFSET.search(line) and (_GENERATED.match(line) or _GENERATED_CJK.match(line)):
            return line
    return ""


def _page(ctx: ImportContext, m: Member, cache: dict[str, Page] | None = None) -> Page | None:
    if cache is not None and m.path in cache:
        return cache[m.path]
    text = ctx.read_text(m)
    if text is None:
        return None
    root, title = parse_html(fix_mojibake(text))
    sections: list[str] = []
    recs, modern = records_of(root, sections)
    page = Page(m, recs, modern, title, sections, _header(root))
    if cache is not None:
        cache[m.path] = page
    return page


@dataclass
class _Env:
    """How dates on this export's pages are read: zone, the export language's day/month order."""

    tz: tzinfo | None = None
    lang: str | None = None
    ambiguous: dict[str, list[str]] = field(default_factory=dict)

    def date(self, s: str, file: str) -> datetime | None:
        amb: list[str] = []
        day_first = None if self.lang is None else self.lang not in MONTH_FIRST_LANGS
        t = parse_display_date(s, self.tz, day_first=day_first, ambiguous=amb)
        if amb and t is not None:
            self.ambiguous.setdefault(file, []).extend(amb)
        return t

    def report(self, ctx: ImportContext) -> None:
        for file, examples in self.ambiguous.items():
            if self.lang is None:
                how = ("read as month/day for slashes and day/month otherwise, because the export's language "
                       "is not known")
            elif self.lang in MONTH_FIRST_LANGS:
                how = f"read as month/day, the order of the export's language ({self.lang})"
            else:
                how = f"read as day/month, the order of the export's language ({self.lang})"
            ctx.warn(f"{file}: {len(examples)} date(s) such as {examples[0]} could be day/month or month/day; "
                     f"{how}. Check them on the platform if the order matters.")


def _read_header(ctx: ImportContext, res: ImportResult, pages: list[Page]) -> tzinfo | None:
    """Owner and export time from the "Generated by NAME on DATE" header; its UTC offset as a zone."""
    for p in pages:
        if not p.header:
            continue
        mo = _OFFSET.search(p.header)
        zone: tzinfo | None = None
        if mo:
            mins = int(mo.group(2)) * 60 + int(mo.group(3) or 0)
            zone = timezone(timedelta(minutes=mins if mo.group(1) == "+" else -mins))
        mg = _GENERATED.match(p.header)
        owner, when_text = (mg.group(1), mg.group(2)) if mg else (None, p.header)
        mc = _GENERATED_CJK.match(p.header) if mg is None else None
        if mc:
            owner, when_text = mc.group(1) or mc.group(3), mc.group(2) or mc.group(4)
        if owner and owner.strip() and not res.owner:
            res.owner = owner.strip()
            res.identity.add(res.owner)
        when = parse_display_date(when_text, zone)
        if when is None and not (mg or mc):
            digit = re.search(r"\d", p.header)
            if digit:
                when = parse_display_date(p.header[max(0, digit.start() - 15):], zone)
        if when is not None and res.exported_at is None:
            res.exported_at = when
        if zone is not None:
            return zone
    return None


def _language(pages: list[Page]) -> str | None:
    texts: list[str] = []
    for p in pages:
        texts += p.sections
        for r in p.records[:200]:
            texts += [k for k, _ in r.fields if k]
    return language_of(texts)


# --- apps ------------------------------------------------------------------------------------------

def _record_fields(r: Record, env: _Env, file: str, primary: str = "added") -> tuple[dict[str, Any], list[str]]:
    """Map a record's labelled rows (or, without labels, its text lines) to app fields.

    `primary` is where an unlabelled date goes: 'added' on active pages, 'ended' on expired ones.
    """
    out: dict[str, Any] = {}
    unknown: list[str] = []
    if r.title:
        out["name"] = r.title
    rows = [(k, v) for k, v in r.fields if k or v]
    if not rows:  # older layout without label cells: "App name" then "Added on Jul 9, 2013" lines
        rows = [_split_label(line, env.tz) for line in r.lines]
    for label, value in rows:
        f = field_of(label) if label else None
        when = env.date(value, file)
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
        t = env.date(r.time, file)
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


ORDER: tuple[Status, ...] = ("active", "expired", "removed")


def section_statuses(ctx: ImportContext, file: str, headings: list[str]) -> list[Status]:
    """The status of each section box; headings not recognised take their place in Meta's fixed order
    (Active → Expired → Removed) after the known ones, with a warning naming the file."""
    known: list[Status | None] = [status_of_heading(h) for h in headings]  # type: ignore[misc]
    out: list[Status] = []
    unknown: list[str] = []
    for i, st in enumerate(known):
        if st is None:
            unknown.append(headings[i])
            start = ORDER.index(out[-1]) + 1 if out else 0
            free = [o for o in ORDER[start:] if o not in known]
            st = free[0] if free else ORDER[min(i, 2)]
        out.append(st)
    if unknown:
        shown = "; ".join(f"{h} → {out[headings.index(h)]}" for h in unknown[:3])
        ctx.warn(f"{file}: section heading(s) not recognised ({shown}); their status was taken from their place "
                 "on the page (Active, then Expired, then Removed). Check the statuses on the platform.")
    return out


def _grants_from_pages(ctx: ImportContext, platform: str, pages: list[tuple[Page, Status | None]],
                       env: _Env) -> tuple[list[Grant], bool]:
    groups: dict[str, dict[str, Any]] = {}
    unknown: dict[str, set[str]] = {}
    modern_any = False
    rank = {"active": 0, "expired": 1, "removed": 2}
    for page, file_status in pages:
        m = page.member
        modern_any = modern_any or page.modern
        sec_status = section_statuses(ctx, m.path, page.sections) if page.sections else []
        if not page.records:
            ctx.empty(m.path)
        for r in page.records:
            status: Status
            if file_status is not None:
                status = file_status
            elif 0 <= r.section < len(sec_status):
                status = sec_status[r.section]
            else:
                status = status_of_heading(r.heading) or "active"  # type: ignore[assignment]
            f, unk = _record_fields(r, env, m.path, "added" if status == "active" else "ended")
            name = f.get("name")
            if not name:
                continue
            if not page.sections and status_word(name) and len(name.split()) <= 4 and not f.get("added"):
                continue  # older flat pages: a section heading box ("Active apps and websites"), not an app
            if unk:
                unknown.setdefault(m.path, set()).update(unk)
            if file_status is None and r.section < 0 and f.get("status_hint"):
                status = f["status_hint"]
            key = f"id:{f['user_id']}" if f.get("user_id") else f"name:{normalize_name(name)}"
            g = groups.setdefault(key, {"names": [], "statuses": [], "added": [], "ended": [], "last": [],
                                        "user_id": f.get("user_id"), "file": m.path})
            g["names"].append(name)
            g["statuses"].append(status)
            for src, dst in (("added", "added"), ("ended", "ended"), ("last_active", "last")):
                if f.get(src):
                    g[dst].append(f[src])
    for file, labels in unknown.items():
        ctx.warn(f"{file}: HTML labels not recognised ({', '.join(sorted(labels)[:5])}); values were read by "
                 "position. An export in English (JSON) is read best.")
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

def _business_of(r: Record) -> str:
    """The business a record is about: its heading, a "Name" row, its link, or (events nested in a business
    box) the enclosing box's heading."""
    if r.title:
        return r.title
    named = next((v for k, v in r.fields if k and field_of(k) == "name" and v), "")
    if named:
        return named
    if r.link_text and len(r.fields) <= 1:
        return r.link_text
    if r.section >= 0 and r.heading:
        return r.heading
    if len(r.lines) == 1:
        return r.lines[0]
    return ""


def _off_activity(ctx: ImportContext, platform: str, paths: tuple[str, ...], env: _Env,
                  cache: dict[str, Page]) -> list[ActivityRecord]:
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
                t = env.date(value, file)
                if t:
                    a["times"].append(t)
            elif f == "event" and value:
                a["types"].add(value)
            elif f == "id" and value:
                a["ids"].add(value)
        if n_events == 0 and extra_time:
            n_events = 1
            t = env.date(extra_time, file)
            if t:
                a["times"].append(t)
        if n_events == 0:
            n_events = sum(1 for k, _ in fields if field_of(k) == "event")
        a["count"] += n_events

    if m is not None:
        page = _page(ctx, m, cache)
        if page is not None:
            if not page.records:
                ctx.empty(m.path)
            for r in page.records:
                business = _business_of(r)
                if business:
                    add(business, r.fields, r.time, m.path)
    # 2026: one page per business in a subfolder, possibly in another part of the export.
    subpages = [x for x in ctx.tree.members()
                if f"/{OFF_SUBFOLDER}/" in "/" + x.path.casefold() and x.name.lower().endswith(".html")
                and (platform != "facebook" or "instagram" not in x.path)
                and (platform != "instagram" or "instagram" in x.path)]
    for sp in sorted(subpages, key=lambda x: x.path):
        page = _page(ctx, sp, cache)
        if page is None:
            continue
        recs, title = page.records, page.title
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


# --- advertisers (2019–2020 HTML) ---------------------------------------------------------------------

FB_ADV_PAGES = ("ads/advertisers_who_uploaded_a_contact_list_with_your_information.html",
                "ads_and_businesses/advertisers_who_uploaded_a_contact_list_with_your_information.html",
                "ads_information/advertisers_who_uploaded_a_contact_list_with_your_information.html")


def _advertisers(ctx: ImportContext, cache: dict[str, Page]) -> list[Advertiser]:
    """Advertiser names on the contact-list page: one per box, or one per line in a box listing several."""
    m = ctx.find(*FB_ADV_PAGES)
    if m is None:
        return []
    page = _page(ctx, m, cache)
    if page is None:
        return []
    skip = {normalize_name(page.title)} | {normalize_name(h) for h in page.sections}
    found: dict[str, str] = {}
    for r in page.records:
        names = [r.title] if r.title and r.fields == [] and len(r.lines) <= 1 else r.lines
        for line in names:
            key = normalize_name(line)
            if not key or key in skip or len(line) > 120 or key in found:
                continue
            if r.title and normalize_name(r.title) == key and len(r.lines) > 1:
                continue  # the box's heading above a list of names
            found[key] = line
    if not found:
        ctx.empty(m.path)
    return [Advertiser("facebook", n, ("uploaded a list with your information",), m.path) for n in found.values()]


# --- apps the person administers -------------------------------------------------------------------

FB_ADMINED_PAGES = ("apps_and_websites_off_of_facebook/your_apps.html", "apps_and_websites/your_apps.html")


def _admined(ctx: ImportContext, env: _Env, cache: dict[str, Page]) -> list[Grant]:
    """Apps the person develops or administers (your_apps.html): their own, not third parties."""
    m = ctx.find(*FB_ADMINED_PAGES)
    page = _page(ctx, m, cache) if m is not None else None
    if m is None or page is None:
        return []
    out: list[Grant] = []
    for r in page.records:
        f, _ = _record_fields(r, env, m.path)
        name = f.get("name")
        if name and not (page.sections and normalize_name(name) in {normalize_name(h) for h in page.sections}):
            out.append(Grant(platform="facebook", app=name, app_id=None, status="active", granted_at=f.get("added"),
                             kind="administered_app", source=ctx.source_label, source_file=m.path))
    if not out:
        ctx.empty(m.path)
    return out


# --- entry points -----------------------------------------------------------------------------------

def _env(ctx: ImportContext, res: ImportResult, pages: list[Page]) -> _Env:
    """Zone: the timezone file's named zone, else the header's UTC offset; else times are taken as UTC."""
    name, tz = read_time_zone(ctx)
    header_tz = _read_header(ctx, res, pages)
    if tz is None and header_tz is not None:
        tz = header_tz
        name = header_tz.tzname(None)  # "UTC-05:00": the offset the header states
    res.time_zone = name
    if tz is None:
        ctx.warn(UNKNOWN_ZONE_WARNING)
    return _Env(tz=tz, lang=_language(pages))


def facebook_html_score(tree: ArchiveTree) -> int:
    """Detection bonus for Facebook HTML exports whose folders alone do not say Facebook (2019–2020)."""
    pages = [p for _, ps in FB_APP_PAGES for p in ps] + list(FB_OFF_PAGES) + list(FB_ADV_PAGES)
    return 10 if tree.find_first(*pages) is not None else 0


def has_facebook_html(tree: ArchiveTree) -> bool:
    return facebook_html_score(tree) > 0


def read_facebook_html(ctx: ImportContext, res: ImportResult) -> bool:
    """Fill `res` from a Facebook HTML export. False when it has no apps, off-activity or advertisers page."""
    cache: dict[str, Page] = {}
    app_members: list[Member] = []
    gen = ""
    for g, paths in FB_APP_PAGES:
        m = ctx.find(*paths)
        if m is not None:
            app_members.append(m)
            gen = gen or g
    off = ctx.find(*FB_OFF_PAGES)
    adv = ctx.find(*FB_ADV_PAGES)
    if not app_members and off is None and adv is None:
        return False
    pages = [p for p in (_page(ctx, m, cache) for m in app_members) if p is not None]
    first = [p for p in (_page(ctx, x, cache) for x in (off, adv) if x is not None) if p is not None]
    env = _env(ctx, res, pages + first)
    grants, modern = _grants_from_pages(ctx, "facebook", [(p, None) for p in pages], env)
    res.grants.extend(grants)
    res.activity.extend(_off_activity(ctx, "facebook", FB_OFF_PAGES, env, cache))
    res.advertisers.extend(_advertisers(ctx, cache))
    res.grants.extend(_admined(ctx, env, cache))
    env.report(ctx)
    layout = "2023+ page layout" if modern else "older page layout"
    res.generation = f"{gen or 'unknown generation'} — HTML export ({layout})"
    return True


IG_PROFILE_PAGES = ("personal_information/personal_information/personal_information.html",
                    "personal_information/personal_information.html", "account_information/personal_information.html")
_IG_USERNAME = ("username", "benutzername", "nom d'utilisateur", "nombre de usuario", "gebruikersnaam",
                "nome de usuário", "nome utente", "nazwa użytkownika", "kullanıcı adı", "имя пользователя")


def _ig_owner(ctx: ImportContext, res: ImportResult, cache: dict[str, Page]) -> None:
    """The owner from personal_information.html ("Username" and "Name" rows) when no header named them."""
    m = ctx.find(*IG_PROFILE_PAGES)
    page = _page(ctx, m, cache) if m is not None else None
    if page is None:
        return
    for r in page.records:
        for label, value in r.fields:
            key, value = label.strip().casefold(), value.strip()
            if not value:
                continue
            if key in _IG_USERNAME and not res.owner_id:
                res.owner_id = value
                res.identity.add(value)
            elif field_of(label) == "name" and not res.owner:
                res.owner = value
                res.identity.add(value)


def read_instagram_html(ctx: ImportContext, res: ImportResult) -> bool:
    """Fill `res` from an Instagram HTML export. False when it has no apps or off-activity page."""
    cache: dict[str, Page] = {}
    found: list[tuple[Member, Status]] = []
    for status, paths in IG_APP_PAGES:
        m = ctx.find(*paths)
        if m is not None:
            found.append((m, status))
    off = ctx.find(*IG_OFF_PAGES)
    if not found and off is None:
        return False
    pages = [(p, st) for p, st in ((_page(ctx, m, cache), st) for m, st in found) if p is not None]
    extra = [p for p in ([_page(ctx, off, cache)] if off is not None else []) if p is not None]
    env = _env(ctx, res, [p for p, _ in pages] + extra)
    _ig_owner(ctx, res, cache)
    grants, _ = _grants_from_pages(ctx, "instagram", list(pages), env)  # type: ignore[arg-type]
    res.grants.extend(grants)
    res.activity.extend(_off_activity(ctx, "instagram", IG_OFF_PAGES, env, cache))
    env.report(ctx)
    res.generation = f"{res.generation or 'Instagram'} — HTML export"
    return True


__all__ = ["facebook_html_score", "has_facebook_html", "label_key", "parse_display_date", "parse_html",
           "read_facebook_html", "read_instagram_html", "records_of", "section_statuses"]
