"""`webcare poll` end to end: a real feed server on 127.0.0.1, real export files, a real
SQLite file, the real CLI. What a user sees: stored mentions, stderr lines, exit codes."""

from __future__ import annotations

import csv
import io
import json
import os
import re
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import pytest
from conftest import NOW
from httpserver import FeedServer, closed_port
from storesql import sql, untouched
from typer.testing import Result

Cli = Callable[..., Result]
MakeConfig = Callable[..., Path]
NOW_UTC = datetime.fromisoformat(NOW).astimezone(UTC)
ETAG = '"acme-feed-v1"'
LAST_MODIFIED = "Sun, 22 Nov 2026 23:00:00 GMT"


def rss(*items: dict[str, str]) -> str:
    """An RSS 2.0 document with one <item> per dict of element name -> text."""
    body = "".join(
        "<item>"
        + "".join(f"<{tag}>{escape(text)}</{tag}>" for tag, text in item.items())
        + "</item>"
        for item in items
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
        f"<title>Acme in het nieuws</title><link>https://nieuws.example/</link>{body}</channel></rss>"
    )


NEWS = [
    {
        "title": "Acme schrapt zondagbezorging",
        "link": "https://nieuws.example/2026/acme-zondag",
        "guid": "nieuws-example-1001",
        "pubDate": "Sun, 22 Nov 2026 10:15:00 +0100",
        "description": "Vanaf januari bezorgt webwinkel Acme niet meer op zondag.",
    },
    {
        "title": "Customers report Acme app outage",
        "link": "https://news.example/tech/acme-outage",
        "guid": "news-example-2002",
        "pubDate": "Sun, 22 Nov 2026 12:40:00 GMT",
        "description": "Several users say the Acme app shows an error at checkout since 8 am.",
    },
    {
        "title": "Acme klantenservice urenlang onbereikbaar",
        "link": "https://nieuws.example/2026/acme-wachttijd",
        "guid": "nieuws-example-1003",
        "pubDate": "Sun, 22 Nov 2026 16:05:00 +0100",
        "description": "Klanten hangen tot twee uur in de wacht bij Acme.",
    },
]
LATER = {
    "title": "Acme biedt excuses aan na storing",
    "link": "https://nieuws.example/2026/acme-excuses",
    "guid": "nieuws-example-1004",
    "pubDate": "Sun, 22 Nov 2026 20:00:00 +0100",
    "description": "De app van Acme werkt weer; klanten krijgen een kortingscode.",
}


def rows(
    store_url: str, statement: str = "SELECT id, source, native_id FROM mentions ORDER BY id"
) -> list[Any]:
    """Read the store directly, as another tool would."""
    return sql(store_url, statement)


def jsonl(result: Result) -> list[dict[str, Any]]:
    assert result.exit_code in (0, 1), result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


def news_source(
    server: FeedServer, path: str = "/acme.xml", name: str = "news"
) -> dict[str, object]:
    # `reply = "always"`: these tests follow news items through the report, which on the
    # web channel's default policy would owe them no reply (test_reply_policy.py).
    return {
        "name": name,
        "kind": "rss",
        "url": server.url(path),
        "channel": "web",
        "reply": "always",
    }


def write_jsonl(path: Path, *records: dict[str, object]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8"
    )
    return path


def rewrite_jsonl(path: Path, *records: dict[str, object]) -> None:
    """Rewrite an export and move its mtime on, as the next export run would."""
    stamp = path.stat().st_mtime_ns
    write_jsonl(path, *records)
    os.utime(path, ns=(stamp + 10**9, stamp + 10**9))


@pytest.fixture
def refused_url() -> Iterator[str]:
    with closed_port() as url:
        yield url


# ---------------------------------------------------------------- conditional polling


def test_polling_twice_stores_every_mention_once_and_repolls_conditionally(
    feed_server: FeedServer, make_config: MakeConfig, cli: Cli, store_url: str
) -> None:
    feed_server.route("/acme.xml", rss(*NEWS), etag=ETAG, last_modified=LAST_MODIFIED)
    config = make_config(news_source(feed_server))

    first = cli("poll", "--config", config, "--db", store_url, "--now", NOW)
    second = cli(
        "poll", "--config", config, "--db", store_url, "--now", "2026-11-23T09:15:00+01:00"
    )
    third = cli("poll", "--config", config, "--db", store_url, "--now", "2026-11-23T09:30:00+01:00")

    assert (first.exit_code, second.exit_code, third.exit_code) == (0, 0, 0)
    assert "news: 3 new, 0 already seen" in first.stderr
    assert "news: not modified since the last poll" in second.stderr
    assert "news: not modified since the last poll" in third.stderr
    hits = feed_server.hits_for("/acme.xml")
    assert [(h.status, h.if_none_match, h.if_modified_since) for h in hits] == [
        (200, None, None),
        (304, ETAG, LAST_MODIFIED),
        (304, ETAG, LAST_MODIFIED),  # a 304 keeps the validators for the poll after
    ]
    assert all(h.user_agent and h.user_agent.startswith("webcare/") for h in hits)

    stored = rows(store_url)
    assert sorted(native for _, _, native in stored) == sorted(item["guid"] for item in NEWS)
    listed = jsonl(cli("mentions", "--format", "jsonl", "--db", store_url, "--now", NOW))
    assert sorted(r["id"] for r in listed) == [mention_id for mention_id, _, _ in stored]


