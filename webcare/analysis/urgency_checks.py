"""The checks that go with `urgency_additions`' patterns, asked by `urgency` where a rule
matches. Pure.

- money: a jump of `JUMPS` under twice the usual amount is a price dispute (`small_jump`);
  money taken for what was never taken out is not churn (`never_taken_out`).
- churn: a change of trains is no switch of provider (`changing_trains`).
- pressure and escalation: time pressure found alone is none in a wait for a parcel with no
  deadline, a wait only to be answered (`service_waits`) or praise that names a date
  (`no_deadline`); going public with praise that asks nothing is no threat
  (`praise_asking_nothing`); nor is a regret for what is still missing a deadline.
- money, fraud, blocked, outage, travel, legal: a problem told as fixed, in thanks that ask
  nothing, is a story with a good end (`fixed_and_thanked`); `calmed` asks all of these.
- every category: what a how-to question may only ask about (`ASKED_ABOUT`).
- health and outage: a faint at a bill is a figure of speech, an outage for maintenance is
  planned; safety, health and fraud told as a likeness or a story watched are neither
  (`figure_or_plan`).
- pressure: a wait to open an account or be verified is onboarding, not a deadline; a trip
  of today praised as over ("my flight today was great") is none either (`figure_or_plan`);
  nor is time pressure the author waves away ("geen haast", "no rush": `no_hurry`).
- travel and pressure: a year named before the text's own is the past (`told_past`).
"""

from __future__ import annotations

import re

from webcare.analysis.match_context import not_yet_done, sentence_end, sentence_start
from webcare.analysis.onboarding import ONBOARDING, opening_trouble
from webcare.analysis.patterns import contains_any, quick_search
from webcare.analysis.reply_cues import (
    ASKED,
    LAUGH_FACES,
    LAUGH_WORDS,
    conceded,
    praise_asking_nothing,
)
from webcare.analysis.service_waits import service_wait
from webcare.analysis.urgency_additions import JUMPS

_JUMP = re.compile("|".join(f"(?:{j})" for j in JUMPS))
NUMBER = re.compile(r"\d[\d.,]*")
"""A number as written in a text, its thousands and decimals marks and all."""


def number_value(number: str) -> float | None:
    """ "1.250,50" or "1,250.50" or "45" as a number; the last separator before one or two
    digits is the decimal one."""
    digits = number.rstrip(".,")
    cut = max(digits.rfind(","), digits.rfind("."))
    if cut != -1 and len(digits) - cut - 1 in (1, 2):
        whole, cents = digits[:cut], digits[cut + 1 :]
    else:
        whole, cents = digits, ""
    whole = whole.replace(",", "").replace(".", "")
    try:
        return float(f"{whole}.{cents or 0}")
    except ValueError:
        return None


def small_jump(low: str, start: int, end: int) -> bool:
    """A money match of `JUMPS` whose larger amount is under twice the smaller one: "50 euro
    in plaats van 45", "van 120 naar 125 euro gegaan" is a price dispute, not money wrongly
    taken."""
    if _JUMP.fullmatch(low, start, end) is None:
        return False
    numbers = NUMBER.findall(low, start, end)
    if len(numbers) < 2:
        return True
    first, last = number_value(numbers[0]), number_value(numbers[-1])
    if first is None or last is None:
        return True
    low_amount, high_amount = sorted((first, last))
    return low_amount <= 0 or high_amount < 2 * low_amount


_TRANSFER = re.compile(
    r"\b(?:trein|treinen|station|perron|spoor|sprinter|intercity|bus|tram|metro|vlucht|vliegveld|luchthaven|halte|lijn\s+\d+)\b"
)


# "In Amersfoort stap ik over", "via Brussel": a place just before; not a month.
_AT_A_PLACE = re.compile(
    r"\b(?:in|op|via)\s+(?!(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november"
    r"|december|dat|die|het|de|dit|deze|een|mijn)\b)[\w'-]+\s+$"
)


def changing_trains(low: str, start: int, end: int) -> bool:
    """A churn match "stap ik over." at a place or in a text about a journey: a change of
    trains or buses ("In Amersfoort stap ik over."), not the author leaving."""
    if not low.startswith("stap", start):
        return False
    return _TRANSFER.search(low) is not None or _AT_A_PLACE.search(low, max(0, start - 40), start) is not None


_NEVER_TAKEN_OUT = re.compile(
    r"(?:die|dat|wat)\s+(?:ik|we|wij)\s+(?:\w+\s+)?(?:nooit|niet)\s+(?:\w+\s+)?(?:(?:heb|hebben|had|hadden)\s*)?afgesloten\b"
)


