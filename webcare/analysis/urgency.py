"""Urgency of a mention: a taxonomy of categories, each with a level, Dutch (Flemish too) and
English patterns (and other languages': `urgency_other_languages`), and reasons that
quote what matched. Pure.

Categories and their built-in levels (the mapping README.md documents):

  critical  safety      accidents and near misses, fire, injuries, a customer stranded on the road,
                        water near the electrics, someone shut in a lift, a gas smell
            health      hospital, illness, allergic reactions, medicine, baby food
  high      vulnerable  bereavement, serious illness, disability, a home without heat or
                        power with a child or an old person in it: a person answers, gently
            fraud       hacked accounts, phishing and its victims, unknown charges, data leaks
            money       charged twice, many times the quote, money lost, held or not arriving
            blocked     an account or card blocked, frozen or closed; access codes dead
            outage      down, crashing, error codes, cannot log in, pay, connect: "werkt niet"
            travel      disruption now: hours of delay, cancelled or diverted, connection
                        missed, bags lost
            legal       lawyers, courts, regulators, ombudsmen, consumer bodies
            churn       cancelling, closing accounts, switching, "nooit meer", uninstalling
            escalation  going public: press, journalists, TV (Radar, Kassa, RTL Nieuws),
                        newspapers, "ik zet dit op Twitter", "mijn volgers", viral, influencers;
                        over the agent's head: "I want to speak to a manager"; staff
                        threatening the author: "de bezorger werd agressief"
            anger       insults at the brand ("you are liars", "bende oplichters")
            pressure    time pressure: a flight or event today or tomorrow, "asap", "dringend";
                        waiting already: "al 3 dagen", "nog steeds niet", "for the third time";
                        a failure counted: "de derde keer dat mijn pakket niet komt";
                        a failure that has lasted: "down since yesterday"
  normal    nothing urgent matched, and the message needs a reply
  low       nothing urgent matched and the mention is positive (praise, thanks)

The most urgent matching category decides the level; every matching category is a reason,
quoting the first place it counts. Waiting for a parcel with nothing else at stake is a
delivery complaint (normal), not time pressure (English wording); a delay told with a past marker ("last
week") is a complaint, not travel disruption now. A match does not count when it is negated ("geen
storing", "not hacked"), resolved in the same sentence ("storing is opgelost", "outage
issue solved"), one item of a list ("such as unwrapped food, medicine"), a scam in a clause
that reports news or a warning ("read that customers of some bank lost … to a scam"), or,
for a regulator or a medicine, in a how-to question. Besides its phrases a category has word families
(`urgency_families`: its symptom words in all their forms), each counted only in its frame
(someone the author speaks for affected, another's hand, money still taken …). A category may
suppress others: a bereavement's "kan niet inloggen" is the estate's login, not an outage.
An author's reach is not urgency: priority counts it separately. Emotional moments are
urgent whatever the amount involved; `route` uses each category's flags. Where nothing
counts, `urgency_cues` reads plain cues that come together (a deadline in the way, …).

The config adds categories, changes a built-in's level or flags, adds to (or replaces) its
patterns, and disables categories: `[urgency]` in config.example.toml.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from webcare.analysis import compiled, urgency_additions, urgency_families, urgency_lexicon
from webcare.analysis import urgency_other_languages as other_languages
from webcare.analysis.churn_direction import TOWARDS_US_EN, TOWARDS_US_NL, arriving
from webcare.analysis.match_context import (
    LEADING_HANDLES,
    SENTENCE_END,
    clause_before,
    code_asked,
    first_mark,
    going_on,
    how_to,
    hypothetical,
    listed,
    negated,
    negated_after,
    news_told,
    reported,
    resolved,
    sentence_end,
    sentence_start,
    titled,
    unfounded,
)
from webcare.analysis.patterns import contains_any, quick_search
from webcare.analysis.rules import RuleMatcher, fold, user_pattern
from webcare.analysis.urgency_checks import (
    ASKED_ABOUT,
    FIGURE_OR_PLAN,
    calmed,
    changing_trains,
    figure_or_plan,
    never_taken_out,
    no_hurry,
    small_jump,
    told_past,
    trip_over,
)
from webcare.analysis.urgency_cues import cue_hit
from webcare.analysis.urgency_lexicon import BUILTIN, BUILTIN_NAMES, POSITIVE_REASON, Category
from webcare.model import Sentiment, SentimentLabel, Urgency, UrgencyLevel
from webcare.model import urgency as new_urgency
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
    cjk: re.Pattern[str] | None = None  # their CJK keywords, and each one's category
    cjk_names: dict[str, str] | None = None
    others: RuleMatcher | None = None  # their es/fr/pt/de/it patterns (not for en, nl)

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
    cjk, cjk_names = other_languages.cjk_keywords(categories)
    return Ruleset(
        tuple(ordered),
        RuleMatcher([(c.name, c.patterns) for c in ordered]),
        frozenset(c.name for c in ordered if c.emotional),
        frozenset(c.name for c in ordered if c.monetary),
        frozenset(c.name for c in ordered if c.human),
        cjk,
        cjk_names,
        RuleMatcher([(c.name, others.get(c.name, ())) for c in ordered]),
    )


# ---------------------------------------------------------------- context of a match
# Cars crash too: "the car crashed" is safety's, not an app crashing.
_VEHICLES = ("car ", "cab ", "bus ", "van ", "taxi ", "uber ", "driver ", "we ", "truck ", "auto ")


# Numbers go down too: "prices are down" is no outage. (Checked here, not as a lookbehind in
# the rule: a rule that starts with one is tried at every place of every text.)
_FIGURES = ("price ", "prices ", "rates ", "sales ", "costs ", "fees ", "numbers ", "shares ", "stocks ")


# (The regexes compiled through `quick_search` are only searched for whether they are there.)
# Dutch outages that are not today's: over ("vorige maand kon ik niet inloggen", "vroeger
# crashte de app"), recurring ("werkt niet altijd", "valt soms weg", "drops out
# sometimes": degraded, a quality complaint, in English too),
# never had ("storingen heb ik nog nooit meegemaakt") or someone else's ("de storing bij de
# andere banken"). Clause by clause, so "vroeger crashte hij vaak, sinds gisteren kan ik
# niet inloggen" still counts its second half.
_PAST_NL = re.compile(quick_search(
    r"\b(?:vroeger|destijds|toen|gisteren|eergisteren|vorige\s+(?:week|maand|keer|zomer|winter)"
    r"|vorig\s+jaar|(?:dagen|weken|maanden|jaren|jaar)\s+geleden|in\s+het\s+begin)\b"
))  # fmt: skip
_PAST_VERB_NL = re.compile(quick_search(
    r"\b(?:was|waren|kon|konden|ging|gingen|werkte|werkten|lukte|lukten|lag|lagen|had|hadden"
    r"|crashte|crashten|liep|viel|gaf|kreeg|zat|stond|hing|deed|weigerde|sloot)\b"
))  # fmt: skip
_ONGOING_NL = re.compile(quick_search(
    r"\b(?:sinds|sindsdien|nog\s+steeds|nog\s+altijd|nog\s+niet|nog\s+geen|nu|momenteel|vandaag"
    r"|opnieuw|alweer|weer|steeds|telkens|al\s+(?:\d+|een|twee|drie|enkele|weken|dagen))\b"
))  # fmt: skip
_RECURRING = re.compile(quick_search(
    r"\b(?:soms|vaak|regelmatig|geregeld|af\s+en\s+toe|om\s+de\s+haverklap|nu\s+en\s+dan"
    r"|zelden|(?:elke|iedere)\s+(?:maand|week)|niet\s+altijd"
    # The English of the same (round 46): "sometimes", "randomly", "on and off". (Drops
    # every few minutes are not: too often to work, "thuiswerken is zo onmogelijk".)
    r"|sometimes|randomly|intermittent(?:ly)?|on\s+and\s+off|off\s+and\s+on|from\s+time\s+to\s+time|every\s+now\s+and\s+then"
    r"|(?:every|most)\s+(?:evening|night|morning|afternoon|weekend)s?"
    r"|(?:elke|iedere|op)\s+(?:maan|dins|woens|donder|vrij|zater|zon)dag(?:en|s)?|'?s\s+(?:avonds|nachts|ochtends|middags|zondags|zaterdags))\b"
))  # fmt: skip
_NEVER_HAD_NL = re.compile(
    r"\b(?:nog\s+)?nooit\s+(?:\w+\s+)?(?:gehad|meegemaakt|gezien|voorgekomen|ondervonden)\b"
)
_ELSEWHERE_NL = re.compile(r"\s+(?:bij|van)\s+(?:de\s+|een\s+|alle\s+)?(?:andere|concurrent)")
# A piece of any word the checks above look for: most outages have none and skip them (a
# substring test is far cheaper than a regex search; a false hint only costs the checks).
_NOT_TODAY_HINTS = (
    "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag", "s avond", "s nacht",
    "s ochtend", "s middag",
    "soms", "vaak", "regelma", "geregeld", "af en toe", "haverklap", "nu en dan", "zelden", "elke", "iedere",
    "altijd", "nooit", "vroeger", "destijds", "toen", "gisteren", "vorig", "geleden", "begin",
    "sometimes", "random", "intermittent", " on and off", " off and on", "time to time", "now and then",
    "every evening", "every night", "every morning", "every afternoon", "every weekend",
    "most evening", "most night", "most morning", "most afternoon", "most weekend",
)  # fmt: skip


def _clause_after(low: str, end: int) -> str:
    """The rest of a match's clause: up to a comma, a sentence end, "maar" or "en"."""
    window = low[end : end + 100]
    return window[: first_mark(window, (*SENTENCE_END, ",", " maar ", " en "))]


