"""`--format html`: one well-formed, e-mail-safe document; hostile text inert; every mention
one block with its short id, the commands to copy and local times; a headless Chromium
screenshot shows content that fills the page without overflowing it."""

from __future__ import annotations

import html
import json
import re
import shutil
import struct
import subprocess
import zlib
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path

import pytest
from typer.testing import CliRunner

from webcare.cli import app
from webcare.render.htmldoc import link
from webcare.render.safe import esc

NOW = "2026-11-23T09:00Z"
HOSTILE = (
    '<script>alert(1)</script> "><img src=x onerror=alert(1)> '
    "\x1b[31mred\x1b[0m \x1b]8;;https://evil.example\x07click\x1b]8;;\x07 \u202eevil & more"
)
VOID = frozenset("area base br col embed hr img input link meta source track wbr".split())


class Checker(HTMLParser):
    """Tags balance; collects every tag, attribute and text node."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str | None]] = []
        self.text: list[str] = []
        self.errors: list[str] = []
        self.decl: list[str] = []

    def handle_decl(self, decl: str) -> None:
        self.decl.append(decl)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs += attrs
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs += attrs

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:] or 'nothing'}")
        else:
            self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def check(document: str) -> Checker:
    checker = Checker()
    checker.feed(document)
    checker.close()
    assert checker.errors == [] and checker.stack == [], (checker.errors, checker.stack)
    assert checker.decl == ["DOCTYPE html"]
    assert checker.tags[:2] == ["html", "head"]
    assert "script" not in checker.tags and "style" not in checker.tags
    assert not {"img", "link", "iframe", "object", "embed", "form"} & set(checker.tags)
    for name, value in checker.attrs:
        assert not name.startswith("on"), name
        if name in ("href", "src", "action", "formaction"):
            assert value and value.startswith(("https://", "http://")), (name, value)
    hrefs = [v for n, v in checker.attrs if n == "href"]
    assert all("javascript:" not in (v or "").lower() for v in hrefs)
    assert "\x1b" not in document and "\u202e" not in document and "\x07" not in document
    return checker


def test_cells_and_links_are_inert() -> None:
    assert "<" not in esc(HOSTILE) and '"' not in esc(HOSTILE)
    assert "&lt;script&gt;" in esc(HOSTILE) and "\x1b" not in esc(HOSTILE)
    assert link("https://reviews.example/r/1?a=1&b=2") == (
        '<a href="https://reviews.example/r/1?a=1&amp;b=2" style="color:#1d4ed8;'
        'overflow-wrap:anywhere;word-wrap:break-word;word-break:break-word">'
        "https://reviews.example/r/1?a=1&amp;b=2</a>"
    )
    for hostile in ("javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,x",
                    'https://x.example/"onmouseover="alert(1)', "https://x.example/a>b"):  # fmt: skip
        assert "href" not in link(hostile) and "<a" not in link(hostile)


def test_a_javascript_url_in_a_listing_is_text_never_a_link() -> None:
    from test_sla import POLICY, at, stored

    from webcare import report
    from webcare.render import OutputFormat, Terminal, render_listing
    from webcare.settings import Settings

    items = [stored(HOSTILE, created=at(-150), score=-0.8, url="javascript:alert(1)")]
    listing = report.build_report(items, Settings(sla=POLICY), now=at(0), generated_at=at(1))
    document = render_listing(listing, OutputFormat.HTML, Terminal())
    checker = check(document)
    assert "javascript:alert(1)" in "".join(checker.text)
    assert not [v for n, v in checker.attrs if n == "href"]


def write_export(tmp_path: Path) -> Path:
    rows = [
        {
            "id": "1",
            "author": '"><img src=x onerror=alert(1)>',
            "text": HOSTILE,
            "created_at": "2026-11-23T06:00:00Z",
            "url": "javascript:alert(1)",
        },
        {
            "id": "2",
            "author": "bob",
            "text": "Pakket nog steeds niet bezorgd, al drie keer gebeld. "
            + "Ditiseenheellangwoordzonderspatiesdatnietmagoverlopen" * 3,
            "created_at": "2026-11-23T07:00:00Z",
            "url": "https://s.example/" + "long-path-segment-" * 12,
        },
        {
            "id": "3",
            "author": "carla",
            "text": "Wanneer wordt mijn bestelling geleverd?",
            "created_at": "2026-11-23T08:40:00Z",
            "url": "https://s.example/3",
        },
    ]
    export = tmp_path / "m.jsonl"
    export.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return export


def cli_html(db: str, tmp_path: Path, *args: str) -> str:
    """The hostile export imported into the store `db`, then `args` rendered as HTML."""
    runner = CliRunner()
    imported = runner.invoke(
        app,
        ["import", str(write_export(tmp_path)), "--kind", "jsonl", "--no-filter", "--db", db,
         "--now", NOW],
    )  # fmt: skip
    assert imported.exit_code == 0, imported.output
    result = runner.invoke(app, [*args, "--db", db, "--now", NOW, "--format", "html"])
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.fixture
def report_html(store_url: str, tmp_path: Path) -> str:
    return cli_html(store_url, tmp_path, "report")


def test_report_is_a_well_formed_inert_document(report_html: str) -> None:
    checker = check(report_html)
    assert report_html.startswith("<!DOCTYPE html>")
    assert '<meta charset="utf-8">' in report_html
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in report_html
    text = "".join(checker.text)
    # The hostile text is there, as text: visible to the reader, harmless to the client.
    assert "<script>alert(1)</script>" in text and "onerror=alert(1)>" in text
    # The importer already drops a non-http(s) URL; the renderer would show one as text.
    assert "javascript:" not in report_html.lower()
    assert "steaks on the floor" in text
    hrefs = [v for n, v in checker.attrs if n == "href"]
    assert hrefs and all(v.startswith("https://s.example/") for v in hrefs)  # type: ignore[union-attr]
    assert "BREACHED" in text and "#b91c1c" in report_html  # breached in red


def test_mentions_and_stats_are_well_formed(
    tmp_path: Path, store_url: str, new_store_url: Callable[[str], str]
) -> None:
    check(cli_html(store_url, tmp_path, "mentions"))
    (tmp_path / "stats").mkdir()
    checker = check(cli_html(new_store_url("stats"), tmp_path / "stats", "stats"))
    headings = [t for t in checker.text if t.startswith("Per ")]
    assert headings == ["Per channel", "Per source", "Per day"]


# ---------------------------------------------------------------- actionable, local, one block each


def mention_cells(document: str) -> list[str]:
    """The text of every mention block (a table cell that holds an ack or show command)."""
    cells = re.findall(r"<td[^>]*>(.*?)</td>", document, flags=re.DOTALL)
    texts = [html.unescape(re.sub(r"<[^>]+>", "", cell)) for cell in cells]
    return [" ".join(text.split()) for text in texts if "webcare show" in text]


def test_each_mention_gives_its_short_id_and_the_commands_that_work(
    store_url: str, report_html: str
) -> None:
    blocks = mention_cells(report_html)
    assert len(blocks) == 2  # the two breached mentions of the export, one block each
    ids = []
    for block in blocks:
        match = re.search(
            r"id ([0-9a-f]{8}) · webcare show ([0-9a-f]{8}) · webcare ack ([0-9a-f]{8})$", block
        )
        assert match and len(set(match.groups())) == 1, block
        ids.append(match.group(1))
    runner = CliRunner()
    db = store_url
    listed = runner.invoke(app, ["mentions", "--db", db, "--now", NOW, "--format", "json"])
    full = [m["id"] for m in json.loads(listed.stdout)["mentions"]]
    assert all(any(f.startswith(short) for f in full) for short in ids)
    acked = runner.invoke(app, ["ack", ids[0], "--db", db, "--now", NOW])
    assert acked.exit_code == 0, acked.output
    after = runner.invoke(app, ["report", "--db", db, "--now", NOW, "--format", "html"])
    assert [b for b in mention_cells(after.stdout) if ids[0] in b] == []
    assert len(mention_cells(after.stdout)) == 1


def test_each_mention_reads_as_one_block_with_everything_about_it(report_html: str) -> None:
    assert "<th" not in report_html  # no columns to squeeze
    [block] = [b for b in mention_cells(report_html) if "bob" in b]
    # Header, where and who, text, URL, why, then the commands, in reading order.
    assert re.match(r"#\d+ · (BREACHED [\dhm ]+ over|AT RISK [\dhm ]+ left) · ", block), block
    order = [
        "social · import-m · bob · posted ",
        "Pakket nog steeds niet bezorgd",
        "https://s.example/long-path-segment-",
        "Why ",
        "webcare ack ",
    ]
    positions = [block.index(part) for part in order]
    assert positions == sorted(positions), block


def test_times_are_the_brand_local_time(report_html: str) -> None:
    text = " ".join(check(report_html).text)
    # NOW is 09:00Z, 10:00 in Amsterdam (the default brand zone); mention 2 came at 07:00Z.
    assert "As of Mon 23 Nov 2026 10:00 CET;" in text
    assert "posted Mon 23 Nov 08:00 CET" in text
    assert "UTC" not in text


# ---------------------------------------------------------------- headless screenshot


def read_png(path: Path) -> tuple[int, int, list[bytes], int]:
    """Width, height, unfiltered scanlines and bytes per pixel of an 8-bit RGB(A) PNG."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, header = 8, b"", None
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind, body = data[pos + 4 : pos + 8], data[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    assert header is not None
    width, height, depth, colour, _, _, interlace = header
    assert depth == 8 and colour in (2, 6) and interlace == 0, header
    bpp = 3 if colour == 2 else 4
    raw = zlib.decompress(idat)
    stride = width * bpp
    lines: list[bytes] = []
    previous = bytearray(stride)
    for y in range(height):
        start = y * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1 : start + 1 + stride])
        if kind == 1:
            for i in range(bpp, stride):
                line[i] = (line[i] + line[i - bpp]) & 0xFF
        elif kind == 2:
            line = bytearray((a + b) & 0xFF for a, b in zip(line, previous, strict=True))
        elif kind == 3:
            for i in range(stride):
                left = line[i - bpp] if i >= bpp else 0
                line[i] = (line[i] + ((left + previous[i]) >> 1)) & 0xFF
        elif kind == 4:
            for i in range(stride):
                a = line[i - bpp] if i >= bpp else 0
                b = previous[i]
                c = previous[i - bpp] if i >= bpp else 0
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                pred = a if pa <= pb and pa <= pc else b if pb <= pc else c
                line[i] = (line[i] + pred) & 0xFF
        lines.append(bytes(line))
        previous = line
    return width, height, lines, bpp


