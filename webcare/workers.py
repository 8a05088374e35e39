"""Parsing and analysis, in the poll's own process or in a pool of worker processes.

A first poll of a thousand feeds, or an import of a large export, is mostly parsing and
analysis: CPU work that one process does one core at a time while the network waits.
`Workers.start` decides whether a pool is worth starting (`[poll] workers`: "auto" uses
the cores this process may use, when there is enough work for more than one), and the
same calls serve both ways:

    parse(kind, ctx, page)  -> the page's items, and what stopped the reading (or None)
    parts(kind, stream, ctx, size, failures) -> a local export's items, a part at a time
                               (in a pool, this process only splits a CSV or JSON lines
                               file into records and the workers parse them)
    analyse(settings, spec, mentions) -> a callable giving (mention, analysis) pairs, in order

In a pool, `analyse` returns at once and the analysis runs while the caller reads on;
calling the result waits for it. Workers are forked before any page is read, so they
share the loaded code and start small. What the workers compute is exactly what the
poll's own process would: the same functions, on pickled copies.

A poll without a pool (`workers = 1`, "auto" on one core or for little work) still
keeps that CPU work off its event loop: `parse_soon` and `analyse_soon` run it in one
thread beside the loop, which then gets the interpreter back every few milliseconds to
read answers, so a source's timeout measures the network and not other sources' parsing
and analysis. (A pool that may still start forks with no such thread running.)
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from concurrent.futures import Executor, Future, ProcessPoolExecutor, ThreadPoolExecutor
from typing import TYPE_CHECKING, BinaryIO, TypeVar

if TYPE_CHECKING:
    from webcare.decide import Item
    from webcare.model import Analysis, Mention, Problem
    from webcare.settings import Settings, SourceSpec
    from webcare.sources.base import ParseContext, SourceKind
    from webcare.sources.reading import Record

Pairs = list[tuple["Mention", "Analysis"]]

PART = 250
"""Mentions one worker analyses per task: enough to make the round trip cheap."""
ENOUGH_SOURCES = 16
"""A poll of fewer sources than this parses little: no pool ("auto")."""
ENOUGH_BYTES = 2 << 20
"""An export smaller than this is read in less time than a pool takes to start ("auto")."""
WARM_UP = "Waarom is mijn pakket nog steeds niet bezorgd? @support you never answer, thanks!"
"""A text analysed before the workers fork, so that they start warm (`_start_pool`)."""
AHEAD = 3
"""Parts of a local export handed to the pool to parse before the first comes back: the
workers keep busy while this process stores, and no more of the file is held."""


def cores() -> int:
    """The cores this process may run on (its CPU affinity, where the system tells it)."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def pool_size(configured: int | None, *, enough_work: bool) -> int:
    """Worker processes to start: `configured` (`[poll] workers`; None is "auto": one per
    core, and only with `enough_work` on more than one core); 0 or 1 starts none.

    "auto" does not ask how busy the machine is. The OS shares the cores: where Linux
    groups a session's processes (autogroup, the default on most distributions), a pool
    takes no more of a busy machine than one process would, and a load average (the last
    minute) still counts programs that have just ended (the peers of the shared bench).
    When it asked (no pool from a load of twice the cores), the first poll of 1,000 feeds
    ran in one process whenever the load on this 2-core machine reached 4, and peaked at
    154-159 MB RSS against 104-125 MB for the pool's largest process (the poll's goal is
    150 MB). What the pool costs there: at a load of 4 to 8, three runs each, one process
    took 36-70 s and 30-36 s of CPU, the pool 48-71 s and 31-37 s: no wall time won on a
    busy machine, some CPU spent, for the memory. On a quiet one the pool wins the wall
    time (the first poll of 1,000 feeds 18.9 s with two workers at a load of 0.5)."""
    if configured is not None:
        return configured if configured > 1 else 0
    available = cores()
    return available if enough_work and available > 1 else 0


