"""A real HTTP server on 127.0.0.1 for the polling tests; routes are registered per test.

It speaks enough HTTP for a feed reader: 200 with a body, ETag and Last-Modified with a
correct 304 on If-None-Match / If-Modified-Since, any other status (with any headers:
Retry-After, Location), a slow route (for timeouts), a body sent a piece at a time (a
slow stranger), redirects, and arbitrary bytes (malformed XML, a gzip bomb sent with
`Content-Encoding: gzip`). Every request is recorded with the headers a test wants to
assert on: User-Agent and the conditional headers.
"""

from __future__ import annotations

import socket
import ssl
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

HOST = "127.0.0.1"
RSS_TYPE = "application/rss+xml; charset=utf-8"


@dataclass
class Route:
    body: bytes = b""
    status: int = 200
    content_type: str = RSS_TYPE
    etag: str | None = None
    last_modified: str | None = None
    """An HTTP date (`Mon, 23 Nov 2026 07:00:00 GMT`)."""
    delay: float = 0.0
    """Seconds to wait before answering: a slow source, for timeout tests."""
    headers: dict[str, str] = field(default_factory=dict)
    """Extra response headers, sent with any status (Retry-After on a 429)."""
    then: Route | None = None
    """What the route answers from the next request on (a 429, then the feed)."""
    drip: float = 0.0
    """Seconds between pieces of the body (`drip_size` bytes each): a body that trickles in."""
    drip_size: int = 1


@dataclass(frozen=True)
class Hit:
    """One request as the server received it, and what it answered."""

    path: str
    status: int
    user_agent: str | None
    if_none_match: str | None
    if_modified_since: str | None
    headers: dict[str, str] = field(default_factory=dict)
    """Every request header, names lower-cased."""
    method: str = "GET"
    body: bytes = b""
    """What a POST sent (a webhook alert)."""


@dataclass
class FeedServer:
    routes: dict[str, Route] = field(default_factory=dict)
    hits: list[Hit] = field(default_factory=list)
    port: int = 0
    scheme: str = "http"
    in_flight: int = 0
    max_in_flight: int = 0
    """The most requests the server was handling at one moment."""
    connections: int = 0
    """Connections accepted: fewer than requests when a client keeps them alive."""
    errors: list[BaseException] = field(default_factory=list)
    """Exceptions raised while serving (not a client hanging up): the fixture fails on them."""
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _stopping: threading.Event = field(default_factory=threading.Event)

    def route(self, path: str, body: bytes | str = b"", **options: object) -> str:
        """Serve `body` (or a status, a delay, validators) at `path`; returns its URL.

        `path` may carry a query (`/api?page=2`): a request matches its exact path and
        query first, then its path alone."""
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.routes[path] = Route(body=data, **options)  # type: ignore[arg-type]
        return self.url(path)

    def redirect(self, path: str, to: str, status: int = 302) -> str:
        """Answer `path` with a redirect to `to` (a path or a whole URL); returns its URL."""
        return self.route(path, status=status, headers={"Location": to})

    def url(self, path: str) -> str:
        return f"{self.scheme}://{HOST}:{self.port}{path}"

    def hits_for(self, path: str) -> list[Hit]:
        with self._lock:
            return [hit for hit in self.hits if hit.path == path]

    def _record(self, hit: Hit) -> None:
        with self._lock:
            self.hits.append(hit)


def _answer(route: Route, if_none_match: str | None, if_modified_since: str | None) -> int:
    """200, or 304 when the client's validators show it already has this version (RFC 9110)."""
    if route.status != 200:
        return route.status
    if if_none_match is not None and route.etag is not None:
        tags = [tag.strip() for tag in if_none_match.split(",")]
        return 304 if route.etag in tags or "*" in tags else 200
    if if_modified_since is not None and route.last_modified is not None:
        try:
            unchanged = parsedate_to_datetime(route.last_modified) <= parsedate_to_datetime(
                if_modified_since
            )
        except (TypeError, ValueError):
            unchanged = False
        return 304 if unchanged else 200
    return 200


