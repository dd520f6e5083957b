"""Risk rules: small pure functions (grant, context) -> Finding, and `assess` to attach and rank them."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any

from core.catalog import Catalog
from core.model import ActivityRecord, Finding, Grant, Inventory, Severity
from core.text import iso_z, normalize_name

#: Facebook's own threshold: apps unused for three months lose access (March 2018 announcement).
#: Bounds for the stale-access threshold (CLI, preferences, settings file): one day to ten years.
MIN_STALE_DAYS, MAX_STALE_DAYS = 1, 3650
DEFAULT_STALE_DAYS = 90

#: Graph API v1.0 (and with it every friends_* permission) ended on 30 April 2015. Apps connected before
#: this instant may have had friends access. Taken as midnight UTC: a record carries no finer time zone.
FRIENDS_ERA_END = datetime(2015, 4, 30, tzinfo=timezone.utc)

#: Platforms whose source names the developer when one exists, so a missing name means something.
#: X's connected-application.js carries an `organization` (name, url) per app. Facebook and Instagram
#: archives never carry developer information, so flagging them would flag every app and say nothing;
#: live connectors differ per deployment (Keycloak has no publisher field at all), so they are left out.
DEVELOPER_INFO_PLATFORMS = frozenset({"x", "twitter"})

#: Off-platform activity reaches every app of the same company: Facebook and Instagram both show
#: "off-Meta activity", so their records count for each other.
PLATFORM_FAMILY = {"facebook": "meta", "instagram": "meta", "messenger": "meta", "threads": "meta"}

#: Platforms with an "expired" state that still means "the app keeps what it took".
EXPIRING_PLATFORMS = frozenset({"facebook", "instagram"})

SEVERITY_ORDER: tuple[Severity, ...] = ("high", "medium", "low")
_SEVERITY_RANK: dict[str, int] = {s: i for i, s in enumerate(SEVERITY_ORDER)}

#: Rules that judge an authorization (access to data). Apps the person administers are their own,
#: and sign-in links ("Sign in with Google" into X) are not an app reading their data.
_AUTHORIZATION_KINDS = frozenset({"oauth_app", "extension", "device_app"})


@dataclass(frozen=True)
class RiskSettings:
    """Tunable thresholds (settings dialog, `--stale-days`)."""

    stale_days: int = DEFAULT_STALE_DAYS
    friends_era_end: datetime = FRIENDS_ERA_END
    developer_info_platforms: frozenset[str] = DEVELOPER_INFO_PLATFORMS

    def __post_init__(self) -> None:
        if (isinstance(self.stale_days, bool) or not isinstance(self.stale_days, int)
                or not MIN_STALE_DAYS <= self.stale_days <= MAX_STALE_DAYS):
            raise ValueError(f"stale_days must be a whole number of days from {MIN_STALE_DAYS} to {MAX_STALE_DAYS}, "
                             f"not {self.stale_days!r}")
        if self.friends_era_end.tzinfo is None:
            raise ValueError("friends_era_end must be an aware datetime")


@dataclass(frozen=True)
class ActivityMatch:
    """Off-platform activity attributed to one grant's business."""

    records: tuple[ActivityRecord, ...]
    platform: str
    business: str
    events: int
    first_at: datetime | None
    last_at: datetime | None


class ActivityIndex:
    """Off-platform activity looked up by platform family and normalized business name (or sender id)."""

    def __init__(self, activity: Iterable[ActivityRecord]) -> None:
        self._by_name: dict[tuple[str, str], list[ActivityRecord]] = {}
        self._by_id: dict[tuple[str, str], list[ActivityRecord]] = {}
        for r in activity:
            fam = family(r.platform)
            if r.business and r.business.strip():
                self._by_name.setdefault((fam, normalize_name(r.business)), []).append(r)
            for i in r.ids:
                self._by_id.setdefault((fam, i), []).append(r)

    def match(self, grant: Grant) -> ActivityMatch | None:
        fam = family(grant.platform)
        found: list[ActivityRecord] = []
        if grant.app and grant.app.strip():
            found.extend(self._by_name.get((fam, normalize_name(grant.app)), ()))
        if grant.app_id:
            # The sender id of an off-platform event is the app's (or pixel's) id: the same app for sure.
            for r in self._by_id.get((fam, grant.app_id), ()):
                if r not in found:
                    found.append(r)
        if not found:
            return None
        # Facebook and Instagram exports can both list the same off-Meta activity: prefer the grant's own
        # platform so the same events are not counted twice.
        own = [r for r in found if r.platform == grant.platform]
        chosen = own or [r for r in found if r.platform == found[0].platform]
        firsts = [r.first_at for r in chosen if r.first_at]
        lasts = [r.last_at or r.first_at for r in chosen if r.last_at or r.first_at]
        return ActivityMatch(
            records=tuple(chosen),
            platform=chosen[0].platform,
            business=chosen[0].business.strip(),
            events=sum(max(r.event_count, 0) for r in chosen),
            first_at=min(firsts) if firsts else None,
            last_at=max(d for d in lasts if d) if lasts else None,
        )