class Workers:
    """Parsing and analysis, inline or in a process pool (see the module docstring)."""

    def __init__(self, settings: Settings, size: int = 0, *, after: int = 0) -> None:
        self.settings = settings
        self.size = size
        """Worker processes to start (0: none, all inline)."""
        self.after = after
        """Pages to parse inline before the pool starts: a poll that turns out to be all
        304s (or a handful of feeds) never starts it."""
        self.pool: Executor | None = None
        self.beside: Executor | None = None
        """The thread beside a poll's event loop (started on first use, when no pool
        ever will be)."""
        if size > 1 and after <= 0:
            self._start_pool()

    @classmethod
    def start(cls, settings: Settings, *, enough_work: bool, after: int = 0) -> Workers:
        """Workers for one poll or import: a pool of `pool_size` processes, started at
        once or, for "auto", once `after` pages came in (`offload`)."""
        configured = settings.poll.workers
        if configured is not None:  # a number: that many, from the first page
            after = 0
        return cls(settings, pool_size(configured, enough_work=enough_work), after=after)

    def offload(self) -> bool:
        """Whether the page that just came in goes to the pool (starting it when enough
        pages came in)."""
        if self.pool is None and self.size > 1:
            self.after -= 1
            if self.after <= 0:
                self._start_pool()
        return self.pool is not None

    def _start_pool(self) -> None:
        import multiprocessing

        from webcare.analysis import analyse, language

        # Once, in this process, and the forked workers share its pages: py3langid's tables
        # (~0.65 s of CPU) and the patterns the analysers compile at their first text
        # (~0.5 s), which each worker paid again at its first task. A poll of "auto" has
        # analysed its first sources here already: then this costs next to nothing.
        language.load()
        analyse(WARM_UP, self.settings)
        self.pool = ProcessPoolExecutor(
            self.size,
            mp_context=multiprocessing.get_context("fork"),
            initializer=_remember,
            initargs=(self.settings,),
        )
        self.pool.submit(int)  # forks every worker now, not one at a time later

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
        if self.beside is not None:
            self.beside.shutdown(wait=True, cancel_futures=True)

    def _beside(self) -> Executor | None:
        """The thread for CPU work off the event loop, when no pool will start."""
        if self.size > 1:
            return None  # a pool may still fork: no thread may be running then
        if self.beside is None:
            self.beside = ThreadPoolExecutor(1, thread_name_prefix="webcare-cpu")
        return self.beside

    async def parse_soon(self, ctx: ParseContext, page: bytes) -> Parsed:
        """`parse` for a poll's event loop: in the pool when `offload` says so, else in
        the thread beside the loop, else (a pool still to start) inline."""
        import asyncio

        if self.offload():
            return await asyncio.wrap_future(self.parse_later(ctx, page))
        beside = self._beside()
        if beside is None:
            return parse(ctx, page)
        return await asyncio.wrap_future(beside.submit(parse, ctx, page))

    def __enter__(self) -> Workers:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def parse_later(self, ctx: ParseContext, page: bytes) -> Future[Parsed]:
        """`parse` in the pool (the caller awaits the future); only when `offload`."""
        assert self.pool is not None
        return self.pool.submit(parse, ctx, page)

    def parts(
        self,
        kind: SourceKind,
        stream: BinaryIO,
        ctx: ParseContext,
        size: int,
        failures: list[Exception],
    ) -> Iterator[list[Item]]:
        """A local export's items, `size` at a time and in order; what stops the reading
        goes in `failures`, and the items read before it come out as the last part.

        With a pool, and a kind that splits its file into records (`SourceKind.records`),
        this process only splits the file, `size` records a part, and the workers parse
        the parts, `AHEAD` of them at a time; otherwise the kind reads it here."""
        from webcare.errors import SourceError

        if self.pool is None:
            yield from _parts(kind.parse_stream(stream, ctx), size, failures)
            return
        split: list[Exception] = []
        try:
            records = kind.records(stream, ctx)
        except Exception as exc:  # noqa: BLE001 - one broken source must never stop the others
            records, split = None, [exc]
        if records is None:
            if not split:
                yield from _parts(kind.parse_stream(stream, ctx), size, failures)
            failures.extend(split)
            return
        pending: deque[Future[Parsed]] = deque()

        def parsed(keep: int) -> Generator[list[Item], None, bool]:
            """The parts parsed, oldest first, until `keep` are left; whether one failed."""
            while len(pending) > keep:
                items, failure = pending.popleft().result()
                yield items
                if failure is not None:  # the items of the parts after it do not count
                    for later in pending:
                        later.cancel()
                    failures.append(SourceError(ctx.spec.name, failure))
                    return True
            return False

        for rows in _parts(records.rows, size, split):
            pending.append(self.pool.submit(parse_records, ctx, records.header, rows))
            if (yield from parsed(AHEAD - 1)):
                return
        if not (yield from parsed(0)):
            failures.extend(split)  # what stopped the split, after every part before it

    def analyse(self, spec: SourceSpec, mentions: Sequence[Mention]) -> Callable[[], Pairs]:
        """The mentions with their analyses, in order: computed now without a pool, else
        in the pool while the caller goes on (calling the result waits for it)."""
        if self.pool is None or not mentions:
            pairs = analysed(self.settings, spec.value, mentions)
            return lambda: pairs
        parts = [mentions[start : start + PART] for start in range(0, len(mentions), PART)]
        futures = [self.pool.submit(_analyse_part, spec.value, _texts(part)) for part in parts]

        def collect() -> Pairs:
            return [
                (mention, analysis)
                for part, future in zip(parts, futures, strict=True)
                for mention, analysis in zip(part, future.result(), strict=True)
            ]

        return collect

    async def analyse_soon(self, spec: SourceSpec, mentions: Sequence[Mention]) -> Pairs:
        """`analyse` for a poll's event loop: awaits the pool, or the thread beside the
        loop, instead of blocking it."""
        import asyncio

        if not mentions:
            return []
        if self.pool is None:
            beside = self._beside()
            if beside is None:
                return self.analyse(spec, mentions)()
            work = beside.submit(analysed, self.settings, spec.value, mentions)
            return await asyncio.wrap_future(work)

        parts = [mentions[start : start + PART] for start in range(0, len(mentions), PART)]
        results = await asyncio.gather(
            *(
                asyncio.wrap_future(self.pool.submit(_analyse_part, spec.value, _texts(p)))
                for p in parts
            )
        )
        return [
            pair
            for part, analyses in zip(parts, results, strict=True)
            for pair in zip(part, analyses, strict=True)
        ]


