"""Round 44 (issue 12): Dutch customer sarcasm read over the whole analysis: praise for a
wait counted ("Geweldig dat ik nu al 40 minuten in de wacht sta"), thanks for nothing with
a name between ("Dank je wel minister, voor helemaal niets"), praise welcoming one more
of a failure; and their sincere twins. Every sentence is written for this file."""

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
        ("Geweldig dat ik nu al 40 minuten in de wacht sta", NEG),
        ("Love that I have been on hold for an hour @Comcast", NEG),
        ("Dank je wel minister, voor helemaal niets.", NEG),
        ("Top geregeld weer, derde keer dat de monteur niet komt opdagen", NEG),
        ("Fijn hoor, weer een uur in de wacht", NEG),
        ("Super service weer van @KPN, al drie dagen geen internet", NEG),
        ("Heerlijk, mijn pakket is weer naar het verkeerde adres gestuurd", NEG),
        ("Knap hoor, twee keer dezelfde fout op mijn factuur", NEG),
        ("Wat een topbedrijf, niemand neemt de telefoon op", NEG),
        ("Fijn dat ik al 10 jaar klant ben en nog steeds tevreden", POS),
        ("Great that I've been a member for 5 years, thanks!", POS),
        ("Top geregeld, monteur was er binnen een uur", POS),
        ("Fijn hoor, het pakket is er al", POS),
        ("Super service van @KPN, alles werkt weer", POS),
        ("Heerlijk, mijn pakket is een dag eerder bezorgd", POS),
        ("Bedankt PostNL, netjes op tijd", POS),
        # Praise beside a failure going on (an outage: the crash) is the failure (2026-12-06).
        ("Echt fantastisch dat de app elke update weer crasht 👏", NEG),
        ("@BT_UK fantastic, internet down again. just fantastic", NEG),
        ("Real nice @Walmart, charging me twice for the same order", NEG),
        ("Cheers @SouthernRailUK, cancelled again. Top work lads", NEG),
        ("Love you guys but no wifi since yesterday", NEG),
        # ... and their twins: the failure put right.
        ("Thanks @BT_UK, internet is back up, fantastic", POS),
        ("@Comcast thanks for fixing the outage so fast, great work", POS),
    ],
)
def test_sarcasm_and_its_sincere_twin(text: str, label: SentimentLabel) -> None:
    assert analyse(text, SETTINGS).sentiment.label is label


@pytest.mark.parametrize(
    "text",
    [
        # A place told as a fact: nothing says it is the wrong one.
        "Bedankt PostNL, mijn pakket ligt nu in een ander dorp",
        # "weer geen" is as often good news ("weer geen file").
        "Goed bezig @NS, weer geen trein naar Zwolle",
    ],
)
@pytest.mark.xfail(strict=True, reason="sarcasm the rules do not read yet")
def test_sarcasm_still_read_as_praise(text: str) -> None:
    assert analyse(text, SETTINGS).sentiment.label is NEG
