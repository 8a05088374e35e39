"""Bytes of an export file or a response -> text, honouring BOMs (UTF-8, UTF-16), a
configured encoding and an XML declaration.

Bytes that are UTF-8 but for a few bad sequences (a truncated emoji, one stray Latin-1 byte)
lose only those sequences, each replaced by U+FFFD: reading the whole body as another
encoding would turn every other "café — “quotes” 😀" into mojibake. Windows-1252 is only for
bytes that are no UTF-8 at all (a spreadsheet export on Windows).
"""

from __future__ import annotations

import bisect
import codecs
import csv
import io
import re
from dataclasses import dataclass
from typing import BinaryIO

# The csv module refuses a cell over 128 KiB, so a long review in a CSV export was skipped
# where the same text in JSON lines is imported. A cell is bounded by its file, and the
# file by `[poll] max_bytes`. (Every CSV kind reads its bytes through this module.)
csv.field_size_limit(2**31 - 1)

_XML_ENCODING = re.compile(
    rb"\A\s*<\?xml[^>]{0,200}?encoding\s*=\s*[\"']([A-Za-z0-9._:-]{1,40})[\"']"
)
_NOT_OTHER_CHARACTERS = re.compile("[\x00-\x7f\ufffd]+")
# What browsers read for these labels (WHATWG): "Latin-1" pages are Windows-1252 in practice.
_AS_CP1252 = frozenset(("latin-1", "iso8859-1", "ascii", "cp1252"))


def decode(raw: bytes, encoding: str | None = None, *, fallback: str | None = "cp1252") -> str:
    """`raw` as text: in `encoding` when one is configured, else by its BOM, else UTF-8;
    bytes that are not UTF-8 in the encoding their XML declaration names, else (when they
    are not UTF-8 but for a few bad sequences) in `fallback`. JSON passes `fallback=None`:
    it is UTF-8 by definition (RFC 8259), so its bad bytes are only ever replaced."""
    if encoding:
        return raw.decode(encoding, errors="replace")
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return raw.decode("utf-16", errors="replace")
    if raw.startswith(codecs.BOM_UTF8):
        return raw[len(codecs.BOM_UTF8) :].decode("utf-8", errors="replace")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = declared_encoding(raw)
    if declared is not None and declared != "utf-8":
        return raw.decode(declared, errors="replace")
    text = raw.decode("utf-8", errors="replace")
    if fallback is None or mostly_utf8(raw, text):
        return text
    # Spreadsheet exports on Windows are often cp1252; it decodes every byte but five.
    return raw.decode(fallback, errors="replace")


# ---------------------------------------------------------------- streams

_BLOCK = 1 << 20
_HEAD = 4096
"""Bytes an XML declaration must start within to count (the whole text for `decode`)."""


@dataclass(frozen=True, slots=True)
class Codec:
    """How to read a stream as text: what `decode` would make of all its bytes."""

    encoding: str
    skip: int = 0
    """Bytes to leave out at the start (a UTF-8 BOM)."""


def sniff_codec(
    stream: BinaryIO, encoding: str | None = None, *, fallback: str | None = "cp1252"
) -> Codec:
    """The codec `decode(stream's bytes, encoding, fallback=fallback)` would use, found a
    block at a time without holding the bytes: the whole stream is read once to check it
    is UTF-8 (twice when it is not) and left at its start. `stream` must be seekable."""
    head = stream.read(_HEAD)
    stream.seek(0)
    if encoding:
        return Codec(encoding)
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return Codec("utf-16")
    if head.startswith(codecs.BOM_UTF8):
        return Codec("utf-8", len(codecs.BOM_UTF8))
    try:
        checker = codecs.getincrementaldecoder("utf-8")("strict")
        while block := stream.read(_BLOCK):
            checker.decode(block)
        checker.decode(b"", final=True)
        return Codec("utf-8")
    except UnicodeDecodeError:
        pass
    finally:
        stream.seek(0)
    declared = declared_encoding(head)
    if declared is not None and declared != "utf-8":
        return Codec(declared)
    if fallback is None or _stream_mostly_utf8(stream):
        return Codec("utf-8")
    return Codec(fallback)


def open_text(stream: BinaryIO, codec: Codec, *, newline: str = "") -> io.TextIOWrapper:
    """`stream` as text in `codec`, bad sequences replaced (as `decode` does), from its
    start. `newline` as `open` takes it: "" splits lines at any line break and keeps
    them (csv), "\n" splits at "\n" only (JSON lines). Detach it, don't close it, to
    read the stream again."""
    stream.seek(codec.skip)
    return io.TextIOWrapper(stream, encoding=codec.encoding, errors="replace", newline=newline)


