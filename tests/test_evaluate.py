"""`webcare eval sentiment`: reading labelled files and the metrics it reports."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from webcare.cli import app
from webcare.evaluate import evaluate_file, macro_f1, read_examples


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_reads_label_tsv_with_header(tmp_path: Path) -> None:
    path = write(
        tmp_path / "nl.tsv", "label\ttext\nneg\tPakket nog steeds niet bezorgd\npos\tTop service!\n"
    )
    examples = read_examples(path)
    assert [(e.label, e.text) for e in examples] == [
        ("neg", "Pakket nog steeds niet bezorgd"),
        ("pos", "Top service!"),
    ]


@pytest.mark.parametrize(
    ("mean", "label"),
    [("2.7", "pos"), ("0.5", "pos"), ("0.49", "neu"), ("-0.5", "neg"), ("-3.1", "neg")],
)
def test_vader_ground_truth_means_map_to_labels(tmp_path: Path, mean: str, label: str) -> None:
    path = write(tmp_path / "gt.txt", f"1\t{mean}\tsome text\n")
    assert read_examples(path)[0].label == label


def test_a_spreadsheets_export_reads_as_the_same_examples(tmp_path: Path) -> None:
    # A byte-order mark, CRLF, the columns moved, one added, labels spelled out.
    path = tmp_path / "export.tsv"
    path.write_bytes(
        "\ufeffid\tText\tSentiment\r\n1\tTop service!\tPositive\r\n"
        "2\tNog steeds niks\tnegatief\r\n".encode()
    )
    assert [(e.label, e.text) for e in read_examples(path)] == [
        ("pos", "Top service!"),
        ("neg", "Nog steeds niks"),
    ]


def test_a_text_last_keeps_its_tabs(tmp_path: Path) -> None:
    path = write(tmp_path / "t.tsv", "label\ttext\nNEG\tKoud\ten laat\n")
    assert [(e.label, e.text) for e in read_examples(path)] == [("neg", "Koud\ten laat")]


def test_a_malformed_line_is_named(tmp_path: Path) -> None:
    path = write(tmp_path / "bad.tsv", "label\ttext\npos\tgood\nthis line has no label\n")
    with pytest.raises(Exception, match=r"bad\.tsv, line 3"):
        read_examples(path)


def test_macro_f1_averages_over_the_gold_classes() -> None:
    gold = ["pos", "pos", "neg", "neg"]
    predicted = ["pos", "neu", "neg", "neg"]
    score, per_label = macro_f1(gold, predicted)
    assert per_label == {"neg": 1.0, "pos": pytest.approx(2 / 3)}
    assert score == pytest.approx((1.0 + 2 / 3) / 2)


def test_evaluate_file_scores_clear_dutch_and_english_texts(tmp_path: Path) -> None:
    path = write(
        tmp_path / "mixed.tsv",
        "label\ttext\n"
        "neg\tMijn pakket is nog steeds niet bezorgd, al drie keer gebeld\n"
        "neg\tWorst service ever, still waiting for my refund\n"
        "pos\tSuper vriendelijke bezorger, bedankt!\n"
        "pos\tLove it, great service\n",
    )
    score = evaluate_file(path)
    assert score.n == 4
    assert score.binary_accuracy == 1.0
    assert score.macro_f1 == 1.0


def test_eval_command_prints_a_row_per_file_and_json(tmp_path: Path) -> None:
    one = write(
        tmp_path / "one.tsv", "label\ttext\npos\tHeerlijk gegeten, top!\nneg\tSlechte service\n"
    )
    two = write(tmp_path / "two.txt", "1\t-2.5\tThis is terrible\n2\t2.0\tThis is wonderful\n")
    result = CliRunner().invoke(app, ["eval", "sentiment", str(one), str(two)])
    assert result.exit_code == 0, result.output
    lines = result.stdout.strip().splitlines()
    assert lines[0].split()[:5] == ["file", "n", "macro-F1", "binary", "texts/s"]
    assert lines[1].startswith("one.tsv") and lines[2].startswith("two.txt")
    as_json = CliRunner().invoke(app, ["eval", "sentiment", str(one), "--format", "json"])
    [row] = json.loads(as_json.stdout)["results"]
    assert row["n"] == 2 and row["binary_accuracy"] == 1.0


def test_eval_command_names_a_missing_file(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["eval", "sentiment", str(tmp_path / "missing.tsv")])
    assert result.exit_code == 2
    assert "missing.tsv" in result.stderr
