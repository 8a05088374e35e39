"""Dutch sentiment: inflected forms, negation as Dutch places it, and undetermined texts."""

from __future__ import annotations

import pytest

from webcare.analysis import analyse
from webcare.analysis.dutch_morphology import degrees, inflections
from webcare.analysis.language import detect_language
from webcare.analysis.sentiment import analyse_sentiment
from webcare.analysis.vader import head_of
from webcare.model import SentimentLabel
from webcare.settings import Settings


@pytest.mark.parametrize(
    ("adjective", "form"),
    [
        ("slecht", "slechte"), ("droog", "droge"), ("duur", "dure"), ("snel", "snelle"),
        ("lief", "lieve"), ("boos", "boze"), ("grijs", "grijze"), ("flets", "fletse"),
        ("lekker", "lekkere"), ("vreselijk", "vreselijke"), ("zoutig", "zoutige"),
        ("saai", "saaie"), ("fraai", "fraaie"), ("lui", "luie"), ("voorspelbaar", "voorspelbare"),
        ("eetbaar", "eetbare"),
    ],
)  # fmt: skip
def test_attributive_forms_follow_dutch_spelling(adjective: str, form: str) -> None:
    assert inflections(adjective) == (form,)


def test_degrees() -> None:
    assert degrees("slecht") == ("slechter", "slechtere", "slechtst", "slechtste")
    assert degrees("lekker")[0] == "lekkerder"
    assert degrees("goed") == ()  # beter/best are irregular and listed by hand


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Wat een vreselijke ervaring.", "neg"),  # inflected form of a lexicon adjective
        ("Slechtste eten ooit.", "neg"),
        ("Superlekker gegeten!", "pos"),
        ("Vriendelijk waren ze zeker niet.", "neg"),  # clause-final negation
        ("Nog nooit zo slecht gegeten.", "neg"),  # 'nooit zo' is 'never so'
        ("De porties zijn veel te duur.", "neg"),
        ("Niet te duur en heel lekker", "pos"),
        ("Het kan echt beter.", "neg"),
        ("Wij komen zeker terug!", "pos"),
        ("Hoe laat gaan jullie open op zaterdag?", "neu"),
        ("Inloggen lukt niet, storing?", "neg"),
        ("Da's toch ni normaal hé", "neg"),  # Flemish "ni" for "niet"
        # Disbelief at a fact, what it should have been, paid too much, not coming back.
        ("Ongelooflijk dat ze na een uur nog geen water hebben gebracht", "neg"),
        ("Ongelooflijk lekker gegeten", "pos"),  # a booster before an opinion word
        ("Voor die prijs mag het eten wel wat warmer zijn", "neg"),
        ("Het personeel mag op z'n minst vriendelijk en beleefd zijn.", "neg"),
        ("We hebben veel teveel betaald voor twee pizza's", "neg"),
        ("Ik denk niet dat we hier een tweede keer komen", "neg"),
        ("Het vlees moest je echt zoeken in de stoofpot", "neg"),
        ("Dat slaat nergens op", "neg"),
        # Praise without an adjective.
        ("Voor een goede pizza ben je hier aan het juiste adres", "pos"),
        ("De bediening hielp ons met de glimlach", "pos"),
        ("De kok verdient een dikke pluim", "pos"),
        ("Onze volgende reservering staat al gepland", "pos"),
        ("Een warme ontvangst door de eigenaar", "pos"),
        # Words pattern lacks or reads the wrong way; inflected forms.
        ("Wat een spannend boek", "pos"),
        ("Een waanzinnig boek!", "pos"),
        ("Wat een saaie, voorspelbare film", "neg"),
        ("Een nachtmerrie van een avond, wat een gedoe", "neg"),
        ("Het personeel was totaal niet geïnteresseerd", "neg"),
        ("Het lag aan de drukte en we zaten aan de bar", "neu"),  # "lag", "bar", "zat": no opinion
        ("Er stonden alleen warme gerechten op de kaart", "neu"),
        # Disappointment without an adjective, praise said with "te".
        ("Het tweede deel had veel beter gekund", "neg"),
        ("We hadden er echt veel meer van verwacht", "neg"),
        ("Zonde van het geld, een gemiste kans", "neg"),
        ("Het verhaal stelt weinig voor en gaat nergens over", "neg"),
        ("Echt geen aanrader, dit boek", "neg"),
        ("Het boek kon me niet echt boeien", "neg"),
        ("Dit boek is te leuk voor woorden", "pos"),
        ("De nieuwe serie is echt te gek", "pos"),
        ("Niet weg te leggen!", "pos"),
        ("In één ruk uitgelezen", "pos"),
        ("Het vlees was te taai", "neg"),  # "te" before a non-praise word: too much
        # Bad or good news said with a noun or a participle.
        ("Huiselijk geweld neemt toe in deze tijden", "neg"),
        ("Een man is op het station zwaar mishandeld", "neg"),
        ("Wat een verdriet in deze familie", "neg"),
        ("Het uitstel is een flinke domper voor de deelnemers", "neg"),
        ("Hulde aan alle vrijwilligers!", "pos"),
        ("Ik hoop dat de levering morgen komt", "neu"),  # "hoop" is no good news
        ("Door alle ellende heen ontstond toch iets moois", "pos"),  # partitive "-s"
        ("Er gebeurt niets interessants in dit boek", "neg"),
        ("Dat is slechts een kleine moeite", "neu"),  # "slechts" is "only", not "slecht"
        ("Ik ben echt fan van deze winkel", "pos"),
        ("Altijd optimistisch blijven, ook in deze crisis", "pos"),  # a crisis names a time
        ("De gezelligheid en de hartelijkheid maken het af", "pos"),  # qualities as nouns
        ("Veel onduidelijkheid en onvriendelijkheid aan de balie", "neg"),
        ("Wie draagt hier de verantwoordelijkheid voor?", "neu"),  # not "ordelijk" + "heid"
        ("Standvastigheid in onderhandelingen", "pos"),  # webcare's reading wins before forms
        # A sentence that opens with its concession says its verdict after the comma.
        ("Hoewel de bediening erg vriendelijk was, het eten was matig.", "neg"),
        ("Ondanks het lange wachten, een heerlijk diner.", "pos"),
        # A review's one-word verdicts.
        ("Misser. Dit deel had ik niet hoeven lezen.", "neg"),
        ("Wat een miskoop", "neg"),
        ("Een echte pageturner", "pos"),
        ("Dit boek is een blijvertje", "pos"),
        ("De lasagne was niks meer dan een laag koude saus", "neg"),
        ("Het kostte ons niet meer dan een tientje", "neu"),  # a low price, not "merely"
        ("De vis was redelijk, doch de frietjes waren doorweekt en koud", "neg"),  # "doch": but
        ("De zaak was duidelijk onderbemand", "neg"),
        ("Nog geen slechte ervaring gehad met deze webshop", "pos"),  # not "nog geen pakket"
        ("Ik heb nog geen problemen gehad", "pos"),
        ("Nog geen pakket ontvangen", "neg"),
        ("De gebruiksvriendelijkste van al mijn ban apps", "pos"),  # "ban" is no English "ban"
        (
            "Op deze wijze gaat het bestellen sneller",
            "pos",
        ),  # "wijze" is the manner, "sneller" the praise
        ("Het boek heb ik gisteren gelezen", "neu"),
        ("Natuurlijk bellen we je morgen terug", "neu"),
        ("Artisanale kazen uit de streek", "neu"),  # a loan read whole: no "anale" in it
        ("Doe zo verder!", "pos"),
        ("Ga zo door, team", "pos"),
    ],
)
def test_dutch_customer_texts(text: str, label: str) -> None:
    assert analyse_sentiment(text, "nl").label.value == label


