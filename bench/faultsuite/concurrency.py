"""Group `concurrency`: polls, reads and acks at once on one store, and first polls at
once on a store that does not exist yet.

Each round starts several polls (of feeds that grow between requests), reads (report,
mentions, stats, show, all as JSON) and acks of distinct stored mentions together, then
runs one poll to its end. Counted: a crash or an exit other than 0; output of a read that
is not JSON; an item never stored (lost) or stored twice; an ack that did not stick
(lost); a store that fails its integrity check (corrupted).
"""

from __future__ import annotations

import json
from pathlib import Path

from faultsuite import feeds
from faultsuite.harness import (
    NOW,
    Context,
    Run,
    Tally,
    integrity,
    parallel,
    rows,
    webcare,
    write_config,
)
from faultsuite.server import FaultServer, Running, ok, slow_answer

FEEDS, ITEMS = 6, 20


def run(ctx: Context, tally: Tally) -> None:
    env = ctx.env({"WEBCARE_USER": "suite"})
    rounds = 1 if ctx.quick else 5
    with Running() as server:
        for n in range(rounds):
            _round(ctx, server, env, tally, n, polls=2 if ctx.quick else 3, acks=1 if ctx.quick else 4)
        _first_polls(ctx, server, env, tally, 2 if ctx.quick else 6)


def _feeds(server: FaultServer, tag: str) -> tuple[list[dict[str, object]], set[str]]:
    sources, expected = [], set()
    for f in range(FEEDS):
        name = f"{tag}f{f}"
        path = f"/conc/{tag}/{f}"
        # Half the items first, then all of them (a little later): polls at once race to store them.
        server.route(path, ok(feeds.rss(name, ITEMS // 2)), slow_answer(0.02 * f, ok(feeds.rss(name, ITEMS))))
        sources.append({"name": name, "kind": "rss", "url": server.url(path), "channel": "news", "filter": False})
        expected |= {feeds.guid(name, i) for i in range(ITEMS)}
    return sources, expected


def _round(ctx: Context, server: FaultServer, env: dict[str, str], tally: Tally, n: int,
           polls: int, acks: int) -> None:  # fmt: skip
    what = f"round {n}: "
    where = ctx.dir("concurrency", f"round{n}")
    sources, expected = _feeds(server, f"c{n}")
    config = write_config(where / "webcare.toml", sources)
    db = where / "webcare.db"
    common = ["--config", str(config), "--db", str(db), "--now", NOW]
    if not tally.saw(webcare(["poll", *common], env=env), (0,), what + "first poll: "):
        return
    ids = [str(r[0]) for r in rows(db, "SELECT id FROM mentions ORDER BY id")]
    acked = ctx.rng(f"acks{n}").sample(ids, min(acks, len(ids)))
    jobs: list[tuple[str, list[str]]] = [("poll", ["poll", *common]) for _ in range(polls)]
    jobs += [("ack", ["ack", mention, "--by", "suite", *common]) for mention in acked]
    reads = [("read", ["report", "--format", "json", *common]),
             ("read", ["mentions", "--format", "jsonl", "--limit", "1000", *common]),
             ("read", ["stats", "--since", "7d", "--format", "json", *common]),
             ("read", ["show", ids[0], "--format", "json", *common])]  # fmt: skip
    jobs += reads[:2] if ctx.quick else reads
    tally.cases += 1
    tally.faults += len(jobs)
    results: list[tuple[str, Run]] = parallel(lambda job: (job[0], webcare(job[1], env=env)), jobs, len(jobs))
    for kind, result in results:
        if not tally.saw(result, (0,), f"{what}{kind} at once: "):
            continue
        if kind == "read":
            try:
                text = result.out.decode("utf-8")
                if result.argv[0] == "mentions":
                    [json.loads(line) for line in text.splitlines() if line.strip()]
                else:
                    json.loads(text)
            except ValueError as exc:
                tally.find("corrupted", f"{what}`{result.argv[0]}` at once gave no JSON: {exc}")
    tally.saw(webcare(["poll", *common], env=env), (0,), what + "the poll after: ")
    _count(db, expected, tally, what)
    for mention in acked:
        state = rows(db, "SELECT responded_via FROM mentions WHERE id = ?", mention)
        if not state or state[0][0] != "ack":
            tally.find("lost", f"{what}the ack of {mention[:8]} did not stick: {state}")


def _first_polls(ctx: Context, server: FaultServer, env: dict[str, str], tally: Tally, count: int) -> None:
    what = "first polls at once on a new store: "
    where = ctx.dir("concurrency", "first")
    sources, expected = _feeds(server, "first")
    config = write_config(where / "webcare.toml", sources)
    db = where / "webcare.db"
    argv = ["poll", "--config", str(config), "--db", str(db), "--now", NOW]
    tally.cases += 1
    tally.faults += count
    for result in parallel(lambda _: webcare(argv, env=env), range(count), count):
        tally.saw(result, (0,), what)
    tally.saw(webcare(argv, env=env), (0,), what + "the poll after: ")
    _count(db, expected, tally, what)


def _count(db: Path, expected: set[str], tally: Tally, what: str) -> None:
    check = integrity(db)
    if check != "ok":
        tally.find("corrupted", f"{what}integrity check: {check}")
    stored: dict[str, int] = {}
    for (text,) in rows(db, "SELECT text FROM mentions"):
        words = str(text).split()
        key = words[1] if len(words) > 1 else ""
        stored[key] = stored.get(key, 0) + 1
    lost = expected - set(stored)
    tally.find("lost", f"{what}{len(lost)} items never stored, e.g. {sorted(lost)[:3]}", len(lost))
    twice = sum(c - 1 for c in stored.values() if c > 1)
    tally.find("duplicated", f"{what}{twice} items stored twice", twice)
