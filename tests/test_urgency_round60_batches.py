"""Urgency on the two fresh batches of round 60 (issue 12): 120 English and 120 Dutch and
Flemish messages to many kinds of brand, written and labelled to the label files' criteria
by readers who had not seen the rules (`tests/labelled/*round60.tsv`). They were scored
before any rule was written from them: 0.649 and 0.895 urgent recall, 0.822 and 0.850
precision on the rules before round 58, 0.667 and 0.912 after round 59
(docs/judgement-log.md, round 60); then read, and rules written from what their misses
share. What the rules still get wrong is listed below as strict xfails: fixing one, or
breaking a passing row, fails the run."""

from __future__ import annotations

import pytest
from labelled_probes import assert_urgency_as_labelled, labelled_cases

from webcare.evaluate_urgency import Labelled

FILES = ("urgency_probes_en_round60.tsv", "nl_urgency_probes_round60.tsv")
KNOWN = {
    # Urgent rows no rule reads.
    "en60-104": "'price up AGAIN? cancelled.': a cancellation said in one word",
    # Calm rows the rules raise.
    "en60-007": "an account applied for, 'still stuck on verifying your ID': onboarding, read as an outage",
    "en60-020": "what the policy is if a flight is delayed, for June: a question, read as travel",
    "en60-060": "broadband 'back before I'd even got through', praised: a fix, read as an outage",
    "en60-087": "the app 'down all Monday morning', asked about after: over, read as an outage",
    "en60-092": "10p for a bag: too small for money lost, read as a wrong charge",
    "en60-118": "a bill fixed after an ombudsman complaint: resolved, read as legal",
    "nl60-007": "whether a second opinion abroad is covered, 'kan het nergens vinden': read as an outage",
    "nl60-020": "fake texts read about in a newspaper, asked about: read as going to the press",
    "nl60-066": "'al 3 weken' an account applied for: onboarding, read as time pressure",
    "nl60-072": "an intercom broken 'al 6 weken': a wait, read as time pressure",
    "nl60-076": "a flight cancelled 'gisteren' and rebooked in ten minutes: praise, read as travel",
    "nl60-091": "praise for a driver who stayed calm when a man was taken ill: read as health",
    "nl60-092": "hard plastic in a burger, 'niemand gewond hoor': a product report, read as a hazard",
    "nl60-094": "a call-back three hours late, 'gelukkig niks ernstigs': a complaint, read as health",
}


@pytest.mark.parametrize("row", labelled_cases(FILES, KNOWN))
def test_round60_batch_urgency(row: Labelled) -> None:
    assert_urgency_as_labelled(row)
