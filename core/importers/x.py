"""X / Twitter archives: connected apps (every part), device tokens, SSO links, tailored-audience advertisers."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from core.archive.tree import ArchiveTree, Member
from core.importers.base import ImportContext, Importer, ImportResult, records
from core.importers.common import any_time, find_full, members_where, text, unwrap
from core.importers.markers import x_score
from core.model import Advertiser, Grant
from core.text import as_id, normalize_name

#: X's own clients, recognised by application id (organization spellings vary: "Twitter, Inc.", "Twitter. Inc").
FIRST_PARTY_IDS: dict[str, str] = {
    "258901": "Twitter for Android",
    "49152": "Mobile Web",
    "3033300": "Twitter Web App",
    "129032": "Twitter for iPhone",
    "191841": "Twitter for iPad",
    "557701": "Twitter for Mac",
    "8036141": "Periscope",
}

#: X's own clients by name, for ids not in the table above (TweetDeck and renamed clients); only when the
#: organization is X itself or absent, since third-party apps may not use these names.
FIRST_PARTY_NAMES = frozenset({"twitter web app", "twitter web client", "twitter for android", "twitter for iphone",
                               "twitter for ipad", "twitter for mac", "tweetdeck", "tweetdeck web app", "mobile web",
                               "twitter lite", "periscope", "x for android", "x for iphone", "x for ipad", "x web app"})
FIRST_PARTY_ORGS = frozenset({"", "twitter", "twitter inc", "twitter. inc", "x", "x corp", "x corp."})


def is_first_party(app_id: str | None, name: str, org: str | None) -> bool:
    """X's own client: by id, else by name when the organization is X (spelt any way) or not given."""
    if app_id in FIRST_PARTY_IDS:
        return True
    org_key = " ".join((org or "").casefold().replace(",", " ").split()).rstrip(".")
    return normalize_name(name) in FIRST_PARTY_NAMES and (org_key in FIRST_PARTY_ORGS or org_key.startswith("twitter"))


#: Order in which permissions are listed (X prints them in this order); unknown ones follow as given.
PERMISSION_ORDER = ("read", "write", "directmessages", "emailaddress")

#: manifest.js data type → file name stem used before manifests existed (and as fallback).
DATA_TYPES = {
    "connectedApplication": "connected-application",
    "deviceToken": "device-token",
    "sso": "sso",
    "personalization": "personalization",
    "account": "account",
}

AUDIENCE_LISTS = {
    "advertisers": "tailored audience you are part of",
    "lookalikeAdvertisers": "look-alike audience based on you",
    "doNotReachAdvertisers": "chose not to reach you",
    "catalogAudienceAdvertisers": "product-catalog audience",
}

#: More permissions than X defines: the rest of a hostile list is ignored (and de-duplication stays cheap).
MAX_PERMISSIONS = 200
SSO_METHOD = {"Signup": "Used to sign up for X", "Login": "Linked later to log in to X"}

GEN_V2 = "GDPR v2 (2020 onward, data/ folder with manifest.js)"
GEN_V2_NO_MANIFEST = "GDPR v2 (2020 onward, data/ folder; manifest.js missing)"
GEN_V1 = "GDPR v1 (2018 – March 2020, files at the archive root)"
GEN_V2_ROOT = "GDPR v2 (2020 onward; data/ files at the archive root, manifest.js missing)"
GEN_V2_ROOT_MANIFEST = "GDPR v2 (2020 onward, manifest.js; data/ files at the archive root)"
#: Files only archives from 2020 on hold (v1 had tweet.js, no device tokens, no SSO, no README in data/).
V2_ONLY_FILES = ("tweets.js", "device-token.js", "sso.js", "deleted-tweets.js", "community-tweet.js",
                 "note-tweet.js", "tweet-headers.js", "account-label.js", "README.txt")


@dataclass
class _App:
    key: str
    app_id: str | None
    names: list[str] = field(default_factory=list)
    permissions: list[str] = field(default_factory=list)
    approved: list[datetime] = field(default_factory=list)
    developer: str | None = None
    developer_url: str | None = None
    description: str | None = None
    file: str = ""
    count: int = 0


