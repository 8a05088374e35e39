"""Cron and people working the list: a poll lock, and acting on every matching mention."""

from __future__ import annotations

import csv
import fcntl
import io
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from webcare.cli import app

NOW = "2026-11-23T09:00:00+01:00"
ROWS = [
    {
        "id": "1",
        "author": "ann",
        "text": "Pakket nog steeds niet bezorgd",
        "created_at": "2026-11-23T06:00:00Z",
    },
    {
        "id": "2",
        "author": "bob",
        "text": "Bezorger was onvriendelijk",
        "created_at": "2026-11-23T06:10:00Z",
    },
    {
        "id": "3",
        "author": "cas",
        "text": "Factuur klopt niet",
        "created_at": "2026-11-23T06:20:00Z",
    },
]


@pytest.fixture
def setup(tmp_path: Path, store_url: str) -> tuple[Path, str]:
    export = tmp_path / "export.jsonl"
    export.write_text("".join(json.dumps(r) + "\n" for r in ROWS), encoding="utf-8")
    config = tmp_path / "webcare.toml"
    config.write_text(
        f'[brand]\nkeywords = []\n[[sources]]\nname = "export"\nkind = "jsonl"\npath = "{export}"\n',
        encoding="utf-8",
    )
    return config, store_url


@pytest.fixture
def setup_file(tmp_path: Path) -> tuple[Path, Path]:
    """As `setup`, with the store in a SQLite file: SQLite-only, for its lock file beside
    the store (test_concurrency.py has polls at once on PostgreSQL)."""
    export = tmp_path / "export.jsonl"
    export.write_text("".join(json.dumps(r) + "\n" for r in ROWS), encoding="utf-8")
    config = tmp_path / "webcare.toml"
    config.write_text(
        f'[brand]\nkeywords = []\n[[sources]]\nname = "export"\nkind = "jsonl"\npath = "{export}"\n',
        encoding="utf-8",
    )
    return config, tmp_path / "w.db"


def cli(*args: object) -> object:
    return CliRunner().invoke(app, [str(a) for a in args])


def statuses(config: Path, db: Path | str) -> dict[str, str]:
    result = cli("mentions", "--config", config, "--db", db, "--now", NOW, "--format", "jsonl")
    return {
        json.loads(line)["author"]: json.loads(line)["sla"]["status"]
        for line in result.stdout.splitlines()
    }


def test_a_poll_while_another_holds_the_store_is_skipped_not_collided(
    setup_file: tuple[Path, Path],
) -> None:
    config, db = setup_file
    assert cli("poll", "--config", config, "--db", db, "--now", NOW).exit_code == 0
    with open(db.with_name(db.name + ".lock"), "a+b") as held:
        fcntl.flock(held, fcntl.LOCK_EX | fcntl.LOCK_NB)
        (db.parent / "export.jsonl").write_text(
            json.dumps(
                {
                    "id": "4",
                    "author": "dan",
                    "text": "Waar is mijn order",
                    "created_at": "2026-11-23T07:00:00Z",
                }
            )
            + "\n",
            encoding="utf-8",
        )
        skipped = cli("poll", "--config", config, "--db", db, "--now", NOW)
        assert skipped.exit_code == 0
        assert "this poll skipped" in skipped.stderr
        assert "dan" not in statuses(config, db)
        fcntl.flock(held, fcntl.LOCK_UN)
    assert cli("poll", "--config", config, "--db", db, "--now", NOW).exit_code == 0
    assert "dan" in statuses(config, db)


