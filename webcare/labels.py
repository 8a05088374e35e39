"""People's corrections of webcare's judgement (`webcare label`), as data, and what one
does to an analysis. Pure: the store keeps them, `webcare.learn` learns from them.

A correction sets any of four things a person can judge at a glance: the sentiment
label, the urgency level, the urgent category (`none`: nothing urgent) and whether a
reply is needed. What the person did not say follows from what they did, as the rules
would have it: an urgent mention needs a reply; one that needs no reply is low; one that
does is at least normal.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from webcare.errors import UsageError
from webcare.model import Analysis, Sentiment, SentimentLabel, Urgency, UrgencyLevel

NO_CATEGORY = "none"
"""`--category none`: nothing urgent, whatever the rules matched."""
REPLY_VALUES = {"yes": True, "no": False}
LABEL_SCORE = {SentimentLabel.NEG: -0.5, SentimentLabel.NEU: 0.0, SentimentLabel.POS: 0.5}
"""The score a changed sentiment label gets, so that ranking ('negative (-0.50)') and
routing follow the label: a person's neg is as strong as the rules' strongly negative."""
URGENT = (UrgencyLevel.CRITICAL, UrgencyLevel.HIGH)


@dataclass(frozen=True, slots=True)
class Correction:
    """What one person said about one mention; None: they did not say."""

    sentiment: SentimentLabel | None = None
    urgency: UrgencyLevel | None = None
    category: str | None = None
    """An urgency category, or `none`."""
    needs_reply: bool | None = None

    @property
    def empty(self) -> bool:
        return (self.sentiment, self.urgency, self.category, self.needs_reply) == (None,) * 4

    def fields(self) -> dict[str, Any]:
        """What was said, as the machine formats and an access request carry it."""
        return {
            "sentiment": self.sentiment.value if self.sentiment else None,
            "urgency": self.urgency.value if self.urgency else None,
            "category": self.category,
            "needs_reply": self.needs_reply,
        }


@dataclass(frozen=True, slots=True)
class Judged:
    """The four things a label can set, as they stood."""

    sentiment: str
    urgency: str
    categories: tuple[str, ...]
    needs_reply: bool

    @classmethod
    def of(cls, analysis: Analysis) -> Judged:
        return cls(
            analysis.sentiment.label.value,
            analysis.urgency.level.value,
            analysis.urgency.categories,
            analysis.needs_reply,
        )

    @property
    def category(self) -> str:
        """The most urgent category when urgent, else `none`: what a label's category says."""
        urgent = self.urgency in (UrgencyLevel.CRITICAL.value, UrgencyLevel.HIGH.value)
        return self.categories[0] if urgent and self.categories else NO_CATEGORY


@dataclass(frozen=True, slots=True)
class Label:
    """A stored correction: who, when, what they said, and what it was right before."""

    mention_id: str
    by: str | None
    at: datetime
    note: str | None
    correction: Correction
    before: Judged
    text: str = ""
    """The mention's text (for learning and scoring)."""
    rating: int | None = None
    source: str = ""


def parse(
    *,
    sentiment: str | None,
    urgency: str | None,
    category: str | None,
    reply: str | None,
    categories: Iterable[str],
) -> Correction:
    """The options of `webcare label`, checked; a bad value is one line naming the choices."""
    known = [*categories, NO_CATEGORY]

    def choose(option: str, value: str, choices: Sequence[str]) -> str:
        folded = value.strip().lower()
        if folded not in choices:
            raise UsageError(f"{option} {value!r} is not one of {', '.join(choices)}")
        return folded

    correction = Correction(
        sentiment=SentimentLabel(choose("--sentiment", sentiment, list(SentimentLabel)))
        if sentiment is not None
        else None,
        urgency=UrgencyLevel(choose("--urgency", urgency, list(UrgencyLevel)))
        if urgency is not None
        else None,
        category=choose("--category", category, known) if category is not None else None,
        needs_reply=REPLY_VALUES[choose("--reply", reply, list(REPLY_VALUES))]
        if reply is not None
        else None,
    )
    if correction.empty:
        raise UsageError("label: say what is right: --sentiment, --urgency, --category or --reply")
    return correction


def changes(before: Judged, correction: Correction) -> str:
    """`sentiment pos -> neg; urgency normal -> high`: what a correction said, against what was."""
    parts = []
    if correction.sentiment is not None:
        parts.append(f"sentiment {before.sentiment} -> {correction.sentiment.value}")
    if correction.urgency is not None:
        parts.append(f"urgency {before.urgency} -> {correction.urgency.value}")
    if correction.category is not None:
        was = ", ".join(before.categories) or NO_CATEGORY
        parts.append(f"category {was} -> {correction.category}")
    if correction.needs_reply is not None:
        yes_no = {True: "yes", False: "no"}
        parts.append(f"reply {yes_no[before.needs_reply]} -> {yes_no[correction.needs_reply]}")
    return "; ".join(parts)


def corrected(analysis: Analysis, correction: Correction, who: str) -> Analysis:
    """The analysis with a person's correction applied (the route is the caller's to redo)."""
    sentiment = analysis.sentiment
    if correction.sentiment is not None:
        label = correction.sentiment
        score = sentiment.score if sentiment.label is label else LABEL_SCORE[label]
        sentiment = Sentiment(score, label, (f"labelled {label.value} by {who}", *sentiment.words))
    urgency = analysis.urgency
    categories = urgency.categories
    if correction.category is not None:
        rest = tuple(c for c in categories if c != correction.category)
        categories = () if correction.category == NO_CATEGORY else (correction.category, *rest)
    needs_reply = analysis.needs_reply
    reply_reason = analysis.needs_reply_reason
    level = urgency.level
    if correction.needs_reply is not None:
        needs_reply = correction.needs_reply
        reply_reason = f"labelled by {who}: {'reply needed' if needs_reply else 'no reply needed'}"
    if correction.urgency is not None:
        level = correction.urgency
        if level in URGENT and correction.needs_reply is None and not needs_reply:
            needs_reply, reply_reason = True, f"labelled {level.value} by {who}: urgent, so a reply"
    elif correction.needs_reply is False:
        level = UrgencyLevel.LOW
    elif correction.needs_reply is True and level is UrgencyLevel.LOW:
        level = UrgencyLevel.NORMAL
    reasons = urgency.reasons
    if level is not urgency.level or categories != urgency.categories:
        said = level.value + (f": {categories[0]}" if categories else "")
        reasons = (f"labelled {said} by {who}", *reasons)
    return replace(
        analysis,
        sentiment=sentiment,
        urgency=Urgency(level, reasons, categories),
        needs_reply=needs_reply,
        needs_reply_reason=reply_reason,
    )


def gold(labels: Iterable[Label]) -> dict[str, Label]:
    """Per mention, what its labels say together: a later label's fields override an
    earlier one's, a field a later one leaves out stays. The latest label carries the
    who and when; `before` is the machine's, from the first."""
    merged: dict[str, Label] = {}
    for label in sorted(labels, key=lambda one: one.at):
        earlier = merged.get(label.mention_id)
        if earlier is None:
            merged[label.mention_id] = label
            continue
        c, e = label.correction, earlier.correction
        merged[label.mention_id] = replace(
            label,
            before=earlier.before,
            correction=Correction(
                c.sentiment if c.sentiment is not None else e.sentiment,
                c.urgency if c.urgency is not None else e.urgency,
                c.category if c.category is not None else e.category,
                c.needs_reply if c.needs_reply is not None else e.needs_reply,
            ),
        )
    return merged