# "… niet kan betalen" is the customer's outage after "ik"/"we" ("dat ik de app niet meer
# kan activeren"); after "je" it is what the service offers ("jammer dat je niet kan betalen
# met Google Pay"). "Er gebeurt niets" is the app after a tap or a scan, not a complaint.
_NOT_CAN = re.compile(r"nie?t?\s+(?:meer\s+)?k[ao]n\s")
_FIRST_PERSON_NL = re.compile(r"\b(?:ik|we|wij|k)\b")
_UI_ACTION_NL = re.compile(
    r"\b(?:(?:bij|na)\s+(?:het\s+)?\w+|klik\w*|druk\w*|scan\w*|tik\w*|bevestig\w*|open\w*|app|site|website|scherm|pagina|draait)\b"
)


def _not_today_nl(low: str, start: int, end: int) -> bool:
    if _NOT_CAN.match(low, start) and not _FIRST_PERSON_NL.search(clause_before(low, start)):
        return True
    if low.startswith(("gebeurt", "verschijnt"), start) and not _UI_ACTION_NL.search(
        low, sentence_start(low, start), start
    ):
        return True
    if _ELSEWHERE_NL.match(low, end):
        return True
    window = low[max(0, start - 120) : end + 60]
    if not contains_any(window, _NOT_TODAY_HINTS):
        return False
    before = clause_before(low, start)
    clause = f"{before}{low[start:end]}{_clause_after(low, end)}"
    rest = low[end : end + 60]
    rest = rest[: first_mark(rest, (*SENTENCE_END, ","))]
    # A space between: a match that took its trailing space would glue the two ("minutes"
    # + "every": no word boundary between them, no marker found).
    if _RECURRING.search(f"{clause} {rest}") or _NEVER_HAD_NL.search(clause):
        return True
    return _past_nl(low, start, end, clause)


