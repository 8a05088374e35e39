"""Benchmark: webcare on PostgreSQL at team scale.

    python bench/postgres_scale.py [--url postgresql://postgres@/postgres?host=/tmp/pg]
        [--mentions 1000000] [--feeds 1000] [--writers 10] [--parts report,poll,ack]

Three measurements, figures printed as they come:

- report: `webcare report --limit 50` over a store of --mentions mentions (bulk-loaded with
  COPY from analysed texts; 0.5 % still open, spread over two years) against the hand-written
  SQL query for the same rows (the open mentions the report ranks), checked to hold every
  reported id. The report's own time beside the query's is what ranking costs.
- poll: one poll of --feeds feeds from the shared feed server (../shared/bench/feedserver.py,
  skipped when it is missing) into PostgreSQL and into SQLite, then the conditional re-poll.
- ack: --writers processes at once, each acking its own 100 mentions one at a time through
  the Store (as `webcare ack` does), on PostgreSQL and on SQLite; then --writers concurrent
  `webcare ack` commands (interpreter start included).

The server is --url (a user who may CREATE DATABASE), else $WEBCARE_TEST_POSTGRES, else a
throw-away cluster started here when initdb is installed. Every database made is dropped.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests"))
NOW = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)
CONFIG = '[brand]\nname = "Acme"\nkeywords = ["acme"]\nhandles = ["acme_nl"]\ntimezone = "Europe/Amsterdam"\n'
TEXTS = [
    "Acme, mijn pakket {n} is nog steeds niet bezorgd",
    "Acme app crasht bij het afrekenen, al de hele ochtend",
    "Acme rekent ineens bezorgkosten voor order {n}. Belachelijk.",
    "Top service van Acme, bedankt!",
    "@acme_nl waarom is mijn geld voor {n} nog niet terug?",
    "Acme charged me twice for order {n}, fix this",
    "Ik zeg mijn Acme abonnement op, drie weken op rij ontbreken boodschappen",
    "Acme bezorger stond te vroeg voor de deur",
]


def admin_url(given: str | None) -> Iterator[str]:
    url = given or os.environ.get("WEBCARE_TEST_POSTGRES")
    if url:
        yield url
        return
    from pgserver import own_cluster

    with own_cluster() as own:
        if own is None:
            sys.exit("no PostgreSQL: pass --url or install postgresql (initdb)")
        yield own


@contextmanager
def database(admin: str) -> Iterator[str]:
    import psycopg

    name = f"webcare_bench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield urlunsplit(urlsplit(admin)._replace(path=f"/{name}"))
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE "{name}" WITH (FORCE)')


def webcare(*args: object, check: bool = True) -> tuple[float, subprocess.CompletedProcess[str]]:
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "webcare", *map(str, args)],
                          capture_output=True, text=True)  # fmt: skip
    took = time.perf_counter() - start
    if check and done.returncode not in (0, 1):
        sys.exit(f"webcare {args[0]} failed ({done.returncode}): {done.stderr}")
    return took, done


def best(times: list[float]) -> str:
    return f"median {statistics.median(times) * 1000:,.0f} ms (best {min(times) * 1000:,.0f})"


# ---------------------------------------------------------------- report at scale


def load_mentions(url: str, count: int) -> int:
    """COPY `count` analysed mentions into the store; returns how many are open."""
    import psycopg
    from psycopg.types.json import Jsonb

    from webcare.analysis import analyse
    from webcare.config import parse
    from webcare.store import open_store, tables

    open_store(url, create=True).close()
    settings = parse(__import__("tomllib").loads(CONFIG))
    analysed = [(text, analyse(text.format(n=1234), settings)) for text in TEXTS]
    rng = random.Random(7)
    channels = ["social", "review", "email", "web"]
    span = int(timedelta(days=730).total_seconds())
    columns = tables.columns("mentions")
    open_count = 0
    with psycopg.connect(url) as conn, conn.cursor() as cur:
        with cur.copy(f"COPY mentions ({', '.join(columns)}) FROM STDIN") as copy:
            for n in range(count):
                template, a = analysed[n % len(analysed)]
                created = NOW - timedelta(seconds=rng.randrange(span))
                is_open = rng.random() < 0.005
                open_count += is_open
                native = f"post-{n}"
                row = {
                    "id": hashlib.sha256(f"bench/{n}".encode()).hexdigest()[:16],
                    "source": f"source-{n % 40}", "channel": channels[n % 4], "native_id": native,
                    "url": f"https://social.example/{n}", "author": f"klant{n % 50000}",
                    "author_reach": n % 5000, "text": template.format(n=n), "created_at": created,
                    "created_at_estimated": False, "rating": None, "in_reply_to": None,
                    "first_seen_at": created + timedelta(minutes=5), "language": a.language,
                    "sentiment_score": a.sentiment.score, "sentiment_label": a.sentiment.label.value,
                    "sentiment_words": Jsonb(list(a.sentiment.words)),
                    "urgency_level": a.urgency.level.value,
                    "urgency_reasons": Jsonb(list(a.urgency.reasons)),
                    "urgency_categories": Jsonb(list(a.urgency.categories)),
                    "topics": Jsonb(list(a.topics)), "route": a.route.value,
                    "route_reason": a.route_reason,
                    "responded_at": None if is_open else created + timedelta(minutes=40),
                    "responded_by": None if is_open else "anna",
                    "responded_via": None if is_open else "ack", "response_note": None,
                    "needs_reply": a.needs_reply, "needs_reply_reason": a.needs_reply_reason,
                    "thread_id": native, "backfilled": False, "url_key": None, "text_key": None,
                    "reply_decided": False,
                }  # fmt: skip
                # Columns a later migration adds (assignee, ...) start empty, as after it ran.
                copy.write_row([row.get(name) for name in columns])
        cur.execute("ANALYZE mentions")
    return open_count


def bench_report(admin: str, count: int, config: Path) -> None:
    import psycopg

    with database(admin) as url:
        start = time.perf_counter()
        opened = load_mentions(url, count)
        print(
            f"report: loaded {count:,} mentions ({opened:,} open) in {time.perf_counter() - start:.0f} s"
        )
        now = NOW.isoformat()
        cli = []
        for _ in range(3):
            took, done = webcare("report", "--limit", "50", "-f", "jsonl", "--config", config,
                                 "--db", url, "--now", now)  # fmt: skip
            cli.append(took)
        reported = {json.loads(line)["id"] for line in done.stdout.splitlines()}
        inproc = []
        from webcare.config import load_file
        from webcare.store import open_store
        from webcare.usecases.report import floor

        settings = load_file(config)
        for _ in range(3):
            start = time.perf_counter()
            with open_store(url, read_only=True) as store:
                listing = floor(settings, store, NOW, generated_at=NOW, limit=50)
            inproc.append(time.perf_counter() - start)
        from webcare.usecases.report import floor_query

        fetched = []
        for _ in range(3):
            start = time.perf_counter()
            with open_store(url, read_only=True) as store:
                rows_of_floor = store.query(floor_query(settings, NOW))
            fetched.append(time.perf_counter() - start)
        hand = []
        query = """SELECT * FROM mentions WHERE NOT backfilled
                   AND (responded_at IS NULL OR responded_at > %s)
                   AND (needs_reply OR created_at >= %s)"""
        for _ in range(5):
            start = time.perf_counter()
            with psycopg.connect(url) as conn:
                rows = conn.execute(query, (NOW, NOW - timedelta(days=3))).fetchall()
            hand.append(time.perf_counter() - start)
        ids = {row[0] for row in rows}
        assert reported <= ids, "the report showed a mention the SQL query does not select"
        assert {item.mention.id for item in rows_of_floor} == ids, "not the same rows"
        print(f"report --limit 50 ({len(reported)} shown of {len(listing.rows)} on the floor):")
        print(f"  webcare report, the command:        {best(cli)}")
        print(f"  the same, in process (no start-up):   {best(inproc)}")
        print(
            f"  of which the store's query ({len(rows_of_floor):,} rows as objects): {best(fetched)}"
        )
        print(f"  hand-written SQL for the same {len(ids):,} rows:  {best(hand)}")


# ---------------------------------------------------------------- poll of many feeds


def bench_poll(admin: str, feeds: int, bench_dir: Path) -> None:
    server_script = bench_dir / "feedserver.py"
    if not server_script.is_file():
        print(f"poll: skipped, needs the shared feed server at {server_script}")
        return
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        port_file = work / "port"
        server = subprocess.Popen(
            [sys.executable, str(server_script), "-n", str(feeds), "-m", "25", "--latency", "0.05",
             "--gzip", "--port", "0", "--port-file", str(port_file)],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        try:
            for _ in range(600):
                if port_file.is_file() and port_file.read_text().strip():
                    break
                time.sleep(0.05)
            base = f"http://127.0.0.1:{port_file.read_text().strip()}"
            config = work / "webcare.toml"
            lines = ['[brand]\nname = "Bench"\nkeywords = []\n', '[poll]\ntimeout = "60s"\n']
            lines += [f'[[sources]]\nname = "feed-{i}"\nkind = "rss"\nurl = "{base}/feed/{i}.xml"\n'
                      'channel = "web"\n' for i in range(feeds)]  # fmt: skip
            config.write_text("\n".join(lines), encoding="utf-8")
            with database(admin) as url:
                for name, store in (("SQLite", work / "webcare.db"), ("PostgreSQL", url)):
                    for poll in (1, 2):
                        urllib.request.urlopen(f"{base}/_control/reset", timeout=10).read()
                        took, _ = webcare("poll", "--quiet", "--config", config, "--db", store)
                        _, info = webcare("db", "info", "--json", "--db", store)
                        stored = json.loads(info.stdout)["counts"]["mentions"]
                        print(
                            f"poll {poll} of {feeds} feeds into {name}: {took:.1f} s, {stored:,} mentions stored"
                        )
        finally:
            server.terminate()
            server.wait(timeout=10)


# ---------------------------------------------------------------- concurrent acks


WRITER = """
import sys, time, json
from datetime import datetime, UTC
from webcare.store import open_store
url, who, ids = sys.argv[1], sys.argv[2], sys.argv[3].split(",")
took = []
with open_store(url) as store:
    for mention in ids:
        start = time.perf_counter()
        store.ack([mention], by=who, at=datetime(2026, 11, 23, 9, tzinfo=UTC), note="bench")
        took.append(time.perf_counter() - start)
