"""A tiny local stand-in for a provider's HTTP API that checks every request it receives (tests only).

Routes are (method, path regex) -> handler(request, match) -> (status, headers, body). A handler records
broken expectations in `server.violations` instead of asserting inside the server thread; tests end with
`server.assert_clean()`.
"""

from __future__ import annotations

import json
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit


@dataclass
class Seen:
    method: str
    path: str
    raw_path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes
    at: float

    def form(self) -> dict[str, str]:
        return {k: v[0] for k, v in parse_qs(self.body.decode()).items()}

    def q(self, name: str) -> str | None:
        return self.query[name][0] if name in self.query else None


Reply = tuple[int, dict[str, str], Any]
Handler = Callable[[Seen, "re.Match[str]"], Reply]


@dataclass
class ContractServer:
    routes: list[tuple[str, str, Handler]] = field(default_factory=list)
    seen: list[Seen] = field(default_factory=list)
    unexpected: list[Seen] = field(default_factory=list)
    violations: list[str] = field(default_factory=list)
    base_url: str = ""

    def route(self, method: str, pattern: str) -> Callable[[Handler], Handler]:
        def deco(fn: Handler) -> Handler:
            self.routes.append((method, pattern, fn))
            return fn

        return deco

    def add(self, method: str, pattern: str, fn: Handler) -> None:
        self.routes.append((method, pattern, fn))

    def violation(self, text: str) -> None:
        self.violations.append(text)

    def requests(self, method: str | None = None, path: str | None = None) -> list[Seen]:
        return [s for s in self.seen if (method is None or s.method == method)
                and (path is None or re.fullmatch(path, s.path))]

    def assert_clean(self) -> None:
        assert self.unexpected == [], [f"{s.method} {s.raw_path}" for s in self.unexpected]
        assert self.violations == []

    def start(self) -> ContractServer:
        server = self

        class H(BaseHTTPRequestHandler):
            def _handle(self) -> None:
                url = urlsplit(self.path)
                length = int(self.headers.get("Content-Length") or 0)
                req = Seen(self.command, url.path, self.path, parse_qs(url.query, keep_blank_values=True),
                           {k.lower(): v for k, v in self.headers.items()}, self.rfile.read(length),
                           time.monotonic())
                server.seen.append(req)
                for method, pattern, fn in server.routes:
                    m = re.fullmatch(pattern, url.path)
                    if method == self.command and m:
                        status, headers, body = fn(req, m)
                        break
                else:
                    server.unexpected.append(req)
                    status, headers, body = 404, {}, b""
                if not isinstance(body, bytes):
                    body = json.dumps(body).encode()
                    headers = {"Content-Type": "application/json", **headers}
                self.send_response(status)
                for k, v in headers.items():
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            do_GET = do_POST = do_DELETE = do_PUT = do_PATCH = _handle

            def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
                pass

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), H)
        self._httpd.daemon_threads = True
        self.base_url = f"http://127.0.0.1:{self._httpd.server_address[1]}"
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05},
                                        daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()

    def __enter__(self) -> ContractServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


class Tokens:
    """Bearer tokens the fake API accepts, plus a refresh-token endpoint that rotates them."""

    def __init__(self, server: ContractServer, access: str = "at-initial", refresh: str = "rt-initial") -> None:
        self.server = server
        self.valid_access = {access}
        self.valid_refresh = {refresh}
        self.counter = 0
        self.refreshes = 0

    def check(self, req: Seen, *, json_accept: bool = True) -> Reply | None:
        """None when the request is properly authorized; else the reply to send."""
        auth = req.headers.get("authorization", "")
        if json_accept and "application/json" not in req.headers.get("accept", ""):
            self.server.violation(f"{req.method} {req.path} without Accept: application/json")
        if not auth.startswith("Bearer "):
            self.server.violation(f"{req.method} {req.path} without a bearer token")
            return 401, {}, {"error": "invalid_token"}
        if auth[len("Bearer "):] not in self.valid_access:
            return 401, {"WWW-Authenticate": 'Bearer error="invalid_token"'}, {"error": "invalid_token"}
        return None

    def expire_all(self) -> None:
        self.valid_access.clear()

    def token_endpoint(self, req: Seen, _m: re.Match[str]) -> Reply:
        form = req.form()
        if "authorization" in req.headers and req.headers["authorization"].startswith("Bearer"):
            self.server.violation("token endpoint called with a bearer token")
        if form.get("grant_type") != "refresh_token":
            return 400, {}, {"error": "unsupported_grant_type"}
        if form.get("refresh_token") not in self.valid_refresh:
            return 400, {}, {"error": "invalid_grant"}
        self.refreshes += 1
        self.counter += 1
        # Rotation: the used refresh token stops working.
        self.valid_refresh.discard(form["refresh_token"])
        access, refresh = f"at-{self.counter}-rotated", f"rt-{self.counter}-rotated"
        self.valid_access.add(access)
        self.valid_refresh.add(refresh)
        return 200, {}, {"access_token": access, "refresh_token": refresh, "token_type": "Bearer",
                         "expires_in": 3600}


def discovery_document(base: str, **extra: Any) -> dict[str, Any]:
    """A synthetic OIDC discovery document for a fake server at `base`."""
    doc = {
        "issuer": base,
        "authorization_endpoint": f"{base}/auth",
        "token_endpoint": f"{base}/token",
        "revocation_endpoint": f"{base}/token/revocation",
        "userinfo_endpoint": f"{base}/me",
        "code_challenge_methods_supported": ["S256"],
        "authorization_response_iss_parameter_supported": True,
        "scopes_supported": ["openid", "offline_access"],
    }
    doc.update(extra)
    return {k: v for k, v in doc.items() if v is not None}
