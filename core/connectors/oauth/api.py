"""The authorized API session for connectors: bearer token, JSON, timeouts, refresh on 401 then one retry,
bounded Retry-After on 429/503, and network failures as typed errors."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Mapping
from email.utils import parsedate_to_datetime
from typing import Any

import requests
from authlib.integrations.base_client.errors import OAuthError

from core.connectors.oauth.client import ClientConfig
from core.connectors.oauth.discovery import ServerMetadata
from core.connectors.oauth.transport import DEFAULT_TIMEOUT, GrantscopeOAuthSession, _network_error, _sleep_or_cancel
from core.errors import AuthExpired, ProviderUnavailable, RateLimited
from core.tasks import CancelToken

log = logging.getLogger(__name__)

#: At most this many attempts for one request that keeps getting 429 / 503 + Retry-After.
MAX_RATE_LIMIT_TRIES = 3
#: A Retry-After longer than this is not waited for; RateLimited is raised at once so the UI can say when.
MAX_RETRY_AFTER = 60.0


def parse_retry_after(value: str | None) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or HTTP date); None when absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


class ApiSession:
    """Bearer-token HTTP for connectors: JSON accept header, timeouts, refresh on 401 then one retry,
    bounded Retry-After on 429/503, network failures as typed errors.

    `on_refresh_token(new_refresh_token)` is called whenever the server issues a new refresh token
    (rotation), so the caller can write it to the keychain at once.
    """

    def __init__(
        self,
        token: Mapping[str, Any],
        *,
        provider: str = "",
        meta: ServerMetadata | None = None,
        client: ClientConfig | None = None,
        on_refresh_token: Callable[[str], None] | None = None,
        sleep: Callable[[float], None] = time.sleep,
        max_retry_after: float = MAX_RETRY_AFTER,
    ) -> None:
        self.provider = provider
        self.meta = meta
        self._on_refresh_token = on_refresh_token
        self._sleep = sleep
        self._max_retry_after = max_retry_after
        can_refresh = meta is not None and client is not None and bool(token.get("refresh_token"))
        self._oauth = GrantscopeOAuthSession(
            client_id=client.client_id if client else None,
            client_secret=client.client_secret if client else None,
            scope=client.scope if client else None,
            token=dict(token),
            token_endpoint=meta.token_endpoint if (meta and can_refresh) else None,
            update_token=self._updated,
            leeway=60,
        )
        self._can_refresh = can_refresh

    @property
    def token(self) -> dict[str, Any]:
        return dict(self._oauth.token or {})

    def _updated(self, token: Mapping[str, Any], refresh_token: str | None = None, **_: Any) -> None:
        new = token.get("refresh_token")
        if new and new != refresh_token and self._on_refresh_token is not None:
            self._on_refresh_token(str(new))

    def refresh(self) -> None:
        """Exchange the refresh token now; AuthExpired when the server no longer accepts it."""
        if not self._can_refresh or self.meta is None:
            raise AuthExpired("the sign-in has expired", provider=self.provider, status=401)
        try:
            self._oauth.refresh_token(self.meta.token_endpoint)
        except OAuthError as exc:
            raise AuthExpired(
                f"the provider no longer accepts the sign-in: {exc.error}", provider=self.provider, status=401
            ) from exc
        except requests.RequestException as exc:
            raise _network_error(exc, self.provider) from exc
        except ValueError as exc:
            raise ProviderUnavailable("the token endpoint answered badly", provider=self.provider,
                                      reason="bad_response") from exc

    def _send(self, method: str, url: str, kwargs: dict[str, Any]) -> requests.Response:
        try:
            return self._oauth.request(method, url, **kwargs)
        except OAuthError as exc:  # automatic refresh before expiry failed
            raise AuthExpired(
                f"the provider no longer accepts the sign-in: {exc.error}", provider=self.provider, status=401
            ) from exc
        except requests.RequestException as exc:
            raise _network_error(exc, self.provider) from exc

    def request(
        self,
        method: str,
        url: str,
        *,
        params: Mapping[str, str] | None = None,
        json_body: Any = None,
        headers: Mapping[str, str] | None = None,
        cancel: CancelToken | None = None,
    ) -> requests.Response:
        """Send one API request; returns the final response (any status but 401/429) for the connector."""
        hdrs = {"Accept": "application/json", **(headers or {})}
        kwargs: dict[str, Any] = {"headers": hdrs, "timeout": DEFAULT_TIMEOUT}
        if params:
            kwargs["params"] = dict(params)
        if json_body is not None:
            kwargs["json"] = json_body
        refreshed = False
        tries = 0
        while True:
            if cancel is not None:
                cancel.raise_if_cancelled()
            tries += 1
            resp = self._send(method, url, kwargs)
            if resp.status_code == 401:
                if refreshed or not self._can_refresh:
                    raise AuthExpired("the sign-in is no longer accepted", provider=self.provider, status=401)
                refreshed = True
                self.refresh()
                continue
            if resp.status_code == 429 or (resp.status_code == 503 and resp.headers.get("Retry-After")):
                wait = parse_retry_after(resp.headers.get("Retry-After"))
                if wait is None:
                    wait = float(2 ** (tries - 1))  # 1, 2, 4 s: exponential back-off without a hint
                if tries >= MAX_RATE_LIMIT_TRIES or wait > self._max_retry_after:
                    raise RateLimited(
                        "the provider asks to slow down", provider=self.provider, status=resp.status_code,
                        retry_after=wait,
                    )
                log.info("%s asked to retry after %.1f s", self.provider or "provider", wait)
                _sleep_or_cancel(wait, cancel, self._sleep)
                continue
            return resp

    def get(self, url: str, **kw: Any) -> requests.Response:
        return self.request("GET", url, **kw)

    def delete(self, url: str, **kw: Any) -> requests.Response:
        return self.request("DELETE", url, **kw)

    def close(self) -> None:
        self._oauth.close()
