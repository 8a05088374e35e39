"""Round 45 (issue 12): a restaurant review's words that time pressure and fraud misread.
A room "moet dringend eens opgeknapt worden", staff who "probeert je zo snel mogelijk
buiten te krijgen", guests "al vijf keer geweest" and "bekeken alsof je iets gestolen
hebt" describe a place; none asks for anything now. The pressure and the theft they look
like stay urgent. An English batch: a driver gone with the traveller's bag and passport, a
teenager stranded alone after a cancelled connection, small children in the street at
night, a paycheck vanished from the account, all of a family's lines cancelled; and their
look-alikes. A Dutch batch: a train stuck for an hour with a child of twelve on board, money
taken by a payment request never approved, a courier who tells the customer to "oprotten",
a van that reversed into a child, a large sum due within days, a leaking machine flooding
the neighbours; the price of roadside help asked is no emergency. A second English batch: a
claim open for months, a stranger at the hotel room door, a customer shadowed and searched
as a thief, a scalding drink handed to a child, a mother of 88 who lives alone without a
phone, a balance in the red the author did not cause. Every sentence is written for this
file."""

from __future__ import annotations

import pytest

from webcare.analysis import analyse
from webcare.model import UrgencyLevel
from webcare.settings import Settings

SETTINGS = Settings()
URGENT = (UrgencyLevel.CRITICAL, UrgencyLevel.HIGH)


@pytest.mark.parametrize(
    "text",
    [
        "De zaak moet dringend eens opgeknapt worden.",
        "Het interieur is dringend toe aan een opfrisbeurt.",
        "Men probeert je zo snel mogelijk buiten te krijgen.",
        "Ze wilden ons zo snel mogelijk de deur uit te werken, want de tafel was nodig.",
        "We zijn er nu al vijf keer geweest en telkens opnieuw een voltreffer.",
        "We zijn al drie keer teruggekomen, altijd top.",
        "Je wordt hier bekeken alsof je iets gestolen hebt.",
    ],
)
def test_a_review_describing_the_place_is_no_pressure_or_theft(text: str) -> None:
    assert analyse(text, SETTINGS).urgency.level not in URGENT


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Ik heb dringend hulp nodig, mijn pas is geblokkeerd.", "pressure"),
        ("Graag zo snel mogelijk een reactie.", "pressure"),
        ("Ik heb al vijf keer gebeld en niemand neemt op.", "pressure"),
        (
            "Het lijkt alsof mijn account gehackt is, er zijn betalingen die ik niet heb gedaan.",
            "fraud",
        ),
        ("Mijn fiets is gestolen bij jullie station, wie kan helpen?", "fraud"),
    ],
)
def test_the_pressure_and_theft_they_look_like_stay_urgent(text: str, category: str) -> None:
    found = analyse(text, SETTINGS).urgency
    assert found.level in URGENT
    assert category in found.categories


@pytest.mark.parametrize(
    ("text", "category"),
    [
        (
            "@Uber my driver just took off with my bag still in the trunk, it has my passport in it",
            "travel",
        ),
        ("@Uber mijn chauffeur is weggereden met mijn koffer nog in de auto", "travel"),
        (
            "@British_Airways my 15 year old is stuck in Frankfurt after you cancelled the connection, she's alone",
            "safety",
        ),
        (
            "@Airbnb host cancelled the night we arrived, we're standing in the street with two toddlers at 11pm",
            "safety",
        ),
        (
            "@Chase my paycheck disappeared from my account and the branch can't tell me where it went",
            "money",
        ),
        ("@Chase my savings vanished overnight", "money"),
        ("@TMobile I'm cancelling all 5 lines today and going to Verizon", "churn"),
    ],
)
def test_an_english_batch_is_urgent(text: str, category: str) -> None:
    found = analyse(text, SETTINGS).urgency
    assert found.level in URGENT
    assert category in found.categories


