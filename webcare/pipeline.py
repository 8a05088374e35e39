"""Polling and importing: the orchestration, deciding nothing itself.

    for each source:              store.source_state(name)     -> validators, Retry-After, polled?
                                  decide.deferred_until(...)   -> skipped until then
    concurrently, per URL source: HttpFetcher.fetch            -> bytes | not modified
                                  each page parsed once on arrival (kind.parse; in a worker
                                  process when there is a pool), and store.known_ids(its
                                  mention ids): the next page is fetched while a page holds
                                  something new; the fresh mentions analysed there too (or,
                                  without a pool, in a thread beside the event loop)
    as each fetch completes:      decide.decide(...)           -> Plan (pure: brand reply, own
                                                                  post, filtered, new, history)
                                  analysis.analyse(each fresh mention not yet analysed),
                                  learn.apply.adjust (the team's model, if on)
                                  store.save_batch | store.record_failure -> one transaction
                                  (a 304's state waits: Unchanged, 100 to a transaction)
                                  -> SourceResult(new, seen, replies, filtered, problems | error)
    then each local export (import_stream), after the network, 2,000 items at a time:
                                  read (a CSV or JSON lines file split into records here,
                                  parsed in the pool: Workers.parts), decided (Sorter),
                                  analysed, stored (Store.batch: one transaction; sla.settler)

A source that fails becomes a SourceResult with `error`; the others go on. The store
failing (StoreError) stops the poll.
"""

from __future__ import annotations

import asyncio
import os
import stat
import zlib
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import datetime
from typing import BinaryIO
from urllib.parse import urlsplit

from webcare import decide, sla, sources
from webcare.decide import Harvest, Item
from webcare.errors import SourceError, StoreError, WebcareError
from webcare.fetch import HttpFetcher, secret_templates, source_url
from webcare.learn.apply import adjust
from webcare.localfiles import open_file
from webcare.model import Analysis, Mention, SourceResult
from webcare.secrets import redact
from webcare.settings import Settings, SourceSpec
from webcare.sources.base import ParseContext, SourceKind
from webcare.store import Store
from webcare.store.records import FetchState, SourceState
from webcare.unchanged import Unchanged
from webcare.workers import ENOUGH_BYTES, ENOUGH_SOURCES, Workers, analysed

PART = 2000
"""Items of a local export decided, analysed and stored at a time: what is held of it."""
STAGED = 32
"""Sources of a poll parsed but not yet stored, at most (`Stage`): what is held of them."""
DEFLATED_WAIT = 1 << 20
"""The largest answer that waits for the stage deflated (deflating more holds the event loop)."""

ProgressHook = Callable[[SourceResult], None]


def select_sources(settings: Settings, names: Sequence[str]) -> list[SourceSpec]:
    if not names:
        return list(settings.sources)
    return [settings.source(name) for name in names]


def poll(
    settings: Settings,
    store: Store,
    *,
    now: datetime,
    names: Sequence[str] = (),
    on_result: ProgressHook | None = None,
    backfill: bool = False,
) -> list[SourceResult]:
    """Fetch the sources concurrently and store what is new; one result per source.

    `backfill`: everything new in this poll is history, never on the floor. Without it, a
    source's first poll stores mentions older than `[poll] backfill` as history."""
    specs = select_sources(settings, names)
    # A store shared by hosts (PostgreSQL) hands each source to one poll at a time: the
    # sources another poll is fetching now are left to it, and said so.
    with store.claim_sources([spec.name for spec in specs]) as claimed:
        busy = {
            spec.name: SourceResult(spec.name, spec.kind, busy=True)
            for spec in specs
            if spec.name not in claimed
        }
        if on_result is not None:
            for result in busy.values():
                on_result(result)
        mine = [spec for spec in specs if spec.name not in busy]
        done = asyncio.run(_poll(settings, store, mine, now, on_result, backfill))
    results = {**busy, **{result.source: result for result in done}}
    return [results[spec.name] for spec in specs]


