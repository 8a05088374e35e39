"""A fresh emergency is on the floor from its first minute, through the real CLI.

Found in a lead's trial: a gas smell posted three minutes before the report (a critical
15-minute target, 12 minutes left) was `ok`, so the report, `--fail-on at-risk` and
`notify` with `on = "at-risk"` left it out while older breached complaints were listed:
the at-risk warning only starts in the last half of a target that short.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from typer.testing import Result

CONFIG = """[brand]
name = "Voltaro"
keywords = ["voltaro", "@voltaro_nl"]
handles = ["voltaro_nl"]
timezone = "Europe/Amsterdam"

[sla]
social = "1h"

[sla.urgency]
critical = "15m"

[notify]
urls = ["json://127.0.0.1:9/never"]
on = "at-risk"
"""

ROWS = [
    {
        "id": "old",
        "author": "linda_k",
        "text": "@voltaro_nl mijn factuur klopt niet, graag uitleg",
        "created_at": "2026-12-07T07:00:00+01:00",
    },
    {
        "id": "gas",
        "author": "buurvrouw",
        "text": "@voltaro_nl er hangt een sterke gaslucht in ons trappenhuis sinds jullie "
        "monteur hier was, wat moeten we doen?",
        "created_at": "2026-12-07T09:27:00+01:00",
    },
]
NOW = "2026-12-07T09:30"


def _store(tmp_path: Path, store_url: str, cli: Callable[..., Result]) -> list[str]:
    (tmp_path / "webcare.toml").write_text(CONFIG, encoding="utf-8")
    export = tmp_path / "social.jsonl"
    export.write_text("".join(json.dumps(row) + "\n" for row in ROWS), encoding="utf-8")
    where = ["--config", str(tmp_path / "webcare.toml"), "--db", store_url]
    done = cli("import", export, "--kind", "jsonl", "--source", "social", "--now", NOW, *where)
    assert done.exit_code == 0, done.output
    return where


def test_a_critical_mention_three_minutes_old_is_first_on_the_floor(
    tmp_path: Path, store_url: str, cli: Callable[..., Result]
) -> None:
    where = _store(tmp_path, store_url, cli)
    report = cli("report", "--now", NOW, "--format", "json", *where)
    assert report.exit_code == 0, report.output
    floor = json.loads(report.stdout)["mentions"]
    assert (
        [row["text"][:40] for row in floor]
        == [
            ROWS[1]["text"][:40],  # the emergency, 12 minutes left, first
            ROWS[0]["text"][:40],  # the bill, 1h 30m breached, after it
        ]
    )
    gas = floor[0]
    assert gas["urgency"]["level"] == "critical"
    assert (gas["sla"]["status"], gas["sla"]["remaining_minutes"]) == ("at_risk", 12)
    assert gas["priority"]["rank"] == 1
    failing = cli("report", "--now", NOW, "--fail-on", "at-risk", "--format", "plain", *where)
    assert failing.exit_code == 1
    alert = cli("notify", "--now", NOW, "--dry-run", *where)
    assert alert.exit_code == 0, alert.output
    assert "gaslucht in ons trappenhuis" in alert.stdout


def test_a_normal_mention_of_the_same_age_is_still_not_at_risk(
    tmp_path: Path, store_url: str, cli: Callable[..., Result]
) -> None:
    # Only an emergency skips the warning time: a bill three minutes old is fine.
    where = _store(tmp_path, store_url, cli)
    listed = cli("mentions", "--now", "2026-12-07T07:03", "--format", "jsonl", *where)
    (bill,) = [json.loads(line) for line in listed.stdout.splitlines()]
    assert (bill["sla"]["status"], bill["sla"]["remaining_minutes"]) == ("ok", 57)
