"""What the learned model may judge, one target at a time: how each reads a gold label and
the rules' analysis, how its prediction changes an analysis, and the figure that decides
whether it beats the rules. Pure.

  reply      needs a reply, yes/no                      figure: accuracy
  urgent     critical or high, yes/no                   figure: F1 of urgent (recall and
                                                        precision of critical+high)
  category   the most urgent category, or none          figure: accuracy
  sentiment  neg/neu/pos                                figure: macro-F1

A prediction changes an analysis only where it disagrees with the rules, and says so
(`learned model: …` in the urgency reasons, the sentiment words or the reply reason).
A model never lowers a critical mention (a safety or health match stays critical), and
an urgent mention always needs a reply.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from webcare.evaluate import macro_f1
from webcare.labels import LABEL_SCORE, NO_CATEGORY, URGENT, Judged
from webcare.model import Analysis, Route, Sentiment, SentimentLabel, Urgency, UrgencyLevel

PREFIX = "learned model"
FIGURE_NAMES = {"accuracy": "accuracy", "f1": "F1 urgent", "macro_f1": "macro-F1"}
"""How people read each deciding figure."""
YES, NO = "yes", "no"


def _said(value: str, p: float) -> str:
    return f"{PREFIX}: {value} ({p:.2f})"


def reply_of(a: Analysis) -> str:
    return YES if a.needs_reply else NO


def urgent_of(a: Analysis) -> str:
    return YES if a.urgency.level in URGENT else NO


def category_of(a: Analysis) -> str:
    return Judged.of(a).category


def sentiment_of(a: Analysis) -> str:
    return a.sentiment.label.value


def apply_reply(a: Analysis, value: str, p: float) -> Analysis:
    needed = value == YES
    if needed == a.needs_reply or (not needed and a.urgency.level in URGENT):
        return a
    reason = _said("reply needed" if needed else "no reply needed", p)
    level = a.urgency.level
    if not needed:
        level = UrgencyLevel.LOW
    elif level is UrgencyLevel.LOW:
        level = UrgencyLevel.NORMAL
    urgency = a.urgency if level is a.urgency.level else Urgency(level, (reason,), ())
    route = (Route.AUTOMATE, reason) if not needed else (a.route, a.route_reason)
    return replace(
        a,
        needs_reply=needed,
        needs_reply_reason=reason,
        urgency=urgency,
        route=route[0],
        route_reason=route[1],
    )


def apply_urgent(a: Analysis, value: str, p: float) -> Analysis:
    urgent = value == YES
    level = a.urgency.level
    if urgent == (level in URGENT) or level is UrgencyLevel.CRITICAL:
        return a
    if urgent:
        reason = _said("urgent", p)
        return replace(
            a,
            urgency=Urgency(UrgencyLevel.HIGH, (reason, *a.urgency.reasons), a.urgency.categories),
            needs_reply=True,
            needs_reply_reason=a.needs_reply_reason if a.needs_reply else reason,
        )
    new = UrgencyLevel.NORMAL if a.needs_reply else UrgencyLevel.LOW
    reasons = (_said("not urgent", p), *(f"rules said {r}" for r in a.urgency.reasons))
    return replace(a, urgency=Urgency(new, reasons, a.urgency.categories))


def apply_category(a: Analysis, value: str, p: float) -> Analysis:
    if value == category_of(a):
        return a
    rest = tuple(c for c in a.urgency.categories if c != value)
    categories = rest if value == NO_CATEGORY else (value, *rest)
    if value == NO_CATEGORY and a.urgency.level in URGENT:
        categories = ()
    reason = _said(f"category {value}", p)
    return replace(a, urgency=Urgency(a.urgency.level, (reason, *a.urgency.reasons), categories))


def apply_sentiment(a: Analysis, value: str, p: float) -> Analysis:
    label = SentimentLabel(value)
    if label is a.sentiment.label:
        return a
    words = (_said(label.value, p), *a.sentiment.words)
    return replace(a, sentiment=Sentiment(LABEL_SCORE[label], label, words))


def accuracy(gold: Sequence[str], predicted: Sequence[str]) -> float:
    return sum(g == p for g, p in zip(gold, predicted, strict=True)) / max(1, len(gold))


def urgent_figures(gold: Sequence[str], predicted: Sequence[str]) -> dict[str, float | None]:
    hits = sum(g == YES and p == YES for g, p in zip(gold, predicted, strict=True))
    gold_yes = sum(g == YES for g in gold)
    said_yes = sum(p == YES for p in predicted)
    recall = hits / gold_yes if gold_yes else None
    precision = hits / said_yes if said_yes else None
    f1 = 2 * hits / (gold_yes + said_yes) if gold_yes + said_yes else 0.0
    return {"f1": f1, "recall": recall, "precision": precision}


def sentiment_figures(gold: Sequence[str], predicted: Sequence[str]) -> dict[str, float | None]:
    f1, _ = macro_f1(list(gold), list(predicted))
    return {"macro_f1": f1, "accuracy": accuracy(gold, predicted)}


@dataclass(frozen=True, slots=True)
class Target:
    name: str
    figure: str
    """The figure that decides: the first of `figures`."""
    of: Callable[[Analysis], str]
    apply: Callable[[Analysis, str, float], Analysis]
    figures: Callable[[Sequence[str], Sequence[str]], dict[str, float | None]]
    min_labels: int
    """Fewer labels than this: too few to say, the rules stay."""
    balanced: bool = True


TARGETS: tuple[Target, ...] = (
    Target("reply", "accuracy", reply_of, apply_reply,
           lambda g, p: {"accuracy": accuracy(g, p)}, 30, balanced=False),
    Target("urgent", "f1", urgent_of, apply_urgent, urgent_figures, 30),
    Target("category", "accuracy", category_of, apply_category,
           lambda g, p: {"accuracy": accuracy(g, p)}, 60),
    Target("sentiment", "macro_f1", sentiment_of, apply_sentiment, sentiment_figures, 30),
)  # fmt: skip
"""In the order a model applies them: reply before urgency (which may overrule it)."""
BY_NAME = {target.name: target for target in TARGETS}
