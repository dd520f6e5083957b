"""Facebook "Download Your Information" JSON: connected apps of every generation, off-activity, advertisers."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime, timezone
from typing import Any

from core.archive.tree import ArchiveTree, Member
from core.importers.base import ImportContext, Importer, ImportResult, label_values, records
from core.importers.facebook_pages import facebook_html_score
from core.model import ActivityRecord, Advertiser, Grant, Status
from core.slices import release
from core.text import as_id, from_epoch, normalize_name

# Connected-apps file per generation, newest first: (generation label, candidate paths).
APP_FILES: list[tuple[str, tuple[str, ...]]] = [
    ("G4 (2023–2025)", ("apps_and_websites_off_of_facebook/connected_apps_and_websites.json",
                        "connected_apps_and_websites.json")),
    ("G3 (2021–2022)", ("apps_and_websites_off_of_facebook/apps_and_websites.json",)),
    ("G2 (2019–2020)", ("apps_and_websites/apps_and_websites.json",)),
    ("G1 (2018)", ("apps/installed_apps.json",)),
]
OFF_ACTIVITY_FILES = (
    "apps_and_websites_off_of_facebook/your_activity_off_meta_technologies.json",
    "apps_and_websites_off_of_facebook/your_off-facebook_activity.json",
    "ads_and_businesses/your_off-facebook_activity.json",
    "your_activity_off_meta_technologies.json",
    "your_off-facebook_activity.json",
)
ADVERTISER_FILES = (
    "advertisers_using_your_activity_or_information.json",
    "advertisers_who_uploaded_a_contact_list_with_your_information.json",
)
POSTS_FILES = (
    "apps_and_websites_off_of_facebook/posts_from_apps_and_websites.json",
    "apps_and_websites/posts_from_apps_and_websites.json",
    "apps/posts_from_apps.json",
)
ADMINED_FILES = ("apps_and_websites_off_of_facebook/your_apps.json", "apps_and_websites/your_apps.json")
PROFILE_FILES = ("profile_information/profile_information.json", "personal_information/profile_information.json")

MARKER_DIRS = ("apps_and_websites_off_of_facebook", "your_activity_across_facebook", "your_facebook_activity")

_VIA = re.compile(r"\bvia (.+?)\.?\s*$")
_ACTOR = re.compile(r"^(.+?) (?:posted|shared|played|updated|added|was|is|published|listened|watched|used)\b")

STATUS_RANK = {"active": 0, "expired": 1, "removed": 2}


class _Group:
    """Records of one app (plain slots: thousands are made per export)."""

    __slots__ = ("name", "app_id", "category", "categories", "added", "removed", "count")

    def __init__(self, app_id: str | None, name: str, category: str, added: float | None,
                 removed: float | None) -> None:
        #: the newest record's name (a re-added app may have been renamed)
        self.name = name
        self.app_id = app_id
        #: the first record's category; `categories` holds them all once a record with another one is merged
        self.category = category
        self.categories: set[str] | None = None
        #: epoch seconds (earliest added, latest removed; 0 or None: not known); converted to datetimes once per
        #: group
        self.added = added
        self.removed = removed
        self.count = 1

    def merge(self, name: str, category: str, added: float | None, removed: float | None) -> None:
        """Another record of the same app (rare: most apps have one record)."""
        self.count += 1
        self.name = name
        if category != self.category or self.categories is not None:
            if self.categories is None:
                self.categories = {self.category}
            self.categories.add(category)
        if added and (not self.added or added < self.added):
            self.added = added
        if removed and (not self.removed or removed > self.removed):
            self.removed = removed

    @property
    def status(self) -> Status:
        """_status of every record's category."""
        if self.categories is None:
            return _STATUS_OF_ONE.get(self.category, "removed")
        return _status(self.categories)


def _epoch(value: Any) -> float | None:
    """Epoch seconds as a number (0, junk or negative -> None), with from_epoch's rules for the rest."""
    if type(value) is int and 0 < value < 10_000_000_000:  # the common case: Meta writes integer seconds
        return value
    dt = from_epoch(value)  # milliseconds, strings, junk and 10**400 alike: None instead of an overflow
    return dt.timestamp() if dt else None


def _when(seconds: float) -> datetime | None:
    """from_epoch, with the common case (integer seconds, as _epoch passes them on) done directly."""
    if type(seconds) is int and 0 < seconds < 10_000_000_000:
        return datetime.fromtimestamp(seconds, timezone.utc)  # tz by position, as in from_epoch
    return from_epoch(seconds)


