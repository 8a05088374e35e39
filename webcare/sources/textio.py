"""Bytes of an export file -> text, honouring BOMs (UTF-8, UTF-16) and a configured encoding."""

from __future__ import annotations

import bisect
import codecs
import re


def decode(raw: bytes, encoding: str | None = None) -> str:
    if encoding:
        return raw.decode(encoding, errors="replace")
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return raw.decode("utf-16", errors="replace")
    if raw.startswith(codecs.BOM_UTF8):
        return raw[len(codecs.BOM_UTF8) :].decode("utf-8", errors="replace")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        # Spreadsheet exports on Windows are often cp1252; it decodes every byte but five.
        return raw.decode("cp1252", errors="replace")


# ---------------------------------------------------------------- feeds

_CHARACTER_REFERENCE = re.compile(rb"&#(?:[xX]([0-9a-fA-F]+)|([0-9]+))")
_ENTRY_START = re.compile(rb"<(?:[\w.-]+:)?(?:item|entry)[\s/>]")
_UTF16_START = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, b"<\x00?\x00", b"\x00<\x00?")
_XML_DECLARED = re.compile(r"\A(\s*<\?xml[^>]*?encoding\s*=\s*[\"'])[^\"']*")


def feed_bytes(raw: bytes) -> tuple[bytes, tuple[int, ...]]:
    """The feed as feedparser can read it safely, and the entries of its repairs.

    UTF-16 becomes UTF-8 (so references can be found); a character reference
    to a surrogate or beyond U+10FFFF becomes `&#xFFFD` (feedparser's fallback parser dies
    on it, taking every good entry with it)."""
    if raw.startswith(_UTF16_START):
        encoding = "utf-16" if raw.startswith(_UTF16_START[:2]) else "utf-16-le"
        if raw.startswith(_UTF16_START[3]):
            encoding = "utf-16-be"
        text = raw.decode(encoding, errors="replace").lstrip("\ufeff")
        raw = _XML_DECLARED.sub(r"\g<1>utf-8", text, count=1).encode("utf-8")
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
