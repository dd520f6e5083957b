"""Helpers to build an ApiSession against a ContractServer (fake token endpoint with rotation)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from core.connectors.oauth import ApiSession, ClientConfig, ServerMetadata
from tests.support.contract_server import ContractServer, Tokens


def metadata_for(base: str) -> ServerMetadata:
    return ServerMetadata(issuer=base, authorization_endpoint=f"{base}/auth", token_endpoint=f"{base}/token",
                          revocation_endpoint=f"{base}/token/revocation")


def api_session(server: ContractServer, tokens: Tokens, *, provider: str = "test",
                rotated: list[str] | None = None, sleep=None) -> ApiSession:  # type: ignore[no-untyped-def]
    server.add("POST", r"/token", tokens.token_endpoint)
    token = {"access_token": next(iter(tokens.valid_access)), "refresh_token": next(iter(tokens.valid_refresh)),
             "token_type": "Bearer", "expires_in": 3600}
    kwargs = {"sleep": sleep} if sleep is not None else {}
    return ApiSession(token, provider=provider, meta=metadata_for(server.base_url),
                      client=ClientConfig("grantscope-test"),
                      on_refresh_token=(rotated.append if rotated is not None else None), **kwargs)


@contextmanager
def contract() -> Iterator[tuple[ContractServer, Tokens]]:
    with ContractServer() as server:
        yield server, Tokens(server)
