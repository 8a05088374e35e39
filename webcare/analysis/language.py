"""Language of a mention: an ISO 639-1 code, `und` when it cannot tell. Pure once loaded.

Customer texts are short and informal. Function words ("de", "het", "niet", "the", "is")
decide most of them for one set lookup per token; py3langid decides the rest. webcare
reads nl, en, de and fr closely; any other language (a Spanish or Swedish review) is
named only when it is clear: its own function words win, or py3langid, over its full
set of languages, is sure and none of the four's function words appear. Short texts
py3langid is unsure about are `und` rather than a guessed de or fr.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from py3langid.langid import LanguageIdentifier

    from webcare.analysis.langid_model import Tables

_KANA = re.compile(r"[\u3040-\u309f\u30a0-\u30fa\u30fd-\u30ff]")
"""Hiragana and katakana (not the middle dot and the prolonged sound mark, used elsewhere)."""
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?", re.UNICODE)
TOKEN = re.compile(r"[\w'-]+")
"""A text's tokens (`TOKEN.findall(text.lower())`): what sentiment reads, and where the
words language detection counts lie (a word never spans two tokens), so analysing a
text splits it once."""
_NOT_TOKEN_ASCII = bytes(
    code if chr(code).isalnum() or chr(code) in "_'-" else 32 for code in range(128)
).ljust(256, b" ")
"""A byte table that makes every ASCII character `TOKEN` does not match (`\\w` of an ASCII
character is a letter, a digit or "_") a space: `tokens_of` splits an ASCII text on them."""


def tokens_of(lowered: str) -> list[str]:
    """`TOKEN.findall(lowered)`: for an ASCII text (most are) the runs of token characters
    left when every other character is a space, split in C. As bytes: `str.translate`
    looks each character up in a dict, `bytes.translate` in a table (about a sixth of
    the instructions)."""
    if lowered.isascii():  # a flag lookup
        return lowered.encode().translate(_NOT_TOKEN_ASCII).decode().split()
    return TOKEN.findall(lowered)


_STOPWORDS: dict[str, frozenset[str]] = {
    "nl": frozenset(
        """de het een en van ik je jij u jullie we wij ze zij hij is zijn was waren niet geen nog
        al ook maar dat dit die deze wat wie waar waarom hoe met voor naar bij op aan om te
        uit over door heb hebt heeft hebben had kan kunnen kun wil wilt moet moeten mijn mij
        me ons onze jullie er hier daar dan toen wel nu toch echt heel erg zeer mee nooit niks
        niets iets alles weer waarom graag bedankt dank alsjeblieft sinds vandaag gisteren
        morgen pas even jaar week dagen keer uur gewoon helemaal krijg krijgen bestelling
        bezorgd klant klantenservice ben bent wordt worden werd zou zouden steeds""".split()
    ),
    "en": frozenset(
        """the a an and of i you he she we they it is are was were not no yet also but that this
        these those what who where why how with for to at on in from by about my me our your
        their have has had can could will would should must do does did don't doesn't didn't
        can't won't isn't wasn't i'm it's there here then now still really very never nothing
        something everything again please thanks thank since today yesterday tomorrow just
        week days hours order delivered customer been be being get got as so all too""".split()
    ),  # not "service": Dutch uses it as much ("top service", "klantenservice")
    "de": frozenset(
        """der die das und ist nicht ein eine ich du sie wir ihr mit für auf den dem des zu von
        im auch noch aber wie was wer wo warum kein keine mein meine habe hat haben bin sind
        war schon sehr bitte danke heute gestern immer nie nichts""".split()
        # German thanks and greetings: "Vielen Dank", "Liebe Grüße", "Guten Morgen" have no
        # other German word, and "dank" is Dutch too (not "besten": "de besten" is Dutch).
        + """vielen viele lieben liebe herzlichen herzlich tausend guten grüße grüßen gruß
        grüsse schönen freundlichen""".split()
    ),
    "fr": frozenset(
        """le la les un une et est pas je tu il elle nous vous ils elles avec pour sur dans des
        du au aux ce cette mais que qui où pourquoi comment mon ma mes très merci aujourd'hui
        hier toujours jamais rien ne suis sont été avoir fait""".split()
    ),
    # Languages webcare has no lexicon for, listed so that their function words are not
    # counted for Dutch ("de", "en" are Spanish too) and win when they are the text's.
    "es": frozenset(
        """el la los las del y que es un una por para con su al lo como más pero sus le ya
        muy sin también hay todo nada está están fue ser son mi yo tengo pedido producto
        muy bien mal porque cuando""".split()
    ),
    "pt": frozenset(
        """um uma da dos das na nas não com por para é mais mas foi são muito ao pelo pela
        seu sua você eu""".split()
    ),
    "it": frozenset(
        """il lo gli della dei che è non con sono ma più anche molto questo questa ho hai
        abbiamo nessuno nessuna""".split()
    ),
    "sv": frozenset(
        """och att det som på är för med till av inte jag har ett vi han hon mycket eller
        från vad bara också""".split()
    ),
    # Polish: "nie" is German too ("never"), so without these a Polish text counted only
    # German and was never put to py3langid's full set (2026-12-06).
    "pl": frozenset(
        """nie się jest że ale już czy bardzo przez tylko mnie moje mój moja jego jej dla został
        została zostały mam nic jestem było była""".split()
    ),
}
# Word -> the languages it is a function word of: one dict lookup per token.
_LANGUAGES_OF: dict[str, tuple[str, ...]] = {}
for _lang, _words in _STOPWORDS.items():
    for _word in _words:
        _LANGUAGES_OF[_word] = (*_LANGUAGES_OF.get(_word, ()), _lang)
UNDETERMINED = "und"
LANGUAGES = ("nl", "en", "de", "fr")
"""The languages webcare reads closely."""
MIN_CONFIDENCE = 0.5
"""py3langid's probability (among the four) below which a short text is `und`."""
OTHER_CONFIDENCE = 0.5
"""py3langid's probability (among all) at which a text is another language (Spanish
shares its probability with Galician and Aragonese, so not much higher)..."""
OURS_AT_MOST = 0.05
"""…while the four together have at most this (a Dutch text is half Afrikaans to it)."""
SURE = 0.9
"""py3langid's probability (among the four) needed to call a short text German or French."""
MIN_LETTERS = 15
"""Fewer letters than this are too little to name a language webcare does not read."""


