"""label, labels and learn: the team corrects webcare's judgement, and webcare learns from it."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from webcare.choices import OutputFormat
from webcare.commands import env as environment
from webcare.commands.options import ConfigOpt, DbOpt, MentionIdArg, NowOpt
from webcare.errors import UsageError

ByOpt = Annotated[
    str | None,
    typer.Option("--by", help="Who says so (default $WEBCARE_USER, else your login name).", show_default=False),
]


def label(
    mention_id: MentionIdArg,
    sentiment: Annotated[
        str | None,
        typer.Option("--sentiment", help="neg, neu or pos.", show_default=False),
    ] = None,
    urgency: Annotated[
        str | None,
        typer.Option("--urgency", help="critical, high, normal or low.", show_default=False),
    ] = None,
    category: Annotated[
        str | None,
        typer.Option(
            "--category",
            help="The urgent category (outage, churn, safety, … as `webcare check` lists them), or none.",
            show_default=False,
        ),
    ] = None,
    reply: Annotated[
        str | None,
        typer.Option("--reply", help="Whether it needs a reply: yes or no.", show_default=False),
    ] = None,
    by: ByOpt = None,
    note: Annotated[
        str | None, typer.Option("--note", help="A note kept with the label.", show_default=False)
    ] = None,
    config: ConfigOpt = None,
    db: DbOpt = None,
    now: NowOpt = None,
) -> None:
    """Correct webcare's judgement of a mention: applied at once (report, SLA and ranking
    follow), kept in the store and shown in `show`; `webcare learn` learns from the labels."""
    from webcare import labels
    from webcare.usecases import label as labelling

    env = environment.Environment.current()
    settings = environment.settings(config)
    moment = environment.now(now, settings)
    correction = labels.parse(
        sentiment=sentiment,
        urgency=urgency,
        category=category,
        reply=reply,
        categories=labelling.categories(settings),
    )
    with environment.store(db, settings) as store:
        result = labelling.label(
            settings, store, mention_id, correction, by=by or env.user, at=moment, note=note
        )
    env.err(f"{result.id}: {result.words(settings.brand.timezone)}")


LabelsFormatOpt = Annotated[
    OutputFormat | None,
    typer.Option(
        "--format",
        "-f",
        help="plain (default), json, jsonl, csv or tsv.",
        show_default=False,
    ),
]


def _labels_out(rows: list[dict[str, Any]], fmt: OutputFormat) -> str:
    from webcare.render.records import delimited, dumps, jsonl
    from webcare.textutil import one_line

    if fmt is OutputFormat.JSON:
        return dumps({"labels": rows}, indent=2) + "\n"
    if fmt is OutputFormat.JSONL:
        return jsonl(rows)
    if fmt in (OutputFormat.CSV, OutputFormat.TSV):
        return delimited(rows, "," if fmt is OutputFormat.CSV else "\t")
    if fmt not in (OutputFormat.PLAIN, OutputFormat.TABLE):
        raise UsageError("labels --format: one of plain, json, jsonl, csv, tsv")
    yes_no = {True: "yes", False: "no", None: "-"}
    lines = []
    for row in rows:
        said = " ".join(
            f"{key}={value}"
            for key, value in (
                ("sentiment", row["sentiment"]),
                ("urgency", row["urgency"]),
                ("category", row["category"]),
                ("reply", yes_no[row["needs_reply"]] if row["needs_reply"] is not None else None),
            )
            if value is not None
        )
        fields = [row["at"], row["mention_id"][:8], row["by"] or "-", said, row["note"] or "-",
                  row["text"]]  # fmt: skip
        lines.append("\t".join(one_line(str(field)).replace("\t", " ") for field in fields))
    return "".join(line + "\n" for line in lines)


def labels(
    mention_id: Annotated[
        str | None,
        typer.Argument(metavar="[ID]", help="Only this mention's labels.", show_default=False),
    ] = None,
    fmt: LabelsFormatOpt = None,
    config: ConfigOpt = None,
    db: DbOpt = None,
) -> None:
    """List the team's corrections, oldest first: when, which mention, who, what they said
    (plain: tab-separated), with what webcare had said before in the machine formats."""
    from webcare.usecases.label import listed

    env = environment.Environment.current()
    settings = environment.settings(config)
    with environment.store(db, settings, read_only=True) as store:
        rows = listed(store, mention_id)
    env.out(_labels_out(rows, fmt or OutputFormat.PLAIN))


def learn(
    files: Annotated[
        list[Path] | None,
        typer.Option(
            "--from",
            metavar="FILE",
            help="Learn from a label file (id, urgency, needs_reply, category, sentiment, text) instead of the store's labels (repeatable).",
            show_default=False,
        ),
    ] = None,
    off: Annotated[
        bool, typer.Option("--off", help="Switch the team's model off: the rules alone judge.")
    ] = False,
    status: Annotated[
        bool, typer.Option("--status", help="Show the stored model's figures; train nothing.")
    ] = False,
    fmt: Annotated[
        OutputFormat | None,
        typer.Option("--format", "-f", help="plain (default) or json.", show_default=False),
    ] = None,
    by: ByOpt = None,
    config: ConfigOpt = None,
    db: DbOpt = None,
    now: NowOpt = None,
) -> None:
    """Train a small model on the team's labels, cross-validate it against the rules, and
    use it beside the rules for new mentions where it is better. Prints both figures."""
    from webcare.learn import wording
    from webcare.usecases import learn as learning

    env = environment.Environment.current()
    settings = environment.settings(config)
    moment = environment.now(now, settings)
    if fmt not in (None, OutputFormat.PLAIN, OutputFormat.JSON):
        raise UsageError("learn --format: plain or json")
    if off and (status or files):
        raise UsageError("learn --off: give no --from or --status with it")
    if off:
        with environment.store(db, settings) as store:
            was_on = learning.off(store, by=by or env.user, at=moment)
        env.err("the learned model is off: the rules alone judge new mentions" if was_on
                else "no learned model was on")  # fmt: skip
        return
    if status:
        from webcare.learn.model import from_record

        with environment.store(db, settings, read_only=True) as store:
            record = store.learned_model(enabled_only=False)
        if record is None:
            raise UsageError("no model has been trained here yet: run `webcare learn`")
        model, on = from_record(record), record.enabled
    else:
        with environment.store(db, settings, create=bool(files)) as store:
            model = learning.learn(settings, store, moment, by=by or env.user, files=files or ())
        on = True
    if fmt is OutputFormat.JSON:
        from webcare.render.records import dumps

        env.out(dumps(wording.document(model, on=on), indent=2) + "\n")
    else:
        env.out(wording.text(model, on=on))
