"""What a stranger's server can do to a poll (issue 13), against a real server on 127.0.0.1:
whatever it answers, that source fails alone with a one-line reason (exit 3), the other
sources are stored, and no secret reaches stderr or the store."""

from __future__ import annotations

import base64
import sqlite3
from collections.abc import Callable
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from conftest import NOW
from httpserver import FeedServer
from test_poll import NEWS, news_source, rss
from test_poll_manners import page, paged_source
from typer.testing import Result

from webcare.decide import deferral, deferred_until
from webcare.fetch import LONGEST_RETRY_AFTER, retry_after_seconds
from webcare.secrets import expand_url
from webcare.store.base import SourceState

Cli = Callable[..., Result]
MakeConfig = Callable[..., Path]

GOOD = [
    {
        "title": "Acme levert weer op zondag",
        "pubDate": "Sun, 22 Nov 2026 18:00:00 +0100",
        "description": "Acme draait het besluit terug.",
    }
]


def good_source(server: FeedServer, name: str = "good") -> dict[str, object]:
    """A healthy source next to the hostile one: it must be stored whatever the other does."""
    item = {**GOOD[0], "guid": f"{name}-9001", "link": f"https://nieuws.example/{name}"}
    server.route(f"/{name}.xml", rss(item))
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


# ---------------------------------------------------------------- secrets in URLs and headers


def basic(user: str, password: str) -> str:
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()


