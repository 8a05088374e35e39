"""The Dutch word forms webcare derives its opinion verbs and nouns from, and what a reader
sees of them: a verb said in any of its forms, split around its object, or negated after it."""

from __future__ import annotations

import pytest

from webcare.analysis.dutch_morphology import (
    diminutive_of,
    inflections,
    noun_forms,
    plural_of,
    verb_forms,
    verb_stem,
)
from webcare.analysis.sentiment import analyse_sentiment


@pytest.mark.parametrize(
    ("infinitive", "stem"),
    [
        ("klagen", "klaag"),
        ("zeuren", "zeur"),
        ("verwaarlozen", "verwaarloos"),
        ("irriteren", "irriteer"),
        ("verspillen", "verspil"),
        ("boeien", "boei"),
        ("haten", "haat"),
    ],
)
def test_verb_stem(infinitive: str, stem: str) -> None:
    assert verb_stem(infinitive) == stem


def test_weak_verb_forms_follow_t_kofschip_and_prefixes() -> None:
    assert verb_forms("klagen") == (
        "klagen", "klaag", "klaagt", "klaagde", "klaagden", "klagend", "klagende",
        "geklaagd", "geklaagde",
    )  # fmt: skip
    assert "verwaarloosd" in verb_forms("verwaarlozen")  # no ge- after ver-
    assert "verwaarloosde" in verb_forms("verwaarlozen")  # -de after a z, written s
    assert "kwetste" in verb_forms("kwetsen") and "gekwetst" in verb_forms("kwetsen")
    assert {"geërgerd", "geergerd"} <= set(verb_forms("ergeren/erger"))


def test_strong_and_separable_verbs() -> None:
    assert verb_forms("genieten=genoot,genoten,genoten", finite=True) == (
        "geniet", "genoot", "genoten",
    )  # fmt: skip
    forms = verb_forms("aan+raden=raadde,raadden,geraden")
    assert "aangeraden" in forms and "aanraadt" in forms
    assert "raad" not in forms  # alone it is "advice"


@pytest.mark.parametrize(
    ("noun", "plural"),
    [
        ("blunder", "blunders"),
        ("mislukking", "mislukkingen"),
        ("flop", "floppen"),
        ("schandaal", "schandalen"),
        ("pluim", "pluimen"),
        ("karikatuur", "karikaturen"),
        ("cliché", "clichés"),
        ("nalatigheid", "nalatigheden"),
    ],
)
def test_plural(noun: str, plural: str) -> None:
    assert plural_of(noun) == plural


def test_a_noun_listed_without_plural_keeps_one_form() -> None:
    assert noun_forms("troep:-") == ("troep",)  # "troepen" are troops


@pytest.mark.parametrize(
    ("noun", "small"),
    [
        ("blunder", "blundertje"),
        ("schandaal", "schandaaltje"),
        ("ramp", "rampje"),
        ("pluim", "pluimpje"),
        ("mislukking", "mislukkinkje"),
        ("traktatie", "traktatietje"),
        ("toeristenval", "toeristenvalletje"),
        ("miskleun", "miskleuntje"),
        ("drama", None),
        ("lachertje", None),
    ],
)
def test_diminutive(noun: str, small: str | None) -> None:
    assert diminutive_of(noun) == small


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("We hebben genoten.", "pos"),
        ("Ik geniet er elke keer weer van.", "pos"),
        ("Ik ergerde me aan de bediening.", "neg"),
        ("Een verwaarloosde zaak.", "neg"),
        ("Wat een wanvertoning.", "neg"),
        ("Een verademing.", "pos"),
        ("Het eten was keigoed.", "pos"),
        # a main clause splits a separable verb; its particle ends the clause
        ("Ik raad het iedereen aan.", "pos"),
        ("Ik raad dit restaurant niemand aan.", "neg"),
        ("Het boek sleepte me mee.", "pos"),
        # ... and puts the negator after the verb
        ("Het boek boeide me niet.", "neg"),
        ("Het boek boeide me niet echt.", "neg"),
        ("We genoten er niet van.", "neg"),
        # a particle that does not end the clause is another verb
        ("Ik raad aan de hand van de kaart wat er op tafel komt.", "neu"),
        # booster prefixes of either sign, opinion prefixes before a listed noun only
        ("Megaslecht.", "neg"),
        ("Een topavond.", "pos"),
        ("Een rotdag.", "neg"),
        ("Neem de tweede afslag op de rotonde.", "neu"),
        ("De topman van het bedrijf treedt af.", "neu"),
        # not understanding is a verdict
        ("Begrijp de hype niet.", "neg"),
    ],
)
def test_a_reader_hears_the_verb_in_every_form(text: str, label: str) -> None:
    assert analyse_sentiment(text, "nl").label.value == label


@pytest.mark.parametrize(
    ("adjective", "forms"),
    [
        ("professioneel", ("professionele",)),
        ("speciaal", ("speciale",)),
        ("extreem", ("extreme",)),
        ("officieel", ("officiële", "officiele")),
        ("simpel", ("simpele",)),  # an unstressed -el just adds -e
        ("droog", ("droge",)),
    ],
)
def test_a_stressed_long_vowel_loses_a_letter(adjective: str, forms: tuple[str, ...]) -> None:
    assert inflections(adjective) == forms


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Zeer professionele bediening.", "pos"),
        ("Een geniale kok en een ideale plek.", "pos"),
        ("De Provinciale Staten vergaderen vandaag.", "neu"),
    ],
)
def test_the_e_forms_of_stressed_adjectives_are_read(text: str, label: str) -> None:
    assert analyse_sentiment(text, "nl").label.value == label
