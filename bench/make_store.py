"""Write a realistic webcare store of N mentions, fast: a year of a Dutch brand's history.

    python bench/make_store.py OUT.db [--mentions 1000000] [--open-share 0.003] [--seed 5]
    python bench/make_store.py OUT.db --maintain   # an existing store: migrate and settle

The store is made by webcare itself (`open_store(create=True)` runs every migration), so
it has today's schema; the rows are written in bulk with the same columns a poll writes.
Texts come from the analysis benchmark's Dutch and English templates, each analysed for
real once and varied per row (author, number, time), so sentiment, urgency, topics and
route are webcare's own judgements. What the year looks like:

- channels: social 50%, review 15%, web and news 20%, e-mail 10%, messaging 5%; created
  evenly over the 365 days before `--now` (2026-11-23 09:00 Amsterdam);
- 97% answered by a brand reply or an ack, minutes to hours after they were written;
- about `--open-share` still open (the backlog), most from the last days, some forgotten
  for weeks; praise owed no reply; a few backfilled as history;
- conversations of one message (thread = own id), a pool of 50,000 authors.

Afterwards webcare's own maintenance runs (whatever a writing command does on open, then
what a poll keeps for the floor under the settings of a report without a config file), so
a benchmark measures the store as a team would have it.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from analysis_throughput import DUTCH, ENGLISH  # noqa: E402

NOW = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)
CHANNELS = [
    ("social", 50),
    ("review", 15),
    ("web", 12),
    ("news", 8),
    ("email", 10),
    ("messaging", 5),
]
SOURCES = {
    "social": "social-export",
    "review": "reviews",
    "web": "news-and-blogs",
    "news": "google-alerts",
    "email": "helpdesk",
    "messaging": "whatsapp",
}
COLUMNS = (
    "id", "source", "channel", "native_id", "url", "author", "author_reach", "text", "created_at",
    "created_at_estimated", "rating", "in_reply_to", "first_seen_at", "language", "sentiment_score",
    "sentiment_label", "sentiment_words", "urgency_level", "urgency_reasons", "urgency_categories",
    "topics", "route", "route_reason", "needs_reply", "needs_reply_reason", "responded_at",
    "responded_by", "responded_via", "thread_id", "backfilled", "url_key", "text_key",
    "key_terms",
)  # fmt: skip


def iso(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def templates() -> list[tuple[str, dict[str, object]]]:
    """Every template analysed once by webcare: (text pattern, analysis columns)."""
    from webcare.analysis import analyse
    from webcare.settings import Settings

    settings = Settings()
    out = []
    for pattern in [*DUTCH, *ENGLISH]:
        a = analyse(pattern.format(n=3), settings)
        out.append(
            (
                pattern,
                {
                    "language": a.language,
                    "sentiment_score": a.sentiment.score,
                    "sentiment_label": a.sentiment.label.value,
                    "sentiment_words": json.dumps(list(a.sentiment.words)),
                    "urgency_level": a.urgency.level.value,
                    "urgency_reasons": json.dumps(list(a.urgency.reasons)),
                    "urgency_categories": json.dumps(list(a.urgency.categories)),
                    "topics": json.dumps(list(a.topics)),
                    "route": a.route.value,
                    "route_reason": a.route_reason,
                    "needs_reply": int(a.needs_reply),
                    "needs_reply_reason": a.needs_reply_reason,
                },
            )
        )
    return out


def rows(count: int, open_share: float, seed: int):  # noqa: ANN201 - a generator of tuples
    from webcare.incidents import kept_terms

    rng = random.Random(seed)
    judged = templates()
    channels = [name for name, weight in CHANNELS for _ in range(weight)]
    year = 365 * 86400
    for n in range(count):
        pattern, analysis = judged[rng.randrange(len(judged))]
        channel = rng.choice(channels)
        created = NOW - timedelta(seconds=rng.randrange(year))
        text = pattern.format(n=rng.randint(2, 9)) + f" #{n}"
        roll = rng.random()
        if roll < open_share:
            # The backlog: mostly this week's, a few forgotten for weeks.
            age = (
                rng.expovariate(1 / (2 * 86400))
                if rng.random() < 0.8
                else rng.uniform(7, 60) * 86400
            )
            created = NOW - timedelta(seconds=min(age, year))
            responded = None
        elif roll < open_share + 0.97:
            responded = created + timedelta(minutes=rng.lognormvariate(4.0, 1.2))
            if responded > NOW:
                responded = None
        else:
            responded = None  # owed no reply: praise and thanks nobody answered
            analysis = {**analysis, "needs_reply": 0,
                        "needs_reply_reason": "praise: thank if you like, no reply owed"}  # fmt: skip
        native = f"{channel}-{n}"
        mention_id = f"{n:016x}"
        values = {
            "id": mention_id,
            "source": SOURCES[channel],
            "channel": channel,
            "native_id": native,
            "url": f"https://{channel}.example/post/{n}",
            "author": f"klant{rng.randrange(50_000)}",
            "author_reach": rng.choice([None, None, 120, 1500, 48_000]),
            "text": text,
            "created_at": iso(created),
            "created_at_estimated": 0,
            "rating": rng.choice([None, 1, 2, 4, 5]) if channel == "review" else None,
            "in_reply_to": None,
            "first_seen_at": iso(created + timedelta(minutes=5)),
            **analysis,
            "responded_at": iso(responded) if responded else None,
            "responded_by": "BolderkarCare" if responded else None,
            "responded_via": "reply" if responded else None,
            "thread_id": native,
            "backfilled": int(rng.random() < 0.01),
            "url_key": None,
            "text_key": None,
        }
        # What a poll keeps of a live mention's text for the incidents (`Store.batch`).
        values["key_terms"] = None if values["backfilled"] else kept_terms(text)
        yield tuple(values[column] for column in COLUMNS)


def make(path: Path, count: int, open_share: float, seed: int) -> None:
    import sqlite3

    from webcare.store import open_store

    with open_store(path, create=True):
        pass  # every migration, today's schema
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = OFF")
    db.execute("BEGIN")
    marks = ",".join("?" * len(COLUMNS))
    db.executemany(
        f"INSERT INTO mentions ({','.join(COLUMNS)}) VALUES ({marks})",
        rows(count, open_share, seed),
    )
    db.execute("COMMIT")
    db.execute("ANALYZE")
    db.close()
    maintain(path)


def maintain(path: Path) -> None:
    """Whatever a writing command does when it opens the store (its migrations), then what
    a poll keeps for the floor (owed, due, verdicts), as a team's store has it: under the
    settings the bench's report runs with (no config file: `Settings()`, not `parse({})`,
    whose SLA policy names the default brand and so has another stamp; under that one
    every open mention of the year is read again, as after a change of config)."""
    from webcare.settings import Settings
    from webcare.store import open_store
    from webcare.usecases.settle import settle

    with open_store(path) as store:
        while settle(store, Settings(), NOW):
            pass


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--mentions", type=int, default=1_000_000)
    parser.add_argument("--open-share", type=float, default=0.003)
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument(
        "--maintain",
        action="store_true",
        help="only migrate and settle OUT, an existing store (one made before a migration, "
        "or settled under another policy stamp)",
    )
    args = parser.parse_args()
    if args.maintain:
        maintain(args.out)
        print(f"migrated and settled {args.out}")
        return
    if args.out.exists():
        sys.exit(f"{args.out} exists; remove it first")
    start = time.perf_counter()
    make(args.out, args.mentions, args.open_share, args.seed)
    print(f"wrote {args.mentions:,} mentions to {args.out} in {time.perf_counter() - start:.1f} s")


if __name__ == "__main__":
    main()
