"""Benchmark: the morning report and the weekly digest over a year of history.

    python bench/report_scale.py [--store PATH] [--mentions 1000000] [--reps 5]

Makes (once; kept at --store for the next run, migrated and settled as a poll would
leave it when kept from an older webcare) a realistic store of N mentions with
bench/make_store.py, then times as whole processes, median of --reps after a warm-up:

- `webcare report --limit 50` against a hand-written SQL query for the same rows (what
  can be on the floor: live, unanswered at now or answered after it, owed a reply or
  recent), run as a process in the same Python;
- `webcare report --digest` (the last 7 days against the 7 before) against a
  hand-written query reading those two weeks' rows.

The hand-written side only fetches rows; webcare also evaluates, ranks, groups
incidents and renders. The ratio says what all that costs over the bare read. Each
figure is given as wall time and as the process's CPU time (user + system): on a
shared machine the CPU time is the steadier of the two. A command that fails (a store
that needs `webcare db upgrade`, say) stops the benchmark instead of timing its error.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from make_store import NOW, maintain, make  # noqa: E402
from measure import Run, repeat  # noqa: E402

NOW_TEXT = NOW.isoformat()

FLOOR_SQL = """
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
# Unanswered, and answered after now, each part on the index of responded_at (the `id IN`
# keeps SQLite from walking the created_at index for the ORDER BY instead).
rows = db.execute(
    '''SELECT * FROM (
         SELECT * FROM mentions WHERE responded_at IS NULL AND backfilled = 0
           AND (needs_reply = 1 OR created_at >= ?2)
         UNION ALL
         SELECT * FROM mentions WHERE backfilled = 0 AND (needs_reply = 1 OR created_at >= ?2)
           AND id IN (SELECT id FROM mentions WHERE responded_at > ?1))
       ORDER BY created_at DESC, id''',
    (sys.argv[2], sys.argv[3]),
).fetchall()
print(len(rows))
"""

WEEKS_SQL = """
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
rows = db.execute(
    "SELECT * FROM mentions WHERE created_at >= ? AND created_at <= ?", (sys.argv[2], sys.argv[3])
).fetchall()
print(len(rows))
"""


def _iso(moment: object) -> str:
    return str(moment).replace(" ", "T").replace("+00:00", "Z")


def measure(store: Path, mentions: int, reps: int) -> dict[str, float]:
    from datetime import timedelta

    if not store.exists():
        make(store, mentions, 0.003, 5)
    else:
        maintain(store)  # a store kept from before a migration: as a poll would leave it
    webcare = str(Path(sys.executable).with_name("webcare"))
    base = [webcare, "report", "--db", str(store), "--now", NOW_TEXT]
    thank_since = _iso(NOW - timedelta(days=3))
    two_weeks = _iso(NOW - timedelta(days=14))
    with tempfile.TemporaryDirectory() as tmp:
        floor_py = Path(tmp) / "floor.py"
        floor_py.write_text(FLOOR_SQL, encoding="utf-8")
        weeks_py = Path(tmp) / "weeks.py"
        weeks_py.write_text(WEEKS_SQL, encoding="utf-8")
        floor_sql = [sys.executable, str(floor_py), str(store), _iso(NOW), thank_since]
        weeks_sql = [sys.executable, str(weeks_py), str(store), two_weeks, _iso(NOW)]
        for argv in (base + ["--limit", "50"], floor_sql):
            _ok(argv, repeat(argv, 1))  # warm the page cache
        report = _ok(base, repeat(base + ["--limit", "50", "--format", "jsonl"], reps))
        floor = _ok(floor_sql, repeat(floor_sql, reps))
        digest = _ok(base, repeat(base + ["--digest", "--since", "7d", "--format", "json"], reps))
        weeks = _ok(weeks_sql, repeat(weeks_sql, reps))
    return {
        "report_s": report.wall,
        "report_cpu_s": report.cpu,
        "report_sql_cpu_s": floor.cpu,
        "digest_cpu_s": digest.cpu,
        "report_sql_s": floor.wall,
        "report_ratio": report.wall / floor.wall,
        "report_rss_mb": report.rss_mb,
        "floor_rows": float(floor.stdout.strip() or 0),
        "digest_s": digest.wall,
        "digest_sql_s": weeks.wall,
        "digest_ratio": digest.wall / weeks.wall,
        "digest_rss_mb": digest.rss_mb,
        "weeks_rows": float(weeks.stdout.strip() or 0),
    }


def _ok(argv: list[str], run: Run) -> Run:
    if run.code != 0:
        raise SystemExit(f"{' '.join(argv[:2])} ... exited {run.code}: {run.stderr.strip()}")
    return run


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--store", type=Path, default=Path(tempfile.gettempdir()) / "webcare-bench-1m.db"
    )
    parser.add_argument("--mentions", type=int, default=1_000_000)
    parser.add_argument("--reps", type=int, default=5)
    args = parser.parse_args()
    f = measure(args.store, args.mentions, args.reps)
    print(
        f"report --limit 50: {f['report_s']:.2f} s, hand-written query for the same "
        f"{f['floor_rows']:,.0f} rows {f['report_sql_s']:.2f} s: {f['report_ratio']:.1f}x "
        f"({f['report_rss_mb']:.0f} MB); CPU {f['report_cpu_s']:.2f} s against "
        f"{f['report_sql_cpu_s']:.2f} s"
    )
    print(
        f"report --digest (7d): {f['digest_s']:.2f} s, hand-written query for the two weeks' "
        f"{f['weeks_rows']:,.0f} rows {f['digest_sql_s']:.2f} s: {f['digest_ratio']:.1f}x "
        f"({f['digest_rss_mb']:.0f} MB); CPU {f['digest_cpu_s']:.2f} s"
    )


if __name__ == "__main__":
    main()
