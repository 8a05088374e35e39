"""The floor tells the truth on a Monday morning: nothing unanswered vanishes with age, the
cyclist accident is on top, news and recipes owe no reply, an undated first import is
history, and everything a person reads can be acted on."""

from __future__ import annotations

import json
from collections.abc import Callable
from importlib.resources import as_file, files
from pathlib import Path
from typing import Any

import pytest
from conftest import NOW
from typer.testing import Result

from webcare.render import OutputFormat, Terminal, render_listing

Cli = Callable[..., Result]
MakeConfig = Callable[..., Path]
DEMO_NOW = "2026-11-23T09:00:00+01:00"


def records(result: Result) -> list[dict[str, Any]]:
    assert result.exit_code in (0, 1), result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


@pytest.fixture
def demo_store(cli: Cli, store_url: str) -> tuple[Path, str]:
    """The demo's sources polled into a real store at the demo's moment, on each backend."""
    with as_file(files("webcare").joinpath("demo")) as demo:
        config = Path(demo) / "webcare.toml"
        db = store_url
        result = cli("poll", "--config", config, "--db", db, "--now", DEMO_NOW)
        assert result.exit_code == 0, result.output
        yield config, db


# ---------------------------------------------------------------- nothing vanishes


def test_the_demo_store_weeks_later_still_lists_every_unanswered_breach(
    cli: Cli, demo_store: tuple[Path, str]
) -> None:
    config, db = demo_store
    later = "2026-12-08T09:00"
    where = ["--config", config, "--db", db, "--now", later]
    report = cli("report", *where, "--format", "json", "--fail-on", "breached")
    assert report.exit_code == 1, report.output  # cron notices
    document = json.loads(report.stdout)
    on_floor = {m["id"] for m in document["mentions"]}
    breached = {
        m["id"] for m in records(cli("mentions", *where, "-f", "jsonl", "--status", "breached"))
    }
    assert breached and on_floor == breached  # every open breach, however old
    summary = document["summary"]
    assert summary["breached"] == len(breached) > 20
    assert summary["oldest_overdue_minutes"] > 14 * 24 * 60
    headline = cli("report", *where, "--format", "table").stdout.splitlines()[0]
    assert headline.startswith(
        f"{len(breached)} steaks on the floor: {len(breached)} breached — oldest 1"
    )
    assert "d " in headline.split("oldest")[1]  # days over, in words


def test_since_narrows_the_report_only_when_asked(cli: Cli, demo_store: tuple[Path, str]) -> None:
    config, db = demo_store
    where = ["--config", config, "--db", db, "--now", "2026-12-08T09:00", "-f", "jsonl"]
    assert records(cli("report", *where, "--since", "7d")) == []
    assert len(records(cli("report", *where))) > 20


# ---------------------------------------------------------------- the demo at 09:00


def test_the_demo_at_nine_puts_the_cyclist_accident_in_the_top_three_and_owes_news_nothing(
    cli: Cli, demo_store: tuple[Path, str]
) -> None:
    config, db = demo_store
    floor = records(cli("report", "--config", config, "--db", db, "--now", DEMO_NOW, "-f", "jsonl"))
    top = [m["text"] for m in floor[:3]]
    assert any("raakte een fietser" in text and "ambulance" in text for text in top), top
    # Praise is listed to thank, never breached.
    assert all(m["sentiment"]["label"] != "pos" or m["urgency"]["level"] != "low" for m in floor)
    # News, blogs and recipes on the web channel are owed no reply: never on the floor.
    web = [m for m in floor if m["channel"] == "web"]
    assert all(m["urgency"]["level"] in ("critical", "high") for m in web), web
    everything = records(
        cli("mentions", "--config", config, "--db", db, "--now", DEMO_NOW, "-f", "jsonl")
    )
    by_title = {m["text"].split("\n")[0]: m for m in everything if m["channel"] == "web"}
    for title in ("Bezorgers Bolderkar klagen over werkdruk", "Recept: snelle stamppot"):
        (record,) = [m for t, m in by_title.items() if t.startswith(title)]
        # History a first poll stored is `history` (no clock runs), a live one `ok`.
        status = "history" if record["backfilled"] else "ok"
        assert record["sla"]["status"] == status and not record["sla"]["needs_reply"]
        reason = record["sla"]["needs_reply_reason"]
        # The news article by the web channel's policy; the recipe is praise (to thank).
        assert "web channel replies only when urgent" in reason or reason.startswith("praise")
        assert record["priority"]["rank"] is None


