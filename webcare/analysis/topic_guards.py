"""Topic words that mean something else in a set phrase (round 38). Pure.

"Can I speak to someone in charge?" is no billing question, nor is "charge my phone":
`masked` blanks such phrases out before the topics are matched again. Most texts have
none, and pay one substring test.
"""

from __future__ import annotations

import re

_HINT = "charg"
_SET_PHRASES = re.compile(
    r"\bin\s+charge\b|\bcharg(?:e|es|ed|ing)\s+(?:my|the|your|our|his|her|a)\s+(?:phone|battery|car|laptop|device|ipad|tablet|watch|ev|scooter|bike)\b"
    r"|\b(?:phone|battery|laptop|device|ipad|tablet|watch)\s+(?:won'?t|doesn'?t|does\s+not|will\s+not|isn'?t|is\s+not|not)\s+charg\w*"
)


def masked(folded: str) -> str | None:
    """`folded` with its set phrases blanked out (same length), or None when it has none."""
    if _HINT not in folded:
        return None
    plain, blanked = _SET_PHRASES.subn(lambda m: " " * len(m.group(0)), folded)
    return plain if blanked else None
