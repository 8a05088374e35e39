"""`wire.Wire`'s pools on aiohttp: one `ClientSession` (and its connector) per pool.

aiohttp sends a conditional GET and reads its answer for about a third of the CPU that
httpcore's pools need (0.3 s against 0.9-1.2 s for 1,000 GETs answered 304), which is most
of a second poll. It is held to what the httpcore pools did, so `fetch` cannot tell them
apart:

- the same request on the wire: only the headers `Wire` gives (no aiohttp User-Agent,
  Accept or Accept-Encoding of its own), no cookies (`DummyCookieJar`), no redirects
  followed (`fetch` judges each hop), no body decoded (`inflate` does it within the cap),
  no proxy from the environment (a proxied poll goes through `httpx.AsyncClient`);
- the same limits: `sizes[i]` connections per pool, connect and read timeouts as
  `httpx.Timeout` gives them, the TLS context httpx builds (`SSL_CERT_FILE`,
  `SSL_CERT_DIR`), heads up to h11's 100 KiB;
- names looked up afresh for every new connection with the system resolver, as httpcore
  and `fetch.host_addresses` do (no DNS cache, no c-ares even when aiodns is installed):
  a redirect judged by the addresses its host has is made to those addresses;
- bodies read as they arrive, so the size cap stops a huge body early;
- the same errors: a timeout is `httpx.ConnectTimeout` or `httpx.ReadTimeout`, a failed
  connection `httpx.ConnectError` worded as httpcore words it. A malformed or broken
  answer (a bad status line or chunk, a reset, a body cut short) is asked for once more
  through httpcore (`Fallback`), from where aiohttp had got to, so the error a source
  fails with is httpcore's, word for word; such a server sees the request twice.
"""

from __future__ import annotations

import ssl
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import aiohttp
    import httpx

Replay = Callable[[int], AbstractAsyncContextManager[Any]]
"""The same GET through httpcore (a `wire.Answer`), its body's first `n` bytes left out
(aiohttp had them)."""

HEAD_LIMIT = 100 * 1024
"""Bytes of a status line, header line or head aiohttp accepts: h11's (httpcore's) limit."""
NO_CEILING = 1e9
"""aiohttp rounds timeouts of 5 s or more up to whole seconds; httpcore does not."""


class AioPools:
    """One aiohttp session per pool, `sizes[i]` connections each."""

    def __init__(
        self, sizes: list[int], timeout: httpx.Timeout, tls: Callable[[], ssl.SSLContext]
    ) -> None:
        import aiohttp

        self._aiohttp = aiohttp
        self._tls = tls  # the TLS context, given to each https request: built on first use
        timeouts = timeout.as_dict()
        client_timeout = aiohttp.ClientTimeout(
            total=None,
            connect=None,  # waiting for a free connection: `slots.ClientSlots` sees to it
            sock_connect=timeouts["connect"],
            sock_read=timeouts["read"],
            ceil_threshold=NO_CEILING,
        )
        self.sessions = [
            aiohttp.ClientSession(
                connector=aiohttp.TCPConnector(
                    limit=size,
                    limit_per_host=0,
                    use_dns_cache=False,
                    resolver=aiohttp.ThreadedResolver(),
                    timeout_ceil_threshold=NO_CEILING,
                ),
                cookie_jar=aiohttp.DummyCookieJar(),
                auto_decompress=False,
                timeout=client_timeout,
                trust_env=False,
                skip_auto_headers=("Accept", "Accept-Encoding", "User-Agent"),
                requote_redirect_url=False,
                max_line_size=HEAD_LIMIT,
                max_field_size=HEAD_LIMIT,
                max_headers=HEAD_LIMIT // 4,
            )
            for size in sizes
        ]

    async def aclose(self) -> None:
        for session in self.sessions:
            await session.close()

    @asynccontextmanager
    async def get(
        self,
        index: int,
        url: httpx.URL,
        headers: list[tuple[str, str]],
        replay: Replay,
        httpx_module: Any,
    ) -> AsyncIterator[Any]:
        """GET `url` (its user and password left out: `fetch` sends them as a header)."""
        import yarl

        target = yarl.URL(
            f"{url.scheme}://{url.netloc.decode('ascii')}{url.raw_path.decode('ascii')}",
            encoded=True,
        )
        try:
            response = await self.sessions[index].get(
                target,
                headers=headers,
                allow_redirects=False,
                ssl=self._tls() if url.scheme == "https" else True,
            )
        except self._aiohttp.ClientError as exc:
            error = self._named(exc)
            if error is not None:
                raise error from exc
            async with replay(0) as replayed:
                yield replayed
            return
        answer = _AioAnswer(response, self, replay, httpx_module)
        try:
            yield answer
        finally:
            await answer.aclose()

    def _named(self, exc: BaseException) -> Exception | None:
        """The httpx error httpcore would have raised for `exc`, worded as httpcore words
        it; None for an answer that broke (httpcore is asked instead)."""
        import httpx

        aiohttp = self._aiohttp
        if isinstance(exc, aiohttp.ConnectionTimeoutError):
            return httpx.ConnectTimeout("")
        if isinstance(exc, aiohttp.ServerTimeoutError):
            return httpx.ReadTimeout("")
        if isinstance(exc, aiohttp.ClientConnectorCertificateError):
            return httpx.ConnectError(str(exc.certificate_error))
        if isinstance(exc, (aiohttp.ClientConnectorDNSError, aiohttp.ClientConnectorSSLError)):
            return httpx.ConnectError(str(exc.os_error))
        if isinstance(exc, aiohttp.ClientSSLError):
            return httpx.ConnectError(str(exc.os_error))
        if isinstance(exc, aiohttp.ClientConnectorError):
            return httpx.ConnectError("All connection attempts failed")
        return None


class _AioAnswer:
    """An aiohttp answer as `wire.Answer`; its body continues through httpcore when
    aiohttp finds it broken."""

    def __init__(
        self,
        response: aiohttp.ClientResponse,
        pools: AioPools,
        replay: Replay,
        httpx_module: Any,
    ) -> None:
        self._response = response
        self._pools = pools
        self._replay = replay
        self._httpx = httpx_module
        self.status_code = response.status
        self.headers: httpx.Headers = httpx_module.Headers(list(response.raw_headers))
        self.reason_phrase = (
            response.reason
            if response.reason is not None
            else httpx_module.codes.get_reason_phrase(response.status)
        )

    async def aiter_raw(self) -> AsyncIterator[bytes]:
        received = 0
        stream = self._response.content.iter_any().__aiter__()
        while True:
            try:
                chunk = await stream.__anext__()
            except StopAsyncIteration:
                return
            except self._pools._aiohttp.ClientError as exc:
                error = self._pools._named(exc)
                if error is not None:
                    raise error from exc
                break
            received += len(chunk)
            yield chunk
        async with self._replay(received) as replayed:
            async for chunk in replayed.aiter_raw():
                yield chunk

    async def aclose(self) -> None:
        if self._response.content.at_eof():
            self._response.release()
        else:
            self._response.close()  # an unread body: its connection is not kept
