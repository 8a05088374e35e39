"""Sentiment of a mention, −1…1, with vaderSentiment for English and Dutch. Pure once loaded.

VADER alone reads Dutch as neutral. For Dutch texts webcare runs VADER with a Dutch
lexicon and rewrites Dutch function words VADER understands in English (negators to
"not", boosters to "very", "maar" to "but"), so VADER's negation, intensity, caps,
punctuation and but-rules work on Dutch too. Customer complaints often carry no opinion
word at all ("pakket nog steeds niet bezorgd"), so complaint phrases in both languages
become one strongly negative token before scoring. VADER is imported on first use.

Beyond the words: emoji count in every language (😡 and 🙄 against, 😍 and 👍 for);
sarcasm turns praise around ("Echt geweldig product hoor 🙄", "nou lekker dan", "Wow,
echt fantastisch dat mijn bestelling weer te laat is 👏"); a star rating is strong
evidence (1-2 stars negative, 4-5 positive, unless the text clearly says otherwise); and
a language webcare has no lexicon for is not read with the Dutch or English one: its
sentiment comes from emoji and the rating only, and `words` says so.
"""

from __future__ import annotations

import re

from webcare.analysis.announcement import announced
from webcare.analysis.contrast import contrasted_score
from webcare.analysis.language import TOKEN as _TOKEN
from webcare.analysis.language import has_dutch_opinion_word
from webcare.analysis.lexicon import (
    EMOJI_TOKENS,
    EMOJI_VALENCES,
    POLITICAL_SARCASM_PHRASES,
    POLITICAL_SARCASM_WORDS,
    SARCASM_CUES,
    SARCASM_EMOJI_TOKENS,
    SARCASM_PHRASES,
)
from webcare.analysis.lukewarm import lukewarm_score
from webcare.analysis.patterns import contains_any, quick_search
from webcare.analysis.phrase_search import LedSearch, word_runs
from webcare.analysis.phrase_search import phrases as _phrases
from webcare.analysis.rewrite import EMOJI, NEUTRAL_TOKEN, emoji_token, prepare
from webcare.analysis.sarcastic_thanks import (
    THANKS,
    bare_praise,
    opening_praise,
    praise_then_again,
    praised_harm,
    sarcastic_thanks,
)
from webcare.analysis.speech import (
    QUESTION_PRAISE_WEIGHT,
    VERDICT_AT,
    opening_verdict,
    weigh_speech_act,
)
from webcare.analysis.vader import (
    COMPLAINT_TOKEN,
    EXCESS_TOKEN,
    HEAD_FROM,
    analyser,
    head_of,
    may_have_emoji,
)
from webcare.model import Sentiment, SentimentLabel

POSITIVE_AT = 0.15
NEGATIVE_AT = -0.15
LEXICON_LANGUAGES = ("nl", "en")
"""Languages with a sentiment lexicon; `und` tries both."""


