"""Word lists for sentiment, written for webcare: Dutch opinion words on VADER's −4…4 scale,
Dutch function words in VADER's English, and complaint/praise phrases in both languages.
"""

from __future__ import annotations

# Dutch function words rewritten to the English VADER already handles.
DUTCH_FUNCTION_WORDS: dict[str, str] = {
    **dict.fromkeys(
        "niet geen niets niks niemand nergens zonder noch".split(), "not"
    ),
    # "nooit zo slecht" is "never so bad": the worst yet, which VADER knows in English.
    "nooit": "never",
    "zo": "so",
    "zó": "so",
    **dict.fromkeys(
        """heel erg zeer echt super enorm ontzettend hartstikke extreem bijzonder uiterst
        vreselijk verschrikkelijk mega totaal compleet volledig""".split(),
        "very",
    ),
    **dict.fromkeys("beetje enigszins nogal redelijk vrij tamelijk wat".split(), "somewhat"),
    "maar": "but",
    "echter": "but",
    "toch": "but",
}
# Boosters that are also opinions ("vreselijk", "super", "erg") stay themselves unless an
# opinion word follows (sentiment.py), so the lexicon below scores them when they stand alone.
# Entries are single words: VADER scores one token at a time, so phrases ("te laat",
# "valt tegen") live in COMPLAINT_PHRASES_* and PRAISE_PHRASES_* below.

