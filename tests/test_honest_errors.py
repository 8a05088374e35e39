"""Honest errors and checks (issue 10, point 7): cron must notice what went wrong, and
`webcare check` must find what a poll would trip over, before the poll does."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from httpserver import FeedServer
from storesql import untouched
from typer.testing import Result

NOW = "2026-11-23T09:00:00+01:00"


@pytest.fixture
def db_path(store_url: str) -> str:
    """This file's stores, on every backend: a SQLite file or a PostgreSQL database."""
    return store_url


# ---------------------------------------------------------------- import


def test_importing_a_missing_file_is_a_usage_error_naming_it_and_writes_nothing(
    cli: Callable[..., Result], db_path: str, tmp_path: Path
) -> None:
    missing = tmp_path / "exports" / "reviews.csv"
    result = cli("import", missing, "--kind", "csv", "--db", db_path, "--now", NOW)
    assert result.exit_code == 2, result.stderr
    assert result.stderr.splitlines() == [f"webcare: error: import: no such file: {missing}"]
    assert untouched(db_path)
    assert not (tmp_path / "store").exists()


def test_importing_a_directory_is_a_usage_error(
    cli: Callable[..., Result], db_path: str, tmp_path: Path
) -> None:
    result = cli("import", tmp_path, "--kind", "csv", "--db", db_path, "--now", NOW)
    assert result.exit_code == 2
    assert f"{tmp_path} is a directory" in result.stderr
    assert untouched(db_path)
    assert not (tmp_path / "store").exists()


def _jsonl_export(path: Path, count: int) -> Path:
    rows = [
        {"id": str(n), "text": f"Acme pakket {n} kwijt", "created_at": "2026-11-22T10:00:00Z"}
        for n in range(count)
    ]
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    return path


def test_importing_a_file_of_another_kind_fails_with_one_line_that_names_file_and_cause(
    cli: Callable[..., Result], db_path: str, tmp_path: Path
) -> None:
    export = _jsonl_export(tmp_path / "social.jsonl", 24)
    result = cli("import", export, "--kind", "csv", "--db", db_path, "--now", NOW)
    assert result.exit_code == 3
    assert result.stderr.splitlines() == [
        f"import-social: FAILED: no row of {export} could be read as csv (23 problems; "
        "first: line 2: no 'text' field; skipped (map it with fields.text)); is --kind right?"
    ]
    listed = cli("mentions", "--format", "jsonl", "--db", db_path, "--now", NOW)
    assert listed.stdout == ""
    # Read with the right kind, the same file imports whole.
    again = cli("import", export, "--kind", "jsonl", "--db", db_path, "--now", NOW)
    assert again.exit_code == 0, again.stderr
    assert "import-social: 24 new, 0 already seen" in again.stderr


def test_a_failed_import_lists_every_problem_with_verbose(
    cli: Callable[..., Result], db_path: str, tmp_path: Path
) -> None:
    export = _jsonl_export(tmp_path / "social.jsonl", 3)
    result = cli("import", export, "--kind", "csv", "--db", db_path, "--now", NOW, "--verbose")
    assert result.exit_code == 3
    assert result.stderr.splitlines()[1:] == [
        f"  line {n}: no 'text' field; skipped (map it with fields.text)" for n in (2, 3)
    ]


def test_an_import_with_a_skipped_row_exits_3_and_names_the_row_even_when_quiet(
    cli: Callable[..., Result], db_path: str, tmp_path: Path
) -> None:
    export = tmp_path / "export.jsonl"
    export.write_text(
        '{"id": "a1", "text": "Acme app werkt weer", "created_at": "2026-11-22T10:00:00Z"}\n'
        '{"id": "a2", "text": "Acme kapot", "created_at": \n'
        '{"id": "a3", "text": "Acme, waar is mijn pakket?", "created_at": "2026-11-22T11:00Z"}\n',
        encoding="utf-8",
    )
    result = cli("import", export, "--kind", "jsonl", "--db", db_path, "--now", NOW, "--quiet")
    assert result.exit_code == 3
    assert result.stderr.splitlines() == [
        "import-export: 2 new, 0 already seen, 1 problem(s)",
        "  line 2: not valid JSON (Expecting value, column 50); skipped",
    ]


def test_an_import_that_only_dropped_a_bad_field_exits_0(
    cli: Callable[..., Result], db_path: str, tmp_path: Path
) -> None:
    export = tmp_path / "export.jsonl"
    row = {"id": "1", "text": "Acme top", "rating": 9, "created_at": "2026-11-22T10:00:00Z"}
    export.write_text(json.dumps(row) + "\n", encoding="utf-8")
    result = cli("import", export, "--kind", "jsonl", "--db", db_path, "--now", NOW)
    assert result.exit_code == 0, result.stderr
    assert (
        "  line 1: rating 9 is not a whole number from 1 to 5; kept the mention without a rating"
        in (result.stderr.splitlines())
    )


# ---------------------------------------------------------------- poll


def test_a_polled_file_of_which_no_row_reads_is_a_failed_source_and_the_others_are_stored(
    cli: Callable[..., Result], db_path: str, tmp_path: Path, make_config: Callable[..., Path]
) -> None:
    wrong = _jsonl_export(tmp_path / "wrong.jsonl", 4)
    right = _jsonl_export(tmp_path / "right.jsonl", 2)
    config = make_config(
        {"name": "reviews", "kind": "csv", "path": str(wrong)},
        {"name": "social", "kind": "jsonl", "path": str(right)},
    )
    result = cli("poll", "--config", config, "--db", db_path, "--now", NOW)
    assert result.exit_code == 3
    lines = result.stderr.splitlines()
    assert (
        f"reviews: FAILED: no row of {wrong} could be read as csv (3 problems; first: line 2: "
        "no 'text' field; skipped (map it with fields.text)); is the source's kind right?"
    ) in lines
    assert "social: 2 new, 0 already seen" in lines