@pytest.mark.parametrize(
    ("text", "label"), [("Prima!", "pos"), ("Slecht.", "neg"), ("Awful", "neg")]
)
def test_undetermined_one_word_texts_get_the_stronger_analyser(text: str, label: str) -> None:
    language = detect_language(text)
    assert language in ("und", "nl", "en")
    assert analyse_sentiment(text, language).label.value == label


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Waar blijft mijn pakket nou weer", "nl"),
        ("Allez, da kan toch beter?", "nl"),
        ("Where is my parcel, it has been a week", "en"),
        ("Wo ist mein Paket?", "de"),
        ("Je ne suis pas content du tout", "fr"),
        ("😡😡😡", "und"),
        ("ok", "und"),
    ],
)
def test_language_identification(text: str, language: str) -> None:
    assert detect_language(text) == language


@pytest.mark.parametrize(
    "text",
    [
        "The service was not good, but the food was GREAT!!! :)",
        "I'm sooo happy with this 😍😍 kind of amazing",
        "never so bad, without doubt the worst delivery I have ever had " * 8,
        "  padded text with least effort  ",
        "",
    ],
)
def test_webcares_vader_scores_exactly_as_upstream_on_english(text: str) -> None:
    # webcare's analyser skips work VADER repeats; the scores must not move by a digit.
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    from webcare.analysis.vader import windowed_vader as _windowed_vader

    assert _windowed_vader()().polarity_scores(
        text
    ) == SentimentIntensityAnalyzer().polarity_scores(text)


