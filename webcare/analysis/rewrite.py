"""Rewriting a text for VADER: emoji to tokens, complaint, praise and neutral phrases to
one token each, and for Dutch the names, the concessions, the "too much" of "te", the
clause-final negators and the function words VADER understands in English (see
webcare.analysis.sentiment). Pure once loaded."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from webcare.analysis.decline import decline_phrases, told_by_time
from webcare.analysis.fact_complaints import complaint_phrases, praise_phrases
from webcare.analysis.language import TOKEN as _TOKEN
from webcare.analysis.lexicon import (
    COMPLAINT_PHRASES_EN,
    COMPLAINT_PHRASES_NL,
    DUTCH_FUNCTION_WORDS,
    DUTCH_LEXICON,
    EMOJI_TOKENS,
    NEUTRAL_PHRASES_EN,
    NEUTRAL_PHRASES_NL,
    PRAISE_PHRASES_EN,
    PRAISE_PHRASES_NL,
    SERVICE_LEXICON,
)
from webcare.analysis.lost_and_repeated import lost_and_repeated_nl
from webcare.analysis.opinion_words import opinion_finite_verbs, split_verbs
from webcare.analysis.patterns import ordered_alternation
from webcare.analysis.phrase_search import FirstPhrase
from webcare.analysis.phrase_search import phrases as _phrases
from webcare.analysis.phrase_search import sub_folded as _sub_folded
from webcare.analysis.vader import (
    COMPLAINT_TOKEN,
    EXCESS_TOKEN,
    PRAISE_TOKEN,
    analyser,
    english_in_dutch,
    may_have_emoji,
)

# Per analyser language: a Dutch text is not searched for English phrases and vice versa,
# which halves the cost of the slowest step of the analysis.
_COMPLAINTS = {"nl": _phrases(COMPLAINT_PHRASES_NL), "en": _phrases(COMPLAINT_PHRASES_EN)}
_PRAISES = {"nl": _phrases(PRAISE_PHRASES_NL), "en": _phrases(PRAISE_PHRASES_EN)}
_COMPLAINTS_FOLDED = {"nl": _phrases(COMPLAINT_PHRASES_NL, flags=0)}
_COMPLAINTS_FOLDED["en"] = _phrases(COMPLAINT_PHRASES_EN, flags=0)
_PRAISES_FOLDED = {"nl": _phrases(PRAISE_PHRASES_NL, flags=0)}
_PRAISES_FOLDED["en"] = _phrases(PRAISE_PHRASES_EN, flags=0)
_NEUTRALS = {"nl": _phrases(NEUTRAL_PHRASES_NL), "en": _phrases(NEUTRAL_PHRASES_EN)}
_NEUTRALS_FOLDED = {"nl": _phrases(NEUTRAL_PHRASES_NL, flags=0)}
_NEUTRALS_FOLDED["en"] = _phrases(NEUTRAL_PHRASES_EN, flags=0)
NEUTRAL_TOKEN = "wcneutral"
"""What `phrases` records for a fixed expression read as neutral; VADER never sees it."""
# The passes in order; "per stuk", "in goede orde", "please help": no opinion in a neutral.
_PASSES = (
    (_COMPLAINTS, _COMPLAINTS_FOLDED, COMPLAINT_TOKEN),
    (_PRAISES, _PRAISES_FOLDED, PRAISE_TOKEN),
    (_NEUTRALS, _NEUTRALS_FOLDED, NEUTRAL_TOKEN),
)
# The word after a function word is captured too: see `_rewrite_function_word`.
_FUNCTION_WORDS_ORDER = sorted(DUTCH_FUNCTION_WORDS, key=len, reverse=True)
_FUNCTION_WORDS_PATTERN = r"\b({})\b(?=(?:\s+([\w'-]+))?)"
_FUNCTION_WORDS = re.compile(
    _FUNCTION_WORDS_PATTERN.format("|".join(_FUNCTION_WORDS_ORDER)), re.IGNORECASE
)
# Not led by its letters as the phrase lists are (`phrase_search._led`): its words start
# with most letters, and a letter is a dearer stop than a failed `\b` (2.5 -> 3.2 µs a tweet).
_FUNCTION_WORDS_FOLDED = re.compile(
    _FUNCTION_WORDS_PATTERN.format(ordered_alternation(_FUNCTION_WORDS_ORDER))
)
# Each function word's first run of word characters ("zo" of "zo'n"): see `word_runs`.
_FUNCTION_RUNS = frozenset(re.findall(r"\w+", word)[0] for word in DUTCH_FUNCTION_WORDS)
# Dutch "te" before an adjective says "too much": "te duur", "veel te klein", "te zout";
# before a praise word it is praise ("te gek", "te leuk voor woorden").
# Infinitives after "te" end in -n ("te eten", "te gaan", "te zijn") and are left alone.
_EXCESS_PATTERN = (
    r"\b(?:veel\s+|veels\s+|echt\s+|wel\s+|iets\s+|wat\s+)?te\s+"
    # "te gek", "te leuk voor woorden", "te mooi om waar te zijn": praise, not too much.
    r"(?!(?:gek|gekke|leuk|mooi|gaaf|lief|schattig|grappig|spannend|heerlijk|prachtig|tof|vet"
    r"|koop|voet|gast|pas|veel\s+moeite|midden|goed\s+om|meer|minder|beter)\b)"
    r"(?![a-zé]{3,}ere?\b)[a-zé]+(?<!n)\b"
)
_EXCESS = re.compile(_EXCESS_PATTERN, re.IGNORECASE)
_EXCESS_FOLDED = _phrases((_EXCESS_PATTERN,), flags=0)
EMOJI = re.compile("[" + "".join(sorted(EMOJI_TOKENS)) + "]")
_NOT_FOR_NOTHING = re.compile(r"\bniet\s+voor\s+(?:niets|niks)\b")
# A sentence that opens with its concession ("Hoewel de bediening traag was, het eten was
# top"; "Ondanks de drukte, vriendelijke bediening") says its verdict after the comma:
# read as "A maar B", so VADER's but-rule weighs the main clause.
_CONCESSION = re.compile(
    r"(?:^|(?<=[.!?])\s+)(?:hoewel|alhoewel|ofschoon|ondanks|weliswaar)\s+([^,.!?;]{3,150}),",
    re.IGNORECASE,
)
# "X, alleen Y" is "X, maar Y" ("Mooi verhaal, alleen klopt er niets van", "Lekker eten,
# alleen de bediening was traag"); not "alleen maar" (merely), "alleen al", "alleen samen".
_CONTRAST_ALLEEN = re.compile(r",\s*alleen\b(?!\s+(?:maar|al|samen)\b)", re.IGNORECASE)
# A reply to someone that opens with its answer and goes on to the facts ("@brand Yes, I
# did", "@brand Sure, my order number is ...") answers a question; VADER would read yes,
# sure and ok as praise. Not "Yes!", a bare "Yep", a chat's "yeah, but ..." or "ok again",
# nor a review's "Yes, I recommend it" (no handle: no reply).
_LEADING_ANSWER = re.compile(
    r"(?:@\w+[\s,:]+)+(yes|yeah|yep|yup|sure|ok|okay)\b[,.]?\s+(?=(?:i|i'm|i've|i'll|i’m|i’ve"
    r"|i’ll|im|ive|it|it's|it’s|its|that|that's|that’s|this|my|we|we've|we're|please|thanks|thank|the|dm"
    r"|will|did|done|sent|a|an|none|nothing|no|not|there|still|already|many|multiple|several|they)\b)",
    re.IGNORECASE,
)
# A clause that ends in its negator; the negator and the punctuation after it are kept apart.
_CLAUSE_FINAL_NEGATION = re.compile(r"\s(?:niet|nooit)(?=\s*(?:[.,;:!?\n]|$))", re.IGNORECASE)


def prepare(text: str, language: str, words: set[str] | None = None) -> tuple[str, dict[str, str]]:
    """Rewrite the text for VADER; returns it with the phrases found and the token each became.

    `words` are the text's `word_runs`, if known: a Dutch pass whose word the text lacks
    (a name VADER reads as English, "te", a function word) is skipped, its scan saved.
    """
    phrases: dict[str, str] = {}

    def mark(token: str) -> Callable[[re.Match[str]], str]:
        def replace(match: re.Match[str]) -> str:
            phrases[" ".join(match.group(0).lower().split())] = token
            return " " if token == NEUTRAL_TOKEN else f" {token} "

        return replace

    if may_have_emoji(text):
        text = EMOJI.sub(emoji_token, text)
    if language == "nl" and (
        '"' in text or "“" in text or "„" in text or "‘" in text or "'" in text
    ):
        sneer = mark(COMPLAINT_TOKEN)
        text = _QUOTED.sub(lambda match: _unquote_praise(match, sneer), text)
    if language == "nl" and "#" in text:
        split = _HASHTAG_PHRASE.sub(_split_hashtag, text)
        if split != text:
            text, words = split, None  # new words: no pass may be skipped by the runs
    if language == "en" and (answer := _LEADING_ANSWER.match(text)):
        phrases[answer.group(1).lower()] = NEUTRAL_TOKEN
        text = text[: answer.start(1)] + " " + text[answer.end(1) :]
    if language == "nl" and (" ni" in text or "\nni" in text) and (words is None or "nie" in words or "ni" in words):
        # Flemish "nie"/"ni" is "niet": "mijn pakske is nie geleverd" is the complaint
        # phrase "niet geleverd".
        flemish = _FLEMISH_NOT.sub("niet", text)
        if flemish != text:
            text, words = flemish, None if words is None else words | {"niet"}
    low = text.lower()
    if len(low) != len(text):
        words = None  # case-insensitive patterns then: "NİET" is "niet" to them
    if language == "nl" and (words is None or not english_in_dutch().isdisjoint(words)):
        if _NAME.search(text):
            text = _NAME.sub(_unname, text)
            low = text.lower()
    # One search for all three lists first: most texts have none. The complaints start at its
    # match, the praise and neutral lists at their own first phrase in the text as the pass
    # before left it (none: not searched). A text lower() changes in length: all, case-blind.
    firsts = _first_phrases(language) if len(low) == len(text) else None
    start = 0 if firsts is None else firsts[0].start(low)
    if start is not None:
        searched = text  # `low` is its lower case; `_sub_folded` returns it if it replaced nothing
        for index, (patterns, folded, token) in enumerate(_PASSES):
            at = start
            if firsts is not None and index:
                if text is not searched:
                    searched, low, start = text, text.lower(), 0
                found = firsts[index].start(low, start)
                if found is None:
                    continue
                at = found
            text = _sub_folded(patterns[language], folded[language], text, mark(token), at)
    if language == "nl":
        text = told_by_time(text, words, mark, analyser("nl").lexicon)
        text = _stated_facts(text, words, mark)
        # "niet voor niets verkozen tot beste" stresses, it does not negate.
        if "niet voor ni" in text:
            text = _NOT_FOR_NOTHING.sub(" ", text)
        low = text.lower()
        if "hoewel" in low or "ondanks" in low or "ofschoon" in low or "weliswaar" in low:
            text = _CONCESSION.sub(_concession, text)
            words = None  # "maar" may come in
        if "alleen" in low and _CONTRAST_ALLEEN.search(text):
            text = _CONTRAST_ALLEEN.sub(", maar", text)
            words = None
        if words is None or "te" in words:
            text = _sub_folded(_EXCESS, _EXCESS_FOLDED, text, mark(EXCESS_TOKEN))
        text = _join_separable(text, phrases, words)
        text = _negate_final_negators(_negate_after_verb(text, words))
        if words is None or not _FUNCTION_RUNS.isdisjoint(words):
            text = _sub_folded(
                _FUNCTION_WORDS, _FUNCTION_WORDS_FOLDED, text, _rewrite_function_word
            )
    return text, phrases


_FACT_SOURCES = tuple(
    (anchors, source, token)
    for token, group in (
        (COMPLAINT_TOKEN, complaint_phrases() + decline_phrases()[0] + lost_and_repeated_nl()),
        (PRAISE_TOKEN, praise_phrases() + decline_phrases()[1]),
    )
    for anchors, source in group
)
"""Complaints and praise stated as facts (webcare.analysis.fact_complaints), each with
its anchor words and the token it becomes; complaints first."""


@functools.cache
def _fact(index: int) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Fact phrase `index` (its pattern, and the one for a folded text), compiled on the
    first text that holds its words (compiling all of them on the first Dutch text cost a
    one-off `webcare analyze` about 0.1 s)."""
    source = _FACT_SOURCES[index][1]
    return _phrases((source,)), _phrases((source,), flags=0)


