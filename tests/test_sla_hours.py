"""Business-hours SLAs end to end: config, import, mentions at a pinned now, explain."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from storesql import sql
from typer.testing import CliRunner

from webcare.cli import app

CONFIG = """
[brand]
keywords = []
handles = ["AcmeCare"]
timezone = "Europe/Amsterdam"

[sla]
email = "8h"
review = "24h"

[sla.hours]
email = "mon-fri 09:00-17:00"

[sla.holidays]
country = "NL"
extra = ["2026-12-31 Oudejaarsdag"]

[[sources]]
name = "vip-mail"
kind = "jsonl"
path = "vip.jsonl"
channel = "email"
sla = "2h"
"""

MAIL = [
    {
        "id": "fri",
        "author": "a",
        "text": "Waar blijft mijn retour?",
        "created_at": "2026-11-20T17:00:00+01:00",
        "channel": "email",
    },
    {
        "id": "xmas",
        "author": "b",
        "text": "Factuur klopt niet",
        "created_at": "2026-12-24T15:00:00+01:00",
        "channel": "email",
    },
    {
        "id": "dst",
        "author": "c",
        "text": "Vraag over levering",
        "created_at": "2026-10-23T16:00:00+02:00",
        "channel": "email",
    },
    {
        "id": "sat",
        "author": "d",
        "text": "Adres wijzigen graag",
        "created_at": "2026-11-21T11:00:00+01:00",
        "channel": "email",
    },
    {
        "id": "nye",
        "author": "e",
        "text": "Pakket kwijt",
        "created_at": "2026-12-30T16:00:00+01:00",
        "channel": "email",
    },
    {
        "id": "social",
        "author": "f",
        "text": "Pakket kwijt!",
        "created_at": "2026-11-21T11:00:00+01:00",
        "channel": "social",
    },
    {
        "id": "reply",
        "author": "AcmeCare",
        "text": "We kijken ernaar",
        "created_at": "2026-11-23T10:30:00+01:00",
        "in_reply_to": "fri",
    },
]


@pytest.fixture
def store(tmp_path: Path, store_url: str) -> tuple[Path, str]:
    config = tmp_path / "webcare.toml"
    config.write_text(CONFIG, encoding="utf-8")
    export = tmp_path / "mail.jsonl"
    export.write_text("".join(json.dumps(row) + "\n" for row in MAIL), encoding="utf-8")
    db = store_url
    result = CliRunner().invoke(
        app,
        [
            "import",
            str(export),
            "--kind",
            "jsonl",
            "--config",
            str(config),
            "--db",
            str(db),
            "--now",
            "2027-01-05T12:00",
        ],
    )
    assert result.exit_code == 0, result.output
    return config, db


def mentions(store: tuple[Path, str], now: str) -> dict[str, dict]:
    config, db = store
    result = CliRunner().invoke(
        app,
        ["mentions", "--config", str(config), "--db", str(db), "--now", now, "--format", "jsonl"],
    )
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    native_by_text = {m["text"]: m["id"] for m in MAIL}
    return {native_by_text[row["text"]]: row for row in rows}


def test_deadlines_are_exact_across_weekends_holidays_and_dst(store: tuple[Path, str]) -> None:
    rows = mentions(store, "2027-01-05T12:00")
    assert (
        rows["fri"]["sla"]["due_at"] == "2026-11-23T16:00:00Z"
    )  # Friday 17:00 + 8h = Monday 17:00 CET
    assert (
        rows["xmas"]["sla"]["due_at"] == "2026-12-28T14:00:00Z"
    )  # Christmas and Boxing Day skipped
    assert (
        rows["dst"]["sla"]["due_at"] == "2026-10-26T15:00:00Z"
    )  # 16:00 CET, after the clocks went back
    assert (
        rows["sat"]["sla"]["due_at"] == "2026-11-23T16:00:00Z"
    )  # arrived closed: starts Monday 09:00
    assert (
        rows["nye"]["sla"]["due_at"] == "2027-01-04T15:00:00Z"
    )  # 1h Wed; 31 Dec, New Year, weekend; 7h Mon
    assert (
        rows["social"]["sla"]["due_at"] == "2026-11-21T11:00:00Z"
    )  # social runs 24/7: Saturday 12:00 CET


def test_a_brand_reply_marks_its_mention_responded_at_the_reply_time(
    store: tuple[Path, str],
) -> None:
    rows = mentions(store, "2026-11-23T12:00")
    fri = rows["fri"]
    assert fri["sla"]["status"] == "responded"
    assert fri["responded_at"] == "2026-11-23T09:30:00Z"
    assert fri["responded_by"] == "AcmeCare"
    assert "reply" not in rows  # the brand's reply is not itself a mention


def test_at_risk_and_remaining_count_business_time(store: tuple[Path, str]) -> None:
    rows = mentions(store, "2026-11-23T15:00")  # Monday 15:00: 6h of the Saturday mail's 8h used
    assert rows["sat"]["sla"]["status"] == "at_risk"
    assert rows["sat"]["sla"]["remaining_minutes"] == 120


def test_a_source_target_replaces_the_channel_target(
    tmp_path: Path, store: tuple[Path, str]
) -> None:
    config, db = store
    (tmp_path / "vip.jsonl").write_text(
        json.dumps(
            {
                "id": "v1",
                "author": "vip",
                "text": "Dringend: levering",
                "created_at": "2026-11-23T09:00:00+01:00",
            }
        )
        + "\n",
        encoding="utf-8",
    )
    assert (
        CliRunner()
        .invoke(
            app, ["poll", "--config", str(config), "--db", str(db), "--now", "2026-11-23T09:00"]
        )
        .exit_code
        == 0
    )
    result = CliRunner().invoke(
        app,
        [
            "mentions",
            "--config",
            str(config),
            "--db",
            str(db),
            "--now",
            "2026-11-23T10:00",
            "--source",
            "vip-mail",
            "--format",
            "jsonl",
        ],
    )
    [row] = [json.loads(line) for line in result.stdout.splitlines()]
    assert row["sla"]["target_minutes"] == 120
    assert row["sla"]["due_at"] == "2026-11-23T10:00:00Z"
    assert "source vip-mail target" in row["sla"]["target_reason"]


def test_explain_walks_the_clock(store: tuple[Path, str]) -> None:
    config, db = store
    rows = mentions(store, "2026-12-28T10:30")
    result = CliRunner().invoke(
        app,
        [
            "explain",
            rows["xmas"]["id"],
            "--config",
            str(config),
            "--db",
            str(db),
            "--now",
            "2026-12-28T10:30",
        ],
    )
    assert result.exit_code == 0, result.output
    text = result.stdout
    assert "email target 8h in business hours (mon-fri 09:00-17:00)" in text
    assert "counted      2h  Thu 2026-12-24 15:00 CET" in text
    assert (
        "closed: Christmas Day (2026-12-25), Second Day of Christmas (2026-12-26), weekend" in text
    )
    assert "due       Mon 2026-12-28 15:00 CET (14:00 UTC)" in text
    assert "4h 30m left" in text


def test_explain_names_the_dst_change(store: tuple[Path, str]) -> None:
    config, db = store
    rows = mentions(store, "2026-10-27T12:00")
    result = CliRunner().invoke(
        app,
        [
            "explain",
            rows["dst"]["id"],
            "--config",
            str(config),
            "--db",
            str(db),
            "--now",
            "2026-10-27T12:00",
        ],
    )
    assert "the clock changed from UTC+0200 to UTC+0100" in result.stdout
    assert "breached" in result.stdout


@pytest.mark.parametrize(
    ("snippet", "key", "message"),
    [
        ('[sla.hours]\nemail = "mon-fri 9-17"', "sla.hours.email", "write days then intervals"),
        ('[sla.hours]\nemali = "mon-fri 09:00-17:00"', "sla.hours.emali", "did you mean 'email'"),
        ('[sla.holidays]\ncountry = "XX"', "sla.holidays.country", "not a country"),
        (
            '[sla.holidays]\ncountry = "NL"\nextra = ["31-12-2026"]',
            "sla.holidays.extra",
            "not a date",
        ),
    ],
)
def test_bad_calendars_name_the_key(tmp_path: Path, snippet: str, key: str, message: str) -> None:
    config = tmp_path / "bad.toml"
    config.write_text(snippet + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["check", "--config", str(config)])
    assert result.exit_code == 2
    assert key in result.stderr and message in result.stderr


def test_check_lints_the_calendar(tmp_path: Path) -> None:
    config = tmp_path / "lint.toml"
    config.write_text(
        '[sla]\nmessaging = "10m"\n[sla.hours]\nemail = "mon-fri 09:00-13:00 12:00-23:59"\n'
        '[sla.holidays]\ncountry = "NL"\n',
        encoding="utf-8",
    )
    result = CliRunner().invoke(app, ["check", "--config", str(config), "--now", "2026-12-10"])
    assert result.exit_code == 0, result.output
    warnings = result.stderr
    assert "[sla.hours] email: mon: intervals overlap" in warnings
    assert "ends at 23:59" in warnings and "write 24:00" in warnings
    # A target shorter than the floor is fine: the floor never exceeds half the target.
    assert "at_risk_floor" not in warnings
    assert "Christmas Day (2026-12-25)" in warnings and "New Year's Day (2027-01-01)" in warnings
    quiet = CliRunner().invoke(app, ["check", "--config", str(config), "--now", "2026-06-10"])
    assert "Christmas" not in quiet.stderr


def test_a_late_answer_says_its_lateness_in_business_hours_as_its_breach_did(
    tmp_path: Path, store_url: str
) -> None:
    # Due Monday 16:00 (1h on Friday, 7h on Monday), answered Tuesday 10:00: 2h of open
    # time late, not the 18h on the wall clock, and every view says which clock it means.
    config = tmp_path / "webcare.toml"
    config.write_text(CONFIG, encoding="utf-8")
    export = tmp_path / "late.jsonl"
    rows = [
        {"id": "late", "author": "g", "text": "Mijn retour is nog niet terugbetaald",
         "created_at": "2026-11-20T16:00:00+01:00", "channel": "email"},
        {"id": "answer", "author": "AcmeCare", "text": "Excuses, het is geregeld",
         "created_at": "2026-11-24T10:00:00+01:00", "in_reply_to": "late", "channel": "email"},
    ]  # fmt: skip
    export.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    where = ["--config", str(config), "--db", store_url, "--now", "2026-11-24T12:00"]

    def run(*args: str) -> str:
        result = CliRunner().invoke(app, [*args, *where])
        assert result.exit_code in (0, 1), result.output
        return result.stdout

    run("import", str(export), "--kind", "jsonl")
    for kept_by in ("this version", "an older version"):
        if kept_by == "an older version":  # its kept verdict did not say which clock
            ((verdict,),) = sql(store_url, "SELECT settled FROM mentions WHERE settled IS NOT NULL")
            assert ', "business": true}' in verdict
            older = verdict.replace(', "business": true}', "}")
            sql(store_url, "UPDATE mentions SET settled = ? WHERE settled IS NOT NULL", (older,))
        (record,) = [json.loads(line) for line in run("mentions", "-f", "jsonl").splitlines()]
        assert record["sla"]["business_hours"] is True
        assert "+0 responded late: 2h over the 8h target in business hours" in (
            record["priority"]["why"]
        )
        assert "responded late (2h over in business hours)" in run("show", record["id"][:8])
        assert "via reply, 2h late in business hours" in run("explain", record["id"][:8])
        assert "responded late 2h over in business hours" in run("mentions", "-f", "table")
