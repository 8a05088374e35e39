"""Conversations: first-response and next-reply clocks, and one brand reply answering a thread."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from webcare.cli import app

CONFIG = '[brand]\nkeywords = []\nhandles = ["AcmeCare"]\ntimezone = "Europe/Amsterdam"\n'

THREAD = [
    {
        "id": "c1",
        "author": "sanne",
        "text": "Mijn pakket is nog steeds niet bezorgd",
        "created_at": "2026-11-23T09:00:00+01:00",
    },
    {
        "id": "r1",
        "author": "AcmeCare",
        "text": "Sorry! Mag ik je ordernummer?",
        "created_at": "2026-11-23T09:20:00+01:00",
        "in_reply_to": "c1",
    },
    {
        "id": "c2",
        "author": "sanne",
        "text": "Ordernummer 4471, graag snel",
        "created_at": "2026-11-23T10:00:00+01:00",
        "in_reply_to": "r1",
    },
    {
        "id": "c3",
        "author": "sanne",
        "text": "Hallo?? Nog iemand daar?",
        "created_at": "2026-11-23T10:30:00+01:00",
        "in_reply_to": "c2",
    },
]
LATER = [
    {
        "id": "r2",
        "author": "AcmeCare",
        "text": "Hij komt vandaag tussen 14 en 16 uur",
        "created_at": "2026-11-23T11:20:00+01:00",
        "in_reply_to": "c3",
    },
    {
        "id": "c4",
        "author": "sanne",
        "text": "Bedankt, opgelost!",
        "created_at": "2026-11-23T11:30:00+01:00",
        "in_reply_to": "r2",
    },
]


@pytest.fixture
def here(tmp_path: Path, store_url: str) -> tuple[Path, str]:
    """The test's folder and its store (on each backend)."""
    return tmp_path, store_url


def run(here: tuple[Path, str], *args: str) -> str:
    tmp_path, store_url = here
    result = CliRunner().invoke(
        app, [*args, "--config", str(tmp_path / "webcare.toml"), "--db", store_url]
    )
    assert result.exit_code in (0, 1), result.output
    return result.stdout


def load(here: tuple[Path, str], name: str, rows: list[dict], now: str) -> None:
    tmp_path = here[0]
    (tmp_path / "webcare.toml").write_text(CONFIG, encoding="utf-8")
    path = tmp_path / f"{name}.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    run(here, "import", str(path), "--kind", "jsonl", "--source", "x-export", "--now", now)


def by_native(here: tuple[Path, str], now: str) -> dict[str, dict]:
    rows = [
        json.loads(line)
        for line in run(here, "mentions", "--now", now, "--format", "jsonl").splitlines()
    ]
    texts = {r["text"]: r["id"] for r in THREAD + LATER}
    return {texts[row["text"]]: row for row in rows}


def test_follow_ups_run_a_next_reply_clock_from_the_oldest_waiting_message(
    here: tuple[Path, str],
) -> None:
    load(here, "thread", THREAD, "2026-11-23T11:10")
    rows = by_native(here, "2026-11-23T11:10")
    assert set(rows) == {"c1", "c2", "c3"}  # the brand's reply is not a mention
    assert rows["c1"]["sla"]["clock"] == "first_response"
    assert rows["c1"]["sla"]["status"] == "responded"
    assert rows["c1"]["responded_at"] == "2026-11-23T08:20:00Z"
    for follow_up in ("c2", "c3"):
        sla = rows[follow_up]["sla"]
        assert sla["clock"] == "next_reply"
        assert sla["clock_started_at"] == "2026-11-23T09:00:00Z"  # c2, the oldest still waiting
        assert sla["due_at"] == "2026-11-23T10:00:00Z"
        assert sla["status"] == "breached"


def test_one_brand_reply_answers_every_waiting_message_before_it(here: tuple[Path, str]) -> None:
    load(here, "thread", THREAD, "2026-11-23T11:10")
    load(here, "later", LATER, "2026-11-23T11:40")
    rows = by_native(here, "2026-11-23T11:40")
    for follow_up in ("c2", "c3"):
        assert rows[follow_up]["sla"]["status"] == "responded"
        assert rows[follow_up]["responded_at"] == "2026-11-23T10:20:00Z"
        assert rows[follow_up]["sla"]["responded_late"] is True
    shown = run(here, "show", rows["c3"]["id"], "--now", "2026-11-23T11:40")
    assert "sla:         responded late (20m over), due Mon 23 Nov 2026 11:00 CET" in shown
    closing = rows["c4"]["sla"]
    assert closing["needs_reply"] is False  # a closing thank-you opens no new clock
    report = json.loads(run(here, "report", "--now", "2026-11-23T13:00", "--format", "json"))
    assert report["mentions"] == []


def test_a_reply_seen_before_its_follow_up_still_answers_it(here: tuple[Path, str]) -> None:
    load(here, "replies-first", [THREAD[0], LATER[0], THREAD[1]], "2026-11-23T11:40")
    load(here, "customers", THREAD[2:], "2026-11-23T11:40")
    rows = by_native(here, "2026-11-23T11:40")
    assert rows["c3"]["responded_at"] == "2026-11-23T10:20:00Z"
    assert rows["c2"]["responded_at"] == "2026-11-23T10:20:00Z"


