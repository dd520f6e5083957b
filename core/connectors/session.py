"""The API the UI calls: connect (sign in), list and revoke grants, disconnect, and resume a saved account.

Every call here blocks on the network or the keychain: run it in a worker (TaskRunner), never on the UI thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from core.connectors.authentik import AuthentikConnector
from core.connectors.base import Connector
from core.connectors.entra import GRAPH_BASE, EntraConnector
from core.connectors.google_workspace import DIRECTORY_BASE, GoogleWorkspaceConnector
from core.connectors.keycloak import KeycloakConnector
from core.connectors.oauth import (
    SIGN_IN_TIMEOUT,
    ApiSession,
    ClientConfig,
    DeviceCode,
    OpenBrowser,
    ServerMetadata,
    discover,
    fetch_userinfo,
    id_token_claims,
    revoke_own_tokens,
    sign_in_browser,
    sign_in_device,
)
from core.connectors.presets import Preset
from core.errors import AuthExpired, ProviderUnavailable, SignInFailed
from core.model import Grant, Source
from core.secrets import TokenStore
from core.tasks import CancelToken, Progress, ProgressFn, no_progress

#: Params never written to AccountRef (the UI persists AccountRef in its settings).
SECRET_PARAMS = frozenset({"client_secret"})
_CLIENT_SECRET_SUFFIX = "#client-secret"
#: Keychain entry of a refresh token the provider did not confirm revoking at Disconnect (tried again later).
PENDING_REVOCATION_SUFFIX = "#revoke-pending"


@dataclass(frozen=True)
class AccountRef:
    """A connected account without any secret: what the UI saves to offer "reconnect" next time."""

    provider: str
    issuer: str
    #: Stable id at the provider (OIDC `sub`); names the keychain entry.
    account: str
    #: What to show: e-mail or user name when the provider gave one, else the id.
    display_name: str
    params: Mapping[str, str] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "provider": self.provider,
            "issuer": self.issuer,
            "account": self.account,
            "display_name": self.display_name,
            "params": {k: v for k, v in self.params.items() if k not in SECRET_PARAMS},
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> AccountRef:
        return cls(
            provider=str(d["provider"]),
            issuer=str(d["issuer"]),
            account=str(d["account"]),
            display_name=str(d.get("display_name") or d["account"]),
            params={str(k): str(v) for k, v in (d.get("params") or {}).items() if k not in SECRET_PARAMS},
        )


@dataclass(frozen=True)
class RevokeOutcome:
    """The result of revoking, confirmed by listing again.

    `signed_out`: the grant was Grantscope's own (or the provider ended the sign-in with it): the keychain
    entry is deleted and the account must sign in again; `grants` is then empty.
    """

    gone: bool
    grants: tuple[Grant, ...]
    signed_out: bool = False


@dataclass(frozen=True)
class DisconnectOutcome:
    """provider_revocation: "revoked", "unsupported" (no RFC 7009 endpoint) or "failed";
    when it is not "revoked", `settings_url` is where the person can remove Grantscope's own access."""

    provider_revocation: str
    settings_url: str | None
    #: The token stays in the keychain (PENDING_REVOCATION_SUFFIX) so revoking can be tried again.
    pending: bool = False


def build_connector(preset: Preset, http: ApiSession, ref: AccountRef, issuer: str) -> Connector:
    params = ref.params
    api_base = params.get("api_base") or None
    account = ref.display_name or ref.account
    if preset.id == "keycloak":
        return KeycloakConnector(http, account=account, issuer=issuer, account_base=api_base)
    if preset.id == "authentik":
        return AuthentikConnector(http, account=account, issuer=issuer, api_base=api_base)
    if preset.id == "entra":
        return EntraConnector(http, account=account, graph_base=api_base or GRAPH_BASE,
                              mode="tenant" if params.get("mode") == "tenant" else "me")
    if preset.id == "google_workspace":
        user_key = params.get("user_key") or ref.display_name
        return GoogleWorkspaceConnector(http, account=account, user_key=user_key, api_base=api_base or DIRECTORY_BASE)
    raise ValueError(f"no connector for provider {preset.id!r}")


