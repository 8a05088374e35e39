"""Three misreadings of the Voltaro trial's held-back third (issue 12), fixed by general
rules: "vandaag nog opgelost" asked or told is no deadline ("Wordt dit vandaag nog
opgelost?", "vandaag nog opgelost, top!"), demanded it is ("graag vandaag nog opgelost");
words between "stap" and "over" still make "overstappen" ("Ik stap per 1 maart over naar
Vattenfall"), but not a train's change nor "niet"; damage asked about as cover ("Is schade
door een monteur verzekerd?") is a neutral question, not a complaint.

`tests/labelled/nl_round35.tsv` holds probes written before the rules, several phrasings
each with their look-alikes; `nl_round35_heldback.tsv` (a third) was written at the same
time and scored once, after the rules. Each row must be urgent exactly when its label is,
and `analyse` must give its sentiment label. The brand is Voltaro, as in the trial.
"""

from __future__ import annotations

import pytest

from tests.labelled_probes import labelled_cases
from tests.test_trial34 import _check
from webcare.evaluate_urgency import Labelled

FILES = ("nl_round35.tsv",)
HELD_BACK = ("nl_round35_heldback.tsv",)
KNOWN: dict[str, str] = {
    # The held-back third, scored once after the rules (6 -> 1 wrong), left unfitted.
    "r35hb-008": "'schade melden' asked is no cover question; 'schade' weighs negative",
}


@pytest.mark.parametrize("row", labelled_cases(FILES, KNOWN))
def test_round35_probe(row: Labelled) -> None:
    _check(row)


@pytest.mark.parametrize("row", labelled_cases(HELD_BACK, KNOWN))
def test_round35_held_back_probe(row: Labelled) -> None:
    _check(row)
