"""A hostile HTTP server on 127.0.0.1: each route answers with a behaviour written at the
socket level, so it can do what no well-behaved server does: hang, trickle a byte a
second, reset the connection, lie about lengths and encodings, send 50 MB or a bomb.

Every request is recorded (path, headers, body) so a check can ask who was asked what
(a redirect that carried a key to another origin, an XML entity that fetched a URL).
One request per connection (`Connection: close`).
"""

from __future__ import annotations

import socket
import socketserver
import struct
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

HOST = "127.0.0.1"
RSS = "application/rss+xml; charset=utf-8"
ATOM = "application/atom+xml; charset=utf-8"
JSON = "application/json"


@dataclass(frozen=True)
class Request:
    method: str
    path: str
    headers: dict[str, str]
    """Names lower-cased."""
    body: bytes
    head: bytes
    """The request line and headers as received."""


class Exchange:
    """One connection: the request read, and what a behaviour may do to answer it."""

    def __init__(self, sock: socket.socket, request: Request, stopping: threading.Event) -> None:
        self.sock = sock
        self.request = request
        self.stopping = stopping

    def send(self, data: bytes) -> None:
        self.sock.sendall(data)

    def head(
        self,
        status: int = 200,
        headers: Iterable[tuple[str, str]] = (),
        *,
        reason: str | None = None,
        length: int | None = None,
    ) -> None:
        reason = REASONS.get(status, "Whatever") if reason is None else reason
        lines = [f"HTTP/1.1 {status} {reason}".encode("latin-1")]
        for name, value in headers:
            lines.append(f"{name}: {value}".encode("latin-1", "replace"))
        if length is not None:
            lines.append(f"Content-Length: {length}".encode())
        lines.append(b"Connection: close")
        self.send(b"\r\n".join(lines) + b"\r\n\r\n")

    def respond(
        self,
        status: int = 200,
        body: bytes = b"",
        ctype: str | None = RSS,
        headers: Iterable[tuple[str, str]] = (),
    ) -> None:
        extra = [("Content-Type", ctype)] if ctype else []
        self.head(status, [*extra, *headers], length=len(body))
        self.send(body)

    def wait(self, seconds: float) -> bool:
        """Sleep, or stop early (True) when the server stops."""
        return self.stopping.wait(seconds)

    def wait_for_client(self, seconds: float = 600) -> None:
        """Hold the connection until the client hangs up or the server stops."""
        self.sock.settimeout(0.1)
        waited = 0.0
        while waited < seconds and not self.stopping.is_set():
            try:
                if self.sock.recv(1024) == b"":
                    return
            except TimeoutError:
                waited += 0.1
            except OSError:
                return

    def reset(self) -> None:
        """Close with a TCP reset (RST), not an orderly FIN."""
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.sock.close()


Behaviour = Callable[[Exchange], None]

REASONS = {
    200: "OK", 204: "No Content", 301: "Moved Permanently", 302: "Found", 303: "See Other",
    304: "Not Modified", 307: "Temporary Redirect", 308: "Permanent Redirect",
    400: "Bad Request", 401: "Unauthorized", 403: "Forbidden", 404: "Not Found",
    429: "Too Many Requests", 500: "Internal Server Error", 502: "Bad Gateway",
    503: "Service Unavailable", 504: "Gateway Timeout",
}  # fmt: skip


# ---------------------------------------------------------------- behaviours


def ok(body: bytes | str, ctype: str | None = RSS, headers: Iterable[tuple[str, str]] = ()) -> Behaviour:
    data = body.encode() if isinstance(body, str) else body
    pairs = list(headers)
    return lambda ex: ex.respond(200, data, ctype, pairs)


def status(code: int, headers: Iterable[tuple[str, str]] = (), body: bytes | None = None,
           ctype: str = "text/plain") -> Behaviour:  # fmt: skip
    pairs = list(headers)
    data = f"{code} {REASONS.get(code, 'Whatever')}\n".encode() if body is None else body
    return lambda ex: ex.respond(code, data, ctype, pairs)


def redirect(to: str, code: int = 302) -> Behaviour:
    return status(code, [("Location", to)], b"")


def hang() -> Behaviour:
    """Read the request, never answer."""
    return lambda ex: ex.wait_for_client()


def slow_answer(seconds: float, then: Behaviour) -> Behaviour:
    def behave(ex: Exchange) -> None:
        if not ex.wait(seconds):
            then(ex)

    return behave


def drip(body: bytes, every: float = 1.0, size: int = 1, ctype: str = RSS) -> Behaviour:
    """Headers at once, then the body `size` bytes every `every` seconds."""

    def behave(ex: Exchange) -> None:
        ex.head(200, [("Content-Type", ctype)], length=len(body))
        for at in range(0, len(body), size):
            if ex.wait(every):
                return
            ex.send(body[at : at + size])

    return behave


