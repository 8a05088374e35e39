"""Privacy commands over a realistic store: purge (a year down to `keep`), the purge a poll
runs once nothing is due, and a person's export and erasure.

    python bench/privacy_scale.py [--mentions 100000] [--keep 180d]

Makes the store with `make_store.py` (a year of a Dutch brand's history, `--now` 2026-11-23
09:00 Amsterdam), then times each command as its own process (wall, CPU, peak RSS; see
`measure.py`): `purge --dry-run`, `purge` (about half the year goes), `purge` again
(nothing due: what `purge_on_poll` costs a poll, plus its full check), `person export`
and `person forget` of the author with the most mentions.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import tempfile
from contextlib import closing
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from measure import run  # noqa: E402

NOW = "2026-11-23T09:00"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mentions", type=int, default=100_000)
    parser.add_argument("--keep", default="180d")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "webcare.db"
        # In its own process: a child forked from a parent that made 100,000 rows would
        # report the parent's peak memory as its own.
        made = run([sys.executable, str(HERE / "make_store.py"), str(db),
                    "--mentions", str(args.mentions)])  # fmt: skip
        if made.code != 0:
            sys.exit(f"make_store.py: exit {made.code}: {made.stderr.strip()}")
        config = Path(tmp) / "webcare.toml"
        config.write_text(f'[privacy]\nkeep = "{args.keep}"\n', encoding="utf-8")
        with closing(sqlite3.connect(db)) as conn:
            (author,) = conn.execute(
                """SELECT author FROM mentions WHERE author IS NOT NULL
                   GROUP BY author ORDER BY COUNT(*) DESC, author LIMIT 1"""
            ).fetchone()
        where = ["--config", str(config), "--db", str(db), "--now", NOW]
        steps = [
            ("purge --dry-run", ["purge", "--dry-run"]),
            ("purge", ["purge"]),
            ("purge, nothing due", ["purge"]),
            ("person export", ["person", "export", author]),
            ("person forget", ["person", "forget", author, "--yes"]),
        ]
        print(f"{args.mentions:,} mentions, keep {args.keep}, person {author!r}")
        for name, argv in steps:
            result = run([sys.executable, "-m", "webcare", *argv, *where])
            if result.code != 0:
                sys.exit(f"{name}: exit {result.code}: {result.stderr.strip()}")
            gone = [line for line in result.stdout.splitlines() if line.startswith("mentions ")]
            print(
                f"{name:<20} {result.wall:6.2f} s wall {result.cpu:6.2f} s CPU "
                f"{result.rss_mb:6.0f} MB  {' '.join(gone[0].split()[1:]) if gone else ''}"
            )


if __name__ == "__main__":
    main()
