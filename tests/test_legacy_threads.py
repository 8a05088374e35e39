"""A store from before id spaces (schema 15) keeps a follow-up that came before its post
in the post's conversation once the post comes, through the real CLI, on both backends.

Before migration 16 a conversation waiting for its first post was named after the post's
bare native id ("1"); the post, stored after the upgrade, starts "source:forum:1" and
never took the follow-up in, so the brand's reply to the post left the follow-up open
(and it was shown in no conversation with it). Migration 18 renames such rows into their
source's own space, where the post looks.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from storesql import is_postgres, sql
from typer.testing import Result

NOW = "2026-11-23T09:00:00+01:00"


def _jsonl(path: Path, *records: dict[str, Any]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def _as_before_id_spaces(url: str) -> None:
    """The store as webcare before migration 16 left it: conversations named after bare
    native ids, no id spaces, schema 15."""
    sql(url, "UPDATE mentions SET thread_id = COALESCE(in_reply_to, native_id)")
    for table in ("mentions", "replies", "also_seen"):
        sql(url, f"ALTER TABLE {table} DROP COLUMN id_space")
    sql(url, "ALTER TABLE fetch_state DROP COLUMN first_polled_at")  # migration 17's
    for index in ("mentions_channel", "mentions_source"):  # migration 19's
        sql(url, f"DROP INDEX {index}")
    sql(url, "ALTER TABLE mentions DROP COLUMN key_terms")  # migration 20's
    if not is_postgres(url):  # PostgreSQL counts the spike without that index
        sql(url, "DROP INDEX mentions_subject_times")
    if is_postgres(url):
        sql(url, "DELETE FROM webcare_schema WHERE version > 15")
    else:
        sql(url, "PRAGMA user_version = 15")


def test_a_follow_up_stored_before_its_post_in_an_old_store_joins_the_posts_conversation(
    tmp_path: Path, store_url: str, cli: Callable[..., Result], make_config: Callable[..., Path]
) -> None:
    where = ["--config", make_config(), "--db", store_url, "--now", NOW]
    forum = ["--kind", "jsonl", "--source", "forum"]
    follow_up = _jsonl(tmp_path / "follow.jsonl", {
        "id": "2", "author": "kim", "text": "Acme nog steeds geen stroom, hallo??",
        "created_at": "2026-11-23T07:30:00Z", "in_reply_to": "1"})  # fmt: skip
    assert cli("import", follow_up, *forum, *where).exit_code == 0
    other = _jsonl(tmp_path / "other.jsonl", {  # a conversation whose post is stored: kept
        "id": "7", "author": "eva", "text": "Acme factuur klopt niet",
        "created_at": "2026-11-23T07:05:00Z"}, {
        "id": "8", "author": "eva", "text": "Acme hallo?", "created_at": "2026-11-23T07:35:00Z",
        "in_reply_to": "7"})  # fmt: skip
    assert cli("import", other, *forum, *where).exit_code == 0
    _as_before_id_spaces(store_url)

    post = _jsonl(tmp_path / "post.jsonl", {
        "id": "1", "author": "kim", "text": "Acme mijn stroom is uitgevallen",
        "created_at": "2026-11-23T07:00:00Z"})  # fmt: skip
    assert cli("import", post, *forum, *where).exit_code == 0  # upgrades the store first
    reply = _jsonl(tmp_path / "reply.jsonl", {
        "id": "9", "author": "acme_nl", "text": "@kim Sorry! We kijken ernaar",
        "created_at": "2026-11-23T07:45:00Z", "in_reply_to": "1"}, {
        "id": "10", "author": "acme_nl", "text": "@eva We kijken ernaar",
        "created_at": "2026-11-23T07:50:00Z", "in_reply_to": "8"})  # fmt: skip
    answered = cli("import", reply, *forum, *where)
    assert answered.exit_code == 0, answered.output
    assert "4 answered by a brand reply" in answered.stderr  # kim's two and eva's two

    listed = cli("mentions", "-f", "jsonl", *where).stdout.splitlines()
    rows = {json.loads(line)["text"]: json.loads(line) for line in listed}
    assert rows["Acme nog steeds geen stroom, hallo??"]["responded_at"] == "2026-11-23T07:45:00Z"
    assert rows["Acme mijn stroom is uitgevallen"]["responded_at"] == "2026-11-23T07:45:00Z"
    assert rows["Acme hallo?"]["responded_at"] == "2026-11-23T07:50:00Z"
    threads = dict(sql(store_url, "SELECT native_id, thread_id FROM mentions"))
    assert threads["2"] == threads["1"] == "source:forum:1"
    assert threads["8"] == threads["7"] == "7"  # a conversation with its post keeps its name
    floor = cli("report", "-f", "jsonl", *where).stdout
    assert "kim" not in floor and "eva" not in floor
