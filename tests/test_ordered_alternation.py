"""`ordered_alternation` shares the patterns' first letters without changing any match."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from webcare.analysis.lexicon import (
    COMPLAINT_PHRASES_EN,
    COMPLAINT_PHRASES_NL,
    PRAISE_PHRASES_EN,
    PRAISE_PHRASES_NL,
)
from webcare.analysis.patterns import ordered_alternation

GROUPS = {
    "complaints nl": COMPLAINT_PHRASES_NL,
    "praise nl": PRAISE_PHRASES_NL,
    "complaints en": COMPLAINT_PHRASES_EN,
    "praise en": PRAISE_PHRASES_EN,
}
WORDS = sorted(
    {w for group in GROUPS.values() for p in group for w in re.findall(r"[^\W\d_]+", p)}
    - {"b", "s", "w", "d"}  # escapes, not words
)
# Patterns whose order matters: a later one matches where an earlier one fails or matches less.
TRICKY = ["abcx", "ab", "abcd", "a\\w+", "ac", "(?:x|y)z", "xz?", "\\d+a", "1b", "ab|c", "", "b"]
TRICKY += [
    "a\\w\\w|q",
    "[ab]\\w\\w",
    "(?:a|b)?c",
    "bcd",
    "a\\w\\w\\w",
    "\u0663b",
    "\\d\\w",
    "\u0663",
]


def plain(patterns: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns))


def spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


@pytest.mark.parametrize("name", GROUPS)
@settings(max_examples=300, deadline=None)
@given(
    words=st.lists(
        st.sampled_from(WORDS) | st.sampled_from(["3", "12", ",", ".", "!", "é", "x"]),
        max_size=12,
    ),
    separator=st.sampled_from([" ", "  ", ", "]),
)
def test_phrases_match_exactly_as_the_plain_alternation(
    name: str, words: list[str], separator: str
) -> None:
    patterns = [p.removeprefix(r"\b") for p in GROUPS[name]]
    text = separator.join(words)
    assert spans(re.compile(ordered_alternation(patterns)), text) == spans(plain(patterns), text)


@settings(max_examples=500, deadline=None)
@given(
    patterns=st.lists(st.sampled_from(TRICKY), min_size=1, max_size=6),
    text=st.text(alphabet="abcdxyz1\u0663 ", max_size=12),
)
def test_order_of_overlapping_patterns_is_kept(patterns: list[str], text: str) -> None:
    assert spans(re.compile(ordered_alternation(patterns)), text) == spans(plain(patterns), text)


def test_shared_first_letters_are_compared_once() -> None:
    assert ordered_alternation(["niet", "nooit", "geen", "nog"]) == "n(?:iet|o(?:oit|g))|geen"
    # "\\d+a" may start with "1": "1b" may not jump over it, nor over a digit of any script.
    assert ordered_alternation(["1a", "\\d+a", "1b"]) == "1a|\\d+a|1b"
    assert ordered_alternation(["\u0663b", "\\d\\w", "\u0663"]) == "\u0663b|\\d\\w|\u0663"
