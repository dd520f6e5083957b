"""The loopback receiver, discovery, the device flow and Retry-After parsing, against local servers only."""

from __future__ import annotations

import threading
import time

import pytest
import requests

from core.connectors.oauth import (
    ClientConfig,
    LoopbackReceiver,
    ServerMetadata,
    discover,
    is_secure_url,
    parse_retry_after,
    revoke_own_tokens,
    sign_in_browser,
    sign_in_device,
)
from core.errors import Cancelled, ConnectorError, ConsentDenied, SignInFailed
from core.tasks import CancelToken
from tests.support.api_helpers import api_session
from tests.support.contract_server import ContractServer, Tokens, discovery_document


def _hit(url: str) -> requests.Response:
    return requests.get(url, timeout=5)


def test_receiver_binds_loopback_only_and_answers_with_a_plain_page():
    with LoopbackReceiver("s" * 32) as rx:
        assert rx.redirect_uri.startswith("http://127.0.0.1:") and rx.redirect_uri.endswith("/callback")
        done = threading.Thread(target=lambda: _hit(f"{rx.redirect_uri}?code=c1&state={'s' * 32}"))
        done.start()
        params = rx.wait(5)
        done.join()
    assert params == {"code": "c1", "state": "s" * 32}


def test_receiver_page_is_self_contained_and_not_cached():
    rx = LoopbackReceiver("abc")
    holder: dict[str, requests.Response] = {}
    t = threading.Thread(target=lambda: holder.setdefault("r", _hit(f"{rx.redirect_uri}?code=x&state=abc")))
    t.start()
    rx.wait(5)
    t.join()
    r = holder["r"]
    assert r.status_code == 200
    assert r.headers["Cache-Control"] == "no-store"
    assert "default-src 'none'" in r.headers["Content-Security-Policy"]
    assert "You can close this tab" in r.text
    assert "<script" not in r.text and "http" not in r.text.split("<main>")[1]  # no remote content


def test_stray_and_forged_requests_do_not_end_the_wait():
    rx = LoopbackReceiver("right-state")
    base = f"http://127.0.0.1:{rx.port}"
    statuses: list[int] = []

    def browser():
        statuses.append(_hit(f"{base}/favicon.ico").status_code)
        statuses.append(_hit(f"{base}/callback?code=evil&state=wrong-state").status_code)
        statuses.append(_hit(f"{base}/callback?code=evil").status_code)  # no state at all
        statuses.append(_hit(f"{base}/callback?code=good&state=right-state").status_code)

    t = threading.Thread(target=browser)
    t.start()
    params = rx.wait(5)
    t.join()
    assert statuses == [404, 400, 400, 200]
    assert params["code"] == "good" and rx.rejected == 2


def test_receiver_closes_its_port_after_the_answer():
    rx = LoopbackReceiver("st")
    t = threading.Thread(target=lambda: _hit(f"{rx.redirect_uri}?code=a&state=st"))
    t.start()
    rx.wait(5)
    t.join()
    with pytest.raises(requests.ConnectionError):
        requests.get(rx.redirect_uri, timeout=2)


def test_receiver_times_out_and_cancels():
    with pytest.raises(SignInFailed) as err:
        LoopbackReceiver("x").wait(0.3)
    assert err.value.reason == "timeout"
    token = CancelToken()
    rx = LoopbackReceiver("x")
    threading.Timer(0.2, token.cancel).start()
    t0 = time.monotonic()
    with pytest.raises(Cancelled):
        rx.wait(30, token)
    assert time.monotonic() - t0 < 3


def test_microsoft_style_redirect_uses_localhost_without_path():
    with LoopbackReceiver("st", path="", redirect_host="localhost") as rx:
        assert rx.redirect_uri == f"http://localhost:{rx.port}"
        # Microsoft sends the answer back to http://localhost:{port}/
        t = threading.Thread(target=lambda: _hit(f"http://127.0.0.1:{rx.port}/?code=m&state=st"))
        t.start()
        assert rx.wait(5)["code"] == "m"
        t.join()


def test_microsoft_style_receiver_also_answers_on_ipv6_loopback():
    import socket

    rx = LoopbackReceiver("st6", path="", redirect_host="localhost")
    if len(rx._servers) < 2:
        rx.close()
        pytest.skip("no ::1 on this machine: browsers then use 127.0.0.1")
    assert socket.has_ipv6
    t = threading.Thread(target=lambda: _hit(f"http://[::1]:{rx.port}/?code=v6&state=st6"))
    t.start()
    assert rx.wait(5)["code"] == "v6"
    t.join()


def test_plain_http_is_only_allowed_to_loopback():
    assert is_secure_url("https://id.example.org/realms/x")
    assert is_secure_url("http://127.0.0.1:8080/x") and is_secure_url("http://localhost:1/x")
    assert is_secure_url("http://[::1]:5/x")
    assert not is_secure_url("http://id.example.org/realms/x")
    with pytest.raises(SignInFailed) as err:
        discover("http://id.example.org/realms/x")
    assert err.value.reason == "insecure_issuer"


