"""Round 53 (issue 12): praise with a shrug after a complaint is dry ("Fantastisch bedrijf
hoor 👏👏" after an hour on hold); the same words after a repair, before a contrast, or
alone are sincere. A verdict of "5 stars" is praise that owes no reply. Every sentence is
written for this file."""

from __future__ import annotations

import pytest

from webcare.analysis import analyse
from webcare.model import SentimentLabel
from webcare.settings import Settings

SETTINGS = Settings()
NEG, POS = SentimentLabel.NEG, SentimentLabel.POS


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Een uur in de wacht en dan opgehangen. Fantastisch bedrijf hoor 👏👏", NEG),
        ("Weer geen internet vanavond. Top service zeg.", NEG),
        ("Drie keer gebeld en drie keer opgehangen. Geweldig 🙄", NEG),
        ("Fantastisch bedrijf hoor 👏👏", POS),
        ("Had een storing, maar binnen het uur opgelost. Top bedrijf hoor 👏", POS),
        ("Pakket een dag eerder dan beloofd. Top service hoor!", POS),
    ],
)
def test_praise_with_a_shrug_after_a_complaint_is_dry(text: str, label: SentimentLabel) -> None:
    assert analyse(text, SETTINGS).sentiment.label is label


@pytest.mark.parametrize(
    "text",
    ["@RideCo driver sang along to every song on the radio. 5 stars", "@BurgerCo the new spicy wrap is pure fire"],
)
def test_praise_in_a_verdict_or_slang_owes_no_reply(text: str) -> None:
    found = analyse(text, SETTINGS)
    assert found.sentiment.label is POS
    assert not found.needs_reply


@pytest.mark.parametrize(
    ("text", "owed"),
    [
        ("@StreamCo my year in music is 90% sea shanties 😂 no regrets", False),
        ("De kat heeft de doos van de nieuwe mand geclaimd en laat de mand links liggen 😹", False),
        ("my order is 3 weeks late lol", True),
        ("the app logged me out again lol", True),
        ("my parcel is missing again 😂", True),
        ("haha can you tell me when the sale starts", True),
        # Round 66: the monkey covering its eyes is a laugh at oneself, not a complaint.
        ("@PostCo laat maar, het pakket lag gewoon bij de buren 🙈 sorry!", False),
        ("my parcel is missing again 🙈", True),
    ],
)
def test_a_joke_owes_no_reply_but_a_complaint_with_a_laugh_does(text: str, owed: bool) -> None:
    assert analyse(text, SETTINGS).needs_reply is owed
