"""Shared fixtures. Every test runs with its own config and data dirs, so no developer
config or store leaks in, and nothing a test writes leaks out."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from httpserver import FeedServer, serve
from pgserver import PostgresServer, find_server
from typer.testing import CliRunner, Result

from webcare.cli import app_for

# The probe files' shared assertion reports its values as a test's own would.
pytest.register_assert_rewrite("labelled_probes")

NOW = "2026-11-23T09:00:00+01:00"
"""The pinned `now` most tests report at (Monday 09:00 in Amsterdam)."""


@pytest.fixture(scope="session")
def pattern_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One cache of compiled patterns for the session (`analysis.compiled`): what it holds
    depends only on the patterns, and each test's subprocesses then start warm."""
    return tmp_path_factory.mktemp("cache")


@pytest.fixture(autouse=True)
def isolated_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pattern_cache: Path) -> Path:
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.setenv("WEBCARE_CACHE_DIR", str(pattern_cache))
    for name in (
        "WEBCARE_CONFIG", "WEBCARE_DB", "WEBCARE_USER", "NO_COLOR", "WEBCARE_NO_COLOR",
        "WEBCARE_FEED_PARSER", "WEBCARE_HTTP",
    ):  # fmt: skip
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.fixture(params=["feedparser", "feedparser-rs"])
def feed_parser(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Every RSS and Atom document read by feedparser alone, then with the accelerator
    (`webcare[fast]`) taking every document it reads alike (`sources.feedread`)."""
    if request.param == "feedparser":
        monkeypatch.setenv("WEBCARE_FEED_PARSER", "feedparser")
    else:
        pytest.importorskip("feedparser_rs", reason="webcare[fast] is not installed")
        monkeypatch.setenv("WEBCARE_FEED_PARSER", "auto")
    return str(request.param)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "store" / "webcare.db"


# ---------------------------------------------------------------- the store, on every backend


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer | None]:
    """The PostgreSQL server the PostgreSQL half of the suite runs against: the one
    WEBCARE_TEST_POSTGRES names, else a throw-away cluster this session starts when
    `initdb` is installed, else None (those tests are then skipped, or fail with
    WEBCARE_TEST_POSTGRES_REQUIRED=1)."""
    with find_server() as server:
        yield server


@pytest.fixture
def make_postgres_database(
    postgres_server: PostgresServer | None,
) -> Iterator[Callable[[], str]]:
    """Make fresh, empty databases on the test server (dropped after the test); each
    call returns one's URL."""
    if postgres_server is None:
        PostgresServer.unavailable()
    made: list[str] = []

    def make() -> str:
        name, url = postgres_server.create_database()
        made.append(name)
        return url

    yield make
    for name in made:
        postgres_server.drop_database(name)


@pytest.fixture(
    params=[
        pytest.param("sqlite", id="sqlite"),
        pytest.param("postgresql", id="postgresql", marks=pytest.mark.postgres),
    ]
)
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Where a test's store is, once per backend: a new SQLite file's path, or the URL of
    a fresh PostgreSQL database of its own. The CLI takes either as `--db`."""
    if request.param == "sqlite":
        return str(tmp_path / "store" / "webcare.db")
    make: Callable[[], str] = request.getfixturevalue("make_postgres_database")
    return make()


@pytest.fixture
def new_store_url(
    store_url: str, request: pytest.FixtureRequest, tmp_path: Path
) -> Callable[[str], str]:
    """For a test that compares stores: `new_store_url("w2")` is one more fresh store on
    the backend `store_url` is on (a SQLite file named after it, or a new database)."""

    def make(name: str) -> str:
        if store_url.startswith("postgresql://"):
            database: Callable[[], str] = request.getfixturevalue("make_postgres_database")
            return database()
        return str(tmp_path / "stores" / f"{name}.db")

    return make


# ---------------------------------------------------------------- I/O-side fixtures


@pytest.fixture
def feed_server(monkeypatch: pytest.MonkeyPatch) -> Iterator[FeedServer]:
    """A real HTTP server on 127.0.0.1 (ephemeral port); tests register its routes."""
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"):  # no developer proxy sees test traffic
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)
    with serve() as server:
        yield server


@pytest.fixture
def cli() -> Callable[..., Result]:
    """Run the real CLI in-process: `cli("poll", "--now", NOW)`; stdout and stderr apart.

    An exception that escapes webcare (not an exit code) fails the test with its traceback.
    """
    runner = CliRunner()

    def invoke(*args: str | Path, input: str | None = None) -> Result:  # noqa: A002
        words = [str(arg) for arg in args]
        # The app `webcare` itself runs for these words (one command's, or stand-ins for
        # the top-level help): what a user gets, tested by every CLI test.
        result = runner.invoke(app_for(words, {}), words, input=input)
        if result.exception is not None and not isinstance(result.exception, SystemExit):
            raise result.exception
        return result

    return invoke


ACME_BRAND: dict[str, object] = {
    "name": "Acme",
    "keywords": ["acme", "@acme_nl", "acmecare"],
    "exclude": ["acme vacatures"],
    "handles": ["acme_nl", "AcmeCare"],
    "timezone": "Europe/Amsterdam",
}
"""The brand most I/O tests poll for: a fictional Dutch web shop (as in SPEC.md)."""


def _toml_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)  # a JSON string is a TOML basic string
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(item) for item in value) + "]"
    if isinstance(value, dict):
        pairs = ", ".join(f"{key} = {_toml_value(item)}" for key, item in value.items())
        return "{ " + pairs + " }"
    raise TypeError(f"cannot write {value!r} as TOML")


@pytest.fixture
def make_config(tmp_path: Path) -> Callable[..., Path]:
    """Write tmp_path/webcare.toml: the Acme brand, a 1 s poll timeout and the given sources.

    `make_config({"name": "news", "kind": "rss", "url": ...}, poll={"max_bytes": 2048})`.
    """

    def write(
        *sources: dict[str, object],
        brand: dict[str, object] | None = None,
        **tables: dict[str, object],
    ) -> Path:
        parts = {
            "brand": ACME_BRAND if brand is None else brand,
            "poll": {"timeout": "1s", "connect_timeout": "1s"},
        }
        for name, table in tables.items():
            parts[name] = {**parts.get(name, {}), **table}  # poll= adds to the 1 s timeouts
        lines: list[str] = []
        for name, table in parts.items():
            lines.append(f"[{name}]")
            lines.extend(f"{key} = {_toml_value(value)}" for key, value in table.items())
            lines.append("")
        for source in sources:
            lines.append("[[sources]]")
            lines.extend(f"{key} = {_toml_value(value)}" for key, value in source.items())
            lines.append("")
        path = tmp_path / "webcare.toml"
        path.write_text("\n".join(lines), encoding="utf-8")
        return path

    return write
