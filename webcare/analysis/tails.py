"""The tails of a positions-only trie (`patterns.alternation`) merged by their shared leading
items. Pure.

Below a literal prefix the trie keeps each pattern's rest whole: "niet" with a hundred
rests that each open with `(?<!\\wniet)\\s+` makes the engine try that lookbehind and that
run of white space a hundred times at every "niet" of a text. Where only whether a match
starts at a place counts (the place scan, the phrase lists' first place), `AB|AC` and
`A(?:B|C)` match at the same places, and `A|AB` at the same places as `A`: so rests are
merged item by item, and a rest that is empty ends its branch.
"""

from __future__ import annotations

import re

# The pieces of a regex source: an escape, a character class (a `]` first in it is a
# literal), a parenthesis, a `|`, or any other character.
_PIECE = re.compile(r"\\.|\[\^?\]?(?:\\.|[^\]\\])*\]|.", re.DOTALL)
_QUANTIFIER = re.compile(r"(?:[?*+]|\{\d*(?:,\d*)?\})[?+]?")
_UNSAFE = re.compile(r"\\\d|\(\?P=|\\[xuUN]")  # a backreference or a spelled code point


def _item(rest: str) -> str | None:
    """The leading item of `rest` (a group, a class, an escape or a character) with its
    quantifier; None if `rest` has a top-level `|` (it is no sequence of items)."""
    depth, end = 0, 0
    for piece in _PIECE.finditer(rest):
        char = piece.group()
        if char == "|" and depth == 0:
            return None
        depth += (char == "(") - (char == ")")
        if depth == 0 and not end:
            end = piece.end()
    if not end or rest[0] in "|)*+?{^$":
        return None
    quantifier = _QUANTIFIER.match(rest, end)
    return rest[: quantifier.end() if quantifier else end]


def factored(rests: list[str]) -> list[str]:
    """Alternatives that match at the same places as `rests` together; `[""]` when one
    of them is empty (it matches wherever its branch is reached)."""
    if "" in rests:
        return [""]
    if any(_UNSAFE.search(rest) for rest in rests):
        return rests
    by_item: dict[str, list[str]] = {}
    whole: list[str] = []
    for rest in rests:
        item = _item(rest)
        if item is None:
            whole.append(rest)
        else:
            by_item.setdefault(item, []).append(rest[len(item) :])
    out: list[str] = []
    for item, after in by_item.items():
        if len(after) == 1:
            out.append(item + after[0])
            continue
        inner = factored(after)
        out.append(item + (inner[0] if len(inner) == 1 else f"(?:{'|'.join(inner)})"))
    return out + whole


def lookaround(pattern: str) -> str | None:
    """The lookaround the pattern opens with, if any: "(?<!\\wniet)" of each phrase after
    "niet" (`patterns.ordered_alternation`). It consumes nothing and matches one way, so
    neighbours that share it may test it once: `LA|LB` and `L(?:A|B)` match the same."""
    if not pattern.startswith(("(?<!", "(?<=", "(?=", "(?!")):
        return None
    item = _item(pattern)
    return item if item and item.endswith(")") else None


_SPECIAL = frozenset("\\.^$*+?{}[]|()")


def shared_lead(pattern: str) -> str | None:
    """A leading item neighbours may test once, the match and which of them matches the
    same: a lookaround (`lookaround`), or a run of white space (`\\s+`, `\\s*`) before a
    literal that is none (where it stops is then fixed: a shorter run leaves white space
    that literal cannot match)."""
    if pattern.startswith(("\\s+", "\\s*")):
        after = pattern[3:4]
        if not after or after in _SPECIAL or after.isspace() or pattern[4:5] in ("?", "*", "+", "{"):
            return None
        return pattern[:3] if _item(pattern) is not None else None  # no top-level `|`
    return lookaround(pattern)