def _past_nl(low: str, start: int, end: int, clause: str | None = None) -> bool:
    """A past-time marker in the sentence, a past-tense verb in the clause, nothing that
    says it goes on ("sinds", "nog steeds", "nu"): "vorig jaar was mijn kaart geblokkeerd"."""
    if clause is None:
        clause = f"{clause_before(low, start)}{low[start:end]}{_clause_after(low, end)}"
    sentence = low[sentence_start(low, start) : end] + _clause_after(low, end)
    return bool(_PAST_NL.search(sentence) and _PAST_VERB_NL.search(clause) and not _ONGOING_NL.search(clause))


# Per category: all its symptoms in one regex (one quick test), then each with its subject
# (see SUBJECT_BEFORE_NL in the lexicon).
_SUBJECTS_NL = {
    name: (
        re.compile("|".join(f"(?:{symptom})" for category, symptom, _ in urgency_lexicon.SUBJECT_BEFORE_NL if category == name)),
        tuple(
            (re.compile(symptom), re.compile(rf"\b{subject}"))
            for category, symptom, subject in urgency_lexicon.SUBJECT_BEFORE_NL
            if category == name
        ),
    )
    for name in {category for category, _, _ in urgency_lexicon.SUBJECT_BEFORE_NL}
}


def _lacks_subject_nl(name: str, start: int, end: int, low: str) -> bool:
    """A symptom-first Dutch match without its subject before it: in its clause for an
    outage ("kredietkaart … geweigerd" is no card that fails), in its sentence otherwise."""
    if name not in _SUBJECTS_NL:
        return False
    anyone, each = _SUBJECTS_NL[name]
    if anyone.fullmatch(low, start, end) is None:
        return False
    for symptom, subject in each:
        if symptom.fullmatch(low, start, end):
            if name == "outage":
                return subject.search(clause_before(low, start)) is None
            return subject.search(low[sentence_start(low, start) : start]) is None
    return False


