"""`quick_search` is found in a text exactly where its pattern is, at every place a search may
start and end (the word-start tests it moves look at the text before the start too)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from webcare.analysis import match_context
from webcare.analysis.patterns import quick_search

TRICKY = [
    r"\bab|ab\b",
    r"\b(?:a|b)c",
    r"\b(?:x\s+y|xy)?z",
    r"\b(?:é|e)t\b",
    r"\b\d+x",
    r"\b[ab]c",
    r"a\b|\bb",
    r"\b'q",
    r"\b(?:a|bc)(?=d)",
    r"\bab(?<!xab)c",
    r"\b(?:ab|a)(?:c|)\b",
    r"\b(?:a|b)?\b",
    r"^\W*ab|\bba",
    r"\b(?:ab|b\w+)\s+(?:c|d)\b",
]
REAL = [match_context._RESOLVED.pattern, match_context._LIST_MARKER.pattern]
PIECES = ["a", "b", "c", "d", "ab", "bc", "x", "xy", "y", "z", "é", "e", "t", "q", "3", "_", "'"]
PIECES += ["opgelost", "fixed", "werkt", "weer", "niet", "such", "as", "like", "bijv.", "e.g."]


@pytest.mark.parametrize("pattern", TRICKY + REAL)
@settings(max_examples=400, deadline=None)
@given(
    pieces=st.lists(st.sampled_from(PIECES), max_size=10),
    separators=st.lists(st.sampled_from(["", " ", "  ", ", ", ".", "\n", "-"]), min_size=10),
    window=st.tuples(st.integers(0, 60), st.integers(0, 60)),
)
def test_found_exactly_where_the_pattern_is(
    pattern: str, pieces: list[str], separators: list[str], window: tuple[int, int]
) -> None:
    text = "".join(piece + separator for piece, separator in zip(pieces, separators, strict=False))
    plain, quick = re.compile(pattern), re.compile(quick_search(pattern))
    start, end = min(window), max(window)
    assert (plain.search(text) is None) == (quick.search(text) is None), text
    assert (plain.search(text, start, end) is None) == (quick.search(text, start, end) is None), (
        text, start, end
    )  # fmt: skip


@pytest.mark.parametrize("pattern", TRICKY)
@pytest.mark.parametrize(
    "text", ["a'q", " 'q", "'q", "xabc", "_ab", "éab", "3x", "z3x", "ab", "b c"]
)
def test_word_starts_after_letters_digits_and_marks(pattern: str, text: str) -> None:
    plain, quick = re.compile(pattern), re.compile(quick_search(pattern))
    for start in range(len(text) + 1):
        assert (plain.search(text, start) is None) == (quick.search(text, start) is None)
