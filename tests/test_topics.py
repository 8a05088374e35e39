"""Topics: the built-in Dutch and English topics with their priority weights, and the
config's new topics, weights, `monetary = "high"` flags, replaced patterns and errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from webcare.analysis import analyse
from webcare.analysis.topics import BUILTIN_NAMES, DEFAULT_WEIGHTS, detect_topics, weights
from webcare.config import load_file
from webcare.errors import ConfigError
from webcare.model import Route
from webcare.settings import Settings

PLAIN = Settings()


@pytest.mark.parametrize(
    ("text", "topics"),
    [
        ("Mijn pakketje is bij de buren afgeleverd maar die zijn op vakantie", ("delivery",)),
        ("Waar blijft mijn bestelling? Track & trace zegt al twee dagen hetzelfde", ("delivery",)),
        ("Where is my parcel? The driver never showed up", ("delivery",)),
        ("Ik heb een aanmaning gekregen terwijl ik allang betaald heb", ("billing",)),
        ("Jullie hebben € 84,50 dubbel afgeschreven", ("billing",)),
        ("I was charged twice, where is my refund?", ("billing",)),
        ("The app keeps showing an error when I try to pay", ("billing", "outage")),
        ("Storing? Krijg een foutmelding bij het afrekenen", ("outage",)),
        ("Ik kan niet meer inloggen, wachtwoord vergeten werkt niet", ("account",)),
        ("Hoe zeg ik mijn lidmaatschap op?", ("account",)),
        ("De aardbeien waren beschimmeld en de melk over de datum", ("product",)),
        ("The yoghurt was past its expiry date", ("product",)),
        ("De lader die ik kocht is na een dag al stuk", ("product",)),
        ("My order arrived damaged", ("delivery", "product")),
        ("Al 40 minuten in de wachtrij bij de klantenservice", ("service",)),
        ("I've been on hold for 45 minutes", ("service",)),
        ("Hoe laat gaat de winkel open op zaterdag?", ()),
        # Look-alikes: a charger is not a charge, "let down" is not an outage, nor is
        # "storing your data", and "een stuk beter" (a lot better) is not broken.
        ("The charger I bought from you caught fire last night", ()),
        ("Really let down, nobody from support called back", ("service",)),
        ("Are you storing my data safely?", ()),
        ("De nieuwe verpakking is een stuk beter", ()),
    ],
)
def test_built_in_topics(text: str, topics: tuple[str, ...]) -> None:
    assert detect_topics(text) == topics
    assert analyse(text, PLAIN).topics == topics


def test_built_in_weights_rank_the_subjects() -> None:
    assert DEFAULT_WEIGHTS == {
        "delivery": 5,
        "billing": 8,
        "outage": 8,
        "account": 4,
        "product": 6,
        "service": 2,
    }
    assert weights() == DEFAULT_WEIGHTS
    assert set(BUILTIN_NAMES) == set(DEFAULT_WEIGHTS)


CONFIG = """
[topics]
disable = ["service"]

[topics.returns]
patterns = ['retour\\w*', 'terugsturen', 'return(?:s|ed|ing)?\\b', 'send\\s+(?:it|them)\\s+back']
weight = 3

[topics.billing]
weight = 12
monetary = "high"

[topics.delivery]
extend = false
patterns = ['PostNL', 'DHL']

[topics.vacancies]
patterns = ['vacature\\w*', 'sollicit\\w*']
weight = -20
"""


@pytest.fixture
def configured(tmp_path: Path) -> Settings:
    path = tmp_path / "webcare.toml"
    path.write_text(CONFIG, encoding="utf-8")
    return load_file(path)


@pytest.mark.parametrize(
    ("text", "topics"),
    [
        ("Ik wil mijn trui retourneren, hoe werkt dat?", ("returns",)),  # a new topic
        ("Can I send them back if they don't fit?", ("returns",)),
        (
            "Mijn pakket ligt bij postnl maar ik was thuis",
            ("delivery",),
        ),  # replaced patterns, any case
        ("Mijn pakket is nog steeds niet bezorgd", ()),  # the built-in delivery patterns are gone
        ("Al 40 minuten in de wachtrij bij de klantenservice", ()),  # service disabled
        ("Hebben jullie vacatures voor bezorgers?", ("vacancies",)),
        ("De factuur klopt niet", ("billing",)),
    ],
)
def test_config_adds_replaces_and_disables_topics(
    configured: Settings, text: str, topics: tuple[str, ...]
) -> None:
    assert analyse(text, configured).topics == topics


def test_config_weights_override_built_ins_and_new_topics_get_theirs(configured: Settings) -> None:
    assert weights(configured.topics) == {
        "delivery": 5, "billing": 12, "outage": 8, "account": 4, "product": 6, "returns": 3, "vacancies": -20,
    }  # fmt: skip


def test_a_monetary_topic_raises_the_monetary_value(configured: Settings) -> None:
    text = "Kan ik op factuur betalen?"
    plain = analyse(text, PLAIN)
    assert (plain.route, plain.route_reason) == (Route.AUTOMATE, "emotional low, monetary low")
    flagged = analyse(text, configured)
    assert flagged.route is Route.JUDGEMENT
    assert flagged.route_reason == "emotional low, monetary high (topic billing)"


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        ("[topics]\nwieght = 3",
         "key 'topics.wieght': must be a table ([topics.wieght] with patterns, weight, monetary, extend); "
         "the only other key is `disable`"),
        ("[topics.billing]\nwieght = 3",
         "key 'topics.billing.wieght': unknown key (did you mean 'weight'?); valid: patterns, weight, monetary, extend"),
        ("[topics.returns]\nweight = 3",
         "key 'topics.returns': a new topic needs `patterns` (built-in topics: delivery, billing, outage, account, "
         "product, service)"),
        ("[topics.billing]\nweight = 80", "key 'topics.billing.weight': must be a number of priority points from -50 to 50"),
        ("[topics.billing]\nweight = true", "key 'topics.billing.weight': must be a number, not True"),
        ("[topics.billing]\nmonetary = true", "key 'topics.billing.monetary': must be a string"),
        ("[topics.billing]\nmonetary = 'very'", "key 'topics.billing.monetary': must be 'high' or 'low', not 'very'"),
        ("[topics.billing]\npatterns = ['(factuur']", "key 'topics.billing.patterns[0]': not a valid regular expression"),
        ("[topics.billing]\npatterns = ['.*']", "key 'topics.billing.patterns[0]': matches an empty text"),
        ("[topics]\ndisable = ['delivry']",
         "key 'topics.disable': unknown topic 'delivry' (did you mean 'delivery'?); valid: delivery, billing, outage, "
         "account, product, service"),
    ],
)  # fmt: skip
def test_config_errors_name_the_key_and_the_valid_choices(
    tmp_path: Path, toml: str, message: str
) -> None:
    path = tmp_path / "webcare.toml"
    path.write_text(toml, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_file(path)
    assert message in str(caught.value)
