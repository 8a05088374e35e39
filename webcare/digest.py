"""`webcare report --digest`: the weekly outside-in look, as data. Pure.

Takes stored mentions, the settings and an explicit `now`; the window is `created_at` in
[`since`, `now`] (`since` None: everything up to `now`). Renderers take a `Digest`.

What counts:

- Live mentions only. Backfilled history (stored as history by a source's first poll) was
  never in front of the team, so it is left out of every figure and counted apart in
  `totals` as `backfilled`; otherwise adding a source would look like a week of breaches.
- Response figures are `webcare.stats`' figures (its channel rows, unchanged): median and
  p90 first-response time, target, gap, in time / late / still open past due and
  `compliance_pct`, the share answered within target of the mentions whose outcome is
  decided at `now`. The totals' `needs_reply`, `responded`, `breaches` and
  `compliance_pct` add up those rows.
- `open_now`, `breached_now`, `at_risk_now` and the worst breaches judge each mention as
  `webcare report` does (a follow-up waits from the oldest unanswered message of its
  conversation, read whole even when it is older than the window), so the digest agrees
  with the morning report; the stats rows judge them
  the same way (`webcare.report.sla_states`).
- The worst breaches: mentions of the window still unanswered past due (`open`) or answered
  after their due time (`late`), worst first by the report's priority score (overdue
  against the target, urgency, negativity, reach, topic, route; `webcare.rank`). A late
  answer is scored as it stood while overdue, by how late it came; ties go to the longest
  overdue (business-time minutes, as the SLA counts them).
- Topics and urgency categories: a mention counts once in each of its topics or categories,
  so their shares (of all mentions) need not add up to 1.
- The previous window is as long and ends where this one starts (`created_at` in
  [`previous_since`, `since`)), judged at the same `now`: last week's final outcomes. Its
  figures sit beside this window's in `totals` as `previous` and `change`.

Shares are 0–1 with three decimals; `change` of a share is the difference (0.05 is five
points); `change_pct` is the relative change of a count (None from zero).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, tzinfo
from operator import attrgetter
from typing import Any, NamedTuple

from webcare import rank as ranking
from webcare import report, stats
from webcare.floorrow import whole
from webcare.model import Answered, SentimentLabel, SlaState, SlaStatus, StoredMention
from webcare.settings import Settings
from webcare.textutil import one_line
from webcare.timeparse import iso_utc

TOP = 10
"""Rows in the topic, urgency-category and worst-breach sections unless told otherwise."""
EXCERPT = 200
"""Characters of a breach's text in the digest: one line, enough to recognise it."""

SECTIONS = ("totals", "channel", "source", "language", "topic", "urgency", "breach", "response")
"""Every section, in display order; each row of a section carries its name as `section`."""

TOTALS = (
    "mentions",
    "negative",
    "share_negative",
    "mean_sentiment",
    "needs_reply",
    "responded",
    "breaches",
    "compliance_pct",
    "open_now",
    "breached_now",
    "at_risk_now",
    "backfilled",
)
"""The `totals` keys, in order. The last four describe `now` and have no previous value."""

RESPONSE_FIELDS = stats.RESPONSE_FIELDS


