"""Priority: the one documented formula (urgency, still answerable in time, SLA and
overdue time, negativity, reach, topic weight, route), the orderings a webcare lead expects
(emergencies first, praise never above a complaint), a `why` that names and adds up every
part, stable tie-breaks, the config's topic weights, and README's worked example."""

from __future__ import annotations

import json
import random
import re
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
from conftest import NOW
from test_sla import POLICY, PRAISE, T0, at, stored
from typer.testing import CliRunner

from webcare import rank, report, sla
from webcare.analysis import analyse
from webcare.cli import app
from webcare.model import (
    Channel,
    Ranked,
    Route,
    Sentiment,
    SentimentLabel,
    StoredMention,
    UrgencyLevel,
)
from webcare.settings import Settings, TopicRuleSettings, TopicSettings


@pytest.fixture
def db_path(store_url: str) -> str:
    """This file's stores, on every backend: a SQLite file or a PostgreSQL database."""
    return store_url


README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


LATER = at(90)
"""90 minutes after T0: a social post from T0 is 30 minutes over its hour."""


def ranked(*items: StoredMention, now=LATER, weights=None) -> list[Ranked]:  # noqa: ANN001
    return rank.rank(((item, sla.evaluate(item, POLICY, now)) for item in items), weights)


def why_of(item: StoredMention, now=LATER, weights=None) -> tuple[str, ...]:  # noqa: ANN001
    return ranked(item, now=now, weights=weights)[0].priority.why


def points(why: tuple[str, ...]) -> float:
    return sum(float(re.match(r"([+-][\d.]+) ", part).group(1)) for part in why)  # type: ignore[union-attr]


# ---------------------------------------------------------------- README's worked example


def worked_example() -> StoredMention:
    """README's example: built from the real analysis of its text, sentiment pinned at -0.62."""
    text = "ik zeg mijn abonnement op, drie weken op rij ontbreken er boodschappen @acme"
    analysis = analyse(text, Settings())
    assert analysis.urgency.level is UrgencyLevel.HIGH
    assert analysis.urgency.reasons == ("churn: 'ik zeg mijn abonnement op'",)
    assert analysis.topics == ("account",)
    assert analysis.route is Route.HUMAN
    item = stored(text, channel=Channel.SOCIAL, created=T0, reach=48_000, topics=analysis.topics)
    sentiment = Sentiment(-0.62, SentimentLabel.NEG, ("ik zeg mijn abonnement op",))
    return replace(item, analysis=replace(analysis, sentiment=sentiment))


def test_readmes_worked_example_is_exactly_what_webcare_computes() -> None:
    listing = report.build_report(
        [worked_example()], Settings(), now=T0 + timedelta(minutes=90), generated_at=T0
    )
    (row,) = listing.rows
    assert row.sla.overdue_minutes == 30 and row.sla.target_minutes == 60
    assert row.priority.why == (
        "+300 high urgency (churn: 'ik zeg mijn abonnement op')",
        "+130 breached: 30m over the 1h target",
        "+12.4 negative (-0.62)",
        "+13.4 reach 48,000",
        "+4 topic account",
        "+5 route human",
    )
    assert row.priority.score == 464.8
    # ...and the README says exactly that.
    example = " ".join(README[README.index("Worked example:") :].split("\n\n")[0].split())
    assert (
        f"Score {row.priority.score:g}, and `why` reads `{'; '.join(row.priority.why)}`." in example
    )


def test_readme_documents_the_formulas_points() -> None:
    section = README[README.index("### Priority") : README.index("## Cron")]
    for row in (
        "| urgency | critical +1000, high +300, normal 0, low (praise, thanks) −1000 |",
        "| in time | critical and its clock still runs: +500 |",
        "| SLA | breached: 120, plus 20 per target-length overdue (at most +300); at risk: 60; ok, responded or no reply owed: 0 |",
        "| negativity | −20 × sentiment score, for negative mentions (0…20) |",
        "| reach | 5 × log10(reach / 100) for 1,000 followers or more (at most 15) |",
        "| route | human 5, judgement 2, automate 0 |",
    ):
        assert row in section
    assert "billing 8, outage 8, product 6, delivery 5, account 4, service 2" in section
    assert rank.URGENCY_POINTS == {UrgencyLevel.CRITICAL: 1000, UrgencyLevel.HIGH: 300, UrgencyLevel.NORMAL: 0,
                                   UrgencyLevel.LOW: -1000}  # fmt: skip
    assert (rank.IN_TIME_POINTS, rank.BREACHED_POINTS, rank.AT_RISK_POINTS) == (500, 120, 60)
    assert (rank.OVERDUE_POINTS_PER_TARGET, rank.OVERDUE_POINTS_MAX) == (20, 300)
    assert rank.ROUTE_POINTS == {Route.HUMAN: 5, Route.JUDGEMENT: 2, Route.AUTOMATE: 0}


# ---------------------------------------------------------------- each part


NOTHING = {"topics": ()}


