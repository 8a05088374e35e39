"""`webcare notify` against a real webhook on 127.0.0.1 (Apprise's json:// target): only new
breaches, once per mention and status, a cool-down, failures that lose nothing."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import UTC
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from httpserver import FeedServer, Route
from typer.testing import Result

Cli = Callable[..., Result]
MakeConfig = Callable[..., Path]

# Social mentions have a 1 h target: at 08:00Z one written at 06:30Z is breached.
T0 = "2026-11-23T08:00:00Z"


def social(mid: str, at: str, text: str, author: str = "klant") -> dict[str, Any]:
    return {"id": mid, "author": author, "text": text, "created_at": at}


def write(path: Path, *records: dict[str, Any]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


@pytest.fixture
def hook(feed_server: FeedServer) -> str:
    feed_server.route("/hooks/webcare", b"")
    return f"json://127.0.0.1:{feed_server.port}/hooks/webcare"


def alerts(server: FeedServer) -> list[dict[str, Any]]:
    return [json.loads(hit.body) for hit in server.hits_for("/hooks/webcare")]


def setup(
    make_config: MakeConfig, tmp_path: Path, urls: list[str], **notify: object
) -> tuple[Path, Path]:
    export = tmp_path / "social.jsonl"
    write(export, social("1", "2026-11-23T06:30:00Z", "Acme, mijn bestelling is al 3 dagen zoek!"))
    config = make_config(
        {"name": "social", "kind": "jsonl", "path": str(export)},
        notify={"urls": urls, **notify},
    )
    return config, export


def test_a_new_breach_alerts_once_and_then_stays_quiet(
    feed_server: FeedServer,
    hook: str,
    make_config: MakeConfig,
    cli: Cli,
    store_url: str,
    tmp_path: Path,
) -> None:
    config, _ = setup(make_config, tmp_path, [hook])
    cli("poll", "--config", config, "--db", store_url, "--now", T0)

    first = cli("notify", "--config", config, "--db", store_url, "--now", T0)
    assert first.exit_code == 0, first.stderr
    assert "sent to notify.urls[0] (json)" in first.stderr
    assert "notify: 1 new on the floor at Mon 23 Nov 2026 09:00 CET" in first.stderr  # local
    [alert] = alerts(feed_server)
    assert alert["title"] == "webcare Acme: 1 new mention on the floor (1 breached)"
    assert "BREACHED 30m over · social · social · klant" in alert["message"]
    assert "Acme, mijn bestelling is al 3 dagen zoek!" in alert["message"]

    again = cli("notify", "--config", config, "--db", store_url, "--now", "2026-11-23T09:30:00Z")
    assert again.exit_code == 0
    assert "notify: nothing new on the floor" in again.stderr
    assert len(alerts(feed_server)) == 1


def test_the_alert_gives_each_mention_a_short_id_and_the_ack_command_that_works(
    feed_server: FeedServer,
    hook: str,
    make_config: MakeConfig,
    cli: Cli,
    store_url: str,
    tmp_path: Path,
) -> None:
    config, _ = setup(make_config, tmp_path, [hook])
    cli("poll", "--config", config, "--db", store_url, "--now", T0)
    cli("notify", "--config", config, "--db", store_url, "--now", T0)
    [alert] = alerts(feed_server)
    lines = alert["message"].splitlines()
    # The mention, then on its own line the commands a teammate copies from the channel.
    [command] = [line.strip() for line in lines if "webcare ack" in line]
    match = re.fullmatch(r"webcare show ([0-9a-f]{8}) · webcare ack \1", command)
    assert match, command
    short = match.group(1)
    shown = cli("show", short, "--config", config, "--db", store_url, "--now", T0)
    assert shown.exit_code == 0 and "Acme, mijn bestelling is al 3 dagen zoek!" in shown.stdout
    acked = cli("ack", short, "--by", "anna", "--config", config, "--db", store_url, "--now", T0)
    assert acked.exit_code == 0, acked.stderr
    report = cli("report", "--config", config, "--db", store_url, "--now", T0, "-f", "json")
    assert json.loads(report.stdout)["summary"]["breached"] == 0


def test_the_alert_says_when_each_mention_was_posted_in_the_brand_time_zone() -> None:
    from test_sla import POLICY, at, stored

    from webcare import notify, report
    from webcare.settings import Settings

    # Written 07:00Z = 08:00 in Amsterdam; breached 1h 40m later.
    item = stored("Acme, waar blijft mijn pakket?", created=at(0), author="klant")
    listing = report.build_report([item], Settings(sla=POLICY), now=at(100), generated_at=at(100))
    plan = notify.AlertPlan(listing.rows)
    _, body = notify.compose(plan, "Acme", 10, timezone=ZoneInfo("Europe/Amsterdam"))
    assert (
        "BREACHED 40m over · social · social-export · klant · normal · posted Mon 23 Nov 08:00 CET"
        in body
    )
    _, utc = notify.compose(plan, "Acme", 10, timezone=UTC)
    assert "posted Mon 23 Nov 07:00 UTC" in utc
    # Pure: the same plan composes the same message.
    assert notify.compose(plan, "Acme", 10, timezone=UTC)[1] == utc


def test_the_cool_down_holds_new_breaches_for_the_next_alert(
    feed_server: FeedServer,
    hook: str,
    make_config: MakeConfig,
    cli: Cli,
    store_url: str,
    tmp_path: Path,
) -> None:
    config, export = setup(make_config, tmp_path, [hook], cooldown="1h")
    cli("poll", "--config", config, "--db", store_url, "--now", T0)
    cli("notify", "--config", config, "--db", store_url, "--now", T0)

    write(
        export,
        social("1", "2026-11-23T06:30:00Z", "Acme, mijn bestelling is al 3 dagen zoek!"),
        social("2", "2026-11-23T07:05:00Z", "Acme app crasht bij betalen", author="piet"),
    )
    cli("poll", "--config", config, "--db", store_url, "--now", "2026-11-23T08:10:00Z")
    held = cli("notify", "--config", config, "--db", store_url, "--now", "2026-11-23T08:10:00Z")
    assert held.exit_code == 0
    assert (
        "notify: 1 new on the floor, held by the cool-down until Mon 23 Nov 2026 10:00 CET"
        in held.stderr
    )
    assert len(alerts(feed_server)) == 1

    later = cli("notify", "--config", config, "--db", store_url, "--now", "2026-11-23T09:00:00Z")
    assert later.exit_code == 0
    second = alerts(feed_server)[1]
    assert second["title"] == "webcare Acme: 1 new mention on the floor (1 breached)"
    assert "piet" in second["message"] and "klant" not in second["message"]


def test_at_risk_alerts_and_a_later_breach_of_the_same_mention_alerts_again(
    feed_server: FeedServer,
    hook: str,
    make_config: MakeConfig,
    cli: Cli,
    store_url: str,
    tmp_path: Path,
) -> None:
    export = write(
        tmp_path / "social.jsonl",
        social("1", "2026-11-23T07:10:00Z", "Acme waar blijft mijn pakket?"),
    )
    config = make_config(
        {"name": "social", "kind": "jsonl", "path": str(export)},
        notify={"urls": [hook], "on": "at-risk", "cooldown": "1m"},
    )
    cli("poll", "--config", config, "--db", store_url, "--now", T0)
    cli("notify", "--config", config, "--db", store_url, "--now", "2026-11-23T08:00:00Z")
    cli("notify", "--config", config, "--db", store_url, "--now", "2026-11-23T08:20:00Z")
    titles = [alert["title"] for alert in alerts(feed_server)]
    assert titles == [
        "webcare Acme: 1 new mention on the floor (1 at risk)",
        "webcare Acme: 1 new mention on the floor (1 breached)",
    ]


def test_an_unreachable_target_exits_3_and_the_alert_is_sent_again_later(
    feed_server: FeedServer, make_config: MakeConfig, cli: Cli, store_url: str, tmp_path: Path
) -> None:
    feed_server.route("/hooks/webcare", status=500, then=Route(b""))
    config, _ = setup(make_config, tmp_path, [f"json://127.0.0.1:{feed_server.port}/hooks/webcare"])
    cli("poll", "--config", config, "--db", store_url, "--now", T0)
    failed = cli("notify", "--config", config, "--db", store_url, "--now", T0)
    assert failed.exit_code == 3
    assert "FAILED: notify.urls[0] (json): delivery failed" in failed.stderr

    retried = cli("notify", "--config", config, "--db", store_url, "--now", "2026-11-23T08:05:00Z")
    assert retried.exit_code == 0, retried.stderr
    assert [hit.status for hit in feed_server.hits_for("/hooks/webcare")] == [500, 200]


def test_secrets_in_target_urls_come_from_the_environment_and_are_never_printed(
    feed_server: FeedServer,
    make_config: MakeConfig,
    cli: Cli,
    store_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    feed_server.route("/hooks/s3cr3t-token", b"")
    monkeypatch.setenv("WEBCARE_HOOK_TOKEN", "s3cr3t-token")
    config, _ = setup(
        make_config,
        tmp_path,
        [f"json://127.0.0.1:{feed_server.port}/hooks/${{WEBCARE_HOOK_TOKEN}}"],
    )
    cli("poll", "--config", config, "--db", store_url, "--now", T0)
    result = cli("notify", "--config", config, "--db", store_url, "--now", T0)
    assert result.exit_code == 0, result.stderr
    assert len(feed_server.hits_for("/hooks/s3cr3t-token")) == 1
    assert "s3cr3t" not in result.stderr + result.stdout


def test_hostile_text_reaches_the_channel_inert(
    feed_server: FeedServer,
    hook: str,
    make_config: MakeConfig,
    cli: Cli,
    store_url: str,
    tmp_path: Path,
) -> None:
    export = write(
        tmp_path / "social.jsonl",
        social(
            "1",
            "2026-11-23T06:30:00Z",
            "Acme <!channel> @here \x1b[31mklik <https://evil.example|hier>\x1b]8;;https://x\x07",
        ),
    )
    config = make_config(
        {"name": "social", "kind": "jsonl", "path": str(export)}, notify={"urls": [hook]}
    )
    cli("poll", "--config", config, "--db", store_url, "--now", T0)
    cli("notify", "--config", config, "--db", store_url, "--now", T0)
    [alert] = alerts(feed_server)
    message = alert["message"]
    assert "<" not in message and ">" not in message
    assert "\x1b" not in message and "\x07" not in message
    assert "@here" not in message and "!channel" not in message


def test_without_targets_notify_says_what_to_configure_and_dry_run_prints_the_alert(
    make_config: MakeConfig, cli: Cli, store_url: str, tmp_path: Path
) -> None:
    export = write(
        tmp_path / "social.jsonl",
        social("1", "2026-11-23T06:30:00Z", "Acme, mijn bestelling is al 3 dagen zoek!"),
    )
    config = make_config({"name": "social", "kind": "jsonl", "path": str(export)})
    cli("poll", "--config", config, "--db", store_url, "--now", T0)
    refused = cli("notify", "--config", config, "--db", store_url, "--now", T0)
    assert refused.exit_code == 2
    assert "no [notify] urls in the config" in refused.stderr

    dry = cli("notify", "--dry-run", "--config", config, "--db", store_url, "--now", T0)
    assert dry.exit_code == 0
    assert dry.stdout.startswith("webcare Acme: 1 new mention on the floor (1 breached)\n\n1. ")
    assert "posted Mon 23 Nov 07:30 CET" in dry.stdout  # the brand's time, not UTC
    again = cli("notify", "--dry-run", "--config", config, "--db", store_url, "--now", T0)
    assert again.stdout == dry.stdout  # a dry run remembers nothing


def test_notify_config_errors_name_the_key(
    make_config: MakeConfig, cli: Cli, store_url: str
) -> None:
    bad_on = make_config(notify={"urls": ["json://127.0.0.1:9/x"], "on": "sometimes"})
    result = cli("notify", "--config", bad_on, "--db", store_url)
    assert result.exit_code == 2
    assert "notify.on" in result.stderr and "'breached' or 'at-risk'" in result.stderr
    bad_url = make_config(notify={"urls": ["hooks.slack.com/services/x"]})
    result = cli("notify", "--config", bad_url, "--db", store_url)
    assert result.exit_code == 2 and "notify.urls[0]" in result.stderr


def test_a_whole_url_from_the_environment_as_the_example_shows_leaves_other_commands_alone(
    feed_server: FeedServer,
    hook: str,
    make_config: MakeConfig,
    cli: Cli,
    store_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("WEBCARE_SLACK_URL", raising=False)
    config, _ = setup(make_config, tmp_path, ["${WEBCARE_SLACK_URL}"])
    polled = cli("poll", "--config", config, "--db", store_url, "--now", T0)
    assert polled.exit_code == 0, polled.stderr
    reported = cli("report", "--config", config, "--db", store_url, "--now", T0)
    assert reported.exit_code == 0, reported.stderr
    dry = cli("notify", "--dry-run", "--config", config, "--db", store_url, "--now", T0)
    assert dry.exit_code == 0, dry.stderr

    # Only sending needs the variable: unset, notify names it, sends nothing, remembers nothing.
    missing = cli("notify", "--config", config, "--db", store_url, "--now", T0)
    assert missing.exit_code == 2
    assert missing.stderr.splitlines() == [
        f"webcare: error: {config}, key 'notify.urls[0]': "
        "environment variable WEBCARE_SLACK_URL is not set"
    ]

    monkeypatch.setenv("WEBCARE_SLACK_URL", hook)
    sent = cli("notify", "--config", config, "--db", store_url, "--now", T0)
    assert sent.exit_code == 0, sent.stderr
    assert len(alerts(feed_server)) == 1
    assert hook not in sent.stderr + sent.stdout
    # Named by its variable, not as an unknown scheme: "sent to notify.urls[0] (?)" told
    # a team nothing about where the alert went.
    assert "sent to notify.urls[0] (${WEBCARE_SLACK_URL})" in sent.stderr


def test_a_variable_that_holds_no_apprise_url_is_named_not_printed(
    make_config: MakeConfig,
    cli: Cli,
    store_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("WEBCARE_SLACK_URL", "hooks.slack.com/services/T0/B0/s3cret")
    config, _ = setup(make_config, tmp_path, ["${WEBCARE_SLACK_URL}"])
    cli("poll", "--config", config, "--db", store_url, "--now", T0)
    result = cli("notify", "--config", config, "--db", store_url, "--now", T0)
    assert result.exit_code == 2
    assert "${WEBCARE_SLACK_URL} does not hold an Apprise URL" in result.stderr
    assert "s3cret" not in result.stderr


def test_an_emergency_is_alerted_at_once_even_inside_the_cool_down(
    feed_server: FeedServer,
    hook: str,
    make_config: MakeConfig,
    cli: Cli,
    store_url: str,
    tmp_path: Path,
) -> None:
    """A routine alert at 08:00 must not hold back a gas leak written at 08:02 (15-minute
    critical target) until the cool-down ends at 08:30, long after it breached: the README
    promises an emergency is alerted as soon as it is stored."""
    config, export = setup(make_config, tmp_path, [hook], cooldown="30m", on="at-risk")
    cli("poll", "--config", config, "--db", store_url, "--now", T0)
    cli("notify", "--config", config, "--db", store_url, "--now", T0)
    assert len(alerts(feed_server)) == 1

    write(
        export,
        social("1", "2026-11-23T06:30:00Z", "Acme, mijn bestelling is al 3 dagen zoek!"),
        social("2", "2026-11-23T07:15:00Z", "Acme waar blijft mijn pakket?", author="piet"),
        social(
            "3",
            "2026-11-23T08:02:00Z",
            "@acme ik ruik gas in de meterkast na jullie monteur, wat moet ik doen?",
            author="ahmed",
        ),
    )
    cli("poll", "--config", config, "--db", store_url, "--now", "2026-11-23T08:05:00Z")
    sent = cli("notify", "--config", config, "--db", store_url, "--now", "2026-11-23T08:05:00Z")
    assert sent.exit_code == 0, sent.stderr
    assert "held by the cool-down" not in sent.stderr
    second = alerts(feed_server)[1]
    first_line = second["message"].splitlines()[0]
    assert first_line.startswith("1. AT RISK") and "ahmed · critical" in first_line
    # What was new beside it went along, so nothing waits behind the emergency.
    assert "piet" in second["message"]

    # Without an emergency the cool-down holds as before.
    write(
        export,
        social("1", "2026-11-23T06:30:00Z", "Acme, mijn bestelling is al 3 dagen zoek!"),
        social("2", "2026-11-23T07:15:00Z", "Acme waar blijft mijn pakket?", author="piet"),
        social("4", "2026-11-23T07:24:00Z", "Acme factuur klopt niet", author="ria"),
    )
    cli("poll", "--config", config, "--db", store_url, "--now", "2026-11-23T08:10:00Z")
    held = cli("notify", "--config", config, "--db", store_url, "--now", "2026-11-23T08:10:00Z")
    assert "held by the cool-down until Mon 23 Nov 2026 09:35 CET" in held.stderr
    assert len(alerts(feed_server)) == 2


def test_an_emergency_is_alerted_at_risk_even_when_only_breaches_are_asked_for(
    feed_server: FeedServer,
    hook: str,
    make_config: MakeConfig,
    cli: Cli,
    store_url: str,
    tmp_path: Path,
) -> None:
    """With the default `on = "breached"`, a gas leak used to be alerted only once its
    15-minute target had passed: the alert said it was missed. It is alerted at risk, at
    once; an ordinary mention at risk still waits for its breach."""
    export = write(
        tmp_path / "social.jsonl",
        social("1", "2026-11-23T07:10:00Z", "Acme waar blijft mijn pakket?"),
        social("2", "2026-11-23T07:55:00Z",
               "@acme ik ruik gas in de meterkast na jullie monteur, wat moet ik doen?",
               author="ahmed"),
    )  # fmt: skip
    config = make_config(
        {"name": "social", "kind": "jsonl", "path": str(export)},
        notify={"urls": [hook], "cooldown": "30m"},
    )
    cli("poll", "--config", config, "--db", store_url, "--now", T0)
    first = cli("notify", "--config", config, "--db", store_url, "--now", T0)
    assert first.exit_code == 0, first.stderr
    [alert] = alerts(feed_server)
    assert alert["title"] == "webcare Acme: 1 new mention on the floor (1 at risk)"
    assert "ahmed · critical" in alert["message"] and "klant" not in alert["message"]

    # An hour on both have breached: both are alerted (the emergency again, as breached).
    later = cli("notify", "--config", config, "--db", store_url, "--now", "2026-11-23T09:00:00Z")
    assert later.exit_code == 0, later.stderr
    second = alerts(feed_server)[1]
    assert second["title"] == "webcare Acme: 2 new mentions on the floor (2 breached)"


def test_a_first_notify_on_a_store_with_history_lists_only_recent_breaches(
    feed_server: FeedServer,
    hook: str,
    make_config: MakeConfig,
    cli: Cli,
    store_url: str,
    tmp_path: Path,
) -> None:
    # Three weeks of breaches nobody was alerted about (notify never ran): the first alert
    # lists what breached within [notify] recent (24h) and counts the rest in one line,
    # critical or not; a later notify does not bring them back.
    config, export = setup(make_config, tmp_path, [hook])
    write(
        export,
        social("old1", "2026-11-02T09:00:00Z", "Acme, waar blijft mijn pakket?", "anna"),
        social("old2", "2026-11-09T09:00:00Z", "Acme, er ligt glas in de sla, mijn kind bloedt!", "bram"),
        social("new", "2026-11-23T06:30:00Z", "Acme, mijn bestelling is al 3 dagen zoek!"),
    )
    cli("poll", "--config", config, "--db", store_url, "--now", T0)

    first = cli("notify", "--config", config, "--db", store_url, "--now", T0)
    assert first.exit_code == 0, first.stderr
    [alert] = alerts(feed_server)
    assert alert["title"] == "webcare Acme: 1 new mention on the floor (1 breached)"
    assert "klant" in alert["message"]
    assert "anna" not in alert["message"] and "bram" not in alert["message"]
    assert alert["message"].splitlines()[-1] == (
        "Also 2 older breaches on the floor, due before Sun 22 Nov 2026 09:00 CET: "
        "run `webcare report`"
    )
    assert "(and 2 older breaches on the floor" in first.stderr

    later = cli("notify", "--config", config, "--db", store_url, "--now", "2026-11-23T09:30:00Z")
    assert "notify: nothing new on the floor" in later.stderr
    assert len(alerts(feed_server)) == 1


def test_only_stale_breaches_send_one_counting_alert_once(
    feed_server: FeedServer,
    hook: str,
    make_config: MakeConfig,
    cli: Cli,
    store_url: str,
    tmp_path: Path,
) -> None:
    config, export = setup(make_config, tmp_path, [hook], recent="2h")
    write(export, social("old", "2026-11-23T04:00:00Z", "Acme, waar blijft mijn pakket?", "anna"))
    cli("poll", "--config", config, "--db", store_url, "--now", T0)

    first = cli("notify", "--config", config, "--db", store_url, "--now", T0)
    assert first.exit_code == 0, first.stderr
    [alert] = alerts(feed_server)
    assert alert["title"] == (
        "webcare Acme: 1 older breach on the floor, due before Mon 23 Nov 2026 07:00 CET"
    )
    assert "anna" not in alert["message"]
    again = cli("notify", "--config", config, "--db", store_url, "--now", "2026-11-23T09:30:00Z")
    assert "notify: nothing new on the floor" in again.stderr
    assert len(alerts(feed_server)) == 1
