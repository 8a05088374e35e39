"""The learned model beside the rules: `adjust` is the one call the pipeline makes after the
rules' analysis of a new mention. Pure; without a model it returns the analysis as it is
and imports nothing (numpy is loaded only when a model is in use).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from webcare.model import Analysis

if TYPE_CHECKING:
    from webcare.learn.model import LearnedModel


def adjust(
    analysis: Analysis, text: str, rating: int | None, model: LearnedModel | None
) -> Analysis:
    """The rules' analysis with the model's judgement applied for each enabled target
    (`webcare.learn.targets` says how each changes it, and each change says so)."""
    if model is None or not model.weights:
        return analysis
    from webcare.learn import logreg
    from webcare.learn.features import features
    from webcare.learn.targets import TARGETS

    row = features(text, analysis, rating)
    judged = analysis
    for target in TARGETS:
        weights = model.weights.get(target.name)
        if weights is None:
            continue
        value, p = logreg.predict_one(weights, row)
        judged = target.apply(judged, value, p)
    return judged
