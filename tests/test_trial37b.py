"""A lead's trial (issue 12, round 37) found five misreadings: a parcel lost told as a fact
read neutral; thanks said to a complaint ("Bedankt hoor, …") read neutral or even positive;
a failure counted ("the third time my delivery is late") and a delivery late read neutral;
asking for a manager read as nothing urgent; water near the electrics read as nothing
urgent. The general rules: a parcel lost, a failure counted and a delivery late are
complaints; thanks with a shrug ("hoor", "a lot", "lekker dan") in a message with a
complaint and no other praise are sarcasm; a count of a failure is patience gone (time
pressure, a parcel or not); asking for a manager or someone in charge is an escalation;
water at a meter cupboard, a fuse box or a socket is a danger.

The sentences here are this test's own, several phrasings of each with look-alikes, Dutch
and English; the trial's own sentences go through the CLI once at the end.
"""

from __future__ import annotations

import pytest

from tests.labelled_probes import URGENT, analyzed, labelled_cases
from webcare.analysis import analyse
from webcare.evaluate_urgency import Labelled
from webcare.settings import BrandSettings, Settings

ACME = Settings(brand=BrandSettings(name="Acme", keywords=("acme", "@acme")))


def _read(text: str) -> tuple[str, str, tuple[str, ...]]:
    got = analyse(text, ACME)
    return got.sentiment.label.value, got.urgency.level.value, got.urgency.categories


@pytest.mark.parametrize(
    "text",
    [
        "Jullie zijn alweer mijn pakketje kwijtgeraakt",
        "Onze bestelling is zoek, volgens de bezorger is hij geleverd",
        "De zending met mijn nieuwe jas is verdwenen",
        "Zoekgeraakte pakketten vergoeden jullie dus niet eens",
        "The courier lost my parcel somewhere",
        "My order went missing between the depot and my door",
    ],
)
def test_a_parcel_lost_told_as_a_fact_is_a_complaint(text: str) -> None:
    assert _read(text)[0] == "neg", analyse(text, ACME).sentiment


@pytest.mark.parametrize(
    "text",
    [
        # Looking for it, asking whether it is lost, or saying it is not.
        "Ik zoek mijn pakket, waar vind ik de track en trace?",
        "Het pakket dat ik zoek is een verjaardagscadeau",
        "Is mijn pakket zoek?",
        "Mijn pakket is weg uit het depot, komt morgen",
    ],
)
def test_looking_for_a_parcel_is_no_complaint(text: str) -> None:
    assert _read(text)[0] == "neu", analyse(text, ACME).sentiment


@pytest.mark.parametrize(
    "text",
    [
        "Dankjewel hoor, mijn bestelling is alweer zoek.",
        "Lekker dan, de levering is weer te laat.",
        "Nou bedankt, mijn pakket is verdwenen",
        "Thanks a bunch, my parcel is late again.",
    ],
)
def test_thanks_said_to_a_complaint_are_sarcasm(text: str) -> None:
    sentiment = analyse(text, ACME).sentiment
    assert sentiment.label.value == "neg", sentiment
    assert sentiment.score <= -0.5, sentiment
    assert sentiment.words[0].startswith("sarcasm: "), sentiment


@pytest.mark.parametrize(
    "text",
    [
        "Dank u wel hoor, fijn geholpen!",
        "Bedankt hoor, de monteur heeft alles keurig gerepareerd.",
        "Thanks a lot, the new router works perfectly",
    ],
)
def test_sincere_thanks_stay_praise(text: str) -> None:
    assert _read(text)[0] == "pos", analyse(text, ACME).sentiment


def test_thanks_naming_what_was_good_are_sincere_beside_an_old_complaint() -> None:
    sentiment = analyse(
        "Bedankt hoor voor het snelle antwoord, mijn vorige pakket was zoek maar deze kwam keurig.",
        ACME,
    ).sentiment
    assert not any(word.startswith("sarcasm") for word in sentiment.words), sentiment


@pytest.mark.parametrize(
    "text",
    [
        "Het is nu de vierde keer dat de monteur niet komt opdagen",
        "Dit is alweer de tweede keer dat mijn bestelling beschadigd aankomt",
        "That's the fourth time my order hasn't arrived",
        "5th time my package is delayed this month",
    ],
)
def test_a_failure_counted_is_a_complaint_and_patience_gone(text: str) -> None:
    sentiment, level, categories = _read(text)
    assert sentiment == "neg", analyse(text, ACME).sentiment
    assert level == "high" and "pressure" in categories, analyse(text, ACME).urgency


@pytest.mark.parametrize(
    "text",
    [
        "Dit is de tweede keer dat ik bij jullie bestel en weer super tevreden",
        "Ik lees het nu de derde keer, want ik kan het boek niet wegleggen",
    ],
)
def test_a_count_without_a_failure_is_no_complaint(text: str) -> None:
    assert _read(text)[0] == "pos", analyse(text, ACME).sentiment


