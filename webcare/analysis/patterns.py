"""Reading and writing regex sources, for matching many patterns fast. Pure.

What a pattern's shape says (its literal prefix, the characters a match can start with, a
leading group of choices spelled out as one pattern each, a cut that matches wherever the
whole does) and one regex for many patterns: `alternation`, a trie of their literal
prefixes (`rules.RuleMatcher`), and `ordered_alternation`, which matches exactly what
their plain `|` does (sentiment's phrase lists).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from webcare.analysis.tails import factored, shared_lead

# An escape, a character class (a `]` first in it is a literal; an unclosed one runs to
# the end), or a `(`, `|` or `)`: the regex engine skips the plain characters between, which
# a loop over every character spent most of the first analysis of a process on.
_STRUCTURE = re.compile(r"\\(?:.|\Z)|\[\]?(?:\\(?:.|\Z)|[^\]\\])*(?:\]|\Z)|[()|]", re.DOTALL)
_DEPTH_CHANGE = {"(": 1, ")": -1, "|": 0}


def _structure(pattern: str, start: int = 0) -> Iterator[tuple[int, str, int]]:
    """The `(`, `)` and `|` of a pattern outside escapes and character classes, each with
    its index and the group depth before it: the one scanner the helpers below share."""
    depth = 0
    for found in _STRUCTURE.finditer(pattern, start):
        char = found.group()
        if char in _DEPTH_CHANGE:
            yield found.start(), char, depth
            depth += _DEPTH_CHANGE[char]


@functools.cache
def top_level_bar(pattern: str) -> bool:
    """Whether a pattern has an alternation `|` outside every group and character class."""
    if "|" not in pattern:
        return False
    # `_structure`'s walk without its generator, for most patterns built: through
    # `_structure` a process's first analysis costs 5% more (330 of 6,300 million instructions).
    depth = 0
    for found in _STRUCTURE.finditer(pattern):
        char = found.group()
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            return True
    return False


def group_end(pattern: str, start: int) -> int | None:
    """Index of the `)` closing the group that opens at `start`."""
    return next(
        (i for i, char, depth in _structure(pattern, start) if char == ")" and depth == 1), None
    )


def split_bars(pattern: str) -> list[str]:
    """A pattern split at its top-level `|`."""
    cuts = [i for i, char, depth in _structure(pattern) if char == "|" and depth == 0]
    bounds = [-1, *cuts, len(pattern)]
    return [pattern[bounds[k] + 1 : bounds[k + 1]] for k in range(len(bounds) - 1)]


def group_of_choices(pattern: str, start: int = 0) -> tuple[list[str], str] | None:
    """The choices of the group of choices `(?:a|b)` that opens at `start` ("" too when
    the group is optional, greedy or lazy) and the pattern after it; None when the group is
    unclosed or repeated."""
    end = group_end(pattern, start)
    if end is None:
        return None
    after = pattern[end + 1 :]
    if after[:1] in ("*", "+", "{"):
        return None
    choices = split_bars(pattern[start + 3 : end])
    if after[:1] == "?":
        after = after[1:].removeprefix("?")
        choices.append("")
    return choices, after


def _group_beginnings(pattern: str) -> list[str] | None:
    """For a pattern that opens with a group of choices, `(?:a|b)rest`: each way a match
    can read from its start, `arest` and `brest` (and `rest` when the group is optional,
    greedy or lazy); None when the group is unclosed or repeated."""
    group = group_of_choices(pattern)
    if group is None:
        return None
    choices, after = group
    return [choice + after for choice in choices]


@functools.cache
def spell_out(pattern: str, budget: int = 64) -> tuple[str, ...]:
    """`(?:car|van)\\s+crash` -> `car\\s+crash`, `van\\s+crash`: a leading group of choices
    (optional or not) becomes one pattern per choice, so each can start with a literal.

    Not when that would copy a long rest many times: compiling the copies costs more than
    they save (`first_chars` still guards such a pattern)."""
    if not pattern.startswith("(?:") or top_level_bar(pattern):
        return (pattern,)
    end = group_end(pattern, 0)
    if end is None:
        return (pattern,)
    choices = split_bars(pattern[3:end])
    after = pattern[end + 1 :]
    if after[:1] == "?" and after[1:2] not in ("?", "+"):
        after = after[1:]
        choices.append("")
    elif after[:1] in ("*", "+", "{", "?"):
        return (pattern,)
    if len(after) * (len(choices) - 1) > _MAX_COPIED:
        return (pattern,)
    expanded: list[str] = []
    for choice in choices:
        candidate = choice + after
        if not candidate or candidate[0] in "?*+{":
            return (pattern,)
        expanded.extend(spell_out(candidate, budget))
        if len(expanded) > budget:
            return (pattern,)
    return tuple(expanded)


_MAX_COPIED = 600
"""Characters of a pattern's rest `spell_out` may copy in all; beyond it compiling costs more."""
META = frozenset(".^$*+?{}[]\\|()")


