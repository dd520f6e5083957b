"""TikTok user_data(.json / _tiktok.json): off-TikTok activity per business, linked sign-in platforms."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from core.archive.tree import ArchiveTree
from core.importers.base import ImportContext, Importer, ImportResult
from core.importers.common import any_time, norm_key, text, walk_json
from core.importers.markers import tiktok_score
from core.model import ActivityRecord, Grant
from core.text import normalize_name

FILES = ("user_data_tiktok.json", "user_data.json")
OFF_KEY = "offtiktokactivitydatalist"
PLATFORM_KEY = "platforminfo"
IDENTITY_KEYS = ("username", "user name", "email address", "email", "telephone number", "phone number")
UTC_NOTE = "TikTok writes times without a time zone; they are shown as UTC and may be off by some hours"


class TikTokImporter(Importer):
    platform = "tiktok"
    title = "TikTok"

    @classmethod
    def detect(cls, tree: ArchiveTree) -> int:
        return tiktok_score(tree)

    def run(self, ctx: ImportContext) -> ImportResult:
        res = ImportResult()
        m = ctx.find(*FILES)
        if m is None:
            return res
        res.generation = ("user_data_tiktok.json (2024 onward)" if m.name.casefold() == "user_data_tiktok.json"
                          else "user_data.json (before 2024)")
        data = ctx.read_json(m)
        if data is None:
            return res
        if not isinstance(data, dict):
            ctx.unknown_shape(m, data)
            return res
        off_lists: list[tuple[tuple[str, ...], Any]] = []
        platform_lists: list[Any] = []
        for path, node in walk_json(data):
            if not isinstance(node, dict):
                continue
            for k, v in node.items():
                nk = norm_key(str(k)).replace(" ", "")
                if nk == OFF_KEY:
                    off_lists.append((path, v))
                elif nk == PLATFORM_KEY:
                    platform_lists.append(v)
                elif norm_key(str(k)) in IDENTITY_KEYS and text(v):
                    res.identity.add(text(v))
                    # The account's own user name sits in Profile → ProfileMap (not in linked platforms).
                    in_profile = any("profile" in norm_key(p) for p in path) and PLATFORM_KEY not in (
                        norm_key(p).replace(" ", "") for p in path)
                    if in_profile and norm_key(str(k)) in ("username", "user name") and not res.owner:
                        res.owner = res.owner_id = text(v)
        if not off_lists and not platform_lists:
            ctx.warn(f"{m.path}: no off-TikTok activity section was found (sections: "
                     f"{', '.join(sorted(str(k) for k in data)[:8])})")
        self._activity(ctx, res, m.path, off_lists)
        self._platforms(ctx, res, m.path, platform_lists)
        return res

    def _activity(self, ctx: ImportContext, res: ImportResult, file: str,
                  lists: list[tuple[tuple[str, ...], Any]]) -> None:
        seen: set[tuple[str, str, str]] = set()  # the same list can appear in two sections
        acc: dict[str, dict[str, Any]] = {}
        sections = []
        for path, lst in lists:
            if path:
                sections.append(path[0])
            if lst is None or lst == []:
                continue
            if not isinstance(lst, list):
                ctx.warn(f"{file}: OffTikTokActivityDataList is a {type(lst).__name__}, not a list; skipped")
                continue
            for r in lst:
                if not isinstance(r, dict):
                    continue
                src = text(r.get("Source")) or text(r.get("source"))
                if not src:
                    continue
                event = text(r.get("Event")) or text(r.get("event"))
                raw_ts = r.get("TimeStamp", r.get("Timestamp", r.get("timestamp")))
                key = (src, event, str(raw_ts))
                if key in seen:
                    continue
                seen.add(key)
                a = acc.setdefault(normalize_name(src), {"name": src, "n": 0, "times": [], "types": set()})
                a["n"] += 1
                if event:
                    a["types"].add(event)
                when: datetime | None = any_time(raw_ts)
                if when:
                    a["times"].append(when)
        if lists and not acc:
            ctx.empty(file)
        if acc:
            ctx.warn(UTC_NOTE)
            if sections:
                res.generation += f"; activity under \"{sections[0]}\""
        for a in acc.values():
            res.activity.append(ActivityRecord(
                platform="tiktok", business=a["name"], event_count=a["n"],
                first_at=min(a["times"]) if a["times"] else None, last_at=max(a["times"]) if a["times"] else None,
                event_types=tuple(sorted(a["types"])), source_file=file,
            ))

    def _platforms(self, ctx: ImportContext, res: ImportResult, file: str, lists: list[Any]) -> None:
        """ProfileMap.PlatformInfo (unverified shape): platforms linked for signing in to TikTok."""
        names: set[str] = set()
        for lst in lists:
            for item in lst if isinstance(lst, list) else []:
                name = ""
                if isinstance(item, str):
                    name = item.strip()
                elif isinstance(item, dict):
                    for k, v in item.items():
                        if any(w in norm_key(str(k)) for w in ("platform", "provider", "type")) and text(v):
                            name = text(v)
                            break
                    for k, v in item.items():
                        if norm_key(str(k)) in ("name", "username", "user name", "email") and text(v):
                            res.identity.add(text(v))
                if name and normalize_name(name) not in names:
                    names.add(normalize_name(name))
                    res.grants.append(Grant(
                        platform="tiktok", app=name, app_id=None, status="active", kind="sign_in",
                        description="Linked to your TikTok account (PlatformInfo)",
                        source=ctx.source_label, source_file=file, status_basis="inferred",
                    ))
