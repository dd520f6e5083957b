"""Markdown writer: the same summary as the HTML report, readable as plain text (archive text escaped)."""

from __future__ import annotations

import re
from typing import Any

from core.export.view import build_view
from core.text import clean_text

# Characters that start markup anywhere in a line (emphasis, code, links, raw HTML, tables, strikethrough).
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|~$^])")
# Characters that matter only in some places: list/heading markers at the start, autolinks
# (scheme:// and www.), entities (&name; &#..;), footnote/image openers. Escaping only those keeps the
# terminal summary readable ("Friends-era", "Quiz: Which…") while archive text still cannot become markup.
_MD_CONTEXT = re.compile(r"^([-+=!])|^(\d+)([.)])|(:)(?=//)|(?<=www)(\.)|(&)(?=#|\w+;)|(!)(?=\\\[)", re.I)


def _ctx(m: re.Match[str]) -> str:
    if m.group(2):
        return m.group(2) + "\\" + m.group(3)
    ch = next(g for g in (m.group(1), m.group(4), m.group(5), m.group(6), m.group(7)) if g)
    return "\\" + ch


def md_escape(s: Any) -> str:
    """Archive text as literal Markdown text: no markup, no raw HTML, no link, one line."""
    text = _MD_SPECIAL.sub(r"\\\1", clean_text(s))
    return _MD_CONTEXT.sub(_ctx, text)


def _url(url: str | None) -> str | None:
    # Only https links to settings pages (from our own resources) become links; parentheses are encoded.
    if not url or not url.startswith("https://"):
        return None
    return url.replace("(", "%28").replace(")", "%29").replace(" ", "%20").replace("<", "%3C").replace(">", "%3E")


def _table(headers: list[str], rows: list[list[str]]) -> list[str]:
    out = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
    out += ["| " + " | ".join(r) + " |" for r in rows]
    return out


def _s(n: int) -> str:
    return "" if n == 1 else "s"


