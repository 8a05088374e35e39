"""The table's headline is wrapped, never cut, through the real CLI.

Found in a lead's trial: at the 100 columns webcare assumes off a terminal (and on any
terminal narrower than the headline), `mentions` printed `… 2 history (never on the floor)
(3 of…`: the counts at its end were cut off.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from typer.testing import Result

CONFIG = """[brand]
name = "Voltaro"
keywords = ["voltaro"]
timezone = "Europe/Amsterdam"

[poll]
backfill = "1d"

[[sources]]
name = "social"
kind = "jsonl"
path = "social.jsonl"
"""

ROWS = [
    ("old", "Voltaro, mijn factuur van vorige maand klopt niet", "2026-12-01T10:00:00+01:00"),
    ("bill", "Voltaro, waarom is mijn voorschot ineens hoger?", "2026-12-07T09:20:00+01:00"),
    ("praise", "Top service van Voltaro, snel geholpen, bedankt!", "2026-12-07T09:25:00+01:00"),
]


def test_a_long_headline_wraps_and_keeps_its_last_counts(
    tmp_path: Path, store_url: str, cli: Callable[..., Result]
) -> None:
    (tmp_path / "webcare.toml").write_text(CONFIG, encoding="utf-8")
    (tmp_path / "social.jsonl").write_text(
        "".join(
            json.dumps({"id": key, "author": key, "text": text, "created_at": at}) + "\n"
            for key, text, at in ROWS
        ),
        encoding="utf-8",
    )
    where = ["--config", str(tmp_path / "webcare.toml"), "--db", store_url]
    polled = cli("poll", "--now", "2026-12-07T09:30", *where)
    assert polled.exit_code == 0, polled.output
    table = cli("mentions", "--now", "2026-12-07T09:30", "--format", "table", *where).stdout
    head = " ".join(table.split("\n\n")[0].split())
    assert head == (
        "3 of 3 mention(s): 0 breached, 0 at risk, 2 ok, 0 responded, "
        "1 history (never on the floor) (1 of the ok need no reply)"
    )
    assert "…" not in table.split("\n\n")[0]