def test_changed_feed_adds_only_its_new_items(
    feed_server: FeedServer, make_config: MakeConfig, cli: Cli, store_url: str
) -> None:
    feed_server.route("/acme.xml", rss(*NEWS), etag=ETAG)
    config = make_config(news_source(feed_server))
    cli("poll", "--config", config, "--db", store_url, "--now", NOW)

    feed_server.route("/acme.xml", rss(LATER, *NEWS), etag='"acme-feed-v2"')
    result = cli("poll", "--config", config, "--db", store_url, "--now", NOW)

    assert result.exit_code == 0
    assert "news: 1 new, 3 already seen" in result.stderr
    assert feed_server.hits_for("/acme.xml")[-1].status == 200
    assert len(rows(store_url)) == 4


def test_last_modified_alone_makes_the_repoll_conditional(
    feed_server: FeedServer, make_config: MakeConfig, cli: Cli, store_url: str
) -> None:
    feed_server.route("/acme.xml", rss(*NEWS), last_modified=LAST_MODIFIED)
    config = make_config(news_source(feed_server))
    cli("poll", "--config", config, "--db", store_url, "--now", NOW)
    result = cli("poll", "--config", config, "--db", store_url, "--now", NOW)

    assert "not modified" in result.stderr
    last = feed_server.hits_for("/acme.xml")[-1]
    assert (last.status, last.if_none_match, last.if_modified_since) == (304, None, LAST_MODIFIED)


def test_feed_without_validators_is_fetched_again_without_duplicates(
    feed_server: FeedServer, make_config: MakeConfig, cli: Cli, store_url: str
) -> None:
    feed_server.route("/acme.xml", rss(*NEWS))
    config = make_config(news_source(feed_server))
    cli("poll", "--config", config, "--db", store_url, "--now", NOW)
    result = cli("poll", "--config", config, "--db", store_url, "--now", NOW)

    assert "news: 0 new, 3 already seen" in result.stderr
    assert [h.status for h in feed_server.hits_for("/acme.xml")] == [200, 200]
    assert len(rows(store_url)) == 3


@pytest.mark.usefixtures("feed_parser")
def test_feed_items_linking_to_an_intranet_host_keep_their_links(
    feed_server: FeedServer, make_config: MakeConfig, cli: Cli, store_url: str
) -> None:
    # An intranet forum's feed links to its own private address; this one is served from
    # 127.0.0.1 and links there. feedparser-rs blanks links to loopback, private and
    # link-local hosts, feedparser keeps them: a mention must keep its URL either way.
    here = feed_server.url("/t/1")
    items = [
        {**NEWS[0], "link": here, "guid": "intra-1"},
        {**NEWS[1], "link": "http://10.20.0.5/forum/t/2", "guid": "intra-2"},
        {**NEWS[2], "link": "https://nieuws.example/2026/acme-wachttijd", "guid": "intra-3"},
    ]
    feed_server.route("/acme.xml", rss(*items))
    config = make_config(news_source(feed_server))

    assert cli("poll", "--config", config, "--db", store_url, "--now", NOW).exit_code == 0

    listed = jsonl(cli("mentions", "--format", "jsonl", "--db", store_url, "--now", NOW))
    assert sorted(r["url"] for r in listed) == sorted(item["link"] for item in items)


def test_export_file_untouched_since_last_poll_is_not_modified(
    make_config: MakeConfig, cli: Cli, store_url: str, tmp_path: Path
) -> None:
    export = write_jsonl(
        tmp_path / "exports" / "social.jsonl",
        {
            "id": "s1",
            "author": "eva",
            "text": "Acme, mijn pakket is kwijt",
            "created_at": "2026-11-23T06:00:00Z",
        },
    )
    config = make_config({"name": "social", "kind": "jsonl", "path": "exports/social.jsonl"})
    cli("poll", "--config", config, "--db", store_url, "--now", NOW)
    assert (
        "social: not modified"
        in cli("poll", "--config", config, "--db", store_url, "--now", NOW).stderr
    )

    rewrite_jsonl(
        export,
        {
            "id": "s1",
            "author": "eva",
            "text": "Acme, mijn pakket is kwijt",
            "created_at": "2026-11-23T06:00:00Z",
        },
        {
            "id": "s2",
            "author": "tim",
            "text": "Acme is snel!",
            "created_at": "2026-11-23T07:00:00Z",
        },
    )
    assert (
        "social: 1 new, 1 already seen"
        in cli("poll", "--config", config, "--db", store_url, "--now", NOW).stderr
    )


# ---------------------------------------------------------------- the report after a poll

SPEC_FIELDS = {
    "id", "source", "channel", "url", "author", "author_reach", "text", "language", "created_at",
    "rating", "sentiment", "urgency", "route", "sla", "priority", "responded_at", "responded_by",
}  # fmt: skip
ISO_Z = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")


