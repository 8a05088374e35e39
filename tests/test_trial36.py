"""A lead's trial (issue 12) found four misreadings: a prospect coming to the brand read as
leaving it, a smell of gas read neutral, children in a house without heating (and a fault
line that is always engaged) read as nothing urgent, and a login failing with an error code
routed to a canned answer. The general rules: a cancellation in a sentence that says the
author comes to the brand is the old supplier's (not churn), while leaving for "jullie
concurrent" or "van jullie naar X" is; a danger reported reads negative in any language;
a home without heat, power or running water with a child, a baby, an old, sick or pregnant
person in it is a vulnerable moment (high, a person answers); a login that fails is a
block as well as an outage (a person answers).

`tests/labelled/trial36.tsv` holds probes written with the rules, several phrasings each
with look-alikes, Dutch and English; `trial36_heldback.tsv` was written after them,
without running it, and scored once (12 of 20 wrong on main, 5 after the rules). Each row
must be urgent exactly when its label is and get its sentiment label; a row labelled
churn must read as churn, one labelled blocked or vulnerable must go to a person.
"""

from __future__ import annotations

import pytest

from tests.labelled_probes import analyzed, labelled_cases
from tests.test_trial34 import VOLTARO, _check
from webcare.analysis import analyse
from webcare.evaluate_urgency import Labelled

FILES = ("trial36.tsv",)
HELD_BACK = ("trial36_heldback.tsv",)
KNOWN: dict[str, str] = {
    # Without the rival's cancellation (round 37) "want … join you" reads mildly positive.
    "t36-009": "'I want to … join you' reads as mild praise once the cancellation weighs nothing",
    # The held-back set, scored once after the rules (12 -> 5 wrong); its other misses were
    # fixed by general rules in round 37 (tests/test_trial37.py).
}


def _check36(row: Labelled) -> None:
    _check(row)
    got = analyse(row.text, VOLTARO)
    if row.category == "churn":
        assert "churn" in got.urgency.categories, (got.urgency.reasons, row.text)
    elif not row.category:
        assert "churn" not in got.urgency.categories, (got.urgency.reasons, row.text)
    if row.category in ("blocked", "vulnerable"):
        assert got.route.value == "human", (got.route_reason, row.text)


@pytest.mark.parametrize("row", labelled_cases(FILES, KNOWN))
def test_trial36_probe(row: Labelled) -> None:
    _check36(row)


@pytest.mark.parametrize("row", labelled_cases(HELD_BACK, KNOWN))
def test_trial36_held_back_probe(row: Labelled) -> None:
    _check36(row)


def test_the_trials_four_sentences_through_the_cli() -> None:
    """`webcare analyze` as the lead ran it: language, sentiment, score, urgency, topics,
    route, text; one line each, in order."""
    texts = [
        "Ik denk erover over te stappen naar jullie",
        "Ik ruik gas in huis",
        "De kinderen hebben het koud, de verwarming doet niets en het storingsnummer is in gesprek",
        "Foutcode 503 bij inloggen",
    ]
    rows = analyzed(texts)
    assert [row[-1] for row in rows] == texts
    assert [(row[1], row[3], row[5]) for row in rows] == [
        ("neu", "normal", "automate"),  # a prospect: nothing urgent, not a leaver
        ("neg", "critical", "human"),
        ("neg", "high", "human"),
        ("neg", "high", "human"),
    ]


def test_a_question_about_an_error_code_is_no_login_failure() -> None:
    """Only a failing login is a block: an error code asked about, or how to sign in, is not."""
    for text in ("Wat betekent foutcode 503?", "How do I sign in with my new email address?"):
        got = analyse(text, VOLTARO)
        assert "blocked" not in got.urgency.categories, (got.urgency.reasons, text)
        assert got.route.value != "human", (got.route_reason, text)