# In the lower-cased text. What every match of a phrase that may start anywhere holds:
# "…, not" (its "not"), "#not", "/s" (`LedSearch`; `test_phrase_search` holds it).
_ANYWHERE_NEEDS = ("not", "#", "/s")
_SARCASM = LedSearch(SARCASM_PHRASES, needs=_ANYWHERE_NEEDS)
# The same without the political phrases, for a text without one of their words: the same
# matches for a search about a sixth cheaper (on a feed item 380,000 instructions, not 450,000).
_SARCASM_APOLITICAL = LedSearch(
    tuple(p for p in SARCASM_PHRASES if p not in POLITICAL_SARCASM_PHRASES), needs=_ANYWHERE_NEEDS
)
# Words every sarcastic phrase but the political ones has: most texts have none, so the
# regex is rarely needed. Looked for as substrings (`contains_any`): a regex search for any
# of them enters its engine at every letter they may start with, the substring tests run in
# C over the text (the sarcasm checks 37,400 -> 31,100 instructions a bench tweet).
_SARCASM_ANCHORS = (
    *"lekker thank great wonderful fantastic brilliant perfect lovely nice yeah glad".split(),
    *"awesome cool amazing excellent super".split(), "good job", "love it",
    *"# /s fraai geloofwaardig consequent".split(),
    "..not", ".. not", "…not", "… not", ", not", "cheers", "dank", "merci",
    "enige wat", "enige dat", "only thing", "ooit", "behalve", " vast ", "until",
    "verhoging", "stijging", "vertraging", "annulering", "uitval", "paying", "being charged",
    "getting charged", "helpful", "useful", "informative", "alweer", "verkeerde", "zoveelste",
    "de tweede keer", "de derde keer", "de vierde keer", "nog steeds niet", "nog steeds geen",
)
# ... and the words the political phrases were looked for by, asked only of a text with one
# of POLITICAL_SARCASM_WORDS whole.
_POLITICAL_SARCASM_ANCHORS = (
    *"knap kabinet minister premier rutte brussel regering coalitie daden".split(),
    *("hebben we", "hadden we", "den haag"),
)
_SARCASM_CUE = _phrases(SARCASM_CUES, flags=0)  # in the lower-cased text, as above
# A word of every cue, without word boundaries: a cheap first test.
_SARCASM_CUE_ANCHORS = (
    *"wow oh jee yay hoera bravo chapeau weer opnieuw altijd again always course hoor bezig".split(),
    *"geregeld gedaan wcemoclap".split(),
    "love how",
    "loving how",
)
LEAN = 0.05
"""The score of a text with no opinion word but a negator ("niet", "geen", "not", "never"):
neutral, leaning negative. Of the opinionated texts among such statements, most are
complaints: of the polar Dutch restaurant sentences 0.934 -> 0.941 get the sign of their
gold label on the even rows, 0.818 -> 0.853 on the odd ones (English tweets 0.964 -> 0.966
and 0.960 -> 0.964, Dutch political tweets 0.751 -> 0.763 and 0.591 -> 0.597). No label
changes, so neither does the ranking."""
# Only whether one is there: `quick_search` lets the engine skip to the words' letters.
_DENIAL = re.compile(quick_search(
    r"\b(?:niet|geen|nooit|niks|niets|nergens|niemand|not|no|never|nothing|nobody|none|nowhere)\b|n't\b"
))  # fmt: skip
_SWITCHED_AT = 0.3
"""How clear the Dutch reading of an English text that reads neutral must be to count."""
_STRONG_PRAISE = 1.8
"""A lexicon word at least this positive is praise that sarcasm can turn around."""


def _score(text: str, language: str, words: set[str] | None = None) -> tuple[float, dict[str, str]]:
    prepared, phrases = prepare(text, language, words)
    score = contrasted_score(analyser(language), prepared, text)
    return lukewarm_score(analyser(language), prepared, phrases, score, language, words), phrases


