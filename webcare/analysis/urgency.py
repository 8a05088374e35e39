"""Urgency of a mention: a taxonomy of categories, each with a level, Dutch (Flemish too) and
English patterns (with Spanish, French, Portuguese, German and Italian ones beside them, and
Japanese, Chinese and Korean keywords found as substrings: `urgency_other_languages`), and
reasons that quote what matched. Pure.

Categories and their built-in levels (the mapping README.md documents):

  critical  safety      accidents and near misses, fire, injuries, a customer stranded on the road
            health      hospital, illness, allergic reactions, medicine, baby food
  high      vulnerable  bereavement, serious illness, disability: a person answers, gently
            fraud       hacked accounts, phishing and its victims, unknown charges, data leaks
            money       charged twice, many times the quote, money lost, held or not arriving
            blocked     an account or card blocked, frozen or closed; access codes dead
            outage      down, crashing, error codes, cannot log in, pay, connect: "werkt niet"
            travel      disruption now: hours of delay, cancelled or diverted, connection
                        missed, bags lost
            legal       lawyers, courts, regulators, ombudsmen, consumer bodies
            churn       cancelling, closing accounts, switching, "nooit meer", uninstalling
            escalation  going public: press, journalists, TV (Radar, Kassa, RTL Nieuws),
                        newspapers, "ik zet dit op Twitter", "mijn volgers", viral, influencers
            anger       insults at the brand ("you are liars", "bende oplichters")
            pressure    time pressure: a flight or event today or tomorrow, "asap", "dringend";
                        waiting already: "al 3 dagen", "nog steeds niet", "for the third time";
                        a failure that has lasted: "down since yesterday"
  normal    nothing urgent matched, and the message needs a reply
  low       nothing urgent matched and the mention is positive (praise, thanks)

The most urgent matching category decides the level; every matching category is a reason,
quoting the first place it counts. Waiting for a parcel with nothing else at stake is a
delivery complaint (normal), not time pressure (English wording); a delay told with a past marker ("last
week") is a complaint, not travel disruption now. A match does not count when it is negated ("geen
storing", "not hacked"), resolved in the same sentence ("storing is opgelost", "outage
issue solved") or one item of a list ("such as unwrapped food, medicine"). A category may
suppress others: a bereavement's "kan niet inloggen" is the estate's login, not an outage.
An author's reach is not urgency: priority counts it separately. Emotional moments are
urgent whatever the amount involved; `route` uses each category's emotional, monetary and
human flags.

The config adds categories, changes a built-in's level or flags, adds to (or replaces) its
patterns, and disables categories: `[urgency]` in config.example.toml.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from webcare.analysis import urgency_other_languages as other_languages
from webcare.analysis.rules import Hit, RuleMatcher, fold, user_pattern
from webcare.analysis.urgency_lexicon import BUILTIN, BUILTIN_NAMES, POSITIVE_REASON, Category
from webcare.model import Sentiment, SentimentLabel, Urgency, UrgencyLevel
from webcare.settings import UrgencySettings


@dataclass(frozen=True, slots=True)
class Ruleset:
    """The categories in effect (built-ins plus the config's), most urgent first."""

    categories: tuple[Category, ...]
    matcher: RuleMatcher
    emotional: frozenset[str]
    """Names of the categories that raise the emotional value when routing."""
    monetary: frozenset[str]
    """Names of the categories that raise the monetary value when routing."""
    human: frozenset[str] = frozenset()
    """Names of the categories a person answers, whatever the values."""
    cjk: re.Pattern[str] | None = None
    """The CJK keywords of the categories in effect, found as substrings (see `_cjk_hits`)."""
    cjk_names: dict[str, str] | None = None
    """CJK keyword -> its category's name."""
    others: RuleMatcher | None = None
    """The Spanish, French, Portuguese, German and Italian patterns of the categories in
    effect: a second matcher, so that an English or Dutch text does not pay for them."""

    def get(self, name: str) -> Category | None:
        return next((c for c in self.categories if c.name == name), None)


@functools.lru_cache(maxsize=16)
def ruleset(settings: UrgencySettings | None = None) -> Ruleset:
    """Built-in categories with the config's additions and overrides applied (cached)."""
    settings = settings or UrgencySettings()
    categories = {category.name: category for category in BUILTIN}
    # The other languages' patterns go with their built-in category (a config's
    # `extend = false` replaces them too).
    others = dict(other_languages.PATTERNS)
    for rule in settings.rules:
        mine = tuple(user_pattern(p) for p in rule.patterns)
        base = categories.get(rule.name)
        if base is None:
            assert rule.level is not None, "config validation requires a level for a new category"
            categories[rule.name] = Category(
                rule.name, rule.level, mine, rule.name, bool(rule.emotional), bool(rule.monetary)
            )
            continue
        if not rule.extend:
            others.pop(rule.name, None)
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
    cjk_names = {
        word: name
        for name, words in other_languages.CJK_KEYWORDS.items()
        if name in categories
        for word in words
    }
    cjk = "|".join(re.escape(word) for word in sorted(cjk_names, key=len, reverse=True))
    return Ruleset(
        tuple(ordered),
        RuleMatcher([(c.name, c.patterns) for c in ordered]),
        frozenset(c.name for c in ordered if c.emotional),
        frozenset(c.name for c in ordered if c.monetary),
        frozenset(c.name for c in ordered if c.human),
        re.compile(cjk) if cjk else None,
        cjk_names,
        RuleMatcher([(c.name, others.get(c.name, ())) for c in ordered]),
    )


def _cjk_hits(rules: Ruleset, low: str, source: str, hits: dict[str, Hit]) -> dict[str, Hit]:
    """Japanese (and Chinese, Korean) keywords as substrings: those scripts put no spaces
    between words, so the matcher, which tries rules at word starts, finds none inside a
    sentence. Only for a text with a CJK character (the caller checks): "アプリが使えない"
    is an outage, "障害はありません" is not, "障害が復旧しました" is over."""
    if rules.cjk is None or rules.cjk_names is None:
        return hits
    found = dict(hits)
    for match in rules.cjk.finditer(low):
        name = rules.cjk_names[match.group()]
        if name in found:
            continue
        start, end = match.span()
        if other_languages.CJK_NEGATED.match(low, end):
            continue
        stop = other_languages.CJK_SENTENCE_END.search(low, end)
        if other_languages.CJK_RESOLVED.search(low, end, stop.start() if stop else len(low)):
            continue
        found[name] = Hit(start, end, source[start:end])
    return found


# ---------------------------------------------------------------- context of a match

_WORDS = re.compile(r"[\w'*]+")
_NEGATORS = frozenset(
    "geen niet nooit nie ni no not never without zero n't dont don't doesnt doesn't didnt didn't"
    " isnt isn't wasnt wasn't havent haven't hasnt hasn't".split()
)
# Words between a negator and what it negates: "geen enkele storing", "never been hacked".
_SKIPPED = frozenset(
    "been be ben is was zijn geweest enkele enkel echte grote any real big actual a an een de het the".split()
)
_RESOLVED = re.compile(
    r"\b(?:opgelost|verholpen|gerepareerd|gefixt|hersteld|voorbij|solved|resolved|fixed|sorted"
    r"|werkt\s+(?:nu\s+|inmiddels\s+|intussen\s+|gelukkig\s+)?weer|working\s+again|back\s+(?:up|online|to\s+normal)"
    r"|(?:fine|ok|okay|working|good)\s+now|all\s+good\s+(?:now|since|again)|(?:you|they|u|y'all)\s+refunded"
    r"|(?:it|service|internet|wifi|power|signal|connection|tv|cable)\s+(?:came|is|'s)\s+back\b(?!\s+(?:down|off|out))"
    r"|weer\s+(?:online|in\s+orde|in\s+de\s+lucht))\b"
)
# Before a "fixed" that is not (yet) so: "not fixed", "want this resolved", "I'd like it
# sorted", "nobody has fixed it", "please have it sorted", "wil het opgelost zien".
_UNRESOLVED_BEFORE = re.compile(
    r"(?:\b(?:niet|nog|not|still|never|nooit|geen|no|yet|nie|ni|n't|wordt|gets?|be|to|om|te|'t"
    r"|want|wanted|wants|need|needs|needed|like|have|having|get|getting|nobody|noone|anyone"
    r"|anybody|someone|somebody|please|pls|wil|willen|wens|graag|moet|moeten|laten|niemand|iemand)"
    r"\s+(?:[\w']+\s+){0,2})$|n't\s+(?:\w+\s+)?$"
)
# "fixed but mine isn't", "opgelost maar nog steeds traag": still wrong after all.
_BUT_STILL = re.compile(r"\b(?:but|maar)\b[^.!?]{0,40}?(?:\bnot\b|n't\b|\bstill\b|\bniet\b|\bnog\b|\bgeen\b)")
_LIST_MARKER = re.compile(
    r"\b(?:such\s+as|zoals|e\.g\.|bijv\.?|bijvoorbeeld|including|inclusief|waaronder|for\s+example"
    r"|for\s+instance|like\s+(?=\w+,))"
)
_SENTENCE_END = ".!?;\n"


def _clause_before(low: str, start: int) -> str:
    """The words before a match in its clause (a comma, a "but" or a sentence ends it)."""
    window = low[max(0, start - 80) : start]
    cut = max(window.rfind(mark) for mark in (*_SENTENCE_END, ","))
    window = window[cut + 1 :]
    for conjunction in (" maar ", " but ", " en ", " and "):
        index = window.rfind(conjunction)
        if index >= 0:
            window = window[index + len(conjunction) :]
    return window


# Quick tests that let most matches skip the closer look.
_ANY_NEGATOR = re.compile(r"\b(?:geen|niet|nooit|nie|ni|no|not|never|without|zero)\b|n'?t\b")


def _negated(low: str, start: int) -> bool:
    """ "geen storing", "geen enkele storing", "never been hacked": a negator right before the
    match (auxiliaries and "any" aside), not one that negates another word ("app not working,
    error code 200")."""
    if _ANY_NEGATOR.search(low, max(0, start - 40), start) is None:
        return False
    words = [w for w in _WORDS.findall(_clause_before(low, start))[-4:] if w not in _SKIPPED]
    if not words:
        return False
    word = words[-1]
    return word in _NEGATORS or word.endswith("n't")


def _resolved(low: str, end: int) -> bool:
    """ "de storing is opgelost", "Outage issue solved": fixed in the same sentence, not
    "nog niet opgelost" and not asked ("is het al opgelost?")."""
    if _RESOLVED.search(low, end, end + 60) is None:
        return False
    window = low[end : end + 60]
    cut = min((i for i in (window.find(m) for m in _SENTENCE_END) if i >= 0), default=len(window))
    if window[cut : cut + 1] == "?":
        return False
    clause = window[:cut]
    for match in _RESOLVED.finditer(clause):
        if not _UNRESOLVED_BEFORE.search(clause[: match.start()]) and not _BUT_STILL.search(
            clause, match.end()
        ):
            return True
    return False


def _listed(low: str, start: int, end: int) -> bool:
    """One item of a list that merely names it: "such as unwrapped food, medicine, seeds"."""
    if _LIST_MARKER.search(low, max(0, start - 160), start) is None:
        return False
    window = low[max(0, start - 160) : start]
    cut = max(window.rfind(mark) for mark in _SENTENCE_END)
    sentence = window[cut + 1 :]
    markers = list(_LIST_MARKER.finditer(sentence))
    if not markers:
        return False
    marker = markers[-1]
    between = sentence[marker.end() :]
    if len(_WORDS.findall(between)) <= 2:
        return True  # "zoals medicijnen", "such as prescription medicines"
    while end < len(low) and low[end].isalnum():
        end += 1  # the whole word: "medicine" matched in "medicines,"
    after = low[end : end + 6]
    return "," in between and (
        after[:1] == "," or after.startswith((" and ", " or ", " en ", " of "))
    )


# Cars crash too: "the car crashed" is safety's, not an app crashing.
_VEHICLES = ("car ", "cab ", "bus ", "van ", "taxi ", "uber ", "driver ", "we ", "truck ", "auto ")


# A disruption told after the trip is a complaint, not travel disruption now: "my flight
# last month was delayed 3 hours", "vorige week 2 uur vertraagd".
_PAST = re.compile(
    r"\b(?:last\s+(?:week|month|year|summer|winter|spring|autumn|weekend|christmas)"
    r"|(?:a|one|two|three|few|couple\s+of|\d+)\s+(?:weeks|months|years|week|month|year)\s+ago"
    r"|vorige\s+(?:week|maand|zomer|winter|keer)|vorig\s+jaar|(?:weken|maanden|jaar)\s+geleden)\b"
)


def _sentence_start(low: str, start: int) -> int:
    """Where the sentence of a match at `start` begins (looking back at most 120 characters)."""
    before = low[max(0, start - 120) : start]
    return start - len(before) + max(before.rfind(mark) for mark in _SENTENCE_END) + 1


def _past(low: str, start: int, end: int) -> bool:
    """A past-time marker in the sentence of the match."""
    begin = _sentence_start(low, start)
    after = low[end : end + 120]
    stop = end + min((i for i in (after.find(m) for m in _SENTENCE_END) if i >= 0), default=len(after))
    return _PAST.search(low, begin, stop) is not None


# A question about what would happen is no report that it did: "is it true my account gets
# locked after three wrong PINs?", "what happens if my flight is cancelled?", "klopt het
# dat mijn pas geblokkeerd wordt als ...?". Only markers that cannot open a complaint
# (not a bare "if" or "als": "check if my account is blocked", "als klant ben ik ...").
_HYPOTHETICAL = re.compile(
    r"\b(?:what\s+(?:happens|would\s+happen|will\s+happen)\s+(?:if|when)|what\s+if|is\s+it\s+true"
    r"|in\s+case|hypothetically|what\s+(?:should|do|can|would)\s+(?:i|we)\s+do\s+(?:if|when)|wat\s+gebeurt\s+er\s+(?:als|wanneer|indien)|wat\s+als|stel\s+dat"
    r"|klopt\s+het\s+dat|is\s+het\s+waar\s+dat)\b"
)


def _hypothetical(low: str, start: int) -> bool:
    """A hypothetical marker earlier in the sentence of the match (see `_HYPOTHETICAL`)."""
    return _HYPOTHETICAL.search(low, _sentence_start(low, start), start) is not None


# Numbers go down too: "prices are down" is no outage. (Checked here, not as a lookbehind in
# the rule: a rule that starts with one is tried at every place of every text.)
_FIGURES = ("price ", "prices ", "rates ", "sales ", "costs ", "fees ", "numbers ", "shares ", "stocks ")


def _counts(name: str, start: int, end: int, low: str) -> bool:
    if name == "outage" and low.startswith("crash", start) and low.endswith(_VEHICLES, 0, start):
        return False
    if name == "outage" and low.endswith(_FIGURES, 0, start) and "down" in low[start:end]:
        return False
    if name == "travel" and _past(low, start, end):
        return False
    # A negator before an emoji ("you can't say that 😡😡") does not negate it.
    negated = low[start].isalpha() and _negated(low, start)
    return not (
        negated or _resolved(low, end) or _listed(low, start, end) or _hypothetical(low, start)
    )


# Waiting for a parcel is a delivery complaint (normal), not time pressure: "still not
# delivered", "the package is still not here". A deadline still counts ("need it by
# tonight"), and so does waiting with anything else at stake (money, an outage). English
# only: Dutch "pakket" is as often a bank's package and "verzonden" a mail sent.
_PARCEL = re.compile(
    r"\b(?:deliver\w*|package|parcel|shipment|shipping|shipped|tracking|courier|dispatch\w*)\b"
)
_DEADLINE = re.compile(
    r"\b(?:asap|urgent\w*|immediately|right\s+(?:away|now)|importance|time\s+sensitive|deadline"
    r"|need\s+(?:it|this|them|these)|by\s+(?:today|tonight|tomorrow|\w+day)|flight|exam|interview"
    r"|appointment|wedding|party|birthday|funeral|fly|flying|z\.?s\.?m|dringend\w*|spoed|met\s+spoed"
    r"|vandaag\s+nog|voor\s+(?:vanavond|morgen)|nodig\s+(?:voor|tegen|vóór)|feest|verjaardag|bruiloft)\b"
)


_OWN_LANGUAGES = frozenset({"en", "nl"})
"""Languages whose texts the built-in patterns cover without the other languages'."""
_SURE_OF_LANGUAGE = 40
"""Characters from which a text said to be English or Dutch is taken to be so."""


def assess_urgency(
    text: str,
    sentiment: Sentiment,
    settings: UrgencySettings | None = None,
    *,
    folded: str | None = None,
    places: Iterable[int] | None = None,
    language: str | None = None,
) -> Urgency:
    """The most urgent counting category's level; low for positive messages with none, else
    normal. `places`: where the rules may match, if known (`rules.Places`). `language`: the
    text's, if known; an English or Dutch one is not searched in the other languages."""
    rules = ruleset(settings)
    hits = rules.matcher.find(text, folded, _counts, places)
    # A short text's language is a guess ("volo cancellato" reads as English): it is
    # searched in the other languages whatever it was called.
    if language not in _OWN_LANGUAGES or len(text) < _SURE_OF_LANGUAGE:
        if rules.others is not None:
            for name, found in rules.others.find(text, folded, _counts).items():
                hits.setdefault(name, found)
        # `isascii` is a flag lookup: Latin-script texts pay nothing for the CJK path.
        if not text.isascii() and other_languages.CJK.search(text):
            low = folded if folded is not None else fold(text)
            hits = _cjk_hits(rules, low, text if len(low) == len(text) else low, hits)
        if hits:  # the order the matcher gives: the categories' own
            hits = {c.name: hits[c.name] for c in rules.categories if c.name in hits}
    matched = [c for c in rules.categories if c.name in hits] if hits else []
    suppressed = {name for c in matched for name in c.suppresses}
    matched = [c for c in matched if c.name not in suppressed]
    if len(matched) == 1 and matched[0].name == "pressure":
        low = folded if folded is not None else fold(text)
        if _PARCEL.search(low) and not _DEADLINE.search(low):
            matched = []
    if not matched:
        if sentiment.label is SentimentLabel.POS:
            return Urgency(UrgencyLevel.LOW, (POSITIVE_REASON,), ())
        return Urgency(UrgencyLevel.NORMAL, (), ())
    level = matched[0].level  # categories come most urgent first
    if level is UrgencyLevel.LOW and sentiment.label is not SentimentLabel.POS:
        level = UrgencyLevel.NORMAL
    reasons = tuple(f"{c.label}: {hits[c.name].quote!r}" for c in matched)
    return Urgency(level, reasons, tuple(c.name for c in matched))


__all__ = ["BUILTIN", "BUILTIN_NAMES", "Category", "Ruleset", "assess_urgency", "fold", "ruleset"]
