"""Risk rules: small pure functions (grant, context) -> Finding, and `assess` to attach and rank them."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta, timezone
from typing import Any, NamedTuple

from core.catalog import Catalog
from core.misuse import POSSIBLE_MATCH_SEVERITY, MisuseCatalog
from core.misuse import RULE as MISUSE_RULE
from core.model import ActivityRecord, Finding, Grant, Inventory, Severity
from core.ordering import sorted_in_runs
from core.slices import counted, release
from core.text import iso_day, iso_z, normalize_name

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
#: Days without use after which those platforms expire an app (Facebook's March 2018 announcement).
PLATFORM_EXPIRY_DAYS = 90

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
        #: (grant, its match): up to three rules ask about the same grant in a row (one tuple: thread-safe swap).
        self._last: tuple[Grant | None, ActivityMatch | None] = (None, None)
        for r in activity:
            fam = family(r.platform)
            if r.business and r.business.strip():
                self._by_name.setdefault((fam, normalize_name(r.business)), []).append(r)
            for i in r.ids:
                self._by_id.setdefault((fam, i), []).append(r)

    @property
    def empty(self) -> bool:
        """No activity at all: no grant can match."""
        return not (self._by_name or self._by_id)

    def match(self, grant: Grant) -> ActivityMatch | None:
        last = self._last
        if last[0] is grant:
            return last[1]
        found = self._match(grant) if self._by_name or self._by_id else None
        self._last = (grant, found)
        return found

    def _match(self, grant: Grant) -> ActivityMatch | None:
        fam = PLATFORM_FAMILY.get(grant.platform, grant.platform)
        app, app_id = grant.app, grant.app_id
        named = self._by_name.get((fam, normalize_name(app))) if app and app.strip() else None
        # The sender id of an off-platform event is the app's (or pixel's) id: the same app for sure.
        sent = self._by_id.get((fam, app_id)) if app_id else None
        if not named and not sent:
            return None  # most grants: no list built
        found: list[ActivityRecord] = list(named or ())
        for r in sent or ():
            if r not in found:
                found.append(r)
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
    #: When each archive source was exported (Source.path → date), where the export says.
    export_dates: Mapping[str, datetime] = field(default_factory=dict)
    #: Publicly reported misuse cases (resources/misuse); empty unless assess() or the caller loads them.
    misuse: MisuseCatalog = field(default_factory=MisuseCatalog.empty)
    #: The rules evaluate() calls per shape of grant (see rules_for); filled as shapes are met.
    _plans: dict[tuple[Any, ...], tuple[Rule, ...]] = field(default_factory=dict, init=False, compare=False,
                                                           repr=False)

    def rules_for(self, grant: Grant) -> tuple[Rule, ...]:
        """The rules that can find something for a grant of this shape (GrantShape), in RULES order.

        Most grants of a big export share a handful of shapes, and most rules rule most shapes out in their first
        check: that check is made once per shape here instead of once per grant and rule."""
        key = (grant.platform, grant.kind, grant.status, grant.first_party, grant.status_basis, grant.source)
        plan = self._plans.get(key)
        if plan is None:
            source = grant.source
            shape = GrantShape(*key[:5], live=source.startswith("live:"),
                               dated=self.export_dates.get(source) is not None)
            plan = self._plans[key] = tuple(rule for name, rule in RULES if _GATES.get(name, _always)(shape, self))
        return plan


Rule = Callable[[Grant, RiskContext], "Finding | None"]


class GrantShape(NamedTuple):
    """What the first check of every rule reads of a grant: rules a shape rules out are not called for it."""

    platform: str
    kind: str
    status: str
    first_party: bool
    status_basis: str
    #: From a live connector (Grant.live).
    live: bool
    #: The export the grant came from says when it was made (RiskContext.export_dates).
    dated: bool


def family(platform: str) -> str:
    return PLATFORM_FAMILY.get(platform, platform)


def utc(dt: datetime) -> datetime:
    """Aware UTC; a naive datetime is taken as UTC (importers always give aware ones)."""
    if dt.tzinfo is timezone.utc:  # what importers give: nothing to convert (called ~7 times per grant)
        return dt
    return dt.replace(tzinfo=timezone.utc) if dt.tzinfo is None else dt.astimezone(timezone.utc)


def _day(dt: datetime | None) -> str:
    return iso_day(utc(dt)) if dt else ""


def _ev(name: str, value: Any) -> str:
    """One evidence item, 'name=value' (machine-readable; datetimes as ISO 8601 UTC)."""
    if isinstance(value, datetime):
        value = iso_z(value if value.tzinfo is timezone.utc else utc(value))
    return f"{name}={value}"


def _cutoff_texts(cutoff: datetime) -> tuple[str, str]:
    """friends_era's evidence item and date for its cut-off (the same for every grant of a run)."""
    global _CUTOFF_TEXTS
    last = _CUTOFF_TEXTS
    if last[0] != cutoff:
        last = _CUTOFF_TEXTS = (cutoff, _ev("friends_era_end", cutoff), _day(cutoff))  # swapped whole: thread-safe
    return last[1], last[2]


