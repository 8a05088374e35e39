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


def header_names(header: str) -> list[str]:
    """A header line's column names, as the readers compare them (stripped, lower case)."""
    return [name.strip().lower() for name in header.split("\t")]


def columns(path: Path, header: str, wanted: tuple[str, ...]) -> dict[str, int]:
    """Column name -> its index in a header line (names in any case and order, others
    beside them ignored); a UsageError names the ones missing."""
    names = header_names(header)
    missing = [name for name in wanted if name not in names]
    if missing:
        raise UsageError(
            f"{path}, line 1: expected the header '{'<TAB>'.join(wanted)}' "
            f"(missing {', '.join(missing)})"
        )
    return {name: names.index(name) for name in wanted}


def row_fields(line: str, width: int, text_at: int) -> list[str]:
    """A row's fields under a header of `width` columns: a text in the last column keeps
    its tabs (they are the text's own, as the format has no quoting)."""
    fields = line.split("\t")
    if len(fields) > width and text_at == width - 1:
        fields[width - 1 :] = ["\t".join(fields[width - 1 :])]
    return fields


def read_examples(path: Path) -> list[Example]:
    lines = read_lines(path)
    names = header_names(lines[0]) if lines else []
    named = next((name for name in ("label", "sentiment") if name in names), None)
    # Where a header names them: the label's column and the text's.
    at = (names.index(named), names.index("text")) if named and "text" in names else None
    examples: list[Example] = []
    for number, line in enumerate(lines, start=1):
        if not line.strip() or (number == 1 and at is not None):
            continue
        fields = line.split("\t")
        if at is not None:
            label_at, text_at = at
            fields = row_fields(line, len(names), text_at)
            label = sentiment_label(fields[label_at]) if label_at < len(fields) else None
            if label is not None and text_at < len(fields):
                examples.append(Example(label, fields[text_at]))
                continue
        elif len(fields) >= 2 and (label := sentiment_label(fields[0])) is not None:
            examples.append(Example(label, "\t".join(fields[1:])))
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
