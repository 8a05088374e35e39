"""What `webcare learn` says: per target the rules' figure against the model's, and plainly
whether the model is used. Pure text from a `LearnedModel`."""

from __future__ import annotations

from typing import Any

from webcare.learn.model import LearnedModel
from webcare.learn.targets import FIGURE_NAMES
from webcare.learn.train import MARGIN
from webcare.textutil import one_line
from webcare.timeparse import iso_utc

WHAT = {
    "reply": "needs a reply",
    "urgent": "urgent (critical+high)",
    "category": "urgent category",
    "sentiment": "sentiment",
}


def _figure(value: float | None) -> str:
    return f"{value:.3f}" if value is not None else "-"


def text(model: LearnedModel, *, on: bool = True) -> str:
    lines = [
        f"trained {iso_utc(model.trained_at)}"
        + (f" by {one_line(model.trained_by)}" if model.trained_by else "")
        + f" on {model.labels} labelled texts ({one_line(model.origin)}), "
        f"{model.folds}-fold cross-validation",
        "",
        f"{'target':<24} {'labels':>6}  {'figure':<10} {'rules':>6} {'model':>6}  verdict",
    ]
    for r in model.results:
        lines.append(
            f"{WHAT.get(r.name, r.name):<24} {r.n:>6}  {FIGURE_NAMES.get(r.figure, r.figure):<10}"
            f" {_figure(r.rules.get(r.figure)):>6} {_figure(r.model.get(r.figure)):>6}  {r.reason}"
        )
        if r.name == "urgent" and r.model:
            lines.append(
                f"{'':<24} {'':>6}  {'recall':<10} {_figure(r.rules.get('recall')):>6}"
                f" {_figure(r.model.get('recall')):>6}"
            )
            lines.append(
                f"{'':<24} {'':>6}  {'precision':<10} {_figure(r.rules.get('precision')):>6}"
                f" {_figure(r.model.get('precision')):>6}"
            )
    lines.append("")
    enabled = model.enabled
    if not on:
        lines.append(
            "The model is off (`webcare learn --off`): the rules alone judge new mentions."
        )
    elif enabled:
        lines.append(
            f"The model is on for: {', '.join(enabled)}. New mentions are judged by it beside "
            "the rules for these (show says `learned model: …` where it changed the rules' "
            "judgement); `webcare learn --off` switches it off."
        )
    else:
        lines.append(
            f"The model beats the rules by {MARGIN:.2f} on no target: the rules alone judge new mentions."
        )
    if any(r.reason.startswith(("too few", "every one")) for r in model.results):
        lines.append(
            "Too few labels for some targets: label more mentions (`webcare label ID …`) and "
            "run `webcare learn` again."
        )
    return "\n".join(lines) + "\n"


def document(model: LearnedModel, *, on: bool = True) -> dict[str, Any]:
    meta = model.meta()
    return {
        "trained_at": iso_utc(model.trained_at),
        "trained_by": model.trained_by,
        "on": on,
        "enabled": list(model.enabled) if on else [],
        "labels": model.labels,
        "origin": model.origin,
        "folds": model.folds,
        "margin": MARGIN,
        "hashing": meta["hashing"],
        "targets": meta["targets"],
    }
