"""Desktop OAuth 2.0 / OpenID Connect client (Authlib OAuth2Session over requests): discovery, loopback sign-in
with PKCE, device flow, an API session that refreshes and honours Retry-After, and RFC 7009 revocation.

Nothing here logs a token, an authorization code or a response body: several of them carry secrets.
"""

from __future__ import annotations

import base64
import binascii
import hmac
import ipaddress
import json
import logging
import socket
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

import requests
from authlib.common.security import generate_token
from authlib.integrations.base_client.errors import OAuthError
from authlib.integrations.requests_client import OAuth2Session

from core.errors import (
    AuthExpired,
    Cancelled,
    ConnectorError,
    ConsentDenied,
    ProviderUnavailable,
    RateLimited,
    SignInFailed,
)
from core.tasks import CancelToken, Progress, ProgressFn, no_progress

log = logging.getLogger(__name__)

#: (connect, read) seconds for every HTTP request Grantscope makes.
DEFAULT_TIMEOUT: tuple[float, float] = (10.0, 30.0)
#: How long the browser sign-in waits for the redirect.
SIGN_IN_TIMEOUT = 300.0
#: At most this many attempts for one request that keeps getting 429 / 503 + Retry-After.
MAX_RATE_LIMIT_TRIES = 3
#: A Retry-After longer than this is not waited for; RateLimited is raised at once so the UI can say when.
MAX_RETRY_AFTER = 60.0
USER_AGENT = "Grantscope/0.1 (+desktop; OAuth client)"

OpenBrowser = Callable[[str], object]
"""Opens a URL in the system browser. Returns False (or raises) when it could not."""


# --- transport ----------------------------------------------------------------------------------------------


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


def is_secure_url(url: str) -> bool:
    """https anywhere, or plain http to a loopback host."""
    parts = urlsplit(url)
    return parts.scheme == "https" or (parts.scheme == "http" and is_loopback_host(parts.hostname))