def render_markdown(doc: dict[str, Any], **_options: Any) -> bytes:
    v = build_view(doc)
    e = md_escape
    lines: list[str] = ["# Grantscope summary", "", f"*{v['title']}*", ""]
    meta = []
    if v["generated"]:
        meta.append(f"Made with Grantscope on {e(v['generated'])}")
    if v["redaction"].get("applied"):
        meta.append("personal identifiers removed" + (" and dates shown by month" if v["month_only"] else ""))
    if meta:
        lines += ["*" + "; ".join(meta) + ".*", ""]
    for c in v["cards"]:
        lines.append(f"- **{c['n']}** {c['label']}")

    lines += ["", f"## Who has access now ({v['n_active']})", ""]
    if v["active"]:
        lines += _table(
            ["App or website", "Platform", "Since", "Last used", "Can see", "Attention"],
            [[e(r["app"]), e(r["platform"]), e(r["granted"]), e(r["last_used"]),
              "; ".join(e(a["label"]) for a in r["access"]) if r["access"] else "not listed",
              e("; ".join(f["title"] for f in r["findings"])) or "—"] for r in v["active"]])
    else:
        lines.append("No app or website has access according to these sources.")

    if v["listed"]:
        lines += ["", f"### Listed in the export, status not stated ({v['n_listed']})", "",
                  "These exports list the apps but do not say whether each one can still reach your data. "
                  "Check on the platform whether they are still connected.", ""]
        lines += [f"- {e(r['app'])} ({e(r['platform'])})" for r in v["listed"]]

    lines += ["", "## What they can see", ""]
    if v["categories"]:
        for c in v["categories"]:
            apps = ", ".join(e(a) for a in c["apps"][:30]) + (" …" if len(c["apps"]) > 30 else "")
            lines.append(f"- **{e(c['label'])}** ({e(c['sensitivity_title'])}): "
                         f"{c['active']} with access now, {c['total']} in all" + (f" — {apps}" if apps else ""))
    if v["no_permission_detail"]:
        lines.append(f"- {v['no_permission_detail']} app(s) with access: the archive does not list what they can "
                     "see (Facebook exports do not)")

    lines += ["", "## Needs attention", ""]
    if v["findings"]:
        n, total, apps = v["attention"], v["findings_total"], v["flagged_apps"]
        lines += [f"**{n} app{_s(n)} need{'s' if n == 1 else ''} your attention** (a serious finding). In all, "
                  f"{total} finding{_s(total)} about {apps} app{_s(apps)}, most serious first.", ""]
        for grp in v["finding_groups"]:
            lines += [f"### {e(grp['severity_title'])}: {e(grp['title'])} ({len(grp['rows'])})", ""]
            if grp["action"]:
                lines += [f"*What to do:* {e(grp['action'])}", ""]
            for f in grp["rows"]:
                lines.append(f"- **{e(f['app'])}** ({e(f['platform'])}, {e(f['status'].lower())}): {e(f['message'])}"
                             + (f" *{e(f['action'])}*" if f["action"] and not grp["action"] else ""))
            lines.append("")
    else:
        lines.append("Nothing flagged.")

    lines += ["", "## When access was given", ""]
    if v["year_chart"]:
        peak = v["year_chart"]["peak"]
        for b in v["year_chart"]["bars"]:
            bar = "█" * max(1 if b["total"] else 0, round(b["total"] / peak * 30))
            lines.append(f"    {b['year']}  {bar} {b['total']}")
    if v["date_unknown"]:
        lines += ["", f"{v['date_unknown']} without a known date."]

    if v["activity"]:
        lines += ["", f"## Businesses sending your activity ({v['businesses']})", ""]
        if len(v["activity"]) != v["businesses"]:
            lines += [f"A business that reported to two platforms is listed once per platform "
                      f"({len(v['activity'])} rows).", ""]
        lines += _table(["Business", "Platform", "Events", "First", "Last"],
                        [[e(a["business"]), e(a["platform"]), str(a["events"]), e(a["first"]), e(a["last"])]
                         for a in v["activity"]])
    if v["advertisers"]:
        lines += ["", f"## Advertisers with your information ({len(v['advertisers'])})", ""]
        for a in v["advertisers"]:
            lines.append(f"- {e(a['name'])} ({e(a['platform'])})" + (f": {e(a['reasons'])}" if a["reasons"] else ""))

    lines += ["", "## What to do next", ""]
    for s in v["steps"]:
        url = _url(s["url"])
        target = f"[{e(s['name'])} settings](<{url}>)" if url else e(s["name"])
        where = f" ({e(s['where'])})" if s["where"] else ""
        listed = f", {s['listed']} listed without a stated status" if s["listed"] else ""
        lines.append(f"- **{e(s['platform'])}**: {s['active']} with access{listed}, {s['attention']} need attention. "
                     f"Review them in {target}{where}.")
    lines.append("- Remove apps you do not use any more; for those you keep, remove permissions they do not need.")

    if v["past"]:
        lines += ["", f"## Past access ({v['n_past']})", ""]
        lines += _table(["App or website", "Platform", "Status", "Since", "Removed"],
                        [[e(r["app"]), e(r["platform"]), e(r["status_title"]), e(r["granted"]), e(r["removed"])]
                         for r in v["past"]])

    if v["own"]:
        lines += ["", f"## Your own apps and the platform's own apps ({v['own_apps']})", "",
                  "Apps you manage as a developer and the platform's own clients; not counted above.", ""]
        lines += [f"- {e(r['app'])} ({e(r['platform'])})" for r in v["own"]]

    lines += ["", "## Sources used", ""]
    for s in v["sources"]:
        gen = f" — {e(s['generation'])}" if s["generation"] else ""
        lines.append(f"- **{e(s['platform'])}**{gen}: {e(s['path'])} ({s['files']} file(s) read)")
        for w in s["warnings"]:
            lines.append(f"  - warning: {e(w)}")
    lines.append("")
    return "\n".join(lines).encode("utf-8")