def test_a_too_much_phrase_is_named_as_a_negative_mover() -> None:
    # "te zout" becomes the negative "too much" token; it must be named as what pulled the
    # score down, not weighed as praise and dropped.
    sentiment = analyse_sentiment("De porties waren veel te zout.", "nl")
    assert sentiment.label.value == "neg"
    assert sentiment.words[0] == "veel te zout"


def test_a_reviews_short_title_is_its_verdict() -> None:
    # Reviews come as "title. body": a clear title outweighs praise words in the body.
    body = (
        "Het begin van het boek is aardig en de schrijfster heeft een leuke stijl, de "
        "personages zijn sympathiek, al is het verhaal soms wat traag."
    )
    assert analyse_sentiment("Teleurstellend. " + body, "nl").label.value == "neg"
    assert analyse_sentiment(body, "nl").label.value == "pos"
    # Not in a short message: there the first sentence is just a sentence.
    assert analyse_sentiment("Tegenvaller. Maar de bezorger was top!", "nl").label.value == "pos"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Mateo is niet voor niets verkozen tot beste pizzabakker.", "pos"),  # stress, no negation
        ("Een van de weinige zaken waar de klant nog koning is.", "pos"),
        ("Dan pas kom ik terug, zei de ober.", "neu"),  # not "we komen zeker terug"
        ("Het eten was onsmakelijk.", "neg"),  # "on-" turns an adjective around
        ("Een gebruiksvriendelijke app.", "pos"),  # a compound's last known word
    ],
)
def test_dutch_idioms_and_word_forms(text: str, label: str) -> None:
    assert analyse_sentiment(text, "nl").label.value == label


# Dutch compounds are read by their head when both halves look like a compound's parts.
@pytest.mark.parametrize(
    ("word", "head"),
    [
        ("reizigersonvriendelijk", "onvriendelijk"), ("wachttijdellende", "ellende"),
        ("klantonvriendelijke", "onvriendelijke"), ("klant-onvriendelijke", "onvriendelijke"),
        ("gebruiksvriendelijke", "vriendelijke"), ("personeelstekort", "tekort"),
        ("leeftijdsdiscriminatie", "discriminatie"), ("rotslechte", "slechte"),
        ("kersverse", "verse"), ("corona-slachtoffers", "slachtoffers"),
    ],
)  # fmt: skip
def test_a_compound_is_read_by_its_head(word: str, head: str) -> None:
    assert head_of(word) == head