def _part_no(m: Member) -> int:
    mt = re.search(r"-part(\d+)\.js$", m.name, re.I)
    return int(mt.group(1)) if mt else 0


class XImporter(Importer):
    platform = "x"
    title = "X (Twitter)"

    @classmethod
    def detect(cls, tree: ArchiveTree) -> int:
        return x_score(tree)

    def run(self, ctx: ImportContext) -> ImportResult:
        res = ImportResult()
        manifest = self._manifest(ctx, res)
        files = {t: self._files(ctx, manifest, t, stem) for t, stem in DATA_TYPES.items()}
        in_data = ctx.tree.has_dir("data") or any("/data/" in "/" + m.full for ms in files.values() for m in ms)
        self._account(ctx, res, files["account"])
        last_seen, token_names, token_file, clients = self._tokens(ctx, files["deviceToken"])
        old, iso = self._apps(ctx, res, files["connectedApplication"], last_seen)
        # The generation comes from the files' content, not only from where they sit: a 2020+ archive whose
        # data/ files were zipped at the root is still v2 (ISO approvedAt, device tokens, tweets.js, ...).
        v2_content = iso or any(ctx.find(n) is not None for n in V2_ONLY_FILES)
        if manifest is not None:
            res.generation = GEN_V2 if in_data else GEN_V2_ROOT_MANIFEST
        elif in_data:
            res.generation = GEN_V2_NO_MANIFEST
        elif v2_content and not (old and not iso):
            res.generation = GEN_V2_ROOT
        else:
            res.generation = GEN_V1
        if old and res.generation != GEN_V1:
            res.generation += "; apps use the old approvedAtMsec field"
        # Clients seen only through sign-in tokens are X's own apps: list them as first-party sessions.
        for cid in sorted(clients - {g.app_id for g in res.grants if g.app_id}):
            res.grants.append(Grant(
                platform="x", app=FIRST_PARTY_IDS.get(cid) or token_names.get(cid) or f"X client {cid}",
                app_id=cid, status="active", last_used_at=last_seen.get(cid), first_party=True,
                developer="X (Twitter)", source=ctx.source_label, source_file=token_file,
            ))
        self._sso(ctx, res, files["sso"])
        res.advertisers.extend(self._advertisers(ctx, files["personalization"]))
        if not files["connectedApplication"]:
            ctx.warn("this X archive has no connected-application.js: it lists no third-party apps "
                     "(archives made before 2018 hold tweets only)")
        return res

    # --- files ---------------------------------------------------------------------------------

    def _manifest(self, ctx: ImportContext, res: ImportResult) -> dict[str, Any] | None:
        m = find_full(ctx.tree, "data/manifest.js", "manifest.js")
        if m is None:
            return None
        data = ctx.read_js(m)
        if not isinstance(data, dict):
            if data is not None:
                ctx.unknown_shape(m, data)
            return None
        info = data.get("userInfo")
        if isinstance(info, dict):
            for k in ("userName", "displayName", "accountId"):
                if text(info.get(k)):
                    res.identity.add(text(info.get(k)))
            if text(info.get("userName")):
                res.identity.add("@" + text(info.get("userName")))
            res.owner = text(info.get("userName")) or None
            res.owner_id = as_id(info.get("accountId"))
        arch = data.get("archiveInfo")
        if isinstance(arch, dict):
            res.exported_at = any_time(arch.get("generationDate"))
        if isinstance(arch, dict) and arch.get("isPartialArchive") is True:
            ctx.warn("X says this archive is partial (isPartialArchive): scan every part of it together")
        return data

    def _files(self, ctx: ImportContext, manifest: dict[str, Any] | None, dtype: str, stem: str) -> list[Member]:
        """Every part of one data type: from manifest.js when present, else by file name."""
        found: list[Member] = []
        dts = manifest.get("dataTypes") if isinstance(manifest, dict) else None
        entry = dts.get(dtype) if isinstance(dts, dict) else None
        listed = entry.get("files") if isinstance(entry, dict) else None
        if isinstance(listed, list):
            seen: set[str] = set()
            for f in ctx.each(listed):
                name = text(f.get("fileName")) if isinstance(f, dict) else ""
                if not name:
                    continue
                m = find_full(ctx.tree, name, name.rsplit("/", 1)[-1])
                if m is None:
                    ctx.warn(f"manifest.js lists {name}, but it is not in the archive "
                             "(is a part of the archive missing?)", kind="listed files missing from the archive")
                elif m.path not in seen:
                    seen.add(m.path)
                    found.append(m)
            if found:
                return found
        pat = re.compile(rf"^{re.escape(stem)}(-part\d+)?\.js$", re.I)
        found = members_where(ctx.tree, lambda m: bool(pat.match(m.name)))
        found.sort(key=_part_no)
        return found

    # --- account identity: owner (username, account id) and identifiers for redaction -----------

    def _account(self, ctx: ImportContext, res: ImportResult, files: list[Member]) -> None:
        for m in files:
            for item in records(ctx.read_js(m), "account") or []:
                acc = unwrap(item, "account")
                if isinstance(acc, dict):
                    for k in ("username", "accountDisplayName", "email", "accountId", "phoneNumber"):
                        if text(acc.get(k)):
                            res.identity.add(text(acc.get(k)))
                    # account.js is the account's own record: it wins over the manifest's copy.
                    res.owner = text(acc.get("username")) or res.owner
                    res.owner_id = as_id(acc.get("accountId")) or res.owner_id

    # --- connected applications ----------------------------------------------------------------

    def _apps(self, ctx: ImportContext, res: ImportResult, files: list[Member],
              last_seen: dict[str, datetime]) -> tuple[bool, bool]:
        """Add the apps; (whether some used the old approvedAtMsec field, whether some used ISO approvedAt)."""
        apps: dict[str, _App] = {}
        used_msec = False
        used_iso = False
        bad = 0
        for m, r in ytd_records(ctx, files, "connectedApplication", "connected_application"):
            if not isinstance(r, dict):
                bad += 1
                continue
            name = text(r.get("name"))
            aid = as_id(r.get("id"))
            if not name and not aid:
                bad += 1
                continue
            key = f"id:{aid}" if aid else f"name:{normalize_name(name)}"
            a = apps.get(key)
            if a is None:
                a = apps[key] = _App(key, aid, file=m.path)
            a.count += 1
            if name:
                a.names.append(name)
            perms = r.get("permissions")
            for p in perms[:MAX_PERMISSIONS] if isinstance(perms, list) else []:  # a hostile list stays short
                if isinstance(p, str) and p.strip() and p.strip() not in a.permissions \
                        and len(a.permissions) < MAX_PERMISSIONS:
                    a.permissions.append(p.strip())
            when = any_time(r.get("approvedAt")) if "approvedAt" in r else None
            used_iso = used_iso or when is not None
            if "approvedAtMsec" in r:
                used_msec = True
                when = when or any_time(r.get("approvedAtMsec"))
            if when:
                a.approved.append(when)
            org = r.get("organization")
            if isinstance(org, dict):
                a.developer = a.developer or text(org.get("name")) or None
                a.developer_url = (a.developer_url or text(org.get("url"))
                                   or text(org.get("privacyPolicyUrl")) or None)
            a.description = a.description or text(r.get("description")) or None
        if bad:
            ctx.warn(f"connected-application.js: {bad} record(s) without a name or id were skipped")
        for a in apps.values():
            order = {p: i for i, p in enumerate(PERMISSION_ORDER)}
            seen_at = {p: i for i, p in enumerate(a.permissions)}
            perms = sorted(a.permissions, key=lambda p: (order.get(p, len(order)), seen_at[p]))
            first_party = is_first_party(a.app_id, a.names[-1] if a.names else "", a.developer)
            res.grants.append(Grant(
                platform="x",
                app=a.names[-1] if a.names else FIRST_PARTY_IDS.get(a.app_id or "", f"X app {a.app_id}"),
                app_id=a.app_id,
                status="active",
                granted_at=min(a.approved) if a.approved else None,
                last_used_at=last_seen.get(a.app_id or ""),
                permissions=tuple(perms),
                developer=a.developer or ("X (Twitter)" if first_party else None),
                developer_url=a.developer_url,
                description=a.description,
                first_party=first_party,
                source=ctx.source_label,
                source_file=a.file,
                record_count=a.count,
            ))
        return used_msec, used_iso

    # --- device tokens: the closest thing to "last used" ----------------------------------------

    def _tokens(
        self, ctx: ImportContext, files: list[Member]
    ) -> tuple[dict[str, datetime], dict[str, str], str, set[str]]:
        """Latest sign-in per client id (lastSeenAt, else createdAt), client names, the file, every client id."""
        last: dict[str, datetime] = {}
        clients: set[str] = set()
        names: dict[str, str] = {}
        file = ""
        for m, t in ytd_records(ctx, files, "deviceToken"):
            file = file or m.path
            if not isinstance(t, dict):
                continue
            cid = as_id(t.get("clientApplicationId"))
            if not cid:
                continue  # older tokens may lack the id: nothing to attach them to
            clients.add(cid)
            when = any_time(t.get("lastSeenAt")) or any_time(t.get("createdAt"))
            if when and (cid not in last or when > last[cid]):
                last[cid] = when
            nm = text(t.get("clientApplicationName"))
            if nm:
                names[cid] = re.sub(r"\s*\([^)]*\)\s*$", "", nm) or nm
        return last, names, file, clients

    # --- SSO: Google or Apple sign-in linked to the X account ------------------------------------

    def _sso(self, ctx: ImportContext, res: ImportResult, files: list[Member]) -> None:
        for m, s in ytd_records(ctx, files, "sso"):
            if not isinstance(s, dict):
                continue
            sid = as_id(s.get("ssoId"))
            email = text(s.get("ssoEmail"))
            if email:
                res.identity.add(email)
            method = text(s.get("associationMethodType"))
            res.grants.append(Grant(
                platform="x", app=_sso_provider(sid, email), app_id=None, status="active",
                granted_at=any_time(s.get("createdAt")), kind="sign_in", user_app_id=sid,
                description=SSO_METHOD.get(method),
                source=ctx.source_label, source_file=m.path,
            ))

    # --- advertisers with tailored audiences ---------------------------------------------------

    def _advertisers(self, ctx: ImportContext, files: list[Member]) -> list[Advertiser]:
        found: dict[str, tuple[str, set[str], str]] = {}
        for m, p in ytd_records(ctx, files, "p13nData"):
            interests = p.get("interests") if isinstance(p, dict) else None
            aud = interests.get("audienceAndAdvertisers") if isinstance(interests, dict) else None
            if not isinstance(aud, dict):
                continue
            for key, reason in AUDIENCE_LISTS.items():
                vals = aud.get(key)
                for v in vals if isinstance(vals, list) else []:
                    name = text(v)
                    if not name:
                        continue
                    k = normalize_name(name)
                    found.setdefault(k, (name, set(), m.path))[1].add(reason)
        return [Advertiser("x", n, tuple(sorted(r)), f) for n, r, f in found.values()]


def ytd_records(ctx: ImportContext, files: list[Member], key: str, *alt_keys: str) -> Iterator[tuple[Member, Any]]:
    """Each record of one X data type across its part files, unwrapped from its `{"<key>": {...}}` shell.

    Unknown layouts are reported as such and empty parts noted, so every reader gets the same care.
    """
    for m in files:
        data = ctx.read_js(m)
        recs = records(data, key, *alt_keys)
        if recs is None:
            if data is not None:
                ctx.unknown_shape(m, data)
            continue
        if not recs:
            ctx.empty(m.path)
        for item in ctx.each(recs):  # cancel checked as the loop runs
            yield m, unwrap(item, key)


def _sso_provider(sso_id: str | None, email: str) -> str:
    """X does not name the provider; Apple subject ids contain dots, Google's are long digit strings."""
    e = email.casefold()
    if (sso_id and "." in sso_id) or e.endswith("privaterelay.appleid.com") or e.endswith("@icloud.com"):
        return "Sign in with Apple"
    if (sso_id and sso_id.isdigit()) or e.endswith("@gmail.com") or e.endswith("@googlemail.com"):
        return "Sign in with Google"
    return "Sign in with Google or Apple"
