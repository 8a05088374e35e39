"""`mastodon`: API statuses in their envelopes, boosts, content warnings, RSS, paging by max_id."""

from __future__ import annotations

import json
from typing import Any

import pytest
from test_sources import DATA, mentions_of, parse, spec_for

from webcare import config, sources
from webcare.errors import ConfigError, SourceError
from webcare.timeparse import iso_utc

SPEC = spec_for(DATA / "mastodon" / "inline.json")
KIND = sources.get("mastodon")
TIMELINE = "https://mastodon.nl/api/v1/timelines/tag/bolderkar?limit=40"


def _status(n: int, text: str, **fields: Any) -> dict[str, Any]:
    return {
        "id": str(117659000000000000 + n),
        "created_at": "2026-11-22T09:00:00.000Z",
        "in_reply_to_id": None,
        "spoiler_text": "",
        "uri": f"https://mastodon.nl/users/klant{n}/statuses/{n}",
        "url": f"https://mastodon.nl/@klant{n}/{n}",
        "content": f"<p>{text}</p>",
        "reblog": None,
        "account": {"id": str(n), "acct": f"klant{n}", "followers_count": 10 * n},
        **fields,
    }


def _source(**keys: Any) -> config.SourceSpec:
    return config.parse({"sources": [{"name": "m", "kind": "mastodon", **keys}]}).sources[0]


# ---------------------------------------------------------------- paging


def test_mastodon_next_page_is_older_than_the_last_status_of_the_page() -> None:
    page = [_status(3, "Acme"), _status(2, "Acme"), _status(1, "Acme")]
    assert KIND.next_page(json.dumps(page).encode(), TIMELINE, {}) == (
        f"{TIMELINE}&max_id=117659000000000001"
    )


def test_mastodon_next_page_replaces_max_id_and_pages_by_the_boost_not_the_boosted_post() -> None:
    boost = _status(5, "", reblog=_status(1, "Acme levert niet"))
    url = f"{TIMELINE}&max_id=117659000000000009"
    assert KIND.next_page(json.dumps([boost]).encode(), url, {}) == (
        f"{TIMELINE}&max_id=117659000000000005"
    )


def test_mastodon_search_results_page_too() -> None:
    found = {"accounts": [], "statuses": [_status(4, "Acme")], "hashtags": []}
    url = "https://mastodon.nl/api/v2/search?q=acme&type=statuses"
    assert KIND.next_page(json.dumps(found).encode(), url, {}) == f"{url}&max_id=117659000000000004"


@pytest.mark.usefixtures("feed_parser")
@pytest.mark.parametrize(
    "body",
    [
        b"[]",
        json.dumps(_status(1, "Acme")).encode(),
        json.dumps({"ancestors": [], "descendants": [_status(1, "Acme")]}).encode(),
        (DATA / "mastodon" / "tag-feed.xml").read_bytes(),
    ],
    ids=["empty-page", "one-status", "thread", "rss"],
)
def test_mastodon_last_page_single_status_thread_and_rss_have_no_next_page(body: bytes) -> None:
    assert KIND.next_page(body, TIMELINE, {}) is None


# ---------------------------------------------------------------- options


def test_mastodon_url_is_the_tag_timeline_of_the_instance() -> None:
    assert _source(instance="mastodon.nl", tag="#Bolderkar").url == (
        "https://mastodon.nl/api/v1/timelines/tag/Bolderkar?limit=40"
    )


def test_mastodon_token_is_sent_as_bearer_from_the_environment() -> None:
    spec = _source(instance="mastodon.nl", tag="acme", access_token="${MASTODON_TOKEN}")
    assert KIND.request_headers(spec.options) == {"Authorization": "Bearer ${MASTODON_TOKEN}"}
    assert KIND.request_headers(_source(instance="mastodon.nl", tag="acme").options) == {}


