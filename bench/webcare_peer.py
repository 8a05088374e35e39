"""`webcare poll` as a peer in the shared poller harness (../shared/bench/run_peers.py).

    BENCH_PYTHON=/tmp/benchvenv/bin/python python3 ../shared/bench/run_peers.py --feeds 200,1000 --reps 3 \
      --peer "webcare=$(command -v python) $PWD/bench/webcare_peer.py --urls {urls} --state {state}"

Writes {state}/webcare.toml with one `rss` source per URL (first call only), runs
`webcare poll` in this process against {state}/webcare.db, and prints the harness's JSON
line: mentions stored, new in this poll, sources not modified and failed.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from poll_feeds import write_config  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--urls", type=Path, required=True)
    parser.add_argument("--state", type=Path, required=True)
    parser.add_argument("--concurrency", type=int, default=None, help="default: webcare's")
    args = parser.parse_args()
    config, db = args.state / "webcare.toml", args.state / "webcare.db"
    if not config.is_file():
        urls = [line.strip() for line in args.urls.read_text().splitlines() if line.strip()]
        write_config(config, urls, args.concurrency)
    from datetime import UTC, datetime

    from webcare import config as config_module
    from webcare import pipeline
    from webcare.store import open_store

    settings = config_module.load_file(config)
    with open_store(db, create=True) as store:
        results = pipeline.poll(settings, store, now=datetime.now(UTC))
    stored = sqlite3.connect(db).execute("SELECT count(*) FROM mentions").fetchone()[0]
    print(json.dumps({
        "stored": stored,
        "new": sum(r.new for r in results),
        "not_modified": sum(r.not_modified for r in results),
        "failed": sum(1 for r in results if r.error),
    }))  # fmt: skip


if __name__ == "__main__":
    main()
