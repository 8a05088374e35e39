"""Urgency by word family: each urgent category's symptom vocabulary, as a Dutch or Flemish
and an English reader knows it, generated in all its forms, with the frame that makes it
urgent now. Pure: data and the small generators it needs.

The phrase rules in `urgency_lexicon` were each written from a message that said it so:
a new message that says the same thing in other words ("the kitchen reeks of rotten eggs",
"mijn lippen zwellen op", "you are still pulling £45 out of my account") slipped past them.
Here a category lists what can go wrong in its own words (a part of the body with what
happened to it, a smell with what it smells of, a card or an account with what was done to
it, a train with how it stopped, an insult with its collective noun), and the forms are
generated: a Dutch verb by `dutch_morphology.verb_forms`, an English one by `en_verb`,
plurals by rule, a word written without its accent beside the one with it.

A family's words alone are often not the customer's emergency ("my wrist is swollen" is;
"are your bars safe for a swollen-lip allergy?" is not), so each family names its frame,
checked where it matches (`urgency._counts` through `frame_fails`):

  any        the words say it all ("reeks of gas", "handlebar snapped off")
  own        someone the author speaks for is affected: I, we, my, our (Dutch ik, we,
             mijn, onze), the family or the kids, in the sentence
  stranger   another's hand: someone, "I didn't", "without my", "iemand", "niet door mij"
  money      an amount or money named in the sentence ("£900 has left my account")
  persisting the money is still being taken: still, again, after I cancelled, twice,
             "nog steeds", "ondanks", "opgezegd"
  overdue    a promise of money long past: weeks, months, still, never, "weken"
  ongoing    own, or a stop still running: now, still, "for 90 min", "al een half uur"

  addressed  said to or of the brand: you, your, jullie, they, "this company"
  again      back where one started: weer, terug, again, every time
  rushing    own, and on the way to a doctor now: rijden, onderweg, met spoed
  scene      someone the author speaks for (as own), or a place the brand runs: a train,
             a platform, a shop, a plane (a film's fist fight has neither)
  frail      a child, a baby, an old, sick, disabled or pregnant person, anywhere in the text

A family's match also does not count inside a how-to question ("how do I freeze my card?",
"kan ik mijn kaart zelf blokkeren?": `match_context.how_to`), nor when the sentence turns
hypothetical after its first word ("als mijn man ooit overlijdt"), and every match is
subject to the checks all rules have (negated, resolved, hypothetical, listed, a quoted
title, a warning or a report about others: `match_context`). Every pattern begins at its rare word: a symptom, a body part, a
collective noun, not at "I" or "the".
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from webcare.analysis import compiled
from webcare.analysis import urgency_family_words as w

# ---------------------------------------------------------------- patterns

def _plain(word: str) -> str:
    """A word without its accents ("geïnd" -> "geind"), as many type it."""
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def _words(*groups: tuple[str, ...] | list[str]) -> str:
    """One alternation of every form, longest first, each with its accentless twin."""
    forms = {f for group in groups for word in group for f in (word, _plain(word))}
    # "-" and "." unescaped where they are plain: the matcher dispatches on a pattern's first
    # letters, and an escape there would make it start at "e" for "e-mail".
    spelled = (re.escape(f).replace(r"\ ", r"\s+").replace(r"\-", "-") for f in sorted(forms, key=lambda f: (-len(f), f)))
    return "(?:" + "|".join(spelled) + ")"


_GAP = r"\s+(?:\S+\s+){0,%d}?"


def gap(n: int) -> str:
    """White space and at most `n` words of any kind (amounts like "£45" too)."""
    return _GAP % n


def affirmed_gap(n: int) -> str:
    """As `gap`, with no negator among the words: "my card isn't blocked", "mijn rekening is
    niet geblokkeerd" deny what the family's words would report."""
    return r"\s+(?:(?!(?:not|never|niet|nie|nooit|geen|no)\b|\S*n'?t\b)\S+\s+){0," + str(n) + "}?"


@dataclass(frozen=True, slots=True)
class Family:
    category: str
    frame: str  # "any", "own", "stranger", "money", "persisting", "overdue": see the module's text
    pattern: str


def _f(category: str, frame: str, pattern: str) -> Family:
    return Family(category, frame, pattern)


def _plain_water(utility: str) -> bool:
    """"water", "druppel", "water meer": a restaurant serves it too ("no water since I
    ordered the dish"), unlike "running water"."""
    return utility.split()[0] in ("water", "druppel")


