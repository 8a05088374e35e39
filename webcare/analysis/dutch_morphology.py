"""Dutch word forms from a base form: an adjective's -e form and degrees, a verb's
present, past and participle forms, a noun's plural. Pure. The rules are the regular
spelling rules (open and closed syllables, 't kofschip, f/v and s/z); what they cannot see
(stress, strong verbs) the caller gives.
"""

from __future__ import annotations

import re

_VOWELS = "aeiouy"
_INSEPARABLE = ("be", "ge", "ver", "ont", "her", "mis")
_VOICELESS = "tkfsp"  # 't kofschip: a stem ending so takes -te and -t, others -de and -d
_DIAERESIS = {"e": "ë", "i": "ï", "u": "ü"}


def _root(verb: str) -> str:
    """The verb without an unstressed prefix ("verwaarlozen" -> "waarlozen")."""
    for prefix in sorted(_INSEPARABLE, key=len, reverse=True):
        if verb.startswith(prefix) and len(verb) > len(prefix) + 4:
            return verb[len(prefix) :]
    return verb


def verb_stem(infinitive: str) -> str:
    """The stem Dutch writes for "ik": "klagen" -> "klaag", "zeuren" -> "zeur",
    "verwaarlozen" -> "verwaarloos", "irriteren" -> "irriteer", "balen" -> "baal",
    "verspillen" -> "verspil", "schrikken" -> "schrik". A single vowel before a single
    consonant is long and doubles when the syllable closes; an unstressed one ("ergeren"
    -> "erger") is given as "/stem" in the lists."""
    stem = infinitive[:-2] if infinitive.endswith("en") else infinitive[:-1]
    if len(stem) >= 2 and stem[-1] == stem[-2] and stem[-1] not in _VOWELS:
        return stem[:-1]  # a short vowel's doubled consonant: verspillen -> verspil
    last = stem[-1]
    closes = len(stem) >= 3 and stem[-2] in "aeou" and stem[-3] not in _VOWELS
    if closes and last not in _VOWELS + "w":  # "uw" is a diphthong: verafschuwen
        stem = stem[:-1] + stem[-2] + last  # an open long vowel closes: klagen -> klaag
    return stem[:-1] + {"v": "f", "z": "s"}.get(last, last)


def _weak_ending(infinitive: str) -> str:
    """"t" or "d": which the past and participle of a weak verb take."""
    before = infinitive[:-2] if infinitive.endswith("en") else infinitive[:-1]
    return "t" if before[-1] in _VOICELESS or before.endswith("ch") else "d"


def split_spec(spec: str) -> tuple[str, str | None, list[str] | None]:
    """A verb as the word lists write it: "word/stem=past,...": the word, the stem when one
    is given ("snap/snapp"), and the irregular forms after "=" ("freeze=froze,frozen")."""
    strong = None
    if "=" in spec:
        spec, rest = spec.split("=")
        strong = rest.split(",")
    stem = None
    if "/" in spec:
        spec, stem = spec.split("/")
    return spec, stem, strong


def verb_forms(spec: str, *, finite: bool = False) -> tuple[str, ...]:
    """Every written form of one listed verb: infinitive, present ("klaag", "klaagt"),
    past ("klaagde", "klaagden"), participle ("geklaagd", with its -e: "geklaagde"), and
    present participle ("klagend", "klagende"). A separable verb's joined forms only.
    `finite`: the present and past forms alone, the ones a main clause puts before its
    negator ("het boeide me niet", "ik genoot er niet van")."""
    spec, stem_given, strong = split_spec(spec)
    particle, _, verb = spec.rpartition("+")
    stem = stem_given or verb_stem(verb)
    finites = [stem, stem if stem.endswith("t") else stem + "t"]
    if strong:
        past, pasts, participle = strong
        finites += [past, pasts]
    else:
        ending = _weak_ending(verb)
        finites += [stem + ending + "e", stem + ending + "en"]
        prefixed = _root(verb) != verb
        participle = ("" if prefixed else "ge") + stem + ("" if stem[-1] in "td" else ending)
    forms = [verb, *finites, verb + "d", verb + "de", participle]
    if not strong and participle.startswith("ge") and participle[2] in _DIAERESIS:
        forms.append("ge" + _DIAERESIS[participle[2]] + participle[3:])  # geërgerd
    if participle[-1] in "td":
        forms.append(participle + "e")  # "een verwaarloosde zaak"
    # "raad" and "raadt" alone are other words: the particle joins every form.
    return tuple(dict.fromkeys(particle + form for form in (finites if finite else forms)))


def noun_forms(spec: str) -> tuple[str, ...]:
    """A listed noun and its plural: "blunder" -> "blunders", "mislukking" ->
    "mislukkingen", "flop" -> "floppen", "puinhoop:puinhopen" as given, "troep:-" none."""
    noun, _, plural = spec.partition(":")
    if plural == "-":
        return (noun,)
    return (noun, plural or plural_of(noun))


def plural_of(noun: str) -> str:
    """The regular Dutch plural: -s after an unstressed ending or a vowel ("tegenvaller",
    "karikatuur" is stressed: "karikaturen"), -en otherwise, with the spelling changes of
    an open syllable ("pluim" -> "pluimen", "flop" -> "floppen")."""
    if noun.endswith(("er", "el", "em", "je", "e", "é", "a", "o", "i", "u", "y")):
        return noun + ("'s" if noun[-1] in "aoiuy" else "s")
    if noun.endswith("heid"):
        return noun[:-4] + "heden"
    last, before = noun[-1], noun[-2]
    if before not in _VOWELS:
        return noun + "en"  # a consonant cluster: "ramp" -> "rampen"
    if len(noun) >= 3 and noun[-3] == before:
        # A doubled long vowel opens: "schandaal" -> "schandalen", "puinhoop" -> "puinhopen".
        return noun[:-2] + {"f": "v", "s": "z"}.get(last, last) + "en"
    if len(noun) >= 3 and noun[-3] in _VOWELS:
        return noun + "en"  # a diphthong stays: "pluim" -> "pluimen", "genot" has none
    return noun + last + "en"  # a short vowel: "flop" -> "floppen", "genot" -> "genotten"


