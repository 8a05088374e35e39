"""Polling and importing: the orchestration, deciding nothing itself.

    for each source, concurrently:        fetch.read_file / HttpFetcher.fetch  -> bytes | not modified
      then, as each fetch completes:      kind.parse(bytes)                    -> Mention | Problem
                                          brand reply?   -> Reply  (marks its mention responded;
                                                            a kind may yield one itself)
                                          own post?      -> skipped
                                          about the brand? (keywords/exclude)  -> else filtered
                                          new to the store? -> analysis.analyse
                                          store.save_batch(...)                -> one transaction
      yield SourceResult(new, seen, replies, filtered, problems | error)

A source that fails becomes a SourceResult with `error`; the others go on.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta

from webcare import sources
from webcare.analysis import analyse
from webcare.brand import BrandMatcher
from webcare.config import Settings, SourceSpec
from webcare.errors import SourceError, WebcareError
from webcare.fetch import Fetched, HttpFetcher, read_file
from webcare.model import Mention, Problem, Reply, SourceResult
from webcare.sources.base import ParseContext
from webcare.store import Store

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
    fetcher = HttpFetcher(settings.poll) if any(spec.url for spec in specs) else None

    async def fetch_one(spec: SourceSpec) -> tuple[SourceSpec, Fetched | SourceError]:
        previous = store.fetch_state(spec.name)
        try:
            if spec.path is not None:
                return spec, read_file(spec, previous, max_bytes=settings.poll.max_bytes)
            assert fetcher is not None
            return spec, await fetcher.fetch(spec, previous)
        except SourceError as exc:
            return spec, exc
        except WebcareError as exc:  # a missing ${ENV} secret, for instance
            return spec, SourceError(spec.name, str(exc))

    try:
        for next_done in asyncio.as_completed([fetch_one(spec) for spec in specs]):
            spec, outcome = await next_done
            result = process(settings, store, spec, outcome, now=now, backfill=backfill)
            results[spec.name] = result
            if on_result is not None:
                on_result(result)
    finally:
        if fetcher is not None:
            await fetcher.aclose()
    return [results[spec.name] for spec in specs]


def import_file(
    settings: Settings, store: Store, spec: SourceSpec, *, now: datetime
) -> SourceResult:
    """A one-off import of an export file through the same steps as a poll."""
    try:
        outcome: Fetched | SourceError = read_file(spec, None, max_bytes=settings.poll.max_bytes)
    except SourceError as exc:
        outcome = exc
    return process(settings, store, spec, outcome, now=now)


def process(
    settings: Settings,
    store: Store,
    spec: SourceSpec,
    outcome: Fetched | SourceError,
    *,
    now: datetime,
    backfill: bool = False,
) -> SourceResult:
    """Parse, classify, analyse and store one fetched source. Never raises for source data."""
    result = SourceResult(source=spec.name, kind=spec.kind)
    if isinstance(outcome, SourceError):
        result.error = outcome.reason
        store.record_failure(spec.name, now, outcome.reason)
        return result
    if outcome.body is None:
        result.not_modified = True
        store.save_batch(spec.name, [], [], polled_at=now, state=outcome.state)
        return result
    kind = sources.get(spec.kind)
    ctx = ParseContext(spec=spec, timezone=settings.brand.timezone, seen_at=now)
    matcher = BrandMatcher.build(settings.brand.keywords, settings.brand.exclude)
    use_filter = spec.filter and not kind.brand_specific
    candidates: dict[str, Mention] = {}
    replies: list[Reply] = []
    try:
        for item in kind.parse(outcome.body, ctx):
            if isinstance(item, Problem):
                result.problems.append(item)
            elif isinstance(item, Reply):
                replies.append(item)
            elif settings.brand.is_brand_handle(item.author):
                if item.in_reply_to:
                    replies.append(
                        Reply(
                            spec.name,
                            item.native_id,
                            item.in_reply_to,
                            item.author or "",
                            item.created_at,
                        )
                    )
                # A brand post that answers nobody is the brand talking, not a mention.
            elif use_filter and not matcher.matches(item.text, item.url):
                result.filtered += 1
            else:
                candidates.setdefault(item.id, item)
    except SourceError as exc:
        result.error = exc.reason
        store.record_failure(spec.name, now, exc.reason)
        return result
    except Exception as exc:  # noqa: BLE001 - one broken source must never stop the others
        result.error = f"could not parse: {type(exc).__name__}: {exc}"
        store.record_failure(spec.name, now, result.error)
        return result
    known = store.known_ids(candidates)
    fresh = [
        (mention, analyse(mention.text, settings, rating=mention.rating, source_value=spec.value))
        for mention_id, mention in candidates.items()
        if mention_id not in known
    ]
    history_before = None
    if backfill:
        history_before = now + timedelta(seconds=1)
    elif settings.poll.backfill is not None and not store.has_polled(spec.name):
        history_before = now - settings.poll.backfill
    batch = store.save_batch(
        spec.name, fresh, replies, polled_at=now, state=outcome.state, history_before=history_before
    )
    result.new, result.seen, result.replies = batch.new, batch.seen + len(known), batch.replies
    return result
