"""Google Takeout: no grants list exists in it; read the indirect signals (access log, Chrome, Play Store)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from core.archive.tree import ArchiveTree, Member
from core.importers.base import ImportContext, Importer, ImportResult
from core.importers.common import any_time, csv_rows, find_full, members_where, pick, segments, text, unwrap
from core.importers.labels import TAKEOUT_ACCESS_LOG
from core.importers.markers import takeout_score
from core.model import Grant, GrantKind, Status
from core.regex import lazy
from core.text import as_id, normalize_name

CONNECTIONS_URL = "https://myaccount.google.com/connections"
NO_GRANTS_NOTICE = (
    "Google Takeout does not contain the list of third-party apps and services that can access your Google "
    "Account, nor your \"Sign in with Google\" connections. Review and remove them at "
    f"{CONNECTIONS_URL}. What is listed here are indirect signs only (mail clients in the access log, "
    "Chrome extensions, apps installed from Play Store)."
)

GERMAN_DIRS = ("zugriffsprotokollaktivitäten", "meine aktivitäten", "google-konto")


MAIL_CHANNELS = {"imap", "pop", "pop3", "smtp", "eas", "activesync", "exchange activesync", "caldav", "carddav"}
# (pattern in the user agent, readable client name). Order matters: first hit wins.
CLIENT_PATTERNS: list[tuple[str, str]] = [
    (r"thunderbird", "Thunderbird"), (r"microsoft outlook|outlook-", "Microsoft Outlook"),
    (r"microsoft office", "Microsoft Office"), (r"dataaccessd", "Apple Mail / Calendar (iOS)"),
    (r"\bmail/\d", "Apple Mail (macOS)"), (r"k-9 mail|k9mail", "K-9 Mail"), (r"fairemail", "FairEmail"),
    (r"spark", "Spark"), (r"airmail", "Airmail"), (r"em ?client", "eM Client"), (r"mailbird", "Mailbird"),
    (r"evolution", "Evolution"), (r"geary", "Geary"), (r"mutt", "Mutt"), (r"bluemail", "BlueMail"),
    (r"edison", "Edison Mail"), (r"postbox", "Postbox"), (r"canary", "Canary Mail"),
    (r"python-requests|python-urllib|aiohttp", "Python script"), (r"\bcurl/", "curl"),
    (r"okhttp", "Android app (OkHttp)"), (r"go-http-client", "Go program"), (r"node-fetch|axios", "Node.js program"),
    (r"java/\d|apache-httpclient", "Java program"), (r"postmanruntime", "Postman"),
]
THIRD_PARTY_UA = lazy("|".join(p for p, _ in CLIENT_PATTERNS), re.I)
MAX_CLIENTS = 200

TIME_COLS = ("Activity Timestamp", "Timestamp", "Time", "Date")
UA_COLS = ("User Agent String", "User Agent")
CHANNEL_COLS = ("Gmail Access Channel", "Access Channel")
WEBVIEW_COLS = ("Android Webview Package Name",)
PRODUCT_COLS = ("Product Name", "Product")
GAIA_COLS = ("Gaia ID",)


@dataclass
class _Client:
    name: str
    kind: GrantKind
    count: int = 0
    first: datetime | None = None
    last: datetime | None = None
    channels: set[str] = field(default_factory=set)
    products: set[str] = field(default_factory=set)
    file: str = ""


def client_name(ua: str) -> str:
    for pat, name in CLIENT_PATTERNS:
        if re.search(pat, ua, re.I):
            return name
    head = re.split(r"[/\s(;]", ua.strip(), maxsplit=1)[0]
    return head[:40] or "unknown client"


class GoogleTakeoutImporter(Importer):
    platform = "google"
    title = "Google Takeout"

    @classmethod
    def detect(cls, tree: ArchiveTree) -> int:
        return takeout_score(tree)

    def run(self, ctx: ImportContext) -> ImportResult:
        res = ImportResult()
        parts = len(ctx.tree.inputs)
        gen = "Google Takeout"
        details = []
        if parts > 1:
            details.append(f"{parts} parts")
        if any(p.casefold().endswith((".tgz", ".tar.gz")) for p in ctx.tree.paths):
            details.append(".tgz")
        if any(ctx.tree.has_dir(d) for d in GERMAN_DIRS) or ctx.tree.find("Archiv_Übersicht.html") is not None:
            details.append("German folder names")
        res.generation = gen + (f" ({', '.join(details)})" if details else "")
        ctx.warn(NO_GRANTS_NOTICE)
        for m in members_where(ctx.tree, lambda m: m.name.endswith(".SubscriberInfo.html")):
            who = m.name[: -len(".SubscriberInfo.html")]
            res.identity.add(who)
            # Takeout names this page after the account (user name or address): the only owner it states.
            if who and not res.owner:
                res.owner = res.owner_id = who
        self._access_log(ctx, res)
        self._extensions(ctx, res)
        self._installs(ctx, res)
        return res

    # --- Access Log Activity -------------------------------------------------------------------

    def _access_logs(self, ctx: ImportContext) -> list[Member]:
        def is_log(m: Member) -> bool:
            if not m.name.casefold().endswith(".csv"):
                return False
            segs = segments(m)
            in_folder = any(s in TAKEOUT_ACCESS_LOG for s in segs[:-1])
            return (in_folder and not segs[-1].startswith("devices")) or segs[-1].startswith("activities")
        return members_where(ctx.tree, is_log)

    def _access_log(self, ctx: ImportContext, res: ImportResult) -> None:
        clients: dict[str, _Client] = {}
        dropped = 0
        for m in self._access_logs(ctx):
            rows = 0
            for row in csv_rows(ctx, m):
                rows += 1
                if rows == 1 and not pick(row, TIME_COLS) and not pick(row, UA_COLS):
                    ctx.warn(f"{m.path}: columns not recognised ({', '.join(list(row)[:6])}); file skipped")
                    break
                gaia = pick(row, GAIA_COLS)
                if gaia:
                    res.identity.add(gaia)
                ua = pick(row, UA_COLS)
                channel = pick(row, CHANNEL_COLS)
                webview = pick(row, WEBVIEW_COLS)
                kind: GrantKind = "oauth_app"
                if channel.casefold() in MAIL_CHANNELS:
                    label = f"{client_name(ua)} ({channel.upper()})" if ua else f"Mail client ({channel.upper()})"
                elif webview and not webview.startswith(("com.google.", "com.android.")):
                    label, kind = webview, "sign_in"
                elif ua and THIRD_PARTY_UA.search(ua):
                    label = client_name(ua)
                else:
                    continue  # Google's own apps and browsers: not a third party
                c = clients.get(label)
                if c is None:
                    if len(clients) >= MAX_CLIENTS:
                        dropped += 1
                        continue
                    c = clients[label] = _Client(label, kind, file=m.path)
                c.count += 1
                if channel:
                    c.channels.add(channel.casefold())
                product = pick(row, PRODUCT_COLS)
                if product:
                    c.products.add(product)
                t = any_time(pick(row, TIME_COLS))
                if t:  # only the range is kept: access logs can have millions of rows
                    c.first = t if c.first is None or t < c.first else c.first
                    c.last = t if c.last is None or t > c.last else c.last
            if rows == 0:
                ctx.empty(m.path)
        if dropped:
            ctx.warn(f"more than {MAX_CLIENTS} different clients in the access log; {dropped} row(s) not listed")
        for c in clients.values():
            if c.kind == "sign_in":
                desc = ("This Android app opened a Google sign-in or account page (Access Log Activity); "
                        "it may use Sign in with Google.")
            else:
                desc = (f"Seen {c.count} time(s) in Google's Access Log Activity"
                        + (f" between {c.first:%Y-%m-%d} and {c.last:%Y-%m-%d}" if c.first and c.last else "")
                        + (f" ({', '.join(sorted(c.products))})" if c.products else "")
                        + "; Takeout does not say whether it still has access.")
            res.grants.append(Grant(
                platform="google", app=c.name, app_id=None, status="active", kind=c.kind,
                last_used_at=c.last, permissions=tuple(sorted(c.channels)),
                description=desc, source=ctx.source_label, source_file=c.file, record_count=c.count,
                status_basis="inferred",
            ))

    # --- Chrome extensions ---------------------------------------------------------------------

    def _extensions(self, ctx: ImportContext, res: ImportResult) -> None:
        m = find_full(ctx.tree, "Chrome/Extensions.json")
        if m is None:
            return
        recs = ctx.json_records(m, "Extensions", "extensions")
        if recs is None:
            return
        for r in ctx.each(recs):  # cancel checked as the loop runs
            if not isinstance(r, dict) or not text(r.get("name")):
                continue
            enabled = r.get("enabled")
            status: Status = "expired" if enabled is False else "active"
            perms = r.get("permissions")
            res.grants.append(Grant(
                platform="google", app=text(r.get("name")), app_id=as_id(r.get("id")), status=status,
                kind="extension",
                permissions=tuple(p for p in perms if isinstance(p, str)) if isinstance(perms, list) else (),
                description="Chrome extension (disabled)" if enabled is False else "Chrome extension",
                source=ctx.source_label, source_file=m.path, status_basis="inferred",
            ))

    # --- Play Store installs -------------------------------------------------------------------

    def _installs(self, ctx: ImportContext, res: ImportResult) -> None:
        m = find_full(ctx.tree, "Google Play Store/Installs.json")
        if m is None:
            return
        recs = ctx.json_records(m, "installs", "Installs")
        if recs is None:
            return
        apps: dict[str, dict[str, Any]] = {}
        for item in ctx.each(recs):  # cancel checked as the loop runs
            inst = unwrap(item, "install")
            if not isinstance(inst, dict):
                continue
            raw_doc = inst.get("doc")
            doc: dict[str, Any] = raw_doc if isinstance(raw_doc, dict) else {}
            title = text(doc.get("title")) or text(inst.get("title"))
            dtype = text(doc.get("documentType"))
            if not title or (dtype and "app" not in dtype.casefold()):
                continue
            a = apps.setdefault(normalize_name(title), {"title": title, "times": [], "devices": set(), "n": 0,
                                                        "id": as_id(doc.get("docId") or doc.get("packageName"))})
            a["n"] += 1
            t = any_time(inst.get("firstInstallationTime"))
            if t:
                a["times"].append(t)
            dev = inst.get("deviceAttribute")
            if isinstance(dev, dict) and text(dev.get("deviceDisplayName")):
                a["devices"].add(text(dev.get("deviceDisplayName")))
        for a in apps.values():
            devices = sorted(a["devices"])
            res.grants.append(Grant(
                platform="google", app=a["title"], app_id=a["id"], status="active", kind="device_app",
                granted_at=min(a["times"]) if a["times"] else None,
                description=("Installed from Google Play" + (f" on {', '.join(devices[:3])}" if devices else "")),
                source=ctx.source_label, source_file=m.path, record_count=a["n"], status_basis="inferred",
            ))
