""""No reply needed": closing thank-yous in Dutch and English are recognised (and sarcasm,
questions, complaints and requests are not), they open no response-time clock, they are
shown in every format, and a person can overrule webcare either way through the CLI."""

from __future__ import annotations

import pytest

from webcare.analysis import analyse
from webcare.config import BrandSettings, Settings
from webcare.model import UrgencyLevel

BOLDERKAR = Settings(brand=BrandSettings(name="Bolderkar", keywords=("bolderkar", "@bolderkar_nl")))

CLOSERS = [
    "bedankt!",
    "Bedankt!!",
    "top, thanks",
    "opgelost, dank je",
    "thx!",
    "dank u wel, fijne dag",
    "super, bedankt voor de snelle hulp",
    "Dankjewel Sanne!",
    "Het is gelukt, bedankt! Groetjes, Marieke",
    "Top, dank jullie wel @bolderkar_nl 👍",
    "Bedankt Bolderkar!",
    "Merci, dat was snel geregeld",
    "Helemaal goed zo, bedankt",
    "Pakket ontvangen, bedankt!",
    "Bedankt voor de snelle hulp, helemaal opgelost",
    "Thanks @BolderkarCare, all sorted",
    "Thank you so much, have a nice day!",
    "Cheers, that's fixed",
]


@pytest.mark.parametrize("text", CLOSERS)
def test_closing_thank_yous_need_no_reply(text: str) -> None:
    analysis = analyse(text, BOLDERKAR)
    assert analysis.needs_reply is False, analysis.needs_reply_reason
    assert analysis.needs_reply_reason == f"closing thank-you: {text!r}"
    assert analysis.urgency.level is UrgencyLevel.LOW
    assert analysis.urgency.reasons == ("closing thank-you, no reply needed",)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        # sarcasm
        ("bedankt voor niks", "more to say ('voor')"),
        ("Bedankt voor niets hoor", "more to say ('voor')"),
        ("thanks for nothing", "more to say ('for')"),
        ("Nou bedankt hoor", "more to say ('Nou')"),
        ("Thanks a lot 🙄", "negative"),
        # a question
        ("Bedankt! Wanneer komt mijn pakket?", "asks a question"),
        ("Thanks! Can you also check my other order", "more to say ('Can')"),
        # a complaint or more to say
        ("bedankt, maar het werkt nog steeds niet", "pressure"),
        ("Thanks, but the app still crashes", "more to say ('but')"),
        ("Thanks, my account is still hacked", "fraud"),
        ("Bedankt, ik wacht nog op mijn geld", "more to say ('ik')"),
        ("Top service, bedankt!", "more to say ('service')"),
        # a request
        ("Alvast bedankt", "more to say ('Alvast')"),
        ("Thanks in advance", "more to say ('in')"),
        # an order number or an amount
        ("Dank je, ordernummer 123456", "more to say ('ordernummer')"),
        ("Bedankt, 25 euro", "a number (an order, an amount)"),
    ],
)  # fmt: skip
def test_thanks_with_sarcasm_a_question_a_complaint_or_a_request_still_needs_a_reply(text: str, reason: str) -> None:
    analysis = analyse(text, BOLDERKAR)
    assert analysis.needs_reply is True
    assert analysis.needs_reply_reason == f"not a closing thank-you: {reason}"


@pytest.mark.parametrize(
    "text", ["Mijn pakket is nog steeds niet bezorgd", "Hoe laat gaat de winkel open?", "Great app!", ""]
)
def test_other_messages_need_a_reply_and_say_nothing_about_it(text: str) -> None:
    analysis = analyse(text, BOLDERKAR)
    assert (analysis.needs_reply, analysis.needs_reply_reason) == (True, "")


def test_a_long_thank_you_is_a_message_not_a_closer() -> None:
    text = "Bedankt " + "heel erg " * 15
    assert analyse(text, BOLDERKAR).needs_reply is True
