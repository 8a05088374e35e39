"""The feed accelerator against feedparser: over varied RSS and Atom documents of our own,
whatever feedparser-rs is allowed to read comes out exactly as feedparser reads it, and
what it might read differently goes to feedparser (`webcare.sources.feedread`)."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from webcare.sources import feedread
from webcare.sources.textio import feed_bytes

pytest.importorskip("feedparser_rs", reason="webcare[fast] is not installed")

DATA = Path(__file__).parent / "data"

TITLES = [
    "Acme &amp; co bezorgt niet",
    "&lt;b&gt;Acme&lt;/b&gt; &amp;amp; &amp;#39;quotes&amp;#39; &amp;lt;script&amp;gt;",
    "<![CDATA[Acme <b>Duo</b> & more <3]]>",
    "Émile zegt: “waar blijft mijn pakket?” 😤",
    "",
    "  spaced   out  ",
]
BODIES = [
    "&lt;p&gt;Hi &amp;amp; bye &amp;lt;script&amp;gt; &amp;euro;4,95&lt;/p&gt;",
    "<![CDATA[<p>Hoi <a href=\"https://x.example/?a=1&amp;b=2\">link</a><br/>"
    "<script>track()</script><!-- note --><img src=x.png></p>]]>",
    "plain text with &amp; and &lt;3",
    "&lt;table border=\"0\"&gt;&lt;tr&gt;&lt;td&gt;&lt;font size=\"2\"&gt;cel&lt;/font&gt;"
    "&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;",
    "",
]
LINKS = [
    "https://x.example/p?a=1&amp;b=2&amp;c=%26",
    "https://www.google.com/url?rct=j&amp;sa=t&amp;url=https://nieuws.example/a&amp;ct=ga",
    "https://x.example/&#38;&#x26;&quot;q&quot;",
    "",
]
DATES = [
    "Mon, 23 Nov 2026 08:15:00 +0100",
    "Mon, 23 Nov 2026 08:15:00 GMT",
    "23 Nov 2026 08:15 EST",
    "2026-11-23T08:15:00Z",
    "gisteren",
    "",
]
AUTHORS = ["klant@example.nl (Klant Een)", "Klant &amp; Twee", "", "@acme_fan"]
ISO = ["2026-11-23T08:15:00+01:00", "2026-11-23T08:15:00Z", "2026-11-23", "not a date", ""]


def rss(title: str, body: str, link: str, date: str, author: str, extra: str = "") -> bytes:
    fields = [
        f"<title>{title}</title>" if title else "",
        f"<link>{link}</link>" if link else "",
        f"<guid isPermaLink=\"false\">g-{len(title)}-{len(body)}</guid>",
        f"<description>{body}</description>" if body else "",
        f"<pubDate>{date}</pubDate>" if date else "",
        f"<author>{author}</author>" if author else "",
        extra,
    ]
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/">'
        "<channel><title>Acme</title><link>https://nieuws.example/tag/acme?x=1&amp;y=2</link>"
        f"<item>{''.join(fields)}</item><item><title>tweede</title></item></channel></rss>"
    ).encode()


def atom(title: str, body: str, link: str, date: str, author: str, extra: str = "") -> bytes:
    fields = [
        f'<title type="html">{title}</title>' if title else "",
        f'<link rel="alternate" href="{link}"/>' if link else "",
        f"<id>tag:x.example,2026:{len(title)}-{len(body)}</id>",
        f'<content type="html">{body}</content>' if body else "",
        f"<published>{date}</published>" if date else "",
        f"<updated>{date}</updated>" if date else "",
        f"<author><name>{author}</name></author>" if author else "",
        extra,
    ]
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'
        '<title>Acme</title><id>tag:x.example,2026:feed</id>'
        '<link rel="self" href="https://x.example/feed?a=1&amp;b=2"/>'
        '<link href="https://x.example/?a=1&amp;b=2"/>'
        f"<entry>{''.join(fields)}</entry><entry><id>e2</id><title>tweede</title></entry></feed>"
    ).encode()


EXTRAS_RSS = [
    "",
    "<content:encoded><![CDATA[<p>Volledige <b>tekst</b></p>]]></content:encoded>",
    "<dc:creator>Klant Drie</dc:creator><dc:date>2026-11-22T10:00:00Z</dc:date>",
    "<category>klacht</category><comments>https://x.example/c</comments>",
    '<enclosure url="https://x.example/a.mp3" length="1" type="audio/mpeg"/>',
]
EXTRAS_ATOM = [
    "",
    '<summary type="text">samenvatting &amp; meer &lt;b&gt;</summary>',
    '<link rel="enclosure" href="https://x.example/a.mp3"/><link rel="replies" href="https://x.example/r"/>',
    '<summary type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>x &amp; <b>y</b></p></div></summary>',
    '<content type="text">alleen tekst &amp; zo</content>',
]


def documents() -> list[bytes]:
    out = []
    for title, body, link, author, n in zip(
        itertools.cycle(TITLES), BODIES * 6, itertools.cycle(LINKS), itertools.cycle(AUTHORS),
        range(30), strict=False,
    ):  # fmt: skip
        out.append(rss(title, body, link, DATES[n % len(DATES)], author, EXTRAS_RSS[n % 5]))
        out.append(atom(title, body, link, ISO[n % len(ISO)], author, EXTRAS_ATOM[n % 5]))
    return out


DOCUMENTS = documents()
FIXTURES = sorted(p for p in DATA.glob("*/*.xml"))


def same_as_feedparser(raw: bytes) -> feedread.Parsed | None:
    raw, _ = feed_bytes(raw)
    fast = feedread.read_fast(raw)
    if fast is not None:
        slow = feedread.read_slow(raw)
        assert (fast.entries, fast.link, fast.version) == (slow.entries, slow.link, slow.version)
        assert slow.malformed is None
    return fast


@pytest.mark.parametrize("raw", DOCUMENTS, ids=[f"doc{n}" for n in range(len(DOCUMENTS))])
def test_accelerated_reading_is_feedparsers_reading(raw: bytes) -> None:
    same_as_feedparser(raw)


def test_the_accelerator_takes_most_clean_documents() -> None:
    # The escapes above are all well-formed: almost every document goes the fast way
    # (else the equality above would prove nothing).
    taken = sum(same_as_feedparser(raw) is not None for raw in DOCUMENTS)
    assert taken >= 0.9 * len(DOCUMENTS)


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_golden_feeds_read_alike(fixture: Path) -> None:
    same_as_feedparser(fixture.read_bytes())


@pytest.mark.parametrize(
    ("raw", "why"),
    [
        (rss("t", "b", "https://x/", DATES[0], "a").replace(b"<channel>", b"<channel><item>"), "malformed"),
        (rss("t", "b", "https://x/", DATES[0], "a").replace(b"UTF-8", b"ISO-8859-1"), "encoding"),
        (b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "Acme">]>' + rss("&a;", "b", "", "", "")[39:], "entities"),
        (atom("t", "b", "p/1", ISO[0], "a").replace(b"<feed ", b'<feed xml:base="https://x.example/" '), "xml:base"),
        (rss("t", "b", "https://x/", DATES[0], "a", '<media:description xmlns:media="http://search.yahoo.com/mrss/">alt</media:description>'), "media"),
        (rss("t", "b", "https://x/", DATES[0], "a").replace(b'version="2.0"', b'version="0.91"'), "rss 0.91"),
        (rss("t", "<![CDATA[<item>in een CDATA</item>]]>", "https://x/", DATES[0], "a"), "item tag in text"),
        (b"", "empty"),
        (b"<html><body>Inloggen</body></html>", "html"),
    ],
)  # fmt: skip
def test_documents_it_might_read_differently_go_to_feedparser(raw: bytes, why: str) -> None:
    assert feedread.read_fast(feed_bytes(raw)[0]) is None, why


def test_the_environment_turns_the_accelerator_off(monkeypatch: pytest.MonkeyPatch) -> None:
    raw = DOCUMENTS[0]
    assert feedread.read(raw).parser == "feedparser-rs"
    monkeypatch.setenv(feedread.ENV, "feedparser")
    assert feedread.read(raw).parser == "feedparser"
