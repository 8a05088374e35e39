"""`webcare eval urgency`: reading label files, the metrics and the command's output."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from webcare.cli import app
from webcare.errors import UsageError
from webcare.evaluate_urgency import Labelled, Predicted, read_labelled, score

HEADER = "id\turgency\tneeds_reply\tcategory\tsentiment\ttext\n"


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_reads_rows_with_quotes_left_as_written(tmp_path: Path) -> None:
    path = write(
        tmp_path / "u.tsv",
        HEADER + 'a1\thigh\tyes\tchurn\tneg\tIk zeg "dit" op\n\nb2\tlow\tno\tpraise\tpos\tTop!\n',
    )
    assert read_labelled(path) == [
        Labelled("a1", "high", True, "churn", "neg", 'Ik zeg "dit" op'),
        Labelled("b2", "low", False, "praise", "pos", "Top!"),
    ]


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("x\thigh\tyes\tchurn\tneg\n", r"u\.tsv, line 2: expected 6 tab-separated fields, got 5"),
        ("x\turgent\tyes\tchurn\tneg\ttext\n", r"u\.tsv, line 2: urgency 'urgent' is not one of"),
        (
            "x\thigh\tmaybe\tchurn\tneg\ttext\n",
            r"u\.tsv, line 2: needs_reply 'maybe' is not yes or no",
        ),
        ("x\thigh\tyes\tchurn\tbad\ttext\n", r"u\.tsv, line 2: sentiment 'bad' is not one of"),
        ("", r"u\.tsv: no labelled texts"),
    ],
)
def test_a_bad_row_is_named_by_file_and_line(tmp_path: Path, body: str, message: str) -> None:
    path = write(tmp_path / "u.tsv", HEADER + body)
    with pytest.raises(UsageError, match=message):
        read_labelled(path)


def test_a_spreadsheets_export_reads_as_the_same_rows(tmp_path: Path) -> None:
    # What Excel or Google Sheets make of a label file: a byte-order mark, CRLF, the
    # columns moved and one added, labels in capitals and spelled out, Dutch yes/no.
    path = tmp_path / "export.tsv"
    path.write_bytes(
        "\ufeffText\tID\tUrgency\tNeeds_Reply\tSentiment\tCategory\tAnnotator\r\n"
        "Storing sinds vanmorgen\ta1\tHigh\tJa\tNegative\toutage\tlieke\r\n"
        "Top service!\tb2\tLOW\tnee\tpositief\tpraise\tlieke\r\n".encode()
    )
    assert read_labelled(path) == [
        Labelled("a1", "high", True, "outage", "neg", "Storing sinds vanmorgen"),
        Labelled("b2", "low", False, "praise", "pos", "Top service!"),
    ]


def test_a_text_last_keeps_its_tabs(tmp_path: Path) -> None:
    path = write(tmp_path / "u.tsv", HEADER + "a1\thigh\tyes\tchurn\tneg\tIk zeg op\tper direct\n")
    assert read_labelled(path)[0].text == "Ik zeg op\tper direct"


def test_a_missing_column_is_named(tmp_path: Path) -> None:
    path = write(tmp_path / "u.tsv", "id\turgency\tcategory\ttext\nx\thigh\tchurn\ttext\n")
    with pytest.raises(UsageError, match=r"u\.tsv, line 1: .*missing needs_reply, sentiment"):
        read_labelled(path)


def test_a_missing_header_is_named(tmp_path: Path) -> None:
    path = write(tmp_path / "u.tsv", "x\thigh\tyes\tchurn\tneg\ttext\n")
    with pytest.raises(UsageError, match=r"u\.tsv, line 1: expected the header"):
        read_labelled(path)


def test_critical_and_high_are_one_positive_class() -> None:
    gold = ["critical", "high", "high", "normal", "low", "low"]
    guess = ["high", "critical", "normal", "high", "low", "normal"]
    rows = [Labelled(str(i), g, g != "low", "other", "neu", "t") for i, g in enumerate(gold)]
    predicted = [Predicted(p, p != "low", "neu") for p in guess]
    result = score("f.tsv", rows, predicted, seconds=2.0)
    assert result.urgent_recall == pytest.approx(2 / 3)
    assert result.urgent_precision == pytest.approx(2 / 3)
    assert result.confusion["high"] == {"critical": 1, "high": 0, "normal": 1, "low": 0}
    assert result.confusion["low"] == {"critical": 0, "high": 0, "normal": 1, "low": 1}
    assert result.needs_reply_accuracy == pytest.approx(5 / 6)
    assert result.sentiment_macro_f1 == 1.0
    assert result.texts_per_second == 3.0
    assert (result.misses, result.false_alarms) == (["2"], ["3"])


def test_no_urgent_gold_or_prediction_gives_no_figure() -> None:
    rows = [Labelled("1", "low", False, "praise", "pos", "Top")]
    result = score("f.tsv", rows, [Predicted("low", False, "pos")], seconds=1.0)
    assert (result.urgent_recall, result.urgent_precision) == (None, None)


LABELLED = (
    HEADER
    + "1\thigh\tyes\tchurn\tneg\tIk zeg mijn abonnement op, ik ga naar de concurrent\n"
    + "2\tlow\tno\tpraise\tpos\tTop, bedankt!\n"
    + "3\tnormal\tyes\tquestion\tneu\tWanneer wordt mijn bestelling geleverd?\n"
)


def test_eval_urgency_prints_a_summary_and_a_confusion_table(tmp_path: Path) -> None:
    path = write(tmp_path / "nl.tsv", LABELLED)
    result = CliRunner().invoke(app, ["eval", "urgency", str(path)])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].split() == [
        "file", "n", "recall", "precision", "reply", "sent-F1", "sent-acc", "texts/s"
    ]  # fmt: skip
    assert lines[1].split()[:5] == ["nl.tsv", "3", "1.000", "1.000", "1.000"]
    table = lines[lines.index("nl.tsv: gold (rows) x predicted (columns)") + 1 :]
    assert table[0].split() == ["critical", "high", "normal", "low"]
    assert table[2].split() == ["high", "0", "1", "0", "0"]


def test_eval_urgency_json_and_jsonl(tmp_path: Path) -> None:
    path = write(tmp_path / "nl.tsv", LABELLED)
    as_json = CliRunner().invoke(app, ["eval", "urgency", str(path), "--format", "json"])
    [row] = json.loads(as_json.stdout)["results"]
    assert row["n"] == 3 and row["urgent_recall"] == 1.0
    assert row["confusion"]["low"]["low"] == 1
    as_jsonl = CliRunner().invoke(app, ["eval", "urgency", str(path), "-f", "jsonl"])
    assert json.loads(as_jsonl.stdout.splitlines()[0])["needs_reply_accuracy"] == 1.0


def test_eval_urgency_names_an_unreadable_file_and_a_bad_line(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["eval", "urgency", str(tmp_path / "missing.tsv")])
    assert result.exit_code == 2
    assert "missing.tsv: cannot read" in result.stderr
    bad = write(tmp_path / "bad.tsv", HEADER + "1\thigh\tyes\n")
    result = CliRunner().invoke(app, ["eval", "urgency", str(bad)])
    assert result.exit_code == 2
    assert "bad.tsv, line 2: expected 6 tab-separated fields, got 3" in result.stderr


def test_the_brands_handles_tell_chatter_in_a_named_thread(tmp_path: Path) -> None:
    # Without the brand's handles a named handle may be a brand's, so a reply that opens with
    # one owes a reply; with them, one that is not the brand's, before the brand's, is chatter.
    path = write(
        tmp_path / "u.tsv",
        HEADER
        + "c1\tlow\tno\tother\tneu\t@jan_devries @acme_nl dat staat gewoon in de app onder instellingen\n"
        + "c2\tnormal\tyes\tquestion\tneu\t@acme_nl @jan_devries hoe lang duurt dit nog\n",
    )
    plain = CliRunner().invoke(app, ["eval", "urgency", "--format", "json", str(path)])
    named = CliRunner().invoke(
        app, ["eval", "urgency", "--format", "json", "--handle", "@Acme_NL", str(path)]
    )
    assert plain.exit_code == 0 and named.exit_code == 0, plain.output + named.output
    assert json.loads(plain.stdout)["results"][0]["needs_reply_accuracy"] == 0.5
    assert json.loads(named.stdout)["results"][0]["needs_reply_accuracy"] == 1.0
