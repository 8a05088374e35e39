"""Which forms of each urgent word family do the urgency rules catch? Every generated form
of a family's vocabulary (`webcare.analysis.urgency_families`) is put in a short message
that says it in its urgent frame, and in a look-alike that must stay calm (a how-to
question, a negation, a report about others); the rules in effect judge each one.

    python scripts/urgency_family_coverage.py            # the rules of this checkout
    python scripts/urgency_family_coverage.py --misses   # ... and list the forms missed

Run it from another checkout's directory (with this file's path) to measure that
checkout's rules on the same messages: the vocabulary is read from this file's checkout.
Prints per family the share of urgent messages judged urgent and of look-alikes judged
urgent (lower is better there).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from webcare.analysis import analyse
from webcare.settings import Settings

HERE = Path(__file__).resolve().parent.parent / "webcare" / "analysis" / "urgency_family_words.py"
_spec = importlib.util.spec_from_file_location("family_words", HERE)
assert _spec is not None and _spec.loader is not None
W = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(W)

URGENT = ("critical", "high")


def _third(forms: tuple[str, ...]) -> list[str]:
    """The finite forms that fit "it ___": English -s and -ed forms, Dutch -t and past."""
    return [f for f in forms if f.endswith(("s", "ed", "t", "te", "de", "nk", "k"))] or list(
        forms[:1]
    )


# (family, urgent messages, look-alikes): each a template per form.
def cases() -> list[tuple[str, list[str], list[str]]]:
    out = []

    def add(name: str, forms: list[tuple[str, ...]], urgent: str, calm: str) -> None:
        import itertools

        combos = list(itertools.product(*forms))
        out.append((name, [urgent.format(*c) for c in combos], [calm.format(*c) for c in combos]))

    add(
        "safety: body hurt (en)",
        [W.BODY_EN, W.HURT_EN],
        "@CityScoot I came off your scooter and my {} is {}",
        "@CityScoot can your insurance cover it if a {} is {}?",
    )
    add(
        "safety: body hurt (nl)",
        [W.BODY_NL, W.HURT_NL],
        "@Swapfiets ik ben gevallen met jullie fiets en mijn {} is {}",
        "@Swapfiets dekt de verzekering het als een {} {} is?",
    )
    add(
        "safety: smell (en)",
        [_third(W.SMELL_VERBS_EN), W.SMELLS_EN],
        "@PeakGas the hallway {} of {} since your engineer left",
        "@PeakGas what should we do if the hallway ever {} of {}?",
    )
    add(
        "safety: smell (nl)",
        [_third(W.SMELL_VERBS_NL), W.SMELLS_NL],
        "@Eneco het {} hier in de gang naar {} sinds de monteur weg is",
        "@Eneco wat moet ik doen als het ooit {} naar {}?",
    )
    add(
        "safety: weapon (en)",
        [W.WEAPONS_EN],
        "@RailCo a man on the 17:40 is threatening passengers with a {}",
        "@RailCo is it true you can't bring a {} on the train?",
    )
    add(
        "safety: weapon (nl)",
        [W.WEAPONS_NL],
        "@NMBS een man bedreigt reizigers met een {} in rijtuig 3",
        "@NMBS mag ik een {} meenemen op de trein?",
    )
    add(
        "safety: part failed (en)",
        [W.VEHICLE_PARTS_EN, W.PART_FAILS_EN],
        "@CityBikes the {} {} while I was riding down the hill",
        "@CityBikes what happens if the {} ever {}?",
    )
    add(
        "safety: part failed (nl)",
        [W.VEHICLE_PARTS_NL, W.PART_FAILS_NL],
        "@Swapfiets de {} {} tijdens het fietsen",
        "@Swapfiets wat gebeurt er als de {} {}?",
    )
    add(
        "health: medicine (en)",
        [W.DRUGS_EN],
        "@QuickMeds you sent my mum the wrong {} and she has taken it already",
        "@QuickMeds can I collect my {} at another branch?",
    )
    add(
        "health: medicine (nl)",
        [W.DRUGS_NL],
        "@Apotheek jullie hebben mijn vader de verkeerde {} meegegeven",
        "@Apotheek kan ik mijn {} bij een andere vestiging ophalen?",
    )
    add(
        "health: gut (en)",
        [W.GUT_EN],
        "@BurgerBarn my daughter has been {} since dinner at your place",
        "@BurgerBarn read that people got {} after eating at some other chain",
    )
    add(
        "health: gut (nl)",
        [W.GUT_NL],
        "@Thuisbezorgd mijn dochter is {} sinds de sushi van gisteren",
        "@Thuisbezorgd las dat mensen {} waren bij een andere zaak",
    )
    add(
        "blocked: cut off (en)",
        [W.HELD_THINGS_EN, [f for f in W.CUT_OFF_EN if f.endswith(("ed", "en"))]],
        "@MetroBank my {} has been {} without warning",
        "@MetroBank how do I check whether a {} can be {}?",
    )
    add(
        "blocked: cut off (nl)",
        [W.HELD_THINGS_NL, [f for f in W.CUT_OFF_NL if f.startswith(("ge", "bevr", "op", "in"))]],
        "@Belfius mijn {} is zomaar {}",
        "@Belfius kan ik zelf mijn {} laten {} worden?",
    )
    add(
        "fraud: login changed (en)",
        [W.CREDENTIALS_EN, W.CHANGED_EN],
        "@ShopMart someone {1} the {0} on my account",
        "@ShopMart how can I get the {0} on my account {1}?",
    )
    add(
        "fraud: login changed (nl)",
        [W.CREDENTIALS_NL, W.CHANGED_NL],
        "@bol iemand heeft het {} van mijn account {}",
        "@bol hoe kan ik het {} van mijn account laten {}?",
    )
    add(
        "money: still taken (en)",
        [W.TAKE_MONEY_EN, W.ACCOUNTS_EN],
        "@GymPlus I cancelled in March and you are still {} £45 a month out of my {}",
        "@GymPlus when do you {} the fee out of my {}?",
    )
    add(
        "money: still taken (nl)",
        [W.TAKE_MONEY_NL, W.ACCOUNTS_NL],
        "@BasicFit al in maart opgezegd en jullie {} nog steeds 30 euro van mijn {}",
        "@BasicFit wanneer {} jullie de bijdrage van mijn {}?",
    )
    add(
        "outage: no utility (en)",
        [W.UTILITIES_EN],
        "@HomeServe we have had no {} since 6am",
        "@HomeServe is there any {} included in the plan?",
    )
    add(
        "outage: no utility (nl)",
        [W.UTILITIES_NL],
        "@Vitens we hebben sinds 6 uur vanochtend geen {}",
        "@Vitens is er {} inbegrepen in het pakket?",
    )
    add(
        "travel: stopped (en)",
        [W.TRANSPORT_EN, W.STOPPED_EN],
        "@EuroRail our {} was {} at Lille and nobody tells us anything",
        "@EuroRail how often is a {} {} on this route?",
    )
    add(
        "travel: stopped (nl)",
        [W.TRANSPORT_NL, W.STOPPED_NL],
        "@NS onze {} is {} in Roosendaal en niemand zegt iets",
        "@NS hoe vaak wordt een {} {} op deze lijn?",
    )
    add(
        "travel: bags (en)",
        [W.BAGS_EN, W.BAGS_GONE_EN],
        "@AirLine my {} {} Oslo and I'm in Rome",
        "@AirLine can a {} be sent on if it {} Oslo?",
    )
    add(
        "travel: bags (nl)",
        [W.BAGS_NL, W.BAGS_GONE_NL],
        "@brusselsairlines mijn {} is {} Oslo en ik zit in Rome",
        "@brusselsairlines hoe zwaar mag een {} zijn naar Oslo?",
    )
    add(
        "legal: regulator (en)",
        [W.REGULATORS_EN],
        "@BrightEnergy I've complained to the {} today about your billing",
        "@BrightEnergy what does the {} say about back-billing?",
    )
    add(
        "legal: regulator (nl)",
        [W.REGULATORS_NL],
        "@Engie ik heb vandaag een klacht ingediend bij de {}",
        "@Engie werkt de {} ook voor kleine bedrijven?",
    )
    add(
        "escalation: media (en)",
        [W.MEDIA_EN],
        "@FoodCo I've sent the photos of what I found in my cereal to the {}",
        "@FoodCo saw your advert on the {} last night, nice",
    )
    add(
        "escalation: media (nl)",
        [W.MEDIA_NL],
        "@Lidl ik heb de foto's van wat in mijn ontbijt zat naar {} gestuurd",
        "@Lidl leuke reclame gezien op {} gisteren",
    )
    add(
        "anger: insult (en)",
        [W.COLLECTIVE_EN, W.INSULTS_EN],
        "@Carrier you are a {} {}",
        "@Carrier just watched a film about a {} {}, brilliant",
    )
    add(
        "anger: insult (nl)",
        [W.COLLECTIVE_NL, W.INSULTS_NL],
        "@Coolblue jullie zijn een {} {}",
        "@Coolblue ik las een boek over een {} {}, aanrader",
    )
    add(
        "vulnerable: died (en)",
        [W.KIN_EN, W.GONE_KIN_EN],
        "@BankX my {} {} last week and you keep phoning about the overdraft",
        "@BankX my {} {} the exam last week, so proud",
    )
    add(
        "vulnerable: died (nl)",
        [W.KIN_NL, W.GONE_KIN_NL],
        "@Rabobank mijn {} is vorige week {} en jullie blijven bellen",
        "@Rabobank wat moet ik doen als mijn {} ooit {} is?",
    )
    return out


def urgent(text: str) -> bool:
    return analyse(text, Settings()).urgency.level.value in URGENT


def main() -> int:
    misses = "--misses" in sys.argv
    print(f"{'family':32} {'urgent':>7} {'caught':>7} {'look-alikes':>11} {'alarmed':>8}")
    total = caught = calm_total = alarmed = 0
    for name, urgents, calms in cases():
        hits = [urgent(t) for t in urgents]
        false = [urgent(t) for t in calms]
        total += len(hits)
        caught += sum(hits)
        calm_total += len(false)
        alarmed += sum(false)
        print(
            f"{name:32} {len(hits):7d} {sum(hits) / len(hits):7.2f} {len(false):11d} {sum(false) / len(false):8.2f}"
        )
        if misses:
            for text, hit in zip(urgents, hits, strict=True):
                if not hit:
                    print("    missed:", text)
    print(
        f"{'all':32} {total:7d} {caught / total:7.2f} {calm_total:11d} {alarmed / calm_total:8.2f}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
