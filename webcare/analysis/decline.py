"""Dutch disappointment told by time, comparison and expectation, and its mirror. Pure.

"Vroeger was het hier beter", "dit was ooit mijn favoriete pizzeria", "minder lekker dan
vorige keer", "kleiner dan op de foto", "niet waar voor je geld", "het is achteruitgegaan":
every Dutch reader hears a complaint, yet the opinion words in them praise (or there are
none). Three constructions carry it, each read here for what it says about the business:

- praise told in the past with a time word ("vroeger", "ooit", "destijds", "jarenlang")
  says it is gone: the clause becomes a complaint, unless the text says it lasts ("nog
  steeds", "blijft") or compares like with like ("net zo lekker als vroeger");
- a comparative against a reference (before, elsewhere, the photos, what was expected or
  promised) judges the business by the comparative's sign: "duurder dan elders" and
  "minder lekker dan vorige keer" complain, "groter dan op de foto" and "sneller dan
  verwacht" praise; a negator before it turns it ("niet duurder dan elders");
- fixed forms of decline, failed expectation and their mirror ("achteruitgegaan", "de
  sfeer is weg", "niet meer zoals vroeger", "overtrof onze verwachtingen", "waar voor je
  geld"), listed in `decline_phrases` as word sets and regex sources like the fact phrases.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from webcare.analysis import compiled
from webcare.analysis.fact_complaints import Phrase, alternatives, guarded, word_set

Mark = Callable[[str], Callable[[re.Match[str]], str]]


_W = r"[\w'-]+\s+"  # one word and the space after it
_NO_NEGATOR = r"(?:(?!niet\b|nooit\b|geen\b|nauwelijks\b|amper\b)[\w'-]+\s+)"
_CLAUSE_END = r"(?=\s*(?:[.,;:!?)]|$))"
_AD = r"(?:foto|foto's|fotos|afbeelding|afbeeldingen|plaatje|plaatjes|beschrijving|website|site|webshop|advertentie|reclame|folder|brochure)"
_AD_WORDS = "foto fotos afbeelding afbeeldingen plaatje plaatjes beschrijving website site webshop advertentie reclame folder brochure"
_WORTH = r"(?:je|uw|jouw|ons|onze|het|zijn|hun|m'n|mijn)\s+(?:geld|centen|euro's|centjes)"
_EXPECT = r"verwachting(?:en)?"
_FALL_SHORT = r"(?:niet|nauwelijks|geenszins|amper|allerminst)"
_THEN = "vroeger toen voorheen vanouds weleer destijds was waren geweest hoort hoorde"
# Unless the hopes came true within the next words: "... en die werden waargemaakt".
_NOT_FULFILLED = (
    r"(?![\s\S]{0,160}?\b(?:waargemaakt|waar\s+gemaakt|overtroffen|ingelost|terecht|niet"
    r"\s+teleurgesteld|niet\s+beschaamd|niet\s+tegen|kwam(?:en)?\s+uit)\b)"
)
_QUALITIES = """sfeer gezelligheid charme kwaliteit service smaak magie ziel lol beleving
    klantvriendelijkheid klantgerichtheid klantenservice persoonlijke gastvrijheid"""
_GONE = r"(?:weg|verdwenen|zoek|foetsie|ver\s+te\s+zoeken)"
_SHRINKS = """portie porties bord borden hoeveelheid hoeveelheden inhoud pak pakken verpakking
    verpakkingen reep repen zak zakken zakje zakjes pizza pizza's broodje broodjes schnitzel"""
_PRICES = """prijs prijzen tarief tarieven kosten premie premies abonnementskosten maandbedrag
    huur bezorgkosten verzendkosten"""


