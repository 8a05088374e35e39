"""Round 43 (issue 12): English customer tweets of a webcare lead's own that read normal,
with Dutch twins. Staff harassing the author, an appliance flooding the home, a hotel
booking that does not exist on arrival, a stranger inside the author's camera, a parcel
"delivered" that never came, a skimmer, a report to the health department; and praise
that names a flight today is no deadline. Every
sentence is written for this file, with look-alikes that must stay calm."""

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
        ("@Walmart your employee followed me to my car and harassed me", "escalation"),
        ("the security guard harassed my daughter at the entrance", "escalation"),
        ("@SamsungSupport my washer flooded my kitchen, water everywhere", "money"),
        ("de wasmachine lekt en de keuken staat blank", "money"),
        ("Ons hele huis staat onder water na jullie reparatie", "money"),
        ("@Expedia our hotel booking doesn't exist and it's midnight in a foreign country", "travel"),
        ("@Ring someone is using my camera feed, I can hear a voice through it", "fraud"),
        ("@AmazonHelp I never received my package but you're saying it was delivered, that was $300", "money"),
        ("@VirginTrains stuck outside Euston for an hour with no announcements", "travel"),
        ("@ChipotleTweets I'm reporting you to the health department", "legal"),
        ("@UPSHelp the package needs to be here by Friday for my daughter's wedding", "pressure"),
        ("@AskTarget your card reader stole my PIN, there's a skimmer on pump 4", "fraud"),
        ("@Delta thanks, but please hurry, my flight is today and I still have no seat", "pressure"),
        ("Mijn spaargeld is van de ene op de andere dag verdwenen van mijn rekening.", "money"),
        ("There is a fire 🔥 in your store on Main St, people inside!", "safety"),
        ("Brand 🔥 in jullie winkel, er zijn nog mensen binnen!", "safety"),
        ("the bus is on fire on the A12", "safety"),
        ("@Albert_Heijn in jullie winkel in Zwolle is net een vrouw flauwgevallen, er komt niemand", "health"),
        ("@Peloton the treadmill pulled my toddler under it", "safety"),
        ("@comcastcares you are the worst company on the planet, I hate you", "anger"),
        ("@Postmates the driver ate my food and marked it delivered", "money"),
        ("Ik verander van bank als dit niet snel opgelost wordt.", "churn"),
        ("Mijn laatste maand bij Ziggo, eindelijk verlost.", "churn"),
        ("Ben aan het kijken om over te stappen naar Bunq.", "churn"),
        ("Dit was de druppel, ik zeg op.", "churn"),
        ("Ik heb de overstapservice al aangevraagd.", "churn"),
        ("Als dit zo doorgaat, ik stap over op KPN.", "churn"),
        ("@Vattenfall jullie hebben 1.400 euro afgeschreven in plaats van 140.", "money"),
        ("@Thuisbezorgd bestelling nooit gekomen maar wel betaald, restaurant neemt niet op.", "money"),
        ("@XboxSupport got banned for no reason and lost all my games", "blocked"),
        ("I was banned from Fortnite for no reason, help", "blocked"),
        ("ik krijg geen melding om in te loggen", "outage"),
        ("De keuken van het restaurant staat in brand", "safety"),
        ("Na de update herkent de app mijn gezicht niet meer en mijn pincode wordt ook geweigerd.", "outage"),
    ],
)
def test_what_matters_is_urgent(text: str, category: str) -> None:
    found = analyse(text, SETTINGS).urgency
    assert found.level in URGENT
    assert category in found.categories


@pytest.mark.parametrize(
    "text",
    [
        "@Delta the agent followed up with me by email, thanks",
        "@Walmart your employee followed my instructions perfectly, great service",
        "@Ring can I share my camera feed with my wife?",
        "@Sonos I can hear a voice through the speaker on calls, is that a feature?",
        "@SamsungSupport does the washer have a flood sensor?",
        "Flooded with messages today, sorry for the wait!",
        "@NationalTrust we flooded the meadow for the wetland project, lovely to see the birds",
        "De keuken staat helemaal in de steigers, leuk om te zien hoe het wordt!",
        "@Expedia does my booking exist in the app or do I need to rebook?",
        "@Chipotle the health inspector rating on your door is an A, nice",
        "@AmazonHelp it says delivered and it was, thanks, just checking the invoice",
        "@UPSHelp does it need to be signed for if it arrives by Friday?",
        "Herkent de app mijn vingerafdruk niet als ik handschoenen draag?",
        "De herkenning werkt prima, de app herkent mijn gezicht meteen.",
        "she is on fire today, 3 goals!",
        "@Albert_Heijn mijn moeder viel bijna flauw van de lage prijzen haha",
        "ik viel bijna flauw toen ik de rekening zag",
        "the vacuum sucked my hair into the brush, ouch",
        "@Dominos I hate you for making such good pizza, my diet is ruined lol",
        "@Uber the driver took my package to the wrong house",
        "Ik stap over op de trein naar Gent, klopt het dat die vertraging heeft?",
        "Ik stap over in Utrecht op de sprinter, rijdt die nog?",
        "Mijn laatste factuur bij jullie was hoger dan normaal, hoe kan dat?",
        "er is 52 euro afgeschreven in plaats van 50, klopt dat?",
        "pakket niet bezorgd en ook niet betaald, geen probleem",
        "I got banned from the group chat lol",
        "the player got banned for doping",
        "Hoe lang duurt het voordat een overschrijving naar een andere bank aankomt?",
        "Ik overweeg over te stappen naar jullie, wat kost een zakelijke rekening?",
        "Ik krijg geen meldingen meer sinds de update, kan ik dat ergens aanzetten?",
        "Ik kon gisteren even niet inloggen maar het werkt alweer, dank jullie.",
        "Vroeger had ik veel storingen, nu gelukkig niet meer.",
        "there is a fire sale in your store this weekend?",
        "Is there a fire exit in the hotel?",
        "Ik sta in vuur en vlam voor dit plan!",
    ],
)
def test_its_look_alikes_stay_calm(text: str) -> None:
    assert analyse(text, SETTINGS).urgency.level not in URGENT


@pytest.mark.parametrize(
    "text",
    [
        "@Delta great crew on my flight today, thank you",
        "@AmericanAir loved the upgrade on my flight tonight, thank you!",
        "Bedankt voor de fijne vlucht vandaag, top bemanning!",
    ],
)
def test_a_date_in_praise_is_no_deadline(text: str) -> None:
    assert analyse(text, SETTINGS).urgency.level is UrgencyLevel.LOW
