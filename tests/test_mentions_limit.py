"""`mentions --limit N` reads the newest N, not every stored mention (issue 14), and lists
exactly what the whole listing lists first, under the same headline: through the real CLI,
on a real store of each backend, with every filter, history, praise old and recent,
follow-ups whose conversation started long before the newest N, answers before and after
`--now`, and mentions written after it."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from typer.testing import Result

from webcare import report
from webcare.timeparse import iso_utc

Cli = Callable[..., Result]

LISTED_AT = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)
"""The listings' `--now`: what was written or answered after it has not happened yet."""
STORED_AT = LISTED_AT + timedelta(hours=2)
"""When the exports were imported and the people acted."""

COMPLAINT = "Mijn pakket is nog steeds niet bezorgd, waar blijft het? @acme_nl"
PRAISE = "Top service van Acme, bedankt! Super snel geleverd."
NEWS = "Acme opent nieuw distributiecentrum in Tilburg, goed voor 300 banen."


def _at(**delta: float) -> str:
    return iso_utc(LISTED_AT + timedelta(**delta)) or ""


def _row(author: str, text: str, at: str, reply_to: str | None = None) -> dict[str, Any]:
    row = {"id": author, "author": author, "text": text, "created_at": at}
    return row | ({"in_reply_to": reply_to} if reply_to else {})


ARCHIVE = [  # a source's first import: older than [poll] backfill is history
    _row("history-open", COMPLAINT, _at(days=-10)),
    _row("history-answered", COMPLAINT, _at(days=-9)),
    _row("archive-live", "Bestelling van Acme kwam beschadigd aan, wat nu?", _at(hours=-5)),
]
SOCIAL = [
    _row("ancient-breach", COMPLAINT, _at(days=-20)),
    _row("fresh", "Hoi Acme, wanneer komt mijn pakket? Track en trace zegt niks.", _at(minutes=-30)),
    _row("nearly-due", "Mijn retour is nog niet verwerkt, kan iemand kijken?", _at(minutes=-50)),
    _row("hours-over", "Factuur van Acme klopt niet, dubbel betaald!", _at(hours=-3)),
    _row("old-praise", PRAISE, _at(days=-10)),
    _row("recent-praise", "Wat een fijne klantenservice, dank jullie wel Acme!", _at(days=-1)),
    _row("answered", COMPLAINT, _at(days=-2)),
    _row("answered-later", "Pakket kwijt, help!", _at(hours=-4)),
    _row("closing", "Bedankt voor jullie hulp, het is opgelost!", _at(days=-4)),
    _row("answered-at-now", COMPLAINT, _at(hours=-7)),
    _row("no-reply-decided", "Acme pakket is er, alles goed verder", _at(hours=-6)),
    _row("thread-start", "Mijn pakket is kwijt, ordernummer 123", _at(days=-15)),
    _row("thread-nudge", "Hallo?? Nog iemand daar? Nog steeds geen pakket", _at(minutes=-10),
         "thread-start"),
    _row("thread-future", "Nog steeds niks", _at(minutes=30), "thread-start"),
    _row("pair-start", COMPLAINT, _at(days=-12)),
    _row("pair-follow", "En de factuur klopt ook niet", _at(days=-11), "pair-start"),
    _row("solved-start", COMPLAINT, _at(days=-7)),
    _row("solved-again", "Alweer een pakket te laat, waar blijft het?", _at(hours=-2),
         "solved-start"),
    _row("quick-start", "Pakket beschadigd aangekomen, wat nu?", _at(hours=-3.5)),
    _row("quick-follow", "Foto gestuurd via DM", _at(minutes=-5), "quick-start"),
    *(  # an incident: three customers, one outage
        _row(f"outage-{n}", "De Acme app geeft een 503 storing, inloggen lukt niet", _at(minutes=-m))
        for n, m in enumerate((95, 70, 40))
    ),
    _row("future", COMPLAINT, _at(hours=1)),
]  # fmt: skip
NEWS_ROWS = [
    _row("news-old", NEWS, _at(days=-10)),
    _row("news-recent", NEWS, _at(days=-1)),
    _row(
        "site-down", "Acme website ligt eruit, niemand kan meer bestellen! @acme_nl", _at(days=-3)
    ),
    _row("web-praise", PRAISE, _at(days=-6)),
]
ANSWERS = {  # author -> when a person answered
    "history-answered": _at(days=-8),
    "answered": _at(days=-1),
    "answered-later": _at(minutes=30),  # after the listing's now: still open then
    "answered-at-now": _at(),  # at the listing's now itself: answered
    "pair-start": _at(days=-10),
    "pair-follow": _at(days=-10),  # one answer for both: the follow-up waited from the start
    "solved-start": _at(days=-6),
    "quick-start": _at(minutes=-1),  # the newest, answered with a start older than the
    "quick-follow": _at(minutes=-1),  # newest five: its clock ran from that start
}
ASSIGNED = {"fresh": "ann", "hours-over": "bob", "thread-nudge": "ann", "news-recent": "ann"}


