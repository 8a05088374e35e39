"""What a stranger's server can do to a poll (issue 13), against a real server on 127.0.0.1:
whatever it answers, that source fails alone with a one-line reason (exit 3), the other
sources are stored, and no secret reaches stderr or the store."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from httpserver import FeedServer
from test_poll import NEWS, news_source, rss
from typer.testing import Result

from webcare.decide import deferral, deferred_until
from webcare.fetch import LONGEST_RETRY_AFTER, retry_after_seconds
from webcare.store.base import SourceState

Cli = Callable[..., Result]
MakeConfig = Callable[..., Path]

GOOD = [
    {
        "title": "Acme levert weer op zondag",
        "link": "https://nieuws.example/2026/acme-weer-zondag",
        "guid": "nieuws-example-9001",
        "pubDate": "Sun, 22 Nov 2026 18:00:00 +0100",
        "description": "Acme draait het besluit terug.",
    }
]


def good_source(server: FeedServer, name: str = "good") -> dict[str, object]:
    """A healthy source next to the hostile one: it must be stored whatever the other does."""
    server.route(f"/{name}.xml", rss(*GOOD))
    return news_source(server, f"/{name}.xml", name)


def stored_sources(db_path: Path) -> set[str]:
    with closing(sqlite3.connect(db_path)) as db:
        return {row[0] for row in db.execute("SELECT DISTINCT source FROM mentions")}


def last_errors(db_path: Path) -> list[str]:
    with closing(sqlite3.connect(db_path)) as db:
        return [row[0] or "" for row in db.execute("SELECT last_error FROM fetch_state")]


def failed_alone(result: Result, db_path: Path, name: str = "news") -> str:
    """Assert the poll exited 3 with one FAILED line for `name` and the good source stored;
    returns that line."""
    assert result.exit_code == 3, result.stderr
    assert "Traceback" not in result.stderr
    [line] = [line for line in result.stderr.splitlines() if line.startswith(f"{name}: ")]
    assert line.startswith(f"{name}: FAILED: "), line
    assert "good" in stored_sources(db_path)
    return line


# ---------------------------------------------------------------- Retry-After


@pytest.mark.parametrize(
    "value", ["1000000000000", "9" * 400, "Fri, 31 Dec 9999 23:59:59 GMT", "1e20", "²"]
)
def test_an_absurd_retry_after_fails_that_source_only(
    value: str, feed_server: FeedServer, make_config: MakeConfig, cli: Cli, db_path: Path
) -> None:
    feed_server.route("/acme.xml", status=429, headers={"Retry-After": value})
    config = make_config(news_source(feed_server), good_source(feed_server))
    result = cli("poll", "--config", config, "--db", db_path, "--now", "2026-11-23T08:00:00Z")
    line = failed_alone(result, db_path)
    assert "HTTP 429 Too Many Requests" in line


@pytest.mark.parametrize("value", ["1000000000000", "Fri, 31 Dec 9999 23:59:59 GMT"])
def test_a_far_retry_after_defers_the_source_a_day_at_most(
    value: str, feed_server: FeedServer, make_config: MakeConfig, cli: Cli, db_path: Path
) -> None:
    feed_server.route("/acme.xml", status=429, headers={"Retry-After": value})
    config = make_config(news_source(feed_server), good_source(feed_server))
    first = cli("poll", "--config", config, "--db", db_path, "--now", "2026-11-23T08:00:00Z")
    assert first.exit_code == 3, first.stderr
    assert "left alone until 2026-11-24T08:00:00Z" in first.stderr

    feed_server.route("/acme.xml", rss(*NEWS))
    next_day = cli("poll", "--config", config, "--db", db_path, "--now", "2026-11-24T08:01:00Z")
    assert next_day.exit_code == 0, next_day.stderr
    assert "news: 3 new, 0 already seen" in next_day.stderr


def test_a_deferred_source_exits_3_and_says_so_even_with_quiet(
    feed_server: FeedServer, make_config: MakeConfig, cli: Cli, db_path: Path
) -> None:
    feed_server.route("/acme.xml", status=503, headers={"Retry-After": "3600"})
    config = make_config(news_source(feed_server), good_source(feed_server))
    cli("poll", "--config", config, "--db", db_path, "--now", "2026-11-23T08:00:00Z")

    later = cli(
        "poll", "--config", config, "--db", db_path, "--now", "2026-11-23T08:30:00Z", "--quiet"
    )
    assert later.exit_code == 3
    assert "news: FAILED: not polled: the source asked (Retry-After) to be left alone" in (
        later.stderr
    )
    assert "left alone until 2026-11-23T09:00:00Z" in later.stderr
    assert len(feed_server.hits_for("/acme.xml")) == 1  # still nobody knocks again


def test_a_deferral_is_a_day_at_most_and_a_stored_one_further_ahead_is_ignored() -> None:
    now = datetime(2026, 11, 23, 8, tzinfo=UTC)
    assert deferral(120, now) == now + timedelta(minutes=2)
    assert deferral(LONGEST_RETRY_AFTER, now) == now + timedelta(days=1)
    # Written before the cap (or by a clock since turned back): polled again, not silenced.
    far = SourceState(retry_at=datetime(9999, 12, 31, tzinfo=UTC))
    assert deferred_until(far, now) is None
    assert deferred_until(SourceState(retry_at=now + timedelta(hours=2)), now) is not None


@pytest.mark.parametrize(
    ("value", "seconds"),
    [
        ("1000000000000", LONGEST_RETRY_AFTER),
        ("9" * 5000, LONGEST_RETRY_AFTER),  # past int()'s digit limit, and float infinity
        ("000120", 120.0),
        ("Fri, 31 Dec 9999 23:59:59 GMT", LONGEST_RETRY_AFTER),
        ("1e20", None),
        ("²", None),
        ("-5", None),
    ],
)
def test_retry_after_is_read_safely(value: str, seconds: float | None) -> None:
    assert retry_after_seconds(value, "Mon, 23 Nov 2026 08:00:00 GMT") == seconds
