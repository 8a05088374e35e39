"""The HTML a cron job mails is readable on a 1,200 px desktop and on a 390 px phone.

Headless Chromium lays out a test copy of each document with a small measuring script
added (the documents themselves never carry scripts). For every block of text (a `div`,
`p`, `li`, heading or table cell) it measures the block's content width and the width of
the longest word in it, then webcare checks what a reader would notice:

- no block is narrower than the longest word it holds (so no word is broken letter by
  letter), unless the word is longer than the page itself (a long URL may wrap);
- no block of running text is narrower than about 8 of its characters;
- nothing makes the page scroll sideways, and nothing sticks out of the page except a
  table of figures inside its own sideways-scrolling box.

The old six-column report table failed this at both widths: its "Signals" column was 27 px
wide at 1,200 px and 14 px at 390 px, where the word "Signals" needs 50 px. (The pixel
check of a screenshot at both widths is in test_html.py.) Set WEBCARE_SCREENSHOTS to a
directory to keep whole-page screenshots of what was measured there.
"""

from __future__ import annotations

import html
import json
import os
import re
import subprocess
from collections.abc import Iterator
from importlib.resources import as_file, files
from pathlib import Path
from typing import Any

import pytest
from test_html import check, chromium, cli_html
from typer.testing import CliRunner

from webcare.cli import app

WIDTHS = (1200, 390)
DEMO_NOW = "2026-11-23T08:00:00Z"  # Monday 09:00 in Amsterdam, as `webcare demo`

MEASURE = """
<script>
(function () {
  "use strict";
  var BLOCK = {"block": 1, "table-cell": 1, "list-item": 1, "flow-root": 1, "table-caption": 1};
  var widths = {};
  function px(value) { return parseFloat(value) || 0; }
  function blockOf(node) {
    for (var el = node.parentElement; el && el !== document.body; el = el.parentElement) {
      if (BLOCK[getComputedStyle(el).display]) return el;
    }
    return document.body;
  }
  function textWidth(parent, text) {
    var key = getComputedStyle(parent).font + "|" + text;
    if (!(key in widths)) {
      var probe = document.createElement("span");
      probe.style.whiteSpace = "pre";
      probe.textContent = text;
      parent.appendChild(probe);
      widths[key] = probe.getBoundingClientRect().width;
      parent.removeChild(probe);
    }
    return widths[key];
  }
  function inScrollBox(el) {
    for (var e = el.parentElement; e && e !== document.body; e = e.parentElement) {
      var overflow = getComputedStyle(e).overflowX;
      if (overflow === "auto" || overflow === "scroll") return true;
    }
    return false;
  }
  function inset(el) {  // padding, border and margin between the page's edges and el's text
    var total = 0;
    for (var e = el; e && e !== document.body; e = e.parentElement) {
      var s = getComputedStyle(e);
      total += px(s.paddingLeft) + px(s.paddingRight) + px(s.borderLeftWidth)
        + px(s.borderRightWidth) + Math.max(0, px(s.marginLeft)) + Math.max(0, px(s.marginRight));
    }
    return total;
  }
  var found = new Map();
  var walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (var node = walker.nextNode(); node; node = walker.nextNode()) {
    var words = node.nodeValue.split(/\\s+/).filter(Boolean);
    if (!words.length) continue;
    var block = blockOf(node);
    var entry = found.get(block) || {text: "", chars: 0, oneLine: 0, word: "", wordWidth: 0};
    var text = words.join(" ");
    entry.text += (entry.text ? " " : "") + text;
    entry.chars += text.length;
    entry.oneLine += textWidth(node.parentElement, text);
    for (var i = 0; i < words.length; i++) {
      var width = textWidth(node.parentElement, words[i]);
      if (width > entry.wordWidth) { entry.word = words[i]; entry.wordWidth = width; }
    }
    found.set(block, entry);
  }
  var root = document.documentElement;
  var body = getComputedStyle(document.body);
  var page = document.body.clientWidth - px(body.paddingLeft) - px(body.paddingRight);
  var blocks = [];
  found.forEach(function (entry, el) {
    var s = getComputedStyle(el);
    var rect = el.getBoundingClientRect();
    blocks.push({
      tag: el.tagName.toLowerCase(),
      text: entry.text.slice(0, 80),
      chars: entry.chars,
      oneLine: entry.oneLine,
      width: el.clientWidth - px(s.paddingLeft) - px(s.paddingRight),
      room: page - (el === document.body ? 0 : inset(el)),
      word: entry.word.slice(0, 80),
      wordWidth: entry.wordWidth,
      left: rect.left,
      right: rect.right,
      scrolls: inScrollBox(el)
    });
  });
  var result = {
    innerWidth: window.innerWidth,
    clientWidth: root.clientWidth,
    scrollWidth: root.scrollWidth,
    height: Math.ceil(document.body.getBoundingClientRect().bottom),
    page: page,
    blocks: blocks
  };
  var host = window.parent.document;  // the test page around the frame, same origin (srcdoc)
  var out = host.createElement("pre");
  out.id = "measurements";
  out.textContent = JSON.stringify(result);
  host.body.appendChild(out);
})();
</script>
"""


