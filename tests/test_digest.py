"""`webcare report --digest` end to end: two exports imported and a backfilled source polled
at a pinned `now`; the numbers a lead would check (per channel, sentiment, worst breach,
answered within target, the week before), every format parses, hostile text stays inert."""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from storesql import sql
from test_html import check
from test_render import BAD_CHARACTERS, FORMULAS, HOSTILE, SGR
from test_sla import POLICY, at, stored
from typer.testing import CliRunner, Result

from webcare import digest as digest_module
from webcare.cli import app
from webcare.model import UrgencyLevel
from webcare.render import OutputFormat, Terminal, render_digest
from webcare.render.plain import DIGEST_COLUMNS as PLAIN_COLUMNS
from webcare.settings import Settings

CONFIG = """
[brand]
name = "Acme"
keywords = []
handles = ["AcmeCare"]
timezone = "Europe/Amsterdam"

[sla]
social = "1h"
email = "4h"

[sla.urgency]
critical = "15m"

[[sources]]
name = "history"
kind = "jsonl"
path = "history.jsonl"
channel = "social"
"""

NOW = "2026-11-23T12:00:00Z"
"""Monday 13:00 in Amsterdam: the 7-day window starts 2026-11-16 12:00Z, the week before
it 2026-11-09 12:00Z."""

# Hostile text as it would come in an export: a formula first, terminal escapes, rich
# markup, a script tag and a bidi override.
EVIL_TEXT = (
    '=HYPERLINK("http://evil.example") \x1b[31mROOD\x1b[0m [bold red]gratis[/bold red] '
    "<script>alert(1)</script> \u202egnipmilk bestelling kwijt"
)

SOCIAL = [
    # Negative, answered in 20 minutes.
    {"id": "s1", "author": "femke", "text": "Waardeloos, mijn pakket is nog steeds niet bezorgd en niemand helpt!",
     "created_at": "2026-11-20T10:00:00Z"},
    {"id": "r1", "author": "AcmeCare", "text": "We zoeken het uit", "created_at": "2026-11-20T10:20:00Z",
     "in_reply_to": "s1"},
    # Answered in 90 minutes: 30 minutes late.
    {"id": "s2", "author": "jan", "text": "Waar kan ik mijn adres wijzigen?", "created_at": "2026-11-20T14:00:00Z"},
    {"id": "r2", "author": "AcmeCare", "text": "Via je account", "created_at": "2026-11-20T15:30:00Z",
     "in_reply_to": "s2"},
    # Answered in 40 minutes, then a closing thank-you that needs no reply.
    {"id": "s3", "author": "piet", "text": "Hoe lang duurt de levering naar Belgie?", "created_at": "2026-11-21T09:00:00Z"},
    {"id": "r3", "author": "AcmeCare", "text": "Twee dagen", "created_at": "2026-11-21T09:40:00Z", "in_reply_to": "s3"},
    {"id": "s4", "author": "piet", "text": "Top, bedankt!", "created_at": "2026-11-23T11:00:00Z", "in_reply_to": "r3"},
    # Negative and never answered: 27 hours past due at NOW.
    {"id": "s5", "author": "lotte", "text": "Mijn bestelling is te laat en de bezorger was onbeleefd",
     "created_at": "2026-11-22T08:00:00Z"},
    # Critical (health), 15-minute target: 1h 45m past due, less than s5 but worse.
    {"id": "s6", "author": "ingrid", "text": "Mijn dochter is ziek geworden van jullie maaltijdbox, ze ligt in het ziekenhuis",
     "created_at": "2026-11-23T10:00:00Z", "url": "https://social.example/@ingrid/1"},
    # Hostile and never answered.
    {"id": "s7", "author": "troll\x1b[2J\u202e", "text": EVIL_TEXT, "created_at": "2026-11-23T08:00:00Z",
     "url": "javascript:alert(1)"},
    # Positive, answered in 30 minutes.
    {"id": "s8", "author": "sam", "text": "Love the new app, ordering is so easy now. Can you add a dark mode?",
     "created_at": "2026-11-22T12:00:00Z"},
    {"id": "r8", "author": "AcmeCare", "text": "Thanks Sam!", "created_at": "2026-11-22T12:30:00Z", "in_reply_to": "s8"},
    # 50 minutes into a 1-hour target: at risk.
    {"id": "s9", "author": "noor", "text": "Hebben jullie de blauwe trui nog in maat M?", "created_at": "2026-11-23T11:10:00Z"},
    # The week before: answered in 30 minutes.
    {"id": "p1", "author": "kees", "text": "Kan ik mijn bestelling nog annuleren?", "created_at": "2026-11-12T10:00:00Z"},
    {"id": "rp1", "author": "AcmeCare", "text": "Ja, via je account", "created_at": "2026-11-12T10:30:00Z",
     "in_reply_to": "p1"},
    # Before both windows.
    {"id": "old", "author": "dirk", "text": "Waar blijft mijn bestelling?", "created_at": "2026-11-01T10:00:00Z"},
]  # fmt: skip

