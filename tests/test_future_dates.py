"""A post dated after it was first seen is stored at the time it was first seen, through the
real CLI: nothing is read before it is written.

Found in a lead's trial: a feed that writes its local time with a `Z` (`09:51:00Z` for
09:51 in Amsterdam) dates its items an hour (in summer two) ahead, and an export row with
a wrong year is a year ahead. `report` and `mentions` leave out what was created after `now`, so the gas
leak of a poll at 09:55 stayed off the floor until 10:51, and the row with the wrong year
was nowhere for a year, though the poll said "2 new".
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

[sla.urgency]
critical = "15m"

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
<guid>t1</guid><pubDate>2026-12-07T09:51:00Z</pubDate>
<description>Sinds de Voltaro monteur hier was ruik ik gas in de meterkast.</description></item>
<item><title>Voltaro factuur</title><link>https://forum.example/t/2</link>
<guid>t2</guid><pubDate>Mon, 07 Dec 2026 09:40:00 +0100</pubDate>
<description>Mijn Voltaro factuur is hoger dan verwacht.</description></item>
</channel></rss>
"""


def test_a_feed_item_dated_ahead_of_the_poll_is_on_the_floor_at_once(
    tmp_path: Path, store_url: str, cli: Callable[..., Result], feed_server: FeedServer
) -> None:
    url = feed_server.route("/forum.rss", FEED)
    (tmp_path / "webcare.toml").write_text(CONFIG.format(url=url), encoding="utf-8")
    where = ["--config", str(tmp_path / "webcare.toml"), "--db", store_url]
    polled = cli("poll", "--now", "2026-12-07T09:55", *where)
    assert polled.exit_code == 0, polled.output
    assert "created_at 2026-12-07T09:51:00Z is after it was first seen" in polled.stderr
    report = cli("report", "--now", "2026-12-07T09:56", "--format", "json", *where)
    (gas,) = json.loads(report.stdout)["mentions"]
    assert gas["text"].startswith("Gaslucht")
    assert gas["created_at"] == "2026-12-07T08:55:00Z"  # first seen, not 09:51 UTC
    assert gas["sla"]["status"] == "at_risk"
    listed = cli("mentions", "--now", "2026-12-07T09:56", "--format", "jsonl", *where)
    times = sorted(json.loads(line)["created_at"] for line in listed.stdout.splitlines())
    assert times == ["2026-12-07T08:40:00Z", "2026-12-07T08:55:00Z"]  # a true time is kept
    again = cli("poll", "--now", "2026-12-07T10:30", *where)  # the same item, seen again
    assert "0 new" in again.stderr or "not modified" in again.stderr


def test_an_export_row_with_a_wrong_year_is_listed_as_first_seen(
    tmp_path: Path, store_url: str, cli: Callable[..., Result]
) -> None:
    (tmp_path / "webcare.toml").write_text(CONFIG.format(url="http://x.invalid/"), "utf-8")
    export = tmp_path / "reviews.csv"
    export.write_text(
        "id,author,created_at,text\n"
        'x1,kim,2027-12-05T10:00:00+01:00,"Voltaro: mijn stroom is uitgevallen, help!"\n'
        'x2,bob,2026-12-05T10:00:00+01:00,"Voltaro factuur klopt niet"\n',
        encoding="utf-8",
    )
    where = ["--config", str(tmp_path / "webcare.toml"), "--db", store_url]
    now = ["--now", "2026-12-05T11:00"]
    done = cli("import", export, "--kind", "csv", "--source", "reviews", *now, *where)
    assert done.exit_code == 0, done.output
    assert "line 2: created_at 2027-12-05T09:00:00Z is after it was first seen" in done.stderr
    listed = cli("mentions", *now, "--format", "jsonl", *where)
    rows = {json.loads(line)["author"]: json.loads(line) for line in listed.stdout.splitlines()}
    assert set(rows) == {"kim", "bob"}
    assert rows["kim"]["created_at"] == "2026-12-05T10:00:00Z"
    again = cli("import", export, "--kind", "csv", "--source", "reviews", *now, *where)
    assert "0 new, 2 already seen" in again.stderr
