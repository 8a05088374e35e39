"""A fast matcher for named rules of regular expressions, shared by urgency and topics. Pure.

Every rule has a name and patterns. `RuleMatcher.find` returns, per rule that matches, the
first place one of its patterns matches, in one pass over the text:

- Patterns match at the start of a word (not after a letter or digit), so `storing` finds
  "Storing?" and "#storing" but not "verstoring"; end a pattern with `\\b` to stop it
  matching longer words.
- Matching runs on the lower-cased text without re.IGNORECASE (about three times faster):
  built-in patterns are written in lower case; patterns from the config are wrapped in
  `(?i:…)` by their owner, so "RTL Nieuws" works as written.
- One combined lookahead finds every word start where any pattern matches; only there is
  each rule tried, so overlapping matches of different rules are all found.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'"})


def fold(text: str) -> str:
    """The form rules match against: lower case, typographic apostrophes made plain."""
    return text.translate(_QUOTES).lower()


def user_pattern(pattern: str) -> str:
    """A pattern from the config: case-insensitive, whatever case it is written in."""
    return f"(?i:{pattern})"


def _structure(pattern: str, start: int = 0) -> Iterator[tuple[int, str, int]]:
    """The `(`, `)` and `|` of a pattern outside escapes and character classes, each with
    its index and the group depth before it: the one scanner the helpers below share."""
    depth, index, in_class = 0, start, False
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            if pattern[index + 1 : index + 2] == "]":
                index += 1  # a `]` first in a class is a literal
        elif char in "(|)":
            yield index, char, depth
            depth += {"(": 1, ")": -1, "|": 0}[char]
        index += 1


def _top_level_bar(pattern: str) -> bool:
    """Whether a pattern has an alternation `|` outside every group and character class."""
    return any(char == "|" and depth == 0 for _, char, depth in _structure(pattern))


def _group_end(pattern: str, start: int) -> int | None:
    """Index of the `)` closing the group that opens at `start`."""
    return next(
        (i for i, char, depth in _structure(pattern, start) if char == ")" and depth == 1), None
    )


def _split_bars(pattern: str) -> list[str]:
    """A pattern split at its top-level `|`."""
    cuts = [i for i, char, depth in _structure(pattern) if char == "|" and depth == 0]
    bounds = [-1, *cuts, len(pattern)]
    return [pattern[bounds[k] + 1 : bounds[k + 1]] for k in range(len(bounds) - 1)]


def _expand(pattern: str, budget: int = 64) -> list[str]:
    """`(?:car|van)\\s+crash` -> `car\\s+crash`, `van\\s+crash`: a leading group of choices
    (optional or not) becomes one pattern per choice, so each can start with a literal."""
    if not pattern.startswith("(?:") or _top_level_bar(pattern):
        return [pattern]
    end = _group_end(pattern, 0)
    if end is None:
        return [pattern]
    choices = _split_bars(pattern[3:end])
    after = pattern[end + 1 :]
    if after[:1] == "?" and after[1:2] not in ("?", "+"):
        after = after[1:]
        choices.append("")
    elif after[:1] in ("*", "+", "{", "?"):
        return [pattern]
    expanded: list[str] = []
    for choice in choices:
        candidate = choice + after
        if not candidate or candidate[0] in "?*+{":
            return [pattern]
        expanded.extend(_expand(candidate, budget))
        if len(expanded) > budget:
            return [pattern]
    return expanded


def _first_letter(pattern: str) -> str | None:
    """The literal character every match of the pattern starts with, when that is plain."""
    if len(pattern) < 2 or not ("a" <= pattern[0] <= "z" or "0" <= pattern[0] <= "9"):
        return None
    if pattern[1] in "?*+{" or _top_level_bar(pattern):
        return None
    return pattern[0]


def alternation(patterns: Sequence[str]) -> str:
    """One regex source matching any of the patterns, bucketed by first letter.

    The regex engine skips a branch whose first item is a literal that does not match with
    one comparison, so `a(?:bc|de)|f(?:gh)` is tried far faster at each position than
    `abc|ade|fgh` once there are hundreds of patterns. Patterns without a plain first
    letter are kept whole.
    """
    buckets: dict[str, list[str]] = {}
    rest: list[str] = []
    for pattern in (expanded for original in patterns for expanded in _expand(original)):
        first = _first_letter(pattern)
        if first is None:
            rest.append(f"(?:{pattern})")
        else:
            buckets.setdefault(first, []).append(pattern[1:])
    parts = [
        f"{first}(?:{'|'.join(f'(?:{tail})' for tail in tails)})"
        for first, tails in buckets.items()
    ]
    return "|".join([*parts, *rest])


@dataclass(frozen=True, slots=True)
class Hit:
    start: int
    end: int
    quote: str
    """What matched, as written in the original text where that is possible."""


class RuleMatcher:
    __slots__ = ("names", "_any", "_each", "_by_letter", "_anywhere")

    def __init__(self, rules: Sequence[tuple[str, Sequence[str]]]) -> None:
        rules = [(name, tuple(patterns)) for name, patterns in rules if patterns]
        self.names = tuple(name for name, _ in rules)
        everything = [pattern for _, patterns in rules for pattern in patterns]
        # `(?!)` never matches: an empty rule set finds nothing, quickly.
        self._any = re.compile(rf"(?<!\w)(?={alternation(everything)})" if everything else "(?!)")
        self._each = tuple(re.compile(alternation(patterns)) for _, patterns in rules)
        # Which rules can match at a position starting with a given letter: only those are tried.
        by_letter: dict[str, list[int]] = {}
        anywhere: list[int] = []
        for index, (_, patterns) in enumerate(rules):
            firsts = {_first_letter(p) for original in patterns for p in _expand(original)}
            if None in firsts:
                anywhere.append(index)
            for letter in firsts - {None}:
                by_letter.setdefault(letter, []).append(index)  # type: ignore[arg-type]
        self._anywhere = tuple(anywhere)
        self._by_letter = {
            letter: tuple(sorted({*indices, *anywhere})) for letter, indices in by_letter.items()
        }

    def find(self, text: str, folded: str | None = None) -> dict[str, Hit]:
        """Rule name -> its first hit, in rule order. `folded` is `fold(text)` if known."""
        low = fold(text) if folded is None else folded
        found: dict[int, Hit] = {}
        wanted = len(self.names)
        for candidate in self._any.finditer(low):
            position = candidate.start()
            for index in self._by_letter.get(low[position], self._anywhere):
                if index in found:
                    continue
                match = self._each[index].match(low, position)
                if match is not None:
                    start, end = match.span()
                    source = text if len(low) == len(text) else low
                    found[index] = Hit(start, end, source[start:end].strip())
            if len(found) == wanted:
                break
        return {self.names[index]: found[index] for index in sorted(found)}
