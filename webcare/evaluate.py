"""Measuring sentiment against labelled data: the numbers behind the README's claims.

Reads two layouts:
- `label<TAB>text` with a header line, label in neg/neu/pos (any case; "negative" and so
  on, English or Dutch, too); with a header, the columns may be in any order, named
  label or sentiment and text, with others beside them;
- VADER's ground-truth files, `id<TAB>mean<TAB>text` without a header, where a mean of
  0.5 or more is pos, −0.5 or less is neg, and anything between is neu.

Per file: n, macro-F1 over neg/neu/pos (averaged over the classes the gold labels use,
as scikit-learn does with `labels=` the gold classes), binary accuracy on the gold pos/neg texts (a prediction
counts when its score has the gold sign; a score of exactly 0 is a miss), and texts/s.
The analysis is the pipeline's own: language detection, then sentiment.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from webcare.errors import UsageError

LABELS = ("neg", "neu", "pos")


@dataclass(frozen=True, slots=True)
class Example:
    label: str
    text: str


@dataclass(frozen=True, slots=True)
class Score:
    file: str
    n: int
    macro_f1: float
    binary_accuracy: float | None
    """None when the file has no gold pos/neg texts."""
    texts_per_second: float
    per_label_f1: dict[str, float]


# Labels as files spell them: webcare's own, English words, Dutch words.
_SPELLED = {
    **{label: label for label in LABELS},
    "negative": "neg", "neutral": "neu", "positive": "pos",
    "negatief": "neg", "neutraal": "neu", "positief": "pos",
}  # fmt: skip


def sentiment_label(value: str) -> str | None:
    """neg/neu/pos for a label as a file spells it (any case), else None."""
    return _SPELLED.get(value.strip().lower())


def read_lines(path: Path) -> list[str]:
    """A label file's lines; a byte-order mark (a spreadsheet's UTF-8 export) is dropped."""
    try:
        return path.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"{path}: cannot read: {exc}") from None


def columns(path: Path, header: str, wanted: tuple[str, ...]) -> dict[str, int]:
    """Column name -> its index in a header line (names in any case and order, others
    beside them ignored); a UsageError names the ones missing."""
    names = [name.strip().lower() for name in header.split("\t")]
    missing = [name for name in wanted if name not in names]
    if missing:
        raise UsageError(
            f"{path}, line 1: expected the header '{'<TAB>'.join(wanted)}' "
            f"(missing {', '.join(missing)})"
        )
    return {name: names.index(name) for name in wanted}


def read_examples(path: Path) -> list[Example]:
    lines = read_lines(path)
    at: dict[str, int] | None = None
    if lines:
        names = [name.strip().lower() for name in lines[0].split("\t")]
        named = next((name for name in ("label", "sentiment") if name in names), None)
        if named is not None and "text" in names:
            found = columns(path, lines[0], (named, "text"))
            at = {"label": found[named], "text": found["text"], "width": len(names)}
    examples: list[Example] = []
    for number, line in enumerate(lines, start=1):
        if not line.strip() or (number == 1 and at is not None):
            continue
        fields = line.split("\t")
        if at is not None:
            example = _labelled(fields, at)
            if example is not None:
                examples.append(example)
                continue
        elif len(fields) >= 2 and sentiment_label(fields[0]) is not None:
            examples.append(Example(sentiment_label(fields[0]) or "", "\t".join(fields[1:])))
            continue
        elif len(fields) >= 3:
            try:
                mean = float(fields[1])
            except ValueError:
                pass
            else:
                label = "pos" if mean >= 0.5 else "neg" if mean <= -0.5 else "neu"
                examples.append(Example(label, "\t".join(fields[2:])))
                continue
        raise UsageError(
            f"{path}, line {number}: expected 'label<TAB>text' (neg/neu/pos) or 'id<TAB>mean<TAB>text'"
        )
    if not examples:
        raise UsageError(f"{path}: no labelled texts")
    return examples


def _labelled(fields: list[str], at: dict[str, int]) -> Example | None:
    """One row of a file with a header; None when its label is not one."""
    if max(at["label"], at["text"]) >= len(fields):
        return None
    label = sentiment_label(fields[at["label"]])
    if label is None:
        return None
    # The text holds tabs when it is the last column: they are the text's own.
    last = at["text"] == at["width"] - 1
    text = "\t".join(fields[at["text"] :]) if last else fields[at["text"]]
    return Example(label, text)


def macro_f1(gold: list[str], predicted: list[str]) -> tuple[float, dict[str, float]]:
    # Averaged over the classes the gold labels use: on a binary set (book reviews) a
    # neutral prediction is an error in its own class's recall, not a third zero-F1 class.
    present = [label for label in LABELS if label in gold]
    scores: dict[str, float] = {}
    for label in present:
        tp = sum(g == label and p == label for g, p in zip(gold, predicted, strict=True))
        fp = sum(g != label and p == label for g, p in zip(gold, predicted, strict=True))
        fn = sum(g == label and p != label for g, p in zip(gold, predicted, strict=True))
        scores[label] = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    return sum(scores.values()) / len(scores), scores


def evaluate_file(path: Path) -> Score:
    from webcare.analysis.language import detect_language
    from webcare.analysis.sentiment import analyse_sentiment

    examples = read_examples(path)
    # Load VADER and py3langid (both its uses) outside the timing.
    for text in ("warm up", "opwarmen", "El pedido llegó tarde y mal", "Top, thanks voor de hulp"):
        analyse_sentiment(text, detect_language(text))
    start = time.perf_counter()
    results = [analyse_sentiment(e.text, detect_language(e.text)) for e in examples]
    elapsed = time.perf_counter() - start
    gold = [e.label for e in examples]
    predicted = [r.label.value for r in results]
    f1, per_label = macro_f1(gold, predicted)
    polar = [(e.label, r.score) for e, r in zip(examples, results, strict=True) if e.label != "neu"]
    binary = (
        sum((label == "pos" and s > 0) or (label == "neg" and s < 0) for label, s in polar)
        / len(polar)
        if polar
        else None
    )
    return Score(
        str(path), len(examples), f1, binary, len(examples) / max(elapsed, 1e-9), per_label
    )


def evaluate(paths: Iterable[Path]) -> list[Score]:
    return [evaluate_file(path) for path in paths]
