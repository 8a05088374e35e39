"""Privacy by default (issue 16): `purge` deletes exactly what is older than the window
(open mentions kept until answered) and leaves the store consistent; `person export`
gives everything about one person; `person forget` leaves no trace of their name or
handle in any table or any report format, and records that it happened but not of whom."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from conftest import NOW
from storesql import is_postgres, sql, table_rows, untouched
from typer.testing import Result

from webcare.privacy import Pseudonymiser, PurgeCandidate, retention
from webcare.render import FORMATS
from webcare.store import open_store
from webcare.store.privacy import HANDLING
from webcare.store.schema import TABLES

Cli = Callable[..., Result]
MakeConfig = Callable[..., Path]

NOW_UTC = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)
CUTOFF = NOW_UTC - timedelta(days=180)  # 2026-05-27T08:00Z


def _at(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def write_jsonl(path: Path, rows: list[dict[str, Any]]) -> None:
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")


def mention(key: str, when: datetime, text: str = "", **extra: Any) -> dict[str, Any]:
    """A customer mention whose author is its key, so what remains is easy to name."""
    return {"id": key, "author": key, "text": text or f"Acme, mijn bestelling {key} is kwijt",
            "created_at": _at(when), **extra}  # fmt: skip


def brand_reply(key: str, to: str, when: datetime) -> dict[str, Any]:
    return {"id": key, "author": "acme_nl", "text": "We kijken ernaar", "in_reply_to": to,
            "created_at": _at(when)}  # fmt: skip


def records(result: Result) -> list[dict[str, Any]]:
    assert result.exit_code in (0, 1), result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


def mention_tables(url: str) -> list[str]:
    """The tables with a `mention_id`, as the database's own catalogue says."""
    if is_postgres(url):
        return [
            r[0]
            for r in sql(
                url,
                """SELECT table_name FROM information_schema.columns
                                          WHERE table_schema = current_schema()
                                            AND column_name = 'mention_id'""",
            )
        ]
    return [table for table in TABLES
            if "mention_id" in [r[1] for r in sql(url, f"PRAGMA table_info({table})")]]  # fmt: skip


def assert_consistent(url: str) -> None:
    if not is_postgres(url):
        assert sql(url, "PRAGMA integrity_check") == [("ok",)]
        assert sql(url, "PRAGMA foreign_key_check") == []
    else:  # every foreign key still there and enforced
        keys = sql(url, "SELECT count(*) FROM pg_constraint WHERE contype = 'f' AND convalidated")
        assert keys == [(len(mention_tables(url)),)]
    for table in mention_tables(url):
        dangling = sql(
            url, f"SELECT COUNT(*) FROM {table} WHERE mention_id NOT IN (SELECT id FROM mentions)"
        )
        assert dangling == [(0,)], table


# ---------------------------------------------------------------- the pure rule


def test_the_rule_takes_what_is_older_than_its_sources_window_and_keeps_open_ones() -> None:
    rule = retention(NOW_UTC, timedelta(days=180), [("reviews", timedelta(days=30), False),
                                                    ("archive", None, True)])  # fmt: skip

    def goes(source: str, days: float, *, open: bool = False) -> bool:  # noqa: A002
        written = NOW_UTC - timedelta(days=days)
        return rule.selects(PurgeCandidate("x", source, written, answered=not open))

    assert goes("social", 181) and not goes("social", 179)
    assert not goes("social", 400, open=True)
    assert goes("reviews", 31) and not goes("reviews", 29)
    assert not goes("archive", 4000)
    old = NOW_UTC - timedelta(days=181)
    # Owed no reply, or backfilled history: not on the floor, so not kept for it.
    assert rule.selects(PurgeCandidate("x", "social", old, answered=False, needs_reply=False))
    assert rule.selects(PurgeCandidate("x", "social", old, answered=False, backfilled=True))
    everything = retention(NOW_UTC, timedelta(days=180), include_open=True)
    assert everything.selects(PurgeCandidate("x", "social", old, answered=False))
    assert retention(NOW_UTC, None).earliest_cutoff is None


