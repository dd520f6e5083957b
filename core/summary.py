"""The ONE Summary: every count the window, the CLI and the reports show, computed once from assessed grants."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from core.catalog import UNKNOWN_CATEGORY, Catalog
from core.catalog.loader import sensitivity_rank
from core.model import ActivityRecord, Grant, Inventory
from core.text import normalize_name

STATUSES = ("active", "expired", "removed")
SEVERITIES = ("high", "medium", "low")


def is_own(grant: Grant) -> bool:
    """An app the person administers or the platform's own client: listed apart, never counted as a third party."""
    return grant.first_party or grant.kind == "administered_app"


def needs_attention(grant: Grant) -> bool:
    """The one definition behind "needs attention: N": a third-party grant with a high-severity finding.

    Medium findings (stale access, expired but not removed) are common on old accounts; counting them
    would make the card say "everything", so they show in the list and the detail pane instead.
    """
    return not is_own(grant) and any(f.severity == "high" for f in grant.findings)


def is_listed_only(grant: Grant) -> bool:
    """Active only in the sense that the export lists it: the source does not say whether access is still live."""
    return grant.status == "active" and grant.status_basis == "inferred"


def can_reach_now(grant: Grant) -> bool:
    """A third-party grant the source itself states is active (what "can reach your data now" counts)."""
    return grant.status == "active" and grant.status_basis == "export" and not is_own(grant)


def is_unused(grant: Grant) -> bool:
    """Still has access and the stale-access rule found no sign of use in the chosen number of days."""
    return grant.status == "active" and not is_own(grant) and any(f.rule == "stale_access" for f in grant.findings)


def count_businesses(activity: Iterable[ActivityRecord]) -> int:
    """Distinct businesses that sent activity, across platforms (one business on Facebook and Instagram is one)."""
    return len({normalize_name(a.business) for a in activity})


@dataclass(frozen=True)
class PlatformCounts:
    """Per platform: third-party apps by status, how many need attention, and own apps listed apart."""

    platform: str
    active: int = 0
    expired: int = 0
    removed: int = 0
    attention: int = 0
    own: int = 0
    #: Active apps whose source only lists them (does not say whether access is still live); part of `active`.
    listed: int = 0

    @property
    def total(self) -> int:
        return self.active + self.expired + self.removed


@dataclass(frozen=True)
class CategoryCount:
    """One data category (or a raw permission the catalog does not know): how many apps can see it."""

    id: str
    label: str
    description: str | None
    sensitivity: str | None
    permissions: tuple[str, ...]
    active: int
    total: int
    #: Apps with access now (display names, sorted).
    apps: tuple[str, ...]


@dataclass(frozen=True)
class Summary:
    """Counts over the third-party grants of one assessed inventory (own apps are counted apart)."""

    grants: int = 0
    by_status: Mapping[str, int] = field(default_factory=lambda: dict.fromkeys(STATUSES, 0))
    by_platform: Mapping[str, int] = field(default_factory=dict)
    #: Apps the person administers and the platforms' own clients.
    own_apps: int = 0
    needs_attention: int = 0
    unused: int = 0
    stale_days: int = 0
    grants_with_findings: int = 0
    #: Number of findings per severity (a grant can have several).
    findings: Mapping[str, int] = field(default_factory=lambda: dict.fromkeys(SEVERITIES, 0))
    by_rule: Mapping[str, int] = field(default_factory=dict)
    businesses: int = 0
    activity_records: int = 0
    advertisers: int = 0
    granted_by_year: tuple[Mapping[str, int], ...] = ()
    granted_date_unknown: int = 0
    platforms: tuple[PlatformCounts, ...] = ()
    categories: tuple[CategoryCount, ...] = ()
    #: Active grants whose status the source states (export) vs. only lists (inferred).
    active_inferred: int = 0
    #: Active grants that list no permission at all (the archive does not say what they can see).
    active_without_permissions: int = 0

    @property
    def active_stated(self) -> int:
        """Apps the sources state can reach the data now (listed-only ones are counted apart)."""
        return self.by_status.get("active", 0) - self.active_inferred

    @property
    def past(self) -> int:
        return self.by_status.get("expired", 0) + self.by_status.get("removed", 0)

    @property
    def findings_total(self) -> int:
        return sum(self.findings.values())

    def to_dict(self) -> dict[str, Any]:
        """The JSON `summary` object (schema grantscope.summary/1; older keys kept, new keys added)."""
        return {
            "grants": self.grants,
            "by_status": dict(self.by_status),
            "by_platform": dict(self.by_platform),
            "own_apps": self.own_apps,
            "businesses_sending_activity": self.businesses,
            "activity_records": self.activity_records,
            "advertisers": self.advertisers,
            "findings": dict(self.findings),
            "findings_total": self.findings_total,
            "grants_with_findings": self.grants_with_findings,
            "grants_needing_attention": self.needs_attention,
            "grants_unused": self.unused,
            "stale_days": self.stale_days,
            "active_status_inferred": self.active_inferred,
            "active_status_stated": self.active_stated,
            "active_without_permissions": self.active_without_permissions,
            "granted_by_year": [dict(y) for y in self.granted_by_year],
            "granted_date_unknown": self.granted_date_unknown,
        }


