"""Hostile text in, inert text out (issue 13): what strangers' bytes and characters do to an
import, a poll over HTTP (a real server on 127.0.0.1), the store and every output format.

Each test names the row of the issue's table it holds to. The real CLI, real files, a real
store (SQLite and PostgreSQL); `analyze` on a strict UTF-8 stdin runs as a real subprocess.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from conftest import NOW
from httpserver import FeedServer
from typer.testing import Result

from webcare.analysis import analyse
from webcare.errors import SourceError
from webcare.model import Channel, Mention, Problem, Reply
from webcare.render import OutputFormat
from webcare.render.safe import html_link, md_link, safe_url
from webcare.settings import Settings, SourceSpec
from webcare.sources.base import ParseContext, SourceKind
from webcare.sources.textio import decode

Cli = Callable[..., Result]
MakeConfig = Callable[..., Path]
WHEN = "2026-11-23T06:00:00Z"
GOOD = "Acme café — “quotes” 😀"
"""What a bad byte elsewhere in the body must leave exactly as written."""
INVISIBLE = ["\u200b", "\u2028", "\u2029", "\U000e0041", "\U000e0061", "\u202e", "\x1b", "\x9b"]


def jsonl_bytes(*records: dict[str, Any] | bytes) -> bytes:
    """JSON lines; a record given as bytes is written as it is (raw escapes, bad bytes)."""
    return b"".join(
        (r if isinstance(r, bytes) else json.dumps(r, ensure_ascii=False).encode()) + b"\n"
        for r in records
    )


def import_(cli: Cli, file: Path, store_url: str, *extra: str | Path) -> Result:
    return cli("import", file, "--kind", file.suffix.lstrip("."), "--db", store_url, "--now", NOW,
               *extra)  # fmt: skip


def stored(cli: Cli, store_url: str) -> list[dict[str, Any]]:
    result = cli("mentions", "--format", "jsonl", "--db", store_url, "--now", NOW)
    assert result.exit_code == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


def strings(value: Any) -> Iterator[str]:
    """Every string in a JSON value, keys included."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield key
            yield from strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from strings(item)


def every_output(cli: Cli, store_url: str, *config: str | Path) -> dict[str, str]:
    """What each format of `mentions` and `report` prints (JSON decoded: its strings),
    and `show` of every mention, all of which must succeed."""
    shown: dict[str, str] = {}
    for command in ("mentions", "report"):
        for fmt in OutputFormat:
            result = cli(command, "--format", fmt.value, "--db", store_url, "--now", NOW, *config)
            assert result.exit_code == 0, (command, fmt, result.stderr)
            text = result.stdout
            if fmt in (OutputFormat.JSON, OutputFormat.JSONL):
                if fmt is OutputFormat.JSON:
                    documents = [json.loads(text)]
                else:
                    documents = [json.loads(line) for line in text.splitlines() if line.strip()]
                text = "\n".join(s for doc in documents for s in strings(doc))
            shown[f"{command} --format {fmt.value}"] = text
    for mention in stored(cli, store_url):
        result = cli("show", mention["id"], "--db", store_url, "--now", NOW, *config)
        assert result.exit_code == 0, result.stderr
        shown[f"show {mention['id']}"] = result.stdout
    return shown


# ---------------------------------------------------------------- row 1: lone surrogates


