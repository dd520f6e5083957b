"""Keycloak connector: the Account REST API lets any signed-in user list and revoke their own app consents."""

from __future__ import annotations

import re
from typing import Any

from core.connectors.base import Connector, pack_handle, segment, unpack_handle
from core.connectors.oauth import ApiSession
from core.model import Grant
from core.tasks import CancelToken, Progress, ProgressFn
from core.text import from_epoch

#: Clients every realm has; shown but marked as the provider's own.
BUILTIN_CLIENTS = frozenset(
    {"account", "account-console", "admin-cli", "broker", "realm-management", "security-admin-console"}
)


_CONSENT_TEXT_KEY = re.compile(r"^\$\{(?P<scope>[A-Za-z0-9]+)ScopeConsentText\}$")


def scope_key(name: str) -> str:
    """The scope's name as Grantscope's catalog knows it.

    Keycloak's Account API gives the consent screen's message key as a built-in scope's "name"
    (`${offlineAccessScopeConsentText}` for offline_access); custom scopes keep their plain name.
    """
    m = _CONSENT_TEXT_KEY.match(name)
    if not m:
        return name
    return re.sub(r"(?<!^)(?=[A-Z])", "_", m.group("scope")).lower()


class KeycloakConnector(Connector):
    """`GET {issuer}/account/applications`, `DELETE …/applications/{clientId}/consent`."""

    provider = "keycloak"
    required_role = "account client role manage-account or view-applications"
    revoke_role = "account client role manage-account or manage-consent"

    def __init__(self, http: ApiSession, *, account: str, issuer: str, account_base: str | None = None) -> None:
        super().__init__(http, account=account)
        # The Account API sits under the realm's issuer path (with /auth/ on pre-17 releases).
        self.account_base = (account_base or issuer.rstrip("/") + "/account").rstrip("/")

    def _list(self, progress: ProgressFn, cancel: CancelToken | None) -> list[Grant]:
        progress(Progress("list_grants", 0, 1))
        url = f"{self.account_base}/applications"
        apps = self._get_json(url, cancel=cancel)
        if not isinstance(apps, list):
            apps = []
        grants = [g for g in (self._grant(a) for a in apps if isinstance(a, dict)) if g is not None]
        progress(Progress("list_grants", 1, 1))
        return grants

    def _grant(self, app: dict[str, Any]) -> Grant | None:
        client_id = str(app.get("clientId") or "")
        consent = app.get("consent") if isinstance(app.get("consent"), dict) else None
        if not client_id or not (consent or app.get("offlineAccess") or app.get("inUse")):
            return None  # an "always display" app the person never authorized
        scopes: list[dict[str, Any]] = []
        if consent:
            # Older releases call the list "scopes", current ones "grantedScopes".
            raw = consent.get("grantedScopes") or consent.get("scopes") or []
            scopes = [s for s in raw if isinstance(s, dict)]
        names = [scope_key(str(s.get("name"))) for s in scopes if s.get("name")]
        if app.get("offlineAccess") and "offline_access" not in names:
            names.append("offline_access")
        handle = pack_handle(client=client_id)
        self._scope_texts[handle] = {
            scope_key(str(s["name"])): str(s["displayText"]) for s in scopes if s.get("name") and s.get("displayText")
        }
        created = consent.get("createdDate") if consent else None
        name = str(app.get("clientName") or "")
        if name.startswith("${"):
            name = ""  # an untranslated message key such as ${client_account-console}
        return Grant(
            platform=self.provider,
            app=name or client_id,
            app_id=client_id,
            status="active",
            granted_at=from_epoch(created),  # epoch milliseconds
            permissions=tuple(names),
            kind="oauth_app",
            description=str(app["description"]) if app.get("description") else None,
            developer_url=str(app.get("effectiveUrl") or app.get("rootUrl") or "") or None,
            first_party=client_id in BUILTIN_CLIENTS,
            source=self.source,
            source_file="account/applications",
            revoke_handle=handle,
        )

    def _revoke(self, handle: str, cancel: CancelToken | None) -> None:
        client_id = unpack_handle(handle)["client"]
        # Revoking the consent also ends the client's offline tokens for this user.
        self._delete(f"{self.account_base}/applications/{segment(client_id)}/consent", cancel)
