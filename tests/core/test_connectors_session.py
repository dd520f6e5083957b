"""The UI-facing session API end to end: sign in at a real local OIDC server (pytest-iam), list and revoke on
a Keycloak-shaped contract server that accepts only tokens the OIDC server issued, resume, disconnect;
and no token value ever lands in the data folder, the logs or the exports."""

from __future__ import annotations

import json
import logging
from dataclasses import replace

import pytest

from core.connectors.presets import preset
from core.connectors.session import AccountRef, connect, resume
from core.errors import AuthExpired, SignInFailed
from core.model import Inventory
from core.paths import AppPaths
from core.secrets import TokenStore
from core.tasks import Progress
from tests.support.contract_server import ContractServer, Seen, Tokens
from tests.support.fake_apis import KeycloakFake
from tests.support.iam_browser import IamBrowser
from tests.support.memory_keyring import MemoryKeyring


class IamTokens(Tokens):
    """Accept exactly the access tokens the pytest-iam server issued and has not revoked."""

    def __init__(self, server: ContractServer, iam) -> None:
        super().__init__(server)
        self.iam = iam
        self.valid_access.clear()
        self.seen_tokens: set[str] = set()

    def check(self, req: Seen, *, json_accept: bool = True):
        auth = req.headers.get("authorization", "")
        if json_accept and "application/json" not in req.headers.get("accept", ""):
            self.server.violation(f"{req.method} {req.path} without Accept: application/json")
        value = auth[len("Bearer "):] if auth.startswith("Bearer ") else ""
        self.seen_tokens.add(value)
        with self.iam.app.app_context():
            tok = self.iam.backend.get(self.iam.models.Token, access_token=value) if value else None
        if tok is None or tok.revoked:
            return 401, {}, {"error": "invalid_token"}
        return None


@pytest.fixture
def world(iam_server, tmp_path):
    user = iam_server.random_user()
    server = ContractServer().start()
    tokens = IamTokens(server, iam_server)
    fake = KeycloakFake(server, tokens)
    keyring = MemoryKeyring()
    yield iam_server, user, server, tokens, fake, keyring, tmp_path
    server.stop()


def _params(iam_server, server, browser):
    return {"issuer": iam_server.url, "client_id": browser.client_id,
            "api_base": f"{server.base_url}/realms/demo/account", "host": "id.example.org", "realm": "demo"}


def test_connect_list_revoke_resume_disconnect(world):
    iam, user, server, tokens, fake, keyring, _ = world
    browser = IamBrowser(iam, user, client_secret="test-only-secret")
    params = {**_params(iam, server, browser), "client_secret": browser.client_secret}
    store = TokenStore(keyring)
    reports: list[Progress] = []
    account = connect(preset("keycloak"), params, store, browser, progress=reports.append)
    assert {"discovery", "sign_in_browser", "connected"} <= {p.stage for p in reports}
    assert account.persistent and account.ref.account == user.user_name
    assert account.source.kind == "live" and account.source.path.startswith("live:")

    grants = account.list_grants()
    assert {g.app_id for g in grants} == {"example-notes", "urn:example:calendar", "account-console"}
    assert all(g.source == account.source.path and g.platform == "keycloak" for g in grants)

    cal = next(g for g in grants if g.app_id == "urn:example:calendar")
    outcome = account.revoke(cal)
    assert outcome.gone and cal.app_id not in {g.app_id for g in outcome.grants}
    assert len(server.requests("DELETE")) == 1

    # Next start: the UI saved only the AccountRef (no secret) and resumes from the keychain.
    saved = json.dumps(account.ref.to_dict())
    assert "test-only-secret" not in saved
    again = resume(preset("keycloak"), AccountRef.from_dict(json.loads(saved)), store)
    assert len(again.list_grants()) == 2
    account.close()

    result = again.disconnect()
    assert result.provider_revocation == "revoked" and result.settings_url is None
    assert keyring.entries == {}  # refresh token and client secret forgotten
    with pytest.raises(AuthExpired):
        resume(preset("keycloak"), again.ref, store)
    server.assert_clean()


def test_without_a_keychain_the_account_says_it_is_not_remembered(world):
    from keyring.backends import fail

    iam, user, server, tokens, fake, keyring, _ = world
    browser = IamBrowser(iam, user)
    account = connect(preset("keycloak"), _params(iam, server, browser), TokenStore(fail.Keyring()), browser)
    assert account.persistent is False
    assert account.list_grants()
    account.close()


def test_resume_with_a_revoked_sign_in_asks_to_sign_in_again(world):
    iam, user, server, tokens, fake, keyring, _ = world
    browser = IamBrowser(iam, user, client_secret="test-only-secret")
    params = {**_params(iam, server, browser), "client_secret": browser.client_secret}
    store = TokenStore(keyring)
    account = connect(preset("keycloak"), params, store, browser)
    account.disconnect()
    store.save("keycloak", account.ref.issuer, account.ref.account, "revoked-or-unknown")
    with pytest.raises(AuthExpired):
        resume(preset("keycloak"), account.ref, store)
    assert store.load("keycloak", account.ref.issuer, account.ref.account) is None