@pytest.mark.parametrize(
    "word",
    [
        "artisanale", "originele", "psychologische",  # Latinate endings: loans read whole
        "kunstmatig", "merkwaardig", "eigenaardige", "maatschappelijk",  # derivational endings
        "reisgenoten", "coalitiegenoten",  # "-genoten" are companions, not "enjoyed"
        "verwachten", "verzorgen", "samengevat", "medelijden", "tenminste",  # prefix, no modifier
        "ontvangst", "kenmerkend",  # "ontv", "kenm" end no Dutch word
        "spreekwoordelijk", "verantwoordelijkheid",  # the seam would split "oo"
        "rechtvaardigheid",  # "rechtvaardig" runs into "vaardigheid"
        "zorgverzekeraars",  # "raars" is a partitive
        "ongewisse",  # "wisse" is "wis": too short to head a compound
    ],
)  # fmt: skip
def test_a_look_alike_is_not_split(word: str) -> None:
    assert head_of(word) is None


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Wat een wachttijdellende bij jullie klantenservice", "neg"),
        ("Zeer reizigersonvriendelijk, die nieuwe dienstregeling", "neg"),
        ("Bij ontvangst van het pakket krijgt u een mail", "neu"),  # no "angst"
        ("We verwachten het pakket morgen", "neu"),  # no "wachten"
        ("Een psychologische thriller over twee zussen", "neu"),  # no "logische"
        ("Kunstmatige intelligentie in de klantenservice", "neu"),  # no "matige"
        ("Onze reisgenoten zaten aan de tafel naast ons", "neu"),  # no "genoten"
    ],
)
def test_compounds_and_look_alikes_in_sentences(text: str, label: str) -> None:
    assert analyse_sentiment(text, "nl").label.value == label


# Complaints without an opinion word: a service that did not happen, waiting, being brushed
# off; each beside a look-alike that says the opposite.
@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Ik stond niet op de lijst terwijl ik had gereserveerd", "neg"),
        ("Mijn retour is niet verwerkt", "neg"),
        ("Na drie weken niets meer van ze gehoord", "neg"),
        ("Ik kreeg mijn geld niet terug", "neg"),
        ("Bij de kassa moesten we twintig minuten wachten", "neg"),
        ("We moesten niet lang wachten", "pos"),
        ("Het duurt altijd even voordat iemand opneemt", "neg"),
        ("Mijn abonnement werd zonder uitleg omgezet", "neg"),
        ("De monteur had geen tijd voor ons", "neg"),
        ("De installatie ging weer mis", "neg"),
        ("Er ging niets mis met de levering", "pos"),
        ("Ik vind het maar niks, die nieuwe app", "neg"),
        ("Daar durf ik mijn pakketten niet meer heen te sturen", "neg"),
        ("Het magazijn is overbemand en de klantenservice onderbezet", "neg"),
        ("Mijn vraag is nooit beantwoord en ik ben niet geholpen", "neg"),
        ("Nog steeds geen oplossing voor mijn storing", "neg"),
        ("Ik had geen hulp nodig, alles ging vanzelf", "neu"),
    ],
)
def test_complaints_without_an_opinion_word(text: str, label: str) -> None:
    assert analyse_sentiment(text, "nl").label.value == label


@pytest.mark.parametrize(
    "text", ["We kregen er geen genoeg van", "Ik kreeg niet alleen korting maar ook een cadeau"]
)
def test_getting_more_than_expected_is_no_complaint(text: str) -> None:
    assert analyse_sentiment(text, "nl").label.value != "neg"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Dit moet echt beter, jullie app crasht steeds", "neg"),  # a demand is a criticism
        ("Het kan niet beter, zo moet het blijven", "pos"),
        ("De saus kwam gewoon uit een potje", "neg"),
        ("Het eten werd op tafel gesmeten", "neg"),
        ("Waar blijft mijn pakket?!", "neg"),  # indignation
        ("Waar blijft mijn pakket?", "neu"),  # a question
        ("Goed werk van de monteur vandaag", "pos"),
        ("Ik kon de taart niet weerstaan", "pos"),
        # Praise in quotes is a mention or a sneer, not the writer's praise.
        ('Een "dankjewel" of een glimlach was ver te zoeken', "neg"),
        ("De minister deed weer „fantastische toezeggingen”", "neu"),
        ('Hij zei: "het eten was echt heel erg lekker vandaag"', "pos"),  # a whole quote counts
    ],
)
def test_demands_indignation_and_quoted_praise(text: str, label: str) -> None:
    assert analyse_sentiment(text, "nl").label.value == label


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # An announcement points at something to watch or hear; it is not the writer's verdict.
        ("Kijk vanavond live mee naar het debat over de beste aanpak van de files", "neu"),
        ("Luistertip: onze directeur in gesprek met een tevreden klant", "neu"),
        ("Wat een beste aanpak van de files, echt top", "pos"),  # the same words as a verdict
        # A question is no compliment; a complaint asked as a question stays one.
        ("Gaat de winkel het goede voorbeeld volgen?", "neu"),
        ("De winkel volgt het goede voorbeeld", "pos"),
        ("Waarom duurt het zo lang?", "neg"),
    ],
)
def test_announcements_and_questions_weigh_their_words_less(text: str, label: str) -> None:
    assert analyse_sentiment(text, "nl").label.value == label