_FACT_WORDS: dict[str, list[int]] = {}
"""Each first-set word of a fact phrase, with the phrases (by index) it may open."""
for _index, (_sets, _, _) in enumerate(_FACT_SOURCES):
    for _word in _sets[0]:
        _FACT_WORDS.setdefault(_word, []).append(_index)
_FACT_ANCHORS = frozenset(_FACT_WORDS)
_WORD_RUN = re.compile(r"\w+")


def _stated_facts(
    text: str, runs: set[str] | None, mark: Callable[[str], Callable[[re.Match[str]], str]]
) -> str:
    """ "Het brood was oud", "er zat een haar in mijn soep", "binnen tien minuten op tafel":
    each fact phrase is searched only in a text whose word runs meet each of its word sets
    (the state and the thing, say), so most texts cost a set test. Complaints first."""
    if runs is None:
        runs = set(_WORD_RUN.findall(text.lower()))
    hits = _FACT_ANCHORS.intersection(runs)
    if not hits:
        return text
    for index in sorted({i for word in hits for i in _FACT_WORDS[word]}):
        sets, _, token = _FACT_SOURCES[index]
        if all(not words.isdisjoint(runs) for words in sets[1:]):
            pattern, folded = _fact(index)
            text = _sub_folded(pattern, folded, text, mark(token))
    return text