async def _poll(
    settings: Settings,
    store: Store,
    specs: list[SourceSpec],
    now: datetime,
    on_result: ProgressHook | None,
    backfill: bool = False,
) -> list[SourceResult]:
    results: dict[str, SourceResult] = {}
    states = {spec.name: store.source_state(spec.name) for spec in specs}
    for spec in specs:
        until = decide.deferred_until(states[spec.name], now)
        if until is not None:
            # Not fetched, so not stored: a partial poll (exit 3), named even with --quiet.
            results[spec.name] = SourceResult(
                spec.name, spec.kind, error=decide.DEFERRED, deferred_until=until
            )
            if on_result is not None:
                on_result(results[spec.name])
    specs_due = [spec for spec in specs if spec.name not in results]
    fetched_specs = [spec for spec in specs_due if spec.path is None]
    fetcher = HttpFetcher(settings.poll) if fetched_specs else None
    workers = Workers.start(
        settings, enough_work=len(fetched_specs) >= ENOUGH_SOURCES, after=ENOUGH_SOURCES
    )

    stage = Stage(STAGED)

    async def fetch_one(spec: SourceSpec) -> tuple[SourceSpec, Harvest | SourceError]:
        validators = states[spec.name].fetch
        try:
            assert fetcher is not None
            harvest = await fetch_pages(
                settings, store, fetcher, workers, spec, now, validators, stage
            )
            return spec, await analysed_ahead(settings, workers, spec, harvest)
        except StoreError:
            raise  # the store failing is not the source failing: the poll stops (exit 4)
        except SourceError as exc:
            return spec, exc
        except WebcareError as exc:  # a missing ${ENV} secret, for instance
            return spec, SourceError(spec.name, str(exc))
        except Exception as exc:  # noqa: BLE001 - whatever a server provokes fails its source only
            reason = redact(f"{type(exc).__name__}: {exc}", secret_templates(spec))
            return spec, SourceError(spec.name, f"unexpected error: {reason}")

    def record(result: SourceResult) -> None:
        results[result.source] = result
        if on_result is not None:
            on_result(result)

    unchanged = Unchanged(store, now)
    try:
        for next_done in asyncio.as_completed([fetch_one(spec) for spec in fetched_specs]):
            spec, outcome = await next_done
            state = states[spec.name]
            record(process(settings, store, spec, outcome, state, now=now, backfill=backfill,
                           unchanged=unchanged))  # fmt: skip
            stage.leave(spec.name)
        unchanged.save()
        # Local exports after the network: reading one holds the event loop (and the
        # store), which would count against the timeouts of requests still on the way.
        for spec in specs_due:
            if spec.path is not None:
                state = states[spec.name]
                record(
                    import_stream(
                        settings, store, spec, state, now=now, workers=workers,
                        validators=state.fetch, backfill=backfill,
                    )  # fmt: skip
                )
    finally:
        workers.close()
        if fetcher is not None:
            await fetcher.aclose()
    return [results[spec.name] for spec in specs]


async def analysed_ahead(
    settings: Settings, workers: Workers, spec: SourceSpec, harvest: Harvest
) -> Harvest:
    """The fresh mentions of `harvest` analysed in the worker pool, or in the thread
    beside the event loop, while other sources are fetched (`Workers.analyse_soon`)."""
    if harvest.not_modified or harvest.failure is not None:
        return harvest
    kind = sources.get(spec.kind)
    fresh = decide.fresh_mentions(settings, spec, harvest, brand_specific=kind.brand_specific)
    pairs = await workers.analyse_soon(spec, fresh)
    return replace(harvest, analyses={mention.id: analysis for mention, analysis in pairs})


class Stage:
    """The sources between their first page's parsing and their store write, at most
    `STAGED` at once: a poll's memory stays bounded however many feeds answer at once (an
    answer waits as bytes, outside its timeout, not as parsed and analysed mentions)."""

    def __init__(self, size: int) -> None:
        self.free = asyncio.Semaphore(size)
        self.held: set[str] = set()

    async def enter(self, source: str) -> None:
        if source not in self.held:
            await self.free.acquire()
            self.held.add(source)

    def full(self) -> bool:
        return self.free.locked()

    def leave(self, source: str) -> None:
        if source in self.held:
            self.held.discard(source)
            self.free.release()


class PageReader:
    """Parses one source's pages as they arrive, each once (in a worker when there is a
    pool), and asks the store which of their mentions it already holds: what the paging
    and the decision both need."""

    def __init__(
        self,
        settings: Settings,
        store: Store,
        workers: Workers,
        spec: SourceSpec,
        now: datetime,
        stage: Stage,
    ) -> None:
        self.kind: SourceKind = sources.get(spec.kind)
        self.stage = stage
        self.ctx = ParseContext(spec=spec, timezone=settings.brand.timezone, seen_at=now)
        self.store = store
        self.workers = workers
        self.items: list[Item] = []
        self.known: set[str] = set()
        self.failure: Exception | None = None
        self.pages = 0

    async def read(self, page: bytes) -> bool:
        """Parse one page; whether it holds a mention the store has not seen (if not, older
        pages won't). A page that cannot be parsed ends the reading: the source fails."""
        if self.failure is not None:
            return False
        await self.stage.enter(self.ctx.spec.name)
        self.pages += 1
        items, failure = await self.workers.parse_soon(self.ctx, page)
        self.items.extend(items)
        if failure is not None:
            self.failure = SourceError(self.ctx.spec.name, failure)
            return False
        ids = [item.id for item in items if isinstance(item, Mention)]
        known = self.store.known_ids(ids) if ids else set()
        self.known |= known
        return decide.page_has_new(ids, known)

    def harvest(self, state: FetchState, notes: Sequence[str] = ()) -> Harvest:
        return Harvest(
            state, tuple(self.items), frozenset(self.known), self.failure, tuple(notes),
            pages=self.pages,
        )  # fmt: skip