def test_a_pseudonym_replaces_every_form_of_a_name_and_only_that() -> None:
    who = Pseudonymiser(("@Nienke_V", "Nienke Visser"), "person-1")
    assert who.text("@nienke_v zei: NIENKE VISSER belt, zie x.com/Nienke_V/1") == (
        "person-1 zei: person-1 belt, zie x.com/person-1/1"
    )
    assert who.author("@NIENKE_V") == "person-1" and who.author("dan") == "dan"
    assert who.text("Nienke alleen") == "Nienke alleen"  # not a name she was given by
    assert who.text("nienke_vos en nienke_v-1") == "nienke_vos en person-1-1"  # another's
    numbered = Pseudonymiser(("klant6323",), "person-2")
    assert numbered.text("klant63231, klant6323.") == "klant63231, person-2."
    accented = Pseudonymiser(("Émile Zoë",), "person-2")
    assert "émile zoë" in accented.author_forms and "Émile Zoë" in accented.author_forms


def test_every_table_of_the_schema_is_accounted_for_by_purge_and_forget() -> None:
    assert set(HANDLING) == set(TABLES)


# ---------------------------------------------------------------- purge


@pytest.fixture
def aged(cli: Cli, make_config: MakeConfig, tmp_path: Path, store_url: str) -> list[str]:
    """Mentions on both sides of each source's window: social (the default 180d), reviews
    (30d), archive (forever) and a mirror where one old post was seen again."""
    write_jsonl(tmp_path / "social.jsonl", [
        mention("s_old_answered", CUTOFF - timedelta(days=60), url="https://social.example/p/1"),
        brand_reply("s_reply_old", "s_old_answered", CUTOFF - timedelta(days=60, hours=-1)),
        mention("s_just_over", CUTOFF - timedelta(hours=1)),
        brand_reply("s_reply_over", "s_just_over", CUTOFF - timedelta(minutes=30)),
        mention("s_just_under", CUTOFF + timedelta(hours=1)),
        brand_reply("s_reply_under", "s_just_under", CUTOFF + timedelta(hours=2)),
        mention("s_old_acked", CUTOFF - timedelta(days=20)),
        mention("s_old_open", CUTOFF - timedelta(days=100)),
        mention("s_mid_acked", NOW_UTC - timedelta(days=60)),
        mention("s_recent_open", NOW_UTC - timedelta(hours=20)),
    ])  # fmt: skip
    write_jsonl(tmp_path / "mirror.jsonl", [
        mention("m_copy", CUTOFF - timedelta(days=59), url="https://social.example/p/1",
                text="Acme, mijn bestelling s_old_answered is kwijt"),
    ])  # fmt: skip
    write_jsonl(tmp_path / "reviews.jsonl", [
        mention("v_old_acked", NOW_UTC - timedelta(days=31)),
        mention("v_recent_acked", NOW_UTC - timedelta(days=10)),
    ])  # fmt: skip
    write_jsonl(
        tmp_path / "archive.jsonl", [mention("a_ancient_acked", NOW_UTC - timedelta(days=900))]
    )
    config = make_config(
        {"name": "social", "kind": "jsonl", "path": "social.jsonl", "filter": False},
        {"name": "mirror", "kind": "jsonl", "path": "mirror.jsonl", "filter": False},
        {"name": "reviews", "kind": "jsonl", "path": "reviews.jsonl", "filter": False,
         "channel": "review", "keep": "30d"},
        {"name": "archive", "kind": "jsonl", "path": "archive.jsonl", "filter": False,
         "keep": "forever"},
        privacy={"keep": "180d"},
    )  # fmt: skip
    where = ["--config", str(config), "--db", store_url, "--now", NOW]
    assert cli("poll", *where, "--source", "social").exit_code == 0  # the original first
    assert cli("poll", *where).exit_code == 0
    ids = {m["author"]: m["id"] for m in records(cli("mentions", *where, "-f", "jsonl"))}
    for key in ("s_old_acked", "s_mid_acked", "v_old_acked", "v_recent_acked", "a_ancient_acked"):
        acked = cli("ack", ids[key], *where, "--note", f"answered {key} by phone", "--by", "lisa")
        assert acked.exit_code == 0, acked.output
    assert cli("report", *where, "--only-new", "-f", "json").exit_code == 0  # remembers the floor
    with open_store(store_url) as store:
        store.remember_alert([(ids["s_old_answered"], "breached")], CUTOFF - timedelta(days=59))
        store.remember_alert([(ids["s_old_open"], "breached")], CUTOFF - timedelta(days=50))
        store.remember_alert([(ids["s_recent_open"], "at_risk")], NOW_UTC - timedelta(hours=1))
    return where