@cache
def _dutch_words() -> frozenset[str]:
    """Words only Dutch has: webcare's Dutch opinion words that are no English (or German)
    words too ("klacht", "kwijt", "traag", "crasht", not "drama" or "correct")."""
    from webcare.analysis.lexicon import DUTCH_LEXICON, DUTCH_LEXICON_SHARED

    return frozenset(DUTCH_LEXICON).difference(DUTCH_LEXICON_SHARED)


# Dutch opinion words that English writes too, as slang, names or loans ("most bang for
# the buck", "dank memes", "prima donna", "vies for"): no sign of a Dutch writer.
_ENGLISH_TOO = frozenset("bang dank kei merci prima trots vies".split())


def has_dutch_opinion_word(text: str) -> bool:
    """Whether `text` has a Dutch opinion word that English does not write too."""
    found = _dutch_words().intersection(_WORD.findall(text.lower()))
    return bool(found) and not found <= _ENGLISH_TOO


@cache
def _tables() -> Tables:
    # py3langid's model as webcare holds it: the same numbers in a tenth of the memory
    # (langid_model). Loading takes about a second, so it is only read when the function
    # words leave a text's language open.
    from webcare.analysis.langid_model import load as load_tables

    return load_tables(LANGUAGES)


@cache
def _identifier() -> LanguageIdentifier:
    # py3langid over its full set of languages. Restricted to our four it is ~99.8% right
    # on short Dutch and ~99% on short English tweets: those four's probabilities,
    # renormalised, are exactly the restricted model's.
    walking = _walking()
    if walking is None:  # not the py3langid this was written for: its own loader and walk
        from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

        return LanguageIdentifier.from_modelpath(MODEL_DIR / MODEL_FILE, norm_probs=True)
    tables = _tables()
    return walking(tables.ptc, tables.pc, tables.classes, tables)


