"""Route: emotional value (sentiment intensity, urgency categories, a 1-star rating) against
monetary value (source value, topic flag, customer-tier keywords, amounts, money words,
categories at stake, a low public rating), on realistic messages, with the config's keys
read from TOML and a source's value applied by a real poll through the CLI."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import NOW
from typer.testing import CliRunner

from webcare.analysis import analyse
from webcare.analysis.route import decide_route
from webcare.analysis.topics import detect_topics
from webcare.analysis.urgency import assess_urgency
from webcare.cli import app
from webcare.config import load_file
from webcare.errors import ConfigError
from webcare.model import Route, Sentiment, SentimentLabel, Urgency, UrgencyLevel
from webcare.settings import RouteSettings, Settings


@pytest.fixture
def db_path(store_url: str) -> str:
    """This file's stores, on every backend: a SQLite file or a PostgreSQL database."""
    return store_url


PLAIN = Settings()
SHOP = Settings(route=RouteSettings(high_value_keywords=("zakelijk", "premium")))

A, H, J = Route.AUTOMATE, Route.HUMAN, Route.JUDGEMENT


def neutral(score: float = 0.0) -> Sentiment:
    label = (
        SentimentLabel.NEG
        if score <= -0.05
        else SentimentLabel.POS
        if score >= 0.05
        else SentimentLabel.NEU
    )
    return Sentiment(score, label)


# Sentiment is given (it is the sentiment module's job, tested there); urgency and topics
# are found in the text by the real rules, so the categories are the ones a message gets.
@pytest.mark.parametrize(
    ("text", "score", "settings", "source_value", "rating", "route", "reason"),
    [
        # low / low: automate
        ("Tot hoe laat kan ik bestellen voor morgen?", 0.0, PLAIN, None, None, A, "emotional low, monetary low"),
        ("Is there an outage? The app won't load", -0.3, PLAIN, None, None, A, "emotional low, monetary low"),
        ("Kan ik de € 12,50 bezorgkosten terugkrijgen?", 0.0, PLAIN, None, None, A, "emotional low, monetary low"),
        ("Wacht al 3 dagen op antwoord", -0.4, PLAIN, None, None, A, "emotional low, monetary low"),
        # emotional only: judgement
        ("Jullie klantenservice is echt waardeloos", -0.7, PLAIN, None, None, J,
         "emotional high (strongly negative (-0.70)), monetary low"),
        ("Bezorging was op dinsdag", 0.0, PLAIN, "low", 1, J, "emotional high (1-star rating), monetary low"),
        # monetary only: judgement
        ("Ik ben zakelijk klant, kan ik op factuur bestellen?", 0.0, SHOP, None, None, J,
         "emotional low, monetary high (customer tier 'zakelijk')"),
        ("Mijn bestelling van € 120 komt morgen toch?", 0.0, PLAIN, None, None, J,
         "emotional low, monetary high (amount 120.00)"),
        ("Wanneer wordt mijn bestelling geleverd?", 0.0, PLAIN, "high", None, J,
         "emotional low, monetary high (high-value source)"),
        ("Bezorging was op dinsdag", 0.0, PLAIN, None, 2, J, "emotional low, monetary high (2-star public rating)"),
        ("Wanneer krijg ik mijn terugbetaling?", 0.0, PLAIN, None, None, J,
         "emotional low, monetary high (money: 'terugbetaling')"),
        # both: a person
        ("Jullie hebben € 84,50 dubbel afgeschreven, echt schandalig", -0.8, PLAIN, None, None, H,
         "emotional high (strongly negative (-0.80)), monetary high (amount 84.50; money: 'dubbel afgeschreven'; "
         "at stake: money)"),
        ("Ik zeg mijn abonnement op", -0.2, PLAIN, None, None, H,
         "emotional high (churn), monetary high (at stake: churn)"),
        ("Mijn account is gehackt", -0.2, PLAIN, None, None, H, "emotional high (fraud), monetary high (at stake: fraud)"),
        ("Ik ga dit naar Radar sturen", 0.0, PLAIN, None, None, H,
         "emotional high (escalation), monetary high (at stake: escalation)"),
        ("I'm taking legal action", -0.3, PLAIN, None, None, H, "emotional high (legal), monetary high (at stake: legal)"),
        ("Bezorger gooide het pakket over het hek", -0.3, PLAIN, None, 1, H,
         "emotional high (1-star rating), monetary high (1-star public rating)"),
        # a low-value source has no money at stake, unless the customer's tier says so
        ("Jullie hebben € 84,50 dubbel afgeschreven, echt schandalig", -0.8, PLAIN, "low", None, J,
         "emotional high (strongly negative (-0.80)), monetary low"),
        ("Premium klant: € 84,50 dubbel afgeschreven, echt schandalig", -0.8, SHOP, "low", None, H,
         "monetary high (customer tier 'premium'; amount 84.50; money: 'dubbel afgeschreven'; at stake: money)"),
        # critical moments: a person, whatever the amount or the source
        ("Mijn dochter is ziek geworden van de kip", -0.5, PLAIN, "low", None, H,
         "critical moment (health): a person answers, whatever the amount"),
        ("Sta met pech langs de snelweg met jullie huurauto", 0.0, PLAIN, None, 5, H, "critical moment (safety)"),
        ("The charger I bought from you caught fire last night", 0.0, PLAIN, None, None, H, "critical moment (safety)"),
        # vulnerable moments: a person, gently, whatever the amount or the source
        ("Mijn vader is overleden, hoe zeg ik zijn abonnement op?", 0.0, PLAIN, "low", None, H,
         "vulnerable moment (vulnerable): a person answers, gently, whatever the amount"),
    ],
)  # fmt: skip
def test_route_by_emotional_against_monetary_value(
    text: str,
    score: float,
    settings: Settings,
    source_value: str | None,
    rating: int | None,
    route: Route,
    reason: str,
) -> None:
    sentiment = neutral(score)
    urgency = assess_urgency(text, sentiment, settings.urgency)
    decision = decide_route(
        text, sentiment, urgency, rating=rating, source_value=source_value,
        topics=detect_topics(text, settings.topics), settings=settings.route,
    )  # fmt: skip
    assert decision.route is route, decision.reason
    assert reason in decision.reason


