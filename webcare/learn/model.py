"""A learned model as the team shares it: per target its classifier, whether it is used,
and the cross-validation figures that decided; plus the hashing parameters and where
the labels came from. `to_record` / `from_record` turn it into what the store keeps
(JSON meta and an npz blob of numpy arrays) and back.
"""

from __future__ import annotations

import io
import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from webcare.errors import UsageError
from webcare.learn.features import HASHING
from webcare.learn.logreg import Weights
from webcare.learn.targets import TARGETS
from webcare.store.records import LearnedRecord

FORMAT = 1


@dataclass(frozen=True, slots=True)
class TargetResult:
    """What cross-validation found for one target."""

    name: str
    n: int
    """Labelled examples of this target."""
    figure: str
    rules: dict[str, float | None] = field(default_factory=dict)
    model: dict[str, float | None] = field(default_factory=dict)
    enabled: bool = False
    reason: str = ""
    """Why it is (not) used, in words."""


@dataclass(frozen=True, slots=True)
class LearnedModel:
    trained_at: datetime
    trained_by: str | None
    labels: int
    origin: str
    """`the store's labels` or the label files' names."""
    folds: int
    results: tuple[TargetResult, ...]
    weights: dict[str, Weights] = field(default_factory=dict)
    """The classifiers of the enabled targets, trained on every label."""
    hashing: dict[str, Any] = field(default_factory=lambda: dict(HASHING))

    @property
    def enabled(self) -> tuple[str, ...]:
        return tuple(r.name for r in self.results if r.enabled and r.name in self.weights)

    def meta(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "hashing": self.hashing,
            "origin": self.origin,
            "folds": self.folds,
            "labels": self.labels,
            "targets": {
                r.name: {
                    "n": r.n, "figure": r.figure, "rules": r.rules, "model": r.model,
                    "enabled": r.enabled, "reason": r.reason,
                    "classes": list(self.weights[r.name].classes) if r.name in self.weights else [],
                }
                for r in self.results
            },
        }  # fmt: skip

    def to_record(self) -> LearnedRecord:
        import numpy as np

        arrays: dict[str, Any] = {}
        for name, w in self.weights.items():
            arrays[f"{name}.buckets"] = w.buckets
            arrays[f"{name}.weights"] = w.weights
        blob = io.BytesIO()
        np.savez_compressed(blob, **arrays)
        return LearnedRecord(
            trained_at=self.trained_at,
            trained_by=self.trained_by,
            labels=self.labels,
            meta=json.dumps(self.meta(), sort_keys=True),
            weights=blob.getvalue(),
        )


def from_record(record: LearnedRecord) -> LearnedModel:
    """The model the store keeps; one of another format or hashing is a UsageError (train again)."""
    import numpy as np

    meta = json.loads(record.meta)
    if meta.get("format") != FORMAT or meta.get("hashing") != HASHING:
        raise UsageError(
            "the stored model was trained by another webcare version; run `webcare learn` again"
        )
    arrays = np.load(io.BytesIO(record.weights), allow_pickle=False)
    results = []
    weights = {}
    for name, t in meta["targets"].items():
        results.append(
            TargetResult(
                name, t["n"], t["figure"], t["rules"], t["model"], t["enabled"], t["reason"]
            )
        )
        if t["classes"]:
            weights[name] = Weights(
                tuple(t["classes"]), arrays[f"{name}.buckets"], arrays[f"{name}.weights"]
            )
    order = [target.name for target in TARGETS]
    results.sort(key=lambda r: order.index(r.name) if r.name in order else len(order))
    return LearnedModel(
        trained_at=record.trained_at,
        trained_by=record.trained_by,
        labels=record.labels,
        origin=meta["origin"],
        folds=meta["folds"],
        results=tuple(results),
        weights=weights,
        hashing=meta["hashing"],
    )
