"""Analysis on realistic Dutch and English customer messages: language, sentiment, urgency,
topics and route, each with the evidence a webcare agent would want to see."""

from __future__ import annotations

import pytest

from webcare.analysis import analyse
from webcare.analysis.language import _WORD, TOKEN, _words_of, detect_language
from webcare.analysis.sentiment import analyse_sentiment
from webcare.analysis.topics import detect_topics
from webcare.analysis.urgency import ruleset
from webcare.model import Route, SentimentLabel, UrgencyLevel
from webcare.settings import RouteSettings, Settings, UrgencyRuleSettings, UrgencySettings

PLAIN = Settings()
SHOP = Settings(
    route=RouteSettings(high_value_keywords=("zakelijk", "business account", "premium"))
)

# ---------------------------------------------------------------- language


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Mijn pakket is nog steeds niet bezorgd", "nl"),
        ("Top service, bedankt!", "nl"),
        ("Waarom duurt het zo lang voordat ik mijn geld terug krijg?", "nl"),
        ("Al drie keer gebeld, niemand neemt op", "nl"),
        ("Where is my parcel? Ordered five days ago and still nothing", "en"),
        ("Great service, thank you so much!", "en"),
        ("I've been on hold for 45 minutes, nobody picks up", "en"),
        ("Die Lieferung ist nicht angekommen und niemand antwortet", "de"),
        ("Ich habe heute noch keine Antwort bekommen", "de"),
        ("La livraison n'est pas arrivée et personne ne répond", "fr"),
        ("Je suis très déçu, toujours pas de remboursement", "fr"),
        ("ok", "und"),
        ("👍", "und"),
        ("BK-4471-2209", "und"),
        ("", "und"),
    ],
)
def test_language(text: str, language: str) -> None:
    assert detect_language(text) == language
    assert analyse(text, PLAIN).language == language


@pytest.mark.parametrize(
    "text",
    [
        "Don't-do-it: m'n pakket_2x kwijt²!",  # hyphens, underscores, digits, a superscript
        "l'app n'marche pas '' -- o'o 'x y' rock'n'roll 3rd 2nd-day",  # apostrophes anywhere
        "Ünïcödé ÇA VA? ½ Ⅻ ١٢٣ مرحبا 你好 δοκιμή",  # other scripts and numerals
    ],
)
def test_language_reads_the_tokens_analyse_shares_as_it_reads_the_text(text: str) -> None:
    # `analyse` splits a text once for language and sentiment: the words language counts
    # must be the ones it finds in the text itself.
    tokens = TOKEN.findall(text.lower())
    assert _words_of(tokens) == _WORD.findall(text.lower())
    assert detect_language(text, tokens=tokens) == detect_language(text)


# ---------------------------------------------------------------- sentiment

NEGATIVE = [
    # Dutch complaints without a single opinion word: the bread and butter of webcare.
    ("Mijn pakket is nog steeds niet bezorgd", "nog steeds niet"),
    ("pakket nog steeds niet bezorgd", "nog steeds niet"),
    ("Al drie keer gebeld, niemand neemt op", "al drie keer"),
    ("Al drie keer gebeld, niemand neemt op", "niemand neemt"),
    ("Ik heb nog steeds geen reactie op mijn mail van vorige week", "nog steeds geen"),
    ("Waar blijft mijn pakket? Al vijf dagen geleden besteld", "al vijf dagen"),
    ("Drie weken op rij ontbrekende producten", "ontbrekende"),
    ("De factuur klopt niet", "klopt niet"),
    ("Bezorger was veel te laat, eten was koud", "te laat"),
    ("Inloggen lukt niet, storing?", "lukt niet"),
    ("Ik zeg mijn Bolderkar Plus abonnement op", "ik zeg mijn bolderkar plus abonnement op"),
    # Negation and Dutch opinion words.
    ("De bezorging was niet goed", "goed"),
    ("Helemaal niet tevreden over de service", "tevreden"),
    ("Niet aan te raden", "niet aan te raden"),  # the negated phrase, quoted whole
    ("Jullie klantenservice is echt waardeloos", "waardeloos"),
    ("Wat een vreselijk bedrijf", "vreselijk"),
    ("Dat valt me zwaar tegen", "valt me zwaar tegen"),
    # A "niet"/"not" shortly before a complaint does not turn it into praise...
    ("Dit is echt niet normaal, al drie weken wachten", "al drie weken"),
    ("Niet te geloven, al drie keer gebeld", "al drie keer"),
    ("I can't believe it, still no refund", "still no"),
    # ...nor does a Dutch "niet" that ends the clause before the opinion word.
    ("Ik snap het niet, wat een puinhoop", "puinhoop"),
    # English.
    ("Where is my parcel? Ordered five days ago and still nothing", "still nothing"),
    ("Still no refund after three weeks", "still no"),
    ("I've been on hold for 45 minutes, nobody picks up", "on hold for"),
    ("I was charged twice for my order", "charged twice"),
    ("Ordered a meal box for my daughter's birthday, it never came", "never came"),
    ("Really let down by your service", "let down"),
    ("This is not good at all", "good"),
    ("Worst customer service ever", "worst"),
    ("Checkout keeps crashing, can't pay", "keeps crashing"),
]