def authors(cli: Cli, where: list[str]) -> set[str]:
    return {m["author"] for m in records(cli("mentions", *where, "-f", "jsonl"))}


KEPT = {"s_just_under", "s_old_open", "s_mid_acked", "s_recent_open", "v_recent_acked",
        "a_ancient_acked"}  # fmt: skip


def test_purge_removes_exactly_what_is_older_than_the_window_and_keeps_open_ones(
    cli: Cli, aged: list[str], store_url: str
) -> None:
    db_path = store_url
    before = table_rows(db_path)
    assert len(before["also_seen"]) == 1 and len(before["replies"]) == 3
    preview = cli("purge", *aged, "--dry-run")
    assert preview.exit_code == 0 and "nothing deleted" in preview.stderr
    assert table_rows(db_path) == before
    # A dry run neither writes to the privacy log nor claims to (it showed 0 -> 1), and
    # spends none of its numbers: the purge that follows is the log's first row.
    (logged,) = [line.split()[1:3] for line in preview.stdout.splitlines()
                 if line.startswith("privacy_log ")]  # fmt: skip
    assert logged == ["0", "0"]
    assert cli("purge", *aged, "--dry-run").stdout == preview.stdout
    result = cli("purge", *aged)
    said, done = preview.stdout.splitlines(), result.stdout.splitlines()
    # What it said it would do: every table alike but the log of the purge itself.
    assert [line for line in said if not line.startswith("privacy_log ")] == [
        line for line in done if not line.startswith("privacy_log ")
    ]
    assert result.exit_code == 0, result.output
    assert authors(cli, aged) == KEPT
    after = table_rows(db_path)
    # The purge's own table: rows before and after, for the tables that lost some.
    lines = {line.split()[0]: line.split()[1:] for line in result.stdout.splitlines()[1:]}
    assert lines["mentions"] == ["10", "6", "4", "0"]
    assert lines["replies"] == ["3", "1", "2", "0"]
    assert lines["also_seen"] == ["1", "0", "1", "0"]
    assert [r[3] for r in after["replies"]] == ["s_just_under"]  # in_reply_to
    assert after["also_seen"] == []
    notes = sorted(row[5] for row in after["actions"])
    assert notes == [f"answered {key} by phone" for key in
                     ("a_ancient_acked", "s_mid_acked", "v_recent_acked")]  # fmt: skip
    # The alert memory of a purged mention went with it; the open one's stayed; of the sent
    # alerts, the two older than the window went.
    assert len(after["alerted"]) == 2 and len(after["alerts_sent"]) == 1
    assert_consistent(db_path)
    (log,) = after["privacy_log"]
    assert log[0] == 1  # its first number: the dry runs spent none
    assert log[2] == "purge" and json.loads(log[4])["mentions"] == 4

    again = cli("purge", *aged, "--include-open")
    assert again.exit_code == 0, again.output
    assert authors(cli, aged) == KEPT - {"s_old_open"}
    after = table_rows(db_path)
    assert len(after["alerted"]) == 1 and len(after["reported"]) == 1  # s_recent_open's
    assert_consistent(db_path)


