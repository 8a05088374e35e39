"""Urgency on the two fresh batches of round 57 (issue 12): 120 English and 120 Dutch and
Flemish messages to many kinds of brand, written and labelled to the label files' criteria
by readers who had not seen the rules (`tests/labelled/*round57.tsv`). They were scored
before any rule was written from them: 0.667 and 0.789 urgent recall, 0.826 and 0.882
precision (docs/judgement-log.md, round 57); then read, and rules written from what their
misses share. What the rules still get wrong is listed below as strict xfails: fixing one,
or breaking a passing row, fails the run."""

from __future__ import annotations

import pytest
from labelled_probes import assert_urgency_as_labelled, labelled_cases

from webcare.evaluate_urgency import Labelled

FILES = ("urgency_probes_en_round57.tsv", "nl_urgency_probes_round57.tsv")
KNOWN = {
    # Calm rows the rules raise.
    "en57-016": "'think I've been charged twice but is it just the pending amount?': asked, read as money",
    "en57-020": "a third dropped call today, 'still team' the brand: read as an outage",
    "en57-043": "another day's outage told as a joke about a quiet group chat",
    "en57-074": "a discount code that 'won't go through': read as a payment failing",
    "en57-112": "'third time this month' a parcel left in the bin: a count, read as time pressure",
    "nl57-033": "a savings account no longer on the app's start screen: a feature moved, read as an outage",
    "nl57-053": "'al 2 weken' waiting for an activation letter: a wait, read as time pressure",
    "nl57-061": "a leaking tap reported 'al 2 weken geleden': a wait, read as time pressure",
    "nl57-074": "a mother's death and her subscription to end: bereavement is high by issue 12, normal here",
    "nl57-103": "a switching bonus 'nog steeds niet verrekend': normal by the criteria, read as pressure",
}


@pytest.mark.parametrize("row", labelled_cases(FILES, KNOWN))
def test_round57_batch_urgency(row: Labelled) -> None:
    assert_urgency_as_labelled(row)