def test_the_cyclist_outranks_every_breached_non_critical_mention_in_mentions_too(
    cli: Cli, demo_store: tuple[Path, str]
) -> None:
    config, db = demo_store
    where = ["--config", config, "--db", db, "--now", DEMO_NOW, "-f", "jsonl"]
    floor = {m["id"]: m["priority"]["rank"] for m in records(cli("report", *where))}
    listed = {m["id"]: m["priority"]["rank"] for m in records(cli("mentions", *where))}
    # One rank per mention, whichever command shows it.
    assert {i: r for i, r in listed.items() if r is not None} == floor


# ---------------------------------------------------------------- undated items


def test_an_undated_first_import_is_history_not_fifty_breaches(
    cli: Cli, make_config: MakeConfig, tmp_path: Path, store_url: str
) -> None:
    config = make_config()
    export = tmp_path / "appstore.jsonl"
    rows = [{"id": f"r{n}", "author": f"user{n}", "text": f"Acme app crasht bij het openen ({n})",
             "rating": 1} for n in range(50)]  # fmt: skip
    export.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    first = cli("import", export, "--kind", "jsonl", "--source", "appstore", "--channel", "review",
                "--config", config, "--db", store_url, "--now", NOW)  # fmt: skip
    assert first.exit_code == 0, first.output
    assert (
        "50 new, 0 already seen (50 of the new stored as history, never on the floor)"
        in first.stderr
    )
    later = ["--config", config, "--db", store_url, "--now", "2026-11-25T09:00:00+01:00"]
    assert records(cli("report", *later, "-f", "jsonl")) == []
    # Acking history in bulk does not invent fast answers in the stats.
    assert cli("ack", "--all-matching", "--source", "appstore", "--yes", *later).exit_code == 0
    stats = json.loads(cli("stats", *later, "--since", "30d", "-f", "json").stdout)
    assert stats["channels"] == [] or all(row["responded"] == 0 for row in stats["channels"])

    # A later poll's undated item is new: first seen is close to when it was written.
    rows.append(
        {"id": "r-new", "author": "late", "text": "Acme app crasht nog steeds", "rating": 1}
    )
    export.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    second = cli("import", export, "--kind", "jsonl", "--source", "appstore", "--channel", "review",
                 "--config", config, "--db", store_url, "--now", "2026-11-26T09:00:00+01:00")  # fmt: skip
    assert "1 new, 50 already seen\n" in second.stderr or "1 new, 50 already seen," in second.stderr
    floor = records(cli("report", "--config", config, "--db", store_url, "--now", "2026-11-28T09:00:00+01:00",
                        "-f", "jsonl"))  # fmt: skip
    assert [m["text"] for m in floor] == ["Acme app crasht nog steeds"]


# ---------------------------------------------------------------- working the list


@pytest.fixture
def social(cli: Cli, make_config: MakeConfig, tmp_path: Path, store_url: str) -> list[str]:
    rows = [
        {"id": "1", "author": "anna", "text": "Acme mijn pakket is nog steeds niet bezorgd",
         "created_at": "2026-11-23T06:00:00Z"},
        {"id": "2", "author": "bram", "text": "Acme factuur klopt niet, dubbel betaald",
         "created_at": "2026-11-23T03:10:00Z", "channel": "email"},
        {"id": "3", "author": "cees", "text": "Acme waar blijft de bezorger?", "created_at": "2026-11-23T06:20:00Z"},
    ]  # fmt: skip
    (tmp_path / "social.jsonl").write_text(
        "".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8"
    )
    config = make_config({"name": "social", "kind": "jsonl", "path": "social.jsonl"})
    assert cli("poll", "--config", config, "--db", store_url, "--now", NOW).exit_code == 0
    return ["--config", str(config), "--db", str(store_url), "--now", NOW]