def test_import_repairs_lone_surrogates_names_the_rows_and_stores_every_row(
    cli: Cli, store_url: str, tmp_path: Path
) -> None:
    export = tmp_path / "social.jsonl"
    export.write_bytes(
        jsonl_bytes(
            b'{"id": "s1", "text": "Acme, mijn pakket \\ud800 is kwijt", "created_at": "%s"}'
            % WHEN.encode(),
            b'{"id": "s2\\udc00", "author": "jan\\ud83d", "url": "https://social.example/\\ud800",'
            b' "text": "Acme antwoordt niet", "created_at": "%s"}' % WHEN.encode(),
            {"id": "s3", "text": "Acme is top", "created_at": WHEN},
        )
    )
    result = import_(cli, export, store_url, "--no-filter")
    # Repaired and kept, but the source sent broken text: exit 3 so cron notices.
    assert result.exit_code == 3, result.stderr
    assert "3 new" in result.stderr
    assert (
        "line 1: text: replaced invalid characters (lone surrogates) with U+FFFD" in result.stderr
    )
    assert "line 2: id, url, author: replaced invalid characters" in result.stderr
    by_text = {m["text"]: m for m in stored(cli, store_url)}
    assert set(by_text) == {
        "Acme, mijn pakket \ufffd is kwijt",
        "Acme antwoordt niet",
        "Acme is top",
    }
    repaired = by_text["Acme antwoordt niet"]
    assert (repaired["author"], repaired["url"]) == ("jan\ufffd", "https://social.example/\ufffd")
    for where, text in every_output(cli, store_url).items():
        assert not any("\ud800" <= c <= "\udfff" for c in text), where


def test_poll_repairs_lone_surrogates_from_json_and_feeds_and_loses_no_source(
    make_config: MakeConfig, cli: Cli, store_url: str, feed_server: FeedServer
) -> None:
    feed = (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>t</title>'
        "<link>https://news.example/</link>"
        "<item><title>Acme goed</title><link>https://news.example/1</link><guid>n1</guid>"
        "<description>prima</description></item>"
        "<item><title>Acme &#xD800; kapot</title><link>https://news.example/2&#xDFFF;</link>"
        "<guid>n2</guid><description>caf&#233; &#x110000;</description></item>"
        "</channel></rss>"
    )
    api = b'[{"id": "a1", "text": "Acme \\ud800 helpt niet", "created_at": "%s"}]' % WHEN.encode()
    good = json.dumps([{"id": "g1", "text": "Acme bedankt", "created_at": WHEN}])
    config = make_config(
        {"name": "news", "kind": "rss", "url": feed_server.route("/feed.xml", feed)},
        {"name": "api", "kind": "json", "url": feed_server.route("/api", api, content_type="application/json")},
        {"name": "good", "kind": "json", "url": feed_server.route("/good", good, content_type="application/json")},
    )  # fmt: skip
    result = cli("poll", "--config", config, "--db", store_url, "--now", NOW)
    assert result.exit_code == 3, result.stderr
    assert "entry 2: replaced 3 invalid character reference(s)" in result.stderr
    assert "text: replaced invalid characters (lone surrogates) with U+FFFD" in result.stderr
    texts = sorted(m["text"] for m in stored(cli, store_url))
    assert texts == sorted(
        [
            "Acme \ufffd helpt niet",
            "Acme \ufffd kapot\ncafé \ufffd",
            "Acme bedankt",
            "Acme goed\nprima",
        ]
    )


def test_whatever_a_kind_yields_by_hand_comes_out_inert() -> None:
    """The guard every kind's parse passes through: a plugin kind that builds a Mention,
    a Reply or an error by hand, with a stranger's characters in them, still yields none."""
    dirty = "Acme \ud800\x1b[31m\u202e\u200b\U000e0041kapot\u2028"

    class Careless(SourceKind):
        name = "careless"
        description = "builds its items by hand"

        def parse(self, raw: bytes, ctx: ParseContext) -> Iterator[Mention | Reply | Problem]:
            at = datetime(2026, 11, 23, tzinfo=UTC)
            yield Mention(id="x", source="s", channel=Channel.SOCIAL, text=dirty, created_at=at,
                          native_id=f"n{dirty}", url=f"https://a.example/{dirty}", author=dirty,
                          in_reply_to=dirty)  # fmt: skip
            yield Reply(source="s", native_id=dirty, in_reply_to=dirty, author=dirty, created_at=at)
            yield Problem(f"row says {dirty}", 3)
            raise SourceError("s", f"and then {dirty}")

    spec = SourceSpec(name="s", kind="jsonl", channel=Channel.SOCIAL)
    ctx = ParseContext(spec=spec, timezone=UTC, seen_at=datetime(2026, 11, 23, tzinfo=UTC))
    items: list[Mention | Reply | Problem] = []
    with pytest.raises(SourceError) as error:
        items.extend(Careless().parse(b"", ctx))
    mention, reply, problem = items
    assert isinstance(mention, Mention) and isinstance(reply, Reply)
    assert mention.text == reply.author == mention.author == "Acme \ufffdkapot"
    assert mention.url == "https://a.example/Acme \ufffdkapot"
    assert (mention.native_id, reply.native_id) == ("nAcme \ufffdkapot", "Acme \ufffdkapot")
    assert problem.message == "row says Acme \ufffdkapot\n"
    assert error.value.reason == "and then Acme \ufffdkapot\n"


