"""Urgency recall on the kinds of message the held-out rows miss (issue 12): Dutch reviews that
tell a grave problem at length ("de overdracht van mijn effecten loopt al sinds september",
"afscheid genomen van deze bank", "ik hou ING als backup om snel weer te kunnen overstappen",
"er ontbreekt 3000 euro"), KLM travellers now ("vliegtuig vertrokken zonder ons", "koffer is
opengebroken"), app reviews ("QR-code ongeldig", "ik mag nergens naar binnen"), and English
tweets that tell an outage or money as a symptom ("can't make or receive calls", "just spins",
"my direct deposit didn't come in", "charged me and no ride", "all my downloaded songs are
gone"); beside look-alikes that stay normal or low (a how-to question, praise, a trip that is
over, "nooit meer problemen!", "volgende keer gewoon weer met KLM").

`*_recall.tsv` (125 Dutch and Flemish, 131 English) were written before the rules they then
measured, in batches: 0.725 / 0.825 urgent recall on the first batch before, 1.000 / 0.976 on
all of them after. `*_recall_heldback.tsv` (30 each) were written with the first batch and
never used to change a rule: 0.905 / 0.900 recall (precision 0.905 / 0.900) before and after
alike. Their misses, and the look-alikes older rules still raise, are strict xfails below.
"""

from __future__ import annotations

import pytest
from labelled_probes import assert_urgency_as_labelled, labelled_cases, probe_rows, urgent

from webcare.analysis import analyse
from webcare.evaluate_urgency import Labelled
from webcare.settings import Settings

PLAIN = Settings()
FILES = (
    "nl_urgency_probes_recall.tsv",
    "urgency_probes_en_recall.tsv",
    "nl_urgency_probes_recall_heldback.tsv",
    "urgency_probes_en_recall_heldback.tsv",
)
# ur29hb-004 ("transfer keeps saying 'unable to complete'") is caught since round 58's
# quoted error that keeps coming back, written from a fresh batch without looking at it.
KNOWN = {
    # Misses.
    "ur29-083": "'@JetBlue left my stroller in Boston': who left it is only the leading handle",
    "nl-ur29hb-001": "shares 'overgezet' that 'staan nergens': no rule for securities gone astray",
    "ur29hb-008": "'hotel charged me and so did you, paid twice': a double charge in two clauses",
    # Look-alikes older rules raise.
    "nl-ur29-049": "'kan ik mijn rekening online afsluiten?' reads as churn",
    "nl-ur29-074": "a question about opening 'bij een andere bank' reads as churn",
    "nl-ur29-076": "'zonder QR-code kom je er niet in, klopt dat?' reads as an outage",
    "nl-ur29-089": "a delay that is over ('eindelijk vertrokken') reads as travel disruption",
    "nl-ur29hb-023": "the cost of moving securities 'naar een andere bank' reads as churn",
    "ur29-045": "'heard Verizon had an outage' is not read as a report",
    "ur29-055": "a double charge 'last year' is not read as past",
    "ur29-058": "'how long do funds stay on hold' reads as money held",
    "ur29hb-029": "a refund 'for the wrong charge came through' reads as money",
}


@pytest.mark.parametrize("row", labelled_cases(FILES, KNOWN))
def test_recall_probe_urgency(row: Labelled) -> None:
    assert_urgency_as_labelled(row)


@pytest.mark.parametrize("name", FILES)
def test_recall_probes_urgent_recall(name: str) -> None:
    rows = [row for row in probe_rows(name) if urgent(row.urgency)]
    caught = sum(urgent(analyse(row.text, PLAIN).urgency.level.value) for row in rows)
    assert caught / len(rows) >= 0.9, (name, caught, len(rows))
