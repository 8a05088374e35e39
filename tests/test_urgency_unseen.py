"""Urgency on customer messages in wording the older probes lack (issue 12): an internet that
"ligt er hier al sinds gisteravond uit", "nog geen cent terug", "afgeschreven terwijl mijn
voorschot 95 is", a payment "aan een webshop die ik niet ken", a train that "rijdt niet",
"zijn jullie mij kwijt", a bag that "is nowhere", a train stopped "for 90 min", a car that
"accelerated by itself", a throat "getting tight", "cancelled my premium"; beside
look-alikes (solved, negated, a how-to question, news about a gas leak or an outage).

`*_unseen.tsv` (42 Dutch and Flemish, 42 English) were written before the rules they then
measured: 0.750 / 0.792 urgent recall before, 1.000 / 1.000 after. `*_unseen_heldback.tsv`
(21 each) were written at the same time and never used to change a rule: 0.909 recall before
and after in both languages; their misses are strict xfails below.
"""

from __future__ import annotations

import pytest
from labelled_probes import assert_urgency_as_labelled, labelled_cases, probe_rows, urgent

from webcare.analysis import analyse
from webcare.evaluate_urgency import Labelled
from webcare.settings import Settings

PLAIN = Settings()
FILES = (
    "nl_urgency_probes_unseen.tsv",
    "urgency_probes_en_unseen.tsv",
    "nl_urgency_probes_unseen_heldback.tsv",
    "urgency_probes_en_unseen_heldback.tsv",
)
KNOWN = {
    # Onboarding: the Dutch set's criteria call a slow account opening or an unpaid welcome
    # bonus normal; "al drie weken" is time pressure to the rules. A rule that set the
    # pressure aside there lost a true alarm on held-out rows, so it was not kept.
    "un026": "'how do I cancel my subscription if I move abroad?': churn in a how-to question",
}


@pytest.mark.parametrize("row", labelled_cases(FILES, KNOWN))
def test_unseen_probe_urgency(row: Labelled) -> None:
    assert_urgency_as_labelled(row)


def test_unseen_probes_needs_reply_mostly_right() -> None:
    # Praise, thanks, jokes and news owe no reply; the sentiment rules call some of these
    # neutral, so a few still get one (README: 0.90 to 0.95 per file).
    rows = probe_rows(*FILES)
    right = sum(analyse(row.text, PLAIN).needs_reply == row.needs_reply for row in rows)
    assert right / len(rows) >= 0.9


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gaslek in Amersfoort: bewoners van twintig woningen geëvacueerd, meldt de brandweer",
            "normal",
        ),
        ("@Stedin er is een gaslek bij ons in de straat, het stinkt enorm", "critical"),
        ("Saw on the news that Xfinity had a huge outage in Chicago yesterday", "normal"),
        ("@WellsFargo my card isn't blocked but the app shows a weird banner", "normal"),
        ("@WellsFargo my card is blocked and I'm abroad", "high"),
        ("@Rabobank mijn rekening is niet geblokkeerd, maar wat betekent die melding?", "normal"),
        ("@Rabobank pas was geblokkeerd maar binnen 10 minuten weer vrijgegeven, top!", "low"),
        ("@Amtrak train stopped in the middle of nowhere for 90 min, no announcement", "high"),
        ("@Amtrak the train stopped at Newark as usual", "normal"),
    ],
)
def test_news_negation_and_ongoing_frames(text: str, expected: str) -> None:
    got = analyse(text, PLAIN).urgency
    if expected in ("critical", "high"):
        assert got.level.value == expected, (text, got.reasons)
    else:
        assert not urgent(got.level.value), (text, got.reasons)
