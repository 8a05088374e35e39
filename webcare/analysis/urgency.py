"""Urgency of a mention: a taxonomy of categories, each with a level, Dutch (Flemish too) and
English patterns, and reasons that quote what matched. Pure.

Categories and their built-in levels (the mapping README.md documents):

  critical  safety      accidents, fire, injuries, a customer stranded on the road
            health      death, hospital, illness, allergic reactions, medicine, baby food
  high      fraud       hacked accounts, phishing, unknown charges, theft, data leaks
            outage      the app, site or service is down, cannot log in, order or pay
            legal       lawyers, courts, regulators, consumer bodies, formal notices
            churn       cancelling, switching to a competitor, "never again"
            escalation  going public: press, journalists, TV (Radar, Kassa, RTL Nieuws),
                        newspapers, "ik zet dit op Twitter", "mijn volgers", viral, influencers
            pressure    time pressure: "al 3 dagen", "nog steeds niet", "vanavond nodig",
                        "vandaag nog", "asap", "for the third time"
  normal    nothing urgent matched
  low       nothing urgent matched and the mention is positive (praise, thanks)

The most urgent matching category decides the level; every matching category is a reason,
quoting the first place it matched. An author's reach is not urgency: priority counts it
separately. Emotional moments (an accident, a death, illness, fraud, someone stranded) are
urgent whatever the amount involved; `route` uses each category's emotional and monetary
flags.

The config adds categories, changes a built-in's level or flags, adds to (or replaces) its
patterns, and disables categories: `[urgency]` in config.example.toml.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, replace

from webcare.analysis.rules import RuleMatcher, fold, user_pattern
from webcare.model import Sentiment, SentimentLabel, Urgency, UrgencyLevel
from webcare.settings import UrgencySettings

CRITICAL, HIGH = UrgencyLevel.CRITICAL, UrgencyLevel.HIGH
POSITIVE_REASON = "positive, no urgent subject"


@dataclass(frozen=True, slots=True)
class Category:
    name: str
    level: UrgencyLevel
    patterns: tuple[str, ...]
    label: str
    """How reasons name it: `time pressure: 'al 3 dagen'`."""
    emotional: bool = False
    """Raises the emotional value when routing (SPEC.md: emotional against monetary value)."""
    monetary: bool = False
    """Raises the monetary value when routing: money, a contract or the brand is at stake."""


_PERSON = (
    r"(?:he|she|they|mother|father|mum|mom|dad|husband|wife|son|daughter|partner|brother"
    r"|sister|grand(?:mother|father|ma|pa)|friend|baby)"
)

SAFETY = Category(
    "safety",
    CRITICAL,
    (
        # Dutch and Flemish. Not "per ongeluk" (by accident) nor "ongelukkig" (unhappy).
        r"(?<!per\s)ongeluk(?:ken)?\b", r"(?:verkeers)?ongeval(?:len)?\b", r"aanrijding\w*",
        r"aangereden", r"omver\s*gereden", r"re(?:ed|den)\s+(?:\w+\s+){1,3}?aan\b",
        r"(?:in\s+)?brand\s+(?:gevlogen|gevat|geraakt)", r"brandweer", r"vlam\s+(?:gevat|vatte)",
        r"vatte\s+vlam", r"in\s+vlammen\s+op", r"ontplof\w*", r"explo(?:sie|sies|deerde|deert|deren)\b",
        r"gewond\w*", r"(?:komt|kwam)\s+rook\s+uit", r"rook\s+(?:komt|kwam)\s+uit", r"letsel",
        r"(?:levens)?gevaarlijk\w*", r"elektrische\s+schok", r"schok\s+gekregen", r"kortsluiting",
        r"rookontwikkeling", r"gaslek", r"gaslucht", r"koolmonoxide",
        r"vast\s+langs\s+de\s+(?:weg|snelweg|kant)", r"met\s+pech\b", r"pech\s+onderweg",
        r"in\s+(?:\w+\s+)?panne\b", r"gestrand", r"pechhulp", r"wegenwacht", r"takelwagen",
        # English. Not "crash" alone: apps crash far more often than vans (outage has those).
        r"accidents?\b", r"(?:car|bike|van|truck|lorry|traffic|road)\s+crash", r"crash(?:ed)?\s+into",
        r"caught\s+fire", r"burst\s+into\s+flames",
        r"(?:charger|battery|phone|cable|plug|device|oven|heater|scooter|e-?bike)\s+(?:\w+\s+)?"
        r"(?:was\s+on\s+fire|melted|exploded|overheated|started\s+smoking)",
        r"explod\w*", r"injur\w+", r"dangerous\b", r"unsafe", r"electric(?:al)?\s+shock", r"stranded",
        r"broke(?:n)?\s+down\s+on\s+the\s+(?:motorway|highway|freeway|road)",
        r"stuck\s+on\s+the\s+(?:side\s+of\s+the\s+)?(?:road|motorway|highway|freeway)",
        r"gas\s+leak", r"smell\s+of\s+gas", r"carbon\s+monoxide", r"smoke\s+(?:coming|from|pouring)",
        # Not "hit the checkout button".
        r"hit\s+(?:a|my|the|our)\s+(?:car|bike|cyclist|pedestrian|child|kid|son|daughter|dog|cat"
        r"|mother|father|wife|husband)",
        r"(?:van|truck|lorry|driver|courier)\s+(?:\w+\s+)?(?:hit|ran\s+over|knocked\s+down)",
        r"knocked\s+(?:me|him|her)\s+(?:down|over)",
    ),
    "safety",
    emotional=True,
)  # fmt: skip

HEALTH = Category(
    "health",
    CRITICAL,
    (
        r"overleden", r"overlijden", r"gestorven", r"sterfgeval", r"begrafenis", r"uitvaart",
        r"crematie", r"ziekenhuis", r"hospitaal", r"(?:op|naar)\s+de\s+spoed(?:eisende\s+hulp)?\b",
        r"spoedeisende\s+hulp", r"(?:op|naar)\s+de\s+eerste\s+hulp", r"ambulance",
        r"112\s+(?:gebeld|bellen)", r"allergische\s+reactie", r"anafylact\w*", r"voedselvergiftiging",
        # "ziek geworden", but not "ik word ziek van jullie service" (sick and tired).
        r"ziek\s+(?:geworden|geweest)", r"ziek\s+van\s+(?:het|de|die|dat|jullie)\s+"
        r"(?:eten|kip|vlees|vis|maaltijd\w*|salade|melk|product\w*|pizza|sushi)",
        r"zieke?\s+(?:baby|kind|kindje|dochter|zoon|moeder|vader)", r"flesvoeding", r"babyvoeding",
        r"insuline", r"medicijn\w*", r"medicatie", r"zuurstof", r"dialyse", r"chemo\w*",
        r"bewusteloos", r"hartaanval", r"beroerte", r"epilep\w*", r"overgegeven",
        # "died" of a person, not of a phone or a battery.
        r"passed\s+away", rf"{_PERSON}\s+(?:has\s+|have\s+|had\s+|just\s+|sadly\s+)?died",
        r"death\b", r"funeral", r"hospital", r"a\s*&\s*e\b", r"emergency\s+room", r"ambulance",
        r"allergic\s+reaction", r"anaphyla\w*", r"food\s+poisoning", r"got\s+(?:really\s+|very\s+|so\s+)?sick",
        r"(?:baby|child|kid|son|daughter)\s+is\s+(?:very\s+|really\s+|so\s+)?(?:sick|ill)\b",
        r"(?:sick|ill)\s+(?:baby|child|kid)", r"(?:baby|infant)\s+formula", r"formula\s+(?:milk|delivery)",
        r"insulin", r"medication", r"medicine", r"oxygen", r"dialysis", r"unconscious",
        r"heart\s+attack", r"threw\s+up", r"vomit\w*",
    ),
    "health",
    emotional=True,
)  # fmt: skip

FRAUD = Category(
    "fraud",
    HIGH,
    (
        r"gehack(?:t|ed)", r"phishing", r"fraude\w*", r"frauduleu\w*", r"oplicht\w*", r"opgelicht",
        r"nep-?\s*(?:sms|mail|e-mail|site|website|webshop|bericht|factuur)\w*",
        r"(?:valse?|vervalste?)\s+(?:sms|mail|e-mail|factuur|site|website|bericht)\w*", r"datalek\w*",
        r"onbevoegd\w*", r"niet\s+door\s+mij\s+(?:gedaan|besteld|gekocht|betaald|geplaatst)",
        r"onbekende\s+(?:afschrijving|betaling|transactie|bestelling)\w*", r"identiteitsfraude",
        r"gestolen", r"misbruik\s+van\s+(?:mijn|m'n)", r"skimming", r"gekaapt",
        r"iemand\s+(?:anders\s+)?(?:heeft|is)\s+(?:\w+\s+){0,3}?(?:mijn|m'n)\s+(?:account|naam|gegevens|pas|kaart)",
        r"hacked", r"fraud\w*", r"scam\w*", r"data\s+breach", r"unauthori[sz]ed", r"stolen",
        r"identity\s+theft", r"unknown\s+(?:charges?|payments?|transactions?)",
        r"charges?\s+(?:[\w']+\s+){0,4}?i\s+(?:didn'?t|did\s+not|never)\s+(?:make|authori[sz]e|place)",
        r"someone\s+(?:else\s+)?(?:has\s+)?(?:used|accessed|logged\s+into|got\s+into)\s+my",
        r"(?:account|card)\s+(?:was\s+|got\s+|has\s+been\s+|is\s+)?compromised",
        r"fake\s+(?:email|e-mail|text|sms|website|site|invoice|message)",
    ),
    "fraud",
    emotional=True,
    monetary=True,
)  # fmt: skip

OUTAGE = Category(
    "outage",
    HIGH,
    (
        # "storing", not English "storing your data".
        r"storing(?:en)?\b(?!\s+(?:your|my|the|our|their|data|it|them|customer))",
        r"ligt\s+(?:er\s*uit|eruit|plat)", r"eruit\s+gelegen",
        r"(?:app|site|website|webshop|systeem|server|netwerk)\s+(?:ligt|is)\s+(?:weer\s+|al\s+)?(?:plat|down|eruit|offline)",
        r"(?:app|site|website|webshop)\s+(?:\w+\s+)?(?:werkt|doet\s+het)\s+(?:al\s+\w+\s+|weer\s+|nog\s+steeds\s+)?niet",
        r"kan\s+(?:al\s+\w+\s+|nog\s+steeds\s+)?niet\s+(?:meer\s+)?(?:inloggen|bestellen|betalen|afrekenen)",
        r"krijg\s+(?:steeds\s+|telkens\s+|alleen\s+)?(?:een\s+)?foutmelding", r"doet\s+het\s+niet\s+meer",
        r"geen\s+(?:internet|verbinding|stroom|bereik|netwerk|tv|signaal)\b",
        r"(?:internet|stroom|netwerk|tv|gsm)(?:storing|panne|onderbreking)",
        r"outage", r"(?:is|are|went|was)\s+(?:still\s+)?down\b",
        r"can'?t\s+(?:log\s*in|sign\s+in|order|pay|check\s*out|connect)",
        r"(?:cannot|unable\s+to)\s+(?:log\s*in|sign\s+in|order|pay|check\s*out|connect)",
        r"not\s+loading", r"won'?t\s+load", r"keeps\s+crashing",
        r"(?:app|site|website)\s+(?:is\s+)?(?:not\s+working|broken|crashing)",
        r"no\s+(?:internet|signal|connection|power)\b", r"server\s+error",
    ),
    "outage",
)  # fmt: skip

LEGAL = Category(
    "legal",
    HIGH,
    (
        # "rechter" the judge, not "rechterkant" (right-hand side).
        r"advocaat", r"advocaten", r"rechtszaak", r"rechter\b", r"rechtbank", r"aanklagen",
        r"aangifte\b", r"politie\b", r"juridische?\s+(?:stappen|actie|hulp|weg)", r"geschillencommissie",
        r"consumentenbond", r"acm\b", r"autoriteit\s+(?:persoonsgegevens|consument)", r"ombudsman",
        r"ombudsdienst", r"ingebrekestelling", r"in\s+gebreke\s+(?:stellen|gesteld)", r"deurwaarder",
        r"test-?\s*aankoop", r"fod\s+economie", r"avg-?\s*verzoek", r"inzageverzoek",
        r"wettelijke\s+garantie",
        r"lawyer", r"attorney", r"solicitor", r"suing", r"lawsuit",
        # "sue" as a verb, not Sue who helped in the chat.
        r"(?:i'?ll|i\s+will|we'?ll|we\s+will|going\s+to|gonna)\s+sue\b", r"sue\s+(?:you|your|them)\b",
        r"legal\s+action", r"(?:to|in|into)\s+court\b", r"small\s+claims", r"trading\s+standards",
        r"citizens\s+advice", r"regulator\b", r"police\s+report", r"gdpr", r"subject\s+access\s+request",
        r"consumer\s+rights\s+act", r"better\s+business\s+bureau",
    ),
    "legal",
    emotional=True,
    monetary=True,
)  # fmt: skip

CHURN = Category(
    "churn",
    HIGH,
    (
        # "ik zeg mijn Bolderkar Plus abonnement op", "hoe zeg ik zijn abonnement op"
        r"(?:ik\s+)?zeg\s+(?:ik\s+)?(?:mijn|m'n|zijn|haar|ons|onze|het)\s+(?:[\w-]+\s+){0,3}?"
        r"(?:abonnement|contract|lidmaatschap|account)\s+op\b",
        r"ik\s+zeg\s+(?:het|alles)\s+op\b", r"opzeg\w*",
        r"(?:abonnement|contract|lidmaatschap)\s+(?:\w+\s+){0,2}?(?:beëindigen|stopzetten|stoppen)",
        r"overstappen\s+naar", r"ik\s+stap\s+over", r"ik\s+ga\s+(?:over\s+)?naar\s+de\s+concurrent\w*",
        r"nooit\s+meer\s+(?:bij|bestellen|klant|iets)", r"klant\s+af", r"ik\s+ben\s+weg\s+bij",
        r"ik\s+ben\s+(?:er\s+)?klaar\s+mee", r"ik\s+ben\s+klaar\s+met\s+(?:jullie|dit\s+bedrijf)",
        r"laatste\s+keer\s+(?:dat|besteld|bij)",
        r"cancel(?:l?ing|led)?\s+my\s+(?:subscription|account|membership|contract|plan)",
        # Switching to a competitor, not "switched to the app version".
        r"switch(?:ing|ed)?\s+(?:over\s+)?to\s+(?:a\s+|another\s+|the\s+)?"
        r"(?:competitor|competition|rival|another|different|other)",
        r"never\s+(?:again|order(?:ing)?\s+again|shopping\s+(?:here|with\s+you)\s+again)",
        r"last\s+time\s+i\s+(?:order|shop|buy)", r"lost\s+a\s+customer", r"taking\s+my\s+business",
        r"close\s+my\s+account", r"i'?m\s+done\s+with\s+(?:you|your|this)",
    ),
    "churn",
    emotional=True,
    monetary=True,
)  # fmt: skip

ESCALATION = Category(
    "escalation",
    HIGH,
    (
        # The press, TV and newspapers (Dutch and Flemish). "Kassa" and "Radar" are consumer
        # programmes, but "bij de kassa" is the checkout: the programmes only without "de".
        r"journalist\w*", r"verslaggever\w*",
        r"de\s+(?:pers|media)\s+(?:in\s+(?:schakelen|slepen)|inschakelen|benaderen|opzoeken)\b",
        r"naar\s+de\s+(?:pers|media|krant|kranten)\b", r"de\s+krant\s+(?:in|bellen|mailen|tippen|halen|inschakelen)\b",
        r"in\s+de\s+krant\b",
        r"(?:naar|bij|aan|tip|tippen|mail|mailen|melden\s+bij|contact\s+met|programma|uitzending)\s+(?:kassa|radar)\b",
        r"(?:kassa|radar)\s+(?:en|of|&)\s+(?:kassa|radar)\b",
        r"(?:kassa|radar)\s+(?:inschakelen|benaderen|bellen|mailen|tippen|informeren)\b",
        r"[@#](?:kassa|radar|rtlnieuws|nos|opgelicht)\w*",
        r"rtl\s*(?:nieuws|4)\b", r"de\s+nos\b", r"nos\s+(?:journaal|nieuws)", r"hart\s+van\s+nederland",
        r"de\s+telegraaf", r"vrt\s*nws", r"het\s+laatste\s+nieuws", r"nieuwsblad",
        # Going public and reach as a threat ("mijn volgers"), not reach itself.
        r"ik\s+(?:zet|post|plaats|deel|gooi|slinger)\s+(?:dit|het|deze\s+\w+|alles)\s+(?:\w+\s+){0,2}?"
        r"(?:op|online)\s+(?:twitter|x|facebook|fb|insta(?:gram)?|tiktok|linkedin|reddit|social(?:\s+media|s)?"
        r"|sociale\s+media|internet|youtube|trustpilot)\b",
        r"mijn\s+(?:[\d.,]+k?\s+)?volgers", r"openbaar\s+maken", r"wereldkundig", r"viraal",
        r"iedereen\s+(?:moet|gaat)\s+(?:dit|het)\s+weten", r"ik\s+waarschuw\s+iedereen",
        r"reporter", r"the\s+press\b", r"(?:contact(?:ing)?|going\s+to|tell(?:ing)?)\s+the\s+(?:press|media|papers|news)\b",
        r"bbc\b", r"watchdog\b", r"influencer\w*", r"viral\b", r"go(?:es|ing)?\s+viral",
        r"my\s+(?:[\d.,]+k?\s+)?followers",
        r"(?:post|posting|share|sharing|put|putting)\s+(?:this|it)\s+(?:\w+\s+){0,2}?(?:on|all\s+over)\s+"
        r"(?:twitter|x|facebook|instagram|tiktok|linkedin|reddit|social(?:\s+media)?|the\s+internet|youtube)\b",
        r"going\s+public", r"warn(?:ing)?\s+everyone",
    ),
    "public escalation",
    emotional=True,
    monetary=True,
)  # fmt: skip

_NUMBER = (
    r"(?:\d+|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|een\s+paar|enkele|meerdere|twee\s+volle)"
)
_COUNT = r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several)"

PRESSURE = Category(
    "pressure",
    HIGH,
    (
        # A deadline. "vandaag nog bezorgd, top!" is praise, so "vandaag nog" only with a need.
        r"z\.?s\.?m\b\.?", r"asap\b", r"urgent\w*", r"dringend\w*", r"met\s+spoed", r"spoed\b",
        r"vandaag\s+nog\s+(?:nodig|hebben|binnen|graag|reactie|antwoord|een\s+reactie|een\s+antwoord|opgelost|geleverd\s+worden)",
        r"(?:moet|moeten|wil|willen|graag|nodig)\s+(?:\w+\s+){0,3}?vandaag\s+nog",
        r"vanavond\s+(?:al\s+|nog\s+)?nodig", r"(?:voor|tegen|vóór)\s+vanavond\b",
        r"nodig\s+(?:voor|tegen|vóór)\s+(?:vanavond|morgen|vandaag|zaterdag|zondag|het\s+weekend|de\s+verjaardag|het\s+feest)",
        r"nu\s+meteen", r"onmiddellijk", r"per\s+direct", r"zo\s+(?:snel|rap)\s+mogelijk",
        # Waiting already: "al 3 dagen", "nog steeds niet", "voor de derde keer".
        rf"(?:al|sinds)\s+{_NUMBER}\s+(?:dagen|weken|maanden|dag|week|maand|uur|uren|minuten)\b",
        r"nog\s+(?:steeds|altijd)\s+(?:niet|geen|niks|niets|aan\s+het\s+wachten|wachten|zonder|op\s+mijn)",
        rf"wacht(?:en)?\s+(?:al|nog\s+steeds|nu\s+al)\b(?:\s+{_NUMBER}\s+(?:dagen|weken|maanden|dag|week|maand|uur|uren|minuten)\b)?",
        r"(?:voor\s+de|al\s+de)\s+(?:tweede|derde|vierde|vijfde|zoveelste|\d+e)\s+keer",
        rf"al\s+{_NUMBER}\s+keer\b",
        r"immediately", r"right\s+(?:now|away)", r"as\s+soon\s+as\s+possible",
        r"need\s+(?:it|this|them)\s+(?:by\s+)?(?:today|tonight|tomorrow)", r"by\s+tonight",
        r"still\s+(?:waiting|not|no\b|haven'?t|hasn'?t|nothing)",
        rf"(?:for|been)\s+{_COUNT}\s+(?:days|weeks|months|hours|minutes)\b", rf"{_COUNT}\s+(?:days|weeks)\s+(?:now|later|already)\b",
        r"(?:for\s+the\s+)?(?:third|fourth|fifth|umpteenth|\d+(?:rd|th))\s+time",
    ),
    "time pressure",
)  # fmt: skip

BUILTIN: tuple[Category, ...] = (SAFETY, HEALTH, FRAUD, OUTAGE, LEGAL, CHURN, ESCALATION, PRESSURE)
BUILTIN_NAMES: tuple[str, ...] = tuple(category.name for category in BUILTIN)


@dataclass(frozen=True, slots=True)
class Ruleset:
    """The categories in effect (built-ins plus the config's), most urgent first."""

    categories: tuple[Category, ...]
    matcher: RuleMatcher
    emotional: frozenset[str]
    """Names of the categories that raise the emotional value when routing."""
    monetary: frozenset[str]
    """Names of the categories that raise the monetary value when routing."""

    def get(self, name: str) -> Category | None:
        return next((c for c in self.categories if c.name == name), None)


@functools.lru_cache(maxsize=16)
def ruleset(settings: UrgencySettings | None = None) -> Ruleset:
    """Built-in categories with the config's additions and overrides applied (cached)."""
    settings = settings or UrgencySettings()
    categories = {category.name: category for category in BUILTIN}
    for rule in settings.rules:
        mine = tuple(user_pattern(p) for p in rule.patterns)
        base = categories.get(rule.name)
        if base is None:
            assert rule.level is not None, "config validation requires a level for a new category"
            categories[rule.name] = Category(
                rule.name, rule.level, mine, rule.name, bool(rule.emotional), bool(rule.monetary)
            )
            continue
        categories[rule.name] = replace(
            base,
            level=rule.level or base.level,
            patterns=(*(base.patterns if rule.extend else ()), *mine),
            emotional=base.emotional if rule.emotional is None else rule.emotional,
            monetary=base.monetary if rule.monetary is None else rule.monetary,
        )
    for name in settings.disable:
        categories.pop(name, None)
    declared = list(categories)
    ordered = sorted(categories.values(), key=lambda c: (c.level.rank, declared.index(c.name)))
    return Ruleset(
        tuple(ordered),
        RuleMatcher([(c.name, c.patterns) for c in ordered]),
        frozenset(c.name for c in ordered if c.emotional),
        frozenset(c.name for c in ordered if c.monetary),
    )


def assess_urgency(
    text: str,
    sentiment: Sentiment,
    settings: UrgencySettings | None = None,
    *,
    folded: str | None = None,
) -> Urgency:
    """The most urgent matching category's level; low for positive messages with none, else normal."""
    rules = ruleset(settings)
    hits = rules.matcher.find(text, folded)
    if not hits:
        if sentiment.label is SentimentLabel.POS:
            return Urgency(UrgencyLevel.LOW, (POSITIVE_REASON,), ())
        return Urgency(UrgencyLevel.NORMAL, (), ())
    matched = [c for c in rules.categories if c.name in hits]
    level = min((c.level for c in matched), key=lambda lvl: lvl.rank)
    reasons = tuple(f"{c.label}: {hits[c.name].quote!r}" for c in matched)
    return Urgency(level, reasons, tuple(c.name for c in matched))


__all__ = ["BUILTIN", "BUILTIN_NAMES", "Category", "Ruleset", "assess_urgency", "fold", "ruleset"]
