"""Text hygiene: what strangers write reaches screens and spreadsheets only as inert text."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from webcare.brand import BrandMatcher
from webcare.htmltext import html_to_text
from webcare.textutil import clean_text, one_line, quoted, scrub


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        # Whole escape sequences go, not just the ESC, so no "[31m" is left behind.
        ("\x1b[31mBOOS\x1b[0m klant", "BOOS klant"),
        ("\x1b[2J\x1b[Hscherm gewist", "scherm gewist"),
        ("\x1b[38;5;196mrood\x1b[m", "rood"),
        # OSC 8 hyperlinks (ST and BEL terminated) and window titles.
        ("\x1b]8;;https://evil.example/\x1b\\klik hier\x1b]8;;\x1b\\", "klik hier"),
        ("\x1b]8;;https://evil.example/\x07klik\x1b]8;;\x07", "klik"),
        ("\x1b]0;gehackt\x07tekst", "tekst"),
        # An OSC never ended takes its command with it, not the rest of the text.
        ("\x1b]8;;https://evil.example/pwn\nAcme is traag", "Acme is traag"),
        ("\x1b]8;;https://evil.example/pwn Acme is traag", "Acme is traag"),
        # C1 controls, including the one-byte CSI.
        ("a\x9b31mb\x85c\x90d", "a31mbcd"),
        # C0 controls and DEL; tab becomes a space, the line break stays.
        ("a\x00b\x07c\x08d\x7fe", "abcde"),
        ("kolom\tkolom", "kolom kolom"),
        # Bidi controls that reorder what a reader sees.
        ("factuur_\u202efdp.exe", "factuur_fdp.exe"),
        ("\u2066geïsoleerd\u2069 \u2067rtl\u2069 \u2068first\u2069", "geïsoleerd rtl first"),
        ("\u202a\u202b\u202c\u202d\u200e\u200f\u061ctekst", "tekst"),
        # Whitespace: CRLF and CR are newlines, at most one blank line, no ragged edges.
        ("regel 1\r\nregel 2\rregel 3", "regel 1\nregel 2\nregel 3"),
        ("alinea\n\n\n\n\nalinea", "alinea\n\nalinea"),
        ("alinea\n \n\nalinea", "alinea\n\nalinea"),  # a line of one blank is blank too
        ("een zin.\n\nnog een zin.", "een zin.\n\nnog een zin."),  # paragraphs stay
        ("  veel     spaties\u00a0hier  ", "veel spaties hier"),
        # Ordinary text, accents, emoji (with their zero-width joiners) and markup-like text stay.
        ("Café, één 😤 👨\u200d👩\u200d👧 € 84,50", "Café, één 😤 👨\u200d👩\u200d👧 € 84,50"),
        (
            "[bold red]x[/bold red] <script>alert(1)</script>",
            "[bold red]x[/bold red] <script>alert(1)</script>",
        ),
    ],
)
def test_clean_text(raw: str, clean: str) -> None:
    assert clean_text(raw) == clean


def test_clean_text_leaves_no_control_or_bidi_character_of_any_kind() -> None:
    every_control = "".join(chr(c) for c in (*range(0x00, 0x20), *range(0x7F, 0xA0)))
    bidi = "".join(chr(c) for c in range(0x2000, 0x2070) if unicodedata.bidirectional(chr(c)) in
                   {"LRE", "RLE", "LRO", "RLO", "PDF", "LRI", "RLI", "FSI", "PDI", "LRM", "RLM"})  # fmt: skip
    cleaned = clean_text(f"begin{every_control}midden{bidi}eind")
    leftovers = [c for c in cleaned if unicodedata.category(c) == "Cc" and c != "\n"]
    leftovers += [c for c in cleaned if unicodedata.bidirectional(c) in
                  {"LRE", "RLE", "LRO", "RLO", "PDF", "LRI", "RLI", "FSI", "PDI", "LRM", "RLM", "ALM"}]  # fmt: skip
    assert leftovers == []
    assert cleaned.startswith("begin")
    assert cleaned.endswith("middeneind")


@pytest.mark.parametrize(
    ("raw", "line"),
    [
        ("regel 1\nregel 2\n\nregel 3", "regel 1 regel 2 regel 3"),
        ("\x1b[1mvet\x1b[0m\tmet tab", "vet met tab"),
        ("  ", ""),
    ],
)
def test_one_line(raw: str, line: str) -> None:
    assert one_line(raw) == line


@pytest.mark.parametrize(
    ("markup", "text"),
    [
        ("<p>Hallo</p><p>wereld</p>", "Hallo\n\nwereld"),
        ("regel<br>regel twee", "regel\nregel twee"),
        ("regel<br/>regel twee<br />regel drie", "regel\nregel twee\nregel drie"),  # one break each
        ("<ul><li>één</li><li>twee</li></ul>", "één\n\ntwee"),
        ("<script>alert(1)</script>Echte tekst", "Echte tekst"),
        ("<style>p { color: red }</style><div>Alleen dit</div>", "Alleen dit"),
        ("Fish &amp; Chips &eacute;&#233;", "Fish & Chips éé"),
        # Feeds that escape twice.
        ("Fish &amp;amp; Chips", "Fish & Chips"),
        ("&lt;b&gt;vet&lt;/b&gt;", "<b>vet</b>"),
        ("<p>\x1b[31mrood\x1b[0m \u202eomgekeerd</p>", "rood omgekeerd"),
        # Not HTML: left as the customer wrote it.
        ("prijs < 10 euro en > 5 euro", "prijs < 10 euro en > 5 euro"),
    ],
)
def test_html_to_text(markup: str, text: str) -> None:
    assert html_to_text(markup) == text


# ---------------------------------------------------------------- is it about the brand?

MATCHER = BrandMatcher.build(("acme", "@acme_nl", "acme care"), ("acme vacatures",))


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Mijn pakket van Acme is nog steeds niet bezorgd", True),
        ("#acme waar blijft mijn bestelling", True),
        ("@acme_nl al drie keer gebeld", True),
        ("de acmebezorger stond op de stoep", True),  # a Dutch compound starts with the brand
        ("Acme   Care helpt niet", True),
        ("ACME!!!", True),
        ("Nieuwe acme vacatures in Utrecht", False),  # excluded, whatever else it says
        ("Acme vacatures: word bezorger bij Acme", False),
        ("bacme is een ander bedrijf", False),  # a keyword starts a word
        ("niets over ons", False),
    ],
)
def test_brand_keywords_and_excludes(text: str, kept: bool) -> None:
    assert MATCHER.matches(text) is kept


def test_an_empty_keyword_list_keeps_everything_but_excludes() -> None:
    matcher = BrandMatcher.build((), ("vacature",))
    assert matcher.matches("wat dan ook")
    assert not matcher.matches("een vacature")
    assert MATCHER.matches(None, "titel over Acme")  # title and text are read together


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ("gisteren om 14:00", "'gisteren om 14:00'"),  # what was wrong, quoted
        ("Sun, 22 Nov 2026 25:00:00 +0100", "'Sun, 22 Nov 2026 25:00:00 +0100'"),
        ("n/a", "'n/a'"),
        (9, "9"),
        ("vraag Sanne Verhoeven", "(21 characters, not shown)"),  # a name
        ("Émile", "(5 characters, not shown)"),
        ("zie @sanne_vh", "(13 characters, not shown)"),  # a handle
        ("sanne_vh", "(8 characters, not shown)"),
        ("x" * 41, "(41 characters, not shown)"),  # a sentence, perhaps
    ],
)
def test_a_field_value_is_quoted_in_messages_only_when_it_names_no_one(
    value: object, shown: str
) -> None:
    assert quoted(value) == shown


# Every character some hygiene rule acts on, and a few it leaves alone, mixed into text:
# the quick path (text with none of them is returned as it is) must agree with the rules
# applied one by one on every mixture.
_HOSTILE = (
    "\x00\x07\x08\x0b\x0c\x1b\x1f\x7f\x85\x9b\x9f\u00ad\u061c\u180e\u200b\u200c\u200d\u200e"
    "\u200f\u2028\u2029\u202a\u202e\u2060\u2064\u2066\u2069\u206a\u206f\ufeff\ufff9\ufffb"
    "\U000e0001\U000e0041\U000e007f\U0001f3f4\ud800\udc00[]8;\\\t\n a\u00e9\u00a0"
)


def _scrub_rule_by_rule(text: str) -> str:
    from webcare import textutil as t

    rule = t._compiled
    slow = rule(t._ESCAPE_SEQUENCE).sub("", t.repair_surrogates(text))
    slow = rule(t._INVISIBLE).sub("", rule(t._UNSAFE).sub("", slow))
    slow = rule(t._TAGS).sub(t._keep_flag, slow)
    return rule(t._STRAY_JOINER).sub("", slow).replace("\u2028", "\n").replace("\u2029", "\n")


@pytest.mark.parametrize("char", _HOSTILE, ids=lambda c: f"U+{ord(c):04X}")
def test_scrub_quick_path_misses_no_character_a_rule_acts_on(char: str) -> None:
    for text in (char, f"a{char}b", f"{char}{char}\U000e007f x"):
        assert scrub(text) == _scrub_rule_by_rule(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(_HOSTILE) | st.characters(), max_size=40))
def test_scrub_quick_path_agrees_with_every_rule_applied(text: str) -> None:
    assert scrub(text) == _scrub_rule_by_rule(text)


_FEED_PIECES = [
    "<p>", "</p>", "<P>", "<br>", "<br/>", "<br />", "<BR/>", "<b>", "</b>", "<em>", "</em>",
    '<a href="https://example.org/x?ref=feed&amp;src=rss">', "</a>", "<a href='/y'>",
    '<img src="https://example.org/i.jpg" alt="foto"/>', '<div class="c" id=\'d\'>', "</div>",
    "<li>", "</li>", "<h2>", "</h2 >", "<hr>", "<p/>", "<span title=\"a > b\">", "</span>",
    "&amp;", "&amp;amp;", "&eacute;", "&#233;", "&#xe9;", "&nbsp;", "&bogus;", "&", "AT&T",
    "&lt;b&gt;", "&amp", "\x1b[31m", "\u202e", "\n", "  ", ">", "Acme", "klant wacht",
    "op levering", "héél boos", "😀",
]  # fmt: skip
# What the parser reads in its own way: the text must still come out as it says.
_ODD_PIECES = [
    "<script>", "</script>", "<style>", "<!-- opmerking -->", "<!DOCTYPE html>", "<?xml?>",
    "<title>", "</title>", "<textarea>", "<a href=unquoted>", "</p class=x>", "<p\xa0class='x'>",
    "<", "< p>", "<1>", "<a\u2028href='x'>", "<noscript>", "</noscript>",
]  # fmt: skip


def _through_the_parser(markup: str) -> str:
    """What `html_to_text` gave when every fragment went through `HTMLParser`."""
    import html

    from webcare.htmltext import _LOOKS_LIKE_HTML, _parsed_parts

    if not _LOOKS_LIKE_HTML.search(markup):
        return clean_text(markup)
    text = "".join(_parsed_parts(markup))
    return clean_text(html.unescape(text) if "&" in text else text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_FEED_PIECES + _ODD_PIECES), max_size=30))
def test_html_to_text_reads_every_fragment_as_the_html_parser_does(pieces: list[str]) -> None:
    markup = "".join(pieces)
    assert html_to_text(markup) == _through_the_parser(markup)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_FEED_PIECES), max_size=30))
def test_feed_markup_reads_as_the_html_parser_reads_it(pieces: list[str]) -> None:
    from webcare.htmltext import _simple_parts

    markup = "".join(pieces)
    assert _simple_parts(markup) is not None  # the quick path
    assert html_to_text(markup) == _through_the_parser(markup)


def test_feed_markup_takes_the_quick_path_with_the_same_text() -> None:
    from webcare.htmltext import _simple_parts

    entry = (
        '<p><b>Acme</b> levert niet.</p><p>Wacht al <em>dagen</em> &amp; meer '
        '<a href="https://example.org/nl/1/2?ref=feed&amp;src=rss">lees meer</a>.</p>'
        '<p><img src="https://example.org/img/1-2.jpg" alt="foto"/> Boos.<br/>Echt.</p>'
    )
    assert _simple_parts(entry) is not None
    assert html_to_text(entry) == _through_the_parser(entry)
    assert html_to_text(entry) == "Acme levert niet.\n\nWacht al dagen & meer lees meer.\n\nBoos.\nEcht."


def _tidied_the_long_way(text: str) -> str:
    """`clean_text` as it was before it learned to leave tidy text alone."""
    import re

    from webcare.textutil import _BLANKS, _MANY_NEWLINES

    text = _BLANKS.sub(" ", scrub(text.replace("\r\n", "\n").replace("\r", "\n")))
    lines = [line.strip() for line in text.split("\n")]
    return re.sub(_MANY_NEWLINES, "\n\n", "\n".join(lines)).strip()


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.sampled_from([
            "a", "Acme", "é", "😀", " ", "  ", "\t", "\n", "\r", "\r\n", "\u00a0", "\u2003",
            "\u3000", "\x0b", "\x0c", "\x1c", "\x85", "\u2028", "\u2029", "\u200b", "\u200d",
            "\x1b[31m", "\u202e", "\ud800", "\U000e0041", ".",
        ]),
        max_size=25,
    ).map("".join)
)
def test_clean_text_changes_what_the_long_way_changes(text: str) -> None:
    assert clean_text(text) == _tidied_the_long_way(text)
