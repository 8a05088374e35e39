"""The command line as users, scripts and cron run it: the real CLI in-process (CliRunner),
and a few real subprocesses for what only a real process shows (imports, pipes, stdout)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from httpserver import FeedServer
from storesql import is_postgres, untouched
from test_poll import NEWS, news_source, rss
from typer.testing import CliRunner, Result

import webcare
from webcare import sources
from webcare.cli import app

ROOT = Path(__file__).resolve().parents[1]
NOW = "2026-11-23T09:00:00+01:00"
"""Monday 09:00 in Amsterdam, 08:00 UTC."""
PLAIN_COLUMNS = 14


def run(*args: str | Path, input: str | None = None) -> Result:  # noqa: A002
    result = CliRunner().invoke(app, [str(a) for a in args], input=input)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result


def jsonl(result: Result) -> list[dict[str, Any]]:
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


# ---------------------------------------------------------------- a small store

CONFIG = """\
[brand]
name = "Acme"
keywords = []
handles = ["AcmeCare"]
timezone = "Europe/Amsterdam"

[sla.urgency]
critical = "15m"
"""

SOCIAL = [
    # Answered by the brand 40 minutes later: responded.
    {"id": "1", "author": "femke_dekker82", "author_reach": 412, "text": "Mijn pakket is nog steeds niet bezorgd @acme",
     "created_at": "2026-11-23T05:00:00Z", "url": "https://social.example/@femke_dekker82/status/1"},
    {"id": "r1", "author": "AcmeCare", "text": "@femke_dekker82 Wat vervelend! We zoeken het uit. ^Lisa",
     "created_at": "2026-11-23T05:40:00Z", "in_reply_to": "1"},
    # Messaging, 15 minutes target, 30 minutes old: breached.
    {"id": "2", "author": "femke_dekker82", "text": "Al drie keer gebeld, niemand neemt op",
     "created_at": "2026-11-23T07:30:00Z", "channel": "messaging"},
    # 13 minutes old of an hour: ok.
    {"id": "3", "author": "sam_k", "text": "Great service, thank you so much!", "created_at": "2026-11-23T07:47:00Z"},
    # 50 minutes old of an hour: at risk.
    {"id": "4", "author": "jan_utrecht", "text": "De app ligt eruit, ik kan niet inloggen",
     "created_at": "2026-11-23T07:10:00Z"},
    # Email, 4 hours target, written at 03:00 local: breached by two hours.
    {"id": "5", "author": "lotte", "text": "Ik heb nog steeds geen reactie op mijn mail over factuur 2026-114",
     "created_at": "2026-11-23T03:00:00+01:00", "channel": "email"},
    # Critical: the 15 minute urgency target applies; 12 minutes old, 3 left: at risk.
    {"id": "6", "author": "jorien_m", "text": "Mijn zoontje is ziek geworden van de flesvoeding, help",
     "created_at": "2026-11-23T07:48:00Z"},
    # Two weeks old and never answered: still on the floor.
    {"id": "7", "author": "piet", "text": "Wanneer komt mijn bestelling eigenlijk?", "created_at": "2026-11-09T10:00:00Z"},
]  # fmt: skip
REVIEWS = (
    "review_id,author,rating,text,created_at\n"
    # Both within the 24 h review target at NOW.
    'r-1,Sam K.,1,"Besteld, nooit aangekomen. Waardeloos.",2026-11-22T20:00:00+01:00\n'
    'r-2,Marieke,5,"Top service, bezorger was heel vriendelijk!",2026-11-23T08:40:00+01:00\n'
)


@pytest.fixture
def db_path(store_url: str) -> str:
    """This file's stores, on every backend: a SQLite file or a PostgreSQL database."""
    return store_url


@pytest.fixture
def store(tmp_path: Path, db_path: str) -> str:
    """./webcare.toml plus a store holding SOCIAL (source `social`) and REVIEWS (`reviews`)."""
    (tmp_path / "webcare.toml").write_text(CONFIG, encoding="utf-8")
    social = tmp_path / "social.jsonl"
    social.write_text("".join(json.dumps(row) + "\n" for row in SOCIAL), encoding="utf-8")
    reviews = tmp_path / "reviews.csv"
    reviews.write_text(REVIEWS, encoding="utf-8")
    imported = run(
        "import", social, "--kind", "jsonl", "--source", "social", "--db", db_path, "--now", NOW
    )
    assert imported.exit_code == 0, imported.output
    assert "social: 7 new, 0 already seen, 1 answered by a brand reply" in imported.stderr
    imported = run(
        "import", reviews, "--kind", "csv", "--source", "reviews", "--db", db_path, "--now", NOW
    )
    assert imported.exit_code == 0, imported.output
    return db_path


def listed(db: str, *args: str) -> list[dict[str, Any]]:
    return jsonl(run("mentions", "--db", db, "--now", NOW, "--format", "jsonl", *args))


def texts(records: list[dict[str, Any]]) -> list[str]:
    return [record["text"] for record in records]


