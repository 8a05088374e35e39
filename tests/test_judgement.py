"""Issue 12's table, row by row: what webcare said, what it should say. Pure tests of
`analyse` on texts written here (tests never read ../shared)."""

from __future__ import annotations

import pytest

from webcare.analysis import analyse
from webcare.analysis.language import detect_language
from webcare.analysis.sentiment import analyse_sentiment
from webcare.config import Settings
from webcare.model import Route, SentimentLabel, UrgencyLevel

PLAIN = Settings()
HIGH, CRITICAL, LOW = UrgencyLevel.HIGH, UrgencyLevel.CRITICAL, UrgencyLevel.LOW


@pytest.mark.parametrize(
    "text",
    [
        "Ik bestel hier nooit meer",
        "Nooit meer!",
        "Drie keer een verkeerde levering, ik heb opgezegd en ben overgestapt naar de concurrent",
    ],
)
def test_churn_is_high(text: str) -> None:
    urgency = analyse(text, PLAIN).urgency
    assert (urgency.level, "churn" in urgency.categories) == (HIGH, True), urgency


def test_mailing_a_consumer_programme_is_an_escalation() -> None:
    urgency = analyse("Mail de redactie van Kassa.", PLAIN).urgency
    assert (urgency.level, urgency.categories) == (HIGH, ("escalation",))


def test_a_near_miss_is_critical_safety_and_negative() -> None:
    analysis = analyse("Mijn remmen doen het niet meer, ik ben bijna onder een tram gekomen", PLAIN)
    assert (analysis.urgency.level, analysis.urgency.categories) == (CRITICAL, ("safety",))
    assert analysis.sentiment.label is SentimentLabel.NEG
    assert analysis.route is Route.HUMAN


def test_a_phishing_victim_is_high_fraud() -> None:
    text = (
        "Kreeg een sms: 'uw bezorging is vertraagd, betaal € 1,95 via deze link'. "
        "Mijn moeder (78) heeft al haar bankgegevens ingevuld, wat moet ze doen?"
    )
    urgency = analyse(text, PLAIN).urgency
    assert urgency.level is HIGH and "fraud" in urgency.categories, urgency


@pytest.mark.parametrize(
    "text", ["laat me niet inloggen, foutcode 500", "De app crasht constant sinds de update."]
)
def test_outages_said_as_symptoms_are_high_and_negative(text: str) -> None:
    analysis = analyse(text, PLAIN)
    assert (analysis.urgency.level, analysis.urgency.categories) == (HIGH, ("outage",))
    assert analysis.sentiment.label is SentimentLabel.NEG


def test_a_ride_hailing_crash_with_the_customer_hurt_is_critical_safety() -> None:
    urgency = analyse(
        "@Uber_Support my driver crashed into another car and I'm hurt, nobody calls me back",
        PLAIN,
    ).urgency
    assert (urgency.level, urgency.categories) == (CRITICAL, ("safety",))


@pytest.mark.parametrize(
    "text",
    [
        "@shop you charged me three times for the same order, I want my money back",
        "The plumber's bill was ten times the quote they gave us",
        "Er is twee keer € 45 afgeschreven voor één bestelling",
    ],
)
def test_money_taken_wrongly_is_high(text: str) -> None:
    urgency = analyse(text, PLAIN).urgency
    assert urgency.level is HIGH and "money" in urgency.categories, urgency


def test_a_word_in_a_list_of_exempt_items_is_not_critical_health() -> None:
    text = (
        "@marksandspencer you don't have to charge for a bag that only holds certain items, such"
        " as unwrapped food, raw meat and fish, prescription medicines, uncovered blades"
    )
    urgency = analyse(text, PLAIN).urgency
    assert urgency.level is not CRITICAL and "health" not in urgency.categories, urgency


@pytest.mark.parametrize(
    "text",
    [
        "Outage issue solved; #CSIssue not #CSFail",
        "@CoxHelp Had to push hard but got a team lead. Outage issue solved; #CSIssue not #CSFail",
    ],
)
def test_a_solved_outage_is_low(text: str) -> None:
    analysis = analyse(text, PLAIN)
    assert analysis.urgency.level is LOW
    assert analysis.needs_reply is False


def test_a_bereavement_is_high_human_and_not_an_outage() -> None:
    analysis = analyse(
        "Mijn vader is vorige week overleden en ik kan niet inloggen op zijn account", PLAIN
    )
    assert analysis.urgency.level is HIGH
    assert analysis.urgency.categories == ("vulnerable",)
    assert analysis.route is Route.HUMAN


