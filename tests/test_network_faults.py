"""What a stranger's server can do to a poll (issue 13), against a real server on 127.0.0.1:
whatever it answers, that source fails alone with a one-line reason (exit 3), the other
sources are stored, and no secret reaches stderr or the store."""

from __future__ import annotations

import asyncio
import base64
import gzip
import json
import os
import resource
import subprocess
import sys
import threading
import zlib
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from ipaddress import IPv4Address, IPv6Address, ip_address
from pathlib import Path

import pytest
from conftest import NOW
from httpserver import FeedServer, serve
from storesql import sql
from test_poll import NEWS, news_source, rss
from test_poll_manners import page, paged_source
from typer.testing import Result

from webcare import fetch
from webcare.decide import deferral, deferred_until, private_redirect, redirect_refusal
from webcare.errors import SourceError
from webcare.inflate import DECODED_PIECE, Decoder
from webcare.localfiles import read_file
from webcare.model import Channel
from webcare.retry_after import LONGEST_RETRY_AFTER, retry_after_seconds
from webcare.secrets import expand_url
from webcare.settings import SourceSpec
from webcare.store.records import SourceState

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


@pytest.fixture
def db_path(store_url: str) -> str:
    """This file's stores, on every backend: a SQLite file or a PostgreSQL database."""
    return store_url


def stored_sources(db_path: str) -> set[str]:
    return {row[0] for row in sql(db_path, "SELECT DISTINCT source FROM mentions")}


def last_errors(db_path: str) -> list[str]:
    return [row[0] or "" for row in sql(db_path, "SELECT last_error FROM fetch_state")]


def failed_alone(result: Result, db_path: str, name: str = "news") -> str:
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
    value: str, feed_server: FeedServer, make_config: MakeConfig, cli: Cli, db_path: str
) -> None:
    feed_server.route("/acme.xml", status=429, headers={"Retry-After": value})
    config = make_config(news_source(feed_server), good_source(feed_server))
    result = cli("poll", "--config", config, "--db", db_path, "--now", "2026-11-23T08:00:00Z")
    line = failed_alone(result, db_path)
    assert "HTTP 429 Too Many Requests" in line


@pytest.mark.parametrize("value", ["1000000000000", "Fri, 31 Dec 9999 23:59:59 GMT"])
def test_a_far_retry_after_defers_the_source_a_day_at_most(
    value: str, feed_server: FeedServer, make_config: MakeConfig, cli: Cli, db_path: str
) -> None:
    feed_server.route("/acme.xml", status=429, headers={"Retry-After": value})
    config = make_config(news_source(feed_server), good_source(feed_server))
    first = cli("poll", "--config", config, "--db", db_path, "--now", "2026-11-23T08:00:00Z")
    assert first.exit_code == 3, first.stderr
    assert "left alone until Tue 24 Nov 2026 09:00 CET" in first.stderr

    feed_server.route("/acme.xml", rss(*NEWS))
    next_day = cli("poll", "--config", config, "--db", db_path, "--now", "2026-11-24T08:01:00Z")
    assert next_day.exit_code == 0, next_day.stderr
    assert "news: 3 new, 0 already seen" in next_day.stderr


def test_a_deferred_source_exits_3_and_says_so_even_with_quiet(
    feed_server: FeedServer, make_config: MakeConfig, cli: Cli, db_path: str
) -> None:
    feed_server.route("/acme.xml", status=503, headers={"Retry-After": "3600"})
    config = make_config(news_source(feed_server), good_source(feed_server))
    cli("poll", "--config", config, "--db", db_path, "--now", "2026-11-23T08:00:00Z")

    later = cli(
        "poll", "--config", config, "--db", db_path, "--now", "2026-11-23T08:30:00Z", "--quiet"
    )
    assert later.exit_code == 3
    assert (
        "news: skipped: the source asked (Retry-After) not to be polled before "
        "Mon 23 Nov 2026 10:00 CET" in later.stderr
    )
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
    db_path: str,
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
    db_path: str,
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
    db_path: str,
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
    db_path: str,
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
    db_path: str,
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
    feed_server: FeedServer, make_config: MakeConfig, cli: Cli, db_path: str
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
    feed_server: FeedServer, make_config: MakeConfig, cli: Cli, db_path: str
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