def test_poll_purges_when_the_config_says_so(
    cli: Cli, make_config: MakeConfig, tmp_path: Path, store_url: str
) -> None:
    write_jsonl(tmp_path / "social.jsonl", [
        mention("old_answered", CUTOFF - timedelta(days=5)),
        brand_reply("r", "old_answered", CUTOFF - timedelta(days=5, hours=-1)),
        mention("recent", NOW_UTC - timedelta(days=1)),
    ])  # fmt: skip
    config = make_config(
        {"name": "social", "kind": "jsonl", "path": "social.jsonl", "filter": False},
        privacy={"purge_on_poll": True},
    )
    where = ["--config", str(config), "--db", store_url, "--now", NOW]
    polled = cli("poll", *where)
    assert polled.exit_code == 0, polled.output
    assert "purged 1 mention(s) and 1 brand reply(ies)" in polled.stderr
    assert authors(cli, where) == {"recent"}


def test_a_bad_keep_is_a_config_error_naming_the_key(
    cli: Cli, make_config: MakeConfig, store_url: str
) -> None:
    config = make_config(privacy={"keep": "half a year"})
    result = cli("purge", "--config", config, "--db", store_url)
    assert result.exit_code == 2
    assert "privacy.keep" in result.stderr and "forever" in result.stderr
    config = make_config({"name": "social", "kind": "jsonl", "path": "x.jsonl", "keep": "0d"})
    result = cli("purge", "--config", config, "--db", store_url)
    assert result.exit_code == 2
    assert "sources[0] (social).keep" in result.stderr and "longer than zero" in result.stderr
    assert untouched(store_url)


# ---------------------------------------------------------------- a person


NIENKE = ("nienke_v", "Nienke Visser", "Nienke")
CONTACT = ("06 12 34 56 78", "n.visser@voorbeeld.nl", "4471882", "NL91ABNA0417164300")
"""What she wrote about herself: it identifies her as much as her name."""


@pytest.fixture
def people(cli: Cli, make_config: MakeConfig, tmp_path: Path, store_url: str) -> list[str]:
    """Nienke everywhere a person can be: author in two sources (one post seen in both, its
    URL naming her), a conversation keyed by her post, quoted by another customer, in a
    team note, assigned, answered by the brand, in report and alert memory."""
    write_jsonl(tmp_path / "social.jsonl", [
        {"id": "nienke_v-1", "author": "nienke_v", "created_at": "2026-11-22T08:00:00Z",
         "url": "https://social.example/nienke_v/status/1",
         "text": "@acme_nl mijn pakket is al een week zoek. Groet, Nienke Visser"},
        {"id": "dan-2", "author": "dan_in_ams", "created_at": "2026-11-22T09:00:00Z",
         "in_reply_to": "nienke_v-1", "text": "@nienke_v same here, @acme_nl is a mess"},
        {"id": "acme-3", "author": "acme_nl", "created_at": "2026-11-22T10:00:00Z",
         "in_reply_to": "nienke_v-1", "text": "Sorry Nienke, we zoeken het uit"},
        {"id": "nienke_v-4", "author": "nienke_v", "created_at": "2026-11-23T07:00:00Z",
         "text": "@acme_nl nog steeds niets?! Bel 06 12 34 56 78 of mail n.visser@voorbeeld.nl, "
                 "bestelnummer 4471882. nienke_v geeft het bijna op"},
        {"id": "piet-5", "author": "piet", "created_at": "2026-11-23T07:30:00Z",
         "text": "Acme, ik wacht ook al dagen op mijn bestelling"},
    ])  # fmt: skip
    write_jsonl(tmp_path / "mirror.jsonl", [
        {"id": "copy-1", "author": "Nienke Visser", "created_at": "2026-11-22T08:05:00Z",
         "url": "https://social.example/nienke_v/status/1",
         "text": "@acme_nl mijn pakket is al een week zoek. Groet, Nienke Visser"},
    ])  # fmt: skip
    config = make_config(
        {"name": "social", "kind": "jsonl", "path": "social.jsonl"},
        {"name": "mirror", "kind": "jsonl", "path": "mirror.jsonl"},
    )
    where = ["--config", str(config), "--db", store_url, "--now", NOW]
    assert cli("poll", *where).exit_code == 0
    ids = {m["text"][:12]: m["id"] for m in records(cli("mentions", *where, "-f", "jsonl"))}
    latest, quoting = ids["@acme_nl nog"], ids["@nienke_v sa"]
    assert cli("assign", latest, "--to", "bram", "--by", "lisa", "--note",
               "Nienke Visser belde vanaf 06 12 34 56 78, bram pakt het op",
               *where).exit_code == 0  # fmt: skip
    assert cli("assign", quoting, "--to", "lisa", "--by", "lisa", "--note", "zelfde als nienke_v",
               *where).exit_code == 0  # fmt: skip
    # A team's correction whose note holds her contact details, not her name.
    assert cli("label", latest, "--urgency", "high", "--by", "lisa", "--note",
               "belde terug vanaf 06 12 34 56 78, terugboeken op NL91ABNA0417164300",
               *where).exit_code == 0  # fmt: skip
    assert cli("report", *where, "--only-new", "-f", "json").exit_code == 0
    with open_store(store_url) as store:
        store.remember_alert([(latest, "breached")], NOW_UTC)
    return where


