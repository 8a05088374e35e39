"""Run every source kind over real sample documents and count what comes out.

    python bench/source_samples.py [DIR]      # DIR defaults to ../shared/eval-data/sources

DIR holds one folder per format (the layout of ../shared/eval-data/sources); each folder
is read by the kind it is mapped to below, every file in it, as `webcare import` would.
Prints per kind: files, mentions, brand replies found, mentions answered by one of them,
problems, and how many mentions have each field filled. Kinds with no folder in DIR
are listed as such, so a missing sample is visible rather than silently skipped.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from webcare import config, sources  # noqa: E402
from webcare.errors import SourceError  # noqa: E402
from webcare.model import Mention, Problem, Reply  # noqa: E402
from webcare.sources.base import ParseContext  # noqa: E402

DEFAULT_DIR = ROOT.parent / "shared" / "eval-data" / "sources"
FOLDERS = {
    "apple-app-store-reviews": "appstore",
    "bluesky": "bluesky",
    "customer-support-on-twitter": "twcs",
    "google-alerts": "google-alerts",
    "mastodon": "mastodon",
    "reddit": "reddit",
    "x-twitter-api-v2": "x-api",
    "x-twitter-archive": "x-archive",
}
FIELDS = ("author", "author_reach", "rating", "url", "in_reply_to", "dated")


@dataclass
class Tally:
    files: int = 0
    mentions: int = 0
    replies: int = 0
    answered: int = 0
    problems: int = 0
    errors: list[str] = field(default_factory=list)
    filled: Counter[str] = field(default_factory=Counter)


def run_file(kind: str, path: Path, tally: Tally) -> None:
    spec = config.parse(
        {"sources": [{"name": f"sample-{path.stem}", "kind": kind, "path": str(path)}]}
    )
    ctx = ParseContext(
        spec=spec.sources[0],
        timezone=ZoneInfo("Europe/Amsterdam"),
        seen_at=datetime.now(UTC),
    )
    tally.files += 1
    try:
        items = list(sources.get(kind).parse(path.read_bytes(), ctx))
    except SourceError as exc:
        tally.errors.append(f"{path.name}: {exc.reason}")
        return
    mentions = [item for item in items if isinstance(item, Mention)]
    replies = [item for item in items if isinstance(item, Reply)]
    tally.mentions += len(mentions)
    tally.replies += len(replies)
    tally.problems += sum(1 for item in items if isinstance(item, Problem))
    answered_ids = {reply.in_reply_to for reply in replies}
    tally.answered += sum(1 for m in mentions if m.native_id in answered_ids)
    for m in mentions:
        tally.filled["author"] += m.author is not None
        tally.filled["author_reach"] += m.author_reach is not None
        tally.filled["rating"] += m.rating is not None
        tally.filled["url"] += m.url is not None
        tally.filled["in_reply_to"] += m.in_reply_to is not None
        tally.filled["dated"] += not m.created_at_estimated


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("dir", nargs="?", type=Path, default=DEFAULT_DIR)
    args = parser.parse_args()
    if not args.dir.is_dir():
        print(f"no sample folder at {args.dir}", file=sys.stderr)
        return 2
    tallies: dict[str, Tally] = {}
    for folder in sorted(p for p in args.dir.iterdir() if p.is_dir()):
        kind = FOLDERS.get(folder.name)
        if kind is None:
            print(f"note: {folder.name}/ is not mapped to a kind; skipped", file=sys.stderr)
            continue
        tally = tallies.setdefault(kind, Tally())
        for path in sorted(p for p in folder.iterdir() if p.is_file()):
            run_file(kind, path, tally)

    header = ["kind", "files", "mentions", "replies", "answered", "problems", *FIELDS]
    print("\t".join(header))
    for kind in sources.kinds():
        tally = tallies.get(kind)
        if tally is None:
            print(f"{kind}\t-\tno sample in {args.dir.name}/")
            continue
        cells = [kind, tally.files, tally.mentions, tally.replies, tally.answered, tally.problems]
        cells += [f"{tally.filled[name]}/{tally.mentions}" for name in FIELDS]
        print("\t".join(str(cell) for cell in cells))
        for error in tally.errors:
            print(f"  {kind}: {error}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
