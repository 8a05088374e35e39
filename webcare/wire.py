"""The wire under `fetch`: one GET at a time on one of a poll's small connection pools.

Going through `httpx.AsyncClient` costs about twice the CPU per request of the pool it
drives (building and merging the request, the auth and redirect machinery, cookie
extraction, a response model and its stream wrappers): 0.97 s against 0.55 s for 1,000
conditional GETs answered 304 on this machine, which is most of a second poll. `fetch`
needs none of that machinery (it follows redirects itself, sends no cookies, decodes bodies
itself), so requests go to connection pools directly: aiohttp's (`aiowire`, a third of
httpcore's CPU per request again), or httpx's own httpcore pools with
`WEBCARE_HTTP=httpcore`. httpcore also answers again for aiohttp when an answer is
malformed or broken, so a failing source fails in the same words on either wire.
httpx still parses and validates every URL, builds the TLS context (`SSL_CERT_FILE` and
`SSL_CERT_DIR` count) and names the errors: an httpcore error is raised as the httpx
error of the same name, and aiohttp's as the one httpcore would have raised. When the
environment names a proxy (`HTTPS_PROXY`, `NO_PROXY`, ...), the poll goes through
`httpx.AsyncClient` as before, which knows how to use one.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator
from contextlib import AbstractAsyncContextManager, asynccontextmanager, contextmanager
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    import ssl

    import httpcore
    import httpx

    from webcare.aiowire import AioPools


class Answer(Protocol):
    """What `fetch` reads of an answer: `httpx.Response` has it, and so has `_PoolAnswer`."""

    @property
    def status_code(self) -> int: ...

    @property
    def reason_phrase(self) -> str: ...

    @property
    def headers(self) -> httpx.Headers: ...

    def aiter_raw(self) -> AsyncIterator[bytes]: ...


def _absent_sniffio_fails_fast() -> None:
    """httpcore asks `import sniffio` (optional) each time it takes a lock, about four
    times a request; where sniffio is not installed, each ask searched every entry of
    `sys.path` again (~37 µs of CPU: 0.15 s of a second poll of 1,000 feeds, a tenth of
    it). A `None` in `sys.modules` is the import system's own "not there": the same
    ImportError at once."""
    import importlib.util
    import sys

    if "sniffio" not in sys.modules and importlib.util.find_spec("sniffio") is None:
        sys.modules["sniffio"] = None  # type: ignore[assignment]


class Wire:
    """Connection pools of `sizes[i]` connections each, sharing one TLS context."""

    def __init__(self, sizes: list[int], timeout: httpx.Timeout, headers: dict[str, str]) -> None:
        import urllib.request

        import httpx

        _absent_sniffio_fails_fast()
        self._httpx = httpx
        self._tls: ssl.SSLContext | None = None
        self.clients: list[httpx.AsyncClient] = []
        self.pools: list[httpcore.AsyncConnectionPool] = []
        self.aio: AioPools | None = None
        if urllib.request.getproxies():
            self.clients = [
                httpx.AsyncClient(
                    timeout=timeout,
                    limits=httpx.Limits(max_connections=size, max_keepalive_connections=size),
                    follow_redirects=False,
                    headers=headers,
                    verify=self.tls(),
                    trust_env=True,
                )
                for size in sizes
            ]
            return
        self._timeouts = timeout.as_dict()
        self._defaults = {name.lower(): (name, value) for name, value in headers.items()}
        self._defaults.setdefault("connection", ("Connection", "keep-alive"))
        if os.environ.get("WEBCARE_HTTP") == "httpcore":
            self.pools = [self._pool(size) for size in sizes]
            return
        from webcare.aiowire import AioPools

        self.aio = AioPools(sizes, timeout, self.tls)
        self._spare = sum(sizes)
        """Connections of the httpcore pool that asks again for what aiohttp found broken."""

    def tls(self) -> ssl.SSLContext:
        """The one TLS context of all pools, built when the first https URL needs it
        (~50 ms of CPU: a poll of plain-http feeds never pays it; each pool building its
        own would load the CA bundle again). Built as httpx builds it, so SSL_CERT_FILE and
        SSL_CERT_DIR still count."""
        if self._tls is None:
            self._tls = self._httpx.create_ssl_context(trust_env=True)
            self._tls.set_alpn_protocols(["http/1.1"])  # as httpcore offers it in the TLS hello
        return self._tls

    def _pool(self, size: int) -> httpcore.AsyncConnectionPool:
        import httpcore

        return httpcore.AsyncConnectionPool(
            ssl_context=self.tls(), max_connections=size, max_keepalive_connections=size
        )

    async def aclose(self) -> None:
        for client in self.clients:
            await client.aclose()
        for pool in self.pools:
            await pool.aclose()
        if self.aio is not None:
            await self.aio.aclose()

    @asynccontextmanager
    async def get(
        self, index: int, url: httpx.URL, headers: dict[str, str]
    ) -> AsyncIterator[Answer]:
        """GET `url` on pool `index`; the answer's body is read through `aiter_raw`."""
        if self.clients:
            async with self.clients[index].stream("GET", url, headers=headers) as response:
                yield response
            return
        merged = dict(self._defaults)  # a source's own Accept replaces the default one
        merged.update((name.lower(), (name, value)) for name, value in headers.items())
        pairs = [("Host", url.netloc.decode("ascii")), *merged.values()]
        if self.aio is None:
            async with self._on_pool(self.pools[index], url, pairs, 0) as answer:
                yield answer
            return

        def replay(skip: int) -> AbstractAsyncContextManager[Answer]:
            if not self.pools:
                self.pools = [self._pool(self._spare)]
            return self._on_pool(self.pools[0], url, pairs, skip)

        async with self.aio.get(index, url, pairs, replay, self._httpx) as answer:
            yield answer

    @asynccontextmanager
    async def _on_pool(
        self,
        pool: httpcore.AsyncConnectionPool,
        url: httpx.URL,
        pairs: list[tuple[str, str]],
        skip: int,
    ) -> AsyncIterator[Answer]:
        """GET on an httpcore pool; the body's first `skip` bytes are left out."""
        import httpcore

        request = httpcore.Request(
            b"GET",
            httpcore.URL(
                scheme=url.raw_scheme, host=url.raw_host, port=url.port, target=url.raw_path
            ),
            headers=[_header(*pair) for pair in pairs],
            extensions={"timeout": self._timeouts},
        )
        with _named_as_httpx():
            answer = await pool.handle_async_request(request)
        try:
            yield _PoolAnswer(answer, self._httpx, skip)
        finally:
            with _named_as_httpx():
                await answer.aclose()


