"""The full browser sign-in against a real local OpenID Connect server (pytest-iam / Canaille):
PKCE, state, nonce, iss, refresh, RFC 7009 revocation; wrong state and denied consent rejected."""

from __future__ import annotations

import hashlib
from base64 import urlsafe_b64encode
from urllib.parse import parse_qs, urlsplit

import pytest

from core.connectors.oauth import (
    ApiSession,
    ClientConfig,
    discover,
    id_token_claims,
    revoke_own_tokens,
    sign_in_browser,
)
from core.errors import AuthExpired, ConsentDenied, SignInFailed
from tests.support.iam_browser import IamBrowser

SCOPES = ("openid", "profile", "email", "offline_access")


@pytest.fixture
def meta(iam_server):
    return discover(iam_server.url)


@pytest.fixture
def user(iam_server):
    return iam_server.random_user()


def _client(browser: IamBrowser) -> ClientConfig:
    return ClientConfig(browser.client_id, scopes=SCOPES, client_secret=browser.client_secret)


def test_discovery_reads_endpoints_from_the_issuer(iam_server, meta):
    assert meta.issuer.rstrip("/") == iam_server.url.rstrip("/")
    assert meta.token_endpoint.endswith("/oauth/token")
    assert meta.revocation_endpoint and meta.revocation_endpoint.endswith("/oauth/revoke")
    assert "S256" in meta.code_challenge_methods


def test_sign_in_with_pkce_state_and_nonce(iam_server, meta, user):
    browser = IamBrowser(iam_server, user)
    token = sign_in_browser(meta, _client(browser), browser, timeout=20)
    q = {k: v[0] for k, v in parse_qs(urlsplit(browser.opened[0]).query).items()}
    assert q["code_challenge_method"] == "S256" and len(q["code_challenge"]) == 43
    assert len(q["state"]) >= 32 and q["nonce"] and q["redirect_uri"].startswith("http://127.0.0.1:")
    assert token["access_token"] and token["refresh_token"]
    claims = id_token_claims(token)
    assert claims["nonce"] == q["nonce"] and claims["sub"] == user.user_name
    assert browser.callback_statuses == [200]
    assert "You can close this tab" in browser.final_page


def test_each_attempt_uses_fresh_state_nonce_and_verifier(iam_server, meta, user):
    a, b = IamBrowser(iam_server, user), IamBrowser(iam_server, user)
    sign_in_browser(meta, _client(a), a, timeout=20)
    sign_in_browser(meta, _client(b), b, timeout=20)
    qa, qb = (parse_qs(urlsplit(x.opened[0]).query) for x in (a, b))
    for key in ("state", "nonce", "code_challenge"):
        assert qa[key] != qb[key]


def test_server_checks_our_pkce_pair(iam_server, meta, user):
    # Swap the challenge in flight: the code is then bound to another verifier and the exchange must fail.
    other = urlsafe_b64encode(hashlib.sha256(b"x" * 64).digest()).decode().rstrip("=")
    browser = IamBrowser(iam_server, user, tamper_authorize={"code_challenge": other})
    with pytest.raises(SignInFailed) as err:
        sign_in_browser(meta, _client(browser), browser, timeout=20)
    assert err.value.code == "invalid_grant"


def test_forged_callback_with_wrong_state_is_rejected_and_the_real_one_accepted(iam_server, meta, user):
    browser = IamBrowser(iam_server, user, forge_state_first=True)
    token = sign_in_browser(meta, _client(browser), browser, timeout=20)
    assert browser.callback_statuses == [400, 200]
    assert token["access_token"]


def test_only_wrong_state_callbacks_end_in_timeout(iam_server, meta, user):
    browser = IamBrowser(iam_server, user, forge_only=True)
    with pytest.raises(SignInFailed) as err:
        sign_in_browser(meta, _client(browser), browser, timeout=1.0, provider="keycloak")
    assert err.value.reason == "timeout" and err.value.provider == "keycloak"
    assert browser.callback_statuses == [400]


def test_denied_consent_is_reported_as_consent_denied(iam_server, meta, user):
    browser = IamBrowser(iam_server, user, answer="deny")
    with pytest.raises(ConsentDenied):
        sign_in_browser(meta, _client(browser), browser, timeout=20)
    assert browser.callback_statuses == [200]
    assert "not completed" in browser.final_page


def test_accepted_consent_on_the_consent_page_signs_in(iam_server, meta, user):
    browser = IamBrowser(iam_server, user, answer="accept")
    assert sign_in_browser(meta, _client(browser), browser, timeout=20)["access_token"]


def test_refresh_then_revocation_of_our_own_tokens(iam_server, meta, user):
    # pytest-iam's revocation endpoint accepts only confidential clients (client_secret_basic).
    browser = IamBrowser(iam_server, user, client_secret="test-only-secret")
    client = _client(browser)
    token = sign_in_browser(meta, client, browser, timeout=20)
    rotated: list[str] = []
    api = ApiSession(token, provider="test", meta=meta, client=client, on_refresh_token=rotated.append)
    api.refresh()
    refreshed = api.token
    assert refreshed["access_token"] != token["access_token"]
    assert revoke_own_tokens(meta, client, refreshed) == "revoked"
    with pytest.raises(AuthExpired):
        api.refresh()  # the revoked refresh token is refused: invalid_grant
    api.close()


def test_revocation_refused_by_the_server_is_reported_not_hidden(iam_server, meta, user):
    browser = IamBrowser(iam_server, user)  # public client: Canaille answers 401 invalid_client
    client = _client(browser)
    token = sign_in_browser(meta, client, browser, timeout=20)
    assert revoke_own_tokens(meta, client, token) == "failed"


def test_browser_that_cannot_open_is_a_typed_failure(iam_server, meta):
    with pytest.raises(SignInFailed) as err:
        sign_in_browser(meta, ClientConfig("nobody", scopes=SCOPES), lambda url: False, timeout=5)
    assert err.value.reason == "browser"