@cache
def decline_phrases() -> tuple[tuple[Phrase, ...], tuple[Phrase, ...]]:
    """The fixed forms: (complaints, praise), each with the word sets every match holds."""
    qualities = alternatives(_QUALITIES)
    complaints: tuple[Phrase, ...] = (
        # Decline: "is achteruitgegaan", "gaat er met de dag op achteruit", "bergafwaarts".
        ((word_set("achteruitgegaan achteruitgaan achteruitgaat achteruitging achteruitgingen achteruitgang bergafwaarts"),),
         r"(?<!niet\s)(?<!nooit\s)\b(?:achteruitgegaan|achteruitgaan|achteruitgaat|achteruitging"
         r"|achteruitgingen|achteruitgang|bergafwaarts)\b"),
        ((word_set("achteruit"), word_set("gaat ging gaan gingen gegaan holt holde hollen boert boerde")),
         rf"\b(?:gaat|ging|gaan|gingen|holt|holde|hollen|boert|boerde)\s+{_NO_NEGATOR}{{0,5}}?"
         r"achteruit\b|\bachteruit\s+(?:ge)?gaan\b"),
        # What made the place is gone: "de sfeer is helemaal weg", "is de charme verdwenen".
        ((word_set("weg verdwenen zoek foetsie"), word_set(_QUALITIES)),
         rf"\b{qualities}\s+(?:is|was|lijkt|raakte)\s+(?:er\s+)?(?:(?:nu|wel|echt|helemaal|compleet"
         rf"|volledig|totaal|een\s+beetje|wat|ook|inmiddels|sindsdien|al\s+lang)\s+){{0,2}}{_GONE}\b"),
        ((word_set("weg verdwenen zoek foetsie"), word_set(_QUALITIES)),
         rf"\b(?:is|was)\s+(?:de|het|alle)\s+{qualities}\s+(?:er\s+)?(?:(?:nu|wel|echt|helemaal"
         rf"|compleet|volledig|totaal|een\s+beetje|wat|ook|inmiddels|al\s+lang)\s+){{0,2}}{_GONE}\b"),
        # "Is het eten een stuk minder", "minder geworden" (not of costs, waits, problems).
        ((word_set("minder"), word_set("is was zijn waren wordt werd worden werden")),
         r"\b(?:is|was|zijn|waren|wordt|werd|worden|werden)\s+(?:(?!kosten\b|prijs\b|prijzen\b"
         r"|wachttijd\b|wachttijden\b|problemen\b|storingen\b|klachten\b|fouten\b|files\b)"
         r"[\w'-]+\s+){0,3}?(?:(?:(?:een\s+stuk|stukken|veel|flink|heel\s+wat|een\s+pak|beduidend"
         rf"|merkbaar|wel\s+wat|wat)\s+)?minder(?:\s+geworden)?{_CLAUSE_END}|minder\s+geworden\b)"),
        # Not what it was: "niet meer zoals vroeger", "niet meer het restaurant van toen".
        ((word_set("zoals als wat hetzelfde"), word_set("meer"), word_set("niet"), word_set(_THEN)),
         r"\bniet\s+meer\s+(?:zo\s+)?(?:zoals|als|wat|hetzelfde\s+als)\s+(?:(?:het|ze|hij|zij|dit|dat)"
         r"\s+)?(?:(?:ooit|vroeger|altijd|eerst|destijds)\s+)?(?:vroeger|toen|voorheen|vanouds|weleer"
         r"|destijds|was|waren|is\s+geweest|geweest\s+is|hoort|hoorde)\b"),
        ((word_set("zoals als"), word_set("vroeger toen voorheen vanouds weleer destijds"), word_set("niet")),
         r"\bniet\s+(?:(?:meer|echt|helemaal)\s+)?(?:zoals|als)\s+(?:vroeger|toen|voorheen|vanouds"
         r"|weleer|destijds)\b"),
        ((word_set("toen vroeger weleer vanouds destijds vroegere"), word_set("meer"), word_set("niet")),
         r"\bniet\s+meer\s+(?:het|de|dezelfde|hetzelfde|die|dat)\s+(?:[\w'-]+\s+){0,2}?(?:van|als"
         r"|uit)\s+(?:toen|vroeger|weleer|vanouds|destijds|vroegere\s+tijden)\b"),
        ((word_set("hetzelfde dezelfde"), word_set("meer"), word_set("niet")),
         rf"\bniet\s+meer\s+(?:hetzelfde|dezelfde|het\s+zelfde){_CLAUSE_END}"),
        ((word_set("doen betalen pruimen vreten harden volgen vertrouwen genieten bereiken eten"),
          word_set("te"), word_set("meer"), word_set("niet")),
         r"\bniet\s+meer\s+te\s+(?:doen|betalen|pruimen|vreten|harden|volgen|vertrouwen"
         r"|genieten|bereiken|eten)\b"),
        ((word_set("schim"),), r"\bschim\s+van\s+(?:zichzelf|wat|vroeger)\b"),
        # Not going back: "daar ga je niet voor terug", "nu kom ik er niet meer", "één
        # keer en nooit weer".
        ((word_set("terug"), word_set("niet nooit"), word_set("ga gaan kom komen ging gingen")),
         r"\b(?:ga|gaan|kom|komen|ging|gingen)\s+(?:je|ik|we|wij|u|jij)\s+(?:(?:echt|dus|zeker"
         r"|ook|heus|speciaal)\s+)?(?:niet|nooit)\s+(?:(?:meer|nog|speciaal|voor|naar|hier|daar"
         r"|weer)\s+){0,3}?terug\b(?!\s+(?:naar\s+huis|op)\b)"),
        ((word_set("meer"), word_set("niet nooit"), word_set("kom komen kwam kwamen ga gaan ging gingen"),
          word_set("er hier daar dus ook zeker echt nu sindsdien voortaan")),
         r"\b(?:kom|komen|kwam|kwamen|ga|gaan|ging|gingen)\s+(?:ik|we|wij|je|u|jij|ze)\s+"
         r"(?:(?:er|hier|daar|dus|ook|zeker|echt|nu|sindsdien|voortaan)\s+){1,3}(?:niet|nooit)"
         r"\s+meer\b(?!\s+(?:uit|onderuit|bij|mee|achter|dan|aan\s+toe|doorheen|omheen|van"
         r"\s+af|thuis)\b)"),
        ((word_set("weer"), word_set("nooit")),
         rf"\b(?:keer|maal)\s+en\s+nooit\s+(?:weer|meer)\b|\bnooit\s+weer{_CLAUSE_END}"),
        ((word_set("laatste"), word_set("keer"), word_set("was is")),
         r"\b(?:dit|dat|het)\s+(?:was|is)\s+(?:(?:echt|zeker|wel|dan\s+ook|meteen\s+ook|meteen)"
         r"\s+)?(?:de|mijn|onze)\s+laatste\s+keer\b(?=\s*(?:[.,;:!?]|$)|\s+dat\s+(?:ik|we|wij)\s+"
         r"(?:hier|bij|er|daar|iets|jullie))"),
        # Value: "niet waar voor je geld", "het geld echt niet waard".
        ((word_set("waar"), word_set("geld centen euro's centjes"), word_set("voor"),
          word_set("niet geen weinig nauwelijks amper allesbehalve")),
         rf"\b(?:niet|geen|weinig|nauwelijks|amper|allesbehalve)\s+(?:(?:echt|veel|bepaald)\s+)?"
         rf"waar\s+voor\s+{_WORTH}\b"),
        ((word_set("waard"), word_set("niet nauwelijks amper")),
         r"\b(?:het|dat|dit|zijn|haar|hun|die\s+prijs|dat\s+bedrag|de\s+moeite)\s+(?:geld\s+)?"
         r"(?:(?:echt|gewoon|absoluut|zeker|helemaal|bij\s+lange\s+na)\s+)?(?:niet|nauwelijks"
         r"|amper)\s+waard\b"),
        ((word_set("waard"), word_set("niet nauwelijks amper")),
         r"\b(?:niet|nauwelijks|amper)\s+(?:echt\s+)?(?:het\s+geld|de\s+prijs|dat\s+geld"
         r"|dat\s+bedrag)\s+waard\b"),
        # Paying more for less: "je krijgt er minder voor terug", "kleinere porties voor meer geld".
        ((word_set("minder"), word_set("krijg krijgt krijgen kreeg kregen")),
         r"\b(?:krijg|krijgt|krijgen|kreeg|kregen)\s+(?:(?:je|jij|we|wij|ik|u|men|er)\s+){0,2}"
         r"(?:(?:nu|steeds|alsmaar|veel|wel|nog|er|tegenwoordig)\s+){0,2}minder\b(?!\s+(?:last"
         r"|problemen|storingen|spam|reclame|klachten|rekeningen|boetes|dan|pijn|stress)\b)"),
        ((word_set("voor"), word_set("kleinere minder"), word_set("meer hetzelfde dezelfde"),
          word_set("geld prijs bedrag")),
         r"\b(?:kleinere|minder)\s+(?:[\w'-]+\s+)?voor\s+(?:meer|hetzelfde|dezelfde)\s+(?:geld"
         r"|prijs|bedrag)\b"),
        ((word_set("kleiner minder dunner"), word_set(_SHRINKS)),
         rf"\b{alternatives(_SHRINKS)}\s+(?:zijn|is|werden|werd|worden|wordt)\s+(?:(?:steeds|alsmaar"
         r"|ook|wel|flink|een\s+stuk|veel|weer|nu)\s+){0,2}(?:kleiner|minder|dunner)\b"),
        ((word_set("hoger verhoogd gestegen omhoog verdubbeld"), word_set(_PRICES)),
         rf"\b{alternatives(_PRICES)}\s+(?:(?:zijn|is|werden|werd|gaan|gaat|ging|gingen)\s+)?"
         r"(?:(?:weer|alweer|flink|fors|steeds|ook|nog|wel|een\s+stuk)\s+){0,2}(?:hoger|verhoogd"
         r"|gestegen|omhoog|verdubbeld)\b(?!\s+dan\b)"),
        ((word_set("concurrent concurrentie concurrenten"),),
         r"\bbij\s+(?:de\s+)?(?:concurrent|concurrentie|concurrenten)\s+(?:(?!niet\b|geen\b)"
         r"[\w'-]+\s+){0,4}?(?:de\s+helft|half\s+zoveel|minder|goedkoper|beter|sneller"
         r"|vriendelijker|lekkerder|voordeliger)\b"),
        # Failed expectations: "voldeed niet aan de verwachtingen", "onder de verwachting",
        # "hadden ons er meer van voorgesteld", "mag je echt meer verwachten", "de foto's
        # beloven meer", "leek in niets op de foto's".
        ((word_set("verwachting verwachtingen"), word_set("onder")),
         rf"\bonder\s+(?:(?:de|alle|onze|mijn)\s+)?{_EXPECT}\b"),
        ((word_set("verwachting verwachtingen"), word_set("niet nauwelijks geenszins amper allerminst")),
         rf"\b(?:voldeed|voldoet|voldeden|voldoen|beantwoordde|beantwoordt)\s+(?:[\w'-]+\s+){{0,3}}?"
         rf"{_FALL_SHORT}\s+(?:[\w'-]+\s+){{0,2}}?aan\s+(?:[\w'-]+\s+){{0,3}}?{_EXPECT}\b"),
        ((word_set("verwachtingen"), word_set("niet nauwelijks geenszins amper allerminst")),
         rf"\bverwachtingen\s+(?:(?:werden|zijn|waren|worden)\s+)?(?:(?:helaas|bij\s+lange\s+na)"
         rf"\s+)?{_FALL_SHORT}\s+(?:waargemaakt|ingelost|vervuld|gehaald)\b"),
        ((word_set("verwachtingen"), word_set("waar")),
         rf"\b(?:maakte|maakt|maakten|maken)\s+(?:[\w'-]+\s+){{0,3}}?verwachtingen\s+{_FALL_SHORT}"
         r"\s+waar\b"),
        ((word_set("voorgesteld gehoopt gedacht verwacht"), word_set("meer"),
          word_set("had hadden heb hebben")),
         rf"\b(?:had|hadden|heb|hebben)\s+{_NO_NEGATOR}{{0,3}}?(?:(?:zo\s*veel|veel|wel|iets|wat"
         r"|een\s+stuk|toch)\s+){0,2}meer\s+(?:van\s+)?(?:voorgesteld|gehoopt|gedacht|verwacht)\b"),
        # High hopes told in the past are hopes let down ("ik had er veel van verwacht",
        # "ik had hoge verwachtingen"), unless the text says they came true.
        ((word_set("verwacht"), word_set("veel zoveel")),
         rf"\b(?:(?:had|hadden)\s+(?:(?:er|hier|ik|we|wij|zelf|eigenlijk|echt|toch|dan\s+ook)\s+)"
         rf"{{0,3}}(?:(?:zo|heel|erg|best|echt|ontzettend|enorm)\s+)?|\b)(?:zo\s*)?veel\s+(?:van\s+)?"
         rf"(?:[\w'-]+\s+){{0,3}}?verwacht\b{_NOT_FULFILLED}"),
        ((word_set("verwachtte verwachtten"), word_set("veel")),
         r"\b(?:verwachtte|verwachtten)\s+(?:(?:er|ik|we|wij|dan|ook|eigenlijk|echt|toch|zo|heel)"
         rf"\s+){{0,4}}veel\b{_NOT_FULFILLED}"),
        ((word_set("verwachtingen"), word_set("hoge grote hooggespannen")),
         r"\b(?:had|hadden)\s+(?:(?:er|ik|we|wij|zelf|eigenlijk|echt|toch|dan\s+ook)\s+){0,3}"
         r"(?:(?:hele|heel|zeer|erg|te|best|vrij|nogal)\s+)?(?:hoge|grote|hooggespannen)\s+"
         rf"verwachtingen\b{_NOT_FULFILLED}|\b(?:hoge|grote|hooggespannen)\s+verwachtingen\s+"
         rf"(?:die|dat)\s+(?:ik|we|wij)\s+(?:[\w'-]+\s+)?(?:had|hadden)\b{_NOT_FULFILLED}"),
        ((word_set("verwachten"), word_set("meer")),
         r"\b(?:mag|mocht|mogen|kan|kun|kunt|zou|mag)\s+(?:je|u|men|we|ik|jij)\s+(?:(?:toch|wel"
         r"|echt|gerust|best|heus|zeker)\s+){0,2}(?:(?:iets|wat|veel|een\s+beetje|een\s+stuk"
         r"|wel\s+wat)\s+)?meer\s+(?:[\w'-]+\s+)?verwachten\b"),
        ((word_set("meer"), word_set("beloven belooft beloofde beloofden")),
         r"\bbelo(?:ven|oft|ofde|ofden)\s+(?:(?:veel|heel\s+wat|een\s+stuk|zo\s*veel|wel)\s+)?meer\b"),
        ((word_set(_AD_WORDS), word_set("leek lijkt leken lijken")),
         r"\b(?:leek|lijkt|leken|lijken)\s+(?:[\w'-]+\s+){0,4}?(?:niet|in\s+niets|nergens|in\s+geen"
         rf"\s+enkel\s+opzicht|amper|nauwelijks)\s+op\s+(?:de|het|hun|jullie|die|wat)\s+(?:[\w'-]+\s+)?{_AD}\b"),
        ((word_set("beschreven beloofd aangeprezen geadverteerd afgebeeld"), word_set("zoals wat"),
          word_set("niet niets nergens")),
         r"\b(?:niet|niets|nergens)\s+(?:[\w'-]+\s+){0,2}?(?:zoals|wat)\s+(?:[\w'-]+\s+){0,5}?"
         r"(?:beschreven|beloofd|aangeprezen|geadverteerd|afgebeeld)\b"),
        ((word_set("anders"), word_set(_AD_WORDS)),
         rf"\bop\s+de\s+{_AD}\s+(?:[\w'-]+\s+){{0,3}}?(?:heel\s+|totaal\s+|compleet\s+|helemaal\s+)?"
         rf"anders\b|\banders\s+(?:uit\s+)?dan\s+op\s+de\s+{_AD}\b"),
    )  # fmt: skip
    praise: tuple[Phrase, ...] = (
        ((word_set("vooruitgegaan vooruitgaan vooruitgaat vooruitging"),),
         r"(?<!niet\s)(?<!nooit\s)\b(?:vooruitgegaan|vooruitgaan|vooruitgaat|vooruitging)\b"),
        ((word_set("vooruit"), word_set("gaat ging gaan gingen")),
         rf"\b(?:gaat|ging|gaan|gingen)\s+{_NO_NEGATOR}{{0,4}}?op\s+vooruit\b"),
        ((word_set("verwachting verwachtingen"),
          word_set("overtrof overtroffen overtreft overtreffen waargemaakt ingelost")),
         rf"\bovertr(?:of|offen|eft|effen)\s+{_NO_NEGATOR}{{0,4}}?{_EXPECT}\b"
         rf"|\b{_EXPECT}\s+{_NO_NEGATOR}{{0,4}}?(?:overtroffen|waargemaakt|ingelost)\b"),
        ((word_set("verwachting verwachtingen"), word_set("boven")),
         rf"(?<!niet\s)\bboven\s+(?:al\s+)?(?:(?:alle|de|onze|mijn|elke|iedere)\s+)?{_EXPECT}\b"),
        ((word_set("verwachting verwachtingen"), word_set("voldeed voldoet voldeden voldoen beantwoordde beantwoordt")),
         rf"\b(?:voldeed|voldoet|voldeden|voldoen|beantwoordde|beantwoordt)\s+{_NO_NEGATOR}{{0,3}}?"
         rf"aan\s+(?:(?:al|alle|de|onze|mijn|hun|elke|iedere|hoge|hooggespannen)\s+){{0,3}}{_EXPECT}\b"),
        ((word_set("verwachtingen"), word_set("in waar")),
         r"\b(?:loste|lost|losten|maakte|maakt|maakten)\s+(?:(?:al|alle|de|onze|mijn|hun)\s+){0,2}"
         r"verwachtingen\s+(?:[\w'-]+\s+)?(?:in|waar)\b"),
        ((word_set("verwacht"), word_set("anders")),
         r"\b(?:had|hadden|heb|hebben)\s+(?:(?:ik|we|wij|ook|eigenlijk|echt)\s+){0,2}(?:niet|niets"
         r"|niks)\s+anders\s+verwacht\b"),
        ((word_set("waar"), word_set("geld centen euro's centjes"), word_set("voor")), rf"\bwaar\s+voor\s+{_WORTH}\b"),
        ((word_set("waard"), word_set("cent euro stuiver")),
         r"\b(?:elke|iedere)\s+(?:cent|euro|stuiver)\s+waard\b"),
    )  # fmt: skip
    # A gap's word is never a token an earlier phrase left, as in the fact phrases.
    return guarded(complaints), guarded(praise)


