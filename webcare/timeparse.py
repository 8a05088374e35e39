"""Durations and timestamps: the one place that turns text into time. Pure, no clock."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from webcare.textutil import quoted

_DURATION = re.compile(r"(\d+(?:\.\d+)?)\s*(s|m|h|d|w)", re.IGNORECASE)
_UNIT_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}
_TWITTER_CLASSIC = "%a %b %d %H:%M:%S %z %Y"

MAX_DURATION = timedelta(days=3650)
"""The longest duration webcare reads, about ten years: no SLA target, window or backfill
is longer, and times that far apart stay far from the ends of the calendar."""
YEARS = range(1970, 2200)
"""The years a time given by a person (`--now`, `--at`, `--since`) may fall in: any
moment webcare reports on, with room to spare, and ten years either side of it are
still dates Python can hold."""


class _OutOfRange(ValueError):
    """A well-formed time outside `YEARS`: said as such, not as an unreadable one."""


def parse_duration(text: str) -> timedelta:
    """Parse `15m`, `4h`, `2d`, `1w`, `90s` or combinations such as `1h30m`.

    Raises ValueError with the accepted forms when the text is not a duration, and when
    it is longer than `MAX_DURATION`.
    """
    seconds = _duration_seconds(text)
    if seconds is None:
        raise ValueError(f"{text!r} is not a duration; write e.g. 15m, 4h, 2d, 1w or 1h30m")
    # `not <=` also refuses infinity (`999…9s`, too many digits for a float).
    if not seconds <= MAX_DURATION.total_seconds():
        raise ValueError(
            f"{text!r} is longer than webcare reads (at most {MAX_DURATION.days}d, about 10 years)"
        )
    return timedelta(seconds=seconds)


def _duration_seconds(text: str) -> float | None:
    """The seconds a duration's text adds up to; None when it is not one."""
    cleaned = text.strip().replace(" ", "")
    pos = 0
    total = 0.0
    for match in _DURATION.finditer(cleaned):
        if match.start() != pos:
            break
        total += float(match.group(1)) * _UNIT_SECONDS[match.group(2).lower()]
        pos = match.end()
    return total if cleaned and pos == len(cleaned) else None


def format_duration(delta: timedelta) -> str:
    """`2h 14m`, `3d 4h`, `45m`, `20s`: a human span, the two largest units."""
    seconds = int(abs(delta.total_seconds()))
    if seconds < 60:
        return f"{seconds}s"
    minutes, _ = divmod(seconds, 60)
    days, minutes = divmod(minutes, 1440)
    hours, minutes = divmod(minutes, 60)
    parts = [
        f"{days}d" if days else "",
        f"{hours}h" if hours else "",
        f"{minutes}m" if minutes else "",
    ]
    return " ".join([p for p in parts if p][:2])


def over_words(minutes: int, *, business: bool = False, closed: bool = False) -> str:
    """How far past due (whole minutes, as the SLA counts them): `9h 25m over`, and
    `under 1m over` in the first minute past due (never `0s over`). On a channel with
    business hours (`business`) the minutes are open minutes, and the words say so; and
    `closed` (it is outside those hours now): the amount stands still until opening, so
    a breach at closing time reads `under 1m over in business hours, closed now` all
    night, not as a breach of a minute ago."""
    over = f"{format_duration(timedelta(minutes=minutes))} over" if minutes >= 1 else "under 1m over"
    return over + clock_words(business=business, closed=closed)


def clock_words(*, business: bool, closed: bool) -> str:
    """What an amount of SLA minutes is counted in, when not every minute: open minutes
    (`business`), which stand still while `closed`; nothing on a 24/7 clock."""
    if not business:
        return ""
    return " in business hours, closed now" if closed else " in business hours"


def left_words(minutes: int) -> str:
    """Time left before due: `40m left`, and `due now` in the last minute up to and at the
    due time itself (never `0s left`)."""
    return f"{format_duration(timedelta(minutes=minutes))} left" if minutes >= 1 else "due now"