POSITIVE = [
    ("Top service, bedankt!", "top"),
    ("Super vriendelijke bezorger, dank jullie wel!", "vriendelijke"),
    ("Bedankt voor de snelle hulp, helemaal opgelost", "bedankt"),
    ("Echt een aanrader, keurig op tijd", "aanrader"),
    ("Geweldig geholpen door Sanne van de chat, top!", "geweldig"),
    ("De bezorging was goed", "goed"),
    ("Supergoed geholpen door de bezorger", "supergoed"),
    ("Bezorger was gelukkig niet te laat", "gelukkig"),
    ("Great service, thank you so much!", "great"),
    ("Love the new app, so easy to use", "love"),
    ("Thanks for the quick help, all sorted", "thanks"),
]

NEUTRAL = [
    "Hoe laat gaat de winkel open op zaterdag?",
    "Tot hoe laat kan ik bestellen voor morgen?",
    "Wanneer wordt mijn bestelling geleverd?",
    "Kan ik mijn bezorgadres nog wijzigen?",
    "Hoe kan ik mijn wachtwoord wijzigen?",
    "What time does the store open on Saturday?",
    "Can I change my delivery address?",
    "When will my order be delivered?",
]


@pytest.mark.parametrize(("text", "word"), NEGATIVE)
def test_complaints_are_negative_and_say_which_words_did_it(text: str, word: str) -> None:
    sentiment = analyse(text, PLAIN).sentiment
    assert sentiment.label is SentimentLabel.NEG, sentiment
    assert -1 <= sentiment.score <= -0.05
    assert word in sentiment.words


@pytest.mark.parametrize(("text", "word"), POSITIVE)
def test_praise_is_positive_and_says_which_words_did_it(text: str, word: str) -> None:
    sentiment = analyse(text, PLAIN).sentiment
    assert sentiment.label is SentimentLabel.POS, sentiment
    assert 0.05 <= sentiment.score <= 1
    assert word in sentiment.words


@pytest.mark.parametrize("text", NEUTRAL)
def test_plain_questions_are_neutral_and_name_no_words(text: str) -> None:
    sentiment = analyse(text, PLAIN).sentiment
    assert sentiment.label is SentimentLabel.NEU, sentiment
    assert sentiment.score == 0
    assert sentiment.words == ()


@pytest.mark.parametrize(
    ("positive", "negated"),
    [
        ("De bezorging was goed", "De bezorging was niet goed"),
        ("Ik ben tevreden over de service", "Ik ben niet tevreden over de service"),
        ("Echt een aanrader", "Echt geen aanrader"),
        ("The delivery was good", "The delivery was not good"),
    ],
)
def test_negation_turns_praise_negative(positive: str, negated: str) -> None:
    assert analyse(positive, PLAIN).sentiment.label is SentimentLabel.POS
    assert analyse(negated, PLAIN).sentiment.label is SentimentLabel.NEG


def test_a_dutch_booster_makes_an_opinion_stronger() -> None:
    plain = analyse_sentiment("De bezorger was vriendelijk", "nl").score
    boosted = analyse_sentiment("De bezorger was heel erg vriendelijk", "nl").score
    assert 0 < plain < boosted