@pytest.mark.parametrize(
    "text",
    [
        "@Uber the driver drove off with a smile after helping with my bags, great service",
        "@Uber my driver took off his jacket and helped with the luggage",
        "My son is stuck on level 5 of the game, any tips?",
        "We were waiting with the kids at the gate, lovely staff kept us entertained",
        "@BofA where can I see my savings interest?",
        "@TMobile how do I cancel all the add-ons on my plan?",
    ],
)
def test_its_english_look_alikes_stay_calm(text: str) -> None:
    assert analyse(text, SETTINGS).urgency.level not in URGENT


@pytest.mark.parametrize(
    ("text", "category"),
    [
        (
            "@NS mijn dochter van 12 zit alleen in de trein die al een uur stilstaat bij Amersfoort",
            "travel",
        ),
        ("@NS we staan al drie kwartier vast tussen Utrecht en Gouda, geen airco", "travel"),
        (
            "@ING er is vannacht 2.300 euro van mijn rekening gehaald via een betaalverzoek dat ik nooit heb goedgekeurd",
            "fraud",
        ),
        ("@Bol de bezorger zegt dat ik moet oprotten", "anger"),
        ("@PostNL de bezorger reed achteruit tegen mijn zoontje op de stoep aan", "safety"),
        ("De taxi reed over de voet van mijn dochter en reed gewoon door", "safety"),
        (
            "@Belastingdienst ik moet binnen 5 dagen 14.000 euro terugbetalen, dat heb ik niet",
            "money",
        ),
        (
            "@Coolblue de wasmachine die jullie hebben aangesloten lekt en het water staat nu bij de buren beneden",
            "money",
        ),
    ],
)
def test_a_dutch_batch_is_urgent(text: str, category: str) -> None:
    found = analyse(text, SETTINGS).urgency
    assert found.level in URGENT
    assert category in found.categories


@pytest.mark.parametrize(
    "text",
    [
        "@ANWB wat kost pechhulp in het buitenland?",
        "@NS hoe lang staat de trein gemiddeld stil bij een wisselstoring?",
        "Mijn zoon reed tegen de stoeprand op met zijn fiets, niks aan de hand gelukkig",
        "Ik moet binnen 14 dagen mijn rekening betalen, kan dat ook in termijnen?",
        "@ING hoe keur ik een betaalverzoek goed?",
        "@Coolblue de afvoer lekt een beetje, is dat normaal bij een nieuwe wasmachine?",
        "@NS mag mijn dochter van 12 alleen met de trein reizen?",
    ],
)
def test_its_dutch_look_alikes_stay_calm(text: str) -> None:
    assert analyse(text, SETTINGS).urgency.level not in URGENT


@pytest.mark.parametrize(
    ("text", "category"),
    [
        (
            "@Geico my claim has been open for 3 months and the body shop is about to sell my car for storage fees",
            "pressure",
        ),
        (
            "@Marriott there's a man trying to get into our room, the front desk isn't answering",
            "safety",
        ),
        ("@Hilton someone keeps trying to get into my room at 3am", "safety"),
        (
            "@Target I was followed around the store by security and then searched in front of everyone",
            "anger",
        ),
        (
            "@McDonalds your employee handed my 4 year old a scalding coffee instead of milk",
            "safety",
        ),
        ("@Optus my mum has had no phone for a week, she's 88 and lives alone", "vulnerable"),
        ("@CommBank your app shows my balance as -$4,000 and I haven't spent anything", "fraud"),
    ],
)
def test_a_second_english_batch_is_urgent(text: str, category: str) -> None:
    found = analyse(text, SETTINGS).urgency
    assert found.level in URGENT
    assert category in found.categories


@pytest.mark.parametrize(
    "text",
    [
        "@Target the security guard followed up on my lost wallet, amazing service",
        "@Starbucks the barista gave my son a hot chocolate with extra cream, he loved it",
        "@Geico how long is a claim usually open?",
        "@Marriott can we get a late checkout on Sunday?",
    ],
)
def test_its_second_english_look_alikes_stay_calm(text: str) -> None:
    assert analyse(text, SETTINGS).urgency.level not in URGENT
