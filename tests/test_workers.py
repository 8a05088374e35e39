"""Parsing and analysis in worker processes (`[poll] workers`) and exports read a part at a
time: the store ends up exactly as with everything in one process, whatever the size.
Real CLI, real feed server, real files, a real process pool."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from conftest import NOW
from httpserver import FeedServer
from storesql import count_rows, sql
from typer.testing import Result

from webcare.pipeline import PART
from webcare.workers import AHEAD, pool_size

Cli = Callable[..., Result]
MakeConfig = Callable[..., Path]
NewStore = Callable[[str], str]
START = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)


def stored(cli: Cli, db: str) -> list[dict[str, Any]]:
    """Every stored mention as `webcare mentions` lists it, with its conversation."""
    result = cli("mentions", "--format", "jsonl", "--db", db, "--now", NOW)
    assert result.exit_code == 0, result.stderr
    listed = [json.loads(line) for line in result.stdout.splitlines()]
    rows = sql(db, "SELECT id, thread_id, native_id FROM mentions")
    more = {row[0]: {"thread": row[1], "native_id": row[2]} for row in rows}
    return sorted(({**r, **more[r["id"]]} for r in listed), key=lambda r: r["id"])


def rss(feed: int) -> str:
    items = "".join(
        f"<item><title>Acme levering {feed}-{n} is te laat</title><guid>f{feed}-{n}</guid>"
        f"<link>https://nieuws.example/{feed}/{n}</link>"
        f"<pubDate>Sun, 22 Nov 2026 1{n}:00:00 GMT</pubDate>"
        f"<description>Klanten van Acme wachten al dagen ({feed}/{n}).</description></item>"
        for n in range(4)
    )
    return (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>{items}</channel></rss>'
    )


UNHURRIED = {"timeout": "30s", "connect_timeout": "30s"}
"""These tests compare what is stored, not timeouts: the suite's 1 s timeout fired here on
a loaded machine while the pool forked, and a timed-out source then differs by chance."""


def test_a_poll_with_workers_stores_what_one_process_stores(
    feed_server: FeedServer, make_config: MakeConfig, cli: Cli, new_store_url: NewStore
) -> None:
    sources: list[dict[str, object]] = [
        {"name": f"feed{i}", "kind": "rss", "url": feed_server.route(f"/{i}.xml", rss(i))}
        for i in range(6)
    ]
    broken = feed_server.route("/broken.json", "{ this is not json")
    sources.append({"name": "broken", "kind": "json", "url": broken, "channel": "social"})
    outcomes = {}
    for workers in (1, 2):
        config = make_config(*sources, poll={"workers": workers, **UNHURRIED})
        db = new_store_url(f"w{workers}")
        result = cli("poll", "--config", config, "--db", db, "--now", NOW)
        assert result.exit_code == 3, result.stderr  # the broken source
        outcomes[workers] = (sorted(result.stderr.splitlines()), stored(cli, db))
    assert outcomes[2] == outcomes[1]
    lines, mentions = outcomes[2]
    assert len(mentions) == 24
    assert any(line.startswith("broken: FAILED: ") for line in lines)


def export_rows() -> list[dict[str, Any]]:
    """More than one part: a post early on answered by a customer and the brand in the
    next part, a brand reply early to a post that comes later, a row repeated across the
    parts' edge, and (JSON lines) an unreadable line."""
    rows: list[dict[str, Any]] = [
        {
            "id": f"m{n}",
            "author": f"klant{n % 97}",
            "text": f"Acme mijn bestelling {n} is niet aangekomen",
            "created_at": (START + timedelta(seconds=n)).isoformat(),
        }
        for n in range(PART + 200)
    ]
    late = (START + timedelta(hours=5)).isoformat()
    rows.insert(3, {"id": "r1", "author": "AcmeCare", "in_reply_to": f"m{PART + 150}",
                    "text": "Acme: we kijken ernaar", "created_at": late})  # fmt: skip
    rows.append({"id": "m5b", "author": "klant5", "in_reply_to": "m5",
                 "text": "Acme hallo? nog steeds niets", "created_at": late})  # fmt: skip
    rows.append({"id": "r2", "author": "AcmeCare", "in_reply_to": "m5b",
                 "text": "Acme: sorry, het komt eraan", "created_at": late})  # fmt: skip
    rows.append(dict(rows[10]))  # the same row again, in another part: one mention
    return rows