def id_of(db: str, text_start: str) -> str:
    (record,) = [r for r in listed(db) if r["text"].startswith(text_start)]
    return str(record["id"])


# ---------------------------------------------------------------- demo


def test_demo_prints_a_prioritised_plain_report() -> None:
    result = run("demo")
    assert result.exit_code == 0, result.output
    rows = [line.split("\t") for line in result.stdout.splitlines()]
    assert rows, "the demo report is empty"
    assert {len(row) for row in rows} == {PLAIN_COLUMNS}
    assert [int(row[0]) for row in rows] == list(range(1, len(rows) + 1))
    statuses = Counter(row[2] for row in rows)
    assert statuses["breached"] >= 1 and statuses["at_risk"] >= 1
    assert set(statuses) == {"breached", "at_risk"}
    assert "\x1b" not in result.stdout
    # The per-source summaries go to stderr, not into the data.
    assert "social-export: " in result.stderr
    assert "already seen" not in result.stdout
    assert "review-site: " in result.stderr
    assert "news-and-blogs: " in result.stderr


def test_demo_json_shows_the_whole_pipeline_at_work() -> None:
    result = run("demo", "--format", "json")
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    summary, mentions = document["summary"], document["mentions"]
    assert document["now"] == "2026-11-23T08:00:00Z"
    assert summary["breached"] >= 1 and summary["at_risk"] >= 1
    assert summary["ok"] > 0 and "to_thank" in summary
    assert "responded" not in summary  # the report reads unanswered mentions only
    assert summary["shown"] == len(mentions) == summary["breached"] + summary["at_risk"]
    assert {m["sla"]["status"] for m in mentions} == {"breached", "at_risk"}
    assert "critical" in {m["urgency"]["level"] for m in mentions}
    assert {"human", "judgement"} <= {m["route"] for m in mentions}
    # Plain praise needs no reply (issue 12): never on the floor, counted apart.
    assert summary["no_reply_needed"] >= 2
    assert summary["to_thank"] >= 2  # recent praise, listed to thank
    assert {"nl", "en"} <= {m["language"] for m in mentions}
    assert [m["priority"]["rank"] for m in mentions] == list(range(1, len(mentions) + 1))
    scores = [m["priority"]["score"] for m in mentions]
    assert scores == sorted(scores, reverse=True)
    # The reasons travel with the data.
    critical = next(m for m in mentions if m["urgency"]["level"] == "critical")
    assert critical["route"] == "human"
    assert critical["urgency"]["reasons"]
    assert any("critical urgency" in why for why in critical["priority"]["why"])


def test_demo_limit_and_quiet() -> None:
    result = run("demo", "--limit", "3", "--quiet")
    assert result.exit_code == 0
    assert [line.split("\t")[0] for line in result.stdout.splitlines()] == ["1", "2", "3"]
    assert result.stderr == ""


def test_demo_table_has_the_headline() -> None:
    result = run("demo", "--format", "table")
    first = result.stdout.splitlines()[0]
    assert "steaks on the floor: " in first and " breached, " in first and " at risk" in first


# ---------------------------------------------------------------- init and check


def test_init_writes_the_starter_config_and_never_overwrites_without_force(tmp_path: Path) -> None:
    starter = (ROOT / "webcare" / "starter.toml").read_bytes()
    target = tmp_path / "webcare.toml"
    result = run("init")
    assert result.exit_code == 0, result.output
    assert target.read_bytes() == starter
    assert "wrote webcare.toml" in result.stderr

    target.write_text("# my edits\n", encoding="utf-8")
    refused = run("init")
    assert refused.exit_code == 2
    assert "webcare.toml already exists; use --force to overwrite it" in refused.stderr
    assert target.read_text(encoding="utf-8") == "# my edits\n"

    forced = run("init", "--force")
    assert forced.exit_code == 0
    assert target.read_bytes() == starter


