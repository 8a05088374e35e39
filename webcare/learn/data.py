"""The examples a model learns from and is scored on: a text, the rules' analysis of it
(re-analysed now, rules alone) and the gold value of each target a person gave.

From the store: each labelled mention once, its labels merged (`labels.gold`). From a
label file (`webcare eval urgency`'s format: id, urgency, needs_reply, category,
sentiment, text): every row gives all four targets. A file's categories are the
annotation scheme's (`fraud_security`, `billing`, `praise`, …); webcare's categories
name only what makes a mention urgent, so a row's category counts as webcare's
equivalent when the row is critical or high (`FILE_CATEGORIES`) and as `none` otherwise.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from webcare.evaluate_urgency import URGENT, Labelled, read_labelled
from webcare.labels import NO_CATEGORY, Label, gold
from webcare.learn.targets import NO, YES
from webcare.model import Analysis
from webcare.settings import Settings

FILE_CATEGORIES: Mapping[str, str] = {
    "safety": "safety",
    "health": "health",
    "fraud_security": "fraud",
    "billing": "money",
    "outage": "outage",
    "account": "blocked",
    "travel_disruption": "travel",
    "churn": "churn",
    "legal": "legal",
    "escalation": "escalation",
    "service": "anger",
}
"""A label file's category of an urgent row -> webcare's urgency category. An urgent row
of another category (an urgent `product_quality` or `delivery`) counts as `none`."""


@dataclass(frozen=True, slots=True)
class Example:
    id: str
    text: str
    rating: int | None
    rules: Analysis
    """The rules' analysis of the text, nothing learned."""
    gold: dict[str, str] = field(default_factory=dict)
    """Target name -> gold value, for the targets a person gave; `level` is the urgency level."""


def _file_gold(row: Labelled) -> dict[str, str]:
    urgent = row.urgency in URGENT
    return {
        "reply": YES if row.needs_reply else NO,
        "urgent": YES if urgent else NO,
        "category": FILE_CATEGORIES.get(row.category, NO_CATEGORY) if urgent else NO_CATEGORY,
        "sentiment": row.sentiment,
        "level": row.urgency,
    }


def from_files(paths: Iterable[Path], settings: Settings) -> list[Example]:
    """Every row of the label files (a bad row is a UsageError naming file and line)."""
    from webcare.analysis import analyse

    examples = []
    for path in paths:
        for row in read_labelled(path):
            rules = analyse(row.text, settings)
            examples.append(
                Example(f"{path.name}:{row.id}", row.text, None, rules, _file_gold(row))
            )
    return examples


def from_labels(labels: Iterable[Label], settings: Settings) -> list[Example]:
    """Each labelled mention once, with what its labels say together."""
    from webcare.analysis import analyse

    values = {source.name: source.value for source in settings.sources}
    examples = []
    for mention, one in gold(labels).items():
        c = one.correction
        said: dict[str, str] = {}
        if c.needs_reply is not None:
            said["reply"] = YES if c.needs_reply else NO
        if c.urgency is not None:
            said["level"] = c.urgency.value
            said["urgent"] = YES if c.urgency.value in URGENT else NO
        if c.category is not None:
            said["category"] = c.category
        elif c.urgency is not None and c.urgency.value not in URGENT:
            said["category"] = NO_CATEGORY
        if c.sentiment is not None:
            said["sentiment"] = c.sentiment.value
        rules = analyse(one.text, settings, rating=one.rating, source_value=values.get(one.source))
        examples.append(Example(mention, one.text, one.rating, rules, said))
    return examples
