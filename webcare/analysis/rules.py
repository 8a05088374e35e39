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
  the rules tried whose patterns can start with the text's next two characters, so
  overlapping matches of different rules are all found. Patterns are merged into a trie of
  their literal prefixes, so a shared prefix is compared once.
- A caller may turn a hit down (negated, resolved): the search goes on for a later one.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
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


_META = frozenset(".^$*+?{}[]\\|()")


def _literal_prefix(pattern: str) -> int:
    """How many leading characters of the pattern are plain literals every match starts with."""
    if _top_level_bar(pattern):
        return 0
    length = 0
    while length < len(pattern) and pattern[length] not in _META:
        if pattern[length + 1 : length + 2] in ("?", "*", "{"):
            break  # "e-?bike": the "-" is optional, so the prefix ends at "e"
        length += 1
    return length


def alternation(patterns: Sequence[str]) -> str:
    """One regex source matching any of the patterns, as a trie of their literal prefixes.

    The regex engine skips a branch whose first item is a literal that does not match with
    one comparison, so `ge(?:hackt|stolen)|sc(?:am|hok)` is tried far faster at each
    position than `gehackt|gestolen|scam|schok` once there are hundreds of patterns: each
    shared prefix is compared once. Branches keep the patterns' order where they can.
    Patterns without a literal prefix are kept whole, after the others.
    """
    root: dict = {}  # char -> child node; "" -> [(order, tail)] ending at this node
    rest: list[str] = []
    expanded = [e for original in patterns for e in _expand(original)]
    for order, pattern in enumerate(expanded):
        length = _literal_prefix(pattern)
        if length == 0:
            rest.append(f"(?:{pattern})")
            continue
        node = root
        for char in pattern[:length]:
            node = node.setdefault(char, {})
        node.setdefault("", []).append((order, pattern[length:]))
    return "|".join([*_emit(root), *rest])


def _first_order(node: dict) -> int:
    tails = node.get("", [])
    children = [_first_order(child) for key, child in node.items() if key]
    return min([order for order, _ in tails] + children)


def _emit(node: dict) -> list[str]:
    """The alternatives of one trie node, in the order their first pattern came."""
    branches: list[tuple[int, str]] = [
        (order, f"(?:{tail})" if tail else "") for order, tail in node.get("", [])
    ]
    for char, child in node.items():
        if not char:
            continue
        inner = _emit(child)
        body = inner[0] if len(inner) == 1 else f"(?:{'|'.join(inner)})"
        branches.append((_first_order(child), re.escape(char) + body))
    branches.sort(key=lambda branch: branch[0])
    return [branch for _, branch in branches]


@dataclass(frozen=True, slots=True)
class Hit:
    start: int
    end: int
    quote: str
    """What matched, as written in the original text where that is possible."""


class RuleMatcher:
    __slots__ = ("names", "_any", "_each", "_by_prefix", "_by_letter", "_anywhere", "_dispatch")

    def __init__(self, rules: Sequence[tuple[str, Sequence[str]]]) -> None:
        rules = [(name, tuple(patterns)) for name, patterns in rules if patterns]
        self.names = tuple(name for name, _ in rules)
        everything = [pattern for _, patterns in rules for pattern in patterns]
        # `(?!)` never matches: an empty rule set finds nothing, quickly.
        self._any = re.compile(rf"(?<!\w)(?={alternation(everything)})" if everything else "(?!)")
        self._each = tuple(re.compile(alternation(patterns)) for _, patterns in rules)
        # Which rules can match where the text starts with given two characters (or one, for
        # patterns with a one-letter prefix): only those are tried there.
        by_prefix: dict[str, set[int]] = {}
        by_letter: dict[str, set[int]] = {}
        anywhere: set[int] = set()
        for index, (_, patterns) in enumerate(rules):
            for pattern in (p for original in patterns for p in _expand(original)):
                length = _literal_prefix(pattern)
                if length >= 2:
                    by_prefix.setdefault(pattern[:2], set()).add(index)
                elif length == 1:
                    by_letter.setdefault(pattern[0], set()).add(index)
                else:
                    anywhere.add(index)
        self._by_prefix = by_prefix
        self._by_letter = by_letter
        self._anywhere = frozenset(anywhere)
        self._dispatch: dict[str, tuple[int, ...]] = {}

    def _rules_at(self, start: str) -> tuple[int, ...]:
        """The rules that can match at a place whose text starts with `start` (2 characters)."""
        indices = self._dispatch.get(start)
        if indices is None:
            indices = tuple(
                sorted(
                    self._by_prefix.get(start, set())
                    | self._by_letter.get(start[:1], set())
                    | self._anywhere
                )
            )
            if len(self._dispatch) < 4096:  # bounded: a hostile text cannot grow it without end
                self._dispatch[start] = indices
        return indices

    def find(
        self,
        text: str,
        folded: str | None = None,
        accept: Callable[[str, int, int, str], bool] | None = None,
    ) -> dict[str, Hit]:
        """Rule name -> its first hit, in rule order. `folded` is `fold(text)` if known.

        `accept(name, start, end, folded)` may turn a hit down (a negated or resolved
        one, say); the search then goes on for a later hit of that rule.
        """
        low = fold(text) if folded is None else folded
        found: dict[int, Hit] = {}
        wanted = len(self.names)
        for candidate in self._any.finditer(low):
            position = candidate.start()
            for index in self._rules_at(low[position : position + 2]):
                if index in found:
                    continue
                match = self._each[index].match(low, position)
                if match is not None:
                    start, end = match.span()
                    if accept is not None and not accept(self.names[index], start, end, low):
                        continue
                    source = text if len(low) == len(text) else low
                    found[index] = Hit(start, end, source[start:end].strip())
            if len(found) == wanted:
                break
        return {self.names[index]: found[index] for index in sorted(found)}
