"""Hostile text in, inert text out (issue 13): what strangers' bytes and characters do to an
import, a poll over HTTP (a real server on 127.0.0.1), the store and every output format.

Each test names the row of the issue's table it holds to. The real CLI, real files, a real
SQLite store; `analyze` on a strict UTF-8 stdin runs as a real subprocess.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import NOW
from typer.testing import Result

from webcare.render import OutputFormat
from webcare.render.safe import html_link, md_link, safe_url

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


def import_(cli: Cli, file: Path, db_path: Path, *extra: str | Path) -> Result:
    return cli("import", file, "--kind", file.suffix.lstrip("."), "--db", db_path, "--now", NOW,
               *extra)  # fmt: skip


def stored(cli: Cli, db_path: Path) -> list[dict[str, Any]]:
    result = cli("mentions", "--format", "jsonl", "--db", db_path, "--now", NOW)
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


def every_output(cli: Cli, db_path: Path, *config: str | Path) -> dict[str, str]:
    """What each format of `mentions` and `report` prints (JSON decoded: its strings),
    and `show` of every mention, all of which must succeed."""
    shown: dict[str, str] = {}
    for command in ("mentions", "report"):
        for fmt in OutputFormat:
            result = cli(command, "--format", fmt.value, "--db", db_path, "--now", NOW, *config)
            assert result.exit_code == 0, (command, fmt, result.stderr)
            text = result.stdout
            if fmt in (OutputFormat.JSON, OutputFormat.JSONL):
                if fmt is OutputFormat.JSON:
                    documents = [json.loads(text)]
                else:
                    documents = [json.loads(line) for line in text.splitlines() if line.strip()]
                text = "\n".join(s for doc in documents for s in strings(doc))
            shown[f"{command} --format {fmt.value}"] = text
    for mention in stored(cli, db_path):
        result = cli("show", mention["id"], "--db", db_path, "--now", NOW, *config)
        assert result.exit_code == 0, result.stderr
        shown[f"show {mention['id']}"] = result.stdout
    return shown


# ---------------------------------------------------------------- row 6: hostile URLs

DIRTY_URL = "https://shop.example/\x1b[31mbestel\u202eling\u200b/\x9b1\x07?a=1\tb"


def test_urls_are_cleaned_on_read_and_linked_only_when_clean(
    cli: Cli, db_path: Path, tmp_path: Path
) -> None:
    export = tmp_path / "social.jsonl"
    export.write_bytes(
        jsonl_bytes({"id": "u1", "text": "Acme, waar blijft het?", "url": DIRTY_URL, "created_at": WHEN})
    )  # fmt: skip
    assert import_(cli, export, db_path, "--no-filter").exit_code == 0
    [mention] = stored(cli, db_path)
    assert mention["url"] == "https://shop.example/bestelling/1?a=1b"
    outputs = every_output(cli, db_path)
    for where, text in outputs.items():
        assert not set(text) & {"\x1b", "\x9b", "\x07", "\u202e", "\u200b"}, where
    assert 'href="https://shop.example/bestelling/1?a=1b"' in outputs["report --format html"]
    assert "<https://shop.example/bestelling/1?a=1b>" in outputs["mentions --format markdown"]


@pytest.mark.parametrize(
    "url",
    [DIRTY_URL, "https://a.example/\x1b]8;;https://evil.example/\x07x", "https://a.example/\u202eexe",
     "https://a.example/\u200bx", "https://a.example/\x00", "https://a.example/\x85"],
)  # fmt: skip
def test_a_url_with_anything_invisible_in_it_is_never_a_link(url: str) -> None:
    # What an older store may hold: rendered as inert text, never inside an href or <…>.
    assert safe_url(url) is None
    assert "href" not in html_link(url)
    assert not md_link(url).startswith("<")
    assert not set(html_link(url) + md_link(url)) & set("\x1b\x07\x00\x85\u202e\u200b\ud800")


# ---------------------------------------------------------------- row 7: zero-width and tags


def test_zero_width_and_tag_characters_do_not_hide_the_brand_from_the_filter(
    make_config: MakeConfig, cli: Cli, db_path: Path, tmp_path: Path
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
    result = import_(cli, export, db_path, "--config", config)
    assert result.exit_code == 0, result.stderr
    assert "4 new" in result.stderr and "1 not about the brand" in result.stderr
    assert sorted(m["text"] for m in stored(cli, db_path)) == [
        "AC\u00adME kapot".replace("\u00ad", ""),
        "acme bezorgt niet",
        "acme helpt niet",
        "ａｃｍｅ app werkt niet",
    ]


def test_zero_width_tag_and_line_separator_characters_reach_no_output(
    cli: Cli, db_path: Path, tmp_path: Path
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
    assert import_(cli, export, db_path, "--no-filter").exit_code == 0
    [mention] = stored(cli, db_path)
    assert mention["author"] == "jan"
    # Line separators are line breaks; the emoji's joiners and the England flag's tags stay.
    assert mention["text"] == (
        "Acme pakket\nkwijt\nal dagen 👨\u200d👩\u200d👧 "
        "\U0001f3f4\U000e0067\U000e0062\U000e0065\U000e006e\U000e0067\U000e007f"
    )
    for where, text in every_output(cli, db_path).items():
        flagless = text.replace(
            "\U0001f3f4\U000e0067\U000e0062\U000e0065\U000e006e\U000e0067\U000e007f", ""
        )
        assert not set(flagless) & set(INVISIBLE + ["\ufeff", "\U000e0062"]), where
