"""Measuring urgency and needs-reply against labelled data: `webcare eval urgency`.

Reads TSVs with the header `id urgency needs_reply category sentiment text` (in any
order, other columns ignored): tab-separated, no quoting (texts may hold `"`). urgency is
critical/high/normal/low, needs_reply yes/no, sentiment neg/neu/pos (any case; "negative"
and so on too); category is free text (reported, not scored).

Per file: n; recall and precision of critical+high taken as one positive class (what a
webcare lead must not miss, and must not be flooded with); a confusion table of gold
levels (rows) against predicted ones (columns); needs-reply accuracy; sentiment macro-F1
on the same texts; texts/s. The analysis is the pipeline's own `analyse`, rules only, or
with the team's learned model beside them (`eval urgency --model`).
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from webcare.errors import UsageError
from webcare.evaluate import columns, macro_f1, read_lines, row_fields, sentiment_label

if TYPE_CHECKING:
    from webcare.learn.model import LearnedModel

LEVELS = ("critical", "high", "normal", "low")
URGENT = frozenset({"critical", "high"})
HEADER = ("id", "urgency", "needs_reply", "category", "sentiment", "text")
# yes/no as people and spreadsheets write them (Dutch teams too).
_REPLY = dict.fromkeys(("yes", "y", "true", "1", "ja", "j"), True) | dict.fromkeys(
    ("no", "n", "false", "0", "nee"), False
)


@dataclass(frozen=True, slots=True)
class Labelled:
    id: str
    urgency: str
    needs_reply: bool
    category: str
    sentiment: str
    text: str


@dataclass(frozen=True, slots=True)
class Predicted:
    urgency: str
    needs_reply: bool
    sentiment: str


@dataclass(frozen=True, slots=True)
class UrgencyScore:
    file: str
    n: int
    urgent_recall: float | None
    """Of the gold critical+high texts, the share predicted critical or high (None: none)."""
    urgent_precision: float | None
    """Of the texts predicted critical or high, the share that are (None: none predicted)."""
    confusion: dict[str, dict[str, int]]
    """Gold level -> predicted level -> count, every level present."""
    needs_reply_accuracy: float | None
    """None: no needs-reply label to score (a team's labels may say only some things)."""
    sentiment_macro_f1: float | None
    texts_per_second: float
    misses: list[str] = field(default_factory=list)
    """Ids of gold critical+high texts predicted normal or low."""
    false_alarms: list[str] = field(default_factory=list)
    """Ids of gold normal or low texts predicted critical or high."""
    sentiment_accuracy: float | None = None
    """Share of texts whose sentiment label is the gold one (3 classes)."""


def read_labelled(path: Path) -> list[Labelled]:
    """The rows of one label file; a bad row is a UsageError naming the file and line.

    Forgiving of what a spreadsheet's export does to a file: a byte-order mark, the
    columns in another order or with more beside them, labels in capitals or spelled out
    ("High", "Yes", "negative"), and a text holding tabs when it is the last column."""
    lines = read_lines(path)
    if not lines:
        raise UsageError(f"{path}: no labelled texts")
    at = columns(path, lines[0], HEADER)
    width = len(lines[0].split("\t"))
    rows: list[Labelled] = []
    for number, line in enumerate(lines[1:], start=2):
        if not line.strip():
            continue
        fields = row_fields(line, width, at["text"])
        if len(fields) != width:
            raise UsageError(
                f"{path}, line {number}: expected {width} tab-separated fields, got {len(fields)}"
            )
        urgency = fields[at["urgency"]].strip().lower()
        reply = fields[at["needs_reply"]].strip().lower()
        sentiment = fields[at["sentiment"]].strip().lower()
        if urgency not in LEVELS:
            raise UsageError(
                f"{path}, line {number}: urgency {fields[at['urgency']]!r} is not one of {', '.join(LEVELS)}"
            )
        if reply not in _REPLY:
            raise UsageError(
                f"{path}, line {number}: needs_reply {fields[at['needs_reply']]!r} is not yes or no"
            )
        if sentiment_label(sentiment) is None:
            raise UsageError(
                f"{path}, line {number}: sentiment {fields[at['sentiment']]!r} is not one of neg, neu, pos"
            )
        rows.append(
            Labelled(
                fields[at["id"]].strip(),
                urgency,
                _REPLY[reply],
                fields[at["category"]].strip(),
                sentiment_label(sentiment) or sentiment,
                fields[at["text"]],
            )
        )
    if not rows:
        raise UsageError(f"{path}: no labelled texts")
    return rows


def score(
    file: str, rows: list[Labelled], predicted: list[Predicted], seconds: float
) -> UrgencyScore:
    """The figures for one file's gold rows and the predictions for them (pure)."""
    confusion = {gold: dict.fromkeys(LEVELS, 0) for gold in LEVELS}
    for row, guess in zip(rows, predicted, strict=True):
        confusion[row.urgency][guess.urgency] += 1
    gold_urgent = sum(confusion[g][p] for g in URGENT for p in LEVELS)
    predicted_urgent = sum(confusion[g][p] for g in LEVELS for p in URGENT)
    hits = sum(confusion[g][p] for g in URGENT for p in URGENT)
    replies = sum(r.needs_reply == p.needs_reply for r, p in zip(rows, predicted, strict=True))
    f1, _ = macro_f1([r.sentiment for r in rows], [p.sentiment for p in predicted])
    same_sentiment = sum(r.sentiment == p.sentiment for r, p in zip(rows, predicted, strict=True))
    pairs = list(zip(rows, predicted, strict=True))
    return UrgencyScore(
        file=file,
        n=len(rows),
        urgent_recall=hits / gold_urgent if gold_urgent else None,
        urgent_precision=hits / predicted_urgent if predicted_urgent else None,
        confusion=confusion,
        needs_reply_accuracy=replies / len(rows),
        sentiment_macro_f1=f1,
        texts_per_second=len(rows) / max(seconds, 1e-9),
        misses=[r.id for r, p in pairs if r.urgency in URGENT and p.urgency not in URGENT],
        false_alarms=[r.id for r, p in pairs if r.urgency not in URGENT and p.urgency in URGENT],
        sentiment_accuracy=same_sentiment / len(rows),
    )


def evaluate_file(
    path: Path, model: LearnedModel | None = None, handles: tuple[str, ...] = ()
) -> UrgencyScore:
    """`model`: the team's learned model beside the rules, as new mentions get it (the
    file's name then says `+ learned model`). `handles`: the brand's own accounts, as
    `[brand] handles` (they tell a reply to another person in a thread)."""
    from webcare.analysis import analyse
    from webcare.learn.apply import adjust
    from webcare.settings import Settings

    rows = read_labelled(path)
    settings = Settings()
    if handles:
        settings = replace(settings, brand=replace(settings.brand, handles=handles))
    # Load VADER, the rules and py3langid (both its uses) outside the timing.
    for text in ("warm up", "opwarmen", "El pedido llegó tarde y mal", "Top, thanks voor de hulp"):
        analyse(text, settings)
    start = time.perf_counter()
    analyses = [adjust(analyse(row.text, settings), row.text, None, model) for row in rows]
    elapsed = time.perf_counter() - start
    predicted = [
        Predicted(a.urgency.level.value, a.needs_reply, a.sentiment.label.value) for a in analyses
    ]
    name = f"{path} + learned model" if model is not None else str(path)
    return score(name, rows, predicted, elapsed)


def evaluate(
    paths: Iterable[Path], model: LearnedModel | None = None, handles: tuple[str, ...] = ()
) -> list[UrgencyScore]:
    return [evaluate_file(path, model, handles) for path in paths]
