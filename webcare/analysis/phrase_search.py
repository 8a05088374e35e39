"""Searching a text for many phrases fast: the mechanics sentiment's phrase lists share. Pure.

`phrases` compiles lists of phrases (regex sources, most starting with `\\b`) into one
pattern that tests the word boundary once per place; `sub_folded` replaces their matches
while searching the lower-cased text with a case-sensitive twin.
"""

from __future__ import annotations

import functools
import re

from webcare.analysis import compiled
from webcare.analysis.patterns import (
    alternation,
    first_chars,
    group_end,
    lead_length,
    ordered_alternation,
    spelled_ways,
    split_bars,
    top_level_bar,
)

_GATE = r"\b(?=\w)(?:"  # see `_parts`
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
    # The case-sensitive twin shares the phrases' first letters too (same matches), and
    # opens every branch with a literal where it can (`_led`).
    if not flags and (led := _led(groups)) is not None:
        return compiled.pattern("|".join(led))
    at_word_start, anywhere = _parts(groups, flags)
    parts = [at_word_start] if at_word_start else []
    parts += [f"(?:{p})" for p in anywhere]
    return compiled.pattern("|".join(parts), flags)


def _split(groups: tuple[tuple[str, ...], ...]) -> tuple[list[str], list[str]]:
    """The phrases that start at a word start (their `\\b` left off), and the others."""
    patterns = [p for group in groups for p in group]
    at_word_start = [p.removeprefix(r"\b") for p in patterns if p.startswith(r"\b")]
    anywhere = [p for p in patterns if not p.startswith(r"\b")]
    # "(?<!niet\s)\bte\s+laat" starts at a word start too: tried after the others, as
    # before, but not at every place of the text.
    while anywhere and (lookbehind := _LOOKBEHIND_THEN_WORD_START.match(anywhere[0])):
        at_word_start.append(lookbehind.group(1) + anywhere.pop(0)[lookbehind.end() :])
    return at_word_start, anywhere


def _led(groups: tuple[tuple[str, ...], ...]) -> list[str] | None:
    """The top-level branches of a case-sensitive regex matching what `phrases(*groups,
    flags=0)` matches, in the same order, each opening with a literal character or `\\d`;
    None if one cannot (see `_word_start_ways`).

    The ways that open with `\\d` ("\\d+ sterren", "\\d+e keer") go after the literal ones:
    at a place where a digit stands no letter-led way can match, so the order holds,
    unless a literal way (or one that may start anywhere) opens with a digit too (then
    None: the order would change)."""
    found = _word_start_ways(groups)
    if found is None:
        return None
    others: list[str] = []
    for phrase in _split(groups)[1]:
        ways = spelled_ways(phrase)
        if ways is None or not all(lead_length(way) for way in ways):
            return None
        others += ways
    if found[1] and any(way[:1].isdigit() for way in (*found[0], *others)):
        return None
    led = [ordered_alternation(found[0])] if found[0] else []
    return [*led, *found[1], *others]


def _word_start_ways(
    groups: tuple[tuple[str, ...], ...],
) -> tuple[list[str], list[str]] | None:
    """The phrases that start at a word start, as the ways they can start, in their order:
    those that open with a literal, and those that open with `\\d`; None if one opens
    with anything else (see `_phrase_ways`)."""
    led: list[str] = []
    digits: list[str] = []
    for phrase in _split(groups)[0]:
        found = _phrase_ways(phrase)
        if found is None:
            return None
        led += found[0]
        digits += found[1]
    return led, digits


@functools.cache
def _phrase_ways(phrase: str) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """A phrase that starts at a word start (its `\\b` left off) as the ways it can start,
    in its order: those that open with a literal, and those that open with `\\d`.

    A regex that opens with `\\b` (or any other test) makes `re` try it at every place of
    the text, an engine call each (about 2 µs a tweet a search); one whose branches all
    open with a literal, or with `\\d`, skips in C to where one of those characters
    stands. So each phrase is read as the ways it can start (`(?:a|b)c` is `ac|bc`, tried
    in that order too), and its `\\b` and leading lookbehinds are tested after its first
    literal characters (`(?<!niet\\s)\\bte\\s+laat` -> `te(?<!\\wte)(?<!(?:niet\\s)te)\\s+laat`):
    the same matches, in the same order. Cached: the phrase lists are read twice (their
    own search and `FirstPhrase`)."""
    led: list[str] = []
    digits: list[str] = []
    lookbehinds: list[tuple[str, str]] = []
    while phrase.startswith(("(?<=", "(?<!")):
        end = group_end(phrase, 0)
        if end is None:
            return None
        lookbehinds.append((phrase[:4], phrase[4:end]))
        phrase = phrase[end + 1 :]
    ways = spelled_ways(phrase)
    if ways is None:
        return None
    ways.reverse()
    while ways:
        way = ways.pop()
        if way.startswith(r"\b"):  # a second `\b` where one already holds
            again = spelled_ways(way[2:])
            if again is None:
                return None
            ways += reversed(again)
            continue
        if way.startswith(r"\d") and way[2:3] not in ("?", "*", "{"):
            # `\d+…` is `\d\d*…`: one digit, then the rest.
            lead, rest = r"\d", ("\\d*" + way[3:] if way[2:3] == "+" else way[2:])
            word = True
        else:
            length = lead_length(way)
            if not length:
                return None
            lead, rest = way[:length], way[length:]
            # `\b` before a word character: none before it; before a mark: one.
            word = bool(_WORD_CHARACTER.match(lead[1] if lead[0] == "\\" else lead[0]))
        word_start = "(?<!\\w" if word else "(?<=\\w"
        tests = [f"{word_start}{lead})"]
        tests += [f"{kind}(?:{body}){lead})" for kind, body in lookbehinds]
        (digits if lead == r"\d" else led).append(lead + "".join(tests) + rest)
    return tuple(led), tuple(digits)