DUTCH_LEXICON: dict[str, float] = {
    # positive
    "goed": 1.9, "goede": 1.9, "prima": 1.8, "top": 2.3, "toppie": 2.3, "geweldig": 3.1,
    "fantastisch": 3.2, "uitstekend": 3.0, "perfect": 3.0, "perfecte": 3.0, "fijn": 2.0,
    "fijne": 2.0, "leuk": 2.0, "leuke": 2.0, "mooi": 2.1, "mooie": 2.1, "lekker": 2.2,
    "lekkere": 2.2, "heerlijk": 2.8, "heerlijke": 2.8, "vriendelijk": 2.2,
    "vriendelijke": 2.2, "behulpzaam": 2.2, "behulpzame": 2.2, "snel": 1.3, "snelle": 1.3,
    "tevreden": 2.1, "blij": 2.3, "dankbaar": 2.3, "bedankt": 1.9, "dank": 1.6,
    "dankjewel": 2.0, "dankuwel": 2.0, "bedankje": 1.5, "aanrader": 2.6,
    "aanbevolen": 2.0, "klasse": 2.5, "netjes": 1.8, "keurig": 2.0, "correct": 1.2,
    "vlot": 1.5, "vlotte": 1.5, "super": 2.6, "supergoed": 3.0, "mega": 1.5, "gaaf": 2.3,
    "gave": 2.0,
    "knap": 1.8, "sterk": 1.5, "handig": 1.8, "handige": 1.8, "makkelijk": 1.5,
    "gemakkelijk": 1.5, "vers": 1.4, "verse": 1.4, "attent": 2.0, "zorgvuldig": 1.8,
    "opgelost": 1.7, "beste": 2.5, "best": 1.5, "waardering": 1.8, "compliment": 2.3,
    "complimenten": 2.4, "genieten": 2.3, "genoten": 2.3, "lief": 2.0, "lieve": 2.0,
    "aardig": 1.9, "aardige": 1.9, "professioneel": 2.0, "betrouwbaar": 2.0, "gezellig": 2.1,
    "hulpvaardig": 2.2, "duidelijk": 1.2, "duidelijke": 1.2, "stipt": 1.6,
    "geslaagd": 2.0, "uitmuntend": 3.1, "subliem": 3.1, "schitterend": 3.0, "prachtig": 3.0,
    "voortreffelijk": 3.0, "smaakvol": 2.0, "smakelijk": 2.0, "tof": 2.3, "toffe": 2.3,
    "plezierig": 2.0, "gelukkig": 2.2, "hoera": 2.5, "yes": 1.7, "chapeau": 2.6, "held": 2.3,
    "helden": 2.3, "beter": 1.4, "betere": 1.5, "smaakbom": 2.6, "smaakfestival": 2.8,
    "belevenis": 2.2, "verrassing": 1.6, "verrassen": 1.6, "meevaller": 2.2, "pluspunt": 1.8,
    "huisgemaakt": 1.6, "verzorgd": 1.8, "passie": 1.9, "streling": 2.2, "verwend": 2.0, "lof": 2.2, "bravo": 2.6, "proficiat": 2.6,
    "aanbevelen": 2.4, "aanbeveling": 2.2, "meesterwerk": 3.0, "meesterwerkjes": 3.0,
    "hoogtepunt": 2.4, "attentvol": 2.2, "charme": 2.0, "ok": 0.9, "oké": 0.9,
    # customer-domain negatives pattern's adjective lexicon cannot have
    "wachttijd": -1.4, "wachttijden": -1.4, "nadeel": -1.3, "minpunt": -1.5, "onbeleefd": -2.6,
    "onbeleefdheid": -2.6, "arrogantie": -2.4, "eikel": -2.8, "eikels": -2.8, "weinig": -0.9,
    "zoutig": -1.6, "flauw": -1.6, "oplichterij": -3.0, "ondermaats": -2.6, "bedroevend": -2.8,
    "kinderportie": -1.4, "mijden": -2.2, "mijd": -2.2, "wegblijven": -2.2, "gewaarschuwd": -1.9,
    "doorbakken": -1.2, "stumpers": -2.6, "stumper": -2.4, "heikel": -1.6, "ballentent": -2.6,
    "knettergek": -2.2, "tegenviel": -1.9, "tegenvielen": -1.9, "tegenvalt": -1.9,
    "tegenvallen": -1.8, "tegenvallende": -1.8, "onhygiënisch": -2.6, "onhygienisch": -2.6,
    "woest": -2.6, "vermijden": -1.8, "slachtoffer": -1.8, "nauwelijks": -0.9, "prutsers": -2.7, "klungels": -2.5, "afzetters": -3.0, "uitgelachen": -2.2, "onbeschofte": -2.7, "onvriendelijkheid": -2.4, "klantonvriendelijk": -2.6,
    "levensgevaarlijk": -3.1, "onveilig": -2.4, "gehackt": -2.6, "nep": -2.2,
    # negative
    "slecht": -2.5, "slechte": -2.5, "slechter": -2.3, "slechtste": -3.0, "waardeloos": -3.0,
    "waardeloze": -3.0, "belabberd": -2.6, "beroerd": -2.5, "bagger": -3.0, "ruk": -2.8,
    "klote": -3.0, "kut": -3.0, "shit": -2.6, "schandalig": -3.1, "schande": -3.0,
    "belachelijk": -2.8, "belachelijke": -2.8, "triest": -2.3, "treurig": -2.3,
    "teleurgesteld": -2.4, "teleurstellend": -2.4, "teleurstelling": -2.4, "boos": -2.5,
    "woedend": -3.2, "kwaad": -2.5, "pissig": -2.7, "geïrriteerd": -2.2, "irritant": -2.2,
    "ergerlijk": -2.4, "frustrerend": -2.5, "gefrustreerd": -2.5, "balen": -2.0, "baal": -2.0,
    "jammer": -1.6, "helaas": -1.5, "klacht": -1.8, "klachten": -1.8, "klagen": -1.5,
    "probleem": -1.5, "problemen": -1.6, "kapot": -2.3, "kapotte": -2.3, "stuk": -1.3,
    "beschadigd": -2.2, "beschadigde": -2.2, "defect": -2.2, "defecte": -2.2, "vies": -2.4,
    "vieze": -2.4, "smerig": -2.6, "bedorven": -2.8, "beschimmeld": -2.9, "schimmel": -2.4,
    "koud": -0.8, "lauw": -1.2, "traag": -1.8, "trage": -1.8, "langzaam": -1.3,
    "vertraging": -1.9, "vertraagd": -1.8, "kwijt": -1.9, "vermist": -2.0,
    "onbeschoft": -2.7, "onvriendelijk": -2.4, "onvriendelijke": -2.4, "brutaal": -2.3,
    "arrogant": -2.4, "oplichters": -3.2, "oplichting": -3.1, "oplichter": -3.2,
    "bedrog": -3.0, "nep": -2.2, "fout": -1.8, "fouten": -1.8, "verkeerd": -1.8,
    "verkeerde": -1.8, "onbereikbaar": -2.4, "onacceptabel": -2.9, "onaanvaardbaar": -2.9,
    "schandelijk": -3.0, "rampzalig": -3.1, "ramp": -2.8, "drama": -2.5, "dramatisch": -2.6,
    "zielig": -1.8, "vreselijk": -2.8, "verschrikkelijk": -3.0, "afschuwelijk": -3.1,
    "walgelijk": -3.2, "lastig": -1.5, "moeilijk": -1.2, "duur": -1.4,
    "dure": -1.4, "afzetterij": -3.0, "zonde": -1.8,
    "wachten": -1.0, "gewacht": -1.2, "spijt": -1.8, "ontevreden": -2.4, "ongelukkig": -2.2,
    "bang": -2.0, "zorgen": -1.2, "ziek": -2.2, "misselijk": -2.3, "pijn": -2.2,
    "gevaarlijk": -2.8, "voedselvergiftiging": -3.0, "hopeloos": -2.7, "incompetent": -2.8, "amateuristisch": -2.5,
    "prutswerk": -2.7, "puinhoop": -2.8, "zooi": -2.3, "troep": -2.4, "rommel": -2.0,
    "mislukt": -2.3, "faalt": -2.2, "falen": -2.2, "gefaald": -2.3, "storing": -1.9,
    "weigert": -1.6, "geweigerd": -1.8, "genegeerd": -2.4, "negeren": -2.2, "tegenvallend": -1.8,
    "matig": -1.5, "matige": -1.5, "middelmatig": -1.2, "saai": -1.5,
    "pff": -1.3, "pfff": -1.5, "grr": -2.0, "bah": -2.0, "jeetje": -0.8,
    "wtf": -2.6, "fail": -2.4, "irritatie": -2.2, "ergernis": -2.4, "gezeur": -1.8,
    "dubbel": -0.5, "chaos": -2.4, "verloren": -2.0,
}

