"""Frozen dataclasses shared by importers, connectors, risk rules, exporters and the UI."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import MISSING, dataclass, field
from datetime import datetime
from typing import Literal

Status = Literal["active", "expired", "removed"]
Severity = Literal["high", "medium", "low"]
Sensitivity = Literal["high", "medium", "low"]

#: What kind of link a grant row stands for. "oauth_app" is a real authorization; the others are
#: related links a person also wants to see (sign-in providers, linked accounts, apps on devices).
GrantKind = Literal["oauth_app", "sign_in", "linked_account", "device_app", "extension", "administered_app"]


@dataclass(frozen=True)
class Permission:
    """One permission key resolved through the catalog."""

    key: str
    category: str
    label: str
    description: str
    sensitivity: Sensitivity
    known: bool = True


@dataclass(frozen=True)
class Finding:
    """A risk finding attached to a grant (produced by core.risk)."""

    rule: str
    severity: Severity
    message: str
    action: str
    evidence: tuple[str, ...] = ()

    @classmethod
    def build(cls, rule: str, severity: Severity, message: str, action: str, evidence: tuple[str, ...]) -> Finding:
        """Finding(...) for risk scoring, which makes one or two per grant: the generated __init__ of a frozen
        dataclass sets each field through object.__setattr__; this sets the instance dict at once."""
        finding = object.__new__(cls)
        state = finding.__dict__  # set key by key in field order: stays a key-sharing dict, as __init__ makes
        state["rule"] = rule
        state["severity"] = severity
        state["message"] = message
        state["action"] = action
        state["evidence"] = evidence
        return finding


@dataclass(frozen=True)
class Grant:
    """One app or website with (or once with) access to one account on one platform."""

    platform: str
    app: str
    app_id: str | None
    status: Status
    granted_at: datetime | None = None
    removed_at: datetime | None = None
    last_used_at: datetime | None = None
    permissions: tuple[str, ...] = ()
    kind: GrantKind = "oauth_app"
    #: The person's own id inside this app (Facebook user_app_scoped_id, Instagram "App user ID").
    user_app_id: str | None = None
    developer: str | None = None
    developer_url: str | None = None
    description: str | None = None
    first_party: bool = False
    #: Where the grant came from: the input path for archives, "live:<account>" for connectors.
    source: str = ""
    #: The member inside the archive (or API endpoint) that holds the record.
    source_file: str = ""
    #: How many raw records were merged into this grant.
    record_count: int = 1
    findings: tuple[Finding, ...] = ()
    #: Whose account this grant belongs to (Source.account of the export or live account it came from).
    account: str = ""
    #: "export" when the source states the status; "inferred" when it only lists the app (Takeout, Discord, ...).
    status_basis: Literal["export", "inferred"] = "export"
    #: Opaque connector data needed to revoke (never shown, never exported).
    revoke_handle: str | None = field(default=None, compare=False, repr=False)

    @property
    def live(self) -> bool:
        return self.source.startswith("live:")

    def with_findings(self, findings: tuple[Finding, ...]) -> Grant:
        if not findings and not self.findings:
            return self  # nothing changes (most grants of a big export): the same immutable value
        copy = object.__new__(Grant)  # evolve(findings=...) without its checks: once per grant when scoring
        state = copy.__dict__
        state.update(self.__dict__)
        state["findings"] = findings
        return copy

    def evolve(self, **changes: object) -> Grant:
        """dataclasses.replace for the hot paths (scan stamping, scoring): replace re-runs __init__ through
        keyword arguments for 22 fields, seconds at 100,000 grants. Grant has no __post_init__ and no slots, so
        a copy of its fields with some swapped is the same object replace would make (names are checked).

        The copy is made inside the new instance's own __dict__ (from another Grant's, in field order) so it stays
        a key-sharing dict like __init__ makes: a dict assigned whole would take ~200 bytes more per grant."""
        copy = object.__new__(Grant)
        state = copy.__dict__
        state.update(self.__dict__)
        state.update(changes)
        if len(state) != len(_GRANT_DEFAULTS):
            raise TypeError(f"Grant has no field {sorted(set(changes) - _GRANT_FIELDS)[0]!r}")
        return copy

    @classmethod
    def build(cls, values: Mapping[str, object]) -> Grant:
        """Grant(**values) for importers that make thousands: the generated __init__ of a frozen dataclass sets
        each of its 22 fields through object.__setattr__ (7 µs a grant here); this fills the defaults in one
        dict (and takes one, not keyword arguments: packing them costs another µs). Same checks as __init__ for
        names and required fields; no field has a default factory."""
        grant = object.__new__(cls)
        state = grant.__dict__  # filled in place from a Grant's dict: key-sharing, as evolve explains
        state.update(_GRANT_PROTOTYPE)
        state.update(values)
        if len(state) != len(_GRANT_DEFAULTS):
            raise TypeError(f"Grant has no field {sorted(set(values) - _GRANT_FIELDS)[0]!r}")
        for name in _GRANT_REQUIRED:
            if state[name] is _UNSET:
                raise TypeError(f"Grant needs {name!r}")
        return grant


_GRANT_FIELDS = frozenset(Grant.__dataclass_fields__)
_UNSET = object()
#: Every field in declaration order (as __init__ would fill __dict__), required ones with a placeholder.
_GRANT_DEFAULTS: dict[str, object] = {
    name: _UNSET if f.default is MISSING else f.default for name, f in Grant.__dataclass_fields__.items()
}
_GRANT_REQUIRED = tuple(name for name, f in Grant.__dataclass_fields__.items() if f.default is MISSING)
#: The instance dict build() starts from: made by __init__, so it is a key-sharing dict in field order.
_GRANT_PROTOTYPE = Grant(**{name: _UNSET for name in _GRANT_REQUIRED}).__dict__  # type: ignore[arg-type]
# build() relies on every optional field having a plain default (a default_factory would be shared).
assert all(f.default_factory is MISSING for f in Grant.__dataclass_fields__.values())


@dataclass(frozen=True)
class ActivityRecord:
    """Activity a business sent to a platform about the person (off-Facebook activity and the like)."""

    platform: str
    business: str
    event_count: int
    first_at: datetime | None = None
    last_at: datetime | None = None
    event_types: tuple[str, ...] = ()
    ids: tuple[str, ...] = ()
    source_file: str = ""
    #: Whose account and which export the record came from (set by the scan, like Grant.account/source).
    account: str = ""
    source: str = ""


@dataclass(frozen=True)
class Advertiser:
    """An advertiser that holds the person's information (custom or tailored audiences)."""

    platform: str
    name: str
    reasons: tuple[str, ...] = ()
    source_file: str = ""
    account: str = ""
    source: str = ""


