"""What the configuration says, as frozen data. No behaviour, no I/O.

`webcare.config` reads and validates a TOML file into these; every other module reads
them. Defaults are the research-backed ones SPEC.md names.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from webcare.businesshours import WeeklyHours
from webcare.errors import ConfigError
from webcare.model import Channel, ReplyPolicy, UrgencyLevel

if TYPE_CHECKING:
    from webcare.learn.model import LearnedModel

DEFAULT_TARGETS: Mapping[str, timedelta] = {
    "social": timedelta(hours=1),
    "messaging": timedelta(minutes=15),
    "email": timedelta(hours=4),
    "review": timedelta(hours=24),
    "default": timedelta(hours=4),
}

DEFAULT_REPLY: Mapping[str, ReplyPolicy] = {
    "social": ReplyPolicy.ALWAYS,
    "messaging": ReplyPolicy.ALWAYS,
    "email": ReplyPolicy.ALWAYS,
    "review": ReplyPolicy.ALWAYS,
    "forum": ReplyPolicy.WHEN_ADDRESSED,
    "web": ReplyPolicy.WHEN_ADDRESSED,
    "news": ReplyPolicy.WHEN_ADDRESSED,
}
"""Who expects an answer, per channel: customers on social, messaging, e-mail and review
sites do; a news site, a blog or a forum thread only when it is urgent or speaks to the brand."""


@dataclass(frozen=True, slots=True)
class BrandSettings:
    """`[brand]`: whose mentions these are, the words that find them, its own accounts."""

    name: str = "Brand"
    keywords: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    handles: tuple[str, ...] = ()
    timezone: ZoneInfo = field(default_factory=lambda: ZoneInfo("Europe/Amsterdam"))


@dataclass(frozen=True, slots=True)
class SlaSettings:
    """`[sla]` and its tables: targets, business hours, closed days, reply policies."""

    targets: Mapping[str, timedelta] = field(default_factory=lambda: dict(DEFAULT_TARGETS))
    """Per channel, plus `default` for channels without their own target."""
    at_risk: float = 0.75
    at_risk_floor: timedelta = timedelta(minutes=15)
    urgency: Mapping[UrgencyLevel, timedelta] = field(default_factory=dict)
    """A shorter target for urgent mentions; the shorter of the two wins."""
    hours: Mapping[str, WeeklyHours] = field(default_factory=dict)
    """Business hours per channel; a channel not listed runs 24/7."""
    holiday_country: str | None = None
    holiday_subdivision: str | None = None
    extra_closed: Mapping[date, str] = field(default_factory=dict)
    source_targets: Mapping[str, timedelta] = field(default_factory=dict)
    """Per-source targets that replace the channel's (`sla` in a [[sources]] table)."""
    timezone: ZoneInfo = field(default_factory=lambda: ZoneInfo("Europe/Amsterdam"))
    reply: Mapping[str, ReplyPolicy] = field(default_factory=lambda: dict(DEFAULT_REPLY))
    """Per channel: who expects an answer (`[sla.reply]`)."""
    source_reply: Mapping[str, ReplyPolicy] = field(default_factory=dict)
    """Per-source reply policies that replace the channel's (`reply` in a [[sources]] table)."""
    addressees: tuple[str, ...] = ()
    """The brand's handles and name: a mention naming one (@handle) speaks to the brand."""


@dataclass(frozen=True, slots=True)
class RouteSettings:
    """`[route]`: what makes a mention's emotional or monetary value high, for who answers it."""

    high_value_keywords: tuple[str, ...] = ()
    """Words that mark a customer or a question as worth more (tier, contract, plan)."""
    strongly_negative: float = -0.5
    """A sentiment score at or below this is high emotional value."""
    high_amount: float = 50.0
    """An amount of money in the text at or above this is high monetary value."""
    low_rating: int = 2
    """A public rating at or below this costs sales: high monetary value (1 star is also emotional)."""


