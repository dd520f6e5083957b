"""The versioned summary document (schema grantscope.summary/1) every writer renders."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import timezone
from pathlib import Path
from typing import Any

from core import links
from core.accounts import people
from core.catalog import UNKNOWN_CATEGORY, Catalog
from core.model import ActivityRecord, Advertiser, Finding, Grant, Inventory, Source
from core.summary import CategoryCount, Summary, is_own
from core.text import iso_z

SCHEMA = "grantscope.summary/1"
RESOURCES = Path(__file__).resolve().parents[2] / "resources"


def finding_dict(f: Finding, catalog: Catalog) -> dict[str, Any]:
    return {"rule": f.rule, "severity": f.severity, "message": f.message, "action": f.action,
            "evidence": list(f.evidence), "title": finding_title(catalog, f.rule)}


def grant_dict(g: Grant, catalog: Catalog) -> dict[str, Any]:
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
        "account": g.account,
        "status_basis": g.status_basis,
        "own": is_own(g),
        "findings": [finding_dict(f, catalog) for f in g.findings],
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
        "warnings": list(s.warnings), "time_zone": s.time_zone, "account": s.account, "owner": s.owner,
        "exported_at": iso_z(s.exported_at),
    }


def grant_dicts(grants: Iterable[Grant], catalog: Catalog) -> list[dict[str, Any]]:
    """Every grant with its permissions in the catalog's words (the same words the window shows)."""
    return list(iter_grant_dicts(grants, catalog))


def iter_grant_dicts(grants: Iterable[Grant], catalog: Catalog, *, shared: bool = False) -> Iterator[dict[str, Any]]:
    """grant_dicts() one at a time. `shared`: grants with the same permissions share one `access` and `can_see`
    list, and tuples (permissions, evidence) are passed as they are (for a reader that only encodes each dict
    and drops it: JSON writes a tuple as a list), else each grant gets its own lists."""
    return map(vars, grant_rows(grants, catalog, shared=shared))


@dataclass(init=False, repr=False, eq=False)
class GrantRow:
    """One grant of the document as an object whose attributes, in this order, are its dict (vars(row)).

    orjson encodes a dataclass as the object of its attributes in this order, the same bytes as the dict; and an
    object whose attributes are always set in one order stores only their values (the names are shared by every
    row): at 100,000 grants, a quarter of the time a 22-key dict takes to make."""

    platform: str
    app: str
    app_id: str | None
    status: str
    kind: str
    granted_at: str | None
    removed_at: str | None
    last_used_at: str | None
    permissions: Sequence[str]
    user_app_id: str | None
    developer: str | None
    developer_url: str | None
    first_party: bool
    source: str
    source_file: str
    records: int
    account: str
    status_basis: str
    own: bool
    #: FindingRow objects when shared, else their dicts.
    findings: list[Any]
    access: list[dict[str, Any]]
    can_see: list[dict[str, Any]]


@dataclass(init=False, repr=False, eq=False)
class FindingRow:
    """One finding of a GrantRow, the same way (vars(row) is finding_dict())."""

    rule: str
    severity: str
    message: str
    action: str
    evidence: Sequence[str]
    title: str