def measure(browser: str, document: str, width: int, tmp_path: Path) -> dict[str, Any]:
    """Lay out a copy of `document` with the measuring script at `width` CSS pixels.

    Headless Chromium keeps its window at least 500 px wide, so the copy is laid out in a
    frame exactly `width` px wide (tall enough for no scroll bar, as on a phone) on a test
    page; the script writes its JSON into that page, which `--dump-dom` prints."""
    assert "<script" not in document  # the document under test never has one
    measured = document.replace("</body>", MEASURE + "</body>")
    page = tmp_path / f"measure-{width}.html"
    page.write_text(
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head><body style="margin:0">'
        f'<iframe style="border:0;display:block;width:{width}px;height:40000px" '
        f'srcdoc="{html.escape(measured, quote=True)}"></iframe></body></html>\n',
        encoding="utf-8",
    )
    dom = subprocess.run(
        [browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
         "--no-first-run", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", f"--user-data-dir={tmp_path / f'profile-measure-{width}'}",
         f"--window-size={width + 100},1000", "--dump-dom", page.as_uri()],
        check=True, capture_output=True, text=True, timeout=60,
    ).stdout  # fmt: skip
    found = re.search(r'<pre id="measurements"[^>]*>(.*?)</pre>', dom, flags=re.DOTALL)
    assert found, "the measuring script did not run"
    result: dict[str, Any] = json.loads(html.unescape(found.group(1)))
    assert result["innerWidth"] == width, result["innerWidth"]
    return result


def unreadable(m: dict[str, Any]) -> list[str]:
    """What a reader would notice: a word broken up, a sliver of a column, a cut page."""
    problems = []
    if m["scrollWidth"] > m["clientWidth"]:
        problems.append(f"the page scrolls sideways: {m['scrollWidth']} > {m['clientWidth']}px")
    for b in m["blocks"]:
        where = f"<{b['tag']}> {b['text']!r}"
        # A word longer than the page may wrap; any other word must fit its block whole.
        need = min(b["wordWidth"], b["room"])
        if b["width"] + 1 < need:
            problems.append(
                f"{where} is {b['width']:.0f}px wide, its word {b['word']!r} needs "
                f"{b['wordWidth']:.0f}px"
            )
        # Running text gets at least ~8 of its own characters per line.
        if b["chars"] >= 8:
            eight = min(8 * b["oneLine"] / b["chars"], b["oneLine"], b["room"])
            if b["width"] + 1 < eight:
                problems.append(f"{where} is {b['width']:.0f}px wide, under 8 characters")
        if not b["scrolls"] and (b["right"] > m["clientWidth"] + 1 or b["left"] < -1):
            problems.append(f"{where} sticks out of the page ({b['left']:.0f}-{b['right']:.0f}px)")
    return problems


def narrowest(m: dict[str, Any]) -> str:
    """The measurements behind the verdict: the page, and the narrowest block next to its
    longest word (among words that fit the page; longer ones may wrap)."""
    fitting = [b for b in m["blocks"] if b["wordWidth"] <= b["room"]] or m["blocks"]
    b = min(fitting, key=lambda b: b["width"])
    tight = min(fitting, key=lambda b: b["width"] - b["wordWidth"])
    return (
        f"{m['innerWidth']}px: scrollWidth {m['scrollWidth']} <= clientWidth {m['clientWidth']}; "
        f"{len(m['blocks'])} blocks; narrowest <{b['tag']}> {b['text'][:30]!r} "
        f"{b['width']:.0f}px, its longest word {b['word'][:30]!r} {b['wordWidth']:.0f}px; "
        f"least to spare <{tight['tag']}> {tight['text'][:30]!r} {tight['width']:.0f}px for "
        f"{tight['word'][:30]!r} {tight['wordWidth']:.0f}px"
    )


