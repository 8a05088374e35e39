"""A fast matcher for named rules of regular expressions, shared by urgency and topics. Pure.

Every rule has a name and patterns. `RuleMatcher.find` returns, per rule that matches, the
first place one of its patterns matches, in one pass over the text:

- Patterns match at the start of a word (not after a letter or digit), so `storing` finds
  "Storing?" and "#storing" but not "verstoring"; end a pattern with `\\b` to stop it
  matching longer words.
- Matching runs on the lower-cased text without re.IGNORECASE (about three times faster):
  built-in patterns are written in lower case; patterns from the config are wrapped in
  `(?i:…)` by their owner, so "RTL Nieuws" works as written.
- One combined lookahead finds every word start where any pattern matches; only there are
  the rules tried whose patterns can start with the text's next six characters (a run of
  white space read as one space, so `ik\\s+zeg` is not tried at every "ik "), so
  overlapping matches of different rules are all found. Patterns are merged into a trie of
  their literal prefixes, so a shared prefix is compared once. `Places` is that scan done
  once for several matchers (urgency and topics).
- A caller may turn a hit down (negated, resolved): the search goes on for a later one.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from typing import Any, NamedTuple

from webcare.analysis import compiled
from webcare.analysis.patterns import (
    alternation,
    lead_length,
    literal_prefix,
    spell_out,
    spelled_ways,
    widened,
)
from webcare.analysis.start_keys import DISPATCH, start_keys

_Match = Callable[[str, int], Any]  # a compiled regex's `match`
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'"})


def fold(text: str, lowered: str | None = None) -> str:
    """The form rules match against: lower case, typographic apostrophes made plain.
    `lowered` is `text.lower()`, if known."""
    if "\u2019" in text or "\u2018" in text or "\u02bc" in text:
        return text.translate(_QUOTES).lower()
    # Most texts have none of them: no copy to translate.
    return text.lower() if lowered is None else lowered


def user_pattern(pattern: str) -> str:
    """A pattern from the config: case-insensitive, whatever case it is written in."""
    return f"(?i:{pattern})"


class Hit(NamedTuple):
    # A named tuple, not a frozen dataclass: built for every hit, about three times faster.
    start: int
    end: int
    quote: str
    """What matched, as written in the original text where that is possible."""


class RuleMatcher:
    __slots__ = (
        "names", "widened", "_any", "_sources", "_each", "_by_prefix", "_anywhere", "_dispatch",
        "_key_prefixes", "_by_key", "_others", "_subsets",
    )  # fmt: skip

    def __init__(self, rules: Sequence[tuple[str, Sequence[str]]]) -> None:
        rules = [(name, tuple(patterns)) for name, patterns in rules if patterns]
        self.names = tuple(name for name, _ in rules)
        # Where any rule may match: each pattern's first few items only, a superset that
        # compiles fast; each rule's own regex then decides.
        everything = sorted(
            {
                wide
                for _, patterns in rules
                for original in patterns
                for p in spell_out(original)
                for wide in widened(p)
            }
        )
        self.widened = tuple(everything)
        self._any: re.Pattern[str] | None = None  # compiled if this matcher scans alone
        # Each rule's regex is two: the trie of its patterns with a literal prefix, then the
        # others (`alternation` puts them last), each tried only where one of its own
        # patterns may start; the second is most of the cost of a try and seldom needed.
        # Both are compiled when a text first needs them: compiling hundreds of patterns is
        # the slowest part of the first analysis, and most texts need few rules.
        sources: list[str] = []
        by_prefix: dict[str, set[int]] = {}  # -> 2 * rule + (0: its trie, 1: the others)
        anywhere: set[int] = set()
        # Each rule's others with their start keys: at a place only those that may start
        # there are tried (a regex of that subset, in the same order, finds the same match),
        # not the dozens of the whole list, each with its own scan ahead.
        self._others: list[tuple[tuple[str, frozenset[str] | None], ...]] = []
        for index, (_, patterns) in enumerate(rules):
            spelled = [p for original in patterns for p in spell_out(original)]
            parts = (
                [p for p in spelled if literal_prefix(p)],
                [p for p in spelled if not literal_prefix(p)],
            )
            sources += [alternation(part, expand=False) if part else "(?!)" for part in parts]
            self._others.append(tuple((p, start_keys(p)) for p in parts[1]))
            for pattern in spelled:
                part = 2 * index + (not literal_prefix(pattern))
                starts = start_keys(pattern)
                if starts is None:
                    anywhere.add(part)
                for start in starts or ():
                    by_prefix.setdefault(start, set()).add(part)
        self._subsets: dict[tuple[str, ...], _Match] = {}
        self._sources = tuple(sources)
        self._each: list[re.Pattern[str] | None] = [None] * len(sources)
        self._by_prefix = by_prefix
        self._anywhere = frozenset(anywhere)
        # Every beginning of a start key: a place's rules depend only on the longest of them
        # its text starts with, so the rules are worked out once per such beginning.
        self._key_prefixes = frozenset(key[:n] for key in by_prefix for n in range(len(key) + 1))
        self._by_key: dict[str, tuple[tuple[int, _Match, _Match | None], ...]] = {}
        self._dispatch: dict[str, tuple[tuple[int, _Match, _Match | None], ...]] = {}

    def _rules_at(self, start: str) -> tuple[tuple[int, _Match, _Match | None], ...]:
        """The rules that can match at a place whose text starts with `start`, each with
        its regexes' `match` (compiled the first time a place needs it): see `_match`."""
        length = len(start)
        while start[:length] not in self._key_prefixes:
            length -= 1
        key = start[:length]
        rules = self._by_key.get(key)
        if rules is None:
            found = set(self._anywhere)
            for cut in range(1, length + 1):
                found |= self._by_prefix.get(key[:cut], set())
            rules = self._by_key[key] = tuple(
                (index, *self._match(index, 2 * index in found, 2 * index + 1 in found, key))
                for index in sorted({part // 2 for part in found})
            )
        if len(self._dispatch) < 16384:  # bounded: a hostile text cannot grow it without end
            self._dispatch[start] = rules
        return rules

    def _match(
        self, index: int, trie: bool, others: bool, key: str
    ) -> tuple[_Match, _Match | None]:
        """The `match`es of rule `index`'s regexes where only its parts asked for may match,
        at a place whose text starts with `key`: the trie's, then (when it finds nothing)
        the others' that may start there, as the regex of both would find."""
        if not others:
            return self._regex(2 * index).match, None
        if not trie:
            return self._others_at(index, key), None
        return self._regex(2 * index).match, self._others_at(index, key)

    def _others_at(self, index: int, key: str) -> _Match:
        """The `match` of rule `index`'s others that may start at a place beginning `key`."""
        everything = self._others[index]
        subset = tuple(
            pattern
            for pattern, starts in everything
            if starts is None or any(key.startswith(start) for start in starts)
        )
        if len(subset) == len(everything):
            return self._regex(2 * index + 1).match
        found = self._subsets.get(subset)
        if found is None:
            source = alternation(subset, expand=False)
            found = self._subsets[subset] = compiled.pattern(source).match
        return found

    def _regex(self, part: int) -> re.Pattern[str]:
        regex = self._each[part]
        if regex is None:
            regex = self._each[part] = compiled.pattern(self._sources[part])
        return regex

    def find(
        self,
        text: str,
        folded: str | None = None,
        accept: Callable[[str, int, int, str], bool] | None = None,
        places: Iterable[int] | None = None,
    ) -> dict[str, Hit]:
        """Rule name -> its first hit, in rule order. `folded` is `fold(text)` if known.

        `accept(name, start, end, folded)` may turn a hit down (a negated or resolved
        one, say); the search then goes on for a later hit of that rule. `places` are
        where to try the rules, if known: `Places.find` of the folded text, one scan
        shared by several matchers; else this matcher scans the text itself.
        """
        low = fold(text) if folded is None else folded
        found = self._spans(low, accept, places)
        if not found:
            return {}
        # Quotes come from the original text unless lower-casing changed its length.
        source = text if len(low) == len(text) else low
        names = self.names
        hits = {}
        for index, (start, end) in sorted(found.items()):
            # The trie may take a rule's shorter pattern at the place, one that stops inside
            # a word ("charged $9" of "charged $900", "leaves in 4" of "in 40 minutes"): the
            # quote runs to the end of that word, so it never misstates what was written.
            if 0 < end < len(low) and low[end].isalnum() and low[end - 1].isalnum():
                end = _WORD_REST.match(low, end).end()  # type: ignore[union-attr]
            hits[names[index]] = Hit(start, end, source[start:end].strip())
        return hits

    def names_found(self, folded: str, places: Iterable[int] | None = None) -> tuple[str, ...]:
        """The names of the rules that match `folded` (`fold(text)`), in rule order: what
        `find` returns the keys of, without building its hits."""
        found = self._spans(folded, None, places)
        names = self.names
        return tuple(names[index] for index in sorted(found)) if found else ()

    def _spans(
        self,
        low: str,
        accept: Callable[[str, int, int, str], bool] | None,
        places: Iterable[int] | None,
    ) -> dict[int, tuple[int, int]]:
        """Rule index -> the span of its first accepted hit in `low` (see `find`)."""
        names = self.names
        found: dict[int, tuple[int, int]] = {}
        wanted = len(names)
        dispatch = self._dispatch
        if places is None:
            self._any = self._any or _places_regex(self.widened)
            places = map(_START, self._any.finditer(low))
        for position in places:
            key = low[position : position + DISPATCH]
            if key[:1].isdigit() and position > 1 and low[position - 1] in ".," and low[position - 2].isdigit():
                # Inside a number ("1.250", "1,1,1,..."): its rules were tried where it starts,
                # and each try here would read the rest of it again (quadratic on hostile text).
                continue
            if "  " in key or not key.isprintable():  # white space other than one " "
                key = _spaced(low, position)
            rules = dispatch.get(key)
            if rules is None:
                rules = self._rules_at(key)
            for index, match_at, then_at in rules:
                if index in found:
                    continue
                match = match_at(low, position)
                if match is None and then_at is not None:  # inline: no lambda's frame per try
                    match = then_at(low, position)
                if match is not None:
                    span = match.span()
                    if accept is not None:
                        start, end = span
                        if not accept(names[index], start, end, low):
                            continue
                    found[index] = span
            if len(found) == wanted:
                break
        return found


_START = re.Match.start
_WORD_REST = re.compile(r"\w*")
_SPACED = re.compile(rf"(?:\s+|\S){{0,{DISPATCH}}}")
_WHITE_RUN = re.compile(r"\s+")


def _spaced(low: str, position: int) -> str:
    """The dispatch key at a place whose text has white space other than single spaces
    (`start_keys` writes each run of it as one space, whatever it is)."""
    found = _SPACED.match(low, position)
    return _WHITE_RUN.sub(" ", found.group()) if found else ""


def _places_regex(widened: Sequence[str]) -> re.Pattern[str]:
    """Word starts where one of the (widened) patterns matches; `(?!)` never matches."""
    found = alternation(widened, positions_only=True)
    return compiled.pattern(rf"(?<!\w)(?={found})" if widened else "(?!)")


_WORD_START = re.compile(r"\w")


def _spelled(patterns: Sequence[str]) -> list[str]:
    """The patterns, each without a literal prefix written as the ways it can start when
    each of them opens with a literal (`spelled_ways`: the same places): in the trie they
    are passed over by one comparison, kept whole they are tried behind a lookbehind at
    every word start with one of their first letters."""
    out: list[str] = []
    for pattern in patterns:
        # A leading `\b` holds at every place the scan tries (a word start) before a word
        # character: a pattern whose every way opens with one needs none.
        bare = pattern[2:] if pattern.startswith("\\b") else pattern
        ways = None if literal_prefix(bare) else spelled_ways(bare)
        if ways and all(lead_length(way) for way in ways):
            if bare is pattern or all(_WORD_START.match(way) for way in ways):
                out += ways
                continue
        out.append(pattern)
    return out


class Places:
    """One scan of a folded text for the places where a rule of any of several matchers
    may match. Where a matcher's own scan would not stop, none of its rules matches (that
    scan is a superset of where they match): it finds the same hits at these places."""

    def __init__(self, *matchers: RuleMatcher) -> None:
        widened = sorted({wide for m in matchers for wide in m.widened})
        found = alternation(_spelled(widened), positions_only=True) if widened else "(?!)"
        # A word start is the text's start or right after a `\W`. `re` tries a regex that
        # opens with `(?<!\w)` at every place of the text, an engine call each; one that
        # opens with `\W` skips in C over the letters (114,000 -> 90,000 instructions a
        # bench tweet). Each match consumes its `\W` alone: no later place is passed over.
        self._after = compiled.pattern(rf"\W(?={found})")
        self._at_start = compiled.pattern(rf"(?={found})")

    def find(self, folded: str) -> list[int]:
        places = [found.start() + 1 for found in self._after.finditer(folded)]
        if self._at_start.match(folded) is not None:
            places.insert(0, 0)
        return places
