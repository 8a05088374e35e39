"""`webcare label` and `webcare labels`: a person corrects webcare's judgement of a mention,
and the team's corrections listed."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Any

from webcare import labels
from webcare.errors import StoreError
from webcare.labels import Correction, Judged, Label
from webcare.model import Analysis, Route, StoredMention
from webcare.settings import Settings
from webcare.store import Store
from webcare.store.records import AckResult
from webcare.timeparse import iso_utc


def categories(settings: Settings) -> list[str]:
    """The urgency categories a label may name: the built-ins and the config's, in force."""
    from webcare.analysis import urgency as urgency_rules

    return [c.name for c in urgency_rules.ruleset(settings.urgency).categories]


def rerouted(item: StoredMention, analysis: Analysis, settings: Settings) -> Analysis:
    """The route the corrected judgement calls for, as the analysis decides it."""
    from webcare.analysis import topics as topic_rules
    from webcare.analysis import urgency as urgency_rules
    from webcare.analysis.route import decide_route

    if not analysis.needs_reply:
        return replace(analysis, route=Route.AUTOMATE, route_reason=analysis.needs_reply_reason)
    rules = urgency_rules.ruleset(settings.urgency)
    source = next((s for s in settings.sources if s.name == item.mention.source), None)
    decision = decide_route(
        item.mention.text,
        analysis.sentiment,
        analysis.urgency,
        rating=item.mention.rating,
        source_value=source.value if source is not None else None,
        topics=analysis.topics,
        settings=settings.route,
        emotional_categories=rules.emotional,
        monetary_categories=rules.monetary,
        human_categories=rules.human,
        monetary_topics=topic_rules.ruleset(settings.topics).monetary,
    )
    return replace(analysis, route=decision.route, route_reason=decision.reason)


def label(
    settings: Settings,
    store: Store,
    given: str,
    correction: Correction,
    *,
    by: str | None,
    at: datetime,
    note: str | None,
) -> AckResult:
    """Record the correction and apply it to the mention at once. Worked out from the
    mention as stored, and again when a colleague's label changed it meanwhile, so two
    people labelling one mention at once both count (neither undoes the other)."""
    for _ in range(ATTEMPTS):
        item = store.get(given)  # an unknown id is a NotFoundError, as for ack
        corrected = labels.corrected(item.analysis, correction, by or "someone")
        after = rerouted(item, corrected, settings)
        before = Judged.of(item.analysis)
        result = store.label(item.mention.id, correction, before, after, by=by, at=at, note=note)
        if result is not None:
            return result
    raise StoreError(
        f"could not label {item.mention.id[:8]}: others kept labelling it at the same time; "
        "try again"
    )


ATTEMPTS = 20
"""How often a label is worked out again while others' labels keep changing its mention."""


def record(one: Label) -> dict[str, Any]:
    """One correction as the machine formats carry it."""
    return {
        "mention_id": one.mention_id,
        "at": iso_utc(one.at),
        "by": one.by,
        **one.correction.fields(),
        "was": {
            "sentiment": one.before.sentiment,
            "urgency": one.before.urgency,
            "categories": list(one.before.categories),
            "needs_reply": one.before.needs_reply,
        },
        "note": one.note,
        "source": one.source,
        "text": one.text,
    }


def listed(store: Store, mention: str | None = None) -> list[dict[str, Any]]:
    """Every correction (or one mention's), oldest first."""
    resolved = store.resolve_id(mention) if mention is not None else None
    return [record(one) for one in store.labels(resolved)]
