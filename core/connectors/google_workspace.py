"""Google Workspace admin connector: Admin SDK Directory `users/{userKey}/tokens` list and delete."""

from __future__ import annotations

from typing import Any

from core.connectors.base import Connector, pack_handle, segment, unpack_handle
from core.connectors.oauth import ApiSession
from core.model import Grant
from core.tasks import CancelToken, Progress, ProgressFn

DIRECTORY_BASE = "https://admin.googleapis.com/admin/directory/v1"


class GoogleWorkspaceConnector(Connector):
    """The third-party apps one Workspace user (`user_key`: e-mail, alias or id) issued tokens to."""

    provider = "google_workspace"
    required_role = (
        "a Workspace admin role with the Users > Security privilege, signed in with scope "
        "https://www.googleapis.com/auth/admin.directory.user.security"
    )
    revoke_role = required_role

    def __init__(self, http: ApiSession, *, account: str, user_key: str, api_base: str = DIRECTORY_BASE) -> None:
        super().__init__(http, account=account)
        self.user_key = user_key
        self.api_base = api_base.rstrip("/")

    def _list(self, progress: ProgressFn, cancel: CancelToken | None) -> list[Grant]:
        progress(Progress("list_grants", 0, 1))
        body = self._get_json(f"{self.api_base}/users/{segment(self.user_key)}/tokens", cancel=cancel)
        items = body.get("items") if isinstance(body, dict) else None  # absent when the user has none
        grants = [self._grant(t) for t in items or [] if isinstance(t, dict) and t.get("clientId")]
        progress(Progress("list_grants", 1, 1))
        return grants

    def _grant(self, t: dict[str, Any]) -> Grant:
        client_id = str(t["clientId"])
        return Grant(
            platform=self.provider,
            app=str(t.get("displayText") or client_id),
            app_id=client_id,
            status="active",
            permissions=tuple(str(s) for s in t.get("scopes") or []),
            kind="oauth_app",
            source=self.source,
            source_file="directory/v1/users/tokens",
            revoke_handle=pack_handle(user=self.user_key, client=client_id),
        )

    def _revoke(self, handle: str, cancel: CancelToken | None) -> None:
        h = unpack_handle(handle)
        # Deletes all access tokens the user issued to that app.
        self._delete(f"{self.api_base}/users/{segment(h['user'])}/tokens/{segment(h['client'])}", cancel)