def _outside_frame(name: str, start: int, end: int, low: str, year: int | None) -> bool:
    """A word family's match (`urgency_families`) in a how-to question, in a report of news
    or a warning, turned hypothetical after its first word, or in a sentence that lacks the
    family's frame; unless one of the
    category's own phrases matches there too (the family's match may have hidden it)."""
    if not urgency_families.family_match(name, start, end, low):
        return False
    begin = sentence_start(low, start)
    stop = sentence_end(low, end, 160)
    sentence = LEADING_HANDLES.sub("", low[begin : stop + 1])
    if not (
        how_to(low, start)
        or reported(low, start)
        or hypothetical(low, end)
        or (name in _HARM and (told_past(low, start, end, year) or _past_nl(low, start, end)))
        or urgency_families.frame_fails(name, start, end, low, sentence, low[end : max(stop, end + 60)])
    ):
        return False
    return _phrases(name).match(low, start) is None


# Categories whose phrases name another's case when told as news or a warning ("saw on the
# news that Xfinity had an outage"); a "terugroepactie" read about may be the customer's own.
_TOLD_OF_OTHERS = frozenset({"fraud", "outage", "travel"})
# A harm told as past ("when I broke my arm earlier this year") is a story, not an emergency.
_HARM = frozenset({"safety", "health"})
@functools.cache
def _phrases(name: str) -> re.Pattern[str]:
    """A built-in category's own phrases (`urgency_additions`' too) in one regex (compiled
    when first needed)."""
    own = (*urgency_lexicon.PHRASES.get(name, ()), *urgency_additions.PATTERNS.get(name, ()))
    return compiled.pattern("|".join(f"(?:{p})" for p in own) or "(?!)")


