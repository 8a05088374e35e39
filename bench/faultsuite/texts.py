"""Group `texts`: every hostile payload, in every field a way in has, through every way
in (an import of each file format, a poll of each feed and API kind over HTTP) and out
(every format of report, mentions, the digest and stats; show; explain; notify to a
webhook on 127.0.0.1).

Counted per item: lost (not stored), duplicated (stored twice, or again by a second
import or poll of the same data), corrupted (the marker's clean text changed, a stored
field still hostile, an output that is not inert or whose JSON does not give back the
stored text). A run that crashes or exits other than expected is counted as such.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from faultsuite import inert
from faultsuite.harness import NOW, Context, Run, Tally, parallel, rows, webcare, write_config
from faultsuite.payloads import (
    CANARY_ENV,
    CANARY_VALUE,
    DATE,
    GOOD,
    ID,
    TEXT,
    URL,
    WAYS,
    Case,
    Item,
    Way,
    all_cases,
    item_for,
)
from faultsuite.server import FaultServer, Running, ok

FORMATS = ["table", "plain", "json", "jsonl", "csv", "tsv", "markdown", "html"]
X_TOKEN = "x-token-not-a-secret-here"


@dataclass
class Store:
    """One way in's store, and what went into it."""

    way: Way
    items: list[Item]
    dir: Path
    db: Path
    config: Path
    hook: str
    mentions: dict[str, dict[str, Any]] = field(default_factory=dict)
    """Stored mentions by id (text, author, url)."""


def run(ctx: Context, tally: Tally) -> None:
    cases = all_cases()
    ways = WAYS
    if ctx.quick:
        rng = ctx.rng("texts")
        cases = sorted(rng.sample(cases, 24), key=lambda c: c.number)
        cases += [c for c in all_cases() if c.payload.heavy and c not in cases][:1]
        ways = [w for w in WAYS if w.code in "ah"]
    tally.cases = len(cases)
    env = ctx.env({CANARY_ENV: CANARY_VALUE, "WEBCARE_SUITE_X_TOKEN": X_TOKEN})
    with Running() as server:
        stores = [_prepare(ctx, server, way, cases) for way in ways]
        tally.faults = sum(len(s.items) for s in stores)
        parallel(lambda s: _fill(s, env, tally), stores, ctx.jobs)
        tasks = [task for s in stores for task in _outputs(ctx, s, first=s is stores[0])]
        parallel(lambda t: _check_output(t, env, server, tally), tasks, ctx.jobs)


def _prepare(ctx: Context, server: FaultServer, way: Way, cases: list[Case]) -> Store:
    items = [
        item_for(case, way.code)
        for case in cases
        if case.field in way.fields and (way.heavy or not case.payload.heavy)
    ]
    where = ctx.dir("texts", way.code)
    hook_path = f"/hook/{way.code}"
    server.route(hook_path, ok(b"{}", "application/json"))
    hook = f"json://127.0.0.1:{server.port}{hook_path}"
    sources = []
    if way.over_http:
        url = server.route(f"/texts/{way.code}", ok(way.write(items), way.ctype))
        sources.append({"name": f"way-{way.code}", "kind": way.kind, "url": url,
                        "channel": "social", "filter": False, **way.options})  # fmt: skip
    else:
        (where / f"export{way.suffix}").write_bytes(way.write(items))
    config = write_config(where / "webcare.toml", sources,
                          notify={"urls": [hook], "max_items": 100})  # fmt: skip
    return Store(way, items, where, where / "webcare.db", config, hook)


def _fill(store: Store, env: dict[str, str], tally: Tally) -> None:
    """Import or poll the items twice; the second time must store nothing new."""
    common: list[str | Path] = ["--config", store.config, "--db", store.db, "--now", NOW, "--verbose"]
    if store.way.over_http:
        argv = ["poll", *common]
    else:
        export = store.dir / f"export{store.way.suffix}"
        argv = ["import", export, "--kind", store.way.kind, "--source", f"way-{store.way.code}",
                "--channel", "social", "--no-filter", *common]  # fmt: skip
    what = f"{store.way.name}: "
    first = webcare(argv, env=env)
    tally.saw(first, (0, 3), what)
    _check_stderr(first, tally, what)
    if not store.db.exists():
        tally.find("lost", f"{what}nothing stored: {first.describe()}", len(store.items))
        return
    before = _count_by_key(store)
    second = webcare(argv, env=env)
    tally.saw(second, (0, 3), what + "again: ")
    after = _count_by_key(store)
    grew = sum(max(0, after[k] - before[k]) for k in after)
    tally.find("duplicated", f"{what}the same data a second time stored {grew} more", grew)
    _check_store(store, tally, after)


