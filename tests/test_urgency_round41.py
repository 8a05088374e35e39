"""Round 41 (issue 12): emergencies a webcare lead's own test messages found reading normal.
A home's gas cut off by the company with a baby in it, a debit the customer does not
recognise, a child bitten by a courier's dog, a bank card swallowed abroad, a pipe drilled
through or gas left on by the brand's engineer, money that never arrived or was taken
twice, spoiled food, someone hurt in a shop. Every sentence is written for this file, with
look-alikes that must stay calm (one list for all of them)."""

from __future__ import annotations

import pytest

from webcare.analysis import analyse
from webcare.model import SentimentLabel, UrgencyLevel
from webcare.settings import Settings

SETTINGS = Settings()
URGENT = (UrgencyLevel.CRITICAL, UrgencyLevel.HIGH)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        (
            "Jullie hebben mijn gas afgesloten terwijl ik gewoon betaald heb, het is hier 12 graden"
            " in huis met een baby",
            "vulnerable",
        ),
        ("Hebben jullie onze stroom afgesloten? We hebben niks gedaan", "blocked"),
        ("Er staat een bedrag van 2.400 euro van mijn rekening af dat ik niet herken", "fraud"),
        ("Mijn zoon is gebeten door de hond van jullie bezorger", "safety"),
        ("Your driver's dog bit my daughter on the doorstep", "safety"),
        ("Mijn pinpas is ingeslikt door de automaat en ik sta in het buitenland", "blocked"),
        ("Jullie monteur heeft een waterleiding doorgeboord, het water spuit eruit", "safety"),
        ("De monteur heeft het gas aan laten staan, het hele huis stinkt", "safety"),
        ("Your engineer left the gas on and the whole flat smells", "safety"),
        ("Overschrijving van 1500 euro is van mijn rekening af maar nooit aangekomen bij de ontvanger", "money"),
        ("Ik word al een week van het kastje naar de muur gestuurd en intussen staat mijn rekening rood", "money"),
        ("Iemand heeft namens mij een lening aangevraagd, ik heb nu een BKR-registratie", "fraud"),
        ("Er zijn twee bedragen afgeschreven die ik niet heb gedaan, wat nu?", "fraud"),
    ],
)
def test_an_emergency_told_plainly_is_urgent(text: str, category: str) -> None:
    found = analyse(text, SETTINGS)
    assert found.urgency.level in URGENT
    assert category in found.urgency.categories
    assert found.sentiment.label is SentimentLabel.NEG


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("@SpotifyCares I was charged for premium twice this month", "money"),
        ("@VirginMedia charging me £40 a month more than what I was quoted", "money"),
        ("@Tesco the chicken I bought today was off and my son has been sick all night", "health"),
        ("@hulu_support paid for a year and now it says my subscription is cancelled??", "blocked"),
    ],
)
def test_english_customer_tweets_that_matter_are_urgent(text: str, category: str) -> None:
    found = analyse(text, SETTINGS).urgency
    assert found.level in URGENT
    assert category in found.categories


@pytest.mark.parametrize(
    "text",
    [
        "Een doos viel van het schap op het hoofd van mijn dochter, ze bloedt",
        "Ze bloedt uit haar neus na de val in jullie winkel",
        "A shelf collapsed in your store and hit my mum on the head",
        "A crate fell off the trolley onto my son in your Leeds store",
    ],
)
def test_someone_hurt_in_the_shop_is_critical(text: str) -> None:
    found = analyse(text, SETTINGS).urgency
    assert found.level is UrgencyLevel.CRITICAL
    assert "safety" in found.categories


@pytest.mark.parametrize(
    "text",
    [
        "Ik heb mijn gas laten afsluiten omdat ik verhuis, wat moet ik nog doen?",
        "Hebben jullie al een monteur gepland voor het afsluiten van mijn gas?",
        "Mijn hond heeft de bezorger gebeten, sorry daarvoor, is alles goed met hem?",
        "My dog bit your driver, is he ok?",
        "Is dit hondenvoer geschikt voor een herder van 8?",
        "Wat is het bedrag dat ik nog moet betalen?",
        "Ik heb een nieuwe pinpas aangevraagd, wanneer komt die?",
        "Is het gas aan laten staan tijdens de vakantie veilig?",
        "Can I leave the gas on while the engineer is here?",
        "Ik ga de gasleiding laten verleggen, wie moet ik bellen?",
        "Wanneer komt de monteur de waterleiding aansluiten?",
        "@SpotifyCares can I be charged for a family plan and a student plan at once?",
        "@Tesco the chicken was off the menu so I had the fish, lovely",
        "I'm sick of this weather, the food was fine though",
        "@hulu_support I paid for the upgrade and my old plan was cancelled as expected, thanks",
        "Hoe voorkom ik dat mijn rekening rood komt te staan?",
        "Ik heb een lening aangevraagd, wanneer hoor ik iets?",
        "Mijn betaling is nog niet bijgeschreven, duurt dat normaal een dag?",
        "Mijn zoon heeft een rekening geopend, kan ik meekijken?",
        "Mijn hart bloedt als ik zie hoe jullie klanten behandelen",
        "De prijs viel op het hoofd van de koper mee",
        "The price dropped on my order, nice",
    ],
)
def test_its_look_alikes_stay_calm(text: str) -> None:
    assert analyse(text, SETTINGS).urgency.level not in URGENT
