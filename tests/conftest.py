"""Shared fixtures. Every test runs with its own config and data dirs, so no developer
config or store leaks in, and nothing a test writes leaks out."""

from __future__ import annotations

from pathlib import Path

import pytest

NOW = "2026-11-23T09:00:00+01:00"
"""The pinned `now` most tests report at (Monday 09:00 in Amsterdam)."""


@pytest.fixture(autouse=True)
def isolated_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    for name in ("WEBCARE_CONFIG", "WEBCARE_DB", "WEBCARE_USER", "NO_COLOR", "WEBCARE_NO_COLOR"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "store" / "webcare.db"
