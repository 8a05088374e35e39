"""Running the real CLI as a subprocess and counting what went wrong.

`webcare(...)` starts `python -m webcare` with an isolated home (no developer config,
store or proxy leaks in), reads stdout and stderr as bytes, reaps the child with
`os.wait4` and reads the peak RSS it reported, and kills it when it outlives its timeout (a hang
counts as a crash). `Tally` is one row of the suite's table.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TypeVar

ROOT = Path(__file__).resolve().parents[2]
NOW = "2026-11-23T09:00:00+01:00"
"""The moment every command evaluates at (Monday 09:00 in Amsterdam)."""
CREATED = "2026-11-23T06:00:00Z"
"""When the hostile mentions were written: two hours before NOW, so breached on social."""
DOCUMENTED_EXITS = frozenset({0, 1, 2, 3, 4})
TRACEBACK = b"Traceback (most recent call last)"

T = TypeVar("T")
R = TypeVar("R")


@dataclass(frozen=True)
class Run:
    argv: tuple[str, ...]
    code: int
    """The exit status; minus the signal number when a signal ended it."""
    out: bytes
    err: bytes
    rss_mb: float
    wall: float
    timed_out: bool = False

    @property
    def crashed(self) -> str | None:
        """Why this run counts as a crash, or None: an exit outside the documented set, a
        signal, a traceback, or a hang."""
        if self.timed_out:
            return f"hung (killed after {self.wall:.0f}s)"
        if self.code < 0:
            return f"killed by signal {-self.code}"
        if self.code not in DOCUMENTED_EXITS:
            return f"exit {self.code}"
        if TRACEBACK in self.err:
            return "traceback on stderr"
        return None

    def describe(self) -> str:
        args = " ".join(a if len(a) < 60 else a[:57] + "..." for a in self.argv)
        lines = self.err.decode("utf-8", "replace").strip().splitlines()
        shown = [line for line in lines if "FAILED" in line][:3] or lines[-1:] or [""]
        return f"`webcare {args}` exit {self.code}: " + " / ".join(repr(line[:200]) for line in shown)


def base_env(home: Path, extra: Mapping[str, str] | None = None) -> dict[str, str]:
    """The environment of every webcare child: its own home, config and data dirs, no
    proxies (every request stays on 127.0.0.1), no colour, a 120-column terminal size."""
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("WEBCARE_") and k.lower() not in PROXIES
    }
    home.mkdir(parents=True, exist_ok=True)
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        NO_COLOR="1",
        COLUMNS="120",
        LINES="50",
        PYTHONPATH=str(ROOT) + os.pathsep + env.get("PYTHONPATH", ""),
        NO_PROXY="*",
    )
    env.pop("PYTHONWARNINGS", None)
    env.update(extra or {})
    return env


PROXIES = {"http_proxy", "https_proxy", "all_proxy", "no_proxy"}


BOOT = """
import atexit, os, runpy, sys

def _peak():
    with open("/proc/self/status") as status, open(os.environ["FAULTSUITE_RSS"], "w") as out:
        out.write(next((l.split()[1] for l in status if l.startswith("VmHWM:")), "0"))

