"""Colour in the table on a real terminal: a pseudo-terminal, since only a terminal gets any.

NO_COLOR turns colour off when it is set and not empty (no-color.org); `NO_COLOR=` left
empty by a shell profile does not, and neither does its absence.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pty = pytest.importorskip("pty", reason="pseudo-terminals are POSIX")

ESCAPE = b"\x1b["


def _demo_on_a_terminal(cwd: Path, *options: str, no_color: str | None = None) -> bytes:
    """What `webcare demo` writes to stdout when stdout is a terminal."""
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "WEBCARE_NO_COLOR")}
    env["COLUMNS"] = "120"
    if no_color is not None:
        env["NO_COLOR"] = no_color
    leader, follower = pty.openpty()
    try:
        process = subprocess.Popen(
            [sys.executable, "-m", "webcare", "demo", "--limit", "3", *options],
            cwd=cwd, env=env, stdout=follower, stderr=subprocess.DEVNULL,
        )  # fmt: skip
    finally:
        os.close(follower)
    written = b""
    try:
        while chunk := os.read(leader, 65536):
            written += chunk
    except OSError:  # the terminal is gone once the process ends (EIO on Linux)
        pass
    finally:
        os.close(leader)
    assert process.wait(timeout=60) == 0
    assert b"steaks on the floor" in written  # the report itself, not an error
    return written


def test_a_terminal_gets_colour(tmp_path: Path) -> None:
    assert ESCAPE in _demo_on_a_terminal(tmp_path)


def test_an_empty_no_color_leaves_colour_on(tmp_path: Path) -> None:
    assert ESCAPE in _demo_on_a_terminal(tmp_path, no_color="")


@pytest.mark.parametrize(
    ("options", "no_color"), [((), "1"), (("--no-color",), None)], ids=["NO_COLOR=1", "--no-color"]
)
def test_no_color_or_the_option_turns_colour_off(
    tmp_path: Path, options: tuple[str, ...], no_color: str | None
) -> None:
    assert ESCAPE not in _demo_on_a_terminal(tmp_path, *options, no_color=no_color)
