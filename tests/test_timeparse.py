"""Durations and timestamps: every form sources and users write, including DST in Amsterdam."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from webcare.timeparse import (
    format_duration,
    iso_utc,
    parse_duration,
    parse_since,
    parse_time,
    parse_timestamp,
)

AMS = ZoneInfo("Europe/Amsterdam")


def utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)


# ---------------------------------------------------------------- durations


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("15m", timedelta(minutes=15)),
        ("4h", timedelta(hours=4)),
        ("2d", timedelta(days=2)),
        ("1w", timedelta(weeks=1)),
        ("1h30m", timedelta(minutes=90)),
        ("90s", timedelta(seconds=90)),
        ("1.5h", timedelta(minutes=90)),
        ("24H", timedelta(days=1)),
        (" 2d 4h ", timedelta(days=2, hours=4)),
    ],
)
def test_durations_in_the_documented_forms(text: str, expected: timedelta) -> None:
    assert parse_duration(text) == expected


@pytest.mark.parametrize(
    "text", ["", "15", "m", "an hour", "15 minutes", "-5m", "1h-30m", "4u", "PT4H"]
)
def test_a_bad_duration_says_how_to_write_one(text: str) -> None:
    with pytest.raises(ValueError, match=r"not a duration; write e\.g\. 15m, 4h, 2d, 1w"):
        parse_duration(text)


@pytest.mark.parametrize(
    ("delta", "expected"),
    [
        (timedelta(seconds=20), "20s"),
        (timedelta(0), "0s"),
        (timedelta(minutes=45), "45m"),
        (timedelta(hours=2, minutes=14), "2h 14m"),
        (timedelta(hours=4), "4h"),
        (timedelta(days=3, hours=4, minutes=59), "3d 4h"),  # the two largest units
        (timedelta(days=1), "1d"),
        (timedelta(minutes=-90), "1h 30m"),  # a span, whichever way it points
    ],
)
def test_format_duration_reads_like_a_person_would_say_it(delta: timedelta, expected: str) -> None:
    assert format_duration(delta) == expected


# ---------------------------------------------------------------- timestamps from sources


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2026-11-23T07:15:00Z", utc(2026, 11, 23, 7, 15)),
        ("2026-11-23T07:15:00z", utc(2026, 11, 23, 7, 15)),
        ("2026-11-23T08:15:00+01:00", utc(2026, 11, 23, 7, 15)),
        ("2026-11-23T02:15:00-05:00", utc(2026, 11, 23, 7, 15)),
        ("2026-11-23T07:15:00.123Z", utc(2026, 11, 23, 7, 15, 0, 123000)),
        # Eight fraction digits (Graph/.NET exports): read to the microsecond, not refused.
        ("2026-11-23T07:15:00.12345678Z", utc(2026, 11, 23, 7, 15, 0, 123456)),
        ("2026-11-23T08:15:00.1234567+01:00", utc(2026, 11, 23, 7, 15, 0, 123456)),
        # RFC 2822, as RSS writes it.
        ("Mon, 23 Nov 2026 08:15:00 +0100", utc(2026, 11, 23, 7, 15)),
        ("Mon, 23 Nov 2026 07:15:00 GMT", utc(2026, 11, 23, 7, 15)),
        # Twitter's classic API format.
        ("Wed Oct 11 06:55:44 +0000 2017", utc(2017, 10, 11, 6, 55, 44)),
        ("Wed Oct 11 08:55:44 +0200 2017", utc(2017, 10, 11, 6, 55, 44)),
        # Unix epoch, seconds and milliseconds, as numbers and as strings.
        (1700000000, utc(2023, 11, 14, 22, 13, 20)),
        (1700000000000, utc(2023, 11, 14, 22, 13, 20)),
        (1700000000.5, utc(2023, 11, 14, 22, 13, 20, 500000)),
        ("1700000000", utc(2023, 11, 14, 22, 13, 20)),
        ("1700000000000", utc(2023, 11, 14, 22, 13, 20)),
    ],
)
def test_source_timestamps_become_aware_utc(raw: object, expected: datetime) -> None:
    parsed = parse_timestamp(raw, AMS)
    assert parsed == expected
    assert parsed.utcoffset() == timedelta(0)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # Winter time (CET, +01:00).
        ("2026-11-23T08:15:00", utc(2026, 11, 23, 7, 15)),
        ("2026-11-23 08:15", utc(2026, 11, 23, 7, 15)),
        # Summer time (CEST, +02:00).
        ("2026-07-01T12:00:00", utc(2026, 7, 1, 10, 0)),
        # Either side of the autumn change on Sunday 25 October 2026, 03:00 CEST -> 02:00 CET.
        ("2026-10-24T12:00:00", utc(2026, 10, 24, 10, 0)),
        ("2026-10-26T12:00:00", utc(2026, 10, 26, 11, 0)),
        # Either side of the spring change on Sunday 29 March 2026, 02:00 CET -> 03:00 CEST.
        ("2026-03-29T01:30:00", utc(2026, 3, 29, 0, 30)),
        ("2026-03-29T03:30:00", utc(2026, 3, 29, 1, 30)),
    ],
)
def test_naive_source_times_are_in_the_brand_time_zone_across_dst(
    raw: str, expected: datetime
) -> None:
    assert parse_timestamp(raw, AMS) == expected


def test_the_same_naive_time_means_different_instants_in_different_brand_zones() -> None:
    amsterdam = parse_timestamp("2026-11-23T09:00:00", AMS)
    new_york = parse_timestamp("2026-11-23T09:00:00", ZoneInfo("America/New_York"))
    assert new_york - amsterdam == timedelta(hours=6)


@pytest.mark.parametrize(
    "raw", ["", "   ", "yesterday", "23/11/2026 bij het ontbijt", None, True, [2026]]
)
def test_unreadable_timestamps_are_refused_with_the_accepted_forms(raw: object) -> None:
    with pytest.raises(ValueError, match="timestamp"):
        parse_timestamp(raw, AMS)


# ---------------------------------------------------------------- times from the command line


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-11-23T09:00:00+01:00", utc(2026, 11, 23, 8, 0)),
        ("2026-11-23T08:00:00Z", utc(2026, 11, 23, 8, 0)),
        ("2026-11-23T09:00:00", utc(2026, 11, 23, 8, 0)),  # naive: the config's zone
        ("2026-11-23", utc(2026, 11, 22, 23, 0)),  # a bare date: local midnight
        ("2026-07-01", utc(2026, 6, 30, 22, 0)),  # ... in summer time too
    ],
)
def test_parse_time_reads_iso_with_naive_times_in_the_brand_zone(
    text: str, expected: datetime
) -> None:
    assert parse_time(text, AMS) == expected


@pytest.mark.parametrize("text", ["tomorrow", "23-11-2026", "2026-13-01", "9 uur"])
def test_parse_time_refuses_what_is_not_iso_8601_with_an_example(text: str) -> None:
    with pytest.raises(ValueError, match=r"not an ISO 8601 time; write e\.g\. 2026-11-23"):
        parse_time(text, AMS)


def test_since_takes_a_duration_back_from_now_or_a_point_in_time() -> None:
    now = utc(2026, 11, 23, 8, 0)
    assert parse_since("7d", now, AMS) == utc(2026, 11, 16, 8, 0)
    assert parse_since("12h", now, AMS) == utc(2026, 11, 22, 20, 0)
    assert parse_since("2026-11-20", now, AMS) == utc(2026, 11, 19, 23, 0)
    with pytest.raises(ValueError, match="neither a duration"):
        parse_since("last week", now, AMS)


# ---------------------------------------------------------------- times leaving webcare


@pytest.mark.parametrize(
    ("moment", "expected"),
    [
        (utc(2026, 11, 23, 8, 0), "2026-11-23T08:00:00Z"),
        (datetime(2026, 11, 23, 9, 0, tzinfo=AMS), "2026-11-23T08:00:00Z"),
        (
            datetime(2026, 7, 1, 9, 0, 59, 999999, tzinfo=timezone(timedelta(hours=2))),
            "2026-07-01T07:00:59Z",
        ),
        (None, None),
    ],
)
def test_iso_utc_is_utc_with_z_to_the_second(moment: datetime | None, expected: str | None) -> None:
    assert iso_utc(moment) == expected