def summarize(inv: Inventory, catalog: Catalog | None = None, *, stale_days: int = 0) -> Summary:
    """Count everything once. `inv` must already be assessed (findings attached)."""
    by_status = dict.fromkeys(STATUSES, 0)
    by_platform: dict[str, int] = {}
    per: dict[str, dict[str, int]] = {}
    findings = dict.fromkeys(SEVERITIES, 0)
    by_rule: dict[str, int] = {}
    years: dict[int, dict[str, int]] = {}
    own = attention = unused = with_findings = unknown_year = inferred = no_perms = 0
    third: list[Grant] = []
    # One pass over what can be 100,000 grants: is_own, needs_attention and is_unused are inlined (same rules).
    for g in inv.grants:
        platform, status = g.platform, g.status
        c = per.get(platform)
        if c is None:
            c = per[platform] = {"active": 0, "expired": 0, "removed": 0, "attention": 0, "own": 0, "listed": 0}
        if g.first_party or g.kind == "administered_app":  # is_own
            own += 1
            c["own"] += 1
            continue
        third.append(g)
        by_status[status] = by_status.get(status, 0) + 1
        by_platform[platform] = by_platform.get(platform, 0) + 1
        c[status] = c.get(status, 0) + 1
        if status == "active":
            listed = g.status_basis == "inferred"
            inferred += listed
            c["listed"] += listed
            no_perms += not g.permissions
        high = stale = False
        if g.findings:
            with_findings += 1
            for f in g.findings:
                severity, rule = f.severity, f.rule
                findings[severity] = findings.get(severity, 0) + 1
                by_rule[rule] = by_rule.get(rule, 0) + 1
                high = high or severity == "high"
                stale = stale or rule == "stale_access"
        if high:  # needs_attention
            attention += 1
            c["attention"] += 1
        if stale and status == "active":  # is_unused
            unused += 1
        granted = g.granted_at
        if granted is None:
            unknown_year += 1
        else:
            y = years.get(granted.year)
            if y is None:
                y = years[granted.year] = dict.fromkeys(STATUSES, 0)
            y[status] = y.get(status, 0) + 1
    platforms = tuple(
        PlatformCounts(p, c["active"], c["expired"], c["removed"], c["attention"], c["own"], c["listed"])
        for p, c in sorted(per.items(), key=lambda kv: (-kv[1]["active"], kv[0]))
    )
    return Summary(
        grants=len(third),
        by_status=by_status,
        by_platform=dict(sorted(by_platform.items())),
        own_apps=own,
        needs_attention=attention,
        unused=unused,
        stale_days=stale_days,
        grants_with_findings=with_findings,
        findings=findings,
        by_rule=dict(sorted(by_rule.items())),
        businesses=count_businesses(inv.activity),
        activity_records=len(inv.activity),
        advertisers=len(inv.advertisers),
        granted_by_year=tuple({"year": y, **years[y]} for y in sorted(years)),
        granted_date_unknown=unknown_year,
        platforms=platforms,
        categories=_categories(third, catalog) if catalog is not None else (),
        active_inferred=inferred,
        active_without_permissions=no_perms,
    )


def _categories(grants: list[Grant], catalog: Catalog) -> tuple[CategoryCount, ...]:
    """What apps can see, by data category; keys the catalog does not know get a row of their own."""
    rows: dict[str, dict[str, Any]] = {}
    for gi, g in enumerate(grants):
        for key in g.permissions:
            perm = catalog.resolve(g.platform, key)
            entry = catalog.entry(g.platform, key)
            cats = [perm.category] if perm.known and perm.category != UNKNOWN_CATEGORY else []
            cats += [c for c in (entry.also if entry is not None else ()) if c not in cats]
            ids = cats or [f"permission:{key}"]
            for cid in ids:
                row = rows.get(cid)
                if row is None:
                    cat = catalog.categories.get(cid)
                    row = rows[cid] = {
                        "label": cat.label if cat else perm.label,
                        "description": cat.description if cat else None,
                        "sensitivity": cat.sensitivity if cat else None,
                        "order": getattr(cat, "order", 999) if cat else 999,
                        "permissions": [], "active": 0, "total": 0, "apps": set(), "seen": set(),
                    }
                if key not in row["permissions"]:
                    row["permissions"].append(key)
                if gi in row["seen"]:
                    continue
                row["seen"].add(gi)
                row["total"] += 1
                if g.status == "active":
                    row["active"] += 1
                    row["apps"].add(g.app)
    out = [CategoryCount(cid, r["label"], r["description"], r["sensitivity"], tuple(r["permissions"]),
                         r["active"], r["total"], tuple(sorted(r["apps"], key=str.casefold)))
           for cid, r in rows.items()]
    order = {cid: r["order"] for cid, r in rows.items()}
    out.sort(key=lambda c: (sensitivity_rank(c.sensitivity) if c.sensitivity else 3, -c.active, order[c.id],
                            c.label.casefold()))
    return tuple(out)