def spelled_ways(pattern: str) -> list[str] | None:
    """The ways a match of `pattern` can start, in the order the engine tries them: its
    top-level branches, and a leading group of choices spelled out (`(?:a|b)?c` -> `ac`,
    `bc`, `c`); None when one cannot be spelled so."""
    if top_level_bar(pattern):
        parts = [spelled_ways(part) for part in split_bars(pattern)]
        return None if None in parts else [way for part in parts for way in part or ()]
    if not pattern.startswith("(?:"):
        return [pattern]
    end = group_end(pattern, 0)
    if end is None:
        return None
    choices, after = split_bars(pattern[3:end]), pattern[end + 1 :]
    if after[:1] == "?" and after[1:2] not in ("?", "+"):
        after = after[1:]
        choices.append("")  # greedy: the group's choices first, then without it
    elif after[:1] in ("*", "+", "{", "?"):
        return None
    ways: list[str] = []
    for choice in choices:
        way = choice + after
        spelled = spelled_ways(way) if way[:1] not in ("", "?", "*", "+", "{") else None
        if spelled is None:
            return None
        ways += spelled
    return ways


def lead_length(pattern: str) -> int:
    """How many leading characters of `pattern` spell a literal every match opens with:
    its literal prefix, or one escaped mark (`\\?`); 0 if none."""
    if pattern[:1] == "\\" and pattern[1:2] and not pattern[1].isalnum():
        return 2 if pattern[2:3] not in ("?", "*", "+", "{") else 0
    return literal_prefix(pattern)


@functools.cache
def first_chars(pattern: str) -> str | None:
    """The characters any match of the pattern can start with, when they are plain: "ckg"
    for `(?:can|kan|geraak)\\s+...`; None when the pattern can start with anything."""
    if literal_prefix(pattern):
        return pattern[0]
    if top_level_bar(pattern):  # "mould|mold": "m"; not for `\\d` (see `_may_start_with`)
        found = [(first_chars(part) if part else None) or "0" for part in split_bars(pattern)]
        chars = "".join(dict.fromkeys("".join(found)))  # "0": anything, so None
        return None if any(c.isdigit() for c in chars) else chars
    if pattern.startswith("\\d"):
        return "0123456789"
    if pattern.startswith("(?<!"):  # a lookbehind does not move: what follows it starts
        end = group_end(pattern, 0)
        return first_chars(pattern[end + 1 :]) if end is not None else None
    if pattern.startswith("[") and "]" in pattern[2:]:
        members = pattern[1 : pattern.index("]", 2)]
        if members[:1] != "^" and not any(c in members for c in "\\-"):
            return members
        return None
    if not pattern.startswith("(?:"):
        return None
    beginnings = _group_beginnings(pattern)
    if beginnings is None:
        return None
    chars = ""
    for beginning in beginnings:
        first = first_chars(beginning) if beginning else None
        if first is None:
            return None
        chars += "".join(c for c in first if c not in chars)
    return chars


@functools.cache
def literal_prefix(pattern: str) -> int:
    """How many leading characters of the pattern are plain literals every match starts with."""
    length = 0
    while length < len(pattern) and pattern[length] not in META:
        if pattern[length + 1 : length + 2] in ("?", "*", "+", "{"):
            break  # "e-?bike", "ab+c": the quantifier binds to the last literal, so it stays out
        length += 1
    # The scan for a top-level `|` only where it can change the answer.
    return 0 if length and top_level_bar(pattern) else length