# A word or two of praise in quotes is a mention or a sneer, not the writer's praise: 'een
# "smakelijk" of "dankuwel" waren ver te zoeken', 'allemaal „fantastische toezeggingen”'.
# One word of praise alone in quotes before the words it qualifies is scare quotes, the
# writer's sneer: "Wat een 'solidariteit' van ...", "de 'tijdelijke' maatregel bestaat al
# vijf jaar". Plain apostrophes count only so, and with no letter outside them ("z'n",
# "auto's" are words).
_QUOTED = re.compile(r'["“„‘]([^"“”„‘’\n]{1,40})["”’]' r"|(?<![\w'])'([^'\"\n]{1,40})'(?!\w)")
_QUOTED_WORDS = 3
# Scare quotes qualify what follows ("de 'tijdelijke' maatregel", "een 'vriendelijke' ober"
# or "of"): a quoted word at a sentence's end is a verdict ("in één woord 'PRACHTIG'."),
# one with a capital a title ("de 'Favoriet' serie").
_SCARED = re.compile(r"\s+\w")
# Words a shop puts in quotes to name an offer, not to sneer: '"gratis" verzending'.
_NAMING_PRAISE = frozenset({"gratis", "extra"})


def _unquote_praise(match: re.Match[str], sneer: Callable[[re.Match[str]], str]) -> str:
    inner = match.group(1) if match.group(1) is not None else match.group(2)
    words = _TOKEN.findall(inner.lower())
    apostrophes = match.group(1) is None
    if len(words) > (1 if apostrophes else _QUOTED_WORDS):
        return match.group(0)
    lexicon = analyser("nl").lexicon
    if not any(lexicon.get(word, 0.0) > 0 for word in words):
        return match.group(0)
    if (
        len(words) == 1
        and words[0] not in _NAMING_PRAISE
        and not inner.lstrip()[:1].isupper()
        and _SCARED.match(match.string, match.end())
    ):
        return sneer(match)
    return match.group(0) if apostrophes else " "


