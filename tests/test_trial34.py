"""A trial by an energy company ("Voltaro", Dutch customers) found four misreadings: a
"solved" asked about ("Wanneer is dit opgelost?") read as praise, a prospect switching TO the
brand read as leaving it, damage done by the brand's mechanic read as neutral, and a power
cut at home said with "uitgevallen" or "afgesloten" read as nothing urgent.

`tests/labelled/nl_trial34.tsv` holds probes written before the rules, several phrasings
each with their look-alikes; `nl_trial34_heldback.tsv` (a third) was written at the same
time and scored once, after the rules. Each row must be urgent exactly when its label is,
and `analyse` must give its sentiment label. The brand is set to Voltaro, as in the trial.
"""

from __future__ import annotations

import pytest

from tests.labelled_probes import URGENT, labelled_cases
from webcare.analysis import analyse
from webcare.evaluate_urgency import Labelled
from webcare.settings import BrandSettings, Settings

VOLTARO = Settings(brand=BrandSettings(name="Voltaro", keywords=("voltaro", "@voltaro")))
FILES = ("nl_trial34.tsv",)
HELD_BACK = ("nl_trial34_heldback.tsv",)
KNOWN: dict[str, str] = {
    # A look-alike the rules already read wrong before this round, left alone.
    "t34-020": "'schade' weighs negative even in an appointment to look at it",
    # The held-back third was scored once after the rules (6 -> 3 wrong); its three misses
    # were fixed by general rules in round 35 (tests/test_round35.py).
}


def _check(row: Labelled) -> None:
    got = analyse(row.text, VOLTARO)
    assert (got.urgency.level.value in URGENT) == (row.urgency in URGENT), (
        row.urgency,
        got.urgency.reasons,
        row.text,
    )
    assert got.sentiment.label.value == row.sentiment, (got.sentiment, row.text)


@pytest.mark.parametrize("row", labelled_cases(FILES, KNOWN))
def test_trial_probe(row: Labelled) -> None:
    _check(row)


@pytest.mark.parametrize("row", labelled_cases(HELD_BACK, KNOWN))
def test_held_back_probe(row: Labelled) -> None:
    _check(row)