@pytest.fixture
def varied_store(
    cli: Cli, make_config: Callable[..., Path], tmp_path: Path, store_url: str
) -> Iterator[list[str]]:
    """The store, and the options that reach it at the listings' moment."""
    config = make_config(poll={"backfill": "2d"})
    stored = ["--config", config, "--db", store_url, "--now", iso_utc(STORED_AT)]

    def load(source: str, rows: list[dict[str, Any]], *channel: str) -> None:
        export = tmp_path / f"{source}-{len(rows)}.jsonl"
        export.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
        done = cli("import", export, "--kind", "jsonl", "-s", source, "--no-filter", *channel,
                   *stored)  # fmt: skip
        assert done.exit_code == 0, done.output

    load("archive", ARCHIVE)
    # A first import stores what is older than the backfill as history: a recent first
    # row first, and the old ones after it are live.
    load("social", [_row("seed", PRAISE, _at(hours=-1))])
    load("social", SOCIAL)
    load("news", [_row("news-seed", NEWS, _at(hours=-1))], "--channel", "web")
    load("news", NEWS_ROWS, "--channel", "web")
    listed = cli("mentions", *stored, "-f", "jsonl")
    ids = {
        json.loads(line)["author"]: json.loads(line)["id"] for line in listed.stdout.splitlines()
    }
    for author, at in ANSWERS.items():
        assert cli("ack", ids[author], "--at", at, *stored).exit_code == 0
    assert cli("ack", ids["no-reply-decided"], "--no-reply", *stored).exit_code == 0
    for author, person in ASSIGNED.items():
        assert cli("assign", ids[author], "--to", person, *stored).exit_code == 0
    yield ["--config", str(config), "--db", store_url, "--now", iso_utc(LISTED_AT) or ""]


def listing(cli: Cli, where: list[str], *options: str) -> dict[str, Any]:
    result = cli("mentions", *where, "-f", "json", *options)
    assert result.exit_code == 0, result.output
    document: dict[str, Any] = json.loads(result.stdout)
    return document


NARROWINGS = [
    (),
    ("--channel", "web"),
    ("--channel", "social", "--since", "5d"),
    ("--source", "social"),
    ("--source", "archive"),
    ("--since", "3d"),
    ("--search", "pakket"),
    ("--search", "BEDANKT", "--source", "social"),
    ("--assignee", "ann"),
    ("--unassigned",),
    ("--sentiment", "neg"),
    ("--sentiment", "pos", "--since", "30d"),
]


