"""Urgency on the two fresh batches of round 63 (issue 12): 120 English and 120 Dutch and
Flemish messages to many kinds of brand, written and labelled to the label files' criteria
by readers who had not seen the rules (`tests/labelled/*round63.tsv`). They were scored
before any rule was written from them: 0.614 and 0.719 urgent recall, 0.795 and 0.732
precision on the rules before round 58; 0.632 and 0.737, 0.800 and 0.737 after round 61;
0.667 and 0.737 after round 62 (docs/judgement-log.md, round 63); then read, and rules
written from what their misses share. What the rules still get wrong is listed below as
strict xfails: fixing one, or breaking a passing row, fails the run."""

from __future__ import annotations

import pytest
from labelled_probes import assert_urgency_as_labelled, labelled_cases

from webcare.evaluate_urgency import Labelled

FILES = ("urgency_probes_en_round63.tsv", "nl_urgency_probes_round63.tsv")
KNOWN = {
    # Urgent rows no rule reads.
    "nl63-021": "cash demanded above the quote before unloading, 'afpersing': a price dispute",
    "nl63-061": "a lease car not delivered, a client at 7 tomorrow: the stake said as 'bij een klant'",
    "nl63-067": "€890 damage billed for an earlier scratch: a bill disputed, not money taken",
    # Calm rows the rules raise.
    "en63-019": "50 minutes past an appointment, told after: read as time pressure",
    "en63-055": "a schedule wiped 'third time this year': a repeat, read as time pressure",
    "en63-077": "cold chips 'third time this month': a repeat, read as time pressure",
    "en63-080": "cold showers 'for 2 weeks now': a wait, read as time pressure",
    "nl63-013": "a repair request five weeks 'in behandeling': a wait, read as time pressure",
    "nl63-034": "a balcony collapse elsewhere on the news, praise for one's own: read as safety",
    "nl63-044": "three missed appointments, internet still at the old address: read as time pressure",
    "nl63-052": "a different carer every week for a father with dementia: read as vulnerable",
    "nl63-063": "mouldy strawberries 'voor de derde keer': a repeat, read as time pressure",
    "nl63-068": "a banking feature missing: read as time pressure",
    "nl63-073": "a bin not emptied for two weeks: a wait, read as time pressure",
    "nl63-082": "an appointment moved 'voor de derde keer': a repeat, read as time pressure",
    "nl63-099": "how much chocolate is dangerous for a dog, asked after 'vraag nu:': read as safety",
}


@pytest.mark.parametrize("row", labelled_cases(FILES, KNOWN))
def test_round63_batch_urgency(row: Labelled) -> None:
    assert_urgency_as_labelled(row)
