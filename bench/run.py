"""All of issue 14's performance figures in one run, each beside its goal.

    BENCH_PYTHON=/tmp/benchvenv/bin/python python bench/run.py [--feeds 1000] [--rows 100000]
        [--store /tmp/webcare-bench-1m.db] [--skip peers,analysis,report,help,import]

- first and second poll of --feeds feeds against newsboat, reader and the download
  floors, in one run of ../shared/bench/run_peers.py (`--peer webcare=…`, through
  bench/webcare_peer.py), with webcare's peak RSS and the mentions it stored;
- analysis, mentions per CPU second on one core (bench/analysis_throughput.py's texts);
- `report --limit 50` and `report --digest` over a 1,000,000-mention store against
  hand-written SQL for the same rows (bench/report_scale.py; the store is made once);
- `webcare --help` against a bare typer app (bench/help_time.py);
- import of a --rows CSV and JSON lines export: rows/s, peak RSS, lost and duplicated
  (bench/import_scale.py).

The peers need ../shared/bench and its peer virtualenv (BENCH_PYTHON; see its README);
without them that part is skipped and says so. Wall times on a shared machine are noisy:
the ratios, measured in the same run, are the figures to compare.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

Row = tuple[str, str, str, str]  # what, measured, goal, verdict


def verdict(ok: bool) -> str:
    return "met" if ok else "MISSED"


def peers(feeds: int, bench_dir: Path) -> list[Row]:
    harness = bench_dir / "run_peers.py"
    if not harness.exists():
        return [("poll vs newsboat/reader", f"skipped: no {harness}", "", "")]
    out = Path(tempfile.mkdtemp(prefix="webcare-peers-"))
    peer = f"webcare={sys.executable} {HERE / 'webcare_peer.py'} --urls {{urls}} --state {{state}}"
    command = [
        sys.executable, str(harness), "--feeds", str(feeds), "--reps", "1",
        "--peers", "newsboat,reader,download-httpx,download-aiohttp", "--parse-floor", "",
        "--out", str(out), "--peer", peer,
    ]  # fmt: skip
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    results = out / "results.json"
    if done.returncode != 0 or not results.exists():
        tail = (done.stderr or done.stdout).strip().splitlines()[-1:] or ["no output"]
        return [("poll vs newsboat/reader", f"failed: {tail[0]}", "", "")]
    runs = json.loads(results.read_text(encoding="utf-8"))["by_n"][str(feeds)]

    def wall(name: str, poll: int) -> float | None:
        found = [r["wall_s"] for r in runs if r["peer"] == name and r.get("poll", 1) == poll]
        return statistics.median(found) if found else None

    def first_run(name: str, poll: int) -> dict[str, object]:
        return next((r for r in runs if r["peer"] == name and r.get("poll", 1) == poll), {})

    ours1, ours2 = wall("webcare", 1), wall("webcare", 2)
    news1, reader1, reader2 = wall("newsboat", 1), wall("reader", 1), wall("reader", 2)
    floor = wall("download-httpx", 1)
    rows: list[Row] = []
    if ours1 and news1 and reader1:
        rows.append((f"first poll, {feeds} feeds", f"{ours1:.1f} s; newsboat {news1:.1f} s, "
                     f"reader {reader1:.1f} s: {ours1 / news1:.2f}x, {ours1 / reader1:.2f}x",
                     "<= 0.5x newsboat, <= 0.25x reader",
                     verdict(ours1 <= 0.5 * news1 and ours1 <= 0.25 * reader1)))  # fmt: skip
    if ours2 and reader2 and floor:
        rows.append(("second poll (all 304)", f"{ours2:.2f} s; reader {reader2:.2f} s, httpx "
                     f"floor {floor:.2f} s: {ours2 / reader2:.2f}x, {ours2 / floor:.2f}x",
                     "<= 0.5x reader, <= 1.5x floor",
                     verdict(ours2 <= 0.5 * reader2 and ours2 <= 1.5 * floor)))  # fmt: skip
    first = first_run("webcare", 1)
    rss = float(str(first.get("maxrss_mb", 0)))
    stored = first.get("stored")
    expected = feeds * 25
    rows.append(("peak RSS, first poll", f"{rss:.0f} MB", "<= 150 MB", verdict(0 < rss <= 150)))
    rows.append(("mentions stored, first poll", f"{stored} of {expected}", "none lost or "
                 "duplicated", verdict(str(stored) == str(expected))))  # fmt: skip
    return rows


def analysis() -> list[Row]:
    from analysis_throughput import make_texts

    from webcare.analysis import analyse
    from webcare.settings import Settings

    settings = Settings()
    texts = make_texts(10_000)
    for text in texts[:50]:
        analyse(text, settings)
    rates = []
    for _ in range(3):
        start = time.process_time()
        for text in texts:
            analyse(text, settings)
        rates.append(len(texts) / (time.process_time() - start))
    rate = statistics.median(rates)
    return [
        ("analysis, one core", f"{rate:,.0f} mentions/CPU s", ">= 10,000", verdict(rate >= 10_000))
    ]


def report(store: Path) -> list[Row]:
    from report_scale import measure

    f = measure(store, 1_000_000, 3)
    return [
        ("report --limit 50, 1M mentions", f"{f['report_s']:.2f} s; SQL {f['report_sql_s']:.2f} s: "
         f"{f['report_ratio']:.1f}x", "<= 0.5 s, <= 2x SQL",
         verdict(f["report_s"] <= 0.5 and f["report_ratio"] <= 2)),
        ("report --digest, 1M mentions", f"{f['digest_s']:.2f} s; SQL {f['digest_sql_s']:.2f} s",
         "<= 2 s", verdict(f["digest_s"] <= 2)),
    ]  # fmt: skip


def help_time() -> list[Row]:
    from help_time import measure

    f = measure(9)
    return [("webcare --help", f"{f['webcare_help_s'] * 1000:.0f} ms; bare typer "
             f"{f['bare_typer_help_s'] * 1000:.0f} ms: {f['help_ratio']:.2f}x (CPU "
             f"{f['webcare_help_cpu_s'] / f['bare_typer_help_cpu_s']:.2f}x)", "<= 1.3x",
             verdict(f["help_ratio"] <= 1.3))]  # fmt: skip


def imports(rows: int) -> list[Row]:
    from import_scale import measure

    f = measure(rows)
    out: list[Row] = []
    for label in ("csv", "jsonl"):
        rate, rss = f[f"import_{label}_rows_per_s"], f[f"import_{label}_rss_mb"]
        lost, dup = f[f"import_{label}_lost"], f[f"import_{label}_duplicated"]
        out.append((f"import {rows:,} {label} rows", f"{rate:,.0f} rows/s, {rss:.0f} MB, lost "
                    f"{lost:.0f}, duplicated {dup:.0f}", ">= 20,000 rows/s, <= 150 MB, 0 lost",
                    verdict(rate >= 20_000 and rss <= 150 and lost == dup == 0)))  # fmt: skip
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--feeds", type=int, default=1000)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument(
        "--store", type=Path, default=Path(tempfile.gettempdir()) / "webcare-bench-1m.db"
    )
    parser.add_argument("--bench-dir", type=Path, default=HERE.parent.parent / "shared" / "bench")
    parser.add_argument("--skip", default="", help="comma list: peers,analysis,report,help,import")
    args = parser.parse_args()
    skip = set(filter(None, args.skip.split(",")))
    parts = {
        "peers": lambda: peers(args.feeds, args.bench_dir),
        "analysis": analysis,
        "report": lambda: report(args.store),
        "help": help_time,
        "import": lambda: imports(args.rows),
    }
    table: list[Row] = []
    for name, part in parts.items():
        if name not in skip:
            print(f"… {name}", file=sys.stderr, flush=True)
            table += part()
    load = os.getloadavg()[0]
    widths = [max(len(row[i]) for row in table) for i in range(4)]
    for row in table:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)))
    print(f"(load average {load:.1f} on {os.cpu_count()} cores at the end)")


if __name__ == "__main__":
    main()