_CUTOFF_TEXTS: tuple[datetime | None, str, str] = (None, "", "")


def _make(
    ctx: RiskContext,
    rule: str,
    grant: Grant,
    variant: str,
    fields: Mapping[str, Any],
    evidence: Iterable[str],
    count: int | None = None,
) -> Finding:
    status = grant.status
    t, severity, platform_name, action = ctx.catalog.finding_plan(rule, status, grant.platform)
    full = {"app": grant.app, "platform_name": platform_name, **fields}
    return Finding.build(rule, severity, t.message(variant, full, count=count),
                         action if action is not None else t.action_for(status, full),
                         evidence if type(evidence) is tuple else tuple(evidence))


# --------------------------------------------------------------------------- rules


def stale_access(grant: Grant, ctx: RiskContext) -> Finding | None:
    """Active, and the latest evidence of use is older than `stale_days`: measured to the export's date when the
    export says when it was made (what the export can prove), else to now.

    Evidence, newest wins: last use recorded by the source (X tokens' lastSeenAt, Instagram "Last active
    on", Facebook posts made through the app), the latest off-platform activity by the same business, and
    the platform's own rule: Facebook and Instagram move apps unused for 90 days to "expired", so an app
    they list as active was used within the 90 days before the export. The date an app was connected is no
    evidence of use: an app with no use on record gets the milder `no_use_on_record` note instead.
    """
    if grant.status != "active" or grant.first_party or grant.kind not in _AUTHORIZATION_KINDS:
        return None
    exported = ctx.export_dates.get(grant.source)
    if platform_rule_applies(grant) and exported is None:
        # Facebook/Instagram list it as active, so it was used within the 90 days before the export; when the
        # export does not say when it was made (Facebook's JSON), nothing proves it is unused now.
        return None
    candidates: list[tuple[datetime, int, str, dict[str, Any]]] = []
    if grant.last_used_at:
        candidates.append((utc(grant.last_used_at), 0, "last_used", {}))
    act = ctx.activity.match(grant)
    if act and act.last_at:
        candidates.append((utc(act.last_at), 1, "activity", {"business": act.business}))
    if platform_rule_applies(grant) and exported is not None:
        candidates.append((utc(exported) - timedelta(days=PLATFORM_EXPIRY_DAYS), 2, "platform_rule", {}))
    if not candidates:
        return None
    # Latest date first; on a tie the more direct evidence (last use) is cited.
    when, _, variant, extra = min(candidates, key=lambda c: (-c[0].timestamp(), c[1]))
    ref = utc(exported) if exported is not None else utc(ctx.now)
    limit = ctx.settings.stale_days
    age = ref - when
    if age <= timedelta(days=limit):  # exactly N days old is not "more than N days"
        return None
    if exported is not None and variant != "platform_rule":
        variant += "_before_export"
    days = age.days
    evidence = [_ev("evidence", variant), _ev("evidence_at", when), _ev("stale_days", limit), _ev("age_days", days)]
    if exported is not None:
        evidence.append(_ev("exported_at", exported))
    if grant.last_used_at:
        evidence.append(_ev("last_used_at", grant.last_used_at))
    if act and act.last_at:
        evidence.append(_ev("activity_last_at", act.last_at))
    if grant.granted_at:
        evidence.append(_ev("granted_at", grant.granted_at))
    fields = {"date": _day(when), "days": days, "limit": limit, "as_of": _day(exported), **extra}
    return _make(ctx, "stale_access", grant, variant, fields, evidence)


def platform_rule_applies(grant: Grant) -> bool:
    """Facebook and Instagram state "active" only for apps used within their 90-day window."""
    return grant.platform in EXPIRING_PLATFORMS and grant.status_basis == "export" and not grant.live


