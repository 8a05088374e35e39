"""Round 42 (issue 12): English customer tweets of a webcare lead's own that read normal,
with their Dutch twins. Held in a taxi, a stranger's camera in the author's app, money
sent to the wrong person, a phone smoking on the charger, a rental car's brakes going, a
guard shouting at a disabled passenger. Every sentence is written for this file, with
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
    ],
)
def test_its_look_alikes_stay_calm(text: str) -> None:
    assert analyse(text, SETTINGS).urgency.level not in URGENT
