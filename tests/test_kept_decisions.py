"""What a poll keeps so the report reads no history (owed, due, verdicts) never changes
what the report says: the floor is the same with and without it, a changed SLA config is
worked out again, and a person's reopen or a late answer is seen at once. On every
backend: the triggers that forget what was kept are each backend's own."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable, Iterator
from importlib.resources import as_file, files
from pathlib import Path
from typing import Any

import pytest
from storesql import sql
from typer.testing import Result

Cli = Callable[..., Result]
DEMO_NOW = "2026-11-23T09:00:00+01:00"
LATER = "2026-11-24T09:00:00+01:00"


@pytest.fixture
def demo(cli: Cli, tmp_path: Path, store_url: str) -> Iterator[tuple[Path, str]]:
    """The demo copied (so its config can change) and polled into a real store."""
    with as_file(files("webcare").joinpath("demo")) as original:
        copy = tmp_path / "demo"
        shutil.copytree(original, copy)
    config, db = copy / "webcare.toml", store_url
    result = cli("poll", "--config", config, "--db", db, "--now", DEMO_NOW)
    assert result.exit_code == 0, result.output
    yield config, db


def floor(cli: Cli, config: Path, db: str, now: str, *extra: str) -> list[dict[str, Any]]:
    result = cli("report", "--config", config, "--db", db, "--now", now, "-f", "jsonl", *extra)
    assert result.exit_code in (0, 1), result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


def without_clock(document: str) -> dict[str, Any]:
    """A digest without `generated_at` (the wall clock at the run, not `--now`)."""
    data: dict[str, Any] = json.loads(document)
    data.pop("generated_at")
    return data


def forget_kept(db: str) -> None:
    sql(db, "UPDATE mentions SET owed = false, due_at = NULL, policy_stamp = NULL, settled = NULL")


def test_a_poll_keeps_what_the_floor_needs(demo: tuple[Path, str]) -> None:
    _, db = demo
    ((open_rows, decided),) = sql(
        db,
        """SELECT count(*), count(policy_stamp) FROM mentions
           WHERE responded_at IS NULL AND NOT backfilled""",
    )
    ((owed_without_due,),) = sql(db, "SELECT count(*) FROM mentions WHERE owed AND due_at IS NULL")
    assert open_rows > 20 and decided == open_rows
    assert owed_without_due == 0


@pytest.mark.parametrize("now", [DEMO_NOW, LATER, "2026-12-08T09:00"])
def test_the_floor_is_the_same_with_and_without_what_was_kept(
    cli: Cli, demo: tuple[Path, str], now: str
) -> None:
    config, db = demo
    kept = floor(cli, config, db, now)
    digest = cli("report", "--config", config, "--db", db, "--now", now, "--digest", "-f", "json")
    forget_kept(db)
    assert floor(cli, config, db, now) == kept and kept
    again = cli("report", "--config", config, "--db", db, "--now", now, "--digest", "-f", "json")
    assert without_clock(again.stdout) == without_clock(digest.stdout)


def test_a_shorter_sla_target_is_applied_to_what_a_poll_kept(
    cli: Cli, demo: tuple[Path, str]
) -> None:
    config, db = demo
    before = {m["id"]: m for m in floor(cli, config, db, DEMO_NOW)}
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace('social = "1h"', 'social = "5m"', 1), encoding="utf-8")
    after = {m["id"]: m for m in floor(cli, config, db, DEMO_NOW)}
    social = [i for i, m in after.items() if m["channel"] == "social" and i in before]
    assert social
    changed = [i for i in social if after[i]["sla"]["due_at"] != before[i]["sla"]["due_at"]]
    assert changed  # worked out again under the new policy, before any poll kept it
    assert all(after[i]["sla"]["target_minutes"] <= 5 for i in social)
    forget_kept(db)
    assert {m["id"]: m for m in floor(cli, config, db, DEMO_NOW)} == after


def test_reopening_an_answered_mention_puts_it_back_on_the_floor(
    cli: Cli, demo: tuple[Path, str]
) -> None:
    config, db = demo
    where = ["--config", config, "--db", db]
    first = floor(cli, config, db, DEMO_NOW)[0]["id"]
    assert cli("ack", first, *where, "--now", DEMO_NOW).exit_code == 0
    assert first not in {m["id"] for m in floor(cli, config, db, LATER)}
    # A later poll settles the answer's verdict; a reopen must still bring it back.
    assert cli("poll", *where, "--now", LATER).exit_code in (0, 3)
    assert cli("reopen", first, *where, "--now", LATER).exit_code == 0
    assert first in {m["id"] for m in floor(cli, config, db, LATER)}


def test_an_answer_written_after_now_leaves_the_mention_on_the_floor_at_now(
    cli: Cli, demo: tuple[Path, str]
) -> None:
    config, db = demo
    where = ["--config", config, "--db", db]
    first = floor(cli, config, db, DEMO_NOW)[0]["id"]
    assert cli("ack", first, *where, "--now", LATER).exit_code == 0
    assert first in {m["id"] for m in floor(cli, config, db, DEMO_NOW)}
    assert first not in {m["id"] for m in floor(cli, config, db, LATER)}


def test_reopening_a_mention_owed_no_reply_puts_it_on_the_floor_at_once(
    cli: Cli, demo: tuple[Path, str]
) -> None:
    """The poll kept "owed no reply" for it; a person's reopen makes that stale, and the
    store forgets it (a trigger on each backend) so the floor reads the mention again."""
    config, db = demo
    where = ["--config", config, "--db", db, "--now", DEMO_NOW]
    listed = cli("mentions", *where, "--status", "no_reply", "-f", "jsonl")
    quiet = [json.loads(line) for line in listed.stdout.splitlines()]
    oldest = min(quiet, key=lambda m: m["created_at"])["id"]
    far = "2026-12-08T09:00"  # past the days praise is thanked in: only what is owed shows
    assert oldest not in {m["id"] for m in floor(cli, config, db, far)}
    assert sql(db, "SELECT policy_stamp IS NOT NULL FROM mentions WHERE id = ?", (oldest,)) in (
        [(1,)],
        [(True,)],
    )
    assert cli("reopen", oldest, *where).exit_code == 0
    assert oldest in {m["id"] for m in floor(cli, config, db, far)}


def test_the_policy_stamp_is_the_sha256_one_stores_kept_before() -> None:
    # A store keeps each mention's due time under this stamp: a stamp worked out another
    # way would make every store webcare kept before work out its whole floor again.
    import hashlib

    from webcare.settings import SlaSettings
    from webcare.sla import RULES_VERSION, policy_stamp

    policy = SlaSettings()
    kept = hashlib.sha256(f"{RULES_VERSION}:{policy!r}".encode()).hexdigest()[:16]
    assert policy_stamp(policy) == kept
