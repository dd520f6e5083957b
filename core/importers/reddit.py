"""Reddit GDPR export (CSV files): sign-in identities (Google/Apple) and the linked Twitter account."""

from __future__ import annotations

from core.archive.tree import ArchiveTree
from core.importers.base import ImportContext, Importer, ImportResult
from core.importers.common import any_time, csv_rows, pick
from core.importers.markers import reddit_score
from core.model import Grant

APPS_NOTICE = ("Reddit's export does not list the apps you authorized; review them at "
               "https://www.reddit.com/prefs/apps")
ISSUERS = {"accounts.google.com": "Sign in with Google", "appleid.apple.com": "Sign in with Apple"}


def issuer_name(issuer: str) -> str:
    low = issuer.casefold()
    for host, name in ISSUERS.items():
        if host in low:
            return name
    if "google" in low:
        return "Sign in with Google"
    if "apple" in low:
        return "Sign in with Apple"
    return f"Sign in with {issuer}"


class RedditImporter(Importer):
    platform = "reddit"
    title = "Reddit"

    @classmethod
    def detect(cls, tree: ArchiveTree) -> int:
        return reddit_score(tree)

    def run(self, ctx: ImportContext) -> ImportResult:
        res = ImportResult(generation="GDPR data request (CSV files)")
        self._identity(ctx, res)
        m = ctx.find("linked_identities.csv")
        if m is not None:
            n = 0
            for row in csv_rows(ctx, m):
                issuer = pick(row, ("issuer_id", "issuer"))
                if not issuer:
                    continue
                n += 1
                subject = pick(row, ("subject_id", "subject")) or None
                if subject:
                    res.identity.add(subject)
                res.grants.append(Grant(
                    platform="reddit", app=issuer_name(issuer), app_id=None, status="active", kind="sign_in",
                    user_app_id=subject, developer=issuer, description="Can be used to sign in to Reddit",
                    source=ctx.source_label, source_file=m.path, status_basis="inferred",
                ))
            if n == 0:
                ctx.empty(m.path)
        t = ctx.find("twitter.csv")
        if t is not None:
            n = 0
            for row in csv_rows(ctx, t):
                user = pick(row, ("username", "screen_name", "twitter_username"))
                if not user:
                    continue
                n += 1
                res.identity.add(user)
                res.grants.append(Grant(
                    platform="reddit", app="X (Twitter)", app_id=None, status="active", kind="linked_account",
                    description="Twitter account linked to Reddit", source=ctx.source_label, source_file=t.path,
                    status_basis="inferred",
                ))
            if n == 0:
                ctx.empty(t.path)
        if m is None and t is None:
            ctx.warn("this Reddit export has no linked_identities.csv or twitter.csv: no linked sign-ins found")
        ctx.warn(APPS_NOTICE)
        return res

    def _identity(self, ctx: ImportContext, res: ImportResult) -> None:
        m = ctx.find("statistics.csv")
        if m is None:
            return
        for row in csv_rows(ctx, m):
            key = pick(row, ("statistic",)).casefold()
            val = pick(row, ("value",))
            if key in ("account name", "email address", "email"):
                if val:
                    res.identity.add(val)
            if key == "account name" and val:
                res.owner = res.owner_id = val
            elif key == "export time" and val:
                res.exported_at = any_time(val)