def test_ack_and_reopen_all_matching(setup: tuple[Path, str]) -> None:
    config, db = setup
    cli("poll", "--config", config, "--db", db, "--now", NOW)
    where = ["--config", config, "--db", db, "--now", NOW]
    ack = ["ack", "--all-matching", "--search", "bezorg", "--by", "anna", *where]
    # A bulk action shows what it would touch first: --dry-run only lists...
    preview = cli(*ack, "--dry-run")
    assert preview.exit_code == 0, preview.output
    assert "acknowledge 2 mention(s):" in preview.stderr and "nothing changed" in preview.stderr
    assert set(statuses(config, db).values()) == {"breached"}
    # ...and without a terminal to ask on, it needs --yes.
    refused = cli(*ack)
    assert refused.exit_code == 2
    assert "acknowledge 2 mention(s) needs --yes" in refused.stderr
    assert set(statuses(config, db).values()) == {"breached"}
    result = cli(*ack, "--yes")
    assert result.exit_code == 0, result.output
    assert statuses(config, db) == {"ann": "responded", "bob": "responded", "cas": "breached"}
    result = cli("reopen", "--all-matching", "--search", "onvriendelijk", "--yes", *where)
    assert result.exit_code == 0, result.output
    assert statuses(config, db)["bob"] == "breached"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--all-matching"], "needs at least one filter"),
        (["0123abcd", "--all-matching", "--search", "x"], "not both"),
        (["--search", "x"], "only with --all-matching"),
        ([], "give mention ids"),
        (["--all-matching", "--search", "nothing-like-this"], "no mention matches"),
    ],
)
def test_ack_selection_mistakes_are_usage_errors(
    setup: tuple[Path, str], args: list[str], message: str
) -> None:
    config, db = setup
    cli("poll", "--config", config, "--db", db, "--now", NOW)
    result = cli("ack", *args, "--config", config, "--db", db, "--now", NOW)
    assert result.exit_code == 2
    assert message in result.stderr


def test_only_new_shows_what_became_breached_or_at_risk_since_last_time(
    setup: tuple[Path, str],
) -> None:
    config, db = setup
    cli("poll", "--config", config, "--db", db, "--now", "2026-11-23T06:50:00Z")

    def only_new(now: str) -> object:
        return cli(
            "report",
            "--only-new",
            "--fail-on",
            "breached",
            "--config",
            config,
            "--db",
            db,
            "--now",
            now,
            "--format",
            "jsonl",
        )

    first = only_new("2026-11-23T06:50:00Z")  # ann at risk (50 of 60 min), the others fine
    assert first.exit_code == 0
    assert [json.loads(line)["author"] for line in first.stdout.splitlines()] == ["ann"]
    again = only_new("2026-11-23T06:52:00Z")  # nothing changed: nothing printed
    assert again.exit_code == 0 and again.stdout == ""
    later = only_new("2026-11-23T07:05:00Z")  # ann breached (escalated), bob and cas at risk (new)
    assert later.exit_code == 1  # --fail-on breached applies to what is new
    assert {
        json.loads(line)["author"]: json.loads(line)["sla"]["status"]
        for line in later.stdout.splitlines()
    } == {
        "ann": "breached",
        "bob": "at_risk",
        "cas": "at_risk",
    }


def _backfill_a_day(config: Path) -> None:
    """`[poll] backfill = "1d"`: a first poll stores what is older than a day as history."""
    text = config.read_text(encoding="utf-8")
    config.write_text(
        text.replace("[[sources]]", '[poll]\nbackfill = "1d"\n[[sources]]'), encoding="utf-8"
    )


def _feed(tmp_path: Path, rows: list[dict]) -> None:
    (tmp_path / "export.jsonl").write_text(
        "".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8"
    )


def floor(config: Path, db: Path, now: str) -> list[str]:
    result = cli(
        "report",
        "--config",
        config,
        "--db",
        db,
        "--now",
        now,
        "--format",
        "jsonl",
        "--since",
        "all",
    )
    return sorted(json.loads(line)["author"] for line in result.stdout.splitlines())


def test_a_first_poll_stores_old_mentions_as_history_not_steaks(
    setup: tuple[Path, str], tmp_path: Path
) -> None:
    config, db = setup
    _backfill_a_day(config)
    old = {"id": "o", "author": "old", "text": "Pakket kwijt", "created_at": "2026-11-20T08:00:00Z"}
    recent = {
        "id": "r",
        "author": "recent",
        "text": "Pakket kwijt",
        "created_at": "2026-11-23T06:00:00Z",
    }
    _feed(tmp_path, [old, recent])
    assert cli("poll", "--config", config, "--db", db, "--now", NOW).exit_code == 0
    assert floor(config, db, NOW) == ["recent"]
    summary = json.loads(
        cli(
            "report",
            "--config",
            config,
            "--db",
            db,
            "--now",
            NOW,
            "--since",
            "all",
            "--format",
            "json",
        ).stdout
    )["summary"]
    assert (summary["breached"], summary["oldest_overdue_minutes"]) == (1, 60)  # not the old one
    listed = cli(
        "mentions", "--config", config, "--db", db, "--now", NOW, "--format", "jsonl"
    ).stdout
    assert {
        json.loads(line)["author"]: json.loads(line)["backfilled"] for line in listed.splitlines()
    } == {
        "old": True,
        "recent": False,
    }
    # Later polls are live: an old mention first seen now is a steak like any other.
    _feed(
        tmp_path,
        [
            old,
            recent,
            {
                "id": "l",
                "author": "late",
                "text": "Pakket kwijt",
                "created_at": "2026-11-19T08:00:00Z",
            },
        ],
    )
    assert cli("poll", "--config", config, "--db", db, "--now", NOW).exit_code == 0
    assert floor(config, db, NOW) == ["late", "recent"]


