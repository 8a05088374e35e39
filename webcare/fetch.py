"""The only code that reads sources over the network: HTTP on `wire.Wire` (aiohttp, with
httpx for URLs, headers and errors; imported lazily).
Local files are `webcare.localfiles`.

Conditional GET with the stored ETag/Last-Modified; connect and read timeouts and one
network-time budget per source (`Budget`); a size cap, counted as bytes are read and
decoded (`inflate.Decoder`); a User-Agent that names webcare; a limit on requests in
flight to one host that adapts to how it answers, up to `[poll] per_host` (`pace`,
`slots.HostLane`); Retry-After honoured on 429/503 (a short wait is waited out, a long one
ends the fetch and is remembered so later polls leave the source alone); redirects
followed hop by hop, each judged first (`decide.redirect_refusal`: credentials stay on
their origin, strangers stay out of private networks); secrets filled in only here
(`webcare.secrets`); and small connection pools. One `httpx.AsyncClient` with a large
pool costs CPU quadratic in the pool size (shared/bench/README.md measured 20 s of CPU
for 1000 requests on a 1000-connection pool), so `[poll] concurrency` connections are
spread over pools of `CONNECTIONS_PER_CLIENT` each (`slots.ClientSlots`, `wire.Wire`),
one host's requests over as many of them as its limit needs, each preferring a pool that
holds an idle connection to its host. Every answer's body is read to its end (a 304's empty
one too), so its connection is kept alive for the next request to that host.
"""

from __future__ import annotations

import asyncio
import base64
import functools
import ipaddress
import socket
import sys
import tempfile
import zlib
from dataclasses import dataclass
from types import ModuleType
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from webcare import USER_AGENT, decide
from webcare.decide import MAX_DEFERRAL, IPAddress
from webcare.errors import ConfigError, RateLimited, SourceError
from webcare.inflate import Decoder
from webcare.retry_after import retry_after_seconds
from webcare.secrets import expand_header, expand_url, fits_header, redact, references
from webcare.settings import PollSettings, SourceSpec
from webcare.slots import Budget, ClientSlots, HostLane
from webcare.store.records import FetchState
from webcare.wire import Answer, Wire

if TYPE_CHECKING:
    import httpx

CONNECTIONS_PER_CLIENT = 4
DRAIN_LIMIT = 64 * 1024
"""Bytes of a non-200 answer read only so its connection can be kept."""
RETRY_WAIT_LIMIT = 10.0
"""Seconds of Retry-After a poll waits out itself; a longer wait ends this fetch."""
RETRIES = 2
MAX_REDIRECTS = 5
REDIRECTS = frozenset({301, 302, 303, 307, 308})
NOT_HTTP = "redirected to an address that is not an http(s) URL; not followed"
ACCEPT = "application/atom+xml, application/rss+xml, application/xml;q=0.9, application/json;q=0.9, text/*;q=0.8, */*;q=0.5"


@dataclass(frozen=True, slots=True)
class Fetched:
    body: bytes | None
    """None when the source answered that nothing changed (HTTP 304, file untouched)."""
    state: FetchState
    """Validators to store for the next conditional fetch."""


