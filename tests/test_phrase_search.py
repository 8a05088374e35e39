"""phrase_search.phrases: the word-start gate and the literal-led branches change no match."""

import re

from webcare.analysis.phrase_search import phrases


def test_gate_only_where_every_phrase_starts_with_a_word_character() -> None:
    # A phrase opening with `\\w` cannot be led by a literal, nor one opening with `\\d`
    # beside one whose literal opens with a digit (the order could change): the gated form.
    gated = phrases(
        (r"\bnot\s+good", r"(?<!niet\s)\bte\s+duur", r"\b10\s+stuks", r"\b\d+\s+stuks"), flags=0
    )
    assert gated.pattern.startswith(r"\b(?=\w)(?:")
    ungated = phrases((r"\bnot\s+good", r"\b#fail", r"\b\d+\s+stuks"), flags=0)
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
    sources = (
        r"(?<=\?\s)\b(?:juist|precies)\s*[,!:]", r"\bniet\s+goed", r"\b10\s+stuks", r"\b\d+\s+stuks"
    )  # fmt: skip
    assert phrases(sources, flags=0).pattern.startswith(r"\b(?=\w)(?:")


def test_literal_led_branches_match_what_the_plain_alternation_matches() -> None:
    # Each phrase read as the ways it starts, its `\\b` and lookbehinds tested after its
    # first characters: the same matches, and the same phrase first where two could match.
    sources = (
        r"\b(?:veel\s+|echt\s+)?te\s+duur", r"\bte\s+(?:laat|vroeg)", r"(?<!niet\s)\bte\s+laat",
        r"\b#fail", r"\b'n\s+10\b", r"\bniet\s+(?:zo\s+)?goed|\bslecht\b",
        r"\b(?:ge|ver)?blokkeerd",
        r"(?<=\?\s)\b(?:juist|precies)\s*[,!:]", r"\?\?*\s*!+|!!*\s*\?+", r"\bniet\b",
        r"\b\d+\s+(?:sterren|stuks)", r"\b\d+\s*%",
    )  # fmt: skip
    led = phrases(sources, flags=0)
    assert not led.pattern.startswith("\\b")
    plain = re.compile("|".join(rf"(?:{s})" for s in sources))
    texts = (
        "veel te duur, echt te laat!", "niet te laat", "#fail #failed a#fail", "'n 10 voor jou",
        "niet zo goed, niet goed, slecht", "geblokkeerd verblokkeerd blokkeerd ontblokkeerd",
        "wat?? juist, precies! ?! !!?", "juist, precies", "niet-werkend niet", "",
        "12 stuks, a12 stuks, 3 sterren; 50% en 7 %", "niet 2 stuks",
    )  # fmt: skip
    for text in texts:
        found = [(m.span(), m.group()) for m in led.finditer(text)]
        assert found == [(m.span(), m.group()) for m in plain.finditer(text)], text


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


def test_first_phrase_from_a_place_is_the_first_match_from_there() -> None:
    # `rewrite.prepare` searches the praise and neutral lists from where the three lists'
    # first phrase is, and skips a list that has none from there.
    from webcare.analysis.lexicon import NEUTRAL_PHRASES_NL, PRAISE_PHRASES_EN, PRAISE_PHRASES_NL
    from webcare.analysis.phrase_search import FirstPhrase

    texts = (
        "te laat, maar heel vriendelijk geholpen", "super service, top!", "per stuk?! prima",
        "the crew went above and beyond, great flight", "?! hoezo, prima", "niks, in goede orde",
    )  # fmt: skip
    for group in (PRAISE_PHRASES_NL, NEUTRAL_PHRASES_NL, PRAISE_PHRASES_EN):
        whole, first = phrases(group, flags=0), FirstPhrase(group)
        for text in texts:
            # Each place a search could hand on: the text's start and its word starts.
            for pos in [0, *(m.start() for m in re.finditer(r"(?<=\W)\w", text))]:
                found = whole.search(text, pos)
                assert first.start(text, pos) == (None if found is None else found.start()), (text, pos)



def test_the_sentiment_phrase_lists_keep_the_word_character_gate() -> None:
    # One phrase that may start with something other than a word character ("'n 10", a
    # top-level "a|b" whose second half the first-character reading cannot see, a ",")
    # takes the gate off its whole list: every search of every text then tries the
    # alternation at every word end too, a sixth more analysis time when it happened.
    # Better still, a list whose every phrase opens with a literal (or a group of them)
    # has every branch led by one, and the engine skips to where one stands: a phrase
    # that cannot be so read (`\\w+`, a `^`) costs its list that too.
    from webcare.analysis import lexicon
    from webcare.analysis.phrase_search import FirstPhrase

    led = (
        "COMPLAINT_PHRASES_NL", "PRAISE_PHRASES_NL", "PRAISE_PHRASES_EN", "NEUTRAL_PHRASES_EN",
        "NEUTRAL_PHRASES_NL", "COMPLAINT_PHRASES_EN", "SARCASM_CUES",
    )  # fmt: skip
    for name in (*led, "SARCASM_PHRASES"):
        pattern = phrases(tuple(getattr(lexicon, name)), flags=0).pattern
        if name in led:
            assert not pattern.startswith("\\b"), name
        else:
            assert pattern.startswith(r"\b(?=\w)(?:"), name
    for language in ("NL", "EN"):
        kinds = ("COMPLAINT", "PRAISE", "NEUTRAL")
        first = FirstPhrase(*(getattr(lexicon, f"{kind}_PHRASES_{language}") for kind in kinds))
        assert first._at_start is not None, language  # searched after a `\\W`, not at a `\\b`


def test_the_led_sarcasm_search_finds_what_the_one_regex_finds() -> None:
    # `LedSearch` searches the phrases that may start anywhere apart, only in a text with
    # one of `needs`: each of their matches must hold one, or a match would be lost.
    import random

    from webcare.analysis import sentiment
    from webcare.analysis.lexicon import POLITICAL_SARCASM_PHRASES, SARCASM_PHRASES

    apolitical = tuple(p for p in SARCASM_PHRASES if p not in POLITICAL_SARCASM_PHRASES)
    pairs = (
        (phrases(SARCASM_PHRASES, flags=0), sentiment._SARCASM),
        (phrases(apolitical, flags=0), sentiment._SARCASM_APOLITICAL),
    )
    pieces = (
        "...", "..", "…", ",", " ", "  ", "\n", "not", "nou", "lekker", "#", "/s", "sarcasm",
        "thanks", "a", "lot", "for", "the", "outage", "yeah", "right", "fraai", ".", "!",
        "great", "again", "x", "bedankt", "voor", "het", "verpesten", "knap", "hoor",
    )  # fmt: skip
    rng = random.Random(45)
    for _ in range(8000):
        text = "".join(rng.choice(pieces) + rng.choice(("", " ")) for _ in range(rng.randint(1, 9)))
        for one, led in pairs:
            whole, found = one.search(text), led.search(text)
            assert (whole and whole.span()) == (found and found.span()), text