@pytest.mark.parametrize(
    ("item", "now", "why"),
    [
        # SLA: ok 0; at risk 60; breached 120 + 20 per target overdue, at most +300
        (stored(created=at(80), **NOTHING), at(90), ()),
        (stored(created=at(40), **NOTHING), at(90), ("+60 at risk: 10m left of 1h",)),
        (stored(created=at(0), **NOTHING), at(60), ("+60 at risk: due now (1h target)",)),
        (stored(created=at(0), **NOTHING), at(60.5), ("+120 breached: under 1m over the 1h target",)),
        (stored(created=at(0), **NOTHING), at(90), ("+130 breached: 30m over the 1h target",)),
        (stored(created=at(0), channel=Channel.EMAIL, **NOTHING), at(360), ("+130 breached: 2h over the 4h target",)),
        (stored(created=at(0), **NOTHING), at(60 * 24), ("+420 breached: 23h over the 1h target",)),
        (stored(created=at(0), responded=at(30), **NOTHING), at(90), ()),
        # urgency; a critical mention whose clock still runs can still be answered in time
        (stored(created=at(78), level="critical", reasons=("safety: 'aangereden'",), **NOTHING), at(90),
         ("+1000 critical urgency (safety: 'aangereden')", "+500 critical and still answerable in time: 3m left",
          "+60 at risk: 3m left of 15m")),
        (stored(created=at(0), level="critical", reasons=("safety: 'aangereden'",), **NOTHING), at(90),
         ("+1000 critical urgency (safety: 'aangereden')", "+220 breached: 1h 15m over the 15m target")),
        (stored(created=at(80), level="high", reasons=("outage: 'storing'",), **NOTHING), at(90),
         ("+300 high urgency (outage: 'storing')",)),
        (stored(created=at(80), level="low", reasons=("positive, no urgent subject",), score=0.8,
                needs_reply=False, needs_reply_reason=PRAISE, **NOTHING), at(90),
         ("-1000 low urgency (positive, no urgent subject)", f"+0 no reply owed: {PRAISE}")),
        # negativity: only negative sentiment counts
        (stored(created=at(80), score=-0.45, **NOTHING), at(90), ("+9 negative (-0.45)",)),
        (stored(created=at(80), score=0.9, **NOTHING), at(90), ()),
        # reach, at most 15
        (stored(created=at(80), reach=999, **NOTHING), at(90), ()),
        (stored(created=at(80), reach=1_000, **NOTHING), at(90), ("+5 reach 1,000",)),
        (stored(created=at(80), reach=3_000_000, **NOTHING), at(90), ("+15 reach 3,000,000",)),
        # topic: the highest weight among its topics, once
        (stored(created=at(80), topics=("service",)), at(90), ("+2 topic service",)),
        (stored(created=at(80), topics=("delivery", "billing", "service")), at(90), ("+8 topic billing",)),
        (stored(created=at(80), topics=("billing", "outage")), at(90), ("+8 topic billing",)),  # first of equals
        (stored(created=at(80), topics=("retired-topic",)), at(90), ()),
        # route
        (stored(created=at(80), route="human", **NOTHING), at(90), ("+5 route human",)),
        (stored(created=at(80), route="judgement", **NOTHING), at(90), ("+2 route judgement",)),
    ],
)  # fmt: skip
def test_each_part_of_the_formula(item: StoredMention, now, why: tuple[str, ...]) -> None:  # noqa: ANN001
    (row,) = ranked(item, now=now)
    assert row.priority.why == why
    assert row.priority.score == pytest.approx(points(why))


def test_a_mention_that_needs_no_reply_scores_nothing_for_its_sla_and_says_why() -> None:
    thanks = stored("Top, bedankt!", created=at(0), level="low", reasons=("closing thank-you, no reply needed",),
                    topics=())  # fmt: skip
    thanks = replace(thanks, analysis=replace(thanks.analysis, needs_reply=False))
    assert why_of(thanks, now=at(600)) == (
        "-1000 low urgency (closing thank-you, no reply needed)", "+0 no reply owed: no clock runs",
    )  # fmt: skip


def test_configured_topic_weights_replace_the_built_ins() -> None:
    settings = Settings(topics=TopicSettings(rules=(TopicRuleSettings("billing", weight=30),
                                                    TopicRuleSettings("vacancies", ("vacature",), weight=-15))))  # fmt: skip
    weights = report.topic_weights(settings)
    assert why_of(stored(created=at(80), topics=("billing",)), weights=weights) == (
        "+30 topic billing",
    )
    assert why_of(stored(created=at(80), topics=("vacancies",)), weights=weights) == (
        "-15 topic vacancies",
    )
    assert why_of(stored(created=at(80), topics=("vacancies", "delivery")), weights=weights) == (
        "+5 topic delivery",
    )


