"""The client side of a sign-in: the registration the person brought, the Authlib session for it, and the checks
on the ID token received from the token endpoint (OpenID Connect Core 3.1.3.7)."""

from __future__ import annotations

import base64
import binascii
import hmac
import json
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from authlib.integrations.base_client.errors import OAuthError

from core.connectors.oauth.discovery import ServerMetadata, same_issuer
from core.connectors.oauth.transport import GrantscopeOAuthSession
from core.errors import SignInFailed

#: Seconds of clock difference tolerated between this computer and the provider for exp and iat.
CLOCK_LEEWAY = 300

@dataclass(frozen=True)
class ClientConfig:
    """A client registration the user brought: id, optional (Google desktop) secret, scopes, redirect style."""

    client_id: str
    scopes: tuple[str, ...] = ("openid",)
    client_secret: str | None = field(default=None, repr=False)
    #: "127.0.0.1" (RFC 8252) or "localhost" (Microsoft).
    redirect_host: str = "127.0.0.1"
    #: "" sends http://localhost:{port} (Microsoft's registered form).
    redirect_path: str = "/callback"
    extra_authorize_params: Mapping[str, str] = field(default_factory=dict)
    #: Send prompt=consent with offline_access (OIDC Core 11); off where the provider documents otherwise.
    consent_for_offline: bool = True

    @property
    def scope(self) -> str:
        return " ".join(self.scopes)


def make_session(
    meta: ServerMetadata,
    client: ClientConfig,
    *,
    token: Mapping[str, Any] | None = None,
    redirect_uri: str | None = None,
    update_token: Callable[..., None] | None = None,
) -> GrantscopeOAuthSession:
    """An Authlib session for this server and client; with `token` it refreshes itself before expiry."""
    return GrantscopeOAuthSession(
        client_id=client.client_id,
        client_secret=client.client_secret,
        scope=client.scope,
        redirect_uri=redirect_uri,
        code_challenge_method="S256",
        token=dict(token) if token else None,
        token_endpoint=meta.token_endpoint,
        update_token=update_token,
        leeway=60,
    )


def oauth_failure(exc: OAuthError, provider: str) -> SignInFailed:
    code = str(getattr(exc, "error", "") or "")
    description = str(getattr(exc, "description", "") or "")
    return SignInFailed(
        f"the provider refused the sign-in: {code}", provider=provider, code=code, description=description
    )


def _b64json(part: str) -> dict[str, Any]:
    padded = part + "=" * (-len(part) % 4)
    value = json.loads(base64.urlsafe_b64decode(padded.encode()))
    if not isinstance(value, dict):
        raise ValueError("not an object")
    return value


def id_token_claims(token: Mapping[str, Any]) -> dict[str, Any]:
    """The claims of the ID token received straight from the token endpoint over TLS.

    OpenID Connect Core 3.1.3.7 allows TLS server validation instead of a signature check for tokens
    received directly from the token endpoint in the code flow; iss, aud and nonce are checked by callers.
    """
    raw = token.get("id_token")
    if not isinstance(raw, str) or raw.count(".") != 2:
        return {}
    try:
        return _b64json(raw.split(".")[1])
    except (ValueError, binascii.Error, UnicodeDecodeError):
        return {}


def check_id_token(token: Mapping[str, Any], meta: ServerMetadata, client: ClientConfig, nonce: str | None,
                   provider: str, strict_issuer: bool, *, now: float | None = None) -> None:
    """iss, aud, exp, iat and nonce of the ID token (3.1.3.7 steps 2, 3, 9, 10, 11); SignInFailed when wrong."""
    claims = id_token_claims(token)
    if not claims:
        return
    iss = str(claims.get("iss", ""))
    # Google writes iss with or without the scheme ("accounts.google.com").
    if strict_issuer and not (same_issuer(iss, meta.issuer) or iss == urlsplit(meta.issuer).netloc):
        raise SignInFailed("the ID token names another issuer", provider=provider, reason="issuer_mismatch")
    aud = claims.get("aud")
    auds = aud if isinstance(aud, list) else [aud]
    if client.client_id not in auds:
        raise SignInFailed("the ID token is for another client", provider=provider, reason="oauth_error",
                           code="invalid_id_token")
    if nonce is not None and not hmac.compare_digest(str(claims.get("nonce", "")).encode(), nonce.encode()):
        # A nonce was sent: the ID token must carry the same one (a missing nonce is a replay risk too).
        raise SignInFailed("the ID token nonce does not match", provider=provider, reason="oauth_error",
                           code="invalid_nonce")
    current = time.time() if now is None else now
    exp, iat = _number(claims.get("exp")), _number(claims.get("iat"))
    if exp is None or exp + CLOCK_LEEWAY < current:
        raise SignInFailed("the ID token has expired", provider=provider, reason="oauth_error",
                           code="invalid_id_token", description="expired")
    if iat is None or iat - CLOCK_LEEWAY > current:
        raise SignInFailed("the ID token was issued in the future", provider=provider, reason="oauth_error",
                           code="invalid_id_token", description="issued in the future (check this computer's clock)")


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return float(value)
