"""A breach on a channel with business hours is worded true to the clock it is counted in,
through the real CLI.

Found in a lead's trial: an email due at closing time (17:00, 4h of mon-fri 09:00-17:00)
read "BREACHED under 1m over" all night and the next morning until 09:00, as if it had
just breached: the overdue minutes are open minutes, which stand still while closed.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from typer.testing import Result

CONFIG = """[brand]
name = "Acme"
keywords = ["acme"]
timezone = "Europe/Amsterdam"

[sla]
email = "4h"
social = "4h"

[sla.hours]
email = "mon-fri 09:00-17:00"
"""

ROWS = [  # Monday 23 November 2026, 13:00 and 12:50 in Amsterdam: due 17:00 and 16:50
    {"id": "1", "author": "bob", "created_at": "2026-11-23T12:00:00Z",
     "text": "Acme mijn pakket is niet aangekomen, waar is het?"},
    {"id": "2", "author": "kim", "created_at": "2026-11-23T11:50:00Z",
     "text": "Acme mijn factuur is veel te hoog, graag uitleg"},
]  # fmt: skip


def test_a_breach_at_closing_time_reads_as_open_minutes_standing_still_overnight(
    tmp_path: Path, store_url: str, cli: Callable[..., Result]
) -> None:
    (tmp_path / "webcare.toml").write_text(CONFIG, encoding="utf-8")
    export = tmp_path / "mail.jsonl"
    export.write_text("".join(json.dumps(row) + "\n" for row in ROWS), encoding="utf-8")
    where = ["--config", str(tmp_path / "webcare.toml"), "--db", store_url]
    for source, channel in (("mail", "email"), ("dm", "social")):
        done = cli("import", export, "--kind", "jsonl", "--source", source, "--channel", channel,
                   "--now", "2026-11-23T14:00", *where)  # fmt: skip
        assert done.exit_code == 0, done.output

    night = ["--now", "2026-11-23T22:00", *where]
    records = [json.loads(line) for line in cli("report", *night, "-f", "jsonl").stdout.splitlines()]
    table = cli("report", *night, "-f", "table").stdout
    assert "BREACHED under 1m over in business hours, closed now" in table
    assert "BREACHED 10m over in business hours, closed now" in table
    assert "BREACHED 5h over\n" in table or "BREACHED 5h over " in table  # 24/7 unchanged
    markdown = cli("report", *night, "-f", "markdown").stdout
    assert "| BREACHED under 1m over in business hours, closed now |" in markdown
    assert "breached: under 1m over the 4h target in business hours, closed now" in markdown
    mail = {r["author"]: r["sla"] for r in records if r["source"] == "mail"}
    assert mail["bob"]["status"] == "breached" and mail["bob"]["overdue_minutes"] == 0
    assert mail["bob"]["business_hours"] and mail["bob"]["closed_now"]
    assert mail["kim"]["overdue_minutes"] == 10  # open minutes: 16:50 to 17:00
    dm = {r["author"]: r["sla"] for r in records if r["source"] == "dm"}
    assert not dm["bob"]["business_hours"] and not dm["bob"]["closed_now"]
    assert dm["bob"]["overdue_minutes"] == 300  # 24/7: every minute since 17:00

    bob = next(r["id"] for r in records if r["source"] == "mail" and r["author"] == "bob")
    explained = cli("explain", bob, *night).stdout
    assert "under 1m over in business hours, closed now" in explained

    morning = cli("report", "--now", "2026-11-24T09:05", *where, "-f", "table").stdout
    assert "BREACHED 5m over in business hours " in morning  # open again: it runs on
    assert "closed now" not in morning
