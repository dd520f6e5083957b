"""The clean-up plan: apps marked "remove", grouped by platform, ticked done, and verified by a newer export."""

from __future__ import annotations

import html
import json
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import PurePath
from typing import Any, Literal

from core.export.document import settings_links
from core.model import Grant, Inventory, Source
from core.store import Decision, grant_key
from core.store_schema import Progress

State = Literal["todo", "done", "verified", "still_connected"]
PLAN_SCHEMA = "grantscope.plan/1"
#: What each state is called in every plan output (the window translates its own copy).
STATE_WORDS = {"todo": "to do", "done": "done", "verified": "verified gone", "still_connected": "still connected"}


@dataclass(frozen=True)
class PlanItem:
    key: str
    platform: str
    app: str
    state: State
    words: tuple[str, ...] = ()
    grant: Grant | None = None
    done_at: str = ""
    proof: str = ""
    deletion_requested_at: str = ""
    note: str = ""

    @property
    def live(self) -> bool:
        return self.grant is not None and self.grant.live and self.grant.status == "active"


@dataclass(frozen=True)
class Plan:
    items: tuple[PlanItem, ...] = ()
    links: dict[str, dict[str, Any]] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return len(self.items)

    @property
    def done(self) -> int:
        return sum(1 for i in self.items if i.state in ("done", "verified"))

    def still_connected(self) -> tuple[PlanItem, ...]:
        return tuple(i for i in self.items if i.state == "still_connected")

    def groups(self) -> list[tuple[str, tuple[PlanItem, ...]]]:
        order: dict[str, list[PlanItem]] = {}
        for i in self.items:
            order.setdefault(i.platform, []).append(i)
        return [(p, tuple(v)) for p, v in order.items()]

    def platform_name(self, platform: str) -> str:
        return str(self.links.get(platform, {}).get("name") or platform.title())


def _all_grants(inv: Inventory) -> dict[str, Grant]:
    """Every grant by key: older snapshots first, so the newest export's record wins."""
    out: dict[str, Grant] = {}
    for e in inv.earlier:
        for g in e.grants:
            out[grant_key(g)] = g
    for g in inv.grants:
        out[grant_key(g)] = g
    return out


def _state(p: Progress | None) -> State:
    if p is None or not p.done_at:
        return "todo"
    if p.verified_by:
        return "verified"
    if p.still_connected_by:
        return "still_connected"
    return "done"


def build_plan(inv: Inventory, decisions: dict[str, Decision], progress: dict[str, Progress],
               words: Any = None) -> Plan:
    """`words(grant)` gives what the app can see in plain words (catalog.plain_words)."""
    removing = [(key, d) for key, d in decisions.items() if d.decision == "remove"]
    grants = _all_grants(inv) if removing else {}  # nothing to look up: no pass over 100,000 grants
    items = []
    for key, d in removing:
        g = grants.get(key)
        p = progress.get(key)
        state = _state(p)
        items.append(PlanItem(
            key=key, platform=g.platform if g else d.platform, app=g.app if g else d.app, state=state,
            words=tuple(words(g)) if (g is not None and words is not None) else (), grant=g,
            done_at=p.done_at if p else "",
            proof=("" if p is None else p.verified_by if state == "verified" else p.still_connected_by),
            deletion_requested_at=p.deletion_requested_at if p else "", note=d.note))
    rank = {"still_connected": 0, "todo": 1, "done": 2, "verified": 3}
    items.sort(key=lambda i: (i.platform, rank[i.state], i.app.casefold()))
    platforms = sorted({i.platform for i in items}, key=lambda p: (min(rank[i.state] for i in items
                                                                       if i.platform == p), p))
    items.sort(key=lambda i: platforms.index(i.platform))
    return Plan(tuple(items), settings_links())


def _day(when: datetime) -> str:
    w = when if when.tzinfo else when.replace(tzinfo=timezone.utc)
    return w.astimezone(timezone.utc).strftime("%Y-%m-%d")


def _stamp(when: datetime) -> str:
    w = when if when.tzinfo else when.replace(tzinfo=timezone.utc)
    return w.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass(frozen=True)
