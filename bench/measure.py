"""Timing a command as a whole process: wall time, CPU time and peak RSS of that child
alone (`os.wait4`), medians over repetitions. Shared by the benchmarks in this folder."""

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
    if process.stdin is not None:
        process.stdin.write(stdin or "")
        process.stdin.close()
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    process.returncode = code = os.waitstatus_to_exitcode(status)
    for reader in readers:
        reader.join()
    cpu, rss = usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024
    return Run(wall, cpu, rss, code, chunks.get("out", ""), chunks.get("err", ""))


def median_of(runs: Sequence[Run]) -> Run:
    return Run(
        statistics.median(r.wall for r in runs),
        statistics.median(r.cpu for r in runs),
        max(r.rss_mb for r in runs),
        max(r.code for r in runs),
        runs[-1].stdout,
        runs[-1].stderr,
    )


def repeat(argv: Sequence[str], times: int, **kwargs: object) -> Run:
    return median_of([run(argv, **kwargs) for _ in range(times)])  # type: ignore[arg-type]
