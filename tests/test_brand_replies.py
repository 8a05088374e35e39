"""A brand account's reply marks the customer post it answers responded, for every social kind.

The formats of `mastodon`, `bluesky`, `reddit`, `hackernews` and `x-api` carry posts by the
brand's own account like anyone else's. A post by one of `brand.handles` that answers a
customer post (its parent, in the kind's own field) is not a mention: it marks the customer
mention responded at the reply's time. End to end through `webcare poll` on a file source.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from conftest import NOW
from typer.testing import Result

from webcare.timeparse import iso_utc

BRAND: dict[str, object] = {
    "name": "Acme",
    "keywords": ["acme"],
    "handles": ["acme_nl", "acme.nl"],
    "timezone": "Europe/Amsterdam",
}
ASKED = datetime(2026, 11, 23, 7, 0, tzinfo=UTC)  # 08:00 in Amsterdam, an hour before NOW
REPLIED = ASKED + timedelta(minutes=40)
QUESTION = "Mijn bestelling bij Acme is nog steeds niet binnen, iemand een idee?"
ANSWER = "Wat vervelend! Stuur je ons je ordernummer via DM? Dan zoeken we het meteen uit."


def _z(at: datetime) -> str:
    return at.strftime("%Y-%m-%dT%H:%M:%S.000Z")


def _json(document: Any) -> bytes:
    return json.dumps(document, ensure_ascii=False).encode("utf-8")


def mastodon() -> tuple[bytes, str, datetime]:
    """A timeline: a list of Status entities; the parent is `in_reply_to_id`."""

    def status(
        native: str, acct: str, at: datetime, text: str, parent: str | None
    ) -> dict[str, Any]:
        return {
            "id": native,
            "created_at": _z(at),
            "in_reply_to_id": parent,
            "url": f"https://mastodon.social/@{acct}/{native}",
            "content": f"<p>{text}</p>",
            "spoiler_text": "",
            "account": {"id": f"acc-{acct}", "acct": acct, "followers_count": 10},
            "reblog": None,
        }

    statuses = [
        status("113500000000000002", "acme_nl", REPLIED, ANSWER, "113500000000000001"),
        status("113500000000000001", "klant_sanne", ASKED, QUESTION, None),
    ]
    return _json(statuses), "json", REPLIED


def bluesky() -> tuple[bytes, str, datetime]:
    """searchPosts' {"posts": [...]}; the parent is `record.reply.parent.uri`."""
    question_uri = "at://did:plc:klantsanne0000000000000/app.bsky.feed.post/3mbqaaaaaaa2a"
    answer_uri = "at://did:plc:acmenl000000000000000000/app.bsky.feed.post/3mbqbbbbbbb2b"

    def post(uri: str, did: str, handle: str, at: datetime, record: dict[str, Any]) -> dict:
        return {
            "uri": uri,
            "cid": "bafyrei" + uri[-13:],
            "author": {"did": did, "handle": handle, "displayName": ""},
            "record": {"$type": "app.bsky.feed.post", "createdAt": _z(at), **record},
            "indexedAt": _z(at),
        }

    posts = [
        post(
            answer_uri,
            "did:plc:acmenl000000000000000000",
            "acme.nl",
            REPLIED,
            {
                "text": ANSWER,
                "reply": {
                    "root": {"uri": question_uri, "cid": "bafyreiroot"},
                    "parent": {"uri": question_uri, "cid": "bafyreiroot"},
                },
            },
        ),
        post(
            question_uri,
            "did:plc:klantsanne0000000000000",
            "klantsanne.bsky.social",
            ASKED,
            {"text": QUESTION},
        ),
    ]
    return _json({"posts": posts}), "json", REPLIED


def reddit() -> tuple[bytes, str, datetime]:
    """A thread: [post listing, comments listing]; the parent is the comment's `parent_id`."""

    def listing(*children: dict[str, Any]) -> dict[str, Any]:
        return {"kind": "Listing", "data": {"after": None, "children": list(children)}}

    permalink = "/r/thenetherlands/comments/1h3acme/acme_bestelling/"
    question = {
        "kind": "t3",
        "data": {
            "id": "1h3acme",
            "name": "t3_1h3acme",
            "title": "Acme bestelling",
            "selftext": QUESTION,
            "author": "klant_sanne",
            "permalink": permalink,
            "created_utc": ASKED.timestamp(),
        },
    }
    answer = {
        "kind": "t1",
        "data": {
            "id": "lzqacme",
            "name": "t1_lzqacme",
            "parent_id": "t3_1h3acme",
            "link_id": "t3_1h3acme",
            "body": ANSWER,
            "author": "acme_nl",
            "permalink": permalink + "lzqacme/",
            "created_utc": REPLIED.timestamp(),
            "replies": "",
        },
    }
    return _json([listing(question), listing(answer)]), "json", REPLIED