@pytest.mark.parametrize(
    "text",
    [
        "Het nieuwe model is beschikbaar vanaf maandag",
        "Dit is een tijdelijke regeling voor zelfstandige ondernemers",
        "De zwarte jas is precies om acht uur bezorgd",
    ],
)
def test_adjectives_that_classify_do_not_judge(text: str) -> None:
    assert analyse_sentiment(text, "nl").label.value == "neu"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Vanavond naar Run The Jewels in de Melkweg", "neu"),  # a band, not "jewels"
        ("Ik speel weer Championship Manager", "neu"),
        ("Ik love deze winkel", "pos"),  # the English word itself, lower case, still counts
        ("Love deze winkel", "pos"),  # and at the start of a sentence
    ],
)
def test_a_capitalised_english_word_in_dutch_is_a_name(text: str, label: str) -> None:
    assert analyse_sentiment(text, "nl").label.value == label


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # A fixed expression whose opinion word is no opinion reads as neutral ...
        ("Wat kosten de oplaadkabels per stuk?", "neu"),
        ("Ik las gisteren een stuk over jullie nieuwe winkel.", "neu"),
        ("Goedenavond, de retourzending is in goede orde ontvangen.", "neu"),
        ("Op Goede Vrijdag is de klantenservice gesloten.", "neu"),
        ("Goedemiddag! Ik heb een vraag over mijn abonnement.", "neu"),
        ("De bijlage zat er wel degelijk bij.", "neu"),
        ("Ik wil ten minste weten wanneer het pakket komt.", "neu"),
        ("Graag zo snel mogelijk een reactie op mijn mail.", "neu"),
        ("De bezorger heeft de brief op de mat gelegd.", "neu"),
        ("Wij zorgen ervoor dat uw bestelling morgen verstuurd wordt.", "neu"),
        ("Kunt u ervoor zorgen dat de monteur vóór twaalf uur komt?", "neu"),
        # ... and its look-alikes keep their opinion.
        ("Mijn laptop is na een week al stuk.", "neg"),
        ("De koffiemachine ging gisteren stuk.", "neg"),
        ("De service kan een stuk beter.", "neg"),
        ("Alles zag er goed uit, de levering was in orde en snel geholpen.", "pos"),
        ("Een goede avond gehad, heerlijk gegeten!", "pos"),
        ("Een degelijk en stevig product.", "pos"),
        ("Dit is de minste service die ik ooit kreeg.", "neg"),
        ("Ik maak me zorgen over mijn bestelling.", "neg"),
    ],
)
def test_neutral_fixed_expressions_and_their_look_alikes(text: str, label: str) -> None:
    assert analyse_sentiment(text, "nl").label.value == label


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # Words whose common sense classifies rather than judges: neutral on their own ...
        ("Het is belangrijk dat u uw klantnummer vermeldt.", "neu"),
        ("Er staat een enorme rij bij de kassa van de vestiging.", "neu"),
        ("Het kabinet kondigt steun aan voor de horeca.", "neu"),
        ("De gemeente geeft staatssteun aan de busmaatschappij.", "neu"),
        # ... while a booster or a thank-you beside them still counts.
        ("Het eten was enorm lekker.", "pos"),
        ("Bedankt voor jullie steun!", "pos"),
    ],
)
def test_classifying_words_are_not_opinions(text: str, label: str) -> None:
    assert analyse_sentiment(text, "nl").label.value == label


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # Two sides of a contrast with opposite opinions of comparable weight: mixed, neutral ...
        ("De bezorger was traag, maar wel heel vriendelijk.", "neu"),
        ("Mooie kamer, maar een vieze badkamer.", "neu"),
        ("Slechte service, maar het eten was goed.", "neu"),
        ("Goede prijs, maar slechte kwaliteit.", "neu"),
        ("Hoewel de bediening onbeleefd was, het eten was lekker.", "neu"),  # a concession too
        # ... while sides that agree, or one clearly stronger side, keep their opinion.
        ("Niet duur maar wel lekker.", "pos"),
        ("Het eten was goed, maar de bediening was uitstekend.", "pos"),
        ("Vriendelijk maar we wachtten een uur.", "neg"),  # a failure after "maar" decides
        ("Redelijk eten, maar de bediening was ronduit waardeloos en onbeschoft.", "neg"),
        ("Mooi boek, maar het einde was saai. Toch een aanrader voor iedereen.", "pos"),
    ],
)
def test_mixed_verdicts_are_neutral(text: str, label: str) -> None:
    assert analyse_sentiment(text, "nl").label.value == label


