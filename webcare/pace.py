"""How many requests one host gets at once: a limit that grows while the host keeps up
and halves when it says it cannot. Pure (no clock, no I/O): the fetcher reports each
answer's status and how long its headers took, and reads `limit`.

    a host webcare meets          START requests at once (or `[poll] per_host`, if lower)
    an answer within 2x the       one more, up to the ceiling (`[poll] per_host`): the limit
      host's best time (or 0.25 s   doubles with every round of fast answers (slow start)
      of it), 2xx/3xx/304
    a slower answer, a 4xx,       nothing: the limit holds
      a 500
    429, 502, 503, 504, or a      halved (at least 1), once per round: the answers to
      request that timed out        requests sent before the cut say nothing new; growth is
                                    one more per `limit` fast answers from then on, and
                                    never past the limit it was cut from (in this poll)

So a host that answers fast (a CDN, an aggregator serving a thousand feeds) soon gets
the ceiling, a host that slows down under load is held where it was still fast, and a
host that answers 429 or 503 from the start never gets more than START. A pace lives for
one poll: the next poll starts afresh, so one bad minute is not held against a host.
"""

from __future__ import annotations

from dataclasses import dataclass

START = 4
"""Requests in flight to a host before it has shown how fast it answers."""
FAST_FACTOR = 2.0
FAST_SLACK = 0.25
"""Seconds: an answer this close to the host's best is fast, however small the best is
(loopback answers in a millisecond, and the poll's own work adds some)."""
STRAIN = frozenset({429, 502, 503, 504})
"""Statuses that say the host (or the proxy before it) is overloaded."""


@dataclass(slots=True)
class HostPace:
    """One host's limit on requests in flight; see the module docstring."""

    ceiling: int
    limit: int = 0
    best: float | None = None
    """The fastest answer (seconds to its headers) seen from this host."""
    round: int = 0
    """Counts cuts: a request sent before the latest cut (`round` when it was sent is
    lower) cannot cut again."""
    high: int = 0
    """The lowest limit a cut was made from (0: never cut): it grows back to this at
    most, and by one per `limit` fast answers, not one per answer."""
    credit: int = 0

    def __post_init__(self) -> None:
        if self.limit <= 0:
            self.limit = min(START, self.ceiling)

    def answered(self, status: int, seconds: float, sent_in: int) -> None:
        """A request sent in round `sent_in` got its answer's headers after `seconds`."""
        if status in STRAIN:
            self.strained(sent_in)
        elif status < 400:
            self._fast_or_slow(seconds)

    def strained(self, sent_in: int) -> None:
        """A request sent in round `sent_in` was refused for load or timed out."""
        if sent_in < self.round:
            return
        self.round += 1
        self.high = min(self.high or self.limit, self.limit)
        self.limit = max(1, self.limit // 2)
        self.credit = 0

    def _fast_or_slow(self, seconds: float) -> None:
        if self.best is None or seconds < self.best:
            self.best = seconds
        if seconds > max(FAST_FACTOR * self.best, self.best + FAST_SLACK):
            return
        if self.limit >= (self.high or self.ceiling):
            return
        if not self.high:
            self.limit += 1
            return
        self.credit += 1
        if self.credit >= self.limit:
            self.limit += 1
            self.credit = 0
