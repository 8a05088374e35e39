"""Benchmark: importing large exports, CSV and JSON lines, as whole processes.

    python bench/import_scale.py [--rows 100000] [--workers 1]

Writes a realistic export of ROWS mentions (Dutch and English customer texts from
analysis_throughput's templates, each made unique, spread over 30 days, every one naming
the brand) as CSV and as JSON lines, imports each into a fresh store with `webcare
import`, and prints rows/s, wall and CPU time, peak RSS, and whether every row was
stored exactly once.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sqlite3
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from analysis_throughput import make_texts  # noqa: E402
from measure import run  # noqa: E402

NOW = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)
CONFIG = '[brand]\nname = "Acme"\nkeywords = ["acme"]\nhandles = ["AcmeCare"]\n'


def rows(count: int, seed: int = 11) -> list[dict[str, object]]:
    rng = random.Random(seed)
    texts = make_texts(count, seed)
    out = []
    for n, text in enumerate(texts):
        created = NOW - timedelta(seconds=rng.randint(0, 30 * 86400))
        out.append(
            {
                "id": f"m{n}",
                "author": f"klant{rng.randint(1, count // 3)}",
                # Unique (no row duplicates another) and about the brand (no row filtered).
                "text": f"{text} (acme #{n})",
                "created_at": created.isoformat().replace("+00:00", "Z"),
                "rating": rng.choice(["", "1", "2", "4", "5"]),
            }
        )
    return out


def write_exports(directory: Path, count: int) -> tuple[Path, Path]:
    data = rows(count)
    jsonl = directory / "export.jsonl"
    with jsonl.open("w", encoding="utf-8") as handle:
        for row in data:
            handle.write(json.dumps({k: v for k, v in row.items() if v != ""}) + "\n")
    table = directory / "export.csv"
    with table.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(data[0]))
        writer.writeheader()
        writer.writerows(data)
    return table, jsonl


def measure(count: int, workers: str = '"auto"') -> dict[str, float]:
    webcare = str(Path(sys.executable).with_name("webcare"))
    figures: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        directory = Path(tmp)
        (directory / "webcare.toml").write_text(
            f"{CONFIG}[poll]\nworkers = {workers}\n", encoding="utf-8"
        )
        table, jsonl = write_exports(directory, count)
        for label, path, kind in (("csv", table, "csv"), ("jsonl", jsonl, "jsonl")):
            db = directory / f"{label}.db"
            result = run(
                [webcare, "import", str(path), "--kind", kind, "--config",
                 str(directory / "webcare.toml"), "--db", str(db), "--now", NOW.isoformat()],
            )  # fmt: skip
            stored = (
                sqlite3.connect(db)
                .execute("SELECT count(*), count(DISTINCT id) FROM mentions")
                .fetchone()
            )
            figures[f"import_{label}_rows_per_s"] = count / result.wall
            figures[f"import_{label}_wall_s"] = result.wall
            figures[f"import_{label}_cpu_s"] = result.cpu
            figures[f"import_{label}_rss_mb"] = result.rss_mb
            figures[f"import_{label}_tree_pss_mb"] = result.tree_pss_mb
            figures[f"import_{label}_processes"] = result.processes
            figures[f"import_{label}_exit"] = result.code
            figures[f"import_{label}_lost"] = count - stored[0]
            figures[f"import_{label}_duplicated"] = stored[0] - stored[1]
            if result.code not in (0,):
                print(result.stderr[-2000:], file=sys.stderr)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument(
        "--workers", default='"auto"', help="[poll] workers, as TOML: 1, 2, '\"auto\"'"
    )
    args = parser.parse_args()
    count = args.rows
    figures = measure(count, args.workers)
    for label in ("csv", "jsonl"):
        print(
            f"import {count:,} {label} rows: {figures[f'import_{label}_rows_per_s']:,.0f} rows/s "
            f"({figures[f'import_{label}_wall_s']:.1f} s wall, {figures[f'import_{label}_cpu_s']:.1f} s CPU, "
            f"{figures[f'import_{label}_rss_mb']:.0f} MB peak RSS of one process, "
            f"{figures[f'import_{label}_tree_pss_mb']:.0f} MB PSS of all "
            f"{figures[f'import_{label}_processes']:.0f}), exit {figures[f'import_{label}_exit']:.0f}, "
            f"lost {figures[f'import_{label}_lost']:.0f}, duplicated {figures[f'import_{label}_duplicated']:.0f}"
        )


if __name__ == "__main__":
    main()
