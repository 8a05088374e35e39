"""HTTP manners against a real server on 127.0.0.1: a User-Agent that names webcare,
Retry-After honoured on 429/503 (waited out when short, remembered when long), and a
per-host limit on requests in flight."""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from conftest import NOW
from httpserver import FeedServer, Route
from test_poll import NEWS, news_source, rss
from typer.testing import Result

from webcare import __version__, sources
from webcare.model import Mention, Problem, Reply
from webcare.retry_after import retry_after_seconds
from webcare.sources.base import ParseContext


@pytest.fixture
def db_path(store_url: str) -> str:
    """This file's stores, on every backend: a SQLite file or a PostgreSQL database."""
    return store_url


Cli = Callable[..., Result]
MakeConfig = Callable[..., Path]


def test_user_agent_names_webcare_its_version_and_where_to_read_about_it(
    feed_server: FeedServer, make_config: MakeConfig, cli: Cli, db_path: Path
) -> None:
    feed_server.route("/acme.xml", rss(*NEWS))
    cli("poll", "--config", make_config(news_source(feed_server)), "--db", db_path, "--now", NOW)
    [hit] = feed_server.hits_for("/acme.xml")
    assert hit.user_agent is not None
    assert re.fullmatch(rf"webcare/{re.escape(__version__)} \(\+https://\S+\)", hit.user_agent)


def test_a_short_retry_after_is_waited_out_within_the_same_poll(
    feed_server: FeedServer, make_config: MakeConfig, cli: Cli, db_path: Path
) -> None:
    feed_server.route(
        "/acme.xml", status=429, headers={"Retry-After": "0"}, then=Route(rss(*NEWS).encode())
    )
    result = cli(
        "poll", "--config", make_config(news_source(feed_server)), "--db", db_path, "--now", NOW
    )
    assert result.exit_code == 0, result.stderr
    assert "news: 3 new, 0 already seen" in result.stderr
    assert [hit.status for hit in feed_server.hits_for("/acme.xml")] == [429, 200]


def test_a_long_retry_after_fails_the_source_and_later_polls_leave_it_alone_until_then(
    feed_server: FeedServer, make_config: MakeConfig, cli: Cli, db_path: Path
) -> None:
    feed_server.route(
        "/acme.xml",
        status=429,
        headers={"Retry-After": "120"},
        then=Route(rss(*NEWS).encode()),
    )
    config = make_config(news_source(feed_server))

    first = cli("poll", "--config", config, "--db", db_path, "--now", "2026-11-23T08:00:00Z")
    assert first.exit_code == 3
    assert (
        "news: FAILED: HTTP 429 Too Many Requests; the source asks to wait 120s (Retry-After)"
        in first.stderr
    )
    assert "left alone until Mon 23 Nov 2026 09:02 CET, as it asked" in first.stderr

    early = cli("poll", "--config", config, "--db", db_path, "--now", "2026-11-23T08:01:00Z")
    assert early.exit_code == 3  # its mentions wait: a partial poll, not a quiet success
    assert (
        "news: skipped: the source asked (Retry-After) not to be polled before "
        "Mon 23 Nov 2026 09:02 CET" in early.stderr
    )
    assert "FAILED" not in early.stderr  # skipped as asked, not broken
    assert len(feed_server.hits_for("/acme.xml")) == 1  # nobody knocked again

    later = cli("poll", "--config", config, "--db", db_path, "--now", "2026-11-23T08:03:00Z")
    assert later.exit_code == 0, later.stderr
    assert "news: 3 new, 0 already seen" in later.stderr
    assert [hit.status for hit in feed_server.hits_for("/acme.xml")] == [429, 200]


def test_a_503_with_a_retry_after_date_is_measured_against_the_servers_own_clock(
    feed_server: FeedServer, make_config: MakeConfig, cli: Cli, db_path: Path
) -> None:
    feed_server.route(
        "/acme.xml",
        status=503,
        # The server's Date header is sent by http.server itself (now); a date far ahead of
        # it is a long wait whatever this machine's clock says.
        headers={"Retry-After": "Fri, 31 Dec 2100 23:59:59 GMT"},
    )
    result = cli(
        "poll", "--config", make_config(news_source(feed_server)), "--db", db_path, "--now", NOW
    )
    assert result.exit_code == 3
    assert "news: FAILED: HTTP 503 Service Unavailable; the source asks to wait" in result.stderr
    assert len(feed_server.hits_for("/acme.xml")) == 1


