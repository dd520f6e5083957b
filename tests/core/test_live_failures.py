"""Failure paths of live accounts below the window (issue 16) and the receiver, redirect and keychain hardening
(issue 12 items 19-21), against local contract servers only."""

from __future__ import annotations

import base64
import json
import os
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest
import requests

from core.connectors.keycloak import KeycloakConnector
from core.connectors.oauth import (
    ApiSession,
    ClientConfig,
    GrantscopeOAuthSession,
    LoopbackReceiver,
    ServerMetadata,
    authorize_params,
    check_id_token,
    discover,
    sign_in_device,
)
from core.connectors.oauth import loopback as loopback_module
from core.connectors.presets import preset
from core.connectors.session import (
    PENDING_REVOCATION_SUFFIX,
    AccountRef,
    dismiss_revocation,
    resume,
    retry_revocation,
)
from core.errors import AuthExpired, ProviderUnavailable, SignInFailed
from core.secrets import TokenStore, service_name
from tests.support.contract_server import ContractServer, discovery_document
from tests.support.live_world import contract_account, contract_keycloak
from tests.support.memory_keyring import MemoryKeyring

KEYCLOAK = preset("keycloak")


def _id_token(**claims: Any) -> dict[str, str]:
    body = base64.urlsafe_b64encode(json.dumps(claims).encode()).decode().rstrip("=")
    return {"id_token": f"e30.{body}.sig"}


META = ServerMetadata(issuer="https://id.example.org/realms/r", authorization_endpoint="https://id.example.org/a",
                      token_endpoint="https://id.example.org/t")
CLIENT = ClientConfig("grantscope", scopes=("openid", "offline_access"))


# --- 8: the ID token's nonce, exp and iat --------------------------------------------------------------------


def test_id_token_nonce_expiry_and_issued_at_are_checked() -> None:
    now = 2_000_000_000.0
    good = {"iss": META.issuer, "aud": "grantscope", "nonce": "n" * 32, "exp": now + 300, "iat": now - 5}
    check_id_token(_id_token(**good), META, CLIENT, "n" * 32, "keycloak", True, now=now)
    cases = {
        "missing nonce": {k: v for k, v in good.items() if k != "nonce"},
        "other nonce": {**good, "nonce": "x" * 32},
        "expired": {**good, "exp": now - 3600},
        "no exp": {k: v for k, v in good.items() if k != "exp"},
        "issued in the future": {**good, "iat": now + 3600},
        "exp not a number": {**good, "exp": "tomorrow"},
    }
    for name, claims in cases.items():
        with pytest.raises(SignInFailed) as err:
            check_id_token(_id_token(**claims), META, CLIENT, "n" * 32, "keycloak", True, now=now)
        assert err.value.code in ("invalid_nonce", "invalid_id_token"), name
    # A few minutes of clock difference are tolerated.
    check_id_token(_id_token(**{**good, "exp": now - 60, "iat": now + 60}), META, CLIENT, "n" * 32, "keycloak",
                   True, now=now)


# --- 10: prompt=consent with offline_access -------------------------------------------------------------------


def test_offline_access_asks_for_consent_unless_the_preset_says_otherwise() -> None:
    assert authorize_params(CLIENT, "n")["prompt"] == "consent"
    assert "prompt" not in authorize_params(ClientConfig("g", scopes=("openid",)), "n")
    assert "prompt" not in authorize_params(preset("entra").client_config({"client_id": "g", "tenant": "t"}), None)
    google = preset("google_workspace").client_config({"client_id": "g", "client_secret": "s"})
    assert authorize_params(google, None)["prompt"] == "consent"  # its own, unchanged
    assert authorize_params(KEYCLOAK.client_config({"client_id": "g"}), "n")["prompt"] == "consent"


# --- 9: the device flow survives a network error ---------------------------------------------------------------


def test_device_flow_backs_off_and_retries_after_network_errors(monkeypatch: Any) -> None:
    with ContractServer() as server:
        base = server.base_url
        server.add("POST", r"/device", lambda r, m: (200, {}, {"device_code": "dc", "user_code": "ABCD-EFGH",
                                                               "verification_uri": f"{base}/verify",
                                                               "expires_in": 600, "interval": 1}))
        server.add("POST", r"/token", lambda r, m: (200, {}, {"access_token": "at", "refresh_token": "rt",
                                                              "token_type": "Bearer", "expires_in": 60}))
        meta = ServerMetadata(issuer=base, authorization_endpoint=f"{base}/auth", token_endpoint=f"{base}/token",
                              device_authorization_endpoint=f"{base}/device")
        real = GrantscopeOAuthSession.fetch_token
        calls = {"n": 0}

        def flaky(self: Any, *a: Any, **k: Any) -> Any:
            calls["n"] += 1
            if calls["n"] <= 2:
                raise requests.ConnectionError("the Wi-Fi dropped")
            return real(self, *a, **k)

        monkeypatch.setattr(GrantscopeOAuthSession, "fetch_token", flaky)
        slept: list[float] = []
        stages: list[str] = []
        token = sign_in_device(meta, ClientConfig("g"), lambda code: None, sleep=slept.append,
                               progress=lambda p: stages.append(p.stage))
    assert token["access_token"] == "at" and calls["n"] == 3
    assert stages.count("sign_in_device_retry") == 2
    assert sum(slept) >= 6.9  # 1 s, then 2 s and 4 s: doubled after each network error