# --- comparisons --------------------------------------------------------------------------

# What a comparison is measured against: before, elsewhere, the photos, what was expected.
_REF = (
    r"(?:vroeger|voorheen|eerst|toen|ooit|normaal|gewoonlijk|anders|elders|ergens\s+anders"
    r"|vorig\s+jaar|vorige\s+[\w'-]+"
    r"|(?:(?:bij|in|op|met)\s+)?(?:(?:de|het|mijn|m'n|onze|ons|hun|een|elke|iedere|alle)\s+){0,2}"
    r"(?:vorige|oude|andere|vroegere|eerdere|concurrent|concurrentie|concurrenten)\b"
    rf"|(?:(?:op|in|volgens|bij)\s+)?(?:(?:de|het|hun|jullie)\s+)?{_AD}"
    r"|(?P<expect>(?:(?:ik|we|wij|je|u|ze|men|het|er)\s+)?(?:[\w'-]+\s+){0,4}?(?:verwacht|gedacht"
    r"|gehoopt|beloofd|aangegeven|aangekondigd|gewend|afgesproken|beschreven|geadverteerd"
    r"|voorgesteld|aangeprezen|verwachten))"
    r")\b"
)
_REF_WORDS = frozenset(
    f"""vroeger voorheen eerst toen ooit normaal gewoonlijk anders elders vorig vorige oude
    andere vroegere eerdere concurrent concurrentie concurrenten {_AD_WORDS} verwacht gedacht
    gehoopt beloofd aangegeven aangekondigd gewend afgesproken beschreven geadverteerd
    voorgesteld aangeprezen verwachten""".split()
)
_COMPARISON = compiled.pattern(
    r"\b(?:(?P<neg>niet|geen|nooit|nauwelijks)\s+(?:(?:veel|echt|zo\s*veel|een\s+stuk|stukken"
    r"|wel|iets|wat|zoveel)\s+)?)?(?:(?P<more>minder|meer)(?P<what>(?:\s+(?!dan\b)[\w'-]+){0,2}?)"
    r"|(?P<cmp>[a-zé]{2,}ere?)(?P<noun>\s+[\w'-]+)?)\s+dan\s+" + _REF
)
"""A comparison against a reference, in the lower-cased text."""
_AGAINST = compiled.pattern(r"\s+" + _REF)
"""A reference right after a "dan" of the lower-cased text (matched there, not searched)."""
_REACH = 80
"""How far before its "dan" a comparison may start ("niet een stuk minder lekker dan")."""
# Comparatives whose base word carries no opinion, as a customer weighs them.
_NEUTRAL_BASES = {
    "kleiner": -1, "groter": 1, "ruimer": 1, "krapper": -1, "trager": -1, "langzamer": -1,
    "sneller": 1, "vlotter": 1, "later": -1, "eerder": 1, "langer": -1, "duurder": -1,
    "goedkoper": 1, "voordeliger": 1, "prijziger": -1, "verser": 1, "schoner": 1, "vuiler": -1,
    "drukker": -1, "rustiger": 1, "stiller": 1, "luider": -1, "zouter": -1, "vetter": -1,
    "dunner": -1, "beter": 1, "slechter": -1, "erger": -1,
}  # fmt: skip
_PRICE_BEFORE = re.compile(rf"{alternatives(_PRICES)}\s+(?:[\w'-]+\s+){{0,3}}$")
_PARTICIPLE = re.compile(r"ge[a-zé]+(?:d|t|en)$")