@cache
def _four() -> LanguageIdentifier:
    # The same model restricted to our four languages: scoring 4 languages instead of
    # ~140 is what most undecided texts need, and it is faster. Its four columns are kept
    # row by row, so a text's features read 4 neighbouring numbers each instead of 4 far
    # apart: the numbers `set_languages(LANGUAGES)` would keep, so the same scores.
    walking = _walking()
    if walking is None:  # not the py3langid this was written for: a restricted copy of its own
        from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

        four = LanguageIdentifier.from_modelpath(MODEL_DIR / MODEL_FILE, norm_probs=True)
        four.set_languages(list(LANGUAGES))
        return four
    tables = _tables()
    return walking(tables.four_ptc, tables.four_pc, tables.four, tables)


WALKS = 16384
"""(state, word) pairs whose walk through py3langid's automaton is remembered (a few MB);
when that many are, they are forgotten and the words in use now are remembered anew."""


@cache
def _walking() -> Callable[[Any, Any, list[str], Tables], LanguageIdentifier] | None:
    """py3langid's identifier on webcare's tables (`langid_model`), walking its byte
    automaton a word at a time and remembering each word's walk from the state it starts
    in: the same features in the same order (so the same scores), without three table
    lookups per byte of a word seen before. None when py3langid's internals are not the
    ones this was written for."""
    from collections import Counter

    from py3langid import langid

    base = langid.LanguageIdentifier
    if not all(hasattr(base, name) for name in ("_raw_score", "_sparse_score", "_rowbase")):
        return None

    class Walking(base):  # type: ignore[valid-type, misc]
        __slots__ = ("_walks", "_blocks", "_block_at")

        def __init__(self, ptc: Any, pc: Any, classes: list[str], tables: Tables) -> None:
            # No rows for upstream's __init__: it would build a list of 104,583 ints from
            # them (upstream's `_rowbase`, where each state's row starts), which this
            # automaton does not use.
            super().__init__(ptc, pc, classes, None, tables.output, norm_probs=True, tk_row=())
            self._blocks, self._block_at = tables.blocks, tables.block_at
            self._rowbase = tables.row_start  # type: ignore[misc]  # upstream's slot: where a state's row of blocks starts
            self._walks: dict[tuple[int, bytes], tuple[int, tuple[int, ...]]] = {}

        def _raw_score(self, text: bytes) -> Any:
            visits = self.visits(text)
            if visits:
                return self._sparse_score(visits, self.nb_ptc)
            return super()._raw_score(b"")  # no features: upstream's answer for that

        def visits(self, text: bytes) -> Counter[int] | None:
            """`py3langid.langid.visit_counts` for this identifier's automaton."""
            blocks, block_at, rowbase, output = (
                self._blocks, self._block_at, self._rowbase, self.tk_output
            )  # fmt: skip
            walks = self._walks
            state, found = 0, list[int]()
            words = text.split(b" ")
            last = len(words) - 1
            for index, word in enumerate(words):
                chunk = word + b" " if index < last else word
                walk = walks.get((state, chunk))
                if walk is None:
                    end, features = state, []
                    for letter in chunk:  # langid_model.BLOCK is 16: byte // 16, byte % 16
                        end = blocks[block_at[rowbase[end] + (letter >> 4)] + (letter & 15)]
                        feature = output[end]
                        if feature >= 0:
                            features.append(feature)
                    walk = (end, tuple(features))
                    if len(walks) >= WALKS:
                        walks.clear()
                    walks[(state, chunk)] = walk
                state = walk[0]
                found += walk[1]
            return Counter(found) if found else None

    return Walking


def load() -> None:
    """Load py3langid's tables now rather than at the first text that needs them: worker
    processes forked afterwards share them instead of each loading its own copy."""
    _identifier()
    _four()