@functools.cache
def _truncate(pattern: str, limit: int = 60) -> str:
    """The pattern cut after its first top-level items of about `limit` characters: it
    matches wherever the whole pattern does (and more), and compiles far faster. A pattern
    with a top-level choice is cut choice by choice (cut at the first, it would lose the
    others: the place scan never stopped where only a later one matches). Top-level
    lookbehinds are left out and do not count: they only narrow where the pattern matches,
    and counted they cut it early (round 49: "werk" and ten lookbehinds for the codes that
    do not work, then nothing of "werkt niet", so every "werkelijk" was a place)."""
    if top_level_bar(pattern):
        return "|".join(_truncate(part, limit) for part in split_bars(pattern))
    index = 0
    while index < len(pattern):
        if index >= limit:
            return pattern[:index]
        char = pattern[index]
        if char == "|":
            return pattern  # a top-level choice cannot be cut
        if char == "\\":
            index += 2
        elif char == "[":
            close = pattern.find("]", index + 2)
            while close > 0 and pattern[close - 1] == "\\":
                close = pattern.find("]", close + 1)
            if close < 0:
                return pattern
            index = close + 1
        elif char == "(":
            end = group_end(pattern, index)
            if end is None:
                return pattern
            if pattern.startswith(("(?<!", "(?<="), index) and pattern[end + 1 : end + 2] not in (
                "?", "*", "+", "{"
            ):
                pattern = pattern[:index] + pattern[end + 1 :]
                continue
            index = end + 1
        else:
            index += 1
        if pattern[index : index + 1] == "{":
            close = pattern.find("}", index)
            index = close + 1 if close > 0 else len(pattern)
        elif pattern[index : index + 1] in ("*", "+", "?"):
            index += 1
        if pattern[index : index + 1] in ("?", "+"):
            index += 1  # lazy or possessive
    return pattern


def alternation(
    patterns: Sequence[str],
    *,
    expand: bool = True,
    positions_only: bool = False,
) -> str:
    """One regex source matching any of the patterns, as a trie of their literal prefixes.

    The regex engine skips a branch whose first item is a literal that does not match with
    one comparison, so `ge(?:hackt|stolen)|sc(?:am|hok)` is tried far faster at each
    position than `gehackt|gestolen|scam|schok` once there are hundreds of patterns: each
    shared prefix is compared once. Branches keep the patterns' order where they can.
    Patterns without a literal prefix are kept whole, after the others. `expand=False`
    keeps leading groups of choices whole too: slower to search with, faster to compile.
    `positions_only=True` is for a lookahead that only says where a match starts: patterns
    without a literal prefix then share one guard per first-character set (one test per
    place instead of one per pattern), which may change which one matches, not whether.
    """
    # A node: char -> child node; "" -> [(order, tail)] ending here; None -> its first order.
    root: dict[str | None, Any] = {None: 0}
    rest: dict[str | None, list[str]] = {}
    expanded = [
        e for original in patterns for e in (spell_out(original) if expand else (original,))
    ]
    for order, pattern in enumerate(expanded):
        length = literal_prefix(pattern)
        if length == 0:
            firsts = first_chars(pattern)
            key = firsts if positions_only else str(order)
            rest.setdefault(key, []).append(pattern)
            continue
        node = root
        for char in pattern[:length]:
            node = node.setdefault(char, {None: order})
        node.setdefault("", []).append((order, pattern[length:]))
    guarded = []
    by_first: dict[str, list[str]] = {}
    for members in rest.values():
        firsts = first_chars(members[0])
        if positions_only and firsts:
            for char in firsts:
                by_first.setdefault(char, []).extend(members)
            continue
        # A character-class guard lets the engine skip the patterns with one test.
        guard = f"(?=[{''.join(re.escape(c) for c in firsts)}])" if firsts else ""
        guarded.append(f"{guard}(?:{'|'.join(members)})")
    # Where only the place counts, a branch led by its literal first character is skipped
    # by the engine's one comparison (a guard is a lookahead, entered at every place); the
    # lookbehind then tries the patterns from that character: `c(?<=(?=(?:…))c)`.
    for char, members in by_first.items():
        first = re.escape(char)
        guarded.append(f"{first}(?<=(?=(?:{'|'.join(members)})){first})")
    if positions_only:  # rests merged item by item
        return "|".join([*_emit(root, factored), *guarded])
    return "|".join([*_emit(root), *guarded])