_LONG_ENDINGS = ("aa", "ee", "oo", "uu", "ie", "oe", "eu", "ei", "ij", "ui", "ou", "au")


def diminutive_of(noun: str) -> str | None:
    """The regular diminutive: "blunder" -> "blundertje", "schandaal" -> "schandaaltje",
    "ramp" -> "rampje", "pluim" -> "pluimpje", "mislukking" -> "mislukkinkje", "traktatie"
    -> "traktatietje", "bal" -> "balletje"; None where spelling alone cannot tell (a
    single vowel at the end: "drama", "cliché") or it is one already ("lachertje")."""
    if noun.endswith("je") or noun[-1] in "aoiuyéè" or (noun[-1] == "e" and not noun.endswith(_LONG_ENDINGS)):
        return None
    if noun.endswith(_LONG_ENDINGS):
        return noun + "tje"  # "zeetje", "traktatietje"
    if noun.endswith("ing") and len(noun) > 5:
        return noun[:-1] + "kje"  # "mislukkinkje"
    last, before = noun[-1], noun[-2]
    if noun.endswith(("el", "er", "en")) and len(noun) > 4:
        return noun + "tje"  # an unstressed ending: "blundertje", "sukkeltje"
    if last == "m":
        return noun + "pje"  # "pluimpje", "filmpje", "bezempje"
    if last in "lnrw" and before in _VOWELS:
        if len(noun) >= 3 and noun[-3] in _VOWELS:
            return noun + "tje"  # a long vowel: "schandaaltje", "miskleuntje"
        return noun + last + "etje"  # a short one: "balletje", "pennetje"
    if last in "lnrw":
        return noun + "tje"  # "lantaarntje"
    return noun + "je"  # "rampje", "puntje", "flopje", "stommiteitje"


def degrees(adjective: str) -> tuple[str, ...]:
    """Comparative and superlative forms: slecht -> slechter, slechtst(e); lekker -> lekkerder."""
    word = adjective
    if len(word) < 3 or word.endswith(("e", "en")) or word in _IRREGULAR_DEGREES:
        return ()
    if word.endswith("r"):
        comparative = word + "der"  # duur -> duurder, lekker -> lekkerder
    elif word[-1] in _VOWELS:
        comparative = word + "er"  # mooi -> mooier
    else:
        comparative = inflections(word)[0][:-1] + "er"  # droog -> droger, snel -> sneller
    superlative = word + ("t" if word.endswith("s") else "st")
    return (comparative, comparative + "e", superlative, superlative + "e")


_IRREGULAR_DEGREES = frozenset({"goed", "veel", "weinig", "graag"})


def inflections(adjective: str) -> tuple[str, ...]:
    """The attributive -e form of a Dutch adjective, spelled as Dutch spells it.

    droog -> droge, duur -> dure (a long vowel loses a letter), snel -> snelle (a short
    vowel doubles the consonant), lief -> lieve, boos -> boze (f/s voice); words in -ig,
    -lijk and -isch just add -e, -baar becomes -bare (eetbaar -> eetbare); a vowel and i
    add -e (saai -> saaie, mooi -> mooie, lui -> luie). Adjectives already ending in -e,
    -en or another vowel do not inflect. A stressed -eel, -aal or -eem is a long vowel,
    not an unstressed ending: professioneel -> professionele, speciaal -> speciale,
    extreem -> extreme, officieel -> officiële.
    """
    word = adjective
    if word.endswith("baar"):
        return (word[:-2] + "re",)
    if len(word) >= 3 and word[-1] == "i" and word[-2] in _VOWELS:
        return (word + "e",)
    if len(word) < 3 or word[-1] in _VOWELS or word.endswith(("en", "e")):
        return ()
    last, before, earlier = word[-1], word[-2], word[-3]
    long_vowel = earlier == before and before in "aeou"  # "professioneel", "speciaal"
    if long_vowel and len(word) >= 4 and word[-4] == "i" and before == "e":
        # "officieel" -> "officiële": the diaeresis keeps "ie" apart; typed without it too.
        stem = word[:-3]
        return (stem + "ë" + last + "e", stem + "e" + last + "e")
    syllables = len(re.findall(f"[{_VOWELS}]+", word))
    unstressed = word.endswith(("ig", "lijk", "isch", "baar")) or (
        syllables > 1 and word.endswith(("er", "el", "em")) and not long_vowel
    )
    diphthong_ij = word[-3:-1] == "ij"
    if unstressed or (before not in _VOWELS and not diphthong_ij):
        return (word + "e",)  # unstressed endings and consonant clusters: flets -> fletse
    if diphthong_ij:
        stem = word[:-1]  # grijs -> grijze, stijf -> stijve
    elif earlier == before and (len(word) < 4 or word[-4] not in _VOWELS or long_vowel):
        # A doubled long vowel loses a letter: droog -> droge, duur -> dure, and after
        # another vowel too: speciaal -> speciale, actueel -> actuele.
        stem = word[:-2]
    elif earlier in _VOWELS:
        stem = word[:-1]  # a diphthong stays: lief -> lieve, grijs -> grijze
    elif last not in "wjx":
        return (word + last + "e",)  # a short vowel doubles the consonant: snel -> snelle
    else:
        return (word + "e",)
    voiced = {"f": "v", "s": "z"}.get(last, last)
    return (stem + voiced + "e",)


