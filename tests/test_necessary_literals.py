"""Necessary literals (`necessary.requirements`): the words a text must hold for a pattern
to match. The rule matcher skips a rule's regex where its text holds none of them, so a
requirement that a matching text lacks would lose a hit: these tests hold the derivation
to what `re` itself matches, over generated patterns and over every built-in rule."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from webcare.analysis import topics as topic_rules
from webcare.analysis import urgency as urgency_rules
from webcare.analysis import urgency_other_languages as other_languages
from webcare.analysis.necessary import _UNSAFE_FOLDED, best, precheck, requirements
from webcare.analysis.patterns import spell_out
from webcare.analysis.rules import RuleMatcher, fold
from webcare.settings import TopicSettings, UrgencySettings


def _holds(found: tuple[frozenset[str], ...], text: str) -> bool:
    return all(any(s in text for s in requirement) for requirement in found)


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"storing", {frozenset({"storing"})}),
        # A window: both of its words must be there, whatever lies between them.
        (r"ben\s+(?:\w+\s+){0,5}?weg", {frozenset({"ben"}), frozenset({"weg"})}),
        # A choice: one of its branches' words (a branch's best: its longest).
        (r"(?:app|site)\s+(?:ligt\s+)?plat", {frozenset({"app", "site"}), frozenset({"plat"})}),
        # Optional parts, classes and negative lookarounds say nothing.
        (r"(?:geen\s+)?\w+(?!\s+niet)", set()),
        # A lookbehind's and a lookahead's text is in the text too.
        (r"(?<=mijn\s)pas(?=\s+kwijt)", {frozenset({"mijn"}), frozenset({"pas"}), frozenset({"kwijt"})}),
        # A choice with one branch that says nothing makes the whole choice say nothing.
        (r"kapot|\d+", set()),
        # Case-insensitive: lowered, and "i"/"s" (which also match "ı"/"ſ") end a word.
        (r"(?i:RTL\s+Nieuws)", {frozenset({"rtl"}), frozenset({"n"}), frozenset({"euw"})}),
        (r"[", set()),  # not a pattern at all: no requirement, never a wrong one
    ],
)
def test_requirements_of_a_pattern(pattern: str, expected: set[frozenset[str]]) -> None:
    assert set(requirements(pattern)) == expected


def test_the_best_requirement_is_one_the_place_does_not_already_hold() -> None:
    found = requirements(r"betaling\s+(?:\w+\s+){0,3}mislukt")
    assert best(found) == frozenset({"betaling"})
    assert best(found, present="betali") == frozenset({"mislukt"})
    assert best(requirements("storing"), present="storin") is None
    # A union of the patterns' best words; a word holding another needs no test of its own.
    assert set(precheck([r"gas\s+lekkage", r"gaslek\w*"]) or ()) == {"gaslek", "lekkage"}
    assert precheck([r"storingen\b", r"\w+\s+storing"]) == ("storing",)
    assert precheck([r"gas\s+lekkage", r"\d+"]) is None


def test_ascii_letters_that_ignorecase_folds_only_to_themselves() -> None:
    """Every ASCII character but the unsafe ones matches (with re.IGNORECASE) only
    characters that lower-case to its own lower case: in a lowered text, itself."""
    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    unsafe = set()
    for code in range(128):
        char = chr(code)
        others = {m for m in re.findall(re.escape(char), every, re.IGNORECASE) if m.lower() != char.lower()}
        if others:
            unsafe.add(char)
    assert unsafe == set(_UNSAFE_FOLDED)


_ATOMS = ["a", "b", "i", "s", "k", "ab", "ba", "sk", " ", r"\s+", r"\w", ".", "[ab]", r"\b"]


def _patterns() -> st.SearchStrategy[str]:
    atom = st.sampled_from(_ATOMS)

    def extend(inner: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
        return st.one_of(
            st.lists(inner, min_size=1, max_size=4).map("".join),
            st.lists(inner, min_size=2, max_size=3).map(lambda xs: "(?:" + "|".join(xs) + ")"),
            st.tuples(inner, st.sampled_from(["?", "*", "+", "{1,2}", "+?", "{0,2}?", "*+"])).map(
                lambda x: f"(?:{x[0]}){x[1]}"
            ),
            inner.map(lambda x: f"(?={x})"),
            inner.map(lambda x: f"(?!{x})"),
            inner.map(lambda x: f"(?i:{x})"),
            inner.map(lambda x: f"(?>{x})"),
            inner.map(lambda x: f"({x})"),
        )

    return st.recursive(atom, extend, max_leaves=8)


# "ı", "ſ", "K" (Kelvin), "İ": what re.IGNORECASE matches to "i", "s" and "k".
_TEXTS = st.text(alphabet="abiskABISK ıſ\u212a\u0130\n", max_size=12)


@settings(max_examples=1000, deadline=None)
@given(_patterns(), _TEXTS, st.sampled_from(["", "(?<=a)", "(?<!b)"]))
def test_a_matching_text_holds_every_requirement(pattern: str, raw: str, behind: str) -> None:
    pattern = behind + pattern
    text = raw.lower()  # what the rules match: lowered texts
    if re.search(pattern, text) is not None:
        assert _holds(requirements(pattern), text), (pattern, text, requirements(pattern))


def _corpus() -> list[str]:
    """Every text of the labelled probes in the repository, folded as the rules see them."""
    texts = []
    for path in sorted((Path(__file__).parent / "labelled").glob("*.tsv")):
        with path.open(encoding="utf-8", newline="") as handle:
            texts += [fold(row["text"]) for row in csv.DictReader(handle, delimiter="\t") if row.get("text")]
    return texts


def _builtin_patterns() -> list[str]:
    urgency = urgency_rules.ruleset(UrgencySettings())
    topics = topic_rules.ruleset(TopicSettings())
    originals = [p for rules in (urgency.categories, topics.topics) for rule in rules for p in rule.patterns]
    originals += [p for patterns in other_languages.PATTERNS.values() for p in patterns]
    spelled = {spelled for original in originals for spelled in spell_out(original)}
    return sorted(spelled)


def test_every_builtin_rule_pattern_that_matches_a_probe_text_finds_its_requirements_there() -> None:
    texts = _corpus()
    assert len(texts) > 1000
    joined = "\n\x00\n".join(texts)  # a match of one text alone is found in this too
    patterns = _builtin_patterns()
    assert len(patterns) > 1000
    checked = matched = 0
    for pattern in patterns:
        found = requirements(pattern)
        if not found:
            continue
        checked += 1
        regex = re.compile(pattern)
        anchored = any(anchor in pattern for anchor in ("^", "$", r"\A", r"\Z"))
        if not anchored and regex.search(joined) is None:
            continue  # no text matches it: none can lack its requirements
        for text in texts:
            if regex.search(text) is not None:
                matched += 1
                assert _holds(found, text), (pattern, text, found)
    # The comparison is not vacuous: most patterns have requirements, thousands match.
    assert checked > 0.8 * len(patterns)
    assert matched > 1000


def test_the_matcher_skips_a_window_without_its_last_word_and_still_finds_it_with_it() -> None:
    matcher = RuleMatcher([("gone", [r"ben\s+(?:\w+\s+){0,5}?weg"]), ("tv", [r"(?i:RTL\s+Nieuws)"])])
    assert matcher.find("ik ben al drie weken bezig") == {}
    assert set(matcher.find("Ik ben al drie weken weg")) == {"gone"}
    assert set(matcher.find("zag het bij rtl nieuws")) == {"tv"}
    assert matcher.find("zag het bij rtl") == {}
