"""The common connector interface (list grants, revoke one) and the mapping of provider answers to typed errors."""

from __future__ import annotations

import abc
import json
from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

import requests

from core.connectors.oauth import ApiSession
from core.errors import (
    ApiNotFound,
    ConnectorError,
    InsufficientPrivileges,
    ProviderUnavailable,
    RevokeFailed,
)
from core.model import Grant
from core.tasks import CancelToken, ProgressFn, no_progress


def segment(value: str) -> str:
    """One URL path segment, fully percent-encoded (client ids hold dots, slashes or ':'; e-mails hold '@')."""
    return quote(value, safe="")


def error_code(resp: requests.Response) -> tuple[str, str]:
    """(code, message) from the provider's error body, whichever envelope it uses; never the whole body."""
    try:
        body: Any = resp.json()
    except ValueError:
        return "", ""
    if not isinstance(body, dict):
        return "", ""
    err = body.get("error")
    if isinstance(err, dict):  # Microsoft Graph and Google: {"error": {"code", "message", "status"...}}
        code = err.get("status") if isinstance(err.get("code"), int) else err.get("code")
        return str(code or ""), str(err.get("message") or "")[:300]
    if isinstance(err, str):  # OAuth style
        return err, str(body.get("error_description") or "")[:300]
    for key in ("errorMessage", "detail", "message", "errorSummary"):  # Keycloak, DRF, gRPC gateway, Okta
        if isinstance(body.get(key), str):
            return str(body.get("code") or body.get("errorCode") or ""), body[key][:300]
    return "", ""


class Connector(abc.ABC):
    """One provider's grants API for one signed-in account.

    Subclasses set `provider` and `required_role` (what a 403 means for this provider, shown by the UI),
    and implement `_list` and `_revoke`. Base URLs are constructor arguments so tests can point them at a
    local contract server.
    """

    provider: str = ""
    #: What the signed-in account needs when the API answers 403 (InsufficientPrivileges.role).
    required_role: str = ""
    #: What revoking needs when a DELETE answers 403.
    revoke_role: str = ""

    def __init__(self, http: ApiSession, *, account: str) -> None:
        self.http = http
        self.account = account
        #: Per-grant scope texts the provider gave at run time (Keycloak displayText, Graph scope names).
        self._scope_texts: dict[str, dict[str, str]] = {}

    @property
    def source(self) -> str:
        return f"live:{self.account}"

    # -- public API -----------------------------------------------------------------------------------------

    def list_grants(
        self, progress: ProgressFn = no_progress, cancel: CancelToken | None = None
    ) -> tuple[Grant, ...]:
        """Every grant the API shows, one per app; follows pagination; checks `cancel` between pages."""
        self._scope_texts = {}
        return tuple(self._list(progress, cancel))

    def revoke(self, grant: Grant, cancel: CancelToken | None = None) -> None:
        """Revoke one grant listed by this connector. A grant that is already gone counts as revoked."""
        if grant.platform != self.provider or not grant.revoke_handle:
            raise RevokeFailed("this grant cannot be revoked from Grantscope", provider=self.provider)
        self._revoke(grant.revoke_handle, cancel)

    def scope_texts(self, grant: Grant) -> Mapping[str, str]:
        """Human texts for the grant's scopes that the provider itself gave (may be empty)."""
        return self._scope_texts.get(grant.revoke_handle or grant.app_id or grant.app, {})

    # -- for subclasses -------------------------------------------------------------------------------------

    @abc.abstractmethod
    def _list(self, progress: ProgressFn, cancel: CancelToken | None) -> list[Grant]: ...

    @abc.abstractmethod
    def _revoke(self, handle: str, cancel: CancelToken | None) -> None: ...

    def _get_json(self, url: str, *, params: Mapping[str, str] | None = None,
                  cancel: CancelToken | None = None) -> Any:
        resp = self.http.get(url, params=params, cancel=cancel)
        self.check(resp, url=url)
        try:
            return resp.json()
        except ValueError as exc:
            # Keycloak answers its HTML console to requests that do not ask for JSON.
            raise ProviderUnavailable(
                "the provider did not answer with JSON", provider=self.provider, status=resp.status_code,
                reason="bad_response",
            ) from exc

    def _delete(self, url: str, cancel: CancelToken | None) -> None:
        resp = self.http.delete(url, cancel=cancel)
        if 200 <= resp.status_code < 300 or resp.status_code == 404:
            return  # 404: already gone, which is what the person wanted.
        code, message = error_code(resp)
        if resp.status_code == 403:
            raise InsufficientPrivileges(
                f"revoking was refused: {code or message}".strip(), provider=self.provider, role=self.revoke_role
            )
        raise RevokeFailed(f"revoking failed: {code or resp.reason}", provider=self.provider,
                           status=resp.status_code)

    def check(self, resp: requests.Response, *, url: str = "") -> None:
        """Raise the typed error for a non-2xx listing answer."""
        status = resp.status_code
        if 200 <= status < 300:
            return
        code, message = error_code(resp)
        if status == 403:
            raise InsufficientPrivileges(
                f"the account lacks a permission: {code or message}".strip(), provider=self.provider,
                role=self.required_role,
            )
        if status == 404:
            raise ApiNotFound("the API address was not found", provider=self.provider, url=url)
        if status >= 500:
            raise ProviderUnavailable(f"the provider failed: {code or resp.reason}", provider=self.provider,
                                      status=status)
        raise ConnectorError(f"the provider refused the request: {code or resp.reason}", provider=self.provider,
                             status=status)


def pack_handle(**fields: str) -> str:
    """A compact, stable revoke handle (never shown, never exported)."""
    return json.dumps(fields, sort_keys=True, separators=(",", ":"))


def unpack_handle(handle: str) -> dict[str, str]:
    try:
        value = json.loads(handle)
    except ValueError as exc:
        raise RevokeFailed("this grant cannot be revoked from Grantscope") from exc
    if not isinstance(value, dict):
        raise RevokeFailed("this grant cannot be revoked from Grantscope")
    return {str(k): str(v) for k, v in value.items()}
