"""Urgency on the two fresh batches of round 58 (issue 12): 120 English and 120 Dutch and
Flemish messages to many kinds of brand, written and labelled to the label files' criteria
by readers who had not seen the rules (`tests/labelled/*round58.tsv`). They were scored
before any rule was written from them: 0.596 and 0.719 urgent recall, 0.829 and 0.820
precision (docs/judgement-log.md, round 58); then read, and rules written from what their
misses share. What the rules still get wrong is listed below as strict xfails: fixing one,
or breaking a passing row, fails the run."""

from __future__ import annotations

import pytest
from labelled_probes import assert_urgency_as_labelled, labelled_cases

from webcare.evaluate_urgency import Labelled

FILES = ("urgency_probes_en_round58.tsv", "nl_urgency_probes_round58.tsv")
KNOWN = {
    # Urgent rows no rule reads.
    "en58-004": "a manager shouting at a young cashier: staff conduct, no rule for it",
    "en58-009": "'clown show', three missed engineer visits and days off work: anger and lost days",
    "en58-079": "86 quid for a 12-minute ride 'route adjusted': an overcharge told as a fare",
    # Calm rows the rules raise.
    "en58-008": "'third time this month' the bins were missed: a count, read as time pressure",
    "en58-011": "a colleague's app that 'won't load' told as a joke: read as an outage",
    "en58-039": "wifi that drops for 30 seconds every hour: degraded, read as an outage",
    "en58-050": "a bag lost 'years ago' told as a fond story: read as travel disruption",
    "en58-054": "a switching bonus 'still nothing': a promotion, normal by the criteria",
    "en58-060": "closing a late father's accounts: bereavement is high by issue 12, normal here",
    "en58-064": "'do you ever text people ... or is it a scam?': asked for a mother, read as fraud",
    "nl58-025": "'al 4 weken' an account applied for: onboarding, read as time pressure",
    "nl58-042": "cinnamon buns 'echt gevaarlijk': a joke, read as a hazard",
    "nl58-057": "'nog steeds niet' checking in by phone at the gates: a missing feature, read as a wait",
    "nl58-059": "a lift squeaking 'al een paar weken': a wait, read as time pressure",
    "nl58-070": "a Kifid complaint that ended in payment: resolved, read as legal",
    "nl58-078": "a return 'al 9 dagen' with the shop: a wait, read as time pressure",
    "nl58-092": "a parcel 'al 5 dagen' sorted: a wait, read as time pressure",
    "nl58-098": "a bus stop in the app 'al 2 maand' moved: a wait, read as time pressure",
    "nl58-116": "a husband's death and his insurance to stop: bereavement is high by issue 12, normal here",
}


@pytest.mark.parametrize("row", labelled_cases(FILES, KNOWN))
def test_round58_batch_urgency(row: Labelled) -> None:
    assert_urgency_as_labelled(row)
