"""Bytes of an export file -> text, honouring BOMs (UTF-8, UTF-16) and a configured encoding."""

from __future__ import annotations

import codecs


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
