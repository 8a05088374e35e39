"""db info, db upgrade and db copy: what a store is, its migrations, and moving a team's
store from one backend to another."""

from __future__ import annotations

import json
from typing import Annotated

import typer

from webcare.commands import env as environment
from webcare.commands.options import ConfigOpt, DbOpt

db_app = typer.Typer(
    help="The store itself: what it is (db info), its migrations (db upgrade), and copying "
    "it to another backend (db copy, SQLite to PostgreSQL and back).",
    no_args_is_help=True,
)


def _lines(info: object) -> list[str]:
    from webcare.usecases.database import StoreInfo

    assert isinstance(info, StoreInfo)
    state = "up to date" if info.schema_version == info.latest_version else "needs db upgrade"
    lines = [
        f"backend     {info.backend}",
        f"store       {info.location}",
        f"schema      {info.schema_version} ({state}; this webcare writes {info.latest_version})",
    ]
    lines += [f"{table:<12}{count:,}" for table, count in info.counts.items()]
    return lines


def info(
    as_json: Annotated[bool, typer.Option("--json", help="One JSON document.")] = False,
    config: ConfigOpt = None,
    db: DbOpt = None,
) -> None:
    """The store's backend, where it is (never its password), its schema version and the
    rows in each table. Reads only."""
    from webcare.usecases import database

    env = environment.Environment.current()
    settings = environment.settings(config)
    with environment.store(db, settings, read_only=True) as store:
        found = database.info(store)
    if as_json:
        env.out(json.dumps({
            "backend": found.backend, "location": found.location,
            "schema_version": found.schema_version, "latest_version": found.latest_version,
            "counts": found.counts,
        }, indent=2) + "\n")  # fmt: skip
        return
    env.out("".join(line + "\n" for line in _lines(found)))


def upgrade(config: ConfigOpt = None, db: DbOpt = None) -> None:
    """Create the store if need be and run its migrations, as any writing command would:
    before granting read-only accounts, or after upgrading webcare on a shared store."""
    from webcare.usecases import database

    env = environment.Environment.current()
    settings = environment.settings(config)
    found = database.upgrade(environment.location(db, settings))
    env.err(f"{found.location}: schema {found.schema_version}, up to date")


def copy(
    source: Annotated[
        str, typer.Argument(metavar="SRC", help="The store to copy: a SQLite path or a URL.")
    ],
    destination: Annotated[
        str,
        typer.Argument(
            metavar="DEST",
            help="Where to copy it: a SQLite path or postgresql://USER@HOST/DATABASE (an "
            "existing, empty database); created and migrated as needed.",
        ),
    ],
    replace: Annotated[
        bool,
        typer.Option("--replace", help="Empty a destination that already holds a store first."),
    ] = False,
) -> None:
    """Copy every table of SRC into DEST in one transaction, each table counted on both
    sides (a difference writes nothing). SRC is only read. A DEST that holds anything is
    refused unless --replace. Exit 2, nothing created, when SRC is not there or cannot be
    read; exit 4 when it is no store or a store cannot be opened or written."""
    from webcare.usecases import database

    env = environment.Environment.current()
    result = database.copy(source, destination, replace=replace)
    counted = ", ".join(f"{count:,} {table}" for table, count in result.counts.items() if count)
    env.err(f"copied {result.source} to {result.destination}: {counted or 'an empty store'}")
    env.err("counts checked: every table holds the same number of rows in both stores")