def hackernews() -> tuple[bytes, str, datetime]:
    """An Algolia search page: a comment hit's parent is `parent_id`."""
    hits = [
        {
            "_tags": ["comment", "author_acme_nl", "story_46020001"],
            "author": "acme_nl",
            "comment_text": ANSWER,
            "created_at": _z(REPLIED),
            "created_at_i": int(REPLIED.timestamp()),
            "objectID": "46020002",
            "parent_id": 46020001,
            "story_id": 46020001,
        },
        {
            "_tags": ["story", "author_klant_sanne", "story_46020001"],
            "author": "klant_sanne",
            "title": "Ask HN: Acme order never arrived",
            "story_text": QUESTION,
            "url": None,
            "created_at": _z(ASKED),
            "created_at_i": int(ASKED.timestamp()),
            "objectID": "46020001",
            "story_id": 46020001,
        },
    ]
    return _json({"hits": hits, "page": 0, "nbPages": 1, "hitsPerPage": 20}), "json", REPLIED


def x_api() -> tuple[bytes, str, datetime]:
    """A recent search: the author is `includes.users` by `author_id`, the parent the
    `replied_to` entry of `referenced_tweets`."""
    document = {
        "data": [
            {
                "id": "1992500000000000002",
                "author_id": "1200000000000000042",
                "conversation_id": "1992500000000000001",
                "created_at": _z(REPLIED),
                "referenced_tweets": [{"type": "replied_to", "id": "1992500000000000001"}],
                "text": f"@klant_sanne {ANSWER}",
            },
            {
                "id": "1992500000000000001",
                "author_id": "1480000000000000001",
                "conversation_id": "1992500000000000001",
                "created_at": _z(ASKED),
                "text": QUESTION,
            },
        ],
        "includes": {
            "users": [
                {
                    "id": "1200000000000000042",
                    "username": "acme_nl",
                    "public_metrics": {"followers_count": 5000},
                },
                {
                    "id": "1480000000000000001",
                    "username": "klant_sanne",
                    "public_metrics": {"followers_count": 80},
                },
            ]
        },
        "meta": {"result_count": 2},
    }
    return _json(document), "json", REPLIED


BUILDERS: dict[str, Callable[[], tuple[bytes, str, datetime]]] = {
    "mastodon": mastodon,
    "bluesky": bluesky,
    "reddit": reddit,
    "hackernews": hackernews,
    "x-api": x_api,
}


@pytest.mark.parametrize("kind", list(BUILDERS))
def test_brand_reply_in_the_feed_marks_the_customer_post_responded(
    kind: str,
    tmp_path: Path,
    cli: Callable[..., Result],
    store_url: str,
    make_config: Callable[..., Path],
) -> None:
    raw, suffix, replied_at = BUILDERS[kind]()
    feed = tmp_path / f"{kind}.{suffix}"
    feed.write_bytes(raw)
    cfg = make_config({"name": kind, "kind": kind, "path": str(feed)}, brand=BRAND)

    polled = cli("poll", "--config", cfg, "--db", store_url, "--now", NOW)
    assert polled.exit_code == 0, polled.stderr
    assert "1 answered by a brand reply" in polled.stderr, polled.stderr

    listed = cli("mentions", "--format", "jsonl", "--db", store_url, "--now", NOW)
    assert listed.exit_code == 0, listed.stderr
    records = [json.loads(line) for line in listed.stdout.splitlines() if line]
    assert len(records) == 1, records  # the customer's post; the brand's reply is no mention
    (record,) = records
    assert record["author"] != "acme_nl" and record["author"] != "acme.nl"
    assert record["created_at"] == iso_utc(ASKED)
    assert record["responded_at"] == iso_utc(replied_at)
    assert record["responded_at"].endswith("Z")
    assert record["sla"]["status"] == "responded"