def _bases(word: str) -> list[str]:
    """The positive forms a comparative may come from: "duurder" duur, "groter" groot,
    "sneller" snel, "goedkoper" goedkoop, "vriendelijker" vriendelijk."""
    stem = word[:-1] if word.endswith("ere") else word
    stem = stem[:-2]
    out = [stem]
    if stem.endswith("d"):
        out.append(stem[:-1])  # duurder, lekkerder
    if len(stem) > 2 and stem[-1] == stem[-2]:
        out.append(stem[:-1])  # sneller, dunner
    if len(stem) > 2 and stem[-2] in "aeou" and stem[-3] not in "aeiou":
        out.append(stem[:-1] + stem[-2] + stem[-1])  # groter, trager, goedkoper
    return out


def _valence(word: str, lexicon: dict[str, float]) -> float:
    from webcare.analysis.vader import HEAD_FROM, head_of

    valence = lexicon.get(word, 0.0)
    if not valence and len(word) >= HEAD_FROM:
        head = head_of(word)
        valence = lexicon.get(head, 0.0) if head else 0.0
    return valence


def _comparison_sign(match: re.Match[str], lexicon: dict[str, float]) -> int:
    """+1 when the comparison praises the business, -1 when it complains, 0 when unclear."""
    word = (match.group("more") or match.group("cmp")).lower()
    what = (match.group("what") or "").lower().split()
    if match.group("noun") and not word.endswith("ere"):
        return 0  # "de kamer was groter dan": a noun ending in -er is no comparative
    expect = match.group("expect") is not None
    sign = 0
    if word in ("meer", "minder"):
        valences = [v for w in what if (v := _valence(w, lexicon))]
        if valences:
            sign = 1 if valences[0] > 0 else -1
        elif not what:
            sign = 1 if expect else 0  # "meer dan verwacht"; "meer dan vroeger" says nothing
        elif word == "minder" and not _PARTICIPLE.match(what[0]):
            sign = 1  # "minder keuze dan", "minder vaak dan": less of something
        if word == "minder":
            sign = -sign
    elif word in ("hoger", "lager"):
        if _PRICE_BEFORE.search(match.string, 0, match.start()):
            sign = -1 if word == "hoger" else 1
    else:
        sign = _NEUTRAL_BASES.get(word.removesuffix("e") if word.endswith("ere") else word, 0)
        if not sign:
            base = next((v for b in _bases(word) if (v := lexicon.get(b, 0.0))), 0.0)
            sign = (base > 0) - (base < 0)
    return -sign if match.group("neg") else sign