def analyse_sentiment(
    text: str,
    language: str,
    *,
    rating: int | None = None,
    tokens: list[str] | None = None,
    runs: set[str] | None = None,
) -> Sentiment:
    """Score `text` (−1…1), label it neg/neu/pos and name the words that moved it.

    Dutch texts use the Dutch analyser, English texts VADER's English; a text whose
    language is undetermined ("Prima!", "Slecht", "😡😡") gets the stronger of the two.
    Any other language has no lexicon here: emoji and the rating decide, or it is neutral.
    `rating` (1-5 stars) is strong evidence: see `_with_rating`. `tokens` are
    `language.TOKEN.findall(text.lower())`, if known; `runs` their `word_runs`, if known.
    """
    if language not in LEXICON_LANGUAGES and language != "und":
        return _with_rating(_without_lexicon(text, language), rating)
    if not text.isascii() and _TYPOGRAPHIC.search(text):
        # A phone's apostrophes and quotes: VADER's negators and the phrases are written
        # with "'", and its tokens lose only ASCII punctuation, so "this isn’t good" read as
        # praise and “error” as no word. Same length: no span moves.
        text, tokens, runs = text.translate(_PLAIN_QUOTES), None, None
    if tokens is None:
        all_runs = None
    else:
        all_runs = word_runs(tokens) if runs is None else runs
    # Only the Dutch passes read the word runs (the English ones as before, without them);
    # the sarcasm test reads them in any language (its political phrases need their words).
    runs = None if language == "en" else all_runs
    if language == "und":
        dutch, english = _score(text, "nl", runs), _score(text, "en", runs)
        lang, (score, phrases) = (
            ("nl", dutch) if abs(dutch[0]) > abs(english[0]) else ("en", english)
        )
    else:
        lang = language
        score, phrases = _score(text, lang, runs)
        if score == 0 and lang == "en" and has_dutch_opinion_word(text):
            # Code-switching: "Onvriendelijke mensen, slechtste eten ooit, don't go there!!!"
            # is called English, and English VADER reads its Dutch opinion words as nothing.
            switched, switched_phrases = _score(text, "nl")
            if abs(switched) >= _SWITCHED_AT:
                lang, score, phrases = "nl", switched, switched_phrases
    score = _with_title(text, lang, score)
    lexicon = analyser(lang).lexicon
    if lang == "nl":
        complains = COMPLAINT_TOKEN in phrases.values() or EXCESS_TOKEN in phrases.values()
        score = weigh_speech_act(
            text, score, complains=complains, words=runs, lexicon=lexicon, emoji=_has_emoji
        )
        if (verdict := opening_verdict(text, runs)) and score * verdict < VERDICT_AT:
            score = verdict * VERDICT_AT
        score = announced(text, score)
    elif score > 0 and "?" in text:
        # In English too a question is no compliment: "Can I get help already??", "Any
        # news why my flight diverted? Thanks".
        score *= QUESTION_PRAISE_WEIGHT
    sarcasm = (
        _sarcasm(text, phrases, lexicon, tokens, all_runs)
        or _thanked_for_a_complaint(text, phrases, lexicon, tokens)
        or praised_harm(text, lexicon)
        or praise_then_again(text, lexicon)
    )
    if sarcasm:
        # Praise said with an eye-roll or around a complaint means the opposite.
        score = -max(abs(score), 0.5)
    if score == 0 and _DENIAL.search(text.lower()):
        # No opinion word, but something denied: "Er was geen plaats meer", "De ober kwam
        # niet meer terug". The label stays neutral; the score leans to the side such
        # statements mostly fall on (see LEAN).
        score = -LEAN
    label = _label(score)
    words = _movers(text, phrases, lexicon, label, tokens) if label != SentimentLabel.NEU else ()
    if sarcasm:
        words = (f"sarcasm: {sarcasm}", *words[:4])
    return _with_rating(Sentiment(score=round(score, 4), label=label, words=words), rating)


# Typographic apostrophes and quotes, read as their ASCII forms (`analyse_sentiment`).
_TYPOGRAPHIC = re.compile("[\u2018\u2019\u02bc\u201a\u201c\u201d\u201e]")
_PLAIN_QUOTES = str.maketrans("\u2018\u2019\u02bc\u201a\u201c\u201d\u201e", "''''\"\"\"")

# A review's title is its verdict: "Tegenvaller. Het begin was aardig, ..." Reviews from
# Trustpilot, app stores and shops come as "title. body".
# A title ends with "." or "!", not "?" (a question is no verdict), and a tweet starting
# with "@someone" has none.
_FIRST_SENTENCE = re.compile(r"\s*([^@.!?\n][^.!?\n]{0,59}?[.!]+)\s+\S")
_TITLE_WORDS = 6
_BODY_CHARS = 100
_TITLE_CLEAR = 0.3
_TITLE_WEIGHT = 0.8


def _with_title(text: str, language: str, score: float) -> float:
    """A short first sentence (6 words at most) before a body of 100+ characters weighs
    80% when it is clear: the title is the verdict, a body saying the opposite softens it."""
    if len(text) < _BODY_CHARS + 2:
        return score  # no room for a title (2 characters at least) and a body
    first = _FIRST_SENTENCE.match(text)
    if first is None or len(first.group(1).split()) > _TITLE_WORDS:
        return score
    if len(text) - first.end(1) < _BODY_CHARS:
        return score  # a short message, not a review with a title
    title, _ = _score(first.group(1), language)
    if abs(title) < _TITLE_CLEAR:
        return score
    return _TITLE_WEIGHT * title + (1 - _TITLE_WEIGHT) * score


def _has_emoji(text: str) -> bool:
    return may_have_emoji(text) and EMOJI.search(text) is not None


def _label(score: float) -> SentimentLabel:
    return (
        SentimentLabel.POS
        if score >= POSITIVE_AT
        else SentimentLabel.NEG
        if score <= NEGATIVE_AT
        else SentimentLabel.NEU
    )