atexit.register(_peak)
sys.argv[0] = "webcare"
runpy.run_module("webcare", run_name="__main__", alter_sys=True)
"""
"""`python -m webcare`, which also writes its own peak RSS (VmHWM, kB) to $FAULTSUITE_RSS
when it ends: the child's `ru_maxrss` is no good here, as Linux starts it at the peak of
the (larger) suite process that spawned it."""


def webcare(
    args: Sequence[str | Path],
    *,
    env: Mapping[str, str],
    cwd: Path | None = None,
    timeout: float = 180.0,
    stdin: bytes | None = None,
    started: Callable[[subprocess.Popen[bytes]], None] | None = None,
) -> Run:
    """Run `python -m webcare ARGS` to its end (or kill it after `timeout` seconds)."""
    argv = tuple(str(a) for a in args)
    begin = time.perf_counter()
    fd, peak_file = tempfile.mkstemp(prefix="faultsuite-rss-")
    os.close(fd)
    env = {**env, "FAULTSUITE_RSS": peak_file}
    process = subprocess.Popen(
        [sys.executable, "-c", BOOT, *argv],
        stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=dict(env),
        cwd=cwd,
    )
    if started is not None:
        started(process)
    chunks: dict[str, bytes] = {}

    def drain(name: str, stream: IO[bytes]) -> None:
        chunks[name] = stream.read()

    readers = [
        threading.Thread(target=drain, args=(name, stream), daemon=True)
        for name, stream in (("out", process.stdout), ("err", process.stderr))
        if stream is not None
    ]
    for reader in readers:
        reader.start()
    if process.stdin is not None:
        try:
            process.stdin.write(stdin or b"")
            process.stdin.close()
        except BrokenPipeError:
            pass
    expired = threading.Event()

    def kill() -> None:
        expired.set()
        try:
            os.kill(process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass

    timer = threading.Timer(timeout, kill)
    timer.start()
    try:
        _, status, _ = os.wait4(process.pid, 0)
    finally:
        timer.cancel()
    wall = time.perf_counter() - begin
    process.returncode = code = os.waitstatus_to_exitcode(status)
    for reader in readers:
        reader.join(timeout=30)
    try:
        peak_kb = int(Path(peak_file).read_text() or 0)
    except (OSError, ValueError):
        peak_kb = 0
    finally:
        os.unlink(peak_file)
    return Run(
        argv,
        code,
        chunks.get("out", b""),
        chunks.get("err", b""),
        peak_kb / 1024,
        wall,
        expired.is_set(),
    )


def parallel(function: Callable[[T], R], items: Iterable[T], jobs: int) -> list[R]:
    """`function` over `items` in `jobs` threads (each mostly waits on a child), in order."""
    items = list(items)
    if jobs <= 1 or len(items) <= 1:
        return [function(item) for item in items]
    with ThreadPoolExecutor(max_workers=jobs) as pool:
        return list(pool.map(function, items))


# ---------------------------------------------------------------- the table


@dataclass
class Tally:
    """One group's row: what was tried and what went wrong."""

    group: str
    cases: int = 0
    faults: int = 0
    crashes: int = 0
    wrong_exits: int = 0
    lost: int = 0
    duplicated: int = 0
    corrupted: int = 0
    leaked: int = 0
    peak_rss_mb: float = 0.0
    runs: int = 0
    seconds: float = 0.0
    findings: list[str] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def saw(self, run: Run, expected: Iterable[int] | None = (0,), what: str = "") -> bool:
        """Count one run: a crash, or (when `expected` is given) an exit it should not
        have had. True when it was neither."""
        with self._lock:
            self.runs += 1
            self.peak_rss_mb = max(self.peak_rss_mb, run.rss_mb)
        why = run.crashed
        if why is not None:
            self.find("crashes", f"{what}{why}: {run.describe()}")
            return False
        if expected is not None and run.code not in set(expected):
            self.find("wrong_exits", f"{what}expected exit {sorted(set(expected))}: {run.describe()}")
            return False
        return True

    def find(self, column: str, message: str, count: int = 1) -> None:
        """Count `count` against `column` (crashes, lost, ...) with what was seen."""
        if count <= 0:
            return
        with self._lock:
            setattr(self, column, getattr(self, column) + count)
            self.findings.append(f"[{column}] {message}")

    @property
    def failures(self) -> int:
        return (
            self.crashes + self.wrong_exits + self.lost + self.duplicated + self.corrupted
            + self.leaked
        )  # fmt: skip


COLUMNS = [
    ("group", "group"), ("cases", "cases"), ("faults", "faults injected"),
    ("crashes", "crashes"), ("wrong_exits", "wrong exit"), ("lost", "mentions lost"),
    ("duplicated", "duplicated"), ("corrupted", "corrupted"), ("leaked", "secrets leaked"),
    ("peak_rss_mb", "peak RSS"), ("seconds", "time"),
]  # fmt: skip


