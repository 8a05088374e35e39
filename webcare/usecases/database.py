"""`webcare db`: what a store is (backend, schema, counts), upgrading it, and copying one
store into another (SQLite to PostgreSQL and back) with nothing lost."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from webcare.errors import StoreError, UsageError
from webcare.store import Store, open_store, resolve_location


@dataclass(frozen=True, slots=True)
class StoreInfo:
    backend: str
    location: str
    """Where the store is; a URL without its password."""
    schema_version: int
    latest_version: int
    """The schema this webcare writes."""
    counts: dict[str, int]


@dataclass(frozen=True, slots=True)
class CopyResult:
    source: str
    destination: str
    counts: dict[str, int]
    """Rows per table, the same in both stores."""


def latest_version(store: Store) -> int:
    if store.backend == "postgresql":
        from webcare.store.postgres import schema as pg_schema

        return pg_schema.VERSION
    from webcare.store import schema

    return schema.VERSION


def info(store: Store) -> StoreInfo:
    return StoreInfo(
        store.backend, store.location, store.schema_version(), latest_version(store), store.counts()
    )


def upgrade(location: str) -> StoreInfo:
    """Create the store if need be and run its migrations (any writing command would)."""
    with open_store(location, create=True) as store:
        return info(store)


def copy(source: str, destination: str, *, replace: bool = False) -> CopyResult:
    """Copy every table of `source` into `destination` (created and migrated if need be)
    in one transaction, counting each table on both sides: a difference writes nothing.
    A destination that holds anything is refused unless `replace` (which empties it)."""
    if source == destination:
        raise UsageError("db copy: the source and the destination are the same store")
    _readable_source(source)
    with open_store(source, read_only=True) as src:
        with open_store(destination, create=True) as dest:
            if src.location == dest.location:
                raise UsageError("db copy: the source and the destination are the same store")
            if src.schema_version() != dest.schema_version():
                raise StoreError(
                    f"db copy: {src.location} has schema {src.schema_version()} and "
                    f"{dest.location} {dest.schema_version()}; run `webcare db upgrade` on "
                    "the older one first"
                )
            present = dest.counts()
            if any(present.values()) and not replace:
                raise UsageError(
                    f"db copy: {dest.location} already holds a store ({present['mentions']} "
                    "mentions); give --replace to empty it first, or choose an empty one"
                )
            counted: dict[str, int] = {}

            def tables() -> Iterator[tuple[str, int, Iterator[tuple[object, ...]]]]:
                for table, count, rows in src.dump():
                    counted[table] = count
                    yield table, count, rows

            stored = dest.load(tables(), replace=replace)
            if stored != counted:
                raise StoreError(f"db copy: counts differ: source {counted}, destination {stored}")
            after = dest.counts()
            if after != counted:
                raise StoreError(
                    f"db copy: counts differ after the copy: source {counted}, destination {after}"
                )
            return CopyResult(src.location, dest.location, counted)


def _readable_source(source: str) -> None:
    """A SQLite SRC that is not there or cannot be read is bad input, as `import`'s file
    is (exit 2, one line naming it), checked before either store is opened, so nothing
    is created. A file that is there but is no store stays a store error (exit 4)."""
    if source.startswith(("postgresql://", "postgres://")):
        return
    path = resolve_location(source)
    if path.is_dir():
        raise UsageError(f"db copy: the source {path} is a directory, not a store")
    try:
        with path.open("rb") as handle:
            handle.read(1)
    except FileNotFoundError:
        raise UsageError(f"db copy: no store at {path} (the source); check the path") from None
    except OSError as exc:
        raise UsageError(f"db copy: cannot read the source {path}: {exc.strerror or exc}") from None
