"""The browser sign-in: authorization code + PKCE + state + nonce in the system browser, answered to the loopback
receiver; the client is checked with the provider first where the provider allows it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qs, urlsplit

import requests
from authlib.common.security import generate_token
from authlib.integrations.base_client.errors import OAuthError

from core.connectors.oauth.client import ClientConfig, check_id_token, make_session, oauth_failure
from core.connectors.oauth.discovery import ServerMetadata, same_issuer
from core.connectors.oauth.loopback import LoopbackReceiver
from core.connectors.oauth.transport import SecureSession, _network_error
from core.errors import ConsentDenied, ProviderUnavailable, SignInFailed
from core.tasks import CancelToken, Progress, ProgressFn, no_progress

#: How long the browser sign-in waits for the redirect.
SIGN_IN_TIMEOUT = 300.0
#: After this many seconds with no request at all to the receiver, the UI offers the code flow instead.
BROWSER_QUIET_S = 20.0

OpenBrowser = Callable[[str], object]
"""Opens a URL in the system browser. Returns False (or raises) when it could not."""


def authorize_params(client: ClientConfig, nonce: str | None) -> dict[str, str]:
    """Extra authorization request parameters: the preset's, the nonce, and prompt=consent for offline access.

    OpenID Connect Core 11: a server ignores `offline_access` unless the request has prompt=consent, so a
    spec-strict server would issue no refresh token and the sign-in could not be remembered.
    """
    extra: dict[str, str] = dict(client.extra_authorize_params)
    if nonce is not None:
        extra["nonce"] = nonce
    if client.consent_for_offline and "offline_access" in client.scopes and "prompt" not in extra:
        extra["prompt"] = "consent"
    return extra


def check_client(url: str, redirect_uri: str, *, provider: str = "", timeout: float = 10.0) -> None:
    """Ask the authorization endpoint about this request before a browser shows it (a wrong client id or a
    redirect the client does not allow is refused there with a 4xx page the app would never see).

    Only for providers whose endpoint answers a plain GET truthfully (Keycloak, authentik); network trouble
    here is not an error: the browser gets its chance.
    """
    http = SecureSession()
    try:
        resp = http.get(url, allow_redirects=False, timeout=timeout, headers={"Accept": "text/html"})
    except requests.RequestException:
        return
    finally:
        http.close()
    if resp.is_redirect:
        target = resp.headers.get("location", "")
        if target.startswith(redirect_uri):
            q = {k: v[0] for k, v in parse_qs(urlsplit(target).query).items()}
            if q.get("error") and q["error"] not in ("login_required", "consent_required", "interaction_required"):
                raise SignInFailed(f"the provider refused the sign-in: {q['error']}", provider=provider,
                                   code=q["error"], description=q.get("error_description", ""))
        return
    if resp.status_code in (400, 401):
        raise SignInFailed("the provider does not accept this client", provider=provider, code="client_rejected",
                           status=resp.status_code)


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
    check_client_first: bool = False,
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
            url, _ = oauth.create_authorization_url(
                meta.authorization_endpoint, state=state, code_verifier=verifier, **authorize_params(client, nonce)
            )
            try:
                opened = open_browser(url)
            except Exception as exc:  # noqa: BLE001 - any opener failure means: use the device flow instead
                raise SignInFailed("the browser could not be opened", provider=provider, reason="browser") from exc
            if opened is False:
                raise SignInFailed("the browser could not be opened", provider=provider, reason="browser")
            if check_client_first:
                # The browser shows the provider's error page for a wrong client id; say it here too, at once,
                # instead of waiting minutes for an answer that cannot come.
                check_client(url, receiver.redirect_uri, provider=provider)
            progress(Progress("sign_in_browser"))
            try:
                params = receiver.wait(timeout, cancel, quiet_after=BROWSER_QUIET_S,
                                       on_quiet=lambda: progress(Progress("sign_in_browser_quiet")))
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
            if (meta.iss_parameter_supported or "iss" in params) and "{" not in meta.issuer and not same_issuer(
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
                raise oauth_failure(exc, provider) from exc
            except requests.RequestException as exc:
                raise _network_error(exc, provider) from exc
            except ValueError as exc:  # non-JSON token response
                raise ProviderUnavailable("the token endpoint answered badly", provider=provider,
                                          reason="bad_response") from exc
            check_id_token(token, meta, client, nonce, provider, strict_issuer)
            return dict(token)
        finally:
            oauth.close()
