"""A reading command's process ends without tearing the interpreter down (`cli._leave`):
it prints and exits exactly as before, all of its output written, its exit handlers run;
and it leaves the normal way whenever that is not certain to be the same."""

from __future__ import annotations

import atexit
import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from typer.testing import CliRunner

from webcare import cli

NOW = "2026-11-23T09:00:00+01:00"


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, "-m", "webcare", *args], cwd=cwd, env=env, capture_output=True,
        text=True, encoding="utf-8", timeout=120, check=False,
    )  # fmt: skip


@pytest.fixture
def db(tmp_path: Path) -> str:
    """A store of 300 complaints, most of them breached at NOW."""
    rows = [
        {"id": f"m{n}", "text": f"Acme, pakket {n} is nog steeds niet bezorgd!",
         "created_at": f"2026-11-{1 + n % 20:02d}T{n % 24:02d}:00:00Z"}
        for n in range(300)
    ]  # fmt: skip
    export = tmp_path / "export.jsonl"
    export.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    path = str(tmp_path / "webcare.db")
    done = run("import", str(export), "--kind", "jsonl", "--source", "social", "--db", path,
               "--now", NOW, cwd=tmp_path)  # fmt: skip
    assert done.returncode == 0, done.stderr
    return path


@pytest.mark.parametrize(
    "args",
    [
        ("report", "--format", "jsonl"),
        ("report", "--format", "html", "--fail-on", "breached"),
        ("report", "--digest", "--since", "7d", "--format", "json"),
        ("mentions", "--format", "csv"),
        ("stats", "--format", "json"),
        ("report", "--format", "nonsense"),
    ],
)
def test_a_reading_command_prints_and_exits_as_in_process(
    db: str, tmp_path: Path, args: tuple[str, ...]
) -> None:
    words = [*args, "--db", db, "--now", NOW]
    process = run(*words, cwd=tmp_path)
    in_process = CliRunner().invoke(cli.app_for(words, {}), words)
    assert process.returncode == in_process.exit_code
    masked = [
        "\n".join(line for line in text.splitlines() if "generated" not in line)
        for text in (process.stdout, in_process.stdout)
    ]
    assert masked[0] == masked[1]
    if process.returncode in (0, 1):
        assert len(process.stdout) > 1_000  # an output, written whole (as compared above)
    else:
        assert "Invalid value" in process.stderr


class Left(Exception):
    pass


@pytest.fixture
def leaving(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """What `_leave` did: the exit handlers run, the status it would have ended with."""
    done: list[object] = []

    def exit_now(code: int) -> None:
        done.append(code)
        raise Left

    monkeypatch.setattr(atexit, "_run_exitfuncs", lambda: done.append("handlers"))
    monkeypatch.setattr(os, "_exit", exit_now)
    return done


@pytest.mark.parametrize(("code", "status"), [(None, 0), (0, 0), (1, 1), (4, 4)])
def test_leaving_runs_the_exit_handlers_then_ends(
    leaving: list[object], code: int | None, status: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The process's only thread, as in a command (a test session may run others of its own).
    monkeypatch.setattr(threading, "active_count", lambda: 1)
    with pytest.raises(Left):
        cli._leave(code)
    assert leaving == ["handlers", status]


def test_a_status_that_is_not_a_number_leaves_the_normal_way(leaving: list[object]) -> None:
    cli._leave("a message Python prints")
    cli._leave(True)
    assert leaving == []


def test_another_thread_running_leaves_the_normal_way(leaving: list[object]) -> None:
    stop = threading.Event()
    worker = threading.Thread(target=stop.wait)
    worker.start()
    try:
        cli._leave(0)
    finally:
        stop.set()
        worker.join()
    assert leaving == []