def _parts(
    groups: tuple[tuple[str, ...], ...], flags: int, *, positions_only: bool = False
) -> tuple[str, list[str]]:
    """The regex of the phrases that start at a word start ("" if none), and the others.
    `positions_only`: the regex only says where a match starts (`alternation`'s trie, which
    may try a later phrase first, so which one matches may change, never whether)."""
    at_word_start, anywhere = _split(groups)
    if not at_word_start:
        return "", anywhere
    if positions_only:
        # Each phrase as the ways it can start (`_phrase_ways`): a phrase that opens with a
        # group of choices is otherwise kept whole, behind a lookbehind tried at every word
        # start with one of its first letters; spelled out, it joins the trie.
        ways: list[str] = []
        for phrase in at_word_start:
            found = _phrase_ways(phrase)
            ways += [*found[0], *found[1]] if found is not None else [phrase]
        either = alternation(ways, positions_only=True)
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

    __slots__ = ("_at_start", "_word_start", "_anywhere", "_firsts")

    def __init__(self, *groups: tuple[str, ...]) -> None:
        # Only the place counts: the phrases as a trie of their literal prefixes, about
        # twice as fast to search as in their order (`ordered_alternation`).
        at_word_start, anywhere = _parts(groups, 0, positions_only=True)
        self._at_start: re.Pattern[str] | None = None
        if at_word_start.startswith(_GATE):
            # Every such phrase starts with a word character, so at a word start it is
            # after a `\W` or at the text's start. A search for `\W` then the phrases
            # skips in C over the letters of the text: `re` tries a regex that opens with
            # `\b` at every place of it, an engine call each.
            phrases = at_word_start[len(_GATE) : -1]
            self._at_start = compiled.pattern(f"(?:{phrases})")
            at_word_start = rf"\W(?=(?:{phrases}))"
        self._word_start = compiled.pattern(at_word_start or "(?!)")
        self._anywhere = (
            compiled.pattern("|".join(f"(?:{p})" for p in anywhere)) if anywhere else None
        )
        firsts = [_escaped_first_chars(p) for p in anywhere]
        # None: some pattern may start with anything, and the text is always searched.
        self._firsts = None if None in firsts else tuple("".join(firsts))  # type: ignore[arg-type]

    def start(self, low: str, pos: int = 0) -> int | None:
        """`pos`: where the caller knows no match begins before (0, or a place a search of
        the same text returned: a word start is after a `\\W`, which is where the search for
        one then begins)."""
        if self._at_start is None:
            found = self._word_start.search(low, pos)
            first = None if found is None else found.start()
        elif not pos and self._at_start.match(low) is not None:
            first = 0
        else:  # the place after the `\W`
            found = self._word_start.search(low, pos - 1 if pos else 0)
            first = None if found is None else found.start() + 1
        anywhere = self._anywhere
        if anywhere is None or (
            self._firsts is not None and not any(char in low for char in self._firsts)
        ):
            return first
        other = anywhere.search(low, pos)
        if other is not None and (first is None or other.start() < first):
            return other.start()
        return first


class LedSearch:
    """`phrases(*groups, flags=0).search`, cheaper, for lists `_led` cannot lead only because
    of their phrases that may start anywhere ("…, not", "#not", "/s"): `phrases` opens with
    `\\b` then, and `re` tries it at every place of the text. Here the word-start phrases are
    led by their literals (the same matches in the same order), and the others are searched
    apart, only in a text holding one of `needs` (a string each of their matches holds).
    The leftmost match wins; on a tie the word-start one, which the alternation tries first:
    the very match the one regex finds."""

    __slots__ = ("_led", "_anywhere", "_needs")

    def __init__(self, *groups: tuple[str, ...], needs: tuple[str, ...]) -> None:
        found = _word_start_ways(groups)
        anywhere = _split(groups)[1]
        self._anywhere: re.Pattern[str] | None = None
        self._needs = needs
        if found is None or found[1] or not found[0]:
            self._led = phrases(*groups, flags=0)  # as it was: one regex
            return
        self._led = compiled.pattern(ordered_alternation(found[0]))
        if anywhere:
            self._anywhere = compiled.pattern("|".join(f"(?:{p})" for p in anywhere))

    def search(self, low: str) -> re.Match[str] | None:
        first = self._led.search(low)
        anywhere = self._anywhere
        if anywhere is None or not any(need in low for need in self._needs):
            return first
        other = anywhere.search(low)
        if other is not None and (first is None or other.start() < first.start()):
            return other
        return first


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