class ConnectedAccount:
    """One signed-in account. Thread-safe enough for one worker at a time (the UI serialises calls)."""

    def __init__(
        self,
        preset: Preset,
        ref: AccountRef,
        meta: ServerMetadata,
        client: ClientConfig,
        token: Mapping[str, Any],
        token_store: TokenStore,
    ) -> None:
        self.preset = preset
        self.ref = ref
        self._meta = meta
        self._client = client
        self._store = token_store
        self._lock = threading.Lock()
        self._remembered = False
        #: False when the provider issued no refresh token: the account cannot be remembered (say so).
        self.has_refresh_token = bool(token.get("refresh_token"))
        if token.get("refresh_token"):
            self._remembered = token_store.save(preset.id, ref.issuer, ref.account, str(token["refresh_token"]))
        self._http = ApiSession(
            token, provider=preset.id, meta=meta, client=client, on_refresh_token=self._store_rotated
        )
        self.connector = build_connector(preset, self._http, ref, meta.issuer)

    def _store_rotated(self, refresh_token: str) -> None:
        # Rotating servers reject the old refresh token after one use: write the new one at once.
        self._remembered = self._store.save(self.preset.id, self.ref.issuer, self.ref.account, refresh_token)

    @property
    def persistent(self) -> bool:
        """True when the sign-in is kept in the OS keychain for next time; False: memory only (tell the user)."""
        return self._remembered and self._store.persistent

    @property
    def source(self) -> Source:
        return Source(platform=self.preset.id, path=f"live:{self.connector.account}", kind="live",
                      generation="api", identity=(self.ref.display_name,))

    @property
    def client_id(self) -> str:
        return self._client.client_id

    def is_own(self, grant: Grant) -> bool:
        """True for the row of Grantscope's own client: revoking it ends this sign-in."""
        return grant.platform == self.preset.id and grant.source == self.connector.source and \
            grant.app_id == self._client.client_id

    def forget_sign_in(self) -> None:
        """The provider no longer accepts the sign-in: delete the keychain entry (a dead token helps nobody)."""
        self._store.delete(self.preset.id, self.ref.issuer, self.ref.account)
        self._store.delete(self.preset.id, self.ref.issuer, self.ref.account + _CLIENT_SECRET_SUFFIX)
        self._remembered = False

    def list_grants(self, progress: ProgressFn = no_progress, cancel: CancelToken | None = None) -> tuple[Grant, ...]:
        """List the grants; AuthExpired (after the keychain entry was deleted) when the sign-in has ended."""
        with self._lock:
            try:
                return self.connector.list_grants(progress, cancel)
            except AuthExpired:
                self.forget_sign_in()
                raise

    def revoke(self, grant: Grant, progress: ProgressFn = no_progress,
               cancel: CancelToken | None = None) -> RevokeOutcome:
        """Revoke, then list again and say whether the grant is gone (what the fresh list shows counts)."""
        own = self.is_own(grant)
        with self._lock:
            try:
                self.connector.revoke(grant, cancel)
                if own:
                    # Revoking Grantscope's own consent ends its tokens: the list cannot be read any more.
                    raise AuthExpired("Grantscope's own access was revoked", provider=self.preset.id)
                fresh = self.connector.list_grants(progress, cancel)
            except AuthExpired:
                self.forget_sign_in()
                self._http.close()
                return RevokeOutcome(gone=own, grants=(), signed_out=True)
        gone = not any(g.revoke_handle == grant.revoke_handle for g in fresh)
        return RevokeOutcome(gone=gone, grants=fresh)

    def scope_texts(self, grant: Grant) -> Mapping[str, str]:
        return self.connector.scope_texts(grant)

    def disconnect(self) -> DisconnectOutcome:
        """Revoke Grantscope's own tokens where the provider allows it, then forget them locally (always)."""
        with self._lock:
            token = self._http.token
            outcome = "failed"
            try:
                outcome = revoke_own_tokens(self._meta, self._client, token, provider=self.preset.id)
            finally:
                self._store.delete(self.preset.id, self.ref.issuer, self.ref.account)
                self._store.delete(self.preset.id, self.ref.issuer, self.ref.account + _CLIENT_SECRET_SUFFIX)
                pending = outcome == "failed" and bool(token.get("refresh_token"))
                if pending:
                    # Still valid at the provider: keep it only to revoke it again at the next start.
                    self._store.save(self.preset.id, self.ref.issuer, self.ref.account + PENDING_REVOCATION_SUFFIX,
                                     str(token["refresh_token"]))
                self._http.close()
                self._remembered = False
        return DisconnectOutcome(
            provider_revocation=outcome,
            settings_url=None if outcome == "revoked" else self.preset.settings_url(self.ref.params),
            pending=pending,
        )

    def close(self) -> None:
        self._http.close()


def _identify(meta: ServerMetadata, token: Mapping[str, Any], provider: str) -> tuple[str, str]:
    claims = id_token_claims(token)
    if not claims.get("sub"):
        claims = {**fetch_userinfo(meta, token, provider=provider), **claims}
    sub = str(claims.get("sub") or claims.get("oid") or "")
    name = str(claims.get("email") or claims.get("preferred_username") or claims.get("upn") or claims.get("name")
               or sub)
    if not sub:
        sub = name or "account"
    return sub, name or sub


