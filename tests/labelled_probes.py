"""The labelled probe files under `tests/labelled/` as pytest cases: each row one case, a strict
xfail (with the reason) when the rules are known to get it wrong, so that fixing a known
miss, or breaking a passing row, fails the run."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path

import pytest
from typer.testing import CliRunner

from webcare.analysis import analyse
from webcare.cli import app
from webcare.evaluate_urgency import Labelled, read_labelled
from webcare.settings import Settings

LABELLED = Path(__file__).parent / "labelled"
URGENT = frozenset({"critical", "high"})
PLAIN = Settings()


def analyzed(texts: Iterable[str]) -> list[list[str]]:
    """`webcare analyze TEXT...` run through the CLI: its rows, split into their columns
    (language, sentiment, score, urgency, topics, route, text), one a text, in order."""
    result = CliRunner().invoke(app, ["analyze", *texts])
    assert result.exit_code == 0, result.output
    return [line.split("\t") for line in result.stdout.splitlines()]


def urgent(level: str) -> bool:
    return level in URGENT


def probe_rows(*names: str) -> list[Labelled]:
    return [row for name in names for row in read_labelled(LABELLED / name)]


def labelled_cases(names: Iterable[str], known: Mapping[str, str]) -> list[object]:
    """One case a row of the files `names`; `known` maps a row id to why the rules miss it."""
    return [
        pytest.param(
            row,
            id=row.id,
            marks=[pytest.mark.xfail(strict=True, reason=known[row.id])] if row.id in known else [],
        )
        for row in probe_rows(*names)
    ]


def assert_urgency_as_labelled(row: Labelled) -> None:
    """The rules, on default settings, call the row urgent exactly when its label does."""
    got = analyse(row.text, PLAIN).urgency
    assert urgent(got.level.value) == urgent(row.urgency), (row.urgency, got.reasons, row.text)
