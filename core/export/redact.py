"""Redaction before any writer: pseudonymise what identifies the person, keep apps, categories and dates."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

from core.model import ActivityRecord, Advertiser, Finding, Grant, Inventory, Source

DatePrecision = Literal["exact", "month"]

# E-mail addresses (also SSO e-mails and addresses inside warnings).
_EMAIL = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+")
# IPv4, then IPv6 in full (8 groups) or compressed (`::`) form; times like 12:07:00 are not matched.
_IPV4 = r"(?<![\w.])(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?![\w.])"
_H = r"[0-9A-Fa-f]{1,4}"
_IPV6 = (rf"(?<![\w:])(?:(?:{_H}:){{7}}{_H}"
         rf"|(?:{_H}:){{1,7}}:(?:{_H}(?::{_H}){{0,6}})?"
         rf"|::(?:{_H}(?::{_H}){{0,6}}))(?:%\w+)?(?![\w:])")
_IP = re.compile(f"{_IPV4}|{_IPV6}")
# Phone numbers: international (+…) with separators, or the common 3-3-4 national form. Bare digit runs
# are not matched on purpose: those are app ids and must stay (the person's own ids are replaced by value).
_PHONE = re.compile(r"(?<![\w+])\+\d[\d ().\-]{5,20}\d(?!\d)|(?<!\d)\(?\d{3}\)?[ .\-]\d{3}[ .\-]\d{4}(?!\d)")
# Dates written inside messages ("connected on 2013-10-04, 4200 days ago") when dates are shown by month.
_ISO_DATE = re.compile(r"(?<!\d)(\d{4}-\d{2})-\d{2}"
                       r"(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?(?!\d)")
_DAYS_AGO = re.compile(r"\b(\d+) days ago\b")
# Absolute file paths that may name the person's home folder (POSIX, ~, Windows drive or UNC).
_ABS_PATH = re.compile(r"(?:(?<=[\s(\"'])|^)(?:~?/|[A-Za-z]:[\\/]|\\\\)[^\s:;,\"'()<>|]+")


# A wrapper folder kept at the top of member paths (an export that is one folder of files keeps it): its name
# is chosen by the platform or the person and usually holds the user name ("reddit-robinexample-2026/").
# Data folders are lower-case words joined by "_" ("apps_and_websites_off_of_facebook") and never match.
_WRAPPER_FOLDER = re.compile(
    r"^(?:(?:facebook|instagram|meta|reddit|twitter|x|discord|snapchat|tiktok|takeout|google|mydata|package)"
    r"[-. ]|.*\d{4}|.*@)[^/]*$", re.IGNORECASE)


@dataclass(frozen=True)
class Redaction:
    """What redaction did to an inventory (shown in the report; holds no identifier)."""

    applied: bool = True
    dates: DatePrecision = "exact"
    #: How many distinct values of each kind were replaced, e.g. {"name": 3, "email": 1}.
    replaced: tuple[tuple[str, int], ...] = ()


@dataclass(frozen=True)
class RedactedInventory(Inventory):
    """An Inventory after redaction; `redaction` tells the document (and the reader) what was removed."""

    redaction: Redaction = field(default_factory=Redaction)


class Pseudonyms:
    """Consistent replacements within one export: the same value always gets the same pseudonym."""

    _FORMATS = {
        "name": "[name-{n}]", "email": "[email-{n}]", "phone": "[phone-{n}]", "ip": "[ip-{n}]",
        "user-id": "[user-id-{n}]", "path": "[path-{n}]", "account": "[account-{n}]", "folder": "folder-{n}",
    }

    def __init__(self) -> None:
        self._seen: dict[tuple[str, str], str] = {}
        self._counts: dict[str, int] = {}

    def get(self, kind: str, value: str) -> str:
        key = (kind, value.casefold())
        found = self._seen.get(key)
        if found is None:
            n = self._counts.get(kind, 0) + 1
            self._counts[kind] = n
            found = self._seen[key] = self._format(kind, n, value)
        return found

    def _format(self, kind: str, n: int, value: str) -> str:
        if kind == "archive":
            # Keep only the kind of file (".zip"); its name often carries the username.
            return f"archive-{n}{_archive_suffix(value)}"
        return self._FORMATS.get(kind, "[" + kind + "-{n}]").format(n=n)

    def counts(self) -> tuple[tuple[str, int], ...]:
        return tuple(sorted(self._counts.items()))


_ARCHIVE_SUFFIXES = (".tar.gz", ".tgz", ".zip", ".tar", ".gz")


def _archive_suffix(path: str) -> str:
    low = path.lower().rstrip("/\\")
    return next((s for s in _ARCHIVE_SUFFIXES if low.endswith(s)), "")


def _identity_kind(value: str) -> str:
    if _EMAIL.fullmatch(value):
        return "email"
    if _PHONE.fullmatch(value) or (value.lstrip("+").replace(" ", "").isdigit() and len(value) >= 7):
        return "phone"
    return "name"


class Redactor:
    """Replaces the person's identifiers in every string of an inventory."""

    def __init__(self, identity: Iterable[str], user_ids: Iterable[str], paths: Iterable[str],
                 dates: DatePrecision = "exact", folders: Iterable[str] = ()) -> None:
        self.names = Pseudonyms()
        self._folders_re = _folder_pattern(folders)
        self.dates = dates
        self._identity = {v.strip().casefold(): v.strip() for v in identity if len(v.strip()) >= 2}
        self._user_ids = {u for u in user_ids if u}
        self._paths = sorted({p for p in paths if p}, key=len, reverse=True)
        self._identity_re = _literal_pattern(self._identity.values(), ignore_case=True)
        # Digit boundaries: an id inside a longer number is a different number.
        ids = sorted(self._user_ids, key=len, reverse=True)
        self._ids_re = (re.compile(r"(?<![0-9A-Za-z])(?:" + "|".join(map(re.escape, ids)) + r")(?![0-9A-Za-z])")
                        if ids else None)
        # Archive paths and their file names as they may appear inside messages.
        literals: dict[str, str] = {}
        for p in self._paths:
            literals[p] = p
            base = _basename(p)
            if len(base) >= 4:
                literals.setdefault(base, p)
        self._path_lookup = literals
        self._paths_re = _literal_pattern(sorted(literals, key=len, reverse=True), ignore_case=False)

    # --- values ---------------------------------------------------------------------------------

    def archive(self, path: str) -> str:
        """An input path (or 'a.zip + b.zip' label) → 'archive-1.zip + archive-2.zip'; live sources too."""
        if not path:
            return path
        if path.startswith("live:"):
            return "live:" + self.names.get("account", path[5:])
        return " + ".join(self.names.get("archive", part) for part in path.split(" + "))

    def account(self, key: str) -> str:
        """An account key "facebook:robin.example" → "facebook:[account-1]" (the platform stays readable)."""
        if not key:
            return key
        platform, _, rest = key.partition(":")
        return f"{platform}:{self.names.get('account', rest or key)}"

    def user_id(self, value: str | None) -> str | None:
        return None if value is None else self.names.get("user-id", value)

    def date(self, dt: datetime | None) -> datetime | None:
        if dt is None or self.dates == "exact":
            return dt
        return dt.replace(day=1, hour=0, minute=0, second=0, microsecond=0)

    def text(self, s: str) -> str:
        if not s:
            return s
        if self._paths_re is not None:
            s = self._paths_re.sub(lambda m: self.archive(self._path_lookup.get(m.group(0), m.group(0))), s)
        s = _ABS_PATH.sub(lambda m: self.names.get("path", m.group(0)), s)
        if self._folders_re is not None:
            s = self._folders_re.sub(lambda m: self.names.get("folder", m.group(0)), s)
        # E-mails before names: "robin.sso@example.net" is one e-mail, not two names around an "@".
        if "@" in s:
            s = _EMAIL.sub(lambda m: self.names.get("email", m.group(0)), s)
        if self._identity_re is not None:
            s = self._identity_re.sub(self._identity_sub, s)
        if self._ids_re is not None:
            s = self._ids_re.sub(lambda m: self.names.get("user-id", m.group(0)), s)
        if "." in s or ":" in s:
            s = _IP.sub(lambda m: self.names.get("ip", m.group(0)), s)
        s = _PHONE.sub(lambda m: self.names.get("phone", _digits(m.group(0))), s)
        if self.dates == "month":
            s = _ISO_DATE.sub(r"\1", s)
            s = _DAYS_AGO.sub(lambda m: f"about {max(1, round(int(m.group(1)) / 30.44))} months ago", s)
        return s

    def _identity_sub(self, m: re.Match[str]) -> str:
        value = m.group(0)
        kind = _identity_kind(value)
        return self.names.get(kind, _digits(value) if kind == "phone" else value)

    # --- records --------------------------------------------------------------------------------

    def value(self, v: Any) -> Any:
        """Redact any field value: strings, datetimes, tuples of them, nested findings."""
        if isinstance(v, str):
            return self.text(v)
        if isinstance(v, datetime):
            return self.date(v)
        if isinstance(v, tuple):
            return tuple(self.value(x) for x in v)
        if isinstance(v, Finding):
            return self.record(v)
        return v

    def record(self, obj: Any, **special: Any) -> Any:
        """A copy of a frozen dataclass with every field redacted; `special` fields are set as given."""
        changes = {}
        for f in dataclasses.fields(obj):
            if f.name in special:
                changes[f.name] = special[f.name]
            else:
                changes[f.name] = self.value(getattr(obj, f.name))
        return dataclasses.replace(obj, **changes)

    def grant(self, g: Grant) -> Grant:
        app_id = self.user_id(g.app_id) if g.app_id is not None and g.app_id in self._user_ids else None
        return self.record(
            g,
            user_app_id=self.user_id(g.user_app_id),
            # A Facebook app_id is the person's scoped id: pseudonymise it the same way; a real app id stays.
            app_id=app_id if app_id is not None else (self.text(g.app_id) if g.app_id else g.app_id),
            source=self.archive(g.source),
            account=self.account(g.account),
            revoke_handle=None,
        )

    def source(self, s: Source) -> Source:
        return self.record(
            s,
            path=self.archive(s.path),
            parts=tuple(self.archive(p) for p in s.parts),
            identity=(),
            account=self.account(s.account),
            owner=self.names.get("name", s.owner) if s.owner else None,
            owner_id=self.user_id(s.owner_id),
        )

    def activity(self, a: ActivityRecord) -> ActivityRecord:
        # Event ids name the sending app or pixel, but a set of them can fingerprint the person: drop them.
        return self.record(a, ids=(), account=self.account(a.account), source=self.archive(a.source))

    def advertiser(self, a: Advertiser) -> Advertiser:
        return self.record(a, account=self.account(a.account), source=self.archive(a.source))