def _utc(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def test_report_jsonl_carries_every_spec_field(
    feed_server: FeedServer, make_config: MakeConfig, cli: Cli, store_url: str
) -> None:
    feed_server.route("/acme.xml", rss(*NEWS))
    config = make_config(news_source(feed_server))
    cli("poll", "--config", config, "--db", store_url, "--now", NOW)

    records = jsonl(
        cli("report", "--config", config, "--db", store_url, "--now", NOW, "--format", "jsonl")
    )

    created = {"https://nieuws.example/2026/acme-zondag": "2026-11-22T09:15:00Z",
               "https://news.example/tech/acme-outage": "2026-11-22T12:40:00Z",
               "https://nieuws.example/2026/acme-wachttijd": "2026-11-22T15:05:00Z"}  # fmt: skip
    texts = {item["link"]: f"{item['title']}\n{item['description']}" for item in NEWS}
    assert sorted(r["url"] for r in records) == sorted(created)
    for position, record in enumerate(records, start=1):
        assert SPEC_FIELDS <= record.keys()
        assert (record["source"], record["channel"], record["author"], record["author_reach"]) == (
            "news", "web", None, None,
        )  # fmt: skip
        assert record["created_at"] == created[record["url"]]
        assert record["text"] == texts[record["url"]]
        assert record["language"] in ("nl", "en")
        assert record["rating"] is None
        assert -1 <= record["sentiment"]["score"] <= 1 and record["sentiment"]["label"] in (
            "neg",
            "neu",
            "pos",
        )
        assert record["urgency"]["level"] in ("critical", "high", "normal", "low")
        assert all(isinstance(reason, str) for reason in record["urgency"]["reasons"])
        assert record["route"] in ("automate", "human", "judgement")
        sla = record["sla"]
        assert ISO_Z.match(sla["due_at"])
        assert _utc(sla["due_at"]) - _utc(record["created_at"]) == timedelta(
            minutes=sla["target_minutes"]
        )
        assert sla["status"] == "breached"  # a day old against a 4 h target
        assert sla["overdue_minutes"] == (NOW_UTC - _utc(sla["due_at"])) // timedelta(minutes=1)
        assert record["priority"]["rank"] == position
        assert isinstance(record["priority"]["score"], int | float) and isinstance(
            record["priority"]["why"], list
        )
        assert (record["responded_at"], record["responded_by"]) == (None, None)
    scores = [r["priority"]["score"] for r in records]
    assert scores == sorted(scores, reverse=True)  # worst first

    document = json.loads(
        cli(
            "report", "--config", config, "--db", store_url, "--now", NOW, "--format", "json"
        ).stdout
    )
    assert {"generated_at", "now", "summary", "mentions"} <= document.keys()
    assert document["now"] == "2026-11-23T08:00:00Z"
    assert ISO_Z.match(document["generated_at"])
    assert (document["summary"]["total"], document["summary"]["breached"]) == (3, 3)
    assert document["mentions"] == records


def test_report_csv_flattens_spec_fields_with_underscores(
    feed_server: FeedServer, make_config: MakeConfig, cli: Cli, store_url: str
) -> None:
    feed_server.route("/acme.xml", rss(*NEWS))
    config = make_config(news_source(feed_server))
    cli("poll", "--config", config, "--db", store_url, "--now", NOW)
    result = cli("report", "--config", config, "--db", store_url, "--now", NOW, "--format", "csv")

    table = list(csv.DictReader(io.StringIO(result.stdout)))
    expected_columns = {
        "id", "source", "channel", "url", "author", "author_reach", "text", "language",
        "created_at", "rating", "sentiment_score", "sentiment_label", "urgency_level",
        "urgency_reasons", "route", "sla_target_minutes", "sla_due_at", "sla_status",
        "sla_overdue_minutes", "priority_score", "priority_rank", "priority_why", "responded_at",
        "responded_by",
    }  # fmt: skip
    assert expected_columns <= set(table[0])
    assert [row["priority_rank"] for row in table] == ["1", "2", "3"]
    assert {row["sla_status"] for row in table} == {"breached"}


# ---------------------------------------------------------------- dead sources


def _dead_source(case: str, server: FeedServer, refused_url: str) -> tuple[dict[str, object], str]:
    """A broken source for `case` and the reason its stderr line must give."""
    broken = {"name": "broken", "kind": "rss", "channel": "web"}
    match case:
        case "404":
            return {**broken, "url": server.url("/verdwenen.xml")}, "HTTP 404 Not Found"
        case "500":
            server.route("/kapot.xml", status=500)
            return {**broken, "url": server.url("/kapot.xml")}, "HTTP 500 Internal Server Error"
        case "timeout":
            server.route("/traag.xml", rss(*NEWS), delay=5)
            return {**broken, "url": server.url("/traag.xml")}, "timed out"
        case "malformed-xml":
            server.route(
                "/half.xml", '<?xml version="1.0"?><rss version="2.0"><channel><item><title>Acme'
            )
            return {**broken, "url": server.url("/half.xml")}, "not a readable RSS/Atom feed"
        case "html-page":
            server.route(
                "/login", "<html><body>Log eerst in</body></html>", content_type="text/html"
            )
            return {**broken, "url": server.url("/login")}, "not an RSS or Atom feed"
        case "too-large":
            server.route("/groot.xml", rss(*(NEWS * 40)))
            return {**broken, "url": server.url("/groot.xml")}, "larger than poll.max_bytes"
        case "missing-file":
            missing = {**broken, "kind": "jsonl", "path": "exports/bestaat-niet.jsonl"}
            return missing, "file not found"
        case "connection-refused":
            return {**broken, "url": refused_url}, "cannot connect"
    raise AssertionError(case)


DEAD = [
    "404",
    "500",
    "timeout",
    "malformed-xml",
    "html-page",
    "too-large",
    "missing-file",
    "connection-refused",
]


@pytest.mark.parametrize("case", DEAD)
def test_dead_source_exits_3_with_its_reason_and_the_others_are_stored(
    case: str,
    feed_server: FeedServer,
    refused_url: str,
    make_config: MakeConfig,
    cli: Cli,
    store_url: str,
) -> None:
    feed_server.route("/acme.xml", rss(*NEWS))
    broken, reason = _dead_source(case, feed_server, refused_url)
    config = make_config(news_source(feed_server), broken, poll={"max_bytes": 8192})

    result = cli("poll", "--config", config, "--db", store_url, "--now", NOW)

    assert result.exit_code == 3
    [line] = [line for line in result.stderr.splitlines() if line.startswith("broken:")]
    assert line.startswith("broken: FAILED: ") and reason in line
    assert "news: 3 new, 0 already seen" in result.stderr
    assert "2 source(s): 3 new mention(s), 1 failed" in result.stderr
    assert {source for _, source, _ in rows(store_url)} == {"news"}
    assert result.stdout == ""


def test_every_dead_source_is_named_on_its_own_line_even_with_quiet(
    feed_server: FeedServer,
    refused_url: str,
    make_config: MakeConfig,
    cli: Cli,
    store_url: str,
    tmp_path: Path,
) -> None:
    feed_server.route("/acme.xml", rss(*NEWS))
    feed_server.route("/kapot.xml", status=500)
    write_jsonl(
        tmp_path / "exports" / "ok.jsonl",
        {"text": "Acme top!", "created_at": "2026-11-23T07:00:00Z"},
    )
    config = make_config(
        news_source(feed_server),
        {"name": "weg", "kind": "rss", "url": feed_server.url("/weg.xml")},
        {"name": "kapot", "kind": "rss", "url": feed_server.url("/kapot.xml")},
        {"name": "dicht", "kind": "rss", "url": refused_url},
        {"name": "export", "kind": "jsonl", "path": "exports/ok.jsonl"},
        {"name": "zoek", "kind": "csv", "path": "exports/zoek.csv"},
    )

    result = cli("poll", "--config", config, "--db", store_url, "--now", NOW, "--quiet")

    assert result.exit_code == 3
    lines = dict(line.split(": FAILED: ", 1) for line in result.stderr.splitlines())
    assert sorted(lines) == ["dicht", "kapot", "weg", "zoek"]  # nothing else: --quiet
    assert lines["weg"] == "HTTP 404 Not Found"
    assert lines["kapot"] == "HTTP 500 Internal Server Error"
    assert lines["dicht"].startswith("cannot connect")
    assert lines["zoek"] == f"file not found: {tmp_path / 'exports' / 'zoek.csv'}"
    assert {source for _, source, _ in rows(store_url)} == {"news", "export"}


def test_a_broken_feed_names_its_source_url_line_and_column_on_one_line(
    feed_server: FeedServer, make_config: MakeConfig, cli: Cli, store_url: str
) -> None:
    # Not `<unknown>:2:37`: which feed, where it lives and where in it the XML breaks.
    feed_server.route("/acme.xml", '<?xml version="1.0"?>\n<rss version="2.0"><channel><title>x & y')
    config = make_config(news_source(feed_server))

    result = cli("poll", "--config", config, "--db", store_url, "--now", NOW)

    assert result.exit_code == 3
    failed = [line for line in result.stderr.splitlines() if "FAILED" in line]
    assert failed == [
        f"news: FAILED: not a readable RSS/Atom feed ({feed_server.url('/acme.xml')}): "
        "line 2, column 39: not well-formed (invalid token)"
    ]


def test_feed_body_naming_a_local_file_never_stores_that_file(
    feed_server: FeedServer, make_config: MakeConfig, cli: Cli, store_url: str, tmp_path: Path
) -> None:
    private = tmp_path / "home" / "intern.xml"
    private.write_text(
        rss({"title": "Acme intern: salarissen 2027", "link": "https://intern.example/1"})
    )
    feed_server.route("/acme.xml", str(private))
    config = make_config(news_source(feed_server))

    result = cli("poll", "--config", config, "--db", store_url, "--now", NOW)

    assert result.exit_code == 3 and "news: FAILED: not a readable RSS/Atom feed" in result.stderr
    assert rows(store_url) == []


def test_source_that_recovers_is_stored_on_the_next_poll(
    feed_server: FeedServer, make_config: MakeConfig, cli: Cli, store_url: str
) -> None:
    feed_server.route("/acme.xml", status=503)
    config = make_config(news_source(feed_server))
    assert cli("poll", "--config", config, "--db", store_url, "--now", NOW).exit_code == 3

    feed_server.route("/acme.xml", rss(*NEWS), etag=ETAG)
    result = cli("poll", "--config", config, "--db", store_url, "--now", NOW)
    assert result.exit_code == 0 and "news: 3 new" in result.stderr
    assert feed_server.hits_for("/acme.xml")[-1].if_none_match is None


# ---------------------------------------------------------------- config and usage errors

BROKEN_CONFIGS = {
    "unknown-key": ('[brand]\nname = "Acme"\nkeyword = ["acme"]\n', "brand.keyword"),
    "wrong-type": ('[brand]\nkeywords = "acme"\n', "brand.keywords"),
    "bad-duration": ('[sla]\nsocial = "een uur"\n', "sla.social"),
    "unknown-kind": (
        '[[sources]]\nname = "x"\nkind = "twitter"\nurl = "https://x.example/feed"\n',
        "sources[0] (x).kind",
    ),
    "bad-url": (
        '[[sources]]\nname = "x"\nkind = "rss"\nurl = "ftp://x.example/feed"\n',
        "sources[0] (x).url",
    ),
    "not-toml": ('[brand\nname = "Acme"\n', "not valid TOML"),
}


@pytest.mark.parametrize("case", list(BROKEN_CONFIGS))
@pytest.mark.parametrize("command", ["poll", "report", "import"])
def test_broken_config_exits_2_naming_the_key_and_writes_nothing(
    case: str, command: str, cli: Cli, store_url: str, tmp_path: Path
) -> None:
    text, key = BROKEN_CONFIGS[case]
    config = tmp_path / "webcare.toml"
    config.write_text(text, encoding="utf-8")
    export = write_jsonl(
        tmp_path / "export.jsonl", {"text": "Acme!", "created_at": "2026-11-23T07:00:00Z"}
    )
    extra = ["import", export, "--kind", "jsonl"] if command == "import" else [command]

    with_db = cli(*extra, "--config", config, "--db", store_url, "--now", NOW)
    default_db = cli(*extra, "--config", config, "--now", NOW)

    for result in (with_db, default_db):
        assert result.exit_code == 2
        assert key in result.stderr and str(config) in result.stderr
        assert result.stdout == ""
    assert untouched(store_url)
    assert not (tmp_path / "store").exists()
    assert not (tmp_path / "home" / ".local" / "share" / "webcare").exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--source", "twiter"], "no source named 'twiter'; configured: news, social"),
        (
            ["--source", "socail"],
            "no source named 'socail' (did you mean 'social'?); configured: news, social",
        ),
        (["--now", "gisteren"], "--now: 'gisteren' is not an ISO 8601 time"),
    ],
    ids=["unknown-source", "misspelt-source", "bad-now"],
)
def test_usage_error_exits_2_before_any_request_or_write(
    args: list[str],
    message: str,
    feed_server: FeedServer,
    make_config: MakeConfig,
    cli: Cli,
    store_url: str,
    tmp_path: Path,
) -> None:
    feed_server.route("/acme.xml", rss(*NEWS))
    config = make_config(
        news_source(feed_server), {"name": "social", "kind": "jsonl", "path": "s.jsonl"}
    )

    result = cli("poll", "--config", config, "--db", store_url, *args)

    assert result.exit_code == 2
    assert message in result.stderr
    assert feed_server.hits == []
    assert untouched(store_url)
    assert not (tmp_path / "store").exists()


