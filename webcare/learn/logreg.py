"""Multinomial logistic regression on sparse hashed features, in numpy. Pure and
deterministic: full-batch Adam from zero weights, a fixed number of steps (80 reach the optimum
within 0.2% of the loss), no sampling.

The weights cover only the buckets seen in training (`buckets`, sorted), so a model of a
few hundred labels is a few ten thousand rows, whatever the hash's dimension. Classes are
weighted inversely to their frequency when asked (`balanced`), as scikit-learn's
`class_weight="balanced"` does, so a rare class (urgent) is not drowned by a common one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from webcare.learn.features import Features

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

L2 = 1e-3
"""Weight decay per example: strong enough that a few hundred labels do not overfit."""
STEPS = 80
LEARNING_RATE = 0.1


@dataclass(frozen=True, slots=True)
class Weights:
    """A trained classifier: its classes, the buckets it knows and a weight per bucket and class."""

    classes: tuple[str, ...]
    buckets: NDArray[np.int64]
    weights: NDArray[np.float32]
    """Shape (len(buckets), len(classes))."""


class _Csr:
    """Rows of features over the known buckets (unknown ones dropped), laid out twice: by
    row for the logits, by column for the gradient, so each is one `reduceat` pass."""

    def __init__(self, rows: Sequence[Features], buckets: NDArray[np.int64]) -> None:
        import numpy as np

        flat = np.fromiter((b for f in rows for b in f.buckets), dtype=np.int64)
        vals = np.fromiter((v for f in rows for v in f.values), dtype=np.float64)
        lengths = np.fromiter((len(f.buckets) for f in rows), dtype=np.int64, count=len(rows))
        row_of = np.repeat(np.arange(len(rows)), lengths)
        cols = np.minimum(np.searchsorted(buckets, flat), max(0, len(buckets) - 1))
        known = buckets[cols] == flat if len(buckets) else np.zeros(len(flat), dtype=bool)
        self.n = len(rows)
        self.width = len(buckets)
        self.row_of, self.cols, self.vals = row_of[known], cols[known], vals[known]
        self.row_starts = np.searchsorted(self.row_of, np.arange(self.n))
        self.filled = np.diff(np.append(self.row_starts, len(self.vals))) > 0
        """Rows with a known bucket (a row of unknown buckets only gets zero logits)."""
        self.by_col = np.argsort(self.cols, kind="stable")
        col_sorted = self.cols[self.by_col]
        self.col_present = np.unique(col_sorted)
        self.col_starts = np.searchsorted(col_sorted, self.col_present)
        self.vals_by_col = self.vals[self.by_col]
        self.rows_by_col = self.row_of[self.by_col]

    def logits(self, weights: Any) -> Any:
        import numpy as np

        out = np.zeros((self.n, weights.shape[1]))
        if len(self.vals) == 0:
            return out
        products = self.vals[:, None] * weights[self.cols]
        starts = self.row_starts[self.filled]
        out[self.filled] = np.add.reduceat(products, starts, axis=0)
        return out

    def gradient(self, per_row: Any) -> Any:
        """X^T @ per_row, shape (width, classes)."""
        import numpy as np

        out = np.zeros((self.width, per_row.shape[1]))
        if len(self.vals) == 0:
            return out
        products = self.vals_by_col[:, None] * per_row[self.rows_by_col]
        out[self.col_present] = np.add.reduceat(products, self.col_starts, axis=0)
        return out


def _softmax(z: Any) -> Any:
    import numpy as np

    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def fit(
    rows: Sequence[Features],
    labels: Sequence[str],
    *,
    balanced: bool = True,
    l2: float = L2,
    steps: int = STEPS,
) -> Weights:
    """Train on the rows and their gold classes."""
    import numpy as np

    classes = tuple(sorted(set(labels)))
    buckets = np.unique(np.fromiter((b for f in rows for b in f.buckets), dtype=np.int64))
    x = _Csr(rows, buckets)
    n = x.n
    y = np.array([classes.index(label) for label in labels])
    onehot = np.eye(len(classes))[y]
    counts = np.bincount(y, minlength=len(classes)).astype(float)
    sample = (n / (len(classes) * counts))[y] if balanced else np.ones(n)
    sample = sample / sample.sum()
    w = np.zeros((len(buckets), len(classes)))
    m = np.zeros_like(w)
    v = np.zeros_like(w)
    beta1, beta2, eps = 0.9, 0.999, 1e-8
    for step in range(1, steps + 1):
        grad = x.gradient((_softmax(x.logits(w)) - onehot) * sample[:, None]) + l2 * w
        m = beta1 * m + (1 - beta1) * grad
        v = beta2 * v + (1 - beta2) * grad * grad
        m_hat = m / (1 - beta1**step)
        v_hat = v / (1 - beta2**step)
        w -= LEARNING_RATE * m_hat / (np.sqrt(v_hat) + eps)
    return Weights(classes, buckets, w.astype(np.float32))


def probabilities(model: Weights, rows: Sequence[Features]) -> Any:
    """Per row, the probability of each of the model's classes (shape (rows, classes))."""
    return _softmax(_Csr(rows, model.buckets).logits(model.weights.astype(float)))


def predict(model: Weights, rows: Sequence[Features]) -> list[tuple[str, float]]:
    """Per row, the most probable class and its probability."""
    p = probabilities(model, rows)
    best = p.argmax(axis=1)
    return [(model.classes[int(k)], float(p[i, k])) for i, k in enumerate(best)]


def predict_one(model: Weights, row: Features) -> tuple[str, float]:
    """`predict` for one text, as a new mention is judged: one lookup of its buckets among
    the model's and one small product, not the layout `fit` needs."""
    import numpy as np

    buckets = np.asarray(row.buckets, dtype=np.int64)
    at = np.minimum(np.searchsorted(model.buckets, buckets), max(0, len(model.buckets) - 1))
    known = model.buckets[at] == buckets if len(model.buckets) else np.zeros(len(buckets), bool)
    values = np.asarray(row.values)[known]
    logits = values @ model.weights[at[known]].astype(float)
    p = _softmax(logits[None, :])[0]
    best = int(p.argmax())
    return model.classes[best], float(p[best])
