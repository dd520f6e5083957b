"""authentik connector: `/api/v3/core/user_consent/` lists and deletes the signed-in user's consents."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any
from urllib.parse import urlsplit

from core.connectors.base import Connector, pack_handle, segment, unpack_handle
from core.connectors.oauth import ApiSession
from core.errors import ConnectorError
from core.model import Grant
from core.tasks import CancelToken, Progress, ProgressFn
from core.text import parse_iso

PAGE_SIZE = 100
MAX_PAGES = 500  # a runaway server cannot keep us paging forever


class AuthentikConnector(Connector):
    provider = "authentik"
    required_role = "OAuth scope goauthentik.io/api on Grantscope's provider in authentik"
    revoke_role = required_role

    def __init__(self, http: ApiSession, *, account: str, issuer: str, api_base: str | None = None) -> None:
        super().__init__(http, account=account)
        parts = urlsplit(issuer)
        self.api_base = (api_base or f"{parts.scheme}://{parts.netloc}/api/v3").rstrip("/")

    def _me(self, cancel: CancelToken | None) -> str | None:
        try:
            me = self._get_json(f"{self.api_base}/core/users/me/", cancel=cancel)
        except ConnectorError:
            return None
        user = me.get("user") if isinstance(me, dict) else None
        pk = user.get("pk") if isinstance(user, dict) else None
        return str(pk) if pk is not None else None

    def _list(self, progress: ProgressFn, cancel: CancelToken | None) -> list[Grant]:
        # A superuser's listing holds everyone's consents: restrict it to the signed-in person.
        me = self._me(cancel)
        grants: list[Grant] = []
        page = 1
        while page <= MAX_PAGES:
            if cancel is not None:
                cancel.raise_if_cancelled()
            params = {"page": str(page), "page_size": str(PAGE_SIZE), "ordering": "pk"}
            if me is not None:
                params["user"] = me
            body = self._get_json(f"{self.api_base}/core/user_consent/", params=params, cancel=cancel)
            results = body.get("results") if isinstance(body, dict) else None
            results = [r for r in (results or []) if isinstance(r, dict)]
            for r in results:
                user = r.get("user")
                if me is not None and isinstance(user, dict) and str(user.get("pk")) != me:
                    continue
                grant = self._grant(r)
                if grant is not None:
                    grants.append(grant)
            pagination = body.get("pagination") if isinstance(body, dict) else None
            total = int(pagination.get("total_pages") or 0) if isinstance(pagination, dict) else 0
            progress(Progress("list_grants", page, total))
            nxt = pagination.get("next") if isinstance(pagination, dict) else None
            if not results or (isinstance(pagination, dict) and not nxt) or (pagination is None
                                                                               and len(results) < PAGE_SIZE):
                break
            page = int(nxt) if isinstance(nxt, int) and nxt > page else page + 1
        return grants

    def _grant(self, r: dict[str, Any]) -> Grant | None:
        if r.get("pk") is None:
            return None
        app_raw = r.get("application")
        app: dict[str, Any] = app_raw if isinstance(app_raw, dict) else {}
        expires = parse_iso(r["expires"]) if isinstance(r.get("expires"), str) else None
        expired = bool(r.get("expiring")) and expires is not None and expires < datetime.now(timezone.utc)
        perms = r.get("permissions")
        scopes = tuple(str(perms).split()) if perms else ()
        slug = app.get("slug")
        return Grant(
            platform=self.provider,
            app=str(app.get("name") or slug or r["pk"]),
            app_id=str(slug) if slug else None,
            status="expired" if expired else "active",
            permissions=scopes,
            developer_url=str(app.get("meta_launch_url")) if app.get("meta_launch_url") else None,
            description=str(app["meta_description"]) if app.get("meta_description") else None,
            source=self.source,
            source_file="api/v3/core/user_consent",
            revoke_handle=pack_handle(pk=str(r["pk"])),
        )

    def _revoke(self, handle: str, cancel: CancelToken | None) -> None:
        pk = unpack_handle(handle)["pk"]
        self._delete(f"{self.api_base}/core/user_consent/{segment(pk)}/", cancel)
