"""Discord data package: linked accounts (connections), OAuth authorizations from streamed analytics events."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime

from core.archive.tree import ArchiveTree, Member
from core.importers.base import ImportContext, Importer, ImportResult
from core.importers.common import any_time, members_where, segments, text
from core.importers.markers import discord_score
from core.importers.markers import discord_user_json as _user_json
from core.model import Grant, Status
from core.text import as_id

EVENT = "oauth2_authorize_accepted"
ACTIVITY_DIRS = ("analytics", "reporting", "modeling", "tns")
CONNECTION_NAMES = {
    "battlenet": "Battle.net", "bungie": "Bungie.net", "ebay": "eBay", "epicgames": "Epic Games",
    "facebook": "Facebook", "github": "GitHub", "instagram": "Instagram", "leagueoflegends": "League of Legends",
    "paypal": "PayPal", "playstation": "PlayStation Network", "reddit": "Reddit", "riotgames": "Riot Games",
    "roblox": "Roblox", "skype": "Skype", "spotify": "Spotify", "steam": "Steam", "tiktok": "TikTok",
    "twitch": "Twitch", "twitter": "X (Twitter)", "xbox": "Xbox", "youtube": "YouTube", "domain": "Domain",
    "crunchyroll": "Crunchyroll", "amazon-music": "Amazon Music", "bluesky": "Bluesky", "mastodon": "Mastodon",
}
MAX_BAD_LINES_REPORTED = 1


#: More scopes than any OAuth app asks for: the rest of a hostile list is ignored.
MAX_SCOPES = 200


@dataclass
class _Auth:
    app_id: str
    names: list[str] = field(default_factory=list)
    times: list[datetime] = field(default_factory=list)
    scopes: dict[str, None] = field(default_factory=dict)  # an ordered set: a line may list millions
    count: int = 0
    file: str = ""


class DiscordImporter(Importer):
    platform = "discord"
    title = "Discord"

    @classmethod
    def detect(cls, tree: ArchiveTree) -> int:
        return discord_score(tree)

    def run(self, ctx: ImportContext) -> ImportResult:
        res = ImportResult()
        user = _user_json(ctx.tree)
        if user is not None:
            folder = user.full.split("/")[-2] if "/" in user.full else ""
            res.generation = ("2024 onward (capitalized folders)" if folder[:1].isupper()
                              else "2018–2023 (lower-case folders)")
            self._user(ctx, res, user)
        else:
            res.generation = "data package without account/user.json"
            ctx.warn("account/user.json is missing: linked accounts cannot be listed")
        self._developed(ctx, res)
        self._authorizations(ctx, res)
        return res

    # --- account/user.json: identity and linked accounts ----------------------------------------

    def _user(self, ctx: ImportContext, res: ImportResult, m: Member) -> None:
        data = ctx.read_json(m)
        if data is None:
            return
        if not isinstance(data, dict):
            ctx.unknown_shape(m, data)
            return
        for k in ("username", "global_name", "email", "phone", "id"):
            if text(data.get(k)):
                res.identity.add(text(data.get(k)))
        if text(data.get("username")) and text(data.get("discriminator")) not in ("", "0"):
            res.identity.add(f"{text(data.get('username'))}#{text(data.get('discriminator'))}")
            res.owner = f"{text(data.get('username'))}#{text(data.get('discriminator'))}"
        else:
            res.owner = text(data.get("username")) or None
        res.owner_id = as_id(data.get("id"))
        conns = data.get("connections")
        if conns is None:
            return
        if not isinstance(conns, list):
            ctx.warn(f"{m.path}: 'connections' is a {type(conns).__name__}, not a list; skipped")
            return
        if not conns:
            ctx.empty(f"{m.path} (connections)")
        for c in conns:
            if not isinstance(c, dict):
                continue
            ctype = text(c.get("type"))
            if not ctype:
                continue
            if text(c.get("name")):
                res.identity.add(text(c.get("name")))
            status: Status = "removed" if c.get("revoked") is True else "active"
            shared = []
            if c.get("visibility") in (1, True):
                shared.append("shown_on_profile")
            if c.get("friend_sync") is True:
                shared.append("friend_sync")
            if c.get("show_activity") is True:
                shared.append("show_activity")
            if c.get("metadata_visibility") in (1, True):
                shared.append("metadata_visible")
            if c.get("two_way_link") is True:
                shared.append("two_way_link")
            res.grants.append(Grant(
                platform="discord", app=CONNECTION_NAMES.get(ctype.casefold(), ctype.title()), app_id=None,
                status=status, kind="linked_account", user_app_id=as_id(c.get("id")), permissions=tuple(shared),
                description="Account linked to Discord" + (" (verified)" if c.get("verified") is True else ""),
                source=ctx.source_label, source_file=m.path,
                # A linked account is listed (with a revoked flag), but whether the link still grants
                # access today is not something the package states.
                status_basis="inferred",
            ))

    # --- account/applications/<id>/: apps the person develops --------------------------------------

    def _developed(self, ctx: ImportContext, res: ImportResult) -> None:
        for m in members_where(ctx.tree, lambda m: m.name.casefold() == "application.json"
                               and "applications" in segments(m)[:-1]):
            data = ctx.read_json(m)
            if not isinstance(data, dict) or not text(data.get("name")):
                continue
            res.grants.append(Grant(
                platform="discord", app=text(data.get("name")), app_id=as_id(data.get("id")), status="active",
                kind="administered_app", source=ctx.source_label, source_file=m.path,
            ))

    # --- activity/*/events-*.json: oauth2_authorize_accepted, streamed ------------------------------

    def _event_files(self, ctx: ImportContext) -> list[Member]:
        by_dir: dict[str, list[Member]] = {}
        for m in ctx.tree.members():
            if not m.name.casefold().endswith(".json") or not m.name.casefold().startswith("events"):
                continue
            segs = segments(m)
            d = next((s for s in segs[:-1] if s in ACTIVITY_DIRS), None)
            if d:
                by_dir.setdefault(d, []).append(m)
        # The folders repeat the same events for different purposes: read one (analytics first).
        for d in ACTIVITY_DIRS:
            if by_dir.get(d):
                return sorted(by_dir[d], key=lambda m: m.path)
        return []

    def _authorizations(self, ctx: ImportContext, res: ImportResult) -> None:
        files = self._event_files(ctx)
        if not files:
            return
        auths: dict[str, _Auth] = {}
        bad = 0
        for m in files:
            for line in ctx.iter_lines(m):
                # Cheap prefilter: the files reach gigabytes and this event is rare.
                if EVENT not in line:
                    continue
                try:
                    ev = json.loads(line)
                except (ValueError, RecursionError):  # a line 5,000 levels deep costs that line only
                    bad += 1
                    continue
                if not isinstance(ev, dict) or ev.get("event_type") != EVENT:
                    continue
                aid = as_id(ev.get("application_id") or ev.get("applicationId"))
                if not aid:
                    continue
                a = auths.setdefault(aid, _Auth(aid, file=m.path))
                a.count += 1
                name = text(ev.get("application_name"))
                if name:
                    a.names.append(name)
                when = any_time(ev.get("timestamp") or ev.get("client_track_timestamp"))
                if when:
                    a.times.append(when)
                scopes = ev.get("scopes", ev.get("scope"))
                if isinstance(scopes, str):
                    scopes = scopes.replace(",", " ").split()
                for s in scopes if isinstance(scopes, list) else []:
                    if isinstance(s, str) and s.strip() and len(a.scopes) < MAX_SCOPES:
                        a.scopes.setdefault(s.strip(), None)
        if bad:
            ctx.warn(f"{bad} line(s) in Discord's activity files were not valid JSON and were skipped")
        if auths:
            ctx.warn("Discord's export names authorized apps only by application id and does not say whether "
                     "they are still authorized; check Settings → Authorized Apps in Discord")
        for a in auths.values():
            res.grants.append(Grant(
                platform="discord", app=a.names[-1] if a.names else f"Discord application {a.app_id}",
                app_id=a.app_id, status="active", granted_at=min(a.times) if a.times else None,
                permissions=tuple(a.scopes), description="Authorization accepted (from Discord's activity log)",
                source=ctx.source_label, source_file=a.file, record_count=a.count,
                # The activity log records that access was granted, never whether it still is.
                status_basis="inferred",
            ))
