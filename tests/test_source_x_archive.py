"""`x-archive`: the brand's own X archive answers mentions found by other sources."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from conftest import NOW
from test_sources import DATA, jsonl_records, parse, spec_for
from typer.testing import Result

from webcare import config
from webcare.errors import ConfigError, SourceError
from webcare.model import Problem, Reply


@pytest.fixture
def db_path(store_url: str) -> str:
    """This file's stores, on every backend: a SQLite file or a PostgreSQL database."""
    return store_url


ARCHIVE = DATA / "x-archive" / "tweets.js"
SPEC = spec_for(DATA / "x-archive" / "inline.js")


def _tweet(id_str: str, created_at: str, **more: Any) -> dict[str, Any]:
    return {"id_str": id_str, "created_at": created_at, "full_text": "@klant Graag gedaan!", **more}


def test_archive_replies_answer_the_customers_tweets_but_a_thread_of_its_own_does_not(
    cli: Callable[..., Result], db_path: str, tmp_path: Path
) -> None:
    customers = tmp_path / "mentions.jsonl"
    customers.write_text(
        "\n".join(
            json.dumps(record)
            for record in (
                {  # answered in the archive at 11:52:10
                    "id": "1992410000000000106",
                    "author": "megob",
                    "text": "Dear @BolderkarNL, where is my BK-3?",
                    "created_at": "2026-11-22T11:14:50Z",
                },
                {  # a question under the brand's announcement, before its self-reply at 10:31:12
                    "id": "1992410000000000400",
                    "author": "jorien",
                    "text": "Geldt dit ook voor de fietskar van Bolderkar?",
                    "created_at": "2026-11-22T10:30:40Z",
                    "in_reply_to": "1992420000000000300",
                },
            )
        ),
        encoding="utf-8",
    )
    # Tweets collected into a JSON lines file keep their tweet ids: the same space as X's.
    cli("import", customers, "--kind", "jsonl", "--id-space", "x", "--db", db_path, "--now", NOW)
    result = cli("import", ARCHIVE, "--kind", "x-archive", "--db", db_path, "--now", NOW)
    assert result.exit_code == 0, result.stderr

    listed = jsonl_records(cli("mentions", "--format", "jsonl", "--db", db_path, "--now", NOW))
    assert {r["author"]: r["responded_at"] for r in listed} == {
        "megob": "2026-11-22T11:52:10Z",
        "jorien": None,
    }


def test_without_a_handle_replies_are_by_brand_and_older_archives_list_bare_tweets() -> None:
    raw = (
        "window.YTD.tweet.part0 = "
        + json.dumps(
            [
                _tweet("21", "Mon Nov 23 07:10:00 +0000 2026", in_reply_to_status_id_str="20"),
                _tweet("22", "Mon Nov 23 07:20:00 +0000 2026"),  # answers nothing
            ]
        )
    ).encode()
    [reply] = parse(raw, SPEC)
    assert isinstance(reply, Reply)
    assert (reply.native_id, reply.in_reply_to, reply.author) == ("21", "20", "brand")


def test_a_bare_json_list_is_read_too() -> None:
    raw = json.dumps(
        [{"tweet": _tweet("31", "Mon Nov 23 07:10:00 +0000 2026", in_reply_to_status_id_str="30")}]
    ).encode()
    assert [item.in_reply_to for item in parse(raw, SPEC)] == ["30"]  # type: ignore[union-attr]


def test_a_reply_with_an_unreadable_date_is_reported_and_the_others_read() -> None:
    raw = (
        "window.YTD.tweets.part0 = "
        + json.dumps(
            [
                {"tweet": _tweet("41", "gisteren", in_reply_to_status_id_str="40")},
                {
                    "tweet": _tweet(
                        "43", "Mon Nov 23 07:10:00 +0000 2026", in_reply_to_status_id_str="42"
                    )
                },
            ]
        )
    ).encode()
    items = parse(raw, SPEC)
    assert [p.message.split(":")[0:2] for p in items if isinstance(p, Problem)] == [
        ["tweet 41", " created_at"]
    ]
    assert [r.native_id for r in items if isinstance(r, Reply)] == ["43"]


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (
            b"<!DOCTYPE html><html lang=nl><body>Log in</body></html>",
            "not an X archive tweets.js: expected `window.YTD.tweets.part0 = [...]`",
        ),
        (
            b'window.YTD.account.part0 = {"account": {}}',
            "not an X archive tweets.js: expected a list of tweets after `=`",
        ),
        (
            b'window.YTD.tweets.part0 = [ {"tweet" : {"id_str" : "1"',
            "not valid X archive tweets.js",
        ),
    ],
    ids=["html", "account-js", "truncated"],
)
def test_a_file_that_is_not_the_tweets_archive_is_a_source_error(body: bytes, reason: str) -> None:
    with pytest.raises(SourceError, match=re.escape(reason)):
        parse(body, SPEC)


def test_a_handle_that_is_no_screen_name_is_a_config_error() -> None:
    table = {"name": "archive", "kind": "x-archive", "path": "tweets.js", "handle": "Bolderkar NL"}
    with pytest.raises(ConfigError) as caught:
        config.parse({"sources": [table]})
    assert caught.value.key == "sources[0] (archive).handle"
