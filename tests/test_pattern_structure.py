"""Reading a regex source's structure: the `(`, `|` and `)` outside escapes and character
classes, which every rule's regex is built from (patterns.py)."""

from __future__ import annotations

import pytest

from webcare.analysis.patterns import group_end, literal_prefix, split_bars, top_level_bar


@pytest.mark.parametrize(
    ("source", "bar"),
    [
        ("storing|outage", True),
        ("(?:storing|outage)", False),
        (r"a\|b", False),  # an escaped bar
        ("[|]x", False),  # a bar in a class
        ("[]|]x", False),  # a `]` first in a class is a literal, the class goes on
        (r"[\]|]x", False),  # an escaped `]` in a class
        ("[x]|y", True),
        ("(a|b)|c", True),
        ("[abc", False),  # an unclosed class runs to the end
        ("ab\\", False),  # a trailing backslash
    ],
)
def test_a_top_level_bar_is_told_from_one_in_a_group_a_class_or_an_escape(source: str, bar: bool) -> None:
    assert top_level_bar(source) is bar


def test_groups_and_bars_are_found_where_the_regex_engine_sees_them() -> None:
    assert group_end(r"(?:a\)|[)]|b)c", 0) == 12
    assert split_bars(r"a|[|]|\||(b|c)") == ["a", "[|]", r"\|", "(b|c)"]
    assert literal_prefix("storing") == 7
    assert literal_prefix("storing|outage") == 0  # every match starts with no one literal
    assert literal_prefix("sto(?:ring|p)") == 3