# ---------------------------------------------------------------- redirects


@pytest.fixture
def other_server() -> Iterator[FeedServer]:
    """A second server on 127.0.0.1, another port: another origin, as far as HTTP goes."""
    with serve() as server:
        yield server


CREDENTIALED = {
    "header": {"kind": "rss", "headers": {"X-Api-Key": "${FEED_KEY}"}},
    "authorization": {"kind": "rss", "headers": {"Authorization": "Bearer ${FEED_KEY}"}},
    "trustpilot": {"kind": "trustpilot", "api_key": "${FEED_KEY}"},
    "kiyoh": {"kind": "kiyoh", "token": "${FEED_KEY}"},
    "userinfo": {"kind": "rss", "userinfo": "webcare:${FEED_KEY}@"},
}


def credentialed_source(server: FeedServer, path: str, case: str) -> dict[str, object]:
    options = dict(CREDENTIALED[case])
    userinfo = str(options.pop("userinfo", ""))
    return {"name": "news", "url": f"http://{userinfo}127.0.0.1:{server.port}{path}", **options}


@pytest.mark.parametrize("case", list(CREDENTIALED))
def test_a_source_with_credentials_is_not_redirected_to_another_origin(
    case: str,
    feed_server: FeedServer,
    other_server: FeedServer,
    make_config: MakeConfig,
    cli: Cli,
    db_path: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("FEED_KEY", "s3cr3t-k3y")
    other_server.route("/internal", '{"admin": true}', content_type="application/json")
    feed_server.redirect("/reviews", other_server.url("/internal"))
    config = make_config(
        credentialed_source(feed_server, "/reviews", case), good_source(feed_server)
    )
    result = cli("poll", "--config", config, "--db", db_path, "--now", NOW)
    line = failed_alone(result, db_path)
    assert f"redirected to another origin (http://127.0.0.1:{other_server.port})" in line
    assert "not followed" in line
    assert not other_server.hits  # the key never left for the other origin
    assert "s3cr3t" not in result.stderr


@pytest.mark.parametrize("case", list(CREDENTIALED))
def test_a_source_with_credentials_follows_a_redirect_on_its_own_origin(
    case: str,
    feed_server: FeedServer,
    make_config: MakeConfig,
    cli: Cli,
    db_path: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("FEED_KEY", "s3cr3t-k3y")
    feed_server.route("/moved", rss(*NEWS))
    feed_server.redirect("/reviews", "/moved", status=301)
    feed_server.redirect("/old", feed_server.url("/reviews"), status=308)  # absolute, same origin
    source = credentialed_source(feed_server, "/old", case)
    result = cli("poll", "--config", make_config(source), "--db", db_path, "--now", NOW)
    [hit] = feed_server.hits_for("/moved")  # the credentials went along on their own origin
    assert "s3cr3t-k3y" in " ".join(hit.headers.values()) or case == "userinfo"
    if case == "userinfo":
        assert hit.headers["authorization"] == basic("webcare", "s3cr3t-k3y")
    if CREDENTIALED[case]["kind"] == "rss":
        assert result.exit_code == 0, result.stderr
        assert "news: 3 new, 0 already seen" in result.stderr


def test_a_source_without_credentials_follows_a_redirect_to_another_origin(
    feed_server: FeedServer,
    other_server: FeedServer,
    make_config: MakeConfig,
    cli: Cli,
    db_path: str,
) -> None:
    other_server.route("/acme.xml", rss(*NEWS))
    feed_server.redirect("/acme.xml", other_server.url("/acme.xml"), status=301)
    result = cli(
        "poll", "--config", make_config(news_source(feed_server)), "--db", db_path, "--now", NOW
    )
    assert result.exit_code == 0, result.stderr
    assert "news: 3 new, 0 already seen" in result.stderr


@pytest.mark.parametrize(
    ("routes", "reason"),
    [
        ({"/acme.xml": "/acme.xml"}, "redirect loop"),
        ({"/acme.xml": "/b", "/b": "/c", "/c": "/acme.xml"}, "redirect loop"),
        ({"/acme.xml": "/r1", **{f"/r{n}": f"/r{n + 1}" for n in range(1, 9)}}, "redirects"),
        ({"/acme.xml": "file:///etc/passwd"}, "not an http(s) URL"),
        ({"/acme.xml": "http://[::1"}, "not an http(s) URL"),
    ],
)
def test_a_redirect_that_leads_nowhere_fails_that_source(
    routes: dict[str, str],
    reason: str,
    feed_server: FeedServer,
    make_config: MakeConfig,
    cli: Cli,
    db_path: str,
) -> None:
    for path, to in routes.items():
        feed_server.redirect(path, to)
    config = make_config(news_source(feed_server), good_source(feed_server))
    result = cli("poll", "--config", config, "--db", db_path, "--now", NOW)
    assert reason in failed_alone(result, db_path)
    assert len(feed_server.hits) <= 8


def test_a_redirect_without_a_location_fails_that_source(
    feed_server: FeedServer, make_config: MakeConfig, cli: Cli, db_path: str
) -> None:
    feed_server.route("/acme.xml", status=302)
    config = make_config(news_source(feed_server), good_source(feed_server))
    result = cli("poll", "--config", config, "--db", db_path, "--now", NOW)
    assert "HTTP 302 Found without a Location" in failed_alone(result, db_path)


PUBLIC = ip_address("93.184.216.34")


@pytest.mark.parametrize(
    ("source", "target", "refused"),
    [
        ([PUBLIC], [ip_address("10.0.0.7")], True),
        ([PUBLIC], [ip_address("192.168.1.1")], True),
        ([PUBLIC], [ip_address("127.0.0.1")], True),
        ([PUBLIC], [ip_address("169.254.169.254")], True),  # a cloud's metadata service
        ([PUBLIC], [ip_address("100.64.0.1")], True),  # carrier-grade NAT
        ([PUBLIC], [ip_address("0.0.0.0")], True),
        ([PUBLIC], [ip_address("::1")], True),
        ([PUBLIC], [ip_address("fe80::1")], True),
        ([PUBLIC], [ip_address("fd00::1")], True),
        ([PUBLIC], [ip_address("::ffff:127.0.0.1")], True),
        ([PUBLIC], [ip_address("2606:4700::1111"), ip_address("10.0.0.1")], True),
        ([PUBLIC], [ip_address("1.1.1.1")], False),
        ([PUBLIC], [], False),  # unresolvable: the request fails by itself
        ([], [ip_address("10.0.0.7")], True),  # an origin not known to be private
        ([ip_address("10.0.0.5")], [ip_address("10.0.0.7")], False),  # an internal source
        ([ip_address("127.0.0.1")], [ip_address("127.0.0.1")], False),
    ],
)
def test_a_redirect_from_a_public_host_into_a_private_network_is_refused(
    source: list[IPv4Address | IPv6Address],
    target: list[IPv4Address | IPv6Address],
    refused: bool,
) -> None:
    assert private_redirect(source, target) is refused


def test_redirect_refusal_names_the_rule_and_the_key_that_allows_it() -> None:
    public, private = [PUBLIC], [ip_address("10.0.0.7")]
    kwargs = {"credentials": False, "source_addresses": public, "target_addresses": private}
    reason = redirect_refusal("https://a.example/f", "http://intra.example:8080/x", **kwargs)
    assert reason == (
        "redirected from a public host to a private address (http://intra.example:8080); "
        "not followed (poll.allow_private_redirects)"
    )
    allowed = redirect_refusal(
        "https://a.example/f", "http://intra.example/x", allow_private=True, **kwargs
    )
    assert allowed is None
    # An upgrade to https on the same host keeps the origin's credentials where they were.
    assert redirect_refusal("http://a.example/f", "https://a.example/g", credentials=True) is None
    assert redirect_refusal("http://a.example/f", "http://a.example:81/g", credentials=True)


def test_a_redirect_into_a_private_network_is_refused_unless_configured(
    feed_server: FeedServer,
    other_server: FeedServer,
    make_config: MakeConfig,
    cli: Cli,
    db_path: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Both servers are on 127.0.0.1: pretend the source's one is a public host.
    async def addresses(host: str, port: int) -> tuple[IPv4Address | IPv6Address, ...]:
        return (PUBLIC,) if port == feed_server.port else (ip_address("127.0.0.1"),)

    monkeypatch.setattr(fetch, "host_addresses", addresses)
    other_server.route("/acme.xml", rss(*NEWS))
    feed_server.redirect("/acme.xml", other_server.url("/acme.xml"))
    refused = cli(
        "poll", "--config", make_config(news_source(feed_server)), "--db", db_path, "--now", NOW
    )
    assert refused.exit_code == 3
    assert "redirected from a public host to a private address" in refused.stderr
    assert not other_server.hits

    config = make_config(news_source(feed_server), poll={"allow_private_redirects": True})
    allowed = cli("poll", "--config", config, "--db", db_path, "--now", NOW)
    assert allowed.exit_code == 0, allowed.stderr
    assert "news: 3 new, 0 already seen" in allowed.stderr


def test_host_addresses_reads_literals_and_localhost_without_asking_dns() -> None:
    def addresses(host: str) -> tuple[IPv4Address | IPv6Address, ...]:
        return asyncio.run(fetch.host_addresses(host, 80))

    assert addresses("127.0.0.1") == (ip_address("127.0.0.1"),)
    assert addresses("[::1]") == (ip_address("::1"),)
    assert ip_address("127.0.0.1") in addresses("localhost")


@pytest.mark.parametrize("link", ["http://[::1", "http://127.0.0.1:99999/p"])
def test_a_next_page_link_that_is_no_url_ends_paging_with_a_note(
    link: str, feed_server: FeedServer, make_config: MakeConfig, cli: Cli, db_path: str
) -> None:
    feed_server.route("/api/posts", page(range(1, 4), link))
    config = make_config(paged_source(feed_server))
    result = cli("poll", "--config", config, "--db", db_path, "--now", NOW, "--verbose")
    assert result.exit_code == 0, result.stderr
    assert "forum-api: 3 new, 0 already seen, 1 problem(s)" in result.stderr


def test_allow_private_redirects_must_be_true_or_false(
    make_config: MakeConfig, cli: Cli, db_path: str
) -> None:
    config = make_config(poll={"allow_private_redirects": "yes"})
    result = cli("check", "--config", config)
    assert result.exit_code == 2
    assert "poll.allow_private_redirects" in result.stderr


# ---------------------------------------------------------------- size caps


def _limited_memory() -> None:
    """In the child: 1 GiB of address space, so a reader without a cap dies early and
    alone (MemoryError, exit 1) rather than taking the machine with it."""
    resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))


# SQLite alone: what these measure (reading a file, memory) is not tied to the store.
def test_import_of_dev_zero_stops_at_max_bytes(make_config: MakeConfig, tmp_path: Path) -> None:
    # Not a regular file: no size to check, and it never ends. `[poll] max_bytes` (for
    # HTTP bodies) does not count for a local file, however small.
    config = make_config(poll={"max_bytes": 1024}, **{"import": {"max_bytes": "1MiB"}})
    result = subprocess.run(
        [sys.executable, "-m", "webcare", "import", "/dev/zero", "--kind", "jsonl",
         "--config", str(config), "--db", str(tmp_path / "w.db"), "--now", NOW],
        capture_output=True, text=True, timeout=120, preexec_fn=_limited_memory,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[1])},
    )  # fmt: skip
    assert result.returncode == 3, result.stderr
    assert "/dev/zero holds more than import.max_bytes (1,048,576 bytes)" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_fifo_is_read_up_to_max_bytes_and_no_further(tmp_path: Path) -> None:
    fifo = tmp_path / "export.jsonl"
    os.mkfifo(fifo)
    written: list[int] = []

    def writer() -> None:  # writes far more than the cap, until the reader hangs up
        try:
            with open(fifo, "wb") as pipe:
                for _ in range(64):
                    pipe.write(b"0" * 65536)
                    written.append(65536)
        except BrokenPipeError:
            pass

    thread = threading.Thread(target=writer, daemon=True)
    thread.start()
    spec = SourceSpec(name="pipe", kind="jsonl", channel=Channel.SOCIAL, path=fifo)
    with pytest.raises(SourceError, match=r"holds more than import.max_bytes \(1,024 bytes\)"):
        read_file(spec, None, max_bytes=1024)
    thread.join(timeout=10)
    assert sum(written) < 4 * 65536  # the reader stopped early; the writer was cut off


