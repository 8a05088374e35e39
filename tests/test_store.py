"""The SQLite store through the real CLI and a real file: its format, idempotent writes,
one transaction per source batch, acks and reopens, and the errors that exit 4."""

from __future__ import annotations

import itertools
import json
import sqlite3
from collections.abc import Callable
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from conftest import NOW
from httpserver import FeedServer
from storesql import fail_inserts_of, is_postgres, sql, stop_failing, untouched
from typer.testing import Result

from webcare.analysis import analyse
from webcare.model import Channel, Mention, mention_id
from webcare.settings import Settings
from webcare.store import MentionQuery, open_store, schema

Cli = Callable[..., Result]
MakeConfig = Callable[..., Path]

SOCIAL = [
    {"id": "9101", "author": "klant_jan", "created_at": "2026-11-23T06:10:00Z",
     "text": "@acme_nl pakket 51234 is nog steeds niet bezorgd"},
    {"id": "9102", "author": "fleur", "created_at": "2026-11-23T06:40:00Z",
     "text": "Acme app crasht bij het afrekenen, al de hele ochtend"},
    {"id": "9103", "author": "boze_bert", "created_at": "2026-11-23T05:55:00Z",
     "text": "Acme rekent ineens bezorgkosten. Belachelijk."},
]  # fmt: skip


def write_jsonl(path: Path, records: list[dict[str, Any]]) -> Path:
    path.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8"
    )
    return path


def query(store_url: str | Path, statement: str) -> list[Any]:
    return sql(str(store_url), statement)


def records(result: Result) -> list[dict[str, Any]]:
    assert result.exit_code == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


@pytest.fixture
def imported(cli: Cli, store_url: str, tmp_path: Path) -> dict[str, dict[str, Any]]:
    """SOCIAL imported into store_url (on each backend); the stored records by author."""
    return import_social(cli, store_url, tmp_path)


@pytest.fixture
def imported_file(cli: Cli, db_path: Path, tmp_path: Path) -> dict[str, dict[str, Any]]:
    """SOCIAL imported into the SQLite file db_path."""
    return import_social(cli, str(db_path), tmp_path)


def import_social(cli: Cli, store_url: str, tmp_path: Path) -> dict[str, dict[str, Any]]:
    export = write_jsonl(tmp_path / "social.jsonl", SOCIAL)
    assert cli("import", export, "--kind", "jsonl", "--db", store_url, "--now", NOW).exit_code == 0
    return listed(cli, store_url)


def listed(cli: Cli, store_url: str | Path) -> dict[str, dict[str, Any]]:
    """`webcare mentions` at NOW, by author."""
    result = cli("mentions", "--format", "jsonl", "--db", store_url, "--now", NOW)
    return {r["author"]: r for r in records(result)}


def response(record: dict[str, Any]) -> tuple[str, str | None, str | None]:
    return record["sla"]["status"], record["responded_at"], record["responded_by"]


def reported(cli: Cli, store_url: str) -> list[str]:
    return [
        r["author"]
        for r in records(cli("report", "--format", "jsonl", "--db", store_url, "--now", NOW))
    ]


# ---------------------------------------------------------------- the file
# SQLite-only: these are about SQLite's own file (WAL, PRAGMAs, sqlite:/// URLs); the
# PostgreSQL twins (its URL, roles, schema version) are in test_postgres.py.


def test_store_is_a_wal_sqlite_file_with_its_schema_version(
    imported_file: object, db_path: Path
) -> None:
    assert query(db_path, "PRAGMA journal_mode") == [("wal",)]
    assert query(db_path, "PRAGMA user_version") == [(schema.VERSION,)]
    assert query(db_path, "PRAGMA application_id") == [(schema.APPLICATION_ID,)]
    assert query(db_path, "SELECT count(*) FROM mentions") == [(3,)]


def test_readers_are_not_blocked_while_another_process_writes(
    imported_file: object, cli: Cli, db_path: Path
) -> None:
    with closing(sqlite3.connect(db_path, isolation_level=None)) as writer:
        writer.execute("BEGIN EXCLUSIVE")  # in WAL mode readers still see the last commit
        writer.execute("UPDATE mentions SET text = 'half geschreven'")
        during = listed(cli, db_path)
        writer.execute("ROLLBACK")
    assert "half geschreven" not in {r["text"] for r in during.values()}
    assert set(during) == {"klant_jan", "fleur", "boze_bert"}


