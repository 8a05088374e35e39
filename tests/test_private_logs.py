"""No personal data in logs or errors (issue 16): a poll whose sources fail in every way a
real server on 127.0.0.1 can make them fail says which source failed and why on stderr,
and never quotes an author's name or what they wrote. On every backend: the store's own
errors must not quote what it was given either."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import NOW
from httpserver import FeedServer
from typer.testing import Result

Cli = Callable[..., Result]
MakeConfig = Callable[..., Path]

NAMES = ["Sanne Verhoeven", "sanne_vh", "Karel de Wit", "karel_dw"]
TEXTS = ["mijn pakket ligt al vier dagen bij de buren", "wanneer krijg ik mijn geld terug"]

POST = {"author": "sanne_vh", "text": f"Acme {TEXTS[0]}", "created_at": "2026-11-22T08:00:00Z"}
OTHER = {"author": "Karel de Wit", "text": f"Acme {TEXTS[1]}", "created_at": "2026-11-22T09:00:00Z"}


@pytest.fixture
def failing(feed_server: FeedServer, make_config: MakeConfig, store_url: str) -> list[str]:
    body_500 = json.dumps([POST, OTHER])
    # One good row, then rows that cannot be read: broken JSON quoting a person, a row whose
    # time and rating are not a time and a rating, a row that is not an object.
    broken_rows = "\n".join([
        json.dumps({"id": "ok-1", **POST}),
        '{"id": "bad-1", "author": "karel_dw", "text": "Acme ' + TEXTS[1] + '", "created_at": ',
        json.dumps({"id": "bad-2", **OTHER, "created_at": "gisteren, vraag Sanne Verhoeven",
                    "rating": "vijf sterren van karel_dw"}),
        json.dumps([f"Karel de Wit: Acme {TEXTS[1]}"]),
        json.dumps({"id": "bad-3", **POST, "rating": "vijf sterren van karel_dw",
                    "author_reach": "Karel de Wit", "channel": "Sanne Verhoeven",
                    "url": "ftp://files.example/sanne_vh"}),
        json.dumps({"id": "bad-4", **POST, "author_reach": "Karel de Wit",
                    "url": "ftp://files.example/sanne_vh", "channel": "Sanne Verhoeven"}),
    ])  # fmt: skip
    xml = (
        '<?xml version="1.0"?><rss version="2.0"><channel><item><title>Acme</title>'
        f"<author>Sanne Verhoeven</author><description>{TEXTS[0]}</description></item><item"
    )
    sources = [
        {"name": "server-error", "kind": "jsonl",
         "url": feed_server.route("/error.jsonl", body_500, status=500)},
        {"name": "broken-rows", "kind": "jsonl", "url": feed_server.route("/rows.jsonl", broken_rows)},
        {"name": "broken-json", "kind": "json",
         "url": feed_server.route("/api.json", body_500[:-40])},
        {"name": "broken-xml", "kind": "rss", "url": feed_server.route("/feed.xml", xml)},
        {"name": "not-found", "kind": "jsonl",
         "url": feed_server.route("/gone.jsonl", f"Not found: {NAMES[0]} {TEXTS[0]}", status=404)},
        {"name": "too-big", "kind": "jsonl",
         "url": feed_server.route("/big.jsonl", (json.dumps(OTHER) + "\n") * 400)},
    ]  # fmt: skip
    config = make_config(*sources, poll={"max_bytes": 4096})
    return ["--config", str(config), "--db", store_url, "--now", NOW]


@pytest.mark.parametrize("verbosity", [[], ["--verbose"]], ids=["default", "verbose"])
def test_a_failing_poll_names_sources_and_reasons_but_no_one(
    cli: Cli, failing: list[str], verbosity: list[str]
) -> None:
    result = cli("poll", *failing, *verbosity)
    assert result.exit_code == 3, result.output
    for source in ("server-error", "broken-json", "broken-xml", "not-found", "too-big"):
        assert source in result.stderr
    assert "not shown" in result.stderr or not verbosity
    folded = result.stderr.casefold()
    assert [n for n in NAMES + TEXTS if n.casefold() in folded] == []
    assert "acme" not in folded  # no fragment of any text either
