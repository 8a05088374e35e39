"""Urgency from cues that come together, where no category's phrase counted. Pure.

Fifty-odd rounds of phrases (docs/judgement-log.md) caught what they were written from and
moved new text by a point or two: people say an emergency in words no phrase list holds.
What those misses share is a combination of plain cues, each harmless alone:

- **a deadline at stake** (`pressure`): an obligation that can be missed ("meeting",
  "connection", "tentamen", "moet om"), a time of day or a day ahead ("at 2pm", "om 9u",
  "friday", "morgen") and something in its way ("nobody", "cancelled", "niet", "niks"):
  "nobody at the desk knows a thing. Job interview at 1pm.";
- **stuck now and asking what to do** (`pressure`): a helpless ask ("what are my options",
  "wat nu", "hoe kom ik daar", "need someone") and a present moment ("right now", "for 35
  mins", "nu", "hier"): "carousel 6 has been empty for 35 mins now. what's the drill?";
- **money gone wrong** (`money`): an amount, a charge word and something wrong with it
  ("€85 'extra schoonmaak' … afgeschreven", "2x €129,99", "$742 charge … never been to
  Ohio", "€2.400 … niks ontvangen");
- **stranded on a journey now** (`travel`): a train, a platform, a gate …, the moment
  ("sat … for an hour now", "sta hier") and the disruption itself ("no announcements",
  "vervallen", "geen NS'er te zien"; not a bus waited for, nor "the train has no wifi");
- **someone frail without an essential now** (`vulnerable`, round 62): "she's 87 ... no
  heating", "mijn dochter van 10 staat alleen aan de halte, het is al donker";
- **not the author's doing** (`fraud`, round 65): "mijn IBAN is gewijzigd. Dat heb ik niet
  gedaan", "collected at 03:12. It wasn't me";
- **cut off in the company's word** (`blocked`, round 66): an account "'closed'", "'permanent
  geschorst'", "account's been frozen".

Each reading is checked as a category's own match is (`urgency._counts`: negated, hypothetical,
resolved …), then by what the reading itself needs: a deadline or a moment told as past is
none, an amount asked about ("klopt dat?", "moet ik echt €18 betalen?") or too small to be
money lost ("scheelt €3,25") is a question. The text's sentiment is not asked: sarcasm
reads as praise ("Geweldig 👍 er is ineens €230 van mijn rekening verdwenen"). Measured on
batches neither phrases nor cues were written from: recall of critical and high +2 to +4
points, precision unchanged (docs/judgement-log.md, round 55).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container

from webcare.analysis.match_context import how_to, sentence_end, sentence_start
from webcare.analysis.patterns import contains_any, quick_search
from webcare.analysis.rules import Hit
from webcare.analysis.urgency_checks import NUMBER, number_value
from webcare.analysis.urgency_family_words import NOT_AN_AGE_AFTER, OWN_OLD_AGE

Accept = Callable[[str, int, int, str], bool]
"""`urgency._counts`: whether a category's match at low[start:end] counts."""