def redact(inv: Inventory, *, dates: DatePrecision = "exact") -> RedactedInventory:
    """Pseudonymise per-user ids, names, e-mails, phones, IPs and archive paths; optionally coarsen dates."""
    identity: list[str] = []
    paths: list[str] = []
    for s in inv.sources:
        identity.extend(s.identity)
        identity.extend(v for v in (s.owner, s.owner_id) if v)
        for p in (s.path, *s.parts):
            if p and not p.startswith("live:"):
                paths.extend(p.split(" + "))
    for g in inv.grants:
        if g.source and not g.source.startswith("live:"):
            paths.extend(g.source.split(" + "))
    user_ids = [g.user_app_id for g in inv.grants if g.user_app_id]
    members = [p for s in inv.sources for p in (*s.files_used, *s.files_empty)]
    members += [g.source_file for g in inv.grants if g.source_file]
    members += [a.source_file for a in inv.activity if a.source_file]
    members += [a.source_file for a in inv.advertisers if a.source_file]
    r = Redactor(identity, user_ids, paths, dates, wrapper_folders(members))
    sources = tuple(r.source(s) for s in inv.sources)
    grants = tuple(r.grant(g) for g in inv.grants)
    activity = tuple(r.activity(a) for a in inv.activity)
    advertisers = tuple(r.advertiser(a) for a in inv.advertisers)
    return RedactedInventory(sources=sources, grants=grants, activity=activity, advertisers=advertisers,
                             redaction=Redaction(True, dates, r.names.counts()))


