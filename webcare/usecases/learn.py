"""`webcare learn`: train the team's model on its labels (or a label file), keep it in the
store for everyone, switch it off; and attach it to the settings of the commands that
analyse new mentions (poll, import)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from webcare.errors import UsageError
from webcare.settings import Settings
from webcare.store import Store

if TYPE_CHECKING:
    from webcare.evaluate_urgency import UrgencyScore
    from webcare.learn.model import LearnedModel
    from webcare.model import Analysis


def stored(store: Store) -> LearnedModel | None:
    """The team's model, if one is on (one from another webcare version is not used)."""
    record = store.learned_model()
    if record is None:
        return None
    from webcare.learn.model import from_record

    try:
        return from_record(record)
    except UsageError:
        return None


def attach(settings: Settings, store: Store) -> Settings:
    """The settings with the team's model, when one is on and uses a target: new mentions
    are then judged by it beside the rules."""
    model = stored(store)
    if model is None or not model.enabled:
        return settings
    return replace(settings, learned=model)


def learn(
    settings: Settings,
    store: Store,
    now: datetime,
    *,
    by: str | None,
    files: Sequence[Path] = (),
) -> LearnedModel:
    """Cross-validate and train on the store's labels (or the label files), and keep the
    model in the store: it is the team's from now on, for the targets it beats the rules on."""
    from webcare.learn import data, train

    if files:
        examples = data.from_files(files, settings)
        origin = ", ".join(path.name for path in files)
    else:
        examples = data.from_labels(store.labels(), settings)
        origin = "the store's labels"
    if not examples:
        raise UsageError(
            "no labels to learn from: correct mentions with `webcare label ID --urgency …` "
            "or give a label file with --from FILE"
        )
    model = train.train(examples, origin=origin, trained_at=now, trained_by=by)
    store.save_model(model.to_record())
    return model


def off(store: Store, *, by: str | None, at: datetime) -> bool:
    """Switch the team's model off; whether one was on."""
    return store.disable_model(by=by, at=at)


def score_labels(
    settings: Settings, store: Store, *, with_model: bool = False
) -> list[UrgencyScore]:
    """`webcare eval labels`: the rules (with `with_model`, and the team's model) on the
    store's labels, each labelled mention's text analysed again."""
    from webcare.analysis import analyse
    from webcare.learn import data, scoring
    from webcare.learn.apply import adjust

    model = stored(store) if with_model else None
    if with_model and model is None:
        raise UsageError("--model: no learned model is on in this store; run `webcare learn`")
    examples = data.from_labels(store.labels(), settings)
    if not examples:
        raise UsageError("no labels yet: correct mentions with `webcare label ID --urgency …`")
    values = {source.name: source.value for source in settings.sources}
    sources = {one.mention_id: one.source for one in store.labels()}

    def judge(ex: data.Example) -> Analysis:
        rules = analyse(
            ex.text, settings, rating=ex.rating, source_value=values.get(sources.get(ex.id, ""))
        )
        return adjust(rules, ex.text, ex.rating, model)

    name = "team labels" + (" + learned model" if model is not None else "")
    return [scoring.evaluate(name, examples, judge)]