# "annoying but it works": a nuisance, not an outage.
_STILL_WORKS = re.compile(
    r"[^.!?]{0,80}?\b(?:but|maar)\s+(?:it|het|hij|ze|everything|alles)\s+(?:still\s+|does\s+|nog\s+|wel\s+)?(?:works|werkt|werken)\b(?!\s+(?:niet|nie|not))"
)
_WORKPLACE = (
    "werk in het ", "werk in een ", "werken in het ", "werk bij het ", "werk op de ", "werken op de ",
    "work at the ", "work in the ", "work at a ", "work in a ", "goes past the ", "go past the ",
    "stop at the ", "stops at the ", "stop near the ", "stop outside the ", "opposite the ",
)  # fmt: skip
_TAX_RETURN = re.compile(r"aangifte\s+(?:\w+\s+)?(?:inkomsten|personen|vennootschaps|erf)?belasting|aangifte\s+btw\b")
# "mijn aangifte" is the author's tax return; a report to the police is "aangifte doen".
_MY_RETURN = ("mijn ", "m'n ", "onze ", "belasting")


def _counts(name: str, start: int, end: int, low: str, year: int | None = None) -> bool:
    if _lacks_subject_nl(name, start, end, low):
        return False
    if _outside_frame(name, start, end, low, year):
        return False
    if name == "outage" and (" but " in low or " maar " in low) and _STILL_WORKS.match(low, end):
        return False
    if name in FIGURE_OR_PLAN and figure_or_plan(name, low, start, end):
        return False
    # Where someone works, or a stop on a route, is no patient: "werk in het ziekenhuis".
    if name == "health" and low.endswith(_WORKPLACE, 0, start):
        return False
    # "aangifte" is a police report, or a tax return: "de aangifte inkomstenbelasting".
    if name == "legal" and low.startswith("aangifte", start) and (
        _TAX_RETURN.match(low, start) or low.endswith(_MY_RETURN, 0, start)
    ):
        return False
    if name == "outage" and low.startswith("crash", start) and low.endswith(_VEHICLES, 0, start):
        return False
    if name == "outage" and (_not_today_nl(low, start, end) or code_asked(low, start)):
        return False
    if name == "outage" and told_past(low, start, end, year) and not going_on(low, start, end):
        return False  # "was crashing constantly last year"; not "stopped a week ago, still"
    if name == "blocked" and _past_nl(low, start, end):
        return False
    if name == "churn" and " to " in low[start : end + 40] and TOWARDS_US_EN.search(low, start, end + 40):
        return False
    if name == "churn" and "naar " in low[start : end + 100] and TOWARDS_US_NL.search(
        low, start, end + len(_clause_after(low, end))
    ):
        return False
    if name == "churn" and arriving(low, start, end):
        return False
    if name == "churn" and (never_taken_out(low, start, end) or changing_trains(low, start, end)):
        return False
    if name == "money" and small_jump(low, start, end):
        return False
    if name == "outage" and low.endswith(_FIGURES, 0, start) and "down" in low[start:end]:
        return False
    if name == "travel" and (told_past(low, start, end, year) or trip_over(low, start, end)):
        return False
    if name == "pressure" and no_hurry(low):
        return False
    if name == "pressure" and low.startswith("miss", start) and told_past(low, start, end, year):
        return False  # "cancelled last week and I missed my 2pm meeting": a deadline gone by
    # A negator before an emoji ("you can't say that 😡😡") does not negate it.
    denied = low[start].isalpha() and (negated(low, start) or negated_after(low, start, end))
    asked_about = ASKED_ABOUT.get(name)
    if asked_about is not None and low.startswith(asked_about, start) and how_to(low, start):
        return False
    # News or a warning about a scam names it ("bedankt voor de waarschuwing over die
    # whatsapp-fraude"); other categories' phrases, and a config's, keep counting in a report
    # ("ik las over een terugroepactie" may be the customer's own jar).
    if name in _TOLD_OF_OTHERS and reported(low, start):
        return False
    # A news item on a gas leak or a fire is nobody's emergency here.
    if name in _HARM and news_told(low, start):
        return False
    return not (
        denied
        or resolved(low, end, start)
        or listed(low, start, end)
        or hypothetical(low, start)
        or unfounded(low, start, end)
        or titled(low, start)
    )