def wrapper_folders(member_paths: Iterable[str]) -> set[str]:
    """Top folders of member paths whose names look chosen by a platform or a person, not a data folder."""
    tops = {p.split("/", 1)[0] for p in member_paths if "/" in p}
    return {t for t in tops if _WRAPPER_FOLDER.match(t)}


def _folder_pattern(folders: Iterable[str]) -> re.Pattern[str] | None:
    vals = sorted({f for f in folders if f}, key=len, reverse=True)
    if not vals:
        return None
    # A folder name only where a path component starts and ends.
    return re.compile(r"(?<![^\s/\\\"'(])(?:" + "|".join(map(re.escape, vals)) + r")(?=/)")


def _literal_pattern(values: Iterable[str], *, ignore_case: bool) -> re.Pattern[str] | None:
    vals = sorted({v for v in values if v}, key=len, reverse=True)
    if not vals:
        return None
    # Word boundaries so "Robin" does not eat "Robinson"; lookarounds also work for values like "+1 555".
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, vals)) + r")(?!\w)",
                      re.IGNORECASE if ignore_case else 0)


def _basename(path: str) -> str:
    return re.split(r"[\\/]", path.rstrip("/\\"))[-1]


def _digits(s: str) -> str:
    return "".join(c for c in s if c.isdigit() or c == "+")
