"""Round 38, second trial (issue 12): high and critical messages the lead wrote after the
first round's fixes that still read normal, fixed with general rules. Every sentence here is
written for this file (none is the lead's nor from a label file), with look-alikes that must
keep their old reading."""

from __future__ import annotations

import pytest

from webcare.analysis import analyse
from webcare.model import Route, SentimentLabel, UrgencyLevel
from webcare.settings import Settings

SETTINGS = Settings()
CRITICAL, HIGH, NORMAL = UrgencyLevel.CRITICAL, UrgencyLevel.HIGH, UrgencyLevel.NORMAL
NEG = SentimentLabel.NEG
URGENT = (CRITICAL, HIGH)


def read(text: str):  # type: ignore[no-untyped-def]
    return analyse(text, SETTINGS)


@pytest.mark.parametrize(
    "text",
    [
        "The wire your fitter left by the door is sparking every time it rains",
        "Since your installer came the socket in our kitchen is smoking",
        "De kabel die jullie monteur heeft laten hangen vonkt tegen het hek",
        "Het stopcontact dat jullie hebben geplaatst rookt",
        "Bij de laadpaal voor ons huis vliegen er vonken vanaf",
    ],
)
def test_live_electrics_are_a_danger(text: str) -> None:
    found = read(text)
    assert found.urgency.level is CRITICAL
    assert "safety" in found.urgency.categories
    assert found.route is Route.HUMAN
    assert found.sentiment.label is NEG


@pytest.mark.parametrize(
    "text",
    [
        "Your new advert is sparking a lot of debate online",
        "The price change is sparking outrage among regular customers",
        "The cable deal is sparking interest from our neighbours",
        "Smoking is not allowed near the charging station",
    ],
)
def test_sparking_a_debate_is_no_danger(text: str) -> None:
    found = read(text)
    assert "safety" not in found.urgency.categories
    assert found.urgency.level is not CRITICAL


@pytest.mark.parametrize(
    "text",
    [
        "Hackers broke into my account last night and ordered two laptops",
        "Somebody got into my account and changed the delivery address",
        "Er is ingebroken in mijn account, al mijn spaarpunten zijn weg",
        "Mijn profiel is overgenomen door iemand anders",
        "Ik kreeg een sms dat mijn pakket vastzit en ik via een link moet betalen, komt dat van jullie?",
        "Got a text saying my parcel is held until I pay a fee through a link. Is this really from you?",
        "Er belde iemand namens jullie die mijn pincode wilde weten, klopt dat?",
    ],
)
def test_someone_in_the_account_or_a_suspicious_message_is_fraud(text: str) -> None:
    found = read(text)
    assert found.urgency.level in URGENT
    assert "fraud" in found.urgency.categories
    assert found.sentiment.label is NEG or "?" in text


@pytest.mark.parametrize(
    "text",
    [
        "Ik heb jullie een mail gestuurd met mijn nieuwe adres, klopt dat adres nu?",
        "I sent you an email yesterday, did you get it?",
        "De inbraak in ons huis staat in jullie krant van vandaag",
    ],
)
def test_a_mail_sent_or_a_burglary_in_the_news_is_no_fraud(text: str) -> None:
    assert "fraud" not in read(text).urgency.categories


@pytest.mark.parametrize(
    "text",
    [
        "Sinds gisteren geen water in de hele wijk, wanneer is het opgelost?",
        "Al twee dagen geen stromend water uit de kraan",
        "No running water in our building since Monday",
        "There's been no water in the house for two days now",
        "You switched off our gas supply without any warning",
    ],
)
def test_a_home_without_water_or_cut_off_is_urgent(text: str) -> None:
    assert read(text).urgency.level in URGENT


def test_a_supply_cut_off_with_a_baby_at_home_is_a_vulnerable_moment() -> None:
    found = read("You disconnected our electricity and we have a two week old baby")
    assert found.urgency.level in URGENT
    assert "vulnerable" in found.urgency.categories
    assert found.route is Route.HUMAN


@pytest.mark.parametrize(
    "text",
    [
        "Your van reversed into my car outside the depot and just drove off",
        "One of your delivery trucks backed into our fence this morning",
        "Jullie bestelbus reed vanochtend tegen onze gevel",
        "Onze schutting is kapotgereden door jullie vrachtwagen",
    ],
)
def test_the_brands_vehicle_into_the_authors_property_is_money_at_stake(text: str) -> None:
    found = read(text)
    assert found.urgency.level in URGENT
    assert "money" in found.urgency.categories


@pytest.mark.parametrize(
    "text",
    [
        "If this is not sorted today I'm taking you to small claims court",
        "Ik stap naar de geschillencommissie als dit niet vandaag is opgelost",
        "I'll be posting this on every review site until someone answers",
    ],
)
def test_a_threat_to_escalate_is_never_neutral(text: str) -> None:
    found = read(text)
    assert found.urgency.level in URGENT
    assert found.sentiment.label is NEG
