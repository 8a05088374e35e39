"""A bulk ack says what it did, through the real CLI: it counts and touches only the
matches still waiting for an answer, and says how many matched but needed nothing.

Found in a lead's trial: `ack --all-matching --source reviews --yes` printed "acknowledge
4 mention(s)" where one was answered already and one was history (never on the floor),
so the count was not what it acknowledged.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from typer.testing import Result

ROWS = [
    {"id": "1", "author": "kim", "created_at": "2026-11-23T07:00:00Z",
     "text": "Acme mijn stroom is uitgevallen, help"},
    {"id": "2", "author": "bob", "created_at": "2026-11-23T07:10:00Z",
     "text": "Acme factuur klopt niet, wie helpt mij"},
    {"id": "3", "author": "eva", "created_at": "2026-11-23T07:20:00Z",
     "text": "Acme de app blijft hangen bij inloggen"},
]  # fmt: skip
UNDATED = {"id": "0", "author": "ans", "text": "Acme klantenservice onbereikbaar"}


def test_a_bulk_ack_counts_only_what_it_acknowledged(
    tmp_path: Path, store_url: str, cli: Callable[..., Result], make_config: Callable[..., Path]
) -> None:
    config = make_config()
    export = tmp_path / "reviews.jsonl"
    # The first import stores an undated row as history (never on the floor).
    export.write_text(json.dumps(UNDATED) + "\n", encoding="utf-8")
    where = ["--config", config, "--db", store_url]
    source = ["--kind", "jsonl", "--source", "reviews"]
    assert cli("import", export, *source, "--now", "2026-11-23T07:30Z", *where).exit_code == 0
    export.write_text("".join(json.dumps(row) + "\n" for row in ROWS), encoding="utf-8")
    assert cli("import", export, *source, "--now", "2026-11-23T08:00Z", *where).exit_code == 0
    listed = cli("mentions", "--now", "2026-11-23T08:01Z", "-f", "jsonl", *where).stdout
    ids = {json.loads(line)["author"]: json.loads(line)["id"] for line in listed.splitlines()}
    assert cli("ack", ids["bob"], "--now", "2026-11-23T08:05Z", *where).exit_code == 0

    bulk = ["ack", "--all-matching", "--source", "reviews", "--now", "2026-11-23T08:10Z"]
    preview = cli(*bulk, "--dry-run", *where)
    assert preview.exit_code == 0, preview.output
    assert (
        "acknowledge 2 mention(s) (2 more matched but need nothing: "
        "1 already answered, 1 history):" in preview.stderr
    )
    assert ids["bob"][:8] not in preview.stderr and "nothing changed" in preview.stderr
    done = cli(*bulk, "--yes", *where)
    assert done.exit_code == 0, done.output
    lines = done.stderr.splitlines()
    assert sum(": acknowledged at" in line for line in lines) == 2
    assert not any("already responded" in line for line in lines)
    assert lines[-1] == (
        "acknowledged 2 mention(s); 2 matched but needed nothing (1 already answered, 1 history)"
    )
    after = cli("mentions", "--now", "2026-11-23T08:11Z", "-f", "jsonl", *where).stdout
    statuses = {json.loads(line)["author"]: json.loads(line) for line in after.splitlines()}
    assert statuses["bob"]["responded_at"] == "2026-11-23T08:05:00Z"  # its own ack stands
    assert statuses["ans"]["sla"]["status"] == "history"  # no answer invented
    again = cli(*bulk, "--yes", *where)
    assert again.exit_code == 0, again.output
    assert (
        "nothing to acknowledge: the 4 matching mention(s) need nothing "
        "(3 already answered, 1 history)" in again.stderr
    )