def grant_rows(grants: Iterable[Grant], catalog: Catalog, *, shared: bool = False,
               utc_dates: bool = False) -> Iterator[GrantRow]:
    """iter_grant_dicts() as GrantRow objects (vars(row) is the grant's dict). `utc_dates`: dates in UTC are left
    as datetimes, for an encoder that writes them as iso_z() does (orjson with OPT_UTC_Z | OPT_OMIT_MICROSECONDS:
    the JSON writer), others are texts."""
    # Nothing is worked out twice (at 100,000 grants this stage was the biggest part of writing a report):
    # - the words depend only on the platform and the permission keys, which most grants share (often none):
    #   worked out once per combination, copied for each grant unless `shared`;
    # - a finding's title depends only on its rule.
    words: dict[tuple[str, tuple[str, ...]], tuple[list[dict[str, Any]], list[dict[str, Any]]]] = {}
    titles: dict[str, str] = {}
    iso = iso_z
    own = is_own
    new = object.__new__
    utc = timezone.utc
    for g in grants:
        platform = g.platform
        permissions: Sequence[str] = g.permissions
        key = (platform, g.permissions)
        known = words.get(key)
        if known is None:
            known = words[key] = _access_words(g, catalog)
        findings = []
        for f in g.findings:
            rule = f.rule
            title = titles.get(rule)
            if title is None:
                title = titles[rule] = finding_title(catalog, rule)
            fr: FindingRow = new(FindingRow)
            fr.rule = rule
            fr.severity = f.severity
            fr.message = f.message
            fr.action = f.action
            fr.evidence = f.evidence if shared else list(f.evidence)
            fr.title = title
            findings.append(fr if shared else vars(fr))
        granted = g.granted_at
        removed = g.removed_at
        used = g.last_used_at
        # Set in the order of GrantRow's fields, every time (that order is the JSON's).
        row: GrantRow = new(GrantRow)
        row.platform = platform
        row.app = g.app
        row.app_id = g.app_id
        row.status = g.status
        row.kind = g.kind
        if utc_dates:
            row.granted_at = granted if granted is None or granted.tzinfo is utc else iso(granted)  # type: ignore
            row.removed_at = removed if removed is None or removed.tzinfo is utc else iso(removed)  # type: ignore
            row.last_used_at = used if used is None or used.tzinfo is utc else iso(used)  # type: ignore
        else:
            row.granted_at = None if granted is None else iso(granted)
            row.removed_at = None if removed is None else iso(removed)
            row.last_used_at = None if used is None else iso(used)
        row.permissions = permissions if shared else list(permissions)
        row.user_app_id = g.user_app_id
        row.developer = g.developer
        row.developer_url = g.developer_url
        row.first_party = g.first_party
        row.source = g.source
        row.source_file = g.source_file
        row.records = g.record_count
        row.account = g.account
        row.status_basis = g.status_basis
        row.own = own(g)
        row.findings = findings
        if shared:
            row.access, row.can_see = known
        else:
            row.access = [dict(x) for x in known[0]]
            row.can_see = [dict(x) for x in known[1]]
        yield row


class StreamedGrants:
    """The document's grants as dicts made while a writer reads them, never all at once (at 100,000 grants the
    whole list is ~100 MiB): len() and iteration only; each pass makes the dicts anew, and grants with the same
    permissions share their `access` and `can_see` lists (read them, never change them). Writers that stream (JSON)
    read it batch by batch; writers.render() and writers.write() turn it into a list for the others."""

    __slots__ = ("_catalog", "_grants")

    def __init__(self, grants: Sequence[Grant], catalog: Catalog) -> None:
        self._grants = grants
        self._catalog = catalog

    def __len__(self) -> int:
        return len(self._grants)

    def __iter__(self) -> Iterator[dict[str, Any]]:
        return iter_grant_dicts(self._grants, self._catalog, shared=True)

    def rows(self) -> Iterator[GrantRow]:
        """The grants as GrantRow objects, sharing as iteration does, dates in UTC as datetimes (what the JSON
        writer encodes: it writes them as the texts iteration gives)."""
        return grant_rows(self._grants, self._catalog, shared=True, utc_dates=True)

    def as_list(self) -> list[dict[str, Any]]:
        """Every grant dict at once, each with its own lists (what build_document makes without streaming)."""
        return grant_dicts(self._grants, self._catalog)


def whole_document(doc: dict[str, Any]) -> dict[str, Any]:
    """The document with its grants as a plain list (for writers that read it more than once or out of order)."""
    grants = doc.get("grants")
    if not isinstance(grants, StreamedGrants):
        return doc
    return {**doc, "grants": grants.as_list()}


def _access_words(g: Grant, catalog: Catalog) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    access = catalog.summary(g)
    listed = [access_dict(catalog, g.platform, k) for k in g.permissions]
    # What the app can see, in the words of the window's list and detail pane (one vocabulary).
    can_see: list[dict[str, Any]] = [{"label": c.label, "sensitivity": c.sensitivity,
                                      "sensitivity_title": catalog.sensitivity_label(c.sensitivity)}
                                     for c in access.categories if c.id != UNKNOWN_CATEGORY]
    if access.unknown_keys:
        can_see.append({"label": catalog.text("unknown_permissions", keys=catalog.join(access.unknown_keys)),
                        "sensitivity": None, "sensitivity_title": catalog.sensitivity_label(None)})
    return listed, can_see