def test_a_429_without_retry_after_is_an_ordinary_failure(
    feed_server: FeedServer, make_config: MakeConfig, cli: Cli, db_path: Path
) -> None:
    feed_server.route("/acme.xml", status=429)
    config = make_config(news_source(feed_server))
    first = cli("poll", "--config", config, "--db", db_path, "--now", NOW)
    again = cli("poll", "--config", config, "--db", db_path, "--now", NOW)
    assert "news: FAILED: HTTP 429 Too Many Requests" in first.stderr
    assert again.exit_code == 3 and len(feed_server.hits_for("/acme.xml")) == 2


@pytest.mark.parametrize(
    ("value", "date", "seconds"),
    [
        ("120", None, 120.0),
        ("0", None, 0.0),
        ("Mon, 23 Nov 2026 08:05:00 GMT", "Mon, 23 Nov 2026 08:00:00 GMT", 300.0),
        ("Mon, 23 Nov 2026 07:55:00 GMT", "Mon, 23 Nov 2026 08:00:00 GMT", 0.0),
        ("soon", None, None),
        ("", None, None),
        (None, None, None),
    ],
)
def test_retry_after_reads_seconds_and_http_dates(
    value: str | None, date: str | None, seconds: float | None
) -> None:
    assert retry_after_seconds(value, date) == seconds


def test_requests_to_one_host_stay_within_per_host(
    feed_server: FeedServer, make_config: MakeConfig, cli: Cli, db_path: Path
) -> None:
    names = [f"feed{n}" for n in range(6)]
    for name in names:
        feed_server.route(f"/{name}.xml", rss(*NEWS), delay=0.2)
    config = make_config(
        *(news_source(feed_server, f"/{name}.xml", name) for name in names),
        poll={"per_host": 2, "concurrency": 16, "timeout": "5s"},
    )
    result = cli("poll", "--config", config, "--db", db_path, "--now", NOW)
    assert result.exit_code == 0, result.stderr
    assert feed_server.max_in_flight == 2


def test_a_host_that_answers_fast_is_given_up_to_per_host_requests_at_once(
    feed_server: FeedServer, make_config: MakeConfig, cli: Cli, db_path: Path
) -> None:
    names = [f"feed{n}" for n in range(40)]
    for name in names:
        feed_server.route(f"/{name}.xml", rss(*NEWS), delay=0.1)
    config = make_config(
        *(news_source(feed_server, f"/{name}.xml", name) for name in names),
        poll={"per_host": 8, "concurrency": 16, "timeout": "10s"},
    )
    result = cli("poll", "--config", config, "--db", db_path, "--now", NOW)
    assert result.exit_code == 0, result.stderr
    # It starts at 4 at once and earns more by answering as fast as it began to.
    assert feed_server.max_in_flight == 8


def test_a_host_that_says_it_is_overloaded_is_not_given_more_requests_at_once(
    feed_server: FeedServer, make_config: MakeConfig, cli: Cli, db_path: Path
) -> None:
    names = [f"feed{n}" for n in range(24)]
    for name in names:
        later = Route(rss(*NEWS).encode(), delay=0.05)
        busy = Route(status=503, headers={"Retry-After": "0"}, delay=0.05, then=later)
        feed_server.routes[f"/{name}.xml"] = busy
    config = make_config(
        *(news_source(feed_server, f"/{name}.xml", name) for name in names),
        poll={"per_host": 16, "concurrency": 16, "timeout": "10s"},
    )
    result = cli("poll", "--config", config, "--db", db_path, "--now", NOW)
    assert result.exit_code == 0, result.stderr
    assert "polled 24 source(s): 3 new mention(s), 0 failed" in result.stderr
    assert Counter(hit.status for hit in feed_server.hits) == {503: 24, 200: 24}
    # Held at what it got before it said 503, not raised to per_host.
    assert feed_server.max_in_flight <= 4


