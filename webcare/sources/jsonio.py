"""JSON from strangers: `json.loads` without the ways a well-formed document still breaks
a parse (a RecursionError at 1,000 levels, a ValueError past 4,300 digits). Pure."""

from __future__ import annotations

import json
from typing import Any

MAX_JSON_DEPTH = 200
"""Nesting beyond this is refused: no API nests so deep, and Python's own recursion limit
(json.loads, repr) would otherwise end the whole page instead of one record."""


class JsonLimitError(ValueError):
    """JSON that is well-formed but beyond what webcare reads (nested too deep, a number
    too long to convert); the message says which, in a few words."""


def json_loads(text: str) -> Any:
    """`json.loads`, with a document nested deeper than MAX_JSON_DEPTH or holding a number
    of more digits than Python converts as a JsonLimitError instead of a RecursionError or
    a bare ValueError. Syntax errors stay json.JSONDecodeError (a ValueError as well)."""
    try:
        value = json.loads(text)
    except json.JSONDecodeError:
        raise
    except RecursionError:
        raise JsonLimitError(f"JSON nested more than {MAX_JSON_DEPTH} levels deep") from None
    except ValueError:  # "Exceeds the limit (4300 digits) for integer string conversion"
        raise JsonLimitError("a number in the JSON has more digits than webcare reads") from None
    # Counting brackets is cheap; walking the value is only needed when there are many.
    if text.count("[") + text.count("{") > MAX_JSON_DEPTH and _deeper_than(value, MAX_JSON_DEPTH):
        raise JsonLimitError(f"JSON nested more than {MAX_JSON_DEPTH} levels deep")
    return value


def _deeper_than(value: Any, limit: int) -> bool:
    """Whether `value` nests lists and objects more than `limit` levels deep (no recursion)."""
    stack: list[tuple[Any, int]] = [(value, 1)] if isinstance(value, dict | list) else []
    while stack:
        node, depth = stack.pop()
        if depth > limit:
            return True
        children = node.values() if isinstance(node, dict) else node
        stack.extend((child, depth + 1) for child in children if isinstance(child, dict | list))
    return False
