"""Polling and importing: the orchestration, deciding nothing itself.

    for each source, concurrently:        fetch.read_file / HttpFetcher.fetch  -> bytes | not modified
                                          (and the kind's next pages while they hold new items)
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
from urllib.parse import urlsplit

from webcare import sources
from webcare.analysis import analyse
from webcare.brand import BrandMatcher, is_brand_handle
from webcare.errors import RateLimited, SourceError, WebcareError
from webcare.fetch import Fetched, HttpFetcher, read_file
from webcare.model import Mention, Problem, Reply, SourceResult
from webcare.secrets import expand_env
from webcare.settings import Settings, SourceSpec
from webcare.sources.base import ParseContext, SourceKind
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
    deferred = {spec.name: store.retry_at(spec.name) for spec in specs}
    for spec in specs:
        until = deferred[spec.name]
        if until is not None and until > now:
            # The source asked (Retry-After) not to be asked before then: asking anyway
            # only extends a rate limit.
            results[spec.name] = SourceResult(spec.name, spec.kind, deferred_until=until)
            if on_result is not None:
                on_result(results[spec.name])
    specs_due = [spec for spec in specs if spec.name not in results]
    fetcher = HttpFetcher(settings.poll) if any(spec.url for spec in specs_due) else None

    async def fetch_one(spec: SourceSpec) -> tuple[SourceSpec, Fetched | SourceError]:
        try:
            if spec.path is not None:
                return spec, read_file(spec, store.fetch_state(spec.name), max_bytes=max_bytes)
            assert fetcher is not None
            return spec, await fetch_pages(settings, store, fetcher, spec, now)
        except SourceError as exc:
            return spec, exc
        except WebcareError as exc:  # a missing ${ENV} secret, for instance
            return spec, SourceError(spec.name, str(exc))

    max_bytes = settings.poll.max_bytes
    try:
        for next_done in asyncio.as_completed([fetch_one(spec) for spec in specs_due]):
            spec, outcome = await next_done
            result = process(settings, store, spec, outcome, now=now, backfill=backfill)
            results[spec.name] = result
            if on_result is not None:
                on_result(result)
    finally:
        if fetcher is not None:
            await fetcher.aclose()
    return [results[spec.name] for spec in specs]


async def fetch_pages(
    settings: Settings, store: Store, fetcher: HttpFetcher, spec: SourceSpec, now: datetime
) -> Fetched:
    """The first page conditionally, then the kind's next pages while they hold something
    new, within `[poll] max_pages`. A next link to another host is never followed: the
    source's credentials go with every request."""
    first = await fetcher.fetch(spec, store.fetch_state(spec.name))
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
    try:
        outcome: Fetched | SourceError = read_file(spec, None, max_bytes=settings.poll.max_bytes)
    except SourceError as exc:
        outcome = exc
    return process(settings, store, spec, outcome, now=now, kind_hint="--kind")


def process(
    settings: Settings,
    store: Store,
    spec: SourceSpec,
    outcome: Fetched | SourceError,
    *,
    now: datetime,
    backfill: bool = False,
    kind_hint: str = "the source's kind",
) -> SourceResult:
    """Parse, classify, analyse and store one fetched source. Never raises for source data.

    A source of which no row could be read, only problems, has failed: most likely it is
    not of the kind configured (`kind_hint` names where the kind was given)."""
    result = SourceResult(source=spec.name, kind=spec.kind)
    if isinstance(outcome, SourceError):
        result.error = outcome.reason
        retry_at = None
        if isinstance(outcome, RateLimited):
            retry_at = now + timedelta(seconds=outcome.wait_seconds)
            result.deferred_until = retry_at
        store.record_failure(spec.name, now, outcome.reason, retry_at=retry_at)
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
    result.problems.extend(Problem(note) for note in outcome.notes)
    items = (item for page in outcome.pages for item in kind.parse(page, ctx))
    read = 0  # mentions and replies the kind could read, kept or not
    unread: list[Problem] = []
    try:
        for item in items:
            if isinstance(item, Problem):
                unread.append(item)
                continue
            read += 1
            if isinstance(item, Reply):
                replies.append(item)
            elif is_brand_handle(settings.brand.handles, item.author):
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
    result.problems.extend(unread)
    if not read and any(row_skipped(p) or p.line is not None for p in unread):
        result.error = _nothing_read(spec, unread, kind_hint)
        store.record_failure(spec.name, now, result.error)
        return result
    known = store.known_ids(candidates)
    fresh = [
        (mention, analyse(mention.text, settings, rating=mention.rating, source_value=spec.value))
        for mention_id, mention in candidates.items()
        if mention_id not in known
    ]
    history_before = None
    first_poll = not store.has_polled(spec.name)
    if backfill:
        history_before = now + timedelta(seconds=1)
    elif settings.poll.backfill is not None and first_poll:
        history_before = now - settings.poll.backfill
    batch = store.save_batch(
        spec.name,
        fresh,
        replies,
        polled_at=now,
        state=outcome.state,
        history_before=history_before,
        # An item without a date on a source's first poll could be years old (App Store
        # JSON dates nothing): history, not a steak. Later, an undated item is new.
        undated_is_history=first_poll,
    )
    result.new, result.seen, result.replies = batch.new, batch.seen + len(known), batch.replies
    result.also_seen = batch.also_seen
    result.history = batch.history
    return result


def row_skipped(problem: Problem) -> bool:
    """Whether a problem is a row or entry that could not be stored (every kind ends such a
    message with `; skipped`), not a field dropped from a kept mention or a note about the
    whole source (rating-only Play reviews, a feed that is not quite well-formed)."""
    return "; skipped" in problem.message


def _nothing_read(spec: SourceSpec, problems: list[Problem], kind_hint: str) -> str:
    """One line for a source of which every row was a problem: where, how many, the first."""
    first = problems[0]
    where = f"line {first.line}: " if first.line else ""
    message = first.message if len(first.message) <= 120 else first.message[:119] + "…"
    if spec.path is not None:
        origin = f"of {spec.path} "
    else:  # the host only: a URL may carry a token in its query
        origin = f"from {urlsplit(spec.url or '').hostname or 'the URL'} "
    count = f"{len(problems)} problem{'s' if len(problems) != 1 else ''}"
    return (
        f"no row {origin}could be read as {spec.kind} ({count}; first: {where}{message}); "
        f"is {kind_hint} right?"
    )