def never_taken_out(low: str, start: int, end: int) -> bool:
    """A churn match that is a subscription never taken out ("een abonnement dat ik nooit
    heb afgesloten"): money taken for nothing, not the author leaving."""
    return "afgesloten" in low[start:end] and _NEVER_TAKEN_OUT.search(low, start, end) is not None


# Category -> what its match starts with when a how-to question only asks about it ("" for
# any match). Naming a regulator or a medicine: "werkt de ombudsdienst ook voor kleine
# bedrijven?", "can I collect my prescription elsewhere?"; a wheelchair ahead of a trip:
# "how do I request wheelchair assistance for my grandmother next month?" (a question about
# a death stays gentle); testing an alarm: "how do I test the carbon monoxide alarm?"; the
# price of roadside help: "wat kost pechhulp in het buitenland?"; telling a fake apart: "hoe
# herken ik een valse sms van jullie?"; a trip named in a question about it: "kan ik mijn
# stoel nog wijzigen voor de vlucht van vanavond?" (`urgency._counts` reads the table).
ASKED_ABOUT: dict[str, tuple[str, ...]] = {
    "legal": ("",),
    "health": ("",),
    "vulnerable": ("wheelchair", "rolstoel", "disabilit"),
    "fraud": ("valse", "nep", "fake", "phishing"),
    "money": ("dispute",),
    "pressure": ("vlucht", "vlieg", "vertrek", "trein", "reis"),
    "safety": ("carbon monoxide", "koolmonoxide", "co-melder", "co melder", "rookmelder", "smoke alarm", "co alarm",
               "pechhulp", "wegenwacht", "takelwagen", "gevaarlijk", "dangerous", "accident", "ongeval", "ongeluk"),
}


# Waiting for a parcel is a delivery complaint (normal), not time pressure: "still not
# delivered", "the package is still not here". A deadline still counts ("need it by
# tonight"), and so does waiting with anything else at stake (money, an outage) or a
# failure counted ("the third time my delivery is late"). English
# only: Dutch "pakket" is as often a bank's package and "verzonden" a mail sent, and
# issue 3 reads "Mijn pakket is nog steeds niet bezorgd" as time pressure.
_PARCEL = re.compile(quick_search(
    r"\b(?:deliver\w*|package|parcel|shipment|shipping|shipped|tracking|courier|dispatch\w*|in\s+the\s+(?:mail|post))\b"
))  # fmt: skip
_DEADLINE = re.compile(quick_search(
    r"\b(?:asap|urgent\w*|immediately|right\s+(?:away|now)|importance|time\s+sensitive|deadline"
    r"|need\s+(?:it|this|them|these)|by\s+(?:today|tonight|tomorrow|\w+day)|flight|exam|interview"
    r"|appointment|wedding|married|party|birthday|funeral|fly|flying|z\.?s\.?m|zo\s+snel\s+mogelijk|dringend\w*|spoed|met\s+spoed|gift|present|cadeau\w*"
    r"|vandaag\s+nog|voor\s+(?:vanavond|morgen)|nodig\s+(?:voor|tegen|vóór)|feest|verjaardag|bruiloft|trouwen|trouwt|trouwdag|leveranciers|suppliers|payroll"
    # A date it must be done by (round 52): "ik moet tegen vrijdag mijn huurwaarborg storten".
    r"|(?:tegen|vóór|uiterlijk)\s+(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|morgen|overmorgen|volgende\s+week|het\s+einde\s+van\s+de\s+(?:week|maand))"
    # What rides on the parcel (round 47): "the package with my passport", "my insulin".
    r"|luggage|suitcase|passport|medication|medicine|insulin|moves?\s+in|moving\s+(?:day|house|in|out)|verhuis\w*|verhuiz\w*"
    # A failure counted is patience gone, not a wait: "the third time my delivery is late".
    r"|(?:second|third|fourth|fifth|umpteenth|\d+(?:nd|rd|th))\s+time)\b"
))  # fmt: skip


# ... unless the wait blocks something: "intussen kan ik geen facturen innen".
_BLOCKS = re.compile(quick_search(
    r"\b(?:(?:kan|kunnen)\s+(?:ik|we|wij)|(?:ik|we|wij)\s+(?:kan|kunnen))\s+(?:\w+\s+){0,2}?(?:geen|niet|niks|nergens)\b|\b(?:can'?t|cannot|unable\s+to)\b"
))  # fmt: skip


