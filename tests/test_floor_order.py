"""The orderings a webcare lead expects on the floor, whatever the other parts of the score
say: emergencies first, a fresh emergency before older late ones, high before normal unless
far more overdue, praise never above a complaint, breached before at risk before ok."""

from __future__ import annotations

import itertools
from datetime import timedelta

from test_sla import POLICY, PRAISE, at, stored

from webcare import rank, sla
from webcare.model import Channel, Ranked, StoredMention

NOW = at(24 * 60)
"""A day after T0."""

LOUDEST = {"score": -1.0, "reach": 5_000_000, "route": "human", "topics": ("billing",)}
"""Every signal at its maximum: the most a non-urgent mention can add."""
QUIETEST = {"score": 0.0, "reach": None, "route": "automate", "topics": ()}


def order(*items: StoredMention, now=NOW) -> list[str]:  # noqa: ANN001
    rows: list[Ranked] = rank.rank((item, sla.evaluate(item, POLICY, now)) for item in items)
    return [row.item.mention.text for row in rows]


def minutes_before(now, minutes: float):  # noqa: ANN001, ANN201
    return now - timedelta(minutes=minutes)


def test_an_open_critical_mention_outranks_every_non_critical_one_in_any_state() -> None:
    critical_states = {
        "critical ok": minutes_before(NOW, 2),  # 15 m target: 13 m left
        "critical at risk": minutes_before(NOW, 13),
        "critical breached": minutes_before(NOW, 600),
    }
    others = {
        "high breached for days": stored("high breached for days", level="high", created=at(-5000), **LOUDEST),
        "normal breached for days": stored("normal breached for days", created=at(-5000), **LOUDEST),
        "high at risk": stored("high at risk", level="high", created=minutes_before(NOW, 50), **LOUDEST),
    }  # fmt: skip
    for label, created in critical_states.items():
        critical = stored(label, level="critical", created=created, **QUIETEST)
        for other in others.values():
            assert order(other, critical)[0] == label, (label, other.mention.text)


def test_a_fresh_emergency_is_not_buried_under_older_breached_ones() -> None:
    fresh = stored("bus reed een fietser aan, ambulance onderweg", level="critical",
                   created=minutes_before(NOW, 12), **QUIETEST)  # fmt: skip
    breached = [
        stored(f"critical breached {n}", level="critical", created=minutes_before(NOW, 30 + 400 * n),
               **LOUDEST)
        for n in range(4)
    ]  # fmt: skip
    assert order(*breached, fresh)[0] == fresh.mention.text
    # A critical mention with plenty of time left still comes before the late ones.
    calm = stored("critical, just in", level="critical", created=minutes_before(NOW, 1), **QUIETEST)
    assert order(*breached, calm)[0] == calm.mention.text
    # ...and the one with less time left first.
    assert order(calm, fresh)[0] == fresh.mention.text


def test_high_urgency_ranks_above_normal_unless_those_are_breached_by_far_more() -> None:
    high_at_risk = stored("high at risk", level="high", created=minutes_before(NOW, 50), **QUIETEST)
    high_ok = stored("high ok", level="high", created=minutes_before(NOW, 5), **QUIETEST)
    for hours_over in (1, 3, 6):
        normal = stored(f"normal {hours_over}h over", created=minutes_before(NOW, 60 * (1 + hours_over)),
                        **LOUDEST)  # fmt: skip
        assert order(normal, high_at_risk)[0] == "high at risk"
        assert order(normal, high_ok)[0] == "high ok"
    # A customer waiting a day and a half beyond an hour's target has waited by far more.
    forgotten = stored("normal, forgotten for a day and a half", created=at(-2200), **QUIETEST)
    assert order(forgotten, high_at_risk)[0] == forgotten.mention.text


def test_praise_never_outranks_a_complaint() -> None:
    praise = stored("Top service, dank jullie wel!", level="low", score=0.9, reach=5_000_000,
                    route="human", topics=("billing",), created=at(-5000), needs_reply=False,
                    needs_reply_reason=PRAISE)  # fmt: skip
    complaints = [
        stored(
            "mild complaint",
            score=-0.06,
            created=minutes_before(NOW, 1),
            **{k: v for k, v in QUIETEST.items() if k != "score"},
        ),
        stored("a question", created=minutes_before(NOW, 1), **QUIETEST),
    ]
    for complaint in complaints:
        assert order(praise, complaint) == [complaint.mention.text, praise.mention.text]
    # Praise is owed no reply: it never breaches, however old.
    state = sla.evaluate(praise, POLICY, NOW)
    assert state.status.value == "ok" and not state.needs_reply and state.to_thank


def test_otherwise_breached_before_at_risk_before_ok_and_more_overdue_first() -> None:
    for level in ("high", "normal"):
        breached_more = stored(
            f"{level} 5h over", level=level, created=minutes_before(NOW, 360), **QUIETEST
        )
        breached = stored(
            f"{level} 1m over", level=level, created=minutes_before(NOW, 61), **QUIETEST
        )
        at_risk = stored(
            f"{level} at risk", level=level, created=minutes_before(NOW, 50), **LOUDEST
        )
        ok = stored(f"{level} ok", level=level, created=minutes_before(NOW, 5), **LOUDEST)
        expected = [f"{level} 5h over", f"{level} 1m over", f"{level} at risk", f"{level} ok"]
        for shuffled in itertools.permutations([ok, at_risk, breached, breached_more]):
            assert order(*shuffled) == expected


def test_email_and_review_breaches_count_overdue_against_their_own_target() -> None:
    # Two hours over a 4 h email target weighs as much as 30 minutes over a social hour.
    email = stored("mail", channel=Channel.EMAIL, created=minutes_before(NOW, 360), **QUIETEST)
    social = stored("post", created=minutes_before(NOW, 90), **QUIETEST)
    scores = {
        row.item.mention.text: row.priority.score
        for row in rank.rank((i, sla.evaluate(i, POLICY, NOW)) for i in (email, social))
    }
    assert scores == {"mail": 130, "post": 130}