# ---------------------------------------------------------------- --source


def test_poll_source_polls_only_the_named_sources(
    feed_server: FeedServer, make_config: MakeConfig, cli: Cli, store_url: str
) -> None:
    feed_server.route("/acme.xml", rss(*NEWS))
    feed_server.route("/blog.xml", rss(LATER))
    feed_server.route("/forum.xml", rss({"title": "Acme forum", "link": "https://forum.example/1"}))
    config = make_config(
        news_source(feed_server),
        news_source(feed_server, "/blog.xml", name="blog"),
        news_source(feed_server, "/forum.xml", name="forum"),
    )

    only_blog = cli("poll", "--config", config, "--db", store_url, "--now", NOW, "--source", "blog")
    assert only_blog.exit_code == 0
    assert [h.path for h in feed_server.hits] == ["/blog.xml"]
    assert "polled 1 source(s): 1 new mention(s), 0 failed" in only_blog.stderr
    assert {source for _, source, _ in rows(store_url)} == {"blog"}

    cli("poll", "--config", config, "--db", store_url, "--now", NOW, "-s", "news", "-s", "forum")
    assert sorted(h.path for h in feed_server.hits) == ["/acme.xml", "/blog.xml", "/forum.xml"]
    assert {source for _, source, _ in rows(store_url)} == {"blog", "news", "forum"}