def test_init_to_a_path_and_check_names_what_its_example_sources_still_need(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "conf" / "acme.toml"
    path.parent.mkdir()
    assert run("init", path).exit_code == 0
    monkeypatch.delenv("PARTNER_API_TOKEN", raising=False)
    checked = run("check", "--config", path)
    assert checked.exit_code == 2, checked.output
    assert f"config: {path}" in checked.stdout
    exports = path.parent / "exports"
    errors = [line for line in checked.stderr.splitlines() if not line.startswith("warning: ")]
    assert errors == [
        f"webcare: error: {path}, key 'sources[1] (twitter-export).path': "
        f"file not found: {exports / 'mentions.jsonl'}",
        f"webcare: error: {path}, key 'sources[2] (reviews-export).path': "
        f"file not found: {exports / 'reviews.csv'}",
        f"webcare: error: {path}, key 'sources[3] (partner-api).headers.Authorization': "
        "environment variable PARTNER_API_TOKEN is not set",
    ]
    # The files in place and the token in the environment: nothing left to say.
    exports.mkdir()
    (exports / "mentions.jsonl").write_text("", encoding="utf-8")
    (exports / "reviews.csv").write_text("", encoding="utf-8")
    monkeypatch.setenv("PARTNER_API_TOKEN", "tok-1f2e3d")
    clean = run("check", "--config", path)
    assert clean.exit_code == 0, clean.output
    assert "error" not in clean.stderr


def test_init_into_a_missing_directory_is_a_clear_error(tmp_path: Path) -> None:
    result = run("init", tmp_path / "nope" / "webcare.toml")
    assert result.exit_code == 2
    assert "cannot write" in result.stderr


def test_check_lists_every_source_kind_and_the_configured_sources(tmp_path: Path) -> None:
    config = tmp_path / "webcare.toml"
    assert run("init", config).exit_code == 0
    result = run("check")
    assert result.exit_code == 2, result.output  # the example sources' files are not there
    out = result.stdout
    assert "brand: Acme (Europe/Amsterdam); keywords: acme, @acme_nl" in out
    assert "handles: acme_nl, AcmeCare" in out
    assert (
        "sla: social 1h, messaging 15m, email 4h, review 1d, default 4h; at risk at 75% or 15m left"
        in out
    )
    assert "sources (4):" in out
    assert "  google-alerts: rss, web, https://example.invalid/alerts/feeds/123/456" in out
    (twitter,) = [
        line for line in out.splitlines()
        if line.startswith("  twitter-export: jsonl, social, id space x, ")
    ]  # fmt: skip
    location = Path(twitter.removeprefix("  twitter-export: jsonl, social, id space x, "))
    assert (
        location.resolve() == tmp_path.resolve() / "exports" / "mentions.jsonl"
    )  # beside the config
    assert "  partner-api: jsonl, messaging, https://example.invalid/api/mentions.jsonl" in out
    listed = out.split("source kinds:\n", 1)[1].splitlines()
    assert [line.split()[0] for line in listed if line.startswith("  ")] == sources.kinds()
    for kind in sources.kinds():
        assert any(
            line.startswith(f"  {kind} ") and line.endswith(sources.get(kind).description)
            for line in listed
        )


# ---------------------------------------------------------------- analyze


def test_analyze_arguments_one_plain_line_each_in_order() -> None:
    result = run(
        "analyze",
        "Top service, bedankt!",
        "Mijn pakket is nog steeds niet bezorgd",
        "The website is down",
    )
    assert result.exit_code == 0, result.output
    rows = [line.split("\t") for line in result.stdout.splitlines()]
    assert [row[-1] for row in rows] == [
        "Top service, bedankt!", "Mijn pakket is nog steeds niet bezorgd", "The website is down",
    ]  # fmt: skip
    # "nog steeds niet" is time pressure: high.
    assert [(row[0], row[1], row[3]) for row in rows] == [("nl", "pos", "low"), ("nl", "neg", "high"),
                                                          ("en", "neg", "high")]  # fmt: skip
    assert rows[1][4] == "delivery"


def test_analyze_stdin_one_result_per_line_in_order() -> None:
    lines = [
        "Mijn dochter is ziek geworden van de kip",
        "Great service, thank you so much!",
        "Hoe laat gaat de winkel open op zaterdag?",
        "Jullie hebben € 84,50 dubbel afgeschreven, echt schandalig",
        "\x1b[31mAl drie keer gebeld\x1b[0m, niemand neemt op",
    ]
    records = jsonl(run("analyze", "--format", "jsonl", input="\n".join(lines) + "\n"))
    assert len(records) == len(lines)
    for record in records:
        assert set(record) >= {"text", "language", "sentiment", "urgency", "topics", "route"}
        assert set(record["sentiment"]) >= {"score", "label"}
        assert set(record["urgency"]) >= {"level", "reasons"}
    assert texts(records)[:4] == lines[:4]
    assert (
        records[4]["text"] == "Al drie keer gebeld, niemand neemt op"
    )  # escapes never get through
    # Money charged twice is money taken wrongly: high; "Al drie keer gebeld, niemand neemt
    # op" waits only to be answered, a service complaint: normal.
    assert [r["urgency"]["level"] for r in records] == [
        "critical",
        "low",
        "normal",
        "high",
        "normal",
    ]
    assert [r["sentiment"]["label"] for r in records] == ["neg", "pos", "neu", "neg", "neg"]
    assert [r["route"] for r in records] == ["human", "automate", "automate", "human", "judgement"]
    assert [r["language"] for r in records] == ["nl", "en", "nl", "nl", "nl"]


def test_analyze_uses_the_configured_high_value_keywords(tmp_path: Path) -> None:
    text = "Ik heb een zakelijk account, kan ik op factuur bestellen?"
    (record,) = jsonl(run("analyze", "--format", "jsonl", text))
    assert record["route"] == "automate"
    (tmp_path / "webcare.toml").write_text(
        '[route]\nhigh_value_keywords = ["zakelijk"]\n', encoding="utf-8"
    )
    (record,) = jsonl(run("analyze", "--format", "jsonl", text))
    assert record["route"] == "judgement"
    assert "customer tier 'zakelijk'" in record["route_reason"]


def test_analyze_json_is_one_document() -> None:
    result = run("analyze", "--format", "json", "ok", "Top!")
    document = json.loads(result.stdout)
    assert [r["text"] for r in document["results"]] == ["ok", "Top!"]


# ---------------------------------------------------------------- report and --fail-on


def test_report_lists_what_is_on_the_floor_worst_first(store: str) -> None:
    result = run("report", "--db", store, "--now", NOW, "--format", "json")
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    statuses = {m["text"]: m["sla"]["status"] for m in document["mentions"]}
    assert statuses == {
        "Al drie keer gebeld, niemand neemt op": "breached",
        "Ik heb nog steeds geen reactie op mijn mail over factuur 2026-114": "breached",
        "De app ligt eruit, ik kan niet inloggen": "at_risk",
        "Mijn zoontje is ziek geworden van de flesvoeding, help": "at_risk",
        # a fortnight old and never answered: still on the floor
        "Wanneer komt mijn bestelling eigenlijk?": "breached",
    }
    assert document["now"] == "2026-11-23T08:00:00Z"
    critical = next(m for m in document["mentions"] if m["urgency"]["level"] == "critical")
    assert critical["sla"]["target_minutes"] == 15
    assert critical["sla"]["remaining_minutes"] == 3
    # The emergency whose clock still runs comes first.
    assert document["mentions"][0] == critical
    assert [m["priority"]["rank"] for m in document["mentions"]] == [1, 2, 3, 4, 5]


def test_report_default_is_plain_when_piped(store: str) -> None:
    result = run("report", "--db", store, "--now", NOW)
    assert result.exit_code == 0
    assert "\x1b" not in result.stdout
    rows = [line.split("\t") for line in result.stdout.splitlines()]
    assert len(rows) == 5 and {len(row) for row in rows} == {PLAIN_COLUMNS}


@pytest.mark.parametrize(
    ("now", "since", "fail_on", "code"),
    [
        (NOW, None, "breached", 1),  # three breached
        (NOW, None, "at-risk", 1),
        # The fortnight-old question was never answered: breached at any hour, however old.
        ("2026-11-23T05:00:00+01:00", None, "breached", 1),
        # Narrowed to today's mentions when asked:
        ("2026-11-23T06:10:00+01:00", "12h", "breached", 0),  # only the email, at risk
        ("2026-11-23T06:10:00+01:00", "12h", "at-risk", 1),
        ("2026-11-23T05:00:00+01:00", "12h", "breached", 0),  # everything within its SLA
        ("2026-11-23T05:00:00+01:00", "12h", "at-risk", 0),
    ],
)
def test_fail_on_exits_1_exactly_when_something_matches(
    store: str, now: str, since: str | None, fail_on: str, code: int
) -> None:
    narrow = ["--since", since] if since else []
    result = run(
        "report", "--db", store, "--now", now, "--fail-on", fail_on, "--format", "json", *narrow
    )
    assert result.exit_code == code, result.output
    summary = json.loads(result.stdout)["summary"]  # the report is printed either way
    matched = (
        summary["breached"] > 0
        if fail_on == "breached"
        else summary["breached"] + summary["at_risk"] > 0
    )
    assert matched == (code == 1)


def test_without_fail_on_a_breach_still_exits_0(store: str) -> None:
    assert run("report", "--db", store, "--now", NOW).exit_code == 0


def test_report_limit_shows_the_worst(store: str) -> None:
    full = jsonl(run("report", "--db", store, "--now", NOW, "--format", "jsonl"))
    limited = jsonl(run("report", "--db", store, "--now", NOW, "--format", "jsonl", "--limit", "2"))
    assert texts(limited) == texts(full)[:2]
    assert [r["priority"]["rank"] for r in limited] == [1, 2]
    assert run("report", "--db", store, "--now", NOW, "--limit", "0").exit_code == 2


@pytest.mark.parametrize(
    ("since", "expected"),
    [
        (None, 5),  # every open mention, however old: the fortnight-old question too
        ("all", 5),
        ("7d", 4),  # narrowed only when asked
        ("30d", 5),
        ("2026-11-01", 5),
        ("1h", 3),  # only what was written since 08:00 local
    ],
)
def test_report_since(store: str, since: str | None, expected: int) -> None:
    args = ["--since", since] if since else []
    records = jsonl(run("report", "--db", store, "--now", NOW, "--format", "jsonl", *args))
    assert len(records) == expected
    assert ("Wanneer komt mijn bestelling eigenlijk?" in texts(records)) == (expected == 5)


def test_an_old_report_since_in_the_config_no_longer_hides_open_mentions(
    store: str, tmp_path: Path
) -> None:
    # `[report] since = "7d"` was in every starter config; it now only sets the digest window.
    (tmp_path / "webcare.toml").write_text(CONFIG + '\n[report]\nsince = "7d"\n', encoding="utf-8")
    assert len(jsonl(run("report", "--db", store, "--now", NOW, "--format", "jsonl"))) == 5
    checked = run("check", "--now", NOW)
    assert "warning: [report] since no longer narrows the report" in checked.stderr
    assert "rename it digest_since" in checked.stderr


@pytest.mark.parametrize("bad", ["tomorrow", "23-11-2026 09:00", "9 uur"])
def test_a_bad_now_is_a_usage_error_and_writes_nothing(db_path: str, bad: str) -> None:
    result = run("report", "--db", db_path, "--now", bad)
    assert result.exit_code == 2
    assert f"webcare: error: --now: {bad!r} is not an ISO 8601 time" in result.stderr
    assert result.stdout == ""
    assert untouched(db_path)


@pytest.mark.parametrize(
    "command", [["report"], ["mentions"], ["show", "0123abcd"], ["reopen", "0123abcd"]]
)
def test_reading_a_store_that_is_not_there_fails_and_creates_nothing(
    tmp_path: Path, store_url: str, command: list[str]
) -> None:
    if is_postgres(store_url):  # an empty database: no webcare store in it yet
        typo, said = store_url, "webcare: error: no webcare store in the PostgreSQL database"
    else:
        typo = str(tmp_path / "stroe" / "webcare.db")
        said = f"webcare: error: no store at {typo}"
    result = run(*command, "--db", typo, "--now", NOW)
    assert result.exit_code == 4
    assert said in result.stderr
    assert untouched(typo)
    assert not (tmp_path / "stroe").exists()


def test_a_bad_since_is_a_usage_error(store: str) -> None:
    result = run("report", "--db", store, "--now", NOW, "--since", "last week")
    assert result.exit_code == 2
    assert "--since: 'last week' is neither a duration" in result.stderr


def test_the_same_now_gives_the_same_report(store: str) -> None:
    first = run("report", "--db", store, "--now", NOW, "--format", "jsonl").stdout
    again = run(
        "report", "--db", store, "--now", "2026-11-23T08:00:00Z", "--format", "jsonl"
    ).stdout
    assert first == again


# ---------------------------------------------------------------- mentions


def test_mentions_lists_everything_newest_first(store: str) -> None:
    records = listed(store)
    assert len(records) == 9  # 7 posts (not the brand's reply) and 2 reviews
    created = [r["created_at"] for r in records]
    assert created == sorted(created, reverse=True)
    assert "@femke_dekker82 Wat vervelend! We zoeken het uit. ^Lisa" not in texts(records)


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--channel", "messaging"], ["Al drie keer gebeld, niemand neemt op"]),
        (["--channel", "email"], ["Ik heb nog steeds geen reactie op mijn mail over factuur 2026-114"]),
        (["--channel", "messaging", "--channel", "email"],
         ["Al drie keer gebeld, niemand neemt op", "Ik heb nog steeds geen reactie op mijn mail over factuur 2026-114"]),
        (["--source", "reviews"], ["Top service, bezorger was heel vriendelijk!", "Besteld, nooit aangekomen. Waardeloos."]),
        (["--search", "flesvoeding"], ["Mijn zoontje is ziek geworden van de flesvoeding, help"]),
        (["--search", "FEMKE"], ["Al drie keer gebeld, niemand neemt op", "Mijn pakket is nog steeds niet bezorgd @acme"]),
        (["--status", "responded"], ["Mijn pakket is nog steeds niet bezorgd @acme"]),
        (["--status", "at_risk"],
         ["Mijn zoontje is ziek geworden van de flesvoeding, help", "De app ligt eruit, ik kan niet inloggen"]),
        (["--since", "1h"],
         ["Mijn zoontje is ziek geworden van de flesvoeding, help", "Great service, thank you so much!",
          "Top service, bezorger was heel vriendelijk!", "Al drie keer gebeld, niemand neemt op",
          "De app ligt eruit, ik kan niet inloggen"]),
        (["--source", "social", "--sentiment", "pos"], ["Great service, thank you so much!"]),
        (["--limit", "2"], ["Mijn zoontje is ziek geworden van de flesvoeding, help",
                            "Great service, thank you so much!"]),
        (["--search", "geen match hier"], []),
    ],
)  # fmt: skip
def test_mentions_filters(store: str, args: list[str], expected: list[str]) -> None:
    assert texts(listed(store, *args)) == expected