# A hashtag glues a phrase into one word: "#zwakkezaak" is "zwakke zaak". One that opens
# with an inflected opinion adjective (its -e: an adjective before its noun) is read as the
# two words; "#blijfthuis" holds no "blij", "#veiligheid" no "veilig" (no -e, so no split).
# One that opens with a negator before a known word is the two: "#nietnormaal", "#nietoké".
_HASHTAG_PHRASE = re.compile(r"#([^\W\d_]{7,30})\b")
_HASHTAG_NEGATORS = ("niet", "nooit", "geen")
_HASHTAG_CALL = re.compile(
    r"(\w+?)(?:moetweg|moetaftreden|aftreden|opstappen)|(rutte|kabinet\w*|minister\w*)weg"
)
_HASHTAG_MODIFIER = 5
_HASHTAG_HEAD = 3
_HASHTAG_VALENCE = 1.5


def _split_hashtag(match: re.Match[str]) -> str:
    tag = match.group(1).lower()
    lexicon = analyser("nl").lexicon
    if tag in lexicon:
        return match.group(0)
    # A call to go: "#rutteweg", "#kabinetmoetweg", "#dejongeaftreden" ("moet aftreden" is
    # a complaint phrase).
    if (call := _HASHTAG_CALL.fullmatch(tag)) is not None:
        return f" {call.group(1) or call.group(2)} moet aftreden "
    # A negated verdict glued: "#nietnormaal", "#nietoké", "#nooitmeer".
    for negator in _HASHTAG_NEGATORS:
        if tag.startswith(negator) and tag[len(negator) :] in lexicon:
            return f" {negator} {tag[len(negator) :]} "
    for cut in range(len(tag) - _HASHTAG_HEAD, _HASHTAG_MODIFIER - 1, -1):
        modifier = tag[:cut]
        if modifier[-1] == "e" and abs(lexicon.get(modifier, 0.0)) >= _HASHTAG_VALENCE:
            return f" {modifier} {tag[cut:]} "
    return match.group(0)


