"""A live-account world for window tests: a real OIDC server (pytest-iam) for signing in, a Keycloak-shaped
contract server that accepts only the tokens that server issued, an in-memory keychain, and a scripted browser
that works from a worker thread (the UI calls `open_browser` off the UI thread)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from core.connectors.oauth import ServerMetadata
from core.connectors.presets import preset
from core.connectors.session import AccountRef, ConnectedAccount
from core.secrets import TokenStore
from tests.support.contract_server import ContractServer, Seen, Tokens, discovery_document
from tests.support.fake_apis import KeycloakFake
from tests.support.iam_browser import IamBrowser
from tests.support.memory_keyring import MemoryKeyring


class IamTokens(Tokens):
    """Accept exactly the access tokens the pytest-iam server issued and has not revoked."""

    def __init__(self, server: ContractServer, iam: Any) -> None:
        super().__init__(server)
        self.iam = iam
        self.valid_access.clear()

    def check(self, req: Seen, *, json_accept: bool = True):  # type: ignore[no-untyped-def]
        auth = req.headers.get("authorization", "")
        if json_accept and "application/json" not in req.headers.get("accept", ""):
            self.server.violation(f"{req.method} {req.path} without Accept: application/json")
        value = auth[len("Bearer "):] if auth.startswith("Bearer ") else ""
        with self.iam.app.app_context():
            tok = self.iam.backend.get(self.iam.models.Token, access_token=value) if value else None
        if tok is None or tok.revoked:
            return 401, {}, {"error": "invalid_token"}
        return None


class ThreadBrowser(IamBrowser):
    """IamBrowser usable from any thread: pytest-iam's backend needs the Flask app context of that thread."""

    def __call__(self, url: str) -> bool:
        with self.iam.app.app_context():
            return super().__call__(url)


class StuckBrowser:
    """A browser that 'opens' the page and then the person never finishes (for Cancel and timeouts)."""

    def __init__(self) -> None:
        self.opened: list[str] = []

    def __call__(self, url: str) -> bool:
        self.opened.append(url)
        return True


@dataclass
class LiveWorld:
    iam: Any
    user: Any
    server: ContractServer
    tokens: IamTokens
    keycloak: KeycloakFake
    keyring: MemoryKeyring

    @property
    def api_base(self) -> str:
        return f"{self.server.base_url}/realms/demo/account"

    def browser(self, **kwargs: Any) -> ThreadBrowser:
        return ThreadBrowser(self.iam, self.user, **kwargs)

    def params(self, browser: IamBrowser) -> dict[str, str]:
        """What a person types for the Keycloak preset, with the local servers under "Advanced"."""
        return {"issuer": self.iam.url, "api_base": self.api_base, "client_id": browser.client_id}


def start_world(iam: Any) -> LiveWorld:
    server = ContractServer().start()
    tokens = IamTokens(server, iam)
    fake = KeycloakFake(server, tokens)
    with iam.app.app_context():
        user = iam.random_user()
    return LiveWorld(iam, user, server, tokens, fake, MemoryKeyring())


# --- a Keycloak-shaped provider on a contract server, and an account signed in to it (no browser needed) ----------


def contract_keycloak(server: ContractServer, *, revocation: list[int]) -> tuple[ServerMetadata, Tokens]:
    base = f"{server.base_url}/realms/demo"
    tokens = Tokens(server)
    KeycloakFake(server, tokens)
    server.add("GET", r"/realms/demo/\.well-known/openid-configuration",
               lambda r, m: (200, {}, discovery_document(base)))
    server.add("POST", r"/realms/demo/token", tokens.token_endpoint)
    server.add("POST", r"/realms/demo/token/revocation",
               lambda r, m: (revocation.pop(0) if revocation else 200, {}, {}))
    return ServerMetadata.from_document(discovery_document(base)), tokens


def contract_account(meta: ServerMetadata, tokens: Tokens, store: TokenStore, *,
                     refresh_token: bool = True) -> ConnectedAccount:
    ref = AccountRef("keycloak", meta.issuer, "user-1", "robin@example.test",
                     {"issuer": meta.issuer, "client_id": "g",
                      "api_base": meta.issuer + "/account"})
    token = {"access_token": next(iter(tokens.valid_access)), "token_type": "Bearer", "expires_in": 3600}
    if refresh_token:
        token["refresh_token"] = next(iter(tokens.valid_refresh))
    return ConnectedAccount(preset("keycloak"), ref, meta, preset("keycloak").client_config(ref.params), token, store)


