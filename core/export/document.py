"""The versioned summary document (schema grantscope.summary/1) every writer renders."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

from core.model import ActivityRecord, Advertiser, Finding, Grant, Inventory, Source
from core.risk import needs_attention
from core.text import iso_z, normalize_name

SCHEMA = "grantscope.summary/1"
RESOURCES = Path(__file__).resolve().parents[2] / "resources"
log = logging.getLogger(__name__)


def finding_dict(f: Finding) -> dict[str, Any]:
    return {"rule": f.rule, "severity": f.severity, "message": f.message, "action": f.action,
            "evidence": list(f.evidence), "title": finding_title(f.rule)}


def grant_dict(g: Grant) -> dict[str, Any]:
    return {
        "platform": g.platform,
        "app": g.app,
        "app_id": g.app_id,
        "status": g.status,
        "kind": g.kind,
        "granted_at": iso_z(g.granted_at),
        "removed_at": iso_z(g.removed_at),
        "last_used_at": iso_z(g.last_used_at),
        "permissions": list(g.permissions),
        "user_app_id": g.user_app_id,
        "developer": g.developer,
        "developer_url": g.developer_url,
        "first_party": g.first_party,
        "source": g.source,
        "source_file": g.source_file,
        "records": g.record_count,
        "findings": [finding_dict(f) for f in g.findings],
        "access": [access_dict(g.platform, k) for k in g.permissions],
    }


def activity_dict(a: ActivityRecord) -> dict[str, Any]:
    return {
        "platform": a.platform, "business": a.business, "events": a.event_count,
        "first_at": iso_z(a.first_at), "last_at": iso_z(a.last_at),
        "event_types": list(a.event_types), "ids": list(a.ids), "source_file": a.source_file,
    }


def advertiser_dict(a: Advertiser) -> dict[str, Any]:
    return {"platform": a.platform, "name": a.name, "reasons": list(a.reasons), "source_file": a.source_file}


def source_dict(s: Source) -> dict[str, Any]:
    return {
        "platform": s.platform, "path": s.path, "generation": s.generation, "kind": s.kind,
        "parts": list(s.parts), "files_used": list(s.files_used), "files_empty": list(s.files_empty),
        "warnings": list(s.warnings), "time_zone": s.time_zone,
    }


def count_businesses(activity: Iterable[ActivityRecord]) -> int:
    """Distinct businesses that sent activity, across platforms (one business on Facebook and Instagram is one)."""
    return len({normalize_name(a.business) for a in activity})


def summary_counts(inv: Inventory) -> dict[str, Any]:
    by_status = {"active": 0, "expired": 0, "removed": 0}
    by_platform: dict[str, int] = {}
    findings = {"high": 0, "medium": 0, "low": 0}
    for g in inv.grants:
        by_status[g.status] = by_status.get(g.status, 0) + 1
        by_platform[g.platform] = by_platform.get(g.platform, 0) + 1
        for f in g.findings:
            findings[f.severity] = findings.get(f.severity, 0) + 1
    return {
        "grants": len(inv.grants),
        "by_status": by_status,
        "by_platform": dict(sorted(by_platform.items())),
        "businesses_sending_activity": count_businesses(inv.activity),
        "advertisers": len(inv.advertisers),
        "findings": findings,
        "grants_needing_attention": sum(1 for g in inv.grants if needs_attention(g)),
    }


def to_document(inv: Inventory, generated_at: str | None = None) -> dict[str, Any]:
    grants = [grant_dict(g) for g in inv.grants]
    summary = summary_counts(inv)
    summary.update(timeline_counts(inv))
    return {
        "schema": SCHEMA,
        "generated_at": generated_at,
        "summary": summary,
        "sources": [source_dict(s) for s in inv.sources],
        "grants": grants,
        "activity": [activity_dict(a) for a in inv.activity],
        "advertisers": [advertiser_dict(a) for a in inv.advertisers],
        "categories": category_rows(grants),
        "next_steps": next_steps(grants),
        "redaction": redaction_dict(inv),
    }


# --- additive sections: data categories, timeline, next steps, redaction ---------------------------
# The permission catalog (core.catalog) may be absent from a build: this is the one place that copes.


@lru_cache(maxsize=1)
def _catalog() -> Any:
    try:
        from core.catalog import Catalog  # type: ignore[attr-defined,import-not-found,unused-ignore]
    except ImportError:
        return None
    try:
        return Catalog.load()
    except Exception as e:  # a broken catalog file must not stop an export; permissions show as raw keys
        log.warning("permission catalog could not be loaded, showing raw permission names: %s", e)
        return None


@lru_cache(maxsize=64)
def finding_title(rule: str) -> str:
    """The rule's short title from the catalog ("Not used for a long time"), else the rule id in words."""
    cat = _catalog()
    tmpl = getattr(cat, "findings", {}).get(rule) if cat is not None else None
    title = getattr(tmpl, "title", None)
    return title if isinstance(title, str) and title else rule.replace("_", " ").capitalize()


