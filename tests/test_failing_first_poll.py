"""A source that fails from its first try on loses nothing to the backfill once it answers,
through the real CLI on both stores.

Found in a lead's trial: a feed added on Friday answered HTTP 500 until Monday; its first
successful poll counted as its first poll, so everything older than `[poll] backfill` (a
day), the whole weekend, was stored as history, never on the floor: a critical message of
Saturday among it. webcare was watching since Friday's first try.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from httpserver import FeedServer
from typer.testing import Result

CONFIG = """[brand]
name = "Voltaro"
keywords = ["voltaro"]
timezone = "Europe/Amsterdam"

[poll]
backfill = "1d"

[[sources]]
name = "forum"
kind = "rss"
channel = "forum"
url = "{url}"
"""


def _item(guid: str, date: str, text: str) -> str:
    return (
        f"<item><title>Voltaro</title><link>https://forum.example/t/{guid}</link>"
        f"<guid>{guid}</guid><pubDate>{date}</pubDate><description>{text}</description></item>"
    )


FEED = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Energieforum</title><link>https://forum.example/</link>
<description>forum</description>
{_item("thursday", "Thu, 03 Dec 2026 12:00:00 +0100", "Voltaro, wanneer komt de nieuwe tariefkaart online?")}
{_item("saturday", "Sat, 05 Dec 2026 12:00:00 +0100", "Voltaro, mijn verwarming doet het niet meer en mijn baby is ziek, bel me a.u.b.!")}
{_item("monday", "Mon, 07 Dec 2026 09:30:00 +0100", "Voltaro, waarom is mijn factuur zo hoog?")}
</channel></rss>
"""


def test_a_weekend_of_failures_is_not_backfilled_once_the_source_answers(
    tmp_path: Path, store_url: str, cli: Callable[..., Result], feed_server: FeedServer
) -> None:
    url = feed_server.route("/forum.rss", status=500)
    (tmp_path / "webcare.toml").write_text(CONFIG.format(url=url), encoding="utf-8")
    where = ["--config", str(tmp_path / "webcare.toml"), "--db", store_url]
    for moment in ("2026-12-04T10:00", "2026-12-05T10:00", "2026-12-06T10:00"):
        failed = cli("poll", "--now", moment, *where)
        assert failed.exit_code != 0 and "500" in failed.stderr, failed.output

    feed_server.route("/forum.rss", FEED)
    polled = cli("poll", "--now", "2026-12-07T10:00", *where)
    assert polled.exit_code == 0, polled.output
    listed = cli("mentions", "--now", "2026-12-07T10:00", "--format", "jsonl", *where)
    backfilled = {
        json.loads(line)["url"].rsplit("/", 1)[1]: json.loads(line)["backfilled"]
        for line in listed.stdout.splitlines()
    }
    # Written before webcare first tried the source: history. Since: owed a reply.
    assert backfilled == {"thursday": True, "saturday": False, "monday": False}
    floor = cli("report", "--now", "2026-12-07T10:00", "--format", "jsonl", *where)
    first = json.loads(floor.stdout.splitlines()[0])
    assert first["url"] == "https://forum.example/t/saturday"
    assert first["sla"]["status"] == "breached"


def test_a_source_that_answers_at_its_first_try_still_backfills(
    tmp_path: Path, store_url: str, cli: Callable[..., Result], feed_server: FeedServer
) -> None:
    url = feed_server.route("/forum.rss", FEED)
    (tmp_path / "webcare.toml").write_text(CONFIG.format(url=url), encoding="utf-8")
    where = ["--config", str(tmp_path / "webcare.toml"), "--db", store_url]
    assert cli("poll", "--now", "2026-12-07T10:00", *where).exit_code == 0
    listed = cli("mentions", "--now", "2026-12-07T10:00", "--format", "jsonl", *where)
    backfilled = {
        json.loads(line)["url"].rsplit("/", 1)[1]: json.loads(line)["backfilled"]
        for line in listed.stdout.splitlines()
    }
    assert backfilled == {"thursday": True, "saturday": True, "monday": False}