def widened(pattern: str) -> tuple[str, ...]:
    """Patterns that together match wherever `pattern` does (and may match more), each
    quick to compile and to try: cut after its first items, without the lookbehinds it
    starts with, its leading choices spelled out so each starts with a literal."""
    cut = _truncate(pattern)
    while cut.startswith(("(?<!", "(?<=")):
        end = group_end(cut, 0)
        if end is None:
            break
        cut = cut[end + 1 :]
    return spell_out(cut, 256)


def _emit(node: dict[str | None, Any], merge: Any = None) -> list[str]:
    """The alternatives of one trie node, in the order their first pattern came. `merge`:
    `tails.factored`, for a trie that only says where a match starts."""
    ends = node.get("", [])
    if merge is not None and ends:
        tails = merge([tail for _, tail in ends])
        if tails == [""]:
            return [""]  # a pattern ends here: it matches, whatever the longer ones need
        ends = [(ends[0][0], tail) for tail in tails]
    branches = [(order, f"(?:{tail})" if tail else "", tail) for order, tail in ends]
    for char, child in node.items():
        if char is None or char == "":
            continue
        inner = _emit(child, merge)
        body = inner[0] if len(inner) == 1 else f"(?:{'|'.join(inner)})"
        branches.append((child[None], re.escape(char) + body, ""))
    branches.sort(key=lambda branch: branch[0])
    # Neighbouring rests that open with the same lookaround test it once (`tails.shared_lead`).
    out: list[tuple[str | None, list[str]]] = []
    for _, text, tail in branches:
        look = shared_lead(tail) if tail else None
        if look and out and out[-1][0] == look:
            out[-1][1].append(tail[len(look) :])
        else:
            out.append((look, [tail[len(look) :]] if look else [text]))
    return [f"{look}(?:{'|'.join(rests)})" if look else rests[0] for look, rests in out]


def ordered_alternation(patterns: Sequence[str]) -> str:
    """`"|".join(patterns)`, matching exactly what it matches, first alternative first,
    but with the patterns' leading literal characters compared once per shared prefix.

    Unlike `alternation`, which may try a later pattern before an earlier one that could
    match at the same place, this only moves a pattern ahead of others that cannot start
    with its first character, and only factors out a literal character (`ab|ac` ->
    `a(?:b|c)`), so the first alternative to match, and the match, stay the same. For
    case-sensitive patterns without capturing groups: the engine tries a few branches per
    place instead of every pattern.
    """
    expanded = [e for pattern in patterns for e in spell_out(pattern)]
    return "|".join(_ordered(expanded))


def _ordered(patterns: list[str], nested: bool = False) -> list[str]:
    # A group: [its literal first character or None, its patterns (rests after that character)].
    # A pattern with a literal head has no top-level `|`, nor has what follows the head: the
    # rests (`nested`) are not scanned for one again, each level of a long list's tree.
    # A lookaround is a key too, shared only by neighbours (`tails.shared_lead`).
    groups: list[tuple[str | None, list[str]]] = []
    for pattern in patterns:
        head = _head(pattern, nested)
        if head is not None:
            for key, members in reversed(groups):
                if key == head:
                    members.append(pattern[1:])
                    break
                if (key is None or len(key) > 1) and _may_start_with((key or "") + members[0], head):
                    groups.append((head, [pattern[1:]]))
                    break
            else:
                groups.append((head, [pattern[1:]]))
            continue
        look = shared_lead(pattern)
        if look and groups and groups[-1][0] == look:
            groups[-1][1].append(pattern[len(look) :])
        else:
            groups.append((look, [pattern[len(look) :]]) if look else (None, [pattern]))
    out = []
    for key, members in groups:
        lead = "" if key is None else key if len(key) > 1 else re.escape(key)
        if len(members) == 1:
            out.append(lead + members[0])
        else:
            out.append(f"{lead}(?:{'|'.join(_ordered(members, True))})")
    return out