_DAYS = (
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|maandag|dinsdag|woensdag"
    r"|donderdag|vrijdag|zaterdag|zondag"
)
_MONTHS = (
    r"january|february|march|april|may|june|july|august|september|october|november|december"
    r"|januari|februari|maart|mei|juni|juli|augustus|oktober"
)
# A time of day or a day ahead: "2pm", "9u", "14u13", "11:40", "at 3", "om 19:00",
# "tonight", "morgen", "friday", "in 20 mins" (not "3 dagen", "2019", "€1.240").
_WHEN = re.compile(quick_search(
    # (Not hours of notice: "20 uur op voorhand afgezegd".)
    r"\b(?:[01]?\d|2[0-3])(?:[:.h][0-5]\d|\s?(?:am|pm|u|uur))(?![\w.,])(?!\s+(?:op\s+voorhand|van\s+tevoren|vooraf|in\s+advance|notice))"
    r"|\b(?:[01]?\d|2[0-3])u[0-5]\d\b"
    r"|\b(?:at|om)\s+(?:[1-9]|1[0-2])\b(?![\w.,:])"
    r"|\b(?:tomorrow|tonight|today|this\s+(?:morning|afternoon|evening)|morgen|morgenvroeg"
    r"|overmorgen|vanavond|vandaag|vanmiddag|" + _DAYS + r")\b"
    r"|\b(?:in|over)\s+\d{1,2}(?:[.,]5)?\s*(?:mins?|minutes|minuten|min|hours?|hrs|uur)\b"
    r"|\b(?:goes|leaves|departs|vertrekt)\s+in\s+\d{1,2}\b(?!\s*(?:days?|weeks?|months?|dagen|weken|maanden))"
    r"|\b(?:last\s+(?:train|bus|coach|ferry|tram|metro)|laatste\s+(?:trein|bus|boot|tram|metro))\b"
))  # fmt: skip
# What a deadline is for: something that can be missed.
_STAKE = re.compile(quick_search(
    r"\b(?:meeting|appt|appointment|interview|exam|funeral|wedding|surgery|connection|deadline"
    r"|start\s+work|starts\s+work|afspraak|tentamen|examen|begrafenis|bruiloft|trouw|trouwen|trouwt"
    r"|operatie|aansluiting|sollicitatie|moet\s+om|moeten\s+om|moet\s+er\s+om|fly(?<=\bi\sfly)|fly(?<=\bwe\sfly)"
    r"|rent|huur|mortgage|hypotheek|fined|boete|conference|congres|presentation|presentatie|feestje"
    r"|hearse|crematorium|cremation|uitvaart|crematie|lijkwagen"
    # Round 64: "tonight's match", "bag drop closes in 35 min", "I start at 7:30", "drive to
    # work in 20 min", "my daughter's christening tomorrow".
    r"|(?:tonight|today|tomorrow)'?s\s+(?:match|game|gig|concert|show|event|final)"
    r"|(?:bag\s+drop|check-?in|boarding|gate|security)\s+(?:closes|shuts|close)|i\s+start\s+(?:at|work)|(?:drive|get|go)\s+to\s+work\s+(?:in|at|by)\s+\d+"
    r"|written\s+warning|final\s+warning|christening|communion|baptism|doopfeest|communie|lentefeest"
    # Guests expected (2026-12-06): "missing half the items and I have guests tonight", "we
    # krijgen vanavond visite".
    r"|(?:have|having|got|expecting)\s+(?:\w+\s+)?(?:guests|visitors|people\s+(?:over|coming))|dinner\s+party"
    r"|(?:krijg|krijgen|verwacht|verwachten)\s+(?:\w+\s+)?(?:gasten|visite|bezoek)|etentje"
    # A house move and a day's paid work (round 65): "we complete tomorrow at 12", "my
    # daughter moves in tomorrow", "ik heb morgen drie klussen staan".
    r"|moving\s+(?:day|house|in|out)|moves?\s+(?:in|out)|we\s+complete|completion|(?:have|need)\s+to\s+be\s+out"
    r"|verhuizen|verhuizing|verhuisdag|verhuis|oplevering|sleuteloverdracht"
    r"|(?:\d+|twee|drie|vier|vijf|een\s+paar|mijn|m'n)\s+klussen|klussen\s+(?:staan|gepland|ingepland)"
    # Round 66: medication due ("hij moet ze vanavond innemen"), suppliers or wages to pay,
    # a train to catch, a garage or desk that shuts at a time.
    r"|medicatie|medicijnen|bloedverdunners|insuline|medication|meds|insulin|inhaler|innemen|blood\s+thinners|antibiotics"
    r"|(?:leveranciers|suppliers|personeel|staff|salarissen|salaries)\s+(?:\w+\s+)?(?:betalen|uitbetalen|pay|paid)"
    r"|(?:pay|betalen)\s+(?:my|our|mijn|onze|de)\s+(?:suppliers|leveranciers|staff|personeel|builders?|contractor|plumber|landlord|aannemer|loodgieter|verhuurder|huisbaas)|wages|payroll|(?:trein|train|boot|ferry|veerboot)\s+(?:\w+\s+)?(?:halen|te\s+halen|to\s+catch)"
    r"|(?:gaat|sluit|closes|shuts)\s+om\s+\d+|(?:gaat|sluit)\s+om\s+\d+[:.u]?\d*\s+dicht"
    # An event or a departure that will not wait (round 62): "gig's tomorrow night and the
    # tickets still aren't in my account", "train goes in 15", "the last train out".
    r"|(?:gig|concert|festival|show|match|game)(?:'s|\s+is)\s+(?:tonight|tomorrow|today|this\s+(?:evening|afternoon|weekend)|on\s+(?:" + _DAYS + r")|in\s+\d+)"
    r"|(?:concert|festival|optreden|voorstelling|wedstrijd)\s+(?:is\s+)?(?:vanavond|morgen|vandaag|dit\s+weekend|" + _DAYS + r")"
    r"|(?:train|bus|coach|ferry|boat|tram|trein|boot)\s+(?:goes|leaves|departs|vertrekt|gaat)\s+(?:at|in|om|over)\s+\d+"
    r"|(?:vlucht|trein|boot)\s+(?:is\s+|vertrekt\s+|gaat\s+)?over\s+\d+"
    r"|last\s+(?:train|bus|coach|ferry|tram|metro|connection)|laatste\s+(?:trein|bus|boot|tram|metro|aansluiting)"
    r"|flight(?:'s|\s+is)\s+(?:at\s+\d|tomorrow|tonight|this\s+(?:morning|afternoon|evening)|in\s+\d)"
    # Missed is a departure or an appointment ("miss my 11:40 eurostar", "mis ik mijne
    # Eurostar"), not a longing ("I miss my old job", "ik mis mijn werk").
    r"|(?:miss|missing|mis|missen)\s+(?:ik\s+|we\s+)?(?:my|our|the|mijn|mijne|m'n|onze|de)\s+(?:\S+\s+)?"
    r"(?:flight|train|connection|eurostar|ferry|bus|plane|boat|appointment|appt|meeting|exam|interview"
    r"|vlucht|trein|aansluiting|boot|afspraak|tentamen|examen|sollicitatie))\b"
))  # fmt: skip
# A helpless ask: the author does not know what to do now.
_ASK = re.compile(quick_search(
    r"\b(?:what\s+(?:are|r)\s+(?:my|our)\s+options|what\s+(?:do|should|can|shall)\s+(?:i|we)\s+do"
    r"|what\s+now|what'?s\s+the\s+drill|how\s+do\s+(?:i|we)\s+get\s+(?:out|there|home)"
    r"|who\s+(?:is\s+going\s+to|will)\s+(?:help|pay|fix)|please\s+escalate|need\s+(?:someone|somebody|help)"
    r"|answer\s+fast|wat\s+nu\s*[?!]|wat\s+moet(?:en)?\s+(?:ik|we|wij)\s+(?:nu\s+)?doen|hoe\s+kom\s+(?:ik|we)"
    r"|wie\s+(?:regelt|komt|betaalt|helpt)|wie\s+kan\s+(?:\S+\s+){0,3}?(?:regelen|helpen|komen)"
    r"|what\s+happens\s+(?:now|then)|(?:does\s+)?any(?:one|body)\s+know|weet\s+iemand)\b"
    # "Help." closing the message: a cry, not "can you help me change my address?".
    r"|(?<![\w#])help[.!]+(?=\s*(?:@\w+\s*)*$)"
))  # fmt: skip
# The moment is now.
# Here and now, waiting: what the stuck and the stranded readings share.
_WAITING_NOW = (
    r"now|rn|just|here|currently|still|for\s+\d+\s*(?:mins?|minutes|hours?|hrs)"
    r"|been\s+(?:sat|stuck|waiting|standing)|(?:sat|stood)\s+(?:at|in|on)\s+the"
    # Somewhere now, or hours there (round 63): "we're in the lanes at Rosslare", "three
    # hours in arrivals".
    r"|(?:we'?re|i'?m)\s+(?:\w+\s+)?(?:in|at|on)\s+the|(?:\d+|two|three|four|five)\s+hours?\s+(?:in|at)"
    r"|nu|hier|net|nog\s+(?:altijd|steeds)|al\s+\d+\s*(?:min|minuten|uur)"
)
_NOW = re.compile(quick_search(
    rf"\b(?:{_WAITING_NOW}|tonight|at\s+the\s+moment|vanavond|zojuist|momenteel|sinds\s+\d)\b"
))  # fmt: skip
_AMOUNT = re.compile(r"(?:[€£$₹]|\br(?=\d))\s?\d[\d.,]*|\d[\d.,]*\s?(?:[€£$₹]|(?:euros?|eur|pounds|dollars|quid|rupees|rand|bucks)\b)")
_MADE_TO_PAY = (
    r"(?:made|make|makes|making|forced|force|forcing)\s+(?:me|us)\s+(?:to\s+)?pay"
    r"|(?:liet|lieten|laat|laten)\s+(?:mij|me|ons)\s+(?:\S+\s+){0,4}?(?:betalen|bijbetalen|afrekenen)"
)
_CHARGE = re.compile(quick_search(
    r"\b(?:charge|charged|charges|debited|taken|took|paid|billed|payment|refund|moved|voucher|and\s+(?:climbing|counting|rising)"
    r"|direct\s+debit|standing\s+order|renewed|paying|(?:off|out\s+of|from)\s+my\s+(?:\w+\s+)?account"
    r"|dispute|transfer|recognise|recognize|gone|came\s+out|went\s+out|going\s+out|coming\s+out"
    r"|disappeared|vanished|hold|held|frozen|overschrijving|geblokkeerd|sent|verstuurd"
    r"|afgeschreven|betaald|incasso|domiciliëring|gestort|overgeschreven|overgemaakt|overgeboekt|verdwenen"
    r"|teruggave|terugstorten|terugboeken|terugbetaald|terugbetaling|overboeking|ontvanger"
    r"|(?:op|van|af)\s+(?:mijn|m'n|onze|de)\s+(?:\w+)?(?:rekening|kaart|creditcard)"
    r"|bank\s?app|banking\s+app|statement|afschrift|bankafschrift"
    # Charged, owed, or taken (round 65): "€640 extra in rekening gebracht", "you owe me
    # about £600", "€189 van mijn rekening gehaald".
    r"|in\s+rekening\s+gebracht|aangerekend|owe|owes|owed|owing|gehaald|ingehouden"
    # Round 66: "€189 afgehouden", a payout held ("houdt al 9 dagen mijn uitbetaling ... vast").
    r"|afgehouden|uitbetaling|payout|vastgehouden|houdt\s+(?:\S+\s+){0,6}?vast"
    r"|" + _MADE_TO_PAY + r")\b"
))  # fmt: skip
_WRONG = re.compile(quick_search(
    r"\b(?:wrong|never|twice|double|\d+\s+times|\d+x|instead\s+of|suddenly|not\s+something|dispute"
    r"|refund|nothing|still\s+(?:no|not|nothing|waiting|pending|showing)|haven'?t\s+(?:got|received)"
    # Not the author's doing (round 63): "I didn't add anyone", "a subscription I cancelled".
    r"|i\s+(?:didn'?t|did\s+not|never)\s+(?:add|authori[sz]e|approve|agree|sign|order|make|set)|i\s+cancelled|climbing"
    # Round 64: "still 'processing'", "never heard of them", "still taken", "no token".
    r"|still\s+['\"‘“](?:processing|pending|in\s+progress)|never\s+heard\s+of|still\s+(?:taken|charged|paying|charging)|no\s+(?:token|code|voucher)"
    r"|not\s+(?:yet\s+)?received|reverse|return\s+it|it\s+isn'?t|nobody\s+came|no-?one\s+came"
    # A hold still there after the stay, a site "I thought was" the brand's (round 62).
    r"|still\s+(?:a|an)\s+(?=[€£$\d])|thought\s+(?:it\s+)?was"
    r"|(?:no|zero)\s+idea|money\s+back|no\s+reason|without\s+(?:any\s+)?(?:warning|explanation|notice|reason)"
    r"|zonder\s+(?:enige\s+)?(?:reden|uitleg|aankondiging|bericht|waarschuwing)|dubbel|corrigeren|rechtzetten|cancelled|canceled|geen\s+idee|opgezegd|geannuleerd|nooit|nergens"
    r"|fout|klopt\s+niet|kloppen\s+niet|onterecht|twee\s*keer|\d+\s*keer|in\s+plaats\s+van|ineens"
    r"|niks|niets|terugstorten|terugboeken|geld\s+terug|nog\s+(?:altijd|steeds)\s+(?:niet|geen|in|op)"
    # Round 65: money wanted back, owed, not agreed to, or waiting since a month named.
    r"|refunded|wil\s+ik\s+terug|(?:krijg|krijgen)\s+(?:ik|we)\s+(?:dat|dit|het|mijn\s+geld)\s+terug|want\s+(?:it|that|this|my\s+money)\s+back"
    r"|owe\s+(?:me|us)|haven'?t\s+been\s+paid|not\s+been\s+paid|unpaid|niet\s+uitbetaald|with\s+no\s+(?:warning|notice|explanation)"
    r"|(?:without|zonder)\s+(?:my\s+|mijn\s+)?(?:permission|consent|toestemming|overleg)|(?:turned|switched)\s+(?:\S+\s+){0,2}?off"
    # A transfer "in behandeling" for days (2026-12-06), quoted or not.
    r"|in\s+verwerking|in\s+behandeling[\x22'‘’“”]?\s+(?:sinds|al)|al\s+(?:een|twee|drie|\d+)\s+(?:dagen|weken|week)\s+[\x22'‘’“”]?in\s+behandeling"
    r"|(?:since|sinds)\s+(?:" + _MONTHS + r")"
    # What it leaves the author short of (round 66): "nu heb ik niet genoeg voor de huur".
    r"|(?:niet|not)\s+(?:genoeg|enough)\s+(?:\w+\s+)?(?:voor|for|to\s+pay)|can'?t\s+(?:pay|afford)\s+(?:the|my)\s+rent"
    # Covered, yet charged (2026-12-06): "£340 for one day in Spain?! I had a roaming bundle".
    r"|(?:i|we)\s+(?:had|have|bought|paid\s+for)\s+(?:a|an|the)\s+(?:\w+\s+)?(?:bundle|add-?on|package|allowance|pass)"
    r"|(?:ik|we)\s+(?:had|heb|hadden|hebben)\s+(?:een|de|het)\s+(?:\w+\s+)?(?:bundel|pakket|bundle)"
    # Made to pay is a charge disputed (2026-12-06): "they made me pay 70 euros for a bag
    # that fit in the sizer", "lieten me 45 euro bijbetalen".
    r"|" + _MADE_TO_PAY + r")\b"
))  # fmt: skip
# Something is in the way of the deadline: a deadline alone is a plan ("kan ik de afspraak
# verzetten naar donderdag?", "will there be maintenance tonight? i have a meeting at 9").
_TROUBLE = re.compile(quick_search(
    # (Not a hopeful "can I still add ...?".)
    r"\b(?:not|no|never|zero|nothing|cancelled|canceled|delayed|stuck|toast|late|since|still(?<!can\si\sstill)(?<!can\swe\sstill)(?<!could\si\sstill)"
    r"|empty|gone|lost|missing|nobody|vanished"
    r"|shut|lapsed|expired|disappeared|verdwenen"
    r"|niet|nie|geen|nooit|niks|niets|nergens|leeg|kwijt|niemand|nog\s+(?:steeds|altijd)|afgeschaft|vervallen|vertraagd|vertraging|geannuleerd|sinds|vast"
    r"|in\s+transit|onderweg\s+sinds|staat\s+(?:\w+\s+){0,3}?stil|ligt\s+(?:\w+\s+){0,3}?stil)\b"
    r"|n't\b(?!\s+wait)"  # "can't wait!!" is no trouble
))  # fmt: skip
# Told as over: a deadline or a moment of another time is no pressure now.
_OVER = re.compile(quick_search(
    r"\b(?:last\s+(?:week|month|year|time|summer)|yesterday|ago|vorige\s+(?:week|maand|keer)"
    r"|vorig\s+jaar|gisteren|geleden|next\s+(?:week|month|year)|volgende\s+(?:week|maand)"
    r"|volgend\s+jaar)\b"
))  # fmt: skip
_SINCE = re.compile(r"\b(?:since|sinds|vanaf)\s+$")
# Whether the amount is right, or a fee is due, asked: "Klopt dat?", "is dat de jaarlijkse
# bijdrage?", "moet ik echt 2x €18 betalen?"; and a bill disputed ("een eindafrekening van
# 900 euro … Dat klopt niet"), a billing complaint: the money is asked for, not yet taken.
_CHECKING = re.compile(quick_search(
    r"\b(?:klopt\s+(?:dat|dit|het)|is\s+(?:dat|dit)|is\s+(?:that|this)\s+(?:right|correct|normal|the|a|for)"
    r"|moet\s+ik\s+(?:\S+\s+){0,4}?betalen|(?:do|should|must)\s+i\s+(?:really\s+)?(?:have\s+to\s+)?pay"
    r"|quote|offerte"
    r"|can\s+(?:it|this|that|the\s+refund)\s+be\s+(?:paid|sent|transferred|refunded)|(?:can|could)\s+i\s+(?:pay|get\s+it))\b"
))  # fmt: skip
# ... unless it is taken already (round 64): "Op de factuur staat €310 ... Het is al van
# mijn pas afgeschreven".
_ALREADY_TAKEN = re.compile(
    r"\b(?:al|reeds|already)\s+(?:\S+\s+){0,4}?(?:afgeschreven|gehaald|geïncasseerd|taken|debited|come\s+out)\b"
    # Or paid to get something back (round 65): "wouldn't unload until I'd paid it".
    r"|\b(?:i'?d|i\s+had|we'?d|we\s+had)\s+paid\b|\b(?:made|forced)\s+(?:me|us)\s+(?:to\s+)?pay\b"
)
# A journey stranded now: where one travels, the moment, and the disruption itself (not a
# bus waited for, "wachten op de bus", nor "vast", surely).
_VEHICLE = re.compile(quick_search(
    r"\b(?:flights?|planes?|gate|airport|terminal|trains?|platform|station|bus|buses|tram|metro|tube|ferry|boat|coach|carriage"
    r"|vlucht|vliegtuig|luchthaven|trein|treinen|perron|spoor|halte|bushalte|boot|veerboot|sprinter|intercity"
    r"|eurostar|thalys|tunnel|subway|underground|sailing|sailings|port|(?:bus|the)\s+stop"
    r"|transfer|shuttle|arrivals|pick-?up|aankomsthal"
    # Where a trip ends for the night (round 65): "net in ons hotel aangekomen ... geen kamer".
    r"|hotel|hostel|receptie|reception|front\s+desk|baggagebalie|bagagebalie|bagageband|baggage\s+(?:desk|claim|belt|carousel))\b"
))  # fmt: skip
_HERE_NOW = re.compile(quick_search(
    rf"\b(?:{_WAITING_NOW}|sitting|standing|sta|staan|zit|zitten|tonight|vanavond)\b"
))  # fmt: skip
_DISRUPTED = re.compile(quick_search(
    r"\b(?:cancelled|canceled|delayed|late|stuck|stranded|diverted|nobody|(?:didn'?t|never)\s+(?:turn(?:ed)?|show(?:ed)?)\s+up"
    r"|(?:not|hasn'?t|haven'?t|isn'?t|aren'?t)\s+(?:moving|moved|running|coming|here|arrived)"
    r"|no\s+(?:trains?|bus|buses|staff|info|information|announcements?|updates?|one)"
    r"|not\s+(?:one|a\s+single)\s+announcement|te\s+laat|nergens\s+(?:personeel|iemand|info)"
    r"|vertraagd|vertraging|geannuleerd|vervallen|afgeschaft|niemand"
    r"|(?:rijdt|rijden|komt|komen|vertrekt)\s+niet|staat\s+stil|stilgestaan"
    r"|geen\s+(?:trein|treinen|bus|bussen|omroep|info|informatie|personeel|ns'er|medewerker)"
    # Round 66: "ze kunnen onze reservering niet vinden ... het hotel zit vol".
    r"|(?:reservering|reservation|booking|boeking)\s+(?:\w+\s+)?(?:niet|not)\s+(?:vinden|find|found)"
    r"|can'?t\s+find\s+(?:our|my|the)\s+(?:booking|reservation)"
    r"|(?:hotel|hostel|camping)\s+(?:\w+\s+)?(?:zit\s+vol|is\s+vol|is\s+volgeboekt|is\s+full|is\s+fully\s+booked))\b"
))  # fmt: skip
# Someone frail (round 62): very old, a baby, pregnant, in a wheelchair, on oxygen ...
_FRAIL = re.compile(quick_search(
    r"\b(?:(?:she|he)(?:'s|\s+is)\s+(?:[89]\d|1[01]\d)|aged\s+[89]\d|[89]\d[\s-]?(?:year|yr)s?[\s-]?old"
    r"|\d+[\s-]?(?:week|wk|month|day)s?[\s-]?old|(?:baby|kindje|kind)\s+van\s+\d+\s+(?:weken|maanden|dagen)"
    r"|(?:oma|opa|moeder|vader|ma|pa|buurvrouw|buurman|tante|oom)\s+(?:is\s+|van\s+)(?:[89]\d|1[01]\d)"
    r"|(?:mum|mom|dad|mother|father|neighbou?r|aunt|uncle)(?:'s|\s+is)\s+(?:[89]\d|1[01]\d)"
    r"|nan|nana|nanna|gran|granny|grandma|grandmother|grandad|granddad|grandpa|grandfather|oma|opa|omi"
    r"|newborn|new-born|pasgeboren\w*|baby|babies|baby'tje|toddler|pregnant|zwanger|wheelchair|rolstoel\w*"
    r"|oxygen|zuurstof|dialysis|dialyse|chemo|dementia|dementie|gehandicapt\w*|mindervalide|invalide|disability"
    # A disabled person, not a disabled account or feature.
    r"|disabled\s+(?:son|daughter|child|kid|mum|mom|dad|mother|father|husband|wife|partner|brother|sister|person|man|woman|tenant)"
    r"|(?:i'?m|registered)\s+disabled|" + OWN_OLD_AGE + r"(?:\s+(?:years|jaar))?(?![\w%]|" + NOT_AN_AGE_AFTER + ")"
    # A young child (round 65): "mijn dochter van 10", "my 7-year-old".
    r"|(?:dochter|dochtertje|zoon|zoontje|kind|kindje|meisje|jongen|kleinzoon|kleindochter)\s+van\s+(?:[1-9]|1[0-2])(?:\s+jaar)?(?![\w.,:])"
    r"|(?:[1-9]|1[0-2])[\s-]?(?:year|yr)s?[\s-]?old"
    r"|elderly|hoogbejaard\w*|bejaard\w*|kwetsbaar|kwetsbare|vulnerable|hospice|palliatie\w*|terminally\s+ill)\b"
))  # fmt: skip
# ... and without what keeps a home safe now: heat, power, water, a way in or out.
_NO_ESSENTIAL = re.compile(quick_search(
    r"\b(?:(?:no|without|zero|zonder|geen)\s+(?:\w+\s+)?(?:heat|heating|power|electricity|water|hot\s+water|gas|lift"
    r"|elevator|verwarming|stroom|elektriciteit|warm\s+water|lift)"
    r"|(?:heating|boiler|power|electricity|gas|meter|lift|elevator|verwarming|cv|ketel|stroom|stairlift|traplift)"
    r"(?:'s)?\s+(?:\w+\s+){0,3}?(?:off|out|down|broken|run\s+out|ran\s+out|not\s+working|isn'?t\s+working|won'?t\s+(?:work|come\s+on|turn\s+on)"
    r"|stuck|offline|kapot|stuk|werkt\s+niet|doet\s+het\s+niet|afgesloten|cut\s+off|is\s+op|ligt\s+stil|stilgevallen|uitgevallen|valt\s+uit|viel\s+uit)"
    # ... or alone out in the dark, or frost (round 65): "ze staat nu alleen aan de
    # eindhalte, het is al donker", "het vriest -4".
    r"|(?:staat|zit|is|stond|zat|left|stuck|stranded|waiting|standing|sitting)\s+(?:\w+\s+){0,3}?(?:alleen|alone|on\s+(?:her|his)\s+own)"
    r"|(?:it'?s|het\s+is)\s+(?:al\s+|already\s+)?(?:dark|donker)|vriest|vriezen|below\s+(?:zero|freezing)|onder\s+nul"
    r"|getting\s+(?:dark|cold)|(?:drops?|dropped|falls?|fell|goes|gets)\s+(?:down\s+)?to\s+(?:[0-9]|1[0-4])\s*(?:°c?|degrees)"
    r"|emergency\s+credit|noodkrediet|(?:it'?s|is\s+het|it\s+is|only|about|nog\s+maar|maar)\s+(?:[0-9]|1[0-4])\s*(?:°c?|degrees|graden)"
    r"|freezing|ijskoud|steenkoud|stuck\s+in\s+(?:the|a)\s+lift|vast\s+in\s+de\s+lift)(?!\w)"
))  # fmt: skip
# Not the author's doing (round 65): "mijn e-mailadres en IBAN zijn gewijzigd. Dat heb ik
# niet gedaan", "collected from the locker at 03:12. It wasn't me" (not "I didn't order this
# colour": a wrong item, no stranger).
_NOT_ME = re.compile(quick_search(
    r"\b(?:(?:dat|dit|die|het)\s+(?:heb|hebben)\s+(?:ik|wij|we)\s+(?:zelf\s+)?(?:niet|nooit)\s+(?:zelf\s+)?"
    r"(?:gedaan|aangevraagd|gewijzigd|aangepast|veranderd|aangemaakt)"
    r"|niet\s+door\s+(?:mij|ons)\s+(?:gedaan|aangevraagd|gewijzigd|aangepast|veranderd|aangemaakt)"
    r"|(?:ik|wij|we)\s+(?:was|waren)\s+(?:het|dat)\s+niet"
    r"|(?:it|that|this)\s+(?:wasn't|was\s+not)\s+(?:me|us)|nobody\s+(?:here\s+)?did\s+(?:that|this|it)|niemand\s+(?:hier\s+)?heeft\s+(?:dat|dit)\s+gedaan"
    r"|i\s+(?:didn't|did\s+not|never)\s+(?:do|make|change|request|authori[sz]e)\s+(?:that|this|it|them|any\s+of))\b"
))  # fmt: skip
# ... of something done with the author's account or goods.
_DONE_AS_ME = re.compile(quick_search(
    r"\b(?:gewijzigd|veranderd|aangepast|ingelogd|opgehaald|aangevraagd|afgeschreven|overgemaakt|changed|updated"
    r"|collected|picked\s+up|logged\s+in|transferred|withdrawn|e-?mail\s?adres|email\s+address|iban"
    r"|rekeningnummer|wachtwoord|password|pincode|telefoonnummer|phone\s+number|bank\s+details|added|toegevoegd)\b"
))  # fmt: skip
# An account or card cut off, in the company's word quoted or through a contraction (rounds
# 65-66): "my old account has been 'closed'", "account is 'permanent geschorst'", "my
# account's been frozen" (a phrase would lead with "account", tried at every one).
_CUT_OFF = re.compile(quick_search(
    r"\b(?:(?:account|acct|card|rekening|kaart|profiel)\s+(?:has\s+been\s+|was\s+|is\s+|got\s+|been\s+|werd\s+)?['\"“‘](?:\w+\s+)?"
    r"|(?:account|acct|card)'s\s+(?:been\s+)?)(?:blocked|locked|suspended|frozen|closed|disabled|deactivated|banned|restricted"
    r"|terminated|gedeactiveerd|geschorst|stopgezet|ingetrokken|geblokkeerd|afgesloten|opgeheven)\b"
))  # fmt: skip
_CUT_OFF_HINTS = ("'", '"', "“", "‘")
_NOT_ME_HINTS = ("niet", "nooit", "n't", "not", "never", "nobody", "niemand")
_IF = re.compile(r"\b(?:if|ever|als|ooit|mocht|indien)\b")
_SMALLEST = 10.0
"""Below this an amount wrongly charged is a complaint ("scheelt €3,25"), not money lost."""


