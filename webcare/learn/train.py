"""Training and cross-validating the learned model. Pure (numpy) and deterministic: the
folds are drawn with a fixed seed, training starts from zero weights.

Per target, k-fold cross-validation on the examples that give it: each fold's model is
trained on the other folds and judges the fold's texts, applied to the rules' analysis
exactly as it would be to a new mention (`webcare.learn.apply`); the out-of-fold
judgements of all folds together give the model's figure, the rules' own judgements of
the same texts give the rules' figure. A target is enabled only when the model's figure
beats the rules' by `MARGIN`; with fewer labels than the target's minimum it is not
tried. The enabled targets are then trained on every example.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from webcare.learn import logreg
from webcare.learn.data import Example
from webcare.learn.features import Features, features
from webcare.learn.model import LearnedModel, TargetResult
from webcare.learn.targets import FIGURE_NAMES, TARGETS, Target

FOLDS = 5
MARGIN = 0.02
"""How much better than the rules a target's CV figure must be for the model to be used."""
SEED = 12
MIN_PER_CLASS = 5
"""Urgent needs this many examples (other targets: at least two of their values)."""


def folds_of(golds: Sequence[str], k: int, seed: int = SEED) -> list[int]:
    """A fold number per example, stratified: each class's examples, shuffled with `seed`,
    are dealt round the folds in turn."""
    import numpy as np

    rng = np.random.default_rng(seed)
    fold = [0] * len(golds)
    turn = 0
    for value in sorted(set(golds)):
        members = [i for i, g in enumerate(golds) if g == value]
        for i in rng.permutation(len(members)):
            fold[members[int(i)]] = turn % k
            turn += 1
    return fold


def judged_by(target: Target, weights: logreg.Weights, examples: Sequence[Example],
              rows: Sequence[Features]) -> list[str]:  # fmt: skip
    """The target's value after the model's prediction is applied to the rules' analysis."""
    predicted = logreg.predict(weights, rows)
    return [
        target.of(target.apply(ex.rules, value, p))
        for ex, (value, p) in zip(examples, predicted, strict=True)
    ]


def too_few(target: Target, golds: Sequence[str]) -> str:
    """Why there are too few labels to judge the target, or '' when there are enough."""
    n = len(golds)
    if n < target.min_labels:
        return f"too few labels: {n} (needs {target.min_labels})"
    counts = sorted(golds.count(value) for value in set(golds))
    if len(counts) < 2:
        return f"every one of the {n} labels says {golds[0]!r}: nothing to learn"
    decisive = golds.count("yes") if target.name == "urgent" else counts[-2]
    if decisive < MIN_PER_CLASS:
        which = "urgent" if target.name == "urgent" else "a second value"
        return f"too few labels: {decisive} for {which} (needs {MIN_PER_CLASS})"
    return ""


def cross_validate(target: Target, examples: Sequence[Example], rows: Sequence[Features],
                   k: int = FOLDS) -> TargetResult:  # fmt: skip
    golds = [ex.gold[target.name] for ex in examples]
    rules = [target.of(ex.rules) for ex in examples]
    rules_figures = target.figures(golds, rules) if golds else {}
    lacking = too_few(target, golds)
    if lacking:
        return TargetResult(
            target.name, len(golds), target.figure, rules_figures, {}, False, lacking
        )
    fold = folds_of(golds, k)
    out: list[str] = [""] * len(examples)
    for f in range(k):
        train = [i for i in range(len(examples)) if fold[i] != f]
        test = [i for i in range(len(examples)) if fold[i] == f]
        if not test:
            continue
        weights = logreg.fit([rows[i] for i in train], [golds[i] for i in train],
                             balanced=target.balanced)  # fmt: skip
        judged = judged_by(target, weights, [examples[i] for i in test], [rows[i] for i in test])
        for i, value in zip(test, judged, strict=True):
            out[i] = value
    model_figures = target.figures(golds, out)
    ours, theirs = model_figures[target.figure] or 0.0, rules_figures[target.figure] or 0.0
    enabled = ours >= theirs + MARGIN
    figure = FIGURE_NAMES.get(target.figure, target.figure)
    verdict = (
        f"used: {figure} {ours:.3f} beats the rules' {theirs:.3f} by {ours - theirs:+.3f}"
        if enabled
        else f"not used: {figure} {ours:.3f} against the rules' {theirs:.3f} (needs {MARGIN:+.2f})"
    )
    return TargetResult(target.name, len(golds), target.figure, rules_figures, model_figures,
                        enabled, verdict)  # fmt: skip


def train(
    examples: Sequence[Example],
    *,
    origin: str,
    trained_at: datetime,
    trained_by: str | None,
    k: int = FOLDS,
) -> LearnedModel:
    """Cross-validate every target, and train the enabled ones on all their examples."""
    every = [features(ex.text, ex.rules, ex.rating) for ex in examples]
    results = []
    weights = {}
    for target in TARGETS:
        chosen = [i for i, ex in enumerate(examples) if target.name in ex.gold]
        mine = [examples[i] for i in chosen]
        rows = [every[i] for i in chosen]
        result = cross_validate(target, mine, rows, k)
        results.append(result)
        if result.enabled:
            weights[target.name] = logreg.fit(
                rows, [ex.gold[target.name] for ex in mine], balanced=target.balanced
            )
    return LearnedModel(
        trained_at=trained_at,
        trained_by=trained_by,
        labels=len(examples),
        origin=origin,
        folds=k,
        results=tuple(results),
        weights=weights,
    )
