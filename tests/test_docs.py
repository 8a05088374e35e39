"""The docs cannot drift: README's set-up commands, CI's test command and every command."""

from __future__ import annotations

import re
from pathlib import Path

import typer.main

from webcare.cli import app

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
# Each makes and uses a virtual environment: a stock Debian or Ubuntu has no `python` and
# refuses a system-wide `pip install` (PEP 668).
INSTALL_AND_DEMO = (
    "python3 -m venv .venv && . .venv/bin/activate && python -m pip install -e . && webcare demo"
)
INSTALL_AND_TEST = "python3 -m venv .venv && . .venv/bin/activate && python -m pip install -e '.[test]' && python -m pytest"


def test_readme_opens_with_the_two_setup_commands() -> None:
    blocks = re.findall(r"```sh\n(.*?)```", README, flags=re.DOTALL)
    assert blocks[0].strip() == INSTALL_AND_DEMO
    assert blocks[1].strip() == INSTALL_AND_TEST


def test_ci_runs_exactly_the_readme_test_command() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    commands = [
        line.strip()
        for line in ci.splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    ]
    assert INSTALL_AND_TEST in commands
    # The command makes its own environment: CI must not make (and activate) another first.
    assert not [c for c in commands if "venv" in c and c != INSTALL_AND_TEST]
    assert not [c for c in commands if "activate" in c and c != INSTALL_AND_TEST]


def test_the_setup_commands_use_python3_and_a_virtual_environment() -> None:
    for command in (INSTALL_AND_DEMO, INSTALL_AND_TEST):
        assert command.startswith("python3 -m venv .venv && . .venv/bin/activate && ")
        assert " pip install" not in command.replace("python -m pip install", "")


def test_the_virtual_environment_is_ignored_by_git() -> None:
    ignored = (ROOT / ".gitignore").read_text(encoding="utf-8").split()
    assert ".venv/" in ignored or ".venv" in ignored


def test_every_command_is_in_the_readme_with_help_text() -> None:
    group = typer.main.get_command(app)
    assert group.commands, "no commands registered"
    for name, command in group.commands.items():
        assert f"webcare {name}" in README, f"README does not show `webcare {name}`"
        assert command.help, f"`webcare {name}` has no help text"


def test_every_exit_code_is_documented() -> None:
    from webcare.errors import ExitCode

    for code in ExitCode:
        assert re.search(rf"^\| {int(code)} \|", README, flags=re.MULTILINE), (
            f"exit code {int(code)} undocumented"
        )


def test_every_output_format_is_documented() -> None:
    from webcare.render import OutputFormat

    for fmt in OutputFormat:
        assert f"`{fmt.value}`" in README, f"format {fmt.value} undocumented"


def test_every_bench_script_in_the_readme_exists() -> None:
    for script in re.findall(r"python (bench/\S+\.py)", README):
        assert (ROOT / script).is_file(), f"README names missing {script}"