class HttpFetcher:
    """Async HTTP for one poll: small pools sharing `[poll] concurrency` connections, and
    per host an adaptive limit on requests in flight."""

    def __init__(self, settings: PollSettings) -> None:
        httpx = load_httpx()
        self._httpx = httpx
        self.settings = settings
        timeout = httpx.Timeout(
            connect=settings.connect_timeout.total_seconds(),
            read=settings.timeout.total_seconds(),
            write=settings.timeout.total_seconds(),
            pool=settings.timeout.total_seconds(),
        )
        self.slots = ClientSlots(settings.concurrency, CONNECTIONS_PER_CLIENT)
        # Redirects are followed by `_follow`, each hop judged first; bodies decoded by
        # `Decoder` within the size cap, so only what it undoes is accepted.
        headers = {"User-Agent": USER_AGENT, "Accept": ACCEPT, "Accept-Encoding": "gzip, deflate"}
        self.wire = Wire(list(self.slots.free), timeout, headers)
        self.hosts: dict[str, HostLane] = {}

    def lane(self, host: str) -> HostLane:
        """The host's lane (`host:port`), made on first use."""
        lane = self.hosts.get(host)
        if lane is None:
            lane = self.hosts[host] = HostLane(self.settings.per_host)
        return lane

    async def aclose(self) -> None:
        await self.wire.aclose()

    def budget(self) -> Budget:
        """A source's `[poll] timeout`, for all of its requests (pages, retries)."""
        return Budget(self.settings.timeout.total_seconds())

    async def fetch(
        self,
        spec: SourceSpec,
        previous: FetchState | None,
        *,
        url: str | None = None,
        budget: Budget | None = None,
    ) -> Fetched:
        """GET the source's URL (conditionally, with `previous` validators) or, for a later
        page, `url` (unconditionally), within `budget` (the source's timeout, shared by
        its pages; a fresh one when not given)."""
        from webcare import sources

        if url is None:
            url = source_url(spec)
        elif not _valid_url(url):
            raise SourceError(spec.name, "the next page's address is not a valid http(s) URL")
        kind_headers = sources.get(spec.kind).request_headers(spec.options)
        headers = {
            name: expand_header(value, key=f"sources.{spec.name}.{name}")
            for name, value in kind_headers.items()
        }
        headers.update(
            (name, expand_header(value, key=f"sources.{spec.name}.headers.{name}"))
            for name, value in spec.headers.items()
        )
        parsed = parsed_url(url)
        # A password in the URL as a header of its own, so a redirect on the same origin
        # (which need not repeat it) keeps it, as for any other credential.
        if (parsed.username or parsed.password) and not any(
            name.lower() == "authorization" for name in headers
        ):
            pair = f"{parsed.username}:{parsed.password}".encode()
            headers["Authorization"] = "Basic " + base64.b64encode(pair).decode("ascii")
        credentials = bool(headers)
        if previous is not None:
            # A validator a stranger sent that no header can carry (stored before it was
            # checked) is not sent back: the fetch is unconditional instead.
            if previous.etag and fits_header(previous.etag):
                headers["If-None-Match"] = previous.etag
            if previous.last_modified and fits_header(previous.last_modified):
                headers["If-Modified-Since"] = previous.last_modified
        templates = secret_templates(spec)
        budget = budget or self.budget()
        try:
            for attempt in range(RETRIES + 1):
                outcome = await self._follow(spec, url, headers, previous, budget, credentials)
                if isinstance(outcome, Fetched):
                    return outcome
                if attempt == RETRIES or outcome.wait_seconds > RETRY_WAIT_LIMIT:
                    raise outcome
                await asyncio.sleep(outcome.wait_seconds)
            raise AssertionError("unreachable")
        except TimeoutError:
            raise SourceError(spec.name, f"timed out after {budget.seconds:g}s") from None
        except self._httpx.TimeoutException as exc:
            raise SourceError(spec.name, f"timed out ({type(exc).__name__})") from None
        except self._httpx.ConnectError as exc:
            reason = redact(str(exc), templates)
            raise SourceError(spec.name, f"cannot connect: {reason}") from None
        except self._httpx.HTTPError as exc:
            reason = redact(f"{type(exc).__name__}: {exc}", templates)
            raise SourceError(spec.name, f"HTTP error: {reason}") from None

    async def _follow(
        self,
        spec: SourceSpec,
        url: str,
        headers: dict[str, str],
        previous: FetchState | None,
        budget: Budget,
        credentials: bool,
    ) -> Fetched | RateLimited:
        """One request and the redirects it leads to, each hop judged before it is made
        (`decide.redirect_refusal`): httpx's own following would carry custom headers
        (an API key) to any host a server names."""
        visited = {url}
        for _ in range(MAX_REDIRECTS + 1):
            outcome = await self._request(spec, url, headers, previous, budget)
            if not isinstance(outcome, _Redirect):
                return outcome
            target = _join(url, outcome.location)
            if target is None:
                raise SourceError(spec.name, NOT_HTTP)
            refusal = await self._refusal(url, target, credentials, budget)
            if refusal is not None:
                raise SourceError(spec.name, refusal)
            if target in visited:
                raise SourceError(spec.name, "redirect loop: led back to an address it had left")
            visited.add(target)
            url = target
        raise SourceError(spec.name, f"more than {MAX_REDIRECTS} redirects; not followed further")

    async def _refusal(
        self, url: str, target: str, credentials: bool, budget: Budget
    ) -> str | None:
        """`decide.redirect_refusal` for one hop; the two hosts' addresses are looked up
        only when the private-network rule is all that is left to decide."""
        allow_private = self.settings.allow_private_redirects
        refusal = decide.redirect_refusal(url, target, credentials=credentials, allow_private=True)
        if refusal is not None or allow_private or decide.same_origin(url, target):
            return refusal
        source, goal = urlsplit(url), urlsplit(target)
        async with budget.spend():  # a name lookup is network time
            source_addresses = await host_addresses(source.hostname or "", source.port or 0)
            target_addresses = await host_addresses(goal.hostname or "", goal.port or 0)
        return decide.redirect_refusal(
            url,
            target,
            credentials=credentials,
            source_addresses=source_addresses,
            target_addresses=target_addresses,
        )

    async def _request(
        self,
        spec: SourceSpec,
        url: str,
        headers: dict[str, str],
        previous: FetchState | None,
        budget: Budget,
    ) -> Fetched | RateLimited | _Redirect:
        """One request when its host and a connection are free; the clock (`budget`) runs
        only from then on, and the host's pace hears how it went."""
        host = _host_key(url)
        lane = self.lane(host)
        sent_in = await lane.acquire()
        try:
            index = await self.slots.acquire(host)
            try:
                async with budget.spend():
                    return await self._get(spec, url, headers, previous, index, lane, sent_in)
            except (TimeoutError, self._httpx.TimeoutException):
                lane.strained(sent_in)
                raise
            finally:
                self.slots.release(index, host)
        finally:
            lane.release()

    async def _get(
        self,
        spec: SourceSpec,
        url: str,
        headers: dict[str, str],
        previous: FetchState | None,
        index: int,
        lane: HostLane,
        sent_in: int,
    ) -> Fetched | RateLimited | _Redirect:
        loop = asyncio.get_running_loop()
        start = loop.time()
        try:
            async with self.wire.get(index, parsed_url(url), headers) as response:
                lane.answered(response.status_code, loop.time() - start, sent_in)
                return await self._answer(spec, response, previous)
        except self._httpx.RemoteProtocolError as exc:
            # httpx reads a redirect's Location even when it does not follow it.
            if str(exc).startswith("Invalid URL in location header"):
                raise SourceError(spec.name, NOT_HTTP) from None
            raise

    async def _answer(
        self, spec: SourceSpec, response: Answer, previous: FetchState | None
    ) -> Fetched | RateLimited | _Redirect:
        if response.status_code != 200:
            await _drain(response)
        if response.status_code in REDIRECTS:
            location = response.headers.get("Location")
            if not location:
                raise SourceError(
                    spec.name,
                    f"HTTP {response.status_code} {response.reason_phrase} without a Location",
                )
            return _Redirect(location)
        if response.status_code == 304:
            return Fetched(None, previous or FetchState())
        if response.status_code in (429, 503):
            wait = retry_after_seconds(
                response.headers.get("Retry-After"), response.headers.get("Date")
            )
            if wait is not None:
                asked = (
                    f"{wait:g}s"
                    if wait <= MAX_DEFERRAL.total_seconds()
                    else "more than a day; it is left alone for a day at most"
                )
                return RateLimited(
                    spec.name,
                    f"HTTP {response.status_code} {response.reason_phrase}; "
                    f"the source asks to wait {asked} (Retry-After)",
                    wait,
                )
        if response.status_code != 200:
            raise SourceError(spec.name, f"HTTP {response.status_code} {response.reason_phrase}")
        cap = self.settings.max_bytes
        too_large = SourceError(spec.name, f"response larger than poll.max_bytes ({cap:,} bytes)")
        encoding = response.headers.get("Content-Encoding", "")
        length = response.headers.get("Content-Length", "")
        if length.isdigit() and int(length) > cap:
            raise too_large  # said before a byte is read: not read at all
        decoder = Decoder(encoding)
        # Past IN_MEMORY the body waits in a temporary file: the bodies a poll is still
        # reading when they are refused at the cap (50 MB, a bomb, several at once) cost
        # disk, not memory; a body within the cap is read back whole for its parser.
        body = tempfile.SpooledTemporaryFile(max_size=IN_MEMORY)
        received = size = 0
        try:
            # Raw bytes in, decoded pieces counted as they come out, so decoding stops at
            # the cap; raw bytes count too (empty deflate blocks inflate to nothing, forever).
            async for raw in response.aiter_raw():
                received += len(raw)
                if received > cap:
                    raise too_large
                for piece in decoder.decode(raw):
                    size += len(piece)
                    if size > cap:
                        raise too_large
                    body.write(piece)
            last = decoder.flush()
            if size + len(last) > cap:
                raise too_large
            body.write(last)
            body.seek(0)
            data = body.read()
        except zlib.error as exc:
            reason = f"the body is not valid {encoding.strip()} ({exc})"
            raise SourceError(spec.name, f"cannot decode: {reason}") from None
        finally:
            body.close()
        etag, modified = response.headers.get("ETag"), response.headers.get("Last-Modified")
        state = FetchState(
            etag=etag if etag and fits_header(etag) else None,
            last_modified=modified if modified and fits_header(modified) else None,
        )
        return Fetched(data, state)