def test_the_newest_n_and_the_headline_are_the_whole_listings(
    cli: Cli, varied_store: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    wholes = {narrowing: listing(cli, varied_store, *narrowing) for narrowing in NARROWINGS}
    everything = wholes[()]
    summary = everything["summary"]
    # The store is as varied as it says: every kind of state is in the whole listing.
    assert summary["history"] >= 1 and summary["responded"] >= 4
    assert summary["breached"] >= 3 and summary["at_risk"] >= 1
    assert summary["to_thank"] >= 3 and summary["no_reply_needed"] > summary["to_thank"]
    authors = [m["author"] for m in everything["mentions"]]
    assert "future" not in authors and "thread-future" not in authors
    nudge = next(m for m in everything["mentions"] if m["author"] == "thread-nudge")
    assert nudge["sla"]["clock_started_at"] == _at(days=-15)  # timed from its conversation
    quick = everything["mentions"][0]
    assert quick["author"] == "quick-follow" and quick["sla"]["status"] == "responded"
    assert quick["sla"]["clock_started_at"] == _at(hours=-3.5)
    assert "quick-start" not in [m["author"] for m in everything["mentions"][:5]]
    # Only the newest are judged: the whole listing's path is never taken.
    whole_listing = report.build_listing
    monkeypatch.setattr(report, "build_listing", _refused)
    for narrowing, whole in wholes.items():
        assert whole["mentions"], narrowing
        for n in (1, 5, len(whole["mentions"]), 1000):
            limited = listing(cli, varied_store, *narrowing, "--limit", str(n))
            assert limited["mentions"] == whole["mentions"][:n], (narrowing, n)
            shown = len(limited["mentions"])
            assert limited["summary"] == {**whole["summary"], "shown": shown}, (narrowing, n)
    # What only the floor's read can hold (breached, at risk, open; an incident's members)
    # is selected from that read: the whole listing's rows of that status, its headline.
    incidents = json.loads(cli("report", *varied_store, "-f", "json").stdout)["incidents"]
    assert incidents
    for narrowing in NARROWINGS[:4]:
        whole = wholes[narrowing]["mentions"]
        for statuses in (("breached",), ("at_risk", "open"), ("open",)):
            chosen = [m for m in whole if _status_of(m) & set(statuses)]
            options = [word for status in statuses for word in ("--status", status)]
            for n in (None, 2):
                limit = () if n is None else ("--limit", str(n))
                limited = listing(cli, varied_store, *narrowing, *options, *limit)
                assert limited["mentions"] == chosen[:n], (narrowing, statuses, n)
                assert limited["summary"] == _summary(chosen, len(chosen[:n]))
        for found in incidents:
            chosen = [m for m in whole if m["id"] in found["members"]]
            limited = listing(cli, varied_store, *narrowing, "--incident", found["id"], "-n", "2")
            assert limited["mentions"] == chosen[:2], (narrowing, found["id"])
            assert limited["summary"] == _summary(chosen, len(chosen[:2]))
    # Answered, history and praise to thank are told by the stored columns: the newest of
    # them are read and counted; none is on the floor.
    for narrowing in NARROWINGS[::2]:
        whole = wholes[narrowing]["mentions"]
        for statuses in (("to_thank",), ("history",), ("responded",), ("to_thank", "history")):
            chosen = [m for m in whole if _status_of(m) & set(statuses)]
            options = [word for status in statuses for word in ("--status", status)]
            for n in (1, 1000):
                limited = listing(cli, varied_store, *narrowing, *options, "--limit", str(n))
                assert limited["mentions"] == chosen[:n], (narrowing, statuses, n)
                assert limited["summary"] == _summary(chosen, len(chosen[:n]))
    # `ok` and `no_reply` can be had on the floor and off it: the whole window is read.
    monkeypatch.setattr(report, "build_listing", whole_listing)
    for status in ("ok", "no_reply"):
        chosen = [m for m in everything["mentions"] if status in _status_of(m)]
        limited = listing(cli, varied_store, "--status", status, "--limit", "2")
        assert limited["mentions"] == chosen[:2], status
        assert limited["summary"] == _summary(chosen, len(chosen[:2]))


def _status_of(record: dict[str, Any]) -> set[str]:
    """The `--status` choices a listed mention answers to (`report._selected`)."""
    sla = record["sla"]
    status = sla["status"]
    waiting = status not in ("responded", "history") and sla["needs_reply"]
    no_reply = status == "ok" and not sla["needs_reply"]
    return (
        {status}
        | ({"open"} if waiting else set())
        | ({"no_reply"} if no_reply else set())
        | ({"to_thank"} if sla["to_thank"] and status == "ok" else set())
    )


def _summary(records: list[dict[str, Any]], shown: int) -> dict[str, Any]:
    """The headline of these listed mentions, counted from their records."""
    chosen = [_status_of(record) for record in records]
    breached = [r["sla"]["overdue_minutes"] for r in records if r["sla"]["status"] == "breached"]
    return {
        "total": len(records),
        **{s: sum(s in c for c in chosen) for s in ("breached", "at_risk", "ok")},
        **{s: sum(s in c for c in chosen) for s in ("responded", "history")},
        "no_reply_needed": sum("no_reply" in c for c in chosen),
        "to_thank": sum("to_thank" in c for c in chosen),
        "open": sum("open" in c for c in chosen),
        "oldest_overdue_minutes": max(breached, default=0),
        "shown": shown,
    }


def _refused(*args: object, **kwargs: object) -> report.Listing:
    raise AssertionError("mentions --limit judged every mention of the window")