class GrantscopeOAuthSession(OAuth2Session):
    """OAuth2Session that always verifies TLS, always has a timeout and refuses plain http off loopback."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("default_timeout", DEFAULT_TIMEOUT)
        super().__init__(*args, **kwargs)
        self.headers["User-Agent"] = USER_AGENT
        self.verify = True

    def request(self, method, url, withhold_token=False, auth=None, **kwargs):  # type: ignore[no-untyped-def, override]
        if not is_secure_url(url):
            # Why: a token must never travel in clear text; loopback is allowed for the redirect and tests.
            raise ConnectorError(f"refusing a plain-http request to a non-loopback host: {urlsplit(url).hostname}")
        kwargs["verify"] = True  # TLS verification can never be switched off by a caller.
        kwargs.setdefault("timeout", DEFAULT_TIMEOUT)
        return super().request(method, url, withhold_token=withhold_token, auth=auth, **kwargs)


def _network_error(exc: requests.RequestException, provider: str) -> ProviderUnavailable:
    if isinstance(exc, requests.exceptions.SSLError):
        reason = "tls"
    elif isinstance(exc, requests.Timeout):
        reason = "timeout"
    else:
        reason = "network"
    # The message of a requests exception can hold the URL but never a token (tokens go in headers/bodies).
    return ProviderUnavailable(type(exc).__name__, provider=provider, reason=reason)


# --- discovery ----------------------------------------------------------------------------------------------


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


def _same_issuer(a: str, b: str) -> bool:
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
    http = session or requests.Session()
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
            if strict_issuer and not _same_issuer(meta.issuer, issuer):
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


# --- loopback receiver (RFC 8252 section 7.3) ----------------------------------------------------------------

_PAGE_STYLE = (
    "body{font:1.25rem/1.5 system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;"
    "color:#1b1b1b;background:#fff}h1{font-size:1.6rem}"
    "@media (prefers-color-scheme:dark){body{color:#eee;background:#161616}}"
)


def _page(title: str, message: str) -> bytes:
    return (
        "<!doctype html><html lang=en><meta charset=utf-8>"
        "<meta name=viewport content='width=device-width,initial-scale=1'>"
        f"<title>Grantscope: {title}</title><style>{_PAGE_STYLE}</style>"
        f"<main><h1>{title}</h1><p>{message}</p></main></html>"
    ).encode()


PAGE_DONE = _page("Sign-in finished", "You can close this tab and return to Grantscope.")
PAGE_NOT_COMPLETED = _page(
    "Sign-in was not completed", "You can close this tab. Grantscope shows what happened."
)
PAGE_REJECTED = _page(
    "This sign-in answer is not for Grantscope's current sign-in",
    "Close this tab, return to Grantscope and start the sign-in again if needed.",
)


class LoopbackReceiver:
    """A one-shot HTTP listener on 127.0.0.1 (random port) that waits for the authorization redirect.

    Only a GET on the right path with the right `state` ends the wait; stray or forged requests get an
    error page and the wait goes on. For `redirect_host="localhost"` (Microsoft) it also listens on ::1
    at the same port when IPv6 is available, since browsers may resolve localhost there first.
    """

    def __init__(self, expected_state: str, *, path: str = "/callback", redirect_host: str = "127.0.0.1") -> None:
        self.expected_state = expected_state
        self.path = path
        self.redirect_host = redirect_host
        self.params: dict[str, str] | None = None
        self.rejected = 0
        self._done = threading.Event()
        self._servers: list[ThreadingHTTPServer] = []
        handler = self._make_handler()
        try:
            first = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        except OSError as exc:
            raise SignInFailed("no local port for the sign-in redirect", reason="listener") from exc
        first.daemon_threads = True
        self._servers.append(first)
        self.port = int(first.server_address[1])
        if redirect_host == "localhost" and socket.has_ipv6:
            try:
                v6 = _IPv6Server(("::1", self.port), handler)
                v6.daemon_threads = True
                self._servers.append(v6)
            except OSError:
                pass  # No ::1 on this machine: browsers then use 127.0.0.1.
        self._threads = [
            threading.Thread(target=s.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True)
            for s in self._servers
        ]
        for t in self._threads:
            t.start()

    @property
    def redirect_uri(self) -> str:
        return f"http://{self.redirect_host}:{self.port}{self.path}"

    def _accepts_path(self, path: str) -> bool:
        # A redirect URI without a path (Microsoft's http://localhost) comes back as "/".
        return path == (self.path or "/")

    def _make_handler(self) -> type[BaseHTTPRequestHandler]:
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            server_version = "Grantscope"
            sys_version = ""

            def _send(self, status: int, body: bytes) -> None:
                self.send_response(status)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Cache-Control", "no-store")
                self.send_header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
                self.send_header("Referrer-Policy", "no-referrer")
                self.send_header("Content-Length", str(len(body)))
                self.send_header("Connection", "close")
                self.end_headers()
                self.wfile.write(body)

            def do_GET(self) -> None:  # noqa: N802 - name fixed by http.server
                url = urlsplit(self.path)
                if not receiver._accepts_path(url.path) or receiver._done.is_set():
                    self._send(404, PAGE_REJECTED)
                    return
                params = {k: v[0] for k, v in parse_qs(url.query, keep_blank_values=True).items()}
                state = params.get("state", "")
                if not hmac.compare_digest(state.encode(), receiver.expected_state.encode()):
                    receiver.rejected += 1
                    self._send(400, PAGE_REJECTED)
                    return
                receiver.params = params
                self._send(200, PAGE_NOT_COMPLETED if "error" in params else PAGE_DONE)
                receiver._done.set()

            def do_POST(self) -> None:  # noqa: N802
                self._send(405, PAGE_REJECTED)

            def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
                pass  # Never log: the query string holds the authorization code.

        return Handler

    def wait(self, timeout: float, cancel: CancelToken | None = None) -> dict[str, str]:
        """Block until one valid callback arrives; raise Cancelled or SignInFailed(reason="timeout")."""
        deadline = time.monotonic() + timeout
        try:
            while not self._done.wait(0.05):
                if cancel is not None and cancel.cancelled:
                    raise Cancelled("sign-in cancelled")
                if time.monotonic() > deadline:
                    raise SignInFailed("no answer from the browser in time", reason="timeout")
        finally:
            self.close()
        assert self.params is not None
        return self.params

    def close(self) -> None:
        for s in self._servers:
            s.shutdown()
            s.server_close()
        self._servers = []

    def __enter__(self) -> LoopbackReceiver:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class _IPv6Server(ThreadingHTTPServer):
    address_family = socket.AF_INET6


# --- sign-in ------------------------------------------------------------------------------------------------


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


def _oauth_failure(exc: OAuthError, provider: str) -> SignInFailed:
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


def _check_id_token(token: Mapping[str, Any], meta: ServerMetadata, client: ClientConfig, nonce: str | None,
                    provider: str, strict_issuer: bool) -> None:
    claims = id_token_claims(token)
    if not claims:
        return
    iss = str(claims.get("iss", ""))
    # Google writes iss with or without the scheme ("accounts.google.com").
    if strict_issuer and not (_same_issuer(iss, meta.issuer) or iss == urlsplit(meta.issuer).netloc):
        raise SignInFailed("the ID token names another issuer", provider=provider, reason="issuer_mismatch")
    aud = claims.get("aud")
    auds = aud if isinstance(aud, list) else [aud]
    if client.client_id not in auds:
        raise SignInFailed("the ID token is for another client", provider=provider, reason="oauth_error",
                           code="invalid_id_token")
    if nonce is not None and "nonce" in claims and not hmac.compare_digest(str(claims["nonce"]).encode(),
                                                                           nonce.encode()):
        raise SignInFailed("the ID token nonce does not match", provider=provider, reason="oauth_error",
                           code="invalid_nonce")


def sign_in_browser(
    meta: ServerMetadata,
    client: ClientConfig,
    open_browser: OpenBrowser,
    *,
    provider: str = "",
    cancel: CancelToken | None = None,
    progress: ProgressFn = no_progress,
    timeout: float = SIGN_IN_TIMEOUT,
    strict_issuer: bool = True,
) -> dict[str, Any]:
    """Authorization code + PKCE (S256) + state (+ nonce) in the system browser with a loopback redirect.

    Returns the token response (access token, refresh token, ...). The caller keeps it in memory and
    stores only the refresh token through core.secrets.
    """
    if meta.code_challenge_methods and "S256" not in meta.code_challenge_methods:
        raise SignInFailed("the server does not support PKCE S256", provider=provider, code="pkce_unsupported")
    state = generate_token(32)
    verifier = generate_token(64)
    wants_nonce = "openid" in client.scopes
    nonce = generate_token(32) if wants_nonce else None
    progress(Progress("sign_in_start"))
    with LoopbackReceiver(state, path=client.redirect_path, redirect_host=client.redirect_host) as receiver:
        oauth = make_session(meta, client, redirect_uri=receiver.redirect_uri)
        try:
            extra: dict[str, str] = dict(client.extra_authorize_params)
            if nonce is not None:
                extra["nonce"] = nonce
            url, _ = oauth.create_authorization_url(
                meta.authorization_endpoint, state=state, code_verifier=verifier, **extra
            )
            try:
                opened = open_browser(url)
            except Exception as exc:  # noqa: BLE001 - any opener failure means: use the device flow instead
                raise SignInFailed("the browser could not be opened", provider=provider, reason="browser") from exc
            if opened is False:
                raise SignInFailed("the browser could not be opened", provider=provider, reason="browser")
            progress(Progress("sign_in_browser"))
            try:
                params = receiver.wait(timeout, cancel)
            except SignInFailed as exc:
                exc.provider = provider
                raise
            if "error" in params:
                if params["error"] == "access_denied":
                    raise ConsentDenied("consent was refused in the browser", provider=provider)
                raise SignInFailed(
                    f"the provider refused the sign-in: {params['error']}",
                    provider=provider,
                    code=params["error"],
                    description=params.get("error_description", ""),
                )
            if (meta.iss_parameter_supported or "iss" in params) and "{" not in meta.issuer and not _same_issuer(
                params.get("iss", ""), meta.issuer
            ):
                # RFC 9207 mix-up defence: Authlib's client does not check iss, so we do.
                raise SignInFailed("the answer came from another issuer", provider=provider, reason="issuer_mismatch")
            if not params.get("code"):
                raise SignInFailed("the answer carries no code", provider=provider, code="invalid_response")
            progress(Progress("sign_in_token"))
            try:
                token = oauth.fetch_token(meta.token_endpoint, code=params["code"], code_verifier=verifier)
            except OAuthError as exc:
                raise _oauth_failure(exc, provider) from exc
            except requests.RequestException as exc:
                raise _network_error(exc, provider) from exc
            except ValueError as exc:  # non-JSON token response
                raise ProviderUnavailable("the token endpoint answered badly", provider=provider,
                                          reason="bad_response") from exc
            _check_id_token(token, meta, client, nonce, provider, strict_issuer)
            return dict(token)
        finally:
            oauth.close()


@dataclass(frozen=True)
class DeviceCode:
    """What the person needs to finish a device-flow sign-in on another device or browser."""

    user_code: str
    verification_uri: str
    verification_uri_complete: str | None
    expires_in: int
    interval: int


DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code"


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
        while time.monotonic() < deadline:
            _sleep_or_cancel(interval, cancel, sleep)
            try:
                token = oauth.fetch_token(
                    meta.token_endpoint, grant_type=DEVICE_GRANT, device_code=d["device_code"]
                )
                return dict(token)
            except OAuthError as exc:
                if exc.error == "authorization_pending":
                    continue
                if exc.error == "slow_down":
                    interval += 5
                    continue
                if exc.error == "access_denied":
                    raise ConsentDenied("consent was refused", provider=provider) from exc
                if exc.error == "expired_token":
                    raise SignInFailed("the code expired", provider=provider, reason="device_expired") from exc
                raise _oauth_failure(exc, provider) from exc
            except requests.RequestException as exc:
                raise _network_error(exc, provider) from exc
        raise SignInFailed("the code expired", provider=provider, reason="device_expired")
    finally:
        oauth.close()


# --- the authorized API session ------------------------------------------------------------------------------


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


# --- own-token revocation (RFC 7009) -------------------------------------------------------------------------


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