def _count_by_key(store: Store) -> Counter[str]:
    texts = [str(r[0]) for r in rows(store.db, "SELECT text FROM mentions")]
    counts: Counter[str] = Counter()
    keys = {item.key for item in store.items}
    for text in texts:
        for word in _keys_in(text):
            if word in keys:
                counts[word] += 1
    return counts


def _keys_in(text: str) -> set[str]:
    import re

    return set(re.findall(r"q[a-z]\d{3}", text))


def _check_stderr(run: Run, tally: Tally, what: str) -> None:
    _, problems = inert.text_problems(run.err)
    if problems:
        tally.find("corrupted", f"{what}stderr of `{run.argv[0]}`: {'; '.join(problems)}")
    if CANARY_VALUE.encode() in run.out + run.err:
        tally.find("corrupted", f"{what}`{run.argv[0]}` expanded ${{{CANARY_ENV}}} from a text")


def _check_store(store: Store, tally: Tally, counts: Counter[str]) -> None:
    what = f"{store.way.name}: "
    found = rows(store.db, "SELECT id, text, author, url, native_id FROM mentions")
    by_key: dict[str, list[tuple[object, ...]]] = {}
    for row in found:
        store.mentions[str(row[0])] = {"text": row[1], "author": row[2], "url": row[3]}
        for key in _keys_in(str(row[1])):
            by_key.setdefault(key, []).append(row)
    for item in store.items:
        n = counts[item.key]
        allowed = {0, 1} if item.case.field == DATE else {1}
        if n not in allowed:
            column = "lost" if n < min(allowed) else "duplicated"
            tally.find(column, f"{what}{item.case.name} ({item.key}): stored {n} times")
        for _, text, author, url, native in by_key.get(item.key, [])[:1]:
            _check_stored(item, str(text), author, url, native, tally, what)
    for row in found:
        if CANARY_VALUE in " ".join(str(v) for v in row):
            tally.find("corrupted", f"{what}a text's ${{{CANARY_ENV}}} was expanded in the store")


def _check_stored(item: Item, text: str, author: object, url: object, native: object,
                  tally: Tally, what: str) -> None:  # fmt: skip
    name = f"{what}{item.case.name} ({item.key})"
    if f"{item.key} {GOOD}" not in text:
        tally.find("corrupted", f"{name}: the clean text changed: {text[-80:]!r}")
    for keep in item.case.payload.keep:
        if keep not in text:
            tally.find("corrupted", f"{name}: {keep!r} was lost from the text")
    bad = inert.hostile_characters(text, tabs=False)
    for value in (author, url, native):
        if isinstance(value, str):
            bad += inert.hostile_characters(value, tabs=False)
            if "\n" in value:
                bad.append("\n")
    if bad:
        tally.find("corrupted", f"{name}: stored with {inert.describe(bad)}")
    if isinstance(url, str) and not url.lower().startswith(("http://", "https://")):
        tally.find("corrupted", f"{name}: stored a URL that is no http(s): {url[:60]!r}")


# ---------------------------------------------------------------- the ways out


@dataclass(frozen=True)
class Output:
    store: Store
    argv: tuple[str, ...]
    fmt: str
    env: dict[str, str] = field(default_factory=dict)


def _outputs(ctx: Context, store: Store, first: bool) -> list[Output]:
    if not store.db.exists():
        return []
    tasks = []
    if ctx.quick:  # every format once, over both stores; show, explain and notify on each
        for n, fmt in enumerate(FORMATS):
            if n % 2 == (0 if first else 1):
                tasks.append(Output(store, ("mentions" if n % 4 < 2 else "report", "--format", fmt), fmt))
        ids = sorted(store.mentions)
        for mention in ctx.rng(f"show:{store.way.code}").sample(ids, min(len(ids), 1)):
            tasks.append(Output(store, ("show", mention, "--format", "table"), "table"))
            tasks.append(Output(store, ("explain", mention), "table"))
        tasks.append(Output(store, ("notify",), "alert"))
        return tasks
    for fmt in FORMATS:
        tasks.append(Output(store, ("mentions", "--format", fmt), fmt))
        tasks.append(Output(store, ("report", "--format", fmt), fmt))
        tasks.append(Output(store, ("report", "--digest", "--since", "7d", "--format", fmt), fmt))
        if first:
            tasks.append(Output(store, ("stats", "--since", "7d", "--format", fmt), fmt))
    tasks.extend(  # the narrow layout: one line per mention
        Output(store, (command, "--format", "table"), "table", {"COLUMNS": "80"})
        for command in ("mentions", "report")
    )
    ids = sorted(store.mentions)
    chosen = ctx.rng(f"show:{store.way.code}").sample(ids, min(len(ids), 12))
    for n, mention in enumerate(chosen):
        fmt = FORMATS[n % len(FORMATS)]
        tasks.append(Output(store, ("show", mention, "--format", fmt), fmt))
        tasks.append(Output(store, ("explain", mention), "table"))
    tasks.append(Output(store, ("notify",), "alert"))
    return tasks