class Check:
    """What a newer export says about an app ticked done: gone (proof) or still connected."""

    key: str
    platform: str
    app: str
    outcome: Literal["verified", "still_connected"]
    proof: str


def proof_text(source: Source) -> str:
    assert source.exported_at is not None
    return f"export of {_day(source.exported_at)} ({PurePath((source.parts or (source.path,))[0]).name})"


def verify(inv: Inventory, decisions: dict[str, Decision], progress: dict[str, Progress]) -> list[Check]:
    """Apps ticked done, against the newest export of their account made after the tick.

    Gone from that export, or listed there as removed/expired: verified gone, with the export's date as proof.
    Still active there: still connected. An export made before the tick proves nothing either way.
    """
    ticked = [(key, p) for key, p in progress.items() if p.done_at and not p.verified_by and (
        (d := decisions.get(key)) is not None and d.decision == "remove")]
    if not ticked:  # nothing ticked done and unproven: no pass over every grant
        return []
    current = {grant_key(g): g for g in inv.grants}
    known = _all_grants(inv)  # whose account each app was seen in (older snapshots included)
    newest: dict[str, Source] = {}  # per account (several people may use one platform)
    for s in inv.sources:
        if s.kind == "archive" and s.exported_at is not None:
            account = s.account or s.platform
            old = newest.get(account)
            if old is None or (old.exported_at is not None and _stamp(s.exported_at) > _stamp(old.exported_at)):
                newest[account] = s
    out = []
    for key, p in ticked:
        seen = known.get(key)
        if seen is not None and seen.account:
            src = newest.get(seen.account)
        else:  # never seen in these exports: only a platform with one account can speak for it
            on_platform = [s for s in newest.values() if s.platform == p.platform]
            src = on_platform[0] if len(on_platform) == 1 else None
        if src is None or src.exported_at is None or _stamp(src.exported_at) <= p.done_at:
            continue
        g = current.get(key)
        # The current inventory holds only the newest export of each account, so a current record is in it.
        in_src = g is not None and not g.live and (g.account or src.account) == src.account
        proof = proof_text(src)
        if in_src and g is not None and g.status == "active":
            if p.still_connected_by != proof:
                out.append(Check(key, p.platform, p.app, "still_connected", proof))
        else:
            out.append(Check(key, p.platform, p.app, "verified", proof))
    return out


def snapshots(inv: Inventory) -> list[tuple[str, str, str]]:
    """(account, file name, export date) of every archive opened, current and older: kept in the store as proof."""
    out = []
    for src in list(inv.sources) + [e.sources[0] for e in inv.earlier if e.sources]:
        if src.kind == "archive" and src.platform != "unknown":
            name = PurePath((src.parts or (src.path,))[0]).name
            out.append((src.account or src.platform, name, _stamp(src.exported_at) if src.exported_at else ""))
    return out


# -- outputs ---------------------------------------------------------------------------------------------------

def plan_document(plan: Plan, generated_at: datetime | None = None) -> dict[str, Any]:
    """The plan as data (grantscope.plan/1): every output format renders this."""
    platforms = []
    for platform, items in plan.groups():
        link = plan.links.get(platform, {})
        platforms.append({
            "platform": platform, "name": plan.platform_name(platform), "url": link.get("url"),
            "where": link.get("where") or f"{plan.platform_name(platform)} settings, the list of connected apps",
            "apps": [{"app": i.app, "state": i.state, "done_at": i.done_at, "proof": i.proof,
                      "can_see": list(i.words), "deletion_requested_at": i.deletion_requested_at,
                      "developer": i.grant.developer if i.grant else None} for i in items]})
    return {
        "schema": PLAN_SCHEMA,
        "generated_at": _stamp(generated_at or datetime.now(timezone.utc)),
        "total": plan.total, "done": plan.done,
        "still_connected": [{"app": i.app, "platform": i.platform, "proof": i.proof} for i in plan.still_connected()],
        "platforms": platforms,
    }


def progress_text(doc: dict[str, Any]) -> str:
    return f"{doc['done']} of {doc['total']} done"


def _box(state: str) -> str:
    return "[x]" if state in ("done", "verified") else "[ ]"