# ---------------------------------------------------------------- row 5: one bad byte


def test_one_bad_byte_in_an_export_replaces_only_that_byte(
    cli: Cli, store_url: str, tmp_path: Path
) -> None:
    export = tmp_path / "social.jsonl"
    rows: list[dict[str, Any] | bytes] = [
        {"id": f"r{n}", "text": f"{GOOD} {n}", "created_at": WHEN} for n in range(4)
    ]
    rows.insert(
        2, b'{"id": "bad", "text": "Acme caf\xe9 \xff kapot", "created_at": "%s"}' % WHEN.encode()
    )
    export.write_bytes(jsonl_bytes(*rows))
    assert import_(cli, export, store_url, "--no-filter").exit_code == 0
    texts = sorted(m["text"] for m in stored(cli, store_url))
    assert texts == [f"{GOOD} {n}" for n in range(4)] + ["Acme caf\ufffd \ufffd kapot"]


def test_one_bad_byte_in_a_csv_export_replaces_only_that_byte(
    cli: Cli, store_url: str, tmp_path: Path
) -> None:
    export = tmp_path / "reviews.csv"
    lines = ["id,text,created_at", *(f"r{n},{GOOD} {n},{WHEN}" for n in range(3))]
    export.write_bytes("\n".join(lines).encode() + b"\nbad,Acme \x81 slecht," + WHEN.encode())
    assert import_(cli, export, store_url, "--no-filter").exit_code == 0
    texts = sorted(m["text"] for m in stored(cli, store_url))
    assert texts == [f"{GOOD} {n}" for n in range(3)] + ["Acme \ufffd slecht"]


def test_one_bad_byte_in_an_http_body_replaces_only_that_byte(
    make_config: MakeConfig, cli: Cli, store_url: str, feed_server: FeedServer
) -> None:
    api = json.dumps([{"id": "a1", "text": GOOD, "created_at": WHEN}])[:-1].encode() + b","
    api += (
        b'{"id": "a2", "text": "Acme \xf0\x9f\x98 afgekapt", "created_at": "%s"}]' % WHEN.encode()
    )
    feed = (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>t</title>'
        f"<item><title>{GOOD}</title><guid>n1</guid><description>d</description></item>"
    ).encode() + b"<item><title>Acme \xc3 half</title><guid>n2</guid></item></channel></rss>"
    config = make_config(
        {"name": "api", "kind": "json", "url": feed_server.route("/api", api, content_type="application/json")},
        {"name": "news", "kind": "rss", "url": feed_server.route("/feed.xml", feed)},
    )  # fmt: skip
    result = cli("poll", "--config", config, "--db", store_url, "--now", NOW)
    assert result.exit_code == 0, result.stderr
    assert sorted(m["text"] for m in stored(cli, store_url)) == sorted(
        [GOOD, f"{GOOD}\nd", "Acme \ufffd afgekapt", "Acme \ufffd half"]
    )


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        ("Acme café — “quotes” 😀".encode(), "Acme café — “quotes” 😀"),  # UTF-8
        ("café “quotes” €".encode("cp1252"), "café “quotes” €"),  # a Windows export
        ("één".encode("cp1252") + b" \x81", "één \ufffd"),  # cp1252 but for an unmapped byte
        (f"{GOOD} \xff".encode()[:-2] + b"\xff", f"{GOOD} \ufffd"),  # UTF-8 but a byte
        # A declared charset is read as declared (Latin-1 labels as browsers read them).
        ('<?xml version="1.0" encoding="ISO-8859-1"?><a>café “x”</a>'.encode("cp1252"),
         '<?xml version="1.0" encoding="ISO-8859-1"?><a>café “x”</a>'),
        ('<?xml version="1.0" encoding="koi8-r"?><a>привет</a>'.encode("koi8-r"),
         '<?xml version="1.0" encoding="koi8-r"?><a>привет</a>'),
    ],
)  # fmt: skip
def test_decode_replaces_bad_bytes_and_keeps_other_encodings(raw: bytes, text: str) -> None:
    assert decode(raw) == text


