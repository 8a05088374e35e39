"""A year a mention names is the past only when it is earlier than the year the mention was
written in: "my first trip in 2026", written in 2026, is no story of the past, and a flight
cancelled tonight is urgent (it was read as the past for every year up to 2029, whatever the
mention's date). A text without a date (a label file, `webcare analyze`) keeps reading the
years before 2030 as past."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from typer.testing import Result

from webcare.analysis import analyse
from webcare.model import UrgencyLevel
from webcare.settings import Settings

TRIP = "My flight to Oslo is cancelled tonight, my first trip in 2026 and there's nobody at the desk"


def test_a_year_named_is_past_only_before_the_year_written() -> None:
    settings = Settings()
    written_then = analyse(TRIP, settings, year=2026).urgency
    assert written_then.level is UrgencyLevel.HIGH and "travel" in written_then.categories
    assert analyse(TRIP, settings, year=2027).urgency.level is UrgencyLevel.NORMAL  # told later
    assert analyse(TRIP, settings).urgency.level is UrgencyLevel.NORMAL  # no date: as before
    assert analyse(TRIP.replace("2026", "1975"), settings, year=2026).urgency.level is (
        UrgencyLevel.NORMAL
    )


def test_an_imported_mention_is_read_in_the_year_it_was_written(
    tmp_path: Path, store_url: str, cli: Callable[..., Result]
) -> None:
    rows = [
        {"id": "now", "author": "ida", "created_at": "2026-11-20T18:00:00Z", "text": TRIP},
        {"id": "later", "author": "bo", "created_at": "2027-02-01T18:00:00Z",
         "text": TRIP.replace("is cancelled tonight", "was cancelled that night")},
    ]  # fmt: skip
    export = tmp_path / "dm.jsonl"
    export.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    where = ["--db", store_url]
    done = cli("import", export, "--kind", "jsonl", "--source", "dm", "--channel", "social",
               "--now", "2027-02-01T19:00", *where)  # fmt: skip
    assert done.exit_code == 0, done.output
    listed = cli("mentions", "--now", "2027-02-01T19:00", "-f", "jsonl", "--since", "all", *where)
    assert listed.exit_code == 0, listed.output
    urgency = {
        record["author"]: record["urgency"]
        for record in map(json.loads, listed.stdout.splitlines())
    }
    assert urgency["ida"]["level"] == "high" and "travel" in urgency["ida"]["categories"]
    assert urgency["bo"]["level"] == "normal"