def test_missing_fields_are_named_before_any_network_call():
    with pytest.raises(SignInFailed) as err:
        connect(preset("keycloak"), {"host": "id.example.org"}, TokenStore(MemoryKeyring()), lambda u: True)
    assert err.value.reason == "missing_params" and "client_id" in err.value.detail and "realm" in err.value.detail


def test_no_token_value_reaches_data_folder_logs_or_exports(world, caplog):
    from core.export.writers import render
    from tests.support.report import to_document

    iam, user, server, tokens, fake, keyring, tmp = world
    paths = AppPaths.for_base_dir(tmp / "gs").ensure()
    handler = logging.FileHandler(paths.log / "grantscope.log", encoding="utf-8")
    # The in-process OIDC server (Canaille, werkzeug) logs its own tokens; those are not Grantscope's logs.
    handler.addFilter(lambda r: not r.name.startswith(("canaille", "werkzeug", "authlib.oauth2.rfc")))
    root = logging.getLogger()
    old_level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    issued: list[str] = []
    try:
        browser = IamBrowser(iam, user, client_secret="test-only-secret")
        params = {**_params(iam, server, browser), "client_secret": browser.client_secret}
        store = TokenStore(keyring)
        account = connect(preset("keycloak"), params, store, browser)
        issued += [v for k, v in account._http.token.items() if k.endswith("token") and isinstance(v, str)]
        grants = account.list_grants()
        account.revoke(grants[0])
        account._http.refresh()  # a rotation during the session
        issued += [v for k, v in account._http.token.items() if k.endswith("token") and isinstance(v, str)]
        inv = Inventory(sources=(account.source,), grants=account.list_grants())
        # what the UI persists: the account reference (settings) and exports in the data folder
        (paths.config / "accounts.json").write_text(json.dumps([account.ref.to_dict()]), encoding="utf-8")
        doc = to_document(inv)
        for fmt in ("json", "csv", "md", "html"):
            (paths.data / f"summary.{fmt}").write_bytes(render(doc, fmt))
        account.disconnect()
    finally:
        root.removeHandler(handler)
        root.setLevel(old_level)
        handler.close()
    secrets = {t for t in issued if len(t) >= 16} | {"test-only-secret"}
    assert len(secrets) >= 4  # access + refresh (+ id token) from sign-in and from the refresh
    files = [p for p in (tmp / "gs").rglob("*") if p.is_file()]
    assert {p.name for p in files} >= {"grantscope.log", "accounts.json", "summary.json", "summary.html"}
    assert (paths.log / "grantscope.log").stat().st_size > 0  # the log did capture the session's traffic
    for p in files:
        text = p.read_bytes().decode("utf-8", "replace")
        for s in secrets:
            assert s not in text, f"a secret leaked into {p.name}"
    captured = "\n".join(r.getMessage() for r in caplog.records
                         if not r.name.startswith(("canaille", "werkzeug", "authlib.oauth2.rfc")))
    for s in secrets:
        assert s not in captured
    # the grants that go to exports never carry a revoke handle either
    assert all("revoke_handle" not in g for g in doc["grants"])
    assert replace(inv.grants[0]).revoke_handle is not None and "revoke_handle" not in repr(inv.grants[0])


def _device_world(server: ContractServer, tokens: Tokens):
    base = f"{server.base_url}/realms/demo"
    doc = {"issuer": base, "authorization_endpoint": f"{base}/auth", "token_endpoint": f"{base}/token",
           "device_authorization_endpoint": f"{base}/device", "code_challenge_methods_supported": ["S256"]}
    server.add("GET", r"/realms/demo/\.well-known/openid-configuration", lambda r, m: (200, {}, doc))
    server.add("POST", r"/realms/demo/device", lambda r, m: (200, {}, {
        "device_code": "dc", "user_code": "ABCD-EFGH", "verification_uri": f"{base}/device/verify",
        "expires_in": 30, "interval": 1}))
    polls: list[int] = []

    def token(req, m):
        polls.append(1)
        if len(polls) == 1:
            return 400, {}, {"error": "authorization_pending"}
        tokens.valid_access.add("at-device")
        # an unsigned ID token is fine here: it came straight from the token endpoint (OIDC Core 3.1.3.7)
        import base64

        claims = base64.urlsafe_b64encode(json.dumps(
            {"iss": base, "aud": "desk", "sub": "user-7", "preferred_username": "sample"}).encode()).decode()
        return 200, {}, {"access_token": "at-device", "refresh_token": "rt-device", "token_type": "Bearer",
                         "expires_in": 300, "id_token": f"e30.{claims.rstrip('=')}.sig"}

    server.add("POST", r"/realms/demo/token", token)
    return base, polls


def test_device_flow_when_the_browser_cannot_be_opened():
    with ContractServer() as server:
        tokens = Tokens(server)
        KeycloakFake(server, tokens)
        base, polls = _device_world(server, tokens)
        shown = []
        account = connect(preset("keycloak"), {"issuer": base, "client_id": "desk"}, TokenStore(MemoryKeyring()),
                          lambda url: False, show_device_code=shown.append)
        assert [c.user_code for c in shown] == ["ABCD-EFGH"] and len(polls) == 2
        assert account.ref.account == "user-7" and account.ref.display_name == "sample"
        assert len(account.list_grants()) == 3
        account.close()
        server.assert_clean()
