"""phrase_search.phrases: the word-start gate changes no match."""

import re

from webcare.analysis.phrase_search import phrases


def test_gate_only_where_every_phrase_starts_with_a_word_character() -> None:
    gated = phrases((r"\bnot\s+good", r"(?<!niet\s)\bte\s+duur", r"\b\d+\s+stuks"), flags=0)
    assert gated.pattern.startswith(r"\b(?=\w)(?:")
    ungated = phrases((r"\bnot\s+good", r"\b#fail"), flags=0)
    assert "(?=\\w)" not in ungated.pattern
    unknown = phrases((r"\bnot\s+good", r"\b\w+\s+fail"), flags=0)
    assert "(?=\\w)" not in unknown.pattern


def test_gated_search_finds_what_the_plain_alternation_finds() -> None:
    sources = (r"\bnot\s+good", r"\bte\s+(?:duur|laat)", r"\b\d+\s+stuks", r"\bslecht\b")
    gated = phrases(sources, flags=0)
    plain = re.compile("|".join(rf"(?:{s})" for s in sources))
    for text in ("not good, te duur!", "  12 stuks... slecht", "notgood te laat", "", "!!! ?? te"):
        assert [m.span() for m in gated.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_positions_only_alternation_finds_the_same_places() -> None:
    from webcare.analysis.patterns import alternation

    sources = [r"(?:kan|can)\s+niet", r"\d+\s+dagen", r"storing", r"(?:ge|ver)blokkeerd", r"[ck]aart\s+weg"]
    places = re.compile(rf"(?<!\w)(?={alternation(sources, positions_only=True)})")
    plain = re.compile(rf"(?<!\w)(?=(?:{'|'.join(sources)}))")
    for text in ("kan niet inloggen, 3 dagen storing", "kaart weg en verblokkeerd? geblokkeerd", "can nietje 12 dagen"):
        assert [m.start() for m in places.finditer(text)] == [m.start() for m in plain.finditer(text)]


def test_gate_sees_past_a_leading_lookbehind() -> None:
    gated = phrases((r"(?<=\?\s)\b(?:juist|precies)\s*[,!:]", r"\bniet\s+goed"), flags=0)
    assert gated.pattern.startswith(r"\b(?=\w)(?:")


def test_first_phrase_starts_where_the_whole_search_does() -> None:
    from webcare.analysis.lexicon import COMPLAINT_PHRASES_NL, NEUTRAL_PHRASES_NL, PRAISE_PHRASES_NL
    from webcare.analysis.phrase_search import FirstPhrase

    groups = (COMPLAINT_PHRASES_NL, PRAISE_PHRASES_NL, NEUTRAL_PHRASES_NL)
    whole, first = phrases(*groups, flags=0), FirstPhrase(*groups)
    texts = (
        "", "prima", "echt?! niet normaal", "niet normaal?!", "wat?? juist, dat dacht ik",
        "pakket nog steeds niet bezorgd", "heel vriendelijk geholpen!?", "!? alleen tekens ?!",
        "te laat, niet te laat", "super service", "hoezo?!!",
    )  # fmt: skip
    for text in texts:
        found = whole.search(text)
        assert first.start(text) == (None if found is None else found.start()), text



def test_the_sentiment_phrase_lists_keep_the_word_character_gate() -> None:
    # One phrase that may start with something other than a word character ("'n 10", a
    # top-level "a|b" whose second half the first-character reading cannot see, a ",")
    # takes the gate off its whole list: every search of every text then tries the
    # alternation at every word end too, a sixth more analysis time when it happened.
    from webcare.analysis import lexicon

    for name in (
        "COMPLAINT_PHRASES_NL", "COMPLAINT_PHRASES_EN", "PRAISE_PHRASES_NL", "PRAISE_PHRASES_EN",
        "NEUTRAL_PHRASES_NL", "NEUTRAL_PHRASES_EN", "SARCASM_PHRASES", "SARCASM_CUES",
    ):  # fmt: skip
        pattern = phrases(tuple(getattr(lexicon, name)), flags=0).pattern
        assert pattern.startswith(r"\b(?=\w)(?:"), name