def _strong_sarcasm(
    low: str, runs: set[str] | None, tokens: list[str] | None
) -> re.Match[str] | None:
    """A sarcastic phrase in the lower-cased text: the match that searching it for all of
    them, when it has a word of their anchors, finds. Cheaper: a text without a word of
    the political phrases is searched without them, and their anchor words are looked for
    only in a text with one. `runs`, `tokens`: the text's word runs and tokens, if known."""
    if contains_any(low, _SARCASM_ANCHORS):
        if runs is None:
            runs = word_runs(_TOKEN.findall(low) if tokens is None else tokens)
        if POLITICAL_SARCASM_WORDS.isdisjoint(runs):
            return _SARCASM_APOLITICAL.search(low)
        return _SARCASM.search(low)
    # Every other phrase has a word of _SARCASM_ANCHORS: only a political one can match.
    if runs is not None and POLITICAL_SARCASM_WORDS.isdisjoint(runs):
        return None
    return _SARCASM.search(low) if contains_any(low, _POLITICAL_SARCASM_ANCHORS) else None


def _sarcasm(
    text: str,
    phrases: dict[str, str],
    lexicon: dict[str, float],
    tokens: list[str] | None,
    runs: set[str] | None = None,
) -> str | None:
    """What gives sarcasm away, quoted, or None: a sarcastic phrase; an eye-roll or angry
    face with praise words; or praise words, a complaint and a cue ("wow", "weer", 👏).
    Cheap tests first: most texts have no anchor word, no such emoji and no cue. `runs`:
    the text's word runs, if known."""
    low = text.lower()
    strong = _strong_sarcasm(low, runs, tokens)
    if strong:
        return (
            " ".join(text[strong.start() : strong.end()].split())
            if len(low) == len(text)
            else strong.group(0)
        )
    ascii_only = not may_have_emoji(text)
    emoji = (
        []
        if ascii_only
        else [e for e in EMOJI.findall(text) if EMOJI_TOKENS[e] in SARCASM_EMOJI_TOKENS]
    )
    if not emoji:
        complaints = [p for p, t in phrases.items() if t in (COMPLAINT_TOKEN, EXCESS_TOKEN)]
        if not complaints:
            return None  # the common case: nothing to turn praise around
    tokens = _TOKEN.findall(low) if tokens is None else tokens
    praise = [t for t in tokens if lexicon.get(t, 0.0) >= _STRONG_PRAISE and t not in _NOT_PRAISE]
    if not praise:
        return None
    if emoji:
        return f"{praise[0]} {emoji[0]}"
    if len(tokens) > _SARCASM_MAX_WORDS:
        return None
    # The cue last: most complaints hold no strong praise, a lookup per word, where the
    # cue's test is eighteen substring scans.
    marked = low if ascii_only else EMOJI.sub(emoji_token, low)
    if not contains_any(marked, _SARCASM_CUE_ANCHORS) or _SARCASM_CUE.search(marked) is None:
        return None
    # Praise, a complaint and a cue in one sentence: "Wow, echt fantastisch dat mijn
    # bestelling weer te laat is. 👏" (a clap after it counts for the sentence before).
    for sentence in _SENTENCES.split(marked):
        sentence = " ".join(sentence.split())
        cue = _SARCASM_CUE.search(sentence)
        complaint = next((p for p in complaints if p in sentence), None)
        kind = next((t for t in _TOKEN.findall(sentence) if t in praise), None)
        if cue and complaint and kind:
            shown = next((e for e, t in EMOJI_TOKENS.items() if t == cue.group(0)), cue.group(0))
            return f"{kind} … {complaint} ({shown})"
    return None


_SARCASM_MAX_WORDS = 60
"""Longer texts (reviews) weigh praise and complaints; sarcasm is a short message's."""
# Sentence ends; an emoji token right after a sentence end stays with that sentence.
_SENTENCES = re.compile(r"(?<=[.!?…])\s+(?!\s*wcemo)|\n+")


def _thanked_for_a_complaint(
    text: str, phrases: dict[str, str], lexicon: dict[str, float], tokens: list[str] | None
) -> str | None:
    """ "Bedankt hoor, weer een pakket kwijt.": see `sarcastic_thanks`."""
    found = phrases.values()
    if COMPLAINT_TOKEN not in found and EXCESS_TOKEN not in found:
        return None  # the common case: no complaint phrase
    low = text.lower()
    return (
        sarcastic_thanks(low, _TOKEN.findall(low) if tokens is None else tokens, lexicon)
        or bare_praise(low, lexicon)
        or opening_praise(low, lexicon)
    )


