"""Every source kind's parser, fuzzed: whatever bytes a stranger's server or export holds,
`parse` yields or raises only the kind's own SourceError, and every item it yields is inert.

Three kinds of input per kind: random bytes; a real golden file (tests/data/<kind>/)
damaged at the byte level (truncated, bytes flipped or inserted); and the same file kept
well-formed with hostile values in its fields (lone surrogates, NUL, C0/C1 controls,
escape sequences, bidi, zero-width and tag characters, huge and non-finite numbers, deep
nesting, the wrong JSON types, invalid UTF-8 inside a string, character references to no
character). `WEBCARE_FUZZ_EXAMPLES` raises the number of examples per test (the fault
suite runs more than the normal suite's default).
"""

from __future__ import annotations

import codecs
import csv as stdcsv
import io
import json
import os
import re
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_sources import DATA, FIXTURES, parse, spec_for

from webcare import sources
from webcare.errors import SourceError
from webcare.model import Mention, Problem, Reply

# feedparser warns about its own `updated_parsed` fallback on some damaged feeds.
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning:feedparser")
EXAMPLES = int(os.environ.get("WEBCARE_FUZZ_EXAMPLES", "30"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    derandomize=os.environ.get("WEBCARE_FUZZ_EXAMPLES") is None,  # the normal suite repeats
)
FIXTURE_IDS = [f"{path.parent.name}/{path.name}" for path in FIXTURES]

# ---------------------------------------------------------------- what "inert" means

# Controls but newline (tab becomes a space in text), and every bidi control.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_BIDI = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_INVISIBLE = re.compile("[\u00ad\u180e\u200b\u2060-\u2064\ufeff\u2028\u2029]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_FLAG = re.compile("\U0001f3f4[\U000e0030-\U000e0039\U000e0061-\U000e007a]{1,8}\U000e007f")
_TAG = re.compile("[\U000e0000-\U000e007f]")
_JOINER = re.compile("[\u200c\u200d]")


def hostile_characters(text: str, *, newline: bool = True) -> list[str]:
    """The characters of `text` that must never reach the store or a screen."""
    found = [
        c
        for pattern in (_CONTROL, _BIDI, _INVISIBLE, _SURROGATE)
        for c in pattern.findall(text)
        if not (newline and c == "\n")
    ]
    if not newline and "\n" in text:
        found.append("\n")
    found += _TAG.findall(_FLAG.sub("", text))  # a subdivision flag is the one tag sequence
    for match in _JOINER.finditer(text):
        before = text[match.start() - 1] if match.start() else " "
        after = text[match.end()] if match.end() < len(text) else " "
        if not (before.isascii() or before.isspace() or after.isascii() or after.isspace()):
            continue
        found.append(match.group())  # a joiner that joins nothing splits a word
    return found


def assert_inert(items: list[Mention | Reply | Problem]) -> None:
    for item in items:
        if isinstance(item, Problem):
            assert not hostile_characters(item.message), item
            continue
        if isinstance(item, Reply):
            for value in (item.author, item.native_id, item.in_reply_to):
                assert value is None or not hostile_characters(value, newline=False), item
            continue
        assert isinstance(item, Mention)
        assert item.text and not hostile_characters(item.text), item
        assert item.text == item.text.strip(), item
        for value in (item.author, item.native_id, item.in_reply_to):
            assert value is None or not hostile_characters(value, newline=False), item
        if item.url is not None:
            assert item.url.lower().startswith(("http://", "https://")), item
            assert not hostile_characters(item.url, newline=False), item
            assert "\t" not in item.url and item.url == item.url.strip(), item
        assert item.created_at.tzinfo is not None, item
        assert item.rating is None or 1 <= item.rating <= 5, item
        assert item.author_reach is None or item.author_reach >= 0, item
        # What the store will do with it: UTF-8 and NFC never fail on a clean mention.
        for value in (item.text, item.author, item.url, item.native_id, item.in_reply_to):
            if value is not None:
                value.encode("utf-8")
                unicodedata.normalize("NFC", value)


def parse_or_refuse(kind_fixture: Path, raw: bytes) -> list[Mention | Reply | Problem]:
    """The parse of `raw` as the fixture's source; [] when the kind refuses it as a whole
    (its own SourceError, with an inert reason). Any other exception fails the test."""
    try:
        return parse(raw, spec_for(kind_fixture))
    except SourceError as exc:
        assert not hostile_characters(exc.reason), exc.reason
        return []


# ---------------------------------------------------------------- hostile values

PIECES = [
    "\ud800", "\udfff", "\udc80x", "\x00", "\x07", "\x1b[31m", "\x1b]8;;https://evil.example/\x07",
    "\x1b]52;c;ZXZpbA==\x07", "\x1b", "\x9b31m", "\x85", "\x90", "\u202e", "\u2066", "\u2069",
    "\u200e", "\u061c", "\u200b", "\u200c", "\u200d", "\ufeff", "\u00ad", "\u2060", "\U000e0041",
    "\U000e007f", "\U0001f3f4\U000e0067\U000e0062\U000e0065\U000e006e\U000e0067\U000e007f",
    "\u2028", "\u2029", "\r", "\r\n", "\t", "\n\n\n", "  ", "acme", "Acme", "ac\u200bme",
    "café — “quotes” 😀", "👨\u200d👩\u200d👧", "<b>vet</b>", "<script>x</script>", "&amp;",
    "&#xD800;", "javascript:alert(1)", "https://ok.example/a", "http://x.example/\x1b[0m",
    "=HYPERLINK(\"x\")", "[bold]x[/bold]", "\\", '"', "'", "{}", "💩" * 3, "\ufffd", "9" * 30,
]  # fmt: skip
hostile_text = st.lists(
    st.one_of(st.sampled_from(PIECES), st.text(max_size=12)), min_size=0, max_size=8
).map("".join)


def _deep(depth: int, open_: str = "[", close: str = "]") -> str:
    return open_ * depth + close * depth


# JSON written as is (not through json.dumps): what no Python value serialises to.
RAW_JSON = [
    "9" * 5000, "-" + "9" * 4400, "1e999", "-1e999", "1e-999", "NaN", "Infinity", "-Infinity",
    "1e308", "123456789012345678901234567890", "-0", "0.1", "4.0", "2.5", "-1", "0", "6", "11",
    "true", "false", "null", "{}", "[]", '""', '" "', "[null]", '["a", 1]', '{"a": {"b": []}}',
    _deep(150), _deep(250), _deep(1500), '{"a":' * 300 + "1" + "}" * 300,
    '"\\ud800"', '"\\udfff\\ud800"', '"a\\u0000b"', '"\\u001b[31mrood"', '"\\u202eevil"',
    '"\\u200bacme"', '"1700000000"', '"99999999999999"', '"0001-01-01T00:00:00+01:00"',
    '"9999-12-31T23:59:59-01:00"', '"2026-13-45"', '"Mon, 99 Foo 2026"', "1e20", "-1e20",
    "99999999999999999", '"https://\\u202e.example/"', '"javascript:alert(1)"',
    '["' + "x" * 3000 + '"]',
]  # fmt: skip
# Bytes no text decodes to: invalid UTF-8 inside a string, and a UTF-8-encoded surrogate.
RAW_BYTES = [b'"caf\xe9 \xff"', b'"\xed\xa0\x80"', b'"\xc3"', b'"\xf0\x9f\x98"', b'"\x80\x80"']


@st.composite
def json_value(draw: st.DrawFn) -> tuple[str, Any]:
    """("value", a Python value for json.dumps) or ("raw", JSON text) or ("bytes", bytes)."""
    choice = draw(st.integers(0, 9))
    if choice <= 3:
        return "value", draw(hostile_text)
    if choice <= 6:
        return "raw", draw(st.sampled_from(RAW_JSON))
    if choice == 7:
        return "bytes", draw(st.sampled_from(RAW_BYTES))
    leaf = st.one_of(hostile_text, st.integers(-(10**20), 10**20), st.floats(), st.booleans())
    return "value", draw(st.recursive(st.none() | leaf, _containers, max_leaves=6))


def _containers(children: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.lists(children, max_size=3) | st.dictionaries(hostile_text, children, max_size=3)


def _paths(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [path] if path else []
    if isinstance(value, dict):
        for key, child in value.items():
            found += _paths(child, (*path, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            found += _paths(child, (*path, index))
    return found


def _set(document: Any, path: tuple[Any, ...], value: Any) -> None:
    for step in path[:-1]:
        document = document[step]
    document[path[-1]] = value


def hostile_json(draw: st.DrawFn, text: str) -> bytes:
    """The JSON document `text` with a few of its values (leaves or whole subtrees) replaced."""
    prefix, body = "", text
    if not text.lstrip().startswith(("{", "[")):  # x-archive's `window.YTD.tweets.part0 = [`
        start = min(i for i in (text.find("["), text.find("{")) if i >= 0)
        prefix, body = text[:start], text[start:]
    document = json.loads(body)
    paths = _paths(document)
    raw: dict[str, bytes] = {}
    for number in range(draw(st.integers(1, 6))):
        path = draw(st.sampled_from(paths))
        how, value = draw(json_value())
        if how == "value":
            _set(document, path, value)
        else:
            marker = f"@@fuzz{number}@@"
            _set(document, path, marker)
            raw[json.dumps(marker)] = value if how == "bytes" else value.encode()
        paths = _paths(document) or paths
    ascii_only = draw(st.booleans())
    dumped = prefix + json.dumps(document, ensure_ascii=ascii_only, allow_nan=True)
    # A raw surrogate (ensure_ascii=False) is written as the invalid bytes a broken encoder
    # would write.
    data = dumped.encode("utf-8", "surrogatepass")
    for marker, replacement in raw.items():
        data = data.replace(marker.encode(), replacement)
    return data


# ---------------------------------------------------------------- XML

XML_SNIPPETS = [
    "&#xD800;", "&#xdfff;", "&#55296;", "&#x110000;", "&#99999999999999999999;", "&#0;",
    "&#x1b;[31m", "&#x202e;", "&#x200b;", "&#x85;", "&#xD800", "&nbsp;", "&bogus;", "&amp;#xD800;",
    "<![CDATA[\x1b[31m<b>cdata</b>\u202e]]>", "<![CDATA[", "]]>", "<b>vet</b>", "<", "&",
    "<x>" * 300 + "</x>" * 300, "<x>" * 3000, "\x00", "\x1b[2J", "\u202e", "\u200bacme",
    "&lt;script&gt;alert(1)&lt;/script&gt;", "javascript:alert(1)", "café — “quotes” 😀",
    "Mon, 99 Foo 2026 99:99:99 +9999", "0001-01-01T00:00:00Z", "9999-12-31T23:59:59-01:00",
]  # fmt: skip
XML_BYTES = [b"caf\xe9", b"\xff\xfe", b"\xed\xa0\x80", b"\xc3", b"\xe2\x80"]
_XML_SLOT = re.compile(rb">([^<>]*)<|=\"([^\"]*)\"")


def hostile_xml(draw: st.DrawFn, raw: bytes) -> bytes:
    """The XML `raw` with a few text nodes or attribute values replaced by hostile XML."""
    slots = list(_XML_SLOT.finditer(raw))
    chosen = sorted(
        set(draw(st.lists(st.integers(0, len(slots) - 1), min_size=1, max_size=6))), reverse=True
    )
    data = raw
    for index in chosen:
        match = slots[index]
        group = 1 if match.group(1) is not None else 2
        kind = draw(st.integers(0, 3))
        if kind == 0:
            value = draw(st.sampled_from(XML_BYTES))
        elif kind == 1:
            text = draw(hostile_text)
            value = text.replace("&", "&amp;").replace("<", "&lt;").encode("utf-8", "surrogatepass")
        else:
            value = draw(st.sampled_from(XML_SNIPPETS)).encode()
        if group == 2:
            value = value.replace(b'"', b"&quot;")
        data = data[: match.start(group)] + value + data[match.end(group) :]
    return data


# ---------------------------------------------------------------- CSV


def hostile_csv(draw: st.DrawFn, raw: bytes) -> bytes:
    """The CSV `raw` (its BOM, encoding and delimiter kept) with hostile cells."""
    encoding = "utf-8"
    bom = b""
    for mark, name in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le")):
        if raw.startswith(mark):
            bom, encoding = mark, name
    text = raw[len(bom) :].decode(encoding)
    delimiter = max(",;\t", key=text.split("\n", 1)[0].count)
    rows = list(stdcsv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    cells = [(r, c) for r in range(1, len(rows)) for c in range(len(rows[r]))]
    for _ in range(draw(st.integers(1, 6))):
        r, c = draw(st.sampled_from(cells))
        how, value = draw(json_value())
        rows[r][c] = value if how == "value" and isinstance(value, str) else draw(hostile_text)
    out = io.StringIO()
    stdcsv.writer(out, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    data = bom + out.getvalue().encode(encoding, "surrogatepass")
    if encoding == "utf-8" and draw(st.booleans()):
        data += draw(st.sampled_from(XML_BYTES))  # a last row cut off in a bad byte
    return data


def _is_json(line: str) -> bool:
    try:
        return isinstance(json.loads(line), dict | list)
    except ValueError:
        return False


def hostile_fixture(path: Path) -> Callable[[st.DrawFn], bytes]:
    raw = path.read_bytes()
    if path.suffix in (".json", ".jsonl", ".js"):
        if path.suffix == ".jsonl":

            def lines(draw: st.DrawFn) -> bytes:
                out = [
                    hostile_json(draw, line) if _is_json(line) and draw(st.booleans()) else line
                    for line in raw.decode().split("\n")
                ]
                return b"\n".join(
                    line if isinstance(line, bytes) else line.encode() for line in out
                )

            return lines
        return lambda draw: hostile_json(draw, raw.decode())
    if path.suffix == ".csv":
        return lambda draw: hostile_csv(draw, raw)
    return lambda draw: hostile_xml(draw, raw)


# ---------------------------------------------------------------- the tests


@pytest.mark.parametrize("kind", sources.kinds())
@FUZZ
@given(
    raw=st.one_of(
        st.binary(max_size=400), hostile_text.map(lambda t: t.encode("utf-8", "surrogatepass"))
    )
)
def test_random_bytes_are_refused_or_read_never_crash(kind: str, raw: bytes) -> None:
    [fixture] = [path for path in FIXTURES if path.parent.name == kind][:1]
    assert_inert(parse_or_refuse(fixture, raw))


@pytest.mark.parametrize("fixture", FIXTURES, ids=FIXTURE_IDS)
@FUZZ
@given(data=st.data())
def test_a_damaged_real_file_is_refused_or_read_never_crash(
    fixture: Path, data: st.DataObject
) -> None:
    raw = bytearray(fixture.read_bytes())
    for _ in range(data.draw(st.integers(1, 4))):
        at = data.draw(st.integers(0, max(0, len(raw) - 1)))
        how = data.draw(st.integers(0, 2))
        if how == 0:
            del raw[at:]  # a download cut off
        elif how == 1 and raw:
            raw[at] = data.draw(st.integers(0, 255))
        else:
            raw[at:at] = data.draw(st.binary(min_size=1, max_size=8))
    assert_inert(parse_or_refuse(fixture, bytes(raw)))


@pytest.mark.parametrize("fixture", FIXTURES, ids=FIXTURE_IDS)
@FUZZ
@given(data=st.data())
def test_hostile_values_in_a_real_file_never_crash_and_come_out_inert(
    fixture: Path, data: st.DataObject
) -> None:
    raw = hostile_fixture(fixture)(data.draw)
    assert_inert(parse_or_refuse(fixture, raw))


def _edit_json(path: str, change: Callable[[Any], None]) -> tuple[Path, bytes]:
    fixture = DATA / path
    document = json.loads(fixture.read_text(encoding="utf-8"))
    change(document)
    return fixture, json.dumps(document).encode()  # inf is written as Infinity


def _each(items: list[Any], key: str, value: Any) -> None:
    for item in items:
        if isinstance(item, dict):  # the fixtures hold a non-object item or two on purpose
            item[key] = value


INF = float("inf")
FOUND = {
    # What the longer fuzz runs found; each crashed the whole page, now one value is ignored.
    "bluesky facets that are no list": lambda: _edit_json(
        "bluesky/search.json",
        lambda d: [p["record"].__setitem__("facets", [{"index": {"byteStart": 0, "byteEnd": 1},
                                                       "features": INF}]) for p in d["posts"]],
    ),
    "hackernews children that are no list": lambda: _edit_json(
        "hackernews/item-tree.json", lambda d: d.__setitem__("children", INF)
    ),
    "x-api referenced_tweets that are no list": lambda: _edit_json(
        "x-api/search.json", lambda d: _each(d["data"], "referenced_tweets", INF)
    ),
    "a trustpilot review id with a lone surrogate": lambda: _edit_json(
        "trustpilot/api.json", lambda d: _each(d["reviews"][:1], "id", "\ud800")
    ),
    "an infinite author_reach": lambda: _edit_json(
        "json/forum.json", lambda d: _each([p.get("user") for p in d if isinstance(p, dict)], "followers", INF)
    ),
    "an epoch no datetime holds": lambda: _edit_json(
        "json/forum.json", lambda d: _each(d[:1], "created", 1e20)
    ),
    "a year 1 time moved back by its offset": lambda: _edit_json(
        "json/forum.json", lambda d: _each(d[:1], "created", "0001-01-01T00:00:00+01:00")
    ),
    "a mastodon feed link urlsplit refuses": lambda: (
        DATA / "mastodon/tag-feed.xml",
        (DATA / "mastodon/tag-feed.xml").read_bytes().replace(b"<link>https://", b"<link>http://[", 1),
    ),
}  # fmt: skip


@pytest.mark.parametrize("case", FOUND)
def test_what_fuzzing_found_ends_no_page(case: str) -> None:
    fixture, raw = FOUND[case]()
    items = parse(raw, spec_for(fixture))  # no exception at all: the rest of the page is read
    assert_inert(items)
    assert any(isinstance(item, Mention) for item in items)


def test_every_kind_is_fuzzed_from_a_real_file() -> None:
    assert {path.parent.name for path in FIXTURES} >= set(sources.kinds())
    assert DATA.is_dir()