def head_line(stream: BinaryIO, codec: Codec, *, limit: int = _BLOCK) -> str:
    """The text up to the first "\n" (at most `limit` characters), the stream left at
    its start: what a delimiter is sniffed from."""
    text = open_text(stream, codec)
    found = ""
    while "\n" not in found and len(found) < limit and (part := text.read(1 << 16)):
        found += part
    text.detach()
    stream.seek(0)
    return found.split("\n", 1)[0]


def _stream_mostly_utf8(stream: BinaryIO) -> bool:
    """`mostly_utf8` over a whole stream, a block at a time; the stream left at its start."""
    decoder = codecs.getincrementaldecoder("utf-8")("replace")
    replaced = literal = good = 0
    tail = b""
    while block := stream.read(_BLOCK):
        text = decoder.decode(block)
        replaced += text.count("\ufffd")
        good += len(_NOT_OTHER_CHARACTERS.sub("", text))
        # A literal U+FFFD may straddle two blocks: its first bytes are in `tail`.
        literal += (tail + block).count("\ufffd".encode())
        tail = block[-2:]
    text = decoder.decode(b"", final=True)
    replaced += text.count("\ufffd")
    good += len(_NOT_OTHER_CHARACTERS.sub("", text))
    stream.seek(0)
    return good > 0 and good >= replaced - literal


def declared_encoding(raw: bytes) -> str | None:
    """The codec an XML declaration names (`utf-8`, `cp1252` for Latin-1 and ASCII labels),
    or None without a declaration, with an unknown name, or with a UTF-16/32 name that the
    bytes, readable as ASCII, contradict."""
    match = _XML_ENCODING.match(raw)
    if match is None:
        return None
    try:
        name = codecs.lookup(match.group(1).decode("ascii")).name
    except LookupError:
        return None
    if name.startswith(("utf-16", "utf-32")):
        return None
    if name in _AS_CP1252:
        return "cp1252"
    return "utf-8" if name.startswith("utf-8") else name


def mostly_utf8(raw: bytes, text: str | None = None) -> bool:
    """Whether bytes that are not valid UTF-8 are still UTF-8 but for a few bad sequences:
    they hold at least one well-formed multi-byte character, and no fewer of those than bad
    sequences. `text` is `raw` already decoded as UTF-8 with errors replaced."""
    if text is None:
        text = raw.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - raw.count("\ufffd".encode())
    good = len(_NOT_OTHER_CHARACTERS.sub("", text))
    return good > 0 and good >= bad


def repaired_utf8(raw: bytes) -> bytes:
    """`raw` with its bad UTF-8 sequences replaced by U+FFFD when it is UTF-8 but for those
    (see `mostly_utf8`) and declares no other encoding; else `raw` as it is, for a parser
    that reads declarations and BOMs itself (feedparser)."""
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return raw
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        declared = declared_encoding(raw)
        if declared is not None and declared != "utf-8":
            return raw
        text = raw.decode("utf-8", errors="replace")
        if mostly_utf8(raw, text):
            return text.encode("utf-8")
    return raw


# ---------------------------------------------------------------- feeds

_CHARACTER_REFERENCE = re.compile(rb"&#(?:[xX]([0-9a-fA-F]+)|([0-9]+))")
_ENTRY_START = re.compile(rb"<(?:[\w.-]+:)?(?:item|entry)[\s/>]")
_UTF16_START = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, b"<\x00?\x00", b"\x00<\x00?")
_XML_DECLARED = re.compile(r"\A(\s*<\?xml[^>]*?encoding\s*=\s*[\"'])[^\"']*")


def feed_bytes(raw: bytes) -> tuple[bytes, tuple[int, ...]]:
    """The feed as feedparser can read it safely, and the entries of its repairs.

    UTF-8 with a few bad sequences loses only those (feedparser would read it all as
    Windows-1252); UTF-16 becomes UTF-8 (so references can be found); a character reference
    to a surrogate or beyond U+10FFFF becomes `&#xFFFD` (feedparser's fallback parser dies
    on it, taking every good entry with it)."""
    if raw.startswith(_UTF16_START):
        encoding = "utf-16" if raw.startswith(_UTF16_START[:2]) else "utf-16-le"
        if raw.startswith(_UTF16_START[3]):
            encoding = "utf-16-be"
        text = raw.decode(encoding, errors="replace").lstrip("\ufeff")
        raw = _XML_DECLARED.sub(r"\g<1>utf-8", text, count=1).encode("utf-8")
    else:
        raw = repaired_utf8(raw)
    where: list[int] = []

    def replace(match: re.Match[bytes]) -> bytes:
        digits = match.group(1) or match.group(2)
        if len(digits) <= 8:
            code = int(digits, 16 if match.group(1) else 10)
            if code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF:
                return match.group(0)
        where.append(match.start())
        return b"&#xFFFD"

    fixed = _CHARACTER_REFERENCE.sub(replace, raw)
    if not where:
        return raw, ()
    starts = [match.start() for match in _ENTRY_START.finditer(raw)]
    return fixed, tuple(bisect.bisect_right(starts, offset) for offset in where)
