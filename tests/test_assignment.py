"""A team on one floor: assign, claim and release mentions; report and mentions by who has
them; who did what and when in `show`; and an assigned mention still breaches."""

from __future__ import annotations

import getpass
import json
import os
import pwd
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from conftest import NOW
from typer.testing import Result

Cli = Callable[..., Result]
MakeConfig = Callable[..., Path]


@pytest.fixture
def floor(cli: Cli, make_config: MakeConfig, tmp_path: Path, store_url: str) -> list[str]:
    rows = [
        {"id": "1", "author": "anna_k", "text": "Acme mijn pakket is nog steeds niet bezorgd",
         "created_at": "2026-11-23T06:00:00Z"},
        {"id": "2", "author": "bram_v", "text": "Acme factuur klopt niet, dubbel betaald",
         "created_at": "2026-11-23T06:10:00Z"},
        {"id": "3", "author": "cees_d", "text": "Acme waar blijft de bezorger?",
         "created_at": "2026-11-23T06:20:00Z"},
    ]  # fmt: skip
    (tmp_path / "social.jsonl").write_text(
        "".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8"
    )
    config = make_config({"name": "social", "kind": "jsonl", "path": "social.jsonl"})
    where = ["--config", str(config), "--db", str(store_url), "--now", NOW]
    assert cli("poll", *where).exit_code == 0
    return where


def records(result: Result) -> list[dict[str, Any]]:
    assert result.exit_code in (0, 1), result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


def ids_by_author(cli: Cli, where: list[str]) -> dict[str, str]:
    return {m["author"]: m["id"] for m in records(cli("mentions", *where, "-f", "jsonl"))}


def test_taking_over_an_assignment_says_from_whom(
    cli: Cli, floor: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = ids_by_author(cli, floor)
    anna = ids["anna_k"]
    assert cli("assign", anna[:8], "--to", "bram", *floor).exit_code == 0
    reassigned = cli("assign", anna[:8], "--to", "cees", *floor)
    assert f"{anna}: assigned to cees (was bram)" in reassigned.stderr
    monkeypatch.setenv("WEBCARE_USER", "dirk")
    claimed = cli("claim", anna[:8], *floor)
    assert claimed.exit_code == 0, claimed.output
    assert f"{anna}: assigned to dirk (was cees)" in claimed.stderr


def test_assign_claim_and_release_shape_the_report_and_the_history(
    cli: Cli, floor: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = ids_by_author(cli, floor)
    given = cli(
        "assign", ids["anna_k"][:8], ids["bram_v"][:8], "--to", "bram", "--by", "lisa", *floor
    )
    assert given.exit_code == 0, given.output
    assert f"{ids['anna_k']}: assigned to bram" in given.stderr
    monkeypatch.setenv("WEBCARE_USER", "anna")
    assert cli("claim", ids["cees_d"][:8], *floor).exit_code == 0

    def authors(*args: str) -> list[str]:
        return sorted(m["author"] for m in records(cli("report", *floor, "-f", "jsonl", *args)))

    assert authors("--assignee", "BRAM") == ["anna_k", "bram_v"]  # names compare without case
    assert authors("--mine") == ["cees_d"]
    assert authors("--unassigned") == []
    # Assignment is not an answer: all three are still breached and on the floor.
    floor_now = records(cli("report", *floor, "-f", "jsonl"))
    assert {m["sla"]["status"] for m in floor_now} == {"breached"}
    assert {m["assignee"] for m in floor_now} == {"bram", "anna"}

    released = cli("release", ids["anna_k"][:8], "--by", "bram", "--note", "op vakantie", *floor)
    assert f"{ids['anna_k']}: released (was bram)" in released.stderr
    assert authors("--unassigned") == ["anna_k"]
    assert [
        m["author"] for m in records(cli("mentions", *floor, "-f", "jsonl", "--assignee", "bram"))
    ] == ["bram_v"]

    shown = json.loads(cli("show", ids["anna_k"][:8], *floor, "-f", "json").stdout)
    assert [(a["action"], a["by"], a["note"]) for a in shown["actions"]] == [
        ("assign", "lisa", "to bram"),
        ("release", "bram", "from bram: op vakantie"),
    ]
    text = cli("show", ids["cees_d"][:8], *floor).stdout
    assert "assignee:    anna" in text and "assign by anna: to anna" in text


def test_assigning_what_someone_already_has_records_nothing(cli: Cli, floor: list[str]) -> None:
    anna = ids_by_author(cli, floor)["anna_k"]
    cli("assign", anna[:8], "--to", "bram", *floor)
    again = cli("assign", anna[:8], "--to", "Bram", *floor)
    assert f"{anna}: already with Bram" in again.stderr
    shown = json.loads(cli("show", anna[:8], *floor, "-f", "json").stdout)
    assert len(shown["actions"]) == 1


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["assign", "0123abcd"], "--to: say who gets them"),
        (["report", "--assignee", "bram", "--unassigned"], "--unassigned cannot be combined"),
    ],
)
def test_assignment_usage_errors(cli: Cli, floor: list[str], args: list[str], message: str) -> None:
    result = cli(*args, *floor)
    assert result.exit_code == 2 and message in result.stderr