def test_an_english_mixed_verdict_is_neutral_too() -> None:
    assert analyse_sentiment("Friendly staff but the food was bad.", "en").label.value == "neu"
    assert analyse_sentiment("Great camera but terrible battery.", "en").label.value == "neg"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # Only lukewarm words: it passed, no more; neutral ...
        ("Een acceptabele prijs en een behoorlijke portie.", "neu"),
        ("Er was voldoende personeel", "neu"),
        ("Het eten was van een redelijke kwaliteit en de bediening acceptabel.", "neu"),
        ("Niks mis mee.", "neu"),
        ("Het eten was gewoon goed, maar ook niet meer dan dat.", "neu"),
        ("Lekker, maar niet meer dan dat", "neu"),
        # ... but a clear opinion beside them, a negated or a boosted one decides.
        ("prima service, echt top", "pos"),
        ("redelijk duur en koud eten", "neg"),
        ("Acceptabele prijs en heerlijk eten", "pos"),
        ("De afhandeling was niet acceptabel", "neg"),
        ("Zeer behoorlijk geholpen door de medewerker", "pos"),
        ("Correcte uitvoering van de overschrijvingen", "pos"),  # "correct": without errors
        ("Er is niks mis mee, echt een aanrader", "pos"),
        ("Voldoende personeel, maar onvriendelijk en traag", "neg"),
        ("De bediening was onbeleefd, niet meer dan dat", "neg"),
        ("De lasagne was niks meer dan een laag koude saus", "neg"),  # "merely" a complaint
    ],
)
def test_lukewarm_verdicts_are_neutral(text: str, label: str) -> None:
    assert analyse_sentiment(text, "nl").label.value == label


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # Someone else's words or wishes passed on, nothing of the writer's own: neutral ...
        ("Volgens de stichting is er een alarmerende toename van huiselijk geweld.", "neu"),
        ("De Vries (CDA) wil meer steun voor ondernemers. Ziet wel gevaar van misbruik.", "neu"),
        ("'Dit is een historische en prachtige overwinning', zegt de burgemeester.", "neu"),
        # ... but the writer's own voice, a verdict or an exclamation decides as before.
        ("Volgens mij is dit een prachtig plan", "pos"),
        ("Goed dat de minister zegt dat er extra geld komt voor de zorg.", "pos"),
        ("Schandalig wat de minister zegt over de slachtoffers!", "neg"),
        ("De burgemeester zegt het zelf: dit is een ramp en we laten het gebeuren.", "neg"),
        (
            "Volgens de klantenservice is mijn pakket bezorgd, maar ik heb het nooit ontvangen",
            "neg",
        ),
        # A complaint in the writer's words is theirs, with no "ik" or "mijn" in it.
        (
            "Volgens de bezorger ligt het bij de buren, daar ligt niks. Nog steeds geen reactie.",
            "neg",
        ),
        ("Volgens de site is het bezorgd, er is niks gekomen. Al 3 dagen wachten.", "neg"),
        ("De ober zei dat de keuken dicht was en bleef onvriendelijk", "neg"),  # a story told
        ("Het verhaal stelt weinig voor", "neg"),  # "stelt ... voor" judges
    ],
)
def test_reports_of_other_peoples_words_are_neutral(text: str, label: str) -> None:
    assert analyse_sentiment(text, "nl").label.value == label