print(json.dumps(took))
"""


def bench_ack(admin: str, writers: int, config: Path) -> None:
    per_writer = 100
    rows = [{"id": str(n), "author": f"klant{n}", "created_at": "2026-11-23T06:00:00Z",
             "text": f"Acme, waar blijft bestelling {n}?"} for n in range(writers * per_writer + writers)]  # fmt: skip
    with tempfile.TemporaryDirectory() as tmp, database(admin) as url:
        export = Path(tmp) / "export.jsonl"
        export.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
        for name, store in (("SQLite", str(Path(tmp) / "webcare.db")), ("PostgreSQL", url)):
            webcare("import", export, "--kind", "jsonl", "--config", config, "--db", store,
                    "--now", "2026-11-23T08:00:00Z")  # fmt: skip
            _, listed = webcare("mentions", "-f", "jsonl", "--config", config, "--db", store,
                                "--now", "2026-11-23T08:00:00Z", "--since", "all")  # fmt: skip
            ids = sorted(json.loads(line)["id"] for line in listed.stdout.splitlines())
            start = time.perf_counter()
            procs = [
                subprocess.Popen([sys.executable, "-c", WRITER, store, f"w{k}",
                                  ",".join(ids[k * per_writer:(k + 1) * per_writer])],
                                 stdout=subprocess.PIPE, text=True)
                for k in range(writers)
            ]  # fmt: skip
            latencies = [t for proc in procs for t in json.loads(proc.communicate()[0])]
            wall = time.perf_counter() - start
            quantiles = statistics.quantiles(latencies, n=20)
            print(
                f"ack, {writers} writers x {per_writer} acks on {name}: {len(latencies)} in "
                f"{wall:.1f} s (processes started included), per ack p50 "
                f"{statistics.median(latencies) * 1000:.1f} ms, p95 {quantiles[18] * 1000:.1f} ms"
            )
            rest = ids[writers * per_writer :]
            start = time.perf_counter()
            procs = [subprocess.Popen([sys.executable, "-m", "webcare", "ack", mention, "--by", "cli",
                                       "--config", str(config), "--db", store],
                                      stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                     for mention in rest]  # fmt: skip
            codes = [proc.wait() for proc in procs]
            print(
                f"  {writers} `webcare ack` commands at once on {name}: {time.perf_counter() - start:.1f} s, exit codes {sorted(set(codes))}"
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", help="PostgreSQL URL of a user who may CREATE DATABASE")
    parser.add_argument("--mentions", type=int, default=1_000_000)
    parser.add_argument("--feeds", type=int, default=1000)
    parser.add_argument("--writers", type=int, default=10)
    parser.add_argument("--parts", default="report,poll,ack")
    parser.add_argument("--bench-dir", type=Path, default=HERE.parent.parent / "shared" / "bench")
    args = parser.parse_args()
    parts = set(args.parts.split(","))
    with tempfile.TemporaryDirectory() as tmp:
        config = Path(tmp) / "webcare.toml"
        config.write_text(CONFIG, encoding="utf-8")
        for admin in admin_url(args.url):
            if "report" in parts:
                bench_report(admin, args.mentions, config)
            if "poll" in parts:
                bench_poll(admin, args.feeds, args.bench_dir)
            if "ack" in parts:
                bench_ack(admin, args.writers, config)


if __name__ == "__main__":
    main()
