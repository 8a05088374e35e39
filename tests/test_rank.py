"""Priority: breached above at risk, urgency/negativity/reach raise the score, the order is
deterministic, `why` names every contribution, and report ranks run 1..n over what is shown."""

from __future__ import annotations

import random
import re
from dataclasses import replace
from datetime import timedelta

import pytest
from test_sla import POLICY, PRAISE, at, stored

from webcare import rank, report, sla
from webcare.model import Channel, Ranked, Route, SlaStatus, StoredMention, UrgencyLevel
from webcare.settings import Settings

NOW = at(90)
"""90 minutes after T0: a social mention from T0 is breached by 30 minutes."""
SETTINGS = Settings(sla=POLICY)


def ranked(*items: StoredMention, now=NOW) -> list[Ranked]:  # noqa: ANN001
    return rank.rank((item, sla.evaluate(item, POLICY, now)) for item in items)


def score_of(item: StoredMention, now=NOW) -> float:  # noqa: ANN001
    return rank.score(item, sla.evaluate(item, POLICY, now))[0]


def ids(rows: list[Ranked]) -> list[str]:
    return [row.item.mention.id for row in rows]


# ---------------------------------------------------------------- what raises the score


def test_breached_ranks_above_at_risk_above_ok() -> None:
    breached = stored("Pakket niet ontvangen", created=at(0))  # due at 60, 30 over
    at_risk = stored("Pakket niet ontvangen?", created=at(40))  # due at 100, 10 left
    fine = stored("Pakket niet ontvangen!", created=at(85))  # due at 145
    rows = ranked(fine, at_risk, breached)
    assert [row.sla.status for row in rows] == [SlaStatus.BREACHED, SlaStatus.AT_RISK, SlaStatus.OK]
    assert [row.priority.rank for row in rows] == [1, 2, 3]


def test_the_longer_overdue_the_higher_capped_at_fifteen_targets() -> None:
    scores = [
        score_of(stored(created=NOW - timedelta(minutes=60 + over)))
        for over in (1, 30, 60, 180, 900, 2000)
    ]
    # each +5 for its topic, delivery; a minute over: 120 + 20/60
    assert scores == [125.3, 135, 145, 185, 425, 425]


@pytest.mark.parametrize(
    ("higher", "lower"),
    [
        ({"level": UrgencyLevel.CRITICAL}, {"level": UrgencyLevel.HIGH}),
        ({"level": UrgencyLevel.HIGH}, {"level": UrgencyLevel.NORMAL}),
        ({"level": UrgencyLevel.NORMAL}, {"level": UrgencyLevel.LOW}),
        ({"score": -0.9}, {"score": -0.3}),
        ({"score": -0.3}, {"score": 0.0}),
        ({"reach": 250_000}, {"reach": 5_000}),
        ({"reach": 5_000}, {"reach": 900}),
        ({"route": Route.HUMAN}, {"route": Route.JUDGEMENT}),
        ({"route": Route.JUDGEMENT}, {"route": Route.AUTOMATE}),
    ],
)
def test_urgency_negativity_reach_and_route_raise_the_score(higher: dict, lower: dict) -> None:  # type: ignore[type-arg]
    # Same channel, same age (both breached): only the one attribute differs.
    assert score_of(stored(**higher)) > score_of(stored(**lower))


def test_urgency_outranks_a_longer_wait() -> None:
    # A critical safety report 12 minutes old (at risk: 3 of its 15 minutes left) comes
    # before a 30-minutes-late parcel question.
    accident = stored(
        "Jullie bus reed mijn dochter aan", created=at(78), level=UrgencyLevel.CRITICAL,
        reasons=("safety: 'reed mijn dochter aan'",), categories=("safety",), route=Route.HUMAN,
    )  # fmt: skip
    parcel = stored("Waar blijft mijn pakket?", created=at(0))
    rows = ranked(parcel, accident)
    assert ids(rows) == [accident.mention.id, parcel.mention.id]


def test_positive_and_neutral_mentions_get_nothing_for_sentiment() -> None:
    assert score_of(stored(score=0.9)) == score_of(stored(score=0.0))


def test_reach_below_a_thousand_adds_nothing_and_reach_is_capped() -> None:
    base = score_of(stored(reach=None))
    assert score_of(stored(reach=999)) == base
    assert score_of(stored(reach=1_000)) == base + 5
    assert score_of(stored(reach=100_000)) == base + 15
    assert score_of(stored(reach=50_000_000)) == base + 15


# ---------------------------------------------------------------- why


