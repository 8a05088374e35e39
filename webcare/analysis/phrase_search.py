"""Searching a text for many phrases fast: the mechanics sentiment's phrase lists share. Pure.

`phrases` compiles lists of phrases (regex sources, most starting with `\\b`) into one
pattern that tests the word boundary once per place; `sub_folded` replaces their matches
while searching the lower-cased text with a case-sensitive twin.
"""

from __future__ import annotations

import re

from webcare.analysis import compiled
from webcare.analysis.patterns import (
    alternation,
    first_chars,
    group_end,
    ordered_alternation,
    split_bars,
    top_level_bar,
)

_LOOKBEHIND_THEN_WORD_START = re.compile(r"((?:\(\?<!?[^()]*\))+)\\b")


def word_runs(tokens: list[str]) -> set[str]:
    """The words of a text as `\\b` sees them (each maximal run of `\\w`), from its
    `language.TOKEN` tokens, which also hold ' and - ("zo'n", "niet-werkend"). A pattern
    that needs a word between two word boundaries cannot match a text whose runs lack it:
    a set test then saves a scan of the whole text."""
    joined = " ".join(tokens)  # one test in C for both marks
    if "'" in joined or "-" in joined:
        return set(joined.replace("'", " ").replace("-", " ").split())
    return set(tokens)  # the tokens themselves, their hashes already known


def phrases(*groups: tuple[str, ...], flags: int = re.IGNORECASE) -> re.Pattern[str]:
    # One `\b` in front of the alternation instead of one per phrase: the engine then
    # tries the phrases only at word starts, which makes the search about ten times faster.
    # The case-sensitive twin shares the phrases' first letters too (same matches).
    at_word_start, anywhere = _parts(groups, flags)
    parts = [at_word_start] if at_word_start else []
    parts += [f"(?:{p})" for p in anywhere]
    return compiled.pattern("|".join(parts), flags)


def _parts(
    groups: tuple[tuple[str, ...], ...], flags: int, *, positions_only: bool = False
) -> tuple[str, list[str]]:
    """The regex of the phrases that start at a word start ("" if none), and the others.
    `positions_only`: the regex only says where a match starts (`alternation`'s trie, which
    may try a later phrase first, so which one matches may change, never whether)."""
    patterns = [p for group in groups for p in group]
    at_word_start = [p.removeprefix(r"\b") for p in patterns if p.startswith(r"\b")]
    anywhere = [p for p in patterns if not p.startswith(r"\b")]
    # "(?<!niet\s)\bte\s+laat" starts at a word start too: tried after the others, as
    # before, but not at every place of the text.
    while anywhere and (lookbehind := _LOOKBEHIND_THEN_WORD_START.match(anywhere[0])):
        at_word_start.append(lookbehind.group(1) + anywhere.pop(0)[lookbehind.end() :])
    if not at_word_start:
        return "", anywhere
    if positions_only:
        either = alternation(at_word_start, positions_only=True)
    elif flags & re.IGNORECASE:
        either = "|".join(f"(?:{p})" for p in at_word_start)
    else:
        either = ordered_alternation(at_word_start)
    # `\b` holds at the end of every word too; where no phrase can start with anything but
    # a word character, one test of the next character turns those places away before the
    # engine tries the alternation's branches there (about a fifth of a search's cost).
    # A lookbehind before a phrase ("(?<=\?\s)juist") consumes nothing: what follows it starts.
    starts = [first_chars(_after_lookbehinds(p)) for p in at_word_start]
    gate = r"(?=\w)" if all(_word_characters(chars) for chars in starts) else ""
    return rf"\b{gate}(?:" + either + ")", anywhere


def _after_lookbehinds(pattern: str) -> str:
    """The pattern without its leading lookbehinds (`(?<=…)`, `(?<!…)`)."""
    while pattern.startswith(("(?<=", "(?<!")) and (end := group_end(pattern, 0)) is not None:
        pattern = pattern[end + 1 :]
    return pattern


class FirstPhrase:
    """Where the first match of `phrases(*groups, flags=0)` starts in a lower-cased text, or
    None: the same place, found cheaper. The leftmost match of an alternation is the
    leftmost of its parts' matches, so the phrases that may start anywhere (not at a word
    start: "?!", tried at every place of the text) are searched apart, and only in a text
    that holds one of the characters they start with."""

    __slots__ = ("_word_start", "_anywhere", "_firsts")

    def __init__(self, *groups: tuple[str, ...]) -> None:
        # Only the place counts: the phrases as a trie of their literal prefixes, about
        # twice as fast to search as in their order (`ordered_alternation`).
        at_word_start, anywhere = _parts(groups, 0, positions_only=True)
        self._word_start = compiled.pattern(at_word_start or "(?!)")
        self._anywhere = (
            compiled.pattern("|".join(f"(?:{p})" for p in anywhere)) if anywhere else None
        )
        firsts = [_escaped_first_chars(p) for p in anywhere]
        # None: some pattern may start with anything, and the text is always searched.
        self._firsts = None if None in firsts else tuple("".join(firsts))  # type: ignore[arg-type]

    def start(self, low: str) -> int | None:
        found = self._word_start.search(low)
        anywhere = self._anywhere
        if anywhere is None or (
            self._firsts is not None and not any(char in low for char in self._firsts)
        ):
            return None if found is None else found.start()
        other = anywhere.search(low)
        if other is not None and (found is None or other.start() < found.start()):
            return other.start()
        return None if found is None else found.start()


def _escaped_first_chars(pattern: str) -> str | None:
    """`first_chars`, also of an escaped mark ("\\?" starts with "?")."""
    if top_level_bar(pattern):
        found = [_escaped_first_chars(part) for part in split_bars(pattern)]
        return None if None in found else "".join(found)  # type: ignore[arg-type]
    if pattern[:1] == "\\" and pattern[1:2] and not pattern[1].isalnum():
        return pattern[1]
    return first_chars(pattern)


_WORD_CHARACTER = re.compile(r"\w")


def _word_characters(chars: str | None) -> bool:
    """Whether `chars` (a pattern's `first_chars`) are all word characters: False if unknown."""
    if not chars:
        return False
    return all(_WORD_CHARACTER.match(char) for char in chars)


def sub_folded(  # type: ignore[no-untyped-def]
    pattern: re.Pattern[str], folded: re.Pattern[str], text: str, replace, start: int = 0
) -> str:
    """`pattern.sub` that searches the lower-cased text with `folded` (a case-sensitive
    twin, about four times faster) and splices the replacements into the original, so the
    caps VADER reads as emphasis survive. Texts whose length changes when lower-cased
    (a Turkish dotted I) take the case-insensitive pattern. `start`: where the caller
    knows no match begins before (word boundaries and lookbehinds still see the text
    before it)."""
    low = text.lower()
    if len(low) != len(text):
        return pattern.sub(replace, text)
    out: list[str] = []
    position = 0
    for match in folded.finditer(low, start):
        out += (text[position : match.start()], replace(match))
        position = match.end()
    if not out:
        return text
    out.append(text[position:])
    return "".join(out)
