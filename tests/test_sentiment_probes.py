"""Dutch and Flemish sentiment on invented but realistic texts of the three kinds the Dutch
evaluation data holds: restaurant and service sentences, book reviews and political tweets;
and English customer tweets to brands (customer_en*.tsv): complaints told without an
opinion word, requests whose courtesy ("can you help", "I'd like to", "please check") is
no praise, replies that open with their answer ("Yes, I did"), and their look-alikes.

The probes live in tests/sentiment_probes/ as label<TAB>text files, so `webcare eval
sentiment tests/sentiment_probes/*.tsv` scores them too. Each label is what a careful
annotator gives the text; a probe the rules still get wrong is listed in `STILL_WRONG`
(a strict xfail: it fails the day the rules get it right, so the list stays true).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from webcare.analysis.language import detect_language
from webcare.analysis.sentiment import analyse_sentiment
from webcare.evaluate import read_examples

PROBES = Path(__file__).parent / "sentiment_probes"

STILL_WRONG: dict[str, str] = {
    "Het is het zoveelste bewijs dat we geregeerd worden door een kartel van regenten.": "'het "
    "zoveelste' is not listed (it is said of what the writer fights: 'een goede reactie op "
    "de zoveelste aanval'), nor 'kartel' and 'regenten'",
    # restaurant and service
    "Voor 28 euro kregen we drie mosselen en een blaadje sla.": "a pitiful plate told by its "
    "count, without 'maar' or 'slechts'",
    "We hebben gegeten en zijn zo snel mogelijk vertrokken.": "leaving in haste, told without "
    "a reason",
    "Er werd ons niets gevraagd over allergieën.": "a question not asked: no complaint word",
    "Die rook uit de fabriek is vast heel gezond.": "irony without a marker: 'vast heel' "
    "praise of a harm",
    "De chef heeft een Michelinster en dat proef je.": "a star named, 'dat proef je' says "
    "either way",
    "De wijn was warmer dan de soep.": "a complaint by comparison, 'warmer' reads as praise",
    "Het toilet kon je enkel via de keuken bereiken.": "no complaint word",
    "De bediening was pover.": "identified as English, so the Dutch lexicon is not used",
    "Voor die prijs krijg je echt veel op je bord.": "value said without an opinion word",
    "Het eten was best oké, maar de bediening was ronduit slecht.": "read as a mixed verdict",
    "Mooie zaak, maar het eten was een grote teleurstelling.": "read as a mixed verdict",
    "De mosselen waren groot en vlezig.": "no opinion word",
    "Spijtig dat we niet dichterbij wonen, anders kwamen we elke week.": "regret as praise",
    "Heel attente bediening, niets was te veel gevraagd.": "'te veel gevraagd' complains",
    "Een mini-portietje voor vijfentwintig euro.": "no opinion word",
    "Het dessert was een zoete brij.": "no opinion word",
    "Dit is waar je naartoe gaat voor echte Italiaanse pizza.": "no opinion word",
    "Er stond een wachtrij tot buiten en niemand die iets organiseerde.": "no opinion word",
    "De kinderen kregen zelfs een kleurplaat.": "a kind gesture told as a fact",
    "Kan ik niet beter een nieuwe pas aanvragen?": "a suggestion's 'niet beter' reads as blame",
    "Voor een fles huiswijn vroegen ze 38 euro.": "a price told without a verdict",
    "Het dessert was een bolletje ijs met een wafeltje, voor twaalf euro.": "a price told "
    "without a verdict",
    "Zelfs op zaterdagavond kregen we zonder reservatie nog een tafeltje.": "luck told as a "
    "fact",
    "10/10 would not recommend": "the mark's praise and the refusal cancel out",
    # book reviews
    "De personages blijven vlak.": "'vlak' is also 'near' ('vlak bij')",
    "Het einde kwam uit de lucht vallen.": "no opinion word",
    "Een zwak boek van een normaal sterke schrijver.": "the two opinion words cancel",
    "De humor is flauw.": "VADER's English 'humor' outweighs 'flauw'",
    "Na een trage start wordt het echt spannend.": "the two opinion words cancel",
    "Ik was er stil van.": "speechless with delight, or with shock",
    "Het leek wel of de schrijver zelf geen zin meer had om het af te maken.": "no opinion word",
    # political tweets
    "Hoeveel scholen hebben nog geen goede ventilatie? Ik vroeg het de minister.": (
        "a question read as a complaint"
    ),
    "Hoopvol nieuws: het aantal besmettingen daalt.": "'besmettingen' weighs against 'hoopvol'",
    "Hier gaan we ons tegen verzetten.": "no opinion word",
    # written before the opinion-verb round (tests/sentiment_probes/*_unread.tsv)
    "Ik snap niet waarom dit boek zo bejubeld wordt.": "others' praise questioned",
    "Een boek dat je bijblijft.": "'bijblijven' is too often neutral to list",
    "De spanning wordt tot het einde volgehouden.": "no opinion word",
    "Het kabinet wil de kinderopvang vanaf 2027 bijna gratis maken.": "'gratis' as praise",
    "We voelden ons afgezet.": "'afgezet' is also 'dropped off', so it is not listed",
    # a second batch, written after the first lists and before their extension
    # (tests/sentiment_probes/*_unread2.tsv)
    "De spanning is om te snijden.": "an idiom; 'spanning' is no opinion alone",
    "De zorgpremie stijgt alweer, de rekening ligt bij de gewone burger.": "no opinion word",
    # a third batch, written after every rule of the round and scored once
    # (tests/sentiment_probes/*_unread3.tsv)
    "Dit boek heeft me echt gegrepen.": "'gegrepen' (gripped) is also 'grabbed'",
    "Ik voelde niets voor de personages.": "no opinion word",
    "Die chocolademousse, daar droom ik nog van.": "'dromen van' is no opinion alone",
    # complaints and non-complaints stated as facts, written before the fact rules
    # (tests/sentiment_probes/complaints_nl.tsv)
    "Bij aankomst bleek onze kamer aan iemand anders gegeven.": "a room given away, told as events",
    "De bezorger heeft het pakket gewoon in de regen voor de deur gezet.": "careless "
    "delivery told as events",
    "Het boek ligt nu bij de kringloop.": "a book given away, told as a fact",
    "Toen het dessert op was, maakte de kok iets anders voor ons klaar.": "a kind gesture "
    "told as events",
    "De schoenen bleven droog in de stromende regen.": "'droog' is listed as a fault of "
    "food, not as a virtue of shoes",
    "Het pakket was niet beschadigd en keurig ingepakt.": "VADER's negation reaches past "
    "'en' to the praise",
    # held back while the fact rules were written, scored once after them (0.894 macro-F1,
    # main 0.630) (tests/sentiment_probes/complaints_nl_heldback.tsv)
    "De kaft liet na een week los.": "'los' needs a state verb; 'liet ... los' is not one",
    "Er zat geen enkel krasje op.": "the diminutive 'krasje' is not listed",
    # English customer tweets held back while the courtesy, question and complaint rules
    # were written, scored once after them (0.423 -> 0.833 macro-F1)
    # (tests/sentiment_probes/customer_en_heldback.tsv)
    "@Broadband 4 days without internet and all I get is copy paste replies": "an outage "
    "counted in days, told without an opinion word",
    "@Furniture sofa arrived with a ripped cushion and a snapped leg": "damage told as facts",
    "@Utility you cut off our water with no warning and we have a newborn": "'no warning' "
    "and 'cut off' are not listed",
    "@Utility thank you for fixing the leak so quickly yesterday": "the fixed 'leak' "
    "cancels the thanks",
    "@Grocery is there a minimum spend for free delivery?": "'free' keeps a question at "
    "the positive line",
    # a fourth batch over restaurants, shops, travel, politics and books, half fitted
    # (tests/sentiment_probes/mixed_nl_round4.tsv) and half kept aside (*_unread4.tsv)
    "De jas verloor na twee keer dragen al knopen.": "a fault told as events",
    "Het materiaal voelt goedkoop en breekbaar aan.": "'goedkoop' is praise of a price as "
    "often as a fault of a thing",
    "Een historische dag voor het klimaat.": "'historisch' is no opinion alone",
    "Het scherm vertoonde na een maand al strepen.": "a fault told as events",
    "Het eten was best lekker, maar de bediening was een ramp.": "read as a mixed verdict",
    # disappointment told by time, comparison and expectation, written before the decline
    # rules (tests/sentiment_probes/decline_nl.tsv) and held back from them (*_aside.tsv)
    "Vroeger kwam ik hier elke week, nu niet meer.": "a habit given up; 'nu niet meer' is "
    "also relief ('vroeger had ik rugpijn, nu niet meer')",
    "We kwamen er vroeger graag, maar dit keer was het niks.": "'graag' weighs nothing",
    "Sinds de nieuwe eigenaar heet het restaurant De Gouden Leeuw.": "a name read as praise",
    "Wordt het abonnement volgend jaar duurder dan nu?": "a question about a price read as "
    "a complaint",
    "Ik ga voortaan naar de Jumbo, daar is alles goedkoper.": "leaving for a competitor, "
    "without 'dan'",
    "Niet meer zo lekker als vroeger.": "VADER's negation does not reach past 'meer zo'",
    "Mijn hypotheekrente is hoger dan bij elke andere bank.": "'hoger' is only weighed "
    "after a price word; 'rente' is not one (higher savings interest is good)",
    "De tram rijdt tegenwoordig nog maar eens per half uur.": "a cut told as a number",
    "Vorige keer was de vis veel verser.": "a comparison without 'dan'",
    "Vroeger heette deze supermarkt Super de Boer.": "a name read as praise",
    # English replies to a brand: answers, requests and complaints told as facts, written
    # before the answer, request and food rules (customer_en_replies.tsv) and held back
    # from them (customer_en_replies_heldback.tsv: 0.509 -> 0.886 macro-F1)
    "@AcmeHelp Yes please, a callback would be fine.": "'fine' approves the callback",
    "@AcmeHelp found a hair in my burger. Lovely.": "the sarcastic 'Lovely' outweighs the "
    "complaint",
    "@ShopCo yes please, send the form over": "'yes please' is no reply's opening answer",
    # Dutch tweets on politics and the news, written before the tweet round's rules
    # (tests/sentiment_probes/tweets_nl.tsv)
    "Gemeente Utrecht opent extra teststraat in Leidsche Rijn": "'extra' is praise in "
    "political tweets more often than not",
    "Ik ben benieuwd wat de minister hierop gaat antwoorden.": "'benieuwd' (curious) is "
    "praise of a book's next part",
    "Kwalijke zaak dat de privacy van burgers zo makkelijk opzij wordt geschoven.": "the "
    "verdict before 'dat' does not outweigh the clause's 'makkelijk'",
    "De EU wil weer meer geld van de Nederlandse belastingbetaler. Ongelooflijk.": "'ongelooflijk' "
    "alone is amazement as often as indignation",
    # held back while the tweet round's rules were written, scored once after them (0.818
    # -> 0.900 macro-F1) (tests/sentiment_probes/tweets_nl_heldback.tsv)
    "Goh, wat een verrassing: de kosten vallen weer hoger uit. 🙄": "sarcasm whose praise "
    "word ('verrassing') the lexicon does not weigh",
    # a second batch of longer tweets (praise amid the crisis, news with bad-news words,
    # criticism with praise words in it); the rules first written for it were reverted (they
    # left its held-back twin at 0.691 and the odd rows lower) (tweets_nl_round2.tsv)
    "De regeling is bedoeld voor ondernemers die door de crisis omzetverlies lijden. "
    "Aanvragen kan vanaf maandag via het loket van RVO.": "the crisis as the setting of "
    "news read as the writer's complaint",
    "De zorgmedewerkers krijgen een applaus, de banken krijgen miljarden. Zo gaat dat in "
    "Nederland.": "irony by contrast",
    # held back from that batch's rules, then read for the vocabulary round
    # (tweets_nl_heldback2.tsv; 0.691 before and after the reverted rules)
    "In memoriam: een bevlogen wethouder die altijd klaarstond voor de stad.": "'bevlogen' "
    "(passionate) is no longer read as '-logen' (lied) and is not listed",
    "De gemeente Amsterdam sluit de parken als het te druk wordt.": "'te druk' complains",
    "Prachtige beloftes in de verkiezingstijd, en nu is er niets van over.": "the praise "
    "outweighs 'niets van over'",
    # held back from the vocabulary round, scored once after it (0.827 -> 0.852 macro-F1)
    # (tweets_nl_heldback3.tsv)
    "Sterk optreden van de burgemeester na de rellen van gisteravond.": "'rellen' outweighs "
    "'sterk'",
    "Deze wet is een aanval op onze grondrechten.": "'aanval' is also an attack in sport",
    # a fifth batch of tweets by kind (shared headlines, information on measures, thanks and
    # wishes set in the crisis, deadpan and rhetorical criticism), written before the round's
    # rules (tweets_nl_round5.tsv)
    "Ondernemers met omzetverlies kunnen vanaf morgen de tegemoetkoming aanvragen. Alle info "
    "via de link.": "the crisis's losses as the setting of news read as a complaint",
    "Interview met een virusdeskundige over de risico's van de versoepelingen.": "the noun "
    "'deskundige' (expert) in a compound read as the adjective 'deskundig' (competent)",
    "Via @telegraaf: Rutte sluit nieuwe belastingverhoging niet uit": "a shared headline "
    "read as the writer's complaint",
    "RT @NOS: Kabinet overweegt avondklok in regio's met veel besmettingen": "a retweeted "
    "headline's bad news read as the writer's",
    "Waar blijven de beschermingsmiddelen voor de thuiszorg? Al weken beloofd.": "'waar "
    "blijft ...?' is left alone: a reader's eagerness for a sequel as often as impatience",
    "Dit is precies waarom niemand de politiek meer vertrouwt.": "distrust without an "
    "opinion word",
    "Het ene moment moeten we thuisblijven, het volgende moment mogen we naar de Ikea. "
    "Logisch.": "a deadpan 'Logisch.' is agreement as often as sarcasm",
    "Italië wil eurobonds en Nederland mag betalen. Geen sprake van!": "'geen sprake van' "
    "is also a plain denial",
    "Zo'n minister hebben we toch niet nodig?": "a rhetorical question without an opinion "
    "word",
    "Dank je wel, Brussel. Weer een regel erbij voor de boeren.": "sarcastic thanks to an "
    "institution read as thanks",
    # held back while that round's rules were written, scored once after them (0.742 ->
    # 0.787 macro-F1, binary 0.778 both) (tweets_nl_heldback5.tsv)
    "Ik heb de minister gevraagd hoeveel zorgmedewerkers besmet zijn geraakt.": "a "
    "question put to the minister read as the writer's complaint ('besmet')",
    "Overleden patiënten worden voortaan ook in de cijfers van het CBS meegeteld.": "a "
    "subject read as bad news",
    "Fijn dat de minister de Kamer via de krant informeert. Heel fijn.": "sarcasm told by "
    "repeating the praise",
    "Weer een gemeente die de huren verhoogt terwijl mensen hun baan kwijtraken.": "no "
    "opinion word",
    # a sixth batch (shared headlines, irony, hashtags, emoji, "weer eens", insults,
    # rhetorical questions), written before the round's rules (tweets_nl_round6.tsv)
    "Graaiers aan de top keren zich weer een miljoenenbonus uit.": "'top' and 'bonus' weigh "
    "against 'graaiers'",
    "Hoeveel mensen staan er op de wachtlijst voor een huurwoning? Ik heb het gevraagd.": "a "
    "question put to the minister read as the writer's complaint ('wachtlijst')",
    "Hoe gaan gemeenten om met de tekorten in de jeugdzorg? Lees het in ons dossier.": "'lees "
    "het in' is not listed as an announcement",
    "Goed en kwaad liggen in de politiek soms dicht bij elkaar, zei de premier vandaag.": "'kwaad' "
    "(evil) read as the writer's, 'goed en kwaad' is a pair of nouns",
    # "Nieuwe aflevering van onze podcast: de schrijnende armoede …": an announcement since
    # round 37 (analysis/announcement.py).
    "Dat meen je niet. Weer een bonus voor de top van de bank.": "'bonus' and 'top' outweigh "
    "the sigh",
    "Tja, dat is een goede vraag, daar kom ik morgen op terug.": "'goede vraag' is a courtesy, "
    "not praise",
    "Kom op jongens, nog één dag campagne en dan de verkiezingen!": "cheering on without an "
    "opinion word",
    "Samen met de minister bespreken we morgen de aanpak van de wachtlijsten.": "the "
    "subject ('wachtlijsten') read as the writer's complaint",
    "Heel veel sterkte aan alle zorgmedewerkers die vandaag weer klaarstaan.": "a wish of "
    "strength is not listed: beside grief it must not outweigh it",
    "Veel sterkte gewenst aan iedereen in Limburg die met het water te maken heeft.": "a "
    "wish of strength is not listed",
    # sighs and amazement given up for a customer's thanks ("Tja. Wat moet ik zeggen:
    # perfect geholpen", "Serieus? Nu al geleverd?")
    "Tja. Weer een jaar uitstel voor de versterking in Groningen.": "'Tja.' is resignation "
    "before praise as often as before blame",
    "Zoals verwacht. De minister draait weer om.": "'Zoals verwacht.' is said of good news too",
    "Hallo? Waar blijft het geld voor de thuiszorg?": "'Hallo?' is amazement as often",
    "Serieus? Nog een commissie die de commissie moet onderzoeken?": "'Serieus?' is "
    "amazement as often",
    # the sixth batch's held-back third, scored once after the round's rules (0.573 -> 0.820
    # macro-F1 pooled) (tweets_nl_heldback6*.tsv)
    # a user trial's three misreadings (a cry for help read as praise, a brand plus one Dutch
    # word read as English, names made of opinion words), written before the rules
    # (trial_help.tsv; trial_help_heldback.tsv held back and scored once after them)
    # things named with an opinion word ("smart meter", "happy hour", "best before"), written
    # before the list of them (trial_compounds.tsv; trial_compounds_heldback.tsv held back)
    "Help, my parcel says delivered but it's not here": (
        "an English problem told as a fact reads neutral, as TWCS annotators read it"
    ),
    "Picked up my order at the Best Buy on Main Street": (
        "a shop named with an opinion word: the rule for names (an opinion word in a "
        "mid-sentence capitalised run) cost English tweets binary 0.961 -> 0.958, dropped"
    ),
    "Booked two nights at the Best Western near the airport": (
        "a hotel named with an opinion word: no rule for names (see 'Best Buy')"
    ),
    # held back from the trial's rules, scored once after them: trial_help_heldback 0.370 ->
    # 0.850 macro-F1, trial_compounds_heldback 0.259 -> 0.600
    "Help!! My card got declined twice at checkout": "an English problem told as a fact",
    # "help, ik kan niet meer inloggen": a complaint phrase since round 37.
    "Brand verwoest boerderij in Twente, honderd varkens omgekomen": "a headline without a "
    "source or section tag reads as the writer's",
    "De 'tijdelijke' maatregel bestaat nu al vijf jaar.": "scare quotes around a word that "
    "is no praise",
    "Het kabinet verdubbelt de eigen bijdrage. Goed geregeld hoor 👏👏": "'Goed geregeld hoor' "
    "after a sentence of fact, without a complaint phrase",
    "Het zou mooi zijn als de minister zijn eigen regels ook naleefde.": "a wish without "
    "'eens' reads as one",
    "Typisch weer. Als het om de boeren gaat is er nooit geld.": "'Typisch.' as a sigh is not "
    "listed",
    "De coalitie stemt tegen. Natuurlijk.": "'Natuurlijk.' said flat is not listed",
    "Het lijkt wel of niemand in Den Haag de wijk nog in gaat.": "no opinion word",
    "Nieuw op de website: alles over de gratis energiecheck voor huurders.": "'gratis' read as "
    "praise in information",
    "Sterkte voor de familie en vrienden van de slachtoffers.": "a wish of strength is not "
    "listed",
    # Round 35: Dutch and Flemish opinion vocabulary from a speaker's knowledge, written
    # before the words were added (vocab_nl_round35*.tsv).
    "Ze wisten helemaal niks van wijn.": "no opinion word",
    # Round 35's held-back vocabulary probes (*_round35*_heldback.tsv), scored once after the
    # words were added: the same list's third 14 -> 0 wrong, a fresh set written without
    # the list 5 -> 5, more words 2 -> 1. The misses are left unfitted.
    # round 42: politics and restaurants of our own (tests/sentiment_probes/round42.tsv)
    "So tired of this weather. Winning at life, clearly.": "sarcasm without a praise word VADER weighs",
    "Love sitting in traffic for two hours. Best part of my day.": "sarcasm told as praise throughout",
    "My cat knocked my coffee onto the laptop. Perfect.": "a mishap told without a complaint word",
    "Finally finished the marathon, legs are dead but I'm so proud!": "'dead' outweighs 'proud' after 'but'",
    "Damn, that burger was good": "'damn' as an interjection weighs as blame",
    "Can't wait for the weekend, beach here we come": "'can't wait' is as often sarcastic, so not listed",
    "De zaak mikt op toeristen en dat proef je.": "no opinion word",
    "Het duurde even, maar het wachten werd beloond.": "the wait and its reward weigh alike: mixed",
    "Ik sta hier graag in de regen te dansen": "'graag' alone is no praise (the cold-and-rain complaint stays off)",
    # round 43: a diner's let-downs of our own (tests/sentiment_probes/restaurant_nl_round43.tsv)
    "De kok had het zout wel erg ruim gebruikt.": "'wel erg ruim' hedges; no complaint word",
    "Het menu was in een jaar niet veranderd.": "unchanged is praise of a standard as often",
    "De salade bestond voornamelijk uit ijsbergsla.": "knowing iceberg lettuce is the cheap filler",
    # round 44: a diner's mixed and lukewarm verdicts (tests/sentiment_probes/restaurant_nl_round44.tsv)
    "De porties waren aan de kleine kant, maar de smaak was in orde.": "'in orde' carries no weight against the complaint",
    "Het dessert was lekker, het hoofdgerecht wat minder.": "a contrast without 'maar' is not weighed as mixed",
    "Voor een snelle hap prima, voor een avondje uit minder geschikt.": "a contrast without 'maar' is not weighed as mixed",
    "Het terras ligt aan een drukke weg.": "'druk' (busy) reads as a complaint in a plain fact",
    "De kaart is beperkt maar wisselt elke week.": "the side after 'maar' has no opinion word",
    "Het was druk, dus het duurde even voor we konden bestellen.": "a wait explained is read as a complaint",
    "Niet slecht, maar ook niet om over naar huis te schrijven.": "the idiom is a complaint phrase; here it holds praise to 'not bad'",
    # round 44: a voter's sarcasm and its sincere twins (tests/sentiment_probes/politics_nl_round44.tsv)
    "Mooi werk van Den Haag: de wachtlijsten zijn weer langer.": "'langer' is no harm without knowing what grows",
    "Heel sterk van de coalitie om de huurders weer in de kou te laten staan.": "the idiom 'in de kou laten staan' is not read",
    "Goed bezig kabinet, de boeren staan weer op het Malieveld.": "a protest told as an event names no harm",
    "Dank je wel minister, voor helemaal niets.": "'bedankt voor niks' is read by the full analysis (meant_negative), not by sentiment alone",
    "Wat een visie, wéér een commissie die moet onderzoeken wat iedereen al weet.": "'visie' is no praise word",
    "Top geregeld, de toeslagenouders wachten nog steeds op hun geld.": "'nog steeds' is no new instance",
    "Weer een prachtige belofte die na de verkiezingen verdwijnt.": "praise that is not the opening",
    "Wat een verrassing, de minister kan zich weer niks herinneren.": "'weer niks' is no new instance",
    "Complimenten aan de minister voor het zoveelste gebroken record van wachtenden.": "praise not set off by punctuation",
    "Echt een topprestatie om de zorgpremie weer te verhogen.": "praise not set off by punctuation",
    "Wat fijn dat de gemeente de bibliotheek sluit.": "praise not set off by punctuation",
    "Sterk verhaal van de minister over de aanpak van armoede.": "'sterk verhaal' praises; 'armoede' outweighs it",
    # round 44: complaints told as facts (tests/sentiment_probes/webcare_voice_nl_round44.tsv)
    "Ik krijg elke maand een andere factuur.": "a bill that changes every month names no failure",
    # round 44: customer tweets of our own (tests/sentiment_probes/customer_en_round44.tsv)
    "@TwitterSupport someone is impersonating me and messaging my friends for money": "VADER's 'friends' (+2.1) outweighs the impersonation",
}


def _probes() -> list[object]:
    params: list[object] = []
    for path in sorted(PROBES.glob("*.tsv")):
        for example in read_examples(path):
            marks = ()
            if example.text in STILL_WRONG:
                marks = (pytest.mark.xfail(reason=STILL_WRONG[example.text], strict=True),)
            name = f"{path.stem}:{example.text[:40]}"
            params.append(pytest.param(example.text, example.label, marks=marks, id=name))
    return params


@pytest.mark.parametrize(("text", "label"), _probes())
def test_probe(text: str, label: str) -> None:
    assert analyse_sentiment(text, detect_language(text)).label.value == label


def test_every_still_wrong_probe_is_a_probe() -> None:
    texts = {e.text for path in PROBES.glob("*.tsv") for e in read_examples(path)}
    assert set(STILL_WRONG) <= texts
