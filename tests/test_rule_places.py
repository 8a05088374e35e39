"""Where the built-in rules and phrases are tried: no new pattern may lead with a common word.

The urgency and topic rules are tried only at word starts where one of their patterns,
cut after its first items (`RuleMatcher.widened`), may match, and the sentiment phrase
lists are searched from where one of their phrases may start. A pattern led by a common
word ("en nu dit" by "en", "had ... verwacht" by "had", "servicekosten" spelled from
"service") is tried at every such word of every text: a cost no test of the judgements
shows (rounds 47 to 50 found such slips only with `bench/rule_tries.py`). Lead with the
rarest word and look back for the rest, as the lexicons do.

`tests/data/common_leads.json` counts, per matcher and phrase list, the patterns led by each
common word today. A pattern that adds one fails here. If the cost is worth it (measure
with `python bench/rule_tries.py`), record it: `python tests/test_rule_places.py --write`."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

from webcare.analysis import compose
from webcare.analysis.lexicon import (
    COMPLAINT_PHRASES_EN,
    COMPLAINT_PHRASES_NL,
    NEUTRAL_PHRASES_EN,
    NEUTRAL_PHRASES_NL,
    PRAISE_PHRASES_EN,
    PRAISE_PHRASES_NL,
)
from webcare.analysis.patterns import spell_out
from webcare.settings import Settings

RECORD = Path(__file__).parent / "data" / "common_leads.json"
# The most frequent words of Dutch and English customer messages: function words and the
# domain's own ("service", "bestelling").
COMMON = frozenset(
    """
    de het een en van in is op te dat die voor met zijn niet er aan ook als bij om maar nog
    wel dan of uit al naar was zo kan ik je jij hij zij we wij ze u mijn me mij ons onze
    jullie had heb hebt heeft hebben zou zal wil wordt werd geen meer nu dit wat hoe waar
    wie the a an and of to it i you my me we our for on at with that this be are have has
    not no but or so if as from by your they he she do did just get got can will would
    there what when been all one out up about more some now only still also even back
    after why how where who which their them us him her his its then than too very really
    again service order orders app delivery package account card bill help klant
    klantenservice bestelling pakket bezorger rekening kaart factuur hulp
    """.split()
)
# A pattern's first word: letters up to white space, a word boundary or a group.
_LEAD = re.compile(r"(?:\\b)?([a-zà-ÿ']+)(?=\\s|\\b|\s|\\W|\(|$)")


def leads(cuts: list[str] | tuple[str, ...]) -> dict[str, int]:
    """How many of `cuts` (patterns, each starting with a literal) each common word leads."""
    found: Counter[str] = Counter()
    for cut in cuts:
        lead = _LEAD.match(cut)
        if lead is not None and lead.group(1) in COMMON:
            found[lead.group(1)] += 1
    return dict(sorted(found.items()))


def measured() -> dict[str, dict[str, int]]:
    settings = Settings()
    compose.analyse("warm up", settings)
    categories, topics, *_ = compose._rules(settings)
    lists = {
        "complaint phrases nl": COMPLAINT_PHRASES_NL,
        "complaint phrases en": COMPLAINT_PHRASES_EN,
        "praise phrases nl": PRAISE_PHRASES_NL,
        "praise phrases en": PRAISE_PHRASES_EN,
        "neutral phrases nl": NEUTRAL_PHRASES_NL,
        "neutral phrases en": NEUTRAL_PHRASES_EN,
    }
    return {
        "urgency rules": leads(categories.matcher.widened),
        "topic rules": leads(topics.matcher.widened),
        **{
            name: leads([way for p in phrases for way in spell_out(p, 256)])
            for name, phrases in lists.items()
        },
    }


def test_no_new_pattern_leads_with_a_common_word() -> None:
    recorded = json.loads(RECORD.read_text(encoding="utf-8"))
    grown = [
        f"{where}: {word!r} leads {count} (recorded {recorded.get(where, {}).get(word, 0)})"
        for where, counts in measured().items()
        for word, count in counts.items()
        if count > recorded.get(where, {}).get(word, 0)
    ]
    assert not grown, (
        "patterns led by a common word are tried at every such word of every text; lead "
        "with the rarer word, or measure (bench/rule_tries.py) and record: " + "; ".join(grown)
    )


def test_every_urgency_pattern_has_literal_starts() -> None:
    """A pattern whose start the place scan cannot read (a range such as "[2-9]x" before
    any letter) is tried at every place of every text: round 54's first "3x" rule took
    the money rules from 17 to 21.7 tries a bench tweet until its count was spelt as
    choices ("(?:2|3|...)x")."""
    from webcare.analysis import urgency
    from webcare.analysis.start_keys import start_keys

    unread = [
        f"{category.name}: {pattern[:60]}"
        for category in urgency.ruleset().categories
        for pattern in category.patterns
        if start_keys(pattern) is None
    ]
    assert not unread, unread
    assert start_keys(r"[2-9]\s*x\s+") is None  # what the test guards against


def test_the_lead_of_a_pattern_is_its_first_word() -> None:
    assert leads(
        [r"had\s+(?:\w+\s+){0,3}?verwacht\b", r"\ben\s+nu\s+dit\b", "service(?:kosten)"]
    ) == {
        "en": 1,
        "had": 1,
        "service": 1,
    }
    # A rare first word, or one that only begins a longer word, leads nothing common.
    assert leads([r"verwacht\b(?<=had\sverwacht)", r"hadden\s+", "services?\\b"]) == {}


if __name__ == "__main__" and sys.argv[1:] == ["--write"]:
    RECORD.write_text(json.dumps(measured(), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