def occurrences(url: str, names: tuple[str, ...]) -> list[tuple[str, Any]]:
    """(table, row) for every row of the store that holds one of the names, any case: on
    PostgreSQL every text and jsonb column of every table its catalogue lists."""
    folded = [name.casefold() for name in names]
    if is_postgres(url):
        columns = sql(
            url,
            """SELECT table_name, column_name FROM information_schema.columns
                              WHERE table_schema = current_schema()
                                AND data_type IN ('text', 'character varying', 'jsonb')""",
        )
        assert {table for table, _ in columns} >= set(TABLES) - {"alerts_sent"}  # no text
        found = [(f"{table}.{column}", value) for table, column in columns
                 for (value,) in sql(url, f'SELECT "{column}"::text FROM "{table}"')]  # fmt: skip
        return [(where, value) for where, value in found
                if value and any(name in value.casefold() for name in folded)]  # fmt: skip
    return [
        (table, row)
        for table, rows in table_rows(url).items()
        for row in rows
        if any(name in repr(row).casefold() for name in folded)
    ]


def test_person_export_gives_everything_about_them_across_sources(
    cli: Cli, people: list[str]
) -> None:
    result = cli("person", "export", "@Nienke_V", "Nienke Visser", *people)
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    written = document["written_by_them"]
    # The post seen in both sources is one mention (whichever source stored it first), the
    # other sighting kept with it.
    assert len(written) == 2 and {m["author"] for m in written} <= {"nienke_v", "Nienke Visser"}
    assert {written[0]["source"], written[0]["also_seen"][0]["source"]} == {"social", "mirror"}
    assert any("Nienke Visser belde" in (h["note"] or "") for h in written[1]["history"])
    # The team's corrections of what she wrote, with their notes, are hers to see too.
    (label,) = written[1]["labels"]
    assert label["by"] == "lisa" and label["urgency"] == "high"
    assert "NL91ABNA0417164300" in label["note"]
    assert written[0]["labels"] == []
    assert [m["author"] for m in document["mentioning_them"]] == ["dan_in_ams"]
    assert "zelfde als nienke_v" in document["mentioning_them"][0]["history"][0]["note"]
    assert [r["in_reply_to"] for r in document["brand_replies_to_them"]] == ["nienke_v-1"]
    nobody = cli("person", "export", "nobody_here", *people)
    assert nobody.exit_code == 2 and "nothing stored" in nobody.stderr


