"""Group `kill`: `kill -9` at seeded random moments of a poll (of a new store, and of a
store that already holds half of what the feeds now serve) and of an import, then
`PRAGMA integrity_check`, a poll or import run to its end, and every item counted.

Counted: a store that fails its integrity check (corrupted), an item the completed run
did not store (lost, e.g. a feed marked as seen whose mentions never were written) or
stored twice (duplicated), and a crash or an exit other than 0 of the run after the kill.
`faults injected` counts the kills that landed (the run was still going).
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import threading
from pathlib import Path

from faultsuite import feeds
from faultsuite.harness import NOW, Context, Tally, integrity, parallel, rows, webcare, write_config
from faultsuite.payloads import GOOD
from faultsuite.server import FaultServer, Running, ok, slow_answer

SIZES = {False: (12, 40, 1500), True: (6, 20, 400)}
"""Feeds, items per feed and rows of the import: the full run's, the quick sample's."""
MODES = ("first poll", "later poll", "import")


def run(ctx: Context, tally: Tally) -> None:
    count = ctx.kills if ctx.kills is not None else (2 if ctx.quick else 24)
    rng = ctx.rng("kill")
    env = ctx.env()
    with Running() as server:
        # How long the runs take unkilled: kill moments are drawn from 0 to that.
        order = ("first poll", "import", "later poll")
        modes = [order[n % len(order)] for n in range(count)]
        if ctx.quick:  # no timing runs: moments up to 2 s (the quick sample's runs are short)
            lengths = dict.fromkeys(modes, 2.0)
        else:
            lengths = {mode: _length(ctx, server, env, mode, tally) for mode in sorted(set(modes))}
        trials = [(n, mode, rng.uniform(0.05, lengths[mode])) for n, mode in enumerate(modes)]
        tally.cases = len(trials)
        parallel(lambda t: _trial(ctx, server, env, tally, *t), trials, ctx.jobs)


def _setup(ctx: Context, server: FaultServer, name: str, mode: str) -> tuple[list[str], Path, set[str]]:
    """A store, its config and the argv that fills it; the ids of every item it must end with."""
    where = ctx.dir("kill", name)
    db = where / "webcare.db"
    FEEDS, ITEMS, ROWS = SIZES[ctx.quick]
    expected: set[str] = set()
    if mode == "import":
        export = where / "export.jsonl"
        lines = []
        for n in range(ROWS):
            key = feeds.guid(name, n)
            expected.add(key)
            lines.append(json.dumps({"id": key, "text": f"Acme {key} {GOOD}", "author": f"klant{n % 97}",
                                     "created_at": "2026-11-23T06:00:00Z"}))  # fmt: skip
        export.write_text("\n".join(lines) + "\n", encoding="utf-8")
        config = write_config(where / "webcare.toml")
        argv = ["import", str(export), "--kind", "jsonl", "--source", name, "--no-filter"]
        return [*argv, "--config", str(config), "--db", str(db), "--now", NOW], db, expected
    sources = []
    for f in range(FEEDS):
        source = f"{name}f{f}"
        path = f"/kill/{name}/{f}"
        full = ok(feeds.rss(source, ITEMS))
        if mode == "later poll":  # the first (unkilled) poll sees half, the killed one all
            server.route(path, ok(feeds.rss(source, ITEMS // 2)), slow_answer(0.05 * f, full))
        else:
            server.route(path, slow_answer(0.05 * f, full))
        expected |= {feeds.guid(source, n) for n in range(ITEMS)}
        sources.append({"name": source, "kind": "rss", "url": server.url(path), "channel": "news",
                        "filter": False})  # fmt: skip
    config = write_config(where / "webcare.toml", sources)
    return ["poll", "--config", str(config), "--db", str(db), "--now", NOW], db, expected


def _length(ctx: Context, server: FaultServer, env: dict[str, str], mode: str, tally: Tally) -> float:
    argv, db, _ = _setup(ctx, server, f"timing-{mode.replace(' ', '-')}", mode)
    if mode == "later poll":
        tally.saw(webcare(argv, env=env), (0,), f"kill, timing {mode}, first: ")
    result = webcare(argv, env=env)
    tally.saw(result, (0,), f"kill, timing {mode}: ")
    return max(0.5, result.wall)


def _trial(ctx: Context, server: FaultServer, env: dict[str, str], tally: Tally,
           n: int, mode: str, moment: float) -> None:  # fmt: skip
    name = f"k{n:02d}"
    what = f"kill {n} ({mode}, at {moment:.2f} s): "
    argv, db, expected = _setup(ctx, server, name, mode)
    if mode == "later poll":
        tally.saw(webcare(argv, env=env), (0,), what + "the poll before: ")
    timers: list[threading.Timer] = []

    def arm(process: subprocess.Popen[bytes]) -> None:
        timer = threading.Timer(moment, lambda: _kill(process.pid))
        timers.append(timer)
        timer.start()

    killed = webcare(argv, env=env, started=arm)
    for timer in timers:
        timer.cancel()
    if killed.code == -signal.SIGKILL:
        tally.faults += 1
    else:
        tally.saw(killed, (0,), what + "finished before the kill: ")
    if db.exists():
        check = integrity(db)
        if check != "ok":
            tally.find("corrupted", f"{what}integrity check after the kill: {check}")
            return
    after = webcare(argv, env=env)
    if not tally.saw(after, (0,), what + "the run after the kill: "):
        return
    check = integrity(db)
    if check != "ok":
        tally.find("corrupted", f"{what}integrity check after the run that followed: {check}")
    stored: dict[str, int] = {}
    for (text,) in rows(db, "SELECT text FROM mentions"):
        key = str(text).split()[1] if len(str(text).split()) > 1 else ""
        stored[key] = stored.get(key, 0) + 1
    lost = expected - set(stored)
    tally.find("lost", f"{what}{len(lost)} items never stored, e.g. {sorted(lost)[:3]}", len(lost))
    twice = sum(c - 1 for k, c in stored.items() if k in expected and c > 1)
    tally.find("duplicated", f"{what}{twice} items stored twice", twice)
    stray = [k for k in stored if k not in expected]
    tally.find("corrupted", f"{what}{len(stray)} mentions that no feed served: {stray[:3]}", len(stray))


def _kill(pid: int) -> None:
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