@pytest.mark.parametrize(
    ("text", "route", "reason"),
    [
        (
            "Ik zeg mijn abonnement op, ik stap over naar de concurrent",
            H,
            "monetary high (at stake: churn)",
        ),
        ("Mijn dochter is ziek geworden van de kip", H, "critical moment (health)"),
        ("Tot hoe laat kan ik bestellen voor morgen?", A, "emotional low, monetary low"),
    ],
)
def test_analyse_routes_end_to_end(text: str, route: Route, reason: str) -> None:
    analysis = analyse(text, PLAIN)
    assert analysis.route is route
    assert reason in analysis.route_reason


@pytest.mark.parametrize(
    ("text", "monetary"),
    [
        # Money words and currencies in any case and spacing (route tests cheap substrings
        # of the casefolded text before its case-insensitive regexes).
        ("Jullie hebben me CHARGED  TWICE, 60 EURO weg", "amount 60.00; money: 'CHARGED  TWICE'"),
        ("Geld\n terug graag: 1.234,56 Eur", "amount 1,234.56; money: 'Geld\\n terug'"),
        ("ReFuNd? 75 POUND", "amount 75.00; money: 'ReFuNd'"),
        ("Chargeback gedaan voor $80", "amount 80.00; money: 'Chargeback'"),
        ("SchadeVergoeding gevraagd", "money: 'SchadeVergoeding'"),
        # "teleurgesteld" holds "eur", "terug" and "charge" alone are no money words.
        ("Zwaar teleurgesteld, bel me terug", ""),
        ("Charges for delivery went up, 3 times", ""),
    ],
)
def test_amounts_and_money_words_are_read_in_any_case(text: str, monetary: str) -> None:
    reason = decide_route(text, neutral(), Urgency(UrgencyLevel.NORMAL)).reason
    assert reason.endswith(f"monetary high ({monetary})" if monetary else "monetary low")


def test_decide_route_reads_every_setting() -> None:
    nothing = Urgency(UrgencyLevel.NORMAL)
    strict = RouteSettings(strongly_negative=-0.8, high_amount=500, low_rating=0)
    # -0.6 is strongly negative by default, not with -0.8
    assert decide_route("x", neutral(-0.6), nothing).reason.startswith("emotional high")
    assert decide_route("x", neutral(-0.6), nothing, settings=strict).reason.startswith(
        "emotional low"
    )
    # €120 is a high amount by default, not with 500
    assert "amount 120.00" in decide_route("€ 120", neutral(), nothing).reason
    assert decide_route("€ 120", neutral(), nothing, settings=strict).route is Route.AUTOMATE
    # low_rating 0: no rating counts as monetary
    assert "2-star public rating" in decide_route("x", neutral(), nothing, rating=2).reason
    assert decide_route("x", neutral(), nothing, rating=2, settings=strict).route is Route.AUTOMATE
    # topics flagged monetary
    flagged = decide_route(
        "x", neutral(), nothing, topics=("billing",), monetary_topics=frozenset({"billing"})
    )
    assert flagged.reason == "emotional low, monetary high (topic billing)"
    # category flags come from the caller (the config), else the built-ins
    churn = Urgency(UrgencyLevel.HIGH, ("churn: 'opzeggen'",), ("churn",))
    assert decide_route("x", neutral(), churn).route is Route.HUMAN
    unflagged = decide_route(
        "x", neutral(), churn, emotional_categories=frozenset(), monetary_categories=frozenset()
    )
    assert unflagged.route is Route.AUTOMATE