def test_mentions_sentiment_and_status_filters_agree_with_the_records(store: str) -> None:
    for label in ("neg", "neu", "pos"):
        records = listed(store, "--sentiment", label)
        assert records and {r["sentiment"]["label"] for r in records} == {label}
    breached = listed(store, "--status", "breached")
    assert {r["sla"]["status"] for r in breached} == {"breached"}
    assert "Wanneer komt mijn bestelling eigenlijk?" in texts(breached)
    open_ = listed(store, "--status", "open")
    # The two praise messages need no reply (issue 12), so they are not open.
    assert len(open_) == 6 and "responded" not in {r["sla"]["status"] for r in open_}
    # ...they are listed to thank, never breached.
    assert sorted(texts(listed(store, "--status", "to_thank"))) == [
        "Great service, thank you so much!",
        "Top service, bezorger was heel vriendelijk!",
    ]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["--channel", "twitter"],
            "--channel: unknown channel 'twitter'; valid: social, messaging, email",
        ),
        (["--status", "late"], "'late' is not one of"),
        (["--source", "reveiws"], "--source: unknown source 'reveiws'; did you mean 'reviews'?"),
        (["--sentiment", "boos"], "'boos' is not one of"),
    ],
)
def test_mentions_bad_filters_are_usage_errors(store: str, args: list[str], message: str) -> None:
    result = run("mentions", "--db", store, "--now", NOW, *args)
    assert result.exit_code == 2
    assert message in result.stderr


