"""`googleplay-csv`: UTF-16 exports, ids from the review link, developer replies, bad rows."""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import NOW
from test_sources import DATA, jsonl_records, mentions_of, parse, spec_for
from typer.testing import Result

from webcare.errors import SourceError
from webcare.model import Problem, Reply
from webcare.timeparse import iso_utc


@pytest.fixture
def db_path(store_url: str) -> str:
    """This file's stores, on every backend: a SQLite file or a PostgreSQL database."""
    return store_url


SPEC = spec_for(DATA / "googleplay-csv" / "inline.csv")
HEADER = [
    "Package Name", "App Version Code", "App Version Name", "Reviewer Language", "Device",
    "Review Submit Date and Time", "Review Submit Millis Since Epoch",
    "Review Last Update Date and Time", "Review Last Update Millis Since Epoch", "Star Rating",
    "Review Title", "Review Text", "Developer Reply Date and Time",
    "Developer Reply Millis Since Epoch", "Developer Reply Text", "Review Link",
]  # fmt: skip
LINK = (
    "https://play.google.com/console/developers/61/app/49/user-feedback/review-details"
    "?reviewId=gp%3AAOqpTOX1&corpus=PUBLIC_REVIEWS"
)


def _row(**cells: str) -> list[str]:
    values = {
        "Package Name": "nl.bolderkar.app",
        "Review Submit Date and Time": "2026-11-22T10:00:00Z",
        "Review Submit Millis Since Epoch": "1795341600000",
        "Star Rating": "2",
        "Review Text": "Bolderkar app logt me steeds uit",
        **cells,
    }
    return [values.get(name, "") for name in HEADER]


def _export(*rows: list[str], header: list[str] = HEADER) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows([header, *rows])
    return out.getvalue()


@pytest.mark.parametrize(
    "encode",
    [
        lambda text: text.encode("utf-16"),  # as Play writes it: UTF-16 LE with a BOM
        lambda text: text.encode("utf-16-le"),  # a copy that lost its BOM
        lambda text: text.encode("utf-16-be"),
        lambda text: codecs.BOM_UTF8 + text.encode("utf-8"),  # re-saved as UTF-8
        lambda text: text.encode("utf-8"),
    ],
    ids=["utf-16-bom", "utf-16-le", "utf-16-be", "utf-8-bom", "utf-8"],
)
def test_googleplay_export_reads_in_every_encoding(encode: Callable[[str], bytes]) -> None:
    raw = encode(_export(_row(**{"Review Text": "Geweldige app, één klik bestellen 👍"})))
    [mention] = parse(raw, SPEC)
    assert mention.text == "Geweldige app, één klik bestellen 👍"


def test_googleplay_id_is_the_review_id_of_the_link_else_package_and_submit_time() -> None:
    raw = _export(_row(**{"Review Link": LINK}), _row()).encode()
    linked, unlinked = parse(raw, SPEC)
    assert (linked.native_id, linked.url) == ("gp:AOqpTOX1", LINK)
    assert (unlinked.native_id, unlinked.url) == ("nl.bolderkar.app/1795341600000", None)


def test_googleplay_submit_date_is_used_without_the_millis_column() -> None:
    header = [name for name in HEADER if "Millis" not in name]
    row = [cell for name, cell in zip(HEADER, _row(), strict=True) if "Millis" not in name]
    [mention] = parse(_export(row, header=header).encode(), SPEC)
    assert iso_utc(mention.created_at) == "2026-11-22T10:00:00Z"
    assert mention.native_id == "nl.bolderkar.app/2026-11-22T10:00:00Z"


def test_googleplay_developer_reply_answers_the_review() -> None:
    row = _row(
        **{
            "Review Link": LINK,
            "Developer Reply Date and Time": "2026-11-22T11:15:00Z",
            "Developer Reply Millis Since Epoch": "1795346100000",
            "Developer Reply Text": "Hoi, update naar 4.12.1 lost het op.",
        }
    )
    mention, reply = parse(_export(row).encode(), SPEC)
    assert isinstance(reply, Reply)
    assert (reply.in_reply_to, reply.author, iso_utc(reply.created_at)) == (
        "gp:AOqpTOX1",
        "developer",
        "2026-11-22T11:15:00Z",
    )