# A repair, told as done: "stond het geld de volgende dag al terug. Proper opgelost", "had
# @KLM me omgeboekt ... Zo hoort het!", "refunded within a week, thank you Sanne".
_FIXED = re.compile(quick_search(
    r"\b(?:opgelost|geregeld|omgeboekt|teruggestort|terugbetaald|vergoed|rechtgezet|hersteld|gedeblokkeerd"
    r"|solved|resolved|sorted|fixed|refunded|rebooked|reimbursed|credited|unblocked|restored"
    # money that has come (round 58): "refund of £640 landed today, thanks"
    r"|landed|came\s+through|come\s+through|bijgeschreven|binnengekomen|teruggeboekt|teruggekregen"
    # working again (round 59): "na de storing van vanochtend doet alles het weer"
    r"|(?:doet|doen|deed|deden|werkt|werken|werkte)\s+(?:\w+\s+)?(?:het\s+)?weer|working\s+again|back\s+(?:up|online)"
    r"|(?:was|is|came)\s+back\s+(?:before|within|in\s+(?:\d|an?|under))"
    # money back, fine again (round 62): "money back within a day", "weer helemaal top"
    r"|money\s+back\s+(?:within|in\s+(?:\d|an?|under)|the\s+(?:same|next))|(?:got|had|have)\s+(?:my|our|the|all\s+(?:my|our|the))\s+money\s+back"
    r"|weer\s+(?:helemaal\s+|volledig\s+|als\s+vanouds\s+)?(?:top|prima|in\s+orde|normaal)|back\s+to\s+normal)\b"
    # money back where it was (round 53): "staat inmiddels terug op mijn rekening"
    r"|\b(?:staat|stond|staan|stonden)\s+(?:\w+\s+){0,2}?(?:terug|weer)\s+op\b"
))  # fmt: skip
# ... and not undone after it: "opgelost, maar ...".
_BUT_AFTER = re.compile(r"\b(?:maar|but|however|echter|alleen)\b")


def fixed_and_thanked(low: str, start: int, *, positive: bool) -> bool:
    """Whether `low` (folded), positive, thanks or praises a repair told as done after the
    problem found at `start`, and asks nothing: a story with a good end ("2x afgeschreven,
    maar de volgende dag stond het geld al terug. Proper opgelost, zo hoort het.")."""
    if not praise_asking_nothing(low, positive=positive):
        return False
    for fix in _FIXED.finditer(low, start):
        # Not undone before it either ("niet opgelost", "never refunded"): the resolved check's words.
        if not not_yet_done(low[max(start, fix.start() - 30) : fix.start()]):
            return _BUT_AFTER.search(low, fix.end()) is None
    # Or just before: after the problem (round 62: "weer helemaal top na de storing"), or `conceded`.
    before = _FIXED.search(low, max(0, start - 60), start)
    return (before is not None and _AFTER_IT.fullmatch(low, before.end(), start) is not None) or conceded(low, start)


_AFTER_IT = re.compile(r"[^.!?]{0,20}?\b(?:na|after)\s+(?:de|het|the|that|this|die|dat|an?|yesterday'?s|gisteren)\s+(?:\w+\s+)?")


# A trip told as over, anywhere in the text (round 52): "Terug uit Lissabon met @Transavia.
# Heen 2 uur vertraagd ...", "Nu eindelijk thuis, doodop", "finally home after ...".
_TRIP_OVER = re.compile(quick_search(
    r"\b(?:(?:eindelijk|weer|veilig|terug|ondertussen|intussen|inmiddels)\s+thuis|terug\s+uit|(?:finally|safely)\s+(?:back\s+)?home|(?:i'?m|we'?re|i\s+am|we\s+are|got|made\s+it)\s+(?:\w+\s+)?back\s+home|back\s+from\s+(?:my|our|a|the)\s+(?:trip|holiday|vacation|honeymoon)"
    # Home again, the claim made (round 54: "got back from Split", "Submitted Delay Repay") or
    # asked for a day gone (round 65: "Gisteren ... trein gemist. Kan ik iets terugkrijgen?").
    r"|(?:got|came|flew|arrived)\s+back\s+from|got\s+home|flew\s+(?:home|back)|thuisgekomen|terug\s+van\s+(?:\w+\s+)?(?:vakantie|reis|trip|citytrip)"
    r"|(?:submitted|filed|sent\s+in|applied\s+for|made)\s+(?:a\s+|my\s+|our\s+|the\s+)?(?:delay\s+repay|compensation\s+claim|claim)"
    r"|(?:compensatie|claim|schadeclaim)\s+(?:\w+\s+)?(?:aangevraagd|ingediend|ingestuurd)"
    r"|(?:gisteren|gisteravond|yesterday|last\s+night)\b[^\n]*?\b(?:terugkrijgen|terug\s+krijgen|compensatie|vergoeding|compensation|delay\s+repay))\b"
))  # fmt: skip


