"""Round 38 (issue 12): misreadings the lead found in new messages, fixed with general rules.
Every sentence here is written for this file (none is the lead's nor from a label file), with
look-alikes that must keep their old reading."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from webcare.analysis import analyse
from webcare.cli import app
from webcare.model import Route, SentimentLabel, UrgencyLevel
from webcare.settings import Settings

SETTINGS = Settings()
CRITICAL, HIGH, NORMAL = UrgencyLevel.CRITICAL, UrgencyLevel.HIGH, UrgencyLevel.NORMAL
NEG = SentimentLabel.NEG


def read(text: str):  # type: ignore[no-untyped-def]
    return analyse(text, SETTINGS)


@pytest.mark.parametrize(
    "text",
    [
        "Mijn moeder zit al een half uur vast in de lift van jullie station",
        "Help, we zijn ingesloten in jullie parkeergarage en niemand neemt op",
        "De lift bij jullie filiaal is blijven steken met mijn zoontje erin",
        "My son is trapped in the lift at your Leeds store",
        "We've been stuck in the elevator at your hotel for 40 minutes",
        "There's a gas odour all along the platform of your station",
        "Bij de ingang van jullie filiaal hangt een sterke gasgeur",
    ],
)
def test_someone_shut_in_or_a_gas_smell_is_critical(text: str) -> None:
    found = read(text)
    assert found.urgency.level is CRITICAL
    assert "safety" in found.urgency.categories
    assert found.route is Route.HUMAN
    assert found.sentiment.label is NEG


@pytest.mark.parametrize(
    "text",
    [
        "Ik zit vast aan een contract van twee jaar bij jullie",
        "I'm stuck in a contract with you until March",
        "The lift at your store was out of order last week",
        "Why are gas prices at your station so high?",
    ],
)
def test_a_contract_or_a_broken_lift_is_no_one_shut_in(text: str) -> None:
    assert "safety" not in read(text).urgency.categories


@pytest.mark.parametrize(
    "text",
    [
        "The courier shoved me when I asked him to wait a second",
        "Your delivery driver got really aggressive with my wife at the door",
        "De koerier werd heel agressief toen ik vroeg of hij het pakket binnen wilde zetten",
        "Ik werd gisteren bedreigd door de chauffeur van jullie bus",
    ],
)
def test_staff_threatening_the_author_is_high_and_a_person_answers(text: str) -> None:
    found = read(text)
    assert found.urgency.level is HIGH
    assert "escalation" in found.urgency.categories
    assert found.route is Route.HUMAN
    assert found.sentiment.label is NEG


@pytest.mark.parametrize(
    "text",
    [
        "De chauffeur was heel vriendelijk en hielp met mijn koffer",
        "The technician threatened to charge a call-out fee if I cancelled",
    ],
)
def test_staff_without_a_threat_to_the_author_is_no_escalation(text: str) -> None:
    assert "escalation" not in read(text).urgency.categories


@pytest.mark.parametrize(
    "text",
    [
        "Deze maand schrijven jullie 412 euro af in plaats van de gebruikelijke 58",
        "You billed me $250 instead of the quoted $35",
        "Jullie hebben €12,50 van mijn rekening getrokken voor een verzekering die ik nooit heb afgesloten",
    ],
)
def test_a_bill_many_times_itself_or_money_for_nothing_is_money(text: str) -> None:
    found = read(text)
    assert found.urgency.level is HIGH
    assert "money" in found.urgency.categories
    assert "churn" not in found.urgency.categories


def test_a_small_price_rise_is_no_money_taken() -> None:
    assert "money" not in read("Ik betaal nu 48 euro in plaats van 45, jammer").urgency.categories


@pytest.mark.parametrize(
    "text",
    [
        "Volgende maand stap ik over, het is genoeg geweest.",
        "In januari stap ik over.",
        "Na tien jaar klant te zijn geweest stap ik over, dit kan echt niet meer.",
        "We're switching carriers after this.",
    ],
)
def test_a_switch_without_a_rival_is_churn(text: str) -> None:
    found = read(text)
    assert found.urgency.level is HIGH
    assert "churn" in found.urgency.categories


@pytest.mark.parametrize(
    "text", ["In Amersfoort stap ik over.", "Waar stap ik over?", "Op het station stap ik over."]
)
def test_a_change_of_trains_is_no_churn(text: str) -> None:
    assert "churn" not in read(text).urgency.categories


@pytest.mark.parametrize(
    "text",
    [
        "De installateur zou vanochtend langskomen voor de modem, het is nu vier uur en nog steeds niemand gezien",
        "The engineer was due to arrive by noon, it's 5pm and no one has shown up",
        "The courier dropped our package in the snow and the books inside are ruined",
        "Bezorger heeft de doos gewoon in de regen neergezet",
    ],
)
def test_a_missed_visit_or_a_parcel_left_in_the_weather_is_negative(text: str) -> None:
    found = read(text)
    assert found.sentiment.label is NEG
    assert found.urgency.level in (NORMAL, HIGH)


def test_a_visit_kept_is_not_negative() -> None:
    found = read("De monteur zou om 10 uur komen en was er stipt op tijd, top!")
    assert found.sentiment.label is not NEG


@pytest.mark.parametrize(
    "text",
    [
        "Mooi hoe jullie mijn mails al drie weken laten liggen.",
        "Love how you ignore every single DM I send.",
        "Another price rise in the middle of winter. Thanks for nothing.",
        "Bedankt voor niks hoor, weer geen antwoord.",
    ],
)
def test_sarcasm_about_being_ignored_is_negative_and_wants_a_reply(text: str) -> None:
    found = read(text)
    assert found.sentiment.label is NEG
    assert found.urgency.level is not UrgencyLevel.LOW
    assert found.needs_reply


def test_praise_of_how_it_was_solved_stays_positive() -> None:
    assert read("Mooi hoe jullie dat zo snel hebben opgelost, dank je!").sentiment.label is SentimentLabel.POS


@pytest.mark.parametrize(
    "text, category",
    [
        ("Mijn dochter heeft een allergische reactie op jullie koekjes, we zitten in het ziekenhuis", "health"),
        ("Iemand heeft via mijn account een telefoon besteld, dat was ik niet", "fraud"),
        ("Someone logged into my account and changed the email, I never did that", "fraud"),
    ],
)
def test_an_emergency_or_fraud_of_ones_own_is_negative(text: str, category: str) -> None:
    found = read(text)
    assert category in found.urgency.categories
    assert found.sentiment.label is NEG


def test_a_review_naming_a_hospital_is_no_emergency_of_the_authors() -> None:
    assert read("The film is set in a hospital, quietly and slowly.").sentiment.label is not NEG


@pytest.mark.parametrize(
    "text",
    [
        "Mijn hoogbejaarde oma kreeg aan de deur een energiecontract aangesmeerd",
        "Your rep talked my 84-year-old grandmother into a two-year plan",
    ],
)
def test_an_old_relative_sold_a_contract_is_vulnerable(text: str) -> None:
    found = read(text)
    assert found.urgency.level is HIGH
    assert "vulnerable" in found.urgency.categories
    assert found.route is Route.HUMAN
    assert found.sentiment.label is NEG


def test_an_old_phone_sold_is_no_vulnerable_moment() -> None:
    assert "vulnerable" not in read("My old phone was sold on eBay last week").urgency.categories


@pytest.mark.parametrize(
    "text",
    ["Ons internet doet het al drie dagen nie meer", "Mijne laptop doet het nie sinds jullie update"],
)
def test_flemish_nie_meer_is_an_outage(text: str) -> None:
    found = read(text)
    assert found.urgency.level is HIGH
    assert "outage" in found.urgency.categories


@pytest.mark.parametrize(
    "text",
    ["Who is in charge of complaints at your Ghent store?", "My phone won't charge since your update"],
)
def test_in_charge_or_charging_a_phone_is_no_billing(text: str) -> None:
    assert "billing" not in read(text).topics


def test_a_charge_is_still_billing() -> None:
    assert "billing" in read("You charged me twice for the same order").topics


def test_staff_damage_is_money_at_stake_not_legal() -> None:
    found = read("Your engineer cracked my driveway and won't pay for the repair")
    assert "legal" not in found.urgency.categories
    assert "money" in found.urgency.categories
    assert "legal" in read("Your engineer cracked my driveway, my lawyer will be in touch").urgency.categories


def test_the_cli_reads_a_stuck_lift_as_critical() -> None:
    result = CliRunner().invoke(
        app, ["analyze", "-f", "jsonl", "Mijn moeder zit vast in de lift van jullie winkel"]
    )
    assert result.exit_code == 0, result.output
    assert '"critical"' in result.output