def test_why_names_every_contribution_and_they_add_up_to_the_score() -> None:
    item = stored(
        "Jullie bezorgbus reed mijn zoon aan, hij ligt in het ziekenhuis",
        created=at(0),
        level=UrgencyLevel.CRITICAL,
        reasons=("safety: 'reed mijn zoon aan'", "health: 'ziekenhuis'"),
        categories=("safety", "health"),
        score=-0.8,
        reach=25_000,
        route=Route.HUMAN,
    )
    (row,) = ranked(item, now=at(30))  # critical: 15 minutes over the 15 m urgency target
    why = row.priority.why
    assert why == (
        "+1000 critical urgency (safety: 'reed mijn zoon aan'; health: 'ziekenhuis')",
        "+140 breached: 15m over the 15m target",
        "+16 negative (-0.80)",
        "+12 reach 25,000",
        "+5 topic delivery",
        "+5 route human",
    )
    points = [float(re.match(r"([+-][\d.]+) ", part).group(1)) for part in why]  # type: ignore[union-attr]
    assert sum(points) == pytest.approx(row.priority.score)
    assert row.priority.score == 1178


def test_a_score_without_its_why_is_the_same_score() -> None:
    # The report ranks its whole floor and words only the rows it shows; the digest scores
    # a late answer as the breach it was. Both must give the score `why` adds up to.
    weights = report.topic_weights(SETTINGS)
    items = [
        stored("Jullie bezorgbus reed mijn zoon aan", created=at(0), level=UrgencyLevel.CRITICAL,
               reasons=("safety: 'reed'",), score=-0.8, reach=25_000, route=Route.HUMAN),
        stored(created=at(40), score=-0.35, reach=1_500),  # at risk
        stored(created=at(85), level=UrgencyLevel.CRITICAL, route=Route.JUDGEMENT),
        stored(created=at(85), level=UrgencyLevel.LOW),
        stored(created=at(0), responded=at(75), topics=("billing", "delivery")),
        stored(created=at(0), needs_reply=False, needs_reply_reason="praise", score=0.9),
    ]  # fmt: skip
    for item in items:
        state = sla.evaluate(item, POLICY, NOW)
        assert rank.points(item, state, weights) == rank.score(item, state, weights)[0]
        as_breach = replace(state, status=SlaStatus.BREACHED)
        assert rank.points(item, state, weights, status=SlaStatus.BREACHED) == (
            rank.score(item, as_breach, weights)[0]
        )
    states = {sla.evaluate(item, POLICY, NOW).status for item in items}
    assert states == {SlaStatus.BREACHED, SlaStatus.AT_RISK, SlaStatus.OK, SlaStatus.RESPONDED}


def test_the_score_alone_adds_the_same_float_as_its_why_over_many_mentions() -> None:
    # `points` sums without building the parts (the report orders thousands): the same
    # float, to the last bit, for every mix of parts and every status it can be scored as.
    weights = {**report.topic_weights(SETTINGS), "odd": 3.33, "neg": -7.25}
    chance = random.Random(14)
    topic_sets = [(), ("delivery",), ("billing", "delivery"), ("odd",), ("neg", "odd"), ("x",)]
    for _ in range(600):
        item = stored(
            created=at(chance.randrange(0, 90)),
            level=chance.choice(list(UrgencyLevel)),
            score=chance.choice([-1.0, -0.83, -0.35, -0.05, 0.0, 0.2, 0.9]),
            reach=chance.choice([None, 0, 999, 1000, 1234, 25_000, 10**9]),
            topics=chance.choice(topic_sets),
            route=chance.choice(list(Route)),
            responded=chance.choice([None, at(60), at(120)]),
            needs_reply=chance.random() < 0.8,
            needs_reply_reason=chance.choice(["", "praise"]),
        )
        state = sla.evaluate(item, POLICY, at(chance.randrange(0, 2000)))
        for status in SlaStatus:
            alone = rank.points(item, state, weights, status=status)
            worded = rank.score(item, replace(state, status=status), weights)[0]
            assert repr(alone) == repr(worded), (item, state, status)


def test_why_for_at_risk_and_low_urgency() -> None:
    item = stored("Waar blijft mijn pakket?", created=at(50), score=0.0)
    (row,) = ranked(item, now=at(100))  # due at 110: 10 minutes left
    assert row.priority.why == ("+60 at risk: 10m left of 1h", "+5 topic delivery")
    assert row.priority.score == 65
    # Praise is owed no reply: no clock, and it sits below every complaint.
    praise = stored("Top service, bedankt!", created=at(50), score=0.8, level=UrgencyLevel.LOW,
                    needs_reply=False, needs_reply_reason=PRAISE)  # fmt: skip
    (row,) = ranked(praise, now=at(100))
    assert row.priority.why == (
        "-1000 low urgency",
        f"+0 no reply owed: {PRAISE}",
        "+5 topic delivery",
    )
    assert row.priority.score == -995


