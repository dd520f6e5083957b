"""HTML writer: one self-contained, escaped, printable page (Jinja2 + inline CSS + inline SVG, no script)."""

from __future__ import annotations

from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2
import markupsafe

from core.export.writers import clean_text

TEMPLATES = Path(__file__).resolve().parents[2] / "resources" / "report"

#: Above this many grants the Qt variant lists apps as paragraphs, not table rows (Qt table layout is slow).
QT_TABLE_LIMIT = 150

PLATFORM_TITLES = {
    "facebook": "Facebook", "instagram": "Instagram", "x": "X (Twitter)", "google": "Google",
    "microsoft": "Microsoft", "github": "GitHub", "snapchat": "Snapchat", "tiktok": "TikTok",
    "discord": "Discord", "reddit": "Reddit", "linkedin": "LinkedIn", "keycloak": "Keycloak",
    "authentik": "authentik", "entra": "Microsoft Entra", "google_workspace": "Google Workspace",
}
STATUS_TITLES = {"active": "Has access", "expired": "Expired", "removed": "Removed"}
KIND_TITLES = {
    "oauth_app": "App or website", "sign_in": "Sign-in", "linked_account": "Linked account",
    "device_app": "App on a device", "extension": "Extension", "administered_app": "App you manage",
}
SEVERITY_RANK = {"high": 0, "medium": 1, "low": 2}
SEVERITY_TITLES = {"high": "High", "medium": "Medium", "low": "Low"}
SENSITIVITY_TITLES = {"high": "Very personal", "medium": "Personal", "low": "Basic", None: "Not rated"}
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
# Colours are chosen for contrast on white and in greyscale print (dark, mid, light).
STATUS_COLOURS = {"active": "#b3261e", "expired": "#c98a00", "removed": "#8a94a6"}


def platform_title(p: str) -> str:
    return PLATFORM_TITLES.get(p, p.replace("_", " ").title())


def _fmt_date(value: str | None, month_only: bool) -> str:
    if not value:
        return "—"
    try:
        dt = datetime.strptime(value[:10], "%Y-%m-%d")
    except ValueError:
        return clean_text(value)
    if month_only:
        return f"{MONTHS[dt.month - 1]} {dt.year}"
    return f"{dt.day} {MONTHS[dt.month - 1]} {dt.year}"


def _year_chart(rows: list[dict[str, Any]]) -> dict[str, Any] | None:
    """Geometry of the stacked bar chart of grants by year (every year between first and last shown)."""
    if not rows:
        return None
    by_year = {r["year"]: r for r in rows}
    years = list(range(rows[0]["year"], rows[-1]["year"] + 1))
    if len(years) > 60:  # absurd dates (year 1971 next to 2025): show only years that have grants
        years = sorted(by_year)
    totals = {y: sum(by_year.get(y, {}).get(s, 0) for s in STATUS_COLOURS) for y in years}
    peak = max(totals.values()) or 1
    width, height = 640, 240
    left, right, top, bottom = 36, 8, 16, 34
    plot_w, plot_h = width - left - right, height - top - bottom
    slot = plot_w / len(years)
    bar_w = max(2.0, min(36.0, slot * 0.7))
    step = _nice_step(peak)
    ticks = [{"value": v, "y": round(top + plot_h - v / peak * plot_h, 1)} for v in range(0, peak + 1, step)]
    label_every = max(1, round(len(years) / 12))
    bars = []
    for i, y in enumerate(years):
        x = left + i * slot + (slot - bar_w) / 2
        base = top + plot_h
        segs = []
        for status, colour in STATUS_COLOURS.items():
            n = by_year.get(y, {}).get(status, 0)
            if n:
                h = n / peak * plot_h
                base -= h
                segs.append({"y": round(base, 1), "h": round(max(h, 0.5), 1), "colour": colour, "n": n,
                             "status": STATUS_TITLES[status]})
        bars.append({"year": y, "x": round(x, 1), "w": round(bar_w, 1), "cx": round(x + bar_w / 2, 1),
                     "total": totals[y], "segments": segs, "label": i % label_every == 0 or i == len(years) - 1})
    return {"width": width, "height": height, "left": left, "right": width - right, "top": top,
            "base": top + plot_h, "bars": bars, "ticks": ticks, "peak": peak,
            "label_y": top + plot_h + 18}


