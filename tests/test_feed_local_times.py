"""A feed's time without a zone is the brand's local time, as every export's is, through
the real CLI (both feed parsers, both stores).

Found in a lead's trial: feedparser reads `2026-12-07 09:51:00` as 09:51 UTC (10:51 in
Amsterdam, after the poll at 09:55) and does not read `Mon, 07 Dec 2026 09:50:00` at all,
so on a source's first poll that gas leak, five minutes old, was stored undated as history,
never on the floor; config.example.toml promises times without an offset are read in the
brand's zone.
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

FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Energieforum</title><link>https://forum.example/</link>
<description>forum</description>
<item><title>Gaslucht na bezoek Voltaro monteur</title><link>https://forum.example/t/1</link>
<guid>t1</guid><pubDate>Mon, 07 Dec 2026 09:50:00</pubDate>
<description>Sinds de Voltaro monteur hier was ruik ik gas in de meterkast!</description></item>
<item><title>Voltaro storing</title><link>https://forum.example/t/2</link>
<guid>t2</guid><pubDate>2026-12-07 09:51:00</pubDate>
<description>De Voltaro app werkt niet, ik kan niet inloggen.</description></item>
<item><title>Voltaro factuur</title><link>https://forum.example/t/3</link>
<guid>t3</guid><pubDate>Mon, 07 Dec 2026 08:40:00 GMT</pubDate>
<description>Mijn Voltaro factuur is hoger dan verwacht.</description></item>
</channel></rss>
"""


def test_zone_less_feed_times_are_read_in_the_brands_zone(
    tmp_path: Path,
    store_url: str,
    cli: Callable[..., Result],
    feed_server: FeedServer,
    feed_parser: str,
) -> None:
    url = feed_server.route("/forum.rss", FEED)
    (tmp_path / "webcare.toml").write_text(CONFIG.format(url=url), encoding="utf-8")
    where = ["--config", str(tmp_path / "webcare.toml"), "--db", store_url]
    polled = cli("poll", "--now", "2026-12-07T09:55", *where)  # the source's first poll
    assert polled.exit_code == 0, polled.output
    assert "history" not in polled.stderr
    listed = cli("mentions", "--now", "2026-12-07T09:56", "--format", "jsonl", *where)
    rows = {json.loads(line)["url"][-1]: json.loads(line) for line in listed.stdout.splitlines()}
    assert {key: row["created_at"] for key, row in rows.items()} == {
        "1": "2026-12-07T08:50:00Z",  # 09:50 in Amsterdam, no longer undated history
        "2": "2026-12-07T08:51:00Z",  # 09:51 in Amsterdam, not 09:51 UTC
        "3": "2026-12-07T08:40:00Z",  # a zone given (GMT) is kept
    }
    assert not any(row["created_at_estimated"] or row["backfilled"] for row in rows.values())
    assert rows["1"]["urgency"]["level"] == "critical"
    floor = cli("report", "--now", "2026-12-07T09:56", "--format", "jsonl", *where)
    assert json.loads(floor.stdout.splitlines()[0])["url"] == "https://forum.example/t/1"
