"""Urgency on the two fresh batches of round 55 (issue 12): 120 English and 120 Dutch and
Flemish messages to many kinds of brand, written and labelled to the label files' criteria
by readers who had not seen the rules (`tests/labelled/*round55.tsv`). They were scored
before any rule was written from them: 0.754 / 0.860 urgent recall on the round's starting
code, 0.789 / 0.860 with the round's cues (their first figures on text they were not
designed from, docs/judgement-log.md, round 55); then read, and their critical misses and a
few cue words written from them. What the rules still get wrong is listed below as strict
xfails: fixing one, or breaking a passing row, fails the run."""

from __future__ import annotations

import pytest
from labelled_probes import assert_urgency_as_labelled, labelled_cases

from webcare.evaluate_urgency import Labelled

FILES = ("urgency_probes_en_round55.tsv", "nl_urgency_probes_round55.tsv")
KNOWN = {
    # Urgent rows the rules do not see.
    "en55-047": "'reposting this thread every day, tagging everyone': escalation without press or platform",
    "en55-048": "a video 'on 180k views on TikTok': escalation told as done",
    "nl55-060": "benefits claimed with the author's DigiD at another address: identity theft in other words",
    # Calm rows the rules raise.
    "en55-060": "'would I get the money back?' asked about a scam that befell a brother",
    "en55-079": "'still waiting' for a £20 referral credit: an unpaid bonus, normal by the criteria",
    "en55-089": "logged out on switching apps, 'I can get back in': an annoyance, read as an outage",
    "en55-096": "a £50 note refused at a till: a policy question, read as money taken",
    "en55-107": "'a controlled crash 😂' of a landing: a joke",
    "en55-108": "'what have you done with @GWRHelp': praise in a joke, read as churn",
    "nl55-008": "a parcel left at the neighbours' 'voor de 2e keer' and brought back: a remark",
    "nl55-026": "an 'aanrijding' that delayed yesterday's train: a refund question, read as an accident",
    "nl55-038": "'nog altijd geen bevestiging' of a renewal: a question, read as time pressure",
    "nl55-063": "'Al 3 weken wachten' on a new card while paying by phone: a wait, read as pressure",
    "nl55-070": "a friend's story of what cancelling costs, asked 'Klopt dat?': read as churn",
}


@pytest.mark.parametrize("row", labelled_cases(FILES, KNOWN))
def test_round55_batch_urgency(row: Labelled) -> None:
    assert_urgency_as_labelled(row)