def no_use_on_record(grant: Grant, ctx: RiskContext) -> Finding | None:
    """Listed as connected, and the export holds no sign of use at all (a milder note than stale access)."""
    if (grant.status != "active" or grant.first_party or grant.kind not in _AUTHORIZATION_KINDS or grant.live
            or grant.last_used_at or platform_rule_applies(grant)):
        return None
    if ctx.activity.match(grant) is not None:
        return None
    evidence = [_ev("last_used_at", "none"), _ev("activity", "none")]
    if grant.granted_at:
        evidence.append(_ev("granted_at", grant.granted_at))
    variant = "granted" if grant.granted_at else "default"
    return _make(ctx, "no_use_on_record", grant, variant, {"date": _day(grant.granted_at)}, evidence)


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
    # Decide first, then write the evidence: most grants are not flagged (no strings made for them). Each date is
    # converted to UTC once, as _ev and _day would convert it.
    if grant.granted_at:
        when = utc(grant.granted_at)
        if when >= cutoff:
            return None
        variant, field_name = "granted", "granted_at"
    elif grant.removed_at and (when := utc(grant.removed_at)) < cutoff:
        variant, field_name = "removed", "removed_at"
    elif grant.last_used_at and (when := utc(grant.last_used_at)) < cutoff:
        variant, field_name = "used", "last_used_at"
    else:
        return None
    cutoff_ev, cutoff_day = _cutoff_texts(cutoff)
    day = iso_day(when)
    at = f"{field_name}={iso_z(when)}"
    user_app_id = grant.user_app_id
    evidence = ((cutoff_ev, f"status={grant.status}", at, f"user_app_id={user_app_id}") if user_app_id
                else (cutoff_ev, f"status={grant.status}", at))
    return _make(ctx, "friends_era", grant, variant, {"date": day, "cutoff": cutoff_day}, evidence)


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
    evidence = ["status=expired"]
    granted = utc(grant.granted_at) if grant.granted_at else None  # converted once, as _ev and _day would
    if granted:
        evidence.append(f"granted_at={iso_z(granted)}")
    if grant.user_app_id:
        # The person's id inside the app: what a data-deletion request to the developer needs.
        evidence.append(f"user_app_id={grant.user_app_id}")
    variant = "granted" if granted else "default"
    fields = {"date": iso_day(granted) if granted else ""}
    return _make(ctx, "expired_not_removed", grant, variant, fields, tuple(evidence))


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


def named_in_investigation(grant: Grant, ctx: RiskContext) -> Finding | None:
    """A publicly reported misuse case names this app (core/misuse.py, resources/misuse/cases.json).

    Matched by app id: high. Matched by normalized name only: a possible match, medium, and the message
    says how to check. Removed and expired grants match too: what the app took may still be held.
    """
    if grant.first_party or grant.kind in ("administered_app", "sign_in"):
        return None
    m = ctx.misuse.match(grant)
    if m is None:
        return None
    case = m.case
    evidence = [_ev("match", m.kind), _ev("case", case.id), _ev("matched", m.matched), _ev("case_date", case.date),
                _ev("outcomes", ",".join(case.outcomes)), _ev("status", grant.status)]
    for s in case.sources:
        evidence += [_ev("source_title", s.title), _ev("source_url", s.url)]
    first = case.sources[0]
    fields = {"summary": case.summary, "developer": case.developer, "matched": m.matched, "date": case.date,
              "source": f"{first.title} ({first.url})"}
    f = _make(ctx, MISUSE_RULE, grant, m.kind, fields, evidence)
    return replace(f, severity=POSSIBLE_MATCH_SEVERITY) if m.kind == "name" else f


#: Every rule, in the order findings of equal severity are listed.
RULES: tuple[tuple[str, Rule], ...] = (
    (MISUSE_RULE, named_in_investigation),
    ("friends_era", friends_era),
    ("high_sensitivity", high_sensitivity),
    ("expired_not_removed", expired_not_removed),
    ("stale_access", stale_access),
    ("no_use_on_record", no_use_on_record),
    ("sends_activity", sends_activity),
    ("unknown_developer", unknown_developer),
)
_RULE_ORDER = {name: i for i, (name, _) in enumerate(RULES)}

Gate = Callable[[GrantShape, RiskContext], bool]


def _always(shape: GrantShape, ctx: RiskContext) -> bool:
    return True


def _shape_platform_rule(s: GrantShape) -> bool:
    """platform_rule_applies() of a grant of this shape."""
    return s.platform in EXPIRING_PLATFORMS and s.status_basis == "export" and not s.live


def _shape_authorization(s: GrantShape) -> bool:
    """An active third-party authorization (the first check of stale_access and no_use_on_record)."""
    return s.status == "active" and not s.first_party and s.kind in _AUTHORIZATION_KINDS


#: Per rule, its first checks restated on a GrantShape: False means the rule finds nothing for any grant of that
#: shape (tests/core/test_risk.py checks each against its rule). A rule without a gate is always called.
_GATES: dict[str, Gate] = {
    MISUSE_RULE: lambda s, ctx: (bool(ctx.misuse.cases) and not s.first_party
                                 and s.kind not in ("administered_app", "sign_in")),
    "friends_era": lambda s, ctx: s.platform == "facebook" and s.kind == "oauth_app",
    "high_sensitivity": lambda s, ctx: s.status == "active" and not s.first_party,
    "expired_not_removed": lambda s, ctx: s.platform in EXPIRING_PLATFORMS and s.status == "expired",
    "stale_access": lambda s, ctx: _shape_authorization(s) and not (_shape_platform_rule(s) and not s.dated),
    "no_use_on_record": lambda s, ctx: _shape_authorization(s) and not s.live and not _shape_platform_rule(s),
    "sends_activity": lambda s, ctx: not ctx.activity.empty and not s.first_party and s.kind != "administered_app",
    "unknown_developer": lambda s, ctx: (s.platform in ctx.settings.developer_info_platforms and s.status != "removed"
                                         and not s.first_party and s.kind == "oauth_app"),
}


