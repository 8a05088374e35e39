"""Round 40 (issue 12): emergencies a webcare lead's own test messages found reading normal.
Someone armed or a robbery at the brand's place, a meal that put people in the emergency
room, a shop's tills down, the author's data sent to a stranger, an allergic child swelling
up, a lost bank card, a fine for the brand's slip, a child driven off with, a stairlift
stuck with its user on it, water coming through the ceiling. Every sentence is written for this file, with look-alikes that
must stay calm."""

from __future__ import annotations

import pytest

from webcare.analysis import analyse
from webcare.model import UrgencyLevel
from webcare.settings import Settings

SETTINGS = Settings()
URGENT = (UrgencyLevel.CRITICAL, UrgencyLevel.HIGH)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Er staat een man met een mes bij jullie filiaal in Utrecht", "safety"),
        ("Gewapende overval op jullie winkel aan de Markt", "safety"),
        ("Iemand met een mes bedreigt het personeel bij de kassa", "safety"),
        ("A man with a gun is in your store right now", "safety"),
        ("Armed robbery at your Leeds branch, staff are hiding in the back", "safety"),
        ("The meal kit chicken made my whole family sick, we are at the ER", "health"),
        ("Your takeaway made us violently ill", "health"),
        ("Payment terminal down at all our stores since 9am", "outage"),
        ("Our tills are down, we can't take payments", "outage"),
        ("Jullie hebben mijn paspoortgegevens naar een verkeerd e-mailadres gestuurd", "fraud"),
        ("You emailed my bank details to another customer", "fraud"),
        ("Ik kreeg de factuur van een andere klant, met haar adres erop", "fraud"),
        ("Mijn zoon is gestoken door een wesp in jullie restaurant en zwelt op, hij is allergisch", "health"),
        ("Her throat is swelling after one bite of your cookie", "health"),
        ("Ik ben mijn portemonnee kwijt met pinpas, kunnen jullie hem blokkeren?", "fraud"),
        ("I lost my wallet with my debit card, please freeze it", "fraud"),
        ("Jullie hebben mijn huur niet overgemaakt en ik krijg een aanmaning met boete", "money"),
        ("De bus reed gewoon door terwijl mijn dochter van 8 nog moest uitstappen", "vulnerable"),
        ("The driver drove off with my 6 year old son still on the bus", "vulnerable"),
        ("The stairlift you serviced yesterday stopped halfway with her on it", "safety"),
        ("De traplift staat halverwege stil met mijn moeder erop", "safety"),
        ("There's a massive leak coming through the ceiling since your plumber left", "money"),
        ("Het water loopt door ons plafond sinds de loodgieter weg is", "money"),
    ],
)
def test_an_emergency_told_plainly_is_urgent(text: str, category: str) -> None:
    found = analyse(text, SETTINGS).urgency
    assert found.level in URGENT
    assert category in found.categories


@pytest.mark.parametrize(
    "text",
    [
        "If you like crazy beasts stalking men with guns, you will enjoy this film",
        "Het mes dat ik bestelde is bot",
        "Is the knife set dishwasher safe?",
        "Your prices make me sick",
        "Ik werd overvallen door de vraag van de kassière",
        "Mijn gegevens zijn naar de verkeerde afdeling gestuurd, dus het duurt langer",
        "Allergisch voor katten, welke stofzuiger raden jullie aan?",
        "Hoe blokkeer ik mijn pas als hij ooit zoek raakt?",
        "De bus reed door met mijn fiets nog in het rek",
        "Water through the roof of the bus shelter again lol",
        "Can you fix a leak in the roof next week?",
    ],
)
def test_its_look_alikes_stay_calm(text: str) -> None:
    assert analyse(text, SETTINGS).urgency.level not in URGENT