# --- 19: the loopback receiver's connection timeout and cap -----------------------------------------------------


def _fds() -> int:
    return len(os.listdir("/proc/self/fd"))


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="counts descriptors through /proc")
def test_silent_connections_are_capped_and_leave_no_thread_or_descriptor(monkeypatch: Any) -> None:
    monkeypatch.setattr(loopback_module, "CONNECTION_TIMEOUT", 1.0)
    threads0, fds0 = threading.active_count(), _fds()
    rx = LoopbackReceiver("s" * 32)
    clients = [socket.create_connection(("127.0.0.1", rx.port)) for _ in range(120)]
    time.sleep(0.5)
    assert threading.active_count() <= threads0 + loopback_module.MAX_CONNECTIONS + 2
    assert rx.open_connections <= loopback_module.MAX_CONNECTIONS
    # A real browser still gets through once the silent ones time out.
    time.sleep(1.5)
    ok = requests.get(f"{rx.redirect_uri}?code=c&state={'s' * 32}", timeout=5)
    assert ok.status_code == 200
    rx.close()
    assert threading.active_count() <= threads0  # every handler and serving thread ended
    assert _fds() <= fds0 + len(clients)  # only the clients' own sockets are still open
    for c in clients:
        c.close()
    assert _fds() <= fds0 + 1


def test_close_hangs_up_on_silent_connections_at_once() -> None:
    threads0 = threading.active_count()
    rx = LoopbackReceiver("s" * 32)
    clients = [socket.create_connection(("127.0.0.1", rx.port)) for _ in range(5)]
    time.sleep(0.3)
    t0 = time.monotonic()
    rx.close()
    assert time.monotonic() - t0 < 2 and threading.active_count() <= threads0
    for c in clients:
        c.settimeout(2)
        assert c.recv(10) == b""  # the receiver hung up
        c.close()


# --- 20: redirects obey the https-or-loopback rule on every hop ---------------------------------------------------


def test_a_token_endpoint_redirect_is_never_followed() -> None:
    with ContractServer() as server:
        base = server.base_url
        server.add("POST", r"/token", lambda r, m: (307, {"Location": "http://198.51.100.7/steal"}, b""))
        meta = ServerMetadata(issuer=base, authorization_endpoint=f"{base}/auth", token_endpoint=f"{base}/token")
        http = ApiSession({"access_token": "", "refresh_token": "rt-secret-value", "expires_at": 0},
                          provider="keycloak", meta=meta, client=ClientConfig("g"))
        with pytest.raises(ProviderUnavailable) as err:
            http.refresh()
        assert err.value.reason == "redirect"
        # Even a same-host redirect is refused on a call that carries a secret.
        server.routes.clear()
        server.add("POST", r"/token", lambda r, m: (307, {"Location": f"{base}/token2"}, b""))
        server.add("POST", r"/token2", lambda r, m: (200, {}, {"access_token": "x", "token_type": "Bearer"}))
        with pytest.raises(ProviderUnavailable):
            http.refresh()
        http.close()
        assert [s.path for s in server.seen] == ["/token", "/token"]


def test_api_calls_refuse_redirects_too() -> None:
    with ContractServer() as server:
        server.add("GET", r"/api", lambda r, m: (302, {"Location": "http://198.51.100.7/x"}, b""))
        http = ApiSession({"access_token": "at", "token_type": "Bearer"}, provider="keycloak")
        with pytest.raises(ProviderUnavailable) as err:
            http.get(f"{server.base_url}/api")
        http.close()
        assert err.value.reason == "redirect"