# ---------------------------------------------------------------- row 6: hostile URLs

DIRTY_URL = "https://shop.example/\x1b[31mbestel\u202eling\u200b/\x9b1\x07?a=1\tb"


def test_urls_are_cleaned_on_read_and_linked_only_when_clean(
    cli: Cli, store_url: str, tmp_path: Path
) -> None:
    export = tmp_path / "social.jsonl"
    export.write_bytes(
        jsonl_bytes({"id": "u1", "text": "Acme, waar blijft het?", "url": DIRTY_URL, "created_at": WHEN})
    )  # fmt: skip
    assert import_(cli, export, store_url, "--no-filter").exit_code == 0
    [mention] = stored(cli, store_url)
    assert mention["url"] == "https://shop.example/bestelling/1?a=1b"
    outputs = every_output(cli, store_url)
    for where, text in outputs.items():
        assert not set(text) & {"\x1b", "\x9b", "\x07", "\u202e", "\u200b"}, where
    assert 'href="https://shop.example/bestelling/1?a=1b"' in outputs["report --format html"]
    assert "<https://shop.example/bestelling/1?a=1b>" in outputs["mentions --format markdown"]


@pytest.mark.parametrize(
    "url",
    [DIRTY_URL, "https://a.example/\x1b]8;;https://evil.example/\x07x", "https://a.example/\u202eexe",
     "https://a.example/\u200bx", "https://a.example/\x00", "https://a.example/\x85", "https://a.example/\ud800"],
)  # fmt: skip
def test_a_url_with_anything_invisible_in_it_is_never_a_link(url: str) -> None:
    # What an older store may hold: rendered as inert text, never inside an href or <…>.
    assert safe_url(url) is None
    assert "href" not in html_link(url)
    assert not md_link(url).startswith("<")
    assert not set(html_link(url) + md_link(url)) & set("\x1b\x07\x00\x85\u202e\u200b\ud800")


# ---------------------------------------------------------------- row 7: zero-width and tags


def test_zero_width_and_tag_characters_do_not_hide_the_brand_from_the_filter(
    make_config: MakeConfig, cli: Cli, store_url: str, tmp_path: Path
) -> None:
    export = tmp_path / "social.jsonl"
    texts = [
        "ac\u200bme bezorgt niet",  # a zero-width space
        "AC\u00adME kapot",  # a soft hyphen
        "a\U000e0041cme\u2060 helpt niet",  # a tag character, a word joiner
        "ａｃｍｅ app werkt niet",  # full-width letters
        "bac\u200bme is iets anders",  # still not a word starting with the brand
    ]
    export.write_bytes(
        jsonl_bytes(*({"id": f"z{n}", "text": t, "created_at": WHEN} for n, t in enumerate(texts)))
    )
    config = make_config()
    result = import_(cli, export, store_url, "--config", config)
    assert result.exit_code == 0, result.stderr
    assert "4 new" in result.stderr and "1 not about the brand" in result.stderr
    assert sorted(m["text"] for m in stored(cli, store_url)) == [
        "AC\u00adME kapot".replace("\u00ad", ""),
        "acme bezorgt niet",
        "acme helpt niet",
        "ａｃｍｅ app werkt niet",
    ]