def assess_urgency(
    text: str,
    sentiment: Sentiment,
    settings: UrgencySettings | None = None,
    *,
    folded: str | None = None,
    places: Iterable[int] | None = None,
    language: str | None = None,
    rules: Ruleset | None = None,
    towards_brand: re.Pattern[str] | None = None,
    year: int | None = None,
) -> Urgency:
    """The most urgent counting category's level; low for positive messages with none, else
    normal. `places`: where the rules may match, if known (`rules.Places`). `language`: the
    text's, if known; an English or Dutch one is not searched in the other languages.
    `rules`: `ruleset(settings)`, if the caller has it. `towards_brand`: `towards_brand` of
    the brand's names, if known: a switch to the brand is no churn. `year`: the one the text
    was written in, if known: an earlier year named is the past (`told_past`)."""
    if rules is None:  # a caller with many texts passes `ruleset(settings)`, looked up once
        rules = ruleset(settings)
    accept: Callable[[str, int, int, str], bool] = _counts
    if towards_brand is not None or year is not None:
        to_brand = towards_brand

        def accept(name: str, start: int, end: int, low: str) -> bool:
            if (
                to_brand is not None
                and name == "churn"
                and (
                    to_brand.search(low, start, end + len(_clause_after(low, end)))
                    or arriving(low, start, end, to_brand)
                )
            ):
                return False
            return _counts(name, start, end, low, year)

    hits = rules.matcher.find(text, folded, accept, places)
    # A short text's language is a guess ("volo cancellato" reads as English): it is
    # searched in the other languages whatever it was called.
    if language not in other_languages.OWN or len(text) < other_languages.SURE_OF_LANGUAGE:
        if rules.others is not None:
            for name, found in rules.others.find(text, folded, _counts).items():
                hits.setdefault(name, found)
        # `isascii` is a flag lookup: Latin-script texts pay nothing for the CJK path.
        if not text.isascii() and other_languages.CJK.search(text):
            low = folded if folded is not None else fold(text)
            source = text if len(low) == len(text) else low
            hits = other_languages.cjk_hits(rules.cjk, rules.cjk_names, low, source, hits)
        if hits:  # the order the matcher gives: the categories' own
            hits = {c.name: hits[c.name] for c in rules.categories if c.name in hits}
    cues_tried = not hits
    if cues_tried:  # no phrase: cues that come together
        low = folded if folded is not None else fold(text)
        cue = cue_hit(low, text, accept, rules.matcher.names)
        if cue is not None:
            hits = dict((cue,))
    matched = [c for c in rules.categories if c.name in hits] if hits else []
    suppressed = {name for c in matched for name in c.suppresses} if matched else None
    if suppressed:
        matched = [c for c in matched if c.name not in suppressed]
    positive = sentiment.label is _POS
    if matched:
        low = folded if folded is not None else fold(text)
        if calmed([c.name for c in matched], low, [hits[c.name].start for c in matched], positive=positive):
            # The phrases' reading calmed, the cues may still hold (round 58: "Still no £640
            # refund" after a parcel's wait, which alone would be no deadline).
            matched = []
            cue = None if cues_tried else cue_hit(low, text, accept, rules.matcher.names)
            if cue is not None and not calmed([cue[0]], low, [cue[1].start], positive=positive):
                hits, matched = dict((cue,)), [c for c in rules.categories if c.name == cue[0]]
    if not matched:
        if positive:
            return new_urgency(_LOW, (POSITIVE_REASON,), ())
        return new_urgency(_NORMAL, (), ())
    level = matched[0].level  # categories come most urgent first
    if level is _LOW and sentiment.label is not _POS:
        level = _NORMAL
    reasons = tuple(f"{c.label}: {hits[c.name].quote!r}" for c in matched)
    return new_urgency(level, reasons, tuple(c.name for c in matched))


# Read once: an enum member read off its class costs about 900 instructions (Python 3.11).
_POS, _LOW, _NORMAL = SentimentLabel.POS, UrgencyLevel.LOW, UrgencyLevel.NORMAL


__all__ = ["BUILTIN", "BUILTIN_NAMES", "Category", "Ruleset", "assess_urgency", "fold", "ruleset"]
