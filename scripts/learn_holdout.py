"""Does learning from labels help on messages it never saw? Per label file: every third
row is held out, `webcare learn --from` trains on the rest (in a scratch store), and
`webcare eval urgency` scores the held-out rows with the rules alone and with the model.

    python scripts/learn_holdout.py ../shared/eval-data/urgency/*.tsv

Only webcare's own commands are run (as `python -m webcare`); the files are read, never
copied into the project. Prints what `learn` said, then both score tables.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

NOW = "2026-12-01T09:00:00Z"
EVERY = 3
FIGURES = ("urgent_recall", "urgent_precision", "needs_reply_accuracy", "sentiment_macro_f1",
           "sentiment_accuracy")  # fmt: skip
WIDTHS = (7, 9, 6, 7, 8)


def webcare(*args: str) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "webcare", *args], capture_output=True, text=True, check=False
    )
    if done.returncode not in (0, 1):
        sys.exit(f"webcare {' '.join(args)}: exit {done.returncode}: {done.stderr.strip()}")
    return done.stdout


def split(path: Path, into: Path) -> tuple[Path, Path]:
    header, *rows = path.read_text(encoding="utf-8").splitlines()
    train, test = into / f"{path.stem}.train.tsv", into / f"{path.stem}.held-out.tsv"
    kept = [row for i, row in enumerate(rows) if i % EVERY]
    held = [row for i, row in enumerate(rows) if not i % EVERY]
    train.write_text("\n".join([header, *kept]) + "\n", encoding="utf-8")
    test.write_text("\n".join([header, *held]) + "\n", encoding="utf-8")
    return train, test


def main(paths: list[str]) -> None:
    if not paths:
        sys.exit(__doc__)
    with tempfile.TemporaryDirectory() as scratch:
        where = Path(scratch)
        for given in paths:
            train, test = split(Path(given), where)
            db = str(where / f"{train.stem}.db")
            print(f"== {given}: learn on {train.name}, score {test.name}\n")
            print(
                webcare("learn", "--from", str(train), "--db", db, "--now", NOW, "--by", "holdout")
            )
            print(f"{'held out: ' + test.name:<48} {'n':>4} {'recall':>7} {'precision':>9}"
                  f" {'reply':>6} {'sent-F1':>7} {'sent-acc':>8}")  # fmt: skip
            for label, extra in (("rules", []), ("rules + learned model", ["--model", "--db", db])):
                (score,) = json.loads(webcare("eval", "urgency", str(test), *extra, "-f", "json"))[
                    "results"
                ]
                figures = [score[key] for key in FIGURES]
                print(f"{label:<48} {score['n']:>4} " + " ".join(
                    f"{figure(value):>{width}}" for value, width in zip(figures, WIDTHS, strict=True)
                ))  # fmt: skip
            print()


def figure(value: float | None) -> str:
    return f"{value:.3f}" if value is not None else "-"


if __name__ == "__main__":
    main(sys.argv[1:])
