"""analyze and eval: webcare's judgement on free text and against labelled data."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Annotated, TextIO

import typer

from webcare.choices import OutputFormat
from webcare.commands import env as environment
from webcare.commands.options import ConfigOpt, DbOpt, FormatOpt, NoColorOpt
from webcare.errors import UsageError


def analyze(
    texts: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="[TEXT]...",
            help="Texts to analyse; without any, one per line from stdin.",
            show_default=False,
        ),
    ] = None,
    config: ConfigOpt = None,
    fmt: FormatOpt = None,
    no_color: NoColorOpt = False,
) -> None:
    """Analyse texts: language, sentiment, urgency, topics, route, reply needed (nothing is stored)."""
    from webcare.usecases.analyze import analyze as judge

    env = environment.Environment.current(no_color=no_color)
    settings = environment.settings(config)
    if texts:
        inputs = list(texts)
    elif env.stdin_isatty:
        raise UsageError("give texts as arguments or pipe them in, one per line")
    else:
        inputs = [line.rstrip("\r\n") for line in _lines(env.stdin)]
    env.out(env.renderer(fmt).analyses(judge(inputs, settings)))


def _lines(stdin: TextIO) -> list[str]:
    """The lines of stdin, a byte its encoding cannot decode replaced by U+FFFD: a strict
    UTF-8 stdin (PYTHONIOENCODING=utf-8:strict) would otherwise end the command on one bad
    byte. Read through a wrapper of its own over the same bytes, with the same newlines."""
    buffer = getattr(stdin, "buffer", None)
    if buffer is None:  # already text (an embedding program's StringIO)
        return list(stdin)
    wrapper = io.TextIOWrapper(buffer, encoding=stdin.encoding or "utf-8", errors="replace")
    try:
        return list(wrapper)
    finally:
        wrapper.detach()  # leave stdin's buffer open


eval_app = typer.Typer(
    help="Measure webcare's judgement against labelled data.", no_args_is_help=True
)


def eval_sentiment(
    files: Annotated[
        list[Path],
        typer.Argument(
            metavar="FILE...",
            help="label<TAB>text TSVs (header line) or VADER id<TAB>mean<TAB>text files.",
        ),
    ],
    fmt: Annotated[
        OutputFormat | None,
        typer.Option("--format", "-f", help="Output format (default plain).", show_default=False),
    ] = None,
) -> None:
    """Per file: n, macro-F1 (neg/neu/pos), binary accuracy on gold pos/neg, texts/s."""
    from webcare.evaluate import evaluate

    env = environment.Environment.current()
    # Aligned text unless asked otherwise: the figures read the same on a terminal and in a log.
    env.out(env.renderer(fmt or OutputFormat.PLAIN).sentiment_eval(evaluate(files)))


def eval_urgency(
    files: Annotated[
        list[Path],
        typer.Argument(
            metavar="FILE...",
            help="TSVs with the header id, urgency, needs_reply, category, sentiment, text.",
        ),
    ],
    fmt: Annotated[
        OutputFormat | None,
        typer.Option("--format", "-f", help="Output format (default plain).", show_default=False),
    ] = None,
    model: Annotated[
        bool,
        typer.Option(
            "--model",
            help="Judge with the team's learned model beside the rules (`webcare learn`), as new mentions are.",
        ),
    ] = False,
    handle: Annotated[
        list[str] | None,
        typer.Option(
            "--handle",
            help="A brand's own account, as [brand] handles (repeatable): a reply that opens with "
            "another person's handle before one of these is chatter, owing no reply.",
            show_default=False,
        ),
    ] = None,
    config: ConfigOpt = None,
    db: DbOpt = None,
) -> None:
    """Per file: n, recall and precision of critical+high, a gold x predicted level table,
    needs-reply accuracy, sentiment macro-F1 and accuracy, texts/s."""
    from webcare.evaluate_urgency import evaluate

    env = environment.Environment.current()
    learned = None
    if model:
        from webcare.usecases.learn import stored

        with environment.store(db, environment.settings(config), read_only=True) as store:
            learned = stored(store)
        if learned is None:
            raise UsageError("--model: no learned model is on in this store; run `webcare learn`")
    handles = tuple(handle or ())
    env.out(env.renderer(fmt or OutputFormat.PLAIN).urgency_eval(evaluate(files, learned, handles)))


def eval_labels(
    fmt: Annotated[
        OutputFormat | None,
        typer.Option("--format", "-f", help="Output format (default plain).", show_default=False),
    ] = None,
    model: Annotated[
        bool,
        typer.Option(
            "--model",
            help="Judge with the team's learned model beside the rules (it learned from "
            "these labels, so it is flattered here: score held-out ones with `eval urgency --model`).",
        ),
    ] = False,
    config: ConfigOpt = None,
    db: DbOpt = None,
) -> None:
    """The rules scored on the team's own labels (`webcare label`), each labelled mention's
    text analysed again: the figures of `eval urgency`, each over the labels that say it."""
    from webcare.usecases.learn import score_labels

    env = environment.Environment.current()
    settings = environment.settings(config)
    with environment.store(db, settings, read_only=True) as store:
        scores = score_labels(settings, store, with_model=model)
    env.out(env.renderer(fmt or OutputFormat.PLAIN).urgency_eval(scores))
