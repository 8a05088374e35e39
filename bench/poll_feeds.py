"""Benchmark: `webcare poll` against a local synthetic feed server, twice.

    python bench/poll_feeds.py [--feeds 200] [--items 25] [--latency 0.05] [--per-host N] [--bench-dir ../shared/bench]

Starts ../shared/bench/feedserver.py on 127.0.0.1 (the harness shared with the peer
comparison in ../shared/bench/README.md; this script needs it and says so when it is
missing), writes a config with one `rss` source per feed, and runs `webcare poll` as a
subprocess twice into a fresh store: poll 1 finds everything new, poll 2 should be all
304s. Prints wall time, CPU time (user+sys of the poll process and its workers), peak RSS
(the largest process, and the whole process tree: see measure.py), mentions stored and
the server's status counts per poll. For the side-by-side comparison with newsboat and
reader, add `bench/webcare_peer.py` to the shared harness as shown in the README.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from measure import Run, run  # noqa: E402


def write_config(
    path: Path,
    urls: list[str],
    concurrency: int | None,
    workers: str = '"auto"',
    per_host: int | None = None,
) -> None:
    """A config with one `rss` source per URL; `[poll]` at webcare's defaults unless
    `concurrency` or `per_host` is given."""
    pinned = "" if concurrency is None else f"concurrency = {concurrency}\n"
    pinned += "" if per_host is None else f"per_host = {per_host}\n"
    lines = [
        '[brand]\nname = "Bench"\nkeywords = []\n',
        f'[poll]\n{pinned}timeout = "30s"\nworkers = {workers}\n',
    ]
    for i, url in enumerate(urls):
        lines.append(
            f'[[sources]]\nname = "feed-{i}"\nkind = "rss"\nurl = "{url}"\nchannel = "web"\n'
        )
    path.write_text("\n".join(lines), encoding="utf-8")


def run_poll(config: Path, db: Path) -> Run:
    result = run(
        [
            sys.executable,
            "-m",
            "webcare",
            "poll",
            "--quiet",
            "--config",
            str(config),
            "--db",
            str(db),
        ]
    )
    if result.code not in (0, 3):
        sys.exit(f"webcare poll failed ({result.code}):\n{result.stderr}")
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--feeds", type=int, default=200)
    parser.add_argument("--items", type=int, default=25)
    parser.add_argument("--latency", type=float, default=0.05)
    parser.add_argument("--concurrency", type=int, default=None)
    parser.add_argument("--per-host", type=int, default=None, help="[poll] per_host")
    parser.add_argument(
        "--workers", default='"auto"', help="[poll] workers, as TOML: 1, 2, '\"auto\"'"
    )
    parser.add_argument("--bench-dir", type=Path, default=HERE.parent.parent / "shared" / "bench")
    args = parser.parse_args()
    server_script = args.bench_dir / "feedserver.py"
    if not server_script.is_file():
        sys.exit(f"needs the shared feed server at {server_script} (pass --bench-dir)")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        port_file = work / "port"
        server = subprocess.Popen(
            [sys.executable, str(server_script), "-n", str(args.feeds), "-m", str(args.items),
             "--latency", str(args.latency), "--gzip", "--port", "0", "--port-file", str(port_file)],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        try:
            for _ in range(600):
                if port_file.is_file() and port_file.read_text().strip():
                    break
                time.sleep(0.05)
            base = f"http://127.0.0.1:{port_file.read_text().strip()}"
            urls = [f"{base}/feed/{i}.xml" for i in range(args.feeds)]
            config, db = work / "webcare.toml", work / "webcare.db"
            write_config(config, urls, args.concurrency, args.workers, args.per_host)
            print(
                f"{args.feeds} feeds x {args.items} items, latency {args.latency}s,"
                f" concurrency {args.concurrency}, per_host {args.per_host}, workers {args.workers}"
            )
            for poll in (1, 2):
                urllib.request.urlopen(f"{base}/_control/reset", timeout=10).read()
                result = run_poll(config, db)
                stats = json.loads(
                    urllib.request.urlopen(f"{base}/_control/stats", timeout=10).read()
                )
                stored = sqlite3.connect(db).execute("SELECT count(*) FROM mentions").fetchone()[0]
                print(
                    f"poll {poll}: wall {result.wall:.2f} s, cpu {result.cpu:.2f} s, "
                    f"peak RSS {result.rss_mb:.0f} MB (process tree: PSS {result.tree_pss_mb:.0f} MB, "
                    f"RSS {result.tree_rss_mb:.0f} MB, {result.processes} processes), "
                    f"exit {result.code}, stored {stored}, server statuses {stats.get('status')}"
                )
        finally:
            server.terminate()
            server.wait(timeout=10)


if __name__ == "__main__":
    os.environ.setdefault("PYTHONDONTWRITEBYTECODE", "1")
    main()