def build_document(inv: Inventory, summary: Summary, catalog: Catalog,
                   generated_at: str | None = None, stream_grants: bool = False) -> dict[str, Any]:
    """The document every writer renders; its numbers are the Summary's, never recounted by a writer.

    `stream_grants`: the grants as a StreamedGrants (made while the writer reads them), not a list."""
    return {
        "schema": SCHEMA,
        "generated_at": generated_at,
        "summary": summary.to_dict(),
        "sources": [source_dict(s) for s in inv.sources],
        "grants": StreamedGrants(inv.grants, catalog) if stream_grants else grant_dicts(inv.grants, catalog),
        "activity": [activity_dict(a) for a in inv.activity],
        "advertisers": [advertiser_dict(a) for a in inv.advertisers],
        "categories": [category_dict(c, catalog) for c in summary.categories],
        "next_steps": next_steps(summary),
        "redaction": redaction_dict(inv),
        "people": [{"account": p.account, "label": p.label, "platform": p.platform} for p in people(inv)],
        "earlier_exports": [earlier_dict(e) for e in inv.earlier],
        "texts": {"sensitivity": {lvl: catalog.sensitivity_label(lvl) for lvl in ("high", "medium", "low")}},
    }


def earlier_dict(e: Inventory) -> dict[str, Any]:
    """An older export of an account that a newer one replaces: named, never counted."""
    s = e.sources[0]
    return {"platform": s.platform, "path": s.path, "account": s.account, "owner": s.owner,
            "exported_at": iso_z(s.exported_at), "grants": len(e.grants)}


def finding_title(catalog: Catalog, rule: str) -> str:
    """The rule's short title from the catalog ("Not used for a long time"), else the rule id in words."""
    tmpl = catalog.findings.get(rule)
    return tmpl.title if tmpl is not None and tmpl.title else rule.replace("_", " ").capitalize()


def access_dict(catalog: Catalog, platform: str, key: str) -> dict[str, Any]:
    """One permission in plain words: catalog category and label, or the raw key when nothing is known."""
    p = catalog.resolve(platform, key)
    entry = catalog.entry(platform, key)
    known = bool(p.known)
    also = [c for c in (entry.also if entry is not None else ()) if c != p.category]
    sensitivity = p.sensitivity if known else None
    return {"key": key, "category": p.category if known else None, "label": p.label if known else key,
            "sensitivity": sensitivity, "sensitivity_title": catalog.sensitivity_label(sensitivity),
            "known": known, "also": also}


def category_dict(c: CategoryCount, catalog: Catalog) -> dict[str, Any]:
    return {"id": c.id, "label": c.label, "description": c.description, "sensitivity": c.sensitivity,
            "sensitivity_title": catalog.sensitivity_label(c.sensitivity), "permissions": list(c.permissions),
            "active": c.active, "total": c.total, "apps": list(c.apps)}


def settings_links() -> dict[str, dict[str, Any]]:
    """Settings pages per platform (name, url, where), from the one table in resources/links.json."""
    return {pid: {"name": e["name"], "url": e["manage_url"], "where": e["where"] or None}
            for pid, e in links.platforms().items()}


def next_steps(summary: Summary) -> list[dict[str, Any]]:
    """Per platform: how many apps still have access, how many need attention, and where to cut them off."""
    links = settings_links()
    out = []
    for c in summary.platforms:
        if not c.total:
            continue
        link = links.get(c.platform, {})
        out.append({"platform": c.platform, "name": link.get("name") or c.platform.title(),
                    "url": link.get("url"), "where": link.get("where"), "active": c.active - c.listed,
                    "listed": c.listed,
                    "attention": c.attention, "total": c.total})
    return out


def redaction_dict(inv: Inventory) -> dict[str, Any]:
    # Only a RedactedInventory (core.export.redact, imported only when a report is redacted) carries `redaction`.
    r = getattr(inv, "redaction", None)
    if r is None:
        return {"applied": False, "dates": "exact", "replaced": {}}
    return {"applied": bool(r.applied), "dates": r.dates, "replaced": dict(r.replaced)}
