"""What the learned model sees of a text: hashed word and character n-grams, and the rules'
own judgement. Pure, and deterministic across runs and machines (CRC-32, no salt).

  words       lower-cased word unigrams and bigrams (emoji count as words)
  characters  3- to 5-grams inside each word padded with a space ("ik" -> " ik ")
  rules       the rules' sentiment label and score, urgency level, its most urgent
              category, whether a reply is needed, the star rating, the language

The n-gram block is scaled to unit length, so a long review weighs no more than a tweet;
each rules feature is worth 1 (the score its value). Feature names are hashed into
`DIMENSION` buckets (`hash_of`); a model keeps only the buckets it saw in training.
"""

from __future__ import annotations

import functools
import math
import re
import zlib
from collections import Counter
from dataclasses import dataclass

from webcare.model import Analysis, UrgencyLevel

DIMENSION = 1 << 22
"""Hash buckets: collisions are rare among the few ten thousand names a team's labels hold."""
WORD_NGRAMS = (1, 2)
CHAR_NGRAMS = (3, 5)
HASHING = {
    "hash": "crc32",
    "dimension": DIMENSION,
    "word_ngrams": list(WORD_NGRAMS),
    "char_ngrams": list(CHAR_NGRAMS),
    "char_scope": "within words",
    "normalise": "l2 over n-grams",
}
"""The hashing parameters, kept with each model: a model trained otherwise is not used."""

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*|[\U0001F300-\U0001FAFF\u2600-\u27BF]", re.UNICODE)
_URGENT = (UrgencyLevel.CRITICAL, UrgencyLevel.HIGH)


@dataclass(frozen=True, slots=True)
class Features:
    """One text's features: bucket numbers and their values."""

    buckets: tuple[int, ...]
    values: tuple[float, ...]


@functools.lru_cache(maxsize=1 << 16)
def hash_of(name: str) -> int:
    return zlib.crc32(name.encode("utf-8")) % DIMENSION


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def ngram_names(text: str) -> Counter[str]:
    tokens = words(text)
    names: Counter[str] = Counter()
    for n in range(WORD_NGRAMS[0], WORD_NGRAMS[1] + 1):
        for i in range(len(tokens) - n + 1):
            names["w:" + " ".join(tokens[i : i + n])] += 1
    low, high = CHAR_NGRAMS
    for token in tokens:
        padded = f" {token} "
        for n in range(low, high + 1):
            for i in range(len(padded) - n + 1):
                names["c:" + padded[i : i + n]] += 1
    return names


def rules_names(analysis: Analysis, rating: int | None) -> dict[str, float]:
    urgency = analysis.urgency
    category = urgency.categories[0] if urgency.level in _URGENT and urgency.categories else "none"
    return {
        "r:bias": 1.0,
        f"r:sentiment={analysis.sentiment.label.value}": 1.0,
        "r:score": analysis.sentiment.score,
        f"r:urgency={urgency.level.value}": 1.0,
        f"r:urgent={urgency.level in _URGENT}": 1.0,
        f"r:category={category}": 1.0,
        f"r:reply={analysis.needs_reply}": 1.0,
        f"r:rating={rating if rating is not None else '-'}": 1.0,
        f"r:language={analysis.language}": 1.0,
    }


def features(text: str, analysis: Analysis, rating: int | None = None) -> Features:
    """The text's n-grams (unit length) and the rules' judgement, hashed. Names that hash
    to one bucket add up."""
    counts = ngram_names(text)
    norm = math.sqrt(sum(v * v for v in counts.values())) or 1.0
    merged: dict[int, float] = {}
    for name, count in counts.items():
        bucket = hash_of(name)
        merged[bucket] = merged.get(bucket, 0.0) + count / norm
    for name, value in rules_names(analysis, rating).items():
        bucket = hash_of(name)
        merged[bucket] = merged.get(bucket, 0.0) + value
    ordered = sorted(merged)
    return Features(tuple(ordered), tuple(merged[b] for b in ordered))