def test_the_subject_decides_between_otherwise_equal_mentions() -> None:
    billing = stored("Factuur klopt niet", created=at(40), topics=("billing",))
    service = stored("Lang in de wachtrij", created=at(40), topics=("service",))
    delivery = stored("Waar is mijn pakket", created=at(40), topics=("delivery",))
    rows = ranked(service, delivery, billing)
    assert [row.item.mention.text for row in rows] == [
        "Factuur klopt niet",
        "Waar is mijn pakket",
        "Lang in de wachtrij",
    ]
    assert [row.priority.score for row in rows] == [68, 65, 62]


def test_every_part_together_adds_up() -> None:
    item = stored(
        "Jullie bus reed mijn zoon aan", created=at(0), level="critical", reasons=("safety: 'reed mijn zoon aan'",),
        categories=("safety",), score=-0.83, reach=12_345, route="human", topics=("delivery", "product"),
    )  # fmt: skip
    why = why_of(item, now=at(45))  # critical: 15 m target, 30 m over -> 120 + 40
    assert why == (
        "+1000 critical urgency (safety: 'reed mijn zoon aan')",
        "+160 breached: 30m over the 15m target",
        "+16.6 negative (-0.83)",
        "+10.5 reach 12,345",
        "+6 topic product",
        "+5 route human",
    )
    assert ranked(item, now=at(45))[0].priority.score == pytest.approx(1198.1)


# ---------------------------------------------------------------- order


def test_ties_break_by_due_then_created_then_id() -> None:
    # Same score (at risk, same topic): the one due first wins; an email due at 80 before
    # a social post due at 85.
    email = stored("Vraag over mijn factuur", channel=Channel.EMAIL, created=at(-160))
    social = stored("Vraag over mijn factuur?", channel=Channel.SOCIAL, created=at(25))
    rows = ranked(social, email, now=at(70))
    assert [r.priority.score for r in rows] == [65, 65]
    assert [r.item.mention.id for r in rows] == [email.mention.id, social.mention.id]
    # Same due time: the older first. Same everything: the id.
    older = stored("Waar blijft mijn bestelling", channel=Channel.SOCIAL, created=at(10))
    newer = stored("Waar blijft mijn bestelling?", channel=Channel.MESSAGING, created=at(55))
    assert [r.item.mention.id for r in ranked(newer, older, now=at(60))] == [
        older.mention.id,
        newer.mention.id,
    ]
    twins = [
        stored("Waar blijft mijn pakket", created=at(40), author=name)
        for name in ("anna", "bram", "cees")
    ]
    assert [r.item.mention.id for r in ranked(*twins)] == sorted(t.mention.id for t in twins)


def test_any_input_order_gives_the_same_ranking_and_ranks_1_to_n() -> None:
    topics = [(), ("delivery",), ("billing",), ("service", "account"), ("outage", "product")]
    items = [
        stored(f"Bericht {n}", created=at(n * 7 - 60), score=-(n % 4) / 5, reach=(n % 3) * 4000 or None,
               level=list(UrgencyLevel)[n % 4], route=list(Route)[n % 3], topics=topics[n % 5])
        for n in range(30)
    ]  # fmt: skip
    expected = [r.item.mention.id for r in ranked(*items)]
    generator = random.Random(3)
    for _ in range(5):
        shuffled = items[:]
        generator.shuffle(shuffled)
        rows = ranked(*shuffled)
        assert [r.item.mention.id for r in rows] == expected
        assert [r.priority.rank for r in rows] == list(range(1, 31))
    scores = [r.priority.score for r in ranked(*items)]
    assert scores == sorted(scores, reverse=True)


def test_the_report_command_ranks_by_the_configured_topic_weights(
    tmp_path: Path, db_path: Path
) -> None:
    rows = [
        {
            "id": "1",
            "author": "a",
            "text": "Waar blijft mijn pakket?",
            "created_at": "2026-11-23T06:20:00Z",
        },
        {
            "id": "2",
            "author": "b",
            "text": "Kan ik op factuur betalen?",
            "created_at": "2026-11-23T06:20:00Z",
        },
    ]
    (tmp_path / "social.jsonl").write_text(
        "".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8"
    )
    base = '[[sources]]\nname = "social"\nkind = "jsonl"\npath = "social.jsonl"\nfilter = false\n'
    config = tmp_path / "webcare.toml"
    config.write_text(base, encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(app, ["poll", "--db", str(db_path), "--now", NOW]).exit_code == 0

    def order() -> list[tuple[str, list[str]]]:
        result = runner.invoke(
            app, ["report", "--db", str(db_path), "--now", NOW, "--format", "json"]
        )
        assert result.exit_code == 0, result.output
        return [(m["text"], m["priority"]["why"]) for m in json.loads(result.stdout)["mentions"]]

    # Both 40 minutes into an hour: at risk. Billing (8) outranks delivery (5)...
    assert [text for text, _ in order()] == [
        "Kan ik op factuur betalen?",
        "Waar blijft mijn pakket?",
    ]
    # ...until the config says deliveries matter more: weights apply at report time.
    config.write_text(base + "\n[topics.delivery]\nweight = 20\n", encoding="utf-8")
    (first, why), _ = order()
    assert first == "Waar blijft mijn pakket?"
    assert "+20 topic delivery" in why