_BAGS = re.compile(r"\b(?:koffer|koffers|bagage|valies|bags?|luggage|suitcases?)\b")


def trip_over(low: str, start: int, end: int) -> bool:
    """Whether `low` (folded) tells its trip as over, so that the delay found from `start`
    to `end` is a complaint, not a disruption now (a bag still missing at home still is)."""
    return _TRIP_OVER.search(low) is not None and _BAGS.search(low, start, end) is None


# A card or device awaited while the old one still works (round 52): "Gelukkig werkt mijn oude
# nog tot september"; a feature still missing, not broken: "Apple Pay werkt nog altijd niet
# met jullie kaarten", "still no Google Pay".
_OLD_STILL_WORKS = re.compile(quick_search(
    r"\b(?:mijn\s+|m'n\s+|de\s+)?oude\s+(?:\w+\s+)?(?:werkt|doet\s+het|functioneert)\s+(?:\w+\s+)?nog\b"
    r"|\b(?:werkt|doet)\s+(?:mijn|m'n|de)\s+oude\s+(?:\w+\s+)?(?:het\s+)?nog\b|\bold\s+(?:one|card)\s+(?:still\s+)?works\b"
))  # fmt: skip
_FEATURE = re.compile(quick_search(
    r"\b(?:(?:apple|google|samsung|garmin|fitbit)\s+(?:pay|wallet)|payconiq|donkere\s+modus|dark\s+mode|widgets?)\b"
))  # fmt: skip
_NOT_YET = re.compile(r"\b(?:nog\s+(?:altijd|steeds)\s+(?:niet|geen)|nog\s+geen|still\s+(?:no|not)|not\s+yet)\b")


def wish_or_spare(names: list[str], low: str, starts: list[int]) -> bool:
    """Whether an outage or wait found in `low` (folded) at `starts` is a feature still
    missing (said in each match's sentence) or a replacement awaited while the old one
    works: a wish, no emergency."""
    if not set(names) <= {"pressure", "outage"}:
        return False
    if names == ["pressure"] and _OLD_STILL_WORKS.search(low):
        return True
    for start in starts:
        stop = sentence_end(low, start)
        sentence = low[sentence_start(low, start) : stop]
        if _FEATURE.search(sentence) is None or _NOT_YET.search(sentence) is None:
            return False
    return True


# Found alone in praise that asks nothing, these are no emergency (`praise_asking_nothing`).
_CALMED_BY_PRAISE = frozenset({"pressure", "escalation"})
# Told as fixed, in praise that asks nothing, these are a story with a good end (round 52,
# `fixed_and_thanked`); a danger or a loss of someone is never calmed so.
# (Safety and health too, round 54: "came out at 2am for our gas smell ... sorted in 20
# mins. Legend.", "kortsluiting in de meterkast ... Alles opgelost. Chapeau".)
# A danger laughed at in a happy text asks nothing (round 63): "Bijna dood gegaan 💀💀 beste les".
_HARM_JOKED = frozenset({"safety", "health"})
# (Not the Dutch "er": the emergency room is "the ER" or "in ER".)
_IN_CARE = re.compile(r"\b(?:seh|spoed\w*|eerste\s+hulp|ziekenhuis|hospital|a&e|icu|intensive\s+care|(?:the|in)\s+er|(?:op|naar)\s+de\s+ic)\b")
_JOKING = re.compile(f"[{LAUGH_FACES}]" + rf"|\b(?:{LAUGH_WORDS}|grapje)\b")
_FIXED_SINCE = frozenset({"money", "fraud", "blocked", "outage", "travel", "legal", "pressure", "safety", "health"})


def calmed(names: list[str], low: str, starts: list[int], *, positive: bool) -> bool:
    """Whether the categories `names` found in `low` (folded), each at its place in `starts`,
    are no emergency: a wish, time pressure with no deadline, going public with praise, a
    problem told as fixed in thanks. `positive`: the text's sentiment is positive."""
    if wish_or_spare(names, low, starts) or opening_trouble(names, low):
        return True
    if positive and set(names) <= _HARM_JOKED and _JOKING.search(low) and not ASKED.search(low):
        return True
    # Thanks for care given, a hospital not where the author is now (2026-12-07): "dank aan
    # de apotheker die zag dat mijn medicijnen niet samengaan".
    if positive and names == ["health"] and praise_asking_nothing(low, positive=True) and not _IN_CARE.search(low):
        return True
    if len(names) == 1 and names[0] in _CALMED_BY_PRAISE:
        if names[0] == "pressure" and no_deadline(low, positive=positive):
            return True
        if names[0] == "escalation" and praise_asking_nothing(low, positive=positive):
            return True
    return (
        positive
        and all(name in _FIXED_SINCE for name in names)
        and fixed_and_thanked(low, min(starts), positive=True)
    )