@dataclass(frozen=True)
class Source:
    """One scanned export (possibly several parts) or one connected account."""

    platform: str
    path: str
    generation: str = ""
    kind: Literal["archive", "live"] = "archive"
    parts: tuple[str, ...] = ()
    files_used: tuple[str, ...] = ()
    files_empty: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    #: Identifiers of the account holder seen in the source (names, e-mails); used only for redaction.
    identity: tuple[str, ...] = field(default=(), repr=False)
    time_zone: str | None = None
    #: The account holder as the export names them (profile file or HTML header), for display and grouping.
    owner: str | None = None
    #: A stable id of the account (platform user id, user name or e-mail) when the export has one.
    owner_id: str | None = None
    #: When the platform generated the export (HTML header, manifest, newest file time), if known.
    exported_at: datetime | None = None
    #: Stable key of the account: "<platform>:<owner_id or owner>", or "" when the export does not say.
    account: str = ""


@dataclass(frozen=True)
class Inventory:
    """Everything found, across sources."""

    sources: tuple[Source, ...] = ()
    grants: tuple[Grant, ...] = ()
    activity: tuple[ActivityRecord, ...] = ()
    advertisers: tuple[Advertiser, ...] = ()
    #: Older exports of an account that a newer export replaces (kept for "what changed", never counted).
    earlier: tuple[Inventory, ...] = ()

    def merged(self, other: Inventory) -> Inventory:
        return Inventory(
            sources=self.sources + other.sources,
            grants=self.grants + other.grants,
            activity=self.activity + other.activity,
            advertisers=self.advertisers + other.advertisers,
            earlier=self.earlier + other.earlier,
        )

    @property
    def empty(self) -> bool:
        return not (self.grants or self.activity or self.advertisers)

    @property
    def warnings(self) -> tuple[str, ...]:
        return tuple(w for s in self.sources for w in s.warnings)