def test_dutch_words_that_are_english_opinion_words_do_not_count_in_dutch() -> None:
    # "die" and "kind" are strongly negative/positive English words and everyday Dutch ones.
    text = "Het kind die de deur opendeed heeft het pakket aangenomen"
    assert analyse_sentiment(text, "nl").label is SentimentLabel.NEU


# ---------------------------------------------------------------- urgency


URGENT = [
    # safety: critical, whatever else the message says
    (
        "Het busje van jullie reed mijn dochter aan op het zebrapad",
        "critical",
        "safety",
        "reed mijn dochter aan",
    ),
    ("Er komt rook uit de oplader die ik bij jullie kocht", "critical", "safety", "komt rook uit"),
    ("Sta met pech langs de A2, pechhulp komt niet opdagen", "critical", "safety", "met pech"),
    ("The charger I bought from you caught fire last night", "critical", "safety", "caught fire"),
    (
        "I'm stranded on the motorway and roadside assistance won't answer",
        "critical",
        "safety",
        "stranded",
    ),
    ("Your delivery van hit my car in the parking lot", "critical", "safety", "van hit"),
    # health: critical
    (
        "Mijn dochter is ziek geworden van de kip, we zitten in het ziekenhuis",
        "critical",
        "health",
        "ziek geworden",
    ),
    # a bereavement: its own category, high, not an emergency (issue 12)
    (
        "Mijn vader is vorige week overleden, hoe zeg ik zijn abonnement op?",
        "high",
        "vulnerable",
        "overleden",
    ),
    (
        "My son had an allergic reaction to your peanut bar",
        "critical",
        "health",
        "allergic reaction",
    ),
    (
        "Please help, my baby is sick and the formula delivery didn't come",
        "critical",
        "health",
        "baby is sick",
    ),
    (
        "My father died last week and his subscription is still running",
        "high",
        "vulnerable",
        "father died",
    ),
    # fraud, outage, legal, churn: high
    ("Mijn account is gehackt en er zijn bestellingen geplaatst", "high", "fraud", "gehackt"),
    ("Ik krijg phishing mails namens jullie", "high", "fraud", "phishing"),
    (
        "There are charges on my card I didn't make",
        "high",
        "fraud",
        "charges on my card I didn't make",
    ),
    ("De app ligt eruit, ik kan niet inloggen", "high", "outage", "app ligt eruit"),
    ("The website is down and I can't log in", "high", "outage", "website is down"),
    ("Checkout keeps crashing, can't pay", "high", "outage", "keeps crashing"),
    ("Ik schakel een advocaat in als dit niet wordt opgelost", "high", "legal", "advocaat"),
    # The regulator with the step towards it (a word family's match, urgency_families).
    ("Ik ga naar de Geschillencommissie", "high", "legal", "ga naar de Geschillencommissie"),
    ("I will take legal action if this is not resolved", "high", "legal", "legal action"),
    (
        "Ik zeg mijn Bolderkar Plus abonnement op",
        "high",
        "churn",
        "Ik zeg mijn Bolderkar Plus abonnement op",
    ),
    ("Ik stap over naar de concurrent", "high", "churn", "Ik stap over"),
    (
        "I'm cancelling my subscription, switching to a competitor",
        "high",
        "churn",
        "cancelling my subscription",
    ),
]


@pytest.mark.parametrize(("text", "level", "category", "quoted"), URGENT)
def test_urgent_subjects_set_the_level_and_quote_what_matched(
    text: str, level: str, category: str, quoted: str
) -> None:
    urgency = analyse(text, PLAIN).urgency
    assert urgency.level is UrgencyLevel(level)
    assert category in urgency.categories
    label = ruleset().get(category).label  # type: ignore[union-attr]
    assert f"{label}: {quoted!r}" in urgency.reasons