# Customer-service words VADER's English lexicon lacks; used for both languages.
SERVICE_LEXICON: dict[str, float] = {
    "hacked": -2.6, "scam": -2.8, "scammed": -3.0, "phishing": -2.4, "fraud": -2.8,
    "outage": -2.0, "overcharged": -2.4, "refund": -0.8, "undelivered": -2.2, "damaged": -2.0,
    "rude": -2.3, "unreachable": -2.2, "useless": -2.5,
}

# English VADER words that are also frequent Dutch words with another meaning.
ENGLISH_ONLY_WORDS: tuple[str, ...] = (
    "die", "kind", "arm", "even", "hard", "hoe", "lol", "mis", "bad", "brand", "dood", "wel",
    "gift", "rot", "boos", "hel", "fan", "fun", "pop", "top", "ok", "okay", "sin", "war",
    "want", "welcome", "meet", "lust", "glad", "bang", "best", "fail", "vent", "lost",
)

# Complaints without an opinion word: the core of what a webcare team reads all day.
COMPLAINT_PHRASES_NL: tuple[str, ...] = (
    r"\b(?:nog\s+(?:steeds|altijd)|nog)\s+(?:niet|geen|niks|niets)\b",
    r"\bniet\s+(?:ontvangen|bezorgd|geleverd|aangekomen|gekomen|afgeleverd|terugbetaald|teruggestort|gebeld|gereageerd|opgelost|nagekomen)\b",
    r"\b(?:nooit|niet)\s+(?:aangekomen|ontvangen|bezorgd|geleverd)\b",
    r"\bgeen\s+(?:reactie|antwoord|bericht|contact|terugkoppeling|levering|pakket|bezorging|verbinding|internet|bereik|idee)\b",
    r"\bniemand\s+(?:neemt|reageert|belt|helpt|weet)\b",
    r"\b(?:al|alweer)\s+(?:\d+|twee|drie|vier|vijf|zes|tien|meerdere|zoveel)\s+(?:keer|x|maal)\b",
    r"\b(?:al|nu al)\s+(?:\d+|twee|drie|vier|vijf|zes|tien|een)\s+(?:dagen|weken|uur|uren|maanden|dag|week)\b",
    r"\bwerkt\s+(?:niet|nog steeds niet|alweer niet)\b",
    r"\b(?:lukt|lukte|helpt|hielp)\s+(?:(?:nog\s+steeds|echt|gewoon|alweer)\s+)?niet\b",
    r"\bdoet\s+het\s+niet\b",
    r"\b(?:dubbel|twee\s*keer)\s+(?:afgeschreven|betaald|gefactureerd)\b",
    r"\bgeld\s+(?:terug|kwijt)\b",
    r"\bin\s+de\s+wacht(?:rij)?\b",
    r"\bwacht(?:en)?\s+(?:al|nog steeds|nog altijd)\b",
    r"\bontbr(?:eekt|eken|ak|ekende?)\b",
    r"\bvergeten\b",
    r"\bgeannuleerd\b",
    r"\bniet\s+(?:bereikbaar|te bereiken)\b",
    r"\bkan\s+niet\s+(?:inloggen|bestellen|betalen)\b",
    r"\b(?:ligt|lag)\s+(?:er\s*uit|eruit|plat)\b",
    r"\bik\s+zeg\s+(?:mijn|m'n)\s+(?:[\w-]+\s+){1,3}op\b",
    r"(?<!niet\s)\bte\s+(?:laat|duur)\b",
    r"\bniet\s+op\s+tijd\b",
    r"\b(?:valt|viel|vallen|vielen)\s+(?:(?:me|mij|ons|erg|echt|zwaar|flink|wat)\s+){0,2}tegen\b",
    r"\bnooit\s+meer\b(?!\s+te\s+vergeten)",
    r"\b(?:kan|kon|mag|mocht)\s+(?:echt\s+|veel\s+|een\s+stuk\s+|wel\s+)?beter\b",
    r"\blaat\s+(?:veel\s+|wat\s+|nogal\s+)?te\s+wensen\s+over\b",
    r"\bver\s+te\s+zoeken\b",
    r"\b(?:nooit|niet)\s+(?:meer|nog)\s+(?:\w+\s+)?terug\b",
    r"\b(?:duurde|duurt|duren)\s+(?:(?:erg|heel|echt|nogal|veel\s+te|te|zo|wel\s+erg)\s+)?lang\b",
    r"\bniet\s+(?:eetbaar|drinkbaar|te\s+drinken)\b",
    r"\bover\s+(?:de\s+)?datum\b",
    r"\bergens\s+anders\b",
    r"\b(?:duurde|duurt|wachtten|wachten|gewacht)\s+(?:(?:een|ruim|bijna|meer\s+dan|zeker|wel)\s+)*(?:half\s+uur|uur|\d+\s*(?:min|minuten|uur))\b",
    r"\bgeen\s+(?:glimlach(?:je)?|excuses|sorry|woord\s+(?:uitleg|excuus))\b",
    r"\bzien\s+(?:ze|zij)\s+(?:mij|ons|me)\s+(?:hier\s+)?niet\s+meer\b",
    r"\bniet\s+(?:accepteerbaar|acceptabel|aanvaardbaar)\b",
    r"\bniet\s+te\s+(?:vreten|eten|doen)\b",
    r"\b(?:echt\s+|gewoon\s+)?niet\s+normaal\b",
    r"\b(?:klopt|kloppen|klopte|klopten)\s+(?:niet|niks|geen\s+moer)\b",
)