# ---------------------------------------------------------------- brand replies


def post(native: str, author: str, at: str, text: str, **extra: str) -> dict[str, str]:
    """One exported social post, written on 23 November 2026 at `at` (UTC)."""
    return {
        "id": native,
        "author": author,
        "created_at": f"2026-11-23T{at}:00Z",
        "text": text,
        **extra,
    }


JAN = post(
    "t1", "klant_jan", "06:10", "@acme_nl mijn pakket is nog steeds niet bezorgd, order 51234"
)
JAN_REPLY = post("t2", "acme_nl", "06:25", "@klant_jan Wat vervelend! DM volgt.", in_reply_to="t1")
JESS = post("t3", "jess_travels", "06:50", "@AcmeCare my parcel arrived soaked, the box is ruined")
JESS_REPLY = post(
    "t4", "AcmeCare", "07:05", "@jess_travels So sorry! Check your DMs.", in_reply_to="t3"
)
BERT = post("t5", "boze_bert", "06:00", "Acme rekent ineens bezorgkosten. Belachelijk.")
PROMO = post("t6", "acme_nl", "07:30", "Acme: vandaag gratis bezorging op alles!")
SANNE = post("t7", "sanne", "06:30", "Hoi Acme, kan ik mijn bestelling nog wijzigen?")
SANNE_REPLY = post("t8", "@ACME_NL", "07:40", "@sanne Ja hoor, tot 22:00.", in_reply_to="t7")