def test_api_session_refuses_plain_http_off_loopback():
    with ContractServer() as server:
        api = api_session(server, Tokens(server))
        with pytest.raises(ConnectorError):
            api.get("http://grants.example.org/list")
        assert server.seen == []


# --- discovery ---------------------------------------------------------------------------------------------


def _discovery_server(**extra):
    server = ContractServer().start()
    doc_holder: dict = {}
    server.add("GET", r"/realms/demo/\.well-known/openid-configuration",
               lambda req, m: (200, {}, doc_holder["doc"]))
    doc_holder["doc"] = discovery_document(f"{server.base_url}/realms/demo", **extra)
    return server, doc_holder


def test_discovery_reads_the_documents_endpoints():
    server, _ = _discovery_server(device_authorization_endpoint="http://127.0.0.1:9/device")
    try:
        meta = discover(f"{server.base_url}/realms/demo/")
    finally:
        server.stop()
    assert meta.token_endpoint == f"{server.base_url}/realms/demo/token"
    assert meta.device_authorization_endpoint == "http://127.0.0.1:9/device"
    assert meta.iss_parameter_supported


def test_discovery_rejects_a_document_naming_another_issuer():
    server, holder = _discovery_server()
    holder["doc"]["issuer"] = "http://127.0.0.1:1/realms/other"
    try:
        with pytest.raises(SignInFailed) as err:
            discover(f"{server.base_url}/realms/demo")
    finally:
        server.stop()
    assert err.value.reason == "issuer_mismatch"


def test_discovery_falls_back_to_rfc8414_and_then_fails_clearly():
    with ContractServer() as server:
        doc = discovery_document(f"{server.base_url}/tenant")
        server.add("GET", r"/\.well-known/oauth-authorization-server/tenant", lambda r, m: (200, {}, doc))
        assert discover(f"{server.base_url}/tenant").issuer == f"{server.base_url}/tenant"
        paths = [s.path for s in server.seen]
    assert paths == ["/tenant/.well-known/openid-configuration", "/.well-known/oauth-authorization-server/tenant"]
    with ContractServer() as empty:
        with pytest.raises(SignInFailed) as err:
            discover(f"{empty.base_url}/nothing")
    assert err.value.reason == "discovery" and err.value.status == 404


def test_callback_from_another_issuer_is_rejected():
    # RFC 9207: a mix-up attack hands back a code from another server, flagged by iss.
    meta = ServerMetadata(issuer="http://127.0.0.1:1/good", authorization_endpoint="http://127.0.0.1:1/auth",
                          token_endpoint="http://127.0.0.1:1/token", iss_parameter_supported=True)

    def browser(url):
        from urllib.parse import parse_qs, urlsplit

        q = {k: v[0] for k, v in parse_qs(urlsplit(url).query).items()}
        threading.Thread(target=lambda: _hit(
            f"{q['redirect_uri']}?code=c&state={q['state']}&iss=http://127.0.0.1:1/evil")).start()

    with pytest.raises(SignInFailed) as err:
        sign_in_browser(meta, ClientConfig("c", scopes=("openid",)), browser, timeout=5)
    assert err.value.reason == "issuer_mismatch"


def test_provider_error_in_callback_is_quoted():
    meta = ServerMetadata(issuer="http://127.0.0.1:1", authorization_endpoint="http://127.0.0.1:1/auth",
                          token_endpoint="http://127.0.0.1:1/token")

    def browser(url):
        from urllib.parse import parse_qs, urlsplit

        q = {k: v[0] for k, v in parse_qs(urlsplit(url).query).items()}
        threading.Thread(target=lambda: _hit(
            f"{q['redirect_uri']}?error=invalid_scope&error_description=Unknown+scope&state={q['state']}")).start()

    with pytest.raises(SignInFailed) as err:
        sign_in_browser(meta, ClientConfig("c", scopes=("openid",)), browser, timeout=5)
    assert (err.value.code, err.value.description) == ("invalid_scope", "Unknown scope")


# --- device flow (RFC 8628) --------------------------------------------------------------------------------


class DeviceFake:
    def __init__(self, server: ContractServer, outcomes: list[str]) -> None:
        self.outcomes = outcomes
        self.server = server
        server.add("POST", r"/device", self.device)
        server.add("POST", r"/token", self.token)

    def device(self, req, m):
        if req.form().get("client_id") != "desk":
            self.server.violation("device request without client_id")
        return 200, {}, {"device_code": "dev-code-1", "user_code": "WDJB-MJHT",
                         "verification_uri": f"{self.server.base_url}/activate",
                         "verification_uri_complete": f"{self.server.base_url}/activate?user_code=WDJB-MJHT",
                         "expires_in": 60, "interval": 1}

    def token(self, req, m):
        form = req.form()
        if form.get("grant_type") != "urn:ietf:params:oauth:grant-type:device_code" or form.get(
                "device_code") != "dev-code-1":
            self.server.violation(f"bad device token request {sorted(form)}")
        outcome = self.outcomes.pop(0)
        if outcome == "ok":
            return 200, {}, {"access_token": "at-dev", "refresh_token": "rt-dev", "token_type": "Bearer",
                             "expires_in": 300}
        return 400, {}, {"error": outcome}


