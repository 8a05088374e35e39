"""The cheap tests that skip a search must skip only texts the search cannot match: the
gated results equal the ungated ones on the probe texts and on variants of them with the
phrases' words inserted (the political sarcasm, the announcement's words, the verdict
opener)."""

from __future__ import annotations

import random
import re
from pathlib import Path

from webcare.analysis import sarcastic_thanks, sentiment, speech
from webcare.analysis.language import TOKEN
from webcare.analysis.phrase_search import word_runs
from webcare.analysis.vader import analyser

PROBES = Path(__file__).parent / "sentiment_probes"

# The one search the political round had: every phrase, behind the anchor of all words.
_ONE_ANCHOR = re.compile(
    "lekker|thank|great|wonderful|fantastic|brilliant|perfect|lovely|nice|yeah|glad|#|/s"
    "|fraai|geloofwaardig|consequent|knap|hebben we|hadden we|kabinet|minister|premier|rutte"
    "|den haag|brussel|regering|coalitie|daden|\\.\\.not|\\.\\. not|…not|… not|, not|cheers|dank|merci"
    "|enige wat|enige dat|only thing|ooit|behalve| vast |until"
    "|awesome|cool|amazing|excellent|super|good job|love it"
    "|verhoging|stijging|vertraging|annulering|uitval|paying|being charged|getting charged"
    "|helpful|useful|informative|alweer|verkeerde|zoveelste|de tweede keer|de derde keer|de vierde keer"
    "|nog steeds niet|nog steeds geen"
)
_FRAGMENTS = (
    "Lekker bezig, kabinet.", "Goed, staatssecretaris.", "Knap hoor.", "knap zeg…",
    "Fijn land hebben wij.", "Mooie regering hebben we toch.", "Nu de daden nog.",
    "Mooie woorden, maar geen daden", "Thanks a lot, not working", "yeah right", "#not",
    "Wat een service weer... NOT", "great service, not!", "niet nu, not now",
    "Thanks @acme for ruining my weekend", "Dank je wel voor het kwijtraken van mijn pakket",
    "Cheers for the quick fix", "merci voor de snelle hulp",
    "Fraai.", "den  haag", "kabinetsbeleid", "/s", "hebben we", "Goed dat", "Triest dat het",
    "om te", "DAT", "Terug te zien", "terug te kijken:", "Lees meer", "ik wil mijn geld terug",
    "Bravo VVD, weer een leugen.", "Goed bezig Rutte, de zorg uitgekleed", "Well done @x, a terrible flight",
    "knap hoe ze weer een groep wegzetten", "Prachtig staaltje draaikonterij",
    "€ 4,50", "İstanbul", "👏", "Het enige wat deze club goed kan is verliezen",
    "the only thing they're good at is losing my bags", "het enige dat ik goed kan",
    "Alles prima. Behalve de zorg.", "Daar worden we vast beter van", "beste ooit, als je", "best phone until it broke",
)  # fmt: skip


def _texts() -> list[str]:
    texts = [
        line.rstrip("\n").split("\t")[-1]
        for path in sorted(PROBES.glob("*.tsv"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    rng = random.Random(12)
    variants = []
    for _ in range(4000):
        words = rng.choice(texts).split()
        at = rng.randint(0, len(words))
        words[at:at] = [rng.choice(_FRAGMENTS)]
        variants.append(" ".join(words))
    return texts + variants


TEXTS = _texts()


def test_political_sarcasm_is_searched_only_where_it_can_match() -> None:
    for text in TEXTS:
        low = text.lower()
        tokens = TOKEN.findall(low)
        one = sentiment._SARCASM.search(low) if _ONE_ANCHOR.search(low) else None
        expected = None if one is None else one.span()
        for runs, known in ((word_runs(tokens), tokens), (None, tokens), (None, None)):
            found = sentiment._strong_sarcasm(low, runs, known)
            assert (None if found is None else found.span()) == expected, text


def test_the_speech_checks_skip_only_texts_they_cannot_match() -> None:
    for text in TEXTS:
        runs = word_runs(TOKEN.findall(text.lower()))
        assert speech.is_announcement(text, runs) == speech.is_announcement(text), text
        assert speech.opening_verdict(text, runs) == speech.opening_verdict(text), text


def test_praise_of_conduct_is_read_only_where_it_can_match() -> None:
    found = 0
    for text in TEXTS:
        if text.isupper():
            continue  # all capitals: the gate reads a first capital or none
        for language in ("nl", "en"):
            lexicon = analyser(language).lexicon
            # Lower-cased, every word of the gate is there whenever a praise of conduct is.
            harm = sarcastic_thanks.praised_harm(text.lower(), lexicon)
            assert sarcastic_thanks.praised_harm(text, lexicon) == harm, text
            found += harm is not None
    assert found > 10  # the fragments put praise of conduct in front of complaints
