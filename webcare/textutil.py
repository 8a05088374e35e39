"""Text hygiene: HTML reduced to text, and hostile characters made inert. Pure.

Mention text is written by strangers. It may carry terminal escapes, OSC 8 links, bidi
overrides or zero-width tricks; everything that reaches a store or a screen passes here.
"""

from __future__ import annotations

import html
import re
import unicodedata
from html.parser import HTMLParser

# C0 controls except tab and newline, DEL, C1 controls (ESC-less CSI is U+009B), and the
# Unicode bidi controls (marks, embeddings, overrides, isolates) that can reorder what a
# reader sees: every Bidi_Control character, the Arabic letter mark U+061C included.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
# A whole escape sequence (CSI or OSC) is removed, not only its ESC, so no `[31m` is left over.
_ESCAPE_SEQUENCE = re.compile(
    r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[@-Z\\-_])"
)
_BLANKS = re.compile(r"[ \t\u00a0]+")
_MANY_NEWLINES = re.compile(r"\n{3,}")


def clean_text(text: str) -> str:
    """Remove escape sequences and invisible control/bidi characters; tidy whitespace."""
    text = _ESCAPE_SEQUENCE.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = _UNSAFE.sub("", text)
    lines = [_BLANKS.sub(" ", line).strip() for line in text.split("\n")]
    return _MANY_NEWLINES.sub("\n\n", "\n".join(lines)).strip()


def search_fold(text: str) -> str:
    """The form `--search` compares, on every store backend alike: composed (NFC), then
    Unicode case-folded, so "CAFÉ" finds "café", "Ö" finds "ö" and "STRASSE" "straße"."""
    return unicodedata.normalize("NFC", text).casefold()


def search_matches(folded_needle: str, *texts: str | None) -> bool:
    """Whether `folded_needle` (from `search_fold`) is in any of the texts, folded alike."""
    return any(text is not None and folded_needle in search_fold(text) for text in texts)


def one_line(text: str) -> str:
    """The text on a single line, for tables and tab-separated output."""
    return " ".join(clean_text(text).split())


_BLOCK_TAGS = frozenset(
    "p div br li ul ol tr table h1 h2 h3 h4 h5 h6 blockquote pre section article header footer hr".split()
)
_SKIP_TAGS = frozenset(("script", "style", "head", "template", "noscript"))


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS:
            self.skipping += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        # `<br/>` is one element: one line break, not a start and an end (a blank line).
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self.skipping = max(0, self.skipping - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


_LOOKS_LIKE_HTML = re.compile(r"<[a-zA-Z/!][^>]*>|&[#a-zA-Z0-9]+;")


def html_to_text(markup: str) -> str:
    """Visible text of an HTML fragment, with block elements as line breaks."""
    if not _LOOKS_LIKE_HTML.search(markup):
        return clean_text(markup)
    parser = _TextExtractor()
    parser.feed(markup)
    parser.close()
    text = "".join(parser.parts)
    # Feeds often escape twice (`&amp;nbsp;`): a second unescape of the text is harmless.
    if "&" in text:
        text = html.unescape(text)
    return clean_text(text)
