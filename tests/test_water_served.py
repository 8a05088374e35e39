"""Water at a restaurant's table is no supply outage (issue 12): "no water since I ordered
the dish" read high outage, a false alarm a restaurant chain's webcare team would see every
evening. A home without water stays urgent, with a meal or a kitchen in the sentence too."""

from __future__ import annotations

import pytest

from webcare.analysis import analyse
from webcare.model import UrgencyLevel
from webcare.settings import Settings

SETTINGS = Settings()


@pytest.mark.parametrize(
    "text",
    [
        "No water since I ordered the dish",
        "We kregen geen water meer sinds het hoofdgerecht",
        "Geen water meer bij het eten, de ober was nergens te zien",
        "Ze vergaten ons, geen water en geen brood aan tafel",
    ],
)
def test_water_not_served_at_the_table_is_no_outage(text: str) -> None:
    found = analyse(text, SETTINGS)
    assert "outage" not in found.urgency.categories
    assert found.urgency.level not in (UrgencyLevel.CRITICAL, UrgencyLevel.HIGH)


@pytest.mark.parametrize(
    "text",
    [
        "Geen water meer sinds vanochtend, ik kan niet eens eten koken",
        "We hebben geen water, de kraan geeft niks",
        "No water at my house since this morning, the kids need a bath",
        "Geen druppel water uit de kraan bij ons",
        "Geen stroom meer, al het eten in de vriezer ontdooit",
    ],
)
def test_a_home_without_water_or_power_is_still_an_outage(text: str) -> None:
    found = analyse(text, SETTINGS)
    assert "outage" in found.urgency.categories
    assert found.urgency.level in (UrgencyLevel.CRITICAL, UrgencyLevel.HIGH)
