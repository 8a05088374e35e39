"""Odd configs and odd options (issue 13): durations no calendar can hold, times outside
the years webcare works in, a TOML file nested thousands deep. `check` refuses what a
command would crash on, and every command exits 2 naming the file, key or option."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from conftest import NOW
from storesql import table_rows
from typer.testing import Result

from webcare.timeparse import parse_duration, parse_since, parse_time

Cli = Callable[..., Result]
MakeConfig = Callable[..., Path]
AMS = ZoneInfo("Europe/Amsterdam")

TOO_LONG = ["99999999w", "3651d", "9" * 400 + "s", "522w"]
"""Longer than the ten years webcare reads; the third is infinite as a float."""


@pytest.fixture
def db_path(store_url: str) -> str:
    """This file's stores, on every backend: a SQLite file or a PostgreSQL database."""
    return store_url


def one_error(result: Result) -> str:
    """The one stderr line of a command that exited 2."""
    assert result.exit_code == 2, result.output
    [line] = result.stderr.splitlines()
    assert line.startswith("webcare: error: ")
    return line


# ---------------------------------------------------------------- durations in the config


@pytest.mark.parametrize(
    ("table", "key"),
    [
        ("sla", "social"),
        ("sla", "default"),
        ("sla", "at_risk_floor"),
        ("sla.urgency", "critical"),
        ("poll", "timeout"),
        ("poll", "backfill"),
        ("report", "digest_since"),
        ("report", "thank_within"),
        ("notify", "cooldown"),
        ("sources[0]", "sla"),
    ],
)
@pytest.mark.parametrize("value", TOO_LONG)
def test_a_duration_longer_than_ten_years_is_refused_by_check_and_by_every_command(
    table: str, key: str, value: str, make_config: MakeConfig, cli: Cli, tmp_path: Path
) -> None:
    export = tmp_path / "social.jsonl"
    export.write_text("", encoding="utf-8")
    source = {"name": "social", "kind": "jsonl", "path": str(export)}
    if table == "sources[0]":
        config = make_config({**source, key: value})
    elif table == "sla.urgency":
        config = make_config(source, sla={"urgency": {key: value}})
    else:
        config = make_config(source, **{table: {key: value}})

    named = "sources[0] (social)" if table == "sources[0]" else table
    for command in (["check"], ["report"], ["poll"]):
        line = one_error(cli(*command, "--config", config, "--now", NOW))
        assert line.startswith(f"webcare: error: {config}, key '{named}.{key}': "), line
        assert "at most 3650d" in line, line


def test_ten_years_is_still_a_duration(make_config: MakeConfig, cli: Cli) -> None:
    config = make_config(sla={"review": "3650d"}, report={"digest_since": "520w"})
    result = cli("check", "--config", config, "--now", NOW)
    assert result.exit_code == 0, result.output


# ---------------------------------------------------------------- --since, --now and --at


SINCE = [["report"], ["report", "--digest"], ["mentions"], ["stats"], ["notify", "--dry-run"]]
NOW_TAKEN = [
    *SINCE, ["show", "{id}"], ["explain", "{id}"], ["ack", "{id}"], ["reopen", "{id}"], ["poll"],
]  # fmt: skip


@pytest.mark.parametrize("value", [*TOO_LONG, "0001-01-01", "9999-12-31", "1969-12-31"])
def test_a_since_no_calendar_can_hold_is_a_usage_error_naming_the_option(
    value: str, cli: Cli, db_path: str, tmp_path: Path
) -> None:
    store_with_a_mention(cli, db_path, tmp_path)
    for command in SINCE:
        line = one_error(cli(*command, "--since", value, "--db", db_path, "--now", NOW))
        assert line.startswith("webcare: error: --since: "), (command, line)
        assert ("3650d" if value in TOO_LONG else "1970 to 2199") in line, (command, line)


@pytest.mark.parametrize(
    "value",
    [
        "0001-01-01",
        "0001-01-01T00:00:00+14:00",
        "0001-01-01T00:30",
        "9999-12-31",
        "9999-12-31T23:59:59-12:00",
        "1969-07-20T20:17:00Z",
        "2200-01-01",
    ],
)
def test_a_now_outside_the_years_webcare_works_in_is_a_usage_error_naming_it(
    value: str, cli: Cli, make_config: MakeConfig, db_path: str, tmp_path: Path
) -> None:
    mention = store_with_a_mention(cli, db_path, tmp_path)
    config = make_config(
        {"name": "social", "kind": "jsonl", "path": str(tmp_path / "social.jsonl")}
    )
    before = table_rows(db_path)
    for command in NOW_TAKEN:
        args = [arg.replace("{id}", mention) for arg in command]
        line = one_error(cli(*args, "--config", config, "--db", db_path, "--now", value))
        assert line.startswith("webcare: error: --now: ") and "1970" in line, (command, line)
    assert table_rows(db_path) == before