# --- praise told in the past ----------------------------------------------------------------

_PAST_WORDS = frozenset("vroeger vroegere destijds ooit jarenlang verleden".split())
_CLAUSE = re.compile(r"(?:(?!\b[Mm]aar\b)[^.,;!?\n])+")
_PAST_MARK = re.compile(r"\b(?:vroeger|vroegere|destijds|jarenlang|verleden|ooit)\b")
"""Candidate time words in the lower-cased text; `_past_marks` keeps those that set
praise in the past."""
_NOT_BEFORE_VROEGER = re.compile(r"(?:\bals|\bzoals|\bdan)\s+$")
_NOT_AFTER_VROEGER = re.compile(
    r"\s+(?:dan|op\s+de|in\s+de|op\s+het|opstaan|vertrekken|beginnen|sluiten|open|thuis)\b"
)
_OOIT_WAS = re.compile(r"\b(?:was|waren)\s+(?:[\w'-]+\s+)?$")


def _past_marks(low: str, start: int = 0, end: int | None = None) -> list[re.Match[str]]:
    """The time words of `low[start:end]` that set what follows in the past: "vroeger"
    (not "als vroeger", "vroeger dan", "vroeger op de avond"), "vroegere", "destijds",
    "jarenlang", "in het verleden", and "ooit" next to "was"."""
    end = len(low) if end is None else end
    marks = []
    for match in _PAST_MARK.finditer(low, start, end):
        word, at = match.group(0), match.start()
        before = low[max(start, at - 20) : at]
        if word == "vroeger":
            keep = not _NOT_BEFORE_VROEGER.search(before) and not _NOT_AFTER_VROEGER.match(
                low, match.end(), end
            )
        elif word == "ooit":
            keep = bool(_OOIT_WAS.search(low, max(start, at - 30), at)) or low.startswith(
                ("was", "waren"), match.end() + 1
            )
        elif word == "verleden":
            keep = before.endswith("in het ")
        else:
            keep = True
        if keep:
            marks.append(match)
    return marks


