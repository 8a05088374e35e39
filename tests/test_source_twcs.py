"""`twcs`: the Kaggle Customer Support on Twitter CSV, beyond its golden fixtures."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import NOW
from test_sources import DATA, jsonl_records, mentions_of, parse, spec_for
from typer.testing import Result

from webcare.errors import SourceError
from webcare.model import Problem, Reply


@pytest.fixture
def db_path(store_url: str) -> str:
    """This file's stores, on every backend: a SQLite file or a PostgreSQL database."""
    return store_url


HEADER = "tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id\n"
SPEC = spec_for(DATA / "twcs" / "inline.csv")


def test_dutch_excel_booleans_and_pandas_float_ids_are_read() -> None:
    raw = (
        HEADER + "12,410001,WAAR,Mon Nov 23 06:02:40 +0000 2026,@AcmeCare pakket kwijt,11,\n"
        "11,AcmeCare,ONWAAR,Mon Nov 23 06:30:12 +0000 2026,@410001 We zoeken het uit,,12.0\n"
    ).encode()
    items = parse(raw, SPEC)
    [mention] = mentions_of(items)
    [reply] = [item for item in items if isinstance(item, Reply)]
    assert mention.native_id == "12"
    assert (reply.native_id, reply.in_reply_to, reply.author) == ("11", "12", "AcmeCare")


def test_a_company_reply_to_an_earlier_row_follows_at_once_and_others_wait_for_their_tweet() -> (
    None
):
    raw = (
        HEADER + "2,AcmeCare,False,Mon Nov 23 06:10:00 +0000 2026,@1 Stuur ons een DM,,1\n"
        "1,410001,True,Mon Nov 23 06:00:00 +0000 2026,@AcmeCare waar is mijn pakket,2,\n"
        "3,410002,True,Mon Nov 23 06:20:00 +0000 2026,@AcmeCare app crasht,4,\n"
        "4,AcmeCare,False,Mon Nov 23 06:25:00 +0000 2026,@410002 Welke versie?,,3\n"
    ).encode()
    order = [
        (type(item).__name__, item.native_id)
        for item in parse(raw, SPEC)
        if not isinstance(item, Problem)
    ]
    assert order == [("Mention", "1"), ("Reply", "2"), ("Mention", "3"), ("Reply", "4")]


def test_brand_keywords_still_apply_and_only_the_brands_customers_are_stored(
    cli: Callable[..., Result],
    db_path: str,
    tmp_path: Path,
    make_config: Callable[..., Path],
) -> None:
    export = tmp_path / "twcs.csv"
    export.write_text(
        HEADER + "1,410001,True,Mon Nov 23 06:00:00 +0000 2026,@AcmeCare waar is mijn pakket,2,\n"
        "2,AcmeCare,False,Mon Nov 23 06:10:00 +0000 2026,@410001 Stuur ons een DM,,1\n"
        "3,410002,True,Mon Nov 23 06:20:00 +0000 2026,@SpotifyCares playlist weg,4,\n"
        "4,SpotifyCares,False,Mon Nov 23 06:25:00 +0000 2026,@410002 Which device?,,3\n",
        encoding="utf-8",
    )
    config = make_config()
    result = cli(
        "import", export, "--kind", "twcs", "--db", db_path, "--config", config, "--now", NOW
    )
    assert (
        "import-twcs: 1 new, 0 already seen, 1 answered by a brand reply, 1 not about the brand"
        in (result.stderr)
    )
    [stored] = jsonl_records(
        cli("mentions", "--format", "jsonl", "--db", db_path, "--config", config, "--now", NOW)
    )
    assert (stored["author"], stored["responded_at"]) == ("410001", "2026-11-23T06:10:00Z")


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (
            b"id,author,text,created_at\n1,Eva,Acme top,2026-11-22T10:00:00Z\n",
            "not a Customer Support on Twitter CSV: the header lacks tweet_id, author_id, inbound",
        ),
        (
            b"<html><body>Sign in to Kaggle</body></html>",
            "not a Customer Support on Twitter CSV",
        ),
    ],
    ids=["other-csv", "html-page"],
)
def test_a_file_that_is_not_twcs_is_a_source_error(body: bytes, reason: str) -> None:
    with pytest.raises(SourceError, match=reason):
        parse(body, SPEC)


def test_an_empty_file_holds_nothing() -> None:
    assert parse(b"", SPEC) == []