def test_report_takes_source_channel_and_search_filters(cli: Cli, social: list[str]) -> None:
    def texts(*args: str) -> list[str]:
        return sorted(m["text"] for m in records(cli("report", *social, "-f", "jsonl", *args)))

    assert len(texts()) == 3
    assert texts("--channel", "email") == ["Acme factuur klopt niet, dubbel betaald"]
    assert texts("--search", "BEZORG") == [
        "Acme mijn pakket is nog steeds niet bezorgd",
        "Acme waar blijft de bezorger?",
    ]
    assert len(texts("--source", "social")) == 3
    typo = cli("report", *social, "--source", "socail")
    assert typo.exit_code == 2
    assert "--source: unknown source 'socail'; did you mean 'social'?" in typo.stderr


def test_ack_at_refuses_an_answer_before_the_question_or_in_the_future(
    cli: Cli, social: list[str]
) -> None:
    anna = records(cli("report", *social, "-f", "jsonl", "--search", "pakket"))[0]["id"]
    early = cli("ack", anna[:8], "--at", "2026-11-23T06:59:00+01:00", *social)  # written 07:00
    assert early.exit_code == 2
    assert (  # in the brand's time, as every line a person reads
        "--at Mon 23 Nov 2026 06:59 CET is before "
        f"{anna[:8]} was written (Mon 23 Nov 2026 07:00 CET); "
        "an answer cannot come before the question" in early.stderr
    )
    future = cli("ack", anna[:8], "--at", "2026-11-23T10:00:00+01:00", *social)
    assert future.exit_code == 2 and "is in the future" in future.stderr
    # In UTC with a Z, as the refusal before the question words its times.
    assert "--at Mon 23 Nov 2026 10:00 CET is in the future (now is Mon 23 Nov 2026 09:00 CET)" in (
        future.stderr
    )
    shown = json.loads(cli("show", anna[:8], *social, "-f", "json").stdout)
    assert shown["actions"] == [] and shown["responded_at"] is None  # nothing written


def test_a_repeated_ack_changes_nothing_and_adds_nothing_to_the_history(
    cli: Cli, social: list[str]
) -> None:
    anna = records(cli("report", *social, "-f", "jsonl", "--search", "pakket"))[0]["id"]
    cli("ack", anna[:8], "--by", "anna", "--at", "2026-11-23T08:30:00+01:00", *social)
    again = cli("ack", anna[:8], "--by", "bram", *social)
    assert "already responded" in again.stderr
    shown = json.loads(cli("show", anna[:8], *social, "-f", "json").stdout)
    assert [(a["action"], a["by"]) for a in shown["actions"]] == [("ack", "anna")]


# ---------------------------------------------------------------- the table


def test_a_narrow_terminal_gets_one_line_per_mention_with_its_short_id(
    cli: Cli, demo_store: tuple[Path, str]
) -> None:
    from webcare import config as config_module
    from webcare import report
    from webcare.store import MentionQuery, open_store

    config, db = demo_store
    settings = config_module.load_file(config)
    from webcare.timeparse import parse_time

    now = parse_time(DEMO_NOW, settings.brand.timezone)
    with open_store(db) as store:
        items = store.query(MentionQuery(until=now, open_at=now))
    listing = report.build_report(items, settings, now=now, generated_at=now)
    narrow = render_listing(listing, OutputFormat.TABLE, Terminal(width=80)).splitlines()
    assert all(len(line) <= 80 for line in narrow)
    body = [line for line in narrow if line[:4].strip().isdigit()]
    assert len(body) == len(listing.rows)  # one line each
    for line, row in zip(body, listing.rows, strict=True):
        assert row.item.mention.id[:8] in line
    wide = render_listing(listing, OutputFormat.TABLE, Terminal(width=120))
    for row in listing.rows:
        url = row.item.mention.url
        assert url and f"     {url}\n" in wide  # a URL is never split across lines
        assert f"webcare ack {row.item.mention.id[:8]}" in wide
    for line in wide.splitlines():
        assert len(line) <= 120 or line.strip().startswith("https://")