@pytest.mark.parametrize("erase", [False, True], ids=["pseudonymise", "erase"])
def test_forget_leaves_no_trace_of_them_in_any_table_or_any_format(
    cli: Cli, people: list[str], store_url: str, erase: bool
) -> None:
    db_path = store_url
    assert occurrences(db_path, NIENKE) and occurrences(db_path, CONTACT)
    result = cli("person", "forget", *NIENKE, *people, "--yes", *(["--erase"] if erase else []))
    assert result.exit_code == 0, result.output
    assert occurrences(db_path, NIENKE) == []
    assert occurrences(db_path, CONTACT) == []
    assert_consistent(db_path)
    # Not in the file's free pages or its write-ahead log either (where SQLite is not built
    # with secure_delete on by default, as Debian's is, only the store's own PRAGMA does it).
    # PostgreSQL's pages and WAL are the server's: they keep freed rows until reused (README).
    stored = Path(db_path)
    for file in [] if is_postgres(db_path) else stored.parent.glob(stored.name + "*"):
        raw = file.read_bytes().lower()
        assert not [n for n in NIENKE if n.lower().encode() in raw], file.name
    left = records(cli("mentions", *people, "-f", "jsonl"))
    by = {m["author"] for m in left}
    assert {"dan_in_ams", "piet"} <= by
    pseudonyms = by - {"dan_in_ams", "piet"}
    if erase:
        assert pseudonyms == set()
    else:
        (pseudonym,) = pseudonyms  # one person, one pseudonym, her two posts still hers
        assert sum(m["author"] == pseudonym for m in left) == 2
    (dan,) = [m for m in left if m["author"] == "dan_in_ams"]
    assert dan["text"].startswith("@person-") and "same here" in dan["text"]
    for fmt in FORMATS:
        for command in (["report"], ["mentions"], ["report", "--digest", "--since", "30d"]):
            shown = cli(*command, *people, "--format", fmt.value)
            assert shown.exit_code in (0, 1), shown.output
            assert not any(n.casefold() in shown.stdout.casefold() for n in NIENKE), (command, fmt)
    (log,) = table_rows(db_path)["privacy_log"]
    assert log[2] == ("erase" if erase else "forget")
    assert not any(n.casefold() in repr(log).casefold() for n in NIENKE)
    assert cli("person", "export", *NIENKE, *people).exit_code == 2
    again = cli("person", "forget", *NIENKE, *people, "--yes")
    assert again.exit_code == 2 and "nothing stored" in again.stderr


def test_forget_counts_every_note_and_row_it_touches_once(
    cli: Cli, people: list[str], store_url: str
) -> None:
    # Her mention's history holds two notes (an assign note naming her and her phone, a
    # label's note with her phone and IBAN): both are scrubbed, so the summary counts them,
    # beside the note on dan's reply that names her. Each row counts once, however many
    # passes (her contact details, her name) rewrote it.
    result = cli("person", "forget", *NIENKE, *people, "--yes")
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines()[0] == (
        "pseudonymise: 2 mention(s) by them (with 2 note(s)), 1 naming them, "
        "1 note(s) elsewhere quoting them"
    )
    changed = {
        line.split()[0]: int(line.split()[4]) for line in result.stdout.splitlines()[1:]
    }
    assert changed["actions"] == 3 and changed["labels"] == 1


def test_forget_without_a_terminal_needs_yes(cli: Cli, people: list[str], store_url: str) -> None:
    result = cli("person", "forget", "nienke_v", *people)
    assert result.exit_code == 2 and "--yes" in result.stderr
    assert occurrences(store_url, ("nienke_v",))