IN_MEMORY = 1 << 20
"""Bytes of a response body held in memory while it is read; the rest waits on disk."""


async def _drain(response: Answer) -> None:
    """Read a short body to its end (a 304's empty one, a redirect's or an error's few
    lines): only then does httpx keep the connection for the next request. A long one
    is left unread, and its connection closed."""
    received = 0
    async for raw in response.aiter_raw():
        received += len(raw)
        if received > DRAIN_LIMIT:
            return


def _host_key(url: str) -> str:
    """`host:port` of a URL, without a user and password: what `per_host` counts."""
    return urlsplit(url).netloc.rpartition("@")[2].lower()


@dataclass(frozen=True, slots=True)
class _Redirect:
    location: str


def _join(url: str, location: str) -> str | None:
    """Where a redirect's Location leads from `url`, or None when that is no http(s) URL."""
    try:
        target = str(parsed_url(url).join(location.strip()))
    except Exception:  # noqa: BLE001 - httpx raises InvalidURL, ValueError
        return None
    return target if _valid_url(target) else None


async def host_addresses(host: str, port: int) -> tuple[IPAddress, ...]:
    """The addresses `host` stands for: itself when it is one, loopback for `localhost`,
    else what the resolver says (nothing when it fails: the request will fail by itself)."""
    bare = host.strip("[]").split("%", 1)[0]
    try:
        return (ipaddress.ip_address(bare),)
    except ValueError:
        pass
    if bare == "localhost" or bare.endswith(".localhost"):
        return (ipaddress.ip_address("127.0.0.1"), ipaddress.ip_address("::1"))
    try:
        infos = await asyncio.get_running_loop().getaddrinfo(bare, port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError):
        return ()
    found: list[IPAddress] = []
    for info in infos:
        try:
            found.append(ipaddress.ip_address(str(info[4][0]).split("%", 1)[0]))
        except ValueError:
            continue
    return tuple(found)


