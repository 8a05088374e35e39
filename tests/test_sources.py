"""Source kinds against golden files: tests/data/<kind>/NAME.<ext> parses to NAME.expected.jsonl.

Each expected line is a normalised Mention, a brand reply the format itself marks
(`{"reply": {...}}`) or `{"problem": ..., "line": ...}`, in the order the kind yields them. A fixture is read as source `import-NAME` (what `webcare import`
calls it), with the kind's default channel, or with the source in NAME.toml when there is one
(for a `fields` mapping). The same files go through `webcare import` end to end.
"""

from __future__ import annotations

import codecs
import csv as stdcsv
import io
import json
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from conftest import NOW
from typer.testing import Result

from webcare import config, sources
from webcare.errors import SourceError
from webcare.model import Mention, Problem, Reply
from webcare.sources.base import ParseContext
from webcare.timeparse import iso_utc


@pytest.fixture
def db_path(store_url: str) -> str:
    """This file's stores, on every backend: a SQLite file or a PostgreSQL database."""
    return store_url


DATA = Path(__file__).parent / "data"
AMSTERDAM = ZoneInfo("Europe/Amsterdam")
SEEN_AT = datetime.fromisoformat(NOW).astimezone(UTC)
FIXTURES = sorted(
    path
    for path in DATA.glob("*/*")
    if not path.name.endswith((".expected.jsonl", ".toml")) and path.is_file()
)
FEED_KINDS = ("rss", "google-alerts", "mastodon", "reddit")
"""The kinds that read RSS or Atom (`sources.base.parse_feed`): their goldens hold with
either parser (the `feed_parser` fixture)."""
FEED_FIXTURES = [p for p in FIXTURES if p.parent.name in FEED_KINDS and p.suffix == ".xml"]
MENTION_FIELDS = (
    "id", "source", "channel", "url", "author", "author_reach", "text", "created_at",
    "created_at_estimated", "rating",
)  # fmt: skip
"""What a stored mention must keep of the parsed one (as `mentions --format jsonl` shows it)."""


def as_record(item: Mention | Reply | Problem) -> dict[str, Any]:
    """A parsed item as a plain dict, times as ISO UTC: comparable to a golden line."""
    if isinstance(item, Problem):
        return {"problem": item.message, "line": item.line}
    if isinstance(item, Reply):
        return {
            "reply": {
                "native_id": item.native_id,
                "in_reply_to": item.in_reply_to,
                "author": item.author,
                "created_at": iso_utc(item.created_at),
            }
        }
    return {
        "id": item.id,
        "source": item.source,
        "channel": item.channel.value,
        "native_id": item.native_id,
        "url": item.url,
        "author": item.author,
        "author_reach": item.author_reach,
        "text": item.text,
        "created_at": iso_utc(item.created_at),
        "created_at_estimated": item.created_at_estimated,
        "rating": item.rating,
        "in_reply_to": item.in_reply_to,
    }


def expected(fixture: Path) -> list[dict[str, Any]]:
    golden = fixture.with_name(f"{fixture.stem}.expected.jsonl")
    return [json.loads(line) for line in golden.read_text(encoding="utf-8").splitlines() if line]


def spec_for(fixture: Path, **keys: Any) -> config.SourceSpec:
    """The source a fixture is read as; for inline bytes the path only names the kind."""
    kind = fixture.parent.name
    side = fixture.with_suffix(".toml")
    if side.exists() and not keys:
        return config.load_file(side).sources[0]
    table = {"name": f"import-{fixture.stem}", "kind": kind, "path": str(fixture), **keys}
    return config.parse({"sources": [table]}).sources[0]


def parse(raw: bytes, spec: config.SourceSpec) -> list[Mention | Reply | Problem]:
    ctx = ParseContext(spec=spec, timezone=AMSTERDAM, seen_at=SEEN_AT)
    return list(sources.get(spec.kind).parse(raw, ctx))


def mentions_of(items: list[Mention | Reply | Problem]) -> list[Mention]:
    return [item for item in items if isinstance(item, Mention)]


def jsonl_records(result: Result) -> list[dict[str, Any]]:
    return [json.loads(line) for line in result.stdout.splitlines()]


# ---------------------------------------------------------------- golden files


