"""`--format markdown`: one table, every hostile cell inert."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from webcare.cli import app
from webcare.render.markdown import cell, link

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


def test_report_in_markdown_is_one_table_with_the_headline(tmp_path: Path) -> None:
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
    db = str(tmp_path / "w.db")
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
