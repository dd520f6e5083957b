"""Discovery: the authorization server's metadata from its issuer URL (OIDC Discovery, RFC 8414), and userinfo."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import requests
from authlib.integrations.base_client.errors import OAuthError

from core.connectors.oauth.transport import USER_AGENT, GrantscopeOAuthSession, SecureSession, is_secure_url
from core.errors import SignInFailed


@dataclass(frozen=True)
class ServerMetadata:
    """The endpoints of one authorization server, read from its discovery document."""

    issuer: str
    authorization_endpoint: str
    token_endpoint: str
    revocation_endpoint: str | None = None
    device_authorization_endpoint: str | None = None
    userinfo_endpoint: str | None = None
    code_challenge_methods: tuple[str, ...] = ()
    iss_parameter_supported: bool = False
    raw: Mapping[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def from_document(cls, doc: Mapping[str, Any]) -> ServerMetadata:
        return cls(
            issuer=str(doc["issuer"]),
            authorization_endpoint=str(doc["authorization_endpoint"]),
            token_endpoint=str(doc["token_endpoint"]),
            revocation_endpoint=doc.get("revocation_endpoint") or None,
            device_authorization_endpoint=doc.get("device_authorization_endpoint") or None,
            userinfo_endpoint=doc.get("userinfo_endpoint") or None,
            code_challenge_methods=tuple(doc.get("code_challenge_methods_supported") or ()),
            iss_parameter_supported=bool(doc.get("authorization_response_iss_parameter_supported")),
            raw=dict(doc),
        )


def discovery_urls(issuer: str) -> list[str]:
    """OIDC discovery first, then RFC 8414 (path inserted after the host), then OIDC with path insertion."""
    base = issuer.rstrip("/")
    parts = urlsplit(base)
    origin = f"{parts.scheme}://{parts.netloc}"
    path = parts.path
    urls = [f"{base}/.well-known/openid-configuration", f"{origin}/.well-known/oauth-authorization-server{path}"]
    if path:
        urls.append(f"{origin}/.well-known/openid-configuration{path}")
    return urls


def same_issuer(a: str, b: str) -> bool:
    return a.rstrip("/") == b.rstrip("/")


def discover(
    issuer: str,
    *,
    provider: str = "",
    strict_issuer: bool = True,
    session: requests.Session | None = None,
    timeout: float | tuple[float, float] = 10.0,
) -> ServerMetadata:
    """Read the authorization server's metadata from its issuer URL (OIDC Discovery / RFC 8414).

    `strict_issuer=False` accepts a document whose `issuer` differs from the URL on the same host
    (Microsoft's tenant-by-domain and multi-tenant addresses answer with the tenant's GUID issuer).
    """
    if not is_secure_url(issuer):
        raise SignInFailed(
            "the issuer must use https", provider=provider, reason="insecure_issuer", issuer=issuer
        )
    http = session or SecureSession()
    last_status: int | None = None
    try:
        for url in discovery_urls(issuer):
            try:
                resp = http.get(
                    url, timeout=timeout, verify=True, headers={"Accept": "application/json", "User-Agent": USER_AGENT}
                )
            except requests.RequestException as exc:
                raise SignInFailed(
                    f"discovery failed: {type(exc).__name__}", provider=provider, reason="discovery", issuer=issuer
                ) from exc
            if resp.status_code != 200:
                last_status = resp.status_code
                continue
            try:
                doc = resp.json()
                meta = ServerMetadata.from_document(doc)
            except (ValueError, KeyError, TypeError):
                last_status = resp.status_code
                continue
            if strict_issuer and not same_issuer(meta.issuer, issuer):
                raise SignInFailed(
                    "the discovery document names another issuer",
                    provider=provider,
                    reason="issuer_mismatch",
                    issuer=issuer,
                )
            if not strict_issuer and urlsplit(meta.issuer).netloc != urlsplit(issuer).netloc:
                raise SignInFailed(
                    "the discovery document names an issuer on another host",
                    provider=provider,
                    reason="issuer_mismatch",
                    issuer=issuer,
                )
            for endpoint in (meta.authorization_endpoint, meta.token_endpoint):
                if not is_secure_url(endpoint):
                    raise SignInFailed(
                        "an endpoint does not use https", provider=provider, reason="insecure_issuer", issuer=issuer
                    )
            return meta
    finally:
        if session is None:
            http.close()
    raise SignInFailed(
        "no discovery document found", provider=provider, status=last_status, reason="discovery", issuer=issuer
    )


def fetch_userinfo(meta: ServerMetadata, token: Mapping[str, Any], *, provider: str = "") -> dict[str, Any]:
    """The OIDC userinfo claims, or {} when the server has no userinfo endpoint or refuses."""
    if not meta.userinfo_endpoint:
        return {}
    oauth = GrantscopeOAuthSession(token=dict(token))
    try:
        resp = oauth.get(meta.userinfo_endpoint, headers={"Accept": "application/json"})
        if resp.status_code != 200:
            return {}
        body = resp.json()
        return body if isinstance(body, dict) else {}
    except (requests.RequestException, ValueError, OAuthError):
        return {}
    finally:
        oauth.close()
