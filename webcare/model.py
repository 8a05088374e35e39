"""The data that flows through webcare, as frozen dataclasses.

sources -> `Mention` -> `Analysis` -> store -> `SlaState` (at an explicit now) -> `Ranked`.
Each type says where its data comes from; none of them does I/O.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any, NamedTuple, cast

from webcare.choices import FailOn, SentimentLabel, StatusFilter

__all__ = ["FailOn", "SentimentLabel", "StatusFilter"]  # defined with the CLI's choices


class Channel(StrEnum):
    """Where a mention was written; each channel has its own response-time target."""

    SOCIAL = "social"
    MESSAGING = "messaging"
    EMAIL = "email"
    REVIEW = "review"
    WEB = "web"
    FORUM = "forum"
    NEWS = "news"


class UrgencyLevel(StrEnum):
    CRITICAL = "critical"
    HIGH = "high"
    NORMAL = "normal"
    LOW = "low"

    @property
    def rank(self) -> int:
        """0 for critical … 3 for low: smaller is more urgent."""
        return list(UrgencyLevel).index(self)


class Route(StrEnum):
    """Who should answer: set by emotional against monetary value (SPEC.md)."""

    AUTOMATE = "automate"
    HUMAN = "human"
    JUDGEMENT = "judgement"


class ReplyPolicy(StrEnum):
    """Who expects an answer on a channel or source (`[sla.reply]`, `reply` on a source)."""

    ALWAYS = "always"
    """Every customer message is owed a reply (praise and closing thanks excepted)."""
    WHEN_ADDRESSED = "when-addressed"
    """Only an urgent mention (critical, high), or a negative one that addresses the brand
    (its handle, "jullie", "you"): a news site or a blog is not owed a reply."""
    NEVER = "never"
    """Nobody expects an answer here: listen only."""


class SlaStatus(StrEnum):
    OK = "ok"
    AT_RISK = "at_risk"
    BREACHED = "breached"
    RESPONDED = "responded"
    HISTORY = "history"
    """Backfilled history (stored by a source's first poll), unanswered: no clock runs,
    never at risk, breached, open or on the floor."""


HISTORY_WORDS = (
    "history: stored by the source's first poll (older than [poll] backfill, undated, or "
    "`poll --backfill`), never in front of the team: no clock runs, never on the floor"
)
"""How `show` and `explain` say that a mention is history, and why it is not on the floor."""


@dataclass(frozen=True, slots=True)
class Mention:
    """One customer message about the brand, as a source gave it, normalised.

    Built by a source kind's parser; never changed afterwards except by the store
    recording a response.
    """

    id: str
    """Stable webcare id: the same post polled twice gets the same id."""
    source: str
    """Name of the configured source it came from."""
    channel: Channel
    text: str
    """Plain text: HTML reduced, control characters removed."""
    created_at: datetime
    """When the customer wrote it (aware, UTC)."""
    native_id: str | None = None
    """The source's own id for the post, if it has one (guid, tweet id, review id)."""
    url: str | None = None
    author: str | None = None
    author_reach: int | None = None
    """Followers or a comparable audience size, when the source tells."""
    rating: int | None = None
    """Star rating 1–5 on review channels."""
    in_reply_to: str | None = None
    """Native id of the post this one answers, when the source links threads."""
    created_at_estimated: bool = False
    """True when the source gave no date and `created_at` is the time first seen."""

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        """Pickled as its fields in order (`dataclasses.astuple` would copy the values): a
        frozen dataclass's own pickling looks its fields up for every mention, twice the
        time, and every mention of a pool's poll or import crosses between processes."""
        return Mention, (
            self.id, self.source, self.channel, self.text, self.created_at, self.native_id,
            self.url, self.author, self.author_reach, self.rating, self.in_reply_to,
            self.created_at_estimated,
        )  # fmt: skip


@dataclass(frozen=True, slots=True)
class Reply:
    """The brand answering a mention: a post by one of `brand.handles`, or an answer the
    source's format marks as the company's (a review reply, an `inbound = False` tweet)."""

    source: str
    native_id: str | None
    in_reply_to: str
    author: str
    created_at: datetime


@dataclass(frozen=True, slots=True)
class Sentiment:
    """How the customer feels, as the analysis read the text."""

    score: float
    """Compound score, −1 (very negative) … 1 (very positive)."""
    label: SentimentLabel
    words: tuple[str, ...] = ()
    """The words or phrases that moved the score, most influential first."""


@dataclass(frozen=True, slots=True)
class Urgency:
    """How fast the mention needs a person, and the categories and words that say so."""

    level: UrgencyLevel
    reasons: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Analysis:
    """What webcare concludes from a mention's text and context; computed once, stored."""

    language: str
    """ISO 639-1 code, or `und` when the text is too short to tell."""
    sentiment: Sentiment
    urgency: Urgency
    topics: tuple[str, ...]
    route: Route
    route_reason: str
    needs_reply: bool = True
    """False for a closing thank-you ("bedankt!", "top, thanks"): no response clock runs.
    A person can overrule it either way; the store then keeps their decision."""
    needs_reply_reason: str = ""
    """Why no reply is needed (or who decided); why a thank-you still needs one; else empty."""

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        """Pickled flat (`Mention.__reduce__`): each analysis of a pool comes back from a
        worker, about 21 µs a row in the dataclasses' own way and 7 µs this way."""
        sentiment, urgency = self.sentiment, self.urgency
        return _unpickled_analysis, (
            self.language, sentiment.score, sentiment.label, sentiment.words, urgency.level,
            urgency.reasons, urgency.categories, self.topics, self.route, self.route_reason,
            self.needs_reply, self.needs_reply_reason,
        )  # fmt: skip


class _UrgencyDraft:
    """An `Urgency` being built (see `_SlaStateDraft`): every analysis builds one or two."""

    __slots__ = Urgency.__slots__


class _AnalysisDraft:
    """An `Analysis` being built (see `_SlaStateDraft`): every analysis builds one."""

    __slots__ = Analysis.__slots__


def urgency(
    level: UrgencyLevel, reasons: tuple[str, ...] = (), categories: tuple[str, ...] = ()
) -> Urgency:
    """`Urgency(...)`, the same frozen record, built as `sla_state` builds an `SlaState`."""
    made: Any = _new(_UrgencyDraft)
    made.level = level
    made.reasons = reasons
    made.categories = categories
    made.__class__ = Urgency
    return cast(Urgency, made)


def analysis(
    language: str,
    sentiment: Sentiment,
    urgency: Urgency,
    topics: tuple[str, ...],
    route: Route,
    route_reason: str,
    needs_reply: bool = True,
    needs_reply_reason: str = "",
) -> Analysis:
    """`Analysis(...)`, the same frozen record, built as `sla_state` builds an `SlaState`
    (eight fields through `object.__setattr__` cost about 10,000 instructions a mention)."""
    made: Any = _new(_AnalysisDraft)
    made.language = language
    made.sentiment = sentiment
    made.urgency = urgency
    made.topics = topics
    made.route = route
    made.route_reason = route_reason
    made.needs_reply = needs_reply
    made.needs_reply_reason = needs_reply_reason
    made.__class__ = Analysis
    return cast(Analysis, made)


def _unpickled_analysis(
    language: str,
    score: float,
    label: SentimentLabel,
    words: tuple[str, ...],
    level: UrgencyLevel,
    reasons: tuple[str, ...],
    categories: tuple[str, ...],
    *rest: Any,
) -> Analysis:
    """An `Analysis` as `Analysis.__reduce__` pickled it."""
    return analysis(language, Sentiment(score, label, words), urgency(level, reasons, categories),
                    *rest)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Response:
    """How a mention was answered: a brand reply found in the data, or a manual ack."""

    at: datetime
    by: str | None
    via: str
    """`reply` (a brand handle answered) or `ack` (marked by a person)."""
    note: str | None = None


@dataclass(frozen=True, slots=True)
class Sighting:
    """Where else a stored post was seen: another source, with its own link."""

    source: str
    url: str | None
    native_id: str | None = None


@dataclass(frozen=True, slots=True)
class StoredMention:
    """A mention as the store holds it: the post, its analysis and its response, if any."""

    mention: Mention
    analysis: Analysis
    first_seen_at: datetime
    response: Response | None = None
    thread_id: str | None = None
    """The conversation: the native id of its first post (its own id when it starts one)."""
    backfilled: bool = False
    """Stored as history by a source's first poll: counted, never on the floor."""
    also_seen: tuple[Sighting, ...] = ()
    """The same post seen through other sources (or under another id): one mention."""
    assignee: str | None = None
    """Who in the team has it (`webcare assign`/`claim`); assignment is not an answer."""
    reply_decided: bool = False
    """A person set whether it needs a reply (`ack --no-reply`, `reopen`): the channel's
    reply policy no longer applies, `analysis.needs_reply` is their decision."""
    owed: bool | None = None
    """Whether a reply is owed under the SLA policy `policy_stamp` names, as the store
    keeps it so the floor's query stays on an index; None: not decided yet."""
    due_at: datetime | None = None
    """Its own clock's due time under `policy_stamp`'s policy (owed mentions only)."""
    policy_stamp: str | None = None
    """`sla.policy_stamp` of the policy `owed` and `due_at` were worked out under."""
    settled: SlaState | None = None
    """An answered mention's verdict (in time or late, by how much), judged once when the
    answer was recorded, under the policy of that time."""


class Answered(NamedTuple):
    """A live mention answered by `now`, whose verdict the store kept: what a digest
    counts of it, read without building its whole record (a week holds tens of
    thousands). Its SLA state is that verdict: responded, in time or `late`."""

    id: str
    created_at: datetime
    channel: str
    source: str
    language: str
    sentiment_label: SentimentLabel
    sentiment_score: float
    topics: tuple[str, ...]
    categories: tuple[str, ...]
    responded_at: datetime
    needs_reply: bool
    """As the kept verdict says."""
    late: bool = False


@dataclass(frozen=True, slots=True)
class SlaState:
    """A mention's response-time state at one explicit `now`."""

    target_minutes: int
    target_reason: str
    due_at: datetime
    status: SlaStatus
    overdue_minutes: int
    """Minutes past due (0 when not overdue; for a late response: how late it came)."""
    remaining_minutes: int
    """Minutes left until due (0 when due, responded or no reply is needed)."""
    responded_late: bool = False
    needs_reply: bool = True
    """False: no clock runs (a closing thank-you); status stays `ok` and it is never on the floor."""
    clock: str = "first_response"
    """`first_response` for a conversation's opening message, `next_reply` for a follow-up."""
    clock_started_at: datetime | None = None
    """When the clock started: the oldest message of the conversation still waiting."""
    reply_reason: str = ""
    """Why a reply is or is not owed: the analysis, the reply policy or a person."""
    to_thank: bool = False
    """Praise: no reply is owed and it never breaches, but a thank-you is welcome."""
    business_hours: bool = False
    """The clock counts only the channel's business hours: due, overdue and remaining
    minutes are open minutes."""
    closed_now: bool = False
    """Breached and outside those hours at `now`: the overdue minutes stand still."""


class _SlaStateDraft:
    """An `SlaState` being built: the same slots, written as any object's. A frozen
    dataclass's own `__init__` writes each field through `object.__setattr__`, about
    1,300 instructions a field under Python 3.11, and a report builds thousands."""

    __slots__ = SlaState.__slots__


def sla_state(
    target_minutes: int,
    target_reason: str,
    due_at: datetime,
    status: SlaStatus,
    overdue_minutes: int,
    remaining_minutes: int,
    responded_late: bool = False,
    needs_reply: bool = True,
    clock: str = "first_response",
    clock_started_at: datetime | None = None,
    reply_reason: str = "",
    to_thank: bool = False,
    business_hours: bool = False,
    closed_now: bool = False,
) -> SlaState:
    """`SlaState(...)`, the same frozen record (equal, hashed and shown alike), built
    several times faster: its fields are written to a draft of the same layout, which
    then becomes an SlaState (`__class__`), frozen from there on."""
    state: Any = _new(_SlaStateDraft)
    state.target_minutes = target_minutes
    state.target_reason = target_reason
    state.due_at = due_at
    state.status = status
    state.overdue_minutes = overdue_minutes
    state.remaining_minutes = remaining_minutes
    state.responded_late = responded_late
    state.needs_reply = needs_reply
    state.clock = clock
    state.clock_started_at = clock_started_at
    state.reply_reason = reply_reason
    state.to_thank = to_thank
    state.business_hours = business_hours
    state.closed_now = closed_now
    state.__class__ = SlaState
    return cast(SlaState, state)


_new = object.__new__


@dataclass(frozen=True, slots=True)
class Priority:
    """Where a mention stands on the floor: its score, its place and the reasons."""

    score: float
    rank: int | None
    """Place on the floor (the report's order) at `now`; None when not on the floor."""
    why: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Ranked:
    """A stored mention with its SLA state and priority, ready to render."""

    item: StoredMention
    sla: SlaState
    priority: Priority
    incident: str | None = None
    """The id of the incident it belongs to (webcare.incidents), if any."""


@dataclass(frozen=True, slots=True)
class Problem:
    """A row or entry a source could not use, with where it was; the rest go on."""

    message: str
    line: int | None = None


@dataclass(slots=True)
class SourceResult:
    """What polling one source did. Failures are data: `error` is set, nothing raised."""

    source: str
    kind: str
    new: int = 0
    seen: int = 0
    replies: int = 0
    also_seen: int = 0
    """New sightings of posts already stored from another source: not counted as new."""
    filtered: int = 0
    history: int = 0
    """Of `new`, stored as history (backfill, or undated on a first poll): never on the floor."""
    not_modified: bool = False
    error: str | None = None
    problems: list[Problem] = field(default_factory=list)
    deferred_until: datetime | None = None
    """Set when the source asked (Retry-After) not to be fetched before then."""
    busy: bool = False
    """Not fetched: another poll (on another host, sharing the store) was fetching it."""

    @property
    def ok(self) -> bool:
        return self.error is None


_SPACES = re.compile(r"\s+")


def normalise_for_id(text: str) -> str:
    """Case-, accent- and whitespace-insensitive form of a text, for content ids."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().casefold()
    return _SPACES.sub(" ", folded).strip()


def mention_id(
    source: str,
    *,
    native_id: str | None = None,
    url: str | None = None,
    author: str | None = None,
    text: str = "",
    created_at: datetime | None = None,
) -> str:
    """Stable 16-hex id: from the native id, else the url, else normalised author+text+time."""
    # Imported here: OpenSSL's start costs every command 11 million instructions, and only
    # what reads sources (poll, import, analyze) makes ids.
    import hashlib

    if native_id:
        basis = f"id\x1f{native_id}"
    elif url:
        basis = f"url\x1f{url}"
    else:
        stamp = created_at.isoformat() if created_at else ""
        basis = f"text\x1f{normalise_for_id(author or '')}\x1f{normalise_for_id(text)}\x1f{stamp}"
    return hashlib.sha256(f"{source}\x1e{basis}".encode()).hexdigest()[:16]
