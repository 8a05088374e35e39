"""Urgency on invented customer tweets, labelled by hand per the criteria of the English
evaluation set: a service unusable, money wrong, a trip stopped now, help unreachable at a
critical moment (high), beside look-alikes that must not be high (a solved problem, a
how-to question, a wish, slowness, sarcasm about something trivial, "no issues").

`tests/labelled/urgency_probes_en.tsv` holds 900 English tweets written in thirteen batches,
each before the rules it then measured (the sixth, ids "fv", 0.458 recall before its
rules: a task that fails whenever it is tried, a "busy" site, a flight named by airport
codes, a rider with no way home; the seventh, "fw", over every category, 0.806 before
and 0.972 after, two look-alikes fixed; the eighth and ninth, "fx" and "fy", 120 tweets
to 30 more brands, 0.75 and 0.80 recall before their rules: a near miss at a red light,
glass or metal in food, a bill "from $85 to $310", Apple Pay declined everywhere, a device
that shuts itself off, a driver who smelled of alcohol, still billed after cancelling,
sent to collections, "shopping for a new insurer", flying on a weekday; 1.000 after, a
false alarm each left; the tenth, "fz", 60 tweets in the dataset's own informal style,
0.867 before: a lost car seat, devices that do not respond, still sitting on the plane,
a transfer "pending" for days; the eleventh, "ga", 60 tweets to 30 other brands, 0.600
before: a severe allergy and "having a reaction", a seat post that snapped while riding,
an airbag light with "told me not to drive", marked delivered and never came, a shop
closed with no explanation, "done with you", a screen gone black; the twelfth, "gb", 60
terse tweets with "acct", "pls" and hashtags, 0.667 before: "somebody ordered … on my
acct", a leaked SSN and a class action, the wrong pills, a carriage filling with smoke,
earbuds that won't pair, songs that skip after seconds, "cancelling.", a seat given away;
the thirteenth, "gc", 60 over regulators, the press, churn and travel, 0.667 before: a
hidden camera, a driver asleep at the wheel, taken off the plane, a car reservation not
honoured, "$300 of charges", data throttled, a thread sent to the DOT);
`urgency_probes_en_styles.tsv` holds 60 more in styles the batches above lack (a long
e-mail with the urgent part in the middle, all caps, emoji, a reply in a thread; energy,
insurance, healthcare, public transport, government), with look-alikes (a fraud team that
caught a charge, an "outage map", "annoying but it works", waiting on hold, a quoted title),
0.633 recall and 0.760 precision before their rules, 1.000 and 1.000 after, and 20 more
written after those rules and left unfitted (0.600 recall, 1.000 precision);
`urgency_probes_other_languages.tsv` holds 91 in Spanish, French, Portuguese, German,
Italian, Turkish and Japanese. Each row is checked for what the evaluation scores: critical and high as one urgent class against normal and low
(whether a harmless text is normal or low follows its sentiment, not urgency's rules).
`webcare eval urgency` scores the files as a whole."""

from __future__ import annotations

import pytest
from labelled_probes import assert_urgency_as_labelled, labelled_cases, probe_rows, urgent

from webcare.evaluate_urgency import Labelled

# Look-alikes the rules still call urgent, each for a reason older than these probes:
# a flight or event tomorrow is time pressure even with a harmless question ("my flight is
# tomorrow, can I bring a carry-on?"), a question whether something is down names it down, a trivial thing
# "broken" or "suing (jk)" reads as meant. Strict: a rule that fixes one fails here, and
# the row moves to the passing ones.
KNOWN_FALSE_ALARMS = frozenset(
    """en126 en131 en136 en144 en159 en190 en191 en192 en204 en205
    en206 fr066 fr072 fs054""".split()
)
# More of the kind: "third time now" about a forgotten side dish is time pressure to the
# rules, "is there an outage? it's back now" reads as an outage (the resolution is in the
# next sentence), party chat audio that "keeps cutting" and an ice cream machine "broken
# AGAIN lol" as a service that is down.
KNOWN_FALSE_ALARMS |= {"fx050", "fy041", "fz014", "ga018"}


# The last English batch (ids "fu") was written after the rules and left unfitted, to keep
# a measure of how far they generalise: these urgent tweets are still missed there (and
# ft033, a webinar in an hour with support unreachable, whose rule cost too much).
KNOWN_MISSES = frozenset(
    """fu002 fu004 fu005 fu008 fu011 fu012 fu014 fu015 fu020 fu022 fu023 fu024
    ft033""".split()
)
# fu025 ("your driver was driving 90 and texting") is caught since the driver-on-the-phone
# family, written without looking at it (it was found by its strict xfail passing); fu009
# ("I cancelled in march and you've taken $5 every month since") since round 57's charges
# after cancelling, written from a fresh batch.
# The styles file's last 20 (gd061-gd080) were written after that round's rules and changed
# none of them: 0.600 recall there, as before the round. What they miss, left unfitted:
# "without electricity since", a film "going on tiktok". (The word families caught two
# more: a premium taken out twice with the account "overdrawn", and a takeover told as
# someone changing the password; and fu001, a stream that "kicks me out".) gd070, the film
# "going on tiktok", is caught since round 58's escalation rule, written from a fresh batch;
# gd068, "without electricity since 2pm", since a home without a utility counts when it goes
# on ("since yesterday", "for two days") as well as when it is the author's own.
# Missed because the sentiment reads a gamer's "party chat" and "friends list" as praise,
# and praise owes no reply: the outage is found, then set aside.
PRAISE_MISREAD = frozenset({"fw005"})

KNOWN = (
    dict.fromkeys(PRAISE_MISREAD, "positive words misread as praise")
    | dict.fromkeys(KNOWN_MISSES, "missed by the rules (unfitted batch)")
    | dict.fromkeys(KNOWN_FALSE_ALARMS, "known false alarm")
)


def cases(name: str) -> list[object]:
    return labelled_cases([name], KNOWN)


@pytest.mark.parametrize("row", cases("urgency_probes_en.tsv"))
def test_english_probe(row: Labelled) -> None:
    assert_urgency_as_labelled(row)


@pytest.mark.parametrize("row", cases("urgency_probes_en_styles.tsv"))
def test_english_style_probe(row: Labelled) -> None:
    assert_urgency_as_labelled(row)


@pytest.mark.parametrize("row", cases("urgency_probes_other_languages.tsv"))
def test_other_language_probe(row: Labelled) -> None:
    assert_urgency_as_labelled(row)


def test_the_english_probes_keep_their_shape() -> None:
    # At least 200 tweets, at least 80 of them look-alikes that must not be urgent.
    english = probe_rows("urgency_probes_en.tsv")
    assert len(english) >= 200
    assert sum(not urgent(row.urgency) for row in english) >= 80
    assert len({row.id for row in english}) == len(english)