# What each reading cannot do without, tested before its first search (most texts have
# none: `contains_any` is a few substring tests, a search some microseconds).
_STAKE_HINTS = (
    "meeting", "appt", "appointment", "interview", "exam", "funeral", "wedding", "surgery",
    "connection", "deadline", "work", "afspraak", "tentamen", "begrafenis", "bruiloft", "trouw",
    "operatie", "aansluiting", "sollicitatie", "moet", "fly", "rent", "huur", "mortgage",
    "hypotheek", "fined", "boete", "mis", "conference", "congres", "present", "feestje", "flight",
    "gig", "concert", "festival", "optreden", "voorstelling", "show", "match", "game", "wedstrijd", "goes", "leaves",
    "departs", "vertrekt", "gaat", "last", "laatste", "vlucht", "trein", "boot", "hearse", "cremat",
    "uitvaart", "lijkwagen", "tonight", "today", "tomorrow", "closes", "shuts", "close", "start",
    "to work", "warning", "christening", "communi", "baptism", "doopfeest", "lentefeest",
    "mov", "complet", "be out", "verhuis", "verhuiz", "oplevering", "sleutel", "klussen",
    "medic", "meds", "insul", "inhaler", "innemen", "bloedverdun", "thinner", "antibiotic", "leverancier", "supplier", "salaris", "salaries", "staff", "personeel",
    "wages", "payroll", "halen", "catch", "sluit", "guests", "visitors", "people", "dinner party", "gasten",
    "visite", "bezoek", "etentje",
)  # fmt: skip
_ASK_HINTS = (
    "what", "how do", "who", "escalate", "need", "answer", "wat", "hoe kom", "wie", "anyone",
    "anybody", "weet iemand", "help",
)  # fmt: skip
_AMOUNT_HINTS = ("€", "£", "$", "₹", "r1", "r2", "r3", "r4", "r5", "r6", "r7", "r8", "r9", "eur", "pound", "dollar", "quid", "rupee", "rand", "buck")
_FRAIL_HINTS = (
    "she", "he's", "he is", "aged", "old", "van ", "is 8", "is 9", "'s 8", "'s 9", "born", "geboren", "baby",
    "year", "yr", "i'm ", "i am ", "ik ben ",
    "nan", "gran", "oma", "opa", "omi",
    "toddler", "pregnant", "zwanger", "wheelchair", "rolstoel", "oxygen", "zuurstof", "dialys",
    "chemo", "dement", "disabled", "gehandicapt", "valide", "elderly", "bejaard", "kwetsba",
    "vulnerable", "hospice", "palliati", "terminally",
)  # fmt: skip
_VEHICLE_HINTS = (
    "flight", "plane", "gate", "airport", "terminal", "train", "platform", "station", "bus",
    "tram", "metro", "tube", "ferry", "boat", "coach", "carriage", "vlucht", "vliegtuig",
    "luchthaven", "trein", "perron", "spoor", "halte", "boot", "sprinter", "intercity", "eurostar",
    "thalys", "tunnel", "subway", "underground", "sailing", "port", "stop", "transfer", "shuttle",
    "arrivals", "pick", "aankomsthal", "hotel", "hostel", "recept", "front desk", "bag",
)  # fmt: skip


