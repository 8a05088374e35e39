"""A lead's trial (issue 12, round 37) left six misreadings: a cancellation with a rival,
said while coming to the brand, weighed negative; "het ruikt hier sterk naar gas" read as
praise; an age given in years ("mijn vader is 92") was no old person; an error message
after an update read positive; an error code asked about read as an outage; "I'm
cancelling with you" was no churn. The general rules: a prospect's sentiment is read
without the rival's cancellation; how strong a smell is, is no praise; an age of 70 or
more given as a person's ("is 87", "van 83", "(91)", "aged 86") is an old person; "kan ik
niet meer inloggen" and "lukt het niet meer" are complaint phrases, so their "niet" does
not turn the error word after a comma into praise; an error code's word in a question
about what it means or where codes are listed reports no outage (and is no complaint);
cancelling with the brand itself ("cancelling with you", "ik zeg op bij jullie") is churn.

`tests/labelled/trial37.tsv` holds probes written with the rules, several phrasings each
with look-alikes, Dutch and English; `trial37_heldback.tsv` was written after them,
without running it, and scored once. Each row must be urgent exactly when its label is
and get its sentiment label; a labelled category must be among the urgency's (churn,
vulnerable and blocked go to a person), and no row without one reads as churn or outage.
"""

from __future__ import annotations

import pytest

from tests.labelled_probes import analyzed, labelled_cases
from tests.test_trial34 import VOLTARO, _check
from webcare.analysis import analyse
from webcare.evaluate_urgency import Labelled

FILES = ("trial37.tsv",)
HELD_BACK = ("trial37_heldback.tsv",)
KNOWN: dict[str, str] = {
    # (t37-045, "The app won't open at all", reads negative since "won't open" is a
    # complaint phrase, 2026-12-06.)
    "t37-054": "'want' weighs positive in VADER's English lexicon",
    # The held-back set, scored once after the rules (main 9 of 14 wrong, then 1), left
    # unfitted; round 38's "gas smell" rule reads its last miss right.
}


def _check37(row: Labelled) -> None:
    _check(row)
    got = analyse(row.text, VOLTARO)
    categories = got.urgency.categories
    if row.category:
        assert row.category in categories, (got.urgency.reasons, row.text)
    else:
        assert "churn" not in categories and "outage" not in categories, (got.urgency.reasons, row.text)
    if row.category == "outage":
        assert "vulnerable" not in categories, (got.urgency.reasons, row.text)
    if row.category in ("churn", "blocked", "vulnerable"):
        assert got.route.value == "human", (got.route_reason, row.text)


@pytest.mark.parametrize("row", labelled_cases(FILES, KNOWN))
def test_trial37_probe(row: Labelled) -> None:
    _check37(row)


@pytest.mark.parametrize("row", labelled_cases(HELD_BACK, KNOWN))
def test_trial37_held_back_probe(row: Labelled) -> None:
    _check37(row)


def test_the_trials_sentences_through_the_cli() -> None:
    """`webcare analyze` as the lead ran it: sentiment (column 2), urgency (4), route (6)."""
    texts = [
        "Ik wil mijn abonnement bij X opzeggen en naar jullie overstappen",
        "Het ruikt hier sterk naar gas",
        "Mijn vader is 92 en zit zonder verwarming",
        "Sinds de update kan ik niet meer inloggen, foutmelding E12",
        "Wat betekent foutcode E23 op mijn slimme meter?",
        "I'm cancelling with you",
    ]
    rows = analyzed(texts)
    assert [row[-1] for row in rows] == texts
    assert [(row[1], row[3], row[5]) for row in rows] == [
        ("neu", "normal", "automate"),  # a prospect: no complaint, nobody leaving
        ("neg", "critical", "human"),
        ("neg", "high", "human"),  # an old person without heat: vulnerable
        ("neg", "high", "human"),
        ("neu", "normal", "automate"),  # a question about a code
        ("neg", "high", "human"),  # churn
    ]


def test_an_age_that_is_an_amount_or_young_is_no_old_person() -> None:
    """An amount after "is" ("90 euro") or a young age leaves a cold house an outage."""
    for text in (
        "Mijn voorschot is 90 euro en we zitten zonder verwarming",
        "Mijn zoon is 17 en we hebben geen stroom",
        "My bill is 80 pounds and we have no heating",
    ):
        got = analyse(text, VOLTARO)
        assert "outage" in got.urgency.categories, (got.urgency.reasons, text)
        assert "vulnerable" not in got.urgency.categories, (got.urgency.reasons, text)