def _status(categories: Iterable[str]) -> Status:
    cats = set(categories)
    if "active" in cats or "" in cats:
        return "active"
    if "inactive" in cats or "expired" in cats:
        return "expired"
    return "removed"


#: _status of a group whose records all have one category (nearly every group: one record per app).
_STATUS_OF_ONE: dict[str, Status] = {"active": "active", "": "active", "inactive": "expired", "expired": "expired"}


class FacebookImporter(Importer):
    platform = "facebook"
    title = "Facebook"

    @classmethod
    def detect(cls, tree: ArchiveTree) -> int:
        score = 0
        for _, paths in APP_FILES:
            if tree.find_first(*paths) is not None:
                score += 10
        for d in MARKER_DIRS:
            if tree.has_dir(d):
                score += 5
        if tree.find_first(*OFF_ACTIVITY_FILES) is not None:
            score += 3
        if tree.has_dir("ads_information") or tree.has_dir("profile_information"):
            score += 2
        score += facebook_html_score(tree)  # HTML-only exports (read by meta_html)
        return score

    def run(self, ctx: ImportContext) -> ImportResult:
        res = ImportResult()
        # Each section on its own: an odd value in the profile or advertisers never costs the apps.
        ctx.attempt("the profile", lambda: self._profile(ctx, res), None)
        no_posts: dict[str, datetime] = {}
        last_post = ctx.attempt("posts from apps", lambda: self._posts(ctx, res), no_posts)
        ctx.attempt("connected apps", lambda: self._apps(ctx, res, last_post), None)
        ctx.attempt("apps you administer", lambda: self._admined(ctx, res), None)
        no_activity: tuple[list[ActivityRecord], bool] = ([], False)
        activity, record_shape = ctx.attempt("off-Facebook activity", lambda: read_off_activity(
            ctx, OFF_ACTIVITY_FILES, "facebook", ("off_facebook_activity_v2", "off_facebook_activity")), no_activity)
        res.activity.extend(activity)
        if record_shape and res.generation.startswith("G4"):
            res.generation = "G5 (2026)"  # same apps file, but label_values record lists elsewhere
        res.advertisers.extend(ctx.attempt("advertisers", lambda: self._advertisers(ctx), []))
        if not (res.grants or res.activity or res.advertisers) and facebook_html_score(ctx.tree):
            from core.importers.meta_html import read_facebook_html  # only HTML exports need the HTML reader

            read_facebook_html(ctx, res)  # an HTML export: no JSON to read
        return res

    # --- connected apps -----------------------------------------------------------------------

    def _apps(self, ctx: ImportContext, res: ImportResult, last_post: dict[str, datetime]) -> None:
        for generation, paths in APP_FILES:
            m = ctx.find(*paths)
            if m is None:
                continue
            data = ctx.read_json(m, meta=True)
            if data is None:
                continue
            recs = records(data, "installed_apps_v2", "installed_apps")
            if recs is None:
                if isinstance(data, dict) and "label_values" in data:
                    ctx.warn(f"{m.path}: this newer layout of connected apps is not understood yet; skipped")
                else:
                    ctx.unknown_shape(m, data)
                continue
            res.generation = res.generation or generation
            if not recs:
                ctx.empty(m.path)
            res.grants.extend(group_apps(ctx, m, recs, last_post))
            release(data)  # 100,000 parsed records freed at once would stall a window scanning in the background
        if not res.generation:
            for p in ("apps_and_websites_off_of_facebook/no-data.txt", "apps_and_websites/no-data.txt"):
                if ctx.find(p) is not None:
                    ctx.empty(p)

    def _admined(self, ctx: ImportContext, res: ImportResult) -> None:
        m = ctx.find(*ADMINED_FILES)
        if m is None:
            return
        recs = ctx.json_records(m, "admined_apps_v2", "admined_apps", meta=True)
        if recs is None:
            return
        for r in ctx.each(recs):  # cancel checked as the loop runs
            if isinstance(r, dict) and isinstance(r.get("name"), str) and r["name"].strip():
                res.grants.append(Grant(
                    platform="facebook", app=r["name"].strip(), app_id=None, status="active",
                    granted_at=from_epoch(r.get("added_timestamp")), kind="administered_app",
                    source=ctx.source_label, source_file=m.path,
                ))

    # --- posts through apps: evidence of use ---------------------------------------------------

    def _posts(self, ctx: ImportContext, res: ImportResult) -> dict[str, datetime]:
        last: dict[str, datetime] = {}
        m = ctx.find(*POSTS_FILES)
        if m is None:
            return last
        recs = ctx.json_records(m, "app_posts_v2", "app_posts", meta=True)
        if recs is None:
            return last
        for r in ctx.each(recs):  # cancel checked as the loop runs
            if not isinstance(r, dict):
                continue
            when = from_epoch(r.get("timestamp"))
            raw_title = r.get("title")
            title = raw_title if isinstance(raw_title, str) else ""
            names = []
            mv = _VIA.search(title)
            if mv:
                names.append(mv.group(1))
            ma = _ACTOR.match(title)
            if ma:
                res.identity.add(ma.group(1))
            for name in names:
                key = normalize_name(name)
                if when and (key not in last or when > last[key]):
                    last[key] = when
        return last

    # --- profile: whose export this is (owner), and identifiers for redaction ---------------------

    def _profile(self, ctx: ImportContext, res: ImportResult) -> None:
        m = ctx.find(*PROFILE_FILES)
        if m is None:
            return
        data = ctx.read_json(m, meta=True)
        prof = data.get("profile_v2") or data.get("profile") if isinstance(data, dict) else None
        if not isinstance(prof, dict):
            return
        name = prof.get("name")
        if isinstance(name, dict):
            res.identity.update(v for v in name.values() if isinstance(v, str) and v.strip())
            full = name.get("full_name")
            if isinstance(full, str) and full.strip():
                res.owner = full.strip()
        elif isinstance(name, str):
            res.identity.add(name)
            if name.strip():
                res.owner = name.strip()
        emails = prof.get("emails")
        if isinstance(emails, dict):
            for v in emails.values():
                if isinstance(v, list):
                    res.identity.update(e for e in v if isinstance(e, str))
        if isinstance(prof.get("username"), str):
            res.identity.add(prof["username"])
            if prof["username"].strip():
                res.owner_id = prof["username"].strip()
        phones = prof.get("phone_numbers")
        for ph in phones if isinstance(phones, list) else []:
            if isinstance(ph, dict) and isinstance(ph.get("phone_number"), str):
                res.identity.add(ph["phone_number"])

    # --- advertisers ---------------------------------------------------------------------------

    def _advertisers(self, ctx: ImportContext) -> list[Advertiser]:
        found: dict[str, tuple[str, set[str], str]] = {}

        def add(name: Any, reasons: Iterable[str], file: str) -> None:
            if not isinstance(name, str) or not name.strip():
                return
            key = normalize_name(name)
            if key not in found:
                found[key] = (name.strip(), set(), file)
            found[key][1].update(reasons)

        for path in ADVERTISER_FILES:
            for m in ctx.tree.find_all(path):
                if "instagram" in m.path:
                    continue
                data = ctx.read_json(m, meta=True)
                if data is None:
                    continue
                recs = records(data, "custom_audiences_all_types_v2", "custom_audiences_v2", "custom_audiences")
                if recs is not None:
                    for r in ctx.each(recs):  # cancel checked as the loop runs
                        if isinstance(r, str):
                            add(r, ["uploaded a list with your information"], m.path)
                        elif isinstance(r, dict):
                            add(r.get("advertiser_name"), advertiser_reasons(r), m.path)
                    if not recs:
                        ctx.empty(m.path)
                    continue
                lv = label_values(data) if isinstance(data, dict) else {}
                if lv:
                    for label, vec in lv.items():
                        if isinstance(vec, list):
                            for item in vec:
                                if isinstance(item, dict):
                                    add(item.get("value"), [label], m.path)
                    continue
                ctx.unknown_shape(m, data)
        return [Advertiser("facebook", n, tuple(sorted(r)), f) for n, r, f in found.values()]


