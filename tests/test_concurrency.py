"""Several machines on one PostgreSQL store at once, as real processes: the database does
the sharing. Two polls fetch each source once and store each mention once; acks, notes
and assigns from several people at once are all kept; concurrent `notify` runs post one alert.

PostgreSQL-only on purpose: only a database server is shared by several machines (a SQLite
file is one machine's; test_store_faults.py and test_workflow.py have its concurrent polls)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from html import escape
from pathlib import Path

import pytest
from httpserver import FeedServer
from storesql import sql

pytestmark = pytest.mark.postgres

NOW = "2026-11-23T09:00:00+01:00"
FEEDS = 6
ITEMS = 15
DELAY = 1.5
"""Seconds each feed takes to answer: both polls are running while the first fetches."""


def rss(feed: int) -> str:
    items = "".join(
        f"<item><title>Acme bezorging {feed}-{item} kwam niet</title>"
        f"<link>https://forum.example/{feed}/{item}</link><guid>post-{feed}-{item}</guid>"
        f"<pubDate>Mon, 23 Nov 2026 0{item % 8}:{item:02d}:00 +0100</pubDate>"
        f"<description>{escape(f'Acme, waar blijft bestelling {feed}{item}?')}</description></item>"
        for item in range(ITEMS)
    )
    # Every feed also carries the same article (one post, reached through each feed).
    shared = (
        "<item><title>Acme stopt met zondagbezorging</title>"
        "<link>https://nieuws.example/acme-zondag?utm_source=feed</link>"
        "<pubDate>Mon, 23 Nov 2026 07:00:00 +0100</pubDate></item>"
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>t</title>'
        f"{items}{shared}</channel></rss>"
    )


def start(*args: object) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "webcare", *(str(arg) for arg in args)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "COLUMNS": "200"},
    )


def finish(processes: list[subprocess.Popen[str]]) -> list[tuple[int, str, str]]:
    done = []
    for process in processes:
        out, err = process.communicate(timeout=120)
        done.append((process.returncode, out, err))
    return done


@pytest.fixture
def shared_store(make_postgres_database: Callable[[], str]) -> str:
    return make_postgres_database()


def test_two_polls_at_once_fetch_each_source_once_and_store_each_mention_once(
    feed_server: FeedServer, make_config: Callable[..., Path], shared_store: str
) -> None:
    sources = []
    for feed in range(FEEDS):
        feed_server.route(f"/feed{feed}.xml", rss(feed), delay=DELAY)
        sources.append(
            {"name": f"forum{feed}", "kind": "rss", "url": feed_server.url(f"/feed{feed}.xml")}
        )
    config = make_config(*sources, poll={"timeout": "20s", "connect_timeout": "20s", "per_host": 8})
    run = ("poll", "--config", config, "--db", shared_store, "--now", NOW, "--backfill")
    subprocess.run([sys.executable, "-m", "webcare", "db", "upgrade", "--db", shared_store],
                   check=True, capture_output=True)  # fmt: skip

    (code_a, _, err_a), (code_b, _, err_b) = finish([start(*run), start(*run)])

    assert (code_a, code_b) == (0, 0), err_a + err_b
    hits = {
        f"/feed{feed}.xml": len(feed_server.hits_for(f"/feed{feed}.xml")) for feed in range(FEEDS)
    }
    assert hits == {f"/feed{feed}.xml": 1 for feed in range(FEEDS)}  # each source fetched once
    # The two polls may split the sources between them in any way; each source's own line
    # says which poll stored it and which stepped aside.
    lines = (err_a + err_b).splitlines()
    for feed in range(FEEDS):
        mine = [line for line in lines if line.lstrip().startswith(f"forum{feed}: ")]
        stored = [line for line in mine if " new, " in line]
        skipped = [line for line in mine if "skipped: another poll" in line]
        assert (len(stored), len(skipped)) == (1, 1), (err_a, err_b)
    # Every post once: FEEDS x ITEMS, and the shared article once, its other sightings with it.
    assert sql(shared_store, "SELECT count(*), count(DISTINCT id) FROM mentions") == [
        (FEEDS * ITEMS + 1, FEEDS * ITEMS + 1)
    ]
    assert sql(shared_store, "SELECT count(*) FROM also_seen") == [(FEEDS - 1,)]
    assert sql(shared_store, "SELECT count(*) FROM fetch_state WHERE last_ok_at IS NOT NULL") == [
        (FEEDS,)
    ]


def test_acks_and_notes_from_several_people_at_once_are_all_kept(
    shared_store: str, tmp_path: Path
) -> None:
    export = tmp_path / "social.jsonl"
    export.write_text(
        "".join(
            json.dumps({"id": str(n), "author": f"klant{n}", "created_at": "2026-11-23T06:00:00Z",
                        "text": f"Acme, bestelling {n} is niet bezorgd"}) + "\n"
            for n in range(12)
        ),
        encoding="utf-8",
    )  # fmt: skip
    where = ("--db", shared_store, "--now", NOW)
    subprocess.run([sys.executable, "-m", "webcare", "import", export, "--kind", "jsonl", *where],
                   check=True, capture_output=True)  # fmt: skip
    ids = [row[0] for row in sql(shared_store, "SELECT id FROM mentions ORDER BY id")]

    # Ten people ack ten mentions, and four more ack the same last one, all at once.
    acks = [
        start("ack", ids[n], "--by", f"person{n}", "--note", f"note {n}", *where) for n in range(10)
    ]
    same = [start("ack", ids[11], "--by", f"late{n}", "--note", "same", *where) for n in range(4)]
    results = finish(acks + same)

    assert [code for code, _, _ in results] == [0] * 14, results
    recorded = sql(shared_store, 'SELECT mention_id, action, "by", note FROM actions ORDER BY seq')
    assert {(m, by, note) for m, _, by, note in recorded if note != "same"} == {
        (ids[n], f"person{n}", f"note {n}") for n in range(10)
    }
    # The first answer counts; the others are told it already was, and their notes are
    # kept in its history all the same (nobody's words are lost).
    on_same = [by for m, action, by, _ in recorded if m == ids[11] and action == "ack"]
    assert len(on_same) == 1
    noted = {by for m, action, by, _ in recorded if m == ids[11] and action == "note"}
    assert noted == {f"late{n}" for n in range(4)} - set(on_same)
    assert sum("already responded (ack)" in err for _, _, err in results[10:]) == 3
    assert sum("note kept in its history" in err for _, _, err in results[10:]) == 3
    assert sql(shared_store, "SELECT count(*) FROM mentions WHERE responded_via = 'ack'") == [(11,)]
    assert sql(shared_store, "SELECT responded_by FROM mentions WHERE id = ?", (ids[11],)) == [
        (on_same[0],)
    ]


def test_assigns_from_several_people_at_once_are_all_kept_in_order(
    shared_store: str, tmp_path: Path
) -> None:
    export = tmp_path / "social.jsonl"
    export.write_text(
        "".join(
            json.dumps({"id": str(n), "author": f"klant{n}", "created_at": "2026-11-23T06:00:00Z",
                        "text": f"Acme, bestelling {n} is niet bezorgd"}) + "\n"
            for n in range(5)
        ),
        encoding="utf-8",
    )  # fmt: skip
    where = ("--db", shared_store, "--now", NOW)
    subprocess.run([sys.executable, "-m", "webcare", "import", export, "--kind", "jsonl", *where],
                   check=True, capture_output=True)  # fmt: skip
    ids = [row[0] for row in sql(shared_store, "SELECT id FROM mentions ORDER BY id")]

    # Four people each take one mention, and four give the last one away at once, each to
    # someone else: every change is kept, and whoever has it is whom the last change named.
    takes = [start("assign", ids[n], "--to", f"agent{n}", "--by", f"agent{n}", *where)
             for n in range(4)]  # fmt: skip
    gives = [start("assign", ids[4], "--to", f"target{n}", "--by", f"lead{n}", *where)
             for n in range(4)]  # fmt: skip
    results = finish(takes + gives)

    assert [code for code, _, _ in results] == [0] * 8, results
    assert sql(shared_store, "SELECT id, assignee FROM mentions WHERE id <> ? ORDER BY id",
               (ids[4],)) == [(ids[n], f"agent{n}") for n in range(4)]  # fmt: skip
    history = sql(
        shared_store,
        "SELECT \"by\", note FROM actions WHERE mention_id = ? AND action = 'assign' ORDER BY seq",
        (ids[4],),
    )
    assert sorted(history) == [(f"lead{n}", f"to target{n}") for n in range(4)]
    assert sql(shared_store, "SELECT assignee FROM mentions WHERE id = ?", (ids[4],)) == [
        (history[-1][1].removeprefix("to "),)
    ]


def test_notify_runs_at_once_on_several_hosts_post_one_alert(
    feed_server: FeedServer, make_config: Callable[..., Path], shared_store: str, tmp_path: Path
) -> None:
    feed_server.route("/hooks/webcare", b"")
    export = tmp_path / "social.jsonl"
    export.write_text(
        "".join(
            json.dumps({"id": str(n), "author": f"klant{n}", "created_at": "2026-11-23T06:30:00Z",
                        "text": f"Acme, mijn bestelling {n} is al 3 dagen zoek!"}) + "\n"
            for n in range(3)
        ),
        encoding="utf-8",
    )  # fmt: skip
    config = make_config(
        {"name": "social", "kind": "jsonl", "path": str(export)},
        notify={"urls": [f"json://127.0.0.1:{feed_server.port}/hooks/webcare"]},
    )
    where = ("--config", config, "--db", shared_store, "--now", "2026-11-23T08:00:00Z")
    subprocess.run(
        [sys.executable, "-m", "webcare", "poll", *where], check=True, capture_output=True
    )

    results = finish([start("notify", *where) for _ in range(4)])

    assert [code for code, _, _ in results] == [0, 0, 0, 0], results
    posts = feed_server.hits_for("/hooks/webcare")
    assert len(posts) == 1
    assert "3 new mentions on the floor" in json.loads(posts[0].body)["title"]
    assert sql(shared_store, "SELECT count(*) FROM alerted") == [(3,)]
    assert sql(shared_store, "SELECT count(*), sum(mentions) FROM alerts_sent") == [(1, 3)]