@dataclass(frozen=True, slots=True)
class Digest:
    now: datetime
    since: datetime | None
    """Start of the window; None: everything up to `now`."""
    previous_since: datetime | None
    """Start of the previous window of the same length (it ends at `since`); None without one."""
    generated_at: datetime
    timezone: tzinfo | None
    """The brand's time zone, for people's renderings of the window."""
    totals: tuple[dict[str, Any], ...]
    """One row per TOTALS key: `value`, `previous`, `change`, `change_pct`."""
    channels: tuple[dict[str, Any], ...]
    """Volume and sentiment per channel: `volume`, `share`, `negative`, `neutral`,
    `positive`, `share_negative`, `mean_sentiment`."""
    sources: tuple[dict[str, Any], ...]
    """Volume per source: `channel`, `volume`, `share`, `negative`, `share_negative`."""
    languages: tuple[dict[str, Any], ...]
    topics: tuple[dict[str, Any], ...]
    """Top topics: `count`, `share` (of all mentions), `negative`, `share_negative`."""
    urgency: tuple[dict[str, Any], ...]
    """Top urgency categories: `count`, `share` (of all mentions), `negative`, `share_negative`."""
    breaches: tuple[dict[str, Any], ...]
    """The worst breaches, worst first: `rank`, `id`, `state` (open or late), `overdue_minutes`,
    where, who and a one-line `text` excerpt."""
    responses: tuple[dict[str, Any], ...]
    """Per channel, `webcare stats`' response figures (RESPONSE_FIELDS)."""
    breaches_found: int = 0
    """All breaches of the window (open or late) before the top-N cut."""
    brand: str = ""
    """`brand.name`, for the headline a person forwards."""

    def sections(self) -> tuple[tuple[str, tuple[dict[str, Any], ...]], ...]:
        return (
            ("totals", self.totals),
            ("channel", self.channels),
            ("source", self.sources),
            ("language", self.languages),
            ("topic", self.topics),
            ("urgency", self.urgency),
            ("breach", self.breaches),
            ("response", self.responses),
        )

    def window(self) -> tuple[dict[str, Any], ...]:
        """The window as rows (`key`, `value`): `since`, `now`, `previous_since` (UTC, `Z`)."""
        return tuple(
            {"key": key, "value": iso_utc(value)}
            for key, value in (
                ("since", self.since),
                ("now", self.now),
                ("previous_since", self.previous_since),
            )
        )

    def records(self) -> list[dict[str, Any]]:
        """The window rows, then every row of every section, each with its `section` first."""
        window = [{"section": "window", **row} for row in self.window()]
        return window + [
            {"section": name, **row} for name, section in self.sections() for row in section
        ]


class _Fact(NamedTuple):
    """What the digest's sections count of one live mention of a window, judged at `now`:
    from its whole record, or from an `Answered` row the store read without it."""

    created_at: datetime
    id: str
    channel: str
    source: str
    language: str
    label: SentimentLabel
    score: float
    topics: tuple[str, ...]
    categories: tuple[str, ...]
    outcome: stats.Outcome


def _facts(
    states: Iterable[tuple[StoredMention, SlaState]], answered: Iterable[Answered]
) -> list[_Fact]:
    """Both kinds as facts, in the store's order (newest first, then by id): sums of
    sentiment scores come out to the same last bit as from the whole records."""
    facts = [
        _Fact(m.created_at, m.id, m.channel.value, m.source, a.language, a.sentiment.label,
              a.sentiment.score, a.topics, a.urgency.categories, stats.outcome(item, state))
        for item, state in states
        for m, a in ((item.mention, item.analysis),)
    ]  # fmt: skip
    # Inline, as tuples built in C (a NamedTuple's own __new__ is a Python call): a week
    # holds tens of thousands. The outcome of an answer whose verdict was kept: responded,
    # late as the verdict says, its response time counted when it needed a reply.
    neg, fact, outcome = SentimentLabel.NEG, _Fact, stats.Outcome
    facts += [
        new(fact, (r.created_at, r.id, r.channel, r.source, r.language, r.sentiment_label,
                   r.sentiment_score, r.topics, r.categories,
                   new(outcome, (r.sentiment_label is neg, r.needs_reply, True, r.late, False,
                                 (r.responded_at - r.created_at).total_seconds() / 60
                                 if r.needs_reply else None))))
        for r in answered
    ]  # fmt: skip
    facts.sort(key=attrgetter("id"))
    facts.sort(key=attrgetter("created_at"), reverse=True)  # stable: ids stay in order
    return facts


new = tuple.__new__


