"""Polling and importing: the orchestration, deciding nothing itself.

    for each source:              store.source_state(name)     -> validators, Retry-After, polled?
                                  decide.deferred_until(...)   -> skipped until then
    concurrently, per source:     read_file / HttpFetcher.fetch -> bytes | not modified
                                  each page parsed once on arrival (kind.parse), and
                                  store.known_ids(its mention ids): the kind's next page
                                  is fetched while a page holds something new
    as each fetch completes:      decide.decide(...)           -> Plan (pure: brand reply, own
                                                                  post, filtered, new, history)
                                  analysis.analyse(each fresh mention)
                                  store.save_batch | store.record_failure -> one transaction
                                  -> SourceResult(new, seen, replies, filtered, problems | error)

A source that fails becomes a SourceResult with `error`; the others go on. The store
failing (StoreError) stops the poll.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence
from datetime import datetime
from urllib.parse import urlsplit

from webcare import decide, sources
from webcare.analysis import analyse
from webcare.decide import Harvest, Item
from webcare.errors import SourceError, StoreError, WebcareError
from webcare.fetch import Fetched, HttpFetcher, read_file, secret_templates, source_url
from webcare.model import Mention, SourceResult
from webcare.secrets import redact
from webcare.settings import Settings, SourceSpec
from webcare.sources.base import ParseContext, SourceKind
from webcare.store import FetchState, SourceState, Store

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
    fetcher = HttpFetcher(settings.poll) if any(spec.url for spec in specs_due) else None

    async def fetch_one(spec: SourceSpec) -> tuple[SourceSpec, Harvest | SourceError]:
        validators = states[spec.name].fetch
        try:
            if spec.path is not None:
                fetched = read_file(spec, validators, max_bytes=settings.poll.max_bytes)
                return spec, harvest_file(settings, store, spec, fetched, now)
            assert fetcher is not None
            return spec, await fetch_pages(settings, store, fetcher, spec, now, validators)
        except StoreError:
            raise  # the store failing is not the source failing: the poll stops (exit 4)
        except SourceError as exc:
            return spec, exc
        except WebcareError as exc:  # a missing ${ENV} secret, for instance
            return spec, SourceError(spec.name, str(exc))
        except Exception as exc:  # noqa: BLE001 - whatever a server provokes fails its source only
            reason = redact(f"{type(exc).__name__}: {exc}", secret_templates(spec))
            return spec, SourceError(spec.name, f"unexpected error: {reason}")

    try:
        for next_done in asyncio.as_completed([fetch_one(spec) for spec in specs_due]):
            spec, outcome = await next_done
            result = process(
                settings, store, spec, outcome, states[spec.name], now=now, backfill=backfill
            )
            results[spec.name] = result
            if on_result is not None:
                on_result(result)
    finally:
        if fetcher is not None:
            await fetcher.aclose()
    return [results[spec.name] for spec in specs]


class PageReader:
    """Parses one source's pages as they arrive, each once, and asks the store which of
    their mentions it already holds: what the paging and the decision both need."""

    def __init__(self, settings: Settings, store: Store, spec: SourceSpec, now: datetime) -> None:
        self.kind: SourceKind = sources.get(spec.kind)
        self.ctx = ParseContext(spec=spec, timezone=settings.brand.timezone, seen_at=now)
        self.store = store
        self.items: list[Item] = []
        self.known: set[str] = set()
        self.failure: Exception | None = None

    def read(self, page: bytes) -> bool:
        """Parse one page; whether it holds a mention the store has not seen (if not, older
        pages won't). A page that cannot be parsed ends the reading: the source fails."""
        if self.failure is not None:
            return False
        start = len(self.items)
        try:
            for item in self.kind.parse(page, self.ctx):
                self.items.append(item)
        except Exception as exc:  # noqa: BLE001 - one broken source must never stop the others
            self.failure = exc
            return False
        ids = [item.id for item in self.items[start:] if isinstance(item, Mention)]
        known = self.store.known_ids(ids) if ids else set()
        self.known |= known
        return decide.page_has_new(ids, known)

    def harvest(self, state: FetchState, notes: Sequence[str] = ()) -> Harvest:
        return Harvest(state, tuple(self.items), frozenset(self.known), self.failure, tuple(notes))


def harvest_file(
    settings: Settings, store: Store, spec: SourceSpec, fetched: Fetched, now: datetime
) -> Harvest:
    """A one-page fetch (an export file), parsed."""
    if fetched.body is None:
        return Harvest(fetched.state, not_modified=True)
    reader = PageReader(settings, store, spec, now)
    reader.read(fetched.body)
    return reader.harvest(fetched.state)


async def fetch_pages(
    settings: Settings,
    store: Store,
    fetcher: HttpFetcher,
    spec: SourceSpec,
    now: datetime,
    validators: FetchState | None,
) -> Harvest:
    """The first page conditionally, then the kind's next pages while they hold something
    new, within `[poll] max_pages`; each page parsed as it arrives. A next link to another
    host is never followed: the source's credentials go with every request."""
    budget = fetcher.budget()  # `[poll] timeout` is per source: its pages share it
    first = await fetcher.fetch(spec, validators, budget=budget)
    if first.body is None:
        return Harvest(first.state, not_modified=True)
    reader = PageReader(settings, store, spec, now)
    url = source_url(spec)
    page = first.body
    pages = 1
    has_new = reader.read(page)
    notes: list[str] = []
    while True:
        try:
            next_url = reader.kind.next_page(page, url, spec.options)
        except Exception as exc:  # noqa: BLE001 - a page that cannot say what follows ends paging
            notes.append(f"could not read the next-page link of page {pages}: {exc}")
            break
        if not next_url or next_url == url:
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
        has_new = reader.read(page)
        url = next_url
    return reader.harvest(first.state, notes)


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
    outcome: Harvest | SourceError
    try:
        fetched = read_file(spec, None, max_bytes=settings.poll.max_bytes)
        outcome = harvest_file(settings, store, spec, fetched, now)
    except SourceError as exc:
        outcome = exc
    return process(settings, store, spec, outcome, state, now=now, kind_hint="--kind")


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
) -> SourceResult:
    """Decide what to do with one fetched source (`decide.decide`, pure), analyse what is
    new, and store it in one write. Never raises for source data."""
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
    fresh = [
        (mention, analyse(mention.text, settings, rating=mention.rating, source_value=spec.value))
        for mention in plan.fresh
    ]
    batch = store.save_batch(
        spec.name,
        fresh,
        plan.replies,
        polled_at=now,
        state=plan.state,
        history_before=plan.history_before,
        undated_is_history=plan.undated_is_history,
    )
    return plan.result(batch)
