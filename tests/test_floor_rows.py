"""The report reads its floor as flat rows (`webcare.floorrow`) and builds whole only the
mentions it shows: what a team sees must be what whole mentions give. The order, the
ranks, the totals and the incidents, on a store holding answered, unanswered, breached,
at-risk, owed-no-reply, acknowledged, answered-after-now, history and out-of-window
mentions, on each backend."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from datetime import datetime
from importlib.resources import as_file, files
from pathlib import Path
from typing import Any

import pytest
from typer.testing import Result

from webcare import report
from webcare.config import load_file
from webcare.settings import Settings
from webcare.store import open_store
from webcare.timeparse import parse_time
from webcare.usecases import report as reports

Cli = Callable[..., Result]
MakeConfig = Callable[..., Path]
DEMO_NOW = "2026-11-23T09:00:00+01:00"
ACKED_BEFORE = "2026-11-23T08:30:00+01:00"
ACKED_AFTER = "2026-11-23T08:50:00+01:00"
"""Acknowledged at 08:50: a report at 08:45 still has it open, one at 09:00 answered."""


def document(result: Result) -> dict[str, Any]:
    assert result.exit_code in (0, 1), result.output
    parsed: dict[str, Any] = json.loads(result.stdout)
    return parsed


@pytest.fixture
def worked_store(cli: Cli, store_url: str) -> Iterator[tuple[Path, str, dict[str, str]]]:
    """The demo's sources polled into a real store, then a morning's work on it: one
    answer before 08:45, one at 08:50, one marked as needing no reply, one assigned."""
    with as_file(files("webcare").joinpath("demo")) as demo:
        config = Path(demo) / "webcare.toml"
        where = ["--config", config, "--db", store_url]
        assert cli("poll", *where, "--now", DEMO_NOW).exit_code == 0
        floor = document(cli("report", *where, "--now", DEMO_NOW, "-f", "json"))["mentions"]
        assert len(floor) > 10
        oldest = [m["id"] for m in sorted(floor, key=lambda m: m["created_at"])]
        work = {"before": oldest[0], "after": oldest[1], "no_reply": oldest[2]}
        work["assigned"] = next(m["id"] for m in floor if m["id"] not in work.values())
        for given, at in ((work["before"], ACKED_BEFORE), (work["after"], ACKED_AFTER)):
            acked = cli("ack", given, "--by", "anna", "--at", at, *where, "--now", DEMO_NOW)
            assert acked.exit_code == 0, acked.output
        assert cli("ack", work["no_reply"], "--no-reply", *where, "--now", DEMO_NOW).exit_code == 0
        assigned = cli("assign", work["assigned"], "--to", "bo", *where, "--now", DEMO_NOW)
        assert assigned.exit_code == 0, assigned.output
        yield config, store_url, work


def test_the_report_shows_what_whole_mentions_give_at_every_moment(
    worked_store: tuple[Path, str, dict[str, str]],
) -> None:
    config, db, _ = worked_store
    moments = [
        "2026-11-23T08:45:00+01:00",  # before the 08:50 answer: still open
        DEMO_NOW,
        "2026-11-24T18:00:00+01:00",  # everything open has breached
        "2026-12-08T09:00:00+01:00",  # weeks later: the praise is no longer recent
    ]
    for settings in (load_file(config), Settings()):  # its stamp, and one it never settled
        for given in moments:
            now = parse_time(given, settings.brand.timezone)
            with open_store(db) as store:
                listing = reports.floor(settings, store, now, generated_at=now, limit=7)
                whole = report.build_report(
                    store.query(reports.floor_query(settings, now)),
                    settings,
                    now=now,
                    generated_at=now,
                    limit=7,
                    history=reports.incident_history(store, now),
                )
            assert listing == whole, given
            assert listing.rows, given


def test_the_order_and_totals_follow_the_mornings_work(
    cli: Cli, worked_store: tuple[Path, str, dict[str, str]]
) -> None:
    config, db, work = worked_store
    where = ["--config", config, "--db", db, "-f", "json"]
    early = document(cli("report", *where, "--now", "2026-11-23T08:45:00+01:00"))
    late = document(cli("report", *where, "--now", DEMO_NOW))
    early_ids = [m["id"] for m in early["mentions"]]
    late_ids = [m["id"] for m in late["mentions"]]
    # Answered at 08:50: on the floor at 08:45, gone at 09:00; answered at 08:30: gone in
    # both; owed no reply: never again; assigned: still on the floor (not an answer).
    assert work["after"] in early_ids and work["after"] not in late_ids
    assert work["before"] not in early_ids + late_ids
    assert work["no_reply"] not in early_ids + late_ids
    assigned = [m for m in late["mentions"] if m["id"] == work["assigned"]]
    assert [m["assignee"] for m in assigned] == ["bo"]
    # Each mention's rank as `mentions` gives it (built whole) is its place in the report.
    listed = cli("mentions", "--config", config, "--db", db, "--now", DEMO_NOW, "-f", "jsonl")
    ranks = {
        m["id"]: m["priority"]["rank"]
        for m in map(json.loads, listed.stdout.splitlines())
        if m["priority"]["rank"] is not None
    }
    assert ranks == {given: place for place, given in enumerate(late_ids, start=1)}
    # The totals: every live mention read is counted once, by its state.
    for seen, ids in ((early, early_ids), (late, late_ids)):
        summary = seen["summary"]
        assert summary["total"] == summary["breached"] + summary["at_risk"] + summary["ok"]
        assert summary["breached"] + summary["at_risk"] == len(ids) == summary["shown"]
        assert summary["open"] >= len(ids) and summary["to_thank"] > 0


def test_a_shown_mention_keeps_where_else_it_was_seen(
    cli: Cli, make_config: MakeConfig, store_url: str, tmp_path: Path
) -> None:
    review = {
        "id": "r1",
        "author": "Marloes",
        "text": "Acme bakfiets na twee weken kapot, geen reactie op mijn klacht",
        "created_at": "2026-11-23T06:00:00Z",
        "url": "https://www.trustpilot.com/reviews/6560abc",
    }
    alert = {
        "id": "tag:google.com,2013:googlealerts/feed:1",
        "author": "trustpilot.com",
        "text": "Acme bakfiets na twee weken kapot ...",
        "created_at": "2026-11-23T06:30:00Z",
        "url": "https://trustpilot.com/reviews/6560abc?utm_source=alerts",
    }
    for name, record in (("reviews", review), ("alerts", alert)):
        (tmp_path / f"{name}.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    config = make_config(
        {"name": "trustpilot", "kind": "jsonl", "path": str(tmp_path / "reviews.jsonl"),
         "channel": "review"},
        {"name": "alerts", "kind": "jsonl", "path": str(tmp_path / "alerts.jsonl"),
         "channel": "web"},
    )  # fmt: skip
    where = ["--config", config, "--db", store_url]
    assert cli("poll", "--source", "trustpilot", *where, "--now", "2026-11-23T07:00Z").exit_code == 0
    assert cli("poll", *where, "--now", "2026-11-23T07:00Z").exit_code == 0
    # A day later the review has breached its 24 h target: on the floor, shown whole.
    later = document(cli("report", *where, "--now", "2026-11-24T09:00Z", "-f", "json"))
    [shown] = later["mentions"]
    assert shown["sla"]["status"] == "breached"
    assert shown["also_seen"] == [
        {"source": "alerts", "url": "https://trustpilot.com/reviews/6560abc?utm_source=alerts"}
    ]


def test_a_floor_row_becomes_the_stored_mention_it_was_read_from(
    worked_store: tuple[Path, str, dict[str, str]],
) -> None:
    config, db, _ = worked_store
    settings = load_file(config)
    now = datetime.fromisoformat("2026-12-08T09:00:00+01:00")
    query = reports.floor_query(settings, now)
    with open_store(db) as store:
        rows = store.floor_rows(query)
        stored = store.query(query)
    assert [row.whole() for row in rows] == stored
    for row, item in zip(rows, stored, strict=True):
        assert row.mention.created_at == item.mention.created_at
        assert row.analysis.urgency.level is item.analysis.urgency.level
        assert (row.response is None) == (item.response is None)