# ---------------------------------------------------------------- show, ack, reopen


def test_show_prints_the_full_mention_and_the_authors_other_mentions(store: str) -> None:
    mention = id_of(store, "Al drie keer gebeld")
    other = id_of(store, "Mijn pakket is nog steeds")
    result = run("show", mention[:6], "--db", store, "--now", NOW)
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert f"id:          {mention}" in out
    assert "source:      social (messaging)" in out
    assert "author:      femke_dekker82" in out
    # People read local brand time, with UTC beside it.
    assert "created:     Mon 23 Nov 2026 08:30 CET (07:30 UTC)" in out
    assert (
        "sla:         breached, due Mon 23 Nov 2026 08:45 CET (07:45 UTC) (messaging target 15m)"
        in out
    )
    assert "reply:       owed" in out
    # Its place on the floor, the same as in the report, and the commands to act on it.
    floor = json.loads(run("report", "--db", store, "--now", NOW, "--format", "json").stdout)
    rank = next(m["priority"]["rank"] for m in floor["mentions"] if m["id"] == mention)
    assert f"priority:    #{rank} on the floor, score " in out
    assert f"webcare ack {mention[:8]} · webcare explain {mention[:8]}" in out
    assert "\nAl drie keer gebeld, niemand neemt op\n" in out
    assert "same author elsewhere (1):" in out
    assert (
        f"  {other[:8]} Mon 23 Nov 2026 06:00 CET (05:00 UTC) social/social responded: "
        "Mijn pakket is nog steeds niet bezorgd" in out
    )


