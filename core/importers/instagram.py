"""Instagram JSON exports: active and expired apps (2021–22 and 2023+ layouts), off-Meta activity, advertisers."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from core.archive.tree import ArchiveTree
from core.importers.base import ImportContext, Importer, ImportResult, label_values, records
from core.importers.facebook import advertiser_reasons, read_off_activity
from core.importers.labels import assign_app_field, field_of
from core.importers.markers import INSTAGRAM_NEW_DIR as NEW_DIR
from core.importers.markers import instagram_score
from core.importers.meta_html import read_instagram_html
from core.model import Advertiser, Grant, Status
from core.text import as_id, from_epoch, normalize_name

# (status, candidate paths, top-level keys): newest layout first. `expired_pps` is Instagram's real typo.
APP_FILES: list[tuple[Status, tuple[str, ...], tuple[str, ...]]] = [
    ("active", (f"{NEW_DIR}/apps_and_websites/active_apps.json", "apps_and_websites/active_apps.json",
                "active_apps.json"),
     ("apps_and_websites_active_apps", "active_apps")),
    ("expired", (f"{NEW_DIR}/apps_and_websites/expired_pps.json", "apps_and_websites/expired_pps.json",
                 "expired_pps.json", "apps_and_websites/expired_apps.json", "expired_apps.json"),
     ("apps_and_websites_expired_apps", "expired_apps")),
    ("removed", (f"{NEW_DIR}/apps_and_websites/removed_apps.json", "apps_and_websites/removed_apps.json"),
     ("apps_and_websites_removed_apps", "removed_apps")),
]
OFF_ACTIVITY_FILES = (
    f"{NEW_DIR}/apps_and_websites/your_activity_off_meta_technologies.json",
    f"{NEW_DIR}/your_activity_off_meta_technologies.json",
    "apps_and_websites/your_activity_off_meta_technologies.json",
    "your_activity_off_meta_technologies.json",
    "ads_and_businesses/your_off-facebook_activity.json",
)
OFF_ACTIVITY_KEYS = ("apps_and_websites_off_meta_activity", "off_facebook_activity_v2", "off_meta_activity",
                     "off_facebook_activity")
ADVERTISER_FILE = "advertisers_using_your_activity_or_information.json"
PROFILE_FILES = ("personal_information/personal_information/personal_information.json",
                 "personal_information/personal_information.json",
                 "account_information/personal_information.json")

GEN_2023 = "2023 onward (apps_and_websites_off_of_instagram/)"
GEN_2026 = "2026 (off-Meta activity as label_values records)"
GEN_2022 = "2021–2022 (apps_and_websites/, string_map_data)"
STATUS_RANK = {"active": 0, "expired": 1, "removed": 2}
OWNER_ID_FIELDS = ("username", "benutzername", "nom d'utilisateur", "nombre de usuario", "gebruikersnaam")
OWNER_NAME_FIELDS = ("name",)
IDENTITY_FIELDS = ("username", "name", "email", "phone number", "phone", "benutzername", "nom d'utilisateur",
                   "nombre de usuario", "gebruikersnaam", "e-mail", "e-mail-adresse", "telefonnummer")


@dataclass
class _App:
    names: list[str] = field(default_factory=list)
    user_id: str | None = None
    statuses: list[Status] = field(default_factory=list)
    added: list[datetime] = field(default_factory=list)
    ended: list[datetime] = field(default_factory=list)
    last_active: list[datetime] = field(default_factory=list)
    file: str = ""
    count: int = 0


def _entries(rec: dict[str, Any]) -> list[tuple[str, Any, Any]]:
    """(label, value, timestamp) triples from string_map_data (2021+) or label_values (2026 records)."""
    out: list[tuple[str, Any, Any]] = []
    smd = rec.get("string_map_data")
    if isinstance(smd, dict):
        for label, v in smd.items():
            if isinstance(v, dict):
                out.append((str(label), v.get("value"), v.get("timestamp")))
            else:
                out.append((str(label), v, None))
    elif isinstance(rec.get("label_values"), list):
        for label, v in label_values(rec).items():
            if isinstance(v, int) and not isinstance(v, bool):
                out.append((label, None, v))
            else:
                out.append((label, v, None))
    return out


def parse_app_record(rec: Any, status: Status) -> tuple[dict[str, Any], list[str]]:
    """Map one Instagram app record to fields through the alias table, with a positional/type fallback.

    Returns (fields, labels that were not recognised). Fields: name, user_id, added, ended, last_active.
    """
    out: dict[str, Any] = {}
    unknown: list[str] = []
    if not isinstance(rec, dict):
        return out, unknown
    title = rec.get("title")
    if isinstance(title, str) and title.strip():
        out["name"] = title.strip()
    loose_times: list[datetime] = []
    loose_values: list[str] = []
    for label, value, ts in _entries(rec):
        f = field_of(label)
        when = from_epoch(ts)
        val = value.strip() if isinstance(value, str) else (as_id(value) or "")
        if assign_app_field(out, f, val, when):
            continue
        if f is None:
            unknown.append(label)
            if when:
                loose_times.append(when)
            elif val:
                loose_values.append(val)
    # Fallback by type and position: digits are the person's id, other text the name; the first time is the
    # file's own date (added for active apps, expired/removed otherwise), a second one the last activity.
    for val in loose_values:
        if val.isdigit() and "user_id" not in out:
            out["user_id"] = val
        elif "name" not in out:
            out["name"] = val
    primary = "added" if status == "active" else "ended"
    for when in loose_times:
        if primary not in out:
            out[primary] = when
        elif "last_active" not in out:
            out["last_active"] = when
    return out, unknown


class InstagramImporter(Importer):
    platform = "instagram"
    title = "Instagram"

    @classmethod
    def detect(cls, tree: ArchiveTree) -> int:
        return instagram_score(tree)

    def run(self, ctx: ImportContext) -> ImportResult:
        res = ImportResult()
        res.generation = GEN_2023 if ctx.tree.has_dir(NEW_DIR) else GEN_2022
        self._profile(ctx, res)
        json_found = self._apps(ctx, res)
        activity, record_shape = read_off_activity(ctx, OFF_ACTIVITY_FILES, "instagram", OFF_ACTIVITY_KEYS)
        res.activity.extend(activity)
        if record_shape:
            res.generation = GEN_2026
        res.advertisers.extend(self._advertisers(ctx))
        if not json_found and not res.activity and not res.advertisers:
            if read_instagram_html(ctx, res):
                return res
        if not json_found:
            for p in (f"{NEW_DIR}/apps_and_websites/no-data.txt", "apps_and_websites/no-data.txt"):
                m = ctx.find(p)
                if m is not None:
                    ctx.empty(m.path)
        return res

    # --- apps ----------------------------------------------------------------------------------

    def _apps(self, ctx: ImportContext, res: ImportResult) -> bool:
        groups: dict[str, _App] = {}
        unknown: set[str] = set()
        found = False
        for status, paths, keys in APP_FILES:
            m = ctx.find(*paths)
            if m is None:
                continue
            found = True
            data = ctx.read_json(m, meta=True)
            if data is None:
                continue
            recs = records(data, *keys)
            if recs is None and isinstance(data, dict):
                lists = [v for v in data.values() if isinstance(v, list)]
                recs = lists[0] if len(lists) == 1 else None
            if recs is None:
                ctx.unknown_shape(m, data)
                continue
            if not recs:
                ctx.empty(m.path)
            bad = 0
            for rec in ctx.each(recs):  # cancel checked as the loop runs
                f, unk = parse_app_record(rec, status)
                if not f.get("name"):
                    bad += 1
                    continue
                unknown.update(unk)
                key = f"id:{f['user_id']}" if f.get("user_id") else f"name:{normalize_name(f['name'])}"
                g = groups.setdefault(key, _App(file=m.path))
                g.count += 1
                g.names.append(f["name"])
                g.user_id = g.user_id or f.get("user_id")
                g.statuses.append(status)
                for attr in ("added", "ended", "last_active"):
                    if f.get(attr):
                        getattr(g, attr).append(f[attr])
            if bad:
                ctx.warn(f"{m.path}: {bad} record(s) without an app name were skipped")
        if unknown:
            shown = ", ".join(sorted(unknown)[:5])
            ctx.warn(f"Instagram field labels not recognised ({shown}); their values were read by position, "
                     "so check names and dates. An export in English (JSON) is read best.")
        for g in groups.values():
            status = min(g.statuses, key=STATUS_RANK.__getitem__)
            res.grants.append(Grant(
                platform="instagram", app=g.names[-1], app_id=None, status=status,
                granted_at=min(g.added) if g.added else None,
                # For expired apps this is when access ended (Instagram's "Expired on").
                removed_at=max(g.ended) if status != "active" and g.ended else None,
                last_used_at=max(g.last_active) if g.last_active else None,
                user_app_id=g.user_id, source=ctx.source_label, source_file=g.file, record_count=g.count,
            ))
        return found

    # --- advertisers ---------------------------------------------------------------------------

    def _advertisers(self, ctx: ImportContext) -> list[Advertiser]:
        found: dict[str, tuple[str, set[str], str]] = {}
        for m in ctx.tree.find_all(ADVERTISER_FILE):
            data = ctx.read_json(m, meta=True)
            if data is None:
                continue
            recs = records(data, "ig_custom_audiences_all_types", "custom_audiences_all_types_v2")
            if recs is not None:
                if not recs:
                    ctx.empty(m.path)
                for r in ctx.each(recs):  # cancel checked as the loop runs
                    name = r.get("advertiser_name") if isinstance(r, dict) else None
                    if isinstance(name, str) and name.strip():
                        name = name.strip()
                        found.setdefault(normalize_name(name), (name, set(), m.path))[1].update(advertiser_reasons(r))
                continue
            lv = label_values(data) if isinstance(data, dict) else {}
            if lv:
                for label, vec in lv.items():
                    for item in vec if isinstance(vec, list) else []:
                        v = item.get("value") if isinstance(item, dict) else None
                        if isinstance(v, str) and v.strip():
                            found.setdefault(normalize_name(v), (v.strip(), set(), m.path))[1].add(label)
                continue
            ctx.unknown_shape(m, data)
        return [Advertiser("instagram", n, tuple(sorted(r)), f) for n, r, f in found.values()]

    # --- identity: the owner (username, name) and identifiers for redaction ---------------------

    def _profile(self, ctx: ImportContext, res: ImportResult) -> None:
        m = ctx.find(*PROFILE_FILES)
        if m is None:
            return
        data = ctx.read_json(m, meta=True)
        recs = records(data, "profile_user") if isinstance(data, dict) else None
        for rec in ctx.each(recs or []):  # cancel checked as the loop runs
            if not isinstance(rec, dict):
                continue
            for label, value, _ in _entries(rec):
                if label.strip().casefold() in IDENTITY_FIELDS and isinstance(value, str) and value.strip():
                    res.identity.add(value.strip())
                    key = label.strip().casefold()
                    if key in OWNER_ID_FIELDS and not res.owner_id:
                        res.owner_id = value.strip()
                    elif key in OWNER_NAME_FIELDS and not res.owner:
                        res.owner = value.strip()