def test_every_matching_subject_is_a_reason_and_the_worst_decides() -> None:
    urgency = analyse(
        "Ik ben ziek geworden van jullie kip, ik zeg mijn abonnement op", PLAIN
    ).urgency
    assert urgency.level is UrgencyLevel.CRITICAL
    assert urgency.categories == ("health", "churn")
    assert len(urgency.reasons) == 2
    # A bereavement's "zijn abonnement opzeggen" closes his account: not the author leaving.
    urgency = analyse("Mijn vader is overleden, hoe zeg ik zijn abonnement op?", PLAIN).urgency
    assert urgency.categories == ("vulnerable",)


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("Graag vandaag nog reactie, het is dringend", "Graag vandaag nog"),
        ("Need this sorted ASAP please", "ASAP"),
        # Waiting is time pressure too (issue 3): "nog steeds niet", "al 3 dagen".
        ("Mijn pakket is nog steeds niet bezorgd", "nog steeds niet"),
    ],
)
def test_time_pressure_makes_a_normal_message_high(text: str, quoted: str) -> None:
    urgency = analyse(text, PLAIN).urgency
    assert urgency.level is UrgencyLevel.HIGH
    assert f"time pressure: {quoted!r}" in urgency.reasons


@pytest.mark.parametrize(
    "text",
    [
        "Top service, bedankt!",
        "Super vriendelijke bezorger, dank jullie wel!",
        "Great service, thank you so much!",
    ],
)
def test_praise_is_low_urgency(text: str) -> None:
    urgency = analyse(text, PLAIN).urgency
    assert urgency.level is UrgencyLevel.LOW
    assert urgency.reasons == ("positive, no urgent subject",)


@pytest.mark.parametrize(
    "text",
    [
        "Wanneer wordt mijn bestelling geleverd?",
        "Can I change my delivery address?",
        # Words that look urgent but are not: none of these is an accident, a death or a lawsuit.
        "Ik heb per ongeluk de verkeerde maat besteld, kan ik die ruilen?",
        "Ik ben erg ongelukkig met deze bestelling",
        "My phone died so I couldn't answer the driver",
        "I hit the checkout button but nothing happened",
        "Het pakket stond aan de rechterkant van de deur",
    ],
)
def test_ordinary_messages_are_normal_with_no_reasons(text: str) -> None:
    urgency = analyse(text, PLAIN).urgency
    assert urgency.level is UrgencyLevel.NORMAL, urgency
    assert urgency.reasons == ()
    assert urgency.categories == ()


def test_a_switch_that_solved_it_is_no_churn_and_owes_no_reply() -> None:
    # "switched" is no churn; "it works now" closes the author's own thread, a resolved
    # note that the labelled sets mark low and owed no reply.
    analysis = analyse("I switched to the app version and it works now", PLAIN)
    assert analysis.urgency.level is UrgencyLevel.LOW, analysis.urgency
    assert analysis.urgency.categories == ()
    assert not analysis.needs_reply
    assert analysis.needs_reply_reason.startswith("acknowledged: ")


def test_thanking_sue_is_not_a_lawsuit() -> None:
    assert (
        analyse("Thanks Sue for sorting it out so quickly!", PLAIN).urgency.level
        is UrgencyLevel.LOW
    )
    assert analyse("I will sue you if this isn't fixed", PLAIN).urgency.categories == ("legal",)


# ---------------------------------------------------------------- topics


@pytest.mark.parametrize(
    ("text", "topics"),
    [
        ("Mijn pakket is nog steeds niet bezorgd", {"delivery"}),
        ("Where is my parcel? Ordered five days ago", {"delivery"}),
        ("Jullie hebben € 84,50 dubbel afgeschreven voor mijn bestelling", {"delivery", "billing"}),
        ("I was charged twice, where is my refund?", {"billing"}),
        ("De app ligt eruit, ik kan niet inloggen", {"outage", "account"}),
        ("Storing? Krijg een foutmelding bij het afrekenen", {"outage"}),
        ("Hoe kan ik mijn wachtwoord wijzigen?", {"account"}),
        ("Het product was kapot toen het aankwam", {"product"}),
        ("The yoghurt had mould on it and was past its expiry", {"product"}),
        ("Al drie keer gebeld, niemand neemt op bij de klantenservice", {"service"}),
        ("I've been on hold for 45 minutes", {"service"}),
        ("Hoe laat gaat de winkel open op zaterdag?", set()),
        # A charger is not a charge, and feeling let down is not an outage.
        ("The charger I bought from you caught fire last night", set()),
        ("Really let down by your service", {"service"}),
    ],
)
def test_topics(text: str, topics: set[str]) -> None:
    assert set(detect_topics(text)) == topics
    assert set(analyse(text, PLAIN).topics) == topics


# ---------------------------------------------------------------- route


