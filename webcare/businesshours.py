"""Business-hours calendars: when a channel is open, and how business time adds up. Pure.

A `Calendar` is a weekly schedule in the brand's time zone (several intervals a day,
`24:00`, shifts past midnight) minus closed dates (public holidays from the `holidays`
package, extra dates). All arithmetic runs on aware datetimes converted to UTC, so an
interval that spans a DST change counts the real time that passed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_INTERVAL = re.compile(r"^(\d{1,2}):(\d{2})-(\d{1,2}):(\d{2})$")
_MAX_DAYS = 400
"""A walk that finds no opening within this many days is a calendar that is never open."""


class HoursError(ValueError):
    """Business hours that cannot be read; the message says what is wrong."""


@dataclass(frozen=True, slots=True)
class Interval:
    """Minutes after local midnight; `end` may pass 1440 for a shift past midnight."""

    start: int
    end: int


@dataclass(frozen=True, slots=True)
class WeeklyHours:
    """A channel's opening hours in a week, as `[sla.hours]` wrote them."""

    by_day: Mapping[int, tuple[Interval, ...]]
    """Weekday (0 = Monday) to its opening intervals, sorted."""
    text: str = ""

    @property
    def always_open(self) -> bool:
        return all(self.by_day.get(d) == (Interval(0, 1440),) for d in range(7))


ALWAYS = WeeklyHours({day: (Interval(0, 1440),) for day in range(7)}, "24/7")


def _minutes(hours: str, minutes: str, *, allow_24: bool) -> int:
    h, m = int(hours), int(minutes)
    if m > 59 or h > 24 or (h == 24 and (m or not allow_24)):
        raise HoursError(f"{hours}:{minutes} is not a time of day (00:00 to 24:00)")
    return h * 60 + m


def _days(text: str) -> list[int]:
    days: list[int] = []
    for part in text.split(","):
        part = part.strip().lower()[:7]
        if "-" in part:
            first, last = (p.strip()[:3] for p in part.split("-", 1))
            if first not in DAYS or last not in DAYS:
                raise HoursError(f"{part!r} is not a day range; days are {', '.join(DAYS)}")
            a, b = DAYS.index(first), DAYS.index(last)
            days.extend((a + i) % 7 for i in range((b - a) % 7 + 1))
        elif part[:3] in DAYS:
            days.append(DAYS.index(part[:3]))
        else:
            raise HoursError(f"{part!r} is not a day; days are {', '.join(DAYS)}")
    return days


def parse_hours(text: str) -> WeeklyHours:
    """Read `mon-fri 09:00-17:00, sat 10:00-14:00` or `mon-fri 09:00-12:00 13:00-17:30`.

    Groups are separated by commas or semicolons; each names days (a day, a range, or a
    list joined by `/`) and one or more `HH:MM-HH:MM` intervals. `24:00` ends a day; an
    interval that ends before it starts runs past midnight (`fri 22:00-02:00`).
    """
    by_day: dict[int, list[Interval]] = {}
    groups = [g.strip() for g in re.split(r"[;,](?=\s*[a-zA-Z])", text) if g.strip()]
    if not groups:
        raise HoursError("no business hours given; write e.g. 'mon-fri 09:00-17:00'")
    for group in groups:
        words = group.split()
        day_words = [w for w in words if not _INTERVAL.match(w)]
        intervals = [w for w in words if _INTERVAL.match(w)]
        if not day_words or not intervals:
            raise HoursError(f"{group!r}: write days then intervals, e.g. 'mon-fri 09:00-17:00'")
        days = _days(",".join(w.replace("/", ",") for w in day_words))
        for raw in intervals:
            match = _INTERVAL.match(raw)
            assert match is not None
            start = _minutes(match[1], match[2], allow_24=False)
            end = _minutes(match[3], match[4], allow_24=True)
            if end == start:
                raise HoursError(f"{raw!r} is empty; for a whole day write 00:00-24:00")
            if end < start:
                end += 1440  # past midnight
            for day in days:
                by_day.setdefault(day, []).append(Interval(start, end))
    return WeeklyHours(
        {d: tuple(sorted(v, key=lambda i: i.start)) for d, v in by_day.items()}, text
    )