def render_markdown(doc: dict[str, Any], checklist: bool = False) -> bytes:
    lines = ["# Clean-up plan", "", f"{progress_text(doc)} · {doc['generated_at'][:10]}", ""]
    if doc["still_connected"]:
        lines += ["## Still connected", "",
                  "Ticked done, but a newer export still lists these apps as active: remove them again.", ""]
        lines += [f"- **{a['app']}** ({a['platform']}) — {a['proof']}" for a in doc["still_connected"]] + [""]
    for p in doc["platforms"]:
        lines += [f"## {p['name']}", "", f"Where: {p['where']}" + (f" — <{p['url']}>" if p["url"] else ""), ""]
        for a in p["apps"]:
            state = STATE_WORDS[a["state"]]
            extra = f" — {a['proof']}" if a["proof"] else ""
            lines.append(f"- {_box(a['state'])} **{a['app']}** ({state}{extra})")
            if a["can_see"] and not checklist:
                lines.append(f"  - Can see: {', '.join(a['can_see'])}")
        lines.append("")
    return "\n".join(lines).encode("utf-8")


_CSS = ("body{font-family:sans-serif;font-size:9.5pt;margin:0}h1{font-size:15pt;margin:0 0 2pt}"
        "h2{font-size:11pt;margin:8pt 0 2pt}p{margin:1pt 0}.where{color:#444;font-size:8.5pt}"
        "table{border-collapse:collapse;width:100%}td{padding:1pt 4pt;vertical-align:top;"
        "border-bottom:1px solid #ccc}td.box{width:14pt;font-size:11pt}.warn{color:#a00}.small{font-size:8pt;"
        "color:#555}")


def render_html(doc: dict[str, Any], checklist: bool = False) -> bytes:
    e = html.escape
    out = [f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>Clean-up plan</title><style>{_CSS}</style>"
           "</head><body>", "<h1>Clean-up plan</h1>",
           f"<p><b>{e(progress_text(doc))}</b> · {e(doc['generated_at'][:10])}</p>"]
    if doc["still_connected"]:
        out.append("<h2 class='warn'>Still connected</h2><p>Ticked done, but a newer export still lists these "
                   "apps as active: remove them again.</p><ul>")
        out += [f"<li><b>{e(a['app'])}</b> ({e(a['platform'])}) — {e(a['proof'])}</li>"
                for a in doc["still_connected"]]
        out.append("</ul>")
    for p in doc["platforms"]:
        link = f" — <a href='{e(p['url'])}'>{e(p['url'])}</a>" if p["url"] else ""
        out.append(f"<h2>{e(p['name'])}</h2><p class='where'>Where: {e(p['where'])}{link}</p><table>")
        for a in p["apps"]:
            box = "&#9746;" if a["state"] in ("done", "verified") else "&#9744;"
            state = STATE_WORDS[a["state"]] + (f" — {a['proof']}" if a["proof"] else "")
            sees = "" if checklist or not a["can_see"] else f"<br><span class='small'>Can see: " \
                                                              f"{e(', '.join(a['can_see']))}</span>"
            out.append(f"<tr><td class='box'>{box}</td><td><b>{e(a['app'])}</b>{sees}</td>"
                       f"<td class='small'>{e(state)}</td></tr>")
        out.append("</table>")
    out.append("</body></html>")
    return "\n".join(out).encode("utf-8")


def render_json(doc: dict[str, Any], checklist: bool = False) -> bytes:
    return (json.dumps(doc, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


_PDF: Any = None


def register_pdf(render: Any) -> None:
    """The PDF writer needs Qt: the entry point (main.py / ui/app.py) registers it."""
    global _PDF
    _PDF = render


FORMATS = ("md", "html", "json", "pdf")


def render(doc: dict[str, Any], fmt: str, checklist: bool = False, paper: str = "a4") -> bytes:
    if fmt == "md":
        return render_markdown(doc, checklist)
    if fmt == "html":
        return render_html(doc, checklist)
    if fmt == "json":
        return render_json(doc)
    if fmt == "pdf" and _PDF is not None:
        return bytes(_PDF(render_html(doc, checklist=True).decode("utf-8"), paper=paper))
    raise ValueError(f"unknown plan format: {fmt}")
