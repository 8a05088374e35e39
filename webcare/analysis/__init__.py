"""Analysis: what a mention says and how much it matters. Pure functions, no I/O.

`analyse(text, settings)` (in `compose`) composes language -> sentiment -> urgency ->
topics -> reply needed? -> route. Urgency and topics match the same lower-cased text, once.

The package imports nothing itself: a report that only needs the topic weights
(`webcare.analysis.topics`) must not load the sentiment lexicons and every rule with it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from webcare.analysis.compose import CLOSING_REASON as CLOSING_REASON
    from webcare.analysis.compose import analyse as analyse


def __getattr__(name: str) -> Any:
    if name in ("analyse", "CLOSING_REASON"):
        from webcare.analysis import compose

        return getattr(compose, name)
    raise AttributeError(f"module 'webcare.analysis' has no attribute {name!r}")
