"""Urgency from cues that come together (`webcare.analysis.urgency_cues`), where no
category's phrase counts: what a user sees of it, and how the config governs it. The rows
each cue must read, and the look-alikes it must leave alone, are in
`tests/urgency_rounds/round55.tsv`."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from webcare.analysis import analyse
from webcare.cli import app
from webcare.model import UrgencyLevel
from webcare.settings import Settings, UrgencyRuleSettings, UrgencySettings

TAKEN = "@Bolt 8 minute ride across town and I paid {amount}?? driver ended it an hour later. money back please"
STUCK = "@RET metro 1 komt niet, bord zegt niks. Moet om 10u bij de tandarts zijn"


@pytest.mark.parametrize("amount", ["€312", "£1,249.50", "€ 1.240", "1500€", "$ 89", "74,20 euro"])
def test_an_amount_taken_wrongly_is_money_whichever_way_it_is_written(amount: str) -> None:
    found = analyse(TAKEN.format(amount=amount), Settings())
    assert found.urgency.level is UrgencyLevel.HIGH
    assert found.urgency.categories == ("money",)
    assert found.urgency.reasons == (f"money: {amount!r}",)


@pytest.mark.parametrize("amount", ["€3,25", "£9.99", "4 euro"])
def test_a_small_amount_taken_wrongly_is_a_complaint_not_money_lost(amount: str) -> None:
    found = analyse(TAKEN.format(amount=amount), Settings())
    assert found.urgency.level is UrgencyLevel.NORMAL, found.urgency.reasons


def test_the_reason_quotes_the_deadline_and_the_cli_shows_it() -> None:
    result = CliRunner().invoke(app, ["analyze", "--format", "jsonl", STUCK])
    assert result.exit_code == 0, result.output
    urgency = json.loads(result.output)["urgency"]
    assert urgency["level"] == "high"
    assert urgency["reasons"] == ["time pressure: 'Moet om 10u'"]


def test_a_category_switched_off_is_not_found_by_cues_either() -> None:
    settings = Settings(urgency=UrgencySettings(disable=("money", "pressure")))
    assert analyse(TAKEN.format(amount="€312"), settings).urgency.level is UrgencyLevel.NORMAL
    assert analyse(STUCK, settings).urgency.level is UrgencyLevel.NORMAL


def test_a_reading_of_a_category_switched_off_leaves_the_next_reading_its_turn() -> None:
    text = TAKEN.format(amount="£64") + ", I have a meeting at 9 and nobody answers"
    assert analyse(text, Settings()).urgency.categories == ("pressure",)
    settings = Settings(urgency=UrgencySettings(disable=("pressure",)))
    assert analyse(text, settings).urgency.categories == ("money",)


def test_a_cue_takes_its_category_level_from_the_config() -> None:
    lowered = UrgencySettings(rules=(UrgencyRuleSettings("pressure", level=UrgencyLevel.NORMAL),))
    found = analyse(STUCK, Settings(urgency=lowered))
    assert found.urgency.level is UrgencyLevel.NORMAL
    assert found.urgency.categories == ("pressure",)


def test_praise_of_a_deadline_made_is_not_raised() -> None:
    text = "@NS thanks for holding the train at Utrecht, made my 9u meeting with a minute to spare!"
    assert analyse(text, Settings()).urgency.level is UrgencyLevel.LOW


@pytest.mark.parametrize(
    "text",
    [
        "Brilliant @SantanderUK 👍 £640 of my wages held with no reason given. Love it",
        "Geweldig @bunq 👍 er is ineens €230 van mijn rekening verdwenen. Top service hoor",
    ],
)
def test_sarcastic_praise_around_money_taken_is_raised(text: str) -> None:
    # Sentiment reads the words as praise; the cues do not ask it.
    found = analyse(text, Settings())
    assert found.urgency.level is UrgencyLevel.HIGH, found
    assert found.urgency.categories == ("money",)


def test_a_phrase_found_wins_over_cues() -> None:
    # A safety phrase decides the level; the cues are not read where a category counted.
    text = "@Hotpoint the dryer caught fire, we're standing outside now. what should we do?"
    found = analyse(text, Settings())
    assert found.urgency.level is UrgencyLevel.CRITICAL
    assert "pressure" not in found.urgency.categories
