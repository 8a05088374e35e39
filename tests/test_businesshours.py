"""Business-hours calendars: the worked examples, holidays, DST and properties."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from webcare.businesshours import (
    Calendar,
    HoursError,
    Interval,
    holidays_for,
    overlaps,
    parse_hours,
)

AMS = ZoneInfo("Europe/Amsterdam")
OFFICE = parse_hours("mon-fri 09:00-17:00")


def local(*args: int) -> datetime:
    return datetime(*args, tzinfo=AMS)


def test_parse_days_ranges_lists_and_several_intervals() -> None:
    hours = parse_hours("mon-fri 09:00-12:00 13:00-17:30, sat/sun 10:00-14:00")
    assert hours.by_day[0] == (Interval(540, 720), Interval(780, 1050))
    assert hours.by_day[6] == (Interval(600, 840),)
    assert 5 in hours.by_day and 4 in hours.by_day


def test_parse_24_00_and_shifts_past_midnight() -> None:
    assert parse_hours("mon 00:00-24:00").by_day[0] == (Interval(0, 1440),)
    assert parse_hours("fri 22:00-02:00").by_day[4] == (Interval(1320, 1560),)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("mon-fri", "write days then intervals"),
        ("funday 09:00-17:00", "not a day"),
        ("mon 09:00-25:00", "not a time of day"),
        ("mon 09:60-17:00", "not a time of day"),
        ("mon 09:00-09:00", "empty"),
        ("", "no business hours"),
    ],
)
def test_bad_hours_say_what_is_wrong(text: str, problem: str) -> None:
    with pytest.raises(HoursError, match=problem):
        parse_hours(text)


def test_overlapping_intervals_are_linted() -> None:
    assert overlaps(parse_hours("mon 09:00-13:00 12:00-17:00"))
    assert overlaps(parse_hours("sun 22:00-02:00, mon 01:00-05:00"))
    assert not overlaps(parse_hours("mon-fri 09:00-12:00 13:00-17:00"))


def test_friday_17_00_plus_8_business_hours_is_monday_17_00() -> None:
    due = Calendar(AMS, OFFICE).add(local(2026, 11, 20, 17, 0), timedelta(hours=8))
    assert due.astimezone(AMS) == local(2026, 11, 23, 17, 0)


def test_friday_16_45_plus_30_minutes_is_monday_09_15() -> None:
    due = Calendar(AMS, OFFICE).add(local(2026, 11, 20, 16, 45), timedelta(minutes=30))
    assert due.astimezone(AMS) == local(2026, 11, 23, 9, 15)


def test_a_mention_arriving_while_closed_starts_at_the_next_opening() -> None:
    due = Calendar(AMS, OFFICE).add(local(2026, 11, 21, 11, 0), timedelta(hours=1))  # Saturday
    assert due.astimezone(AMS) == local(2026, 11, 23, 10, 0)


def test_christmas_in_the_netherlands_is_skipped_and_named() -> None:
    closed = holidays_for("NL", None, range(2026, 2027))
    calendar = Calendar(AMS, OFFICE, closed)
    start = local(2026, 12, 24, 16, 0)
    due = calendar.add(start, timedelta(hours=2))
    assert due.astimezone(AMS) == local(2026, 12, 28, 10, 0)
    skipped = [span.reason for span in calendar.walk(start, due) if not span.counted]
    assert skipped == [
        "closed: Christmas Day (2026-12-25), Second Day of Christmas (2026-12-26), weekend"
    ]


def test_easter_monday_in_the_netherlands() -> None:
    closed = holidays_for("NL", None, range(2026, 2027))
    assert closed[date(2026, 4, 6)] == "Easter Monday"
    due = Calendar(AMS, OFFICE, closed).add(local(2026, 4, 2, 16, 0), timedelta(hours=2))
    # Thursday 2 April 16:00 + 2h: Good Friday, the weekend and Easter Monday are closed.
    assert due.astimezone(AMS) == local(2026, 4, 7, 10, 0)


def test_spring_forward_counts_real_time_around_the_clock() -> None:
    always = Calendar(AMS, parse_hours("mon-sun 00:00-24:00"))
    due = always.add(local(2026, 3, 28, 23, 0), timedelta(hours=4))
    assert due == datetime(2026, 3, 29, 2, 0, tzinfo=UTC)
    assert due.astimezone(AMS).hour == 4  # 02:00-03:00 local does not exist that night


def test_fall_back_keeps_office_hours_on_the_wall_clock() -> None:
    due = Calendar(AMS, OFFICE).add(local(2026, 10, 23, 16, 0), timedelta(hours=2))
    assert due.astimezone(AMS) == local(2026, 10, 26, 10, 0)  # Monday, after the change


def test_elapsed_counts_only_open_time() -> None:
    calendar = Calendar(AMS, OFFICE)
    assert calendar.elapsed(local(2026, 11, 20, 16, 0), local(2026, 11, 23, 10, 0)) == timedelta(
        hours=2
    )


DAYS = st.datetimes(
    min_value=datetime(2026, 1, 1), max_value=datetime(2027, 12, 31), timezones=st.just(AMS)
)
TARGETS = st.integers(min_value=1, max_value=3 * 24 * 60).map(lambda m: timedelta(minutes=m))
HOLIDAYS = holidays_for("NL", None, range(2026, 2029))
CALENDARS = st.sampled_from(
    [
        Calendar(AMS, OFFICE, HOLIDAYS),
        Calendar(AMS, parse_hours("mon-fri 08:00-12:00 13:00-22:00, sat 10:00-14:00"), HOLIDAYS),
        Calendar(AMS, parse_hours("fri 22:00-02:00, sun 00:00-24:00")),
    ]
)


def _open_at(calendar: Calendar, moment: datetime) -> bool:
    return any(
        begin <= moment < end for begin, end in calendar.open_intervals(moment - timedelta(days=2))
    )


@settings(max_examples=150, deadline=None)
@given(calendar=CALENDARS, start=DAYS, target=TARGETS)
def test_a_due_time_never_falls_inside_closed_time(
    calendar: Calendar, start: datetime, target: timedelta
) -> None:
    due = calendar.add(start, target)
    just_before = due - timedelta(seconds=1)
    assert _open_at(calendar, just_before)
    assert calendar.elapsed(start, due) == target


@settings(max_examples=150, deadline=None)
@given(calendar=CALENDARS, start=DAYS, target=TARGETS, extra=TARGETS)
def test_a_due_time_grows_with_the_target(
    calendar: Calendar, start: datetime, target: timedelta, extra: timedelta
) -> None:
    assert calendar.add(start, target + extra) > calendar.add(start, target)