class _PoolAnswer:
    def __init__(self, response: httpcore.Response, httpx_module: Any, skip: int = 0) -> None:
        self._response = response
        self._skip = skip
        self.status_code = response.status
        self.headers: httpx.Headers = httpx_module.Headers(response.headers)
        phrase = response.extensions.get("reason_phrase")
        self.reason_phrase = (
            phrase.decode("ascii", errors="ignore")
            if isinstance(phrase, bytes)
            else httpx_module.codes.get_reason_phrase(response.status)
        )

    async def aiter_raw(self) -> AsyncIterator[bytes]:
        skip = self._skip
        with _named_as_httpx():
            async for chunk in self._response.aiter_stream():
                if skip:
                    chunk, skip = chunk[skip:], max(0, skip - len(chunk))
                if chunk:
                    yield chunk


def _header(name: str, value: str) -> tuple[bytes, bytes]:
    """As httpx encodes a header: ASCII when it can be, else UTF-8."""
    encoded = value.encode("ascii") if value.isascii() else value.encode("utf-8")
    return name.encode("ascii"), encoded


@contextmanager
def _named_as_httpx() -> Iterator[None]:
    """An httpcore error raised as the httpx error of the same name (`httpx.ReadTimeout`,
    `httpx.ConnectError`, ...), which is what `fetch` reports on."""
    import httpcore
    import httpx

    try:
        yield
    except httpcore.TimeoutException as exc:
        raise getattr(httpx, type(exc).__name__, httpx.TimeoutException)(str(exc)) from exc
    except httpcore.NetworkError as exc:
        raise getattr(httpx, type(exc).__name__, httpx.NetworkError)(str(exc)) from exc
    except (httpcore.ProtocolError, httpcore.ProxyError, httpcore.UnsupportedProtocol) as exc:
        raise getattr(httpx, type(exc).__name__, httpx.TransportError)(str(exc)) from exc