def gzipped_zeros(size: int) -> bytes:
    """`size` zero bytes, gzipped (some 1000 to 1) without holding them all at once."""
    packer = zlib.compressobj(9, zlib.DEFLATED, zlib.MAX_WBITS | 16)
    block = bytes(1 << 20)
    parts = [packer.compress(block) for _ in range(size >> 20)]
    return b"".join([*parts, packer.flush()])


@pytest.fixture(scope="module")
def bomb() -> bytes:
    """200 MB of zeros in some 200 KB of gzip: a body that inflates a thousandfold."""
    return gzipped_zeros(200 << 20)


PEAK = """
import json, resource, sys
from webcare.cli import app

def run(*args):
    try:
        app([*args], prog_name="webcare")
    except SystemExit as exc:
        return exc.code
    return 0

warm, bomb, db, now = sys.argv[1:]
run("poll", "--config", warm, "--db", db, "--now", now, "--quiet")  # imports, a clean poll
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
code = run("poll", "--config", bomb, "--db", db, "--now", now)
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"code": code, "growth_kib": after - before}))
"""


# SQLite alone: the memory a body takes to inflate is not tied to the store.
def test_a_gzip_bomb_is_refused_without_inflating_it_in_memory(
    bomb: bytes, feed_server: FeedServer, make_config: MakeConfig, tmp_path: Path
) -> None:
    feed_server.route("/acme.xml", bomb, headers={"Content-Encoding": "gzip"})
    good = good_source(feed_server)
    (tmp_path / "warm").mkdir()
    warm = make_config(good)
    warm = warm.rename(tmp_path / "warm" / "webcare.toml")
    cap = 1 << 20
    config = make_config(news_source(feed_server), good, poll={"max_bytes": cap})
    result = subprocess.run(
        [sys.executable, "-c", PEAK, str(warm), str(config), str(tmp_path / "w.db"), NOW],
        capture_output=True, text=True, timeout=120, preexec_fn=_limited_memory,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[1])},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    outcome = json.loads(result.stdout.splitlines()[-1])
    assert outcome["code"] == 3
    assert "news: FAILED: response larger than poll.max_bytes (1,048,576 bytes)" in result.stderr
    assert "good: 0 new, 1 already seen" in result.stderr
    # Inflated a piece at a time and dropped at the cap: not the 64 MB one read of the
    # bomb inflates to at once.
    assert outcome["growth_kib"] < 16 * 1024, outcome