COMPLAINT_PHRASES_EN: tuple[str, ...] = (
    r"\bstill\s+(?:not|no|hasn't|haven't|hasnt|havent|waiting|nothing)\b",
    r"\b(?:not|never)\s+(?:received|delivered|arrived|refunded|resolved|fixed)\b",
    r"\b(?:didn't|did\s+not|never)\s+(?:come|came|arrive|show(?:ed)?\s+up|turn(?:ed)?\s+up)\b",
    r"\bno\s+(?:reply|response|answer|refund|one\s+(?:answers|replies|picks\s+up|helps)|delivery|signal|internet)\b",
    r"\bcharged\s+(?:twice|double|two times)\b",
    r"\bon\s+hold\s+for\b",
    r"\bwaiting\s+(?:for|since)\s+(?:\d+|two|three|four|five|ages|weeks|days|hours)\b",
    r"\b(?:doesn't|does not|isn't|is not|won't|will not|can't|cannot)"
    r"\s+(?:work|working|log\s*in|load|connect|pay|order|check\s*out)\b",
    r"\bkeeps\s+(?:crashing|failing|freezing)\b",
    r"\blet\s+(?:me\s+|us\s+)?down\b",
    r"\bis\s+down\b",
    r"\bmissing\s+(?:items?|order|package|parcel)\b",
    r"\bwrong\s+(?:order|item|items|product)\b",
    r"\bcancel(?:led|ed)?\s+my\b",
)

