"""Whose turn it is: a request waits for its host (`HostLane`: at most `pace.HostPace.limit`
in flight to one host) and then for a connection of one of the poll's small connection
pools (`ClientSlots` over `wire.Wire`: `[poll] concurrency` in all). The host's turn comes first, so requests to a
busy host never hold connections that requests to other hosts could use. Both hand out
turns first come, first served, and a turn that was handed to a task cancelled meanwhile
is passed on, not lost.
"""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from webcare.pace import HostPace


class HostLane:
    """Requests in flight to one host, at most `pace.limit`, which may change meanwhile."""

    def __init__(self, ceiling: int) -> None:
        self.pace = HostPace(ceiling)
        self.busy = 0
        self.most = 0
        """The most requests that were in flight to this host at once."""
        self._waiting: deque[asyncio.Future[None]] = deque()

    async def acquire(self) -> int:
        """Wait for a turn; returns the pace's round it starts in (for `answered`)."""
        if self.busy < self.pace.limit and not self._waiting:
            self._take()
            return self.pace.round
        waiter: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._waiting.append(waiter)
        try:
            await waiter
        except asyncio.CancelledError:
            if waiter.done() and not waiter.cancelled():
                self.release()  # handed a turn just as it was cancelled: pass it on
            elif waiter in self._waiting:
                self._waiting.remove(waiter)
            raise
        return self.pace.round

    def release(self) -> None:
        self.busy -= 1
        self._wake()

    def answered(self, status: int, seconds: float, sent_in: int) -> None:
        self.pace.answered(status, seconds, sent_in)
        self._wake()  # the limit may have grown

    def strained(self, sent_in: int) -> None:
        self.pace.strained(sent_in)

    def _take(self) -> None:
        self.busy += 1
        self.most = max(self.most, self.busy)

    def _wake(self) -> None:
        while self._waiting and self.busy < self.pace.limit:
            waiter = self._waiting.popleft()
            if not waiter.done():
                self._take()
                waiter.set_result(None)


class ClientSlots:
    """`total` connections over clients of `per_client` each (the last may hold fewer).

    A request takes a slot of a client that holds an idle connection to its host when
    there is one (the connection is reused: no new TCP and TLS handshake), else of the
    client with the most free slots. Idle connections are counted per host and client as
    requests give their slots back; a count may overstate what the pool kept (it closes an
    idle connection to make room for another host's), which costs one new connection."""

    def __init__(self, total: int, per_client: int) -> None:
        count = max(1, -(-total // per_client))
        self.free = [per_client] * count
        self.free[-1] = total - per_client * (count - 1)
        self.size = list(self.free)
        self._idle: dict[str, dict[int, int]] = {}
        """Per host: client index -> idle connections to it, the latest released last."""
        self._waiting: deque[tuple[asyncio.Future[int], str]] = deque()

    def __len__(self) -> int:
        return len(self.free)

    async def acquire(self, host: str) -> int:
        """Wait for a free connection; returns the index of the client to use."""
        if not self._waiting:
            index = self._pick(host)
            if index is not None:
                return index
        waiter: asyncio.Future[int] = asyncio.get_running_loop().create_future()
        self._waiting.append((waiter, host))
        try:
            return await waiter
        except asyncio.CancelledError:
            if waiter.done() and not waiter.cancelled():
                self.release(waiter.result(), host)
            else:
                self._waiting = deque(item for item in self._waiting if item[0] is not waiter)
            raise

    def release(self, index: int, host: str) -> None:
        """Give client `index`'s slot back; its connection to `host` is idle now."""
        self.free[index] += 1
        idle = self._idle.setdefault(host, {})
        idle[index] = min(idle.pop(index, 0) + 1, self.size[index])
        while self._waiting:
            waiter, waiting_host = self._waiting[0]
            if waiter.done():
                self._waiting.popleft()
                continue
            chosen = self._pick(waiting_host)
            if chosen is None:
                break
            self._waiting.popleft()
            waiter.set_result(chosen)

    def _pick(self, host: str) -> int | None:
        idle = self._idle.get(host)
        if idle:
            for index in reversed(idle):
                if self.free[index]:
                    self.free[index] -= 1
                    if idle[index] == 1:
                        del idle[index]
                    else:
                        idle[index] -= 1
                    return index
        index = max(range(len(self.free)), key=self.free.__getitem__)
        if not self.free[index]:
            return None
        self.free[index] -= 1
        return index


class Budget:
    """One source's `[poll] timeout`, spent only while one of its requests is on the
    network: waiting for a slot (`per_host`, `concurrency`) or out a short Retry-After is
    not the source being slow. The pages of a paging source share one budget."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.left = seconds

    @asynccontextmanager
    async def spend(self) -> AsyncIterator[None]:
        """Run one request against what is left; TimeoutError when it runs out."""
        loop = asyncio.get_running_loop()
        start = loop.time()
        try:
            async with asyncio.timeout(max(0.0, self.left)):
                yield
        finally:
            self.left -= loop.time() - start