def connect(
    preset: Preset,
    params: Mapping[str, str],
    token_store: TokenStore,
    open_browser: OpenBrowser,
    cancel: CancelToken | None = None,
    progress: ProgressFn = no_progress,
    *,
    show_device_code: Callable[[DeviceCode], None] | None = None,
    use_device_flow: bool = False,
    timeout: float = SIGN_IN_TIMEOUT,
) -> ConnectedAccount:
    """Sign in with the system browser (or the device flow) and return the connected account.

    `params` holds the preset's fields (host, realm, tenant, client_id, client_secret, user_key...) and may
    hold `issuer` (overrides the template) and `api_base` (overrides the grants API address).
    Falls back to the device flow when the browser cannot be opened and `show_device_code` is given.
    """
    missing = preset.missing(params) if not params.get("issuer") else [
        n for n in ("client_id",) if not params.get(n)]
    if missing:
        raise SignInFailed(f"missing: {', '.join(missing)}", provider=preset.id, reason="missing_params")
    issuer = preset.issuer(params)
    client = preset.client_config(params)
    progress(Progress("discovery"))
    meta = discover(issuer, provider=preset.id, strict_issuer=preset.strict_issuer)
    if cancel is not None:
        cancel.raise_if_cancelled()
    device_ok = show_device_code is not None and meta.device_authorization_endpoint is not None
    if use_device_flow:
        if show_device_code is None:
            raise SignInFailed("no way to show the device code", provider=preset.id, reason="device_unsupported")
        token = sign_in_device(meta, client, show_device_code, provider=preset.id, cancel=cancel, progress=progress)
    else:
        try:
            token = sign_in_browser(meta, client, open_browser, provider=preset.id, cancel=cancel,
                                    progress=progress, timeout=timeout, strict_issuer=preset.strict_issuer,
                                    check_client_first=preset.check_client)
        except SignInFailed as exc:
            if exc.reason != "browser" or not device_ok or show_device_code is None:
                raise
            token = sign_in_device(meta, client, show_device_code, provider=preset.id, cancel=cancel,
                                   progress=progress)
    sub, name = _identify(meta, token, preset.id)
    ref = AccountRef(provider=preset.id, issuer=issuer, account=sub, display_name=name,
                     params={k: str(v) for k, v in params.items() if k not in SECRET_PARAMS})
    # Saving can wait on the OS keychain's unlock prompt: say so rather than "reading the list of apps".
    progress(Progress("keychain"))
    if client.client_secret:
        token_store.save(preset.id, issuer, sub + _CLIENT_SECRET_SUFFIX, client.client_secret)
    account = ConnectedAccount(preset, ref, meta, client, token, token_store)
    progress(Progress("connected"))
    return account


def resume(preset: Preset, ref: AccountRef, token_store: TokenStore,
           cancel: CancelToken | None = None) -> ConnectedAccount:
    """Reconnect a saved account from its keychain refresh token, without a browser.

    Raises AuthExpired when no refresh token is stored or the provider no longer accepts it.
    """
    refresh_token = token_store.load(preset.id, ref.issuer, ref.account)
    if not refresh_token:
        raise AuthExpired("no saved sign-in for this account", provider=preset.id, reason="not_saved")
    params = dict(ref.params)
    secret = token_store.load(preset.id, ref.issuer, ref.account + _CLIENT_SECRET_SUFFIX)
    if secret:
        params["client_secret"] = secret
    try:
        meta = discover(ref.issuer, provider=preset.id, strict_issuer=preset.strict_issuer)
    except SignInFailed as exc:
        if exc.reason != "discovery":
            raise
        # This address worked before: the server is down or this computer offline, not a wrong address.
        raise ProviderUnavailable("the provider could not be reached", provider=preset.id, status=exc.status,
                                  reason="server_error" if exc.status else "network") from exc
    if cancel is not None:
        cancel.raise_if_cancelled()
    client = preset.client_config(params)
    # expires_at in the past makes the first request refresh; a rotated token is stored by the account.
    account = ConnectedAccount(preset, ref, meta, client,
                               {"refresh_token": refresh_token, "access_token": "", "token_type": "Bearer",
                                "expires_at": 0}, token_store)
    try:
        account._http.refresh()
    except AuthExpired:
        token_store.delete(preset.id, ref.issuer, ref.account)
        account.close()
        raise
    return account


def retry_revocation(preset: Preset, ref: AccountRef, token_store: TokenStore) -> str:
    """Try again to revoke the token a Disconnect left pending: "revoked" (the entry is deleted), "failed", or
    "none" (nothing pending). Network failures count as "failed"."""
    key = ref.account + PENDING_REVOCATION_SUFFIX
    refresh_token = token_store.load(preset.id, ref.issuer, key)
    if not refresh_token:
        return "none"
    try:
        meta = discover(ref.issuer, provider=preset.id, strict_issuer=preset.strict_issuer)
    except SignInFailed:
        return "failed"
    client = preset.client_config(dict(ref.params))
    outcome = revoke_own_tokens(meta, client, {"refresh_token": refresh_token}, provider=preset.id)
    if outcome in ("revoked", "unsupported"):
        token_store.delete(preset.id, ref.issuer, key)
    return outcome


def dismiss_revocation(preset: Preset, ref: AccountRef, token_store: TokenStore) -> None:
    """The person stops the retries: the pending token is deleted from the keychain."""
    token_store.delete(preset.id, ref.issuer, ref.account + PENDING_REVOCATION_SUFFIX)
