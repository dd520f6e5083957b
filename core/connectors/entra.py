"""Microsoft Entra ID admin connector: Graph oauth2PermissionGrants (list, delete), names from servicePrincipals."""

from __future__ import annotations

from typing import Any, Literal

from core.connectors.base import Connector, pack_handle, segment, unpack_handle
from core.connectors.oauth import ApiSession, is_secure_url
from core.errors import ConnectorError, RevokeFailed
from core.model import Grant
from core.tasks import CancelToken, Progress, ProgressFn
from core.text import parse_iso

GRAPH_BASE = "https://graph.microsoft.com/v1.0"
MAX_PAGES = 1000
DEFAULT_ACCESS_ROLE = "00000000-0000-0000-0000-000000000000"
SP_SELECT = "id,appId,displayName,publisherName,verifiedPublisher,oauth2PermissionScopes,appRoles"


class EntraConnector(Connector):
    """Delegated permission grants of the signed-in admin ("me") or of the whole tenant ("tenant").

    One Grant per (client app, consent type, user): a `Principal` grant is kind "oauth_app"; an
    `AllPrincipals` grant (an admin consented for everyone) is kind "administered_app", and revoking it
    removes it for the whole organisation. "me" mode lists the person's own grants, the tenant-wide ones
    and the person's app-role assignments (kind "administered_app", no revoke handle: they are managed in
    My Apps or by the admin). "tenant" mode lists every delegated grant in the tenant.
    """

    provider = "entra"
    required_role = (
        "Directory.Read.All (admin consent) and a directory role such as Global Reader, Directory Readers "
        "or Cloud Application Administrator"
    )
    revoke_role = (
        "DelegatedPermissionGrant.ReadWrite.All (admin consent) and Cloud Application Administrator or "
        "Application Administrator"
    )

    def __init__(
        self,
        http: ApiSession,
        *,
        account: str,
        graph_base: str = GRAPH_BASE,
        mode: Literal["me", "tenant"] = "me",
        include_app_roles: bool = True,
    ) -> None:
        super().__init__(http, account=account)
        self.graph_base = graph_base.rstrip("/")
        self.mode = mode
        self.include_app_roles = include_app_roles
        self._sp_cache: dict[str, dict[str, Any]] = {}

    # -- paging and names ---------------------------------------------------------------------------------

    def _pages(self, url: str, params: dict[str, str] | None, progress: ProgressFn,
               cancel: CancelToken | None) -> list[dict[str, Any]]:
        items: list[dict[str, Any]] = []
        page = 0
        next_url: str | None = url
        while next_url and page < MAX_PAGES:
            if cancel is not None:
                cancel.raise_if_cancelled()
            body = self._get_json(next_url, params=params, cancel=cancel)
            page += 1
            progress(Progress("list_grants", page, 0))
            if not isinstance(body, dict):
                break
            items.extend(v for v in body.get("value") or [] if isinstance(v, dict))
            link = body.get("@odata.nextLink")
            # Follow the link verbatim (it carries its own $skiptoken); never off https/loopback.
            next_url = str(link) if isinstance(link, str) and is_secure_url(link) else None
            params = None
        return items

    def _sp(self, object_id: str, cancel: CancelToken | None) -> dict[str, Any]:
        if object_id not in self._sp_cache:
            try:
                body = self._get_json(f"{self.graph_base}/servicePrincipals/{segment(object_id)}",
                                      params={"$select": SP_SELECT}, cancel=cancel)
            except ConnectorError:
                body = {}  # no right to read it, or deleted: fall back to the id
            self._sp_cache[object_id] = body if isinstance(body, dict) else {}
        return self._sp_cache[object_id]

    @staticmethod
    def _scope_text(resource: dict[str, Any], value: str) -> str:
        for s in resource.get("oauth2PermissionScopes") or []:
            if isinstance(s, dict) and s.get("value") == value:
                return str(s.get("adminConsentDisplayName") or s.get("userConsentDisplayName") or "")
        return ""

    # -- listing ------------------------------------------------------------------------------------------

    def _list(self, progress: ProgressFn, cancel: CancelToken | None) -> list[Grant]:
        self._sp_cache = {}
        path = "/me/oauth2PermissionGrants" if self.mode == "me" else "/oauth2PermissionGrants"
        raw = self._pages(self.graph_base + path, None, progress, cancel)
        if self.mode == "me":
            # Tenant-wide admin consents apply to the signed-in person too but are not in /me's list.
            try:
                raw += self._pages(self.graph_base + "/oauth2PermissionGrants",
                                   {"$filter": "consentType eq 'AllPrincipals'"}, progress, cancel)
            except ConnectorError:
                pass  # optional extra: the person's own grants above still count
        groups: dict[tuple[str, str, str], list[dict[str, Any]]] = {}
        for g in raw:
            if not g.get("id") or not g.get("clientId"):
                continue
            key = (str(g["clientId"]), str(g.get("consentType") or ""), str(g.get("principalId") or ""))
            groups.setdefault(key, []).append(g)
        grants: list[Grant] = []
        for (client_id, consent_type, principal), records in groups.items():
            client = self._sp(client_id, cancel)
            scopes: list[str] = []
            texts: dict[str, str] = {}
            for rec in records:
                resource = self._sp(str(rec.get("resourceId") or ""), cancel) if rec.get("resourceId") else {}
                # The scope string is space-separated, sometimes with a leading space.
                for value in str(rec.get("scope") or "").split():
                    if value not in scopes:
                        scopes.append(value)
                    text = self._scope_text(resource, value)
                    if text:
                        name = resource.get("displayName")
                        texts[value] = f"{name}: {text}" if name else text
            handle = pack_handle(ids=",".join(sorted(str(r["id"]) for r in records)), consent=consent_type)
            self._scope_texts[handle] = texts
            grants.append(self._grant_from(client, client_id, scopes, consent_type, principal, handle))
        if self.mode == "me" and self.include_app_roles:
            grants.extend(self._app_roles(progress, cancel))
        return grants

    def _grant_from(self, client: dict[str, Any], client_id: str, scopes: list[str], consent_type: str,
                    principal: str, handle: str) -> Grant:
        verified = client.get("verifiedPublisher")
        publisher = (verified.get("displayName") if isinstance(verified, dict) else None) or client.get(
            "publisherName")
        return Grant(
            platform=self.provider,
            app=str(client.get("displayName") or client_id),
            # appId is the application's client id, the id people see in the portal.
            app_id=str(client.get("appId") or client_id),
            status="active",
            permissions=tuple(scopes),
            kind="administered_app" if consent_type == "AllPrincipals" else "oauth_app",
            user_app_id=principal or None,
            developer=str(publisher) if publisher else None,
            source=self.source,
            source_file="oauth2PermissionGrants",
            revoke_handle=handle,
        )

    def _app_roles(self, progress: ProgressFn, cancel: CancelToken | None) -> list[Grant]:
        try:
            items = self._pages(f"{self.graph_base}/me/appRoleAssignments", None, progress, cancel)
        except ConnectorError:
            return []  # optional extra: missing rights here must not hide the grants above
        out: list[Grant] = []
        for a in items:
            resource_id = str(a.get("resourceId") or "")
            resource = self._sp(resource_id, cancel) if resource_id else {}
            role_id = str(a.get("appRoleId") or DEFAULT_ACCESS_ROLE)
            role = "default access" if role_id == DEFAULT_ACCESS_ROLE else role_id
            for r in resource.get("appRoles") or []:
                if isinstance(r, dict) and r.get("id") == role_id and r.get("value"):
                    role = str(r["value"])
            out.append(
                Grant(
                    platform=self.provider,
                    app=str(a.get("resourceDisplayName") or resource.get("displayName") or resource_id),
                    app_id=str(resource.get("appId") or resource_id) or None,
                    status="active",
                    granted_at=parse_iso(a.get("createdDateTime")),
                    permissions=(role,),
                    kind="administered_app",
                    source=self.source,
                    source_file="appRoleAssignments",
                    revoke_handle=None,
                )
            )
        return out

    # -- revoking -----------------------------------------------------------------------------------------

    def _revoke(self, handle: str, cancel: CancelToken | None) -> None:
        ids = [i for i in unpack_handle(handle).get("ids", "").split(",") if i]
        if not ids:
            raise RevokeFailed("this grant cannot be revoked from Grantscope", provider=self.provider)
        for grant_id in ids:
            # Existing access tokens stay valid until they expire; no new ones are issued.
            self._delete(f"{self.graph_base}/oauth2PermissionGrants/{segment(grant_id)}", cancel)