def table(tallies: Sequence[Tally]) -> str:
    """The suite's one table, as Markdown (readable in a terminal, pasteable in README)."""

    def cell(tally: Tally, key: str) -> str:
        value = getattr(tally, key)
        if key == "peak_rss_mb":
            return f"{value:.0f} MB"
        if key == "seconds":
            return f"{value:.0f} s"
        if isinstance(value, int):
            return f"{value:,}"
        return str(value)

    total = Tally("total")
    for tally in tallies:
        for key, _ in COLUMNS[1:]:
            if key == "peak_rss_mb":
                total.peak_rss_mb = max(total.peak_rss_mb, tally.peak_rss_mb)
            else:
                setattr(total, key, getattr(total, key) + getattr(tally, key))
    rows = [[title for _, title in COLUMNS]]
    rows += [[cell(t, key) for key, _ in COLUMNS] for t in [*tallies, total]]
    widths = [max(len(row[i]) for row in rows) for i in range(len(COLUMNS))]
    lines = []
    for number, row in enumerate(rows):
        cells = [c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths, strict=True))]
        lines.append("| " + " | ".join(cells) + " |")
        if number == 0:
            lines.append("|" + "|".join("-" * (w + 1) + ("-" if i == 0 else ":") for i, w in enumerate(widths)) + "|")
    return "\n".join(lines)


# ---------------------------------------------------------------- the store


def integrity(db: Path) -> str:
    """`PRAGMA integrity_check` of a store ("ok", or what SQLite found)."""
    try:
        with closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=30)) as con:
            rows = con.execute("PRAGMA integrity_check").fetchall()
    except sqlite3.Error as exc:
        return f"cannot check: {exc}"
    return "; ".join(str(r[0]) for r in rows)[:300]


def rows(db: Path, sql: str, *params: object) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=30)) as con:
        con.text_factory = lambda b: b.decode("utf-8", "surrogateescape")
        return con.execute(sql, params).fetchall()


def toml_value(value: object) -> str:
    import json

    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(item) for item in value) + "]"
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{json.dumps(k)} = {toml_value(v)}" for k, v in value.items()) + " }"
    raise TypeError(value)


def write_config(
    path: Path,
    sources: Sequence[Mapping[str, object]] = (),
    **tables: Mapping[str, object],
) -> Path:
    """A webcare.toml: a brand that matches the suite's texts, short poll timeouts, the
    given tables (`poll={...}` adds to the defaults) and sources."""
    parts: dict[str, dict[str, object]] = {
        "brand": {
            "name": "Acme",
            "keywords": ["acme"],
            "handles": ["acme_nl"],
            "timezone": "Europe/Amsterdam",
        },
        "poll": {"timeout": "6s", "connect_timeout": "6s"},
    }
    for name, table_ in tables.items():
        parts[name] = {**parts.get(name, {}), **table_}
    lines: list[str] = []
    for name, table_ in parts.items():
        lines.append(f"[{name}]")
        lines += [f"{key} = {toml_value(value)}" for key, value in table_.items()]
        lines.append("")
    for source in sources:
        lines.append("[[sources]]")
        lines += [f"{key} = {toml_value(value)}" for key, value in source.items()]
        lines.append("")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


@dataclass
class Context:
    """What every group gets: where to write, how much to run, how to run it."""

    root: Path
    quick: bool
    seed: int
    jobs: int
    verbose: bool = False
    kills: int | None = None
    """`kill -9`s to land (None: the group's default, 24, or 3 in the quick sample)."""

    def rng(self, name: str) -> random.Random:
        return random.Random(f"{self.seed}:{name}")

    def dir(self, *parts: str) -> Path:
        path = self.root.joinpath(*parts)
        path.mkdir(parents=True, exist_ok=True)
        return path

    def env(self, extra: Mapping[str, str] | None = None) -> dict[str, str]:
        return base_env(self.root / "home", extra)
