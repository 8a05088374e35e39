"""HTML reduced to text: a feed's or a post's markup, as its reader sees it. Pure.

Apart from `webcare.textutil` because only the sources that read HTML need it: the
standard library's HTML parser and its table of entities cost every other command
(a report, say) about 17 million instructions at start for nothing.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

from webcare.textutil import clean_text

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
    parts = _simple_parts(markup)
    text = "".join(_parsed_parts(markup) if parts is None else parts)
    # Feeds often escape twice (`&amp;nbsp;`): a second unescape of the text is harmless.
    if "&" in text:
        text = html.unescape(text)
    return clean_text(text)


def _parsed_parts(markup: str) -> list[str]:
    """What `_TextExtractor` reads of `markup`: the text's pieces and block breaks."""
    parser = _TextExtractor()
    parser.feed(markup)
    parser.close()
    return parser.parts


# A start or end tag as a feed writes one: a plain name, attributes with quoted values.
# Spaces are ASCII ones: the parser ends a tag's name only at those (`<p\xa0x>` is no `p`).
_SIMPLE_TAG = re.compile(
    r"""<(/?)([a-zA-Z][a-zA-Z0-9]*)((?:[ \t\n\r\f]+[a-zA-Z_:][-a-zA-Z0-9_:.]*"""
    r"""(?:[ \t\n\r\f]*=[ \t\n\r\f]*(?:"[^"<]*"|'[^'<]*'))?)*)[ \t\n\r\f]*(/?)>"""
)
# Elements whose content the parser reads in a mode of its own (or webcare skips).
_SPECIAL_TAGS = _SKIP_TAGS | {"title", "textarea", "plaintext", "xmp", "iframe", "noembed",
                              "noframes"}  # fmt: skip


def _simple_parts(markup: str) -> list[str] | None:
    """`_parsed_parts(markup)` for the markup feeds mostly carry (`<p>`, `<a href="…">`,
    `<br/>`, entities) at a fraction of the parser's cost; None for anything else (a
    comment, a lone `<`, an unquoted attribute, a script…), which the parser reads."""
    pieces = _SIMPLE_TAG.split(markup)  # text, then each tag's 4 groups and the text after
    parts: list[str] = []
    for at in range(0, len(pieces) - 1, 5):
        closing, name, attributes, empty = pieces[at + 1 : at + 5]
        name = name.lower()
        if name in _SPECIAL_TAGS or (closing and (attributes or empty)):
            return None
        _add_text(parts, pieces[at])
        if name in _BLOCK_TAGS:
            parts.append("\n")
    _add_text(parts, pieces[-1])
    return parts if "<" not in "".join(pieces[::5]) else None


def _add_text(parts: list[str], text: str) -> None:
    if text:
        parts.append(html.unescape(text))
