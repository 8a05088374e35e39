"""Does a mention speak to the brand, or only about it? Pure.

A news article, a blog post or a forum thread that names the brand is not owed a reply;
one that speaks to it is ("@bolderkar", "jullie", "you", "Bolderkar, waarom…"). Words
inside quotation marks are someone else's ("bevestig je adres", quoted from a phishing
text), so they do not count.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

# Second person in Dutch, Flemish and English. "je" and "u" are the informal and formal
# Dutch "you"; Flemish writes "ge", "gij", "uw".
_SECOND_PERSON = r"jullie|julie|jij|jou|jouw|je|u|uw|ge|gij|you|your|yours|ya|ur|yall|y'all"
_QUOTED = re.compile(r"\"[^\"]*\"|“[^”]*”|„[^”“]*[”“]|«[^»]*»|‘[^’]*’|(?<!\w)'[^']*'(?!\w)")


@functools.lru_cache(maxsize=64)
def _addressing(names: tuple[str, ...]) -> re.Pattern[str]:
    handles = [re.escape(name.lstrip("@")) for name in names if name.strip()]
    parts = [rf"(?<!\w)(?:{_SECOND_PERSON})(?!\w)"]
    if handles:
        alternatives = "|".join(handles)
        # @handle anywhere, or the name opening the text as a vocative ("Bolderkar, …").
        parts.append(rf"@(?:{alternatives})\b")
        parts.append(rf"^\W*(?:{alternatives})\s*[,:!?]")
    return re.compile("|".join(parts), re.IGNORECASE)


def addresses_brand(text: str, names: Iterable[str]) -> bool:
    """Whether `text` speaks to the brand: its handle, its name as a vocative, or "you"."""
    unquoted = _QUOTED.sub(" ", text)
    return _addressing(tuple(names)).search(unquoted) is not None