# A regret for what is still missing: "Jammer dat je nog altijd geen Apple Pay kan
# gebruiken", "jammer dat de donkere modus nog steeds niet in de app zit".
_REGRET = re.compile(r"\s*(?:@\w+[\s,:]*)*(?:jammer|spijtig|zonde|too\s+bad|(?:it'?s\s+)?a\s+shame)\s+(?:dat|that)\b")


def no_deadline(low: str, *, positive: bool) -> bool:
    """Whether time pressure, the only category found in `low` (folded), is none: a wait
    for a parcel, an answer or a new account with no deadline, a regret for what is still
    missing, or a date in praise that asks nothing ("great crew on my flight today, thanks").
    `positive`: the text's sentiment is positive."""
    if (_PARCEL.search(low) or _REGRET.match(low) or service_wait(low)) and not _DEADLINE.search(low):
        return True
    if ONBOARDING.search(low) and not (_DEADLINE.search(low) or _BLOCKS.search(low)):
        return True
    return praise_asking_nothing(low, positive=positive)


# A faint or a heart attack at a price: "I nearly fainted when I saw the new fees", "bijna flauw".
_AT_A_PRICE = re.compile(
    r"\s+(?:\w+\s+){0,2}?(?:(?:when|as)\s+(?:i|we)\s+(?:saw|see|opened|got|read|looked\s+at)|at|over|toen\s+(?:ik|we)|bij)\s+"
    r"(?:the|my|our|your|this|that|de|het|mijn|onze|jullie)\s+(?:new\s+|latest\s+|monthly\s+|final\s+|nieuwe\s+)?"
    r"(?:fees?|bills?|price|prices|invoice|quote|total|receipt|statement|rates?|charges?|premium|rekening|factuur|prijs|prijzen|kosten|afrekening|jaarafrekening|eindafrekening|energierekening|offerte)\b"
)
# An outage told as maintenance: "is PSN down for maintenance tonight?", "ligt de app eruit
# voor onderhoud?"; or told with how long it lasted, so over (round 55): "Tuesday's outage
# lasted nearly 6 hours", "de storing duurde de hele middag".
_FOR_MAINTENANCE = re.compile(
    r"\w*(?:\s+(?:\w+\s+)?(?:for|due\s+to|voor|wegens|vanwege)\s+(?:scheduled\s+|planned\s+|gepland\s+)?(?:maintenance|onderhoud)\b|\s+(?:gepland|planned|scheduled)\b(?=[^.!]*\?)|\s+(?:during|tijdens)\s+(?:the\s+|de\s+)?(?:planned\s+|geplande\s+)?(?:works|werkzaamheden|maintenance|onderhoud)\b"
    r"|\s+(?:[^\s.!?]+\s+){0,3}?(?:lasted|duurde)\b"
    # ... or with when it was (round 62): "the outage last month", not "... last week, still".
    r"|\s+(?:of\s+|van\s+)?(?:last|vorige|afgelopen)\s+(?:week|month|maand|year|jaar|weekend|night|nacht|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\b(?![^.!?]*\b(?:still|nog\s+(?:steeds|altijd)|again|ongoing)\b))"
)


# A trip or an event of today told as over, and good: "flight attendant on 512 today was
# hilarious", "the concert tonight was amazing" (not "my flight today was moved to 9pm").
_WAS_OVER = re.compile(
    r"(?<=today|night)\s+(?:was|were)\s+(?:so\s+|really\s+|very\s+|just\s+|absolutely\s+|super\s+|truly\s+|such\s+)?(?:an?\s+)?"
    r"(?:great|amazing|awesome|hilarious|fantastic|lovely|excellent|perfect|fun|brilliant|wonderful|smooth|good|nice|the\s+best|superb|outstanding)\b"
)