def _device_meta(server):
    return ServerMetadata(issuer=server.base_url, authorization_endpoint=f"{server.base_url}/auth",
                          token_endpoint=f"{server.base_url}/token",
                          device_authorization_endpoint=f"{server.base_url}/device")


def test_device_flow_polls_until_approved_and_slows_down_when_asked():
    slept: list[float] = []
    shown = []
    with ContractServer() as server:
        DeviceFake(server, ["authorization_pending", "slow_down", "ok"])
        token = sign_in_device(_device_meta(server), ClientConfig("desk", scopes=("openid",)), shown.append,
                               sleep=slept.append)
        server.assert_clean()
    assert token["access_token"] == "at-dev"
    assert shown[0].user_code == "WDJB-MJHT" and shown[0].interval == 1
    assert len(server.requests("POST", "/token")) == 3
    # sleeps in small steps: the waits add up to interval, interval, interval + 5
    assert sum(slept) >= 1 + 1 + 6 - 0.01


def test_device_flow_denied_and_expired_and_cancelled():
    with ContractServer() as server:
        DeviceFake(server, ["access_denied"])
        with pytest.raises(ConsentDenied):
            sign_in_device(_device_meta(server), ClientConfig("desk"), lambda c: None, sleep=lambda s: None)
    with ContractServer() as server:
        DeviceFake(server, ["expired_token"])
        with pytest.raises(SignInFailed) as err:
            sign_in_device(_device_meta(server), ClientConfig("desk"), lambda c: None, sleep=lambda s: None)
        assert err.value.reason == "device_expired"
    token = CancelToken()
    with ContractServer() as server:
        DeviceFake(server, ["authorization_pending"] * 50)
        with pytest.raises(Cancelled):
            sign_in_device(_device_meta(server), ClientConfig("desk"), lambda c: token.cancel(),
                           cancel=token, sleep=lambda s: None)
        assert server.requests("POST", "/token") == []


def test_device_flow_needs_an_endpoint():
    meta = ServerMetadata(issuer="http://127.0.0.1:1", authorization_endpoint="http://127.0.0.1:1/a",
                          token_endpoint="http://127.0.0.1:1/t")
    with pytest.raises(SignInFailed) as err:
        sign_in_device(meta, ClientConfig("desk"), lambda c: None)
    assert err.value.reason == "device_unsupported"


# --- revocation and Retry-After ------------------------------------------------------------------------------


def test_rfc7009_revocation_is_form_encoded_without_bearer_and_names_the_public_client():
    with ContractServer() as server:
        server.add("POST", r"/token/revocation", lambda req, m: (200, {}, b""))
        meta = ServerMetadata(issuer=server.base_url, authorization_endpoint=f"{server.base_url}/auth",
                              token_endpoint=f"{server.base_url}/token",
                              revocation_endpoint=f"{server.base_url}/token/revocation")
        outcome = revoke_own_tokens(meta, ClientConfig("desk"), {"refresh_token": "rt-x", "access_token": "at-x"})
        sent = server.requests("POST")
    assert outcome == "revoked"
    forms = [s.form() for s in sent]
    assert forms == [{"token": "rt-x", "token_type_hint": "refresh_token", "client_id": "desk"},
                     {"token": "at-x", "token_type_hint": "access_token", "client_id": "desk"}]
    assert all("authorization" not in s.headers for s in sent)
    assert all(s.headers["content-type"].startswith("application/x-www-form-urlencoded") for s in sent)


def test_already_invalid_token_at_revocation_counts_as_revoked_and_no_endpoint_is_unsupported():
    with ContractServer() as server:
        server.add("POST", r"/revoke", lambda req, m: (
            400, {}, {"error": "invalid_token", "error_description": "Token expired or revoked"}))
        meta = ServerMetadata(issuer=server.base_url, authorization_endpoint="http://127.0.0.1:1/a",
                              token_endpoint="http://127.0.0.1:1/t", revocation_endpoint=f"{server.base_url}/revoke")
        assert revoke_own_tokens(meta, ClientConfig("desk"), {"refresh_token": "rt"}) == "revoked"
    meta = ServerMetadata(issuer="http://127.0.0.1:1", authorization_endpoint="http://127.0.0.1:1/a",
                          token_endpoint="http://127.0.0.1:1/t")
    assert revoke_own_tokens(meta, ClientConfig("desk"), {"refresh_token": "rt"}) == "unsupported"


def test_retry_after_forms():
    assert parse_retry_after("7") == 7.0
    assert parse_retry_after(None) is None and parse_retry_after("soon") is None
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0  # a date in the past: retry now