def _category_info() -> dict[str, dict[str, Any]]:
    cat = _catalog()
    if cat is None:
        return {}
    return {cid: {"label": c.label, "description": c.description, "sensitivity": c.sensitivity,
                  "order": getattr(c, "order", 0)} for cid, c in getattr(cat, "categories", {}).items()}


@lru_cache(maxsize=4096)
def _access(platform: str, key: str) -> tuple[tuple[str, Any], ...]:
    cat = _catalog()
    if cat is not None:
        try:
            p = cat.resolve(platform, key)
            entry = cat.entry(platform, key) if hasattr(cat, "entry") else None
        except Exception:  # unknown platform or odd key: fall through to the raw key
            p = None
        if p is not None:
            also = [c for c in getattr(entry, "also", ()) if c != p.category]
            return (("key", key), ("category", p.category), ("label", p.label), ("sensitivity", p.sensitivity),
                    ("known", bool(getattr(p, "known", True))), ("also", tuple(also)))
    return (("key", key), ("category", None), ("label", key), ("sensitivity", None), ("known", False),
            ("also", ()))


def access_dict(platform: str, key: str) -> dict[str, Any]:
    """One permission in plain words: catalog category and label, or the raw key when nothing is known."""
    d = dict(_access(platform, key))
    d["also"] = list(d["also"])
    return d


_SENS_RANK = {"high": 0, "medium": 1, "low": 2, None: 3}