@pytest.mark.parametrize(
    ("text", "settings", "source_value", "rating", "route", "reason"),
    [
        # low emotional, low monetary: automate
        ("Wanneer wordt mijn bestelling geleverd?", SHOP, None, None, Route.AUTOMATE, "emotional low, monetary low"),
        ("Can I change my delivery address?", SHOP, None, None, Route.AUTOMATE, "emotional low, monetary low"),
        # high emotional, high monetary: a person
        ("Jullie hebben € 84,50 dubbel afgeschreven, echt schandalig", SHOP, None, None, Route.HUMAN, "amount 84.50"),
        ("Ik ben zakelijk klant en wacht al drie weken op mijn geld terug, waardeloos", SHOP, None, None,
         Route.HUMAN, "customer tier 'zakelijk'"),
        # one of the two: judgement
        ("Jullie klantenservice is echt waardeloos", SHOP, None, None, Route.JUDGEMENT, "monetary low"),
        ("Ik ben zakelijk klant, kan ik op factuur bestellen?", SHOP, None, None, Route.JUDGEMENT,
         "emotional low, monetary high (customer tier 'zakelijk')"),
        ("Is there a premium plan with Sunday delivery?", SHOP, None, None, Route.JUDGEMENT, "customer tier 'premium'"),
        ("Mijn bestelling van € 120 komt morgen toch?", SHOP, None, None, Route.JUDGEMENT, "amount 120.00"),
        ("Wanneer wordt mijn bestelling geleverd?", SHOP, "high", None, Route.JUDGEMENT, "high-value source"),
        # a 1-star public review is both: emotional, and it costs sales
        ("Bezorging was op dinsdag", SHOP, None, 1, Route.HUMAN, "emotional high (1-star rating)"),
        ("Bezorging was op dinsdag", SHOP, None, 2, Route.JUDGEMENT, "monetary high (2-star public rating)"),
        # a low-value source has no money at stake unless the customer's tier says so
        ("Jullie hebben € 84,50 dubbel afgeschreven, echt schandalig", SHOP, "low", None, Route.JUDGEMENT,
         "monetary low"),
        # critical moments go to a person whatever the amount
        ("Mijn dochter is ziek geworden van de kip", SHOP, "low", None, Route.HUMAN, "critical moment (health)"),
        ("The charger I bought from you caught fire last night", PLAIN, None, 5, Route.HUMAN, "critical moment (safety)"),
    ],
)  # fmt: skip
def test_route_by_emotional_against_monetary_value(
    text: str,
    settings: Settings,
    source_value: str | None,
    rating: int | None,
    route: Route,
    reason: str,
) -> None:
    analysis = analyse(text, settings, source_value=source_value, rating=rating)
    assert analysis.route is route, analysis.route_reason
    assert reason in analysis.route_reason


def test_high_value_keywords_come_from_the_settings() -> None:
    text = "Ik heb een zakelijk account, kan ik op factuur bestellen?"
    assert analyse(text, PLAIN).route is Route.AUTOMATE
    assert analyse(text, SHOP).route is Route.JUDGEMENT


def test_small_amounts_are_not_high_value() -> None:
    analysis = analyse("Kan ik de € 12,50 bezorgkosten terugkrijgen?", PLAIN)
    assert "amount" not in analysis.route_reason
    assert analysis.route is Route.AUTOMATE


@pytest.mark.parametrize(("text", "amount"), [("Factuur van €1.234,56 klopt niet", "1,234.56"),
                                             ("I paid $1,234.56 for nothing", "1,234.56"),
                                             ("Ik betaalde 75 euro", "75.00")])  # fmt: skip
def test_amounts_in_dutch_and_english_notation(text: str, amount: str) -> None:
    assert f"amount {amount}" in analyse(text, PLAIN).route_reason


def test_analyse_reads_each_settings_own_rules_when_they_alternate() -> None:
    # analyse keeps the rules of the last Settings it saw: another must not get them.
    lost = UrgencyRuleSettings("lost", level=UrgencyLevel.HIGH, patterns=("zoekgeraakt",))
    custom = Settings(urgency=UrgencySettings(rules=(lost,)))
    text = "Mijn pakket is zoekgeraakt"
    for _ in range(2):
        assert "lost" in analyse(text, custom).urgency.categories
        assert "lost" not in analyse(text, PLAIN).urgency.categories
