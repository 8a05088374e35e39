"""Reading an RSS or Atom document: feedparser, or feedparser-rs where it reads the same.

feedparser (pure Python) costs about 11 ms per 26 KB feed: most of a first poll of a
thousand feeds. feedparser-rs (Rust; `pip install 'webcare[fast]'`) reads the same feed in
well under a millisecond and answers with the same keys, but not always the same values.
`read` takes its answer only for a document both read alike, and maps it to what the
source kinds read from feedparser; everything else goes to feedparser, which stays the
parser of record:

- feedparser-rs is not installed, fails, or finds the document not well-formed (the
  warnings of a malformed page, its partial entries, are feedparser's);
- it is no RSS 2.0 or Atom 1.0 document, it is not UTF-8, or it declares a DOCTYPE
  (entities), `xml:base` (relative links) or Media RSS (feedparser files
  `media:description` under `content`, feedparser-rs drops it);
- it gives a different number of entries than the document has `<item>`/`<entry>` tags;
- it drops an entry's link: feedparser-rs answers `""` for a link to a loopback, private
  or link-local address (an intranet forum's `http://10.0.0.5/t/1`, a feed served from
  `127.0.0.1`), which feedparser keeps.

What differs in a document read alike is mapped back: an Atom `<link href>` keeps its
`&amp;` in feedparser-rs and is unescaped here, as an XML parser does. Only the keys the
kinds read are kept (`ENTRY_KEYS`), as plain dicts. `WEBCARE_FEED_PARSER=feedparser`
turns the accelerator off (tests run every feed kind both ways).
"""

from __future__ import annotations

import io
import os
import re
from dataclasses import dataclass
from typing import Any

from webcare.sources.textio import declared_encoding

ENTRY_KEYS = (
    "title", "link", "id", "author", "summary", "published", "updated",
    "published_parsed", "updated_parsed", "created_parsed",
)  # fmt: skip
"""What the feed kinds read of an entry, besides `content` (a list of `{"value": ...}`)."""
ENV = "WEBCARE_FEED_PARSER"
"""`feedparser` (never the accelerator), or `auto` (the default: it when installed)."""

_VERSIONS = frozenset({"rss20", "atom10"})
_ENTRY_START = re.compile(rb"<(?:[\w.-]+:)?(?:item|entry)[\s/>]")
_NOT_ALIKE = re.compile(
    rb"<!DOCTYPE|<!ENTITY|xml:base|search\.yahoo\.com/mrss"
    rb"|<[\w.-]+:(?:date|created|issued|modified)[\s/>]",  # Dublin Core times: filed apart
    re.IGNORECASE,
)
_SHADOWED = (("published", "updated"), ("published_parsed", "updated_parsed"))
"""A time the kinds never read when the first of the pair is set (feedparser-rs copies
`published` to `updated`, feedparser answers `updated` with it only when asked)."""
_XML_REFERENCE = re.compile(r"&(?:(amp|lt|gt|quot|apos)|#[xX]([0-9a-fA-F]+)|#([0-9]+));")
_XML_NAMED = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'"}


@dataclass(frozen=True, slots=True)
class Parsed:
    """A document as the feed kinds read it."""

    entries: list[dict[str, Any]]
    link: str
    """The feed's own link; "" when it names none."""
    version: str
    """`rss20`, `atom10`, …; "" when the document is no feed."""
    malformed: str | None = None
    """Why the document is not well-formed XML; None when it is."""
    parser: str = "feedparser"
    """Which parser read it: `feedparser` or `feedparser-rs`."""


def read(raw: bytes) -> Parsed:
    """`raw` (bytes feedparser may read: `textio.feed_bytes`) as the feed kinds read it.

    Raises what feedparser raises on a document it cannot read at all (ValueError,
    OverflowError, UnicodeError)."""
    if os.environ.get(ENV, "auto") != "feedparser":
        fast = read_fast(raw)
        if fast is not None:
            return fast
    return read_slow(raw)


