"""Timing a command as a whole process: wall time, CPU time and peak RSS of that child
(`os.wait4`), medians over repetitions. Shared by the benchmarks in this folder.

A command that starts worker processes (webcare's analysis pool) uses more memory than
any one of its processes: `wait4` reports the largest single process (itself or a reaped
child), so `run` also samples the whole process tree every 20 ms and reports the peak of
its summed PSS (proportional set size: pages a forked worker still shares with its parent
are counted once, split between them) and of its summed RSS (shared pages counted in
every process: an upper bound).

`wait4`'s peak RSS (`ru_maxrss`) carries a high-water mark across `exec`: a child forked
from a benchmark that holds 150 MB itself (bench/run.py, after its in-process analysis
run) reports at least 150 MB, whatever the command uses. So the sampler also reads each
process's own high-water mark (`VmHWM`, which starts again at `exec`), and `rss_mb` is the
largest of those; `ru_maxrss` only where /proc cannot be read."""

from __future__ import annotations

import os
import statistics
import subprocess
import threading
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import IO


@dataclass(frozen=True, slots=True)
class Run:
    wall: float
    cpu: float
    rss_mb: float
    code: int
    stdout: str
    stderr: str
    tree_pss_mb: float = 0.0
    """Peak of the process tree's summed PSS (0 where /proc has no smaps_rollup)."""
    tree_rss_mb: float = 0.0
    """Peak of the process tree's summed RSS."""
    wait4_rss_mb: float = 0.0
    """`ru_maxrss` as wait4 gives it (the parent's size included, see above)."""
    processes: int = 1
    """Most processes in the tree at one sample."""


def _tree(root: int) -> list[int]:
    """`root` and its descendants, from /proc/PID/task/*/children."""
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        try:
            tasks = os.listdir(f"/proc/{pid}/task")
        except OSError:
            continue
        for task in tasks:
            try:
                with open(f"/proc/{pid}/task/{task}/children") as handle:
                    todo.extend(int(child) for child in handle.read().split())
            except OSError:
                continue
    return found


def _high_water_kb(pid: int) -> int:
    """The process's own peak RSS since its `exec` (VmHWM) in KiB; 0 when it is gone."""
    try:
        with open(f"/proc/{pid}/status") as handle:
            for line in handle:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def _memory_kb(pid: int) -> tuple[int, int]:
    """(PSS, RSS) of one process in KiB; zeros when it is gone."""
    pss = rss = 0
    try:
        with open(f"/proc/{pid}/smaps_rollup") as handle:
            for line in handle:
                if line.startswith("Pss:"):
                    pss = int(line.split()[1])
                elif line.startswith("Rss:"):
                    rss = int(line.split()[1])
    except OSError:
        pass
    return pss, rss


class _TreeSampler(threading.Thread):
    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid = pid
        self.stop = threading.Event()
        self.peak_pss = self.peak_rss = self.peak_one = 0
        self.processes = 1

    def run(self) -> None:
        while not self.stop.wait(0.02):
            pids = _tree(self.pid)
            sizes = [_memory_kb(pid) for pid in pids]
            self.peak_pss = max(self.peak_pss, sum(size[0] for size in sizes))
            self.peak_rss = max(self.peak_rss, sum(size[1] for size in sizes))
            self.processes = max(self.processes, sum(1 for size in sizes if size[1]))
            self.peak_one = max(self.peak_one, *(_high_water_kb(pid) for pid in pids))


def run(
    argv: Sequence[str], *, env: Mapping[str, str] | None = None, stdin: str | None = None
) -> Run:
    """One process, measured: wall from spawn to exit, its user+sys CPU, its peak RSS."""
    start = time.perf_counter()
    process = subprocess.Popen(
        list(argv),
        stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, **(env or {})},
        text=True,
    )
    # Read the pipes ourselves and reap with wait4: it gives this child's own rusage
    # (RUSAGE_CHILDREN would mix every child so far), which Popen.wait() would throw away.
    chunks: dict[str, str] = {}

    def drain(name: str, stream: IO[str]) -> None:
        chunks[name] = stream.read()

    readers = [
        threading.Thread(target=drain, args=(name, stream))
        for name, stream in (("out", process.stdout), ("err", process.stderr))
        if stream is not None
    ]
    for reader in readers:
        reader.start()
    sampler = _TreeSampler(process.pid)
    sampler.start()
    if process.stdin is not None:
        process.stdin.write(stdin or "")
        process.stdin.close()
    # The sampler stops first: once the child is reaped its PID may be reused.
    os.waitid(os.P_PID, process.pid, os.WEXITED | os.WNOWAIT)
    sampler.stop.set()
    sampler.join()
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    process.returncode = code = os.waitstatus_to_exitcode(status)
    for reader in readers:
        reader.join()
    cpu, waited = usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024
    # The last 20 ms before exit go unsampled (a process that short is never sampled, and
    # gets wait4's figure): a peak there shows only in wait4's.
    rss = sampler.peak_one / 1024 if sampler.peak_one else waited
    return Run(
        wall, cpu, rss, code, chunks.get("out", ""), chunks.get("err", ""),
        tree_pss_mb=sampler.peak_pss / 1024, tree_rss_mb=sampler.peak_rss / 1024,
        processes=sampler.processes, wait4_rss_mb=waited,
    )  # fmt: skip


def median_of(runs: Sequence[Run]) -> Run:
    return Run(
        statistics.median(r.wall for r in runs),
        statistics.median(r.cpu for r in runs),
        max(r.rss_mb for r in runs),
        max(r.code for r in runs),
        runs[-1].stdout,
        runs[-1].stderr,
        max(r.tree_pss_mb for r in runs),
        max(r.tree_rss_mb for r in runs),
        max(r.processes for r in runs),
    )


def repeat(argv: Sequence[str], times: int, **kwargs: object) -> Run:
    return median_of([run(argv, **kwargs) for _ in range(times)])  # type: ignore[arg-type]


def alternate(argvs: Sequence[Sequence[str]], times: int, **kwargs: object) -> list[Run]:
    """The median run of each command, the commands taking turns: a load that comes and
    goes on a shared machine then weighs on each alike, where blocks of runs would put it
    on one of them."""
    runs: list[list[Run]] = [[] for _ in argvs]
    for _ in range(times):
        for argv, each in zip(argvs, runs, strict=True):
            each.append(run(argv, **kwargs))  # type: ignore[arg-type]
    return [median_of(each) for each in runs]
