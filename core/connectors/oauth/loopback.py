"""The loopback receiver (RFC 8252 section 7.3): a one-shot HTTP listener on 127.0.0.1 for the authorization
redirect, with a short per-connection timeout and a cap on connections, leaving no thread or socket behind."""

from __future__ import annotations

import hmac
import socket
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from core.errors import Cancelled, SignInFailed
from core.tasks import CancelToken

#: Seconds a connection may stay silent before the receiver hangs up (a browser sends its request at once).
CONNECTION_TIMEOUT = 5.0
#: At most this many connections are served at once; more are closed on arrival.
MAX_CONNECTIONS = 16

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
        #: Set by the first request of any kind: the browser did reach Grantscope.
        self.contacted = threading.Event()
        self._servers: list[_Server] = []
        handler = self._make_handler()
        try:
            first = _Server(("127.0.0.1", 0), handler)
        except OSError as exc:
            raise SignInFailed("no local port for the sign-in redirect", reason="listener") from exc
        self._servers.append(first)
        self.port = int(first.server_address[1])
        if redirect_host == "localhost" and socket.has_ipv6:
            try:
                self._servers.append(_IPv6Server(("::1", self.port), handler))
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
            timeout = CONNECTION_TIMEOUT  # a silent connection is dropped, its thread ends

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
                receiver.contacted.set()
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

    def wait(self, timeout: float, cancel: CancelToken | None = None, *, quiet_after: float | None = None,
             on_quiet: Callable[[], None] | None = None) -> dict[str, str]:
        """Block until one valid callback arrives; raise Cancelled or SignInFailed(reason="timeout").

        `on_quiet` is called once when nothing at all reached the receiver within `quiet_after` seconds
        (a browser that died at once looks like this): the UI then offers the code flow.
        """
        start = time.monotonic()
        deadline = start + timeout
        quiet_told = on_quiet is None or quiet_after is None
        try:
            while not self._done.wait(0.05):
                if cancel is not None and cancel.cancelled:
                    raise Cancelled("sign-in cancelled")
                now = time.monotonic()
                if now > deadline:
                    raise SignInFailed("no answer from the browser in time", reason="timeout")
                if not quiet_told and quiet_after is not None and now - start >= quiet_after \
                        and not self.contacted.is_set():
                    quiet_told = True
                    assert on_quiet is not None
                    on_quiet()
        finally:
            self.close()
        assert self.params is not None
        return self.params

    def close(self) -> None:
        """Stop listening, hang up every open connection and wait for every thread: nothing stays behind."""
        servers, self._servers = self._servers, []
        for s in servers:
            s.shutdown()
            s.hang_up_all()
            s.server_close()  # joins the request threads (they end at once: their sockets are shut down)
        for t in self._threads:
            t.join(5)

    @property
    def open_connections(self) -> int:
        return sum(s.open_connections for s in self._servers)

    def __enter__(self) -> LoopbackReceiver:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class _Server(ThreadingHTTPServer):
    """Threads per connection, but at most MAX_CONNECTIONS, each with a timeout, all closed on close()."""

    daemon_threads = False  # joined by server_close()
    block_on_close = True

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self._conns: set[socket.socket] = set()
        self._conns_lock = threading.Lock()
        super().__init__(*args, **kwargs)

    @property
    def open_connections(self) -> int:
        with self._conns_lock:
            return len(self._conns)

    def process_request(self, request: Any, client_address: Any) -> None:
        with self._conns_lock:
            full = len(self._conns) >= MAX_CONNECTIONS
            if not full:
                self._conns.add(request)
        if full:
            super().shutdown_request(request)  # refused at once: no thread, no descriptor kept
            return
        request.settimeout(CONNECTION_TIMEOUT)
        super().process_request(request, client_address)

    def shutdown_request(self, request: Any) -> None:
        with self._conns_lock:
            self._conns.discard(request)
        super().shutdown_request(request)

    def hang_up_all(self) -> None:
        with self._conns_lock:
            conns = list(self._conns)
        for c in conns:
            try:
                c.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass  # already closed by its handler


class _IPv6Server(_Server):
    address_family = socket.AF_INET6