def cue_hit(low: str, text: str, accept: Accept, enabled: Container[str]) -> tuple[str, Hit] | None:
    """The category and the match of the first reading that holds in `low` (`text`
    folded), if any: its category among `enabled`, and accepted by `accept` as the
    category's own match would be (one reading refused, the next is tried)."""
    for reading in _READINGS:
        found = reading(low)
        if found is None:
            continue
        name, start, end = found
        if name in enabled and accept(name, start, end, low):
            source = text if len(text) == len(low) else low
            return name, Hit(start, end, source[start:end])
    return None


def _deadline(low: str) -> tuple[str, int, int] | None:
    if not contains_any(low, _STAKE_HINTS):
        return None
    stake = _STAKE.search(low)
    # A stake that names its own day ("tonight's show") is not over whatever else the
    # sentence says ("bought tickets for tonight's show three weeks ago").
    if stake is None or (
        _WHEN.search(stake.group()) is None and _told_over(low, stake.start(), stake.end())
    ):
        return None
    if _TROUBLE.search(low) is None or how_to(low, stake.start()):
        return None
    # The time said with the stake ("afspraak … donderdag 9u"), else any ("Sinds dinsdag
    # niet meer. Moet om 9u …"): the reason quotes the stake alone then.
    begin = sentence_start(low, stake.start())
    stop = sentence_end(low, stake.end())
    when = _WHEN.search(low, begin, stop)
    if when is None:
        return None if _WHEN.search(low) is None else ("pressure", *stake.span())
    return "pressure", min(stake.start(), when.start()), max(stake.end(), when.end())