# A thing that came with the service stopping is no outage of it (round 48): "the remote
# stopped working, do I need a new one?"; nor is another company's outage (round 49). (Asked
# here, not as lookbehinds opening the outage pattern: the place scan cannot read a key past
# them and stopped at every word.)
_NOT_THE_SERVICE = re.compile(
    r"\b(?:remote|control|controller|charger|headphones|earbuds|mouse|keyboard)\s+(?:has\s+|just\s+)?$"
    # A discount that does not apply is a question of price (round 53): "de kortingscode doet
    # het niet", "promo code isn't working".
    r"|\b(?:kortingscode|promocode|actiecode|vouchercode|voucher|cadeaubon|coupon|(?:discount|promo|voucher)\s+code)\s+(?:\w+\s+)?$"
    # Or another company's, before: "bij mijn vorige provider had ik altijd storingen, bij
    # jullie nog nooit!"
    r"|\b(?:vorige|oude|previous|old|former)\s+(?:provider|aanbieder|carrier|isp|bank|broker|verzekeraar|maatschappij|airline|leverancier|energieleverancier|supplier|company)\b[^.!?,;]{0,30}$"
    # Days without it, claimed for (round 62): "compensatie voor 3 dagen zonder internet?"
    r"|\b(?:compensatie|compensation|vergoeding|refund|credit|tegoed|korting)\s+(?:\w+\s+)?(?:voor|for)\s+(?:de\s+|the\s+)?(?:\d+|twee|drie|vier|vijf|two|three|four|five|een|a)\s+(?:dagen|dag|days?|uur|hours?|weken|weeks?)\s+$"
)

# A danger told as a likeness or as the subject of something watched or read (round 53):
# "de doos kwam aan alsof er een bom in was ontploft", "watched a doc about phone scams".
_LIKENESS_OR_STORY = re.compile(
    r"\b(?:alsof|als\s+of|as\s+if|as\s+though)\b[^.!?,;]{0,50}$"
    # ... or compared: "sneller dan de brandweer bij een uitslaande brand", "voelen bijna als
    # oplichting zo goedkoop".
    r"|\b(?:sneller|harder|erger|beter|faster|quicker|worse|better)\s+(?:dan|than)\s+(?:de\s+|het\s+|een\s+|the\s+|a\s+)?$"
    r"|\b(?:bijna|haast|almost)\s+(?:als|like)\s+(?:een\s+|a\s+)?$"
    r"|\b(?:doc|docu|documentary|documentaire|programme|program|programma|article|artikel|podcast|film|movie"
    r"|episode|aflevering|reportage|series|serie|book|boek)\s+(?:about|on|over)\s+(?:\w+\s+){0,3}?$"
)

# Laughter, right after: "I almost died laughing", "bijna dood van het lachen".
# A heart attack given (round 54): "nearly gave me a heart attack 😂", "krijg ik een
# hartaanval" (not "gave me a rash": only a heart attack or a stroke given is a figure).
_GIVEN = re.compile(
    r"\b(?:gave|give|gives|giving|geeft|gaf|bezorgt|bezorgde)\s+(?:me|us|mij|ons|him|her)\s+(?:bijna\s+|almost\s+|nearly\s+)?(?:a|een)\s+$"
    r"|\bkrijg\s+ik\s+(?:nog\s+|echt\s+)?(?:een\s+)?$"
)
_SEIZURES = ("heart attack", "hartaanval", "hartinfarct", "hartstilstand", "stroke", "beroerte")
# ... and a fire brigade almost called: "zo heet dat ik bijna de brandweer moest bellen" (an
# article after "bijna": not "nearly fainted", "almost choked").
_HYPERBOLE = re.compile(
    r"\b(?:bijna|almost|nearly)\s+(?:de|the)\s+$"
    # "nearly gave my mother a heart attack" (round 63)
    r"|\b(?:bijna|almost|nearly)\s+(?:gave|give|given|had|kreeg|kregen)\s+(?:(?:me|us|him|her|them|(?:my|mijn|m'n)\s+\w+)\s*)?(?:an?|een)\s+$"
)
_LAUGHING = re.compile(r"\s+(?:of\s+|from\s+|with\s+)?(?:laughing|laughter|lachen|van\s+het\s+lachen|gelachen|lmao|lmfao)\b")
_HEALTH_FIGURE = re.compile(f"{_AT_A_PRICE.pattern}|{_LAUGHING.pattern}")

# An emergency of years ago, in a sentence that says nothing of now (round 54): "Vorig jaar
# is mijn pas geskimd en de bank heeft alles vergoed", "Jaren terug ben ik flauwgevallen in
# de trein". (Years, not a month: a fraud of last month may still be unpaid.)
_LONG_AGO = re.compile(
    r"\b(?:vorig\s+jaar|jaren\s+(?:terug|geleden)|(?:een|paar|aantal|twee|drie|\d+)\s+jaar\s+(?:terug|geleden)|last\s+year"
    r"|years\s+ago|years\s+back|(?:a|two|three|\d+)\s+years?\s+(?:ago|back)|in\s+(?:19\d\d|20[01]\d))\b"
)
_NOW_AGAIN = re.compile(r"\b(?:now|still|again|today|nu|nog\s+steeds|nog\s+altijd|weer|opnieuw|vandaag|sindsdien|since\s+then)\b")