def category_rows(grants: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """What apps can see, by data category (or by raw permission when no catalog is present)."""
    info = _category_info()
    rows: dict[str, dict[str, Any]] = {}
    for gi, g in enumerate(grants):
        for a in g["access"]:
            for cid_raw in (a["category"], *a.get("also", ())):
                cid = cid_raw or f"permission:{a['key']}"
                row = rows.get(cid)
                if row is None:
                    ci = info.get(cid_raw or "", {})
                    row = rows[cid] = {
                        "id": cid,
                        "label": ci.get("label") or a["label"],
                        "description": ci.get("description"),
                        "sensitivity": ci.get("sensitivity") or (a["sensitivity"] if cid_raw == a["category"]
                                                                 else None),
                        "permissions": [],
                        "active": 0,
                        "total": 0,
                        "apps": [],
                        "_seen": set(),
                        "_order": ci.get("order", 999),
                    }
                if a["key"] not in row["permissions"]:
                    row["permissions"].append(a["key"])
                if gi in row["_seen"]:
                    continue
                row["_seen"].add(gi)
                row["total"] += 1
                if g["status"] == "active":
                    row["active"] += 1
                    row["apps"].append(g["app"])
    out = []
    for row in rows.values():
        row["apps"] = sorted(set(row["apps"]), key=str.casefold)
        out.append(row)
    out.sort(key=lambda r: (_SENS_RANK.get(r["sensitivity"], 3), -r["active"], r["_order"], r["label"].casefold()))
    for row in out:
        del row["_seen"], row["_order"]
    return out


def timeline_counts(inv: Inventory) -> dict[str, Any]:
    """Grants by the year access was given, per status; grants without a known date are counted apart."""
    years: dict[int, dict[str, int]] = {}
    unknown = 0
    for g in inv.grants:
        if g.granted_at is None:
            unknown += 1
            continue
        y = years.setdefault(g.granted_at.year, {"active": 0, "expired": 0, "removed": 0})
        y[g.status] = y.get(g.status, 0) + 1
    return {
        "granted_by_year": [{"year": y, **years[y]} for y in sorted(years)],
        "granted_date_unknown": unknown,
    }


@lru_cache(maxsize=1)
def settings_links() -> dict[str, dict[str, Any]]:
    """Settings pages per platform: built-in defaults, then providers.json "links", then the UI's links.json."""
    links: dict[str, dict[str, Any]] = {k: dict(v) for k, v in DEFAULT_LINKS.items()}
    for name in ("providers.json", "links.json"):
        try:
            data = json.loads((RESOURCES / name).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if not isinstance(data, dict):
            continue
        items = data.get("links")
        if isinstance(data.get("platforms"), dict):  # links.json: {"platforms": {id: {name, manage_url}}}
            items = [{"id": k, **v} for k, v in data["platforms"].items() if isinstance(v, dict)]
        for item in items if isinstance(items, list) else []:
            if not (isinstance(item, dict) and isinstance(item.get("id"), str)):
                continue
            old = links.get(item["id"], {})
            url = item.get("manage_url", item.get("url"))
            where = item.get("where")
            links[item["id"]] = {
                "name": item.get("name") if isinstance(item.get("name"), str) else old.get("name", item["id"]),
                # Only https pages go into a report; a missing address means "in the app" (Snapchat).
                "url": url if isinstance(url, str) and url.startswith("https://") else None,
                "where": where if isinstance(where, str) else old.get("where"),
            }
    return links


DEFAULT_LINKS: dict[str, dict[str, Any]] = {
    "facebook": {"name": "Facebook", "url": "https://www.facebook.com/settings?tab=applications",
                 "where": "Settings → Apps and Websites"},
    "instagram": {"name": "Instagram", "url": "https://www.instagram.com/accounts/manage_access/",
                  "where": "Settings → Security → Apps and Websites"},
    "x": {"name": "X", "url": "https://x.com/settings/connected_apps",
          "where": "Settings and privacy → Security and account access → Apps and sessions → Connected apps"},
    "google": {"name": "Google Account", "url": "https://myaccount.google.com/connections",
               "where": "Google Account → Security → Your connections to third-party apps & services"},
    "microsoft": {"name": "Microsoft account", "url": "https://account.live.com/consent/Manage",
                  "where": "Privacy → Apps and services that can access your data"},
    "github": {"name": "GitHub", "url": "https://github.com/settings/applications",
               "where": "Settings → Applications → Authorized OAuth Apps"},
    "snapchat": {"name": "Snapchat", "url": None, "where": "In the app: profile → Settings → Connected Apps"},
}


def next_steps(grants: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Per platform: how many apps still have access, how many need attention, and where to cut them off."""
    per: dict[str, dict[str, int]] = {}
    for g in grants:
        c = per.setdefault(g["platform"], {"active": 0, "attention": 0, "total": 0})
        c["total"] += 1
        if g["status"] == "active":
            c["active"] += 1
            if any(f["severity"] == "high" for f in g["findings"]):  # core.risk.needs_attention
                c["attention"] += 1
    links = settings_links()
    out = []
    for platform, c in sorted(per.items(), key=lambda kv: (-kv[1]["active"], kv[0])):
        link = links.get(platform, {})
        out.append({"platform": platform, "name": link.get("name") or platform.title(),
                    "url": link.get("url"), "where": link.get("where"), **c})
    return out


def redaction_dict(inv: Inventory) -> dict[str, Any]:
    r = getattr(inv, "redaction", None)  # set by core.export.redact.redact()
    if r is None:
        return {"applied": False, "dates": "exact", "replaced": {}}
    return {"applied": bool(r.applied), "dates": r.dates, "replaced": dict(r.replaced)}
