"""Text hygiene: hostile characters made inert. Pure. (HTML reduced to text is
`webcare.htmltext`, which only the sources that read HTML import.)

Mention text is written by strangers. It may carry terminal escapes, OSC 8 links, bidi
overrides or zero-width tricks; everything that reaches a store or a screen passes here.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    """`pattern` compiled when first needed, then kept. The character classes below take
    the regex compiler 0.3 to 1.1 ms each (about 17 million instructions in all), which
    every command paid at start; most commands, and most texts, need none of them or
    only `_SUSPECT`."""
    return re.compile(pattern)


# C0 controls except tab and newline, DEL, C1 controls (ESC-less CSI is U+009B), and the
# Unicode bidi controls (marks, embeddings, overrides, isolates) that can reorder what a
# reader sees: every Bidi_Control character, the Arabic letter mark U+061C included.
_UNSAFE = "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]"
# A whole escape sequence (CSI or OSC) is removed, not only its ESC, so no `[31m` is left over.
# An OSC runs to its BEL or ST within its line; one never ended is cut at the first space
# or line break (a terminal would swallow the rest of the text: the customer's words).
_ESCAPE_SEQUENCE = (
    r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\](?:[^\x07\x1b\n]*(?:\x07|\x1b\\)|[^\s\x07\x1b]*)|[@-Z\\-_])"
)
# Characters that show nothing but split a word for a program ("ac\u200bme" passes a
# keyword filter): soft hyphen, zero-width space, word joiner, invisible operators,
# deprecated format controls, BOM, interlinear annotations, the Mongolian vowel separator.
_INVISIBLE = "[\u00ad\u180e\u200b\u2060-\u2064\u206a-\u206f\ufeff\ufff9-\ufffb]"
# Tag characters smuggle ASCII invisibly; the only thing they are for is a subdivision flag
# (a black flag, tag letters, a cancel tag: England, Scotland, Wales), which is kept.
_TAGS = (
    "(\U0001f3f4[\U000e0030-\U000e0039\U000e0061-\U000e007a]{1,8}\U000e007f)|[\U000e0000-\U000e007f]"
)
# Zero-width (non-)joiners shape emoji sequences and Indic or Persian script; next to
# ASCII, a space or an edge they only split a word.
_STRAY_JOINER = "(?<![^\x00-\x7f\\s])[\u200c\u200d]+|[\u200c\u200d]+(?![^\x00-\x7f\\s])"
_SURROGATE = "[\ud800-\udfff]"
# Any character one of the patterns above (or a line or paragraph separator) could act on:
# text without one (nearly all of it) is left as it is by `scrub` without six passes.
_SUSPECT = (
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e"
    "\u2060-\u2069\u206a-\u206f\ud800-\udfff\ufeff\ufff9-\ufffb\U000e0000-\U000e007f]"
)
_BLANKS = re.compile(r"[ \t\u00a0]+")
_MANY_NEWLINES = re.compile(r"\n{3,}")


def has_surrogates(text: str) -> bool:
    """Whether `text` holds UTF-16 surrogates, which no UTF-8 store or stream accepts (JSON's
    `"\\ud800"` and feeds' `&#xD800;` make them)."""
    return _compiled(_SURROGATE).search(text) is not None


def repair_surrogates(text: str) -> str:
    """`text` with each lone surrogate replaced by U+FFFD (a split pair is joined again)."""
    if not has_surrogates(text):
        return text
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


def scrub(text: str) -> str:
    """Every hostile character out and lone surrogates repaired; line and paragraph
    separators are newlines; other whitespace is left as it is.

    For one-line messages and ids, where `clean_text`'s tidying would change meaning."""
    if _compiled(_SUSPECT).search(text) is None:
        return text
    text = _compiled(_ESCAPE_SEQUENCE).sub("", repair_surrogates(text))
    text = _compiled(_INVISIBLE).sub("", _compiled(_UNSAFE).sub("", text))
    text = _compiled(_TAGS).sub(_keep_flag, text)
    return _compiled(_STRAY_JOINER).sub("", text).replace("\u2028", "\n").replace("\u2029", "\n")


def _keep_flag(match: re.Match[str]) -> str:
    return match.group(1) or ""


def clean_text(text: str) -> str:
    """Remove escape sequences and invisible control, bidi, zero-width and tag characters;
    repair lone surrogates; tidy whitespace (line and paragraph separators are newlines)."""
    if _compiled(_SUSPECT).search(text) is None:
        if _tidy(text):
            return text  # nothing below would change it (most texts, and every one cleaned)
        # no carriage return (a `_SUSPECT`) and nothing for `scrub`: it need not look again
    else:
        text = scrub(text.replace("\r\n", "\n").replace("\r", "\n"))
    # Each pattern only where it would change something (substring tests are ~50x cheaper
    # than a pattern's scan of a text of many paragraphs, which is what most feed entries
    # are): a run of blanks changes only when it is longer than one space or holds a tab or
    # a no-break space, and blank lines only when three line breaks follow each other.
    if "  " in text or "\t" in text or "\u00a0" in text:
        text = _BLANKS.sub(" ", text)
    text = "\n".join([line.strip() for line in text.split("\n")])
    if "\n\n\n" in text:
        text = _MANY_NEWLINES.sub("\n\n", text)
    return text.strip()


def _tidy(text: str) -> bool:
    """Whether `clean_text`'s tidying of whitespace would leave this one-line text as it
    is (a carriage return is one `_SUSPECT` finds): no tab, no no-break space, no two
    spaces in a row, nothing `str.strip` strips at its ends. Substring tests, not a
    pattern: a pattern of these alternatives cost 4 us a mention."""
    return (
        "\n" not in text and "  " not in text and "\t" not in text and "\u00a0" not in text
        and text == text.strip()
    )  # fmt: skip


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


# Browsers drop tabs and line breaks anywhere in a URL; nothing else invisible belongs in one.
_URL_UNSAFE = "[\t\n\r\u200c\u200d\u2028\u2029]"


def clean_url(url: str) -> str:
    """A URL as read from a source, with what `scrub` removes and every line break, tab,
    joiner and line separator gone: what is left is what a reader sees."""
    return _compiled(_URL_UNSAFE).sub("", scrub(url)).strip()


_PERSONAL = r"[A-Z\u00c0-\u00de][a-z\u00df-\u00ff]{3,}|@|\w_|_\w"
"""What may be a person in a field's value: a capitalised word (Sanne, Verhoeven), an
`@handle` or a `snake_handle`."""


def quoted(value: object, limit: int = 40) -> str:
    """A field's value as a message may quote it: itself (repr) when it is short and looks
    like no one (a malformed time, number, code: `'gisteren om 14:00'`, `'n/a'`), else only
    its length. A field from the public may hold a name, and messages reach logs and cron
    mail. A name written all in lower case without `_` still shows: the rule errs on
    telling the operator what was wrong."""
    text = str(value)
    if len(text) > limit or (isinstance(value, str) and _compiled(_PERSONAL).search(text)):
        return f"({len(text)} characters, not shown)"
    return repr(value)