def detect_language(text: str, *, tokens: list[str] | None = None) -> str:
    """ISO 639-1 code of the text's language, or `und` when it cannot be told.

    Clear cases are decided by function words, one set lookup per token (most mentions);
    the rest go to py3langid. Emoji-only texts and single unknown words are `und`.
    `tokens` are `TOKEN.findall(text.lower())`, if known.
    """
    if tokens is None:
        words = _WORD.findall(text.lower())
    elif "".join(tokens).isalpha():  # one test in C: most texts' tokens are all words
        words = tokens
    else:
        words = _words_of(tokens)
    if not words:
        return UNDETERMINED
    scores = dict.fromkeys(_STOPWORDS, 0)
    for word in words:
        for lang in _LANGUAGES_OF.get(word, ()):
            scores[lang] += 1
    # The two highest counts, the first language listed winning a tie (as a stable sort).
    best, top, second = UNDETERMINED, -1, -1
    for lang, count in scores.items():
        if count > top:
            best, top, second = lang, count, top
        elif count > second:
            second = count
    if top >= 2 and top >= 2 * second + 1:
        return best
    # No function word but Dutch ones, and a Dutch opinion word: a short mention naming the
    # brand and its trouble ("Acme klacht", "Acme app crasht steeds, help"), which py3langid,
    # led by the name and a loanword ("app", "help"), often calls English.
    if best == "nl" and second <= 0 and not _dutch_words().isdisjoint(words):
        return "nl"
    # Kana is Japanese alone: "ログインできない" is too short for py3langid, and the shrug
    # ¯\\_(ツ)_/¯ of an English text has one kana, not two. `isascii` is a flag lookup.
    if not text.isascii() and len(_KANA.findall(text)) >= 2:
        return "ja"
    # A text mixing two languages ("Top service! Thanks guys, echt super"): many function
    # words of one, clearly more than of any other, decide it as py3langid would.
    if top >= 4 and top >= second + 2:
        return best
    ours_top = max(scores[lang] for lang in LANGUAGES)
    letters = sum(len(word) for word in words)
    others_top = max(scores[lang] for lang in scores if lang not in LANGUAGES)
    if letters >= MIN_LETTERS and ours_top <= 2 and (others_top or not ours_top):
        # Possibly another language: ask py3langid over all of them.
        ranking = _identifier().rank(text)
        other, certainty = ranking[0]
        ours = {lang: p for lang, p in ranking if lang in LANGUAGES}
        # Another language when py3langid is sure and none of the four is a contender: a
        # few shared function words ("de", "en" are Spanish too) do not make a text Dutch.
        if (
            other not in LANGUAGES
            and certainty >= OTHER_CONFIDENCE
            and sum(ours.values()) <= OURS_AT_MOST
        ):
            return str(other)
        total = sum(ours.values())
        language = max(ours, key=ours.__getitem__)
        probability = ours[language] / total if total else 0.0
    else:
        language, probability = _four().classify(text)
    ours_best = max(LANGUAGES, key=scores.__getitem__)
    if probability < MIN_CONFIDENCE and not (ours_top and language == ours_best):
        return UNDETERMINED
    # German and French have no sentiment lexicon here: a short English "LOL. LOL." or
    # "Bad santa BAD" that py3langid calls French is better left undetermined.
    if language in ("de", "fr") and not scores[language] and (len(words) < 4 or probability < SURE):
        return UNDETERMINED
    return str(language)


def _words_of(tokens: list[str]) -> list[str]:
    """`_WORD.findall(low)` from `TOKEN.findall(low)`: a token of letters only is one word
    (most are), any other holds its words (a word is letters and an apostrophe, all of
    them token characters, and `_WORD` looks at nothing around a match)."""
    words: list[str] = []
    for token in tokens:
        if token.isalpha():
            words.append(token)
        elif not token.isdecimal():  # a number holds no word (`\d` is `isdecimal`'s digits)
            words += _WORD.findall(token)
    return words
