"""Revoking Grantscope's own tokens at the provider (RFC 7009) when the person disconnects."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import requests

from core.connectors.oauth.client import ClientConfig, make_session
from core.connectors.oauth.discovery import ServerMetadata


def revoke_own_tokens(
    meta: ServerMetadata, client: ClientConfig, token: Mapping[str, Any], *, provider: str = ""
) -> str:
    """Revoke Grantscope's own refresh (and access) token at the provider.

    Returns "revoked", "unsupported" (no revocation endpoint: Microsoft) or "failed" (the local copy is
    deleted anyway by the caller; the UI then points to the provider's settings page).
    """
    if not meta.revocation_endpoint:
        return "unsupported"
    oauth = make_session(meta, client)
    outcome = "revoked"
    try:
        for hint in ("refresh_token", "access_token"):
            value = token.get(hint)
            if not value:
                continue
            try:
                resp = oauth.revoke_token(meta.revocation_endpoint, token=value, token_type_hint=hint)
            except requests.RequestException:
                outcome = "failed"
                continue
            # RFC 7009 2.2: 200 for valid and unknown tokens alike. Google answers 400 invalid_token
            # for an already expired/revoked token, which means the same to the person.
            if resp.status_code != 200 and not _already_invalid(resp):
                outcome = "failed"
    finally:
        oauth.close()
    return outcome


def _already_invalid(resp: requests.Response) -> bool:
    try:
        body = resp.json()
    except ValueError:
        return False
    return isinstance(body, dict) and body.get("error") == "invalid_token"
