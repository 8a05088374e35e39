"""Urgency on the two fresh batches of round 66 (issue 12): 120 English and 120 Dutch and
Flemish messages to many kinds of brand, written and labelled to the label files' criteria
by readers who had not seen the rules (`tests/labelled/*round66.tsv`). They were scored
before any rule was written from them: 0.847 and 0.776 urgent recall, 0.833 and 0.865
precision on the rules of round 64, and the same after round 65 (docs/judgement-log.md,
round 66); then read, and cues and rules written from what their misses share. What the
rules still get wrong is listed below as strict xfails: fixing one, or breaking a passing
row, fails the run."""

from __future__ import annotations

import pytest
from labelled_probes import assert_urgency_as_labelled, labelled_cases

from webcare.evaluate_urgency import Labelled

FILES = ("urgency_probes_en_round66.tsv", "nl_urgency_probes_round66.tsv")
KNOWN = {
    # Urgent rows no rule reads.
    "en66-002": "an instalment still taken after a confirmed refund, a £6 fee: under any amount",
    # Calm rows the rules raise.
    "en66-036": "a stranger's card that 'wouldn't go through', praise for a cashier: read as money",
    "en66-059": "a gas leak scare last winter, praised, a tariff asked: read as safety",
    "en66-080": "a ride that 'nearly killed me 😂', 10/10: read as safety",
    "en66-088": "an app that logs out when switching children, 'small thing': read as an outage",
    "en66-089": "flights late all year, home now: read as travel disruption",
    "en66-091": "a train late most days for four weeks, a plan asked: read as time pressure",
    "en66-094": "a driver who tapped 'instead of hammering the door', praised: read as safety",
    "en66-103": "a slot missed a third time this month: a repeat, read as time pressure",
    "en66-120": "a £150 hold after checkout, how long asked: read as money",
    "nl66-020": "a boiler that keeps failing, three visits: a repeat, read as time pressure",
    "nl66-021": "whether to pause or cancel an option for the summer, asked: read as churn",
    "nl66-060": "a lost-property form sent three times: a repeat, read as time pressure",
    "nl66-064": "an invoice language still missing from a plan: a wish, read as time pressure",
    "nl66-068": "three days of calls to book a check-up: a wait, read as time pressure",
    "nl66-104": "a breakdown last week, the patrol praised: read as safety",
}


@pytest.mark.parametrize("row", labelled_cases(FILES, KNOWN))
def test_round66_batch_urgency(row: Labelled) -> None:
    assert_urgency_as_labelled(row)
