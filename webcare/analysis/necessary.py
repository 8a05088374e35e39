"""Necessary literals: words a text must contain for a pattern to match in it. Pure.

Derived from the parsed pattern (`re._parser`), never written by hand, so a precheck
built on them cannot disagree with the regex: when every literal of one requirement is
absent from the text, the pattern cannot match anywhere in it, and skipping the regex
call gives the same answer. A requirement is a set of strings one of which occurs in
any match (or in the text around it, for a lookaround):

- a run of literal characters in sequence is one requirement of one string;
- a group, a repeat of at least one, a lookahead or a lookbehind adds its contents'
  requirements (they must match too);
- a choice `a|b` is one requirement: the union of the best requirement of each branch
  (none when a branch has none);
- anything else (a class, `\\w`, an optional item, a negative lookaround) adds nothing.

Case-insensitive parts (`(?i:…)`, a config's patterns) are for texts already lower-cased
(`rules.fold`): their literals are lowered, and a character `re` also matches to another
lower-case one ("i" to dotless "ı", "s" to long "ſ") or any non-ASCII one ends the run.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from re import _constants as _c  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

Requirement = frozenset[str]
"""Strings one of which every match's text (or the text around it) contains."""

MAX_CHOICES = 12
"""A requirement of more strings costs more tests than the regex call it may save."""
_UNSAFE_FOLDED = frozenset("iIsS")
"""ASCII characters `re.IGNORECASE` also matches to another lower-case character (a test
checks this against every code point)."""


@functools.cache
def requirements(pattern: str, flags: int = 0) -> tuple[Requirement, ...]:
    """Every requirement of the pattern (each must hold for a match); () when none is known
    or the pattern cannot be parsed."""
    try:
        parsed = _parser.parse(pattern, flags)
    except Exception:  # noqa: BLE001 - re's internals differ: no precheck, never a wrong one
        return ()
    ignorecase = bool(parsed.state.flags & _c.SRE_FLAG_IGNORECASE)
    return tuple(dict.fromkeys(_sequence(list(parsed), ignorecase)))


def best(found: Iterable[Requirement], present: str = "") -> Requirement | None:
    """The requirement most likely to fail: its shortest string the longest, then the fewest
    strings. `present` is the text at the place a match would start: a requirement one of
    whose strings it holds, or begins (its end the string's start), is no use there."""
    useful = [r for r in found if not any(_at(s, present) for s in r)] if present else list(found)
    if not useful:
        return None
    return max(useful, key=lambda r: (min(map(len, r)), -len(r)))


def _at(string: str, present: str) -> bool:
    """Whether `string` is in `present` or starts where `present` ends ("betaling", "betali")."""
    return string in present or any(present.endswith(string[:k]) for k in range(1, len(string)))


def precheck(patterns: Sequence[str], present: str = "") -> tuple[str, ...] | None:
    """Strings one of which a text must contain for any of `patterns` to match in it (the
    union of each one's best requirement), or None when that is unknown or too many."""
    union: dict[str, None] = {}
    for pattern in patterns:
        chosen = best(requirements(pattern), present)
        if chosen is None:
            return None
        union.update(dict.fromkeys(sorted(chosen)))
        if len(union) > MAX_CHOICES:
            return None
    # A string that holds another is implied by it: only the shorter needs testing.
    kept = [s for s in union if not any(o != s and o in s for o in union)]
    return tuple(kept) if kept else None


def _sequence(items: list[Any], ignorecase: bool) -> list[Requirement]:
    found: list[Requirement] = []
    run: list[str] = []
    for op, arg in items:
        if op is _c.LITERAL:
            char = chr(arg)
            if not ignorecase:
                run.append(char)
                continue
            if char.isascii() and char not in _UNSAFE_FOLDED:
                run.append(char.lower())
                continue
        if run:
            found.append(frozenset(("".join(run),)))
            run = []
        found += _item(op, arg, ignorecase)
    if run:
        found.append(frozenset(("".join(run),)))
    return found


def _item(op: Any, arg: Any, ignorecase: bool) -> list[Requirement]:
    if op is _c.SUBPATTERN:
        _group, add_flags, del_flags, inner = arg
        if add_flags & _c.SRE_FLAG_IGNORECASE:
            ignorecase = True
        elif del_flags & _c.SRE_FLAG_IGNORECASE:
            ignorecase = False
        return _sequence(list(inner), ignorecase)
    if op is _c.ATOMIC_GROUP:
        return _sequence(list(arg), ignorecase)
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        low, _high, inner = arg
        return _sequence(list(inner), ignorecase) if low >= 1 else []
    if op is _c.ASSERT:  # a lookahead or a lookbehind: its text is in the text too
        _direction, inner = arg
        return _sequence(list(inner), ignorecase)
    if op is _c.BRANCH:
        union: set[str] = set()
        for branch in arg[1]:
            chosen = best(_sequence(list(branch), ignorecase))
            if chosen is None:
                return []
            union |= chosen
            if len(union) > MAX_CHOICES:
                return []
        return [frozenset(union)]
    return []
