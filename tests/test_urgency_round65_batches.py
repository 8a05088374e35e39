"""Urgency on the two fresh batches of round 65 (issue 12): 120 English and 120 Dutch and
Flemish messages to many kinds of brand, written and labelled to the label files' criteria
by readers who had not seen the rules (`tests/labelled/*round65.tsv`). They were scored
before any rule was written from them: 0.702 and 0.780 urgent recall, 0.816 and 0.719
precision on the rules of round 64 (docs/judgement-log.md, round 65); then read, and cues
and rules written from what their misses share. What the rules still get wrong is listed
below as strict xfails: fixing one, or breaking a passing row, fails the run."""

from __future__ import annotations

import pytest
from labelled_probes import assert_urgency_as_labelled, labelled_cases

from webcare.evaluate_urgency import Labelled

FILES = ("urgency_probes_en_round65.tsv", "nl_urgency_probes_round65.tsv")
KNOWN = {
    # Urgent rows no rule reads.
    "en65-003": "a sailing tomorrow at 07:30 whose booking lists the wrong vehicle: a check asked",
    "en65-030": "an alarm panel's 'COMMS FAULT' before two weeks abroad: no deadline word",
    "en65-052": "charged for three prescriptions after one, no amount: money taken, unread",
    "nl65-060": "412 m³ billed for two people and the advance raised to €290: a bill disputed",
    "nl65-108": "€150 charged for a bike returned yesterday at 18u03: a charge disputed",
    # Calm rows the rules raise.
    "en65-021": "a portal's unhelpful error message, the upload done: read as an outage",
    "en65-060": "pending transactions no longer shown since an update: read as money",
    "en65-081": "a sarcastic day off work for a no-show: read as money lost",
    "en65-082": "an install date moved a fourth time, a date asked: read as time pressure",
    "en65-086": "an accident last month, the child fine now, its report asked: read as safety",
    "en65-088": "a broken ankle and a membership freeze asked: read as safety",
    "en65-090": "no hot water at a gym for two weeks: a wait, read as time pressure",
    "en65-104": "an estimate £30 above last year, a meter reading offered: read as money",
    "en65-118": "a replacement part still awaited after 10 days: read as time pressure",
    "nl65-031": "six weeks waiting for an extractor repair: a wait, read as time pressure",
    "nl65-053": "a joke about a brother slower than the courier: read as time pressure",
    "nl65-058": "a bin bag left a third time: a repeat, read as time pressure",
    "nl65-064": "tap water cloudy for a minute after works, asked: read as health",
    "nl65-071": "a long wait at the GP post last night, helped: read as health",
    "nl65-074": "a car three weeks at the dealer, a date asked: read as time pressure",
    "nl65-080": "a parcel 'in transit' six days: a wait, read as time pressure",
    "nl65-089": "assistance for a wheelchair user in October, asked: read as vulnerable",
    "nl65-101": "a repeat prescription not ready three times: read as time pressure",
    "nl65-105": "the wrong brand of blood-pressure pills twice, a note asked: read as health",
    "nl65-109": "a fourth flat tyre in two months: a repeat, read as time pressure",
    "nl65-118": "a card skimmed last week and all refunded, praised: read as fraud",
    "nl65-119": "statements older than 18 months not downloadable: read as time pressure",
}


@pytest.mark.parametrize("row", labelled_cases(FILES, KNOWN))
def test_round65_batch_urgency(row: Labelled) -> None:
    assert_urgency_as_labelled(row)
