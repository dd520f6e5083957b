"""Markdown writer: a readable summary for the terminal and for sharing (archive text escaped)."""

from __future__ import annotations

import re
from typing import Any

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()<>#+\-.!|~])")


def md_escape(s: Any) -> str:
    text = "" if s is None else str(s)
    text = text.replace("\r", " ").replace("\n", " ")
    return _MD_SPECIAL.sub(r"\\\1", text)


def _date(s: str | None) -> str:
    return s[:10] if s else "unknown"


def render_markdown(doc: dict[str, Any]) -> bytes:
    lines: list[str] = ["# Grantscope summary", ""]
    summ = doc["summary"]
    st = summ["by_status"]
    lines += [
        f"- Apps and websites found: **{summ['grants']}** "
        f"(access now: {st.get('active', 0)}, expired: {st.get('expired', 0)}, removed: {st.get('removed', 0)})",
        f"- Businesses that sent your activity: {summ['businesses_sending_activity']}",
        f"- Advertisers with your information: {summ['advertisers']}",
        f"- Grants needing attention: {summ.get('grants_needing_attention', 0)}",
        "",
        "## Sources",
        "",
    ]
    for s in doc["sources"]:
        gen = f" — {md_escape(s['generation'])}" if s.get("generation") else ""
        lines.append(f"- **{md_escape(s['platform'])}**{gen}: {md_escape(s['path'])}")
        for w in s.get("warnings", []):
            lines.append(f"  - warning: {md_escape(w)}")
    order = {"active": 0, "expired": 1, "removed": 2}
    grants = sorted(doc["grants"], key=lambda g: (order.get(g["status"], 3), g["platform"], g["app"].casefold()))
    for status, title in (("active", "Access now"), ("expired", "Expired"), ("removed", "Removed")):
        rows = [g for g in grants if g["status"] == status]
        if not rows:
            continue
        lines += ["", f"## {title} ({len(rows)})", "",
                  "| App | Platform | Granted | Last used | Removed | Permissions | Findings |",
                  "|---|---|---|---|---|---|---|"]
        for g in rows:
            perms = ", ".join(g["permissions"]) or "—"
            finds = "; ".join(f"{f['severity']}: {f['message']}" for f in g["findings"]) or "—"
            lines.append(
                f"| {md_escape(g['app'])} | {md_escape(g['platform'])} | {_date(g['granted_at'])} | "
                f"{_date(g['last_used_at'])} | {_date(g['removed_at']) if status == 'removed' else '—'} | "
                f"{md_escape(perms)} | {md_escape(finds)} |"
            )
    if doc["activity"]:
        lines += ["", f"## Businesses that sent your activity ({len(doc['activity'])})", "",
                  "| Business | Platform | Events | First | Last |", "|---|---|---|---|---|"]
        for a in sorted(doc["activity"], key=lambda a: -a["events"]):
            lines.append(f"| {md_escape(a['business'])} | {md_escape(a['platform'])} | {a['events']} | "
                         f"{_date(a['first_at'])} | {_date(a['last_at'])} |")
    if doc["advertisers"]:
        lines += ["", f"## Advertisers with your information ({len(doc['advertisers'])})", ""]
        for a in sorted(doc["advertisers"], key=lambda a: a["name"].casefold()):
            lines.append(f"- {md_escape(a['name'])} ({md_escape(a['platform'])})")
    lines.append("")
    return "\n".join(lines).encode("utf-8")