def content_box(path: Path) -> tuple[int, int, int, int, int, int]:
    """(page width, page height, left, top, right, bottom) of the non-white pixels."""
    width, height, lines, bpp = read_png(path)
    white = b"\xff\xff\xff"
    left, top, right, bottom = width, height, -1, -1
    for y, line in enumerate(lines):
        xs = [x for x in range(width) if line[x * bpp : x * bpp + 3] != white]
        if xs:
            left, right = min(left, xs[0]), max(right, xs[-1])
            top, bottom = min(top, y), y
    return width, height, left, top, right, bottom


def chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        if found := shutil.which(name):
            return found
    pytest.skip(
        "chromium not installed: apt-get install chromium to run the HTML screenshot and"
        " readability tests"
    )


def screenshot(browser: str, page: Path, png: Path, width: int, profile: Path) -> None:
    subprocess.run(
        [browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
         "--no-first-run", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", f"--user-data-dir={profile}", f"--window-size={width},2000",
         f"--screenshot={png}", page.as_uri()],
        check=True, capture_output=True, timeout=60,
    )  # fmt: skip
    assert png.is_file() and png.stat().st_size > 0


def test_screenshot_fills_the_page_without_overflowing(tmp_path: Path, report_html: str) -> None:
    """Pixels, at 1,200 and 390 px; test_html_readable.py measures every block's width."""
    browser = chromium()
    page = tmp_path / "report.html"
    page.write_text(report_html, encoding="utf-8")

    desktop = tmp_path / "desktop.png"
    screenshot(browser, page, desktop, 1200, tmp_path / "profile-desktop")
    width, height, left, top, right, bottom = content_box(desktop)
    assert (width, height) == (1200, 2000)
    assert right > left >= 0 and bottom > top >= 0, "blank screenshot"
    assert right - left + 1 > width / 2, f"content only {right - left + 1}px of {width}px wide"
    assert right < width - 2, f"content reaches the right edge ({right} of {width})"
    assert left > 1, "content starts at the left edge"

    phone = tmp_path / "phone.png"
    screenshot(browser, page, phone, 390, tmp_path / "profile-phone")
    width, height, left, top, right, bottom = content_box(phone)
    assert width == 390
    assert right > left >= 0, "blank screenshot"
    assert right - left + 1 > width / 2
    assert right < width - 2, f"content cut at the right edge on a phone ({right} of {width})"