def test_every_source_kind_has_a_golden_fixture() -> None:
    kinds_with_fixtures = {path.parent.name for path in FIXTURES}
    assert set(sources.kinds()) <= kinds_with_fixtures


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_kind_parses_fixture_to_golden(fixture: Path) -> None:
    items = parse(fixture.read_bytes(), spec_for(fixture))
    assert [as_record(item) for item in items] == expected(fixture)


@pytest.mark.parametrize("fixture", FEED_FIXTURES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_feed_kind_parses_fixture_to_golden_with_either_parser(
    fixture: Path, feed_parser: str
) -> None:
    items = parse(fixture.read_bytes(), spec_for(fixture))
    assert [as_record(item) for item in items] == expected(fixture)


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_import_stores_golden_mentions_and_names_problem_lines(
    fixture: Path, cli: Callable[..., Result], db_path: str
) -> None:
    args: list[str | Path] = ["import", fixture, "--kind", fixture.parent.name, "--db", db_path]
    if fixture.with_suffix(".toml").exists():
        args += ["--config", fixture.with_suffix(".toml")]
    result = cli(*args, "--now", NOW, "--verbose")
    golden = expected(fixture)
    want = {m["id"]: {k: m[k] for k in MENTION_FIELDS} for m in golden if "id" in m}

    # A skipped row makes the import a partial failure; a field dropped from a kept mention
    # (a rating of 9, a javascript: URL) does not.
    skipped = any("; skipped" in p["problem"] for p in golden if "problem" in p)
    assert result.exit_code == (3 if skipped else 0), result.stderr
    assert f"import-{fixture.stem}: {len(want)} new, 0 already seen" in result.stderr
    for problem in (p for p in golden if "problem" in p):
        where = f"line {problem['line']}: " if problem["line"] else ""
        assert f"  {where}{problem['problem']}" in result.stderr.splitlines()

    listed = jsonl_records(cli("mentions", "--format", "jsonl", "--db", db_path, "--now", NOW))
    assert {r["id"]: {k: r[k] for k in MENTION_FIELDS} for r in listed} == want

    # A reply the format marks answers the mention it names, at the reply's own time.
    first_reply: dict[str, str] = {}
    for reply in (line["reply"] for line in golden if "reply" in line):
        at = first_reply.get(reply["in_reply_to"])
        first_reply[reply["in_reply_to"]] = (
            min(at, reply["created_at"]) if at else reply["created_at"]
        )
    by_native = {m["native_id"]: m for m in golden if "id" in m}
    answered = {
        by_native[native]["id"]: at
        for native, at in first_reply.items()
        if native in by_native and at >= by_native[native]["created_at"]
    }
    assert {r["id"]: r["responded_at"] for r in listed if r["id"] in answered} == answered


# ---------------------------------------------------------------- rss


def _rss(*items: str) -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>t</title>'
        + "".join(f"<item>{item}</item>" for item in items)
        + "</channel></rss>"
    ).encode()


@pytest.mark.usefixtures("feed_parser")
def test_rss_entry_without_date_is_dated_at_first_poll_and_keeps_that_date(
    cli: Callable[..., Result], db_path: str, tmp_path: Path
) -> None:
    feed = tmp_path / "forum.xml"
    feed.write_bytes(
        _rss("<title>Acme bezorgt niet in Zeeland?</title><link>https://forum.example/t/1</link>")
    )
    cli("import", feed, "--kind", "rss", "--db", db_path, "--now", "2026-11-23T08:00:00+01:00")
    again = cli(
        "import", feed, "--kind", "rss", "--db", db_path, "--now", "2026-11-23T10:00:00+01:00"
    )
    assert "0 new, 1 already seen" in again.stderr

    [stored] = jsonl_records(cli("mentions", "--format", "jsonl", "--db", db_path, "--now", NOW))
    assert stored["created_at"] == "2026-11-23T07:00:00Z"
    assert stored["created_at_estimated"] is True


@pytest.mark.usefixtures("feed_parser")
def test_rss_html_is_reduced_to_visible_text() -> None:
    raw = _rss(
        "<title>Acme &amp;amp; co</title><link>https://x.example/1</link>"
        "<description>&lt;div&gt;&lt;style&gt;p{color:red}&lt;/style&gt;"
        "&lt;p&gt;Eerste &lt;i&gt;alinea&lt;/i&gt;"
        "&lt;/p&gt;&lt;p&gt;Tweede&amp;nbsp;alinea&lt;/p&gt;&lt;/div&gt;</description>"
    )
    [mention] = parse(raw, spec_for(DATA / "rss" / "inline.xml"))
    assert mention.text == "Acme & co\nEerste alinea\n\nTweede alinea"