def test_show_a_responded_mention_says_who_answered(store: str) -> None:
    out = run("show", id_of(store, "Mijn pakket is nog steeds"), "--db", store, "--now", NOW).stdout
    assert "responded:   Mon 23 Nov 2026 06:40 CET (05:40 UTC) by AcmeCare via reply" in out
    assert "sla:         responded in time, due Mon 23 Nov 2026 07:00 CET" in out
    assert "author:      femke_dekker82 (412 followers)" in out
    # Nothing is left to ack: what it offers is undoing a wrong answer.
    short = id_of(store, "Mijn pakket is nog steeds")[:8]
    assert f"webcare reopen {short} · webcare explain {short}" in out
    assert f"webcare ack {short}" not in out
    markdown = run("show", short, "--db", store, "--now", NOW, "--format", "markdown").stdout
    assert f"`webcare reopen {short}`" in markdown and f"webcare ack {short}" not in markdown


def test_show_json_has_the_record_and_the_same_author(store: str) -> None:
    mention = id_of(store, "Al drie keer gebeld")
    document = json.loads(
        run("show", mention, "--db", store, "--now", NOW, "--format", "json").stdout
    )
    assert document["id"] == mention
    assert [m["text"] for m in document["same_author"]] == [
        "Mijn pakket is nog steeds niet bezorgd @acme"
    ]


@pytest.mark.parametrize("given", ["ffffffffffffffff", "ab"])
def test_show_an_unknown_id_is_exit_2(store: str, given: str) -> None:
    result = run("show", given, "--db", store, "--now", NOW)
    assert result.exit_code == 2
    assert result.stderr.startswith("webcare: error: ")


def test_ack_takes_a_mention_off_the_floor_and_reopen_puts_it_back(store: str) -> None:
    mention = id_of(store, "Al drie keer gebeld")
    acked = run("ack", mention, "--by", "sanne", "--note", "gebeld", "--db", store, "--now", NOW)
    assert acked.exit_code == 0, acked.output
    report = texts(jsonl(run("report", "--db", store, "--now", NOW, "--format", "jsonl")))
    assert "Al drie keer gebeld, niemand neemt op" not in report
    (record,) = listed(store, "--search", "Al drie keer")
    assert (record["sla"]["status"], record["responded_by"]) == ("responded", "sanne")
    assert record["sla"]["responded_late"] is True

    assert run("reopen", mention, "--by", "sanne", "--db", store, "--now", NOW).exit_code == 0
    report = texts(jsonl(run("report", "--db", store, "--now", NOW, "--format", "jsonl")))
    assert "Al drie keer gebeld, niemand neemt op" in report