def _nice_step(peak: int) -> int:
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000):
        if peak / step <= 5:
            return step
    return max(1, peak // 5)


def _status_bar(by_status: dict[str, int]) -> dict[str, Any] | None:
    total = sum(by_status.get(s, 0) for s in STATUS_COLOURS)
    if not total:
        return None
    x = 0.0
    segs = []
    for status, colour in STATUS_COLOURS.items():
        n = by_status.get(status, 0)
        if n:
            w = n / total * 600
            segs.append({"x": round(x, 2), "w": round(w, 2), "colour": colour, "n": n,
                         "label": STATUS_TITLES[status]})
            x += w
    return {"width": 600, "height": 24, "segments": segs, "total": total}


def _chips(access: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for a in access:
        label = clean_text(a["label"])
        if label not in out:
            out[label] = {"label": label, "sensitivity": a.get("sensitivity") or "none",
                          "raw": not a.get("known", False)}
    return sorted(out.values(), key=lambda c: SEVERITY_RANK.get(c["sensitivity"], 3))


def build_view(doc: dict[str, Any]) -> dict[str, Any]:
    """Everything the templates show, precomputed (templates only lay out; archive text stays data)."""
    red = doc.get("redaction") or {"applied": False, "dates": "exact", "replaced": {}}
    month_only = red.get("dates") == "month"

    def date(v: str | None) -> str:
        return _fmt_date(v, month_only)

    grants = doc["grants"]
    summ = doc["summary"]
    st = summ["by_status"]

    def row(g: dict[str, Any]) -> dict[str, Any]:
        worst = min((SEVERITY_RANK.get(f["severity"], 3) for f in g["findings"]), default=3)
        return {
            "app": clean_text(g["app"]),
            "platform": platform_title(g["platform"]),
            "status": g["status"],
            "status_title": STATUS_TITLES.get(g["status"], g["status"]),
            "kind": KIND_TITLES.get(g.get("kind", ""), ""),
            "granted": date(g["granted_at"]),
            "last_used": date(g["last_used_at"]),
            "removed": date(g["removed_at"]),
            "access": _chips(g.get("access", [])),
            "developer": clean_text(g.get("developer") or ""),
            "attention": worst == 0,
            "worst": worst,
            "findings": [{"severity": f["severity"], "title": clean_text(f.get("title") or f["rule"]),
                          "message": clean_text(f["message"])} for f in g["findings"]],
        }

    rows = [row(g) for g in grants]
    active = sorted((r for r in rows if r["status"] == "active"),
                    key=lambda r: (r["worst"], r["platform"], r["app"].casefold()))
    past = sorted((r for r in rows if r["status"] != "active"),
                  key=lambda r: (r["status"] != "expired", r["platform"], r["app"].casefold()))
    findings = []
    for g in grants:
        for f in g["findings"]:
            findings.append({
                "severity": f["severity"], "severity_title": SEVERITY_TITLES.get(f["severity"], f["severity"]),
                "app": clean_text(g["app"]), "platform": platform_title(g["platform"]),
                "status": STATUS_TITLES.get(g["status"], g["status"]),
                "title": clean_text(f.get("title") or f["rule"]),
                "message": clean_text(f["message"]), "action": clean_text(f.get("action") or ""),
            })
    findings.sort(key=lambda f: (SEVERITY_RANK.get(f["severity"], 3), f["platform"], f["app"].casefold()))
    groups: dict[tuple[str, str], dict[str, Any]] = {}
    for f in findings:
        grp = groups.setdefault((f["severity"], f["title"]), {
            "title": f["title"], "severity": f["severity"], "severity_title": f["severity_title"], "rows": []})
        grp["rows"].append(f)
    finding_groups = sorted(groups.values(), key=lambda g: (SEVERITY_RANK.get(g["severity"], 3), -len(g["rows"])))
    for grp in finding_groups:
        actions = {f["action"] for f in grp["rows"]}
        grp["action"] = actions.pop() if len(actions) == 1 else None
    categories = [{
        "label": clean_text(c["label"]),
        "description": clean_text(c.get("description") or ""),
        "sensitivity": c.get("sensitivity"),
        "sensitivity_title": SENSITIVITY_TITLES.get(c.get("sensitivity"), "Not rated"),
        "active": c["active"], "total": c["total"],
        "apps": [clean_text(a) for a in c["apps"]],
        "raw": str(c["id"]).startswith("permission:"),
    } for c in doc.get("categories", [])]
    activity = sorted(doc["activity"], key=lambda a: (-a["events"], a["business"].casefold()))
    advertisers = sorted(doc["advertisers"], key=lambda a: a["name"].casefold())
    steps = []
    for s in doc.get("next_steps", []):
        steps.append({
            "name": clean_text(s["name"]), "platform": platform_title(s["platform"]), "url": s.get("url"),
            "where": clean_text(s.get("where") or ""), "active": s["active"], "attention": s["attention"],
            "total": s["total"],
        })
    generated = doc.get("generated_at")
    # Same rule as core.risk.needs_attention: a grant needs attention when it has a high-severity finding.
    attention = summ.get("grants_needing_attention", sum(1 for r in rows if r["worst"] == 0))
    return {
        "doc": doc,
        "title": "Your privacy summary",
        "generated": _fmt_date(generated, False) if generated else None,
        "redaction": red,
        "month_only": month_only,
        "replaced": ", ".join(f"{n} {k}" for k, n in sorted((red.get("replaced") or {}).items())),
        "cards": [
            {"n": st.get("active", 0), "label": "apps and websites can reach your data now", "tone": "alert"},
            {"n": attention, "label": "need your attention", "tone": "warn"},
            {"n": st.get("expired", 0) + st.get("removed", 0), "label": "had access in the past", "tone": "calm"},
            {"n": summ["businesses_sending_activity"], "label": "businesses sent your activity", "tone": "calm"},
            {"n": summ["advertisers"], "label": "advertisers have your information", "tone": "calm"},
        ],
        "total": summ["grants"],
        "active": active,
        "past": past,
        "findings": findings,
        "finding_groups": finding_groups,
        "flagged_apps": sum(1 for g in grants if g["findings"]),
        "categories": categories,
        "no_permission_detail": sum(1 for r in active if not r["access"]),
        "year_chart": _year_chart(summ.get("granted_by_year", [])),
        "status_bar": _status_bar(st),
        "date_unknown": summ.get("granted_date_unknown", 0),
        "activity": [{
            "business": clean_text(a["business"]), "platform": platform_title(a["platform"]),
            "events": a["events"], "first": date(a["first_at"]), "last": date(a["last_at"]),
            "types": ", ".join(clean_text(t).replace("_", " ").lower() for t in a["event_types"][:6]),
        } for a in activity],
        "advertisers": [{
            "name": clean_text(a["name"]), "platform": platform_title(a["platform"]),
            "reasons": "; ".join(clean_text(r) for r in a["reasons"]),
        } for a in advertisers],
        "steps": steps,
        "sources": [{
            "platform": platform_title(s["platform"]), "generation": clean_text(s.get("generation") or ""),
            "path": clean_text(s["path"]), "kind": s.get("kind", "archive"),
            "files": len(s.get("files_used", [])),
            "warnings": [clean_text(w) for w in s.get("warnings", [])],
        } for s in doc["sources"]],
        "long_lists": False,
        "colours": STATUS_COLOURS,
        "status_titles": STATUS_TITLES,
    }


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        autoescape=True,  # every value is escaped, whatever the template file's name
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    # Our own stylesheets are trusted markup (they contain ">" selectors that must not be escaped).
    env.globals["css"] = lambda name: markupsafe.Markup((TEMPLATES / name).read_text(encoding="utf-8"))
    return env


def render_html(doc: dict[str, Any]) -> bytes:
    """The report for browsers and phones: inline CSS and SVG, no script, no remote resource."""
    html = environment().get_template("summary.html.j2").render(v=build_view(doc), medium="screen")
    return html.encode("utf-8")


def render_qt_html(doc: dict[str, Any]) -> tuple[str, dict[str, str]]:
    """The same report for Qt's rich-text engine (PDF, preview): charts as named SVG images to attach."""
    view = build_view(doc)
    env = environment()
    charts: dict[str, str] = {}
    macros = env.get_template("charts.svg.j2").module
    if view["year_chart"]:
        charts["chart-years.svg"] = str(macros.years_chart(view["year_chart"], view["colours"],  # type: ignore[attr-defined]
                                                           view["status_titles"], standalone=True))
    if view["status_bar"]:
        charts["chart-status.svg"] = str(macros.status_bar(view["status_bar"], standalone=True))  # type: ignore[attr-defined]
    view["long_lists"] = len(doc["grants"]) > QT_TABLE_LIMIT
    html = env.get_template("summary.html.j2").render(v=view, medium="qt")
    return html, charts