async def fetch_pages(
    settings: Settings,
    store: Store,
    fetcher: HttpFetcher,
    workers: Workers,
    spec: SourceSpec,
    now: datetime,
    validators: FetchState | None,
    stage: Stage,
) -> Harvest:
    """The first page conditionally, then the kind's next pages while they hold something
    new, within `[poll] max_pages`; each page parsed as it arrives. A next link to another
    host is never followed: the source's credentials go with every request."""
    budget = fetcher.budget()  # `[poll] timeout` is per source: its pages share it
    first = await fetcher.fetch(spec, validators, budget=budget)
    if first.body is None:
        return Harvest(first.state, not_modified=True)
    reader = PageReader(settings, store, workers, spec, now, stage)
    url = source_url(spec)
    state, page = first.state, first.body
    del first  # `page` is now the body's only holder: it may wait deflated
    if stage.full() and len(page) <= DEFLATED_WAIT:
        # A thousand feeds answer long before the pool has parsed them: each answer
        # waits for the stage deflated, a fifth of its size, not as the whole page.
        deflated = zlib.compress(page, 1)
        del page
        await stage.enter(spec.name)
        page = zlib.decompress(deflated)
        del deflated
    pages = 1
    has_new = await reader.read(page)
    notes: list[str] = []
    read = {url}  # a next link back to a page read (a loop) ends paging, as one to itself
    while True:
        try:
            next_url = reader.kind.next_page(page, url, spec.options)
        except Exception as exc:  # noqa: BLE001 - a page that cannot say what follows ends paging
            notes.append(f"could not read the next-page link of page {pages}: {exc}")
            break
        if not next_url or next_url in read:
            break
        if urlsplit(next_url)[:2] != urlsplit(url)[:2]:
            # Named by host only: next links often carry the access token in their query.
            notes.append(
                f"page {pages} links to another host "
                f"({urlsplit(next_url).hostname or '?'}); not followed"
            )
            break
        if not has_new:
            break
        if pages >= settings.poll.max_pages:
            notes.append(
                f"stopped after poll.max_pages = {settings.poll.max_pages} pages; "
                "older items wait for a later poll or a higher max_pages"
            )
            break
        try:
            fetched = await fetcher.fetch(spec, None, url=next_url, budget=budget)
        except SourceError as exc:
            notes.append(f"page {pages + 1} failed ({exc.reason}); kept {pages} page(s)")
            break
        if not fetched.body:
            break
        page = fetched.body
        pages += 1
        has_new = await reader.read(page)
        url = next_url
        read.add(url)
    return reader.harvest(state, notes)


def import_file(
    settings: Settings, store: Store, spec: SourceSpec, *, now: datetime
) -> SourceResult:
    """A one-off import of an export file through the same steps as a poll."""
    with store.claim_sources([spec.name]) as claimed:
        if spec.name not in claimed:
            return SourceResult(spec.name, spec.kind, busy=True)
        return _import_file(settings, store, spec, now=now)


def _import_file(
    settings: Settings, store: Store, spec: SourceSpec, *, now: datetime
) -> SourceResult:
    state = store.source_state(spec.name)
    with Workers.start(settings, enough_work=_large(spec)) as workers:
        return import_stream(
            settings, store, spec, state, now=now, workers=workers, kind_hint="--kind"
        )


def _large(spec: SourceSpec) -> bool:
    """Whether a local export is worth a worker pool: large, or of unknown size (a pipe)."""
    assert spec.path is not None
    try:
        info = os.stat(spec.path)
    except OSError:
        return False  # reading it fails, and says why
    return not stat.S_ISREG(info.st_mode) or info.st_size >= ENOUGH_BYTES