def long_ago(low: str, start: int, end: int) -> bool:
    """Whether the sentence of low[start:end] tells it as years ago, and nothing of now."""
    if "ja" not in low and "year" not in low and " in " not in low:
        return False
    begin = sentence_start(low, start)
    stop = sentence_end(low, end)
    sentence = low[begin:stop]
    return _LONG_AGO.search(sentence) is not None and _NOW_AGAIN.search(sentence) is None


# What, right after a category's match, makes it no emergency; and right before it.
# ... and a symptom followed by the author's how-to question is a question about using the
# product (2026-12-07): "my podcasts won't download for offline, do I need premium?", "PDF
# export gives an error about fonts, how do I embed them?".
_ASKS_HOW_AFTER = (
    r"[^?]{0,100}?\b(?:how\s+(?:do|can|should)\s+i(?!\s+(?:\w+\s+)?(?:report|fix|solve|resolve|get\s+(?:it|this)\s+(?:fixed|sorted|working)))|do\s+i\s+(?:need|have)\s+to|do\s+i\s+need|what\s+am\s+i\s+doing\s+wrong"
    r"|is\s+there\s+a\s+(?:setting|way|option|workaround)|any\s+(?:tips|advice))\b[^.!?]*\?"
)
_NO_EMERGENCY_AFTER = {
    "health": _HEALTH_FIGURE,
    "outage": re.compile(f"{_FOR_MAINTENANCE.pattern}|{_ASKS_HOW_AFTER}"),
    "pressure": _WAS_OVER,
}
# A scam that befell a friend or a colleague is their news (round 54): "friend got scammed
# last week and now I'm paranoid".
_OTHERS_FRAUD = re.compile(
    _LIKENESS_OR_STORY.pattern + r"|\b(?:friend|mate|colleague|coworker|co-worker|neighbou?r|buddy|vriend|vriendin|collega|buurman|buurvrouw|kennis)"
    r"\s+(?:got\s+|was\s+|has\s+been\s+|is\s+|werd\s+|is\s+)?$"
)
# A wish to keep someone from doing a thing is no failure of it: "is there a setting so my
# son can't buy stuff without asking?"; nor is a cancelling one would rather not do: "kan ik
# mijn abo ook pauzeren ipv opzeggen?".
_CONTROLLED = re.compile(
    # A phone call to the helpdesk cut off is a service complaint (2026-12-07): "twee uur in
    # de wacht gestaan en toen werd de verbinding verbroken".
    _NOT_THE_SERVICE.pattern + r"|\b(?:in\s+de\s+wacht|wachtrij|on\s+hold|in\s+the\s+queue)\b[^.!?,]{0,25}?\b(?:en\s+(?:toen|dan|daarna)|toen|waarna|and\s+then|then)\s+(?:\w+\s+){0,3}$|\b(?:na|after)\s+(?:de|die|een|the|that|an)\s+$|\b(?:so|so\s+that|zodat)\s+(?:my|our|the|mijn|m'n|onze|de)\s+(?:son|daughter|kids?|child|children|zoon|dochter|kinderen|kind|kids)\s+(?:\w+\s+){0,2}?$"
)
_STORY_OR_HYPERBOLE = re.compile(f"{_LIKENESS_OR_STORY.pattern}|{_HYPERBOLE.pattern}")
_INSTEAD_OF = r"\b(?:ipv|i\.p\.v\.|in\s+plaats\s+van|instead\s+of|rather\s+than)\s+"
_INSTEAD = re.compile(_INSTEAD_OF + "$")
_INSTEAD_INSIDE = re.compile(quick_search(_INSTEAD_OF + r"(?:\S+\s+)?\S+$"))  # whether: see below
# Home from hospital, or a hospital's office (round 63): "thuis uit het ziekenhuis", "dienst van het".
_HOSPITAL_LEFT_OR_NAMED = re.compile(
    _STORY_OR_HYPERBOLE.pattern
    + r"|\b(?:thuis|naar\s+huis|home)\s+(?:\w+\s+)?(?:uit|from|out\s+of)\s+(?:het\s+|the\s+)?$"
    + r"|\b(?:ontslagen|discharged|released)\s+(?:uit|from)\s+(?:het\s+|the\s+)?$"
    + r"|\b(?:dienst|afdeling|parking|parkeerplaats|cafetaria|website|receptie|balie|kantine)\s+van\s+(?:het\s+)?$"
)
# Only asked whether one is there, in the 60 characters before a match: through `quick_search`,
# whose regex the engine starts only at its alternatives' letters, not at every place (each
# alternative opens with `\b`), about twice as cheap.
_NO_EMERGENCY_BEFORE = {name: re.compile(quick_search(before.pattern)) for name, before in (
    ("outage", _CONTROLLED), ("safety", _STORY_OR_HYPERBOLE), ("health", _HOSPITAL_LEFT_OR_NAMED),
    ("fraud", _OTHERS_FRAUD), ("churn", _INSTEAD),
)}  # fmt: skip
_LONG_AGO_TOLD = frozenset({"safety", "health", "fraud"})
FIGURE_OR_PLAN = frozenset(_NO_EMERGENCY_AFTER) | frozenset(_NO_EMERGENCY_BEFORE)
"""The categories `figure_or_plan` may turn a match of down."""