def parse_time(text: str, tz: tzinfo) -> datetime:
    """Parse a user-given time (ISO 8601; a bare date or naive time is in `tz`) to aware UTC.

    Only times in `YEARS`: year 1 or 9999 cannot even be moved to UTC."""
    value = text.strip()
    try:
        if len(value) == 10:
            parsed = datetime.combine(date.fromisoformat(value), time(0), tzinfo=tz)
        else:
            parsed = datetime.fromisoformat(value.replace("z", "Z"))
    except ValueError:
        raise ValueError(
            f"{text!r} is not an ISO 8601 time; write e.g. 2026-11-23T09:00:00+01:00 or 2026-11-23"
        ) from None
    if parsed.year not in YEARS:
        raise _OutOfRange(
            f"{text!r} is not in the years {YEARS[0]} to {YEARS[-1]} webcare works in"
        )
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=tz)
    return parsed.astimezone(UTC)


def parse_since(text: str, now: datetime, tz: tzinfo) -> datetime:
    """`--since` accepts a duration back from `now` (`7d`) or a point in time."""
    if _duration_seconds(text) is not None:
        return now - parse_duration(text)  # a duration too long says so
    try:
        return parse_time(text, tz)
    except _OutOfRange:
        raise
    except ValueError:
        raise ValueError(f"{text!r} is neither a duration (7d, 12h) nor an ISO 8601 time") from None


_FRACTION = re.compile(r"(\.\d{1,6})\d*")


def parse_timestamp(value: object, tz: tzinfo) -> datetime:
    """Parse a timestamp as sources write them, to aware UTC.

    Accepts ISO 8601 (any fraction length, `Z`), RFC 2822 (RSS), Twitter's classic
    `Wed Oct 11 06:55:44 +0000 2017`, and Unix epoch seconds or milliseconds. A time
    without an offset is taken to be in `tz` (the brand's time zone).
    """
    if isinstance(value, bool):
        raise ValueError(f"{quoted(value)} is not a timestamp")
    if isinstance(value, int | float):
        seconds = value / 1000 if value > 1e11 else value
        return datetime.fromtimestamp(seconds, UTC)
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{quoted(value)} is not a timestamp")
    text = value.strip()
    if re.fullmatch(r"\d{9,13}(\.\d+)?", text):
        return parse_timestamp(float(text), tz)
    parsed: datetime | None = None
    iso = _FRACTION.sub(lambda m: m.group(1), text.replace("z", "Z"), count=1)
    try:
        parsed = datetime.fromisoformat(iso)
    except ValueError:
        try:
            parsed = datetime.strptime(text, _TWITTER_CLASSIC)
        except ValueError:
            import email.utils  # RFC 2822 dates come from feeds: not loaded for reports

            try:
                parsed = email.utils.parsedate_to_datetime(text)
            except (TypeError, ValueError, IndexError):
                parsed = None
    if parsed is None:
        raise ValueError(
            f"{quoted(value)} is not a recognised timestamp (ISO 8601, RFC 2822 or epoch)"
        )
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=tz)
    return parsed.astimezone(UTC)


def local_words(moment: datetime, tz: tzinfo) -> str:
    """A time for people, in the brand's zone: `Mon 23 Nov 2026 09:00 CET`. Machine
    formats keep `iso_utc`; every line a person reads says local time, as the report does."""
    return f"{moment.astimezone(tz):%a %d %b %Y %H:%M %Z}"


_ISO_Z = re.compile(r"\b\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ\b")


def local_stamps(text: str, tz: tzinfo) -> str:
    """Text webcare kept with `iso_utc` stamps in it (why a reopened mention needs a reply:
    `reopened by anna at 2026-11-23T08:05:00Z`) with each stamp in local words."""
    if "Z" not in text:
        return text
    return _ISO_Z.sub(
        lambda m: local_words(datetime.fromisoformat(m.group().replace("Z", "+00:00")), tz), text
    )


def iso_utc(moment: datetime | None) -> str | None:
    """ISO 8601 in UTC with `Z`, to the second: the one way times leave webcare."""
    if moment is None:
        return None
    if moment.tzinfo is UTC and not moment.microsecond:  # most: as parsed, as stored
        return moment.isoformat()[:-6] + "Z"
    return moment.astimezone(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")