def import_stream(
    settings: Settings,
    store: Store,
    spec: SourceSpec,
    state: SourceState,
    *,
    now: datetime,
    workers: Workers,
    validators: FetchState | None = None,
    backfill: bool = False,
    kind_hint: str = "the source's kind",
) -> SourceResult:
    """A local export decided, analysed and stored `PART` items at a time (`decide.Sorter`,
    `Store.batch`), never held whole, with the outcome `process` would give the whole of
    it: one transaction, nothing of it kept when the reading fails part way. `validators`:
    the size and time of the file when last read, to skip it when unchanged (a poll)."""
    outcome: Harvest | SourceError
    try:
        with open_file(spec, validators, max_bytes=settings.import_.max_bytes) as opened:
            if opened.stream is None:
                outcome = Harvest(opened.state, not_modified=True)
            else:
                return _stored_stream(
                    settings, store, spec, state, opened.stream, opened.state,
                    now=now, workers=workers, backfill=backfill, kind_hint=kind_hint,
                )  # fmt: skip
    except SourceError as exc:
        outcome = exc
    return process(settings, store, spec, outcome, state, now=now, kind_hint=kind_hint)


def _stored_stream(
    settings: Settings,
    store: Store,
    spec: SourceSpec,
    state: SourceState,
    stream: BinaryIO,
    fetched: FetchState,
    *,
    now: datetime,
    workers: Workers,
    backfill: bool,
    kind_hint: str,
) -> SourceResult:
    kind = sources.get(spec.kind)
    sorter = decide.Sorter(settings, spec, brand_specific=kind.brand_specific)
    ctx = ParseContext(spec=spec, timezone=settings.brand.timezone, seen_at=now)
    history_before, undated_is_history = sorter.history(state, now, backfill=backfill)
    failures: list[Exception] = []
    with store.batch(
        spec.name, polled_at=now, history_before=history_before,
        undated_is_history=undated_is_history, settle=sla.settler(settings.sla),
        id_space=spec.ids,
    ) as batch:  # fmt: skip
        analysing: Callable[[], list[tuple[Mention, Analysis]]] | None = None
        for part in workers.parts(kind, stream, ctx, PART, failures):
            candidates = sorter.candidates(part)
            known = store.known_ids([m.id for m in candidates]) if candidates else set()
            # Part n is analysed (in the pool) while part n-1 is stored.
            following = workers.analyse(spec, sorter.fresh(candidates, known))
            if analysing is not None:
                batch.add(judged(settings, analysing()))
            analysing = following
            if failures:
                break
        plan = sorter.plan(
            fetched, state, now=now, backfill=backfill, kind_hint=kind_hint,
            failure=failures[0] if failures else None,
        )  # fmt: skip
        if plan.error is None:
            if analysing is not None:
                batch.add(judged(settings, analysing()))
            return plan.result(batch.finish(plan.replies, plan.state))
    # The batch ended unfinished: nothing of the source is kept.
    assert plan.error is not None
    store.record_failure(spec.name, now, plan.error, retry_at=plan.retry_at)
    return plan.result(None)


def judged(
    settings: Settings, pairs: list[tuple[Mention, Analysis]]
) -> list[tuple[Mention, Analysis]]:
    """The rules' analyses with the team's learned model applied (`webcare learn`), in
    this process: a worker's analysis is the rules' alone."""
    if settings.learned is None:
        return pairs
    return [(m, adjust(a, m.text, m.rating, settings.learned)) for m, a in pairs]


def process(
    settings: Settings,
    store: Store,
    spec: SourceSpec,
    outcome: Harvest | SourceError,
    state: SourceState,
    *,
    now: datetime,
    backfill: bool = False,
    kind_hint: str = "the source's kind",
    unchanged: Unchanged | None = None,
) -> SourceResult:
    """Decide what to do with one fetched source (`decide.decide`, pure), analyse what is
    new (unless a worker did, `Harvest.analyses`), and store it in one write (one of
    `unchanged`'s, when given, if nothing changed). Never raises for source data."""
    plan = decide.decide(
        settings,
        spec,
        outcome,
        state,
        now=now,
        brand_specific=sources.get(spec.kind).brand_specific,
        backfill=backfill,
        kind_hint=kind_hint,
    )
    if plan.error is not None:
        store.record_failure(spec.name, now, plan.error, retry_at=plan.retry_at)
        return plan.result(None)
    if unchanged is not None and plan.not_modified and not (plan.fresh or plan.replies):
        unchanged.add(spec.name, plan.state)
        return plan.result(None)
    ready = outcome.analyses if isinstance(outcome, Harvest) else {}
    todo = [mention for mention in plan.fresh if mention.id not in ready]
    done = dict(ready)
    done.update((m.id, a) for m, a in analysed(settings, spec.value, todo))
    done = {m.id: a for m, a in judged(settings, [(m, done[m.id]) for m in plan.fresh])}
    batch = store.save_batch(
        spec.name,
        [(mention, done[mention.id]) for mention in plan.fresh],
        plan.replies,
        polled_at=now,
        state=plan.state,
        history_before=plan.history_before,
        undated_is_history=plan.undated_is_history,
        settle=sla.settler(settings.sla),
        id_space=spec.ids,
    )
    return plan.result(batch)
