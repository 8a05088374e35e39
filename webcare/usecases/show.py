"""One mention in full, and its SLA clock's walk, as the report sees it at `now`."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from webcare import report, sla
from webcare.model import Ranked, StoredMention
from webcare.render.base import ShowView
from webcare.settings import Settings
from webcare.store import Store
from webcare.textutil import one_line
from webcare.usecases.report import floor_query, incident_history


def show(settings: Settings, store: Store, now: datetime, given: str) -> ShowView:
    """The mention's record (its conversation's clock, its rank on the floor, its incident),
    what people did to it, and the same author's other mentions."""
    item = store.get(given)
    others = (
        store.by_author(item.mention.author, exclude=item.mention.id) if item.mention.author else []
    )
    actions = store.actions(item.mention.id)
    conversation = store.thread(item.thread_id) if item.thread_id else []
    on_floor = store.query(floor_query(settings, now))
    listing = report.build_report(
        on_floor, settings, now=now, generated_at=now, history=incident_history(store, now)
    )
    member_of = {member: inc.id for inc in listing.incidents for member in inc.members}
    ranks = report.floor_ranks(on_floor, settings, now)
    weights = report.topic_weights(settings)

    def record_of(one: StoredMention, thread: list[StoredMention]) -> dict[str, Any]:
        state = report.state_in_conversation(one, thread, settings, now)
        priority = report.with_rank(one, state, weights, ranks.get(one.mention.id))
        return report.mention_record(Ranked(one, state, priority, member_of.get(one.mention.id)))

    return ShowView(
        record_of(item, conversation),
        actions,
        [record_of(other, []) for other in others],
        settings.brand.timezone,
    )


def explain(settings: Settings, store: Store, now: datetime, given: str) -> list[str]:
    """The clock's walk in plain words, with the conversation's next-reply clock."""
    item = store.get(given)
    conversation = store.thread(item.thread_id) if item.thread_id else []
    state = report.state_in_conversation(item, conversation, settings, now)
    header = f"{item.mention.id} · {item.mention.channel.value} · {one_line(item.mention.source)}"
    return [header, *sla.explain(item, state, settings.sla, now)]
