"""What a poll does with one source's fetch: pure decisions, no I/O, `now` passed in.

    state   = what the store knew of the source before the fetch   (SourceState)
    harvest = the fetch, its pages parsed once as they arrived       (Harvest)
    plan    = decide(settings, spec, harvest, state, now)            (Plan)
              brand reply?      -> a Reply (answers its mention); own post -> skipped
              about the brand?  -> else filtered
              already stored?   -> seen; else fresh (to analyse and store)
              first poll / --backfill -> old (or undated) fresh ones are history
              fetch or parse failed, or nothing readable -> an error to record
                                   (with Retry-After: when to ask again)

The pipeline carries the plan out with one store write (`record_failure` or
`save_batch`) and turns it into the source's `SourceResult`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence, Set
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from ipaddress import IPv4Address, IPv6Address
from urllib.parse import SplitResult, urlsplit

from webcare.brand import BrandMatcher, is_brand_handle
from webcare.errors import RateLimited, SourceError
from webcare.model import Analysis, Mention, Problem, Reply, SourceResult
from webcare.settings import Settings, SourceSpec
from webcare.store.records import BatchResult, FetchState, SourceState

Item = Mention | Reply | Problem

MAX_DEFERRAL = timedelta(days=1)
"""The longest a Retry-After keeps polls away: a server asking for years (or the year
9999) must not silence a source unnoticed."""
DEFERRED = "not polled: the source asked (Retry-After) to be left alone"
"""The failure of a source skipped because of an earlier Retry-After: it counts (exit 3)."""


@dataclass(frozen=True, slots=True)
class Harvest:
    """One source's fetch as the pipeline read it: every page parsed once, on arrival."""

    state: FetchState
    """Validators the source gave, for the next conditional fetch."""
    items: tuple[Item, ...] = ()
    """Everything the kind read from the pages, in order."""
    known: frozenset[str] = frozenset()
    """Of the mention ids read, those the store already held (asked page by page)."""
    failure: Exception | None = None
    """What stopped a page from being read (the kind raised); the source then fails."""
    notes: tuple[str, ...] = ()
    """What went wrong after the first page (a later page failed, paging stopped)."""
    not_modified: bool = False
    """The source answered that nothing changed (HTTP 304, file untouched)."""
    pages: int = 1
    """How many pages were read (`check --online` says so)."""
    analyses: Mapping[str, Analysis] = field(default_factory=dict)
    """Analyses of fresh mentions made while the fetch went on (a worker pool), by id."""


@dataclass(frozen=True, slots=True)
class Plan:
    """What to store for one source: a failure to record (`error`), or a batch."""

    source: str
    kind: str
    error: str | None = None
    retry_at: datetime | None = None
    """With `error`: the source asked (Retry-After) not to be asked before then."""
    fresh: tuple[Mention, ...] = ()
    """Mentions new to the store: analyse, then store."""
    replies: tuple[Reply, ...] = ()
    state: FetchState | None = None
    history_before: datetime | None = None
    """Fresh mentions created before this are stored as history, never on the floor."""
    undated_is_history: bool = False
    """Fresh mentions whose date is only estimated are stored as history."""
    already_stored: int = 0
    filtered: int = 0
    not_modified: bool = False
    problems: tuple[Problem, ...] = ()

    def result(self, stored: BatchResult | None) -> SourceResult:
        """The source's result once the plan is carried out (`stored`: what the batch did)."""
        result = SourceResult(
            source=self.source,
            kind=self.kind,
            filtered=self.filtered,
            not_modified=self.not_modified,
            error=self.error,
            problems=list(self.problems),
            deferred_until=self.retry_at,
        )
        if stored is not None and self.error is None and not self.not_modified:
            result.new, result.replies = stored.new, stored.replies
            result.seen = stored.seen + self.already_stored
            result.also_seen, result.history = stored.also_seen, stored.history
        return result


def deferred_until(state: SourceState, now: datetime) -> datetime | None:
    """When a source that asked (Retry-After) not to be asked before then may be fetched,
    if that is still ahead: asking anyway only extends a rate limit. A time further ahead
    than `MAX_DEFERRAL` was stored before that cap (or by a clock since turned back) and
    is ignored."""
    if state.retry_at is not None and now < state.retry_at <= now + MAX_DEFERRAL:
        return state.retry_at
    return None


def deferral(wait_seconds: float, now: datetime) -> datetime:
    """Until when a source that asked (Retry-After) to wait `wait_seconds` is left alone:
    never longer than `MAX_DEFERRAL`, however far ahead it asked."""
    return now + min(timedelta(seconds=max(0.0, wait_seconds)), MAX_DEFERRAL)


IPAddress = IPv4Address | IPv6Address
_DEFAULT_PORTS = {"http": 80, "https": 443}


def _split(url: str) -> SplitResult | None:
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - a port that is not a number raises here
    except ValueError:
        return None
    if parts.scheme not in _DEFAULT_PORTS or not parts.hostname:
        return None
    return parts


def _origin(parts: SplitResult) -> tuple[str, str, int]:
    return parts.scheme, parts.hostname or "", parts.port or _DEFAULT_PORTS[parts.scheme]


