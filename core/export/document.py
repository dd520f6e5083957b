"""The versioned summary document (schema grantscope.summary/1) every writer renders."""

from __future__ import annotations

from typing import Any

from core.model import ActivityRecord, Advertiser, Finding, Grant, Inventory, Source
from core.text import iso_z

SCHEMA = "grantscope.summary/1"


def finding_dict(f: Finding) -> dict[str, Any]:
    return {"rule": f.rule, "severity": f.severity, "message": f.message, "action": f.action,
            "evidence": list(f.evidence)}


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
        "businesses_sending_activity": len({a.business for a in inv.activity}),
        "advertisers": len(inv.advertisers),
        "findings": findings,
        "grants_needing_attention": sum(1 for g in inv.grants if any(f.severity == "high" for f in g.findings)),
    }


def to_document(inv: Inventory, generated_at: str | None = None) -> dict[str, Any]:
    return {
        "schema": SCHEMA,
        "generated_at": generated_at,
        "summary": summary_counts(inv),
        "sources": [source_dict(s) for s in inv.sources],
        "grants": [grant_dict(g) for g in inv.grants],
        "activity": [activity_dict(a) for a in inv.activity],
        "advertisers": [advertiser_dict(a) for a in inv.advertisers],
    }
