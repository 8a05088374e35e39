"""Round 41 (issue 12): praise said for having to do the brand's work, or around how the
brand charges, is sarcasm read over the whole analysis (`compose.said_negative`); the same
praise for good service stays praise. Every sentence is written for this file."""

from __future__ import annotations

import pytest

from webcare.analysis import analyse
from webcare.model import SentimentLabel
from webcare.settings import Settings

SETTINGS = Settings()


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Echt top dat ik drie keer moet bellen voor een simpele vraag", SentimentLabel.NEG),
        ("Fijn dat we zelf naar het depot moeten rijden", SentimentLabel.NEG),
        ("Great that I have to pay extra for a seat next to my own child", SentimentLabel.NEG),
        ("Love how you charge me for a service I never got", SentimentLabel.NEG),
        ("Fijn dat ik meteen geholpen werd.", SentimentLabel.POS),
        ("Top dat jullie zo snel reageren!", SentimentLabel.POS),
        ("Love how you always reply so fast", SentimentLabel.POS),
    ],
)
def test_praise_for_the_customers_chore_is_sarcasm(text: str, label: SentimentLabel) -> None:
    assert analyse(text, SETTINGS).sentiment.label is label
