"""Honest errors and checks (issue 10, point 7): cron must notice what went wrong, and
`webcare check` must find what a poll would trip over, before the poll does."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from typer.testing import Result

NOW = "2026-11-23T09:00:00+01:00"


# ---------------------------------------------------------------- import


def test_importing_a_missing_file_is_a_usage_error_naming_it_and_writes_nothing(
    cli: Callable[..., Result], db_path: Path, tmp_path: Path
) -> None:
    missing = tmp_path / "exports" / "reviews.csv"
    result = cli("import", missing, "--kind", "csv", "--db", db_path, "--now", NOW)
    assert result.exit_code == 2, result.stderr
    assert result.stderr.splitlines() == [f"webcare: error: import: no such file: {missing}"]
    assert not db_path.parent.exists()


def test_importing_a_directory_is_a_usage_error(
    cli: Callable[..., Result], db_path: Path, tmp_path: Path
) -> None:
    result = cli("import", tmp_path, "--kind", "csv", "--db", db_path, "--now", NOW)
    assert result.exit_code == 2
    assert f"{tmp_path} is a directory" in result.stderr
    assert not db_path.parent.exists()
