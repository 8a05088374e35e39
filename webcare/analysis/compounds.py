"""Reading a Dutch compound by its head: "klantonvriendelijk" is "onvriendelijk" said of
customers, "wachttijdellende" is "ellende". Pure: the words it may use are passed in.

Dutch writes compounds as one word, so a long word the lexicon lacks may be a known word
with a modifier in front. Most long unknown words are not: they are derived words
("verwachten" is no "wachten"), loans ("artisanale" holds no "anale") or words whose end
happens to spell a known one ("spreekwoordelijk", "ontvangst"). A split is taken only when
both halves look like what Dutch compounds are made of:

- the head is a free noun or adjective of at least four letters (its base form), not a
  derivational ending that also spells a word ("kunstmatig", "merkwaardig",
  "psychologisch", "maatschappelijk", "reisgenoten"), not a Latinate adjective ending
  ("artisanale", "originele", "neurologische": such words are loans read whole) (and, the
  caller's test, not a partitive: "iets raars" heads no compound);
- the modifier is a plausible stem: three letters or more with a vowel (or anything before
  a hyphen: "klant-onvriendelijke"), ending as a Dutch word can end (optionally with a
  linking -s-), not a bare prefix or particle ("ver", "ont", "mede", "samen", "over": those
  make derived words with meanings of their own);
- the split does not cut a spelling unit: a vowel pair or "ch" across it would be written
  with a hyphen in a real compound ("zee-egel", "studie-uren"), so "verantwo|ordelijkheid"
  is no compound;
- no known word runs from the start three letters or more into the head and stops three
  or more before the end ("verantwoordelijk|heid" is one word and a suffix, not
  "verantwo" + "ordelijkheid").
"""

from __future__ import annotations

from collections.abc import Callable, Container

HEAD_MIN = 5
"""A head has at least this many letters."""
BASE_MIN = 4
"""...and its base form (without an inflection -e) at least this many: "kersverse" is
"verse" (vers), but "ongewisse" holds no "wisse" (wis)."""

# Endings that derive words and also spell a word of their own: "-matig" (kunstmatig,
# regelmatig), "-waardig" (merkwaardig, gelijkwaardig), "-aardig" (eigenaardig,
# kwaadaardig), "-logisch" (psychologisch), "-schappelijk" (maatschappelijk), "-genoot"
# (reisgenoot, coalitiegenoten: companions, not "enjoyed"), "-rijk" (belangrijke, talrijke:
# not "rich"), "-kundig" (verpleegkundige, taalkundig: a trade, not "skilled"), "-logen"
# (archeologen, dialogen, oorlogen, gevlogen: not "lied"), the diminutive "-netjes"
# (bonnetjes, mannetjes, pannetjes: not "neat").
BOUND_ENDINGS = (
    "matig", "waardig", "aardig", "logisch", "schappelijk", "genoot", "genoten", "rijk",
    "kundig", "logen", "netjes",
)  # fmt: skip
# Latinate adjective endings: a word ending so is a loan read whole, not a compound.
LATINATE_ENDINGS = (
    "aal", "ale", "eel", "ele", "isch", "ische", "ief", "ieve", "air", "aire",
)  # fmt: skip
# Prefixes and particles that make derived words, not compounds (two-letter ones such as
# "be", "ge", "er" are too short to be a modifier anyway).
PREFIXES = frozenset(
    "ver ont her mede samen ten ter over door onder voor aan uit toe weg mis com con pro".split()
)
_VOWELS = frozenset("aeiouy")
# Consonant runs a Dutch word can end in (single consonants but j and q always can).
_FINAL_CLUSTERS = frozenset(
    """st nd nt rd rt ld lt ft cht gt kt pt mt ks ns rs ls ms ps ts ds gs fs ng nk mp rk lk
    rm rn lm rg lg rf lf rp lp sk sp ch sch ff ll ss tt rst nst ngst rch lch mb""".split()
)
# Two letters that read as one sound: never the two sides of a compound's seam.
_SPELLING_UNITS = frozenset("aa ee oo uu ie ei ij oe ou au eu ui ch".split())
_REACH = 3
"""How far a known word from the start may run into the head before it counts as cut."""


def compound_head(
    word: str,
    is_head: Callable[[str], bool],
    known: Container[str],
    longest: int,
) -> str | None:
    """The longest ending of `word` that `is_head` accepts and that makes a plausible
    compound with what comes before it; None when there is none.

    `known` holds the words known whole (a split may not cut one), `longest` the length of
    the longest of them: no head is longer, so a huge "word" is looked at from its end only.
    """
    for start in range(max(2, len(word) - longest), len(word) - HEAD_MIN + 1):
        head = word[start:]
        if (
            is_head(head)
            and plausible_head(head)
            and plausible_modifier(word[:start], head)
            and not _cuts_known_word(word, start, known)
        ):
            return head
    return None


def plausible_head(head: str) -> bool:
    if head.startswith(BOUND_ENDINGS) or head.endswith(LATINATE_ENDINGS):
        return False
    return len(_base(head)) >= BASE_MIN


def plausible_modifier(modifier: str, head: str) -> bool:
    if modifier.endswith("-"):
        stem = modifier.rstrip("-")
        return len(stem) >= 2 and any(c.isalpha() for c in stem)
    if "-" in modifier:
        # Only what follows the last hyphen joins the head: "ic-plekken" is "plekken".
        return plausible_modifier(modifier.rsplit("-", 1)[1], head)
    if len(modifier) < 3 or modifier in PREFIXES or modifier.endswith("tegen"):
        # "#eentegeneenzaamheid", "#samentegencorona": a campaign against the head.
        return False
    spelled = modifier.replace("ij", "y")
    if not any(c in _VOWELS for c in spelled):
        return False
    if modifier[-1] + head[0] in _SPELLING_UNITS:
        return False
    return _can_end_word(spelled)


def _can_end_word(stem: str) -> bool:
    run = len(stem) - len(stem.rstrip("bcdfghjklmnpqrstvwxz"))
    final = stem[len(stem) - run :]
    if run == 0:
        return True
    if final in _FINAL_CLUSTERS or (run == 1 and final not in "jqh"):
        return True
    # A linking -s- after a stem that can end a word: "leeftijds", "gebruiks".
    rest = final[:-1]
    can_end = rest in _FINAL_CLUSTERS or (len(rest) == 1 and rest not in "jqh")
    return final.endswith("s") and can_end


def _cuts_known_word(word: str, start: int, known: Container[str]) -> bool:
    """Whether a known word from the start ends inside the head, three letters or more in
    and three or more before its end ("rechtvaardig|heid"); a known word plus an
    inflection ("klantonvriendelijk|e") cuts nothing."""
    return any(word[:end] in known for end in range(start + _REACH, len(word) - _REACH + 1))


def _base(head: str) -> str:
    """The head without an inflection -e, a doubled consonant undone: "slechte" ->
    "slecht", "snelle" -> "snel", "wisse" -> "wis"."""
    if not head.endswith("e") or len(head) < 3:
        return head
    stem = head[:-1]
    if len(stem) >= 2 and stem[-1] == stem[-2] and stem[-1] not in _VOWELS:
        stem = stem[:-1]
    return stem