def _chunks(data: bytes, size: int) -> list[bytes]:
    return [data[at : at + size] for at in range(0, len(data), size)]


def _decoded(encoding: str, body: bytes, size: int = 7) -> bytes:
    decoder = Decoder(encoding)
    out = [piece for chunk in _chunks(body, size) for piece in decoder.decode(chunk)]
    assert all(len(piece) <= max(size, DECODED_PIECE) for piece in out)
    return b"".join([*out, decoder.flush()])


TEXT = b"<rss>" + b"Acme bezorgt weer op zondag. " * 5000 + b"</rss>"


@pytest.mark.parametrize("size", [1, 7, 4096, 1 << 20])
def test_the_decoder_undoes_gzip_and_deflate_however_the_body_is_cut(size: int) -> None:
    gz = gzip.compress(TEXT)
    assert _decoded("gzip", gz, size) == TEXT
    assert _decoded("x-gzip", gz, size) == TEXT
    assert _decoded("deflate", zlib.compress(TEXT), size) == TEXT
    raw = zlib.compressobj(wbits=-zlib.MAX_WBITS)
    assert _decoded("deflate", raw.compress(TEXT) + raw.flush(), size) == TEXT  # no wrapper
    assert _decoded("gzip, gzip", gzip.compress(gz), size) == TEXT  # applied twice
    assert _decoded("GZip , identity", gz, size) == TEXT
    assert _decoded("gzip", gz + gzip.compress(b"!"), size) == TEXT + b"!"  # two members
    assert _decoded("gzip", gz + b"\0" * 100, size) == TEXT  # padding after the end
    assert _decoded("", TEXT, size) == TEXT
    assert _decoded("br", TEXT, size) == TEXT  # not asked for, not known: as httpx does