def test_zero_width_tag_and_line_separator_characters_reach_no_output(
    cli: Cli, store_url: str, tmp_path: Path
) -> None:
    export = tmp_path / "social.jsonl"
    export.write_bytes(
        jsonl_bytes(
            {
                "id": "t1",
                "author": "j\u200ban\U000e0041",
                "text": "Acme\u200b pakket\u2028kwijt\u2029al\U000e0061\U000e0062 dagen\ufeff "
                "👨\u200d👩\u200d👧 \U0001f3f4\U000e0067\U000e0062\U000e0065\U000e006e\U000e0067\U000e007f",
                "created_at": WHEN,
            }
        )
    )
    assert import_(cli, export, store_url, "--no-filter").exit_code == 0
    [mention] = stored(cli, store_url)
    assert mention["author"] == "jan"
    # Line separators are line breaks; the emoji's joiners and the England flag's tags stay.
    assert mention["text"] == (
        "Acme pakket\nkwijt\nal dagen 👨\u200d👩\u200d👧 "
        "\U0001f3f4\U000e0067\U000e0062\U000e0065\U000e006e\U000e0067\U000e007f"
    )
    for where, text in every_output(cli, store_url).items():
        flagless = text.replace(
            "\U0001f3f4\U000e0067\U000e0062\U000e0065\U000e006e\U000e0067\U000e007f", ""
        )
        assert not set(flagless) & set(INVISIBLE + ["\ufeff", "\U000e0062"]), where


# ---------------------------------------------------------------- row 14: deep JSON


def test_one_deeply_nested_line_is_reported_and_the_rest_imported(
    cli: Cli, store_url: str, tmp_path: Path
) -> None:
    export = tmp_path / "social.jsonl"
    rows: list[dict[str, Any] | bytes] = [
        {"id": f"d{n}", "text": f"Acme {n}", "created_at": WHEN} for n in range(5)
    ]
    rows.insert(2, b"[" * 10_000 + b"]" * 10_000)
    rows.insert(4, b'{"id": "n", "text": "Acme", "author_reach": %s}' % (b"9" * 5000))
    export.write_bytes(jsonl_bytes(*rows))
    result = import_(cli, export, store_url, "--no-filter")
    assert result.exit_code == 3, result.stderr  # two rows skipped, each named
    assert "line 3: JSON nested more than 200 levels deep; skipped" in result.stderr
    assert (
        "line 5: a number in the JSON has more digits than webcare reads; skipped" in result.stderr
    )
    assert len(result.stderr.splitlines()) == 3  # the summary and one line per row
    assert sorted(m["text"] for m in stored(cli, store_url)) == [f"Acme {n}" for n in range(5)]


def test_a_deeply_nested_api_answer_fails_its_source_in_one_line(
    make_config: MakeConfig, cli: Cli, store_url: str, feed_server: FeedServer
) -> None:
    deep = '[{"id": "x", "text": "Acme", "extra": %s}]' % ("[" * 10_000 + "]" * 10_000)
    good = json.dumps([{"id": "g1", "text": "Acme bedankt", "created_at": WHEN}])
    config = make_config(
        {"name": "deep", "kind": "json", "url": feed_server.route("/deep", deep)},
        {"name": "reddit", "kind": "reddit", "url": feed_server.route("/r.json", '{"kind": "Listing", "data": {"children": %s}}' % ("[" * 500 + "]" * 500))},
        {"name": "good", "kind": "json", "url": feed_server.route("/good", good)},
    )  # fmt: skip
    result = cli("poll", "--config", config, "--db", store_url, "--now", NOW)
    assert result.exit_code == 3
    assert (
        "deep: FAILED: not readable as JSON: JSON nested more than 200 levels deep" in result.stderr
    )
    assert (
        "reddit: FAILED: not readable as Reddit JSON listing: JSON nested more than 200"
        in result.stderr
    )
    assert "Traceback" not in result.stderr and "Recursion" not in result.stderr
    assert [m["text"] for m in stored(cli, store_url)] == ["Acme bedankt"]


# ---------------------------------------------------------------- row 18: analyze's stdin


