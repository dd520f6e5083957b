"""A scripted "system browser" for sign-ins against pytest-iam (Canaille): registers the client for the exact
loopback redirect URI it sees, then follows the authorization request like a browser would."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit, urlunsplit

import requests


def set_query(url: str, **changes: str) -> str:
    parts = urlsplit(url)
    q = {k: v[0] for k, v in parse_qs(parts.query).items()}
    q.update(changes)
    return urlunsplit(parts._replace(query=urlencode(q)))


@dataclass
class IamBrowser:
    iam: Any  # pytest_iam.Server
    user: Any
    client_id: str = field(default_factory=lambda: f"grantscope-{uuid.uuid4().hex[:8]}")
    client_secret: str | None = None
    answer: str = "preconsented"  # or "accept" / "deny" on Canaille's consent page
    forge_state_first: bool = False
    forge_only: bool = False
    tamper_authorize: dict[str, str] = field(default_factory=dict)
    scope: tuple[str, ...] = ("openid", "profile", "email", "offline_access")
    opened: list[str] = field(default_factory=list)
    callback_statuses: list[int] = field(default_factory=list)
    client: Any = None

    def _register(self, redirect_uri: str) -> None:
        models = self.iam.models
        client = models.Client(
            client_id=self.client_id,
            client_name="Grantscope test",
            client_id_issued_at=None,
            redirect_uris=[redirect_uri],
            grant_types=["authorization_code", "refresh_token"],
            response_types=["code"],
            token_endpoint_auth_method="client_secret_basic" if self.client_secret else "none",
            client_secret=self.client_secret,
            scope=list(self.scope),
        )
        self.iam.backend.save(client)
        client.audience = [client]  # ID tokens then name this client in aud, as OIDC requires
        self.iam.backend.save(client)
        self.client = client

    def __call__(self, url: str) -> bool:
        self.opened.append(url)
        redirect_uri = parse_qs(urlsplit(url).query)["redirect_uri"][0]
        self._register(redirect_uri)
        self.iam.login(self.user)
        if self.answer == "preconsented":
            self.iam.consent(self.user, self.client)
        if self.tamper_authorize:
            url = set_query(url, **self.tamper_authorize)
        with requests.Session() as http:
            resp = http.get(url, allow_redirects=False, timeout=10)
            forced = resp.status_code == 200 and parse_qs(urlsplit(url).query).get("prompt") == ["consent"]
            if self.answer in ("accept", "deny") or forced:  # prompt=consent shows the page even when consented
                assert resp.status_code == 200, resp.status_code  # the consent page
                answer = self.answer if self.answer in ("accept", "deny") else "accept"
                resp = http.post(url, data={"answer": answer}, allow_redirects=False, timeout=10)
            assert resp.status_code in (302, 303), resp.status_code
            location = resp.headers["Location"]
            assert location.startswith(redirect_uri)
            if self.forge_state_first or self.forge_only:
                forged = http.get(set_query(location, state="forged-" + uuid.uuid4().hex), timeout=10)
                self.callback_statuses.append(forged.status_code)
            if not self.forge_only:
                final = http.get(location, timeout=10)
                self.callback_statuses.append(final.status_code)
                self.final_page = final.text
        self.iam.logout()
        return True
