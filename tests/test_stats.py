"""`webcare stats` end to end: a JSONL export imported with brand replies, figures per
channel, per source and per local day at a pinned `now`, and every output format parses."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner, Result

from webcare.cli import app

CONFIG = """
[brand]
keywords = []
handles = ["AcmeCare"]
timezone = "Europe/Amsterdam"

[sla]
social = "1h"
email = "4h"
"""

NOW = "2026-11-23T12:00:00Z"
"""Monday 13:00 in Amsterdam; the 7-day window starts Monday 2026-11-16 13:00 local."""

EXPORT = [
    # Social, target 1h. Answered in 20 minutes; negative.
    {"id": "s1", "author": "femke", "text": "Waardeloos, mijn pakket is nog steeds niet bezorgd en niemand helpt!",
     "created_at": "2026-11-20T10:00:00Z", "channel": "social"},
    {"id": "r1", "author": "AcmeCare", "text": "We zoeken het uit", "created_at": "2026-11-20T10:20:00Z",
     "in_reply_to": "s1", "channel": "social"},
    # Answered in 90 minutes: late.
    {"id": "s2", "author": "jan", "text": "Waar kan ik mijn adres wijzigen?",
     "created_at": "2026-11-20T14:00:00Z", "channel": "social"},
    {"id": "r2", "author": "AcmeCare", "text": "Via je account", "created_at": "2026-11-20T15:30:00Z",
     "in_reply_to": "s2", "channel": "social"},
    # Answered in 40 minutes.
    {"id": "s3", "author": "piet", "text": "Hoe lang duurt de levering naar Belgie?",
     "created_at": "2026-11-21T09:00:00Z", "channel": "social"},
    {"id": "r3", "author": "AcmeCare", "text": "Twee dagen", "created_at": "2026-11-21T09:40:00Z",
     "in_reply_to": "s3", "channel": "social"},
    # The closing thank-you after r3: counts in volume, not in response figures.
    {"id": "s4", "author": "piet", "text": "Top, bedankt!", "created_at": "2026-11-23T11:00:00Z",
     "in_reply_to": "r3", "channel": "social"},
    # Never answered: breached at NOW.
    {"id": "s5", "author": "lotte", "text": "Kan ik mijn bestelling nog annuleren?",
     "created_at": "2026-11-22T08:00:00Z", "channel": "social"},
    # Never answered, 30 minutes old: open and within the target, so not decided.
    {"id": "s6", "author": "sam", "text": "Hebben jullie de blauwe trui nog in maat M?",
     "created_at": "2026-11-23T11:30:00Z", "channel": "social"},
    # Email, target 4h. Answered in 2 hours.
    {"id": "e1", "author": "anna", "text": "Vraag over mijn factuur van oktober",
     "created_at": "2026-11-19T08:00:00Z", "channel": "email"},
    {"id": "re1", "author": "AcmeCare", "text": "Hierbij de uitleg", "created_at": "2026-11-19T10:00:00Z",
     "in_reply_to": "e1", "channel": "email"},
    # Answered in 8 hours: late.
    {"id": "e2", "author": "bram", "text": "Graag een retourlabel voor bestelling 4411",
     "created_at": "2026-11-21T08:00:00Z", "channel": "email"},
    {"id": "re2", "author": "AcmeCare", "text": "Het label is verstuurd", "created_at": "2026-11-21T16:00:00Z",
     "in_reply_to": "e2", "channel": "email"},
    # Never answered; 23:30 UTC is 00:30 on Monday in Amsterdam.
    {"id": "e3", "author": "carla", "text": "Wanneer wordt mijn geld teruggestort?",
     "created_at": "2026-11-22T23:30:00Z", "channel": "email"},
    # Outside the 7-day window.
    {"id": "old", "author": "dirk", "text": "Waar blijft mijn bestelling?",
     "created_at": "2026-11-10T10:00:00Z", "channel": "email"},
]  # fmt: skip


def run(*args: str | Path) -> Result:
    result = CliRunner().invoke(app, [str(a) for a in args])
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    assert result.exit_code == 0, result.output
    return result


@pytest.fixture
def store(tmp_path: Path, store_url: str) -> tuple[Path, str]:
    config = tmp_path / "webcare.toml"
    config.write_text(CONFIG, encoding="utf-8")
    export = tmp_path / "export.jsonl"
    export.write_text("".join(json.dumps(row) + "\n" for row in EXPORT), encoding="utf-8")
    db = store_url
    run("import", export, "--kind", "jsonl", "--config", config, "--db", db, "--now", NOW)
    return config, db


def stats(store: tuple[Path, str], fmt: str, *extra: str) -> str:
    config, db = store
    args = ("stats", "--config", config, "--db", db, "--now", NOW, "--format", fmt, *extra)
    return run(*args).stdout


def document(store: tuple[Path, str]) -> dict[str, Any]:
    return json.loads(stats(store, "json"))


def test_per_channel_figures(store: tuple[Path, str]) -> None:
    doc = document(store)
    assert doc["now"] == "2026-11-23T12:00:00Z"
    assert doc["since"] == "2026-11-16T12:00:00Z"
    channels = {row["key"]: row for row in doc["channels"]}
    assert set(channels) == {"social", "email"}
    social, email = channels["social"], channels["email"]
    assert social == {
        "group": "channel",
        "key": "social",
        "volume": 6,
        "negative": 1,
        "share_negative": 0.167,
        "needs_reply": 5,
        "responded": 3,
        "share_responded": 0.6,
        "median_response_minutes": 40.0,
        "p90_response_minutes": 90.0,
        "target_minutes": 60,
        "gap_minutes": -20.0,
        "in_time": 2,
        "late": 1,
        "breached_open": 1,
        "breaches": 2,
        "compliance_pct": 50.0,
        "research_minutes": 60,
    }
    # The old email is outside the window.
    assert email["volume"] == 3
    assert email["negative"] == 0
    assert email["needs_reply"] == 3
    assert email["share_responded"] == round(2 / 3, 3)
    assert email["median_response_minutes"] == 300.0  # (120 + 480) / 2
    assert email["p90_response_minutes"] == 480.0
    assert email["target_minutes"] == 240
    assert email["gap_minutes"] == 60.0
    assert (email["in_time"], email["late"], email["breached_open"]) == (1, 1, 1)
    assert email["breaches"] == 2
    assert email["compliance_pct"] == 33.3
    assert email["research_minutes"] == 330


def test_per_source_and_per_day(store: tuple[Path, str]) -> None:
    doc = document(store)
    assert [row["key"] for row in doc["sources"]] == ["import-export"]
    (source,) = doc["sources"]
    assert source["volume"] == 9
    assert source["target_minutes"] is None  # two channels, no source target
    assert "research_minutes" not in source
    days = {row["key"]: row for row in doc["days"]}
    assert list(days) == [f"2026-11-{d}" for d in range(16, 24)]
    trend = {
        key: (row["volume"], row["negative"], row["responded"], row["breaches"])
        for key, row in days.items()
    }
    assert trend == {
        "2026-11-16": (0, 0, 0, 0),
        "2026-11-17": (0, 0, 0, 0),
        "2026-11-18": (0, 0, 0, 0),
        "2026-11-19": (1, 0, 1, 0),
        "2026-11-20": (2, 1, 2, 1),
        "2026-11-21": (2, 0, 2, 1),
        "2026-11-22": (1, 0, 0, 1),
        "2026-11-23": (3, 0, 0, 1),  # e3 (00:30 local), the thank-you, the open question
    }
    assert days["2026-11-20"]["share_negative"] == 0.5
    assert days["2026-11-23"]["needs_reply"] == 2
    assert days["2026-11-23"]["share_responded"] == 0.0
    assert days["2026-11-16"]["share_negative"] is None


def test_since_narrows_the_window(store: tuple[Path, str]) -> None:
    doc = json.loads(stats(store, "json", "--since", "2d"))
    channels = {row["key"]: row["volume"] for row in doc["channels"]}
    assert channels == {"social": 3, "email": 1}  # s4, s5, s6 and e3 since Saturday 12:00 UTC
    assert [row["key"] for row in doc["days"]] == ["2026-11-21", "2026-11-22", "2026-11-23"]


def test_every_format_parses(store: tuple[Path, str]) -> None:
    doc = document(store)
    total = len(doc["channels"]) + len(doc["sources"]) + len(doc["days"])
    lines = [json.loads(line) for line in stats(store, "jsonl").splitlines()]
    assert len(lines) == total
    assert [row["group"] for row in lines][:3] == ["channel", "channel", "source"]
    for fmt, delimiter in (("csv", ","), ("tsv", "\t")):
        rows = list(csv.DictReader(io.StringIO(stats(store, fmt)), delimiter=delimiter))
        assert len(rows) == total
        social = next(r for r in rows if r["group"] == "channel" and r["key"] == "social")
        assert social["median_response_minutes"] == "40.0"
        assert social["compliance_pct"] == "50.0"
    plain = stats(store, "plain").splitlines()
    assert len(plain) == total
    assert {len(line.split("\t")) for line in plain} == {12}
    assert plain[0].split("\t") == [
        "channel", "email", "3", "0.0", "0.667", "300.0", "480.0", "240", "60.0", "33.3", "2", "330",
    ]  # fmt: skip
    table = stats(store, "table")
    assert "Per channel" in table
    assert "social" in table
    assert "5h 30m" in table  # the research reference for email


def test_stats_judge_a_follow_up_by_its_conversations_clock_as_the_report_does(
    tmp_path: Path, store_url: str
) -> None:
    """A follow-up that waited with an earlier message is late when that wait was late:
    stats and the report use one evaluation."""
    import json as json_module

    from typer.testing import CliRunner

    from webcare.cli import app

    rows = [
        {"id": "c1", "author": "sanne", "text": "Mijn pakket is niet bezorgd",
         "created_at": "2026-11-23T09:00:00+01:00"},
        {"id": "c2", "author": "sanne", "text": "Hallo?? Nog iemand daar?",
         "created_at": "2026-11-23T09:50:00+01:00", "in_reply_to": "c1"},
        {"id": "r1", "author": "AcmeCare", "text": "Sorry, we zoeken het uit",
         "created_at": "2026-11-23T10:30:00+01:00", "in_reply_to": "c2"},
    ]  # fmt: skip
    export = tmp_path / "thread.jsonl"
    export.write_text("".join(json_module.dumps(r) + "\n" for r in rows), encoding="utf-8")
    config = tmp_path / "webcare.toml"
    config.write_text('[brand]\nkeywords = []\nhandles = ["AcmeCare"]\n', encoding="utf-8")
    where = ["--config", str(config), "--db", store_url, "--now", "2026-11-23T12:00"]
    runner = CliRunner()
    assert runner.invoke(app, ["import", str(export), "--kind", "jsonl", *where]).exit_code == 0
    listed = runner.invoke(app, ["mentions", *where, "-f", "jsonl"]).stdout.splitlines()
    assert {json_module.loads(line)["sla"]["responded_late"] for line in listed} == {True}
    stats = json_module.loads(runner.invoke(app, ["stats", *where, "-f", "json"]).stdout)
    (social,) = stats["channels"]
    assert (social["in_time"], social["late"]) == (0, 2)


def test_table_keeps_every_header_and_figure_whole_beside_a_long_source_name(
    tmp_path: Path, store_url: str
) -> None:
    # A long source name beside a short one: the name wraps in its own column; the headers
    # and figures keep their width (not `Vo…`, `In`/`SLA`, `-4…`), one header row.
    config = tmp_path / "webcare.toml"
    config.write_text(CONFIG, encoding="utf-8")
    long_name = tmp_path / "klantenservice-berichten-van-het-webcareteam-nederland.jsonl"
    long_name.write_text("".join(json.dumps(row) + "\n" for row in EXPORT), encoding="utf-8")
    short = tmp_path / "x.jsonl"
    short.write_text(json.dumps(EXPORT[0] | {"id": "x1"}) + "\n", encoding="utf-8")
    for export in (long_name, short):
        run("import", export, "--kind", "jsonl", "--config", config, "--db", store_url, "--now", NOW)
    table = stats((config, store_url), "table")
    per_source = table[table.index("Per source") :]
    header = next(line for line in per_source.splitlines() if "Volume" in line)
    for name in ("Volume", "Neg", "Resp", "Median", "P90", "Target", "Gap", "In SLA", "Breaches"):
        assert name in header
    assert "…" not in per_source
    row = next(line for line in per_source.splitlines() if "import-x " in line)
    assert row.index("│", 1) == header.index("┃", 1)  # the name column as wide in both
    assert "1h 30m" in per_source and "42.9%" in per_source  # the long source's figures
    body = per_source.splitlines()[4:]
    folded = "".join(line.split("│")[1].strip() for line in body[: body.index(row)])
    assert folded == "import-klantenservice-berichten-van-het-webcareteam-nederland"
