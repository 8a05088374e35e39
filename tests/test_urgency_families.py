"""Urgency said in words nobody had used yet: the word families (`urgency_families`).

`tests/labelled/urgency_probes_en_families.tsv` and `nl_urgency_probes_families.tsv` hold 60
English and 60 Dutch and Flemish messages written before the families, in vocabulary unlike
the older probe files (a smell of rotten eggs, a handlebar that snapped, lips swelling up,
blood thinners at double the strength, a new payee nobody added, a number moved to another
SIM, money still pulled after the membership ended, a card swallowed at the till, a router
with red lights, a train terminated short, a suitcase sent to Oslo, "porting out", a shower
of cowboys, a husband who "passed"), half urgent, half look-alikes that share their words
(a how-to question, a warning about a scam, a planned water cut, praise). Before the
families the rules caught 0.433 (English) and 0.300 (Dutch) of the urgent ones; the rows
still wrong are strict xfails with their reason. Rows ha061-ha084 and nl-fam-061-088 came
later, from trials of plain messages typed as a new user would (2026-12-06): a home without
heating or power that goes on ("since yesterday", "for two days"), a relative's age beside
a percentage ("is 80% zeker": no age), "ik ga over naar Odido" and "helemaal klaar met
jullie" (churn), being made to pay a fee, late now for an exam, a paid plan that does not
work, guests expected tonight, a transfer "in behandeling" for a week, "2 keer dezelfde
afschrijving", a child with a 40 fever, roaming charged beside a bundle, a builder to pay
today, app-review complaints (a card that cannot be activated, "kan dus niets doen", a
payment the payee never got), with look-alikes ("las iets over een storing": read about,
not had; "can I still add wine": hopeful, no trouble).

`..._heldback.tsv` (30 of each) were written at the same time and scored once, after the
families were done, never used to change them: 0.400 -> 0.600 recall in English and
0.333 -> 0.467 in Dutch (the older rules -> with the families); their misses are strict
xfails below, each with what it lacks.

Each row is checked as the evaluation scores it: critical and high as one urgent class.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from labelled_probes import URGENT, assert_urgency_as_labelled, labelled_cases, probe_rows, urgent

from webcare.analysis import analyse
from webcare.analysis.urgency_families import FAMILIES, patterns
from webcare.analysis.urgency_family_words import en_plural, en_verb
from webcare.evaluate_urgency import Labelled
from webcare.settings import Settings

PLAIN = Settings()
FILES = ("urgency_probes_en_families.tsv", "nl_urgency_probes_families.tsv")

# Wrong for a reason older than the families (a flight or appointment tomorrow in a
# thank-you was time pressure until round 43).
KNOWN: dict[str, str] = {
    "ha069": "'no wifi' in a happy story: the outage phrase counts whatever the rest says",
    "nl-fam-064": "'zonder wifi' in a happy story: as ha069",
    "ha087": "a failure told as last year's, beside 'since' and 'still' of other things: read as going on",
}
HELD_BACK = ("urgency_probes_en_families_heldback.tsv", "nl_urgency_probes_families_heldback.tsv")
# The held-back batches' rows the families get wrong, scored once and left unfitted: what
# words nobody listed still slip past (README: 0.600 and 0.467 recall there; hb007, an
# advance that "never landed", is caught since by a later round's phrase for pay that did
# not come in).
KNOWN |= {
    "hb002": "plastic in baby formula: no family lists a foreign body in food but glass and metal",
    "hb003": "a carer who never came to a dependent person: no family for essential help missing",
    "hb009": "a trading platform that 'froze' mid-sale: freezing is listed for cards, not screens",
    "hb012": "'signed with a competitor' (no 'switched' or 'moved'): churn by its paperwork",
    "hb019": "'read your post on … scams': a post read is no report opener ('read that', 'read about')",
    "nl-famhb-007": "an advance 'nooit op mijn rekening gekomen': money not arriving is no family",
    "nl-famhb-008": "a 'beperkt' account: the cut-off forms kept for accounts leave out 'beperkt'",
    "nl-famhb-009": "a platform that 'bevroor' mid-sale: as hb009",
    "nl-famhb-015": "a gate closing in 40 minutes and an app that will not load the boarding pass",
    "nl-famhb-017": "'flesvoeding' in a recycling question: an older rule makes any baby formula critical",
}


@pytest.mark.parametrize("row", labelled_cases(FILES, KNOWN))
def test_family_probe(row: Labelled) -> None:
    assert_urgency_as_labelled(row)


@pytest.mark.parametrize("row", labelled_cases(HELD_BACK, KNOWN))
def test_held_back_probe(row: Labelled) -> None:
    assert_urgency_as_labelled(row)


def test_the_probe_files_are_half_urgent() -> None:
    for name in FILES + HELD_BACK:
        rows = probe_rows(name)
        assert len(rows) >= (60 if name in FILES else 30)
        assert abs(sum(urgent(r.urgency) for r in rows) - len(rows) / 2) <= 1


def level(text: str) -> str:
    return analyse(text, PLAIN).urgency.level.value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A part of the body and what happened to it, in any of their forms.
        ("@CityScoot came off at the lights and my ankle is swollen", "critical"),
        ("@Swapfiets gevallen door jullie losse trapas, mijn knieën zijn gekneusd", "critical"),
        # A swelling that is asked about, or told of someone in a film, is no emergency.
        ("@CityScoot does your insurance cover a swollen ankle?", "normal"),
        ("@Eneco het stinkt in de kelder naar rotte eieren", "critical"),
        ("@Eneco wat moet ik doen als het ooit naar rotte eieren stinkt?", "normal"),
        # The smell named straight after the verb, the way most people say it; not a price.
        (
            "@Stedin ik ruik gas in de keuken sinds jullie monteur hier was, wat moet ik doen?",
            "critical",
        ),
        ("@BritishGas I can smell gas in the hallway since your engineer left", "critical"),
        ("I can smell gas prices going up again lol", "normal"),
        # Something swallowed that must come out; a question about it is no emergency.
        ("@ToyWorld my son swallowed one of the magnets from your building set", "critical"),
        (
            "@Intertoys mijn zoontje heeft een batterijtje ingeslikt uit jullie speelgoed",
            "critical",
        ),
        ("@Intertoys wat gebeurt er als mijn hond een batterij heeft opgegeten?", "normal"),
        # Their driver through a red light or on the phone at the wheel; a call with the
        # customer is not that.
        ("@Arriva de chauffeur zat de hele rit op zijn telefoon en reed door rood", "critical"),
        ("@Stagecoach the bus driver was on his phone the whole ride", "critical"),
        ("@Uber the driver is on the phone with me now sorting it out", "normal"),
        # A how-to question names the thing; a report in the same words is the thing.
        ("@MetroBank can I freeze my card in the app if I lose it?", "normal"),
        ("@MetroBank how do I get my wages out, my card was frozen this morning?", "high"),
        ("@Belfius mijn bankkaart is zonder verwittiging bevroren", "high"),
        # News about others and a warning are no incident of the author's.
        ("@BankX read that customers of some bank lost their savings to a scam", "normal"),
        ("@KBC bedankt voor de waarschuwing over die whatsapp-fraude", "low"),
        # Money still taken after the contract ended; a plain question about the debit.
        ("@GymPlus I quit in May and you still took £39 out of my account", "high"),
        ("@GymPlus when do you take the monthly fee out of my account?", "normal"),
        # A collective noun of dishonesty said to the brand; of incompetence, in Dutch, anger
        # alone (the Dutch set's criteria: an ordinary complaint).
        ("@Coolblue jullie zijn een stelletje afzetters", "high"),
        ("@Carrier you lot are a shower of swindlers", "high"),
        # A death in the family told in other words than "overleden".
        ("@Rabobank mijn vader is vorige week heengegaan, wat moet ik met zijn rekening", "high"),
        ("@BankX my son passed his driving test, can he get a card now?", "normal"),
        # A number moved to a SIM the author does not have.
        ("@Proximus mijn nummer is gekaapt, ik krijg geen sms-codes meer", "high"),
        # A train stopped short now.
        ("@NS onze sprinter is bij Gouda stilgevallen en we staan al een half uur", "high"),
    ],
)
def test_families_in_their_frames(text: str, expected: str) -> None:
    got = level(text)
    if expected in URGENT:
        assert got == expected, (text, analyse(text, PLAIN).urgency.reasons)
    else:
        assert got not in URGENT, (text, analyse(text, PLAIN).urgency.reasons)


def test_english_forms_are_generated() -> None:
    assert en_verb("threaten") == ("threaten", "threatens", "threatening", "threatened")
    assert en_verb("stab/stabb") == ("stab", "stabs", "stabbing", "stabbed")
    assert en_verb("freeze=froze,frozen") == ("freeze", "freezes", "freezing", "froze", "frozen")
    assert en_verb("puke") == ("puke", "pukes", "puking", "puked")
    assert en_plural("payee") == ("payee", "payees")
    assert en_plural("beneficiary") == ("beneficiary", "beneficiaries")


def test_every_family_belongs_to_a_built_in_category() -> None:
    from webcare.analysis.urgency_lexicon import BUILTIN_NAMES

    assert {f.category for f in FAMILIES} <= set(BUILTIN_NAMES)
    assert all(patterns(name) for name in {f.category for f in FAMILIES})


def test_the_family_coverage_script_catches_every_generated_form() -> None:
    """scripts/urgency_family_coverage.py: every urgent carrier of every generated form is
    urgent; look-alikes mostly are not (some are alarmed by older phrase rules)."""
    import importlib.util

    path = Path(__file__).parent.parent / "scripts" / "urgency_family_coverage.py"
    spec = importlib.util.spec_from_file_location("coverage_script", path)
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    missed = [
        text for _, urgents, _ in script.cases() for text in urgents if not script.urgent(text)
    ]
    calm = [text for _, _, calms in script.cases() for text in calms]
    alarmed = [text for text in calm if script.urgent(text)]
    assert missed == []
    assert len(alarmed) / len(calm) < 0.08
