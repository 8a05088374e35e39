"""A retweet owes no reply (the original post does), unless it shares an emergency: that stays
in sight in case its original is not in the store."""

from __future__ import annotations

from webcare.analysis import analyse
from webcare.settings import Settings

SETTINGS = Settings()


def test_a_shared_post_needs_no_reply_of_its_own() -> None:
    for text in (
        "RT @acme: Onze winkels zijn morgen open van 9 tot 17",
        "RT @klant: @acme mijn pakket is weer niet bezorgd",
    ):
        found = analyse(text, SETTINGS)
        assert not found.needs_reply
        assert "retweet" in found.needs_reply_reason


def test_a_shared_emergency_and_a_comment_before_the_retweet_still_need_a_reply() -> None:
    assert analyse("RT @klant: Bezorgbus van Acme reed een fietser aan, ambulance onderweg", SETTINGS).needs_reply
    assert analyse("Dit is toch niet normaal RT @klant: @acme mijn pakket is weer niet bezorgd", SETTINGS).needs_reply
    assert analyse("RTL meldt een storing bij Acme, kan ik nog inloggen?", SETTINGS).needs_reply