# In a Dutch text an English word written with a capital after the sentence's first word
# is a name: a band, a game, a product ("Dus Rancid luisteren", "Run The Jewels",
# "Championship Manager"), not the writer's opinion.
# Led by the capital (the lookbehind then reads the two characters before it too): a regex
# that opens with a lookbehind is tried at every place of the text.
_NAME = re.compile(r"[A-Z](?<=[\w,;:)] [A-Z])[a-z]{2,}\b")


def _unname(match: re.Match[str]) -> str:
    word = match.group(0)
    return "wcname" if word.lower() in english_in_dutch() else word


def _concession(match: re.Match[str]) -> str:
    start = " " if match.group(0)[:1].isspace() else ""
    return f"{start}{match.group(1)} maar"


def emoji_token(match: re.Match[str]) -> str:
    return f" {EMOJI_TOKENS[match.group(0)]} "


_END_MARKS = ".,;:!?"
_END_TUPLE = tuple(_END_MARKS)  # "" (a double space) ends no clause
_AFTER_VERB_NEGATORS = frozenset({"niet", "nooit", "niemand", "geen"})
_PARTICLES = frozenset(
    particle for joined in split_verbs().values() for particle in joined
)  # "aan", "af", "tegen", ...
_VERB_REACH = 3
"""How many words may stand between an opinion verb and the negator after it."""


