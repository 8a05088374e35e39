"""What "inert" means for each way out, as checks that return what they found.

- Every output: valid UTF-8; no escape, C0 (but tab and newline) or C1 control, bidi
  control, zero-width or tag character (a subdivision flag and the joiners inside emoji
  and scripts excepted), no line or paragraph separator; rich markup and emoji codes
  shown as written.
- CSV/TSV: no cell a spreadsheet would run (`=`, `+`, `-`, `@`, tab, CR first; TSV's
  looser rule for `+`, `-`, `@` as README describes).
- HTML (and Markdown, rendered as CommonMark with raw HTML on and no link filtering):
  no element or attribute a stranger wrote (every hostile payload carries `pwn`), no
  event handler, no script, style, image or frame, and links only to http(s).
- JSON: parses, and every string is clean.
- A chat alert: one-line items, no `<…>` link markup, no @here/@channel/@everyone.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator
from html.parser import HTMLParser
from typing import Any

csv.field_size_limit(1 << 30)  # a mention's text may be a megabyte

_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_BIDI = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_INVISIBLE = re.compile("[\u00ad\u180e\u200b\u2060-\u2064\u206a-\u206f\ufeff\ufff9-\ufffb\u2028\u2029]")
_FLAG = re.compile("\U0001f3f4[\U000e0030-\U000e0039\U000e0061-\U000e007a]{1,8}\U000e007f")
_TAG = re.compile("[\U000e0000-\U000e007f]")
_JOINER = re.compile("[\u200c\u200d]")
EMOJI_CODE_CANARY = "\U0001f9db"
"""🧛: what rich makes of `:vampire:` when it interprets emoji codes."""


def hostile_characters(text: str, *, tabs: bool = True) -> list[str]:
    """The characters of `text` a stranger may have written that must not reach a screen."""
    found = [c for c in _CONTROL.findall(text) if c != "\n" and not (tabs and c == "\t")]
    found += _BIDI.findall(text) + _INVISIBLE.findall(text)
    found += _TAG.findall(_FLAG.sub("", text))
    for match in _JOINER.finditer(text):
        before = text[match.start() - 1] if match.start() else " "
        after = text[match.end()] if match.end() < len(text) else " "
        if before.isascii() or before.isspace() or after.isascii() or after.isspace():
            found.append(match.group())
    return found


def describe(chars: list[str]) -> str:
    shown = sorted({f"U+{ord(c):04X}" for c in chars})
    return ", ".join(shown[:6]) + (" …" if len(shown) > 6 else "")


def text_problems(data: bytes, *, tabs: bool = True) -> tuple[str | None, list[str]]:
    """The output as text (None when it is not UTF-8) and what is wrong with it."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return None, [f"not UTF-8 ({exc.reason} at byte {exc.start})"]
    problems = []
    bad = hostile_characters(text, tabs=tabs)
    if bad:
        problems.append(f"hostile characters {describe(bad)}")
    if EMOJI_CODE_CANARY in text:
        problems.append("an emoji code was interpreted (:vampire: became 🧛)")
    return text, problems


_LIVE = re.compile(r"(?<![\[\w])(LIVE|LINK)(q[a-z]\d{3})")


def markup_problems(text: str) -> list[str]:
    """Rich markup in a mention must be shown as written: where LIVEq… or LINKq… shows,
    the brackets around it must too."""
    problems = []
    for match in _LIVE.finditer(text):
        start = max(0, match.start() - 45)
        before = text[start : match.start()]
        if not before.endswith(("[bold red]", "]")):
            problems.append(f"rich markup interpreted around {match.group()}")
    return problems


# ---------------------------------------------------------------- CSV and TSV


def _is_number(cell: str) -> bool:
    try:
        float(cell)
    except ValueError:
        return False
    return True