@pytest.mark.parametrize("kind", ["jsonl", "csv"])
def test_a_large_export_with_workers_imports_as_in_one_process(
    kind: str, make_config: MakeConfig, cli: Cli, tmp_path: Path, new_store_url: NewStore
) -> None:
    rows = export_rows()
    export = tmp_path / f"export.{kind}"
    if kind == "jsonl":
        lines = [json.dumps(row) for row in rows]
        lines.insert(PART + 7, "{not json")
        export.write_text("\n".join(lines) + "\n", encoding="utf-8")
    else:
        import csv

        with export.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, ["id", "author", "text", "created_at", "in_reply_to"])
            writer.writeheader()
            writer.writerows(rows)
    outcomes = {}
    for workers in (1, 2):
        config = make_config(poll={"workers": workers})
        db = new_store_url(f"{kind}{workers}")
        result = cli("import", export, "--kind", kind, "--config", config, "--db", db, "--now", NOW)
        outcomes[workers] = (result.exit_code, result.stderr, stored(cli, db))
    assert outcomes[2] == outcomes[1]
    code, stderr, mentions = outcomes[2]
    assert code == (3 if kind == "jsonl" else 0), stderr  # a line lost is said, exit 3
    assert f"{PART + 201} new, 0 already seen, 3 answered by a brand reply" in stderr
    by_id = {m["native_id"]: m for m in mentions}
    assert len(by_id) == PART + 201
    # One conversation, named after its first post in the import's own id space.
    assert by_id["m5b"]["thread"] == by_id["m5"]["thread"] == "source:import-export:m5"
    answered = {n for n, m in by_id.items() if m["responded_by"] == "AcmeCare"}
    assert answered == {"m5", "m5b", f"m{PART + 150}"}


@pytest.mark.parametrize("kind", ["jsonl", "csv"])
def test_an_export_of_many_parts_parsed_by_workers_keeps_every_row_once_and_names_bad_lines(
    kind: str, make_config: MakeConfig, cli: Cli, tmp_path: Path
) -> None:
    """More parts than the pool is handed at once (`workers.AHEAD`): every row stored once,
    in the store the one process leaves, and a broken line late in the file named by its
    line as one process names it."""
    rows = [
        {"id": f"m{n}", "author": f"klant{n % 89}", "text": f"Acme pakket {n} is zoek",
         "created_at": (START + timedelta(seconds=n)).isoformat()}
        for n in range((AHEAD + 1) * PART + 30)
    ]  # fmt: skip
    export = tmp_path / f"export.{kind}"
    if kind == "jsonl":
        lines = [json.dumps(row) for row in rows]
        lines.insert(AHEAD * PART + 11, "[1, 2]")
        export.write_text("\n".join(lines) + "\n", encoding="utf-8")
        broken = AHEAD * PART + 12
    else:
        lines = ["id,author,text,created_at", *(",".join(row.values()) for row in rows)]
        lines.insert(AHEAD * PART + 11, "x,y")
        export.write_text("\n".join(lines) + "\n", encoding="utf-8")
        broken = AHEAD * PART + 12
    outcomes = {}
    for workers in (1, 2):
        config = make_config(poll={"workers": workers})
        db = tmp_path / f"{kind}{workers}.db"
        result = cli("import", export, "--kind", kind, "--config", config, "--db", db, "--now", NOW)
        ids = sql(str(db), "SELECT count(*), count(DISTINCT native_id) FROM mentions")
        outcomes[workers] = (result.exit_code, result.stderr, ids)
    assert outcomes[2] == outcomes[1]
    code, stderr, ids = outcomes[2]
    assert code == 3
    assert f"line {broken}" in stderr
    assert ids == [(len(rows), len(rows))]


def test_an_export_that_cannot_be_read_fails_and_stores_nothing(
    make_config: MakeConfig, cli: Cli, tmp_path: Path, store_url: str
) -> None:
    export = tmp_path / "export.json"
    export.write_text('[{"id": "1", "text": "Acme"}, {"id": ', encoding="utf-8")
    config = make_config(poll={"workers": 2})
    db = store_url
    result = cli("import", export, "--kind", "json", "--config", config, "--db", db, "--now", NOW)
    assert result.exit_code == 3, result.stderr
    assert "FAILED" in result.stderr
    assert count_rows(db) == 0


def test_a_number_of_workers_is_taken_as_given_and_auto_starts_none_for_little_work() -> None:
    assert pool_size(3, enough_work=False) == 3
    assert pool_size(1, enough_work=True) == 0  # 1: everything in the poll's own process
    assert pool_size(None, enough_work=False) == 0


def test_a_poll_with_workers_keeps_the_stores_connection_on_every_backend(
    feed_server: FeedServer, make_config: MakeConfig, cli: Cli, store_url: str
) -> None:
    """Forked workers inherit the open store's connection (a PostgreSQL socket): they must
    not close it under the poll, which writes and then reads through it."""
    sources: list[dict[str, object]] = [
        {"name": f"feed{i}", "kind": "rss", "url": feed_server.route(f"/{i}.xml", rss(i))}
        for i in range(6)
    ]
    config = make_config(*sources, poll={"workers": 2, **UNHURRIED})
    for _ in range(2):  # the second poll finds everything stored
        result = cli("poll", "--config", config, "--db", store_url, "--now", NOW)
        assert result.exit_code == 0, result.stderr
    listed = cli("mentions", "--format", "jsonl", "--db", store_url, "--now", NOW)
    assert listed.exit_code == 0, listed.stderr
    assert len(listed.stdout.splitlines()) == 24
