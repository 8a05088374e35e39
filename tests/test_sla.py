"""Response-time SLA at an explicit `now`: ok, at risk (by share, or by a floor capped at
half the target), breached, responded on time or late, and which target applies."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from webcare.model import (
    Analysis,
    Channel,
    Mention,
    Response,
    Route,
    Sentiment,
    SentimentLabel,
    SlaStatus,
    StoredMention,
    Urgency,
    UrgencyLevel,
    mention_id,
)
from webcare.settings import DEFAULT_TARGETS, SlaSettings
from webcare.sla import evaluate

T0 = datetime(2026, 11, 23, 7, 0, tzinfo=UTC)
"""When the customer wrote (08:00 in Amsterdam)."""

POLICY = SlaSettings(
    targets=dict(DEFAULT_TARGETS),
    at_risk=0.75,
    at_risk_floor=timedelta(minutes=15),
    urgency={UrgencyLevel.CRITICAL: timedelta(minutes=15)},
)


def stored(
    text: str = "Mijn pakket is nog steeds niet bezorgd",
    *,
    channel: Channel | str = Channel.SOCIAL,
    created: datetime = T0,
    source: str = "social-export",
    author: str | None = "femke_dekker82",
    reach: int | None = None,
    url: str | None = None,
    rating: int | None = None,
    score: float = 0.0,
    level: UrgencyLevel | str = UrgencyLevel.NORMAL,
    reasons: tuple[str, ...] = (),
    categories: tuple[str, ...] = (),
    route: Route | str = Route.AUTOMATE,
    responded: datetime | None = None,
    responded_by: str | None = "AcmeCare",
    language: str = "nl",
    native_id: str | None = None,
    topics: tuple[str, ...] = ("delivery",),
    needs_reply: bool = True,
    needs_reply_reason: str = "",
) -> StoredMention:
    """A stored mention with exactly the analysis the test says (nothing inferred)."""
    label = (
        SentimentLabel.NEG
        if score <= -0.05
        else SentimentLabel.POS
        if score >= 0.05
        else SentimentLabel.NEU
    )
    mention = Mention(
        id=mention_id(source, native_id=native_id, author=author, text=text, created_at=created),
        source=source,
        channel=Channel(channel),
        text=text,
        created_at=created,
        native_id=native_id,
        url=url,
        author=author,
        author_reach=reach,
        rating=rating,
    )
    analysis = Analysis(
        language=language,
        sentiment=Sentiment(
            score=score, label=label, words=("nog steeds niet",) if score < 0 else ()
        ),
        urgency=Urgency(UrgencyLevel(level), reasons, categories),
        topics=topics,
        route=Route(route),
        route_reason="emotional low, monetary low",
        needs_reply=needs_reply,
        needs_reply_reason=needs_reply_reason,
    )
    response = Response(at=responded, by=responded_by, via="reply") if responded else None
    return StoredMention(
        mention=mention, analysis=analysis, first_seen_at=created, response=response
    )


PRAISE = "praise: thank if you like, no reply owed"
"""How the analysis says a mention is praise with no ask."""


def at(minutes: float) -> datetime:
    return T0 + timedelta(minutes=minutes)


# ---------------------------------------------------------------- open mentions


@pytest.mark.parametrize(
    ("channel", "now_minutes", "status", "remaining", "overdue"),
    [
        # social, 1 h target
        (Channel.SOCIAL, 0, SlaStatus.OK, 60, 0),
        (Channel.SOCIAL, 30, SlaStatus.OK, 30, 0),
        (Channel.SOCIAL, 44, SlaStatus.OK, 16, 0),
        (Channel.SOCIAL, 45, SlaStatus.AT_RISK, 15, 0),
        (Channel.SOCIAL, 59, SlaStatus.AT_RISK, 1, 0),
        (Channel.SOCIAL, 60, SlaStatus.AT_RISK, 0, 0),  # due now: breached once past due
        (Channel.SOCIAL, 61, SlaStatus.BREACHED, 0, 1),
        (Channel.SOCIAL, 97, SlaStatus.BREACHED, 0, 37),
        (Channel.SOCIAL, 60 * 24 + 60, SlaStatus.BREACHED, 0, 60 * 24),
        # email, 4 h target: at risk by share (75% = 3 h) long before the 15 min floor
        (Channel.EMAIL, 179, SlaStatus.OK, 61, 0),
        (Channel.EMAIL, 180, SlaStatus.AT_RISK, 60, 0),
        (Channel.EMAIL, 241, SlaStatus.BREACHED, 0, 1),
        # messaging, 15 min target: the 15 min floor is capped at half the target
        # (7½ min), so not at risk from the first minute
        (Channel.MESSAGING, 1, SlaStatus.OK, 14, 0),
        (Channel.MESSAGING, 7, SlaStatus.OK, 8, 0),
        (Channel.MESSAGING, 8, SlaStatus.AT_RISK, 7, 0),
        (Channel.MESSAGING, 12, SlaStatus.AT_RISK, 3, 0),
        (Channel.MESSAGING, 20, SlaStatus.BREACHED, 0, 5),
    ],
)
def test_open_mention_status_at_now(
    channel: Channel, now_minutes: int, status: SlaStatus, remaining: int, overdue: int
) -> None:
    state = evaluate(stored(channel=channel), POLICY, at(now_minutes))
    assert state.status is status
    assert state.remaining_minutes == remaining
    assert state.overdue_minutes == overdue
    assert state.responded_late is False


def test_the_floor_still_warns_before_a_late_share_and_never_exceeds_half_the_target() -> None:
    # 1 h target at 90%: the share would warn at 6 minutes left; the floor at 15.
    policy = SlaSettings(at_risk=0.9, at_risk_floor=timedelta(minutes=15))
    item = stored(channel=Channel.SOCIAL)
    assert evaluate(item, policy, at(44)).status is SlaStatus.OK  # 16 min left
    assert evaluate(item, policy, at(45)).status is SlaStatus.AT_RISK  # 15 min left
    # A 20 min target: the 15 min floor counts as 10, so it is ok for its first 10 minutes.
    short = SlaSettings(
        targets={**DEFAULT_TARGETS, "messaging": timedelta(minutes=20)},
        at_risk=0.9,
        at_risk_floor=timedelta(minutes=15),
    )
    message = stored(channel=Channel.MESSAGING)
    assert evaluate(message, short, at(9)).status is SlaStatus.OK
    assert evaluate(message, short, at(10)).status is SlaStatus.AT_RISK


@pytest.mark.parametrize("minutes", [5, 10, 15])
def test_a_target_no_longer_than_the_floor_is_not_at_risk_from_its_first_minute(
    minutes: int,
) -> None:
    policy = SlaSettings(
        targets={**DEFAULT_TARGETS, "messaging": timedelta(minutes=minutes)},
        at_risk_floor=timedelta(minutes=15),
    )
    item = stored(channel=Channel.MESSAGING)
    assert evaluate(item, policy, at(1)).status is SlaStatus.OK
    assert evaluate(item, policy, at(minutes * 0.5)).status is SlaStatus.AT_RISK
    assert evaluate(item, policy, at(minutes)).status is SlaStatus.AT_RISK  # due now
    assert evaluate(item, policy, at(minutes + 1)).status is SlaStatus.BREACHED


def test_at_risk_by_the_share_before_the_floor_is_reached() -> None:
    policy = SlaSettings(at_risk=0.5, at_risk_floor=timedelta(minutes=5))
    item = stored(channel=Channel.SOCIAL)
    assert evaluate(item, policy, at(29)).status is SlaStatus.OK
    state = evaluate(item, policy, at(30))
    assert state.status is SlaStatus.AT_RISK
    assert state.remaining_minutes == 30  # far from the 5 min floor


def test_due_time_is_creation_plus_target() -> None:
    state = evaluate(stored(channel=Channel.REVIEW), POLICY, at(10))
    assert state.due_at == T0 + timedelta(hours=24)
    assert state.target_minutes == 24 * 60


# ---------------------------------------------------------------- responses


def test_responded_on_time() -> None:
    state = evaluate(stored(responded=at(20)), POLICY, at(120))
    assert state.status is SlaStatus.RESPONDED
    assert state.responded_late is False
    assert state.overdue_minutes == 0
    assert state.remaining_minutes == 0


def test_responded_late_counts_how_late() -> None:
    state = evaluate(stored(responded=at(85)), POLICY, at(600))
    assert state.status is SlaStatus.RESPONDED
    assert state.responded_late is True
    assert state.overdue_minutes == 25


def test_a_response_exactly_at_due_is_on_time() -> None:
    state = evaluate(stored(responded=at(60)), POLICY, at(600))
    assert (state.status, state.responded_late, state.overdue_minutes) == (
        SlaStatus.RESPONDED,
        False,
        0,
    )


@pytest.mark.parametrize(
    ("now_minutes", "status", "overdue"),
    [(30, SlaStatus.OK, 0), (50, SlaStatus.AT_RISK, 0), (120, SlaStatus.BREACHED, 60)],
)
def test_a_response_after_now_has_not_happened_yet(
    now_minutes: int, status: SlaStatus, overdue: int
) -> None:
    item = stored(responded=at(180))
    state = evaluate(item, POLICY, at(now_minutes))
    assert state.status is status
    assert state.overdue_minutes == overdue
    assert evaluate(item, POLICY, at(180)).status is SlaStatus.RESPONDED  # ...until it has


# ---------------------------------------------------------------- which target


@pytest.mark.parametrize(
    ("channel", "minutes", "reason"),
    [
        (Channel.SOCIAL, 60, "social target 1h"),
        (Channel.MESSAGING, 15, "messaging target 15m"),
        (Channel.EMAIL, 240, "email target 4h"),
        (Channel.REVIEW, 1440, "review target 1d"),
        (Channel.WEB, 240, "default target (web has none) 4h"),
        (Channel.FORUM, 240, "default target (forum has none) 4h"),
    ],
)
def test_per_channel_targets_and_the_default(channel: Channel, minutes: int, reason: str) -> None:
    state = evaluate(stored(channel=channel), POLICY, at(1))
    assert state.target_minutes == minutes
    assert state.target_reason == reason


def test_configured_targets_replace_the_defaults() -> None:
    policy = SlaSettings(
        targets={**DEFAULT_TARGETS, "web": timedelta(hours=2), "default": timedelta(hours=8)}
    )
    assert evaluate(stored(channel=Channel.WEB), policy, at(1)).target_minutes == 120
    assert evaluate(stored(channel=Channel.NEWS), policy, at(1)).target_minutes == 480


def test_a_shorter_urgency_target_wins() -> None:
    item = stored(channel=Channel.SOCIAL, level=UrgencyLevel.CRITICAL)
    state = evaluate(item, POLICY, at(20))
    assert state.target_minutes == 15
    assert state.status is SlaStatus.BREACHED
    assert state.overdue_minutes == 5
    assert state.target_reason == "critical urgency target 15m (shorter than social target 1h)"


def test_a_longer_urgency_target_does_not() -> None:
    policy = SlaSettings(urgency={UrgencyLevel.HIGH: timedelta(hours=2)})
    state = evaluate(stored(channel=Channel.SOCIAL, level=UrgencyLevel.HIGH), policy, at(70))
    assert state.target_minutes == 60
    assert state.status is SlaStatus.BREACHED
    assert state.target_reason == "social target 1h"


def test_an_urgency_level_without_its_own_target_uses_the_channels() -> None:
    state = evaluate(stored(channel=Channel.EMAIL, level=UrgencyLevel.HIGH), POLICY, at(1))
    assert state.target_minutes == 240