@dataclass(frozen=True)
class RiskContext:
    """Everything a rule may look at besides the grant itself."""

    now: datetime
    catalog: Catalog
    settings: RiskSettings = field(default_factory=RiskSettings)
    activity: ActivityIndex = field(default_factory=lambda: ActivityIndex(()))


Rule = Callable[[Grant, RiskContext], "Finding | None"]


def family(platform: str) -> str:
    return PLATFORM_FAMILY.get(platform, platform)


def utc(dt: datetime) -> datetime:
    """Aware UTC; a naive datetime is taken as UTC (importers always give aware ones)."""
    return dt.replace(tzinfo=timezone.utc) if dt.tzinfo is None else dt.astimezone(timezone.utc)


def _day(dt: datetime | None) -> str:
    return utc(dt).date().isoformat() if dt else ""


def _ev(name: str, value: Any) -> str:
    """One evidence item, 'name=value' (machine-readable; datetimes as ISO 8601 UTC)."""
    if isinstance(value, datetime):
        value = iso_z(utc(value))
    return f"{name}={value}"


def _make(
    ctx: RiskContext,
    rule: str,
    grant: Grant,
    variant: str,
    fields: Mapping[str, Any],
    evidence: Iterable[str],
    count: int | None = None,
) -> Finding:
    t = ctx.catalog.finding(rule)
    full = {"app": grant.app, "platform_name": ctx.catalog.platform_name(grant.platform), **fields}
    return Finding(
        rule=rule,
        severity=t.severity_for(grant.status),
        message=t.message(variant, full, count=count),
        action=t.action_for(grant.status, full),
        evidence=tuple(evidence),
    )


# --------------------------------------------------------------------------- rules


def stale_access(grant: Grant, ctx: RiskContext) -> Finding | None:
    """Active, and the latest evidence of use is older than `stale_days`.

    Evidence, newest wins: last use recorded by the source (X tokens' lastSeenAt, Instagram "Last active
    on", Facebook posts made through the app), the latest off-platform activity by the same business,
    and, when nothing else exists, the date it was connected. A grant with no date at all is not judged:
    "never seen" and "not recorded" cannot be told apart, and live connectors often give no dates.
    """
    if grant.status != "active" or grant.first_party or grant.kind not in _AUTHORIZATION_KINDS:
        return None
    candidates: list[tuple[datetime, int, str, dict[str, Any]]] = []
    if grant.last_used_at:
        candidates.append((utc(grant.last_used_at), 0, "last_used", {}))
    act = ctx.activity.match(grant)
    if act and act.last_at:
        candidates.append((utc(act.last_at), 1, "activity", {"business": act.business}))
    if grant.granted_at:
        candidates.append((utc(grant.granted_at), 2, "granted", {}))
    if not candidates:
        return None
    # Latest date first; on a tie the more direct evidence (last use) is cited.
    when, _, variant, extra = min(candidates, key=lambda c: (-c[0].timestamp(), c[1]))
    now = utc(ctx.now)
    limit = ctx.settings.stale_days
    age = now - when
    if age <= timedelta(days=limit):  # exactly N days old is not "more than N days"
        return None
    days = age.days
    evidence = [_ev("evidence", variant), _ev("evidence_at", when), _ev("stale_days", limit), _ev("age_days", days)]
    if grant.last_used_at:
        evidence.append(_ev("last_used_at", grant.last_used_at))
    if act and act.last_at:
        evidence.append(_ev("activity_last_at", act.last_at))
    if grant.granted_at:
        evidence.append(_ev("granted_at", grant.granted_at))
    fields = {"date": _day(when), "days": days, "limit": limit, **extra}
    return _make(ctx, "stale_access", grant, variant, fields, evidence)


