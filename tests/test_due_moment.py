"""Exactly at its due time a mention is due now (at risk), not breached: breached means past
due. Every place says the same a second before, at, and a second after the due time."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from webcare.cli import app

ROW = {"id": "1", "author": "ann", "text": "Mijn pakket is kwijt, help", "created_at": "2026-11-23T08:00:00Z"}
"""A social mention: 1h target, 24/7, so due at 09:00:00Z."""


@pytest.fixture
def where(tmp_path: Path, store_url: str) -> list[str]:
    (tmp_path / "webcare.toml").write_text("[brand]\nkeywords = []\n", encoding="utf-8")
    export = tmp_path / "e.jsonl"
    export.write_text(json.dumps(ROW) + "\n", encoding="utf-8")
    args = ["--config", str(tmp_path / "webcare.toml"), "--db", store_url]
    done = CliRunner().invoke(app, ["import", str(export), "--kind", "jsonl", *args, "--now", "2026-11-23T08:10:00Z"])
    assert done.exit_code == 0, done.output
    return args


def run(*args: str) -> str:
    result = CliRunner().invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.mark.parametrize(
    ("moment", "status", "words"),
    [
        ("08:59:59", "at_risk", "AT RISK due now"),
        ("09:00:00", "at_risk", "AT RISK due now"),
        ("09:00:01", "breached", "BREACHED under 1m over"),
    ],
)
def test_due_minus_one_second_due_and_due_plus_one_second(
    where: list[str], moment: str, status: str, words: str
) -> None:
    now = ["--now", f"2026-11-23T{moment}Z"]
    (row,) = json.loads(run("report", *where, *now, "--format", "json"))["mentions"]
    assert (row["sla"]["status"], row["sla"]["due_at"]) == (status, "2026-11-23T09:00:00Z")
    assert (row["sla"]["overdue_minutes"], row["sla"]["remaining_minutes"]) == (0, 0)
    (listed,) = json.loads(run("mentions", *where, *now, "--format", "json"))["mentions"]
    assert listed["sla"] == row["sla"]
    assert words in run("report", *where, *now, "--format", "table")
    assert words in run("report", *where, *now, "--format", "markdown")
    assert "0s" not in run("report", *where, *now, "--format", "table")
    digest = json.loads(run("report", "--digest", "--since", "1d", *where, *now, "--format", "json"))
    totals = {t["key"]: t["value"] for t in digest["totals"]}
    breached = status == "breached"
    assert (totals["breached_now"], totals["at_risk_now"]) == (int(breached), int(not breached))
    assert len(digest["breaches"]) == int(breached)
    stats = json.loads(run("stats", "--since", "1d", *where, *now, "--format", "json"))
    assert stats["channels"][0]["breached_open"] == int(breached)
    alert = CliRunner().invoke(app, ["notify", "--dry-run", *where, *now])
    assert alert.exit_code == 0, alert.output
    if breached:
        assert "1. BREACHED under 1m over" in alert.stdout
    else:
        assert alert.stdout == ""  # at risk alerts nobody unless [notify] on = "at-risk"
    walked = run("explain", row["id"], *where, *now)
    assert ("status    breached" in walked) is breached
    assert "0s" not in walked
