"""The weekly digest's worst breaches can be acted on from the mail or the chat: each shows
its short id and the command to copy (`webcare ack` while still open, `webcare show` once
answered late), with times in the brand's zone; in HTML each breach is one block."""

from __future__ import annotations

from pathlib import Path

from test_digest import NOW, digest, document, run, store  # noqa: F401 - store is a fixture
from test_html import check, mention_cells


def test_markdown_gives_each_breach_its_short_id_and_the_command_to_copy(
    store: tuple[Path, str],  # noqa: F811
) -> None:
    breaches = document(store)["breaches"]
    markdown = digest(store, "markdown")
    assert {row["state"] for row in breaches} == {"open", "late"}
    for row in breaches:
        short = row["id"][:8]
        command = f"webcare ack {short}" if row["state"] == "open" else f"webcare show {short}"
        [line] = [line for line in markdown.splitlines() if line.startswith("| ") and short in line]
        assert f"| `{short}` |" in line and line.endswith(f"| `{command}` |"), line
        assert row["id"] not in markdown  # the short id is enough to type


def test_html_shows_each_breach_as_a_block_with_local_times_and_commands(
    store: tuple[Path, str],  # noqa: F811
) -> None:
    page = digest(store, "html")
    check(page)
    blocks = mention_cells(page)
    breaches = document(store)["breaches"]
    assert len(blocks) == len(breaches)
    for row, block in zip(breaches, blocks, strict=True):
        short = row["id"][:8]
        if row["state"] == "open":
            assert block.endswith(f"id {short} · webcare show {short} · webcare ack {short}")
        else:
            assert block.endswith(f"id {short} · webcare show {short}")
            assert "webcare ack" not in block
    # ingrid wrote at 10:00Z; bram's e-mail was answered at 16:00Z: Amsterdam is UTC+1.
    [ingrid] = [b for b in blocks if "ingrid" in b]
    assert ingrid.startswith("#1 · OPEN 1h 45m over · critical urgency · negative")
    assert "posted Mon 23 Nov 11:00 CET" in ingrid
    [bram] = [b for b in blocks if "bram" in b]
    assert "posted Sat 21 Nov 09:00 CET · answered Sat 21 Nov 17:00 CET" in bram
    assert "UTC" not in page and "T10:00:00Z" not in page


def test_the_ack_command_from_the_digest_answers_the_breach(
    store: tuple[Path, str],  # noqa: F811
) -> None:
    config, db = store
    markdown = digest(store, "markdown").splitlines()
    [line] = [line for line in markdown if line.startswith("| ") and "ingrid" in line]
    command = line.rsplit("`webcare ack ", 1)[1].split("`")[0]
    run("ack", command, "--config", config, "--db", db, "--now", NOW)
    [ingrid] = [row for row in document(store)["breaches"] if row["author"] == "ingrid"]
    assert ingrid["state"] == "late"  # answered now, 1h 45m past due
