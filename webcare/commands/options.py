"""Options shared by several commands, defined once so they cannot drift apart."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from webcare.choices import OutputFormat

ConfigOpt = Annotated[
    Path | None,
    typer.Option(
        "--config",
        "-c",
        envvar="WEBCARE_CONFIG",
        help="Config file (default ./webcare.toml, then the user config dir).",
        show_default=False,
    ),
]
DbOpt = Annotated[
    str | None,
    typer.Option(
        "--db",
        envvar="WEBCARE_DB",
        help="Store: a SQLite path, sqlite:///PATH or postgresql://USER@HOST/DATABASE (default: [store] url, else the user data dir).",
        show_default=False,
    ),
]
NowOpt = Annotated[
    str | None,
    typer.Option(
        "--now",
        help="Evaluate at this time (ISO 8601; naive = the brand's time zone) instead of the clock.",
        show_default=False,
    ),
]
FormatOpt = Annotated[
    OutputFormat | None,
    typer.Option(
        "--format",
        "-f",
        help="Output format (default: table on a terminal, plain otherwise).",
        show_default=False,
    ),
]
SinceOpt = Annotated[
    str | None,
    typer.Option(
        "--since",
        help="Only mentions created since: a duration back from now (7d, 12h), an ISO time, or 'all'.",
        show_default=False,
    ),
]
LimitOpt = Annotated[
    int | None,
    typer.Option("--limit", "-n", min=1, help="Show at most N mentions.", show_default=False),
]
QuietOpt = Annotated[
    bool,
    typer.Option("--quiet", "-q", help="Print only what needs attention; no summaries on stderr."),
]
VerboseOpt = Annotated[
    bool, typer.Option("--verbose", "-v", help="Print every problem found in the sources.")
]
NoColorOpt = Annotated[
    bool,
    typer.Option(
        "--no-color",
        envvar="WEBCARE_NO_COLOR",
        help="No colour in the table (NO_COLOR is honoured too).",
    ),
]
ChannelOpt = Annotated[
    list[str] | None,
    typer.Option("--channel", help="Only this channel (repeatable).", show_default=False),
]
SourceOpt = Annotated[
    list[str] | None,
    typer.Option("--source", "-s", help="Only this source (repeatable).", show_default=False),
]
SearchOpt = Annotated[
    str | None,
    typer.Option(
        "--search", help="Only mentions whose text or author contains this.", show_default=False
    ),
]
IncidentOpt = Annotated[
    str | None,
    typer.Option(
        "--incident",
        help="Every mention of this incident (its id as the report shows it).",
        show_default=False,
    ),
]
MentionIdArg = Annotated[
    str, typer.Argument(metavar="ID", help="Mention id (or a unique prefix of 4+ characters).")
]
IdsArg = Annotated[
    list[str] | None,
    typer.Argument(metavar="[ID]...", help="Mention ids (or unique prefixes).", show_default=False),
]
AllMatchingOpt = Annotated[
    bool,
    typer.Option(
        "--all-matching",
        help="Act on every mention matching the filters (--search, --source, --channel, --since) instead of ids.",
    ),
]
MatchSearchOpt = Annotated[
    str | None,
    typer.Option(
        "--search", help="With --all-matching: text or author contains this.", show_default=False
    ),
]
MatchSourceOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--source",
        "-s",
        help="With --all-matching: only this source (repeatable).",
        show_default=False,
    ),
]
MatchChannelOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--channel", help="With --all-matching: only this channel (repeatable).", show_default=False
    ),
]
YesOpt = Annotated[
    bool,
    typer.Option("--yes", "-y", help="Act on --all-matching/--incident matches without asking."),
]
BulkDryRunOpt = Annotated[
    bool,
    typer.Option(
        "--dry-run", help="List what --all-matching/--incident would touch; change nothing."
    ),
]
AssigneeOpt = Annotated[
    list[str] | None,
    typer.Option("--assignee", help="Only what this person has (repeatable).", show_default=False),
]
MineOpt = Annotated[
    bool, typer.Option("--mine", help="Only what you have ($WEBCARE_USER, else your login name).")
]
UnassignedOpt = Annotated[bool, typer.Option("--unassigned", help="Only what nobody has.")]
RedactOpt = Annotated[
    bool | None,
    typer.Option(
        "--redact/--no-redact",
        help="Replace people's names and handles, e-mail addresses, phone numbers, IBANs and order numbers with placeholders (one per person). Default: [privacy] redact_reports when the output goes to no terminal.",
        show_default=False,
    ),
]
