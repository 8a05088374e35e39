"""`google-alerts`: redirect links unwrapped, the site as author, every entry about the brand."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import NOW
from httpserver import FeedServer
from test_sources import DATA, mentions_of, parse, spec_for
from typer.testing import Result

from webcare.errors import SourceError

# Every test reads its Atom both ways: with feedparser and with the accelerator.
pytestmark = pytest.mark.usefixtures("feed_parser")


@pytest.fixture
def db_path(store_url: str) -> str:
    """This file's stores, on every backend: a SQLite file or a PostgreSQL database."""
    return store_url


SPEC = spec_for(DATA / "google-alerts" / "inline.xml")
ATOM_TYPE = "application/atom+xml; charset=utf-8"


def _alert(*entries: str) -> bytes:
    return (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        "<id>tag:google.com,2005:reader/user/1/state/com.google/alerts/2</id>"
        "<title>Google Alert - Acme</title>" + "".join(entries) + "</feed>"
    ).encode()


def _entry(link: str, title: str = "&lt;b&gt;Acme&lt;/b&gt; nieuws", n: int = 1) -> str:
    return (
        f"<entry><id>tag:google.com,2013:googlealerts/feed:{n}</id>"
        f'<title type="html">{title}</title><link href="{link}"></link>'
        "<published>2026-11-22T10:00:00Z</published>"
        '<content type="html">Een bericht&amp;nbsp;...</content>'
        "<author><name></name></author></entry>"
    )


@pytest.mark.parametrize(
    ("link", "url", "author"),
    [
        (
            "https://www.google.com/url?rct=j&amp;sa=t&amp;url=https://www.nu.nl/economie/123/acme.html&amp;ct=ga&amp;usg=X",
            "https://www.nu.nl/economie/123/acme.html",
            "nu.nl",
        ),
        (  # the older redirect form names the target `q`
            "https://www.google.nl/url?q=https://blog.example/acme%3Fref%3Drss&amp;sa=U",
            "https://blog.example/acme?ref=rss",
            "blog.example",
        ),
        (  # a redirect without a target still leads somewhere; Google is not the author
            "https://www.google.com/url?rct=j&amp;sa=t&amp;ct=ga",
            "https://www.google.com/url?rct=j&sa=t&ct=ga",
            None,
        ),
        (  # only Google's redirect is unwrapped: another site's `url=` is not trusted
            "https://tracker.example/url?url=https://www.nu.nl/acme",
            "https://tracker.example/url?url=https://www.nu.nl/acme",
            "tracker.example",
        ),
        (  # a target that is not http(s) is not followed
            "https://www.google.com/url?url=javascript:alert(1)&amp;ct=ga",
            "https://www.google.com/url?url=javascript:alert(1)&ct=ga",
            None,
        ),
    ],
    ids=["url-param", "q-param", "no-target", "not-google", "not-http"],
)
def test_google_alerts_links_become_the_article_and_its_site(
    link: str, url: str, author: str | None
) -> None:
    [mention] = parse(_alert(_entry(link)), SPEC)
    assert (mention.url, mention.author) == (url, author)


def test_google_alerts_double_escaped_title_and_snippet_become_plain_text() -> None:
    title = "&lt;b&gt;Acme&lt;/b&gt;&amp;#39;s B&amp;amp;B-actie &amp;quot;mislukt&amp;quot;"
    [mention] = parse(_alert(_entry("https://news.example/1", title=title)), SPEC)
    assert mention.text == 'Acme\'s B&B-actie "mislukt"\nEen bericht ...'


def test_google_alerts_keeps_results_whose_snippet_does_not_name_the_brand(
    feed_server: FeedServer,
    make_config: Callable[..., Path],
    cli: Callable[..., Result],
    db_path: str,
) -> None:
    # Google matched the page, not necessarily the snippet: the keyword filter must not
    # drop what the alert (already about the brand) found.
    body = _alert(
        _entry("https://news.example/1", title="Webwinkels verhogen retourkosten", n=1),
        _entry("https://news.example/2", title="&lt;b&gt;Acme&lt;/b&gt; opent winkel", n=2),
    )
    url = feed_server.route("/alerts/feeds/1/2", body, content_type=ATOM_TYPE)
    config = make_config({"name": "alert", "kind": "google-alerts", "url": url})

    result = cli("poll", "--config", config, "--db", db_path, "--now", NOW)

    assert result.exit_code == 0, result.stderr
    assert "alert: 2 new, 0 already seen" in result.stderr
    listed = cli("mentions", "--format", "jsonl", "--db", db_path, "--now", NOW)
    assert sorted(json.loads(line)["url"] for line in listed.stdout.splitlines()) == [
        "https://news.example/1",
        "https://news.example/2",
    ]


def test_google_alerts_with_no_new_results_is_an_empty_feed_not_an_error() -> None:
    assert mentions_of(parse(_alert(), SPEC)) == []


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b"<html><body><h1>Inloggen - Google Accounts</h1></body></html>", "not a Google Alerts"),
        (b"", "not a Google Alerts Atom feed"),
        (
            b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><entry><title>Acme',
            "not a readable",
        ),
    ],
    ids=["login-page", "empty", "truncated"],
)
def test_google_alerts_response_that_is_no_feed_is_a_source_error(body: bytes, reason: str) -> None:
    with pytest.raises(SourceError, match=reason):
        parse(body, SPEC)
