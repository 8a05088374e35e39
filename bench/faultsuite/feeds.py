"""Good feeds and the bodies the other groups serve: RSS a source stores, and the large
bodies, bombs and XML tricks a stranger's server sends instead."""

from __future__ import annotations

import json
import zlib
from collections.abc import Iterator
from functools import cache
from xml.sax.saxutils import escape

from faultsuite.payloads import GOOD

MB = 1_000_000


def guid(source: str, n: int) -> str:
    return f"{source}-{n:04d}"


def rss(source: str, count: int, start: int = 0, *, hours_ago: int = 2) -> bytes:
    """A feed of `count` items of `source`, each mentioning the brand, with ids that tell
    source and number (`news-0003`) and a text that carries its id (for counting)."""
    items = []
    for n in range(start, start + count):
        key = guid(source, n)
        items.append(
            f"<item><title>Acme {key}</title><link>https://nieuws.example/{escape(key)}</link>"
            f'<guid isPermaLink="false">{escape(key)}</guid>'
            f"<pubDate>Mon, 23 Nov 2026 0{max(0, 8 - hours_ago - n % 3)}:00:00 +0100</pubDate>"
            f"<description>Acme {escape(key)} {GOOD}</description></item>"
        )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Nieuws</title>'
        "<link>https://nieuws.example/</link>" + "".join(items) + "</channel></rss>"
    ).encode()


def json_items(source: str, count: int) -> bytes:
    return json.dumps([
        {"id": guid(source, n), "text": f"Acme {guid(source, n)} {GOOD}",
         "created_at": "2026-11-23T06:00:00Z", "url": f"https://nieuws.example/{guid(source, n)}"}
        for n in range(count)
    ]).encode()  # fmt: skip


def big_pieces(total: int) -> Iterator[bytes]:
    """`total` bytes of a feed that never ends: a head and items, a megabyte a piece."""
    head = b'<?xml version="1.0"?><rss version="2.0"><channel><title>big</title>'
    item = b"<item><title>Acme filler</title><description>" + b"x" * 900 + b"</description></item>"
    chunk = item * (MB // len(item))
    yield head
    sent = len(head)
    while sent < total:
        piece = chunk[: total - sent]
        yield piece
        sent += len(piece)


@cache
def bomb(kind: str, size: int) -> bytes:
    """`size` bytes of a feed's head and zeros, compressed (gzip or deflate): about a
    thousandth of what it inflates to."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31 if kind == "gzip" else 15)
    parts = [compressor.compress(b'<?xml version="1.0"?><rss version="2.0"><channel><title>')]
    zeros = b"0" * MB
    parts.extend(compressor.compress(zeros) for _ in range(size // MB))
    parts.append(compressor.flush())
    return b"".join(parts)


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE rss [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<rss version="2.0"><channel><title>laughs</title>
<item><title>Acme &lol9;</title><guid>laughs-1</guid><description>Acme &lol9;</description></item>
</channel></rss>"""


def external_entity(url: str) -> bytes:
    """A feed whose item text is an external entity: a parser that resolves it fetches
    `url` (the server records it) or reads a local file into a mention."""
    return f"""<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY net SYSTEM "{url}"><!ENTITY file SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><title>xxe</title>
<item><title>Acme xxe</title><guid>xxe-1</guid><description>Acme &net; &file;</description></item>
</channel></rss>""".encode()


def deep_json(depth: int) -> bytes:
    return b"[" * depth + b"]" * depth
