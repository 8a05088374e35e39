"""`--format markdown`: one table, every hostile cell inert."""

from __future__ import annotations

import json
import re
from pathlib import Path

from typer.testing import CliRunner

from webcare.cli import app
from webcare.render.markdown import cell, code, link

HOSTILE = (
    "<script>alert(1)</script> [click](javascript:alert(1)) ![img](https://evil.example/x.png) "
    "| new cell | **bold** `code` ~~gone~~ \x1b[31mred\x1b[0m \u202eevil"
)


def test_cells_make_markdown_and_html_literal() -> None:
    text = cell(HOSTILE)
    assert "<script>" not in text and "&lt;script&gt;" in text
    assert "\\[click\\]" in text and "!\\[img\\]" in text
    assert "\\| new cell \\|" in text
    assert "\\*\\*bold\\*\\*" in text and "\\`code\\`" in text and "\\~\\~gone\\~\\~" in text
    assert "\x1b" not in text and "\u202e" not in text


def test_only_plain_http_urls_become_links() -> None:
    assert link("https://reviews.example/r/1") == "<https://reviews.example/r/1>"
    assert not link("javascript:alert(1)").startswith("<")
    assert not link("https://x.example/a>b").startswith("<")


def test_report_in_markdown_is_one_table_with_the_headline(tmp_path: Path, store_url: str) -> None:
    export = tmp_path / "m.jsonl"
    rows = [
        {
            "id": "1",
            "author": "eve|x",
            "text": HOSTILE,
            "created_at": "2026-11-23T06:00:00Z",
            "url": "https://s.example/1",
        },
        {
            "id": "2",
            "author": "bob",
            "text": "Pakket nog steeds niet bezorgd",
            "created_at": "2026-11-23T07:00:00Z",
        },
    ]
    export.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    db = store_url
    runner = CliRunner()
    assert (
        runner.invoke(
            app,
            [
                "import",
                str(export),
                "--kind",
                "jsonl",
                "--no-filter",
                "--db",
                db,
                "--now",
                "2026-11-23T09:00Z",
            ],
        ).exit_code
        == 0
    )
    result = runner.invoke(
        app, ["report", "--db", db, "--now", "2026-11-23T09:00Z", "--format", "markdown"]
    )
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].startswith("**2 steaks on the floor")
    table = [line for line in lines if line.startswith("|")]
    assert len(table) == 4  # header, rule, two mentions
    columns = table[0].count(" | ")
    assert all(line.replace("\\|", "").count(" | ") == columns for line in table[2:])
    assert "<script>" not in result.stdout and "<https://s.example/1>" in result.stdout


# ---------------------------------------------------------------- actionable in a chat


def import_rows(tmp_path: Path, db: str, rows: list[dict[str, str]]) -> str:
    """The store `db` with `rows` imported as a social JSON-lines export; its location."""
    export = tmp_path / "m.jsonl"
    export.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    imported = CliRunner().invoke(
        app, ["import", str(export), "--kind", "jsonl", "--no-filter", "--db", db, "--now", NOW]
    )
    assert imported.exit_code == 0, imported.output
    return db


def run(db: str, *args: str) -> str:
    result = CliRunner().invoke(app, [*args, "--db", db, "--now", NOW])
    assert result.exit_code == 0, result.output
    return result.stdout


NOW = "2026-11-23T09:00Z"
LATE = {
    "id": "1",
    "author": "bob",
    "text": "Pakket nog steeds niet bezorgd",
    "created_at": "2026-11-22T22:35:00Z",  # social, 1h target: due 23:35, 565 minutes over
}


def test_markdown_words_how_late_as_the_table_does(tmp_path: Path, store_url: str) -> None:
    db = import_rows(tmp_path, store_url, [LATE])
    markdown = run(db, "report", "--format", "markdown")
    table = run(db, "report", "--format", "table")
    assert "9h 25m over" in table
    assert "| BREACHED 9h 25m over |" in markdown
    assert "565m" not in markdown


def test_each_markdown_row_gives_a_short_id_and_an_ack_command_that_works(
    tmp_path: Path, store_url: str
) -> None:
    rows = [LATE, {**LATE, "id": "2", "author": "carla", "text": "Waar blijft mijn bestelling?"}]
    db = import_rows(tmp_path, store_url, rows)
    markdown = run(db, "report", "--format", "markdown")
    table = [line for line in markdown.splitlines() if line.startswith("| ")]
    assert table[0].startswith("| # | ID | SLA |") and table[0].endswith("| Act |")
    commands = []
    for line in table[1:]:
        match = re.search(
            r"^\| \d+ \| `([0-9a-f]{8})` \|.*\| `webcare ack ([0-9a-f]{8})` \|$", line
        )
        assert match and match.group(1) == match.group(2), line
        commands.append(match.group(1))
    assert len(commands) == 2
    run(db, "ack", commands[0])
    after = run(db, "report", "--format", "markdown")
    assert commands[0] not in after and commands[1] in after


def test_markdown_times_are_the_brand_local_time(tmp_path: Path, store_url: str) -> None:
    markdown = run(import_rows(tmp_path, store_url, [LATE]), "report", "--format", "markdown")
    # 09:00Z is 10:00 in Amsterdam, the default brand time zone.
    assert markdown.rstrip().splitlines()[-1].startswith("_As of Mon 23 Nov 2026 10:00 CET;")
    assert "09:00Z" not in markdown and "UTC" not in markdown


def test_commands_are_code_spans_only_for_ids_and_commands() -> None:
    assert code("webcare ack 1d54f5ca") == "`webcare ack 1d54f5ca`"
    # Anything that could close the span or the cell is an escaped cell instead.
    assert code("x` [a](javascript:alert(1)) | y") == cell("x` [a](javascript:alert(1)) | y")
    assert "`" not in code("a`b").replace("\\`", "")


def test_a_mention_without_a_place_on_the_floor_shows_a_dash_not_none() -> None:
    from dataclasses import replace

    from test_sla import POLICY, at, stored

    from webcare import report
    from webcare.render import OutputFormat, renderer
    from webcare.settings import Settings

    listing = report.build_listing(
        [stored(created=at(0))], Settings(sla=POLICY), now=at(10), generated_at=at(10)
    )
    [row] = listing.rows
    unranked = replace(listing, rows=(replace(row, priority=replace(row.priority, rank=None)),))
    markdown = renderer(OutputFormat.MARKDOWN).listing(unranked)
    [line] = [line for line in markdown.splitlines() if "webcare ack" in line]
    assert line.startswith("| - | `")
    page = renderer(OutputFormat.HTML).listing(unranked)
    assert "None" not in page and "#-" not in page
