"""Native ids are unique only within an id space: row 1 of one export is not row 1 of another.

A brand reply answers, and a follow-up joins the conversation of, a post of its own id
space only: the X kinds share "x" (a tweet is one tweet whichever X source found it), a
source names a space with `id_space` (two exports of one forum), and every other source's
ids are its own. End to end through `webcare poll`/`import` on both store backends.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path
from typing import Any

from conftest import NOW
from typer.testing import Result

ASKED = "2026-11-23T07:00:00Z"  # 08:00 in Amsterdam, an hour before NOW
REPLIED = "2026-11-23T07:20:00Z"


def _jsonl(path: Path, *records: dict[str, Any]) -> Path:
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    return path


def _survey(tmp_path: Path) -> Path:
    """A survey export numbering its rows 1, 2, ...: one customer still waits."""
    return _jsonl(
        tmp_path / "survey.jsonl",
        {"id": "1", "author": "klant1", "text": "Acme, mijn pakket is kwijt!",
         "created_at": ASKED},
    )  # fmt: skip


def _tweets(tmp_path: Path) -> Path:
    """A Twitter export numbering its rows 1, 2, ... too: the brand answered its row 1."""
    return _jsonl(
        tmp_path / "tweets.jsonl",
        {"id": "1", "author": "megob", "text": "Acme waar blijft mijn bestelling?",
         "created_at": ASKED},
        {"id": "2", "author": "acme_nl", "text": "@megob Sorry! Stuur je ons een DM?",
         "created_at": REPLIED, "in_reply_to": "1"},
    )  # fmt: skip


def _brand_reply(path: Path, *, to: str) -> Path:
    """An export holding only the brand's answer to its customer's row 1."""
    return _jsonl(
        path,
        {"id": "9", "author": "acme_nl", "text": f"@{to} Sorry! Stuur je ons een DM?",
         "created_at": REPLIED, "in_reply_to": "1"},
    )  # fmt: skip


def _responded(cli: Callable[..., Result], store_url: str) -> dict[str, str | None]:
    listed = cli("mentions", "--format", "jsonl", "--db", store_url, "--now", NOW)
    assert listed.exit_code == 0, listed.stderr
    records = [json.loads(line) for line in listed.stdout.splitlines()]
    return {r["author"]: r["responded_at"] for r in records}


def _floor(cli: Callable[..., Result], store_url: str) -> list[str]:
    report = cli("report", "--format", "jsonl", "--db", store_url, "--now", NOW)
    assert report.exit_code == 0, report.stderr
    return [json.loads(line)["author"] for line in report.stdout.splitlines()]


def test_a_reply_to_row_1_of_one_export_leaves_row_1_of_another_on_the_floor(
    cli: Callable[..., Result],
    make_config: Callable[..., Path],
    store_url: str,
    tmp_path: Path,
) -> None:
    cfg = make_config(
        {"name": "survey", "kind": "jsonl", "path": str(_survey(tmp_path)), "channel": "social"},
        {"name": "tweets", "kind": "jsonl", "path": str(_tweets(tmp_path)), "channel": "social"},
    )
    polled = cli("poll", "--config", cfg, "--db", store_url, "--now", NOW)
    assert polled.exit_code == 0, polled.stderr

    assert _responded(cli, store_url) == {"megob": REPLIED, "klant1": None}
    assert _floor(cli, store_url) == ["klant1"]  # the survey's customer still waits


def test_sources_naming_one_id_space_answer_each_others_posts(
    cli: Callable[..., Result],
    make_config: Callable[..., Path],
    store_url: str,
    tmp_path: Path,
) -> None:
    # The forum's posts and the brand's answers on it, exported apart: one id space.
    posts = _jsonl(
        tmp_path / "posts.jsonl",
        {"id": "1", "author": "megob", "text": "Acme waar blijft mijn bestelling?",
         "created_at": ASKED},
    )  # fmt: skip
    answers = _brand_reply(tmp_path / "answers.jsonl", to="megob")
    cfg = make_config(
        {"name": "posts", "kind": "jsonl", "path": str(posts), "id_space": "forum"},
        {"name": "answers", "kind": "jsonl", "path": str(answers), "id_space": "forum"},
    )
    assert cli("poll", "--config", cfg, "--db", store_url, "--now", NOW).exit_code == 0

    assert _responded(cli, store_url) == {"megob": REPLIED}


def test_import_joins_an_id_space_on_request_and_keeps_its_own_by_default(
    cli: Callable[..., Result],
    make_config: Callable[..., Path],
    store_url: str,
    tmp_path: Path,
) -> None:
    replies = _brand_reply(tmp_path / "replies.jsonl", to="klant1")
    common = ("--kind", "jsonl", "--config", make_config(), "--db", store_url, "--now", NOW)
    survey = _survey(tmp_path)
    assert cli("import", survey, "--id-space", "survey-site", *common).exit_code == 0

    assert cli("import", replies, *common).exit_code == 0
    assert _responded(cli, store_url) == {"klant1": None}  # another file's row 1

    assert cli("import", replies, "--source", "site-replies", "--id-space", "survey-site",
               *common).exit_code == 0  # fmt: skip
    assert _responded(cli, store_url) == {"klant1": REPLIED}


def test_an_empty_id_space_is_a_config_error_naming_the_key(
    cli: Callable[..., Result], make_config: Callable[..., Path], tmp_path: Path
) -> None:
    cfg = make_config(
        {"name": "survey", "kind": "jsonl", "path": str(_survey(tmp_path)), "id_space": " "}
    )
    result = cli("check", "--config", cfg)
    assert result.exit_code == 2
    assert "id_space" in result.stderr and "survey" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_rows_stored_before_id_spaces_were_kept_are_still_answered(
    cli: Callable[..., Result], make_config: Callable[..., Path], db_path: Path, tmp_path: Path
) -> None:
    """A store from before migration 16: its rows have no id space and their conversations
    are named after the bare native id. A reply that comes after the upgrade still answers
    them, as it did before."""
    common = ("--kind", "jsonl", "--config", make_config(), "--db", db_path, "--now", NOW)
    assert cli("import", _survey(tmp_path), *common).exit_code == 0
    with closing(sqlite3.connect(db_path, isolation_level=None)) as db:  # as webcare left it
        db.execute("BEGIN")
        db.execute("UPDATE mentions SET thread_id = native_id")
        for table in ("mentions", "replies", "also_seen"):
            db.execute(f"ALTER TABLE {table} DROP COLUMN id_space")
        db.execute("ALTER TABLE fetch_state DROP COLUMN first_polled_at")  # migration 17's
        for index in ("mentions_channel", "mentions_source"):  # migration 19's
            db.execute(f"DROP INDEX {index}")
        db.execute("DROP INDEX mentions_subject_times")  # migration 20's
        db.execute("ALTER TABLE mentions DROP COLUMN key_terms")
        db.execute("PRAGMA user_version = 15")
        db.execute("COMMIT")
    replies = _brand_reply(tmp_path / "replies.jsonl", to="klant1")
    assert cli("import", replies, *common).exit_code == 0

    assert _responded(cli, str(db_path)) == {"klant1": REPLIED}


def test_a_persons_export_and_erasure_take_only_the_replies_to_their_own_posts(
    cli: Callable[..., Result],
    make_config: Callable[..., Path],
    store_url: str,
    tmp_path: Path,
) -> None:
    cfg = make_config(
        {"name": "survey", "kind": "jsonl", "path": str(_survey(tmp_path))},
        {"name": "tweets", "kind": "jsonl", "path": str(_tweets(tmp_path))},
    )
    assert cli("poll", "--config", cfg, "--db", store_url, "--now", NOW).exit_code == 0

    def replies_to(person: str) -> list[str]:
        exported = cli("person", "export", person, "--db", store_url, "--now", NOW)
        assert exported.exit_code == 0, exported.stderr
        return [r["author"] for r in json.loads(exported.stdout)["brand_replies_to_them"]]

    assert replies_to("klant1") == []  # the reply was to the other export's row 1
    assert replies_to("megob") == ["acme_nl"]
    erased = cli("person", "forget", "klant1", "--erase", "--yes", "--db", store_url,
                 "--now", NOW)  # fmt: skip
    assert erased.exit_code == 0, erased.stderr
    assert replies_to("megob") == ["acme_nl"]  # not erased with klant1's post


def test_check_says_which_id_space_a_source_shares(
    cli: Callable[..., Result], make_config: Callable[..., Path], tmp_path: Path
) -> None:
    cfg = make_config(
        {"name": "survey", "kind": "jsonl", "path": str(_survey(tmp_path))},
        {"name": "posts", "kind": "jsonl", "path": str(_tweets(tmp_path)), "id_space": "forum"},
        {"name": "archive", "kind": "x-archive", "path": str(tmp_path / "tweets.js")},
    )
    lines = cli("check", "--config", cfg).stdout.splitlines()
    assert [line for line in lines if "id space" in line] == [
        f"  posts: jsonl, social, id space forum, {tmp_path / 'tweets.jsonl'}",
        f"  archive: x-archive, social, id space x, {tmp_path / 'tweets.js'}",
    ]
