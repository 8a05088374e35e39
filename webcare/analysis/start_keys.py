"""Which rules may match at a place: the start keys `rules.RuleMatcher` dispatches on. Pure.

A place's text (six characters, each run of white space one space) decides which rules
are tried there: those with a pattern whose start key it begins with. The finer the keys,
the fewer rules are tried in vain: "is ", "in ", "ik " begin many patterns.
"""

from __future__ import annotations

import functools

from webcare.analysis.patterns import (
    META,
    first_chars,
    group_end,
    group_of_choices,
    split_bars,
    top_level_bar,
)

DISPATCH = 6
"""Characters of a place's text (each run of white space one space) that decide which
rules are tried there."""
_QUANTIFIERS = ("?", "*", "+", "{")


@functools.cache
def start_keys(pattern: str) -> frozenset[str] | None:
    """What any match of the pattern starts with, up to `DISPATCH` characters each, its
    runs of white space written as one space (`RuleMatcher.find` reads a place the same way):
    {"ik zeg", "ik sta"} for `ik\\s+(?:zeg|stap)\\s+...`, {"i'll s", "ill su"} for
    `i'?ll\\s+sue`; None when it can start with anything. The longer and finer the keys,
    the fewer rules are tried at a place: "is ", "in ", "ik " start many patterns."""
    keys = _spaced_prefixes(pattern)
    if keys is None or "" in keys:
        first = first_chars(pattern)
        return frozenset(first) if first is not None else None
    return keys


def _joined(head: str, tail: str) -> str:
    """Two spaced prefixes as one: white space on both sides of the seam is one run."""
    both = head + tail[1:] if head.endswith(" ") and tail.startswith(" ") else head + tail
    return both[:DISPATCH]


@functools.cache
def _spaced_prefixes(pattern: str, whole: bool = True) -> frozenset[str] | None:
    """Every way a match of the pattern can start, as literals with each run of white
    space (`\\s`, `\\s+`, " ") one space, cut at `DISPATCH` characters; None when some
    match can start with a character not written out (a class, `\\w`, `.`). `whole`: a
    pattern, not a choice of a group (which has no top-level `|` to look for). A key that
    ends in `_END` read its pattern to the end: what follows the pattern may go on it."""
    if whole and top_level_bar(pattern):
        found: set[str] = set()
        for part in split_bars(pattern):
            keys = _spaced_prefixes(part) if part else None
            if keys is None:
                return None
            found |= keys
        return frozenset(found)
    head, index = "", 0
    # A lookbehind and a word boundary consume nothing: what follows them starts the match.
    while pattern.startswith(("(?<!", "(?<=", "\\b"), index):
        if pattern.startswith("\\b", index):
            index += 2
            continue
        end = group_end(pattern, index)
        if end is None:
            return None
        index = end + 1
    while index < len(pattern) and len(head) < DISPATCH:
        char, after = pattern[index], pattern[index + 1 : index + 2]
        if pattern.startswith("\\b", index):
            index += 2
            continue
        if pattern.startswith("\\s", index):
            quantifier = pattern[index + 2 : index + 3]
            if quantifier == "+" and pattern[index + 3 : index + 4] not in _QUANTIFIERS:
                head, index = _joined(head, " "), index + 3
                continue
            if quantifier in ("*", "?") and pattern[index + 3 : index + 4] not in _QUANTIFIERS:
                # `\\s*`, `\\s?`: a space or none
                return _continued(head, [" ", ""], pattern[index + 3 :])
            if quantifier in _QUANTIFIERS:
                break  # `\\s{2}`, `\\s+?`: a run this key does not say
            head, index = _joined(head, " "), index + 2
            continue
        if pattern.startswith("(?:", index):
            group = group_of_choices(pattern, index)
            if group is None or len(group[0]) > 128:
                break  # unclosed, repeated, or too long a list to spell out
            return _continued(head, *group)
        if char in META or (char.isspace() and char != " "):
            break
        if after == "?" and pattern[index + 2 : index + 3] not in ("?", "+"):
            # An optional letter: "i'?ll" is "i'll" or "ill".
            return _continued(head, [char, ""], pattern[index + 2 :])
        if after in _QUANTIFIERS:
            break  # "ab+c": the quantifier binds to the last literal, so it stays out
        head, index = _joined(head, char), index + 1
    return frozenset({head}) if head else None


_END = "\x00"
"""Put after a choice to see whether its keys read it to the end (no pattern has it)."""


def _continued(head: str, choices: list[str], after: str) -> frozenset[str] | None:
    """`head`, then any of the choices, then `after`: the spaced prefixes of each choice
    alone, those that read their choice to the end going on with `after`'s (worked out
    once, not once per choice of a long list). A choice that can start with anything is
    read by its first characters, if plain; else the keys are `head` alone."""
    found: set[str] = set()
    rest: frozenset[str] | None = None
    for choice in choices:
        keys = _spaced_prefixes(choice + _END, whole=False) if choice else frozenset({_END})
        if keys is None:
            first = first_chars(choice + after)
            if first is None:
                return frozenset({head}) if head else None
            keys = frozenset(first)
        for key in keys:
            if not key.endswith(_END):
                found.add(_joined(head, key))
                continue
            if rest is None:
                rest = _rest_keys(after)
            found |= {_joined(_joined(head, key[:-1]), tail) for tail in rest}
    return frozenset(found)


def _rest_keys(after: str) -> frozenset[str]:
    """How what follows a choice can start: its spaced prefixes, or its first characters,
    or "" when it can start with anything (the key then ends before it)."""
    if not after:
        return frozenset({""})
    keys = _spaced_prefixes(after, whole=False)
    if keys is None:
        first = first_chars(after)
        return frozenset(first) if first is not None else frozenset({""})
    return keys  # a key that ends in `_END` (inside a choice) read the choice to the end
