"""`mentions --channel X` / `--source X` on a large store: the count and the newest rows
come off an index, never a walk of every stored mention (a million: 11 s, then 1-2 s)."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest
from typer.testing import CliRunner

from webcare.cli import app
from webcare.store import MentionQuery, open_store

NOW = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("query", "total"),
    [
        (MentionQuery(channels=("email",)), 20),
        (MentionQuery(sources=("import-export",)), 40),
        (MentionQuery(channels=("email", "social")), 40),
    ],
    ids=["channel", "source", "two-channels"],
)
def test_channel_and_source_filters_read_an_index_not_every_mention(
    tmp_path: Path, query: MentionQuery, total: int
) -> None:
    export = tmp_path / "export.jsonl"
    rows = [
        {"id": str(n), "author": f"klant{n}", "text": f"Acme bestelling {n} is zoek",
         "created_at": f"2026-11-2{n % 3}T0{n % 9}:00:00Z", "channel": ["email", "social"][n % 2]}
        for n in range(40)
    ]  # fmt: skip
    export.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    db = tmp_path / "webcare.db"
    imported = CliRunner().invoke(
        app, ["import", str(export), "--kind", "jsonl", "--db", str(db), "--now", NOW.isoformat()]
    )
    assert imported.exit_code == 0, imported.output
    statements: list[str] = []
    with open_store(db) as store:
        store.db.set_trace_callback(statements.append)  # type: ignore[attr-defined]
        newest = store.newest(query, NOW, 5)
    assert newest.total == total and len(newest.rows) == 5
    reads = [s for s in statements if s.lstrip().upper().startswith("SELECT") and "mentions" in s]
    assert reads
    plans = {
        s: [row[3] for row in sqlite3.connect(db).execute("EXPLAIN QUERY PLAN " + s)]
        for s in reads
    }
    assert not {s: p for s, p in plans.items() if any(d.startswith("SCAN mentions") for d in p)}