@dataclass(frozen=True, slots=True)
class UrgencyRuleSettings:
    """One `[urgency.rules.NAME]` table: a new category, or changes to a built-in one."""

    name: str
    level: UrgencyLevel | None = None
    """None keeps a built-in category's level (a new category must give one)."""
    patterns: tuple[str, ...] = ()
    """Regular expressions, case-insensitive, matched at the start of a word."""
    extend: bool = True
    """True adds `patterns` to a built-in category's; False replaces them."""
    emotional: bool | None = None
    monetary: bool | None = None


@dataclass(frozen=True, slots=True)
class UrgencySettings:
    """`[urgency]`: categories added to or changed from the built-in ones, or switched off."""

    rules: tuple[UrgencyRuleSettings, ...] = ()
    disable: tuple[str, ...] = ()
    """Categories (built-in or added) that are not looked for at all."""


@dataclass(frozen=True, slots=True)
class TopicRuleSettings:
    """One `[topics.NAME]` table: a new topic, or changes to a built-in one."""

    name: str
    patterns: tuple[str, ...] = ()
    extend: bool = True
    weight: float | None = None
    """Priority points for a mention about this topic; None keeps the built-in weight (0 for new)."""
    monetary: bool | None = None
    """`monetary = "high"`: a mention about this topic has high monetary value when routing."""


@dataclass(frozen=True, slots=True)
class TopicSettings:
    """`[topics]`: topics added to or changed from the built-in ones, or switched off."""

    rules: tuple[TopicRuleSettings, ...] = ()
    disable: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class PollSettings:
    """`[poll]`: how a poll fetches (requests in flight, timeouts, sizes, pages) and parses."""

    concurrency: int = 64
    """Requests in flight at once, over all hosts (in small connection pools)."""
    timeout: timedelta = timedelta(seconds=30)
    connect_timeout: timedelta = timedelta(seconds=10)
    max_bytes: int = 20_000_000
    backfill: timedelta | None = None
    """On a source's first poll, mentions older than this are stored as history: kept,
    analysed and counted, but never on the floor (None: the first poll is like any other)."""
    per_host: int = 64
    """The most requests in flight to one host at once: a host starts at 4 and earns more
    by answering fast (`webcare.pace`); APIs rate-limit per host, not per source."""
    max_pages: int = 10
    """Pages followed per source and poll for kinds that page (an API's `next` cursor)."""
    allow_private_redirects: bool = False
    """Follow a redirect from a public host to a private, loopback or link-local address."""
    workers: int | None = None
    """Processes that parse and analyse when there is more of that than one core can do
    (polls and imports alike); None ("auto"): as many as the cores this process may use,
    for a poll of 16 feeds with something to parse or a 2 MB export, on a machine not
    already busy; 1: none, all in the poll's own process."""


@dataclass(frozen=True, slots=True)
class ImportSettings:
    """Local files: `webcare import` and sources with a `path`."""

    max_bytes: int = 1_000_000_000
    """The most read from a local file that is not a regular file (a pipe, `/dev/stdin`,
    `<(zcat …)`): it has no size to check and may never end. A regular file is read whole,
    as large as it is, a part at a time."""


@dataclass(frozen=True, slots=True)
class ReportSettings:
    """`[report]`: the digest's default window and how recent praise to thank is."""

    digest_since: str = "7d"
    """The window `report --digest` and `stats` look back over by default; `all` for no limit.
    The report itself always shows every open mention, however old."""
    thank_within: timedelta = timedelta(days=3)
    """Praise this recent is counted "to thank"; older praise is left alone."""
    legacy_since: bool = False
    """The config still says `since` (which once narrowed the report): `check` warns."""


@dataclass(frozen=True, slots=True)
class NotifySettings:
    """`[notify]`: where alerts go, what raises one and how often."""

    urls: tuple[str, ...] = ()
    """Apprise URLs (Slack, Teams, mailto, json:// webhooks…); may hold `${ENV}` secrets."""
    on: str = "breached"
    """What alerts: `breached`, or `at-risk` (at risk or breached)."""
    cooldown: timedelta = timedelta(hours=1)
    """At most one alert per cool-down; what becomes new meanwhile waits for the next one."""
    max_items: int = 10
    """Mentions listed in one alert; the rest are counted."""
    recent: timedelta = timedelta(hours=24)
    """A breach due longer ago than this, never alerted (the first notify on a store with
    history, or one after a pause), is counted in one line, not listed: stale news."""


