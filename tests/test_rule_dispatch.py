"""Which rules the matcher tries at a place: its dispatch on the next characters.

The matcher only tries a rule where the text's next characters (a run of white space read
as one space) can begin one of its patterns. These tests hold that shortcut to what the
rules' own regexes find: it may skip work, never a hit.
"""

from __future__ import annotations

import random
import re

import pytest

from webcare.analysis.rules import RuleMatcher, fold
from webcare.analysis.start_keys import start_keys


@pytest.mark.parametrize(
    ("pattern", "keys"),
    [
        (r"storing", {"storin"}),
        (r"ik\s+(?:zeg|stap)\s+op", {"ik zeg", "ik sta"}),
        (r"i'?ll\s+sue\b", {"i'll s", "ill su"}),
        (r"(?:i'm|i\s+am)\s+done", {"i'm do", "i am d"}),
        (r"is\s+(?:weer\s+)?plat", {"is wee", "is pla"}),
        (r"te\s*veel", {"te vee", "teveel"}),  # a space or none
        (r"app\s+\w+\s+kapot", {"app "}),
        (r"in\s+brand\b", {"in bra"}),
        (r"a\s*&\s*e\b", {"a&e", "a& e", "a &e", "a & e"}),
        # A lookbehind does not move: the key is read after it.
        (r"(?<!\bi\s)(?:dont|don'?t)\s+(?:even\s+)?download", {"don't ", "dont e", "dont d"}),
        # Nor does a word boundary: a pattern opening with one is not tried at every place.
        (r"\b(?:sms|mail)\w*\s+(?:\S+\s+){0,3}?nep\b", {"sms", "mail"}),
        (r"\bniet\s+\bmeer", {"niet m"}),
    ],
)
def test_start_keys_read_white_space_as_one_space_and_spell_out_choices(
    pattern: str, keys: set[str]
) -> None:
    assert start_keys(pattern) == keys


def test_a_pattern_that_can_start_with_anything_has_no_keys() -> None:
    assert start_keys(r"\w+ing") is None
    assert start_keys(r"(?i:rtl\s+nieuws)") is None


RULES = [
    ("churn", [r"ik\s+zeg\s+(?:mijn\s+)?abonnement\s+op", r"i'?ll\s+cancel\b", r"ik\s+stap\s+over"]),
    ("outage", [r"is\s+(?:weer\s+)?plat\b", r"app\s+(?:\w+\s+)?crasht", r"storing"]),
    ("legal", [r"i'?ll\s+sue\b", r"in\s+gebreke\s+gesteld", r"advocaat"]),
    ("done", [r"(?:i'm|i\s+am)\s+done\b", r"(?:ik\s+ben|we\s+zijn)\s+klaar"]),
    ("money", [r"te\s*veel\s+betaald", r"(?<!\bniet\s)dubbel\s?betaald", r"a\s*&\s*e\b"]),
    ("fraud", [r"\b(?:sms|mail)\w*\s+(?:\S+\s+){0,3}?nep\b", r"\bis\s+\bdat\s+echt"]),
]
WORDS = [
    "ik", "zeg", "mijn", "abonnement", "op", "i'll", "ill", "cancel", "stap", "over", "is",
    "weer", "plat", "app", "crasht", "storing", "sue", "in", "gebreke", "gesteld", "advocaat",
    "i'm", "i", "am", "done", "ben", "we", "zijn", "klaar", "de", "het", "Is", "IK", "te",
    "veel", "teveel", "betaald", "niet", "dubbel", "dubbelbetaald", "a", "&", "e", "a&e",
    "sms", "smsje", "mail", "nep", "dat", "echt",
]  # fmt: skip
# Every kind of white space a text brings: tabs, line breaks, no-break and thin spaces.
SPACES = [" ", " ", " ", "  ", "\t", "\n", " \n ", "\u00a0", "\u2009", "\r\n"]


def _first_hits(text: str) -> dict[str, int]:
    """Each rule's first match at a word start, by its patterns' plain regexes."""
    low = fold(text)
    found = {}
    for name, patterns in RULES:
        regex = re.compile(r"(?<!\w)(?:" + "|".join(patterns) + ")")
        match = regex.search(low)
        if match:
            found[name] = match.start()
    return found


def test_the_dispatch_finds_what_the_rules_regexes_find_whatever_the_white_space() -> None:
    matcher = RuleMatcher(RULES)
    rng = random.Random(12)
    texts = [
        "".join(rng.choice(WORDS) + rng.choice(SPACES) for _ in range(rng.randint(1, 9)))
        for _ in range(3000)
    ]
    texts += ["ik\tzeg mijn\nabonnement  op", "Is\u00a0weer plat", "i'll\r\nsue", "ill sue"]
    hits = 0
    for text in texts:
        expected = _first_hits(text)
        found = {name: hit.start for name, hit in matcher.find(text).items()}
        assert found == expected, text
        hits += len(found)
    assert hits > 500  # the texts do hit: the comparison is not between two empty results


def test_the_built_in_rules_leave_words_they_cannot_start_at_alone() -> None:
    # One pattern the place scan cannot read a start from (round 48: an outage rule opened
    # with lookbehinds) makes it stop at every word of every text: the analysis then tried
    # rules at two and a half times as many places, 8% more time. Words no rule starts
    # with must give no place.
    from webcare.analysis.compose import _rules
    from webcare.settings import Settings

    places = _rules(Settings())[2]
    assert places.find(fold("qxz vvj, zqk; jjq xxv! wq")) == []
    assert places.find(fold("storing")) == [0]  # and a word some rule starts with does


def test_lookbehinds_after_a_word_neither_cut_the_widened_pattern_nor_stay_in_it() -> None:
    # Round 49: "werk" and ten lookbehinds (the codes that do not work) filled the sixty
    # characters `widened` reads, so the place scan stopped at every "werkelijk" and
    # "werkgever". A lookbehind only narrows where a pattern matches: left out, the
    # widened pattern still matches wherever the pattern does.
    from webcare.analysis.patterns import widened

    codes = "".join(rf"(?<!{code}\swerk)" for code in ("kortingscode", "actiecode", "cadeaubon"))
    pattern = rf"werk{codes}(?:t|en)\s+niet\b"
    wide = widened(pattern)
    assert all("(?<" not in w for w in wide)
    assert any(re.match(w, "werkt niet") for w in wide)
    assert not any(re.match(w, "werkelijk") for w in wide)
    assert re.match(pattern, "werkt niet") and not re.search(pattern, "kortingscode werkt niet")