@pytest.mark.usefixtures("feed_parser")
def test_rss_self_closing_br_is_one_line_break() -> None:
    raw = _rss(
        "<link>https://x.example/1</link>"
        "<description>&lt;p&gt;regel een&lt;br/&gt;regel twee&lt;/p&gt;</description>"
    )
    [mention] = parse(raw, spec_for(DATA / "rss" / "inline.xml"))
    assert mention.text == "regel een\nregel twee"


@pytest.mark.usefixtures("feed_parser")
@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b"not xml at all", "not a readable RSS/Atom feed"),
        (
            b'<?xml version="1.0"?><rss version="2.0"><channel><item><title>Acme',
            "not a readable RSS/Atom feed",
        ),
        (
            b"<html><body><h1>Inloggen</h1><p>Log in om verder te gaan.</p></body></html>",
            "not an RSS or Atom feed",
        ),
        (b"", "not an RSS or Atom feed"),
    ],
    ids=["garbage", "truncated", "html-page", "empty"],
)
def test_rss_that_yields_nothing_readable_is_a_source_error(body: bytes, reason: str) -> None:
    with pytest.raises(SourceError, match=reason):
        parse(body, spec_for(DATA / "rss" / "inline.xml"))


@pytest.mark.usefixtures("feed_parser")
def test_rss_body_that_names_a_local_file_does_not_read_that_file(tmp_path: Path) -> None:
    local = tmp_path / "private-notes.xml"
    local.write_bytes(
        _rss("<title>Acme intern: contract klant X</title><link>https://intern.example/1</link>")
    )
    with pytest.raises(SourceError, match="not a readable RSS/Atom feed"):
        parse(str(local).encode(), spec_for(DATA / "rss" / "inline.xml"))


@pytest.mark.usefixtures("feed_parser")
def test_rss_empty_but_valid_feed_is_not_an_error() -> None:
    assert parse(_rss(), spec_for(DATA / "rss" / "inline.xml")) == []


@pytest.mark.usefixtures("feed_parser")
def test_rss_not_well_formed_but_readable_keeps_entries_with_a_warning() -> None:
    raw = _rss("<title>Acme &bogus; levert snel</title><link>https://x.example/2</link>")
    items = parse(raw, spec_for(DATA / "rss" / "inline.xml"))
    problems = [item for item in items if isinstance(item, Problem)]
    assert [m.url for m in mentions_of(items)] == ["https://x.example/2"]
    assert len(problems) == 1 and "not well-formed" in problems[0].message


# ---------------------------------------------------------------- csv

ROWS = [
    ["id", "author", "rating", "created_at", "text"],
    ["9001", "Bram", "2", "2026-11-22T10:00:00Z", "Acme levert te laat, weer!"],
    ["9002", "Chloé", "5", "2026-11-22T11:00:00Z", "Acme top, snel geleverd"],
]


@pytest.mark.parametrize(
    "delimiter", [",", ";", "\t", "|"], ids=["comma", "semicolon", "tab", "pipe"]
)
def test_csv_delimiter_is_sniffed(delimiter: str) -> None:
    out = io.StringIO()
    stdcsv.writer(out, delimiter=delimiter).writerows(ROWS)  # quotes the text that holds a comma
    raw = out.getvalue().encode()
    items = parse(raw, spec_for(DATA / "csv" / "inline.csv"))
    assert [(m.native_id, m.author, m.rating, m.text) for m in mentions_of(items)] == [
        ("9001", "Bram", 2, "Acme levert te laat, weer!"),
        ("9002", "Chloé", 5, "Acme top, snel geleverd"),
    ]


@pytest.mark.parametrize(
    "encode",
    [
        lambda text: codecs.BOM_UTF8 + text.encode("utf-8"),
        lambda text: text.encode("utf-16"),  # Excel's "Unicode text" export, with its BOM
        lambda text: text.encode("cp1252"),  # an older Windows spreadsheet export
    ],
    ids=["utf-8-bom", "utf-16", "cp1252"],
)
def test_csv_encodings_of_spreadsheet_exports(encode: Callable[[str], bytes]) -> None:
    raw = encode("".join("\t".join(row) + "\r\n" for row in ROWS))
    items = parse(raw, spec_for(DATA / "csv" / "inline.csv"))
    assert [m.author for m in mentions_of(items)] == ["Bram", "Chloé"]
    assert not [item for item in items if isinstance(item, Problem)]