def test_the_decoder_refuses_a_body_that_is_not_what_it_says() -> None:
    with pytest.raises(zlib.error):
        _decoded("gzip", b"this is not gzip at all")


def test_the_decoder_inflates_a_bomb_only_as_far_as_it_is_read(bomb: bytes) -> None:
    decoder = Decoder("gzip")
    cap, read = 1 << 20, 0
    for chunk in _chunks(bomb, 65536):
        for piece in decoder.decode(chunk):
            read += len(piece)
            if read > cap:
                break
        if read > cap:
            break
    assert cap < read <= cap + DECODED_PIECE


@pytest.mark.parametrize(
    ("options", "reason"),
    [
        ({"body": b"not gzip at all", "headers": {"Content-Encoding": "gzip"}}, "cannot decode"),
        ({"body": rss(*NEWS).encode(), "drip": 0.05, "drip_size": 16}, "timed out after 1s"),
    ],
)
def test_a_hostile_body_fails_that_source_only(
    options: dict[str, object],
    reason: str,
    feed_server: FeedServer,
    make_config: MakeConfig,
    cli: Cli,
    db_path: str,
) -> None:
    feed_server.route("/acme.xml", **options)
    config = make_config(news_source(feed_server), good_source(feed_server))
    result = cli("poll", "--config", config, "--db", db_path, "--now", NOW)
    assert reason in failed_alone(result, db_path)