# Thanks are praise words, but "bedankt, maar het werkt nog steeds niet" is not sarcasm.
_NOT_PRAISE = THANKS


def _without_lexicon(text: str, language: str) -> Sentiment:
    """A language without a lexicon: only emoji and emoticons (":)", ":(") count; the
    words are not read."""
    note = f"no sentiment lexicon for {language}"
    valences = [EMOJI_VALENCES[EMOJI_TOKENS[e]] for e in EMOJI.findall(text)]
    english = analyser("en").lexicon
    valences += [
        english[t] for t in text.split() if t in english and not any(c.isalpha() for c in t[:1])
    ]
    if not valences:
        return Sentiment(0.0, SentimentLabel.NEU, (note,))
    total = sum(valences)
    score = total / (total * total + 15) ** 0.5  # VADER's normalisation
    shown = "".join(dict.fromkeys(EMOJI.findall(text))) or " ".join(
        dict.fromkeys(t for t in text.split() if t in english and not t[:1].isalpha())
    )
    return Sentiment(round(score, 4), _label(score), (note, f"emoji {shown}"))


def _with_rating(sentiment: Sentiment, rating: int | None) -> Sentiment:
    """A star rating is strong evidence: 1-2 stars are negative and 4-5 positive unless
    the text clearly says otherwise (|score| >= 0.5); 3 stars are mixed: neutral unless
    the text is clear."""
    if rating is None or not 1 <= rating <= 5:
        return sentiment
    score, clear = sentiment.score, abs(sentiment.score) >= 0.5
    # Not "strongly negative" (-0.5) on the rating alone: routing counts a 1-star rating itself.
    if rating <= 2 and not (clear and score > 0):
        score = min(score, -0.45 if rating == 1 else -0.3)
    elif rating >= 4 and not (clear and score < 0):
        score = max(score, 0.45 if rating == 5 else 0.3)
    elif rating == 3 and not clear:
        score = score / 2
    else:
        return sentiment
    if score == sentiment.score:
        return sentiment
    label = _label(score)
    words = (
        f"{rating}-star rating",
        *(w for w in sentiment.words if not w.startswith("no sentiment")),
    )
    notes = tuple(w for w in sentiment.words if w.startswith("no sentiment"))
    return Sentiment(round(score, 4), label, (*notes, *words)[:5])


def _movers(
    text: str,
    phrases: dict[str, str],
    lexicon: dict[str, float],
    label: SentimentLabel,
    tokens: list[str] | None,
) -> tuple[str, ...]:
    """The phrases and words that pushed the score towards its label, strongest first.

    A word inside a matched phrase is not named again ("bedankt voor niks", not also
    "bedankt"); words pulling the other way are left out unless nothing else moved it.
    """
    # Each phrase weighs what the token it became weighs: complaint, praise or "too much".
    valences: dict[str, float] = {
        phrase: lexicon[token] for phrase, token in phrases.items() if token != NEUTRAL_TOKEN
    }
    inside = {word for phrase in phrases for word in phrase.split()}
    dutch: bool | None = None  # whether this is the Dutch lexicon, asked when needed
    get = lexicon.get
    if tokens is None:
        tokens = _TOKEN.findall(text.lower())
    # A handle's word says nothing of the account it names (VADER reads it so too): no
    # "united" among the words that made "@united shoutout to the crew" praise. Asked of
    # the few words that weigh something, not by a search of every text.
    low = text.lower() if "@" in text else ""
    # Only words the lexicon has, or long enough to be a compound, can weigh anything.
    for token in [t for t in tokens if t in lexicon or len(t) >= HEAD_FROM]:
        valence = get(token)
        if valence is None and len(token) >= HEAD_FROM:
            if dutch is None:
                dutch = lexicon is analyser("nl").lexicon
            if dutch:
                head = head_of(token)  # a Dutch compound: "gebruiksvriendelijke"
                valence = lexicon[head] if head else None
        if valence and token not in inside and not (low and "@" + token in low):
            valences.setdefault(token, valence)
    if may_have_emoji(text):
        for emoji in EMOJI.findall(text):
            valences.setdefault(emoji, EMOJI_VALENCES[EMOJI_TOKENS[emoji]])
    sign = -1 if label is SentimentLabel.NEG else 1
    agreeing = [w for w, v in valences.items() if v * sign > 0] or list(valences)
    return tuple(sorted(agreeing, key=lambda w: -abs(valences[w]))[:5])