def formula_cells(data: str, delimiter: str) -> Iterator[str]:
    """Cells a spreadsheet would evaluate. CSV: any text cell starting with = + - @ tab
    or CR. TSV: one starting with =, tab or CR, or with + - @ and holding ( or |."""
    for row in csv.reader(io.StringIO(data, newline=""), delimiter=delimiter):
        for cell in row:
            if not cell or _is_number(cell):
                continue
            first = cell[0]
            if first in "=\t\r":
                yield cell
            elif first in "+-@":
                if delimiter == "," or "(" in cell or "|" in cell:
                    yield cell


def count_rows(data: str, delimiter: str) -> int:
    return sum(1 for _ in csv.reader(io.StringIO(data, newline=""), delimiter=delimiter))


# ---------------------------------------------------------------- HTML and Markdown

_DANGEROUS_TAGS = frozenset(
    "script iframe frame frameset object embed applet svg math img video audio source style "
    "link base form input button textarea select marquee template noscript".split()
)
_URL_ATTRS = frozenset(("href", "src", "action", "formaction", "xlink:href", "background", "poster"))


class _Audit(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _DANGEROUS_TAGS:
            self.problems.append(f"<{tag}> element")
        if tag == "meta" and any(name == "http-equiv" for name, _ in attrs):
            self.problems.append("<meta http-equiv>")
        for name, value in attrs:
            value = value or ""
            if name.startswith("on"):
                self.problems.append(f"event handler {name}= on <{tag}>")
            if "pwn" in name or "pwn" in value and name not in _URL_ATTRS:
                self.problems.append(f"attribute a stranger wrote: <{tag} {name}={value[:40]!r}>")
            if name in _URL_ATTRS:
                self.links.append(value)
                if not re.match(r"(?i)https?://", value) and not value.startswith("#"):
                    self.problems.append(f"{name} to a non-http(s) URL: {value[:60]!r}")
                elif hostile_characters(value) or re.search(r"\s", value):
                    self.problems.append(f"{name} with invisible characters: {value[:60]!r}")
                elif "pwn" in value and "evil.example" in value:
                    self.problems.append(f"a link a stranger made: {value[:60]!r}")
            if name == "style" and re.search(r"(?i)expression\(|url\(|javascript:", value):
                self.problems.append(f"a style that loads or runs something: {value[:60]!r}")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_comment(self, data: str) -> None:
        if "pwn" in data:
            self.problems.append("a comment a stranger opened")

    def handle_data(self, data: str) -> None:
        pass


def html_problems(document: str) -> list[str]:
    audit = _Audit()
    audit.feed(document)
    audit.close()
    return sorted(set(audit.problems))


def markdown_problems(document: str) -> list[str]:
    """The Markdown as a permissive renderer shows it (CommonMark, tables, raw HTML on,
    no link filter), audited as HTML."""
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark", {"html": True}).enable("table")
    md.validateLink = lambda url: True  # type: ignore[method-assign]
    return [f"rendered: {p}" for p in html_problems(md.render(document))]


# ---------------------------------------------------------------- JSON and alerts


def strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield key
            yield from strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from strings(item)


def json_problems(documents: list[Any]) -> list[str]:
    bad = [c for doc in documents for s in strings(doc) for c in hostile_characters(s)]
    return [f"hostile characters in JSON strings: {describe(bad)}"] if bad else []


_CHAT_MARKUP = re.compile(r"<[!@#]|<(?:https?|mailto|javascript):|<[^<>\s|]+\|[^<>]*>")
_BROADCAST = re.compile(r"(?i)(?<![\w`'])@(here|channel|everyone)\b")


def alert_problems(message: str) -> list[str]:
    problems = []
    bad = hostile_characters(message, tabs=False)
    if bad:
        problems.append(f"hostile characters {describe(bad)}")
    if _CHAT_MARKUP.search(message):
        problems.append(f"chat link markup: {_CHAT_MARKUP.search(message).group()!r}")  # type: ignore[union-attr]
    if _BROADCAST.search(message):
        problems.append(f"a broadcast mention: {_BROADCAST.search(message).group()!r}")  # type: ignore[union-attr]
    return problems


def parse_json_output(data: str, lines: bool) -> list[Any]:
    if lines:
        return [json.loads(line) for line in data.splitlines() if line.strip()]
    return [json.loads(data)]