def friends_era(grant: Grant, ctx: RiskContext) -> Finding | None:
    """A Facebook app connected before friends-data access ended (30 April 2015).

    Such an app may have read friends' profiles through friends_* permissions (the Cambridge Analytica
    pattern). Apps created after 30 April 2014 had to use Graph API v2.0 and never got friends access, and
    the archive does not say when an app was created, hence "could have".

    When the connection date is unknown (Facebook writes 0 for every removed record), a removal or last-use
    date before the cutoff still proves the app was connected before it: an app cannot be removed or used
    before it is connected. Nothing else counts: off-Facebook activity from a business says nothing about
    when its Facebook Login app was connected, and a record with no dates at all is not flagged because
    most removed records have none and guessing would flag hundreds of apps without evidence.
    """
    if grant.platform != "facebook" or grant.kind != "oauth_app":
        return None
    cutoff = utc(ctx.settings.friends_era_end)
    evidence = [_ev("friends_era_end", cutoff), _ev("status", grant.status)]
    if grant.granted_at:
        if utc(grant.granted_at) >= cutoff:
            return None
        variant, when = "granted", grant.granted_at
        evidence.append(_ev("granted_at", when))
    elif grant.removed_at and utc(grant.removed_at) < cutoff:
        variant, when = "removed", grant.removed_at
        evidence.append(_ev("removed_at", when))
    elif grant.last_used_at and utc(grant.last_used_at) < cutoff:
        variant, when = "used", grant.last_used_at
        evidence.append(_ev("last_used_at", when))
    else:
        return None
    if grant.user_app_id:
        evidence.append(_ev("user_app_id", grant.user_app_id))
    fields = {"date": _day(when), "cutoff": _day(cutoff)}
    return _make(ctx, "friends_era", grant, variant, fields, evidence)


def high_sensitivity(grant: Grant, ctx: RiskContext) -> Finding | None:
    """An active grant holding any high-sensitivity permission (messages, mail, files, contacts, ...)."""
    if grant.status != "active" or grant.first_party or not grant.permissions:
        return None
    perms = [p for p in ctx.catalog.permissions_for(grant) if p.sensitivity == "high"]
    if not perms:
        return None
    labels: list[str] = []
    for p in perms:
        label = ctx.catalog.categories[p.category].label
        if label not in labels:
            labels.append(label)
    keys = [p.key for p in perms]
    fields = {"labels": ctx.catalog.join(labels), "keys": ctx.catalog.join(keys), "total": len(grant.permissions)}
    evidence = [_ev("permission", f"{p.key} ({p.category})") for p in perms]
    return _make(ctx, "high_sensitivity", grant, "default", fields, evidence, count=len(perms))


def expired_not_removed(grant: Grant, ctx: RiskContext) -> Finding | None:
    """Facebook/Instagram list the app as expired: no new data, but what it took stays with it."""
    if grant.platform not in EXPIRING_PLATFORMS or grant.status != "expired":
        return None
    evidence = [_ev("status", "expired")]
    if grant.granted_at:
        evidence.append(_ev("granted_at", grant.granted_at))
    if grant.user_app_id:
        # The person's id inside the app: what a data-deletion request to the developer needs.
        evidence.append(_ev("user_app_id", grant.user_app_id))
    variant = "granted" if grant.granted_at else "default"
    return _make(ctx, "expired_not_removed", grant, variant, {"date": _day(grant.granted_at)}, evidence)


def unknown_developer(grant: Grant, ctx: RiskContext) -> Finding | None:
    """No developer name and no website, on a platform whose source would have said (see
    DEVELOPER_INFO_PLATFORMS for why Facebook and Instagram are never flagged)."""
    if (
        grant.platform not in ctx.settings.developer_info_platforms
        or grant.status == "removed"
        or grant.first_party
        or grant.kind != "oauth_app"
    ):
        return None
    if (grant.developer or "").strip() or (grant.developer_url or "").strip():
        return None
    evidence = [_ev("developer", "none"), _ev("developer_url", "none")]
    if grant.source_file:
        evidence.append(_ev("source_file", grant.source_file))
    return _make(ctx, "unknown_developer", grant, "default", {}, evidence)


def sends_activity(grant: Grant, ctx: RiskContext) -> Finding | None:
    """The same business appears in off-platform activity: it reports what you do elsewhere."""
    if grant.first_party or grant.kind == "administered_app":
        return None
    act = ctx.activity.match(grant)
    if act is None or act.events <= 0:
        return None
    evidence = [
        _ev("business", act.business),
        _ev("events", act.events),
        _ev("activity_platform", act.platform),
    ]
    if act.first_at:
        evidence.append(_ev("first_at", act.first_at))
    if act.last_at:
        evidence.append(_ev("last_at", act.last_at))
    types = sorted({t for r in act.records for t in r.event_types})
    if types:
        evidence.append(_ev("event_types", ",".join(types)))
    variant = "range" if act.first_at and act.last_at else "default"
    fields = {
        "business": act.business,
        "platform_name": ctx.catalog.platform_name(act.platform),
        "first": _day(act.first_at),
        "last": _day(act.last_at),
    }
    return _make(ctx, "sends_activity", grant, variant, fields, evidence, count=act.events)