def test_poll_backfill_makes_a_whole_poll_history(setup: tuple[Path, str]) -> None:
    config, db = setup
    assert cli("poll", "--backfill", "--config", config, "--db", db, "--now", NOW).exit_code == 0
    assert floor(config, db, NOW) == []
    assert (
        len(
            cli(
                "mentions", "--config", config, "--db", db, "--now", NOW, "--format", "jsonl"
            ).stdout.splitlines()
        )
        == 3
    )


def test_history_is_listed_as_history_in_every_format_and_never_counts_as_breached(
    setup: tuple[Path, str], tmp_path: Path
) -> None:
    config, db = setup
    _backfill_a_day(config)
    old = {"id": "o", "author": "old", "text": "Pakket kwijt", "created_at": "2026-11-20T08:00:00Z"}
    recent = {"id": "r", "author": "recent", "text": "Pakket kwijt", "created_at": ROWS[0]["created_at"]}
    _feed(tmp_path, [old, recent])
    assert cli("poll", "--config", config, "--db", db, "--now", NOW).exit_code == 0
    base = ["--config", config, "--db", db, "--now", NOW]

    def listed(fmt: str) -> str:
        result = cli("mentions", *base, "--format", fmt)
        assert result.exit_code == 0, result.output
        return result.stdout

    rows = {json.loads(line)["author"]: json.loads(line) for line in listed("jsonl").splitlines()}
    assert rows["old"]["backfilled"] is True
    assert rows["old"]["sla"]["status"] == "history"
    assert (rows["old"]["sla"]["overdue_minutes"], rows["old"]["sla"]["remaining_minutes"]) == (0, 0)
    assert rows["old"]["priority"]["rank"] is None
    assert rows["recent"]["sla"]["status"] == "breached"
    summary = json.loads(listed("json"))["summary"]
    assert (summary["breached"], summary["history"], summary["open"]) == (1, 1, 1)
    assert summary["oldest_overdue_minutes"] == 60  # the live one's, not the history's
    table = list(csv.DictReader(io.StringIO(listed("csv"))))
    assert sorted(row["sla_status"] for row in table) == ["breached", "history"]
    assert sorted(line.split("\t")[2] for line in listed("plain").splitlines()) == [
        "breached",
        "history",
    ]
    for fmt in ("table", "markdown", "html"):
        text = listed(fmt)
        assert "1 breached" in text and "1 history" in text, fmt
        assert "BREACHED 3d" not in text, fmt
        assert "HISTORY" in text, fmt
    assert [r["author"] for r in map(json.loads, cli("mentions", *base, "--status", "history", "--format", "jsonl").stdout.splitlines())] == ["old"]
    assert cli("mentions", *base, "--status", "open", "--format", "jsonl").stdout.count("\n") == 1
    shown = cli("show", rows["old"]["id"], *base)
    assert shown.exit_code == 0, shown.output
    assert "history: stored by the source's first poll" in shown.stdout
    assert "never on the floor" in shown.stdout
    walked = cli("explain", rows["old"]["id"], *base)
    assert walked.exit_code == 0, walked.output
    assert "history: stored by the source's first poll" in walked.stdout
    assert "breached" not in walked.stdout