def shot(browser: str, page: Path, png: Path, width: int, height: int, profile: Path) -> None:
    subprocess.run(
        [browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
         "--no-first-run", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", f"--user-data-dir={profile}", "--hide-scrollbars",
         f"--window-size={width},{height}", f"--screenshot={png}", page.as_uri()],
        check=True, capture_output=True, timeout=60,
    )  # fmt: skip
    assert png.is_file() and png.stat().st_size > 0


def keep(browser: str, document: str, name: str, width: int, height: int, tmp_path: Path) -> None:
    """With WEBCARE_SCREENSHOTS set, the whole page as a PNG there, for a person to look at."""
    if directory := os.environ.get("WEBCARE_SCREENSHOTS"):
        Path(directory).mkdir(parents=True, exist_ok=True)
        page = tmp_path / f"{name}.html"
        page.write_text(document, encoding="utf-8")
        png = Path(directory) / f"{name}-{width}.png"
        shot(browser, page, png, width, min(height, 16000), tmp_path / f"profile-keep-{width}")


def readable(document: str, name: str, tmp_path: Path) -> None:
    browser = chromium()
    check(document)
    problems = []
    for width in WIDTHS:
        m = measure(browser, document, width, tmp_path)
        problems += [f"{width}px: {problem}" for problem in unreadable(m)]
        print(f"{name} {narrowest(m)}")  # shown with -s or -rP: the numbers behind the verdict
        keep(browser, document, name, width, m["height"], tmp_path)
    assert not problems, f"{name}: {len(problems)} problem(s)\n" + "\n".join(problems[:16])


# ---------------------------------------------------------------- documents under test


@pytest.fixture
def demo_store(store_url: str) -> Iterator[tuple[str, str]]:
    """The bundled demo polled at its fixed moment into a store on each backend, as
    `webcare demo` shows it."""
    db = store_url
    with as_file(files("webcare").joinpath("demo")) as demo_dir:
        config = str(Path(demo_dir) / "webcare.toml")
        polled = CliRunner().invoke(
            app, ["poll", "--config", config, "--db", db, "--now", DEMO_NOW, "--quiet"]
        )
        assert polled.exit_code == 0, polled.output
        yield config, db


def demo(store: tuple[str, str], *args: str) -> str:
    config, db = store
    result = CliRunner().invoke(
        app, [*args, "--config", config, "--db", db, "--now", DEMO_NOW, "--format", "html"]
    )
    assert result.exit_code == 0, result.output
    return result.stdout


def test_the_demo_report_is_readable_on_a_desktop_and_a_phone(
    demo_store: tuple[str, str], tmp_path: Path
) -> None:
    document = demo(demo_store, "report")
    assert "steaks on the floor" in document
    readable(document, "report", tmp_path)


def test_the_mentions_listing_is_readable_on_a_desktop_and_a_phone(
    demo_store: tuple[str, str], tmp_path: Path
) -> None:
    document = demo(demo_store, "mentions")  # every state: breached to responded
    assert "RESPONDED" in document and "NO REPLY OWED" in document
    readable(document, "mentions", tmp_path)


def test_hostile_long_words_and_urls_do_not_break_the_report_layout(
    tmp_path: Path, store_url: str
) -> None:
    # A 150-character word, a 230-character URL, markup and escapes in the text.
    readable(cli_html(store_url, tmp_path, "report"), "report-hostile", tmp_path)


def test_the_weekly_digest_is_readable_on_a_desktop_and_a_phone(
    demo_store: tuple[str, str], tmp_path: Path
) -> None:
    document = demo(demo_store, "report", "--digest", "--since", "7d")
    assert "Worst breaches" in document
    readable(document, "digest", tmp_path)


def test_stats_are_readable_on_a_desktop_and_a_phone(
    demo_store: tuple[str, str], tmp_path: Path
) -> None:
    document = demo(demo_store, "stats", "--since", "7d")
    assert "Per channel" in document
    readable(document, "stats", tmp_path)


def test_analyze_is_readable_on_a_desktop_and_a_phone(tmp_path: Path) -> None:
    texts = [
        "Mijn pakket is nog steeds niet bezorgd, al drie keer gebeld en niemand neemt op!",
        "Top service, thanks!",
        '<script>alert(1)</script> "><img src=x onerror=alert(1)> \x1b[31mrood\x1b[0m',
    ]
    result = CliRunner().invoke(app, ["analyze", *texts, "--format", "html"])
    assert result.exit_code == 0, result.output
    readable(result.stdout, "analyze", tmp_path)