def overlaps(hours: WeeklyHours) -> list[str]:
    """Intervals of one day (or a shift spilling into the next) that overlap: a lint."""
    problems: list[str] = []
    flat: list[tuple[int, int, str]] = []
    flat.extend(
        (day * 1440 + interval.start, day * 1440 + interval.end, DAYS[day])
        for day, intervals in hours.by_day.items()
        for interval in intervals
    )
    flat.sort()
    for (_, a_end, a_day), (b_start, _, b_day) in zip(flat, flat[1:], strict=False):
        if b_start < a_end:
            where = a_day if a_day == b_day else f"{a_day} (past midnight) and {b_day}"
            problems.append(f"{where}: intervals overlap")
    if flat and flat[-1][1] > 7 * 1440 and flat[0][0] < flat[-1][1] - 7 * 1440:
        problems.append(f"{flat[-1][2]} (past midnight) and {flat[0][2]}: intervals overlap")
    return problems


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the walk: open time counted, or closed time skipped, with why."""

    start: datetime
    end: datetime
    counted: bool
    reason: str


@dataclass(frozen=True, slots=True)
class Calendar:
    """When a channel's clock runs: its opening hours and closed days, in its time zone."""

    tz: tzinfo
    hours: WeeklyHours = ALWAYS
    closed: Mapping[date, str] = field(default_factory=dict)
    """Closed dates (local) and their names: holidays and extra days."""
    _days: dict[date, tuple[tuple[datetime, datetime], ...]] = field(
        default_factory=dict, compare=False, hash=False, repr=False
    )
    """Each local date's opening intervals in UTC, worked out once: a year-old breach's
    overdue time walks a year of days."""
    always_open: bool = field(init=False, compare=False, hash=False, repr=False)
    """Open every minute of every day: arithmetic is plain time. Decided once, as every
    add and elapsed asks it (a digest asked it 140,000 times)."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "always_open", self.hours.always_open and not self.closed)

    def _local(self, day: date, minutes: int) -> datetime:
        # Wall-clock arithmetic: 09:00 stays 09:00 local on a DST day, then goes to UTC.
        naive = datetime.combine(day, time(0)) + timedelta(minutes=minutes)
        return naive.replace(tzinfo=self.tz).astimezone(UTC)

    def open_intervals(self, since: datetime) -> Iterator[tuple[datetime, datetime]]:
        """Opening intervals in UTC, in order, from the one containing `since` onward."""
        start_day = since.astimezone(self.tz).date() - timedelta(days=1)
        for offset in range(_MAX_DAYS):
            for begin, end in self._day(start_day + timedelta(days=offset)):
                if end > since:
                    yield begin, end
        return

    def _day(self, day: date) -> tuple[tuple[datetime, datetime], ...]:
        intervals = self._days.get(day)
        if intervals is None:
            intervals = (
                ()
                if day in self.closed
                else tuple(
                    (self._local(day, interval.start), self._local(day, interval.end))
                    for interval in self.hours.by_day.get(day.weekday(), ())
                )
            )
            self._days[day] = intervals
        return intervals

    def add(self, start: datetime, duration: timedelta) -> datetime:
        """The moment `duration` of open time after `start` (a closed start waits for opening)."""
        start = start.astimezone(UTC)  # aware arithmetic in a local zone would be wall-clock time
        if self.always_open:
            return start + duration
        remaining = duration
        for begin, end in self._merged(start):
            current = max(begin, start)
            if current + remaining <= end:
                return current + remaining
            remaining -= end - current
        raise HoursError(f"the calendar is not open within {_MAX_DAYS} days of {start.isoformat()}")

    def elapsed(self, start: datetime, until: datetime) -> timedelta:
        """Open time between `start` and `until`."""
        start, until = start.astimezone(UTC), until.astimezone(UTC)
        if until <= start:
            return timedelta(0)
        if self.always_open:
            return until - start
        total = timedelta(0)
        for begin, end in self._merged(start):
            if begin >= until:
                break
            total += min(end, until) - max(begin, start)
        return total

    def is_open(self, at: datetime) -> bool:
        """Whether the clock runs at `at` (an opening interval holds it)."""
        if self.always_open:
            return True
        at = at.astimezone(UTC)
        begin, _ = next(self._merged(at), (at + timedelta(days=1), at))
        return begin <= at

    def _merged(self, since: datetime) -> Iterator[tuple[datetime, datetime]]:
        """Open intervals with touching ones joined (a 22:00-24:00 then 00:00-06:00 shift)."""
        pending: tuple[datetime, datetime] | None = None
        for begin, end in self.open_intervals(since):
            if pending is None:
                pending = (begin, end)
            elif begin <= pending[1]:
                pending = (pending[0], max(pending[1], end))
            else:
                yield pending
                pending = (begin, end)
        if pending is not None:
            yield pending

    def walk(self, start: datetime, due: datetime) -> list[Span]:
        """The clock's walk from `start` to `due`: counted open time and named closed time."""
        spans: list[Span] = []
        start, due = start.astimezone(UTC), due.astimezone(UTC)
        cursor = start
        for begin, end in self._merged(start):
            if begin >= due:
                break
            if begin > cursor:
                spans.append(Span(cursor, begin, False, self.closed_reason(cursor, begin)))
            spans.append(Span(max(begin, cursor), min(end, due), True, "open"))
            cursor = min(end, due)
        if cursor < due:
            spans.append(Span(cursor, due, False, self.closed_reason(cursor, due)))
        return spans

    def closed_reason(self, begin: datetime, end: datetime) -> str:
        """Name a closed stretch: the holidays in it, a weekend, or a night."""
        first, last = (
            begin.astimezone(self.tz).date(),
            (end - timedelta(seconds=1)).astimezone(self.tz).date(),
        )
        names = []
        day = first
        while day <= last:
            if day in self.closed:
                names.append(f"{self.closed[day]} ({day.isoformat()})")
            day += timedelta(days=1)
        weekend = any(
            (first + timedelta(days=d)).weekday() >= 5 for d in range((last - first).days + 1)
        )
        if weekend:
            names.append("weekend")
        return "closed: " + (", ".join(names) if names else "outside business hours")