def advertiser_reasons(r: dict[str, Any]) -> list[str]:
    out = []
    if r.get("has_data_file_custom_audience"):
        out.append("uploaded a list with your information")
    if r.get("has_remarketing_custom_audience"):
        out.append("used your activity on their website or app")
    if r.get("has_in_person_store_visit"):
        out.append("recorded an in-person store visit")
    return out


def group_apps(ctx: ImportContext, m: Member, recs: list[Any], last_post: dict[str, datetime]) -> list[Grant]:
    """Apply DESIGN's grouping rule: one grant per scoped id, else per normalized name."""
    groups: dict[str, _Group] = {}
    bad = 0
    # One pass over what can be 100,000 records: plain locals, no per-record lists, the common shapes
    # (integer ids and seconds) decided inline with the same rules as as_id and _epoch.
    for r in ctx.each(recs):  # cancel checked as the loop runs
        if not isinstance(r, dict):
            bad += 1
            continue
        name = r.get("name")
        if not isinstance(name, str) or not (stripped := name.strip()):
            bad += 1
            continue
        sid = r.get("user_app_scoped_id")
        sid = str(sid) if type(sid) is int else as_id(sid)
        key = f"id:{sid}" if sid else f"name:{normalize_name(name)}"
        cat = r.get("category")
        cat = cat.strip().lower() if isinstance(cat, str) else ""
        added = r["added_timestamp"] if "added_timestamp" in r else r.get("time_added")
        if added and not (type(added) is int and 0 < added < 10_000_000_000):  # falsy: None for _epoch too
            added = _epoch(added)
        removed = r.get("removed_timestamp")
        if removed and not (type(removed) is int and 0 < removed < 10_000_000_000):
            removed = _epoch(removed)
        g = groups.get(key)
        if g is None:
            groups[key] = _Group(sid, stripped, cat, added, removed)
        else:
            g.merge(stripped, cat, added, removed)
    if bad:
        ctx.warn(f"{m.path}: {bad} record(s) without a usable name were skipped")
    out = []
    build = Grant.build
    source, path = ctx.source_label, m.path
    for g in groups.values():
        status = g.status
        name = g.name
        added, removed = g.added, g.removed
        out.append(build({
            "platform": "facebook",
            "app": name,
            "app_id": g.app_id,
            "status": status,
            "granted_at": _when(added) if added else None,
            "removed_at": _when(removed) if status == "removed" and removed else None,
            "last_used_at": last_post.get(normalize_name(name)) if last_post else None,
            "user_app_id": g.app_id,
            "source": source,
            "source_file": path,
            "record_count": g.count,
        }))
    release(groups)
    return out