@pytest.mark.parametrize(
    ("keys", "key", "message"),
    [
        ({"tag": "acme"}, "instance", "needed with `tag`"),
        ({"instance": "https://mastodon.nl/", "tag": "acme"}, "instance", "not a host name"),
        ({"instance": "mastodon.nl", "tag": "acme nl"}, "tag", "not a hashtag"),
        (
            {"instance": "mastodon.nl", "tag": "acme", "access_token": "abc123secret"},
            "access_token",
            "environment reference",
        ),
    ],
    ids=["tag-without-instance", "instance-url", "tag-space", "literal-token"],
)
def test_mastodon_bad_option_names_its_key(keys: dict[str, str], key: str, message: str) -> None:
    with pytest.raises(ConfigError, match=message) as caught:
        _source(**keys)
    assert caught.value.key == f"sources[0] (m).{key}"
    assert "abc123secret" not in str(caught.value)


# ---------------------------------------------------------------- format


def test_mastodon_single_status_reads_like_a_timeline_of_one() -> None:
    status = _status(
        7,
        '&quot;Acme&quot; zegt: <a href="https://acme.example/x/y"><span class="invisible">'
        'https://</span><span class="ellipsis">acme.example/x</span><span class="invisible">'
        "/y</span></a>",
        created_at="2026-11-22T09:00:00.901Z",
        url=None,
    )
    [mention] = parse(json.dumps(status).encode(), SPEC)
    assert (mention.text, mention.url, mention.author, mention.author_reach) == (
        '"Acme" zegt: https://acme.example/x/y',
        "https://mastodon.nl/users/klant7/statuses/7",  # no `url`: the `uri`
        "klant7",
        70,
    )
    assert iso_utc(mention.created_at) == "2026-11-22T09:00:00Z"


def test_mastodon_thread_context_links_replies_to_their_parents() -> None:
    root = _status(1, "Acme, waar blijft mijn bestelling?")
    answer = _status(2, "@klant1 We kijken ernaar!", in_reply_to_id=root["id"])
    thanks = _status(3, "@acme_nl dank!", in_reply_to_id=answer["id"])
    context = {"ancestors": [root], "descendants": [answer, thanks]}
    mentions = mentions_of(parse(json.dumps(context).encode(), SPEC))
    assert [(m.native_id, m.in_reply_to) for m in mentions] == [
        (root["id"], None),
        (answer["id"], root["id"]),
        (thanks["id"], answer["id"]),
    ]


def test_mastodon_boost_is_the_boosted_post_once() -> None:
    original = _status(1, "Acme heeft mijn retour kwijtgeraakt")
    page = [_status(9, "", reblog=original), _status(8, "", reblog=original), original]
    [mention] = parse(json.dumps(page).encode(), SPEC)
    assert (mention.native_id, mention.author) == (original["id"], "klant1")


@pytest.mark.usefixtures("feed_parser")
def test_mastodon_account_feed_without_post_paths_names_the_account() -> None:
    feed = (
        b'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Klant</title>'
        b"<link>https://mastodon.nl/@klant</link><item>"
        b'<guid isPermaLink="true">https://mastodon.nl/users/klant/statuses/1</guid>'
        b"<link>https://mastodon.nl/users/klant/statuses/1</link>"
        b"<pubDate>Sun, 22 Nov 2026 09:00:00 +0000</pubDate>"
        b"<description>&lt;p&gt;Acme top&lt;/p&gt;</description></item></channel></rss>"
    )
    [mention] = parse(feed, SPEC)
    assert (mention.author, mention.text) == ("klant", "Acme top")


@pytest.mark.usefixtures("feed_parser")
@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b'{"error": "This API requires an authenticated user"}', "not Mastodon statuses JSON"),
        (b'{"id": "1", "username": "acme"}', "not Mastodon statuses JSON"),
        (b"<html><body><h1>Under maintenance</h1></body></html>", "not Mastodon statuses JSON"),
        (b"", "expected Mastodon statuses JSON"),
    ],
    ids=["auth-error", "account-entity", "html-page", "empty"],
)
def test_mastodon_response_that_is_no_statuses_is_a_source_error(body: bytes, reason: str) -> None:
    with pytest.raises(SourceError, match=reason):
        parse(body, SPEC)