# ---------------------------------------------------------------- version and help


def test_version() -> None:
    result = run("--version")
    assert result.exit_code == 0
    assert result.stdout == f"webcare {webcare.__version__}\n"


def test_no_arguments_shows_help() -> None:
    result = run()
    assert "Usage" in result.output
    for command in (
        "init",
        "demo",
        "check",
        "poll",
        "report",
        "mentions",
        "show",
        "ack",
        "import",
        "analyze",
    ):
        assert command in result.output


# ---------------------------------------------------------------- real processes


def subprocess_run(
    *args: str, cwd: Path, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    env.pop("COLUMNS", None)
    return subprocess.run(
        [*args], cwd=cwd, env=env, input=stdin, capture_output=True, text=True, encoding="utf-8", timeout=60,
        check=False,
    )  # fmt: skip


HEAVY = ("feedparser", "httpx", "aiohttp", "vaderSentiment")


def modules_loaded_by(
    argv: list[str], names: tuple[str, ...], cwd: Path
) -> tuple[subprocess.CompletedProcess[str], list[str], dict[str, bool]]:
    """Run the CLI with `argv` in a fresh interpreter, with the app `webcare` builds for
    them (`app_for`): the process, the lines it printed, and which of the modules `names`
    it had loaded by the end."""
    code = (
        "import json, sys\n"
        "from webcare.cli import app_for\n"
        "try:\n"
        f"    app_for({argv!r}, {{}})({argv!r}, prog_name='webcare')\n"
        "except SystemExit:\n"
        "    pass\n"
        f"print(json.dumps({{name: name in sys.modules for name in {names!r}}}))\n"
    )
    proc = subprocess_run(sys.executable, "-c", code, cwd=cwd)
    *lines, loaded = proc.stdout.splitlines() or [""]
    return proc, lines, json.loads(loaded) if loaded else {}


def test_help_imports_none_of_the_heavy_modules(tmp_path: Path) -> None:
    proc, help_lines, loaded = modules_loaded_by(["--help"], HEAVY, tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "Usage" in "\n".join(help_lines)
    assert loaded == dict.fromkeys(HEAVY, False)


def test_the_morning_report_loads_no_analysis_network_or_terminal_library(
    store: Path, tmp_path: Path
) -> None:
    # `webcare report` reads what the store kept: nothing that analyses a text, fetches a
    # source or draws a table is loaded for it (each costs start-up time at every run), nor
    # the digest's, the stats' or the evaluations' modules, which the renderers name only as
    # types. Nor the standard library's HTML parser: only sources read HTML.
    # Nor the other commands' modules.
    light = (*HEAVY, "rich", "numpy", "py3langid", "webcare.digest", "webcare.evaluate",
             "webcare.evaluate_urgency", "webcare.stats", "html.parser",
             *(f"webcare.commands.{name}" for name in ("database", "judgement", "learning",
                                                       "polling", "privacy", "setup", "work")))  # fmt: skip
    if not str(store).startswith("postgresql"):
        # Nor, from SQLite, what only writing commands use (a poll's batch, privacy,
        # learning), nor OpenSSL's hashlib; the PostgreSQL backend imports its parts whole.
        light += ("webcare.store.batch", "webcare.store.privacy", "webcare.store.learning",
                  "webcare.store.writes", "hashlib")  # fmt: skip
    argv = ["report", "--db", str(store), "--now", NOW, "--format", "jsonl"]
    proc, report, loaded = modules_loaded_by(argv, light, tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert report and all(json.loads(line)["id"] for line in report)
    assert loaded == dict.fromkeys(light, False)


def test_a_report_whose_config_changes_urgency_rules_loads_no_analysis_rules(
    store: Path, tmp_path: Path
) -> None:
    # Checking an [urgency.rules.NAME] table needs the built-in category names, not the
    # rules (their regexes cost every command tens of milliseconds); a report uses neither.
    config = tmp_path / "webcare.toml"
    config.write_text(
        '[sla.holidays]\ncountry = "NL"\n\n[urgency.rules.outage]\nlevel = "critical"\n',
        encoding="utf-8",
    )
    argv = ["report", "--config", str(config), "--db", str(store), "--now", NOW, "-f", "jsonl"]
    unused = ("webcare.analysis.urgency", "webcare.analysis.rules")
    proc, report, loaded = modules_loaded_by(argv, unused, tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert report and all(json.loads(line)["id"] for line in report)
    assert loaded == dict.fromkeys(unused, False)


def test_a_poll_where_nothing_changed_loads_no_analysis(
    feed_server: FeedServer, make_config: Callable[..., Path], cli: Callable[..., Result],
    tmp_path: Path,
) -> None:  # fmt: skip
    # Every source answered 304: nothing to analyse, so neither the analysis's rules (some
    # hundred regexes compiled at import) nor a learned model are loaded for it. Nor
    # httpx's own command-line tool (click, pygments: tens of milliseconds of each poll).
    feed_server.route("/acme.xml", rss(*NEWS), etag='"v1"')
    config, db = make_config(news_source(feed_server)), tmp_path / "webcare.db"
    first = cli("poll", "--config", config, "--db", db, "--now", NOW)
    assert first.exit_code == 0, first.stderr
    unused = ("webcare.analysis.compose", "webcare.analysis.urgency", "webcare.learn.model",
              "click", "pygments")  # fmt: skip
    argv = ["poll", "--config", str(config), "--db", str(db), "--now", NOW]
    proc, _, loaded = modules_loaded_by(argv, unused, tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "news: not modified since the last poll" in proc.stderr
    assert loaded == dict.fromkeys(unused, False)


def test_httpx_command_line_tool_still_runs_beside_webcare(tmp_path: Path) -> None:
    # webcare keeps httpx's tool from loading with httpx (`fetch.load_httpx`); anything
    # that calls it in the same process still gets the tool.
    code = (
        "import sys\n"
        "from webcare.fetch import load_httpx\n"
        "httpx = load_httpx()\n"
        "print('loaded' if 'pygments' in sys.modules else 'not loaded')\n"
        "sys.argv = ['httpx', '--help']\n"
        "httpx.main()\n"
    )
    proc = subprocess_run(sys.executable, "-c", code, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("not loaded")
    assert "A next generation HTTP client" in proc.stdout


def test_help_importtime_has_no_heavy_module(tmp_path: Path) -> None:
    proc = subprocess_run(
        sys.executable, "-X", "importtime", "-m", "webcare", "--help", cwd=tmp_path
    )
    assert proc.returncode == 0
    imported = {
        line.split("|")[-1].strip().split(".")[0]
        for line in proc.stderr.splitlines()
        if "|" in line
    }
    assert "webcare" in imported  # the probe works...
    assert imported.isdisjoint(HEAVY)  # ...and finds none of them


def test_python_m_webcare_demo_json_is_pure_json_on_stdout(tmp_path: Path) -> None:
    proc = subprocess_run(sys.executable, "-m", "webcare", "demo", "--format", "json", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    document = json.loads(proc.stdout)  # nothing but the one document
    assert document["mentions"] and document["summary"]["breached"] > 0
    for source in ("social-export", "review-site", "news-and-blogs"):
        assert f"{source}: " in proc.stderr
    assert "new" in proc.stderr
    assert [
        path for path in tmp_path.rglob("*") if path.is_file()
    ] == []  # the demo's store was temporary


def test_import_reads_an_export_piped_to_dev_stdin(tmp_path: Path) -> None:
    # README: a pipe, /dev/stdin or <(zcat …) is read up to [import] max_bytes. /dev/stdin
    # links to /proc/self/fd/0, whose target ("pipe:[123]") names no file.
    rows = [
        {"id": "p1", "text": "Acme, mijn pakket is nog steeds niet bezorgd", "created_at": NOW},
        {"id": "p2", "text": "Acme top service", "created_at": NOW},
    ]
    export = "".join(json.dumps(row) + "\n" for row in rows)
    store = tmp_path / "piped.db"
    where = ["--db", str(store), "--now", NOW]
    proc = subprocess_run(
        sys.executable, "-m", "webcare", "import", "/dev/stdin", "--kind", "jsonl",
        "--source", "piped", *where, cwd=tmp_path, stdin=export,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert "piped: 2 new, 0 already seen" in proc.stderr
    listed = subprocess_run(
        sys.executable, "-m", "webcare", "mentions", "--format", "jsonl", *where, cwd=tmp_path
    )
    assert sorted(json.loads(line)["text"] for line in listed.stdout.splitlines()) == sorted(
        row["text"] for row in rows
    )


def test_piped_default_output_is_plain_without_escape_codes(tmp_path: Path) -> None:
    proc = subprocess_run(sys.executable, "-m", "webcare", "demo", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "\x1b" not in proc.stdout
    rows = [line.split("\t") for line in proc.stdout.splitlines()]
    assert rows and {len(row) for row in rows} == {PLAIN_COLUMNS}
    assert rows[0][0] == "1"


def test_the_console_script_runs(tmp_path: Path) -> None:
    script = Path(sys.executable).with_name("webcare.exe" if os.name == "nt" else "webcare")
    if not script.exists():
        pytest.skip(f"no console script next to {sys.executable}")
    version = subprocess_run(str(script), "--version", cwd=tmp_path)
    assert version.stdout == f"webcare {webcare.__version__}\n"
    analysed = subprocess_run(str(script), "analyze", "--format", "jsonl", cwd=tmp_path,
                              stdin="Mijn pakket is nog steeds niet bezorgd\nTop service, bedankt!\n")  # fmt: skip
    assert analysed.returncode == 0, analysed.stderr
    labels = [json.loads(line)["sentiment"]["label"] for line in analysed.stdout.splitlines()]
    assert labels == ["neg", "pos"]
