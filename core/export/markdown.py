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


#: A date as the German report writes it ("5. März 2024"): letters, digits, dots and spaces only, so no markup;
#: shown as it is (md_escape would escape the "5." that could start a numbered list).
_DAY_DOT_DATE = re.compile(r"\d{1,2}\. [^\W\d_]+\.? \d{4}")


def md_date(s: str) -> str:
    """A report date as Markdown text."""
    return s if _DAY_DOT_DATE.fullmatch(s) else md_escape(s)


def _url(url: str | None) -> str | None:
    # Only https links to settings pages (from our own resources) become links; parentheses are encoded.
    if not url or not url.startswith("https://"):
        return None
    return url.replace("(", "%28").replace(")", "%29").replace(" ", "%20").replace("<", "%3C").replace(">", "%3E")


def _table(headers: list[str], rows: list[list[str]]) -> list[str]:
    out = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
    out += ["| " + " | ".join(r) + " |" for r in rows]
    return out


def render_markdown(doc: dict[str, Any], language: str | None = None, **_options: Any) -> bytes:
    """The report as Markdown in `language` ("en", "de", "fr", "es"; default English)."""
    v = build_view(doc, language)
    t = v["t"]
    e = md_escape
    lines: list[str] = [f"# {t('md.heading')}", "", f"*{v['title']}*", ""]
    meta = []
    if v["generated"]:
        meta.append(t("md.made_with", date=md_date(v["generated"])))
    if v["redaction"].get("applied"):
        meta.append(t("md.redacted") + (t("md.redacted_month") if v["month_only"] else ""))
    if meta:
        lines += ["*" + "; ".join(meta) + ".*", ""]
    for c in v["cards"]:
        lines.append(f"- **{c['n']}** {c['label']}")

    lines += ["", f"## {t('h.access_now')} ({v['n_active']})", ""]
    if v["active"]:
        lines += _table(
            [t("col.app"), t("col.platform"), t("col.since"), t("col.last_used"), t("col.can_see"),
             t("col.attention")],
            [[e(r["app"]), e(r["platform"]), md_date(r["granted"]), md_date(r["last_used"]),
              "; ".join(e(a["label"]) for a in r["access"]) if r["access"] else t("md.not_listed"),
              e("; ".join(f["title"] for f in r["findings"])) or "—"] for r in v["active"]])
    else:
        lines.append(t("access.none"))

    if v["listed"]:
        lines += ["", f"### {t('h.listed')} ({v['n_listed']})", "", t("listed.lead"), ""]
        lines += [f"- {e(r['app'])} ({e(r['platform'])})" for r in v["listed"]]

    lines += ["", f"## {t('h.categories')}", ""]
    if v["categories"]:
        for c in v["categories"]:
            apps = ", ".join(e(a) for a in c["apps"][:30]) + (" …" if len(c["apps"]) > 30 else "")
            lines.append(f"- **{e(c['label'])}** ({e(c['sensitivity_title'])}): "
                         + t("md.cat_counts", active=c["active"], total=c["total"]) + (f" — {apps}" if apps else ""))
    if v["no_permission_detail"]:
        lines.append("- " + t("md.no_detail", n=v["no_permission_detail"]))

    lines += ["", f"## {t('h.attention')}", ""]
    if v["findings"]:
        n, total, apps = v["attention"], v["findings_total"], v["flagged_apps"]
        lines += [f"**{t.n('att.need', n)}** "
                  + t("md.att_rest", findings=t.n("att.findings", total), apps=t.n("att.apps", apps)), ""]
        for grp in v["finding_groups"]:
            lines += [f"### {e(grp['severity_title'])}: {e(grp['title'])} ({len(grp['rows'])})", ""]
            if grp["action"]:
                lines += [f"*{t('att.what_to_do')}* {e(grp['action'])}", ""]
            for f in grp["rows"]:
                lines.append(f"- **{e(f['app'])}** ({e(f['platform'])}, {e(f['status'].lower())}): {e(f['message'])}"
                             + (f" *{e(f['action'])}*" if f["action"] and not grp["action"] else ""))
            lines.append("")
    else:
        lines.append(t("md.nothing"))

    lines += ["", f"## {t('h.timeline')}", ""]
    if v["year_chart"]:
        peak = v["year_chart"]["peak"]
        for b in v["year_chart"]["bars"]:
            bar = "█" * max(1 if b["total"] else 0, round(b["total"] / peak * 30))
            lines.append(f"    {b['year']}  {bar} {b['total']}")
    if v["date_unknown"]:
        lines += ["", t("md.unknown", n=v["date_unknown"])]

    if v["activity"]:
        lines += ["", f"## {t('h.activity')} ({v['businesses']})", ""]
        if len(v["activity"]) != v["businesses"]:
            lines += [t("md.per_platform", rows=len(v["activity"])), ""]
        lines += _table([t("col.business"), t("col.platform"), t("col.events"), t("col.first"), t("col.last")],
                        [[e(a["business"]), e(a["platform"]), str(a["events"]), md_date(a["first"]), md_date(a["last"])]
                         for a in v["activity"]])
    if v["advertisers"]:
        lines += ["", f"## {t('h.advertisers')} ({len(v['advertisers'])})", ""]
        for a in v["advertisers"]:
            lines.append(f"- {e(a['name'])} ({e(a['platform'])})" + (f": {e(a['reasons'])}" if a["reasons"] else ""))

    lines += ["", f"## {t('h.next')}", ""]
    for s in v["steps"]:
        url = _url(s["url"])
        target = f"[{t('next.settings', name=e(s['name']))}](<{url}>)" if url else e(s["name"])
        where = f" ({e(s['where'])})" if s["where"] else ""
        listed = t("md.step_listed", n=s["listed"]) if s["listed"] else ""
        lines.append(f"- **{e(s['platform'])}**: " + t("md.step", active=s["active"], listed=listed,
                                                          attention=s["attention"], target=target, where=where))
    lines.append("- " + t("md.step_end"))

    if v["past"]:
        lines += ["", f"## {t('md.h_past')} ({v['n_past']})", ""]
        lines += _table([t("col.app"), t("col.platform"), t("col.status"), t("col.since"), t("col.removed")],
                        [[e(r["app"]), e(r["platform"]), e(r["status_title"]), md_date(r["granted"]),
                          md_date(r["removed"])] for r in v["past"]])

    if v["own"]:
        lines += ["", f"## {t('md.h_own')} ({v['own_apps']})", "", t("md.own_lead"), ""]
        lines += [f"- {e(r['app'])} ({e(r['platform'])})" for r in v["own"]]

    lines += ["", f"## {t('h.sources')}", ""]
    for s in v["sources"]:
        gen = f" — {e(s['generation'])}" if s["generation"] else ""
        lines.append(f"- **{e(s['platform'])}**{gen}: {e(s['path'])} ({t('md.files_read', n=s['files'])})")
        for w in s["warnings"]:
            lines.append("  - " + t("md.warning", text=e(w)))
    lines.append("")
    return "\n".join(lines).encode("utf-8")
