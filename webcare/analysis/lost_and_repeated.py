"""Complaints told as facts that hold no opinion word: a parcel lost, a failure counted
("the third time my delivery is late"), a delivery late. Pure: regex sources for
rewrite's complaint lists (a lead's trial, round 37).

"Mijn pakket is zoek", "de derde keer dat mijn pakket niet komt", "my delivery is late"
read neutral: "zoek" also means looking for, "niet komt" and "late" name no opinion. A
question ("Is mijn pakket kwijt?") asks, it does not complain; a count without a failure
("de tweede keer dat ik hier bestel") is loyalty.
"""

from __future__ import annotations

from webcare.analysis.fact_complaints import Phrase, alternatives, guarded, word_set

# What a customer waits for, and how it went astray.
_PARCELS = """pakket pakketten pakketje pakketjes pakje pakjes bestelling bestellingen zending
    zendingen levering leveringen doos dozen order orders retour retourpakket brief brieven"""
_LOST = "kwijt zoek kwijtgeraakt zoekgeraakt verdwenen vermist foetsie"
_LOST_BEFORE = "kwijtgeraakte zoekgeraakte verdwenen vermiste"
# A gap word is never a negator, a clause's end or a relative pronoun: "het pakket dat ik
# zoek" looks for it, "het pakket is niet kwijt" is not lost.
_GAP = (
    r"(?:(?!(?:niet|nooit|geen|nergens|maar|en|want|dus|omdat|toen|terwijl|of|dat|die|wat"
    r"|waar|welke|als|zodra|wanneer)\b)[\w'-]+\s+)"
)
_NOT_ASKED = r"(?![^.!?\n]*\?)"
# A count's failure is in its own clause: "ik lees het voor de derde keer, want kan het boek
# niet wegleggen" counts a pleasure.
_CLAUSE_WORD = r"(?:(?!(?:en|maar|want|omdat|dus)\b)[\w'-]+\s+)"
_COUNTED_NL = "tweede derde vierde vijfde zesde zevende zoveelste"
# A failure in the rest of the sentence of a count: "de derde keer dat mijn pakket niet komt".
_FAILED_NL = (
    r"(?:niet|geen|nooit|te\s+laat|kwijt|zoek|kapot|stuk|mis|fout|verkeerd|vertraagd|defect"
    r"|beschadigd|vergeten|geannuleerd)"
)


def lost_and_repeated_nl() -> tuple[Phrase, ...]:
    """Dutch fact phrases (rewrite's `_FACT_SOURCES`), each with its anchor words."""
    parcels = alternatives(_PARCELS)
    counted = alternatives(_COUNTED_NL)
    return guarded((
        # Lost: "mijn pakket is zoek", "weer een pakket kwijt", "bestelling is verdwenen".
        ((word_set(_LOST), word_set(_PARCELS)),
         rf"\b{parcels}\s+{_GAP}{{0,5}}?{alternatives(_LOST)}\b(?!\s+(?:te|naar)\b){_NOT_ASKED}"),
        ((word_set(_LOST_BEFORE), word_set(_PARCELS)),
         rf"\b{alternatives(_LOST_BEFORE)}\s+{parcels}\b{_NOT_ASKED}"),
        # Counted: "dit is de derde keer dat …", "al de vierde keer …" with a failure after.
        ((word_set(_COUNTED_NL), word_set("keer maal")),
         rf"\b(?:\d+e|\d+de|{counted})\s+(?:keer|maal)\s+(?:dat\s+)?{_CLAUSE_WORD}{{0,6}}?{_FAILED_NL}\b"),
    ))  # fmt: skip


LOST_AND_REPEATED_EN: tuple[str, ...] = (
    # Late: "my delivery is late", "the parcel is again late", "order was late again".
    r"\b(?:delivery|deliveries|parcel|parcels|package|packages|order|orders|shipment|courier"
    r"|driver|engineer|technician)\s+(?:is|was|are|were|has\s+been|have\s+been|came|arrived"
    r"|turned\s+up|showed\s+up|running)\s+(?:\w+\s+)?(?:late|delayed)\b(?!\s+(?:night|shift))",
    # Counted with a failure after: "the third time my delivery is late", "4th time this
    # order hasn't arrived".
    r"\b(?:second|third|fourth|fifth|sixth|umpteenth|\d+(?:nd|rd|th))\s+time\s+(?:that\s+)?"
    r"(?:my|our|the|your|this|i|we|you)\s+(?:(?!(?:and|but|because|so)\b)[\w'-]+\s+){0,6}?"
    r"(?:\w+n't\b|(?:not|never|hasnt|havent|isnt|wasnt|didnt|doesnt|wont|cant|late|delayed"
    r"|missing|lost|wrong|broken|failed|cancell?ed|down)\b)",
)
"""English complaint phrases (lexicon's COMPLAINT_PHRASES_EN takes them in)."""
