"""The report's view model: what the HTML and Markdown writers show, read from the document and its one summary."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from core.export.texts import Texts, texts
from core.text import clean_text

#: Above this many grants the Qt variant lists apps as paragraphs, not table rows (Qt table layout is slow).
QT_TABLE_LIMIT = 150

PLATFORM_TITLES = {
    "facebook": "Facebook", "instagram": "Instagram", "x": "X (Twitter)", "google": "Google",
    "microsoft": "Microsoft", "github": "GitHub", "snapchat": "Snapchat", "tiktok": "TikTok",
    "discord": "Discord", "reddit": "Reddit", "linkedin": "LinkedIn", "keycloak": "Keycloak",
    "authentik": "authentik", "entra": "Microsoft Entra", "google_workspace": "Google Workspace",
}
#: Report texts (resources/report/texts/<lang>.json) keys: status.<status>, kind.<kind>, severity.<severity>;
#: "status.listed" is an active grant whose source only lists it (whether access is still live is not stated).
STATUSES = ("active", "expired", "removed")
KINDS = ("oauth_app", "sign_in", "linked_account", "device_app", "extension", "administered_app")
SEVERITY_RANK = {"high": 0, "medium": 1, "low": 2}
# Colours are chosen for contrast on white and in greyscale print (dark, mid, light).
STATUS_COLOURS = {"active": "#b3261e", "expired": "#c98a00", "removed": "#8a94a6"}


def platform_title(p: str) -> str:
    return PLATFORM_TITLES.get(p, p.replace("_", " ").title())


def _fmt_date(value: str | None, month_only: bool, t: Texts) -> str:
    if not value:
        return "—"
    try:
        dt = datetime.strptime(value[:10], "%Y-%m-%d")
    except ValueError:
        return clean_text(value)
    if month_only:
        return t("date.month", month=t.month(dt.month), year=dt.year)
    return t("date.day", day=dt.day, month=t.month(dt.month), year=dt.year)


def _year_chart(rows: list[dict[str, Any]], status_titles: dict[str, str], title: str) -> dict[str, Any] | None:
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
                             "status": status_titles[status]})
        bars.append({"year": y, "x": round(x, 1), "w": round(bar_w, 1), "cx": round(x + bar_w / 2, 1),
                     "total": totals[y], "segments": segs, "label": i % label_every == 0 or i == len(years) - 1})
    return {"title": title, "width": width, "height": height, "left": left, "right": width - right, "top": top,
            "base": top + plot_h, "bars": bars, "ticks": ticks, "peak": peak,
            "label_y": top + plot_h + 18}


def _nice_step(peak: int) -> int:
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000):
        if peak / step <= 5:
            return step
    return max(1, peak // 5)


LISTED_COLOUR = "#5c7cfa"


def _status_bar(summ: dict[str, Any], t: Texts) -> dict[str, Any] | None:
    st = summ["by_status"]
    parts = [("active", summ["active_status_stated"], STATUS_COLOURS["active"], t("status.active")),
             ("listed", summ["active_status_inferred"], LISTED_COLOUR, t("status.listed")),
             ("expired", st["expired"], STATUS_COLOURS["expired"], t("status.expired")),
             ("removed", st["removed"], STATUS_COLOURS["removed"], t("status.removed"))]
    total = sum(n for _, n, _, _ in parts)
    if not total:
        return None
    x = 0.0
    segs = []
    for _status, n, colour, label in parts:
        if n:
            w = n / total * 600
            segs.append({"x": round(x, 2), "w": round(w, 2), "colour": colour, "n": n, "label": label})
            x += w
    return {"width": 600, "height": 24, "segments": segs, "total": total}


def _chips(can_see: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """What an app can see, in the catalog's words (the window's words), most sensitive first."""
    out: dict[str, dict[str, Any]] = {}
    for a in can_see:
        label = clean_text(a["label"])
        if label not in out:
            out[label] = {"label": label, "sensitivity": a.get("sensitivity") or "none",
                          "sensitivity_title": clean_text(a.get("sensitivity_title") or ""),
                          "raw": a.get("sensitivity") is None}
    return sorted(out.values(), key=lambda c: SEVERITY_RANK.get(c["sensitivity"], 3))


def build_view(doc: dict[str, Any], language: str | None = None) -> dict[str, Any]:
    """Everything the templates show, precomputed (templates only lay out; archive text stays data).

    Every number shown comes from doc["summary"] (core.summary); the view only lays out rows. `language`
    ("en", "de", "fr", "es"; default English) chooses the report's own words; the document stays as it is.
    """
    t = texts(language)
    status_titles = {s: t(f"status.{s}") for s in STATUSES}
    kind_titles = {k: t(f"kind.{k}") for k in KINDS}
    red = doc.get("redaction") or {"applied": False, "dates": "exact", "replaced": {}}
    month_only = red.get("dates") == "month"

    def date(v: str | None) -> str:
        return _fmt_date(v, month_only, t)

    def severity_title(severity: str) -> str:
        return t(f"severity.{severity}") if severity in SEVERITY_RANK else severity

    grants = doc["grants"]
    summ = doc["summary"]
    st = summ["by_status"]

    def row(g: dict[str, Any]) -> dict[str, Any]:
        worst = min((SEVERITY_RANK.get(f["severity"], 3) for f in g["findings"]), default=3)
        return {
            "app": clean_text(g["app"]),
            "platform": platform_title(g["platform"]),
            "status": g["status"],
            "status_title": (t("status.listed") if g.get("status_basis") == "inferred" and g["status"] == "active"
                             else status_titles.get(g["status"], g["status"])),
            "listed": g.get("status_basis") == "inferred" and g["status"] == "active",
            "kind": kind_titles.get(g.get("kind", ""), ""),
            "kind_is_default": g.get("kind") == "oauth_app",
            "granted": date(g["granted_at"]),
            "last_used": date(g["last_used_at"]),
            "removed": date(g["removed_at"]),
            "access": _chips(g.get("can_see", [])),
            "developer": clean_text(g.get("developer") or ""),
            "attention": worst == 0,
            "worst": worst,
            "findings": [{"severity": f["severity"], "title": clean_text(f.get("title") or f["rule"]),
                          "message": clean_text(f["message"])} for f in g["findings"]],
        }

    third = [g for g in grants if not g.get("own")]
    rows = [row(g) for g in third]
    own = sorted((row(g) for g in grants if g.get("own")), key=lambda r: (r["platform"], r["app"].casefold()))
    listed = sorted((r for r in rows if r["listed"]), key=lambda r: (r["worst"], r["platform"], r["app"].casefold()))
    active = sorted((r for r in rows if r["status"] == "active" and not r["listed"]),
                    key=lambda r: (r["worst"], r["platform"], r["app"].casefold()))
    past = sorted((r for r in rows if r["status"] != "active"),
                  key=lambda r: (r["status"] != "expired", r["platform"], r["app"].casefold()))
    findings = []
    for g in third:
        for f in g["findings"]:
            findings.append({
                "severity": f["severity"], "severity_title": severity_title(f["severity"]),
                "app": clean_text(g["app"]), "platform": platform_title(g["platform"]),
                "status": status_titles.get(g["status"], g["status"]),
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
        "sensitivity_title": clean_text(c.get("sensitivity_title") or ""),
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
            "listed": s.get("listed", 0),
            "total": s["total"],
        })
    generated = doc.get("generated_at")
    attention = summ["grants_needing_attention"]
    return {
        "doc": doc,
        "t": t,
        "language": t.language,
        "title": t("title"),
        "generated": _fmt_date(generated, False, t) if generated else None,
        "redaction": red,
        "month_only": month_only,
        "replaced": ", ".join(f"{n} {k}" for k, n in sorted((red.get("replaced") or {}).items())),
        "cards": [
            {"n": summ["active_status_stated"], "label": t("card.active"), "tone": "alert"},
            {"n": attention, "label": t("card.attention"), "tone": "warn"},
            {"n": st["expired"] + st["removed"], "label": t("card.past"), "tone": "calm"},
            {"n": summ["businesses_sending_activity"], "label": t("card.businesses"), "tone": "calm"},
            {"n": summ["advertisers"], "label": t("card.advertisers"), "tone": "calm"},
        ] + ([{"n": summ["active_status_inferred"], "tone": "calm", "label": t("card.listed")}]
             if summ["active_status_inferred"] else []),
        "total": summ["grants"],
        "active": active,
        "past": past,
        "own": own,
        "findings": findings,
        "finding_groups": finding_groups,
        "flagged_apps": summ["grants_with_findings"],
        "findings_total": summ["findings_total"],
        "attention": attention,
        "businesses": summ["businesses_sending_activity"],
        "own_apps": summ.get("own_apps", 0),
        "n_active": summ["active_status_stated"],
        "n_listed": summ["active_status_inferred"],
        "listed": listed,
        "n_past": st["expired"] + st["removed"],
        "categories": categories,
        "no_permission_detail": summ["active_without_permissions"],
        "year_chart": _year_chart(summ.get("granted_by_year", []), status_titles, t("chart.years_title")),
        "status_bar": _status_bar(summ, t),
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
        "status_titles": status_titles,
    }