EMAIL = [
    # Answered in 2 hours.
    {"id": "e1", "author": "anna", "text": "Vraag over mijn factuur van oktober", "created_at": "2026-11-19T08:00:00Z"},
    {"id": "re1", "author": "AcmeCare", "text": "Hierbij de uitleg", "created_at": "2026-11-19T10:00:00Z",
     "in_reply_to": "e1"},
    # Negative, answered in 8 hours: 4 hours late.
    {"id": "e2", "author": "bram", "text": "Terrible service, my refund still has not arrived after three weeks",
     "created_at": "2026-11-21T08:00:00Z"},
    {"id": "re2", "author": "AcmeCare", "text": "Sorry, it is on its way", "created_at": "2026-11-21T16:00:00Z",
     "in_reply_to": "e2"},
    # Two hours into a 4-hour target: open, not yet decided.
    {"id": "e3", "author": "carla", "text": "Wanneer wordt mijn geld teruggestort?", "created_at": "2026-11-23T10:00:00Z"},
    # The week before: positive, answered in 2 hours.
    {"id": "p2", "author": "mila", "text": "Bezorger was erg vriendelijk, fijne ervaring", "created_at": "2026-11-13T10:00:00Z"},
    {"id": "rp2", "author": "AcmeCare", "text": "Dank je!", "created_at": "2026-11-13T12:00:00Z", "in_reply_to": "p2"},
]  # fmt: skip

HISTORY = [
    # Stored as history by `poll --backfill`: in the window, but never in front of the team.
    {"id": "h1", "author": "oud", "text": "Geweldige service, snel bezorgd en heel vriendelijk personeel",
     "created_at": "2026-11-18T10:00:00Z"},
]  # fmt: skip


def run(*args: str | Path, code: int = 0) -> Result:
    result = CliRunner().invoke(app, [str(a) for a in args])
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    assert result.exit_code == code, result.output
    return result