def read_off_activity(
    ctx: ImportContext, paths: tuple[str, ...], platform: str, keys: tuple[str, ...]
) -> tuple[list[ActivityRecord], bool]:
    """Off-Facebook / off-Meta activity per business, and whether the file used the label_values record shape."""
    m = ctx.find(*paths)
    if m is None:
        return [], False
    data = ctx.read_json(m, meta=True)
    if data is None:
        return [], False
    if isinstance(data, dict) and "label_values" in data:
        data = [data]  # a file with one record may hold it bare
    record_shape = isinstance(data, list)
    recs = records(data, *keys)
    if recs is None:
        ctx.unknown_shape(m, data)
        return [], False
    if not recs:
        ctx.empty(m.path)
    acc: dict[str, dict[str, Any]] = {}
    for r in ctx.each(recs):  # cancel checked as the loop runs
        if not isinstance(r, dict):
            continue
        name = r.get("name") if isinstance(r.get("name"), str) else r.get("title")
        if not isinstance(name, str) or not name.strip():
            continue
        # Raw values are collected per business and converted once (files hold thousands of events).
        ids: list[Any] = []
        types: list[Any] = []
        times: list[Any] = []
        count = 0
        if isinstance(r.get("events"), list):
            for e in r["events"]:
                if isinstance(e, dict):
                    count += 1
                    ids.append(e.get("id"))
                    types.append(e.get("type"))
                    times.append(e.get("timestamp"))
        elif "label_values" in r:
            lv = label_values(r)
            vec = lv.get("Events") or next((v for v in lv.values() if isinstance(v, list)), [])
            for item in vec if isinstance(vec, list) else []:
                d = label_values({"dict": item.get("dict")}) if isinstance(item, dict) else {}
                count += 1
                ids.extend(v for k, v in d.items() if k.lower() == "id")
                types.extend(v for k, v in d.items() if k.lower() in ("event", "type"))
                times.extend(v for v in d.values() if isinstance(v, int))
            if not count and r.get("fbid") is not None:
                count = 1
                ids.append(r.get("fbid"))
        key = normalize_name(name)
        a = acc.get(key)
        if a is None:
            a = acc[key] = {"name": name.strip(), "count": 0, "times": [], "types": set(), "ids": set()}
        a["count"] += count
        a["types"].update(t for t in types if isinstance(t, str) and t)
        a["ids"].update(i for i in ids if isinstance(i, (str, int)))  # a list or dict id: that value is junk
        a["times"].extend(t for t in times if isinstance(t, (int, float)) and not isinstance(t, bool) and t > 0)
    out = []
    for a in acc.values():
        times = a["times"]
        id_strs = sorted({i for i in map(as_id, a["ids"]) if i})
        out.append(ActivityRecord(
            platform=platform, business=a["name"], event_count=a["count"],
            first_at=from_epoch(min(times)) if times else None, last_at=from_epoch(max(times)) if times else None,
            event_types=tuple(sorted(a["types"])), ids=tuple(id_strs[:50]), source_file=m.path,
        ))
    return out, record_shape
