"""Keep what the floor needs worked out, so a report reads no history: run by `poll` and
`import` after their writes.

For each open mention, whether a reply is owed and when it is due under the current SLA
policy (its stamp kept beside them: a changed config is worked out again, and until then
the floor reads those mentions and decides at read time); for each answered mention, its
verdict (in time or late), judged once. At most `BATCH` of each per run, newest first, so
upgrading a big store spreads over a few polls; what is not kept yet is decided at read
time, so nothing is ever missed, only read more slowly. New mentions are written with
their reply decision and due time already (`sla.settler`, passed to `Store.batch`): after
a poll this finds answers to judge and what a changed policy left stale.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

from webcare import sla
from webcare.model import SlaStatus, StoredMention
from webcare.report import sla_states
from webcare.settings import Settings
from webcare.store import Store
from webcare.store.records import Settlement

BATCH = 50_000
PART = 5_000
"""Mentions read, worked out and kept at a time: what a run holds of the store (an import
of 100,000 rows held 50,000 of them at once, ~100 MB)."""


def settle(store: Store, settings: Settings, now: datetime) -> int:
    """Work out and keep what is missing or stale, `PART` at a time up to `BATCH`;
    returns how many mentions were updated."""
    stamp = sla.policy_stamp(settings.sla)
    done = 0
    for _ in range(BATCH // PART):
        items = store.unsettled(stamp, now, limit=PART)
        if not items:
            break
        answered_threads = {i.thread_id for i in items if i.response is not None and i.thread_id}
        context = store.threads(answered_threads) if answered_threads else []
        kept = store.settle(settlements(items, context, settings, now))
        done += kept
        # Fewer than a part: that was all. Nothing kept: what is left is read again and
        # again (answers not yet due a verdict), and the report decides it at read time.
        if len(items) < PART or not kept:
            break
    return done


def settlements(
    items: Sequence[StoredMention],
    context: Iterable[StoredMention],
    settings: Settings,
    now: datetime,
) -> list[Settlement]:
    """What to keep for `items` (pure). An answer's verdict is the one the report gives at
    `now`, in its conversation (`context`: the other messages of answered mentions'
    threads), so a follow-up answered with its question is judged from the question."""
    policy = settings.sla
    stamp = sla.policy_stamp(policy)
    kept: list[Settlement] = []
    answered: dict[str, StoredMention] = {}
    for item in items:
        if item.response is None:
            owed = sla.reply_owed(item, policy).needed
            due = sla.own_due(item, policy) if owed else None
            kept.append(Settlement(item, stamp=stamp, owed=owed, due_at=due))
        elif item.response.at <= now:
            answered[item.mention.id] = item
    if answered:
        conversation = {c.mention.id: c for c in context}
        conversation.update(answered)
        for item, state in sla_states(conversation.values(), settings, now):
            if item.mention.id in answered and state.status is SlaStatus.RESPONDED:
                kept.append(Settlement(item, verdict=state))
    return kept
