"""Round 45 (issue 12): a restaurant review's words that time pressure and fraud misread.
A room "moet dringend eens opgeknapt worden", staff who "probeert je zo snel mogelijk
buiten te krijgen", guests "al vijf keer geweest" and "bekeken alsof je iets gestolen
hebt" describe a place; none asks for anything now. The pressure and the theft they look
like stay urgent. Every sentence is written for this file."""

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
        ("Het lijkt alsof mijn account gehackt is, er zijn betalingen die ik niet heb gedaan.", "fraud"),
        ("Mijn fiets is gestolen bij jullie station, wie kan helpen?", "fraud"),
    ],
)
def test_the_pressure_and_theft_they_look_like_stay_urgent(text: str, category: str) -> None:
    found = analyse(text, SETTINGS).urgency
    assert found.level in URGENT
    assert category in found.categories
