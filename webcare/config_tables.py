"""Every key of the config file: its type, its default, its valid choices, and an error
that names the file and the key when a value is wrong. One function per table; the
`Reader` walks one table and knows where it is (`sources[2] (reviews).channel`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from webcare.businesshours import HoursError, WeeklyHours, parse_hours
from webcare.config_reader import Reader, choices
from webcare.model import Channel, ReplyPolicy, UrgencyLevel
from webcare.secrets import is_reference
from webcare.settings import (
    DEFAULT_REPLY,
    DEFAULT_TARGETS,
    BrandSettings,
    ImportSettings,
    NotifySettings,
    PollSettings,
    ReportSettings,
    RouteSettings,
    SlaSettings,
    TopicRuleSettings,
    TopicSettings,
    UrgencyRuleSettings,
    UrgencySettings,
)
from webcare.timeparse import parse_duration

TOP_KEYS = (
    "brand",
    "sla",
    "route",
    "urgency",
    "topics",
    "poll",
    "import",
    "report",
    "notify",
    "privacy",
    "store",
    "sources",
)
NOTIFY_KEYS = ("urls", "on", "cooldown", "max_items", "recent")
BRAND_KEYS = ("name", "keywords", "exclude", "handles", "timezone")
SLA_SCALARS = ("at_risk", "at_risk_floor")
SLA_TABLES = ("urgency", "hours", "holidays", "reply")
HOLIDAY_KEYS = ("country", "subdivision", "extra")
ROUTE_KEYS = ("high_value_keywords", "strongly_negative", "high_amount", "low_rating")
URGENCY_KEYS = ("rules", "disable")
URGENCY_RULE_KEYS = ("level", "patterns", "extend", "emotional", "monetary")
TOPIC_KEYS = ("patterns", "weight", "monetary", "extend")
_RULE_NAME = re.compile(r"[a-z][a-z0-9_-]*")
POLL_KEYS = (
    "concurrency",
    "per_host",
    "timeout",
    "connect_timeout",
    "max_bytes",
    "backfill",
    "max_pages",
    "allow_private_redirects",
    "workers",
)
IMPORT_KEYS = ("max_bytes",)
REPORT_KEYS = ("digest_since", "thank_within")
_LEGACYREPORT_KEYS = ("since",)
"""Still read, no longer documented: `since` once narrowed the report itself."""


def brand(r: Reader) -> BrandSettings:
    r.only(BRAND_KEYS)
    tz_name = r.get("timezone", str, "Europe/Amsterdam")
    try:
        tz = ZoneInfo(tz_name)
    except (ZoneInfoNotFoundError, ValueError):
        raise r.error(
            f"{tz_name!r} is not an IANA time zone (e.g. Europe/Amsterdam)", r.key("timezone")
        ) from None
    return BrandSettings(
        name=r.get("name", str, "Brand"),
        keywords=r.strings("keywords"),
        exclude=r.strings("exclude"),
        handles=tuple(h.lstrip("@") for h in r.strings("handles")),
        timezone=tz,
    )


def reply_policy(r: Reader, name: str) -> ReplyPolicy | None:
    text = r.get(name, str)
    if text is None:
        return None
    valid = [policy.value for policy in ReplyPolicy]
    if text not in valid:
        raise r.error(f"unknown reply policy {text!r}{choices(valid, text)}", r.key(name))
    return ReplyPolicy(text)


def sla(
    r: Reader,
    brand: BrandSettings,
    source_targets: Mapping[str, timedelta],
    source_reply: Mapping[str, ReplyPolicy],
) -> SlaSettings:
    tz = brand.timezone
    channel_keys = (*(c.value for c in Channel), "default")
    r.only((*channel_keys, *SLA_SCALARS, *SLA_TABLES))
    targets = dict(DEFAULT_TARGETS)
    for name in channel_keys:
        value = r.duration(name)
        if value is not None:
            targets[name] = value
    at_risk = float(r.get("at_risk", (int, float), 0.75))
    if not 0 < at_risk < 1:
        raise r.error(
            f"must be a share between 0 and 1 (e.g. 0.75), not {at_risk}", r.key("at_risk")
        )
    urgency_table = r.sub("urgency")
    urgency_table.only(tuple(level.value for level in UrgencyLevel))
    urgency = {}
    for level in UrgencyLevel:
        value = urgency_table.duration(level.value)
        if value is not None:
            urgency[level] = value
    floor = r.duration("at_risk_floor", timedelta(minutes=15))
    assert floor is not None
    channels = tuple(c.value for c in Channel)
    hours_table = r.sub("hours")
    hours_table.only(channels)
    hours: dict[str, WeeklyHours] = {}
    for channel in channels:
        text = hours_table.get(channel, str)
        if text is not None:
            try:
                parsed = parse_hours(text)
            except HoursError as exc:
                raise hours_table.error(str(exc), hours_table.key(channel)) from None
            hours[channel] = parsed
    holidays_table = r.sub("holidays")
    holidays_table.only(HOLIDAY_KEYS)
    country = holidays_table.get("country", str)
    subdivision = holidays_table.get("subdivision", str)
    if country is not None or subdivision is not None:
        _check_holidays(holidays_table, country, subdivision)
    extra: dict[date, str] = {}
    for item in holidays_table.strings("extra"):
        day_text, _, name = item.partition(" ")
        try:
            extra[date.fromisoformat(day_text)] = name.strip() or "closed (extra day)"
        except ValueError:
            raise holidays_table.error(
                f"{item!r} is not a date; write 2026-12-31, optionally followed by a name",
                holidays_table.key("extra"),
            ) from None
    reply_table = r.sub("reply")
    reply_table.only(channels)
    reply = dict(DEFAULT_REPLY)
    for channel in channels:
        policy = reply_policy(reply_table, channel)
        if policy is not None:
            reply[channel] = policy
    return SlaSettings(
        reply=reply,
        source_reply=dict(source_reply),
        addressees=(*brand.handles, brand.name),
        targets=targets,
        at_risk=at_risk,
        at_risk_floor=floor,
        urgency=urgency,
        hours=hours,
        holiday_country=country,
        holiday_subdivision=subdivision,
        extra_closed=extra,
        source_targets=dict(source_targets),
        timezone=tz,
    )


def _check_holidays(r: Reader, country: str | None, subdivision: str | None) -> None:
    # What `holidays.list_supported_countries()` holds (the same codes, aliases included,
    # from the package's registry; the same subdivisions), read for this country alone
    # rather than built for all 250: 25 million instructions less at every start.
    import holidays
    from holidays.registry import EntityLoader

    if country is None or country not in set(EntityLoader.get_country_codes()):
        raise r.error(
            f"{country!r} is not a country the holidays package knows; use an ISO code such as NL, BE, DE",
            r.key("country"),
        )
    subdivisions = list(getattr(holidays, country).subdivisions)
    if subdivision is not None and subdivision not in subdivisions:
        valid = ", ".join(subdivisions) or "none"
        raise r.error(
            f"{subdivision!r} is not a subdivision of {country}; valid: {valid}",
            r.key("subdivision"),
        )


def route(r: Reader) -> RouteSettings:
    r.only(ROUTE_KEYS)
    defaults = RouteSettings()
    strongly_negative = float(r.get("strongly_negative", (int, float), defaults.strongly_negative))
    if not -1 <= strongly_negative < 0:
        raise r.error(
            f"must be a sentiment score from -1 up to 0 (e.g. -0.5), not {strongly_negative}",
            r.key("strongly_negative"),
        )
    high_amount = float(r.get("high_amount", (int, float), defaults.high_amount))
    if high_amount <= 0:
        raise r.error(
            f"must be an amount above 0 (e.g. 50), not {high_amount}", r.key("high_amount")
        )
    low_rating = r.get("low_rating", int, defaults.low_rating)
    if not 0 <= low_rating <= 5:
        raise r.error(
            f"must be a rating from 0 (none is low) to 5, not {low_rating}", r.key("low_rating")
        )
    return RouteSettings(
        high_value_keywords=r.strings("high_value_keywords"),
        strongly_negative=strongly_negative,
        high_amount=high_amount,
        low_rating=low_rating,
    )


def _rule_name(r: Reader, name: str, what: str) -> None:
    if not _RULE_NAME.fullmatch(name):
        raise r.error(
            f"{what} names are lower-case letters, digits, '-' and '_', starting with a letter; not {name!r}",
            r.key(name),
        )


def _patterns(r: Reader, name: str) -> tuple[str, ...]:
    """A list of regular expressions, each compiled once here so a bad one is named now."""
    patterns = r.strings(name)
    for index, pattern in enumerate(patterns):
        key = f"{r.key(name)}[{index}]"
        try:
            compiled = re.compile(pattern, re.IGNORECASE)
        except re.error as exc:
            raise r.error(f"not a valid regular expression ({exc}): {pattern!r}", key) from None
        if compiled.match("") is not None:
            raise r.error(f"matches an empty text, so it would match everywhere: {pattern!r}", key)
    return patterns


def _disable(r: Reader, valid: list[str], what: str) -> tuple[str, ...]:
    names = r.strings("disable")
    for name in names:
        if name not in valid:
            raise r.error(f"unknown {what} {name!r}{choices(valid, name)}", r.key("disable"))
    return names


def urgency(r: Reader) -> UrgencySettings:
    r.only(URGENCY_KEYS)
    if not r.table:
        return UrgencySettings()  # no table: the analysis's rules are not loaded to say so
    from webcare.analysis.urgency_lexicon import BUILTIN_NAMES

    levels = [level.value for level in UrgencyLevel]
    table = r.sub("rules")
    rules = []
    for name in table.table:
        _rule_name(table, name, "category")
        rule = table.sub(name)
        rule.only(URGENCY_RULE_KEYS)
        level_name = rule.get("level", str)
        if level_name is not None and level_name not in levels:
            raise rule.error(
                f"unknown level {level_name!r}{choices(levels, level_name)}", rule.key("level")
            )
        patterns = _patterns(rule, "patterns")
        extend = rule.get("extend", bool, True)
        if name not in BUILTIN_NAMES and (level_name is None or not patterns):
            raise rule.error(
                f"a new category needs `level` and `patterns` (built-in categories: {', '.join(BUILTIN_NAMES)})",
                rule.prefix,
            )
        if not extend and not patterns:
            raise rule.error(
                "`extend = false` replaces the built-in patterns: give `patterns`",
                rule.key("extend"),
            )
        rules.append(
            UrgencyRuleSettings(
                name=name,
                level=UrgencyLevel(level_name) if level_name else None,
                patterns=patterns,
                extend=extend,
                emotional=rule.get("emotional", bool),
                monetary=rule.get("monetary", bool),
            )
        )
    disable = _disable(
        r,
        [*BUILTIN_NAMES, *(rule.name for rule in rules if rule.name not in BUILTIN_NAMES)],
        "category",
    )
    return UrgencySettings(rules=tuple(rules), disable=disable)


def topics(r: Reader) -> TopicSettings:
    if not r.table:
        return TopicSettings()  # no table: the analysis's rules are not loaded to say so
    from webcare.analysis.topics import BUILTIN_NAMES

    rules = []
    for name, value in r.table.items():
        if name == "disable":
            continue
        if not isinstance(value, dict):
            raise r.error(
                f"must be a table ([topics.{name}] with {', '.join(TOPIC_KEYS)}); the only other key is `disable`",
                r.key(name),
            )
        _rule_name(r, name, "topic")
        rule = r.sub(name)
        rule.only(TOPIC_KEYS)
        patterns = _patterns(rule, "patterns")
        extend = rule.get("extend", bool, True)
        if name not in BUILTIN_NAMES and not patterns:
            raise rule.error(
                f"a new topic needs `patterns` (built-in topics: {', '.join(BUILTIN_NAMES)})",
                rule.prefix,
            )
        if not extend and not patterns:
            raise rule.error(
                "`extend = false` replaces the built-in patterns: give `patterns`",
                rule.key("extend"),
            )
        weight = rule.get("weight", (int, float))
        if weight is not None and not -50 <= weight <= 50:
            raise rule.error(
                f"must be a number of priority points from -50 to 50, not {weight}",
                rule.key("weight"),
            )
        monetary = rule.get("monetary", str)
        if monetary is not None and monetary not in ("high", "low"):
            raise rule.error(f"must be 'high' or 'low', not {monetary!r}", rule.key("monetary"))
        rules.append(
            TopicRuleSettings(
                name=name,
                patterns=patterns,
                extend=extend,
                weight=float(weight) if weight is not None else None,
                monetary=None if monetary is None else monetary == "high",
            )
        )
    disable = _disable(
        r,
        [*BUILTIN_NAMES, *(rule.name for rule in rules if rule.name not in BUILTIN_NAMES)],
        "topic",
    )
    return TopicSettings(rules=tuple(rules), disable=disable)


def poll(r: Reader) -> PollSettings:
    r.only(POLL_KEYS)
    defaults = PollSettings()
    concurrency = r.get("concurrency", int, defaults.concurrency)
    if not 1 <= concurrency <= 256:
        raise r.error(f"must be between 1 and 256, not {concurrency}", r.key("concurrency"))
    per_host = r.get("per_host", int, defaults.per_host)
    if not 1 <= per_host <= 64:
        raise r.error(f"must be between 1 and 64, not {per_host}", r.key("per_host"))
    max_pages = r.get("max_pages", int, 10)
    if not 1 <= max_pages <= 100:
        raise r.error(f"must be between 1 and 100, not {max_pages}", r.key("max_pages"))
    workers = r.get("workers", (int, str), "auto")
    if workers != "auto" and not (isinstance(workers, int) and 1 <= workers <= 64):
        raise r.error(f"must be 'auto' or between 1 and 64, not {workers!r}", r.key("workers"))
    return PollSettings(
        concurrency=concurrency,
        timeout=r.duration("timeout", defaults.timeout) or defaults.timeout,
        connect_timeout=r.duration("connect_timeout", defaults.connect_timeout)
        or defaults.connect_timeout,
        max_bytes=r.size("max_bytes", defaults.max_bytes),
        backfill=r.duration("backfill"),
        per_host=per_host,
        max_pages=max_pages,
        allow_private_redirects=r.get("allow_private_redirects", bool, False),
        workers=None if workers == "auto" else workers,
    )


def import_(r: Reader) -> ImportSettings:
    r.only(IMPORT_KEYS)
    return ImportSettings(max_bytes=r.size("max_bytes", ImportSettings().max_bytes))


def report(r: Reader) -> ReportSettings:
    for name in r.table:
        if name not in (*REPORT_KEYS, *_LEGACYREPORT_KEYS):
            raise r.error(f"unknown key{choices(list(REPORT_KEYS), name)}", r.key(name))
    # `since` once narrowed the report itself and hid old breaches; it now only sets the
    # digest window, as `digest_since` does.
    legacy = "since" in r.table and "digest_since" not in r.table
    key = "since" if legacy else "digest_since"
    since = r.get(key, str, "7d")
    if since != "all":
        try:
            parse_duration(since)
        except ValueError as exc:
            raise r.error(f"{exc}, or 'all'", r.key(key)) from None
    defaults = ReportSettings()
    thank_within = r.duration("thank_within", defaults.thank_within) or defaults.thank_within
    return ReportSettings(digest_since=since, thank_within=thank_within, legacy_since=legacy)


def notify(r: Reader) -> NotifySettings:
    r.only(NOTIFY_KEYS)
    urls = r.strings("urls")
    for index, url in enumerate(urls):
        # "${WEBCARE_SLACK_URL}": the whole URL is a secret, read only when `notify` sends.
        if "://" not in url and not is_reference(url):
            raise r.error(
                "must be an Apprise URL such as slack://…, msteams://…, mailtos://… or json://…"
                ', or "${ENV_NAME}" for one kept in the environment',
                r.key(f"urls[{index}]"),
            )
    on = r.get("on", str, "breached")
    if on not in ("breached", "at-risk"):
        raise r.error(f"must be 'breached' or 'at-risk', not {on!r}", r.key("on"))
    max_items = r.get("max_items", int, 10)
    if not 1 <= max_items <= 100:
        raise r.error(f"must be between 1 and 100, not {max_items}", r.key("max_items"))
    defaults = NotifySettings()
    return NotifySettings(
        urls=tuple(urls),
        on=on,
        cooldown=r.duration("cooldown", defaults.cooldown) or defaults.cooldown,
        max_items=max_items,
        recent=r.duration("recent", defaults.recent) or defaults.recent,
    )
