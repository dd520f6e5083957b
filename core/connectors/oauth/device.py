"""The device authorization grant (RFC 8628): show a code, poll the token endpoint until approved; a network
error while polling backs off and tries again (section 3.5) instead of ending the sign-in."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import requests
from authlib.integrations.base_client.errors import OAuthError

from core.connectors.oauth.client import ClientConfig, make_session, oauth_failure
from core.connectors.oauth.discovery import ServerMetadata
from core.connectors.oauth.transport import _network_error, _sleep_or_cancel
from core.errors import ConsentDenied, SignInFailed
from core.tasks import CancelToken, Progress, ProgressFn, no_progress

#: Network errors in a row while polling before the sign-in gives up (each one doubles the interval).
MAX_POLL_ERRORS = 5
#: The polling interval never grows beyond this many seconds.
MAX_POLL_INTERVAL = 60.0

@dataclass(frozen=True)
class DeviceCode:
    """What the person needs to finish a device-flow sign-in on another device or browser."""

    user_code: str
    verification_uri: str
    verification_uri_complete: str | None
    expires_in: int
    interval: int


DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code"


def sign_in_device(
    meta: ServerMetadata,
    client: ClientConfig,
    show_code: Callable[[DeviceCode], None],
    *,
    provider: str = "",
    cancel: CancelToken | None = None,
    progress: ProgressFn = no_progress,
    sleep: Callable[[float], None] = time.sleep,
) -> dict[str, Any]:
    """Device authorization grant (RFC 8628): show a code, poll the token endpoint until approved."""
    if not meta.device_authorization_endpoint:
        raise SignInFailed("this server offers no device sign-in", provider=provider, reason="device_unsupported")
    oauth = make_session(meta, client)
    try:
        try:
            resp = oauth.post(
                meta.device_authorization_endpoint,
                withhold_token=True,
                data={"client_id": client.client_id, "scope": client.scope},
                auth=oauth.client_auth(oauth.token_endpoint_auth_method) if client.client_secret else None,
                headers={"Accept": "application/json"},
            )
        except requests.RequestException as exc:
            raise _network_error(exc, provider) from exc
        try:
            d = resp.json()
        except ValueError:
            d = {}
        if resp.status_code != 200 or "device_code" not in d:
            raise SignInFailed(
                "the server refused the device sign-in",
                provider=provider,
                status=resp.status_code,
                code=str(d.get("error", "")),
                description=str(d.get("error_description", "")),
            )
        code = DeviceCode(
            user_code=str(d["user_code"]),
            verification_uri=str(d.get("verification_uri") or d.get("verification_url") or ""),
            verification_uri_complete=d.get("verification_uri_complete"),
            expires_in=int(d.get("expires_in") or 600),
            interval=int(d.get("interval") or 5),
        )
        show_code(code)
        progress(Progress("sign_in_device"))
        interval = float(code.interval)
        deadline = time.monotonic() + code.expires_in
        errors = 0
        while time.monotonic() < deadline:
            _sleep_or_cancel(interval, cancel, sleep)
            try:
                token = oauth.fetch_token(
                    meta.token_endpoint, grant_type=DEVICE_GRANT, device_code=d["device_code"]
                )
                return dict(token)
            except OAuthError as exc:
                errors = 0  # the server answered: the network is back
                if exc.error == "authorization_pending":
                    continue
                if exc.error == "slow_down":
                    interval += 5
                    continue
                if exc.error == "access_denied":
                    raise ConsentDenied("consent was refused", provider=provider) from exc
                if exc.error == "expired_token":
                    raise SignInFailed("the code expired", provider=provider, reason="device_expired") from exc
                raise oauth_failure(exc, provider) from exc
            except requests.RequestException as exc:
                # RFC 8628 3.5: on a connection timeout, back off (here: on any network error) and poll again.
                errors += 1
                if errors >= MAX_POLL_ERRORS:
                    raise _network_error(exc, provider) from exc
                interval = min(interval * 2, MAX_POLL_INTERVAL)
                progress(Progress("sign_in_device_retry", errors, MAX_POLL_ERRORS))
                continue
        raise SignInFailed("the code expired", provider=provider, reason="device_expired")
    finally:
        oauth.close()