_PAST_VERB = re.compile(
    r"\b(?:was|waren|had|hadden|kon|konden|kwam|kwamen|kreeg|kregen|ging|gingen|stond|stonden"
    r"|smaakte|smaakten|deed|deden|werkte|werkten|vond|vonden|leek|leken|mocht|mochten|zat|zaten"
    r"|geweest|gekomen|betaalde|betaalden|hoorde)\b"
)
# The text says it lasts or got better: "nog steeds", "blijft", "nu nog lekkerder".
_LASTS = re.compile(
    r"\b(?:nog\s+(?:steeds|altijd|net|even|[a-zé]+er)|(?:ook|nu)\s+nog|blijft|blijven|bleef"
    r"|nog\s+altijd)\b"
)
_NOW = re.compile(r"\b(?:nu|tegenwoordig|inmiddels|sindsdien)\b")
# "Vroeger kon je nog gewoon iemand spreken": what one could do then, one cannot now.
_COULD_THEN = re.compile(
    rf"\b(?:kon|konden|kreeg|kregen|mocht|mochten)\s+(?:je|u|men|we|wij|ik)\s+{_NO_NEGATOR}{{0,4}}?nog\b"
    r"(?!\s+(?:niet|geen|nooit)\b)"
)
"""These patterns search lower-cased text."""
_NEGATORS = frozenset("niet nooit geen nergens not".split())
_WORD = re.compile(r"[\w'-]+")
_RUN = re.compile(r"\w+")


