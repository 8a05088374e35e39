"""`webcare` builds only what the words it runs need (webcare.cli.app_for): one command's
options, or stand-ins for the top-level help. Whatever it builds must answer exactly as
the whole app does."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
import typer.main
from typer.testing import CliRunner

from webcare.cli import app, app_for


def every_command() -> list[list[str]]:
    group = typer.main.get_command(app)
    assert isinstance(group, typer.core.TyperGroup)
    words: list[list[str]] = []
    for name, command in group.commands.items():
        words.append([name])
        if isinstance(command, typer.core.TyperGroup):
            words += [[name, sub] for sub in command.commands]
    return words


ASKED = (
    [[], ["--help"], ["-h"], ["--version"], ["reprot"], ["report", "--no-such-option"]]
    + [[*words, "--help"] for words in every_command()]
    + [["eval"], ["db"], ["person"]]
)


@pytest.mark.parametrize("words", ASKED, ids=" ".join)
def test_the_app_built_for_the_words_answers_as_the_whole_app(words: list[str]) -> None:
    runner = CliRunner()
    whole = runner.invoke(app, words, prog_name="webcare", env={"COLUMNS": "100"})
    narrowed = runner.invoke(app_for(words, {}), words, prog_name="webcare", env={"COLUMNS": "100"})
    assert (narrowed.exit_code, narrowed.stdout, narrowed.stderr) == (
        whole.exit_code,
        whole.stdout,
        whole.stderr,
    )
    assert whole.stdout or whole.stderr  # something was said, not two empty answers


def test_a_command_gets_an_app_with_only_that_command() -> None:
    group = typer.main.get_command(app_for(["report", "--limit", "5"], {}))
    assert isinstance(group, typer.core.TyperGroup)
    assert list(group.commands) == ["report"]
    assert [p.name for p in group.commands["report"].params if p.name == "limit"] == ["limit"]


def test_shell_completion_gets_the_whole_app() -> None:
    assert app_for(["report"], {"_WEBCARE_COMPLETE": "bash_complete"}) is app


def test_the_installed_command_lists_every_command() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "webcare", "--help"],
        capture_output=True,
        text=True,
        env={**os.environ, "COLUMNS": "100"},
        check=True,
    )
    for words in every_command():
        if len(words) == 1:
            assert f"  {words[0]} " in done.stdout