def origin_name(url: str) -> str:
    """`scheme://host[:port]` of a URL, for messages: never its path or query, where a
    token may be."""
    parts = _split(url)
    if parts is None:
        return "?"
    scheme, host, port = _origin(parts)
    host = f"[{host}]" if ":" in host else host
    return f"{scheme}://{host}" + ("" if port == _DEFAULT_PORTS[scheme] else f":{port}")


def same_origin(url: str, other: str, *, upgrade: bool = False) -> bool:
    """Whether two URLs share scheme, host and port (`upgrade`: or `other` is the same host
    over https on its default port, as an http site moving to https answers)."""
    first, second = _split(url), _split(other)
    if first is None or second is None:
        return False
    if _origin(first) == _origin(second):
        return True
    return (
        upgrade
        and _origin(first) == ("http", first.hostname or "", 80)
        and _origin(second) == ("https", first.hostname or "", 443)
    )


def private_address(address: IPAddress) -> bool:
    """Loopback, private, link-local, carrier-grade NAT, unspecified, multicast…: anything
    but the public internet (an IPv4 address mapped into IPv6 judged as itself)."""
    if isinstance(address, IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return not address.is_global or address.is_multicast


def private_redirect(source: Sequence[IPAddress], target: Sequence[IPAddress]) -> bool:
    """Whether a redirect leads from a host not known to be private (`source`, its
    addresses) to one that is or may be private (any of `target`'s): how a stranger's
    server reaches a router, a cloud's metadata service or an internal API through the
    poller. A private source (an internal feed) may redirect within its network."""
    source_private = bool(source) and all(private_address(a) for a in source)
    return not source_private and any(private_address(a) for a in target)


def redirect_refusal(
    url: str,
    target: str,
    *,
    credentials: bool,
    allow_private: bool = False,
    source_addresses: Sequence[IPAddress] = (),
    target_addresses: Sequence[IPAddress] = (),
) -> str | None:
    """Why a redirect from `url` to `target` must not be followed, or None. A source with
    `credentials` (headers, a token, a password in its URL) sends them with every request,
    so it never leaves its origin (an upgrade to https on the same host aside); any source
    stays out of private networks unless `allow_private` (`[poll] allow_private_redirects`).
    The addresses are what the two hosts resolve to (needed for the second rule only)."""
    if _split(target) is None:
        return "redirected to an address that is not an http(s) URL; not followed"
    if credentials and not same_origin(url, target, upgrade=True):
        return (
            f"redirected to another origin ({origin_name(target)}); not followed, so the "
            "source's credentials do not go with it"
        )
    if not allow_private and private_redirect(source_addresses, target_addresses):
        return (
            f"redirected from a public host to a private address ({origin_name(target)}); "
            "not followed (poll.allow_private_redirects)"
        )
    return None


def page_has_new(ids: list[str], known: set[str]) -> bool:
    """Whether a page holds a mention the store has not seen: if not, older pages won't."""
    return bool(ids) and len(known) < len(ids)


def decide(
    settings: Settings,
    spec: SourceSpec,
    outcome: Harvest | SourceError,
    state: SourceState,
    *,
    now: datetime,
    brand_specific: bool = False,
    backfill: bool = False,
    kind_hint: str = "the source's kind",
) -> Plan:
    """The plan for one fetched source. `brand_specific`: the kind only carries posts about
    the brand (no keyword filter). `backfill`: everything new is history. A source of which
    no row could be read, only problems, has failed: most likely it is not of the kind
    configured (`kind_hint` names where the kind was given). A large export is decided a
    part at a time by a `Sorter`, with the same outcome."""
    if isinstance(outcome, SourceError):
        retry_at = None
        if isinstance(outcome, RateLimited):
            retry_at = deferral(outcome.wait_seconds, now)
        return Plan(spec.name, spec.kind, error=outcome.reason, retry_at=retry_at)
    if outcome.not_modified:
        return Plan(spec.name, spec.kind, state=outcome.state, not_modified=True)
    sorter = Sorter(settings, spec, brand_specific=brand_specific)
    fresh = sorter.fresh(sorter.candidates(outcome.items), outcome.known)
    return sorter.plan(
        outcome.state, state, now=now, backfill=backfill, kind_hint=kind_hint,
        failure=outcome.failure, notes=outcome.notes, fresh=tuple(fresh),
    )  # fmt: skip


def fresh_mentions(
    settings: Settings, spec: SourceSpec, harvest: Harvest, *, brand_specific: bool
) -> list[Mention]:
    """The mentions `decide` would find fresh in `harvest`: to analyse ahead of it."""
    sorter = Sorter(settings, spec, brand_specific=brand_specific)
    return sorter.fresh(sorter.candidates(harvest.items), harvest.known)


class Sorter:
    """`decide` for one source's items a part at a time, so an export of any size is
    never held whole: `candidates` sets aside brand replies, the brand's own posts, posts
    not about the brand, problems and repeats of an id already taken; the caller asks the
    store which candidates it holds, and `fresh` keeps the others. `plan` ends it. Pure;
    counts what it set aside as it goes."""

    def __init__(self, settings: Settings, spec: SourceSpec, *, brand_specific: bool) -> None:
        self.spec = spec
        self.handles = settings.brand.handles
        self.backfill_after = settings.poll.backfill
        self.matcher = BrandMatcher.build(settings.brand.keywords, settings.brand.exclude)
        self.use_filter = spec.filter and not brand_specific
        self.taken: set[str] = set()
        self.replies: list[Reply] = []
        self.unread: list[Problem] = []
        self.read = 0
        """Mentions and replies the kind could read, kept or not."""
        self.filtered = 0
        self.already_stored = 0

    def candidates(self, items: Iterable[Item]) -> list[Mention]:
        """The mentions among `items` that may be new: about the brand (unless the source
        keeps all), not by the brand, not an id already taken (the first one counts)."""
        found: list[Mention] = []
        for item in items:
            if isinstance(item, Problem):
                self.unread.append(item)
                continue
            self.read += 1
            if isinstance(item, Reply):
                self.replies.append(item)
            elif is_brand_handle(self.handles, item.author):
                if item.in_reply_to:
                    self.replies.append(
                        Reply(
                            self.spec.name, item.native_id, item.in_reply_to, item.author or "",
                            item.created_at,
                        )
                    )  # fmt: skip
                # A brand post that answers nobody is the brand talking, not a mention.
            elif self.use_filter and not self.matcher.matches(item.text, item.url):
                self.filtered += 1
            elif item.id not in self.taken:
                self.taken.add(item.id)
                found.append(item)
        return found

    def fresh(self, candidates: Sequence[Mention], known: Set[str]) -> list[Mention]:
        """Of `candidates`, those whose id is not in `known` (what the store holds)."""
        fresh = [mention for mention in candidates if mention.id not in known]
        self.already_stored += len(candidates) - len(fresh)
        return fresh

    def plan(
        self,
        fetched: FetchState,
        state: SourceState,
        *,
        now: datetime,
        backfill: bool = False,
        kind_hint: str = "the source's kind",
        failure: Exception | None = None,
        notes: Sequence[str] = (),
        fresh: tuple[Mention, ...] = (),
    ) -> Plan:
        """The plan once every item went through `candidates` and `fresh` (`fresh`: the
        mentions to store, when the caller kept them for it). `failure`: what stopped the
        reading (the source then fails, nothing stored); `notes`: what went wrong after
        the first page."""
        spec = self.spec
        noted = tuple(Problem(note) for note in notes)
        if failure is not None:
            return Plan(
                spec.name, spec.kind, error=parse_error(failure), filtered=self.filtered,
                problems=noted,
            )  # fmt: skip
        if not self.read and any(row_skipped(p) or p.line is not None for p in self.unread):
            return Plan(
                spec.name, spec.kind, error=nothing_read(spec, self.unread, kind_hint),
                filtered=self.filtered, problems=noted + tuple(self.unread),
            )  # fmt: skip
        history_before, undated_is_history = self.history(state, now, backfill=backfill)
        return Plan(
            spec.name,
            spec.kind,
            fresh=fresh,
            replies=tuple(self.replies),
            state=fetched,
            history_before=history_before,
            undated_is_history=undated_is_history,
            already_stored=self.already_stored,
            filtered=self.filtered,
            problems=noted + tuple(self.unread),
        )

    def history(
        self, state: SourceState, now: datetime, *, backfill: bool
    ) -> tuple[datetime | None, bool]:
        """Which fresh mentions are stored as history: those created before the first
        value, and (second value) those whose date is only estimated."""
        first_poll = not state.polled
        history_before = None
        if backfill:
            history_before = now + timedelta(seconds=1)
        elif self.backfill_after is not None and first_poll:
            history_before = now - self.backfill_after
            if state.first_tried is not None:
                # Watched since its first try: what was written while it failed (a weekend
                # of HTTP 500) is owed a reply, not backfilled history.
                history_before = min(history_before, state.first_tried)
        # An item without a date on a source's first poll could be years old (App Store
        # JSON dates nothing): history, not a steak. Later, an undated item is new.
        return history_before, first_poll


def row_skipped(problem: Problem) -> bool:
    """Whether a problem is a row or entry that could not be stored (every kind ends such a
    message with `; skipped`), not a field dropped from a kept mention or a note about the
    whole source (rating-only Play reviews, a feed that is not quite well-formed)."""
    return "; skipped" in problem.message


def row_repaired(problem: Problem) -> bool:
    """Whether a problem says text had to be repaired (a lone surrogate, a character
    reference to no character): the row is kept, but its source sent broken data."""
    return "replaced invalid character" in problem.message


def parse_error(failure: Exception) -> str:
    """What a source's failure says when its kind raised `failure` reading a page."""
    if isinstance(failure, SourceError):
        return failure.reason
    return f"could not parse: {type(failure).__name__}: {failure}"


def nothing_read(spec: SourceSpec, problems: list[Problem], kind_hint: str) -> str:
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