@pytest.mark.parametrize("value", ["0001-01-01", "9999-12-31T23:00:00-05:00"])
def test_an_ack_at_a_time_outside_those_years_is_a_usage_error_naming_at(
    value: str, cli: Cli, db_path: str, tmp_path: Path
) -> None:
    mention = store_with_a_mention(cli, db_path, tmp_path)
    before = table_rows(db_path)
    line = one_error(cli("ack", mention, "--at", value, "--db", db_path, "--now", NOW))
    assert line.startswith("webcare: error: --at: "), line
    assert table_rows(db_path) == before


def store_with_a_mention(cli: Cli, db_path: str, tmp_path: Path) -> str:
    export = tmp_path / "social.jsonl"
    record = {"id": "9101", "author": "klant_jan", "created_at": "2026-11-23T06:10:00Z",
              "text": "@acme_nl pakket 51234 is nog steeds niet bezorgd"}  # fmt: skip
    export.write_text(json.dumps(record) + "\n", encoding="utf-8")
    assert cli("import", export, "--kind", "jsonl", "--db", db_path, "--now", NOW).exit_code == 0
    listed = cli("mentions", "--format", "jsonl", "--db", db_path, "--now", NOW)
    return str(json.loads(listed.stdout)["id"])


# ---------------------------------------------------------------- a TOML file nested deep


@pytest.mark.parametrize(
    "nested",
    [
        "a = " + "[" * 5000 + "]" * 5000,
        "a = " + "{ b = " * 5000 + "1" + " }" * 5000,
        "[brand]\nname = " + "[" * 5000 + "]" * 5000,
    ],
    ids=["arrays", "inline tables", "a value"],
)
@pytest.mark.parametrize("command", [["check"], ["report"], ["poll"]])
def test_a_toml_file_nested_thousands_deep_is_a_config_error_naming_the_file(
    command: list[str], nested: str, cli: Cli, tmp_path: Path
) -> None:
    config = tmp_path / "webcare.toml"
    config.write_text(nested + "\n", encoding="utf-8")

    line = one_error(cli(*command, "--config", config, "--now", NOW))

    assert line.startswith(f"webcare: error: {config}: ") and "nested too deeply" in line, line


def test_a_toml_value_nested_a_little_is_named_as_the_wrong_type(cli: Cli, tmp_path: Path) -> None:
    config = tmp_path / "webcare.toml"
    config.write_text("[brand]\nname = " + "[" * 100 + "]" * 100 + "\n", encoding="utf-8")
    line = one_error(cli("check", "--config", config))
    assert "key 'brand.name'" in line and "must be a string" in line


# ---------------------------------------------------------------- timeparse itself


def test_parse_duration_reads_up_to_ten_years() -> None:
    assert parse_duration("3650d") == timedelta(days=3650)
    assert parse_duration("520w") == timedelta(weeks=520)
    for text in TOO_LONG:
        with pytest.raises(ValueError, match=r"longer than webcare reads \(at most 3650d"):
            parse_duration(text)


def test_parse_since_says_a_duration_is_too_long_rather_than_not_a_time() -> None:
    now = datetime(2026, 11, 23, 8, tzinfo=UTC)
    with pytest.raises(ValueError, match="at most 3650d"):
        parse_since("99999999w", now, AMS)
    assert parse_since("3650d", now, AMS) == now - timedelta(days=3650)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1970-01-01", datetime(1969, 12, 31, 23, tzinfo=UTC)),  # midnight in Amsterdam
        ("2199-12-31T23:59:59+00:00", datetime(2199, 12, 31, 23, 59, 59, tzinfo=UTC)),
    ],
)
def test_parse_time_reads_the_years_1970_to_2199(text: str, expected: datetime) -> None:
    assert parse_time(text, AMS) == expected


@pytest.mark.parametrize(
    "text", ["0001-01-01", "0001-01-01T00:00:00+14:00", "1969-12-31", "2200-01-01", "9999-12-31"]
)
def test_parse_time_refuses_other_years_naming_the_ones_it_reads(text: str) -> None:
    with pytest.raises(ValueError, match="1970 to 2199"):
        parse_time(text, AMS)
