"""The fault suite: what strangers' texts and servers, kills, concurrency, damaged stores
and misplaced secrets do to webcare, run against the real CLI in subprocesses and real
servers on 127.0.0.1 only.

    python bench/faults.py              # the full run (about 10 minutes on 2 busy cores)
    python bench/faults.py --quick      # a seeded sample of every group (CI runs it)
    python bench/faults.py --kills 50   # more kill -9 trials; --group kill for those alone

Groups (bench/faultsuite/<group>.py says what each does and counts):

- texts: hostile payloads (terminal escapes, OSC 8/52, C0/C1, bidi, zero-width and tag
  characters, rich markup, formulas, HTML/JS, javascript: URLs, invalid UTF-8, lone
  surrogates, NUL, 1 MB texts) in text, author, URL, title, id and date, through an import
  of each file format and a poll of each feed and API kind, out through every format of
  report, mentions, the digest and stats, show, explain and notify;
- network: faults a server can commit, each next to good sources;
- kill: `kill -9` at seeded random moments of a poll or an import, then integrity and a
  run to the end (`--kills N` trials);
- concurrency: polls, reads and acks at once on one store;
- stores: damaged and foreign stores under every command (exit 4, nothing written);
- secrets: `${ENV}` secrets in URLs, headers and notify URLs under faults.

It prints one table; crashes, wrong exits, lost, duplicated, corrupted and leaked must all
be 0, and the poll with bombs must peak within 1.5× the RSS of a clean poll; the script
exits 1 when any is not (the findings are listed on stderr).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from faultsuite import concurrency, kills, network, secrets, stores, texts  # noqa: E402
from faultsuite.harness import Context, Tally, table  # noqa: E402

GROUPS = {
    "texts": texts.run,
    "network": network.run,
    "kill": kills.run,
    "concurrency": concurrency.run,
    "stores": stores.run,
    "secrets": secrets.run,
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a seeded sample of every group")
    parser.add_argument("--seed", type=int, default=13, help="seed of every random choice")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 2, help="runs at once")
    parser.add_argument("--group", action="append", choices=list(GROUPS), help="only these groups")
    parser.add_argument("--kills", type=int, metavar="N", help="kill -9 trials (default 24; quick 3)")
    parser.add_argument("--keep", type=Path, help="work in this directory and keep it")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every finding")
    args = parser.parse_args()
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="webcare-faults-") as tmp:
        root = args.keep or Path(tmp)
        ctx = Context(root, args.quick, args.seed, max(1, args.jobs), args.verbose, args.kills)
        tallies: list[Tally] = []
        extra: list[str] = []
        for name in args.group or GROUPS:
            tally = Tally(name)
            began = time.perf_counter()
            print(f"{name} ...", file=sys.stderr, flush=True)
            result = GROUPS[name](ctx, tally)
            tally.seconds = time.perf_counter() - began
            if isinstance(result, list):
                extra += result
            tallies.append(tally)
    mode = "quick sample" if args.quick else "full run"
    print(f"webcare fault suite, {mode}, seed {args.seed}, {time.perf_counter() - started:.0f} s\n")
    print(table(tallies))
    for line in extra:
        print(line)
    failed = sum(t.failures for t in tallies) + sum(1 for line in extra if line.startswith("FAIL"))
    for tally in tallies:
        shown = tally.findings if args.verbose else tally.findings[:15]
        for finding in shown:
            print(f"{tally.group}: {finding}", file=sys.stderr)
        if len(tally.findings) > len(shown):
            print(f"{tally.group}: … {len(tally.findings) - len(shown)} more (--verbose)", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
