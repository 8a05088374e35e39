"""Urgency on messages written by hand, one file a round of judgement work (issue 12), in
`tests/urgency_rounds/`: each file's `#` lines tell what the round was about; each row says
what the rules must make of its text:

- `urgent`: critical or high, with `category` among the categories found;
- `critical` or `high`: exactly that level, with `category` among them;
- `calm`: neither critical nor high (a look-alike of an emergency);
- `low`: low (praise or thanks that asks nothing).

`sentiment`, when not `-`, is the label the text must also get. Add a round as a new
file; a row the rules get wrong fails the run."""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

import pytest

from webcare.analysis import analyse
from webcare.model import UrgencyLevel
from webcare.settings import Settings

ROUNDS = Path(__file__).parent / "urgency_rounds"
SETTINGS = Settings()
URGENT = (UrgencyLevel.CRITICAL, UrgencyLevel.HIGH)
EXPECTS = frozenset({"urgent", "critical", "high", "calm", "low"})


class Row(NamedTuple):
    expect: str
    category: str
    sentiment: str
    text: str


def _rows() -> list[object]:
    cases: list[object] = []
    for path in sorted(ROUNDS.glob("*.tsv")):
        lines = [
            line
            for line in path.read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")
        ]
        assert lines[0] == "expect\tcategory\tsentiment\ttext", path
        for number, line in enumerate(lines[1:], start=2):
            row = Row(*line.split("\t", 3))
            assert row.expect in EXPECTS, (path.name, number, row.expect)
            cases.append(pytest.param(row, id=f"{path.stem}:{row.text[:40]}"))
    return cases


@pytest.mark.parametrize("row", _rows())
def test_the_rules_read_the_row_as_written(row: Row) -> None:
    found = analyse(row.text, SETTINGS)
    level = found.urgency.level
    if row.expect == "calm":
        assert level not in URGENT, found.urgency.reasons
    elif row.expect == "low":
        assert level is UrgencyLevel.LOW, found.urgency.reasons
    else:
        assert level in URGENT if row.expect == "urgent" else level.value == row.expect, (
            found.urgency.reasons
        )
        assert row.category in found.urgency.categories, found.urgency.reasons
    if row.sentiment != "-":
        assert found.sentiment.label.value == row.sentiment