def test_nothing_pressing_has_no_why() -> None:
    (row,) = ranked(stored(created=at(80), score=0.0, topics=()))
    assert row.priority.why == ()
    assert row.priority.score == 0


# ---------------------------------------------------------------- order


def test_equal_scores_break_ties_by_due_time_then_creation_then_id() -> None:
    # Equal scores (all at risk, nothing else): the one due first comes first.
    email = stored("Vraag over mijn factuur", channel=Channel.EMAIL, created=at(-160))  # due at 80
    social = stored("Vraag over mijn factuur?", channel=Channel.SOCIAL, created=at(25))  # due at 85
    assert score_of(email, at(70)) == score_of(social, at(70)) == 65
    assert ids(ranked(social, email, now=at(70))) == [email.mention.id, social.mention.id]
    # Same due time, different creation: a 1h social from 09:10 and a 15m messaging from 09:55
    # are both due at 10:10; the older one first.
    older = stored("Waar blijft mijn bestelling", channel=Channel.SOCIAL, created=at(10))
    newer = stored("Waar blijft mijn bestelling?", channel=Channel.MESSAGING, created=at(55))
    assert ids(ranked(newer, older, now=at(60))) == [older.mention.id, newer.mention.id]
    # Same everything but the id: the id decides.
    twins = [
        stored("Waar blijft mijn pakket", created=at(40), author=name)
        for name in ("anna", "bram", "cees")
    ]
    assert ids(ranked(*reversed(twins))) == sorted(ids(ranked(*twins)))


def test_the_same_input_in_any_order_gives_the_same_ranking() -> None:
    items = [
        stored(f"Bericht {n}", created=at(n * 7 - 60), score=-(n % 4) / 5, reach=(n % 3) * 4000 or None,
               level=list(UrgencyLevel)[n % 4])
        for n in range(24)
    ]  # fmt: skip
    expected = ids(ranked(*items))
    generator = random.Random(20261123)
    for _ in range(5):
        shuffled = items[:]
        generator.shuffle(shuffled)
        assert ids(ranked(*shuffled)) == expected
    scores = [row.priority.score for row in ranked(*items)]
    assert scores == sorted(scores, reverse=True)


# ---------------------------------------------------------------- report ranks


def mixed_store() -> list[StoredMention]:
    return [
        stored("Nog steeds niet bezorgd", created=at(-200)),  # breached
        stored("Al drie keer gebeld", created=at(-100), score=-0.6),  # breached
        stored("Waar is mijn pakket?", created=at(40)),  # at risk
        stored("App ligt eruit", created=at(35), level=UrgencyLevel.HIGH),  # at risk
        stored("Wanneer komt de bezorger?", created=at(80)),  # ok
        stored("Dank jullie wel!", created=at(-300), responded=at(-280)),  # responded
        stored("Pakket kwijt", created=at(-400), responded=at(-100)),  # responded late
    ]


def test_report_shows_only_the_floor_ranked_1_to_n() -> None:
    listing = report.build_report(mixed_store(), SETTINGS, now=NOW, generated_at=NOW)
    assert [row.priority.rank for row in listing.rows] == [1, 2, 3, 4]
    assert {row.sla.status for row in listing.rows} == {SlaStatus.BREACHED, SlaStatus.AT_RISK}
    assert listing.summary == {
        "total": 7, "breached": 2, "at_risk": 2, "ok": 1, "no_reply_needed": 0, "to_thank": 0,
        "open": 5, "oldest_overdue_minutes": 230, "shown": 4, "incidents": 0,
    }  # fmt: skip


def test_report_limit_keeps_the_worst_and_ranks_them_1_to_limit() -> None:
    full = report.build_report(mixed_store(), SETTINGS, now=NOW, generated_at=NOW)
    limited = report.build_report(mixed_store(), SETTINGS, now=NOW, generated_at=NOW, limit=2)
    assert [row.priority.rank for row in limited.rows] == [1, 2]
    assert [r.item.mention.id for r in limited.rows] == [r.item.mention.id for r in full.rows[:2]]
    assert limited.summary["shown"] == 2
    assert limited.summary["breached"] == 2  # the summary still counts everything considered


def test_mentions_listing_is_newest_first() -> None:
    listing = report.build_listing(mixed_store(), SETTINGS, now=NOW, generated_at=NOW)
    created = [row.item.mention.created_at for row in listing.rows]
    assert created == sorted(created, reverse=True)
    assert len(listing.rows) == 7
    only_responded = report.build_listing(
        mixed_store(), SETTINGS, now=NOW, generated_at=NOW, statuses=(SlaStatus.RESPONDED,)
    )
    assert [row.sla.responded_late for row in only_responded.rows] == [False, True]
