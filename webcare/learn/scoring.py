"""`webcare eval labels`: the rules (or the rules with the team's model) scored on the
team's own labels, with `eval urgency`'s figures. A label may say only some things, so
each figure counts the labels that say it: the urgency figures those with a level, the
reply accuracy those with a reply, the sentiment figures those with a sentiment.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence

from webcare.evaluate import macro_f1
from webcare.evaluate_urgency import LEVELS, URGENT, UrgencyScore
from webcare.learn.data import Example
from webcare.model import Analysis


def score(name: str, examples: Sequence[Example], judged: Sequence[Analysis],
          seconds: float) -> UrgencyScore:  # fmt: skip
    """The figures for the examples' gold labels against the analyses judged of them (pure)."""
    pairs = list(zip(examples, judged, strict=True))
    confusion = {gold: dict.fromkeys(LEVELS, 0) for gold in LEVELS}
    misses, alarms = [], []
    for ex, a in pairs:
        gold = ex.gold.get("level")
        if gold is None:
            continue
        said = a.urgency.level.value
        confusion[gold][said] += 1
        if gold in URGENT and said not in URGENT:
            misses.append(ex.id)
        if gold not in URGENT and said in URGENT:
            alarms.append(ex.id)
    gold_urgent = sum(confusion[g][p] for g in URGENT for p in LEVELS)
    said_urgent = sum(confusion[g][p] for g in LEVELS for p in URGENT)
    hits = sum(confusion[g][p] for g in URGENT for p in URGENT)
    replies = [
        (ex.gold["reply"] == "yes") == a.needs_reply for ex, a in pairs if "reply" in ex.gold
    ]
    feelings = [
        (ex.gold["sentiment"], a.sentiment.label.value) for ex, a in pairs if "sentiment" in ex.gold
    ]
    f1 = macro_f1([g for g, _ in feelings], [p for _, p in feelings])[0] if feelings else None
    return UrgencyScore(
        file=name,
        n=len(pairs),
        urgent_recall=hits / gold_urgent if gold_urgent else None,
        urgent_precision=hits / said_urgent if said_urgent else None,
        confusion=confusion,
        needs_reply_accuracy=sum(replies) / len(replies) if replies else None,
        sentiment_macro_f1=f1,
        texts_per_second=len(pairs) / max(seconds, 1e-9),
        misses=misses,
        false_alarms=alarms,
        sentiment_accuracy=sum(g == p for g, p in feelings) / len(feelings) if feelings else None,
    )


def evaluate(name: str, examples: Sequence[Example],
             judge: Callable[[Example], Analysis]) -> UrgencyScore:  # fmt: skip
    start = time.perf_counter()
    judged = [judge(ex) for ex in examples]
    return score(name, examples, judged, time.perf_counter() - start)