def test_route_settings_come_from_the_config_file(tmp_path: Path) -> None:
    path = tmp_path / "webcare.toml"
    path.write_text(
        '[route]\nhigh_value_keywords = ["VIP"]\nstrongly_negative = -0.9\nhigh_amount = 1000\nlow_rating = 1\n',
        encoding="utf-8",
    )
    settings = load_file(path)
    assert settings.route == RouteSettings(("VIP",), -0.9, 1000.0, 1)
    assert analyse("Mijn bestelling van € 120 komt morgen toch?", settings).route is Route.AUTOMATE
    assert analyse("Bezorging was op dinsdag", settings, rating=2).route is Route.AUTOMATE
    assert (
        "customer tier 'VIP'"
        in analyse("Ik ben vip-klant, kan ik eerder bezorgd worden?", settings).route_reason
    )


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        (
            "[route]\nstrongly_negative = 0.5",
            "key 'route.strongly_negative': must be a sentiment score from -1 up to 0",
        ),
        ("[route]\nhigh_amount = 0", "key 'route.high_amount': must be an amount above 0"),
        (
            "[route]\nlow_rating = 6",
            "key 'route.low_rating': must be a rating from 0 (none is low) to 5, not 6",
        ),
        ("[route]\nlow_rating = 2.5", "key 'route.low_rating': must be a int, not 2.5"),
    ],
)
def test_route_config_errors_name_the_key(tmp_path: Path, toml: str, message: str) -> None:
    path = tmp_path / "webcare.toml"
    path.write_text(toml, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_file(path)
    assert message in str(caught.value)


def test_a_sources_value_routes_its_mentions_in_a_real_poll(
    tmp_path: Path, make_config: Callable[..., Path], db_path: Path
) -> None:
    rows = [{"id": "1", "author": "kees", "text": "Wanneer wordt mijn Acme bestelling geleverd?",
             "created_at": "2026-11-23T08:30:00+01:00"}]  # fmt: skip
    for name in ("b2b", "forum"):
        (tmp_path / f"{name}.jsonl").write_text(
            "".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8"
        )
    config = make_config(
        {"name": "b2b", "kind": "jsonl", "path": "b2b.jsonl", "value": "high"},
        {"name": "forum", "kind": "jsonl", "path": "forum.jsonl"},
    )
    runner = CliRunner()
    polled = runner.invoke(
        app, ["poll", "--config", str(config), "--db", str(db_path), "--now", NOW]
    )
    assert polled.exit_code == 0, polled.output
    listed = runner.invoke(
        app,
        [
            "mentions",
            "--config",
            str(config),
            "--db",
            str(db_path),
            "--now",
            NOW,
            "--format",
            "jsonl",
        ],
    )
    routes = {
        r["source"]: (r["route"], r["route_reason"])
        for r in map(json.loads, listed.stdout.splitlines())
    }
    assert routes == {
        "b2b": ("judgement", "emotional low, monetary high (high-value source)"),
        "forum": ("automate", "emotional low, monetary low"),
    }
    # A one-off import under the configured source's name is routed the same way.
    extra = tmp_path / "extra.jsonl"
    extra.write_text(
        json.dumps({**rows[0], "id": "2", "text": "Wanneer komt mijn Acme pakket?"}) + "\n"
    )
    imported = runner.invoke(
        app, ["import", str(extra), "--kind", "jsonl", "--source", "b2b", "--config", str(config),
              "--db", str(db_path), "--now", NOW],
    )  # fmt: skip
    assert imported.exit_code == 0, imported.output
    listed = runner.invoke(
        app, ["mentions", "--search", "pakket", "--config", str(config), "--db", str(db_path), "--now", NOW,
              "--format", "jsonl"],
    )  # fmt: skip
    assert (
        json.loads(listed.stdout)["route_reason"]
        == "emotional low, monetary high (high-value source)"
    )
