"""Urgency on the two fresh batches of round 64 (issue 12): 120 English and 120 Dutch and
Flemish messages to many kinds of brand, written and labelled to the label files' criteria
by readers who had not seen the rules (`tests/labelled/*round64.tsv`). They were scored
before any rule was written from them: 0.561 and 0.825 urgent recall, 0.762 and 0.810
precision on the rules before round 58; 0.561 and 0.842, 0.762 and 0.814 after rounds 61,
62 and 63 alike (docs/judgement-log.md, round 64); then read, and rules written from what
their misses share. What the rules still get wrong is listed below as strict xfails:
fixing one, or breaking a passing row, fails the run."""

from __future__ import annotations

import pytest
from labelled_probes import assert_urgency_as_labelled, labelled_cases

from webcare.evaluate_urgency import Labelled

FILES = ("urgency_probes_en_round64.tsv", "nl_urgency_probes_round64.tsv")
KNOWN = {
    # Urgent rows no rule reads.
    "nl64-002": "a garage holding a towed car until 380 euro is paid: a demand, not money taken",
    "nl64-071": "a car towed for a sign put up the night before, a claim threatened after 'als'",
    "nl64-089": "a claim of €640 unpaid for five months: a wait for money",
    # Calm rows the rules raise.
    "en64-015": "a standing charge asked about, 'not complaining': read as an outage",
    "en64-022": "advice to another customer, 'don't panic': read as time pressure",
    "en64-030": "an ambulance's heating off on a past trip: read as health",
    "en64-032": "a scam warning praised: read as fraud",
    "en64-044": "'still not over the towel animals' in praise: read as time pressure",
    "en64-067": "whether a student counts as outside the household, asked: read as blocked",
    "en64-078": "a 'no substitutions' box that does not work: read as an outage",
    "en64-106": "'URGENT' on a joke about a self-checkout: read as time pressure",
    "nl64-022": "a breakdown last year, praise since: read as an outage",
    "nl64-026": "an escalator still for three months: a wait, read as time pressure",
    "nl64-045": "a 'niemand thuis' card though at home: read as travel",
    "nl64-052": "a claim unconfirmed after three weeks: a wait, read as time pressure",
    "nl64-059": "a wheelchair taxi late last month, a complaint now: read as vulnerable",
    "nl64-060": "bulky waste collected on time, 'niks te zagen': read as time pressure",
    "nl64-066": "a recalled child seat no longer used, how the refund works: read as churn",
    "nl64-070": "six weeks waiting for stickers: a wait, read as time pressure",
    "nl64-078": "a smart meter with no daily figures yet: a wait, read as time pressure",
    "nl64-081": "a different brand of the same pills, asked why: read as health",
    "nl64-085": "a guest who calls a ride 'levensgevaarlijk' and rides it again: read as safety",
}


@pytest.mark.parametrize("row", labelled_cases(FILES, KNOWN))
def test_round64_batch_urgency(row: Labelled) -> None:
    assert_urgency_as_labelled(row)
