"""What only the PostgreSQL backend has: a URL from the config or the environment whose
password is never printed, messages that name the host and the database, a read-only
account that can still report, and a database that is not a webcare store left alone."""

from __future__ import annotations

import json
import subprocess
import sys
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest
from storesql import sql
from typer.testing import CliRunner, Result

from webcare.cli import app

pytestmark = pytest.mark.postgres

NOW = "2026-11-23T09:00:00+01:00"
ROWS = [
    {"id": "1", "author": "sanne", "text": "Acme, mijn pakket is niet bezorgd",
     "created_at": "2026-11-23T06:00:00Z"},
    {"id": "2", "author": "bert", "text": "Acme app crasht steeds", "created_at": "2026-11-23T07:00:00Z"},
]  # fmt: skip


def run(*args: object, code: int = 0) -> Result:
    result = CliRunner().invoke(app, [str(arg) for arg in args])
    assert result.exit_code == code, result.output
    return result


def with_user(url: str, user: str, password: str | None = None) -> str:
    parts = urlsplit(url)
    host = parts.netloc.rpartition("@")[2]
    credentials = user + (f":{password}" if password is not None else "")
    return urlunsplit(parts._replace(netloc=f"{credentials}@{host}"))


def database_of(url: str) -> str:
    return urlsplit(url).path.lstrip("/")


@pytest.fixture
def store(make_postgres_database: Callable[[], str], tmp_path: Path) -> str:
    url = make_postgres_database()
    export = tmp_path / "export.jsonl"
    export.write_text("".join(json.dumps(row) + "\n" for row in ROWS), encoding="utf-8")
    run("import", export, "--kind", "jsonl", "--db", url, "--now", NOW)
    return url


@pytest.fixture
def role(store: str) -> Iterator[str]:
    """A login role of this test's own (roles belong to the whole cluster), dropped after."""
    name = f"webcare_role_{uuid.uuid4().hex[:8]}"
    sql(store, f"CREATE ROLE {name} LOGIN PASSWORD 'Geheim#42/x'")
    yield name
    sql(store, f"DROP OWNED BY {name}")
    sql(store, f"DROP ROLE {name}")


def test_the_config_names_the_store_and_its_password_comes_from_the_environment(
    store: str, role: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sql(store, f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {role}")
    config = tmp_path / "webcare.toml"
    url = with_user(store, role, "${WEBCARE_TEST_PW}")
    config.write_text(f'[store]\nurl = "{url}"\n', encoding="utf-8")

    unset = run("report", "--config", config, "--now", NOW, code=2)
    assert "WEBCARE_TEST_PW is not set" in unset.stderr

    monkeypatch.setenv("WEBCARE_TEST_PW", "Geheim#42/x")
    listed = run("mentions", "--config", config, "--now", NOW, "-f", "jsonl").stdout
    assert {json.loads(line)["author"] for line in listed.splitlines()} == {"sanne", "bert"}
    info = run("db", "info", "--config", config).stdout
    assert f"store       postgresql://{role}@/" in info and "Geheim" not in info


def test_errors_name_the_host_and_the_database_never_the_password(
    store: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WEBCARE_TEST_PW", "Sesam-open-42")
    parts = urlsplit(with_user(store, "postgres", "${WEBCARE_TEST_PW}"))
    missing = urlunsplit(parts._replace(path="/no_such_database"))

    result = run("report", "--db", missing, "--now", NOW, code=4)

    host = parts.query.removeprefix("host=")
    [line] = result.stderr.splitlines()
    assert f'database "no_such_database" on {host}' in line
    assert "Sesam" not in result.output
    no_server = run("report", "--db", "postgresql://x:Sesam-open-42@/db?host=/nonexistent", code=4)
    assert 'cannot connect to the PostgreSQL database "db" on /nonexistent' in no_server.stderr
    assert "Sesam" not in no_server.output


def test_a_read_only_account_reports_and_cannot_write(store: str, role: str) -> None:
    sql(store, f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {role}")
    reader = with_user(store, role)
    listed = run("report", "--db", reader, "--now", NOW, "-f", "jsonl").stdout
    first = json.loads(listed.splitlines()[0])["id"]
    run("show", first, "--db", reader, "--now", NOW)

    refused = run("ack", first, "--by", "lezer", "--db", reader, "--now", NOW, code=4)

    assert "this account may not write to it" in refused.stderr
    assert sql(store, "SELECT count(*) FROM actions") == [(0,)]


def test_a_database_of_another_program_is_left_alone(
    make_postgres_database: Callable[[], str],
) -> None:
    other = make_postgres_database()
    sql(other, "CREATE TABLE mentions (id integer PRIMARY KEY, tweet text)")

    imported = run("db", "upgrade", "--db", other, code=4)

    assert (
        "is not a webcare store: it holds tables webcare did not make (mentions)" in imported.stderr
    )
    assert sql(other, "SELECT to_regclass('webcare_schema') IS NULL") == [(True,)]


def test_a_store_of_a_newer_webcare_is_refused_and_an_empty_one_named(
    store: str, make_postgres_database: Callable[[], str]
) -> None:
    sql(store, "INSERT INTO webcare_schema (version) VALUES (99)")
    newer = run("report", "--db", store, "--now", NOW, code=4)
    assert "written by a newer webcare (schema 99, this one knows" in newer.stderr
    empty = run("report", "--db", make_postgres_database(), code=4)
    assert "no webcare store in the PostgreSQL database" in empty.stderr
    assert "`webcare db upgrade`" in empty.stderr


def test_two_hosts_opening_a_new_store_at_once_migrate_it_once(
    make_postgres_database: Callable[[], str],
) -> None:
    url = make_postgres_database()
    code = "from webcare.store import open_store; open_store(__import__('sys').argv[1], create=True).close()"
    processes = [subprocess.Popen([sys.executable, "-c", code, url]) for _ in range(4)]
    assert [process.wait(timeout=60) for process in processes] == [0, 0, 0, 0]
    from webcare.store.postgres.schema import MIGRATIONS

    expected = [(version,) for version, _ in MIGRATIONS]
    assert sql(url, "SELECT version FROM webcare_schema ORDER BY version") == expected


def test_webcare_help_and_a_sqlite_store_never_load_psycopg(tmp_path: Path) -> None:
    # Said by an exit handler: a reading command's process ends at once (`cli._leave`),
    # after its exit handlers.
    code = (
        "import atexit, sys\n"
        "atexit.register(lambda: print('psycopg', 'psycopg' in sys.modules))\n"
        "from webcare.cli import main; sys.argv = ['webcare'] + sys.argv[1:]\n"
        "main()"
    )
    for args in (["--help"], ["report", "--db", str(tmp_path / "x.db")]):
        done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True)
        assert done.stdout.splitlines()[-1] == "psycopg False", done.stderr