def test_csv_row_with_wrong_field_count_is_skipped_with_its_line_and_the_rest_imported(
    cli: Callable[..., Result], db_path: str, tmp_path: Path
) -> None:
    export = tmp_path / "reviews.csv"
    export.write_text(
        "id;author;text;created_at\n"
        '1;Eva;"Acme\nlevert snel";2026-11-22T10:00:00Z\n'
        "2;Ruud;Acme; te duur;2026-11-22T11:00:00Z\n"
        "3;Ilse;Acme prima;2026-11-22T12:00:00Z\n",
        encoding="utf-8",
    )
    result = cli("import", export, "--kind", "csv", "--db", db_path, "--now", NOW)
    assert result.exit_code == 3  # a partial import: cron must notice the skipped row
    assert "import-reviews: 2 new, 0 already seen, 1 problem(s)" in result.stderr
    assert (
        "  line 4: expected 4 fields as in the header, found 5; skipped"
        in result.stderr.splitlines()
    )
    listed = jsonl_records(cli("mentions", "--format", "jsonl", "--db", db_path, "--now", NOW))
    assert sorted(r["text"] for r in listed) == ["Acme\nlevert snel", "Acme prima"]


# ---------------------------------------------------------------- jsonl


def test_jsonl_bad_line_is_reported_with_its_number_and_the_rest_imported(
    cli: Callable[..., Result], db_path: str, tmp_path: Path
) -> None:
    export = tmp_path / "export.jsonl"
    export.write_text(
        '{"id": "a1", "text": "Acme app werkt weer", "created_at": "2026-11-22T10:00:00Z"}\n'
        '{"id": "a2", "text": "Acme kapot", "created_at": \n'
        '{"id": "a3", "text": "Acme, waar is mijn pakket?", "created_at": "2026-11-22T11:00Z"}\n',
        encoding="utf-8",
    )
    result = cli("import", export, "--kind", "jsonl", "--db", db_path, "--now", NOW)
    assert result.exit_code == 3
    assert (
        "  line 2: not valid JSON (Expecting value, column 50); skipped"
        in result.stderr.splitlines()
    )
    listed = jsonl_records(cli("mentions", "--format", "jsonl", "--db", db_path, "--now", NOW))
    assert sorted(r["text"] for r in listed) == [
        "Acme app werkt weer",
        "Acme, waar is mijn pakket?",
    ]


def test_jsonl_line_separators_inside_json_strings_do_not_split_the_record() -> None:
    tweet = {
        "id": "77",
        "text": "Acme,\u2028waar blijft\u2029mijn\x85pakket?",
        "created_at": "2026-11-23T06:00:00Z",
    }
    # ensure_ascii=False writes U+2028 and U+0085 raw, as exporters do; the lines end in CRLF.
    raw = (json.dumps(tweet, ensure_ascii=False) + "\r\nniet json\r\n").encode()
    items = parse(raw, spec_for(DATA / "jsonl" / "inline.jsonl"))
    [mention] = mentions_of(items)
    assert mention.native_id == "77" and "pakket?" in mention.text
    assert [(p.line, p.message.split(" (")[0]) for p in items if isinstance(p, Problem)] == [
        (2, "not valid JSON")
    ]


def test_jsonl_fields_mapping_reaches_into_nested_objects() -> None:
    record = {
        "data": {
            "body": "Acme heeft mijn retour nog steeds niet verwerkt",
            "when": "2026-11-22T09:00:00Z",
        },
        "user": {"handle": "sjoerd", "stats": {"followers": 1200}},
        "links": ["https://social.example/sjoerd/1"],
    }
    spec = spec_for(
        DATA / "jsonl" / "inline.jsonl",
        fields={
            "text": "data.body",
            "created_at": "data.when",
            "author": "user.handle",
            "author_reach": "user.stats.followers",
            "url": "links.0",
        },
    )
    [mention] = parse(json.dumps(record).encode(), spec)
    assert (
        mention.text,
        mention.author,
        mention.author_reach,
        mention.url,
        iso_utc(mention.created_at),
    ) == (
        "Acme heeft mijn retour nog steeds niet verwerkt",
        "sjoerd",
        1200,
        "https://social.example/sjoerd/1",
        "2026-11-22T09:00:00Z",
    )


