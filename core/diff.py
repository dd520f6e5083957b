"""What changed between two snapshots of one account: new apps, gone apps, status changes, returns, permissions."""

from __future__ import annotations

import html
import json
from datetime import datetime, timezone
from pathlib import PurePath
from typing import Any

from core.accounts import account_label, account_of
from core.errors import NotSameAccount
from core.model import Grant, Inventory, Source
from core.store import grant_key

DIFF_SCHEMA = "grantscope.diff/1"
SECTIONS = ("new", "gone", "changed", "returned", "permissions_added")
TITLES = {"new": "New apps", "gone": "Apps gone", "changed": "Status changed", "returned": "Back again",
          "permissions_added": "Permissions added"}
FORMATS = ("md", "json", "html")


def _stamp(when: datetime | None) -> str | None:
    if when is None:
        return None
    w = when if when.tzinfo else when.replace(tzinfo=timezone.utc)
    return w.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _source(inv: Inventory) -> Source:
    known = [s for s in inv.sources if s.platform != "unknown"]
    if not known:
        raise NotSameAccount("no data from a supported platform was found")
    return known[0]


def describe(s: Source) -> dict[str, Any]:
    return {"path": PurePath((s.parts or (s.path,))[0]).name, "platform": s.platform,
            "account": s.account or account_of(s), "label": account_label(s), "exported_at": _stamp(s.exported_at)}


def _app(g: Grant) -> dict[str, Any]:
    return {"app": g.app, "app_id": g.app_id, "platform": g.platform, "kind": g.kind, "status": g.status,
            "permissions": list(g.permissions)}


def diff(old: Inventory, new: Inventory) -> dict[str, Any]:
    """The diff document (grantscope.diff/1); NotSameAccount when OLD and NEW are different accounts."""
    so, sn = _source(old), _source(new)
    a_old, a_new = so.account or account_of(so), sn.account or account_of(sn)
    if a_old != a_new:
        raise NotSameAccount(
            f"these are not two exports of the same account: OLD is {account_label(so)} on {so.platform}, "
            f"NEW is {account_label(sn)} on {sn.platform}; diff compares two exports of one account",
            old=a_old, new=a_new)
    before = {grant_key(g): g for g in old.grants}
    after = {grant_key(g): g for g in new.grants}
    out: dict[str, list[dict[str, Any]]] = {k: [] for k in SECTIONS}
    for key, g in after.items():
        o = before.get(key)
        if o is None:
            out["new"].append(_app(g))
            continue
        if o.status != g.status:
            section = "returned" if g.status == "active" else "changed"
            out[section].append({**_app(g), "from": o.status, "to": g.status})
        added = [p for p in g.permissions if p not in set(o.permissions)]
        if added:
            out["permissions_added"].append({**_app(g), "added": added})
    for key, o in before.items():
        if key not in after:
            out["gone"].append(_app(o))
    for rows in out.values():
        rows.sort(key=lambda r: (r["platform"], str(r["app"]).casefold()))
    return {"schema": DIFF_SCHEMA, "old_export": describe(so), "new_export": describe(sn),
            "counts": {k: len(v) for k, v in out.items()}, **out}


def _line(section: str, r: dict[str, Any]) -> str:
    if section in ("changed", "returned"):
        return f"{r['app']}: {r['from']} → {r['to']}"
    if section == "permissions_added":
        return f"{r['app']}: + {', '.join(r['added'])}"
    return f"{r['app']} ({r['status']})"


def render_markdown(doc: dict[str, Any]) -> bytes:
    o, n = doc["old_export"], doc["new_export"]
    lines = ["# What changed", "", f"Account: {n['label']} ({n['platform']})", "",
             f"- Old: {o['path']} ({(o['exported_at'] or 'date unknown')[:10]})",
             f"- New: {n['path']} ({(n['exported_at'] or 'date unknown')[:10]})", ""]
    if not any(doc["counts"].values()):
        lines += ["Nothing changed.", ""]
    for s in SECTIONS:
        if doc[s]:
            lines += [f"## {TITLES[s]} ({len(doc[s])})", ""] + [f"- {_line(s, r)}" for r in doc[s]] + [""]
    return "\n".join(lines).encode("utf-8")


def render_html(doc: dict[str, Any]) -> bytes:
    e = html.escape
    o, n = doc["old_export"], doc["new_export"]
    out = ["<!DOCTYPE html><html><head><meta charset='utf-8'><title>What changed</title></head><body>",
           "<h1>What changed</h1>", f"<p>Account: {e(n['label'])} ({e(n['platform'])})</p>",
           f"<p>Old: {e(o['path'])} ({e((o['exported_at'] or 'date unknown')[:10])}) · "
           f"New: {e(n['path'])} ({e((n['exported_at'] or 'date unknown')[:10])})</p>"]
    if not any(doc["counts"].values()):
        out.append("<p>Nothing changed.</p>")
    for s in SECTIONS:
        if doc[s]:
            out.append(f"<h2>{e(TITLES[s])} ({len(doc[s])})</h2><ul>")
            out += [f"<li>{e(_line(s, r))}</li>" for r in doc[s]]
            out.append("</ul>")
    out.append("</body></html>")
    return "\n".join(out).encode("utf-8")


def render(doc: dict[str, Any], fmt: str) -> bytes:
    if fmt == "json":
        return (json.dumps(doc, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    if fmt == "html":
        return render_html(doc)
    if fmt == "md":
        return render_markdown(doc)
    raise ValueError(f"unknown diff format: {fmt}")