def _handler(server: FeedServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def setup(self) -> None:
            with server._lock:
                server.connections += 1
            super().setup()

        def do_GET(self) -> None:  # noqa: N802 - the name http.server dispatches on
            with server._lock:
                route = server.routes.get(self.path) or server.routes.get(
                    self.path.split("?", 1)[0]
                )
                if route is not None and route.then is not None:
                    key = self.path if self.path in server.routes else self.path.split("?", 1)[0]
                    server.routes[key] = route.then
                server.in_flight += 1
                server.max_in_flight = max(server.max_in_flight, server.in_flight)
            try:
                self._answer(route)
            finally:
                with server._lock:
                    server.in_flight -= 1

        def do_POST(self) -> None:  # noqa: N802 - a webhook receiving alerts
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length)
            with server._lock:
                route = server.routes.get(self.path)
                if route is not None and route.then is not None:
                    server.routes[self.path] = route.then
            status = 404 if route is None else route.status
            server._record(
                Hit(
                    self.path,
                    status,
                    self.headers.get("User-Agent"),
                    None,
                    None,
                    {name.lower(): value for name, value in self.headers.items()},
                    "POST",
                    body,
                )
            )
            answer = b"{}" if status == 200 else b"error"
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(answer)))
            self.end_headers()
            self.wfile.write(answer)

        def _answer(self, route: Route | None) -> None:
            if_none_match = self.headers.get("If-None-Match")
            if_modified_since = self.headers.get("If-Modified-Since")
            status = 404 if route is None else _answer(route, if_none_match, if_modified_since)
            server._record(
                Hit(
                    self.path,
                    status,
                    self.headers.get("User-Agent"),
                    if_none_match,
                    if_modified_since,
                    {name.lower(): value for name, value in self.headers.items()},
                )
            )
            if route is not None and route.delay and server._stopping.wait(route.delay):
                return
            body = route.body if route is not None and status == 200 else b""
            if status not in (200, 304):
                body = f"{status} {self.responses.get(status, ('error',))[0]}\n".encode()
            try:
                self.send_response(status)
                for name, value in (route.headers if route is not None else {}).items():
                    self.send_header(name, value)
                if route is not None and status in (200, 304):
                    if route.etag is not None:
                        self.send_header("ETag", route.etag)
                    if route.last_modified is not None:
                        self.send_header("Last-Modified", route.last_modified)
                if status != 304:
                    self.send_header(
                        "Content-Type",
                        route.content_type if route and status == 200 else "text/plain",
                    )
                    self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                if status == 304:
                    return
                if route is not None and route.drip:
                    for at in range(0, len(body), route.drip_size):
                        if server._stopping.wait(route.drip):
                            return
                        self.wfile.write(body[at : at + route.drip_size])
                        self.wfile.flush()
                else:
                    self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (a timeout test): nothing to answer

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            pass  # keep test output clean

    return Handler


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, feed: FeedServer) -> None:
        self.feed = feed
        super().__init__((HOST, 0), _handler(feed))

    def handle_error(self, request: object, client_address: object) -> None:
        # socketserver would print to sys.stderr, which the CLI runner captures as webcare's.
        error = sys.exc_info()[1]
        if error is not None and not isinstance(error, (ConnectionError, ssl.SSLError)):
            # A client closing a kept-alive connection is fine, and so is one refusing the
            # certificate: that is what a TLS test asks it to do.
            self.feed.errors.append(error)


@contextmanager
def serve(tls: ssl.SSLContext | None = None) -> Iterator[FeedServer]:
    """A FeedServer on 127.0.0.1, an ephemeral port, in a daemon thread, for one test;
    over HTTPS with `tls` (a server-side context holding the certificate).

    Raises at exit when a handler failed, so a broken helper cannot pass unnoticed.
    """
    server = FeedServer()
    httpd = _Server(server)
    server.port = httpd.server_address[1]
    if tls is not None:
        # The handshake happens in the handler's thread, on its first read.
        httpd.socket = tls.wrap_socket(
            httpd.socket, server_side=True, do_handshake_on_connect=False
        )
        server.scheme = "https"
    thread = threading.Thread(
        target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
    )
    thread.start()
    try:
        yield server
    finally:
        server._stopping.set()  # releases slow handlers at once
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)
    if server.errors:
        raise RuntimeError(f"the test server failed: {server.errors!r}")


@contextmanager
def closed_port() -> Iterator[str]:
    """A URL on 127.0.0.1 where nothing listens: the port is bound (so no one else takes it)
    but not listening, so a connection is refused at once."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        sock.bind((HOST, 0))
        yield f"http://{HOST}:{sock.getsockname()[1]}/feed.xml"
    finally:
        sock.close()