def test_import_never_stores_a_json_object_or_array_as_text_or_author(
    tmp_path: Path, cli: Callable[..., Result], db_path: str
) -> None:
    # `author = "user"` where "user.screen_name" was meant, a text that is an object or an
    # array, WordPress's title {"rendered": ...}: never Python's repr of them
    # ("{'screen_name': 'sjoerd', ...}") as a name, a title or a text in any output.
    export = tmp_path / "tweets.jsonl"
    rows = [
        {"id": "1", "body": "Acme kwijt", "user": {"screen_name": "sjoerd", "followers": 12}},
        {"id": "2", "body": {"nl": "Acme kapot"}, "user": "anna"},
        {"id": "3", "body": ["Acme", "stuk"], "user": "bram"},
        {"id": "4", "body": "Acme top", "title": {"t": 1}, "user": "cees"},
    ]
    export.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    config = tmp_path / "webcare.toml"
    config.write_text(
        '[[sources]]\nname = "tweets"\nkind = "jsonl"\npath = "tweets.jsonl"\n'
        'fields = { text = "body", author = "user" }\n',
        encoding="utf-8",
    )

    result = cli("import", export, "--kind", "jsonl", "--source", "tweets", "--config", config,
                 "--db", db_path, "--now", NOW)  # fmt: skip

    assert result.exit_code == 3, result.stderr  # rows skipped
    assert result.stderr.splitlines()[1:] == [
        "  line 1: 'user' is an object, not text (map fields.author to the text inside it);"
        " kept the mention without an author",
        "  line 2: 'body' is an object, not text (map fields.text to the text inside it); skipped",
        "  line 3: 'body' is an array, not text (map fields.text to the text inside it); skipped",
        "  line 4: 'title' is an object, not text (map fields.title to the text inside it);"
        " kept the mention without a title",
    ]
    listed = jsonl_records(cli("mentions", "--format", "jsonl", "--db", db_path, "--now", NOW))
    assert sorted((r["text"], r["author"]) for r in listed) == [
        ("Acme kwijt", None),
        ("Acme top", "cees"),
    ]


def test_the_same_post_parsed_twice_gets_the_same_id() -> None:
    fixture = DATA / "jsonl" / "mentions.jsonl"
    first = [m.id for m in mentions_of(parse(fixture.read_bytes(), spec_for(fixture)))]
    later = ParseContext(
        spec=spec_for(fixture), timezone=AMSTERDAM, seen_at=datetime(2026, 12, 1, tzinfo=UTC)
    )
    second = [
        m.id for m in mentions_of(list(sources.get("jsonl").parse(fixture.read_bytes(), later)))
    ]
    assert first == second and len(set(first)) == len(first)


@pytest.mark.parametrize("kind", ["csv", "trustpilot", "twcs"])
def test_a_csv_cell_of_a_megabyte_is_imported_whole(kind: str) -> None:
    text = "Acme " + "lang verhaal " * 80_000
    rows = {
        "csv": [["id", "text", "created_at"], ["1", text, "2026-11-23T06:00:00Z"]],
        "trustpilot": [
            ["Review Id", "Review Created (UTC)", "Review Username", "Review Title",
             "Review Content", "Review Stars"],
            ["r1", "2026-11-23 06:00:00", "klant", "Titel", text, "3"],
        ],
        "twcs": [
            ["tweet_id", "author_id", "inbound", "created_at", "text", "response_tweet_id",
             "in_response_to_tweet_id"],
            ["1", "klant", "True", "Mon Nov 23 06:00:00 +0000 2026", text, "", ""],
        ],
    }[kind]  # fmt: skip
    buffer = io.StringIO()
    stdcsv.writer(buffer).writerows(rows)
    spec = config.parse({"sources": [{"name": "big", "kind": kind, "path": "big.csv"}]}).sources[0]
    items = parse(buffer.getvalue().encode(), spec)
    assert [type(item) for item in items] == [Mention]
    assert len(mentions_of(items)[0].text) > 1_000_000