class ClosedDays(Mapping[date, str]):
    """Closed dates: a country's public holidays (any year, loaded as asked) plus extra days."""

    def __init__(
        self, country: str | None, subdivision: str | None, extra: Mapping[date, str]
    ) -> None:
        self.country, self.subdivision, self.extra = country, subdivision, dict(extra)
        self._holidays: Mapping[date, str] | None = None

    def _table(self) -> Mapping[date, str]:
        if self._holidays is None:
            if self.country is None:
                self._holidays = {}
            else:
                import holidays

                # Years load on demand (`expand`), so a walk into next year finds its holidays.
                self._holidays = holidays.country_holidays(
                    self.country, subdiv=self.subdivision, language="en_US"
                )
        return self._holidays

    def __getitem__(self, day: date) -> str:
        if day in self.extra:
            return self.extra[day]
        return str(self._table()[day])

    def __contains__(self, day: object) -> bool:
        return day in self.extra or day in self._table()

    def __iter__(self) -> Iterator[date]:
        return iter({**self._table(), **self.extra})

    def __len__(self) -> int:
        return len({**self._table(), **self.extra})

    def __bool__(self) -> bool:
        return self.country is not None or bool(self.extra)


def holidays_for(country: str, subdivision: str | None, years: range) -> dict[date, str]:
    """Public holidays from the `holidays` package (imported on use)."""
    import holidays

    table = holidays.country_holidays(country, subdiv=subdivision, years=years, language="en_US")
    return {day: str(name) for day, name in table.items()}
