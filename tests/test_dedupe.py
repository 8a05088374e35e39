"""One post seen through two sources is one mention, with "also seen at"."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from conftest import NOW
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import Result

from webcare.dedupe import PostKeys, SamePost, StoredPost, canonical_url, same_post, text_key
from webcare.model import Channel, Mention

Cli = Callable[..., Result]
MakeConfig = Callable[..., Path]

COMPLAINT = (
    "Al drie weken wacht ik op de terugbetaling van mijn geretourneerde Acme bakfiets, "
    "niemand reageert op mijn mails en de chat verbreekt steeds de verbinding."
)


@pytest.mark.parametrize(
    ("url", "key"),
    [
        ("https://www.trustpilot.com/reviews/6560abc", "trustpilot.com/reviews/6560abc"),
        (
            "http://trustpilot.com/reviews/6560abc/?utm_source=alert&utm_medium=email",
            "trustpilot.com/reviews/6560abc",
        ),
        ("https://forum.example/t/acme#post-12", "forum.example/t/acme#post-12"),
        ("https://forum.example/t/acme#:~:text=kapot", "forum.example/t/acme"),
        (
            "https://m.facebook.com/acme/posts/1?fbclid=XYZ&b=2&a=1",
            "facebook.com/acme/posts/1?a=1&b=2",
        ),
        ("https://forum.example/t/acme?page=2", "forum.example/t/acme?page=2"),
        ("https://nieuws.example/", None),  # a home page is no post
        ("not a url", None),
        (None, None),
    ],
)
def test_canonical_url_ignores_what_does_not_make_another_page(
    url: str | None, key: str | None
) -> None:
    assert canonical_url(url) == key


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(["Acme", "PAKKET", "bezorgd", "https://t.co/x?a=1", "http", "Ünïcödé",
                         "ﬁle", "İstanbul", "ß", "\t", "\n", "  ", ",", "é", "e\u0301", "😀",
                         "_", "12", "K"]),  # fmt: skip
        max_size=40,
    ).map(" ".join)
)
def test_text_key_is_the_digest_of_the_normalised_words(text: str) -> None:
    """Stored keys must keep matching: the key is still the digest of the words of the
    link-less text as `normalise_for_id` gives them, whatever shortcut computes it."""
    import hashlib
    import re

    from webcare.model import normalise_for_id

    words = re.findall(r"\w+", normalise_for_id(re.sub(r"https?://\S+", " ", text)))
    expected = (
        hashlib.blake2s(" ".join(words).encode(), digest_size=12).hexdigest()
        if len(words) >= 12
        else None
    )
    assert text_key(text) == expected


def test_text_key_ignores_case_accents_punctuation_and_links_but_not_words() -> None:
    same = text_key(COMPLAINT.upper().replace(",", "") + " https://t.co/abc")
    assert same is not None and same == text_key(COMPLAINT)
    assert text_key(COMPLAINT.replace("drie", "vier")) != text_key(COMPLAINT)
    assert text_key("Bedankt voor de snelle hulp, top service van Acme!") is None  # too short


# ---------------------------------------------------------------- the rule, without a store

AT = datetime(2026, 11, 23, 6, 0, tzinfo=UTC)
REVIEW = "https://www.trustpilot.com/reviews/6560abc"


def post(
    source: str = "alerts",
    *,
    text: str = COMPLAINT,
    url: str | None = None,
    author: str | None = "jdevries",
    at: datetime = AT,
    native: str = "n1",
) -> Mention:
    return Mention(
        id=f"{source}-{native}", source=source, channel=Channel.WEB, text=text, created_at=at,
        native_id=native, url=url, author=author,
    )  # fmt: skip


def stored(mention: Mention) -> StoredPost:
    return StoredPost(
        mention.id, mention.source, mention.text, mention.author, mention.created_at,
        PostKeys.of(mention),
    )  # fmt: skip


def match(new: Mention, *old: Mention) -> SamePost | None:
    return same_post(new, PostKeys.of(new), [stored(m) for m in old])


def test_the_same_review_url_with_agreeing_words_from_another_source_is_the_same_post() -> None:
    review = post("trustpilot", text="Acme bakfiets na twee weken kapot, geen reactie", url=REVIEW)
    alert = post(text="Acme bakfiets na twee weken kapot ...", url=REVIEW + "?utm_source=x")
    assert match(alert, review) == SamePost(review.id, "url")


def test_the_same_url_with_other_words_or_from_the_same_source_is_another_post() -> None:
    product = "https://shop.example/acme-bakfiets-cargo"
    one = post("shop", text="Acme bakfiets remmen piepen na een week", url=product)
    other = post(text="Prima fiets van Acme, snel geleverd en goed ingesteld", url=product)
    assert match(other, one) is None
    same_source = post("shop", text=one.text, url=product, native="n2")
    assert match(same_source, one) is None  # one source's two ids are two posts


def test_the_same_long_text_by_the_same_author_within_two_days_is_the_same_post() -> None:
    api = post("x-api", author="jdevries")
    assert match(post(author="@JDeVries", at=AT + timedelta(days=2)), api) == SamePost(
        api.id, "text"
    )
    assert match(post(author=None), api) == SamePost(api.id, "text")  # no author: no objection
    assert match(post(author="bram"), api) is None  # two customers pasting one complaint
    assert match(post(at=AT - timedelta(days=2, seconds=1)), api) is None


def test_a_short_text_never_matches_by_text() -> None:
    short = "Bedankt voor de snelle hulp, top service van Acme!"
    assert match(post(text=short), post("x-api", text=short)) is None


def test_the_oldest_stored_post_wins_and_a_url_match_goes_before_a_text_match() -> None:
    older = post("forum", at=AT - timedelta(hours=3), native="old")
    newer = post("social", at=AT - timedelta(hours=1), native="new")
    assert match(post(), newer, older) == SamePost(older.id, "text")
    by_url = post("reviews", url=REVIEW, at=AT, native="r")
    assert match(post(url=REVIEW), older, by_url) == SamePost(by_url.id, "url")


# ---------------------------------------------------------------- through the CLI


def write_jsonl(path: Path, *records: dict[str, Any]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def listed(cli: Cli, db: Path, *args: str) -> list[dict[str, Any]]:
    result = cli("mentions", "--format", "jsonl", "--db", db, "--now", NOW, *args)
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_a_review_seen_on_its_site_and_in_an_alert_feed_is_one_mention(
    make_config: MakeConfig, cli: Cli, store_url: str, tmp_path: Path
) -> None:
    reviews = write_jsonl(
        tmp_path / "reviews.jsonl",
        {
            "id": "r-1",
            "author": "Marloes",
            "text": "Acme bakfiets na twee weken kapot, geen reactie op mijn klacht",
            "created_at": "2026-11-23T06:00:00Z",
            "url": "https://www.trustpilot.com/reviews/6560abc",
        },
    )
    alerts = write_jsonl(
        tmp_path / "alerts.jsonl",
        {
            "id": "tag:google.com,2013:googlealerts/feed:1",
            "author": "trustpilot.com",
            "text": "Acme bakfiets na twee weken kapot ...",
            "created_at": "2026-11-23T06:30:00Z",
            "url": "https://trustpilot.com/reviews/6560abc?utm_source=alerts",
        },
    )
    config = make_config(
        {"name": "trustpilot", "kind": "jsonl", "path": str(reviews), "channel": "review"},
        {"name": "alerts", "kind": "jsonl", "path": str(alerts), "channel": "web"},
    )
    # The first source to store a post keeps it (its id is what people already saw);
    # later sightings join it.
    first = cli(
        "poll", "--source", "trustpilot", "--config", config, "--db", store_url, "--now", NOW
    )
    assert "trustpilot: 1 new, 0 already seen" in first.stderr
    second = cli("poll", "--config", config, "--db", store_url, "--now", NOW)
    assert second.exit_code == 0, second.stderr
    assert (
        "alerts: 0 new, 0 already seen, 1 also seen in another source (kept as one mention)"
        in second.stderr
    )

    [mention] = listed(cli, store_url)
    assert (mention["source"], mention["channel"]) == ("trustpilot", "review")
    assert mention["also_seen"] == [
        {"source": "alerts", "url": "https://trustpilot.com/reviews/6560abc?utm_source=alerts"}
    ]
    shown = cli("show", mention["id"], "--db", store_url, "--now", NOW)
    assert (
        "also seen:   alerts: https://trustpilot.com/reviews/6560abc?utm_source=alerts"
        in shown.stdout.splitlines()
    )
    table = cli("mentions", "--format", "csv", "--db", store_url, "--now", NOW)
    [row] = csv.DictReader(io.StringIO(table.stdout))
    assert row["also_seen"] == "alerts https://trustpilot.com/reviews/6560abc?utm_source=alerts"

    # The alert feed repeats the entry at the next poll: still one mention, nothing new.
    touched = alerts.read_text(encoding="utf-8")
    alerts.write_text(touched + "\n", encoding="utf-8")
    again = cli("poll", "--config", config, "--db", store_url, "--now", NOW)
    assert "alerts: 0 new, 1 already seen" in again.stderr
    assert len(listed(cli, store_url)) == 1


def test_a_brand_reply_to_the_other_sighting_answers_the_mention(
    make_config: MakeConfig, cli: Cli, store_url: str, tmp_path: Path
) -> None:
    api = write_jsonl(
        tmp_path / "api.jsonl",
        {
            "id": "9001",
            "author": "jdevries",
            "text": COMPLAINT,
            "created_at": "2026-11-23T06:00:00Z",
        },
    )
    export = write_jsonl(
        tmp_path / "export.jsonl",
        {
            "id": "x-9001",
            "author": "@jdevries",
            "text": COMPLAINT,
            "created_at": "2026-11-23T06:00:05Z",
        },
        {
            "id": "x-9002",
            "author": "acme_nl",
            "text": "Wat vervelend! We sturen je een DM.",
            "created_at": "2026-11-23T06:40:00Z",
            "in_reply_to": "x-9001",
        },
    )
    config = make_config(
        {"name": "x-api", "kind": "jsonl", "path": str(api)},
        {"name": "x-export", "kind": "jsonl", "path": str(export)},
    )
    cli("poll", "--source", "x-api", "--config", config, "--db", store_url, "--now", NOW)
    result = cli("poll", "--config", config, "--db", store_url, "--now", NOW)
    assert "x-export: 0 new, 0 already seen, 1 answered by a brand reply, 1 also seen" in (
        result.stderr
    )
    [mention] = listed(cli, store_url)
    assert mention["source"] == "x-api"
    assert mention["responded_at"] == "2026-11-23T06:40:00Z"
    assert mention["sla"]["status"] == "responded"


def test_two_reviews_linking_the_same_product_page_stay_two_mentions(
    make_config: MakeConfig, cli: Cli, store_url: str, tmp_path: Path
) -> None:
    product = "https://shop.example/acme-bakfiets-cargo"
    shop = write_jsonl(
        tmp_path / "shop.jsonl",
        {
            "id": "s1",
            "author": "anna",
            "text": "Acme bakfiets remmen piepen na een week",
            "created_at": "2026-11-23T06:00:00Z",
            "url": product,
        },
    )
    other = write_jsonl(
        tmp_path / "other.jsonl",
        {
            "id": "o1",
            "author": "bram",
            "text": "Prima fiets van Acme, snel geleverd en goed ingesteld",
            "created_at": "2026-11-23T06:30:00Z",
            "url": product,
        },
    )
    config = make_config(
        {"name": "shop", "kind": "jsonl", "path": str(shop), "channel": "review"},
        {"name": "vergelijker", "kind": "jsonl", "path": str(other), "channel": "review"},
    )
    cli("poll", "--config", config, "--db", store_url, "--now", NOW)
    assert sorted(m["author"] for m in listed(cli, store_url)) == ["anna", "bram"]


def test_two_customers_posting_the_same_long_text_stay_two_mentions(
    make_config: MakeConfig, cli: Cli, store_url: str, tmp_path: Path
) -> None:
    social = write_jsonl(
        tmp_path / "social.jsonl",
        {"id": "1", "author": "anna", "text": COMPLAINT, "created_at": "2026-11-23T06:00:00Z"},
        {"id": "2", "author": "bram", "text": COMPLAINT, "created_at": "2026-11-23T06:05:00Z"},
    )
    forum = write_jsonl(
        tmp_path / "forum.jsonl",
        {"id": "f1", "author": "chris", "text": COMPLAINT, "created_at": "2026-11-23T06:10:00Z"},
    )
    config = make_config(
        {"name": "social", "kind": "jsonl", "path": str(social)},
        {"name": "forum", "kind": "jsonl", "path": str(forum), "channel": "forum"},
    )
    cli("poll", "--config", config, "--db", store_url, "--now", NOW)
    assert sorted(m["author"] for m in listed(cli, store_url)) == ["anna", "bram", "chris"]