def test_explain_uses_the_conversations_clock(here: tuple[Path, str]) -> None:
    load(here, "thread", THREAD, "2026-11-23T11:10")
    c3 = by_native(here, "2026-11-23T11:10")["c3"]
    text = run(here, "explain", c3["id"], "--now", "2026-11-23T11:10")
    assert "clock     next_reply, from the oldest waiting message: Mon 2026-11-23 10:00 CET" in text
    assert "due       Mon 2026-11-23 11:00 CET (10:00 UTC)" in text
    assert "breached" in text


@pytest.mark.parametrize("narrow", [["--search", "Nog iemand"], ["--since", "45m"]])
def test_a_narrowed_listing_or_report_times_a_follow_up_from_its_whole_conversation(
    here: tuple[Path, str], narrow: list[str]
) -> None:
    # c3 waits with c2 (since 10:00, due 11:00): breached at 11:10, whichever part of the
    # conversation a search or a window leaves out of what is listed.
    load(here, "thread", THREAD, "2026-11-23T11:10")
    now = ["--now", "2026-11-23T11:10", "--format", "jsonl"]
    whole = by_native(here, "2026-11-23T11:10")["c3"]
    (listed,) = [json.loads(line) for line in run(here, "mentions", *now, *narrow).splitlines()]
    assert listed["id"] == whole["id"]
    assert listed["sla"] == whole["sla"]
    assert listed["sla"]["status"] == "breached"
    assert listed["priority"] == whole["priority"]
    on_floor = [json.loads(line) for line in run(here, "report", *now, *narrow).splitlines()]
    assert [(r["id"], r["sla"]) for r in on_floor] == [(whole["id"], whole["sla"])]


def test_digest_and_stats_windows_time_a_follow_up_from_its_whole_conversation(
    here: tuple[Path, str],
) -> None:
    # The window (the last 45 minutes: 10:25 to 11:10) holds c3 only; c2, before it, set
    # the conversation's clock (due 11:00). The window chooses which mentions are counted,
    # never how each is timed: c3 is breached in the digest and in stats as in the report.
    load(here, "thread", THREAD, "2026-11-23T11:10")
    now = ["--now", "2026-11-23T11:10", "--format", "json"]
    c3 = by_native(here, "2026-11-23T11:10")["c3"]
    floor = json.loads(run(here, "report", *now))["mentions"]
    assert c3["id"] in [row["id"] for row in floor]
    assert c3["sla"]["status"] == "breached"
    digest = json.loads(run(here, "report", "--digest", "--since", "45m", *now))
    totals = {row["key"]: row["value"] for row in digest["totals"]}
    assert (totals["mentions"], totals["breached_now"], totals["breaches"]) == (1, 1, 1)
    (breach,) = digest["breaches"]
    assert (breach["id"], breach["due_at"]) == (c3["id"], c3["sla"]["due_at"])
    assert breach["overdue_minutes"] == c3["sla"]["overdue_minutes"]
    stats = json.loads(run(here, "stats", "--since", "45m", *now))
    (social,) = stats["channels"]
    assert (social["volume"], social["breached_open"], social["breaches"]) == (1, 1, 1)


OTHERS = [
    {
        "id": "k2",
        "author": "klant2",
        "text": "@AcmeCare mijn meter is kapot",
        "created_at": "2026-11-23T09:00:00+01:00",
    },
    {
        "id": "k3",
        "author": "klant3",
        "text": "@klant2 @AcmeCare bij mij ook kapot, al 2 dagen geen verwarming!",
        "created_at": "2026-11-23T09:02:00+01:00",
        "in_reply_to": "k2",
    },
    {
        "id": "b2",
        "author": "AcmeCare",
        "text": "@klant2 wat vervelend, we sturen een monteur",
        "created_at": "2026-11-23T09:05:00+01:00",
        "in_reply_to": "k2",
    },
]


@pytest.mark.parametrize("order", [[0, 1, 2], [2, 1, 0]], ids=["reply-last", "reply-first"])
def test_a_reply_to_one_customer_does_not_answer_another_customer_in_the_thread(
    here: tuple[Path, str], order: list[int]
) -> None:
    # Found in a lead's trial: klant3 (no heating for two days) joined klant2's thread three
    # minutes before the brand answered klant2; the reply marked klant3 answered too, so
    # nobody was told klant3 was waiting. Whichever order the export holds them in.
    load(here, "thread", [OTHERS[i] for i in order], "2026-11-23T09:10")
    rows = {
        row["author"]: row
        for row in map(
            json.loads,
            run(here, "mentions", "--now", "2026-11-23T09:10", "--format", "jsonl").splitlines(),
        )
    }
    assert set(rows) == {"klant2", "klant3"}
    assert rows["klant2"]["sla"]["status"] == "responded"
    assert rows["klant3"]["responded_at"] is None
    assert rows["klant3"]["sla"]["status"] != "responded"
    floor = run(here, "report", "--now", "2026-11-23T10:30", "--format", "jsonl").splitlines()
    assert [json.loads(line)["author"] for line in floor] == ["klant3"]