@pytest.mark.parametrize("password", ["pa#ss?wo/rd@1", "100% sure &more", "p%40ss"])
def test_a_password_in_the_url_is_sent_whole_whatever_it_holds(
    password: str,
    feed_server: FeedServer,
    make_config: MakeConfig,
    cli: Cli,
    db_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("FEED_PASS", password)
    feed_server.route("/acme.xml", rss(*NEWS))
    url = f"http://webcare:${{FEED_PASS}}@127.0.0.1:{feed_server.port}/acme.xml"
    source = {**news_source(feed_server), "url": url}
    result = cli("poll", "--config", make_config(source), "--db", db_path, "--now", NOW)
    assert result.exit_code == 0, result.stderr
    [hit] = feed_server.hits_for("/acme.xml")
    # An already percent-encoded secret (%40 for @) is sent as written, not encoded twice.
    sent = "p@ss" if password == "p%40ss" else password
    assert hit.headers["authorization"] == basic("webcare", sent)


def test_a_secret_in_the_path_and_query_is_percent_encoded(
    feed_server: FeedServer,
    make_config: MakeConfig,
    cli: Cli,
    db_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("FEED_KEY", "a/b#c")
    monkeypatch.setenv("FEED_HASH", "x&y=z+1")
    feed_server.route("/feeds/a%2Fb%23c.xml?hash=x%26y=z%2B1", rss(*NEWS))
    url = f"http://127.0.0.1:{feed_server.port}/feeds/${{FEED_KEY}}.xml?hash=${{FEED_HASH}}"
    source = {**news_source(feed_server), "url": url}
    result = cli("poll", "--config", make_config(source), "--db", db_path, "--now", NOW)
    assert result.exit_code == 0, result.stderr
    assert "news: 3 new" in result.stderr


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1:${FEED_SECRET}/acme.xml", "http://[${FEED_SECRET}/"]
)
def test_a_url_malformed_by_its_secret_fails_that_source_and_prints_nothing_of_it(
    url: str,
    feed_server: FeedServer,
    make_config: MakeConfig,
    cli: Cli,
    db_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("FEED_SECRET", "12s3cr3t-v4lue#")
    source = {**news_source(feed_server), "url": url}
    config = make_config(source, good_source(feed_server))
    result = cli("poll", "--config", config, "--db", db_path, "--now", NOW)
    line = failed_alone(result, db_path)
    assert "${FEED_SECRET}" in line
    assert "s3cr3t" not in result.stderr + result.stdout
    assert not any("s3cr3t" in error for error in last_errors(db_path))


def test_a_header_secret_ending_in_a_newline_is_sent_without_it(
    feed_server: FeedServer,
    make_config: MakeConfig,
    cli: Cli,
    db_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("FEED_KEY", "t0k3n-from-a-file\n")  # a mounted secret file
    feed_server.route("/acme.xml", rss(*NEWS))
    source = {**news_source(feed_server), "headers": {"X-Api-Key": "${FEED_KEY}"}}
    result = cli("poll", "--config", make_config(source), "--db", db_path, "--now", NOW)
    assert result.exit_code == 0, result.stderr
    [hit] = feed_server.hits_for("/acme.xml")
    assert hit.headers["x-api-key"] == "t0k3n-from-a-file"


@pytest.mark.parametrize("value", ["t0k3n-wïth-ümlauts", "t0k3n\r\nX-Injected: 1", "t0k3n\x1b[31m"])
@pytest.mark.parametrize("where", ["headers", "token"])
def test_a_header_secret_that_cannot_be_sent_names_the_variable_never_its_value(
    value: str,
    where: str,
    feed_server: FeedServer,
    make_config: MakeConfig,
    cli: Cli,
    db_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("FEED_KEY", value)
    feed_server.route("/reviews", "{}")
    if where == "headers":
        source = {**news_source(feed_server, "/reviews"), "headers": {"X-Api-Key": "${FEED_KEY}"}}
    else:  # a kind's token option, sent in the kind's own header
        source = {
            "name": "news",
            "kind": "kiyoh",
            "url": feed_server.url("/reviews"),
            "token": "${FEED_KEY}",
        }
    config = make_config(source, good_source(feed_server))
    result = cli("poll", "--config", config, "--db", db_path, "--now", NOW)
    line = failed_alone(result, db_path)
    assert "${FEED_KEY}" in line
    assert "t0k3n" not in result.stderr + result.stdout
    assert not any("t0k3n" in error for error in last_errors(db_path))
    assert not feed_server.hits_for("/reviews")


@pytest.mark.parametrize(
    ("template", "expected"),
    [
        ("https://u:${S}@h.example/p", "https://u:p%40s%23s%3F%2F%20%25@h.example/p"),
        ("https://h.example/a/${S}.xml", "https://h.example/a/p@s%23s%3F%2F%20%25.xml"),
        ("https://h.example/f?k=${S}&x=1", "https://h.example/f?k=p@s%23s?/%20%25&x=1"),
        ("${S}", "p@s#s?/ %"),  # a whole URL kept secret goes in as it is
        ("https://${S}", "https://p@s#s?/ %"),  # so does a host
    ],
)
def test_expand_url_encodes_a_secret_for_the_part_it_lands_in(
    template: str, expected: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("S", "p@s#s?/ %\n")
    assert expand_url(template, key="url") == expected
    monkeypatch.setenv("S", "p%40s")  # encoded by hand: not twice
    assert expand_url("https://u:${S}@h.example/", key="url") == "https://u:p%40s@h.example/"


# ---------------------------------------------------------------- timeouts


def test_hanging_feeds_do_not_time_out_the_healthy_ones_waiting_for_the_same_host(
    feed_server: FeedServer, make_config: MakeConfig, cli: Cli, db_path: Path
) -> None:
    hanging = []
    for n in range(6):
        feed_server.route(f"/hang{n}.xml", rss(*NEWS), delay=30)
        hanging.append(news_source(feed_server, f"/hang{n}.xml", f"hang{n}"))
    healthy = [good_source(feed_server, "good"), good_source(feed_server, "good2")]
    config = make_config(*hanging, *healthy, poll={"per_host": 2, "timeout": "1s"})
    result = cli("poll", "--config", config, "--db", db_path, "--now", NOW)
    assert result.exit_code == 3
    # Waiting three rounds for one of the host's two slots is not the feed being slow.
    assert "good: 1 new, 0 already seen" in result.stderr
    assert "good2: 1 new, 0 already seen" in result.stderr
    assert result.stderr.count("FAILED: timed out after 1s") == 6


def test_the_timeout_is_per_source_and_its_pages_share_it(
    feed_server: FeedServer, make_config: MakeConfig, cli: Cli, db_path: Path
) -> None:
    for number, path in enumerate(["/api/posts", "/api/posts?page=2", "/api/posts?page=3"]):
        following = f"/api/posts?page={number + 2}" if number < 2 else None
        feed_server.route(path, page(range(3 * number, 3 * number + 3), following), delay=0.6)
    config = make_config(paged_source(feed_server), poll={"timeout": "1s"})
    result = cli("poll", "--config", config, "--db", db_path, "--now", NOW)
    # Each page takes 0.6 s, within 1 s alone; the second runs out of the source's 1 s.
    assert "forum-api: 3 new, 0 already seen, 1 problem(s)" in result.stderr
    assert "page 2 failed (timed out after 1s); kept 1 page(s)" in result.stderr
    assert not feed_server.hits_for("/api/posts?page=3")