# --------------------------------------------------------------------------- assessment


def severity_rank(s: str | None) -> int:
    """0 high, 1 medium, 2 low, 3 for no finding."""
    return _SEVERITY_RANK.get(s or "", len(SEVERITY_ORDER))


def evaluate(grant: Grant, ctx: RiskContext) -> tuple[Finding, ...]:
    """All findings for one grant, most severe first."""
    found = []
    for rule in ctx.rules_for(grant):  # a loop, not a comprehension: no function call of its own per grant
        finding = rule(grant, ctx)
        if finding is not None:
            found.append(finding)
    if len(found) > 1:
        found.sort(key=_finding_order)
    return tuple(found)


_FINDING_ORDER = {(s, r): (severity_rank(s), i) for s in SEVERITY_ORDER for r, i in _RULE_ORDER.items()}


def _finding_order(f: Finding) -> tuple[int, int]:
    order = _FINDING_ORDER.get((f.severity, f.rule))
    return order if order is not None else (severity_rank(f.severity), _RULE_ORDER.get(f.rule, 99))


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
    worst, latest = _rank_head(grant)
    return (worst, latest, normalize_name(grant.app), grant.platform)


def _rank_head(grant: Grant) -> tuple[int, float]:
    """The first two parts of rank_key: worst severity, and the latest date negated (undated: infinity)."""
    # latest_date and worst_severity, inlined: this is the sort key of every grant.
    latest = None
    for d in (grant.last_used_at, grant.granted_at, grant.removed_at):
        if d:
            t = (d if d.tzinfo is timezone.utc else utc(d)).timestamp()
            if latest is None or t > latest:
                latest = t
    findings = grant.findings
    if not findings:
        worst = _NO_SEVERITY
    elif len(findings) == 1:
        worst = _SEVERITY_RANK.get(findings[0].severity, _NO_SEVERITY)
    else:
        worst = min(_SEVERITY_RANK.get(f.severity, _NO_SEVERITY) for f in findings)
    return (worst, -latest if latest is not None else _UNDATED)


def _rank_keys(grants: list[Grant]) -> list[tuple[Any, ...]]:
    """Keys that order `grants` exactly as rank_key does, with the name (and platform) left out where they can never
    decide: a grant whose severity and date no other grant shares is placed by those two alone, and most grants of
    a big export have a date of their own (normalizing 100,000 names is a twentieth of scoring them)."""
    heads: list[tuple[Any, ...]] = [_rank_head(g) for g in grants]
    shared = {head for head, n in counted(heads).items() if n > 1}
    if not shared:
        return heads
    return [(*head, normalize_name(g.app), g.platform) if head in shared else head
            for g, head in zip(grants, heads, strict=True)]


_NO_SEVERITY = len(SEVERITY_ORDER)
_UNDATED = float("inf")


def assess(
    inventory: Inventory,
    catalog: Catalog,
    now: datetime | None = None,
    settings: RiskSettings | None = None,
    misuse: MisuseCatalog | None = None,
) -> Inventory:
    """Inventory with every grant's findings recomputed (old ones replaced) and grants ranked.

    `misuse` defaults to the bundled cases (resources/misuse), in the catalog's language.
    """
    if misuse is None:
        misuse = MisuseCatalog.load(language=None if catalog.language == "en" else catalog.language)
    ctx = RiskContext(
        now=utc(now) if now else datetime.now(timezone.utc),
        catalog=catalog,
        settings=settings or RiskSettings(),
        activity=ActivityIndex(inventory.activity),
        export_dates={s.path: s.exported_at for s in inventory.sources if s.exported_at and s.kind == "archive"},
        misuse=misuse,
    )
    grants = [g.with_findings(evaluate(g, ctx)) for g in inventory.grants]
    return replace(inventory, grants=tuple(_ranked(grants)))


def _ranked(grants: list[Grant]) -> list[Grant]:
    """`grants` in rank order, exactly as one stable sort by rank_key would put them, sorted in runs
    (core.ordering): one sort of 100,000 keys would hold the interpreter lock for a fifth of a second, while a
    window that scores in a background thread waits to repaint."""
    keys = _rank_keys(grants)
    ranked = [grants[i] for i in sorted_in_runs(range(len(grants)), keys.__getitem__)]
    release(keys)
    return ranked