def test_a_second_poll_of_unchanged_feeds_keeps_its_connections_alive(
    feed_server: FeedServer, make_config: MakeConfig, cli: Cli, db_path: Path
) -> None:
    names = [f"feed{n}" for n in range(20)]
    for name in names:
        feed_server.route(f"/{name}.xml", rss(*NEWS), etag=f'"{name}-v1"', delay=0.02)
    config = make_config(
        *(news_source(feed_server, f"/{name}.xml", name) for name in names),
        poll={"per_host": 4, "concurrency": 16},
    )
    cli("poll", "--config", config, "--db", db_path, "--now", NOW)
    feed_server.hits.clear()
    feed_server.connections = 0
    result = cli("poll", "--config", config, "--db", db_path, "--now", NOW)
    assert result.exit_code == 0, result.stderr
    assert [hit.status for hit in feed_server.hits] == [304] * 20
    # A 304's empty body is read to its end, so its connection serves the next request.
    assert feed_server.connections <= 4


def test_a_proxy_named_in_the_environment_carries_the_requests(
    feed_server: FeedServer,
    make_config: MakeConfig,
    cli: Cli,
    db_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The test server plays the proxy: it is asked for the whole URL of a host that
    # does not exist, which only a proxy can answer.
    feed_server.route("http://feeds.invalid/acme.xml", rss(*NEWS))
    monkeypatch.setenv("HTTP_PROXY", feed_server.url(""))
    source = {**news_source(feed_server), "url": "http://feeds.invalid/acme.xml"}
    result = cli("poll", "--config", make_config(source), "--db", db_path, "--now", NOW)
    assert result.exit_code == 0, result.stderr
    assert "news: 3 new, 0 already seen" in result.stderr
    assert [hit.path for hit in feed_server.hits] == ["http://feeds.invalid/acme.xml"]


# ---------------------------------------------------------------- paging


def page(numbers: range, next_link: str | None) -> str:
    items = [
        {
            "id": f"p{n}",
            "author": f"klant{n}",
            "text": f"Acme bestelling {n} is kwijt",
            "created_at": f"2026-11-2{2 if n > 5 else 3}T0{n % 8}:00:00Z",
        }
        for n in numbers
    ]
    return json.dumps({"data": items, "links": {"next": next_link}})


def paged_source(server: FeedServer, **extra: object) -> dict[str, object]:
    return {
        "name": "forum-api",
        "kind": "json",
        "url": server.url("/api/posts"),
        "items": "data",
        "next": "links.next",
        **extra,
    }


def test_pages_are_followed_until_the_last_one(
    feed_server: FeedServer, make_config: MakeConfig, cli: Cli, db_path: Path
) -> None:
    feed_server.route("/api/posts", page(range(1, 4), "/api/posts?page=2"))
    feed_server.route("/api/posts?page=2", page(range(4, 7), "/api/posts?page=3"))
    feed_server.route("/api/posts?page=3", page(range(7, 9), None))
    result = cli(
        "poll", "--config", make_config(paged_source(feed_server)), "--db", db_path, "--now", NOW
    )
    assert result.exit_code == 0, result.stderr
    assert "forum-api: 8 new, 0 already seen" in result.stderr
    assert [hit.path for hit in feed_server.hits] == [
        "/api/posts",
        "/api/posts?page=2",
        "/api/posts?page=3",
    ]


class CountingJson(type(sources.get("json"))):  # type: ignore[misc]
    """The `json` kind, counting how often each page is parsed."""

    name = "counting-json"

    def __init__(self) -> None:
        self.parsed: Counter[bytes] = Counter()

    def parse(self, raw: bytes, ctx: ParseContext) -> Iterator[Mention | Reply | Problem]:
        self.parsed[raw] += 1
        return super().parse(raw, ctx)


@pytest.fixture
def counting_kind(monkeypatch: pytest.MonkeyPatch) -> CountingJson:
    """A plugin kind, registered for one test (and gone after it)."""
    kind = CountingJson()
    monkeypatch.setitem(sources._REGISTRY, kind.name, kind)
    return kind


def test_each_page_is_parsed_once(
    counting_kind: CountingJson,
    feed_server: FeedServer,
    make_config: MakeConfig,
    cli: Cli,
    db_path: Path,
) -> None:
    pages = [
        page(range(1, 4), "/api/posts?page=2"),
        page(range(4, 7), "/api/posts?page=3"),
        page(range(7, 9), None),
    ]
    for path, body in zip(
        ["/api/posts", "/api/posts?page=2", "/api/posts?page=3"], pages, strict=True
    ):
        feed_server.route(path, body)
    source = {**paged_source(feed_server), "kind": counting_kind.name}
    result = cli("poll", "--config", make_config(source), "--db", db_path, "--now", NOW)
    assert result.exit_code == 0, result.stderr
    assert "forum-api: 8 new, 0 already seen" in result.stderr
    assert sorted(counting_kind.parsed.values()) == [1, 1, 1]  # paging and storing share it
    assert set(counting_kind.parsed) == {body.encode() for body in pages}


def test_paging_stops_at_a_page_with_nothing_new(
    feed_server: FeedServer, make_config: MakeConfig, cli: Cli, db_path: Path
) -> None:
    feed_server.route("/api/posts", page(range(1, 4), "/api/posts?page=2"))
    feed_server.route("/api/posts?page=2", page(range(4, 7), "/api/posts?page=3"))
    feed_server.route("/api/posts?page=3", page(range(7, 9), None))
    config = make_config(paged_source(feed_server))
    cli("poll", "--config", config, "--db", db_path, "--now", NOW)
    feed_server.hits.clear()

    # One new post on top: page 1 has news, page 2 has none, so page 3 is never asked for.
    feed_server.route("/api/posts", page(range(0, 3), "/api/posts?page=2"))
    again = cli("poll", "--config", config, "--db", db_path, "--now", NOW)
    assert "forum-api: 1 new, 5 already seen" in again.stderr
    assert [hit.path for hit in feed_server.hits] == ["/api/posts", "/api/posts?page=2"]


def test_paging_stops_at_a_next_link_back_to_a_page_already_read(
    feed_server: FeedServer, make_config: MakeConfig, cli: Cli, db_path: Path
) -> None:
    # An API whose last page links back to its first: on a first poll every page still
    # holds something new (nothing is stored yet), so without a stop it was asked for
    # again and again up to max_pages, then said "older items wait for a later poll".
    feed_server.route("/api/posts", page(range(1, 4), "/api/posts?page=2"))
    feed_server.route("/api/posts?page=2", page(range(4, 7), "/api/posts"))
    config = make_config(paged_source(feed_server))
    result = cli("poll", "--config", config, "--db", db_path, "--now", NOW, "--verbose")
    assert result.exit_code == 0, result.stderr
    assert "forum-api: 6 new, 0 already seen\n" in result.stderr
    assert [hit.path for hit in feed_server.hits] == ["/api/posts", "/api/posts?page=2"]


def test_paging_stops_at_max_pages_and_says_so(
    feed_server: FeedServer, make_config: MakeConfig, cli: Cli, db_path: Path
) -> None:
    feed_server.route("/api/posts", page(range(1, 4), "/api/posts?page=2"))
    feed_server.route("/api/posts?page=2", page(range(4, 7), "/api/posts?page=3"))
    config = make_config(paged_source(feed_server), poll={"max_pages": 2})
    result = cli("poll", "--config", config, "--db", db_path, "--now", NOW, "--verbose")
    assert "forum-api: 6 new, 0 already seen, 1 problem(s)" in result.stderr
    assert "  stopped after poll.max_pages = 2 pages; older items wait for a later poll" in (
        result.stderr
    )
    assert len(feed_server.hits) == 2


def test_a_next_link_to_another_host_is_not_followed(
    feed_server: FeedServer, make_config: MakeConfig, cli: Cli, db_path: Path
) -> None:
    # The source's credentials go with every page: another host must never receive them.
    feed_server.route(
        "/api/posts", page(range(1, 4), "http://127.0.0.2:1/steal?access_token=s3cr3t")
    )
    config = make_config(paged_source(feed_server, headers={"Authorization": "Bearer t0k3n"}))
    result = cli("poll", "--config", config, "--db", db_path, "--now", NOW, "--verbose")
    assert result.exit_code == 0
    assert "forum-api: 3 new, 0 already seen, 1 problem(s)" in result.stderr
    assert "  page 1 links to another host (127.0.0.2); not followed" in result.stderr
    assert "s3cr3t" not in result.stderr


def test_a_failing_later_page_keeps_the_pages_before_it(
    feed_server: FeedServer, make_config: MakeConfig, cli: Cli, db_path: Path
) -> None:
    feed_server.route("/api/posts", page(range(1, 4), "/api/posts?page=2"))
    feed_server.route("/api/posts?page=2", status=500)
    result = cli(
        "poll", "--config", make_config(paged_source(feed_server)), "--db", db_path, "--now", NOW
    )
    assert result.exit_code == 0
    assert "forum-api: 3 new, 0 already seen, 1 problem(s)" in result.stderr
    assert "page 2 failed (HTTP 500 Internal Server Error); kept 1 page(s)" in result.stderr
