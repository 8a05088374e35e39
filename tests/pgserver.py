"""A PostgreSQL server for the tests: the one WEBCARE_TEST_POSTGRES names (as CI gives
it), else a throw-away cluster started here when `initdb` is installed (like
pytest-postgresql's process fixture), listening on a unix socket only. Each test gets a
fresh database of its own (`create_database`), dropped after it.

Without a server the PostgreSQL tests are skipped with the reason; with
WEBCARE_TEST_POSTGRES_REQUIRED=1 (CI) a missing server fails them instead.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import NoReturn

import pytest

URL_ENV = "WEBCARE_TEST_POSTGRES"
REQUIRED_ENV = "WEBCARE_TEST_POSTGRES_REQUIRED"
HINT = (
    "no PostgreSQL: set WEBCARE_TEST_POSTGRES=postgresql://USER@/DB?host=SOCKET_DIR (a user "
    "who may CREATE DATABASE) or install postgresql (its initdb) to run the PostgreSQL half"
)


class PostgresServer:
    """A server the tests may create and drop databases on."""

    def __init__(self, admin_url: str) -> None:
        self.admin_url = admin_url

    @staticmethod
    def unavailable(reason: str = HINT) -> NoReturn:
        if os.environ.get(REQUIRED_ENV) == "1":
            pytest.fail(f"{reason} ({REQUIRED_ENV}=1: PostgreSQL tests must run)")
        pytest.skip(reason)

    def _admin(self):  # type: ignore[no-untyped-def]
        import psycopg

        return psycopg.connect(self.admin_url, autocommit=True)

    def url_of(self, name: str) -> str:
        """The admin URL with another database."""
        from urllib.parse import urlsplit, urlunsplit

        parts = urlsplit(self.admin_url)
        return urlunsplit(parts._replace(path=f"/{name}"))

    def create_database(self) -> tuple[str, str]:
        name = f"webcare_test_{uuid.uuid4().hex[:12]}"
        with self._admin() as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return name, self.url_of(name)

    def drop_database(self, name: str) -> None:
        with self._admin() as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _reachable(url: str) -> str | None:
    """None when the server answers, else why not."""
    try:
        import psycopg
    except ImportError:
        return "psycopg is not installed (pip install -e '.[test]')"
    try:
        with psycopg.connect(url, autocommit=True, connect_timeout=5) as conn:
            conn.execute("SELECT 1")
    except psycopg.Error as exc:
        return f"WEBCARE_TEST_POSTGRES does not answer: {str(exc).splitlines()[0]}"
    return None


def _pg_bin(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    versions = sorted(Path("/usr/lib/postgresql").glob(f"*/bin/{name}"), reverse=True)
    return str(versions[0]) if versions else None


@contextmanager
def own_cluster() -> Iterator[str | None]:
    """A throw-away cluster in a temporary directory, socket only, stopped at the end.
    initdb refuses root: as root it runs as `nobody`. Yields the admin URL, or None."""
    initdb, pg_ctl = _pg_bin("initdb"), _pg_bin("pg_ctl")
    if initdb is None or pg_ctl is None:
        yield None
        return
    base = Path(tempfile.mkdtemp(prefix="webcare-pg-"))
    as_root = os.geteuid() == 0

    def run(*argv: str) -> None:
        command = list(argv)
        if as_root:
            command = ["su", "nobody", "-s", "/bin/sh", "-c", " ".join(_quote(a) for a in argv)]
        subprocess.run(command, check=True, capture_output=True, timeout=120, cwd="/")

    started = False
    try:
        base.chmod(0o755)
        if as_root:
            shutil.chown(base, "nobody", "nogroup")
        data = base / "data"
        run(initdb, "-D", str(data), "-A", "trust", "-U", "postgres", "-E", "UTF8",
            "--locale=C.UTF-8")  # fmt: skip
        run(pg_ctl, "-D", str(data), "-o", f"-k {base} -c listen_addresses='' -F",
            "-l", str(base / "log"), "-w", "start")  # fmt: skip
        started = True
        yield f"postgresql://postgres@/postgres?host={base}"
    except (OSError, subprocess.SubprocessError, LookupError):
        yield None
    finally:
        if started:
            try:
                run(pg_ctl, "-D", str(base / "data"), "-m", "immediate", "-w", "stop")
            except (OSError, subprocess.SubprocessError):
                pass
        shutil.rmtree(base, ignore_errors=True)


def _quote(arg: str) -> str:
    import shlex

    return shlex.quote(arg)


@contextmanager
def find_server() -> Iterator[PostgresServer | None]:
    url = os.environ.get(URL_ENV)
    if url == "off":  # run the SQLite half only, even where initdb is installed
        yield None
        return
    if url:
        problem = _reachable(url)
        if problem is not None:
            if os.environ.get(REQUIRED_ENV) == "1":
                raise RuntimeError(problem)
            yield None
            return
        yield PostgresServer(url)
        return
    with own_cluster() as own:
        yield PostgresServer(own) if own and _reachable(own) is None else None