@pytest.mark.parametrize(
    "text",
    [
        "Oh GREAT… AGAIN… Truly WORLD CLASS 🙄🙄",
        "Echt geweldig product hoor 🙄",
        "Wow, echt fantastisch dat mijn bestelling weer te laat is. 👏",
        "Nou lekker dan",
        "thanks for nothing",
    ],
)
def test_sarcasm_is_negative_and_needs_a_reply(text: str) -> None:
    analysis = analyse(text, PLAIN)
    assert analysis.sentiment.label is SentimentLabel.NEG, analysis.sentiment
    assert analysis.needs_reply is True


def test_sarcasm_says_what_gave_it_away() -> None:
    words = analyse("Echt geweldig product hoor 🙄", PLAIN).sentiment.words
    assert words[0] == "sarcasm: geweldig 🙄"


def test_sincere_praise_stays_positive() -> None:
    for text in ("Echt geweldig hoor, bedankt!", "Great job, thanks again!"):
        assert analyse(text, PLAIN).sentiment.label is SentimentLabel.POS, text


def test_an_accident_report_without_an_opinion_word_is_negative() -> None:
    sentiment = analyse(
        "Jullie bezorgbus heeft een fietser aangereden op de Oudegracht, ambulance is onderweg",
        PLAIN,
    ).sentiment
    assert sentiment.label is SentimentLabel.NEG


def test_angry_emoji_alone_are_negative() -> None:
    analysis = analyse("😡😡😡 @brand", PLAIN)
    assert analysis.sentiment.label is SentimentLabel.NEG
    assert "😡" in analysis.sentiment.words


def test_a_ghost_or_a_pumpkin_is_playful_not_negative() -> None:
    # VADER reads the ghost emoji as "ghost" (-1.3); in a tweet it is Halloween fun.
    analysis = analyse("🎃Thanks @grillbar for my free taco 👻 tonight!", PLAIN)
    assert analysis.sentiment.label is SentimentLabel.POS
    assert analysis.needs_reply is False, analysis.needs_reply_reason
    assert analyse("👻👻", PLAIN).sentiment.label is not SentimentLabel.NEG


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("El pedido llegó tarde y el producto está roto, muy mal servicio", "es"),
        ("Producto de mala calidad, no funciona en mi casa", "es"),
        ("Leveransen kom för sent och paketet var trasigt", "sv"),
        ("Jag är mycket nöjd med köpet, snabb leverans", "sv"),
    ],
)
def test_other_languages_are_named_and_not_read_with_the_dutch_lexicon(
    text: str, language: str
) -> None:
    assert detect_language(text) == language
    sentiment = analyse(text, PLAIN).sentiment
    assert sentiment.label is SentimentLabel.NEU
    assert sentiment.words == (f"no sentiment lexicon for {language}",)


def test_another_language_gets_its_sentiment_from_rating_and_emoji() -> None:
    text = "El pedido llegó tarde y el producto está roto, muy mal servicio"
    rated = analyse(text, PLAIN, rating=1).sentiment
    assert rated.label is SentimentLabel.NEG
    assert rated.words[:2] == ("no sentiment lexicon for es", "1-star rating")
    angry = analyse_sentiment("Pedido llegó tarde otra vez 😡", "es")
    assert angry.label is SentimentLabel.NEG


@pytest.mark.parametrize(
    ("text", "rating", "label"),
    [
        ("De bezorging was op dinsdag", 1, SentimentLabel.NEG),  # neutral words, 1 star
        ("Het pakket kwam op dinsdag", 2, SentimentLabel.NEG),
        ("The parcel came on Tuesday", 1, SentimentLabel.NEG),
        ("Prima, maar weinig keuze aan fondsen", 4, SentimentLabel.POS),
        ("Fantastische service, supersnel geleverd!", 1, SentimentLabel.POS),  # the text is clear
    ],
)
def test_a_star_rating_is_strong_evidence(text: str, rating: int, label: SentimentLabel) -> None:
    assert analyse(text, PLAIN, rating=rating).sentiment.label is label


def test_star_rating_decides_praise_of_a_mixed_review() -> None:
    analysis = analyse("Prima, maar weinig keuze aan fondsen", PLAIN, rating=4)
    assert analysis.needs_reply_reason == "praise: thank if you like, no reply owed"