def _stuck(low: str) -> tuple[str, int, int] | None:
    if not contains_any(low, _ASK_HINTS):
        return None
    ask = _ASK.search(low)
    if ask is None or _NOW.search(low) is None or _told_over(low, ask.start(), ask.end()):
        return None
    return "pressure", ask.start(), ask.end()


def _stranded(low: str) -> tuple[str, int, int] | None:
    if not contains_any(low, _VEHICLE_HINTS):
        return None
    vehicle = _VEHICLE.search(low)
    if vehicle is None or _HERE_NOW.search(low) is None:
        return None
    disrupted = _DISRUPTED.search(low)
    if (
        disrupted is None
        or _told_over(low, disrupted.start(), disrupted.end())
        or how_to(low, disrupted.start())
    ):
        return None
    return "travel", disrupted.start(), disrupted.end()


def _frail(low: str) -> tuple[str, int, int] | None:
    """Someone frail at home without heat, power or water now: "my nan's prepay meter has
    run out ... she's 87 ... 2 degrees tonight", "baby van 3 maanden en geen verwarming"."""
    if not contains_any(low, _FRAIL_HINTS):
        return None
    frail = _FRAIL.search(low)
    if frail is None:
        return None
    need = _NO_ESSENTIAL.search(low)
    if need is None or _told_over(low, need.start(), need.end()) or how_to(low, need.start()):
        return None
    if _IF.search(low, sentence_start(low, need.start()), need.start()) is not None:
        return None
    return "vulnerable", need.start(), need.end()


