"""Round 42 (issue 12): English customer tweets of a webcare lead's own that read normal,
with their Dutch twins. Held in a taxi, a stranger's camera in the author's app, money
sent to the wrong person, a phone smoking on the charger, a rental car's brakes going, a
guard shouting at a disabled passenger; a Dutch batch of the same kind (a bill four times
itself, money gone the author knows nothing of, brown tap water, an arm caught in a tram
door, a hotel that does not exist at midnight). Every sentence is written for this file, with
look-alikes that must stay calm."""

from __future__ import annotations

import pytest

from webcare.analysis import analyse
from webcare.model import UrgencyLevel
from webcare.settings import Settings

SETTINGS = Settings()
URGENT = (UrgencyLevel.CRITICAL, UrgencyLevel.HIGH)


@pytest.mark.parametrize(
    ("text", "level", "category"),
    [
        ("@Lyft driver took a completely different route and wouldn't let me out of the car", "critical", "safety"),
        ("de taxichauffeur liet ons niet uitstappen en reed door", "critical", "safety"),
        ("@AppleSupport my iPhone got hot and started smoking while charging overnight", "critical", "safety"),
        (
            "@Hertz the rental car's brakes are grinding and the warning light is on, we're 100 miles from anywhere",
            "critical",
            "safety",
        ),
        ("@Ring someone else's camera feed is showing in my app", "high", "fraud"),
        ("ik zie de camerabeelden van iemand anders in mijn app", "high", "fraud"),
        ("@Venmo I sent $800 to the wrong person and they won't send it back, please help", "high", "money"),
        ("per ongeluk 500 euro naar de verkeerde rekening overgemaakt, kunnen jullie het terughalen?", "high", "money"),
        ("@GWRHelp absolutely disgusting treatment by your guard today, shouting at a disabled passenger", "high", "anger"),
        ("@Eneco mijn voorschot is ineens van 120 naar 480 euro per maand gegaan", "high", "money"),
        ("my bill went from £40 to £95 this month", "high", "money"),
        ("@Rabobank er is 3000 euro van mijn spaarrekening gehaald en ik weet van niks", "high", "fraud"),
        ("@waterbedrijf ons kraanwater is bruin en ruikt raar, kunnen we het nog drinken?", "critical", "health"),
        ("@RET de tramdeur ging dicht op mijn zoontje, zijn arm zat klem", "critical", "safety"),
        ("@Odido als dit morgen niet opgelost is stap ik over naar KPN", "high", "churn"),
        (
            "@DeLijn de chauffeur reed weg terwijl mijn moeder met rollator nog half in de bus stond",
            "high",
            "vulnerable",
        ),
        ("@Booking het hotel bestaat niet en we staan met twee kinderen om middernacht op straat", "high", "travel"),
        (
            "@bol_com mijn pakket is als bezorgd gemarkeerd maar ik heb niks gekregen, ging om een laptop van 900 euro",
            "high",
            "money",
        ),
        ("@DoorDash food came with a dead cockroach in it, my kids were eating it", "critical", "health"),
        ("@Verizon you disconnected my mom's phone and she lives alone, she's 86", "high", "vulnerable"),
        ("@Verizon you cut off my grandad's landline, he's 91 and lives alone", "high", "vulnerable"),
        (
            "@Airbnb the apartment has no lock on the front door and the host won't answer, we're two women alone",
            "critical",
            "safety",
        ),
        ("@Chase my card was skimmed at your ATM, $2000 gone", "high", "fraud"),
        ("@Hilton there are bed bugs in our room and the front desk says nothing is available", "high", "travel"),
        ("@KLM our son is an unaccompanied minor and nobody came to pick him up at the gate", "high", "vulnerable"),
        ("@EE Your shop assistant called me a stupid cow in front of everyone", "high", "anger"),
        ("@comcastcares u guys charged me 2x this month?? fix it", "high", "money"),
        ("@ATT my bill doubled for no reason what is this", "high", "money"),
        ("@NikeSupport ordered 2 weeks ago, tracking hasnt moved, was a gift for tomorrow", "high", "pressure"),
        ("Na de update zijn al mijn gegevens weg en ik kan niet meer overboeken.", "high", "outage"),
        ("als dit niet opgelost wordt stap ik over naar de concurrent", "high", "churn"),
        ("Het hotel heeft ons eruit gezet, nu staan we op straat", "high", "travel"),
        ("Ik word telkens uitgelogd en moet dan weer opnieuw mijn pincode instellen, onwerkbaar.", "high", "outage"),
    ],
)
def test_what_matters_is_urgent(text: str, level: str, category: str) -> None:
    found = analyse(text, SETTINGS).urgency
    assert found.level.value == level
    assert category in found.categories


@pytest.mark.parametrize(
    "text",
    [
        "@Vodafone you won't let me out of my contract early, what are my options?",
        "@Uber can I let my kid get out before the destination?",
        "@Monzo how do I send money to someone who isn't on Monzo?",
        "Hoe maak ik geld over naar een rekening in het buitenland?",
        "kan ik de bestellingen van iemand anders volgen als ik hun code heb?",
        "@Instagram how do I see someone else's photos when their account is private?",
        "my phone got hot while gaming, is that normal?",
        "@Halfords my bike brakes are squeaking a bit, can I bring it in?",
        "the staff were shouting happy birthday to my daughter, so sweet",
        "my bill went from £40 to £45 this month",
        "ons voorschot is van 120 naar 125 euro per maand gegaan, klopt dat?",
        "50 euro in plaats van 45",
        "er is 30 euro afgeschreven, is dat de jaarlijkse bijdrage? ik weet van niks af",
        "Is het kraanwater in Amsterdam goed te drinken?",
        "de deur van de kast zit klem, kunnen jullie een monteur sturen?",
        "stap ik over naar jullie, hoe gaat dat met mijn oude nummer?",
        "stap ik over naar een ander pakket, verlies ik dan mijn korting?",
        "De kinderen staan om 8 uur op straat te wachten op de bus",
        "Als bezorgd gemarkeerd en netjes bij de buren afgegeven, dank jullie!",
        "Kan ik een kamer boeken voor twee nachten, we hebben nog geen slaapplek gezocht",
        "@Hilton how do you prevent bed bugs in your hotels?",
        "@AmericanAir how do I book an unaccompanied minor ticket for my son?",
        "@Chase how do I know if my card was skimmed?",
        "we watched a film about a rat who cooks and ate popcorn",
        "@Verizon I cancelled my old phone line, can I keep the number?",
        "@EE your shop assistant was lovely and called me back the next day",
        "she's 86 years young and still loves your biscuits!",
        "@Etsy can I add a gift note for tomorrow's order?",
        "@Spotify if I pay for 2x family plans do I get a discount?",
        "@Netflix my subscription doubled in value with the new shows, love it",
        "@AmazonHelp is my parcel with the birthday present shipped yet? no rush",
        "Ik ben net uitgelogd, hoe log ik weer in?",
        "Zijn mijn gegevens weg als ik de app verwijder?",
        "Onze fietsen staan op straat, mag dat van de gemeente?",
        "stap ik over naar het nieuwe tarief, wat kost dat?",
        "there was a mouse in the kitchen at the hotel, ew",
    ],
)
def test_its_look_alikes_stay_calm(text: str) -> None:
    assert analyse(text, SETTINGS).urgency.level not in URGENT