PRAISE_PHRASES_NL: tuple[str, ...] = (
    r"\b(?:kom|komen|kwamen|gaan|ga)\s+(?:(?:we|wij|ik|hier|er|zeker|graag|zeer|nog|eens|snel|weer|zeker\s+weten)\s+){1,4}terug\b",
    r"\bhouden?\s+(?:echt\s+|zo\s+)?van\b",
    r"\b(?:op|van\s+(?:een\s+)?(?:zeer\s+|heel\s+)?hoog)\s+niveau\b",
    r"\bdoe\s+(?:zo|zeker)\s+voort\b",
    r"\btot\s+(?:gauw|snel|ziens|nog\s+eens)(?:\s+weer)?\b",
    r"\balles\s+klop(?:t|te)\b",
    r"\b(?:graag|zeker)\s+(?:weer|nog\s+eens|opnieuw)\b",
    r"\bniets?\s+(?:op\s+)?aan\s+te\s+merken\b",
    r"\bprijs[\s/-]*kwaliteit\b(?!\s*(?:laat|is\s+(?:niet|slecht|ver)))",
    r"\bsnel\s+(?:geholpen|opgelost|bezorgd|geleverd|gereageerd)\b",
    r"\bgoed\s+geholpen\b",
    r"\bkeurig\s+(?:op\s+tijd|bezorgd|geleverd|geholpen)\b",
    r"\bvoor\s+elkaar\b",
    r"\baan\s+te\s+raden\b",
    r"\b(?:netjes|mooi|precies|ruim)\s+op\s+tijd\b",
)

PRAISE_PHRASES_EN: tuple[str, ...] = (
    r"\bquickly\s+(?:resolved|fixed|sorted|delivered)\b",
    r"\bwell\s+done\b",
)

# pattern's adjectives that in customer messages are mostly not opinions ("hoe laat",
# "de winkel is open", "heel erg", "een grote bestelling", "zeker weten").
PATTERN_SKIP: frozenset[str] = frozenset(
    """open laat vol los vrij groot grote lang lange nieuw nieuwe licht hoog echt zeker heel
    juist bekend nodig mogelijk zout zoet klein kleine eerste laatste gewoon enkel wel
    direct meteen vast naar waar erg lam dik gemaakt modaal publiek stralend verwend
    enig enige net recht vroeg jong jonge eens hand""".split()
)