def drip_head(every: float = 1.0) -> Behaviour:
    """The status line and headers themselves a byte at a time (slowloris, reversed)."""

    def behave(ex: Exchange) -> None:
        for byte in b"HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\n\r\n":
            if ex.wait(every):
                return
            ex.send(bytes([byte]))

    return behave


def reset(after: bytes = b"") -> Behaviour:
    """Send `after` (nothing, half a header, part of a body), then reset the connection."""

    def behave(ex: Exchange) -> None:
        if after:
            ex.send(after)
            ex.wait(0.05)
        ex.reset()

    return behave


def raw(data: bytes) -> Behaviour:
    """Whatever bytes, then an orderly close: garbage, a lying Content-Length, bad chunks."""
    return lambda ex: ex.send(data)


def stream(
    pieces: Callable[[], Iterator[bytes]],
    ctype: str = RSS,
    headers: Iterable[tuple[str, str]] = (),
    length: int | None = None,
) -> Behaviour:
    """A generated body, never held in memory: with a Content-Length when `length` is
    given, else delimited by closing the connection (HTTP/1.1 allows it)."""
    pairs = list(headers)

    def behave(ex: Exchange) -> None:
        ex.head(200, [("Content-Type", ctype), *pairs], length=length)
        for piece in pieces():
            if ex.stopping.is_set():
                return
            ex.send(piece)

    return behave


def echo(build: Callable[[Request], tuple[int, bytes, str]]) -> Behaviour:
    """An answer made from the request (a server that quotes what it was sent)."""

    def behave(ex: Exchange) -> None:
        code, body, ctype = build(ex.request)
        ex.respond(code, body, ctype)

    return behave


# ---------------------------------------------------------------- the server


@dataclass
class FaultServer:
    routes: dict[str, list[Behaviour]] = field(default_factory=dict)
    hits: list[Request] = field(default_factory=list)
    port: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock)
    stopping: threading.Event = field(default_factory=threading.Event)

    def route(self, path: str, *behaviours: Behaviour) -> str:
        """Answer `path` with each behaviour in turn, the last one from then on."""
        with self._lock:
            self.routes[path] = list(behaviours)
        return self.url(path)

    def url(self, path: str) -> str:
        return f"http://{HOST}:{self.port}{path}"

    def hits_for(self, path: str) -> list[Request]:
        with self._lock:
            return [hit for hit in self.hits if hit.path.split("?", 1)[0] == path.split("?", 1)[0]]

    def behaviour(self, request: Request) -> Behaviour | None:
        with self._lock:
            self.hits.append(request)
            queue = self.routes.get(request.path) or self.routes.get(request.path.split("?", 1)[0])
            if not queue:
                return None
            return queue.pop(0) if len(queue) > 1 else queue[0]


def _read_request(sock: socket.socket) -> Request | None:
    sock.settimeout(10)
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        if not chunk:
            return None
        data += chunk
        if len(data) > 1 << 20:
            return None
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    method, path, *_ = lines[0].split(" ") + ["", ""]
    headers: dict[str, str] = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    length = int(headers.get("content-length") or 0)
    while len(body) < length:
        chunk = sock.recv(65536)
        if not chunk:
            break
        body += chunk
    return Request(method, path, headers, body, head)


class _Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128

    def __init__(self, faults: FaultServer) -> None:
        self.faults = faults
        super().__init__((HOST, 0), _Handler)

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a client that hung up mid-answer is the point of half of these routes


class _Handler(socketserver.BaseRequestHandler):
    server: _Server

    def handle(self) -> None:
        faults = self.server.faults
        sock: socket.socket = self.request
        try:
            request = _read_request(sock)
            if request is None:
                return
            behaviour = faults.behaviour(request)
            exchange = Exchange(sock, request, faults.stopping)
            if behaviour is None:
                exchange.respond(404, b"404 Not Found\n", "text/plain")
            else:
                behaviour(exchange)
        except OSError:
            pass  # reset by the client, timed out, or closed by a behaviour
        finally:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass


class Running:
    """A FaultServer serving in a daemon thread until `close()`."""

    def __init__(self) -> None:
        self.faults = FaultServer()
        self._server = _Server(self.faults)
        self.faults.port = self._server.server_address[1]
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()

    def close(self) -> None:
        self.faults.stopping.set()
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> FaultServer:
        return self.faults

    def __exit__(self, *exc: object) -> None:
        self.close()


def closed_port() -> tuple[socket.socket, str]:
    """A bound, never listening socket: connections to its URL are refused at once.
    Keep the socket until done (so no one else takes the port)."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind((HOST, 0))
    return sock, f"http://{HOST}:{sock.getsockname()[1]}/feed.xml"