def figure_or_plan(name: str, low: str, start: int, end: int) -> bool:
    """A health match that is a figure of speech at a price, an outage match that is
    planned maintenance, an accessory's or a former provider's, time pressure of today
    told as over, or a danger told as a likeness or a story watched: no emergency either way."""
    after = _NO_EMERGENCY_AFTER.get(name)
    if after is not None and after.match(low, end) is not None:
        return True
    before = _NO_EMERGENCY_BEFORE.get(name)
    if before is not None and before.search(low, max(0, start - 60), start) is not None:
        return True
    if low.startswith(_SEIZURES, start) and _GIVEN.search(low, max(0, start - 40), start) is not None:
        return True
    if name == "churn":  # "abonnement pauzeren in plaats van opzeggen"
        return _INSTEAD_INSIDE.search(low, start, end) is not None
    return name in _LONG_AGO_TOLD and long_ago(low, start, end)


# A disruption told after the trip is a complaint, not travel disruption now: "my flight
# last month was delayed 3 hours", "vorige week 2 uur vertraagd", "in 2019". (Compiled
# through `quick_search`: only searched for whether it is there.)
_PAST = re.compile(quick_search(
    r"\b(?:last\s+(?:week|month|year|summer|winter|spring|autumn|weekend|christmas|time)"
    r"|(?:a|one|two|three|few|couple\s+of|\d+)\s+(?:weeks|months|years|week|month|year)\s+ago|earlier\s+this\s+(?:year|month)"
    r"|vorige\s+(?:week|maand|zomer|winter|keer)|vorig\s+jaar|(?:weken|maanden|jaar)\s+geleden)\b"
))  # fmt: skip
_IN_YEAR, _SINCE = re.compile(r"\bin\s+((?:19|20)\d\d)\b"), ("since ", "sinds ", "sedert ", "vanaf ")
UNDATED_YEAR = 2030
"""The year a text is read as written in when its date is not known (a label file, `webcare
analyze`): a year named before it is past."""


def told_past(low: str, start: int, end: int, year: int | None = None) -> bool:
    """A past-time marker in the sentence of low[start:end]: "last month", "vorig jaar", or
    a year before `year`, the one the text was written in ("cancelled for the third time in
    2026" is no story of the past when written in 2026)."""
    begin = sentence_start(low, start)
    stop = sentence_end(low, end, 120)
    if any(not low.endswith(_SINCE, 0, found.start()) for found in _PAST.finditer(low, begin, stop)):
        return True  # (not "since last week": still going on)
    before = UNDATED_YEAR if year is None else year
    return any(int(found.group(1)) < before for found in _IN_YEAR.finditer(low, begin, stop))


# The author says it can wait: "geen haast maar wel benieuwd", "no rush".
_NO_HURRY = re.compile(
    r"\b(?:geen\s+(?:haast|spoed|noodgeval)|(?:no|not\s+in\s+a|not\s+in\s+any)\s+(?:rush|hurry)|not\s+urgent|niet\s+(?:dringend|urgent)|no\s+biggie"
    r"|(?:niks|niets)\s+dringends|not\s+an\s+emergency)\b"
)
_HURRY_HINTS = ("haast", "spoed", "urgent", "rush", "hurry", "dringend", "biggie", "noodgeval", "emergency")


def no_hurry(low: str) -> bool:
    """Time pressure the author waves away in the same text ("al 3 dagen ... geen haast")."""
    return contains_any(low, _HURRY_HINTS) and _NO_HURRY.search(low) is not None