def _jsonl(path: Path, rows: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    return path


@pytest.fixture
def store(tmp_path: Path, store_url: str) -> tuple[Path, str]:
    config = tmp_path / "webcare.toml"
    config.write_text(CONFIG, encoding="utf-8")
    db = store_url
    common = ("--kind", "jsonl", "--config", config, "--db", db, "--now", NOW)
    social = _jsonl(tmp_path / "social.jsonl", SOCIAL)
    run("import", social, "--source", "social-export", "--channel", "social", *common)
    email = _jsonl(tmp_path / "mail.jsonl", EMAIL)
    run("import", email, "--source", "mailbox", "--channel", "email", *common)
    _jsonl(tmp_path / "history.jsonl", HISTORY)
    run("poll", "--backfill", "--config", config, "--db", db, "--now", NOW)
    return config, db


def digest(store: tuple[Path, str], fmt: str, *extra: str) -> str:
    config, db = store
    args = ("report", "--digest", "--config", config, "--db", db, "--now", NOW, "-f", fmt)
    return run(*args, *extra).stdout


def document(store: tuple[Path, str], *extra: str) -> dict[str, Any]:
    return json.loads(digest(store, "json", *extra))


def by_key(rows: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {row["key"]: row for row in rows}


# ---------------------------------------------------------------- the numbers


def test_totals_count_the_live_week_and_compare_with_the_week_before(
    store: tuple[Path, str],
) -> None:
    doc = document(store)
    assert (doc["since"], doc["now"], doc["previous_since"]) == (
        "2026-11-16T12:00:00Z",
        "2026-11-23T12:00:00Z",
        "2026-11-09T12:00:00Z",
    )
    totals = by_key(doc["totals"])
    # 9 social + 3 email in the window; the backfilled h1 is apart, `old` outside.
    assert totals["mentions"] == {
        "key": "mentions", "value": 12, "previous": 2, "change": 10, "change_pct": 500.0,
    }  # fmt: skip
    assert totals["backfilled"]["value"] == 1
    assert totals["negative"]["value"] == 5  # s1, s5, s6, s7, e2
    assert totals["negative"]["previous"] == 0
    assert totals["share_negative"]["value"] == round(5 / 12, 3)
    # s4 (a thank-you) needs no reply; answered: s1 s2 s3 s8 e1 e2.
    assert (totals["needs_reply"]["value"], totals["responded"]["value"]) == (11, 6)
    # In time s1 s3 s8 e1; late s2 e2; still open past due s5 s6 s7.
    assert totals["breaches"]["value"] == 5
    assert totals["compliance_pct"]["value"] == round(100 * 4 / 9, 1)
    assert totals["compliance_pct"]["previous"] == 100.0
    # Now, as `webcare report` sees it: s5 s6 s7 breached, s9 at risk, e3 ok.
    assert totals["breached_now"]["value"] == 3
    assert totals["at_risk_now"]["value"] == 1
    assert totals["open_now"]["value"] == 5
    assert totals["breached_now"]["previous"] is None


def test_volume_and_sentiment_per_channel(store: tuple[Path, str]) -> None:
    channels = by_key(document(store)["channels"])
    assert list(channels) == ["social", "email"]  # biggest first
    social, email = channels["social"], channels["email"]
    assert social["volume"] == 9 and email["volume"] == 3
    assert social["share"] == 0.75
    # neg s1 s5 s6 s7; neu s2 s3 s9; pos s4 s8.
    assert (social["negative"], social["neutral"], social["positive"]) == (4, 3, 2)
    assert (email["negative"], email["neutral"], email["positive"]) == (1, 2, 0)
    assert social["share_negative"] == round(4 / 9, 3)
    assert -1 < social["mean_sentiment"] < 0


def test_sources_languages_topics_and_urgency(store: tuple[Path, str]) -> None:
    doc = document(store)
    sources = by_key(doc["sources"])
    assert set(sources) == {"social-export", "mailbox"}  # history is not counted
    assert sources["mailbox"]["channel"] == "email" and sources["mailbox"]["volume"] == 3
    languages = by_key(doc["languages"])
    assert languages["en"]["volume"] == 2  # s8, e2
    assert languages["nl"]["volume"] == 10
    topics = doc["topics"]
    assert topics[0]["key"] == "delivery"
    assert [row["count"] for row in topics] == sorted(
        (row["count"] for row in topics), reverse=True
    )
    urgency = by_key(doc["urgency_categories"])
    assert urgency["health"]["count"] == 1
    assert urgency["health"]["share_negative"] == 1.0


def test_worst_breach_first_and_late_answers_listed(store: tuple[Path, str]) -> None:
    doc = document(store)
    breaches = doc["breaches"]
    assert doc["breaches_found"] == 5 == len(breaches)
    worst = breaches[0]
    # The critical health complaint beats the one waiting 27 hours: priority, not age.
    assert worst["author"] == "ingrid" and worst["state"] == "open"
    assert worst["overdue_minutes"] == 105 and worst["target_minutes"] == 15
    assert worst["urgency"] == "critical" and worst["rank"] == 1
    assert worst["url"] == "https://social.example/@ingrid/1"
    assert worst["text"].startswith("Mijn dochter is ziek")
    late = {row["author"]: row for row in breaches if row["state"] == "late"}
    assert set(late) == {"jan", "bram"}
    assert late["bram"]["overdue_minutes"] == 240
    assert late["bram"]["responded_at"] == "2026-11-21T16:00:00Z"
    assert breaches[-1]["author"] == "jan"  # 30 minutes late on a neutral question
    assert [row["priority"] for row in breaches] == sorted(
        (row["priority"] for row in breaches), reverse=True
    )
    # --limit caps the list, not the count.
    capped = document(store, "--limit", "2")
    assert len(capped["breaches"]) == 2 and capped["breaches_found"] == 5
    assert capped["topics"] == doc["topics"]  # --limit is about mentions, not topics
    assert "Worst breaches (2 of 5)" in digest(store, "markdown", "--limit", "2")


def test_response_times_against_targets_are_the_stats_figures(store: tuple[Path, str]) -> None:
    config, db = store
    doc = document(store)
    responses = by_key(doc["response_times"])
    social = responses["social"]
    # 20, 30, 40, 90 minutes: median 35, p90 the 4th smallest; 3 of 7 decided in time.
    assert social["median_response_minutes"] == 35.0
    assert social["p90_response_minutes"] == 90.0
    assert social["target_minutes"] == 60 and social["gap_minutes"] == -25.0
    assert (social["in_time"], social["late"], social["breached_open"]) == (3, 1, 3)
    assert social["compliance_pct"] == round(100 * 3 / 7, 1)
    assert social["research_minutes"] == 60
    # Email has no history, so it is exactly `webcare stats`' row for the same window.
    stats = json.loads(
        run("stats", "--config", config, "--db", db, "--now", NOW, "-f", "json").stdout
    )
    stats_rows = by_key(stats["channels"])
    assert responses["email"] == {key: stats_rows["email"][key] for key in responses["email"]}
    assert responses["email"]["compliance_pct"] == 50.0
    # Backfilled history is left out of both: stats and the digest agree on social too.
    assert stats_rows["social"]["volume"] == by_key(doc["channels"])["social"]["volume"]
    assert responses["social"] == {key: stats_rows["social"][key] for key in responses["social"]}


def test_since_all_has_no_previous_window(store: tuple[Path, str]) -> None:
    doc = document(store, "--since", "all")
    assert doc["since"] is None and doc["previous_since"] is None
    totals = by_key(doc["totals"])
    assert totals["mentions"]["value"] == 15  # the previous week and `old` too
    assert all(row["previous"] is None and row["change"] is None for row in doc["totals"])
    assert "everything up to" in digest(store, "markdown", "--since", "all")


def test_an_empty_window_renders_in_every_format(store: tuple[Path, str]) -> None:
    config, db = store
    for fmt in OutputFormat:
        args = ("report", "--digest", "--config", config, "--db", db, "-f", fmt.value)
        out = run(*args, "--now", "2026-10-01T09:00:00+02:00").stdout
        assert out.strip(), fmt
    doc = json.loads(
        run(
            "report", "--digest", "--config", config, "--db", db, "-f", "json",
            "--now", "2026-10-01T09:00:00+02:00",
        ).stdout
    )  # fmt: skip
    assert doc["breaches"] == [] and by_key(doc["totals"])["mentions"]["value"] == 0


# ---------------------------------------------------------------- formats


def test_plain_is_section_key_values_with_stable_columns(store: tuple[Path, str]) -> None:
    out = digest(store, "plain")
    assert "\x1b" not in out and not BAD_CHARACTERS.findall(out.replace("\t", "").replace("\n", ""))
    lines = out.splitlines()
    for line in lines:
        fields = line.split("\t")
        assert len(fields) == 2 + len(PLAIN_COLUMNS[fields[0]]), line
    assert "totals\tmentions\t12\t2\t10\t500.0" in lines
    assert "totals\tbackfilled\t1\t-\t-\t-" in lines
    assert lines[0] == "window\tsince\t2026-11-16T12:00:00Z"
    social = next(line for line in lines if line.startswith("channel\tsocial\t"))
    assert social.split("\t")[2:7] == ["9", "0.75", "4", "3", "2"]
    first_breach = next(line for line in lines if line.startswith("breach\t"))
    assert "\t1\topen\t105\t15\tsocial\tsocial-export\tingrid\t" in first_breach


def test_json_jsonl_csv_and_tsv_carry_the_same_rows(store: tuple[Path, str]) -> None:
    doc = document(store)
    assert set(doc) >= {"generated_at", "now", "since", "totals", "channels", "breaches"}
    lines = [json.loads(line) for line in digest(store, "jsonl").splitlines()]
    sections = [line["section"] for line in lines]
    assert sections[:3] == ["window"] * 3
    assert sections.count("breach") == len(doc["breaches"])
    assert sections.count("totals") == len(doc["totals"])
    for fmt, delimiter in (("csv", ","), ("tsv", "\t")):
        rows = list(csv.DictReader(io.StringIO(digest(store, fmt)), delimiter=delimiter))
        assert [row["section"] for row in rows] == sections
        mentions = next(r for r in rows if r["section"] == "totals" and r["key"] == "mentions")
        assert (mentions["value"], mentions["previous"]) == ("12", "2")
        email = next(r for r in rows if r["section"] == "response" and r["key"] == "email")
        assert email["compliance_pct"] == "50.0"


def test_html_is_one_well_formed_mail_safe_document(store: tuple[Path, str]) -> None:
    out = digest(store, "html")
    checker = check(out)
    text = " ".join(checker.text)
    assert "Acme webcare digest" in text
    for heading in (
        "Key figures",
        "Response times against targets",
        "Worst breaches",
        "Top topics",
    ):
        assert heading in text
    assert "https://social.example/@ingrid/1" in [v for n, v in checker.attrs if n == "href"]


def test_table_and_markdown_lead_with_the_week_in_brief(store: tuple[Path, str]) -> None:
    table = digest(store, "table")
    assert table.startswith("Acme webcare digest: Mon 16 Nov 2026 13:00 CET to Mon 23 Nov 2026")
    assert "12 mention(s) (▲ +10 (+500%) on the 7d before)" in table
    assert "Worst breach: ingrid on social-export, critical urgency, 1h 45m over" in table
    assert "\x1b" not in table  # not a terminal: no colour
    md = digest(store, "markdown")
    assert md.startswith("## Acme webcare digest")
    assert "### Response times against targets" in md
    assert "| social | 8 | 4 | 35m | 1h 30m | 1h | -25m | 42.9% | 4 | 1h |" in md


# ---------------------------------------------------------------- hostile text


def test_hostile_text_from_an_import_is_inert_in_every_format(store: tuple[Path, str]) -> None:
    for fmt in OutputFormat:
        out = digest(store, fmt.value)
        assert "\x1b" not in out and "\u202e" not in out, fmt
        if fmt in (OutputFormat.HTML, OutputFormat.MARKDOWN):  # elsewhere it is just text
            assert "<script" not in out.lower(), fmt
    rows = list(csv.DictReader(io.StringIO(digest(store, "csv"))))
    evil = next(r for r in rows if r["section"] == "breach" and "gnipmilk" in r["text"])
    assert evil["text"].startswith("'=")
    table = digest(store, "table")  # markup printed, not applied (rows wrap at 100 columns)
    assert "[bold" in table and "[/bold" in table
    hrefs = [v or "" for n, v in check(digest(store, "html")).attrs if n == "href"]
    assert not any("javascript:" in href for href in hrefs)


def hostile_digest() -> digest_module.Digest:
    """Raw hostile text straight into the renderers, past any source's cleaning."""
    items = [
        stored(
            text, created=at(-100 - n), author=f"troll{n}\x1b[2J\u202e", source="evil\x1b[5m",
            url="javascript:alert(1)", score=-0.6, categories=(f"cat{text}",), topics=(text,),
            language=text,
        )
        for n, text in enumerate(HOSTILE)
    ]  # fmt: skip
    items.append(stored("x", created=at(-30), level=UrgencyLevel.CRITICAL))
    settings = Settings(sla=POLICY)
    return digest_module.build_digest(
        items, settings, now=at(0), since=at(0) - timedelta(days=7), generated_at=at(1)
    )


@pytest.mark.parametrize("fmt", list(OutputFormat))
@pytest.mark.parametrize("color", [False, True], ids=["mono", "colour"])
def test_raw_hostile_text_is_inert_in_every_format(fmt: OutputFormat, color: bool) -> None:
    result = hostile_digest()
    assert len(result.breaches) == len(HOSTILE) + 1  # every hostile mention is listed
    out = render_digest(result, fmt, Terminal(width=120, color=color))
    remaining = SGR.sub("", out) if fmt is OutputFormat.TABLE and color else out
    assert BAD_CHARACTERS.findall(remaining.replace("\t", "").replace("\n", "")) == []
    assert "\x1b]8" not in out and "[2J" not in remaining.replace("\\u001b[2J", "")
    if fmt is OutputFormat.HTML:
        checker = check(out)
        assert "<script>alert(1)</script>" in " ".join(checker.text)  # shown, as text
    if fmt is OutputFormat.MARKDOWN:
        assert "<script>" not in out and "&lt;script&gt;" in out
    if fmt is OutputFormat.TABLE:
        assert "[bold red]x[/bold red]" in remaining
    if fmt in (OutputFormat.CSV, OutputFormat.TSV):
        delimiter = "," if fmt is OutputFormat.CSV else "\t"
        cells = [c for row in csv.reader(io.StringIO(out), delimiter=delimiter) for c in row]
        for formula in FORMULAS:
            # csv guards every formula-like cell; tsv, for pipelines, only those that could
            # run (`=` first, or a call or a DDE pipe): "+1+1" stays as written there.
            runs = formula.startswith("=") or "(" in formula or "|" in formula
            if fmt is OutputFormat.CSV or runs:
                assert formula not in cells and "'" + formula in cells
            else:
                assert formula in cells
        assert not any(re.match(r"[=+@]" if fmt is OutputFormat.CSV else "=", c) for c in cells)


def test_previous_start_is_one_window_back() -> None:
    assert digest_module.previous_start(at(-60), at(0)) == at(-120)
    assert digest_module.previous_start(None, at(0)) is None
    assert digest_module.previous_start(at(10), at(0)) is None


# ---------------------------------------------------------------- flags


@pytest.mark.parametrize("flag", [("--fail-on", "breached"), ("--only-new",)])
def test_digest_refuses_alert_flags_with_a_usage_error(
    store: tuple[Path, str], flag: tuple[str, ...]
) -> None:
    config, db = store
    result = run("report", "--digest", *flag, "--config", config, "--db", db, "--now", NOW, code=2)
    assert result.stdout == ""
    assert "--digest cannot be combined with --fail-on or --only-new" in result.stderr


def test_the_ordinary_report_is_unchanged_by_the_digest_option(store: tuple[Path, str]) -> None:
    config, db = store
    out = run("report", "--config", config, "--db", db, "--now", NOW, "-f", "json").stdout
    floor = json.loads(out)["mentions"]
    assert {m["author"] for m in floor} >= {"ingrid", "lotte", "noor"}


@pytest.mark.parametrize("width", [60, 100, 160])
def test_table_fits_the_terminal_width(width: int) -> None:
    from rich.cells import cell_len

    out = render_digest(hostile_digest(), OutputFormat.TABLE, Terminal(width=width))
    assert max(cell_len(line) for line in out.splitlines()) <= width


def test_the_verdicts_kept_for_answers_change_nothing_in_the_digest(
    store: tuple[Path, str],
) -> None:
    # Most of a week was answered, each verdict kept when the answer was recorded: the
    # digest counts those from a few columns. Judged again from whole records (no verdict
    # kept, or only some), every figure, breach and response time is the same.
    config, db = store
    kept = sql(db, "SELECT count(*) FROM mentions WHERE settled IS NOT NULL")[0][0]
    assert kept >= 5
    counted = _digests(store)
    ids = sorted(row[0] for row in sql(db, "SELECT id FROM mentions WHERE settled IS NOT NULL"))
    sql(db, "UPDATE mentions SET settled = NULL WHERE id <= ?", (ids[len(ids) // 2],))
    assert _digests(store) == counted
    sql(db, "UPDATE mentions SET settled = NULL")
    assert _digests(store) == counted
    assert by_key(document(store, "--since", "2d")["totals"])["breaches"]["previous"] == 2


def test_a_kept_verdict_that_cannot_be_read_is_judged_again(store: tuple[Path, str]) -> None:
    # Verdicts of answers in time that say so but cannot be read (cut short; a due date
    # that is no date): the digest judges every answer again, and says what it said.
    config, db = store
    counted = _digests(store)
    rows = sql(db, "SELECT id, settled FROM mentions WHERE settled LIKE '%\"late\": false%'")
    assert len(rows) >= 2
    (first, text), (second, other) = sorted(rows)[:2]
    due = json.loads(other)["due"]
    sql(db, "UPDATE mentions SET settled = ? WHERE id = ?", (text[:-1], first))
    impossible = other.replace(due, "2026-02-30" + due[10:])
    sql(db, "UPDATE mentions SET settled = ? WHERE id = ?", (impossible, second))
    assert _digests(store) == counted


def _digests(store: tuple[Path, str]) -> list[Any]:
    found: list[Any] = []
    # With --since 2d, the two late answers fall in the week before: counted as kept.
    for extra in ((), ("--since", "2d"), ("--since", "all"), ("--channel", "email")):
        whole = document(store, *extra)
        del whole["generated_at"]
        found += [whole, digest(store, "csv", *extra), digest(store, "plain", *extra)]
    return found
