"""Polling and importing: the orchestration, deciding nothing itself.

    for each source:              store.source_state(name)     -> validators, Retry-After, polled?
                                  decide.deferred_until(...)   -> skipped until then
    concurrently, per source:     read_file / HttpFetcher.fetch -> bytes | not modified
                                  (and the kind's next pages while they hold new items)
    as each fetch completes:      kind.parse(each page), store.known_ids(the mention ids)
                                  decide.decide(...)           -> Plan (pure: brand reply, own
                                                                  post, filtered, new, history)
                                  analysis.analyse(each fresh mention)
                                  store.save_batch | store.record_failure -> one transaction
                                  -> SourceResult(new, seen, replies, filtered, problems | error)

A source that fails becomes a SourceResult with `error`; the others go on.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence
from datetime import datetime
from urllib.parse import urlsplit

from webcare import decide, sources
from webcare.analysis import analyse
from webcare.decide import Harvest, Item
from webcare.decide import row_skipped as row_skipped  # the CLI's name for it
from webcare.errors import SourceError, WebcareError
from webcare.fetch import Fetched, HttpFetcher, read_file
from webcare.model import Mention, SourceResult
from webcare.secrets import expand_env
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
    return asyncio.run(_poll(settings, store, specs, now, on_result, backfill))


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
            results[spec.name] = SourceResult(spec.name, spec.kind, deferred_until=until)
            if on_result is not None:
                on_result(results[spec.name])
    specs_due = [spec for spec in specs if spec.name not in results]
    fetcher = HttpFetcher(settings.poll) if any(spec.url for spec in specs_due) else None

    async def fetch_one(spec: SourceSpec) -> tuple[SourceSpec, Fetched | SourceError]:
        try:
            if spec.path is not None:
                return spec, read_file(spec, states[spec.name].fetch, max_bytes=max_bytes)
            assert fetcher is not None
            return spec, await fetch_pages(
                settings, store, fetcher, spec, now, states[spec.name].fetch
            )
        except SourceError as exc:
            return spec, exc
        except WebcareError as exc:  # a missing ${ENV} secret, for instance
            return spec, SourceError(spec.name, str(exc))

    max_bytes = settings.poll.max_bytes
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


async def fetch_pages(
    settings: Settings,
    store: Store,
    fetcher: HttpFetcher,
    spec: SourceSpec,
    now: datetime,
    validators: FetchState | None,
) -> Fetched:
    """The first page conditionally, then the kind's next pages while they hold something
    new, within `[poll] max_pages`. A next link to another host is never followed: the
    source's credentials go with every request."""
    first = await fetcher.fetch(spec, validators)
    if first.body is None:
        return first
    kind = sources.get(spec.kind)
    ctx = ParseContext(spec=spec, timezone=settings.brand.timezone, seen_at=now)
    assert spec.url is not None
    url = expand_env(spec.url, key=f"sources.{spec.name}.url")
    pages = [first.body]
    notes: list[str] = []
    while True:
        try:
            next_url = kind.next_page_with(pages[-1], url, spec.options)
        except Exception as exc:  # noqa: BLE001 - a page that cannot say what follows ends paging
            notes.append(f"could not read the next-page link of page {len(pages)}: {exc}")
            break
        if not next_url or next_url == url:
            break
        if urlsplit(next_url)[:2] != urlsplit(url)[:2]:
            # Named by host only: next links often carry the access token in their query.
            notes.append(
                f"page {len(pages)} links to another host "
                f"({urlsplit(next_url).hostname or '?'}); not followed"
            )
            break
        if not _has_new_mentions(kind, pages[-1], ctx, store):
            break
        if len(pages) >= settings.poll.max_pages:
            notes.append(
                f"stopped after poll.max_pages = {settings.poll.max_pages} pages; "
                "older items wait for a later poll or a higher max_pages"
            )
            break
        try:
            page = await fetcher.fetch(spec, None, url=next_url)
        except SourceError as exc:
            notes.append(f"page {len(pages) + 1} failed ({exc.reason}); kept {len(pages)} page(s)")
            break
        if not page.body:
            break
        pages.append(page.body)
        url = next_url
    return Fetched(first.body, first.state, more_pages=tuple(pages[1:]), notes=tuple(notes))


def _has_new_mentions(kind: SourceKind, page: bytes, ctx: ParseContext, store: Store) -> bool:
    """Whether a page holds a mention the store has not seen: if not, older pages won't."""
    try:
        ids = [item.id for item in kind.parse(page, ctx) if isinstance(item, Mention)]
    except Exception:  # noqa: BLE001 - the parse proper reports it; paging just stops
        return False
    return bool(ids) and len(store.known_ids(ids)) < len(ids)


def import_file(
    settings: Settings, store: Store, spec: SourceSpec, *, now: datetime
) -> SourceResult:
    """A one-off import of an export file through the same steps as a poll."""
    state = store.source_state(spec.name)
    try:
        outcome: Fetched | SourceError = read_file(spec, None, max_bytes=settings.poll.max_bytes)
    except SourceError as exc:
        outcome = exc
    return process(settings, store, spec, outcome, state, now=now, kind_hint="--kind")


def process(
    settings: Settings,
    store: Store,
    spec: SourceSpec,
    outcome: Fetched | SourceError,
    state: SourceState,
    *,
    now: datetime,
    backfill: bool = False,
    kind_hint: str = "the source's kind",
) -> SourceResult:
    """Parse one fetched source, decide what to do with it (`decide.decide`, pure), analyse
    what is new, and store it in one write. Never raises for source data."""
    harvest = (
        outcome
        if isinstance(outcome, SourceError)
        else _harvest(settings, store, spec, outcome, now)
    )
    plan = decide.decide(
        settings,
        spec,
        harvest,
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


def _harvest(
    settings: Settings, store: Store, spec: SourceSpec, fetched: Fetched, now: datetime
) -> Harvest:
    """Parse the fetched pages and ask the store which of their mentions it holds."""
    if fetched.body is None:
        return Harvest(fetched.state, not_modified=True)
    kind = sources.get(spec.kind)
    ctx = ParseContext(spec=spec, timezone=settings.brand.timezone, seen_at=now)
    items: list[Item] = []
    failure: Exception | None = None
    try:
        for item in (item for page in fetched.pages for item in kind.parse(page, ctx)):
            items.append(item)  # noqa: PERF402 - keeps what was read before a failure
    except Exception as exc:  # noqa: BLE001 - one broken source must never stop the others
        failure = exc
    ids = [item.id for item in items if isinstance(item, Mention)]
    known = store.known_ids(ids) if ids and failure is None else set()
    return Harvest(fetched.state, tuple(items), frozenset(known), failure, fetched.notes)