def _inside(moment: datetime, start: datetime | None, end: datetime, *, inclusive: bool) -> bool:
    after = start is None or moment >= start
    return after and (moment <= end if inclusive else moment < end)


def _share(part: int, whole: int) -> float | None:
    return round(part / whole, 3) if whole else None


def _live_in(
    items: Iterable[StoredMention], start: datetime | None, end: datetime, *, inclusive: bool
) -> list[StoredMention]:
    return [
        item
        for item in items
        if not item.backfilled and _inside(item.mention.created_at, start, end, inclusive=inclusive)
    ]


def _outcomes(
    facts: list[_Fact], settings: Settings
) -> tuple[dict[str, Any], tuple[dict[str, Any], ...]]:
    """The window's sentiment and SLA-outcome figures, and `webcare stats`' channel rows."""
    rows = stats.channel_rows(((fact.channel, fact.outcome) for fact in facts), settings)
    in_time = sum(row["in_time"] for row in rows)
    decided = in_time + sum(row["late"] + row["breached_open"] for row in rows)
    neg = SentimentLabel.NEG
    negative = sum(1 for fact in facts if fact.label is neg)
    scores = [fact.score for fact in facts]
    figures = {
        "mentions": len(facts),
        "negative": negative,
        "share_negative": _share(negative, len(facts)),
        "mean_sentiment": round(sum(scores) / len(scores), 3) if scores else None,
        "needs_reply": sum(row["needs_reply"] for row in rows),
        "responded": sum(row["responded"] for row in rows),
        "breaches": sum(row["breaches"] for row in rows),
        "compliance_pct": round(100 * in_time / decided, 1) if decided else None,
    }
    return figures, rows


def _totals(
    current: dict[str, Any], previous: dict[str, Any] | None, now_counts: dict[str, int]
) -> tuple[dict[str, Any], ...]:
    rows = []
    for key in TOTALS:
        value = current.get(key, now_counts.get(key))
        before = previous.get(key) if previous is not None else None
        change = change_pct = None
        if value is not None and before is not None:
            change = round(value - before, 3)
            if isinstance(value, int) and before:  # counts only, not shares or percentages
                change_pct = round(100 * (value - before) / before, 1)
        rows.append(
            {
                "key": key,
                "value": value,
                "previous": before,
                "change": change,
                "change_pct": change_pct,
            }
        )
    return tuple(rows)


def _channels(facts: list[_Fact]) -> tuple[dict[str, Any], ...]:
    groups: dict[str, list[_Fact]] = defaultdict(list)
    for fact in facts:
        groups[fact.channel].append(fact)
    rows = []
    for name, group in groups.items():
        labels = Counter(fact.label for fact in group)
        scores = [fact.score for fact in group]
        rows.append(
            {
                "key": name,
                "volume": len(group),
                "share": _share(len(group), len(facts)),
                "negative": labels[SentimentLabel.NEG],
                "neutral": labels[SentimentLabel.NEU],
                "positive": labels[SentimentLabel.POS],
                "share_negative": _share(labels[SentimentLabel.NEG], len(group)),
                "mean_sentiment": round(sum(scores) / len(scores), 3),
            }
        )
    return tuple(sorted(rows, key=lambda row: (-row["volume"], row["key"])))


def _volumes(facts: list[_Fact], key_of: Any, extra: Any = None) -> tuple[dict[str, Any], ...]:
    """Rows of `volume`, `share`, `negative`, `share_negative` per key, biggest first."""
    groups: dict[str, list[_Fact]] = defaultdict(list)
    for fact in facts:
        groups[key_of(fact)].append(fact)
    rows = []
    neg = SentimentLabel.NEG
    for name, group in groups.items():
        negative = sum(1 for fact in group if fact.label is neg)
        row: dict[str, Any] = {"key": name}
        if extra is not None:
            row.update(extra(group))
        row.update(
            volume=len(group),
            share=_share(len(group), len(facts)),
            negative=negative,
            share_negative=_share(negative, len(group)),
        )
        rows.append(row)
    return tuple(sorted(rows, key=lambda row: (-row["volume"], row["key"])))