Parsed = tuple[list["Item"], str | None]


def parse(ctx: ParseContext, page: bytes) -> Parsed:
    """A page's items as the kind reads them, and why the reading stopped (the failure of
    the source, as `decide.parse_error` words it): a page that cannot be parsed fails its
    source, the items before it still count, as they did. A reason and not the exception:
    an exception crosses back from a worker only if it can be rebuilt from its args."""
    from webcare import sources
    from webcare.decide import parse_error

    items: list[Item] = []
    try:
        items.extend(sources.get(ctx.spec.kind).parse(page, ctx))
    except Exception as exc:  # noqa: BLE001 - one broken source must never stop the others
        return items, parse_error(exc)
    return items, None


def parse_records(
    ctx: ParseContext, header: Sequence[str], rows: Iterable[Record | Problem]
) -> Parsed:
    """Some records of a local export parsed by its kind (`SourceKind.parse_records`),
    and why the reading stopped, as `parse` gives them."""
    from webcare import sources
    from webcare.decide import parse_error

    items: list[Item] = []
    try:
        items.extend(sources.get(ctx.spec.kind).parse_records(header, rows, ctx))
    except Exception as exc:  # noqa: BLE001 - one broken source must never stop the others
        return items, parse_error(exc)
    return items, None


_Part = TypeVar("_Part")


def _parts(items: Iterable[_Part], size: int, failures: list[Exception]) -> Iterator[list[_Part]]:
    """`items` `size` at a time; what stops the reading goes in `failures`, and the items
    read before it come out as the last part."""
    part: list[_Part] = []
    try:
        for item in items:
            part.append(item)
            if len(part) >= size:
                yield part
                part = []
    except Exception as exc:  # noqa: BLE001 - one broken source must never stop the others
        failures.append(exc)
    if part or failures:
        yield part


def analysed(settings: Settings, value: str | None, mentions: Sequence[Mention]) -> Pairs:
    if not mentions:
        return []  # a poll with nothing new never loads the analysis (its rules' regexes)
    from webcare.analysis import analyse

    return [
        (m, analyse(m.text, settings, rating=m.rating, source_value=value, year=m.created_at.year))
        for m in mentions
    ]


_settings: list[Settings] = []
"""In a worker: the settings it was started with (`_remember`)."""


def _remember(settings: Settings) -> None:
    _settings[:] = [settings]


def _texts(mentions: Sequence[Mention]) -> list[tuple[str, int | None, int]]:
    """What analysis reads of each mention (its text, rating and year): all that goes to a
    worker."""
    return [(m.text, m.rating, m.created_at.year) for m in mentions]


def _analyse_part(
    value: str | None, texts: Sequence[tuple[str, int | None, int]]
) -> list[Analysis]:
    from webcare.analysis import analyse

    settings = _settings[0]
    return [
        analyse(text, settings, rating=rating, source_value=value, year=year)
        for text, rating, year in texts
    ]