def test_a_gzipped_feed_is_read_as_before(
    feed_server: FeedServer, make_config: MakeConfig, cli: Cli, db_path: str
) -> None:
    feed_server.route(
        "/acme.xml", gzip.compress(rss(*NEWS).encode()), headers={"Content-Encoding": "gzip"}
    )
    result = cli(
        "poll", "--config", make_config(news_source(feed_server)), "--db", db_path, "--now", NOW
    )
    assert result.exit_code == 0, result.stderr
    assert "news: 3 new, 0 already seen" in result.stderr
    [hit] = feed_server.hits_for("/acme.xml")
    assert hit.headers["accept-encoding"] == "gzip, deflate"


@pytest.mark.parametrize("wire", ["aiohttp", "httpcore"])
@pytest.mark.parametrize(
    ("headers", "reason"),
    [
        ({"Content-Length": "3"}, "HTTP error: RemoteProtocolError: conflicting Content-Length headers"),
        ({"Bad Header": "x"}, "HTTP error: RemoteProtocolError: illegal header line: bytearray(b'Bad Header: x')"),
    ],
)
def test_a_malformed_answer_fails_in_the_same_words_on_either_wire(
    wire: str,
    headers: dict[str, str],
    reason: str,
    feed_server: FeedServer,
    make_config: MakeConfig,
    cli: Cli,
    db_path: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """aiohttp reads answers; one it finds malformed is asked for again through httpcore,
    so the words a source fails with are httpcore's (h11's) whichever wire is in use."""
    monkeypatch.setenv("WEBCARE_HTTP", wire)
    feed_server.route("/acme.xml", rss(*NEWS), headers=headers)
    config = make_config(news_source(feed_server), good_source(feed_server))
    result = cli("poll", "--config", config, "--db", db_path, "--now", NOW)
    assert failed_alone(result, db_path) == f"news: FAILED: {reason}"


def test_the_request_on_the_wire_is_the_same_on_either_wire(
    feed_server: FeedServer, make_config: MakeConfig, cli: Cli, db_path: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    seen = []
    for wire in ("aiohttp", "httpcore"):
        monkeypatch.setenv("WEBCARE_HTTP", wire)
        feed_server.route("/acme.xml", rss(*NEWS))
        source = {**news_source(feed_server), "headers": {"X-Api-Key": "k", "Accept": "a/b"}}
        result = cli("poll", "--config", make_config(source), "--db", db_path, "--now", NOW)
        assert result.exit_code == 0, result.stderr
        seen.append(feed_server.hits_for("/acme.xml")[-1].headers)
    assert seen[0] == seen[1]
    assert set(seen[0]) == {"host", "user-agent", "accept", "accept-encoding", "connection", "x-api-key"}
    assert seen[0]["accept"] == "a/b"


@pytest.mark.parametrize("etag", ['"caf\u00e9"', '"a\x7fb"'])
def test_a_validator_no_header_can_carry_is_not_sent_back(
    etag: str, feed_server: FeedServer, make_config: MakeConfig, cli: Cli, db_path: str
) -> None:
    modified = "Sun, 22 Nov 2026 23:00:00 GMT \u00e9"
    feed_server.route("/acme.xml", rss(*NEWS), etag=etag, last_modified=modified)
    config = make_config(news_source(feed_server), good_source(feed_server))
    first = cli("poll", "--config", config, "--db", db_path, "--now", NOW)
    again = cli("poll", "--config", config, "--db", db_path, "--now", NOW)
    assert (first.exit_code, again.exit_code) == (0, 0), again.stderr
    assert "news: 0 new, 3 already seen" in again.stderr
    last = feed_server.hits_for("/acme.xml")[-1]
    assert (last.if_none_match, last.if_modified_since) == (None, None)


def test_an_unforeseen_error_in_one_fetch_fails_that_source_only_and_shows_no_secret(
    feed_server: FeedServer,
    make_config: MakeConfig,
    cli: Cli,
    db_path: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("FEED_KEY", "s3cr3t-k3y")
    real = fetch.HttpFetcher._get

    async def flaky(self: fetch.HttpFetcher, spec: SourceSpec, *args: object) -> object:
        if spec.name == "news":
            raise RuntimeError("something nobody foresaw, with s3cr3t-k3y in it\nover two lines")
        return await real(self, spec, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(fetch.HttpFetcher, "_get", flaky)
    source = {**news_source(feed_server), "headers": {"X-Api-Key": "${FEED_KEY}"}}
    config = make_config(source, good_source(feed_server))
    result = cli("poll", "--config", config, "--db", db_path, "--now", NOW)
    line = failed_alone(result, db_path)
    assert "unexpected error: RuntimeError: something nobody foresaw, with *** in it" in line
    assert "s3cr3t" not in result.stderr
