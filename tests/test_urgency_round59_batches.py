"""Urgency on the two fresh batches of round 59 (issue 12): 120 English and 120 Dutch and
Flemish messages to many kinds of brand, written and labelled to the label files' criteria
by readers who had not seen the rules (`tests/labelled/*round59.tsv`). They were scored
before any rule was written from them, on round 58's rules and on the rules before it
(the same figures): 0.825 and 0.930 urgent recall, 0.922 and 0.815 precision
(docs/judgement-log.md, round 59); then read, and rules written from what their misses
share. What the rules still get wrong is listed below as strict xfails: fixing one, or
breaking a passing row, fails the run."""

from __future__ import annotations

import pytest
from labelled_probes import assert_urgency_as_labelled, labelled_cases

from webcare.evaluate_urgency import Labelled

FILES = ("urgency_probes_en_round59.tsv", "nl_urgency_probes_round59.tsv")
KNOWN = {
    # Calm rows the rules raise.
    "en59-008": "an ombudsman case won 'last year', asked about as a rule: read as legal",
    "en59-017": "'thinking I'd been scammed but it was just my brother': a scare, read as fraud",
    "en59-063": "10p for a bag never taken: too small for money lost, read as a wrong charge",
    "nl59-007": "a family that switched, told as a joke about an uncle: someone else's churn",
    "nl59-025": "a father's accounts after his death: bereavement is high by issue 12, normal here",
    "nl59-028": "a Geschillencommissie case won and closed: resolved, read as legal",
    "nl59-051": "a parcel 'al 4 dagen' at the sorting centre: a wait, read as time pressure",
    "nl59-054": "'kutbedrijf', 'prutsers' over a parcel: anger with nothing at stake is normal here",
    "nl59-055": "a card blocked for the author's mother and replaced, 'fijn geregeld': a fix, read as blocked",
    "nl59-063": "packaging that 'krijg je echt niet open': a joke, read as something not working",
    "nl59-065": "a repair request 'al 3 weken' open: a wait, read as time pressure",
    "nl59-090": "a discount code that 'werkt niet': a promotion, read as an outage",
}


@pytest.mark.parametrize("row", labelled_cases(FILES, KNOWN))
def test_round59_batch_urgency(row: Labelled) -> None:
    assert_urgency_as_labelled(row)