_LOGIN_VARIABLES = ("WEBCARE_USER", "LOGNAME", "USER", "LNAME", "USERNAME")


def test_without_user_in_the_environment_actions_record_the_account_name(
    cli: Cli, floor: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # cron, containers and `env -i` have no $USER: the history says who by the account
    # running webcare, not `by -`, alike in every command that records an actor.
    for name in _LOGIN_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    account = pwd.getpwuid(os.getuid()).pw_name
    anna = ids_by_author(cli, floor)["anna_k"]
    assert cli("assign", anna[:8], "--to", "bram", *floor).exit_code == 0
    assert cli("ack", anna[:8], *floor).exit_code == 0
    assert cli("claim", anna[:8], *floor).exit_code == 0
    shown = json.loads(cli("show", anna[:8], *floor, "-f", "json").stdout)
    assert [a["by"] for a in shown["actions"]] == [account] * 3
    assert f"assign by {account}: to bram" in cli("show", anna[:8], *floor, "-f", "plain").stdout


def test_when_no_name_is_known_at_all_claim_and_mine_ask_for_one(
    cli: Cli, floor: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in _LOGIN_VARIABLES:
        monkeypatch.delenv(name, raising=False)

    def unknown(*_: object) -> str:
        raise OSError("no passwd entry for this uid")

    monkeypatch.setattr(getpass, "getuser", unknown)
    monkeypatch.setattr(os, "getlogin", unknown)
    for args in (["report", "--mine"], ["claim", "0123abcd"]):
        result = cli(*args, *floor)
        assert result.exit_code == 2
        assert "no user name is known: set WEBCARE_USER to your name" in result.stderr


def test_a_narrowed_report_ranks_each_mention_by_its_place_on_the_whole_floor(
    cli: Cli, floor: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # README: `priority.rank` is the place on the floor, the same in report, mentions and
    # show: `report --mine` shows cees_d's mention as the floor's #3, not as a #1.
    ids = ids_by_author(cli, floor)
    monkeypatch.setenv("WEBCARE_USER", "cees")
    assert cli("claim", ids["cees_d"][:8], *floor).exit_code == 0
    whole = {m["id"]: m["priority"] for m in records(cli("report", *floor, "-f", "jsonl"))}
    assert sorted(p["rank"] for p in whole.values()) == [1, 2, 3]
    for narrow in (["--mine"], ["--search", "bezorger"], ["--unassigned"]):
        part = records(cli("report", *floor, "-f", "jsonl", *narrow))
        assert part and {m["id"]: m["priority"] for m in part}.items() <= whole.items(), narrow
    (mine,) = records(cli("report", *floor, "-f", "jsonl", "--mine"))
    shown = cli("show", ids["cees_d"][:8], *floor).stdout
    assert f"priority:    #{mine['priority']['rank']} on the floor" in shown


def test_a_second_ack_keeps_its_note_in_the_history(cli: Cli, floor: list[str]) -> None:
    """Anna and Bram both answered the same customer; Bram's ack arrives second. The first
    answer stands, and Bram's note (what he did) is kept in the history, not dropped."""
    mention = ids_by_author(cli, floor)["bram_v"]
    first = cli("ack", mention, "--by", "anna", "--note", "anna belde de klant", *floor)
    assert first.exit_code == 0, first.output
    second = cli("ack", mention, "--by", "bram", "--note", "bram stuurde een DM", *floor)
    assert second.exit_code == 0, second.output
    assert "already responded (ack)" in second.stderr
    assert "note kept in its history" in second.stderr
    shown = cli("show", mention, *floor)
    assert "responded:" in shown.stdout and "by anna via ack" in shown.stdout
    assert "ack by anna: anna belde de klant" in shown.stdout
    assert "note by bram: bram stuurde een DM" in shown.stdout
    # An ack without a note that changes nothing records nothing.
    third = cli("ack", mention, "--by", "carla", *floor)
    assert third.exit_code == 0 and "note kept" not in third.stderr
    assert "carla" not in cli("show", mention, *floor).stdout