def _labels(facts: list[_Fact], labels_of: Any, top: int) -> tuple[dict[str, Any], ...]:
    """Top labels (topics, urgency categories): each mention counts once per label."""
    counts: Counter[str] = Counter()
    negative: Counter[str] = Counter()
    # Counted per distinct list first: a week's tens of thousands share a few hundred.
    neg = SentimentLabel.NEG
    lists = Counter((labels_of(fact), fact.label is neg) for fact in facts)
    for (labels, is_negative), n in lists.items():
        for label in dict.fromkeys(labels):
            counts[label] += n
            negative[label] += n if is_negative else 0
    ordered = sorted(counts.items(), key=lambda pair: (-pair[1], pair[0]))[:top]
    return tuple(
        {
            "key": label,
            "count": count,
            "share": _share(count, len(facts)),
            "negative": negative[label],
            "share_negative": _share(negative[label], count),
        }
        for label, count in ordered
    )


def _late(s: SlaState) -> bool:
    return s.status is SlaStatus.BREACHED or (s.status is SlaStatus.RESPONDED and s.responded_late)


def _severity(sla: SlaState, item: StoredMention, score: float, weights: Mapping[str, float]) -> float:
    """The report's priority score (`score`); a late answer scored as it stood while still
    overdue, by how late it came, so answered and open breaches compare on one scale."""
    if sla.status is SlaStatus.BREACHED:
        return score
    return ranking.points(item, sla, weights, status=SlaStatus.BREACHED)


def _breach(item: StoredMention, s: SlaState, score: float, rank: int) -> dict[str, Any]:
    item = whole(item)  # a shown row: its url and all
    m, a = item.mention, item.analysis
    text = one_line(m.text)
    response = item.response
    answered = s.status is SlaStatus.RESPONDED and response is not None
    return {
        "key": m.id,
        "rank": rank,
        "id": m.id,
        "state": "late" if s.status is SlaStatus.RESPONDED else "open",
        "overdue_minutes": s.overdue_minutes,
        "target_minutes": s.target_minutes,
        "channel": m.channel.value,
        "source": m.source,
        "author": m.author,
        "urgency": a.urgency.level.value,
        "sentiment": a.sentiment.label.value,
        "priority": score,
        "created_at": iso_utc(m.created_at),
        "due_at": iso_utc(s.due_at),
        "responded_at": iso_utc(response.at) if answered and response else None,
        "url": m.url,
        "text": text if len(text) <= EXCERPT else text[: EXCERPT - 1] + "…",
    }


def previous_start(since: datetime | None, now: datetime) -> datetime | None:
    """Where the previous window starts (it ends at `since`): the oldest mention a digest
    needs. None without a window start, or when the window is empty."""
    return since - (now - since) if since is not None and since < now else None