def _praise_in(clause: str, lexicon: dict[str, float]) -> float:
    """The (lower-cased) clause's summed word valences, a word after a negator (three words
    back) turned."""
    words = _WORD.findall(clause)
    total = 0.0
    for at, word in enumerate(words):
        valence = _valence(word, lexicon)
        if valence and not _NEGATORS.isdisjoint(words[max(0, at - 3) : at]):
            valence = -valence
        total += valence
    return total


def _past_clause(clause: re.Match[str], low: str, lexicon: dict[str, float]) -> bool:
    """Whether the clause praises in the past what is gone; `low`: its text lower-cased."""
    body = low[clause.start() : clause.end()]
    marks = _past_marks(body)
    if not marks:
        return False
    if _LASTS.search(low, clause.start()):
        return False  # "vroeger al goed, en nu nog steeds"
    if _PAST_VERB.search(body) is None and not (
        body[: marks[0].start()].strip() == "" and _NOW.search(low, clause.end())
    ):
        return False  # "vroeger een prima zaak, nu ...": no verb, but a now after it
    if _COULD_THEN.search(body):
        return True
    return _praise_in(body, lexicon) > 0


def told_by_time(text: str, runs: set[str] | None, mark: Mark, lexicon: dict[str, float]) -> str:
    """Rewrite the comparisons and the past praise of a Dutch text to complaint or praise
    tokens (marked with `mark`). `runs`: the text's word runs, if known: most texts hold
    no time word and no "dan" with a reference, and cost two set tests."""
    if runs is None:
        runs = {w.lower() for w in _RUN.findall(text)}
    comparing = "dan" in runs and not _REF_WORDS.isdisjoint(runs)
    if not comparing and _PAST_WORDS.isdisjoint(runs):
        return text  # the common case: two set tests
    low = text.lower()
    if len(low) != len(text):
        return text  # a text lower() changes in length: positions would not line up
    against = []
    if comparing:
        at = low.find("dan")
        while at != -1:
            if (at == 0 or not low[at - 1].isalnum()) and (hit := _AGAINST.match(low, at + 3)):
                against.append((at, hit.end()))
            at = low.find("dan", at + 3)
    past_word = not _PAST_WORDS.isdisjoint(runs) and _past_marks(low)
    if not against and not past_word:
        return text
    from webcare.analysis.vader import COMPLAINT_TOKEN, PRAISE_TOKEN

    if against:
        out: list[str] = []
        position = 0
        for at, end in against:
            start, match = max(position, at - _REACH), None
            while (found := _COMPARISON.search(low, start, end)) is not None:
                if found.end() > at + 3:
                    match = found  # the comparison of this "dan", not of one before it
                    break
                start = found.start() + 1
            sign = 0 if match is None else _comparison_sign(match, lexicon)
            if match is None or not sign:
                continue
            token = PRAISE_TOKEN if sign > 0 else COMPLAINT_TOKEN
            out += (text[position : match.start()], mark(token)(match))
            position = match.end()
        if out:
            text = "".join(out) + text[position:]
    if past_word:
        low = text.lower()

        def past(clause: re.Match[str]) -> str:
            if not _past_clause(clause, low, lexicon):
                return clause.group(0)
            return mark(COMPLAINT_TOKEN)(clause)

        text = _CLAUSE.sub(past, text)
    return text