def test_purge_says_so_when_the_store_is_not_consistent(
    cli: Cli, aged: list[str], store_url: str
) -> None:
    # Another program (or an old bug) left a note on a mention that is not there.
    if is_postgres(store_url):  # its foreign keys are enforced: take one away first
        sql(store_url, "ALTER TABLE actions DROP CONSTRAINT actions_mention_id_fkey")
        sql(store_url, "INSERT INTO actions (mention_id, action, at) VALUES ('0000', 'ack', now())")
    else:
        with closing(sqlite3.connect(store_url)) as db:
            db.execute("PRAGMA foreign_keys = OFF")
            db.execute("INSERT INTO actions (mention_id, action, at) VALUES ('0000', 'ack', 'x')")
            db.commit()
    result = cli("purge", *aged)
    assert result.exit_code == 4
    assert "not consistent afterwards: actions: a row points at a missing mentions row" in (
        result.stderr
    )


def test_forget_rewrites_a_name_inside_a_stored_list_and_keeps_it_a_list(
    cli: Cli, people: list[str], store_url: str
) -> None:
    # An analysis reason quoting her (as a rule naming the author would): a JSON list
    # column (jsonb on PostgreSQL), found and rewritten like any text.
    sql(store_url, "UPDATE mentions SET urgency_reasons = ? WHERE author = 'piet'",
        ('["zelfde klacht als Nienke Visser", "wacht al dagen"]',))  # fmt: skip
    result = cli("person", "forget", *NIENKE, *people, "--yes")
    assert result.exit_code == 0, result.output
    assert occurrences(store_url, NIENKE) == []
    ((reasons,),) = sql(store_url, "SELECT urgency_reasons FROM mentions WHERE author = 'piet'")
    reasons = reasons if isinstance(reasons, list) else json.loads(reasons)
    assert reasons[1] == "wacht al dagen" and reasons[0].startswith("zelfde klacht als person-")


def test_purge_takes_old_posts_the_channel_owes_no_reply_and_keeps_old_open_ones(
    cli: Cli, make_config: MakeConfig, tmp_path: Path, store_url: str
) -> None:
    """A forum (reply `when-addressed`) post that does not speak to the brand is never on
    the floor and nobody will answer it: it is not "open", so it goes with its window, as
    the README's retention promises, instead of staying for ever. A negative post that
    addresses the brand is owed a reply and stays until answered. After a change of the
    SLA policy (its decision not yet kept again) it is kept rather than lost."""
    old = CUTOFF - timedelta(days=10)
    write_jsonl(tmp_path / "forum.jsonl", [
        mention("not_addressed", old, "Heeft iemand ervaring met Acme als leverancier?"),
        mention("addressed", old, "Acme, jullie klantenservice is slecht en traag."),
        mention("recent", NOW_UTC - timedelta(days=1), "Iemand ervaring met Acme?"),
    ])  # fmt: skip
    source = {"name": "forum", "kind": "jsonl", "path": "forum.jsonl", "channel": "forum"}
    config = make_config(source)
    where = ["--config", str(config), "--db", store_url, "--now", NOW]
    assert cli("poll", *where).exit_code == 0
    listed = records(cli("mentions", *where, "--since", "all", "-f", "jsonl"))
    owed = {row["author"]: row["sla"]["needs_reply"] for row in listed}
    assert owed == {"not_addressed": False, "addressed": True, "recent": False}

    # Under a changed policy (another forum target) nothing is kept decided: kept.
    changed = make_config(source, sla={"forum": "9h"}).rename(tmp_path / "changed.toml")
    kept = cli("purge", "--config", str(changed), "--db", store_url, "--now", NOW)
    assert kept.exit_code == 0, kept.output
    make_config(source)
    assert authors(cli, where) == {"not_addressed", "addressed", "recent"}

    purged = cli("purge", *where)
    assert purged.exit_code == 0, purged.output
    assert authors(cli, where) == {"addressed", "recent"}
    assert_consistent(store_url)