def test_an_import_while_a_poll_holds_the_store_is_a_busy_store_not_a_usage_error(
    setup_file: tuple[Path, Path], tmp_path: Path
) -> None:
    config, db = setup_file
    assert cli("poll", "--config", config, "--db", db, "--now", NOW).exit_code == 0
    export = tmp_path / "more.jsonl"
    row = {"id": "4", "author": "dan", "text": "Waar is mijn order", "created_at": ROWS[0]["created_at"]}
    export.write_text(json.dumps(row) + "\n", encoding="utf-8")
    with open(db.with_name(db.name + ".lock"), "a+b") as held:
        fcntl.flock(held, fcntl.LOCK_EX | fcntl.LOCK_NB)  # as a running poll holds it
        busy = cli("import", export, "--kind", "jsonl", "--config", config, "--db", db, "--now", NOW)
        fcntl.flock(held, fcntl.LOCK_UN)
    assert busy.exit_code == 4, busy.output
    (line,) = busy.stderr.splitlines()
    assert str(db) in line and "try again" in line, line
    assert "dan" not in statuses(config, db)  # nothing written
    again = cli("import", export, "--kind", "jsonl", "--config", config, "--db", db, "--now", NOW)
    assert again.exit_code == 0, again.output
    assert "dan" in statuses(config, db)


def test_a_live_follow_up_to_history_is_timed_from_itself_everywhere(
    setup: tuple[Path, str], tmp_path: Path
) -> None:
    # History nobody was in front of starts no clock for what follows it: the follow-up
    # a later poll brings waits from itself, in mentions and show as on the report's floor.
    config, db = setup
    _backfill_a_day(config)
    old = {"id": "c1", "author": "sanne", "text": "Pakket kwijt", "created_at": "2026-11-20T08:00:00Z"}
    _feed(tmp_path, [old])
    assert cli("poll", "--config", config, "--db", db, "--now", NOW).exit_code == 0
    follow_up = {"id": "c2", "author": "sanne", "text": "Hallo?? Nog iemand daar?",
                 "created_at": "2026-11-23T08:30:00Z", "in_reply_to": "c1"}  # fmt: skip
    _feed(tmp_path, [old, follow_up])
    later = ["--config", config, "--db", db, "--now", "2026-11-23T09:20:00Z"]
    assert cli("poll", *later).exit_code == 0
    rows = {
        json.loads(line)["author"] + str(json.loads(line)["backfilled"]): json.loads(line)
        for line in cli("mentions", *later, "--format", "jsonl").stdout.splitlines()
    }
    live = rows["sanneFalse"]
    assert rows["sanneTrue"]["sla"]["status"] == "history"
    assert live["sla"]["clock_started_at"] == "2026-11-23T08:30:00Z"
    assert live["sla"]["status"] == "at_risk"  # 50 of its 60 minutes gone: due 09:30
    on_floor = [json.loads(line) for line in cli("report", *later, "--format", "jsonl").stdout.splitlines()]
    assert [(r["id"], r["sla"]) for r in on_floor] == [(live["id"], live["sla"])]
    walked = cli("explain", live["id"], *later).stdout
    assert "oldest waiting message" not in walked
    assert "(09:30 UTC)" in next(line for line in walked.splitlines() if line.startswith("due"))


@pytest.mark.postgres
def test_an_import_while_a_poll_fetches_its_source_on_postgresql_is_a_busy_store(
    tmp_path: Path, make_postgres_database: Callable[[], str]
) -> None:
    import psycopg

    from webcare.store.postgres.store import source_lock_key

    db = make_postgres_database()
    (tmp_path / "webcare.toml").write_text("[brand]\nkeywords = []\n", encoding="utf-8")
    export = tmp_path / "more.jsonl"
    row = {"id": "4", "author": "dan", "text": "Waar is mijn order", "created_at": ROWS[0]["created_at"]}
    export.write_text(json.dumps(row) + "\n", encoding="utf-8")
    where = ["--config", tmp_path / "webcare.toml", "--db", db, "--now", NOW]
    assert cli("db", "upgrade", "--db", db).exit_code == 0
    with psycopg.connect(db, autocommit=True) as held:  # as a poll fetching it holds it
        held.execute("SELECT pg_advisory_lock(%s)", (source_lock_key("import-more"),))
        busy = cli("import", export, "--kind", "jsonl", *where)
    assert busy.exit_code == 4, busy.output
    (line,) = busy.stderr.splitlines()
    assert "is busy" in line and "try again" in line, line
    assert "dan" not in statuses(tmp_path / "webcare.toml", db)
    assert cli("import", export, "--kind", "jsonl", *where).exit_code == 0
    assert "dan" in statuses(tmp_path / "webcare.toml", db)
