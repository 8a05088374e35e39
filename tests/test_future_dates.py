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
    assert "created_at Mon 07 Dec 2026 10:51 CET is after it was first seen" in polled.stderr
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
    assert "line 2: created_at Sun 05 Dec 2027 10:00 CET is after it was first seen" in done.stderr
    listed = cli("mentions", *now, "--format", "jsonl", *where)
    rows = {json.loads(line)["author"]: json.loads(line) for line in listed.stdout.splitlines()}
    assert set(rows) == {"kim", "bob"}
    assert rows["kim"]["created_at"] == "2026-12-05T10:00:00Z"
    again = cli("import", export, "--kind", "csv", "--source", "reviews", *now, *where)
    assert "0 new, 2 already seen" in again.stderr


TWCS = "tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id\n"


def test_a_brand_reply_dated_ahead_answers_nothing_written_after_it_was_read(
    tmp_path: Path, store_url: str, cli: Callable[..., Result]
) -> None:
    """A reply a kind reads as the brand's (twcs `inbound = False`, a review's company
    reply) is dated no later than it was first seen, as a mention is: the reply with a
    wrong year answered the customer's follow-up written after the import, and its own
    message stayed breached until that year."""
    (tmp_path / "webcare.toml").write_text(CONFIG.format(url="http://x.invalid/"), "utf-8")
    first, later = tmp_path / "first.csv", tmp_path / "later.csv"
    first.write_text(
        TWCS + "1,410001,True,Mon Dec 07 06:00:00 +0000 2026,@Voltaro mijn stroom is weg,2,\n"
        "2,Voltaro,False,Mon Dec 07 06:10:00 +0000 2027,@410001 Stuur ons een DM,,1\n",
        encoding="utf-8",
    )
    later.write_text(
        TWCS + "5,410001,True,Mon Dec 07 08:30:00 +0000 2026,"
        "@Voltaro DM gestuurd maar nog steeds geen stroom,,2\n",
        encoding="utf-8",
    )
    where = ["--config", str(tmp_path / "webcare.toml"), "--db", store_url]
    twcs = ["--kind", "twcs", "--source", "tw"]
    done = cli("import", first, *twcs, "--now", "2026-12-07T09:00", *where)
    assert done.exit_code == 0, done.output
    assert "1 answered by a brand reply" in done.stderr
    assert (
        "brand reply 2 to 1: created_at Tue 07 Dec 2027 07:10 CET is after it was first seen; "
        "used the time first seen" in done.stderr
    )
    assert cli("import", later, *twcs, "--now", "2026-12-07T10:00", *where).exit_code == 0
    listed = cli("mentions", "--now", "2026-12-07T10:05", "--format", "jsonl", *where)
    rows = {json.loads(line)["text"][9:14]: json.loads(line) for line in listed.stdout.splitlines()}
    assert rows["mijn "]["responded_at"] == "2026-12-07T08:00:00Z"  # the first import
    assert rows["mijn "]["sla"]["status"] == "responded"
    assert rows["DM ge"]["responded_at"] is None  # written after the reply was read
    assert rows["DM ge"]["sla"]["status"] != "responded"
    again = cli("import", first, *twcs, "--now", "2026-12-07T10:30", *where)
    assert "0 new, 1 already seen" in again.stderr  # the same reply, not a second one