def _join_separable(text: str, phrases: dict[str, str], runs: set[str] | None) -> str:
    """ "Ik raad het iedereen aan." reads "aanraad": a main clause splits a separable verb
    and puts its particle at the clause's end. A listed opinion verb's finite form whose
    particle ends its clause (before a mark or the text's end) is written joined, the
    particle dropped; "hij liep vast in de modder" (no particle at the end) stays. The
    verb and its particle are recorded in `phrases` as the joined form, which the
    lexicon weighs. `runs`: the text's word runs, if known (a cheap test first)."""
    split = split_verbs()
    if runs is not None and (split.keys().isdisjoint(runs) or _PARTICLES.isdisjoint(runs)):
        return text
    words = text.split(" ")
    if split.keys().isdisjoint(w.lower() for w in words):
        return text
    changed = False
    for at, word in enumerate(words):
        joined = split.get(word.lower())
        if joined is None:
            continue
        for after in range(at + 1, len(words)):
            later = words[after]
            bare = later.rstrip(_END_MARKS)
            form = joined.get(bare.lower())
            if form is not None and (bare != later or after == len(words) - 1):
                phrases[f"{word.lower()} … {bare.lower()}"] = form
                words[at], words[after] = form, later[len(bare) :]
                changed = True
                break
            if bare != later:
                break  # the clause ended without the particle
    return " ".join(words) if changed else text


def _negate_after_verb(text: str, runs: set[str] | None) -> str:
    """ "Het boek boeide me niet echt" and "ik raad het niemand aan" negate the verb: a
    Dutch main clause puts its negator after the finite verb, where VADER does not look.
    The negator moves in front of the nearest listed opinion verb up to three words back
    in its clause (not past a comma), so it does not also negate what follows ("niet
    echt" is no booster). `runs`: the text's word runs, if known."""
    verbs = opinion_finite_verbs()
    if runs is not None and (verbs.isdisjoint(runs) or _AFTER_VERB_NEGATORS.isdisjoint(runs)):
        return text
    if not any(negator in text for negator in _AFTER_VERB_NEGATORS):
        return text
    words = text.split(" ")
    changed = False
    for at, word in enumerate(words):
        bare = word.rstrip(_END_MARKS)
        if bare.lower() not in _AFTER_VERB_NEGATORS:
            continue
        for before in range(at - 1, max(-1, at - 1 - _VERB_REACH), -1):
            previous = words[before]
            if previous[-1:] in _END_TUPLE:
                break
            if previous.lower() in verbs:
                words[before] = f"not {previous}"
                words[at] = word[len(bare) :]
                changed = True
                break
    return " ".join(words) if changed else text


def _negate_final_negators(text: str) -> str:
    """ "Sympathiek zijn ze zeker niet." negates the opinion words before the final "niet".

    VADER only looks back from an opinion word for its negator, so the negator is moved in
    front of each opinion word of its clause; not in front of a word that comments on the
    negation ("het eten helaas niet": unfortunately). A clause of no opinion word after a
    comma is an ellipsis of the clause before it: "De locatie is prachtig, het eten helaas
    niet." denies the praise before the comma of the food ("... het eten helaas not
    prachtig").
    """
    if "niet" not in text and "nooit" not in text:
        return text
    lexicon = analyser("nl").lexicon
    out: list[str] = []
    position = 0
    for match in _CLAUSE_FINAL_NEGATION.finditer(text):
        start = max(text.rfind(mark, position, match.start()) for mark in ".,;:!?\n") + 1
        clause = text[max(start, position) : match.start()].split(" ")
        negated = [
            f"not {w}" if (bare := w.lower().strip("'\"")) in lexicon and bare not in _COMMENTS else w
            for w in clause
        ]
        if negated == clause:
            praise = _elided_praise(text, start, match.start(), position, lexicon)
            if praise is None:
                continue
            negated = [*clause, f"not {praise}"]
        out.append(text[position : max(start, position)])
        out.append(" ".join(negated))
        position = match.end()
    out.append(text[position:])
    return "".join(out)


