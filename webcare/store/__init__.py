"""The store: where mentions, their responses and each source's fetch state are kept.

`Store` (webcare.store.base) is what the rest of webcare asks of a store, in domain terms;
`open_store` picks the backend from the location: SQLite (`webcare.store.sqlite`) for a
file path or `sqlite:///PATH`, PostgreSQL (`webcare.store.postgres`, imported only then)
for a `postgresql://` URL. Every SQL statement webcare runs lives in this package.
"""

from __future__ import annotations

from pathlib import Path

from webcare.errors import StoreError
from webcare.store.base import MentionQuery, Store

__all__ = ["MentionQuery", "Store", "open_store", "resolve_location"]


def resolve_location(location: str | Path) -> Path:
    """The SQLite file a location names: a path or `sqlite:///PATH`."""
    text = str(location)
    if text.startswith("sqlite:///"):
        return Path(text.removeprefix("sqlite:///"))
    if "://" in text:
        scheme = text.split("://", 1)[0]
        raise StoreError(
            f"unsupported store URL scheme {scheme!r}; use a file path, sqlite:///PATH or "
            "postgresql://USER@HOST/DATABASE"
        )
    return Path(text)


def open_store(location: str | Path, *, create: bool = False, read_only: bool = False) -> Store:
    """Open the store at `location`, migrated to this webcare's schema.

    Without `create`, a store that does not exist is an error rather than a new empty one:
    only poll and import create it, so a mistyped --db fails instead of reporting nothing.
    `read_only` is for commands that only read (report, mentions, show…): nothing is
    written to the store, so a person allowed only to read it can use them; a store that
    would need a migration is then an error that names a command that upgrades it. A URL
    scheme other than `sqlite:///` and `postgresql://` is refused.
    """
    if create and read_only:
        raise ValueError("a store opened read-only cannot be created")
    if str(location).startswith(("postgresql://", "postgres://")):
        try:
            from webcare.store.postgres.store import PostgresStore
        except ImportError:
            raise StoreError(
                "a postgresql:// store needs psycopg: pip install 'webcare[postgres]'"
            ) from None
        return PostgresStore.open(str(location), create=create, read_only=read_only)
    path = resolve_location(location)
    if not create and not path.is_file():
        raise StoreError(f"no store at {path}; `webcare poll` or `webcare import` creates it")
    from webcare.store.sqlite import SqliteStore

    return SqliteStore.open(path, read_only=read_only)