def read_slow(raw: bytes) -> Parsed:
    """`raw` read by feedparser."""
    import feedparser

    # A stream, never the bytes: feedparser opens bytes that name an existing file as
    # that file, so a response body "/home/me/notes.xml" would read a local file.
    parsed = feedparser.parse(io.BytesIO(raw), sanitize_html=False, resolve_relative_uris=False)
    malformed = _why(parsed.get("bozo_exception")) if parsed.get("bozo") else None
    channel = parsed.get("feed") or {}
    return Parsed(
        entries=[_entry(entry) for entry in parsed.get("entries") or ()],
        link=str(channel.get("link") or ""),
        version=str(parsed.get("version") or ""),
        malformed=malformed,
    )


def _why(exc: object) -> str:
    """Why feedparser found a document not well-formed, for people: `line 2, column 38:
    not well-formed (invalid token)`. An XML error's own text begins with the system id
    the parser never had (`<unknown>:2:37: …`) and counts columns from 0."""
    if exc is None:
        return "no entries"
    line = getattr(exc, "getLineNumber", None)
    column = getattr(exc, "getColumnNumber", None)
    message = getattr(exc, "getMessage", None)
    if callable(line) and callable(column) and callable(message):
        try:
            return f"line {line()}, column {column() + 1}: {message()}"
        except (TypeError, AttributeError):  # a SAX error without a locator
            pass
    return str(exc)


def read_fast(raw: bytes) -> Parsed | None:
    """`raw` read by feedparser-rs, or None where it might not read it as feedparser does
    (see the module docstring)."""
    if _NOT_ALIKE.search(raw) or declared_encoding(raw) not in (None, "utf-8"):
        return None
    try:
        raw.decode("utf-8")
        import feedparser_rs
    except (UnicodeDecodeError, ImportError):
        return None
    try:
        # Bytes, never a str: a str that starts with http:// is fetched as a URL.
        parsed = feedparser_rs.parse(raw, sanitize_html=False, resolve_relative_uris=False)
    except Exception:  # noqa: BLE001 - whatever it cannot read, feedparser reads
        return None
    version = str(parsed.get("version") or "")
    if parsed.get("bozo") or version not in _VERSIONS:
        return None
    entries = list(parsed.get("entries") or ())
    if len(entries) != len(_ENTRY_START.findall(raw)):
        return None  # a limit reached, or a tag it did not take for an entry
    if any(entry.get("link") == "" for entry in entries):
        return None  # a link it dropped (a private address): feedparser keeps it
    atom = version.startswith("atom")
    channel = parsed.get("feed") or {}
    link = str(channel.get("link") or "")
    return Parsed(
        entries=[_entry(entry, atom=atom) for entry in entries],
        link=_unescape_attribute(link) if atom else link,
        version=version,
        parser="feedparser-rs",
    )


def _entry(entry: Any, *, atom: bool = False) -> dict[str, Any]:
    """The keys the kinds read of one entry, in feedparser's form: as stored, without
    feedparser's deprecated stand-ins (`updated` answering with `published`; the kinds
    read `published` first anyway)."""
    if isinstance(entry, dict):  # feedparser's FeedParserDict: as stored
        fields = {key: dict.get(entry, key) for key in ENTRY_KEYS}
    else:
        fields = {key: entry.get(key) for key in ENTRY_KEYS}
    for first, shadowed in _SHADOWED:
        if fields[first]:
            fields[shadowed] = None
    out = {
        key: tuple(value) if key.endswith("_parsed") else value
        for key, value in fields.items()
        if value is not None
    }
    link = out.get("link")
    if atom and isinstance(link, str):
        out["link"] = _unescape_attribute(link)
    out["content"] = [{"value": content.get("value")} for content in entry.get("content") or ()]
    return out


def _unescape_attribute(value: str) -> str:
    """An attribute value as an XML parser gives it: its five named and its numeric
    character references replaced (feedparser-rs leaves an Atom href as written)."""
    if "&" not in value:
        return value

    def one(match: re.Match[str]) -> str:
        if match.group(1):
            return _XML_NAMED[match.group(1)]
        code = int(match.group(2), 16) if match.group(2) else int(match.group(3))
        return chr(code) if 0 < code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF else "\ufffd"

    return _XML_REFERENCE.sub(one, value)