@dataclass(frozen=True, slots=True)
class PrivacySettings:
    """`[privacy]`: how long what members of the public wrote is kept, and shared."""

    keep: timedelta | None = timedelta(days=180)
    """`webcare purge` deletes what is older than this (None: `keep = "forever"`)."""
    purge_on_poll: bool = False
    """Every poll purges after storing."""
    redact_reports: bool = False
    """Output that goes to no terminal (cron, a pipe, a file) is redacted by default."""


@dataclass(frozen=True, slots=True)
class StoreSettings:
    """`[store]`: where the store is."""

    url: str | None = None
    """Where the store is (`[store] url`): a SQLite path or `sqlite:///PATH`, or a
    `postgresql://` URL whose password may be a `${ENV}` reference; `--db` and
    `WEBCARE_DB` override it. None: the file in the user data dir."""


@dataclass(frozen=True, slots=True)
class SourceSpec:
    """One configured source. `url` and `headers` may hold `${ENV}` references."""

    name: str
    kind: str
    channel: Channel
    url: str | None = None
    path: Path | None = None
    filter: bool = True
    fields: Mapping[str, str] = field(default_factory=dict)
    value: str | None = None
    """Monetary value of what arrives here: `high` or `low` (routes mentions)."""
    sla: timedelta | None = None
    """A response-time target for this source that replaces its channel's."""
    reply: ReplyPolicy | None = None
    """Who expects an answer here, replacing the channel's reply policy."""
    keep: timedelta | None = None
    """How long this source's mentions are kept, replacing `[privacy] keep`."""
    keep_forever: bool = False
    """`keep = "forever"` on this source: never purged."""
    headers: Mapping[str, str] = field(default_factory=dict)
    options: Mapping[str, Any] = field(default_factory=dict)
    """Kind-specific options, checked against the kind's declaration."""
    id_space: str | None = None
    """Where its native ids are unique, shared with the sources that name the same space
    (its kind's, such as "x", or `id_space` in its table); None: the source alone."""

    @property
    def location(self) -> str:
        return str(self.path) if self.path is not None else str(self.url)

    @property
    def ids(self) -> str:
        """The id space its posts' native ids, and the ids its replies answer, belong to
        (one of its own, apart from every named space, when it shares none)."""
        from webcare.conversations import own_space

        return self.id_space or own_space(self.name)


@dataclass(frozen=True, slots=True)
class Settings:
    """A whole config file as frozen data; every table defaults to webcare's built-ins."""

    brand: BrandSettings = field(default_factory=BrandSettings)
    sla: SlaSettings = field(default_factory=SlaSettings)
    route: RouteSettings = field(default_factory=RouteSettings)
    urgency: UrgencySettings = field(default_factory=UrgencySettings)
    topics: TopicSettings = field(default_factory=TopicSettings)
    poll: PollSettings = field(default_factory=PollSettings)
    import_: ImportSettings = field(default_factory=ImportSettings)
    """The `[import]` table (`import` is a Python keyword)."""
    report: ReportSettings = field(default_factory=ReportSettings)
    notify: NotifySettings = field(default_factory=NotifySettings)
    privacy: PrivacySettings = field(default_factory=PrivacySettings)
    store: StoreSettings = field(default_factory=StoreSettings)
    sources: tuple[SourceSpec, ...] = ()
    path: Path | None = None
    """The file these settings came from, or None for built-in defaults."""
    learned: LearnedModel | None = None
    """Not from the config: the team's learned model from the store (`webcare learn`),
    attached by the commands that analyse new mentions for it (poll, import)."""

    def source(self, name: str) -> SourceSpec:
        for spec in self.sources:
            if spec.name == name:
                return spec
        import difflib

        names = [s.name for s in self.sources]
        close = difflib.get_close_matches(name, names, n=1)
        hint = f" (did you mean {close[0]!r}?)" if close else ""
        raise ConfigError(
            f"no source named {name!r}{hint}; configured: {', '.join(names) or 'none'}",
            key="sources",
        )