def _wet(utilities: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(u for u in utilities if _plain_water(u))


def _dry(utilities: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(u for u in utilities if not _plain_water(u))


_HEAD_COMPOUNDS = r"(?<!shower\s)(?<!print\s)(?<!brush\s)(?<!tap\s)"
_HURT_EN_ADVERB = r"(?:(?:really|badly|very|so|all|completely|totally|now|still|pretty)\s+)?"
_COPULA_EN = r"(?:is\s+|are\s+|was\s+|were\s+|got\s+|has\s+been\s+|have\s+been\s+|'s\s+)?"
_COPULA_NL = r"(?:is\s+|zijn\s+|was\s+|waren\s+|staat\s+|stond\s+|zit\s+|zat\s+|helemaal\s+)?"
_MONEY_TAKEN = ("left my account", "gone from my account", "disappeared from my account", "vanished from my account",
                "missing from my account", "drained from my account", "taken from my account", "withdrawn from my account",
                "gone from my card", "taken from my card", "left our account", "gone from our account")

# A home's supplies, as the subject of a verb (UTILITIES_NL also holds "druppel", "... meer").
_SUPPLIES_NL = ("stroom", "elektriciteit", "gas", "water", "warm water", "verwarming", "internet", "wifi", "tv", "glasvezel", "netwerk", "verbinding")


# What a home cannot go without (not wifi nor tv): its heat, power and running water.
# Words after "geen X" that make it no supply missing: needed, included, a problem, or never
# ordered ("geen verwarming aangevraagd", "geen internet afgenomen"; the last also read by
# urgency_lexicon's "geen ..." outage rules).
NOT_TAKEN_NL = "aangevraagd|besteld|afgenomen|gekozen"
_NOT_A_LACK_NL = rf"(?:nodig|inbegrepen|probleem|problemen|zorgen|{NOT_TAKEN_NL})"
_ESSENTIALS_NL = ("stroom", "elektriciteit", "warm water", "stromend water", "drinkwater", "verwarming")
_ESSENTIALS_EN = ("power", "electricity", "heat", "heating", "hot water", "running water")

_DAMAGE_NL = "(?:" + _words(w.DAMAGED_NL) + r"|schade\s+(?:aan\s+(?:\S+\s+){1,3}?)?(?:gemaakt|aangericht|veroorzaakt))\b"

FAMILIES: tuple[Family, ...] = (
    # ---- safety: a body part hurt, a smell of gas or fire, a threat, a part that failed
    _f("safety", "own", _HEAD_COMPOUNDS + _words(w.BODY_EN) + r"\s+" + _COPULA_EN + _HURT_EN_ADVERB + _words(w.HURT_EN) + r"\b"),
    _f("safety", "any", _words(w.en_verbs("break=broke,broken", "fracture", "sprain", "dislocate", "burn=burnt,burnt", "scald", "gash", "crack", "split=split,split", "slice=sliced,sliced")) + r"\s+(?:my|his|her|their|our)\s+(?:\w+\s+)?" + _words(w.BODY_EN) + r"\b(?!\s+(?:laughing|off))"),
    _f("safety", "own", r"(?<!in\s)(?:stitches|concussion|paramedics?)\b"),
    _f("safety", "own", _words(w.BODY_NL) + r"\s+" + _COPULA_NL + _words(w.HURT_NL) + r"\b"),
    _f("safety", "own", _words(("gebroken", "gekneusde", "verstuikte", "ontwrichte", "opengelegen", "opengehaalde")) + r"\s+" + _words(w.BODY_NL) + r"\b"),
    _f("safety", "own", _words(("hersenschudding", "hechtingen", "botbreuk", "gips om", "klapband", "ambulancier", "ambulanciers")) + r"\b"),
    _f("safety", "own", _words(("gesmakt", "smakte", "onderuit gegaan", "onderuitgegaan", "onderuit gegleden", "uitgegleden", "gestruikeld", "gevloerd", "over de kop gegaan", "over de kop geslagen", "over mijn stuur", "over het stuur", "tegen de vlakte")) + r"\b"),
    _f("safety", "own", _words(("went over the handlebars", "went over the front", "flung off", "slipped on", "tripped over", "tripped on", "face-planted", "faceplanted", "hit the ground", "hit the kerb", "hit the curb", "hit my head", "tyre blew", "tire blew", "tyre blowout", "tire blowout")) + r"\b(?!\s+running)"),
    _f("safety", "any", _words(w.SMELL_VERBS_EN + ("stench", "odour", "odor", "whiff")) + r"\s+(?:\w+\s+){0,2}?(?:of|like)\s+(?:\w+\s+)?" + _words(w.SMELLS_EN) + r"\b(?!\s+(?:station|prices?|bills?|money))"),
    _f("safety", "any", _words(w.SMELL_VERBS_NL + ("lucht", "stank", "geur", "walm")) + r"\s+(?:\w+\s+){0,5}?(?:naar|van)\s+(?:\w+\s+)?" + _words(w.SMELLS_NL) + r"\b(?!\s*(?:prijs|prijzen|rekening|factuur|tarief|contract))"),
    # The smell named straight after the verb: "I can smell gas in the hallway", "ik ruik gas".
    _f("safety", "any", r"(?<!the\s)(?<!a\s)" + _words(("smell", "smelt", "smelled", "smelling")) + r"\s+(?:a\s+|some\s+|the\s+)?(?:(?:strong|faint|slight|definite)\s+)?" + _words(w.SMELLS_EN) + r"\b(?!\s+(?:station|prices?|bills?|money|cans?))"),
    _f("safety", "any", _words(("ruik", "ruikt", "ruiken", "rook", "roken")) + r"\s+(?:(?:ik|we|wij|hier|nu|echt|duidelijk|een\s+beetje|heel|erg|zeer|sterk|zo|opeens|ineens|weer)\s+){0,3}" + _words(w.SMELLS_NL) + r"\b(?!\s*(?:prijs|prijzen|rekening|factuur|tarief|contract|meter|station))"),
    # A driver of theirs through a red light, or on the phone at the wheel.
    _f("safety", "any", _words(("reed", "reden", "rijdt", "racete", "scheurde", "scheurt")) + r"\s+(?:\S+\s+){0,3}?door\s+(?:het\s+)?rood(?:e\s+licht)?\b"),
    _f("safety", "any", r"rood\s+(?:licht\s+)?gereden\b"),
    _f("safety", "any", _words(w.DRIVERS_NL) + r"\s+(?:\S+\s+){0,3}?(?:zat|zit|was|is|hing|hangt|bleef)\s+(?:\S+\s+){0,4}?(?:op|aan)\s+(?:zijn|zijne|zen|haar|z'n|zn)\s+(?:telefoon|gsm|mobiel|smartphone)\b(?!\s+(?:nummer|gebeld|met))"),
    _f("safety", "any", _words(("appte", "appt", "appen", "smste", "whatsappte", "telefoneerde", "belde", "filmde")) + r"\s+(?:\S+\s+){0,4}?(?:tijdens|onder)\s+het\s+rijden\b"),
    _f("safety", "any", r"(?:bus\s+|taxi\s+|delivery\s+|van\s+|uber\s+|train\s+)?drivers?\s+(?:\S+\s+){0,2}?(?:was|is|were|are|kept|keeps|spent|sat|been)\s+(?:\S+\s+){0,3}?(?:texting|on\s+(?:his|her|their)\s+phone|on\s+facetime|watching\s+(?:a\s+)?videos?)\b(?!\s+(?:number|call|with))"),
    # Threatened with death, the author or theirs ("someone is sending me death threats"; not
    # "the movie had death threats").
    _f("safety", "own", _words(("death threats", "death threat", "rape threats", "rape threat", "doodsbedreigingen", "doodsbedreiging")) + r"\b"),
    _f("safety", "any", _words(("lekt", "lekte", "lekken", "leaking", "leaks", "leaked")) + r"\s+(?:er\s+)?gas\b(?!\s*(?:prijs|prijzen|rekening|factuur|tarief|contract|price|bill))"),
    _f("safety", "any", _words(("boiler", "gas meter", "gas pipe", "cooker", "hob", "ketel", "cv-ketel", "gasleiding", "gasmeter", "fornuis", "kookplaat", "geiser")) + gap(3) + _words(("hissing", "sist", "siste", "sisten", "leaking gas", "lekt gas", "sparking", "vonkt", "smoking", "rookt", "on fire", "in brand")) + r"\b"),
    _f("safety", "scene", _words(w.en_verbs("attack", "assault", "menace", "stab/stabb", "punch", "slash", "headbutt", "spit=spat,spat")) + r"\s+(?:\w+\s+){0,2}?" + _words(w.VICTIMS_EN) + r"\b"),
    _f("safety", "scene", _words(w.en_verbs("threaten", "attack", "assault", "menace", "wave", "brandish", "wield", "point")) + r"\s+(?:\w+\s+){0,4}?with\s+(?:a|an|his|her|their)\s+(?:broken\s+)?" + _words(w.WEAPONS_EN) + r"\b"),
    _f("safety", "own", r"(?:mugged|stabbed|assaulted|beaten\s+up|jumped\s+by|robbed\s+at\s+(?:knife|gun)point|held\s+at\s+(?:knife|gun)point|(?:pulled\s+over|arrested|detained|stopped)\s+at\s+(?:knife|gun)point)\b(?!\s+off)"),
    _f("safety", "scene", _words(w.nl_verbs("belagen", "molesteren", "aan+randen") + ("overvalt", "overvielen", "overviel")) + r"\s+(?:\w+\s+){0,2}?" + _words(w.VICTIMS_NL) + r"\b"),
    _f("safety", "scene", _words(w.nl_verbs("bedreigen", "belagen", "zwaaien", "dreigen", "slaan=sloeg,sloegen,geslagen", "steken=stak,staken,gestoken")) + r"\s+(?:\S+\s+){0,4}?met\s+(?:een|zijn|haar|hun)\s+" + _words(w.WEAPONS_NL) + r"\b"),
    # Laid hands on: "de bezorger heeft mijn vrouw geduwd", "hij sloeg mij" (round 47; not
    # "gegrepen": a book "heeft me echt gegrepen").
    # (Led by someone named, not by "me" or "ons": a rule is tried at every one of its first words.)
    _f("safety", "scene", _words(LAID_HANDS_ON := (
        "mijn zoon", "mijn dochter", "mijn vrouw", "mijn man", "mijn moeder", "mijn vader", "mijn kind", "mijn partner",
        "mijn vriendin", "mijn vriend", "onze zoon", "onze dochter", "een vrouw", "een man", "een kind", "een meisje",
        "een jongen", "een passagier", "een reiziger", "de chauffeur", "de conducteur"))
       + r"\s+(?:\S+\s+){0,2}?" + _words(("geduwd", "omvergeduwd", "geslagen", "geschopt", "geknepen", "vastgegrepen", "aangevallen")) + r"\b"),
    _f("safety", "scene", _words(("duwde", "sloeg", "schopte", "kneep")) + r"\s+(?:\S+\s+)?" + _words(LAID_HANDS_ON + ("mij", "me", "ons")) + r"\b(?!\s+(?:een\s+)?(?:voor|aan|op\s+de\s+schouder))"),
    # Not taken by surprise: "overvallen door de vraag", "door een bui", "door de drukte".
    _f("safety", "own", _words(("overvallen", "belaagd", "aangerand", "elkaar getrapt", "elkaar geslagen", "neergeslagen", "bestolen op straat")) + r"\b"
       r"(?!\s+door\s+(?:de\s+|een\s+|het\s+)?(?:vraag|vragen|regen|bui|drukte|slaap|emoties?|verdriet|heimwee|twijfel|angst|paniek|vermoeidheid|moeheid|honger|nieuws|gedachte|gevoel|storm|sneeuw|hagel|onweer|kou|hitte|hoeveelheid|prijs|rekening)\b)"),
    _f("safety", "any", _words(w.VEHICLE_PARTS_EN) + gap(3) + _words(w.PART_FAILS_EN) + r"\b(?!\s+(?:on\s+the\s+(?:app|website|site)|in\s+the\s+(?:app|shop|store)|test|the\s+mot))"),
    _f("safety", "any", _words(w.VEHICLE_PARTS_NL) + gap(3) + _words(w.PART_FAILS_NL) + r"\b"),
    _f("safety", "own", _words(("stuck in the lift", "stuck in a lift", "stuck in the elevator", "stuck in an elevator", "trapped in the lift", "trapped in the elevator", "trapped in a lift", "vast in de lift", "opgesloten in de lift", "vast in een lift", "lift vast", "lift opgesloten")) + r"\b"),
    # A vehicle that moved or braked by itself: no driver's error, the machine's.
    _f("safety", "any", _words(("accelerated", "sped up", "braked", "slammed on the brakes", "swerved", "steered", "lurched", "lurched forward", "shot forward", "took off", "rolled away", "started moving", "started rolling")) + r"\s+(?:\S+\s+){0,2}?(?:by\s+itself|on\s+its\s+own)\b"),
    _f("safety", "any", _words(("trok", "trekt", "trokken", "schoot", "schiet", "rolde", "rolt", "reed", "rijdt")) + r"\s+(?:\S+\s+){0,2}?(?:uit\s+zichzelf|vanzelf|van\s+zelf)\s+(?:op|weg|vooruit|naar\s+voren|achteruit)\b"),
    _f("safety", "any", _words(("remde", "remt", "accelereerde", "accelereert", "stuurde", "stuurt", "optrok", "optrekt")) + r"\s+(?:\S+\s+){0,2}?(?:uit\s+zichzelf|vanzelf|van\s+zelf)\b"),
    # ---- health: something swallowed that must come out (a magnet, a button cell, a pod)
    _f("health", "own", _words(("swallowed", "swallow", "ingested")) + r"\s+(?:\S+\s+){0,4}?" + _words(w.SWALLOWED_EN) + r"\b"),
    _f("health", "own", _words(w.SWALLOWED_NL) + r"\s+(?:\S+\s+){0,4}?" + _words(("ingeslikt", "doorgeslikt", "opgegeten", "in zijn mond", "in haar mond")) + r"\b"),
    _f("health", "own", _words(("slikte", "slikten", "slikt")) + r"\s+(?:\S+\s+){0,3}?" + _words(w.SWALLOWED_NL) + r"\s+(?:in|door)\b"),
    # ---- health: swelling, breath, the gut, a wrong or missing medicine, off to a doctor
    _f("health", "own", _words(w.SWELLING_PARTS_EN) + gap(2) + _words(w.SWELL_EN) + r"\b"),
    _f("health", "own", _words(w.SWELLING_PARTS_NL) + gap(2) + _words(w.SWELL_NL) + r"\b"),
    _f("health", "own", _words(w.ALLERGY_EN + w.ALLERGY_NL) + r"\b"),
    # A throat that tightens is the swelling felt from inside (not eyes squeezed shut).
    _f("health", "own", r"(?:throat|airway|airways)\s+(?:\S+\s+){0,2}?(?:getting|going|feels|feeling|is|started|starting)\s+(?:\S+\s+)?(?:tight|tighter|tightening|closing)\b"),
    _f("health", "own", r"(?:keel|luchtpijp|luchtwegen)\s+(?:\S+\s+){0,2}?(?:knijpt|kneep|trekt|trok|zit|zat|gaat|ging|wordt|werd)\s+(?:\S+\s+)?dicht\b"),
    _f("health", "own", r"(?<!van\ste\s)(?<!om\ste\s)(?<!want\sto\s)(?<!wanna\s)" + _words(w.GUT_EN + w.GUT_NL) + r"\b(?!\s+(?:van|op|over|at|on)\s+(?:jullie|u|die|dat|deze|dit|your|you|this|the\s+(?:price|prices|service)))"),
    # Bent double with pain, words between: "dochter ligt nu al uren krom op de bank".
    _f("health", "own", r"(?:ligt|lag|liggen|lagen)\s+(?:\S+\s+){0,3}?krom\b(?!\s+(?:van\s+het\s+lachen|gelachen))"),
    _f("health", "own", _words(("toilet", "loo", "wc")) + r"\s+(?:\w+\s+)?(?:since|all\s+(?:night|day|morning|weekend)|for\s+(?:hours|days)|sinds|de\s+hele\s+(?:nacht|dag)|al\s+(?:uren|dagen))\b"),
    _f("health", "own", _words(w.DRUGS_EN) + gap(4) + _words(("double", "triple", "twice the", "wrong", "incorrect", "mixed up", "never arrived", "didn't arrive", "did not arrive", "missing", "ran out", "running out", "run out", "out of stock", "someone else's", "expired")) + r"\b(?!\s+(?:price|prices|delivery\s+fee))"),
    _f("health", "any", _words(("wrong", "incorrect", "double", "triple", "twice the", "someone else's")) + r"\s+(?:\w+\s+)?" + _words(w.DRUGS_EN + ("strength",)) + r"\b"),
    _f("health", "own", _words(w.DRUGS_NL) + gap(4) + _words(("dubbele", "dubbel", "verkeerde", "verkeerd", "te hoge", "niet geleverd", "nooit geleverd", "niet aangekomen", "niet op voorraad", "van iemand anders", "vervallen", "verwisseld")) + r"\b"),
    _f("health", "any", _words(("verkeerde", "dubbele", "te hoge", "andermans")) + r"\s+(?:\w+\s+)?" + _words(w.DRUGS_NL) + r"\b"),
    _f("health", "rushing", _words(("dokter", "huisarts", "spoedarts", "spoedpost", "huisartsenpost", "wachtpost", "spoedgevallen", "eerste hulp", "wachtdienst")) + r"\b"),
    _f("health", "own", _words(w.en_verbs("rush", "race") + ("on our way", "on my way", "heading", "headed")) + r"\s+(?:\S+\s+){0,3}?to\s+(?:the\s+|an?\s+)?" + _words(("urgent care", "er", "a&e", "a & e", "doctor", "doctors", "gp", "walk-in", "walk in centre", "emergency", "clinic", "hospital")) + r"\b"),
    _f("health", "own", r"urgent\s+care\b"),
    # ---- fraud: payees and money not the author's, a number or login taken over, a lure
    _f("fraud", "stranger", _words(w.en_nouns("payee", "beneficiary", "mandate", "standing order", "direct debit", "device") + ("toestel", "apparaat", "begunstigde", "machtiging")) + gap(3) + _words(("added", "created", "set up", "appeared", "registered", "linked", "gekoppeld", "toegevoegd", "aangemeld", "geregistreerd", "aangemaakt")) + r"\b" + "|" + _words(("set up", "added", "linked", "registered")) + r"\s+(?:a\s+|an\s+)?(?:new\s+|another\s+|unknown\s+|different\s+)" + _words(w.en_nouns("device", "payee", "phone")) + r"\b"),
    _f("fraud", "money", _words(_MONEY_TAKEN) + r"\b"),
    _f("fraud", "own", _words(("emptied my account", "drained my account", "cleared out my account", "wiped out my account", "emptied our account", "drained our account", "emptied my savings", "drained my savings")) + r"\b"),
    _f("fraud", "own", r"without\s+(?:my|our)\s+(?:say-?so|permission|consent|knowledge|authori[sz]ation|approval|agreement)\b"),
    _f("fraud", "own", _words(w.SIM_EN) + gap(3) + _words(("moved to another sim", "moved to a different sim", "swapped to another sim", "hijacked", "cloned", "transferred to another sim", "moved to a new sim", "put on another sim", "taken over")) + r"\b"),
    _f("fraud", "stranger", _words(w.CREDENTIALS_EN) + gap(4) + _words(w.CHANGED_EN) + r"\b"),
    _f("fraud", "stranger", _words(w.CHANGED_EN) + r"\s+(?:the|my|our)\s+(?:\w+\s+)?" + _words(w.CREDENTIALS_EN) + r"\b"),
    _f("fraud", "own", _words(w.SCAM_VICTIM_EN) + r"\b(?!\s+(?:(?:me|us)\s+)?(?:into\s+(?:buying|paying|signing|a\s+contract|an?\s+upgrade)|by\s+(?:\w+ing|your|the|their)\b))"),
    _f("fraud", "own", _words(("fake", "bogus", "phony", "phoney", "dodgy", "spoof", "spoofed", "cloned")) + r"\s+(?:\w+\s+){0,3}?" + _words(w.LURES) + r"\b" + gap(6) + _words(("typed", "entered", "clicked", "filled", "gave", "paid", "put in", "followed", "replied", "logged in", "handed over")) + r"\b"),
    _f("fraud", "own", _words(w.LURES) + r"[^.!?]{0,40}?" + _words(("new number", "new phone number", "new mobile", "nieuw nummer", "nieuwe nummer", "nieuw telefoonnummer", "nieuwe telefoonnummer", "nieuw gsm-nummer")) + r"[^.!?]{0,80}?" + _words(("sent", "transferred", "paid", "overgemaakt", "overgeschreven", "betaald", "gestort", "geld gestuurd")) + r"\b"),
    _f("fraud", "own", _words(("onbekende", "vreemde", "verdachte")) + r"\s+" + _words(("rekening", "iban", "rekeningnummer", "begunstigde", "ontvanger", "bankrekening")) + r"\b"),
    _f("fraud", "own", r"zonder\s+(?:mijn\s+|m'n\s+|ons\s+|mij\s+)?(?:toestemming|medeweten|akkoord|goedkeuring|weten|instemming)\b"),
    _f("fraud", "own", _words(w.SIM_NL) + gap(5) + _words(("naar een andere sim", "naar een andere simkaart", "naar een nieuwe simkaart", "naar een vreemde simkaart", "overgezet naar een andere", "gekaapt", "gekloond", "geswapt")) + r"\b"),
    _f("fraud", "stranger", _words(w.CREDENTIALS_NL) + gap(5) + _words(w.CHANGED_NL) + r"\b"),
    _f("fraud", "own", _words(w.SCAM_VICTIM_NL) + r"\b"),
    _f("fraud", "own", _words(("ingegaan op", "gereageerd op", "geklikt op", "getrapt in")) + r"\s+(?:een|die|dat|het|de)\s+(?:\S+\s+)?" + _words(("nep", "nepbericht", "nep-sms", "nepmail", "valse", "vals", "frauduleuze", "phishing", "phishingmail", "verdachte")) + r"\b"),
    # ---- money: taken again or after it was stopped, a different amount, a payment bounced
    _f("money", "persisting", _words(w.TAKE_MONEY_EN) + gap(5) + r"(?:out\s+of|from|off)\s+(?:my|our)\s+(?:\w+\s+)?" + _words(w.ACCOUNTS_EN) + r"\b"),
    _f("money", "persisting", _words(w.TAKE_MONEY_NL) + gap(6) + r"(?:van|uit|op)\s+(?:mijn|m'n|onze|ons)\s+(?:\w+\s+)?" + _words(w.ACCOUNTS_NL) + r"\b"),
    _f("money", "any", r"(?:instead\s+of|rather\s+than)\s+(?:my|the|our)\s+(?:usual|normal|regular|agreed|quoted|standard|monthly)\s+(?:[£$€]\s*\d|\d|amount|bill|payment|premium|direct\s+debit)"),
    _f("money", "any", r"(?:ipv|plaats\s+van)\s+(?:de\s+|het\s+|mijn\s+|m'n\s+|onze\s+|ons\s+)?(?:gewone|normale|vaste|gebruikelijke|afgesproken|maandelijkse|geoffreerde)\s+(?:€\s*\d|\d|bedrag|voorschot|factuur|premie|afschrijving)"),
    _f("money", "own", _words(("mortgage payment", "mortgage", "rent", "rent payment", "direct debit", "standing order", "car payment", "loan payment")) + gap(2) + _words(("bounced", "was returned", "got returned", "came back unpaid", "was rejected", "got rejected")) + r"\b"),
    _f("money", "own", _words(("huur", "hypotheek", "incasso", "aflossing", "huurbetaling", "premie")) + gap(3) + _words(("teruggeboekt", "gestorneerd", "geweigerd")) + r"\b"),
    _f("money", "own", _words(("overdrawn", "into my overdraft", "overdraft fees", "rood gezet", "rood gekomen", "rood komen te staan", "ongedekt")) + r"\b"),
    _f("money", "own", _words(("rekening", "saldo", "betaalrekening")) + r"\s+(?:(?:\w+\s+)?(?:staat|stond|komt|kwam)\s+)?(?:\w+\s+)?rood\b"),
    _f("money", "own", _words(("rekening", "saldo", "betaalrekening")) + r"\s+(?:staat|stond|komt|kwam)\s+(?:\S+\s+){0,4}?in\s+de\s+min\b"),
    _f("money", "overdue", _words(("refund", "money back", "reimbursement", "compensation", "payout", "repayment", "terugbetaling", "terugstorting", "teruggave", "belastingteruggave", "restitutie", "vergoeding", "compensatie", "geld terug", "uitbetaling", "schadevergoeding")) + gap(8) + _words(("promised", "was due", "should have", "should've", "would be", "would arrive", "would come", "within", "beloofd", "toegezegd", "zou", "zouden", "binnen", "moest", "had moeten")) + r"\b"),
    # Not a cent of it back: a refund that never came, however it is said.
    _f("money", "any", r"geen\s+(?:enkele\s+|rooie\s+|rode\s+)?(?:cent|eurocent|stuiver|euro)\s+(?:\S+\s+){0,2}?(?:terug|teruggekregen|terugbetaald|teruggestort|uitbetaald|ontvangen|gezien)\b"),
    _f("money", "any", r"(?:penny|dime|red\s+cent|single\s+cent)\s+(?:of\s+(?:it|that|my\s+\w+)\s+)?back\b"),
    # Taken while something says it should not have been: "412 euro afgeschreven terwijl mijn
    # voorschot 95 is".
    _f("money", "money", _words(tuple(f for f in w.TAKE_MONEY_NL if "ge" in f)) + gap(2) + r"terwijl\b"),
    # A payment the author does not know: "een betaling aan een webshop die ik niet ken".
    _f("fraud", "any", _words(("bedrag", "bedragen", "betaling", "betalingen", "afschrijving", "afschrijvingen", "afboeking", "afboekingen", "transactie", "transacties", "incasso", "incasso's", "aankoop", "aankopen", "overschrijving", "overschrijvingen", "bestelling", "bestellingen")) + r"\s+(?:\S+\s+){0,8}?(?:die|dat|wat)\s+(?:ik|we|wij)\s+(?:\S+\s+)?(?:niet|nooit)\s+(?:zelf\s+)?(?:heb\s+|hebben\s+|had\s+)?(?:ken|kennen|herken|herkennen|gedaan|deed|deden|aangevraagd|gemaakt|besteld|goedgekeurd)\b"),
    # Credit or an account opened in the author's name by someone else: "iemand heeft namens
    # mij een lening aangevraagd" (the frame needs the stranger: not "ik heb een lening
    # aangevraagd, wanneer hoor ik iets?").
    _f("fraud", "stranger", _words(("lening", "leningen", "krediet", "kredieten", "creditcard", "kredietkaart", "abonnement", "telefoonabonnement", "rekening", "account")) + r"\s+(?:\S+\s+){0,3}?" + _words(("aangevraagd", "afgesloten", "geopend", "aangemaakt")) + r"\b"),
    # ---- blocked: an account or card cut off
    _f("blocked", "own", _words(w.HELD_THINGS_EN) + affirmed_gap(3) + _COPULA_EN + _words(tuple(f for f in w.CUT_OFF_EN if f.endswith(("ed", "en")) or " " in f) + ("eaten",)) + r"\b"),
    _f("blocked", "own", _words(tuple(f for f in w.CUT_OFF_EN if f.endswith(("ed", "s", "ing")) and " " not in f) + ("ate",)) + r"\s+(?:\w+\s+)?(?:my|our)\s+(?:\w+\s+)?" + _words(w.HELD_THINGS_EN) + r"\b"),
    _f("blocked", "own", _words(w.HELD_THINGS_NL) + affirmed_gap(4) + _words(tuple(f for f in w.CUT_OFF_NL if f.startswith(("ge", "bevr", "op", "in", "vast", "stil", "dicht")) or " " in f)) + r"\b"),
    # ---- outage: symptoms of a service that does not work now
    _f("outage", "any", r"(?:spinning|loading)\s+(?:wheel|circle|icon|logo|symbol)\b|(?:spins|keeps\s+spinning|just\s+spins|spun)\s+(?:\w+\s+){0,2}?(?:and|forever|then|for\s+ages)\b"),
    _f("outage", "any", _words(w.en_verbs("kick", "boot", "dump")) + r"\s+(?:me|us)\s+(?:\w+\s+)?(?:back\s+to|out|back|off)\b(?!\s+(?:of\s+(?:the\s+)?(?:queue|line)))"),
    _f("outage", "any", _words(w.SCREENS_EN) + r"\s+screens?\b(?!\s+(?:protector|size|mode|bezel|display))"),
    _f("outage", "any", _words(w.DEVICES_EN) + gap(4) + _words(("red", "flashing red", "blinking red", "flashing orange", "blinking orange", "all red", "offline")) + r"\b"),
    _f("outage", "any", _words(("lights", "light", "leds", "led")) + r"\s+(?:on|of)\s+(?:the|my|our)\s+" + _words(w.DEVICES_EN) + gap(2) + _words(("red", "flashing", "blinking", "off", "orange")) + r"\b"),
    _f("outage", "ongoing", r"(?:no|zero|without|not\s+a\s+(?:single\s+)?drop\s+of)\s+" + _words(_dry(w.UTILITIES_EN)) + r"\b(?!\s+(?:needed|required|included|problems?|issues?|worries|guide|licen[cs]e|package|channels?))"),
    _f("outage", "tap", r"(?:no|zero|not\s+a\s+(?:single\s+)?drop\s+of)\s+" + _words(_wet(w.UTILITIES_EN)) + r"\b(?!\s+(?:needed|required|included|problems?|issues?|worries))"),
    _f("outage", "any", r"not\s+a\s+(?:single\s+)?drop\s+(?:of\s+water\s+)?(?:coming|comes|came|out\s+of|from\s+the\s+taps?|left\s+in)\b"),
    _f("outage", "ongoing", r"(?:geen|zonder)\s+(?:\S+\s+)?" + _words(_dry(w.UTILITIES_NL)) + r"\b(?!\s*" + _NOT_A_LACK_NL + ")"),
    _f("outage", "tap", r"(?:geen|zonder)\s+(?:\S+\s+)?" + _words(_wet(w.UTILITIES_NL)) + r"\b(?!\s*" + _NOT_A_LACK_NL + ")"),
    _f("outage", "any", r"(?:komt|komen|kwam)\s+(?:er\s+)?(?:\w+\s+)?(?:niks|niets|geen\s+\w+)\s+(?:meer\s+)?(?:binnen|door|uit)\b"),
    _f("outage", "any", r"(?:draaiend|draaiende|ronddraaiend)\w*\s+(?:wieltje|rondje|cirkeltje|icoontje|wiel|cirkel)\b|(?:wieltje|rondje|cirkeltje)\s+(?:\S+\s+){0,2}?(?:draait|draaien|blijft)\b"),
    _f("outage", "any", r"blijft\s+(?:\S+\s+){0,3}?(?:draaien|laden|vastlopen|crashen)\b"),
    # A device in a restart loop, transfers that keep failing, messages stuck unsent, mail
    # that no longer arrives (round 46): "de decoder start steeds opnieuw op", "transfers
    # keep failing", "messages stuck on one tick for hours", "mijn mails komen niet meer binnen".
    _f("outage", "any", r"(?:start|starten|startte|startten)\s+(?:\S+\s+)?(?:steeds|telkens|constant|continu|de\s+hele\s+tijd)\s+(?:\S+\s+)?opnieuw\s+op\b"
       r"|(?:keeps?|kept)\s+(?:on\s+)?(?:restarting|rebooting|resetting|failing)\b(?!\s+(?:from|at)\s+the\s+(?:beginning|start))|(?:boot|reboot|restart)\s+loop\b"),
    _f("outage", "any", r"stuck\s+on\s+(?:one|a\s+single|1)\s+(?:grey\s+|gray\s+)?tick\b"
       r"|(?:messages?|texts?|e-?mails?|mails?|uploads?|transfers?|payments?)\s+(?:\S+\s+)?(?:stuck|sitting)\s+(?:on|in|at)\s+(?:sending|pending|processing|queued|the\s+outbox|outbox)\b"),
    # An account the brand's own system denies: "de app zegt dat mijn rekening niet bestaat",
    # "the site says my account doesn't exist".
    _f("blocked", "any", _words(("zegt", "zeggen", "meldt", "geeft aan", "says", "tells me", "told me", "shows", "claims")) + r"\s+(?:(?:ze|zij|they)\s+)?(?:(?:dat|that)\s*)?(?:mijn|m'n|onze|ons|my|our)\s+"
       + _words(("rekening", "account", "klantnummer", "boeking", "reservering", "pas", "kaart", "abonnement", "booking", "reservation", "card", "membership", "subscription"))
       + r"\s+['\"‘’“”]?(?:niet\s+(?:meer\s+)?bestaat|niet\s+gevonden\s+(?:is|wordt|kan\s+worden)|does\s*n[o']t\s+exist|doesnt\s+exist|no\s+longer\s+exists|(?:is|was)\s+not\s+found|(?:cannot|can't)\s+be\s+found)\b"),
    _f("outage", "any", _words(("mails", "mail", "e-mails", "e-mail", "berichten", "sms'jes", "sms'en", "meldingen", "notificaties", "overboekingen", "betalingen", "oproepen"))
       + r"\s+(?:\S+\s+)?(?:komen|komt|kwamen|kwam)\s+(?:\S+\s+)?(?:niet|nie)\s+(?:meer\s+)?(?:binnen|door|aan)\b"),
    # A supply at home cut now: "mijn stroom is uitgevallen", "het gas is afgesloten", "water
    # weer weggevallen"; not "als de stroom uitvalt" (that form is a question's) nor "gas en
    # stroom bij jullie afgesloten" (a contract taken out: only after a copula) nor a cut the
    # author's own builder made ("afgesloten door de aannemer") or maintenance ("wordt
    # afgesloten bij werkzaamheden").
    _f("outage", "any", _words(_SUPPLIES_NL) + r"\s+(?:\S+\s+){0,3}?" + _words(("uitgevallen", "valt uit", "viel uit", "vallen uit", "weggevallen", "valt weg", "viel weg", "uitgeschakeld", "eraf gehaald")) + r"\b"),
    _f("outage", "any", _words(_SUPPLIES_NL) + r"\s+" + _words(("is", "zijn", "werd", "wordt", "word")) + r"\s+(?:\S+\s+){0,3}?" + _words(("afgesloten", "afgekoppeld", "dichtgedraaid")) + r"\b(?!\s+(?:door\s+(?:de\s+|onze\s+|mijn\s+|m'n\s+)?(?:aannemer|loodgieter|installateur|verhuurder|huisbaas)|voor\s+de\s+verbouwing|(?:\w+\s+)?(?:voor|vanwege|wegens|bij)\s+(?:\w+\s+)?(?:onderhoud|werkzaamheden)\b))"),
    # "het internet ligt er hier al sinds gisteravond uit": words between "er" and "uit".
    _f("outage", "any", _words(("internet", "wifi", "netwerk", "verbinding", "tv", "televisie", "stroom", "elektriciteit", "app", "site", "website", "server", "systeem", "glasvezel", "modem", "bereik")) + r"\s+(?:\S+\s+){0,2}?(?:ligt|lag|liggen|lagen)\s+er\s+(?:\S+\s+){1,6}?uit\b"),
    _f("outage", "any", _words(w.SCREENS_NL) + r"\s+(?:beeld|scherm)\b"),
    _f("outage", "any", _words(("gooit", "gooide", "smijt", "smeet", "schopt", "schopte", "kickt")) + r"\s+(?:me|mij|ons)\s+(?:\w+\s+)?(?:eruit|er\s+uit|uit\s+de\s+app|terug\s+naar)\b"),
    # A code refused again and again: "DigiD zegt steeds dat mijn pincode onjuist is".
    _f("outage", "again", _words(("pincode", "pin", "wachtwoord", "paswoord", "inlogcode", "toegangscode", "password", "passcode", "pin code", "login code"))
       + r"\s+(?:(?:is|zou|would\s+be|was)\s+)?(?:\S+\s+)?" + _words(("onjuist", "ongeldig", "incorrect", "invalid", "not recognised", "not recognized")) + r"\b"),
    _f("outage", "again", _words(("beginscherm", "startscherm", "inlogscherm", "startpagina", "beginpagina", "start screen", "home screen", "login screen", "start page", "login page")) + r"\b"),
    _f("outage", "any", _words(w.DEVICES_NL) + gap(4) + _words(("rood", "oranje", "knippert rood", "knipperen rood", "knippert oranje", "offline")) + r"\b"),
    _f("outage", "any", _words(("lampjes", "lampje", "lichtjes", "lichtje", "leds", "led")) + r"\s+(?:\S+\s+){0,4}?(?:rood|oranje)\b"),
    _f("outage", "any", r"laat\s+(?:me|mij|ons)\s+(?:\S+\s+){0,3}?(?:niet|nie)\s+(?:meer\s+)?(?:inloggen|betalen|printen|afdrukken|downloaden|openen|bestellen|boeken|inchecken|aanmelden|overschrijven|verzenden|opslaan|verder|registreren|activeren)\b"),
    _f("outage", "any", r"won'?t\s+let\s+(?:me|us)\s+(?:\w+\s+)?(?:print|log|sign|pay|book|check|download|open|order|save|send|continue|register|activate|transfer)\b"),
    # ---- money: the brand's staff damaged the author's property, the damage to be paid (a
    # legal threat only when one is made): "monteur reed mijn tuinhek omver", "de bezorger
    # heeft schade aan mijn gevel gemaakt", "your technician damaged my fence"; not "de
    # monteur komt de schade bekijken" nor "is schade door een monteur verzekerd?".
    _f("money", "own", _words(w.STAFF_NL) + gap(5) + _DAMAGE_NL),
    _f("money", "own", _words(w.DAMAGED_NL) + r"\s+door\s+(?:jullie|de|uw|een|die)\s+(?:\S+\s+)?" + _words(w.STAFF_NL) + r"\b"),
    _f("money", "own", _words(w.STAFF_EN) + gap(3) + _words(w.en_verbs("damage", "smash", "dent", "scratch", "crack") + ("broke", "broken", "ran over", "run over", "drove into", "driven into", "backed into", "reversed into", "knocked over", "knocked down", "crashed into", "ripped out", "tore down", "hit")) + r"\s+(?:my|our)\b"),
    # ---- travel: a service stopped or sent elsewhere now, the bags elsewhere
    # A train stopped with the author on it, or for a time that is still running.
    _f("travel", "ongoing", _words(w.TRANSPORT_EN) + gap(4) + r"(?:was\s+|has\s+been\s+|got\s+|is\s+|just\s+)?" + _words(w.STOPPED_EN) + r"\b(?!\s+(?:working|by\s+the\s+police))"),
    _f("travel", "ongoing", _words(w.TRANSPORT_NL) + gap(5) + _words(w.STOPPED_NL) + r"\b"),
    _f("travel", "own", _words(w.BAGS_EN) + gap(3) + _words(w.BAGS_GONE_EN) + r"\b"),
    _f("travel", "own", _words(w.BAGS_NL) + gap(3) + _words(w.BAGS_GONE_NL) + r"\b"),
    # ---- churn: the custom taken elsewhere, the last month paid
    _f("churn", "own", _words(w.MOVE_EN) + r"\s+(?:\S+\s+){0,2}?(?:my|our|all\s+my|all\s+our)\s+(?:\w+\s+){0,3}?" + _words(w.CUSTOM_EN) + gap(3) + _words(w.RIVAL_EN) + r"\b"),
    _f("churn", "own", r"port(?:ing|ed)?\s+(?:my\s+number\s+|our\s+numbers?\s+)?(?:out|away)\b"),
    _f("churn", "own", r"last\s+(?:month|time|penny|cent|payment|order|bill|dollar|pound|euro)\s+(?:\S+\s+){0,4}?(?:from\s+(?:me|us)|you\s+(?:get|see|receive|'ll\s+get|will\s+get))\b"),
    _f("churn", "own", _words(("ander", "andere bank", "andere verzekeraar", "andere maatschappij", "andere provider", "andere aanbieder", "andere leverancier", "concurrent", "concurrentie")) + gap(2) + _words(("ondergebracht", "overgezet", "verhuisd", "overgebracht", "overgeplaatst", "getekend", "overgestapt", "ondertekend")) + r"\b"),
    _f("churn", "own", r"(?:gaat|gaan|ging|gingen)\s+(?:\S+\s+){0,2}?(?:mijn|m'n|ons|onze)\s+(?:\w+\s+)?(?:nummer|nummers|abonnement|contract|rekening|rekeningen|verzekering|verzekeringen|energie|internet|hypotheek|pensioen|spaargeld|polis|polissen)\s+(?:\S+\s+)?over\s+naar\s+(?!jullie|u\b|ons\b|deze\b|hier\b)"),
    _f("churn", "own", r"laatste\s+(?:maand|keer|cent|euro|betaling|factuur|bestelling|premie)\s+(?:\S+\s+){0,4}?(?:van\s+mij|van\s+ons|krijgen|krijgt|zien|ziet)\b"),
    # ---- legal, escalation, anger: regulators, the press, insults in their collective nouns
    _f("legal", "own", _words(("filed a complaint with", "complained to", "reported you to", "reporting you to", "escalated to", "escalating to", "taking this to", "taking you to", "referred to", "klacht ingediend bij", "klacht bij", "gemeld bij", "stap naar", "stap ik naar", "stappen naar", "ga naar", "ga ik naar", "aangemeld bij", "dossier bij", "voorgelegd aan", "voorleggen aan")) + r"\s+(?:the\s+|de\s+|het\s+)?" + _words(w.REGULATORS_EN + w.REGULATORS_NL) + r"\b"),
    _f("legal", "own", _words(tuple(r for r in w.REGULATORS_EN + w.REGULATORS_NL if len(r) > 5)) + gap(3) + _words(("has my case", "has the case", "is involved", "is handling", "will be in touch", "will contact you", "neemt contact op", "neemt contact met u op", "heeft mijn zaak", "behandelt mijn", "in behandeling", "is ingeschakeld", "ingeschakeld", "gaat erachteraan", "zal contact opnemen")) + r"\b"),
    _f("escalation", "any", _words(w.SENT_EN) + r"\s+(?:\S+\s+){0,10}?to\s+(?:the\s+)?" + _words(w.MEDIA_EN) + r"\b(?!\s+(?:article|story|feed|section|team|department|desk|page))"),
    _f("escalation", "any", r"(?:going|go|went|gone|run|running|take|taking|took)\s+(?:this\s+|it\s+)?to\s+(?:the\s+)?(?:press|papers|media|local\s+paper|newspapers|bbc|watchdog|local\s+news|telly|tv)\b"),
    _f("escalation", "any", _words(tuple(m for m in w.MEDIA_NL if m not in ("kassa", "het nieuws", "media", "pers", "krant", "de krant", "kranten", "omroep", "nos", "rtl"))) + gap(2) + _words(w.SENT_NL + ("sturen", "mailen", "tippen", "inschakelen", "inlichten")) + r"\b"),
    _f("escalation", "any", _words(w.SENT_NL) + r"\s+(?:\S+\s+){0,10}?naar\s+(?:het\s+|de\s+)?" + _words(w.MEDIA_NL) + r"\b"),
    _f("escalation", "any", r"naar\s+(?:het\s+|de\s+)?" + _words(w.MEDIA_NL) + gap(2) + _words(w.SENT_NL) + r"\b"),
    _f("anger", "addressed", _words(w.COLLECTIVE_EN) + r"\s+(?:\w+\s+)?" + _words(w.INSULTS_EN) + r"\b"),
    _f("anger", "any", r"(?:you\s+are|you're|youre|you\s+r|y'all\s+are|you\s+guys\s+are|you\s+lot\s+are|you)\s+(?:(?:\w+\s+){0,2}?(?:a|such|total|complete|absolute|utter|bloody|fucking)\s+)?(?:\w+\s+)?" + _words(w.INSULTS_EN) + r"\b(?!\s+(?:fan|fans|team|game|movie|film|of\s+the\s+caribbean))"),
    _f("anger", "addressed", _words(w.COLLECTIVE_NL) + r"\s+(?:\w+\s+)?" + _words(w.INSULTS_NL) + r"\b"),
    _f("anger", "any", r"(?:jullie|ze|zij|u)\s+(?:zijn|bent|zijt)\s+(?:\w+\s+){0,3}?" + _words(w.INSULTS_NL) + r"\b"),
    # ---- vulnerable: the home's heat, power or water gone, with a child, a baby, an old,
    # sick or pregnant person in it ("frail": named anywhere in the text). A cold house is an
    # outage; with a baby in it a person answers, gently and first.
    # (One pattern per supply word, each starting with it: the matcher then tries them in
    # its trie of literal prefixes, not with the category's other patterns.)
    _f("vulnerable", "frail", r"(?:geen|zonder)\s+(?:warm\s+|stromend\s+)?" + _words(_ESSENTIALS_NL) + r"\b(?!\s*(?:" + _NOT_A_LACK_NL + r"|rekening|factuur|contract))"),
    *(_f("vulnerable", "frail", re.escape(supply).replace(r"\ ", r"\s+") + r"\s+(?:\S+\s+){0,3}?" + _words(("doet het niet", "doet niets", "doet niks", "werkt niet", "werkt niet meer", "uitgevallen", "valt uit", "viel uit", "afgesloten", "afgekoppeld", "kapot", "stuk", "defect")) + r"\b")
      for supply in (*_ESSENTIALS_NL, "gas", "cv", "cv-ketel", "ketel", "radiatoren", "warmtepomp")),
    _f("vulnerable", "frail", r"(?:no|without)\s+(?:any\s+)?" + _words(_ESSENTIALS_EN) + r"\b(?!\s+(?:needed|required|included|bill|bills|contract|problems?|issues?))"),
    *(_f("vulnerable", "frail", re.escape(supply).replace(r"\ ", r"\s+") + r"\s+(?:\S+\s+){0,2}?" + _words(("is off", "is out", "is down", "is broken", "went off", "went out", "has gone", "cut off", "shut off", "broke down", "broken", "doesn't work", "does not work", "isn't working", "is not working", "not working", "stopped working", "won't come on", "won't turn on")) + r"\b")
      for supply in (*_ESSENTIALS_EN, "heater", "boiler", "furnace", "radiators")),
    # The supply cut off by someone, said verb first: "you cut off my electricity while I
    # have a newborn".
    _f("vulnerable", "frail", _words(("cut off", "shut off", "turned off", "switched off", "disconnected")) + r"\s+(?:my|our|the)\s+(?:\w+\s+)?" + _words(_ESSENTIALS_EN + ("gas", "water")) + r"\b"),
    # A frail person's phone or care alarm cut off: "you disconnected my mom's phone and she's 86".
    _f("vulnerable", "frail", _words(("cut off", "shut off", "disconnected", "cancelled", "canceled", "blocked", "afgesloten")) + r"\s+(?:my|our|the|mijn|m'n|onze|de)\s+(?:\w+['’]s\s+|\w+\s+)?" + _words(("phone", "phone line", "landline", "care alarm", "alarm", "lifeline", "telefoon", "telefoonlijn", "vaste lijn", "alarmknop", "personenalarm")) + r"\b"),
    # The verb first: "na het vervangen van de meter doet de verwarming niks meer"; and a letter
    # that says it will be cut off: "mijn moeder van 91 krijgt een afsluitbrief".
    _f("vulnerable", "frail", r"(?:doet|werkt|doen|werken)\s+(?:de|het|onze|ons|mijn|m'n)\s+" + _words(("verwarming", "cv", "cv-ketel", "ketel", "stroom", "warm water", "warmtepomp", "boiler")) + r"\s+(?:het\s+)?(?:niks|niets|niet)\b"),
    _f("vulnerable", "frail", r"(?:afsluitbrief|afsluitingsbrief|afsluitbrieven|afsluitingsbrieven|afsluitingsbericht|afsluitbericht)\w*"),
    # The same told as a lack: "mijn oma van 90 heeft al een week geen vaste telefoon".
    # (A line to call out on: not "my daughter has no phone yet", a plan to buy.)
    _f("vulnerable", "frail", r"(?:geen|zonder|no|without)\s+(?:vaste\s+(?:telefoon|lijn)|werkende\s+telefoon|working\s+phone|" + _words(("telefoonlijn", "alarmknop", "personenalarm", "personenalarmering", "landline", "phone line", "phone service", "dial tone", "care alarm", "lifeline")) + r")\b(?!\s*(?:nodig|needed|required|nummer|number|call|calls))"),
    # ---- vulnerable: someone close who died ("passed away" counts alone, as a phrase)
    _f("vulnerable", "own", _words(w.KIN_EN) + r"\s+(?:\w+\s+)?" + _words(w.GONE_KIN_EN) + r"\b(?!\s+(?:away|the|my|it|a|an|on\s+to|me|us|by|through|over|out|your|his|her|their)\b)"),
    _f("vulnerable", "own", r"lost\s+(?:my|our)\s+(?:beloved\s+|dear\s+)?" + _words(w.KIN_EN) + r"\b(?!['’]s|\s+(?:card|phone|ticket|passport|bag|keys))"),
    _f("vulnerable", "own", _words(w.KIN_NL) + r"\s+(?:\S+\s+){0,3}?" + _words(w.GONE_KIN_NL) + r"\b"),
    _f("vulnerable", "own", _words(w.KIN_NL) + r"\s+verloren\b"),
    _f("vulnerable", "any", _words(("heengegaan", "ontvallen", "ontslapen")) + r"\b"),
)


# ---------------------------------------------------------------- frames

_OWN = re.compile(
    r"\b(?:i|i'm|im|i've|ive|i'd|me|my|mine|we|we're|we've|us|our|ik|k|me|mij|mijn|mijne|mijnen|m'n|we|wij|ons|onze|onzen"
    r"|family|gezin|familie|kids|children|kinderen|baby|dochter|dochtertje|zoon|zoontje|my\s+\w+)\b"
)
_STRANGER = re.compile(
    r"\b(?:someone|somebody|some\s+one|a\s+stranger|not\s+me|wasn'?t\s+me|without\s+(?:my|our)|i\s+(?:didn'?t|did\s+not|never|don'?t\s+know|do\s+not\s+know)"
    r"|we\s+(?:didn'?t|did\s+not|never)|don'?t\s+(?:recogni[sz]e|know)|unknown|hacker|scammer|fraudster"
    r"|iemand|onbekend\w*|niet\s+door\s+(?:mij|ons)|zonder\s+(?:mijn|m'n|ons)|(?:ik|wij|we)\s+(?:\w+\s+)?(?:niet|nooit)\s+(?:\w+\s+)?(?:gedaan|aangevraagd|ken|herken|gewijzigd|veranderd)"
    r"|niet\s+(?:ken|herken|gedaan)|ken\s+ik\s+niet|wat\s+ik\s+niet\s+ken|fraudeur|oplichter|hacker)\b"
)
_PERSISTING = re.compile(
    r"\b(?:still|again|twice|double|despite|even\s+though|although|after\s+(?:i|we)\s+(?:\w+\s+)?(?:cancel|end|clos|stop|terminat|left|quit|switch)\w*"
    r"|cancel\w*|ended|terminated|closed|stopped|quit|without|every\s+month\s+(?:since|after|despite)|keep\s+\w+ing|keeps\s+\w+ing"
    r"|nog|nog\s+steeds|nog\s+altijd|opnieuw|weer|toch|ondanks|terwijl|dubbel|twee\s+keer|zonder|opgezegd|stopgezet|beëindigd|beeindigd|afgesloten|opgezet)\b"
)
_MONEY = re.compile(r"[£$€]\s*\d|\d\s*(?:€|eur|euro|euros|pounds|dollars|quid|bucks)\b|\b(?:money|funds|cash|savings|geld|spaargeld|saldo)\b")
_OVERDUE = re.compile(
    r"\b(?:\d+\s+(?:weeks|months|weken|maanden)|weeks|months|weken|maanden|still|never|nooit|nog\s+steeds|nog\s+altijd|verder|later|since|sinds|nothing|niks|niets|nada)\b"
)
_SCENE = re.compile(
    r"\b(?:train|bus|tram|carriage|coach|platform|station|plane|flight|cabin|store|shop|branch|restaurant|hotel|taxi"
    r"|uber|car\s+park|lobby|queue|checkout|ferry|metro|tube|trein|rijtuig|perron|winkel|filiaal|vliegtuig|wagon|coupé"
    r"|coupe|boot|veerboot|parking|kassa|halte|stop|gate|terminal|passengers|customers|staff|shoppers|travellers"
    r"|travelers|reizigers|passagiers|klanten|personeel|medereizigers)\b"
)
# An age of 70 to 119 given as a person's: "mijn vader is 92", "mijn moeder van 85",
# "opa (80)", "92 jaar", "aged 88", "he is 90"; not an amount ("de rekening is 90 euro").
_OLD_AGE = r"(?:[7-9]\d|1[01]\d)"
_AGED = (
    r"|(?:" + "|".join(w.KIN_NL + w.KIN_EN) + r"|buurman|buurvrouw|schoonvader|schoonmoeder|neighbour|neighbor|hij|zij|he|she)"
    r"\s+(?:is|wordt|werd|turned|turns|(?:van|of)(?=\s+" + _OLD_AGE + r"\b))\s+(?:al\s+|nu\s+|bijna\s+|ruim\s+|already\s+|now\s+|almost\s+|nearly\s+|over\s+)?"
    + _OLD_AGE + r"\b(?!" + w.NOT_AN_AGE_AFTER + ")"
    r"|(?:she|he)['’]s\s+(?:already\s+|now\s+|almost\s+|nearly\s+|over\s+)?" + _OLD_AGE + r"\b(?!" + w.NOT_AN_AGE_AFTER + ")"
    r"|(?<=\()" + _OLD_AGE + r"(?=\s*(?:(?:jaar|j|yrs?)\s*)?\))|aged\s+" + _OLD_AGE
)
# Someone who cannot sit out a cold or dark house: a child, a baby, an old, sick, disabled or
# pregnant person ("mijn moeder van 87", "my 90-year-old dad", `_AGED`).
_FRAIL = re.compile(
    r"\b(?:kinderen|kind|kindje|kindjes|kids|children|child|baby|baby's|babies|babytje|peuter\w*|kleuter\w*|toddlers?"
    r"|pasgebor\w+|net\s+bevallen|kraamweek|kraamtijd|newborn|infants?|zuigeling\w*|ouderen|bejaard\w*|hoogbejaard\w*|elderly|oma|opa|grootmoeder|grootvader"
    r"|grandma|grandpa|grandmother|grandfather|grandparents|nan|nana|gran|zwanger\w*|pregnant|zieke|zieken"
    r"|gehandicapt\w*|invalide|disabled|rolstoel\w*|wheelchair|mantelzorg\w*|\d{2}-?jarige|(?:[7-9]\d|1[01]\d)\s+(?:jaar|years?\s+old)"
    r"|(?:[7-9]\d|1[01]\d)-year-old|(?:moeder|vader|mama|papa|mother|father|mum|mom|dad)\s+(?:van\s+|of\s+)?(?:[7-9]\d|1[01]\d)|" + w.OWN_OLD_AGE + "(?!" + w.NOT_AN_AGE_AFTER + ")"
    + _AGED
    + r")\b"
)
_ONGOING = re.compile(w.ONGOING)
# Water served at a table, not from a tap at home: "no water since I ordered the dish",
# "we kregen geen water meer bij het hoofdgerecht".
_SERVED = re.compile(
    r"\b(?:dish|dishes|meal|meals|waiter|waitress|waiters|waiting\s+staff|table|menu|restaurant|dinner|lunch"
    r"|breakfast|starters?|desserts?|main\s+course|glass|glasses|carafe|jug|cafe|café"
    r"|gerecht\w*|voorgerecht\w*|hoofdgerecht\w*|nagerecht\w*|ober|obers|serveerster|bediening|tafel"
    r"|menukaart|diner|ontbijt|maaltijd|glas|glazen|glaasje|karaf|terras|kelner|bij\s+het\s+eten)\b"
)
# Back where one started, now: "sta ik weer op het beginscherm", "kicks me back to the home
# screen" (not "the new home screen looks great").
_AGAIN = re.compile(r"\b(?:weer|terug|telkens|steeds|opnieuw|again|back|keeps|kept|every\s+time|elke\s+keer|each\s+time)\b")
# On the way to a doctor now: "we rijden naar de dokter", "met spoed naar de huisartsenpost".
_RUSHING = re.compile(
    r"\b(?:rijden|rijd|rijdt|reed|reden|racen|onderweg|op\s+weg|met\s+spoed|spoeden|snel\s+naar|ambulance|gebracht|brengen|moeten\s+naar|moest\s+naar)\b"
)
_ADDRESSED = re.compile(
    r"\b(?:you|your|u|ur|y'all|yall|jullie|je|jij|julie|ze|zij|they|them|their|hun"
    r"|(?:this|that)\s+(?:company|bank|airline|shop|store|firm|business|network)|(?:dit|dat)\s+(?:bedrijf|bedrijfje|winkeltje)|deze\s+(?:bank|winkel|firma|maatschappij|webshop|zaak))\b"
)


@cache
def _compiled(
    name: str,
) -> tuple[re.Pattern[str], tuple[tuple[re.Pattern[str], str], ...]] | None:
    """A category's family patterns, compiled the first time a text needs them (all of
    them at once cost a one-off `webcare analyze` about 0.1 s)."""
    families = [family for family in FAMILIES if family.category == name]
    if not families:
        return None
    # Through the compiled-pattern cache: these are big, and `re` compiles them slowly.
    return (
        compiled.pattern("|".join(f"(?:{f.pattern})" for f in families)),
        tuple((compiled.pattern(f.pattern), f.frame) for f in families),
    )


def patterns(category: str) -> tuple[str, ...]:
    """The family patterns of a built-in category, to add to its own."""
    return tuple(f.pattern for f in FAMILIES if f.category == category)


def family_match(name: str, start: int, end: int, low: str) -> bool:
    """Whether low[start:end] is a match of one of `name`'s family patterns."""
    found = _compiled(name)
    return found is not None and found[0].fullmatch(low, start, end) is not None


def frame_fails(name: str, start: int, end: int, low: str, sentence: str, after: str) -> bool:
    """Whether a match of `name` at low[start:end] is one of its family patterns whose frame
    the sentence around it lacks (`sentence`: the match's sentence, its leading @handles
    left out; `after`: its part after the match; "frail" looks at the whole text). Other
    patterns' matches pass."""
    found = _compiled(name)
    if found is None or found[0].fullmatch(low, start, end) is None:
        return False
    frames = [frame for regex, frame in found[1] if regex.fullmatch(low, start, end)]
    if "frail" in frames:
        return _FRAIL.search(low) is None
    return bool(frames) and not any(_frame_holds(frame, sentence, after) for frame in frames)


def _frame_holds(frame: str, sentence: str, after: str) -> bool:
    if frame == "any":
        return True
    if frame == "own":
        return _OWN.search(sentence) is not None
    if frame == "ongoing":
        return _OWN.search(sentence) is not None or _ONGOING.search(sentence) is not None
    if frame == "scene":
        return _OWN.search(sentence) is not None or _SCENE.search(sentence) is not None
    if frame == "again":
        return _AGAIN.search(sentence) is not None
    if frame == "tap":
        return _OWN.search(sentence) is not None and _SERVED.search(sentence) is None
    if frame == "rushing":
        return _OWN.search(sentence) is not None and _RUSHING.search(sentence) is not None
    if frame == "addressed":
        return _ADDRESSED.search(sentence) is not None
    if frame == "stranger":
        return _STRANGER.search(sentence) is not None
    if frame == "money":
        return _MONEY.search(sentence) is not None
    if frame == "persisting":
        return _PERSISTING.search(sentence) is not None
    if frame == "overdue":
        return _OVERDUE.search(after) is not None
    raise ValueError(frame)