def test_googleplay_reply_text_without_a_time_is_reported() -> None:
    row = _row(**{"Developer Reply Text": "Dank je!"})
    items = parse(_export(row).encode(), SPEC)
    assert len(mentions_of(items)) == 1
    assert [(p.message, p.line) for p in items if isinstance(p, Problem)] == [
        ("developer reply has no readable time; the review is not marked answered", 2)
    ]


def test_googleplay_rating_only_rows_are_counted_not_stored(
    cli: Callable[..., Result], db_path: str, tmp_path: Path
) -> None:
    export = tmp_path / "reviews_nl.bolderkar.app_202610.csv"
    export.write_bytes(
        _export(
            _row(**{"Review Text": "", "Star Rating": "5"}),
            _row(**{"Review Text": "", "Star Rating": "1"}),
            _row(**{"Review Text": "Bolderkar app blijft hangen", "Review Link": LINK}),
            _row(**{"Review Text": "", "Star Rating": ""}),
        ).encode("utf-16")
    )
    result = cli("import", export, "--kind", "googleplay-csv", "--db", db_path, "--now", NOW)
    assert result.exit_code == 3, result.stderr  # line 5 was skipped
    assert "1 new, 0 already seen" in result.stderr
    assert "  line 5: no text; skipped" in result.stderr.splitlines()
    assert (
        "  2 rating-only review(s) without text skipped: Google Play allows no reply to them"
        in result.stderr.splitlines()
    )
    listed = jsonl_records(cli("mentions", "--format", "jsonl", "--db", db_path, "--now", NOW))
    assert [r["text"] for r in listed] == ["Bolderkar app blijft hangen"]


def test_googleplay_same_review_in_two_monthly_files_is_stored_once(
    cli: Callable[..., Result], db_path: str, tmp_path: Path
) -> None:
    # A review edited in December shows up again in December's file, with a new update time.
    row = _row(**{"Review Link": LINK})
    edited = _row(
        **{"Review Link": LINK, "Review Last Update Date and Time": "2026-12-01T09:00:00Z"}
    )
    for name, line in (("202611", row), ("202612", edited)):
        path = tmp_path / f"reviews_nl.bolderkar.app_{name}.csv"
        path.write_bytes(_export(line).encode("utf-16"))
        result = cli(
            "import", path, "--kind", "googleplay-csv", "--source", "play", "--db", db_path,
            "--now", NOW,
        )  # fmt: skip
        assert result.exit_code == 0, result.stderr
    assert "play: 0 new, 1 already seen" in result.stderr


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (
            "id,author,text\n1,Bram,Bolderkar top\n".encode("utf-16"),
            "not a Google Play reviews export",
        ),
        (b"<html><body>AccessDenied</body></html>", "not a Google Play reviews export"),
        (b"", "empty file"),
    ],
    ids=["other-csv", "html", "empty"],
)
def test_googleplay_file_of_another_format_is_a_source_error(body: bytes, reason: str) -> None:
    with pytest.raises(SourceError, match=reason):
        parse(body, SPEC)


def test_googleplay_month_of_only_rating_only_reviews_is_no_failure(
    cli: Callable[..., Result], db_path: str, tmp_path: Path
) -> None:
    # Nothing to store, but nothing went wrong: the note about rating-only reviews is not a
    # skipped row, so the import is no partial failure and the source has not failed.
    export = tmp_path / "reviews_nl.bolderkar.app_202609.csv"
    export.write_bytes(_export(_row(**{"Review Text": "", "Star Rating": "4"})).encode("utf-16"))
    result = cli("import", export, "--kind", "googleplay-csv", "--db", db_path, "--now", NOW)
    assert result.exit_code == 0, result.stderr
    assert "0 new, 0 already seen, 1 problem(s)" in result.stderr