def test_db_as_sqlite_url_and_from_the_environment(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    export = write_jsonl(tmp_path / "social.jsonl", SOCIAL)
    target = tmp_path / "data" / "webcare.sqlite"
    cli("import", export, "--kind", "jsonl", "--db", f"sqlite:///{target}", "--now", NOW)
    monkeypatch.setenv("WEBCARE_DB", str(target))
    assert len(records(cli("mentions", "--format", "jsonl", "--now", NOW))) == 3
    assert not (tmp_path / "home" / ".local" / "share" / "webcare").exists()


# ---------------------------------------------------------------- writing


def test_saving_the_same_mention_twice_stores_it_once(store_url: str) -> None:
    created = datetime(2026, 11, 23, 6, 0, tzinfo=UTC)
    text = "Acme, mijn retour is na drie weken nog steeds niet verwerkt"
    mention = Mention(
        id=mention_id("social", native_id="9201"), source="social", channel=Channel.SOCIAL,
        text=text, created_at=created, native_id="9201", author="eva",
    )  # fmt: skip
    batch = [(mention, analyse(text, Settings()))]
    with open_store(store_url, create=True) as store:
        first = store.save_batch("social", batch, [], polled_at=created, state=None)
        second = store.save_batch(
            "social", batch, [], polled_at=datetime(2026, 11, 23, 7, 0, tzinfo=UTC), state=None
        )
        [stored] = store.query(MentionQuery())
    assert (first.new, first.seen, second.new, second.seen) == (1, 0, 0, 1)
    assert stored.first_seen_at == created  # the second save did not overwrite the first
    assert query(store_url, "SELECT count(*) FROM mentions") == [(1,)]


def test_reimporting_an_export_adds_nothing(
    imported: object, cli: Cli, store_url: str, tmp_path: Path
) -> None:
    again = cli(
        "import", tmp_path / "social.jsonl", "--kind", "jsonl", "--db", store_url, "--now", NOW
    )
    assert "import-social: 0 new, 3 already seen" in again.stderr
    assert query(store_url, "SELECT count(*) FROM mentions") == [(3,)]


def _rss(*items: tuple[str, str]) -> str:
    body = "".join(
        f"<item><guid>{guid}</guid><title>{title}</title>"
        "<pubDate>Mon, 23 Nov 2026 06:00:00 GMT</pubDate></item>"
        for guid, title in items
    )
    return (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>{body}</channel></rss>'
    )


def test_a_batch_that_cannot_commit_leaves_none_of_it_and_is_fetched_again(
    feed_server: FeedServer, make_config: MakeConfig, cli: Cli, store_url: str
) -> None:
    feed_server.route(
        "/nieuws.xml",
        _rss(("n1", "Acme opent winkel"), ("n2", "Acme stopt met kassabon")),
        etag='"n-1"',
    )
    feed_server.route("/forum.xml", _rss(("f1", "Acme levert niet op zondag?")), etag='"f-1"')
    config = make_config(
        {"name": "nieuws", "kind": "rss", "url": feed_server.url("/nieuws.xml")},
        {"name": "forum", "kind": "rss", "url": feed_server.url("/forum.xml")},
    )
    assert cli("poll", "--config", config, "--db", store_url, "--now", NOW).exit_code == 0
    before = query(store_url, "SELECT * FROM mentions ORDER BY id")

    # The forum grows by three posts; storing the second one fails for real, inside SQLite,
    # after the first was already written in the same transaction.
    feed_server.route(
        "/forum.xml",
        _rss(("f2", "Acme helpdesk is top"), ("f3", "Acme SABOTAGE"), ("f4", "Acme app werkt weer"),
             ("f1", "Acme levert niet op zondag?")),
        etag='"f-2"',
    )  # fmt: skip
    fail_inserts_of(store_url, "SABOTAGE")
    failed = cli("poll", "--config", config, "--db", store_url, "--now", NOW, "--source", "forum")

    assert failed.exit_code == 4
    assert "cannot store source 'forum'" in failed.stderr and "disk I/O error" in failed.stderr
    assert query(store_url, "SELECT * FROM mentions ORDER BY id") == before  # no f2: all or nothing

    stop_failing(store_url)
    retried = cli("poll", "--config", config, "--db", store_url, "--now", NOW, "--source", "forum")

    assert retried.exit_code == 0 and "forum: 3 new, 1 already seen" in retried.stderr
    assert feed_server.hits_for("/forum.xml")[-1].if_none_match == '"f-1"'  # not the unsaved "f-2"
    stored = sorted(native for (native,) in query(store_url, "SELECT native_id FROM mentions"))
    assert stored == ["f1", "f2", "f3", "f4", "n1", "n2"]


# ---------------------------------------------------------------- ack and reopen


def test_ack_records_who_when_and_note_and_reopen_undoes_it(
    imported: dict[str, dict[str, Any]], cli: Cli, store_url: str
) -> None:
    jan = imported["klant_jan"]["id"]
    prefix = jan[:6]
    assert sum(r["id"].startswith(prefix) for r in imported.values()) == 1

    note = "Gebeld; nieuwe levering morgen"
    acked = cli("ack", prefix, "--by", "anna", "--note", note, "--db", store_url, "--now", NOW)
    assert acked.exit_code == 0
    assert f"{jan}: acknowledged at Mon 23 Nov 2026 09:00 CET" in acked.stderr
    after_ack = listed(cli, store_url)["klant_jan"]
    assert response(after_ack) == ("responded", "2026-11-23T08:00:00Z", "anna")
    assert "klant_jan" not in reported(cli, store_url)
    shown = json.loads(
        cli("show", prefix, "--format", "json", "--db", store_url, "--now", NOW).stdout
    )
    assert shown["actions"] == [
        {"action": "ack", "by": "anna", "at": "2026-11-23T08:00:00Z", "note": note}
    ]

    reopened = cli(
        "reopen", jan, "--by", "anna", "--db", store_url, "--now", "2026-11-23T09:30:00+01:00"
    )
    assert reopened.exit_code == 0 and f"{jan}: reopened" in reopened.stderr
    after_reopen = listed(cli, store_url)["klant_jan"]
    assert response(after_reopen) == ("breached", None, None)
    assert "klant_jan" in reported(cli, store_url)
    shown = json.loads(cli("show", jan, "--format", "json", "--db", store_url, "--now", NOW).stdout)
    assert [(a["action"], a["at"]) for a in shown["actions"]] == [
        ("ack", "2026-11-23T08:00:00Z"),
        ("reopen", "2026-11-23T08:30:00Z"),
    ]


def test_ack_at_an_earlier_time_and_a_later_ack_keeps_the_first_response(
    imported: dict[str, dict[str, Any]], cli: Cli, store_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    fleur = imported["fleur"]["id"]
    monkeypatch.setenv("WEBCARE_USER", "piet")
    cli("ack", fleur, "--at", "2026-11-23T07:50:00+01:00", "--db", store_url, "--now", NOW)
    again = cli("ack", fleur, "--by", "anna", "--db", store_url, "--now", NOW)

    assert "already responded (ack) at Mon 23 Nov 2026 07:50 CET" in again.stderr
    record = listed(cli, store_url)["fleur"]
    assert response(record) == ("responded", "2026-11-23T06:50:00Z", "piet")
    assert record["sla"]["overdue_minutes"] == 0  # within its 1 h social target


def test_ack_several_ids_is_all_or_nothing_when_one_is_unknown(
    imported: dict[str, dict[str, Any]], cli: Cli, store_url: str
) -> None:
    ids = [imported["fleur"]["id"], "ffffffffffffffff"]
    result = cli("ack", *ids, "--by", "anna", "--db", store_url, "--now", NOW)
    assert result.exit_code == 2
    assert "no mention with id 'ffffffffffffffff'" in result.stderr
    assert {r["sla"]["status"] for r in listed(cli, store_url).values()} == {"breached"}


def _colliding_native_ids(source: str) -> tuple[str, str]:
    """Two native ids whose mention ids share their first four characters."""
    seen: dict[str, str] = {}
    for number in itertools.count(1):
        native = f"post-{number}"
        prefix = mention_id(source, native_id=native)[:4]
        if prefix in seen:
            return seen[prefix], native
        seen[prefix] = native
    raise AssertionError("unreachable")


@pytest.mark.parametrize("command", ["ack", "reopen", "show"])
def test_unknown_short_or_ambiguous_ids_exit_2(
    command: str, cli: Cli, store_url: str, tmp_path: Path
) -> None:
    first, second = _colliding_native_ids("import-twins")
    export = write_jsonl(
        tmp_path / "twins.jsonl",
        [
            {"id": native, "text": f"Acme bericht {native}", "created_at": "2026-11-23T06:00:00Z"}
            for native in (first, second)
        ],
    )
    cli("import", export, "--kind", "jsonl", "--db", store_url, "--now", NOW)
    shared = mention_id("import-twins", native_id=first)[:4]

    for given, message in [
        ("0123456789abcdef", "no mention with id '0123456789abcdef'"),
        ("ab", "too short"),
        (shared, "ambiguous"),
    ]:
        result = cli(command, given, "--db", store_url, "--now", NOW)
        assert result.exit_code == 2, (given, result.stderr)
        assert message in result.stderr
    assert query(store_url, "SELECT count(*) FROM actions") == [(0,)]


# ---------------------------------------------------------------- store errors


# SQLite-only: a file of another program (test_postgres.py has a database of another program).
@pytest.mark.parametrize("command", ["poll", "report", "mentions", "ack"])
def test_a_file_that_is_not_sqlite_exits_4_and_is_left_alone(
    command: str, feed_server: FeedServer, make_config: MakeConfig, cli: Cli, db_path: Path
) -> None:
    feed_server.route("/acme.xml", _rss(("n1", "Acme")))
    config = make_config({"name": "news", "kind": "rss", "url": feed_server.url("/acme.xml")})
    db_path.parent.mkdir(parents=True)
    content = b"Notities webcare-overleg\nDit is geen database.\n" * 200
    db_path.write_bytes(content)
    args = ["ack", "0123abcd"] if command == "ack" else [command]

    result = cli(*args, "--config", config, "--db", db_path, "--now", NOW)

    assert result.exit_code == 4
    assert f"cannot open the store {db_path}" in result.stderr
    assert db_path.read_bytes() == content
    assert feed_server.hits == []


@pytest.mark.parametrize(
    ("table", "command"),
    [
        *(("mentions", command) for command in ("report", "show", "mentions", "ack", "stats")),
        *(("also_seen", command) for command in ("report", "show", "mentions", "stats")),
        ("actions", "show"),
        ("actions", "ack"),
        ("reported", "report --only-new"),
        ("fetch_state", "mentions --source import-social"),
    ],
)
def test_a_store_missing_a_table_exits_4_with_one_line_naming_it(
    table: str, command: str, imported: dict[str, dict[str, Any]], cli: Cli, store_url: str
) -> None:
    jan = imported["klant_jan"]["id"]
    sql(store_url, f"DROP TABLE {table}" + (" CASCADE" if is_postgres(store_url) else ""))
    name, *options = command.split()
    given = [jan] if name in ("show", "ack") else []

    result = cli(name, *given, *options, "--db", store_url, "--now", NOW)

    assert result.exit_code == 4, result.output
    [line] = result.stderr.splitlines()
    doing = "write to" if (table, name) == ("actions", "ack") else "read"
    if is_postgres(store_url):
        doing = "read"  # a writer checks its privileges on `actions` as it opens the store
        database = store_url.split("/")[3].split("?")[0]
        assert line.startswith(
            f'webcare: error: cannot {doing} the PostgreSQL database "{database}" on /'
        )
        assert line.endswith(f'relation "{table}" does not exist')
    else:
        assert (
            line == f"webcare: error: cannot {doing} the store {store_url}: no such table: {table}"
        )


# SQLite-only: PRAGMA user_version (test_postgres.py refuses a newer PostgreSQL schema).
def test_a_store_from_a_newer_webcare_exits_4_and_is_not_touched(
    feed_server: FeedServer, make_config: MakeConfig, cli: Cli, db_path: Path
) -> None:
    feed_server.route("/acme.xml", _rss(("n1", "Acme")))
    config = make_config({"name": "news", "kind": "rss", "url": feed_server.url("/acme.xml")})
    db_path.parent.mkdir(parents=True)
    with closing(sqlite3.connect(db_path)) as db:
        db.execute("CREATE TABLE mentions_v99 (id TEXT PRIMARY KEY)")
        db.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")  # as every webcare's
        db.execute(f"PRAGMA user_version = {schema.VERSION + 98}")
        db.commit()

    for command in ("poll", "report"):
        result = cli(command, "--config", config, "--db", db_path, "--now", NOW)
        assert result.exit_code == 4
        assert f"written by a newer webcare (schema {schema.VERSION + 98}" in result.stderr
        assert "upgrade webcare" in result.stderr
    assert query(db_path, "PRAGMA user_version") == [(schema.VERSION + 98,)]
    assert query(db_path, "SELECT name FROM sqlite_master WHERE type = 'table'") == [
        ("mentions_v99",)
    ]
    assert feed_server.hits == []


def missing_store(store_url: str, tmp_path: Path) -> str:
    """A store that is not there: a mistyped SQLite path, or a database without webcare's
    tables."""
    return store_url if is_postgres(store_url) else str(tmp_path / "stroe" / "webcare.db")


def test_report_on_a_missing_store_fails_instead_of_creating_an_empty_one(
    cli: Cli, store_url: str, tmp_path: Path
) -> None:
    typo = missing_store(store_url, tmp_path)
    result = cli("report", "--db", typo, "--now", NOW, "--format", "jsonl")
    assert result.exit_code == 4
    assert result.stdout == ""
    assert untouched(typo)


def test_ack_on_a_missing_store_writes_nothing(cli: Cli, store_url: str, tmp_path: Path) -> None:
    typo = missing_store(store_url, tmp_path)
    result = cli("ack", "0123abcd", "--db", typo, "--now", NOW)
    assert result.exit_code in (2, 4)
    assert untouched(typo)
    assert not (tmp_path / "stroe").exists()
