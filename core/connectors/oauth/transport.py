"""HTTP for OAuth: TLS always verified, timeouts always set, plain http only to loopback, and redirects checked
on every hop (refused outright for token, revocation and API calls, where a hop could carry a secret)."""

from __future__ import annotations

import ipaddress
import logging
import re
from collections.abc import Callable
from typing import Any
from urllib.parse import urljoin, urlsplit

import requests
from authlib.integrations.requests_client import OAuth2Session

from core.errors import ConnectorError, ProviderUnavailable
from core.tasks import CancelToken

#: (connect, read) seconds for every HTTP request Grantscope makes.
DEFAULT_TIMEOUT: tuple[float, float] = (10.0, 30.0)
USER_AGENT = "Grantscope/0.1 (+desktop; OAuth client)"


def is_loopback_host(host: str | None) -> bool:
    """True for localhost and loopback addresses (where plain http is acceptable: tests, the redirect)."""
    if not host:
        return False
    host = host.strip("[]").lower()
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


_URL_QUERY = re.compile(r"(\b[a-zA-Z][a-zA-Z0-9+.-]*://[^\s?#\"'<>]*)[?#][^\s\"'<>]*")


def redact_url_queries(text: str) -> str:
    """`text` with every URL's query and fragment cut off: they may hold a state, nonce, code or token."""
    return _URL_QUERY.sub(lambda m: m.group(1) + "?…", text)


_QUERY = re.compile(r"\?[^\s\"']*")


class RedactQueries(logging.Filter):
    """Cuts query strings out of urllib3's request lines ("GET /auth?state=…&nonce=…"), at any log level."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # noqa: BLE001 - a record that cannot be formatted is left to logging itself
            return True
        if "?" in message:
            record.msg, record.args = _QUERY.sub("?…", message), None
        return True


# requests logs every request line through urllib3 at DEBUG; sign-in and callback URLs carry secrets.
logging.getLogger("urllib3.connectionpool").addFilter(RedactQueries())


def is_secure_url(url: str) -> bool:
    """https anywhere, or plain http to a loopback host."""
    parts = urlsplit(url)
    return parts.scheme == "https" or (parts.scheme == "http" and is_loopback_host(parts.hostname))


class RedirectRefused(requests.RequestException):
    """A server answered with a redirect Grantscope will not follow (off https/loopback, or on a secret call)."""


def _checked_target(resp: requests.Response, location: str | None) -> str | None:
    if location is None:
        return None
    target = urljoin(resp.url or "", location)
    if not is_secure_url(target):
        # Why: the rule holds for every hop, not only the first URL a caller passed in.
        resp.close()
        raise RedirectRefused(f"refusing a redirect to a plain-http non-loopback host: {urlsplit(target).hostname}")
    return location


class SecureSession(requests.Session):
    """A plain requests session (discovery) that follows redirects only to https or loopback addresses."""

    def __init__(self) -> None:
        super().__init__()
        self.headers["User-Agent"] = USER_AGENT
        self.verify = True
        self.max_redirects = 5

    def get_redirect_target(self, resp: requests.Response) -> str | None:
        return _checked_target(resp, super().get_redirect_target(resp))


class GrantscopeOAuthSession(OAuth2Session):
    """OAuth2Session that always verifies TLS, always has a timeout, refuses plain http off loopback and never
    follows a redirect: token, revocation, userinfo and API requests carry secrets, so a 3xx is an error."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("default_timeout", DEFAULT_TIMEOUT)
        super().__init__(*args, **kwargs)
        self.headers["User-Agent"] = USER_AGENT
        self.verify = True
        self.max_redirects = 0

    def request(self, method, url, withhold_token=False, auth=None, **kwargs):  # type: ignore[no-untyped-def, override]
        if not is_secure_url(url):
            # Why: a token must never travel in clear text; loopback is allowed for the redirect and tests.
            raise ConnectorError(f"refusing a plain-http request to a non-loopback host: {urlsplit(url).hostname}")
        kwargs["verify"] = True  # TLS verification can never be switched off by a caller.
        kwargs["allow_redirects"] = False  # A redirected POST could re-send a refresh token or a code elsewhere.
        kwargs.setdefault("timeout", DEFAULT_TIMEOUT)
        resp = super().request(method, url, withhold_token=withhold_token, auth=auth, **kwargs)
        if resp.is_redirect:
            target = urljoin(resp.url or url, resp.headers.get("location", ""))
            resp.close()
            raise RedirectRefused(f"refusing to follow a redirect to {urlsplit(target).hostname} on a secret call")
        return resp

    def get_redirect_target(self, resp: requests.Response) -> str | None:
        return _checked_target(resp, super().get_redirect_target(resp))


def _network_error(exc: requests.RequestException, provider: str) -> ProviderUnavailable:
    if isinstance(exc, RedirectRefused):
        reason = "redirect"
    elif isinstance(exc, requests.exceptions.SSLError):
        reason = "tls"
    elif isinstance(exc, requests.Timeout):
        reason = "timeout"
    else:
        reason = "network"
    # The message of a requests exception can hold the URL but never a token (tokens go in headers/bodies).
    return ProviderUnavailable(type(exc).__name__, provider=provider, reason=reason)


def _sleep_or_cancel(seconds: float, cancel: CancelToken | None, sleep: Callable[[float], None]) -> None:
    """Wait `seconds` in steps of at most 0.1 s so Cancel answers quickly."""
    left = seconds
    while left > 0:
        if cancel is not None:
            cancel.raise_if_cancelled()
        step = min(left, 0.1)
        sleep(step)
        left -= step
    if cancel is not None:
        cancel.raise_if_cancelled()
