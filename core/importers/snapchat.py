"""Snapchat "My Data": json/connected_apps.json read schema-agnostically (its inner shape is undocumented)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from core.archive.tree import ArchiveTree
from core.importers.base import ImportContext, Importer, ImportResult
from core.importers.common import any_time, norm_key, walk_json
from core.importers.markers import SNAPCHAT_CONNECTED as CONNECTED
from core.importers.markers import SNAPCHAT_CONNECTED_HTML as CONNECTED_HTML
from core.importers.markers import snapchat_score
from core.model import Grant, Status
from core.text import normalize_name

ACCOUNT = ("json/account.json", "account.json")

# Fuzzy key preferences, best first (keys are compared after norm_key: 'App Name' → 'app name').
NAME_KEYS = ("app name", "application name", "app", "application", "name", "title", "client", "client name")
TIME_KEYS = ("date", "time", "created", "connected", "added", "authorized", "granted", "timestamp")
LAST_KEYS = ("last used", "last active", "last seen", "last access", "last login")
PERM_KEYS = ("permission", "scope", "access", "data shared", "shared data")
STATUS_KEYS = ("status", "state")
IDENTITY_KEYS = ("username", "user name", "display name", "name", "email", "phone number", "mobile number")

GENERATION = "My Data (JSON); connected_apps.json shape not documented by Snapchat"


@dataclass
class _App:
    name: str
    times: list[datetime] = field(default_factory=list)
    last: list[datetime] = field(default_factory=list)
    perms: list[str] = field(default_factory=list)
    status: Status = "active"
    count: int = 0


def _choose(keys: list[str], prefs: tuple[str, ...], *, exclude: tuple[str, ...] = ()) -> str | None:
    """The key that best matches the preferences: an exact normalized match first, then a containing one."""
    normed = [(k, norm_key(k)) for k in keys]
    normed = [(k, n) for k, n in normed if not any(x in n.split() for x in exclude)]
    for p in prefs:
        for k, n in normed:
            if n == p:
                return k
    for p in prefs:
        for k, n in normed:
            if p in n.split() or p in n:
                return k
    return None


def _perm_values(v: Any) -> list[str]:
    if isinstance(v, str):
        if "," in v or ";" in v:
            return [p.strip() for p in v.replace(";", ",").split(",") if p.strip()]
        if "_" in v or ":" in v:  # OAuth-style scope string: "display_name bitmoji"
            return v.split()
        return [v.strip()] if v.strip() else []
    if isinstance(v, list):
        out: list[str] = []
        for x in v:
            if isinstance(x, str) and x.strip():
                out.append(x.strip())
            elif isinstance(x, dict):
                nm = next((y for y in x.values() if isinstance(y, str) and y.strip()), None)
                if nm:
                    out.append(nm.strip())
        return out
    if isinstance(v, dict):
        return [str(k) for k, on in v.items() if on not in (False, None, "", "false", "False")]
    return []


def _status(v: Any) -> Status:
    s = str(v).casefold()
    if "revok" in s or "remov" in s or "disconnect" in s or "delet" in s:
        return "removed"
    if "expir" in s or "inactive" in s:
        return "expired"
    return "active"


class SnapchatImporter(Importer):
    platform = "snapchat"
    title = "Snapchat"

    @classmethod
    def detect(cls, tree: ArchiveTree) -> int:
        return snapchat_score(tree)

    def run(self, ctx: ImportContext) -> ImportResult:
        res = ImportResult(generation=GENERATION)
        self._identity(ctx, res)
        m = ctx.find(*CONNECTED)
        if m is None:
            if ctx.find(*CONNECTED_HTML) is not None:
                ctx.warn("this Snapchat export holds connected apps only as HTML, which is not read; "
                         "request your data again with JSON selected")
                res.generation = "My Data (HTML only)"
            else:
                ctx.warn("this Snapchat export has no connected_apps.json: no list of connected apps was found")
            return res
        data = ctx.read_json(m)
        if data is None:
            return res
        apps: dict[str, _App] = {}
        lists_seen: list[str] = []
        used_keys: dict[str, set[str]] = {"name": set(), "date": set(), "permissions": set()}
        for path, node in walk_json(data):
            if not isinstance(node, list) or not node:
                continue
            label = " / ".join(p for p in path if not p.startswith("[")) or "top level"
            dicts = [x for x in node if isinstance(x, dict)]
            if not dicts:
                strings = [x.strip() for x in node if isinstance(x, str) and x.strip()]
                # A list of plain names under a key that talks about apps.
                if strings and path and any(w in norm_key(path[-1]) for w in ("app", "application", "connect")):
                    lists_seen.append(f"'{label}' ({len(strings)} names)")
                    used_keys["name"].add("(list of names)")
                    for s in strings:
                        a = apps.setdefault(normalize_name(s), _App(s))
                        a.count += 1
                continue
            got = 0
            for d in dicts:
                keys = [k for k, v in d.items() if isinstance(k, str)]
                scalar = [k for k in keys if isinstance(d[k], (str, int, float))]
                nk = _choose([k for k in scalar if isinstance(d[k], str)], NAME_KEYS,
                             exclude=("user", "display", "email", "id"))
                if nk is None or not d[nk].strip():
                    continue
                name = d[nk].strip()
                a = apps.setdefault(normalize_name(name), _App(name))
                a.count += 1
                got += 1
                used_keys["name"].add(nk)
                lk = _choose(scalar, LAST_KEYS)
                if lk is not None and (t := any_time(d[lk])):
                    a.last.append(t)
                tk = _choose([k for k in scalar if k != lk], TIME_KEYS)
                if tk is not None and (t := any_time(d[tk])):
                    a.times.append(t)
                    used_keys["date"].add(tk)
                pk = _choose(keys, PERM_KEYS)
                if pk is not None:
                    for p in _perm_values(d[pk]):
                        if len(a.perms) >= 200:  # more than any app asks for: a hostile list stays linear
                            break
                        if p not in a.perms:
                            a.perms.append(p)
                    used_keys["permissions"].add(pk)
                sk = _choose(scalar, STATUS_KEYS)
                if sk is not None and _status(d[sk]) != "active":
                    a.status = _status(d[sk])
            if got:
                lists_seen.append(f"'{label}' ({got} record(s))")
        if not apps:
            if _is_empty(data):
                ctx.empty(m.path)
            else:
                ctx.unknown_shape(m, data)
            return res
        fields = "; ".join(f"{k}: {', '.join(sorted(v))}" for k, v in used_keys.items() if v)
        ctx.warn(f"{m.path}: Snapchat does not document this file, so it was read by guessing fields. "
                 f"Found {len(apps)} app(s) in {', '.join(lists_seen[:4])} using {fields}. "
                 "Compare with Settings → Connected Apps in Snapchat.")
        for a in apps.values():
            res.grants.append(Grant(
                platform="snapchat", app=a.name, app_id=None, status=a.status,
                granted_at=min(a.times) if a.times else None,
                last_used_at=max(a.last) if a.last else None,
                permissions=tuple(a.perms), source=ctx.source_label, source_file=m.path, record_count=a.count,
                status_basis="inferred",
            ))
        return res

    def _identity(self, ctx: ImportContext, res: ImportResult) -> None:
        m = ctx.find(*ACCOUNT)
        if m is None:
            return
        data = ctx.read_json(m)
        for _, node in walk_json(data, max_nodes=10_000):
            if isinstance(node, dict):
                for k, v in node.items():
                    if isinstance(k, str) and norm_key(k) in IDENTITY_KEYS and isinstance(v, str) and v.strip():
                        res.identity.add(v.strip())
                        if norm_key(k) in ("username", "user name") and not res.owner_id:
                            res.owner_id = v.strip()
                        elif norm_key(k) in ("name", "display name") and not res.owner:
                            res.owner = v.strip()
        res.owner = res.owner or res.owner_id


def _is_empty(data: Any) -> bool:
    """True for {}, [], or objects whose values are all empty lists/objects/strings."""
    if data in ({}, [], "", None):
        return True
    if isinstance(data, dict):
        return all(_is_empty(v) for v in data.values())
    return False