def social_config(make_config: MakeConfig, *extra: dict[str, object]) -> Path:
    return make_config({"name": "social", "kind": "jsonl", "path": "exports/social.jsonl"}, *extra)


def by_author(records: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {r["author"]: r for r in records}


def response(record: dict[str, Any]) -> tuple[str, str | None, str | None]:
    return record["sla"]["status"], record["responded_at"], record["responded_by"]


def test_brand_reply_marks_its_mention_responded_at_the_reply_time(
    make_config: MakeConfig, cli: Cli, store_url: str, tmp_path: Path
) -> None:
    # Jess's reply comes before her post in the file; the promo answers nobody.
    write_jsonl(
        tmp_path / "exports" / "social.jsonl", JAN, JAN_REPLY, JESS_REPLY, JESS, BERT, PROMO
    )
    config = social_config(make_config)

    result = cli("poll", "--config", config, "--db", store_url, "--now", NOW)

    assert result.exit_code == 0
    assert "social: 3 new, 0 already seen, 2 answered by a brand reply" in result.stderr
    assert sorted(native for _, _, native in rows(store_url)) == ["t1", "t3", "t5"]
    report = jsonl(
        cli("report", "--config", config, "--db", store_url, "--now", NOW, "--format", "jsonl")
    )
    assert [r["author"] for r in report] == ["boze_bert"]
    listed = by_author(
        jsonl(cli("mentions", "--config", config, "--db", store_url, "--now", NOW, "-f", "jsonl"))
    )
    assert set(listed) == {"klant_jan", "jess_travels", "boze_bert"}
    assert response(listed["klant_jan"]) == ("responded", "2026-11-23T06:25:00Z", "acme_nl")
    assert response(listed["jess_travels"]) == ("responded", "2026-11-23T07:05:00Z", "AcmeCare")
    assert response(listed["boze_bert"]) == ("breached", None, None)


def test_brand_reply_in_a_later_poll_marks_the_stored_mention(
    make_config: MakeConfig, cli: Cli, store_url: str, tmp_path: Path
) -> None:
    export = write_jsonl(tmp_path / "exports" / "social.jsonl", SANNE, BERT)
    config = social_config(make_config)
    cli("poll", "--config", config, "--db", store_url, "--now", "2026-11-23T07:35:00Z")
    rewrite_jsonl(export, SANNE, BERT, SANNE_REPLY)

    result = cli("poll", "--config", config, "--db", store_url, "--now", NOW)

    assert "social: 0 new, 2 already seen, 1 answered by a brand reply" in result.stderr
    sanne = by_author(
        jsonl(cli("mentions", "--config", config, "--db", store_url, "--now", NOW, "-f", "jsonl"))
    )["sanne"]
    assert response(sanne) == ("responded", "2026-11-23T07:40:00Z", "@ACME_NL")
    assert sanne["sla"]["overdue_minutes"] == 10  # answered 10 minutes after its 1 h target
    assert len(rows(store_url)) == 2


def test_brand_reply_seen_before_its_mention_counts_when_the_mention_arrives(
    make_config: MakeConfig, cli: Cli, store_url: str, tmp_path: Path
) -> None:
    write_jsonl(tmp_path / "exports" / "outbox.jsonl", JESS_REPLY)
    write_jsonl(tmp_path / "exports" / "social.jsonl", JESS, BERT)
    # Two exports of one platform's posts: they name one id space, so the outbox's reply
    # answers the post it names (tests/test_id_spaces.py: without it, it would not).
    config = make_config(
        {"name": "social", "kind": "jsonl", "path": "exports/social.jsonl", "id_space": "x"},
        {"name": "outbox", "kind": "jsonl", "path": "exports/outbox.jsonl", "id_space": "x"},
    )

    outbox = cli("poll", "--config", config, "--db", store_url, "--now", NOW, "--source", "outbox")
    cli("poll", "--config", config, "--db", store_url, "--now", NOW, "--source", "social")

    assert "outbox: 0 new, 0 already seen" in outbox.stderr  # a reply is not a mention
    jess = by_author(
        jsonl(cli("mentions", "--config", config, "--db", store_url, "--now", NOW, "-f", "jsonl"))
    )["jess_travels"]
    assert response(jess) == ("responded", "2026-11-23T07:05:00Z", "AcmeCare")
    assert sorted(native for _, _, native in rows(store_url)) == ["t3", "t5"]


def test_reopened_mention_stays_open_when_its_reply_is_polled_again(
    make_config: MakeConfig, cli: Cli, store_url: str, tmp_path: Path
) -> None:
    export = write_jsonl(tmp_path / "exports" / "social.jsonl", JAN, JAN_REPLY)
    config = social_config(make_config)
    cli("poll", "--config", config, "--db", store_url, "--now", NOW)
    [jan] = jsonl(
        cli("mentions", "--config", config, "--db", store_url, "--now", NOW, "-f", "jsonl")
    )
    assert cli("reopen", jan["id"], "--db", store_url, "--now", NOW, "--by", "anna").exit_code == 0

    rewrite_jsonl(export, JAN, JAN_REPLY, BERT)
    cli("poll", "--config", config, "--db", store_url, "--now", NOW)

    report = jsonl(
        cli("report", "--config", config, "--db", store_url, "--now", NOW, "--format", "jsonl")
    )
    assert sorted(r["author"] for r in report) == ["boze_bert", "klant_jan"]


# ---------------------------------------------------------------- keyword filtering

CHATTER = [
    {"text": "Acme levert altijd op tijd 👍", "created_at": "2026-11-23T06:00:00Z"},
    {"text": "#acme unboxing vandaag, kijk mee", "created_at": "2026-11-23T06:05:00Z"},
    {
        "text": "De Acmebezorger stond om 7 uur al voor de deur",
        "created_at": "2026-11-23T06:10:00Z",
    },
    {"text": "Bij een andere winkel besteld, supersnel", "created_at": "2026-11-23T06:15:00Z"},
    {
        "text": "Acme vacatures: wij zoeken chauffeurs in Utrecht",
        "created_at": "2026-11-23T06:20:00Z",
    },
    {"text": "Pacmen and ghosts, a retro evening", "created_at": "2026-11-23T06:25:00Z"},
]


def test_generic_kinds_keep_only_mentions_of_the_brand_unless_filter_is_false(
    make_config: MakeConfig, cli: Cli, store_url: str, tmp_path: Path
) -> None:
    write_jsonl(tmp_path / "exports" / "chatter.jsonl", *CHATTER)
    config = make_config(
        {"name": "filtered", "kind": "jsonl", "path": "exports/chatter.jsonl"},
        {"name": "everything", "kind": "jsonl", "path": "exports/chatter.jsonl", "filter": False},
    )

    result = cli("poll", "--config", config, "--db", store_url, "--now", NOW)

    assert "filtered: 3 new, 0 already seen, 3 not about the brand" in result.stderr
    assert "everything: 6 new, 0 already seen" in result.stderr
    kept = rows(
        store_url, "SELECT text FROM mentions WHERE source = 'filtered' ORDER BY created_at"
    )
    assert [text for (text,) in kept] == [
        CHATTER[0]["text"],
        CHATTER[1]["text"],
        CHATTER[2]["text"],
    ]
    assert rows(store_url, "SELECT count(*) FROM mentions WHERE source = 'everything'") == [(6,)]


def test_import_no_filter_keeps_every_row(
    make_config: MakeConfig, cli: Cli, store_url: str, tmp_path: Path
) -> None:
    export = write_jsonl(tmp_path / "chatter.jsonl", *CHATTER)
    config = make_config()
    filtered = cli(
        "import", export, "--kind", "jsonl", "--config", config, "--db", store_url, "--now", NOW
    )
    unfiltered = cli("import", export, "--kind", "jsonl", "--source", "all", "--no-filter",
                     "--config", config, "--db", store_url, "--now", NOW)  # fmt: skip
    assert "3 not about the brand" in filtered.stderr
    assert "all: 6 new, 0 already seen" in unfiltered.stderr


# ---------------------------------------------------------------- hostile text

ESC, BEL, RLO = "\x1b", "\x07", "\u202e"
HOSTILE = [
    {"id": "h1", "author": "=cmd|' /C calc'!A0", "created_at": "2026-11-22T08:00:00Z",
     "text": f"Acme {ESC}[31mROOD ALARM{ESC}[0m {ESC}[2J{ESC}[Hscherm gewist"},
    {"id": "h2", "author": "@linkjes", "created_at": "2026-11-22T08:05:00Z",
     "text": f"Acme {ESC}]8;;https://evil.example{BEL}klik hier{ESC}]8;;{BEL} voor je geld"},
    {"id": "h3", "author": "bidi", "created_at": "2026-11-22T08:10:00Z",
     "text": f"Acme factuur_{RLO}fdp.exe{chr(0x202C)} openen?"},
    {"id": "h4", "author": "+31612345678", "created_at": "2026-11-22T08:15:00Z",
     "text": "[bold red]Acme[/] is [link=https://evil.example]gratis[/link]?"},  # a question: on the floor
    {"id": "h5", "author": "sheet", "created_at": "2026-11-22T08:20:00Z",
     "text": '=HYPERLINK("https://evil.example","Acme korting")'},
    {"id": "h6", "author": "xss", "created_at": "2026-11-22T08:25:00Z",
     "text": "<script>alert('acme')</script> Acme c\u009b31mC1-escape"},
]  # fmt: skip
HOSTILE_FEED = (
    '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>t</title>'
    f"<item><title>Acme {ESC}[5mknipper{ESC}[0m {RLO}lanoitan</title><link>https://x.example/1</link>"
    "<pubDate>Sun, 22 Nov 2026 09:00:00 GMT</pubDate>"
    "<description>&lt;script&gt;alert(document.cookie)&lt;/script&gt;"
    "&lt;p&gt;Acme &lt;b&gt;XSS&lt;/b&gt;&lt;/p&gt;"
    "</description></item></channel></rss>"
)
FORBIDDEN = (ESC, BEL, RLO, "\u202c", "\x9b")


@pytest.fixture
def hostile_store(
    feed_server: FeedServer, make_config: MakeConfig, cli: Cli, store_url: str, tmp_path: Path
) -> Path:
    feed_server.route("/hostile.xml", HOSTILE_FEED)
    write_jsonl(tmp_path / "exports" / "hostile.jsonl", *HOSTILE)
    config = make_config(
        {"name": "social", "kind": "jsonl", "path": "exports/hostile.jsonl"},
        {"name": "feed", "kind": "rss", "url": feed_server.url("/hostile.xml"), "reply": "always"},
    )
    result = cli("poll", "--config", config, "--db", store_url, "--now", NOW)
    assert result.exit_code == 0, result.stderr
    assert not any(char in result.stderr for char in FORBIDDEN)
    return config


@pytest.mark.parametrize("fmt", ["plain", "jsonl", "json", "csv", "tsv", "table"])
@pytest.mark.parametrize("command", ["report", "mentions"])
def test_hostile_text_never_reaches_stdout_raw(
    fmt: str, command: str, hostile_store: Path, cli: Cli, store_url: str
) -> None:
    result = cli(
        command, "--config", hostile_store, "--db", store_url, "--now", NOW, "--format", fmt
    )

    assert result.exit_code == 0
    if fmt != "table":  # the table may shorten texts to fit
        assert result.stdout.count("Acme") >= 8
    for char in FORBIDDEN:
        assert char not in result.stdout
    assert "alert(" not in result.stdout.replace(
        "alert('acme')", ""
    )  # feed HTML scripts are dropped
    if fmt in ("json", "jsonl"):
        texts = [json.dumps(r, ensure_ascii=False) for r in jsonl_or_document(result.stdout, fmt)]
        assert not any(char in text for text in texts for char in FORBIDDEN)


def jsonl_or_document(stdout: str, fmt: str) -> list[dict[str, Any]]:
    if fmt == "json":
        return list(json.loads(stdout)["mentions"])
    return [json.loads(line) for line in stdout.splitlines()]


def test_hostile_text_is_stored_as_inert_readable_text(
    hostile_store: Path, cli: Cli, store_url: str
) -> None:
    listed = jsonl(
        cli("mentions", "--config", hostile_store, "--db", store_url, "--now", NOW, "-f", "jsonl")
    )
    texts = {r["author"]: r["text"] for r in listed}
    assert texts["=cmd|' /C calc'!A0"] == "Acme ROOD ALARM scherm gewist"
    assert texts["@linkjes"] == "Acme klik hier voor je geld"
    assert texts["bidi"] == "Acme factuur_fdp.exe openen?"
    assert texts["+31612345678"] == "[bold red]Acme[/] is [link=https://evil.example]gratis[/link]?"
    assert texts[None] == "Acme knipper lanoitan\nAcme XSS"

    plain = cli(
        "mentions", "--config", hostile_store, "--db", store_url, "--now", NOW, "-f", "plain"
    ).stdout
    assert "[bold red]Acme[/]" in plain  # markup is shown as written, never interpreted


def test_csv_cells_that_would_run_as_formulas_are_defused(
    hostile_store: Path, cli: Cli, store_url: str
) -> None:
    result = cli(
        "report", "--config", hostile_store, "--db", store_url, "--now", NOW, "--format", "csv"
    )
    table = {row["id"]: row for row in csv.DictReader(io.StringIO(result.stdout))}
    by_author_cell = {row["author"]: row for row in table.values()}

    assert "'=cmd|' /C calc'!A0" in by_author_cell
    assert "'@linkjes" in by_author_cell
    assert "'+31612345678" in by_author_cell
    assert by_author_cell["sheet"]["text"] == '\'=HYPERLINK("https://evil.example","Acme korting")'
    for row in table.values():
        for column in ("id", "source", "author", "text", "url"):
            assert not row[column].startswith(("=", "+", "-", "@")), (column, row[column])