@pytest.mark.parametrize(
    ("env", "flags"),
    [
        ({"PYTHONIOENCODING": "utf-8:strict"}, []),
        ({"LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"}, ["-X", "utf8"]),
    ],
    ids=["strict-utf8-io", "utf8-mode"],
)
def test_analyze_replaces_invalid_utf8_on_stdin(
    env: dict[str, str], flags: list[str], tmp_path: Path
) -> None:
    clean_env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHONIO", "LC_"))}
    result = subprocess.run(
        [sys.executable, *flags, "-m", "webcare", "analyze", "--format", "jsonl"],
        input=b"Acme caf\xc3\xa9 \xff kapot\r\nnog \xed\xa0\x80 een\n",
        capture_output=True,
        env={**clean_env, **env, "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path)},
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr.decode(errors="replace")
    records = [json.loads(line) for line in result.stdout.decode("utf-8").splitlines()]
    assert [r["text"] for r in records] == ["Acme café \ufffd kapot", "nog \ufffd\ufffd\ufffd een"]


# ---------------------------------------------------------------- analysis in linear time


def _seconds(text: str) -> float:
    """The best of two `analyse` runs (the first may compile a rule the text needs)."""
    best = float("inf")
    for _ in range(2):
        start = time.perf_counter()
        analyse(text, Settings())
        best = min(best, time.perf_counter() - start)
    return best


@pytest.mark.parametrize(
    ("word", "filler", "length"),
    [
        # "\s+(?:an?\s+)?(?:absolute|…)?\s*(?:joke|farce)": two repeats shared one run of
        # white space and `re` tried every split of it (0.85 s for "is" and 12,000 spaces).
        ("is", " ", 12_000), ("are", "\n", 12_000),
        # "aed\s+(?:\w+\s+){0,2}?(?:cabinet|…)?\s*(?:was|is…)": the same (0.4 s at 6,000).
        ("aed", " ", 12_000),
        # "ben\s+(?:je|…)?\s*(?:er|hier|daar)?\s*(?:maar\s+)?een\s+nummer": three shared it,
        # cubic (8.7 s for 600 spaces; 12,000 would take hours).
        ("ben", " ", 600), ("bent", "\n", 600),
        # An optional comma between two runs ("besteld\s*,?\s*(?:en\s+)?vandaag", "betaald
        # \s*,?\s+(?:maar|en)"): 2.8 s for "besteld" and 6,000 spaces, 0.6 s for "betaald".
        # With an optional word before it ("\d[\d.,]*\s*(?:euro|eur|€)?\s*,?\s*(?:terwijl|
        # maar|en)"), cubic: 6.8 s for a bill of "120" and 1,500 spaces.
        ("besteld", " ", 6_000), ("betaald", "\n", 12_000), ("de rekening is 120", " ", 1_000),
        # An optional word between two runs ("billed\s+…(?:payment|…|amount)?\s*(?:twice|…)",
        # "refund…\s+(?:\w+\s+){0,3}?(?:to|onto)?\s*", "speak\s+to\s+(?:a|the|…)?\s*manager",
        # "dodelijke\s+(?:\w*\s+)?…allergie"): 2.5, 2.7, 1.1 and 1.8 s at 6,000 spaces.
        ("billed", " ", 6_000), ("refunded", " ", 6_000), ("speak to", "\n", 6_000),
        ("dodelijke", " ", 6_000),
        # An optional mark between two runs ("gift\s*-?\s*(?:cards?|…)", "smart\s*-?\s*…",
        # "\d+\s*\+?\s*(?:hours?|hrs?)"), or a run of '\W*' before '\s+' ("…kosten\W*\s+
        # (?:die|dat)\s+nergens"): 0.85 s for "gift" and 12,000 line breaks, 0.75 s for
        # "smart" and 3,000 spaces, 0.42 s for "5" and 12,000, 0.19 s for "administratiekosten".
        ("gift", "\n", 12_000), ("smart", " ", 3_000), ("5", " ", 12_000),
        ("administratiekosten", " ", 12_000),
        # Runs read by two repeats in other ways: "from\s+[^.!?]{1,40}[.!?,]?\s*…never\s+been"
        # (9.9 s for "accessed from" and 3,000 spaces), "(?:heeft|hebben)\s+[^.!?]*\b",
        # "(?:\$|£|€)?\s?[\d.,]*\s*…back", "[u:.h]\s*\d{0,2}\s+", "(?:euro|eur)?\s+" after an
        # amount, "like\s*(?=…|\s+(?:why|…))": 0.3 to 0.7 s each at 3,000.
        ("accessed from", " ", 1_000), ("jullie heeft", " ", 3_000), ("want my", "\n", 3_000),
        ("trein van 1 u", " ", 3_000), ("€ 1.111", " ", 3_000), ("i was like", " ", 3_000),
        # "(?:\s+(?:van|…)\s+[^?.!]{0,40})?\s*\?" (0.7 s at 3,000 line breaks, 10.8 s at
        # 12,000), "\s*(?:euro|eur|€)?\s+" after an amount (1.2 s), "\s*€?\s*\d" (0.26 s).
        ("wat is dit nou voor een beleid van", "\n", 3_000),
        ("binnen 2 dagen € 1.111 ", "\n", 3_000), ("saldo op -", " ", 3_000),
        # A run of digits split every way between an amount ("\d[\d.,]*", "\d{4,}", "\d+") and
        # the word after it ("(?:\w+\s+){0,2}?", "\s*\w+"): 0.64, 0.47 and 0.46 s at 6,000.
        ("maandbedrag van € 11 euro naar ", "1", 6_000), ("vorderen ", "1", 6_000),
        ("betaal x voor ", "1", 6_000),
        # "(?:inside|in\s+(?:the\s+|…)?(?:box|…)?)\s*(?:are|…)", "(?:il\s+mio\s+|l')\s*",
        # "\d+(?:[.,]\d+)?\s*(?:euro|eur|€)?\s+": 0.58, 0.28 and 0.48 s at 6,000.
        ("tablets x in de", " ", 6_000), ("pills in", "\n", 6_000),
        ("cancello il mio ", " ", 6_000), ("vragen ze € 1.1 ", "\n", 6_000),
        # "overweeg\w*\s+(?:\w+\s+){0,2}?(?:om\s+)?)\s*over\s+te\s+stappen": 0.4 s at 12,000.
        ("overweeg x om", " ", 12_000),
        # "…door\s+(?:[\w'-]+\s+){0,3}?[\w'-]+)?(?=[^.!?]*\?)": the lookahead read the rest of
        # the text again at every length of the last word (0.48 s for 12,000 digits).
        ("verzekerd voor waterschade door ", "1", 12_000),
    ],
)  # fmt: skip
def test_a_word_before_a_long_run_costs_what_the_run_alone_costs(
    word: str, filler: str, length: int
) -> None:
    """Mention text is a stranger's: analysis must take time about linear in its length.
    A rule that backtracks over a long run after its first word makes the text cost many
    times what the same run after a word no rule knows costs."""
    run = filler * (length // len(filler))
    alone = _seconds("zzq" + run)
    assert _seconds(word + run) < 4 * alone + 0.05


@pytest.mark.parametrize("filler", ["!", "?"])
def test_a_long_run_of_marks_costs_what_a_run_of_spaces_costs(filler: str) -> None:
    """'!!*\\s*\\?+', searched anywhere, read the rest of a run of marks from each of its
    marks: 12,000 of them took 1.7 s ("!") and 2.7 s ("?")."""
    alone = _seconds("zzq" + " " * 12_000)
    assert _seconds("zzq" + filler * 12_000) < 4 * alone + 0.05


@pytest.mark.parametrize("filler", ["1,", "1.", "12.5,"])
def test_a_long_number_costs_what_a_run_of_spaces_costs(filler: str) -> None:
    """The money rules were tried at every digit after a "," or "." inside a number, and
    each try read the rest of it: "1,1,1,..." of 12,000 characters took 2.2 s."""
    alone = _seconds("zzq" + " " * 12_000)
    assert _seconds("zzq " + filler * (12_000 // len(filler))) < 4 * alone + 0.05
