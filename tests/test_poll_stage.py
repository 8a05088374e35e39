"""A poll of more feeds than it parses at once (`pipeline.STAGED`): the answers that wait for
their turn (deflated, to bound a thousand-feed poll's memory) are parsed whole, every item
stored once, byte for byte."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from conftest import NOW
from httpserver import FeedServer
from test_poll import news_source, rss
from typer.testing import Result

from webcare.pipeline import STAGED

Cli = Callable[..., Result]
MakeConfig = Callable[..., Path]
FEEDS = 2 * STAGED
ITEMS = 20


def items(feed: int) -> list[dict[str, str]]:
    return [
        {
            "title": f"Acme klant {feed}-{n}: bezorging mislukt, geen reactie op mijn mail",
            "link": f"https://nieuws.example/{feed}/{n}",
            "guid": f"feed{feed}-item{n}",
            "pubDate": "Sun, 22 Nov 2026 10:15:00 +0100",
            # Non-ASCII and repetitive, as feeds are: what deflating and inflating must keep.
            "description": f"Ploeg {feed}: crème brûlée, €{n},99 — "
            + "Acme bezorgt te laat. " * 25,
        }
        for n in range(ITEMS)
    ]


def test_feeds_that_wait_for_their_turn_are_stored_whole(
    feed_server: FeedServer, make_config: MakeConfig, cli: Cli, store_url: str
) -> None:
    for feed in range(FEEDS):
        feed_server.route(f"/feed{feed}.xml", rss(*items(feed)))
    config = make_config(
        *(news_source(feed_server, f"/feed{feed}.xml", f"feed{feed}") for feed in range(FEEDS)),
        poll={"per_host": 64, "concurrency": 64, "timeout": "30s", "connect_timeout": "30s"},
    )
    result = cli("poll", "--config", config, "--db", store_url, "--now", NOW)
    assert result.exit_code == 0, result.stderr
    assert f"polled {FEEDS} source(s): {FEEDS * ITEMS} new mention(s), 0 failed" in result.stderr

    listed = cli(
        "mentions", "--config", config, "--db", store_url, "--now", NOW,
        "--format", "jsonl", "--limit", "5000",
    )  # fmt: skip
    assert listed.exit_code == 0, listed.stderr
    stored = [json.loads(line) for line in listed.stdout.splitlines()]
    assert len(stored) == FEEDS * ITEMS
    expected = {
        f"{item['title']}\n{item['description'].strip()}"
        for feed in range(FEEDS)
        for item in items(feed)
    }
    assert {mention["text"] for mention in stored} == expected