def _check_output(task: Output, env: dict[str, str], server: FaultServer, tally: Tally) -> None:
    store = task.store
    run = webcare([*task.argv, "--config", store.config, "--db", store.db, "--now", NOW],
                  env={**env, **task.env})  # fmt: skip
    what = f"{store.way.name}: `{' '.join(task.argv)}`: "
    if not tally.saw(run, (0,), what):
        return
    _check_stderr(run, tally, what)
    if task.fmt == "alert":
        _check_alert(store, server, tally, what)
        return
    text, problems = inert.text_problems(run.out, tabs=task.fmt in ("plain", "tsv"))
    if text is not None:
        problems += _format_problems(task, text)
    if text is not None and CANARY_VALUE in text:
        problems.append(f"${{{CANARY_ENV}}} in a text was expanded")
    if problems:
        tally.find("corrupted", what + "; ".join(sorted(set(problems))[:4]), len(set(problems)))


def _format_problems(task: Output, text: str) -> list[str]:
    fmt, store = task.fmt, task.store
    listing = task.argv[0] == "mentions" and "--format" in task.argv
    if fmt == "table":
        return inert.markup_problems(text)
    if fmt == "plain" and listing:
        lines = len(text.splitlines())
        return [] if lines == len(store.mentions) else [f"{lines} lines for {len(store.mentions)} mentions"]
    if fmt in ("csv", "tsv"):
        delimiter = "," if fmt == "csv" else "\t"
        problems = [f"formula cell {cell[:40]!r}" for cell in inert.formula_cells(text, delimiter)]
        if listing and inert.count_rows(text, delimiter) != len(store.mentions) + 1:
            problems.append(f"{inert.count_rows(text, delimiter)} rows for {len(store.mentions)} mentions")
        return problems
    if fmt == "html":
        return inert.html_problems(text)
    if fmt == "markdown":
        return inert.markdown_problems(text)
    if fmt in ("json", "jsonl"):
        try:
            documents = inert.parse_json_output(text, fmt == "jsonl")
        except ValueError as exc:
            return [f"not JSON: {exc}"]
        problems = inert.json_problems(documents)
        if task.argv[0] in ("mentions", "report", "show") and "--digest" not in task.argv:
            problems += _round_trip(store, documents)
        return problems
    return []


def _round_trip(store: Store, documents: list[Any]) -> list[str]:
    """Every mention object in the JSON gives back the stored text, author and URL."""
    problems = []
    for obj in _objects(documents):
        stored = store.mentions.get(str(obj.get("id")))
        if stored is None or "text" not in obj:
            continue
        problems.extend(
            f"JSON {key} of {str(obj['id'])[:8]} is not the stored one"
            for key in ("text", "author", "url")
            if key in obj and obj[key] != stored[key]
        )
    return problems


def _objects(value: Any) -> list[dict[str, Any]]:
    found = []
    if isinstance(value, dict):
        found.append(value)
        for item in value.values():
            found += _objects(item)
    elif isinstance(value, list):
        for item in value:
            found += _objects(item)
    return found


def _check_alert(store: Store, server: FaultServer, tally: Tally, what: str) -> None:
    hits = server.hits_for(f"/hook/{store.way.code}")
    floor = rows(store.db, "SELECT count(*) FROM alerted")[0][0]
    if not hits:
        if floor:
            tally.find("lost", f"{what}notify alerted {floor} mentions but the webhook got nothing")
        return
    try:
        body = json.loads(hits[-1].body)
    except ValueError:
        tally.find("corrupted", f"{what}the webhook got no JSON")
        return
    message = f"{body.get('title', '')}\n{body.get('message', '')}"
    problems = inert.alert_problems(message)
    if CANARY_VALUE in message:
        problems.append(f"${{{CANARY_ENV}}} in a text was expanded")
    if problems:
        tally.find("corrupted", what + "; ".join(problems), len(problems))


__all__ = ["run", "sqlite3", "ID", "TEXT", "URL"]