#: Every rule, in the order findings of equal severity are listed.
RULES: tuple[tuple[str, Rule], ...] = (
    ("friends_era", friends_era),
    ("high_sensitivity", high_sensitivity),
    ("expired_not_removed", expired_not_removed),
    ("stale_access", stale_access),
    ("sends_activity", sends_activity),
    ("unknown_developer", unknown_developer),
)
_RULE_ORDER = {name: i for i, (name, _) in enumerate(RULES)}


# --------------------------------------------------------------------------- assessment


def severity_rank(s: str | None) -> int:
    """0 high, 1 medium, 2 low, 3 for no finding."""
    return _SEVERITY_RANK.get(s or "", len(SEVERITY_ORDER))


def evaluate(grant: Grant, ctx: RiskContext) -> tuple[Finding, ...]:
    """All findings for one grant, most severe first."""
    found = [f for _, rule in RULES if (f := rule(grant, ctx)) is not None]
    return tuple(sorted(found, key=lambda f: (severity_rank(f.severity), _RULE_ORDER.get(f.rule, 99))))


def worst_severity(grant: Grant) -> Severity | None:
    if not grant.findings:
        return None
    return min((f.severity for f in grant.findings), key=severity_rank)


def latest_date(grant: Grant) -> datetime | None:
    """The most recent date known for a grant (used, connected or removed)."""
    dates = [utc(d) for d in (grant.last_used_at, grant.granted_at, grant.removed_at) if d]
    return max(dates) if dates else None


def rank_key(grant: Grant) -> tuple[int, float, str, str]:
    """Worst severity first, then most recent first (undated last), then name for a stable order."""
    latest = latest_date(grant)
    recency = -latest.timestamp() if latest else float("inf")
    return (severity_rank(worst_severity(grant)), recency, normalize_name(grant.app), grant.platform)


def assess(
    inventory: Inventory,
    catalog: Catalog,
    now: datetime | None = None,
    settings: RiskSettings | None = None,
) -> Inventory:
    """Inventory with every grant's findings recomputed (old ones replaced) and grants ranked."""
    ctx = RiskContext(
        now=utc(now) if now else datetime.now(timezone.utc),
        catalog=catalog,
        settings=settings or RiskSettings(),
        activity=ActivityIndex(inventory.activity),
    )
    grants = [g.with_findings(evaluate(g, ctx)) for g in inventory.grants]
    grants.sort(key=rank_key)
    return Inventory(
        sources=inventory.sources,
        grants=tuple(grants),
        activity=inventory.activity,
        advertisers=inventory.advertisers,
    )


def assess_default(
    inventory: Inventory,
    *,
    stale_days: int = DEFAULT_STALE_DAYS,
    now: datetime | None = None,
    catalog: Catalog | None = None,
) -> Inventory:
    """`assess` with the bundled catalog and default settings except `stale_days` (CLI convenience)."""
    return assess(inventory, catalog or Catalog.load(), now=now, settings=RiskSettings(stale_days=stale_days))


@dataclass(frozen=True)
class RiskSummary:
    """Counts for the overview card and the JSON summary."""

    grants: int
    grants_with_findings: int
    #: Grants with at least one high-severity finding ("needs attention: N", see needs_attention()).
    needs_attention: int
    #: Grants by their worst finding's severity.
    by_severity: Mapping[str, int]
    #: Findings per rule id.
    by_rule: Mapping[str, int]

    def to_dict(self) -> dict[str, Any]:
        return {
            "grants": self.grants,
            "grants_with_findings": self.grants_with_findings,
            "needs_attention": self.needs_attention,
            "by_severity": dict(self.by_severity),
            "by_rule": dict(self.by_rule),
        }


def needs_attention(grant: Grant) -> bool:
    """The one definition behind "needs attention: N": the grant has a high-severity finding.

    Medium findings (stale access, expired but not removed) are common on old accounts; counting them
    would make the card say "everything", so they show in the list and the detail pane instead.
    """
    return any(f.severity == "high" for f in grant.findings)


def summarize(grants: Inventory | Iterable[Grant]) -> RiskSummary:
    """Count findings of already-assessed grants."""
    items = list(grants.grants if isinstance(grants, Inventory) else grants)
    by_severity: dict[str, int] = {s: 0 for s in SEVERITY_ORDER}
    by_rule = {name: 0 for name, _ in RULES}
    with_findings = attention = 0
    for g in items:
        worst = worst_severity(g)
        if worst is None:
            continue
        with_findings += 1
        by_severity[worst] += 1
        if needs_attention(g):
            attention += 1
        for f in g.findings:
            by_rule[f.rule] = by_rule.get(f.rule, 0) + 1
    return RiskSummary(len(items), with_findings, attention, by_severity, by_rule)
