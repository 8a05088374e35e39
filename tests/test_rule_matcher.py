"""The rule matcher finds what each rule's whole regex finds at every word start.

`RuleMatcher` tries a rule at a place only with the patterns that can start there: that
may not change which rule matches, where, or with which of its patterns (the quote, and
what urgency's checks read after the match). A rule's regex (`patterns.alternation`)
matches what its patterns do, each alone.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from webcare.analysis import topics, urgency
from webcare.analysis.patterns import alternation, spell_out
from webcare.analysis.rules import Hit, Places, RuleMatcher, fold

Accept = Callable[[str, int, int, str], bool] | None


def reference(
    rules: Sequence[tuple[str, Sequence[str]]], text: str, accept: Accept = None
) -> dict[str, Hit]:
    """Each rule's whole regex, tried at every place no word character precedes."""
    low = fold(text)
    source = text if len(low) == len(text) else low
    found: dict[str, Hit] = {}
    for name, patterns in rules:
        if not patterns:
            continue
        regex = whole(tuple(patterns))
        for place in range(len(low) + 1):
            if place and re.match(r"\w", low[place - 1]):
                continue
            match = regex.match(low, place)
            if match and (accept is None or accept(name, *match.span(), low)):
                found[name] = Hit(*match.span(), source[match.start() : match.end()].strip())
                break
    return found


@functools.cache
def whole(patterns: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(alternation(patterns))


def every_other(name: str, start: int, end: int, low: str) -> bool:
    return start % 2 == 0  # turns some hits down: the search goes on for a later one


URGENCY = [(c.name, c.patterns) for c in urgency.ruleset().categories]
TOPICS = [(t.name, t.patterns) for t in topics.ruleset().topics]
WORDS = sorted(
    {w for _, patterns in URGENCY + TOPICS for p in patterns for w in re.findall(r"[^\W\d_]+", p)}
    - {"b", "s", "w", "d"}  # escapes, not words
)
URGENCY_MATCHER = urgency.ruleset().matcher
TOPIC_MATCHER = topics.ruleset().matcher
PLACES = Places(URGENCY_MATCHER, TOPIC_MATCHER)


@settings(max_examples=200, deadline=None)
@given(
    words=st.lists(
        st.sampled_from(WORDS)
        | st.sampled_from(["3", "12", "€", ",", ".", "!", "?", "niet", "not", "\u0663", "@acme"]),
        max_size=14,
    ),
    separator=st.sampled_from([" ", "  ", ", ", "\n"]),
)
def test_built_in_rules_match_as_their_whole_regexes(words: list[str], separator: str) -> None:
    text = separator.join(words)
    places = PLACES.find(fold(text))
    for rules, matcher in ((URGENCY, URGENCY_MATCHER), (TOPICS, TOPIC_MATCHER)):
        for accept in (None, every_other):
            expected = reference(rules, text, accept)
            assert matcher.find(text, accept=accept, places=places) == expected
            assert matcher.find(text, accept=accept) == expected


# Patterns whose order matters where they overlap: "a\\w+" must not jump ahead of "abd",
# which the whole rule tries first (it shares "ab" with "abc"), where "abc" cannot match.
TRICKY = [
    "abc",
    "a1",
    "a\\d",
    "a\\w+",
    "abd",
    "ab",
    "a\\w",
    "(?:x|y)z",
    "xz?",
    "\\d+a",
    "1b",
    "[ab]\\w\\w",
]
TRICKY += ["(?:abc|abd|ab|b|bd|x|xy)\\w?", "\\d\\w", "ab|c", "(?<!b )abd", "\\w+z"]


@settings(max_examples=500, deadline=None)
@given(
    rules=st.lists(st.lists(st.sampled_from(TRICKY), min_size=1, max_size=5), max_size=3),
    text=st.text(alphabet="abcdxyz1 ", max_size=14),
)
def test_overlapping_patterns_keep_the_order_the_whole_rule_has(
    rules: list[list[str]], text: str
) -> None:
    named = [(f"r{i}", patterns) for i, patterns in enumerate(rules)]
    matcher = RuleMatcher(named)
    for accept in (None, every_other):
        assert matcher.find(text, accept=accept) == reference(named, text, accept)


PAIRS = [
    (pattern, re.compile(pattern), re.compile(alternation([pattern])))
    for pattern in sorted({e for _, ps in URGENCY + TOPICS for p in ps for e in spell_out(p)})
]


@settings(max_examples=100, deadline=None)
@given(
    words=st.lists(st.sampled_from(WORDS) | st.sampled_from(["3", ",", "'"]), max_size=10),
    separator=st.sampled_from([" ", ", "]),
)
def test_each_built_in_pattern_matches_in_a_rule_regex_as_it_does_alone(
    words: list[str], separator: str
) -> None:
    # Long leading choices ("(?:app|site|website|...)\\s+...") are compared a letter at a
    # time in a rule's regex: the same choice must win, so the same span.
    text = separator.join(words)
    for pattern, alone, in_rule in PAIRS:
        assert [m.span() for m in in_rule.finditer(text)] == [
            m.span() for m in alone.finditer(text)
        ], pattern


@pytest.mark.parametrize("text", ["abdxx", "Abd", "x abd abcx"])
def test_a_pattern_shared_prefix_decides_before_a_later_catch_all(text: str) -> None:
    matcher = RuleMatcher([("r", ["abc", "a\\w+", "abd"])])
    assert matcher.find(text) == reference([("r", ["abc", "a\\w+", "abd"])], text)
    assert matcher.find(text)["r"].quote.lower().startswith("abd")


def test_a_digit_of_another_script_is_tried_with_every_pattern_of_the_rule() -> None:
    # `\\d` matches "\u0663" (Arabic-Indic three), which the matcher's start keys read as 0-9
    # only: where such a digit starts a place, the whole rule is tried, as it always was.
    rules = [("r", [r"\d+a", r"\w+z", r"\d\w"])]
    assert RuleMatcher(rules).find("\u0663az \u0663") == reference(rules, "\u0663az \u0663")