@pytest.mark.parametrize(
    "text",
    ["The courier was late again today", "Our engineer is running late", "my order is late"],
)
def test_a_delivery_late_is_a_complaint(text: str) -> None:
    assert _read(text)[0] == "neg", analyse(text, ACME).sentiment


def test_a_late_slot_asked_for_is_no_complaint() -> None:
    assert _read("Can you deliver late in the evening?")[0] == "neu"


@pytest.mark.parametrize(
    "text",
    [
        "Put me through to your supervisor please",
        "I need to talk with somebody in charge, now",
        "Let me speak to the manager",
        "Mag ik uw leidinggevende even spreken?",
        "Verbind me door met een teamleider",
        "Ik wil nu je chef aan de lijn",
    ],
)
def test_asking_for_a_manager_is_an_escalation(text: str) -> None:
    got = analyse(text, ACME)
    assert got.urgency.level.value == "high", got.urgency
    assert "escalation" in got.urgency.categories, got.urgency
    assert got.route.value == "human", got.route_reason


@pytest.mark.parametrize(
    "text",
    [
        "My manager told me to contact you about the invoice",
        "De manager van de winkel was erg behulpzaam",
        "Onze leidinggevende heeft de bestelling geplaatst",
    ],
)
def test_a_manager_named_is_no_escalation(text: str) -> None:
    assert "escalation" not in _read(text)[2], analyse(text, ACME).urgency


@pytest.mark.parametrize(
    "text",
    [
        "Het regent binnen en het water loopt langs het stopcontact",
        "Lekkage bij de groepenkast, wat moet ik doen?",
        "De meterkast staat onder water na de storm",
        "Rain is dripping onto the consumer unit",
        "The fuse box is wet after the storm",
    ],
)
def test_water_near_the_electrics_is_a_danger(text: str) -> None:
    sentiment, level, categories = _read(text)
    assert level == "critical" and "safety" in categories, analyse(text, ACME).urgency
    assert sentiment == "neg", analyse(text, ACME).sentiment


@pytest.mark.parametrize(
    "text",
    [
        "Geen lekkage meer bij de meterkast, dank voor de snelle reparatie",
        "Waar zit de watermeter, in de meterkast?",
        "Where is the water meter in the fuse box?",
    ],
)
def test_water_near_the_electrics_denied_or_asked_about_is_no_danger(text: str) -> None:
    assert "safety" not in _read(text)[2], analyse(text, ACME).urgency


def test_the_trials_sentences_through_the_cli() -> None:
    """`webcare analyze` as the lead ran it: language, sentiment, score, urgency, topics,
    route, text; one line each, in order."""
    texts = [
        "Lekker dan Acme, weer een pakket kwijt. Bedankt hoor.",
        "Bedankt hoor, weer een pakket kwijt.",
        "Bedankt hoor, top geholpen!",
        "This is the third time my delivery is late",
        "Dit is de derde keer dat mijn pakket niet komt",
        "I want to speak to a manager",
        "Ik wil een leidinggevende spreken",
        "Er lekt water uit de meterkast",
        "water in the fuse box",
    ]
    rows = analyzed(texts)
    assert [row[-1] for row in rows] == texts
    assert [(row[1], row[3]) for row in rows] == [
        ("neg", "normal"),
        ("neg", "normal"),
        ("pos", "low"),  # sincere thanks
        ("neg", "high"),
        ("neg", "high"),
        ("neu", "high"),
        ("neu", "high"),
        ("neg", "critical"),
        ("neg", "critical"),
    ]


# Written after the rules, without running them, and scored once (see docs/judgement-log.md):
# 5 of 20 failed. Two failed on labels that were wrong (money not refunded and a child's
# medicine are urgent by the documented taxonomy: t37bhb-001, -002, relabelled), and -002
# then misses its sentiment too: four misses are left, unfitted. Round 38 reads -002's
# sentiment right (a critical text of the author's own is negative).
HELD_BACK = ("trial37b_heldback.tsv",)
KNOWN: dict[str, str] = {
    "t37bhb-013": "'iemand van het management' is not among the manager words",
    "t37bhb-020": "'above' is not among the places water is said to be near the electrics",
}


@pytest.mark.parametrize("row", labelled_cases(HELD_BACK, KNOWN))
def test_trial37b_held_back_probe(row: Labelled) -> None:
    got = analyse(row.text, ACME)
    assert (got.urgency.level.value in URGENT) == (row.urgency in URGENT), (got.urgency, row.text)
    assert got.sentiment.label.value == row.sentiment, (got.sentiment, row.text)
    if row.category:
        assert row.category in got.urgency.categories, (got.urgency, row.text)