@pytest.mark.parametrize(
    "text",
    [
        "Ik ben drie keer afgeschreven voor één bestelling",
        "De app doet het al de hele ochtend niet, ik kan nergens betalen",
        "Ik kan sinds gisteren niet meer inloggen in de app",
        "Ik stap over naar een andere bank",
    ],
)
def test_a_dutch_failure_reported_without_an_opinion_word_is_a_complaint(text: str) -> None:
    sentiment = analyse(text, Settings()).sentiment
    assert sentiment.label is SentimentLabel.NEG
    assert sentiment.words[0].startswith(("reports", "says"))


def test_a_plain_report_in_english_or_a_dutch_question_stays_as_it_was() -> None:
    # English annotators read a plain report of a problem as neutral (TWCS); a Dutch
    # question with no failure in it is no complaint.
    assert (
        analyse("the app has been down since this morning", Settings()).sentiment.label
        is SentimentLabel.NEU
    )
    assert (
        analyse("Hoe laat gaan jullie open morgen?", Settings()).sentiment.label
        is SentimentLabel.NEU
    )


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # A voter's indignation without an opinion word, and the look-alikes left alone.
        ("Wie betaalt dat? Juist, de gewone burger.", "neg"),
        ("Klopt het dat de winkel morgen open is?", "neu"),
        ("Hoe lang moeten we dit nog pikken?", "neg"),
        ("Hoe lang is het nog rijden naar Parijs?", "neu"),
        ("Hoe lang kan ik de korting nog gebruiken?", "neu"),
        ("Hoezo solidariteit?", "neg"),
        ("De minister wist het al maanden en deed niets.", "neg"),
        ("Dat doet niets af aan het plezier van het boek.", "pos"),
        ("Zorgmedewerkers verdienen meer dan een applaus.", "neg"),
        ("Dit is een slag in het gezicht van de ondernemers.", "neg"),
        ("Het kabinet heeft geen enkel plan voor de jongeren.", "neg"),
        ("Weer een persconferentie zonder duidelijkheid voor de horeca.", "neg"),
        # Deadpan one-word verdicts are sarcasm; said with "!" or inside a sentence, praise.
        ("Fraai. Eerst bezuinigen en dan klappen voor de zorg.", "neg"),
        ("Eerst zeggen dat het niet helpt en het nu verplichten. Geloofwaardig.", "neg"),
        ("Fraai! Wat een uitzicht.", "pos"),
        ("Een fraai gebouw aan de gracht.", "pos"),
        # Looking forward, and not.
        ("Morgen begin ik als wethouder. Ik heb er ontzettend veel zin in!", "pos"),
        ("Ik heb er geen zin in.", "neu"),
        # Hard times and the crisis as a setting; "een bodemloze put" wastes money.
        ("In deze moeilijke tijd vergadert de gemeenteraad online.", "neu"),
        ("Ook in deze crisis werken de vrijwilligers gewoon door.", "neu"),
        ("Dat geld verdwijnt in een bodemloze put.", "neg"),
    ],
)
def test_a_voters_indignation_and_the_setting_of_hard_times(text: str, label: str) -> None:
    assert analyse_sentiment(text, "nl").label.value == label


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # A shared headline's bad news is the news's; the writer's own words are not.
        ("Treinverkeer rond Utrecht urenlang plat door storing | Binnenland |", "neu"),
        ("Gewonden bij botsing op de A12 via @rtvutrecht", "neu"),
        ("(VIDEO) Politie zoekt daders van gewelddadige overval", "neu"),
        ("GGD: drukte bij teststraten, wachttijden lopen op", "neu"),
        ("Schandalig: drukte bij teststraten, wachttijden lopen op via @nos", "neg"),
        ("Wachttijden bij teststraten lopen op. Dit is echt slecht. via @nos", "neg"),
        ("Wat een ellende bij de teststraten 😡 via @nos", "neg"),
        ("Eten: prima. Bediening: traag en onvriendelijk.", "neg"),
        # A writer who shares a piece with a verdict on it; a headline's own adjective.
        ("Mooi initiatief van Staedion. Corporatie belt oudere huurders | Den Haag |", "pos"),
        ("Prachtig verhaal over de vrijwilligers van de voedselbank via @nos", "pos"),
        ("Schokkend onderzoek naar misstanden in de jeugdzorg via @nos", "neg"),
        ("Zware storm raast over Nederland, tientallen bomen omgewaaid | Binnenland |", "neu"),
        ("Slechte oogst door de droogte, boeren in de problemen via @nos", "neu"),
        # An emoji after a negation is the writer's face, not a negated word.
        ("De minister komt zijn beloftes niet na 🙄", "neg"),
        ("Ik kan niet wachten tot het weekend 😍", "pos"),
        # Scare quotes around one word of praise sneer; a quoted verdict or title does not.
        ("Die 'geweldige' oplossing van de gemeente werkt dus niet.", "neg"),
        ("Het was in één woord 'geweldig'.", "pos"),
        # A hashtag that glues an opinion adjective to its noun.
        ("Weer een jaar uitstel voor de dijkversterking. #slechtebeurt", "neg"),
        ("Vandaag op pad met de wijkagent. #blijfthuis", "neu"),
        # Praise said flat to those in power, and meant.
        ("Knap hoor. Weer een jaar niets gedaan aan de wachtlijsten.", "neg"),
        ("Netjes geregeld, minister.", "neg"),
        ("Netjes geregeld, minister!", "pos"),
        ("Mooie regering hebben we.", "neg"),
        ("Mooie dag hebben we gehad.", "pos"),
        # Indignant questions, deeds asked for, trust lost; the plain look-alikes.
        ("Waarom moeten de huurders altijd weer betalen?", "neg"),
        ("Waarom moet ik dit formulier invullen?", "neu"),
        ("Wie bedenkt zoiets?", "neg"),
        ("Mooie plannen van de wethouder. Nu de daden nog.", "neg"),
        ("Het zou mooi zijn als de gemeente ook eens naar de bewoners luisterde.", "neg"),
        ("Het zou mooi zijn als we volgend jaar weer samen kunnen vieren.", "pos"),
        ("Zo ondermijnt de minister het vertrouwen in de rechtsstaat.", "neg"),
        ("Het kabinet kijkt weg.", "neg"),
        # A customer's thanks and regrets that praise look like the irony above.
        ("Bedankt voor de snelle hulp. Top hoor.", "pos"),
        ("Pakket is vandaag netjes bezorgd. Prima hoor.", "pos"),
        ("Jammer dat jullie niet eerder bestonden, wat een fijne app.", "neu"),
        ("Waarom heb ik niet eerder voor jullie gekozen? Super tevreden.", "pos"),
        ("Zoals verwacht weer perfect geleverd, dank jullie wel.", "pos"),
        ("PostNL: pakket keurig op tijd bezorgd, dank", "pos"),
        ("Netjes opgelost, gemeente.", "pos"),
        ("Het wordt tijd dat ik een review schrijf: super service!", "pos"),
        ("Bekijk hier mijn unboxing, wat een mooi toestel.", "pos"),
        ("Waarom is niet iedereen zo vriendelijk als jullie?", "pos"),
        ("Serieus? Nu al geleverd? Wat snel.", "pos"),
        ("Snel en vriendelijk geholpen door de chat via @KPN", "pos"),
        ("Jammer dat de app geen donkere modus heeft, verder top!", "pos"),
        ('Mooi toestel besteld met "gratis" verzending, morgen in huis.', "pos"),
        ("De 'snelle' levering duurde twee weken.", "neg"),
        ("De burgemeester kijkt weg van de camera.", "neu"),
    ],
)
def test_headlines_irony_and_criticism_in_political_tweets(text: str, label: str) -> None:
    assert analyse_sentiment(text, detect_language(text)).label.value == label