def _head(pattern: str, nested: bool = False) -> str | None:
    """The pattern's first character when it is a literal every match starts with."""
    if not pattern or pattern[0] in META or (not nested and top_level_bar(pattern)):
        return None
    if pattern[1:2] in ("?", "*", "+", "{"):
        return None  # "a?b", "a+": the quantifier binds to it
    return pattern[0]


def _may_start_with(pattern: str, char: str) -> bool:
    """Whether a match of the pattern may start with `char` (True when unsure)."""
    firsts = first_chars(pattern)
    # `first_chars` reads `\d` as ASCII digits; a digit of another script matches it too.
    return firsts is None or char in firsts or any(c.isdigit() for c in firsts)


def quick_search(pattern: str) -> str:
    """A regex source found in a text exactly where `pattern` is, for a search that only asks
    whether it is there (which alternative matches, and where, may differ).

    A leading `\\b` (or a lookbehind) keeps the engine from skipping ahead to the
    characters a match can start with: it tries the whole regex at every place of the text.
    Here each alternative's leading group of choices is spelled out and its `\\b` moves
    after its literal prefix as a lookbehind (`\\bnot` -> `not(?<!\\wnot)`), and the
    alternatives form a trie (`alternation`): the engine then starts only where one of
    their first characters stands, several times fewer places.
    """
    alternatives: list[str] = []
    for part in split_bars(pattern):
        bounded = part.startswith("\\b")
        body = part[2:] if bounded else part
        # Compiled once: spelled out however long the copied rest (`spell_out` stops at some).
        beginnings = _group_beginnings(body) if body.startswith("(?:") else None
        for spelled in (s for beginning in beginnings or [body] for s in spell_out(beginning)):
            alternatives += _led_ways(spelled, bounded)
    return alternation(alternatives)


def _led_ways(pattern: str, bounded: bool) -> list[str]:
    """`pattern` (`\\b` + pattern when `bounded`) as alternatives that each open with a
    literal where that can be spelled: a `\\b` inside it (`(?:\\b(?:stond|kwam)\\s+…)`) or a
    group whose rest is too long for `spell_out` to copy is spelled out here too, as one
    alternative led by `\\b` makes the engine try the whole search at every place (the
    resolved-word check: 4.5 -> 0.6 µs over an 80-character window)."""
    if pattern.startswith("\\b"):
        return _led_ways(pattern[2:], True)  # a second `\\b` where one already holds
    if not literal_prefix(pattern):
        ways = spelled_ways(pattern)
        if ways is not None and ways != [pattern]:
            return [led for way in ways for led in _led_ways(way, bounded)]
    return [_word_start(pattern)] if bounded else [pattern]


def _word_start(pattern: str) -> str:
    """`\\b` + pattern, with the `\\b` after the pattern's literal prefix: before a word
    character `\\b` is "no word character before it", before another one "a word character
    before it"."""
    length = literal_prefix(pattern)
    if not length:
        return "\\b" + pattern
    prefix = pattern[:length]
    test = "(?<!\\w" if _WORD_CHAR.match(pattern) else "(?<=\\w"
    return f"{prefix}{test}{prefix}){pattern[length:]}"


_WORD_CHAR = re.compile(r"\w")


def contains_any(text: str, hints: Sequence[str]) -> bool:
    """Whether one of `hints` is a substring of `text`: a test run before a regex search
    that cannot match without one (a plain loop: `any` over a generator costs about twice)."""
    for hint in hints:
        if hint in text:
            return True
    return False


def substring_cover(words: Iterable[str]) -> tuple[str, ...]:
    """The fewest of `words` that every one of them contains one of ("thank" for "thanks"
    and "thankyou"): the hints for `contains_any` before a search for any of the words."""
    kept: list[str] = []
    for word in sorted(set(words), key=lambda w: (len(w), w)):
        if not any(k in word for k in kept):
            kept.append(word)
    return tuple(kept)
