"""`--redact` (issue 16): report, the digest, mentions and notify name no one in any of the
8 formats, while the same person keeps one placeholder; `[privacy] redact_reports` makes
it the default for output that goes to no terminal. On every backend (what is read back
from a PostgreSQL store is redacted the same)."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from conftest import NOW
from typer.testing import Result

from webcare.render import FORMATS

Cli = Callable[..., Result]
MakeConfig = Callable[..., Path]

CORPUS = [
    ("marieke_db", "@acme_nl mijn bestelnummer 88213 is nooit aangekomen. Bel me op 06 23 45 67 89 "
                   "of mail marieke.debruin@voorbeeld.nl. Groetjes, Marieke"),
    ("Pieter Jansen", "Acme heeft twee keer afgeschreven van NL20 INGB 0001 2345 67, graag "
                      "terugstorten. Met vriendelijke groet, Pieter Jansen"),
    ("sam_k_london", "@acme_nl my parcel JVGL0612345678901234 is lost, call +44 7700 900123 or "
                     "email sam.k@example.co.uk. Thanks, Samuel"),
    ("marieke_db", "@acme_nl al drie dagen geen antwoord over bestelling 88213!! marieke_db"),
    ("joost_gent", "Acme, @marieke_db heeft gelijk, ik wacht ook. Mijn naam is Joost Peeters, "
                   "factuur 2026-0457 klopt ook niet."),
    ("Emma W.", "Dear Acme, order #556677 arrived broken and nobody answers. Kind regards, "
                "Emma Williams"),
]  # fmt: skip
SECRETS = [
    "marieke_db", "Marieke", "marieke.debruin@voorbeeld.nl", "06 23 45 67 89", "88213",
    "Pieter Jansen", "NL20 INGB 0001 2345 67", "NL20INGB0001234567", "sam_k_london",
    "JVGL0612345678901234", "+44 7700 900123", "sam.k@example.co.uk", "Samuel", "joost_gent",
    "Joost Peeters", "2026-0457", "Emma W.", "Emma Williams", "556677",
]  # fmt: skip


@pytest.fixture
def corpus(cli: Cli, make_config: MakeConfig, tmp_path: Path, store_url: str) -> list[str]:
    rows = [
        {"id": f"c{n}", "author": author, "text": text, "created_at": f"2026-11-22T0{n}:00:00Z"}
        for n, (author, text) in enumerate(CORPUS, start=1)
    ]
    (tmp_path / "social.jsonl").write_text(
        "".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8"
    )
    # The posts breached yesterday: within `recent`, so notify lists (and redacts) each.
    config = make_config(
        {"name": "social", "kind": "jsonl", "path": "social.jsonl"}, notify={"recent": "7d"}
    )
    where = ["--config", str(config), "--db", store_url, "--now", NOW]
    assert cli("poll", *where).exit_code == 0
    return where


def leaked(text: str) -> list[str]:
    folded = text.casefold()
    return [secret for secret in SECRETS if secret.casefold() in folded]


COMMANDS = [["report"], ["report", "--digest", "--since", "7d"], ["mentions"]]


@pytest.mark.parametrize("fmt", [fmt.value for fmt in FORMATS])
def test_redacted_output_names_no_one_in_any_format(cli: Cli, corpus: list[str], fmt: str) -> None:
    plain = cli("mentions", *corpus, "--format", fmt)
    assert len(leaked(plain.stdout)) > 10  # what the redaction has to take out
    for command in COMMANDS:
        result = cli(*command, *corpus, "--format", fmt, "--redact")
        assert result.exit_code in (0, 1), result.output
        assert leaked(result.stdout) == [], command
        assert "person 1" in result.stdout, command
        assert "acme" in result.stdout.casefold()  # the brand stays


def records(result: Result) -> list[dict[str, Any]]:
    assert result.exit_code in (0, 1), result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_the_same_person_keeps_one_placeholder_in_one_report(cli: Cli, corpus: list[str]) -> None:
    rows = records(cli("mentions", *corpus, "-f", "jsonl", "--redact"))
    by_text = {row["text"][:14]: row for row in rows}
    first, second = by_text["@acme_nl mijn "], by_text["@acme_nl al dr"]
    person = first["author"]
    assert re.fullmatch(r"\[person \d+\]", person) and second["author"] == person
    assert second["text"].endswith(person)  # her handle in her own text
    assert person in by_text["Acme, [person "]["text"]  # and in another's, quoting her
    authors = [row["author"] for row in rows]
    assert len(set(authors)) == 5  # five people, five placeholders
    numbers = re.findall(r"\[number \d+\]", first["text"] + second["text"])
    assert len(set(numbers)) == 1  # her order number, twice, one placeholder


def test_notify_redacts_the_alert(cli: Cli, corpus: list[str]) -> None:
    shown = cli("notify", *corpus, "--dry-run")
    assert leaked(shown.stdout)
    redacted = cli("notify", *corpus, "--dry-run", "--redact")
    assert redacted.exit_code == 0, redacted.output
    assert "[person 1]" in redacted.stdout and leaked(redacted.stdout) == []


def test_redact_reports_makes_it_the_default_for_output_to_no_terminal(
    cli: Cli, make_config: MakeConfig, corpus: list[str], tmp_path: Path
) -> None:
    config = tmp_path / "webcare.toml"
    config.write_text(
        config.read_text(encoding="utf-8") + "\n[privacy]\nredact_reports = true\n",
        encoding="utf-8",
    )
    for command in COMMANDS:
        assert leaked(cli(*command, *corpus, "-f", "csv").stdout) == [], command
    assert leaked(cli("notify", *corpus, "--dry-run").stdout) == []
    assert "marieke_db" in cli("mentions", *corpus, "-f", "csv", "--no-redact").stdout


def test_a_name_signed_after_a_dash_is_redacted_and_look_alikes_stay(
    cli: Cli, make_config: MakeConfig, tmp_path: Path, store_url: str
) -> None:
    """Tweets sign with a dash ("bel me - Sanne", "~Tom", "— Henk de Vries"): the name is a
    person, as after "Groet,". A dash before a greeting, a platform or the brand is not."""
    texts = {
        "sanne_j": "@acme_nl still nothing?? call me on 06-12345678 - Sanne",
        "tom_b": "@acme_nl pakket kwijt, graag snel contact ~Tom",
        "hdv": "Acme, waar blijft mijn geld?\n— Henk de Vries\nverstuurd vanaf mijn telefoon",
        "a1": "Acme app crasht bij het openen - Android",
        "a2": "Snel geholpen door Acme - Bedankt",
        "a3": "Beste leverancier van het land - Acme",
    }
    (tmp_path / "social.jsonl").write_text(
        "".join(
            json.dumps({"id": a, "author": a, "text": t, "created_at": "2026-11-23T06:00:00Z"})
            + "\n"
            for a, t in texts.items()
        ),
        encoding="utf-8",
    )
    config = make_config({"name": "social", "kind": "jsonl", "path": "social.jsonl"})
    where = ["--config", str(config), "--db", store_url, "--now", NOW]
    assert cli("poll", *where).exit_code == 0
    shown = cli("mentions", *where, "--redact", "-f", "jsonl")
    assert shown.exit_code == 0, shown.output
    out = {json.loads(line)["text"] for line in shown.stdout.splitlines()}
    joined = "\n".join(out)
    for name in ("Sanne", "Tom", "Henk", "Vries", "06-12345678"):
        assert name not in joined, name
    assert re.search(r"\[phone \d+\] - \[person \d+\]$", joined, re.MULTILINE)
    assert re.search(r"^— \[person \d+\]$", joined, re.MULTILINE)
    for kept in (texts["a1"], texts["a2"], texts["a3"]):
        assert kept in out