def test_discovery_follows_loopback_redirects_but_not_plain_http_elsewhere() -> None:
    with ContractServer() as server:
        base = f"{server.base_url}/realms/r"
        server.add("GET", r"/realms/r/\.well-known/openid-configuration",
                   lambda r, m: (301, {"Location": f"{server.base_url}/moved"}, b""))
        server.add("GET", r"/moved", lambda r, m: (200, {}, discovery_document(base)))
        assert discover(base).issuer == base
        server.routes.clear()
        server.add("GET", r"/realms/r/\.well-known/.*",
                   lambda r, m: (301, {"Location": "http://198.51.100.7/.well-known/openid-configuration"}, b""))
        server.add("GET", r"/\.well-known/.*",
                   lambda r, m: (301, {"Location": "http://198.51.100.7/.well-known/openid-configuration"}, b""))
        with pytest.raises(SignInFailed) as err:
            discover(base)
        assert err.value.reason == "discovery"


# --- 21: the keychain backend is chosen without probing other platforms -------------------------------------------


def test_choosing_the_keychain_runs_no_program_and_loads_no_foreign_backend(tmp_path: Path) -> None:
    probe = tmp_path / "probe.py"
    probe.write_text(
        "import subprocess, sys\n"
        "ran = []\n"
        "real = subprocess.Popen.__init__\n"
        "def spy(self, args, *a, **k):\n"
        "    ran.append(args)\n"
        "    return real(self, args, *a, **k)\n"
        "subprocess.Popen.__init__ = spy\n"
        "from core.secrets import TokenStore\n"
        "store = TokenStore()\n"
        "print(repr(ran))\n"
        "print(sorted(m for m in sys.modules if m.startswith('keyring.backends.')))\n",
        encoding="utf-8")
    root = Path(__file__).resolve().parents[2]
    env = {k: v for k, v in os.environ.items() if k != "PYTHON_KEYRING_BACKEND"}
    env["PYTHONPATH"] = str(root)
    out = subprocess.run([sys.executable, str(probe)], capture_output=True, text=True, timeout=120,
                         cwd=root, env=env, check=True).stdout.splitlines()
    assert out[0] == "[]"  # no ldconfig, gcc or ld
    assert "keyring.backends.macOS" not in out[1] and "keyring.backends.Windows" not in out[1]


# --- 4 and 12 below the window: pending revocation, an unreachable server on resume ------------------------------


def test_disconnect_refused_keeps_the_token_aside_and_retries_until_confirmed() -> None:
    keyring = MemoryKeyring()
    store = TokenStore(keyring)
    with ContractServer() as server:
        meta, tokens = contract_keycloak(server, revocation=[503, 503, 503])
        account = contract_account(meta, tokens, store)
        outcome = account.disconnect()
        assert outcome.provider_revocation == "failed" and outcome.pending
        service = service_name("keycloak", meta.issuer)
        assert list(keyring.entries) == [(service, "user-1" + PENDING_REVOCATION_SUFFIX)]  # only the pending one
        assert retry_revocation(KEYCLOAK, account.ref, store) == "failed"  # still refused: kept
        assert keyring.entries
        assert retry_revocation(KEYCLOAK, account.ref, store) == "revoked"
        assert keyring.entries == {}
        assert retry_revocation(KEYCLOAK, account.ref, store) == "none"
        # The person can also stop the retries.
        again = contract_account(meta, tokens, store)
        server.routes[-1] = ("POST", r"/realms/demo/token/revocation", lambda r, m: (500, {}, {}))
        assert again.disconnect().pending and keyring.entries
        dismiss_revocation(KEYCLOAK, again.ref, store)
        assert keyring.entries == {}


def test_resume_when_the_server_is_down_is_not_called_a_wrong_address() -> None:
    keyring = MemoryKeyring()
    store = TokenStore(keyring)
    with ContractServer() as server:
        meta, tokens = contract_keycloak(server, revocation=[])
        account = contract_account(meta, tokens, store)
        ref = account.ref
    account.close()  # the server is gone now
    with pytest.raises(ProviderUnavailable) as err:
        resume(KEYCLOAK, ref, store)
    assert err.value.reason == "network"
    assert keyring.entries  # the saved sign-in is kept for later


def test_resume_without_a_saved_entry_says_so() -> None:
    ref = AccountRef("keycloak", "https://id.example.org/realms/r", "u", "u@example.test", {"client_id": "g"})
    with pytest.raises(AuthExpired) as err:
        resume(KEYCLOAK, ref, TokenStore(MemoryKeyring()))
    assert err.value.reason == "not_saved"


def test_a_listing_that_finds_the_sign_in_ended_deletes_the_keychain_entry() -> None:
    keyring = MemoryKeyring()
    with ContractServer() as server:
        meta, tokens = contract_keycloak(server, revocation=[])
        account = contract_account(meta, tokens, TokenStore(keyring))
        assert keyring.entries
        tokens.expire_all()
        tokens.valid_refresh.clear()  # revoked at the provider
        with pytest.raises(AuthExpired):
            account.list_grants()
        account.close()
    assert keyring.entries == {} and not account.persistent
    assert isinstance(account.connector, KeycloakConnector)