def secret_templates(spec: SourceSpec) -> list[str]:
    """Where a source's `${ENV}` secrets are written: what a library says about one of its
    requests may quote them, so such messages are redacted with these (`secrets.redact`)."""
    from webcare import sources

    kind_headers = sources.get(spec.kind).request_headers(spec.options)
    return [spec.url or "", *kind_headers.values(), *spec.headers.values()]


def source_url(spec: SourceSpec) -> str:
    """The source's URL with its `${ENV}` secrets filled in (percent-encoded where they
    land), or a ConfigError that names the variables, never their values."""
    assert spec.url is not None
    key = f"sources.{spec.name}.url"
    url = expand_url(spec.url, key=key)
    if not _valid_url(url):
        names = ", ".join(f"${{{name}}}" for name in references(spec.url))
        filled = f" once {names} is filled in (its value is not shown)" if names else ""
        raise ConfigError(f"not a valid http(s) URL{filled}", key=key)
    return url


def _valid_url(url: str) -> bool:
    try:
        parsed = parsed_url(url)
        urlsplit(url)  # what webcare itself reads the URL with must agree
    except Exception:  # noqa: BLE001 - httpx raises InvalidURL, ValueError, TypeError
        return False
    return parsed.scheme in ("http", "https") and bool(parsed.host)


def load_httpx() -> ModuleType:
    """httpx, without its command-line tool. The package imports `httpx._main` whenever
    click, rich and pygments can be imported, as they can beside typer and rich: 60-90 ms of
    every poll's start (of 2.2 s for a thousand feeds answering 304) for a program webcare
    never runs. A stand-in takes its place, which loads the tool should anything call it."""
    if "httpx" not in sys.modules:
        sys.modules.setdefault("httpx._main", _HTTPX_TOOL)
    import httpx

    return httpx


def _httpx_tool(*args: object, **kwargs: object) -> object:
    """`httpx.main`, loaded when called (`load_httpx`)."""
    if sys.modules.get("httpx._main") is _HTTPX_TOOL:
        del sys.modules["httpx._main"]
    from httpx._main import main

    return main(*args, **kwargs)


_HTTPX_TOOL = ModuleType("httpx._main", "A stand-in for httpx's command-line tool (`load_httpx`).")
_HTTPX_TOOL.main = _httpx_tool  # type: ignore[attr-defined]


@functools.lru_cache(maxsize=4096)
def parsed_url(url: str) -> httpx.URL:
    """`url` as httpx reads it. A request reads its URL three times (is it one? does it
    carry a user? the wire's target): parsed once, as an `httpx.URL` never changes."""
    found: httpx.URL = load_httpx().URL(url)
    return found