def _not_me(low: str) -> tuple[str, int, int] | None:
    if not contains_any(low, _NOT_ME_HINTS):
        return None
    denial = _NOT_ME.search(low)
    if denial is None or _DONE_AS_ME.search(low) is None or _told_over(low, *denial.span()):
        return None
    return "fraud", denial.start(), denial.end()


def _cut_off(low: str) -> tuple[str, int, int] | None:
    if not contains_any(low, _CUT_OFF_HINTS):
        return None
    found = _CUT_OFF.search(low)
    if found is None or _told_over(low, *found.span()):
        return None
    return "blocked", found.start(), found.end()


def _told_over(low: str, start: int, end: int) -> bool:
    """A past or far-off time in the sentence of low[start:end]."""
    begin = sentence_start(low, start)
    stop = sentence_end(low, end)
    # Lasting since then is now ("geen verwarming sinds gisteren", "since yesterday").
    return any(
        _SINCE.search(low, max(begin, over.start() - 7), over.start()) is None
        for over in _OVER.finditer(low, begin, stop)
    )


def _money(low: str) -> tuple[str, int, int] | None:
    if not contains_any(low, _AMOUNT_HINTS):
        return None
    if _WRONG.search(low) is None:
        return None
    # Each amount in turn: the first may be a quote or a return's value ("Quote was £850.
    # Final bill £1,420 ... wouldn't unload until I'd paid it"), a later one the charge.
    for amount in _AMOUNT.finditer(low):
        if _at_least_smallest(amount.group()) and _charged_wrongly(low, *amount.span()):
            return "money", *amount.span()
    return None


def _charged_wrongly(low: str, start: int, end: int) -> bool:
    begin = sentence_start(low, start)
    stop = sentence_end(low, end)
    # The amount's own sentence says it was charged, or the one just before ("the money came
    # out twice. £187.40 x2.").
    before = sentence_start(low, begin - 2) if begin > 1 else begin
    if _CHARGE.search(low, before, stop) is None:
        return False
    if how_to(low, start):
        return False
    if _CHECKING.search(low, begin, stop + 1) is not None and _ALREADY_TAKEN.search(low) is None:
        return False
    # "Als ING ooit 5.000 euro op mijn rekening zet"
    return _IF.search(low, begin, start) is None


def _at_least_smallest(amount: str) -> bool:
    """Whether an amount as written ("€1.240", "£3,912.40", "74,20 euro") is `_SMALLEST` or
    more."""
    number = NUMBER.search(amount)
    value = number_value(number.group()) if number is not None else None
    return value is not None and value >= _SMALLEST


_READINGS = (_frail, _not_me, _cut_off, _deadline, _stuck, _money, _stranded)
"""The readings, in the order they are tried."""
