"""Urgency on the two fresh batches of round 61 (issue 12): 120 English and 120 Dutch and
Flemish messages to many kinds of brand, written and labelled to the label files' criteria
by readers who had not seen the rules (`tests/labelled/*round61.tsv`). They were scored
before any rule was written from them: 0.684 and 0.649 urgent recall, 0.830 and 0.841
precision on the rules before round 58; 0.789 and 0.649 after round 60
(docs/judgement-log.md, round 61); then read, and rules written from what their misses
share. What the rules still get wrong is listed below as strict xfails: fixing one, or
breaking a passing row, fails the run."""

from __future__ import annotations

import pytest
from labelled_probes import assert_urgency_as_labelled, labelled_cases

from webcare.evaluate_urgency import Labelled

FILES = ("urgency_probes_en_round61.tsv", "nl_urgency_probes_round61.tsv")
KNOWN = {
    # Urgent rows no rule reads.
    "en61-022": "a £100 penalty fare though the ticket machine was broken: a fine told as a story",
    "en61-067": "a laptop left in a cab with a dissertation due tomorrow: the stake said as 'due'",
    "en61-081": "a guard who searched the author's bag and called them a thief: staff conduct",
    "nl61-023": "'bezorgd bij de voordeur' but no parcel, an iPhone of €900: a delivery complaint",
    "nl61-081": "a long weekend review with a bill disputed at its end",
    "nl61-108": "a refund six weeks 'in behandeling', a chargeback threatened after 'als': read as hypothetical",
    "nl61-119": "a roaming bill of 482 euro with data off: a bill disputed, not money taken",
    # Calm rows the rules raise.
    "en61-001": "a fine on the news, wondered about: read as legal",
    "en61-018": "showers cold 'for two weeks now': a wait, read as time pressure",
    "en61-046": "a cancelled flight 'yesterday', rebooked fast, praised: read as travel",
    "en61-053": "a little brother who 'hacked' a profile: a joke, read as fraud",
    "en61-062": "an app that logs out on switching, 'still works': degraded, read as an outage",
    "en61-095": "a refuelling fee 'last summer', refunded: over, read as money",
    "nl61-016": "a pool closed 'vorig jaar', 'nooit meer iets gehoord': read as churn",
    "nl61-019": "a delay 'vorige week', where to claim: over, read as an outage",
    "nl61-032": "delays on a holiday told after: over, read as travel",
    "nl61-039": "an app grown slow: degraded, read as an outage",
    "nl61-064": "a repair the next morning, 'chapeau': a fix, read as an outage",
    "nl61-070": "a cat that 'hacked' the wifi: a joke, read as fraud",
}


@pytest.mark.parametrize("row", labelled_cases(FILES, KNOWN))
def test_round61_batch_urgency(row: Labelled) -> None:
    assert_urgency_as_labelled(row)
