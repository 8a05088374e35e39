"""Is a post about the brand? Keyword and exclude matching as SPEC.md describes. Pure.

A keyword matches at the start of a word, case-insensitively, so "acme" finds "Acme",
"#acme", "@acme" and the Dutch compound "acmebezorger". An exclude phrase drops the post
wherever it occurs. An empty keyword list keeps everything.

Texts and keywords are compared in NFKC form without invisible format characters, so a
zero-width space, a soft hyphen or full-width letters ("ac\u200bme", "ａｃｍｅ") do not hide
the brand from the filter (nor an exclude phrase from its post).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from webcare.textutil import repair_surrogates


def fold(text: str) -> str:
    """`text` as the matcher reads it: NFKC, without format characters (category Cf:
    zero-width, bidi, tags, soft hyphen), lone surrogates repaired."""
    if text.isascii():
        return text
    text = unicodedata.normalize("NFKC", repair_surrogates(text))
    return "".join(char for char in text if unicodedata.category(char) != "Cf")


@dataclass(frozen=True, slots=True)
class BrandMatcher:
    keywords: re.Pattern[str] | None
    exclude: re.Pattern[str] | None

    @classmethod
    def build(cls, keywords: tuple[str, ...], exclude: tuple[str, ...]) -> BrandMatcher:
        def alternation(words: tuple[str, ...], *, word_start: bool) -> re.Pattern[str] | None:
            if not words:
                return None
            parts = []
            for word in map(fold, words):
                escaped = r"\s+".join(re.escape(piece) for piece in word.split())
                parts.append(rf"(?<!\w){escaped}" if word_start and word[:1].isalnum() else escaped)
            return re.compile("|".join(parts), re.IGNORECASE)

        return cls(alternation(keywords, word_start=True), alternation(exclude, word_start=False))

    def matches(self, *texts: str | None) -> bool:
        joined = fold("\n".join(t for t in texts if t))
        if self.exclude is not None and self.exclude.search(joined):
            return False
        return self.keywords is None or self.keywords.search(joined) is not None


def is_brand_handle(handles: tuple[str, ...], author: str | None) -> bool:
    """Whether `author` is one of the brand's own accounts (`@` and case ignored)."""
    if not author:
        return False
    wanted = author.lstrip("@").casefold()
    return any(handle.lstrip("@").casefold() == wanted for handle in handles)