# Words that comment on a negation rather than being negated: "helaas niet", "gelukkig niet".
_COMMENTS = frozenset("helaas gelukkig jammer spijtig jammergenoeg uiteraard natuurlijk zeker".split())
# An ellipsis: a short clause of a noun phrase and the negator ("de bediening niet", "het
# eten helaas niet", "de prijs echter niet").
_ELLIPSIS = re.compile(
    r"\s*(?:de|het|die|dat|onze|ons|mijn|m'n|hun|zijn|haar|the)\s+[\w'-]+(?:\s+(?:helaas|jammer\s+genoeg|spijtig\s+genoeg|echter|dan\s+weer|weer))?\s*",
    re.IGNORECASE,
)


def _elided_praise(
    text: str, start: int, end: int, position: int, lexicon: dict[str, float]
) -> str | None:
    """The praise word of the clause before the comma at `start`, when the clause from
    `start` to its final negator (at `end`) is an ellipsis of it ("..., de bediening
    niet"); else None."""
    if start <= position or text[start - 1] != ",":
        return None
    if _ELLIPSIS.fullmatch(text, start, end) is None:
        return None
    begin = max(text.rfind(mark, 0, start - 1) for mark in ".;:!?\n") + 1
    praise = [w for w in re.findall(r"[\w'-]+", text[begin : start - 1]) if lexicon.get(w.lower(), 0.0) > 1.0]
    return praise[-1].lower() if len(praise) == 1 else None


@functools.cache
def _first_phrases(language: str) -> tuple[FirstPhrase, FirstPhrase, FirstPhrase]:
    """Where the first phrase is: of the complaint, praise and neutral lists in one search
    (most texts have none, and then none of the passes changes them), of the praise list,
    and of the neutral list."""
    nl = language == "nl"
    complaints = COMPLAINT_PHRASES_NL if nl else COMPLAINT_PHRASES_EN
    praises = PRAISE_PHRASES_NL if nl else PRAISE_PHRASES_EN
    neutrals = NEUTRAL_PHRASES_NL if nl else NEUTRAL_PHRASES_EN
    return FirstPhrase(complaints, praises, neutrals), FirstPhrase(praises), FirstPhrase(neutrals)


_FLEMISH_NOT = re.compile(r"(?<=\s)(?:nie|ni)\b(?!['’-])")
_MARKS = tuple(",.;:!?")  # a tuple, not a str: the empty string at the text's end is no mark


def _rewrite_function_word(match: re.Match[str]) -> str:
    word = match.group(1).lower()
    english = DUTCH_FUNCTION_WORDS[word]
    # Dutch often ends a clause with its negator ("inloggen lukt niet, storing?"); VADER
    # ignores punctuation, so a "not" there would flip the next clause's opinion word.
    if english in ("not", "never") and match.string[match.end() : match.end() + 1] in _MARKS:
        return match.group(1)
    # "vreselijk", "super", "erg" boost an opinion word after them ("vreselijk slecht") but
    # are the opinion themselves otherwise ("wat een vreselijk bedrijf", "super service").
    if english == "very" and word in DUTCH_LEXICON:
        following = (match.group(2) or "").lower()
        if following not in DUTCH_LEXICON and following not in SERVICE_LEXICON:
            return match.group(1)
    # "weinig" negates an opinion word after it ("weinig vriendelijk") and is itself a mild
    # complaint otherwise ("weinig keuze").
    if english == "not" and word in DUTCH_LEXICON:
        if (match.group(2) or "").lower() not in analyser("nl").lexicon:
            return match.group(1)
    return english