def test_a_poll_with_a_few_bad_rows_among_good_ones_exits_0(
    cli: Callable[..., Result], db_path: str, tmp_path: Path, make_config: Callable[..., Path]
) -> None:
    export = _jsonl_export(tmp_path / "social.jsonl", 3)
    with export.open("a", encoding="utf-8") as out:
        out.write("{not json\n")
    config = make_config({"name": "social", "kind": "jsonl", "path": str(export)})
    result = cli("poll", "--config", config, "--db", db_path, "--now", NOW)
    assert result.exit_code == 0, result.stderr
    assert "social: 3 new, 0 already seen, 1 problem(s)" in result.stderr


def test_a_polled_url_of_which_no_row_reads_fails_naming_the_host_only(
    cli: Callable[..., Result],
    db_path: str,
    make_config: Callable[..., Path],
    feed_server: FeedServer,
) -> None:
    url = feed_server.route(
        "/export.jsonl?key=s3cret", "[1, 2]\n[3]\n", content_type="application/json"
    )
    config = make_config({"name": "api", "kind": "jsonl", "url": url})
    result = cli("poll", "--config", config, "--db", db_path, "--now", NOW)
    assert result.exit_code == 3
    assert (
        "api: FAILED: no row from 127.0.0.1 could be read as jsonl (2 problems; first: line 1: "
        "expected a JSON object, found list; skipped); is the source's kind right?"
    ) in result.stderr.splitlines()
    assert "s3cret" not in result.stderr


# ---------------------------------------------------------------- check


def test_check_names_every_missing_file_and_unset_variable_on_its_own_line(
    cli: Callable[..., Result],
    tmp_path: Path,
    make_config: Callable[..., Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name in ("FEED_KEY", "PARTNER_TOKEN", "X_BEARER", "WEBCARE_SLACK_URL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("KIYOH_TOKEN", "kiyoh-s3cret")  # set: fine, and never printed
    present = _jsonl_export(tmp_path / "present.jsonl", 1)
    config = make_config(
        {"name": "present", "kind": "jsonl", "path": str(present)},
        {"name": "reviews", "kind": "csv", "path": "exports/reviews.csv"},
        {"name": "feed", "kind": "rss", "url": "https://example.invalid/feed?key=${FEED_KEY}"},
        {
            "name": "partner",
            "kind": "jsonl",
            "url": "https://example.invalid/m.jsonl",
            "headers": {"Authorization": "Bearer ${PARTNER_TOKEN}"},
        },
        {"name": "x", "kind": "x-api", "query": "acme", "token": "${X_BEARER}"},
        {"name": "kiyoh", "kind": "kiyoh", "location_id": "1", "token": "${KIYOH_TOKEN}"},
        # A saved response sends no request: its token is not needed.
        {"name": "x-saved", "kind": "x-api", "path": str(present), "token": "${X_BEARER}"},
        notify={"urls": ["${WEBCARE_SLACK_URL}", "json://127.0.0.1:9/hook"]},
    )
    result = cli("check", "--config", config, "--now", NOW)
    assert result.exit_code == 2
    errors = [line for line in result.stderr.splitlines() if not line.startswith("warning: ")]
    assert errors == [
        f"webcare: error: {config}, key 'sources[1] (reviews).path': "
        f"file not found: {tmp_path / 'exports' / 'reviews.csv'}",
        f"webcare: error: {config}, key 'sources[2] (feed).url': "
        "environment variable FEED_KEY is not set",
        f"webcare: error: {config}, key 'sources[3] (partner).headers.Authorization': "
        "environment variable PARTNER_TOKEN is not set",
        f"webcare: error: {config}, key 'sources[4] (x).token': "
        "environment variable X_BEARER is not set",
        f"webcare: error: {config}, key 'notify.urls[0]': "
        "environment variable WEBCARE_SLACK_URL is not set",
    ]
    assert "kiyoh-s3cret" not in result.stdout + result.stderr
    assert "sources (7):" in result.stdout  # the overview is still printed


def test_check_of_a_config_whose_sources_and_secrets_are_all_there_exits_0(
    cli: Callable[..., Result],
    tmp_path: Path,
    make_config: Callable[..., Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("X_BEARER", "x-s3cret")
    monkeypatch.setenv("WEBCARE_SLACK_URL", "slack://T0/B0/s3cret")
    present = _jsonl_export(tmp_path / "present.jsonl", 1)
    config = make_config(
        {"name": "present", "kind": "jsonl", "path": str(present)},
        {"name": "x", "kind": "x-api", "query": "acme", "token": "${X_BEARER}"},
        notify={"urls": ["${WEBCARE_SLACK_URL}"]},
    )
    result = cli("check", "--config", config, "--now", NOW)
    assert result.exit_code == 0, result.stderr
    assert "s3cret" not in result.stdout + result.stderr


def test_check_does_not_warn_about_the_starter_configs_own_sla_defaults(
    cli: Callable[..., Result], tmp_path: Path
) -> None:
    # messaging = "15m" with at_risk_floor = "15m" used to draw "is not longer than
    # at_risk_floor": the floor now never exceeds half the target, so there is nothing to warn.
    assert cli("init").exit_code == 0
    result = cli("check", "--now", "2026-06-10")  # no holiday in the 30 days after
    assert [line for line in result.stderr.splitlines() if line.startswith("warning:")] == []
