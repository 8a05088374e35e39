"""Every backend implements the whole `Store` protocol with the protocol's signatures, and
`open_store` picks the backend from the location."""

from __future__ import annotations

import inspect
from pathlib import Path

import pytest
from storesql import is_postgres, untouched

from webcare.errors import StoreError
from webcare.store import Store, open_store
from webcare.store.postgres.store import PostgresStore
from webcare.store.sqlite import SqliteStore

BACKENDS = [SqliteStore, PostgresStore]


def protocol_members() -> list[str]:
    return sorted(
        name
        for name, value in vars(Store).items()
        if (callable(value) or isinstance(value, property))
        and (not name.startswith("_") or name in ("__enter__", "__exit__"))
    )


def test_the_protocol_names_what_webcare_calls() -> None:
    assert {"query", "save_batch", "source_state", "ack", "writer_lock", "location"} <= set(
        protocol_members()
    )


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("name", protocol_members())
def test_a_backend_implements_each_member_with_the_protocols_signature(
    backend: type, name: str
) -> None:
    wanted = vars(Store)[name]
    got = inspect.getattr_static(backend, name, None)
    assert got is not None, f"{backend.__name__} lacks {name}"
    if isinstance(wanted, property):
        assert isinstance(got, property)
        return
    expected = inspect.signature(wanted)
    actual = inspect.signature(got)
    assert list(actual.parameters) == list(expected.parameters)
    for parameter in expected.parameters.values():
        other = actual.parameters[parameter.name]
        assert (other.kind, other.default) == (parameter.kind, parameter.default), name


def test_open_store_opens_sqlite_for_a_path_or_a_sqlite_url(tmp_path: Path) -> None:
    for location in (tmp_path / "a.db", f"sqlite:///{tmp_path / 'b.db'}"):
        with open_store(location, create=True) as store:
            assert isinstance(store, SqliteStore)
            assert store.location == str(tmp_path / Path(str(location)).name)


def test_open_store_refuses_a_missing_store_unless_asked_to_create_it(
    tmp_path: Path, store_url: str
) -> None:
    # On PostgreSQL a store that is not there is a database without webcare's tables.
    missing = store_url if is_postgres(store_url) else str(tmp_path / "missing.db")
    with pytest.raises(StoreError, match="no store at|no webcare store in"):
        open_store(missing)
    assert untouched(missing)
    with open_store(missing, create=True):
        pass
    assert not untouched(missing)


def test_open_store_refuses_a_url_of_a_backend_it_lacks() -> None:
    with pytest.raises(StoreError, match="unsupported store URL scheme 'mysql'"):
        open_store("mysql://webcare@db.example/webcare")


def test_open_store_opens_postgresql_for_a_postgresql_url(store_url: str) -> None:
    with open_store(store_url, create=True) as store:
        expected = PostgresStore if store_url.startswith("postgresql://") else SqliteStore
        assert isinstance(store, expected)
        assert store.backend == ("postgresql" if expected is PostgresStore else "sqlite")