def build_digest(
    items: Iterable[StoredMention],
    settings: Settings,
    *,
    now: datetime,
    since: datetime | None,
    generated_at: datetime,
    top: int = TOP,
    worst: int = TOP,
    answered: Sequence[Answered] = (),
    conversation: Iterable[StoredMention] = (),
) -> Digest:
    """The digest of [`since`, `now`], compared with the window of the same length before it.

    `items` may hold more than both windows (they are filtered here), and may be floor rows
    (`Store.split_answered`): only the worst breaches shown are built whole; `top` caps the topic
    and urgency-category sections, `worst` the worst breaches (`report --digest --limit`).
    `answered`: mentions answered by `now` that the store read as `Answered` rows rather
    than whole (`Store.split_answered`), late ones only before `since` (the worst breaches
    need the whole record); they count as their kept verdicts say, and are not in `items`.
    `conversation`: the other messages of the conversations of `items`' follow-ups, read
    whole (`Store.threads`): the window chooses which mentions count, never how each is timed.
    """
    items = list(items)
    context = report.waiting_with(items, conversation)
    previous_since = previous_start(since, now)
    current = _live_in(items, since, now, inclusive=True)
    backfilled = sum(
        1
        for item in items
        if item.backfilled
        and item.mention.created_at <= now
        and (since is None or item.mention.created_at >= since)
    )
    # Judged once: the response figures, the counts at `now` and the breaches share them.
    states = report.sla_states(current, settings, now, conversation=context)
    recent = [r for r in answered if _inside(r.created_at, since, now, inclusive=True)]
    if any(r.late for r in recent):
        raise ValueError("a late answer of the window must come whole: it may be a worst breach")
    facts = _facts(states, recent)
    figures, response_rows = _outcomes(facts, settings)
    previous = None
    if previous_since is not None and since is not None:
        before = _live_in(items, previous_since, since, inclusive=False)
        earlier = [
            r for r in answered if _inside(r.created_at, previous_since, since, inclusive=False)
        ]
        judged = report.sla_states(before, settings, now, conversation=context)
        previous = _outcomes(_facts(judged, earlier), settings)[0]

    now_counts = {
        "open_now": sum(1 for _, state in states if report.awaits_reply(state)),
        "breached_now": sum(1 for _, state in states if state.status is SlaStatus.BREACHED),
        "at_risk_now": sum(1 for _, state in states if state.status is SlaStatus.AT_RISK),
        "backfilled": backfilled,
    }
    weights = report.topic_weights(settings)
    # Ranking is a sort by score: only the breaches are ranked (a week holds tens of
    # thousands of mentions, few of them breaches), in the same order among themselves
    # (`position`), and none is built as a report row: the digest shows a few of them.
    ordered = ranking.order((pair for pair in states if _late(pair[1])), weights)
    breached = sorted(
        (
            (_severity(sla, item, score, weights), -sla.overdue_minutes, position, item, sla)
            for position, (item, sla, score) in enumerate(ordered, start=1)
        ),
        key=lambda b: (-b[0], b[1], b[2]),
    )

    def channels_of(group: list[_Fact]) -> dict[str, str]:
        return {"channel": ", ".join(sorted({fact.channel for fact in group}))}

    return Digest(
        now=now,
        since=since,
        previous_since=previous_since,
        generated_at=generated_at,
        timezone=settings.brand.timezone,
        totals=_totals(figures, previous, now_counts),
        channels=_channels(facts),
        sources=_volumes(facts, lambda fact: fact.source, channels_of),
        languages=_volumes(facts, lambda fact: fact.language),
        topics=_labels(facts, lambda fact: fact.topics, top),
        urgency=_labels(facts, lambda fact: fact.categories, top),
        breaches=tuple(
            _breach(item, sla, severity, n)
            for n, (severity, _, _, item, sla) in enumerate(breached[:worst], start=1)
        ),
        responses=tuple({key: row.get(key) for key in RESPONSE_FIELDS} for row in response_rows),
        breaches_found=len(breached),
        brand=settings.brand.name,
    )


def document(digest: Digest) -> dict[str, Any]:
    """The `json` format: one document, every section a list of its rows."""
    return {
        "generated_at": iso_utc(digest.generated_at),
        "now": iso_utc(digest.now),
        "since": iso_utc(digest.since),
        "previous_since": iso_utc(digest.previous_since),
        "brand": digest.brand,
        "breaches_found": digest.breaches_found,
        **{name: list(rows) for name, rows in _plural(digest)},
    }


def _plural(digest: Digest) -> list[tuple[str, tuple[dict[str, Any], ...]]]:
    names = {
        "totals": "totals",
        "channel": "channels",
        "source": "sources",
        "language": "languages",
        "topic": "topics",
        "urgency": "urgency_categories",
        "breach": "breaches",
        "response": "response_times",
    }
    return [(names[name], rows) for name, rows in digest.sections()]
