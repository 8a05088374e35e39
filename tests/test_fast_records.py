"""What every analysis builds, built faster, must be what the slow way builds: the records
of `model.urgency` and `model.analysis` (and route's decision) are the frozen dataclasses'
own, and `language.tokens_of` splits a text as `TOKEN.findall` does."""

from __future__ import annotations

import dataclasses
import inspect
import pickle
import random
from datetime import UTC, datetime
from typing import Any

import pytest

from webcare.analysis.language import TOKEN, tokens_of
from webcare.analysis.route import RouteDecision, _decided
from webcare.model import (
    Analysis,
    Channel,
    Mention,
    Route,
    Sentiment,
    SentimentLabel,
    SlaState,
    Urgency,
    UrgencyLevel,
    analysis,
    sla_state,
    urgency,
)

URGENCY = Urgency(UrgencyLevel.HIGH, ("outage: 'ligt eruit'",), ("outage",))
SENTIMENT = Sentiment(-0.4, SentimentLabel.NEG, ("eruit",))


@pytest.mark.parametrize(
    ("builder", "record"), [(urgency, Urgency), (analysis, Analysis), (sla_state, SlaState)]
)
def test_a_builder_takes_the_fields_of_its_record_in_their_order_with_their_defaults(
    builder: Any, record: Any
) -> None:
    parameters = list(inspect.signature(builder).parameters.values())
    fields = dataclasses.fields(record)
    assert [p.name for p in parameters] == [f.name for f in fields]
    for parameter, field in zip(parameters, fields, strict=True):
        expected = (
            inspect.Parameter.empty if field.default is dataclasses.MISSING else field.default
        )
        assert parameter.default == expected, field.name


def _same_frozen_record(made: Any, expected: Any) -> None:
    assert type(made) is type(expected)
    assert made == expected and expected == made
    assert hash(made) == hash(expected)
    assert repr(made) == repr(expected)
    assert dataclasses.astuple(made) == dataclasses.astuple(expected)
    assert pickle.loads(pickle.dumps(made)) == expected
    name = dataclasses.fields(made)[0].name
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(made, name, None)
    with pytest.raises(dataclasses.FrozenInstanceError):
        delattr(made, name)


@pytest.mark.parametrize(
    "args",
    [
        (UrgencyLevel.NORMAL,),
        (UrgencyLevel.LOW, ("positive",)),
        (UrgencyLevel.HIGH, ("outage: 'ligt eruit'",), ("outage",)),
    ],
)
def test_urgency_is_the_record_urgency_builds(args: tuple[Any, ...]) -> None:
    _same_frozen_record(urgency(*args), Urgency(*args))


@pytest.mark.parametrize(
    "kwargs", [{}, {"needs_reply": False, "needs_reply_reason": "closing thank-you: 'top'"}]
)
def test_analysis_is_the_record_analysis_builds(kwargs: dict[str, Any]) -> None:
    args = ("nl", SENTIMENT, URGENCY, ("outage",), Route.JUDGEMENT, "emotional low, monetary high")
    made = analysis(*args, **kwargs)
    _same_frozen_record(made, Analysis(*args, **kwargs))
    assert dataclasses.replace(made, language="en") == dataclasses.replace(
        Analysis(*args, **kwargs), language="en"
    )


def test_a_mention_and_an_analysis_cross_to_a_worker_and_back_with_every_field() -> None:
    # Their pickling names the fields one by one (`__reduce__`): a field added to the
    # record and not there would come back from a worker as its default, or fail.
    mention = Mention(
        "webcare:1", "reviews", Channel.REVIEW, "Pakket kwijt", datetime(2026, 11, 2, 9, tzinfo=UTC),
        native_id="r1", url="https://example.test/r1", author="klant", author_reach=12,
        rating=2, in_reply_to="r0", created_at_estimated=True,
    )  # fmt: skip
    made = analysis(
        "nl", SENTIMENT, URGENCY, ("delivery",), Route.JUDGEMENT, "emotional low",
        needs_reply=False, needs_reply_reason="closing thank-you",
    )  # fmt: skip
    for record in (mention, made):
        fields = dataclasses.fields(record)
        defaults = [f.default for f in fields if f.default is not dataclasses.MISSING]
        assert not any(getattr(record, f.name) == f.default for f in fields), defaults
        back = pickle.loads(pickle.dumps(record))
        _same_frozen_record(back, record)
        assert [getattr(back, f.name) for f in fields] == [getattr(record, f.name) for f in fields]


def test_a_route_decision_is_the_record_route_decision_builds() -> None:
    _same_frozen_record(_decided(Route.HUMAN, "why"), RouteDecision(Route.HUMAN, "why"))


def test_tokens_of_splits_as_the_token_pattern_finds() -> None:
    rng = random.Random(14)
    ascii_chars = [chr(code) for code in range(128)]
    other = [*ascii_chars, "é", "€", "\u2019", "²", "٣", "\u00a0", "ß", "😡"]
    for _ in range(5000):
        for alphabet in (ascii_chars, other):
            text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40))).lower()
            assert tokens_of(text) == TOKEN.findall(text), repr(text)
    for text in ("zo'n niet-werkende app_2!", "  ", "", "@acme: 34,50 euro?!", "\x1c\x1fok"):
        assert tokens_of(text) == TOKEN.findall(text)
