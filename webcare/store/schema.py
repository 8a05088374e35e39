"""The SQLite schema, its ordered migrations and the connection PRAGMAs, in one place.

`PRAGMA user_version` is the number of migrations applied. A migration is a function that
takes the connection; they run in order inside one transaction, so a failed upgrade
leaves the store as it was.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable

from webcare.store import tables

APPLICATION_ID = 0x77656263  # "webc"

_V1 = """
CREATE TABLE mentions (
    id TEXT PRIMARY KEY,
    source TEXT NOT NULL,
    channel TEXT NOT NULL,
    native_id TEXT,
    url TEXT,
    author TEXT,
    author_reach INTEGER,
    text TEXT NOT NULL,
    created_at TEXT NOT NULL,             -- ISO 8601 UTC 'YYYY-MM-DDTHH:MM:SSZ': sorts as time
    created_at_estimated INTEGER NOT NULL DEFAULT 0,
    rating INTEGER,
    in_reply_to TEXT,
    first_seen_at TEXT NOT NULL,
    language TEXT NOT NULL,
    sentiment_score REAL NOT NULL,
    sentiment_label TEXT NOT NULL,
    sentiment_words TEXT NOT NULL DEFAULT '[]',
    urgency_level TEXT NOT NULL,
    urgency_reasons TEXT NOT NULL DEFAULT '[]',
    urgency_categories TEXT NOT NULL DEFAULT '[]',
    topics TEXT NOT NULL DEFAULT '[]',
    route TEXT NOT NULL,
    route_reason TEXT NOT NULL,
    responded_at TEXT,
    responded_by TEXT,
    responded_via TEXT,                    -- 'reply' | 'ack'
    response_note TEXT
);
CREATE INDEX mentions_native_id ON mentions(native_id);
CREATE INDEX mentions_created_at ON mentions(created_at);
CREATE INDEX mentions_author ON mentions(author COLLATE NOCASE);

-- Brand replies found in the data. Kept so a reply seen before its mention still counts
-- when the mention arrives, and so a re-poll does not re-apply a reply after `reopen`.
CREATE TABLE replies (
    id TEXT PRIMARY KEY,
    source TEXT NOT NULL,
    native_id TEXT,
    in_reply_to TEXT NOT NULL,
    author TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX replies_in_reply_to ON replies(in_reply_to);

CREATE TABLE fetch_state (
    source TEXT PRIMARY KEY,
    etag TEXT,
    last_modified TEXT,
    last_polled_at TEXT,
    last_ok_at TEXT,
    last_error TEXT
);

-- Who acknowledged or reopened what, and when: the audit trail behind responded_*.
CREATE TABLE actions (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    mention_id TEXT NOT NULL REFERENCES mentions(id),
    action TEXT NOT NULL,                  -- 'ack' | 'reopen'
    by TEXT,
    at TEXT NOT NULL,
    note TEXT
);
CREATE INDEX actions_mention ON actions(mention_id);
"""


def _m001_initial(db: sqlite3.Connection) -> None:
    for statement in _V1.split(";"):
        if statement.strip():
            db.execute(statement)


def _m002_needs_reply(db: sqlite3.Connection) -> None:
    """Whether a mention needs a reply at all (a closing thank-you does not), and why.

    Stores from before this migration keep every mention needing a reply, as they did.
    `actions.action` gains 'no_reply' (a person decided no reply is needed).
    """
    db.execute("ALTER TABLE mentions ADD COLUMN needs_reply INTEGER NOT NULL DEFAULT 1")
    db.execute("ALTER TABLE mentions ADD COLUMN needs_reply_reason TEXT NOT NULL DEFAULT ''")


def _m003_threads(db: sqlite3.Connection) -> None:
    """The conversation each mention and brand reply belongs to: the native id of its root.

    Rows stored before threads were kept get their parent (or themselves) as the root,
    which is exact for one level of replies.
    """
    db.execute("ALTER TABLE mentions ADD COLUMN thread_id TEXT")
    db.execute("ALTER TABLE replies ADD COLUMN thread_id TEXT")
    db.execute("UPDATE mentions SET thread_id = COALESCE(in_reply_to, native_id, id)")
    db.execute("UPDATE replies SET thread_id = in_reply_to")
    db.execute("CREATE INDEX mentions_thread ON mentions(thread_id)")
    db.execute("CREATE INDEX replies_thread ON replies(thread_id)")


def _m004_reported(db: sqlite3.Connection) -> None:
    """What the last `report --only-new` showed: each mention on the floor and its status."""
    db.execute(
        """CREATE TABLE reported (
               mention_id TEXT PRIMARY KEY REFERENCES mentions(id),
               status TEXT NOT NULL,
               at TEXT NOT NULL
           )"""
    )


def _m005_backfill(db: sqlite3.Connection) -> None:
    """Mentions stored as history by a source's first poll: never on the floor."""
    db.execute("ALTER TABLE mentions ADD COLUMN backfilled INTEGER NOT NULL DEFAULT 0")


def _m006_retry_at(db: sqlite3.Connection) -> None:
    """When a rate-limited source (HTTP 429/503 with Retry-After) may be asked again."""
    db.execute("ALTER TABLE fetch_state ADD COLUMN retry_at TEXT")


def _m007_also_seen(db: sqlite3.Connection) -> None:
    """One post seen through two sources is one mention: the later sightings are kept in
    `also_seen`, found by the post's canonical URL or its (long enough) normalised text."""
    from webcare.dedupe import canonical_url, text_key

    db.execute("ALTER TABLE mentions ADD COLUMN url_key TEXT")
    db.execute("ALTER TABLE mentions ADD COLUMN text_key TEXT")
    rows = db.execute("SELECT id, url, text FROM mentions").fetchall()
    db.executemany(
        "UPDATE mentions SET url_key = ?, text_key = ? WHERE id = ?",
        [(canonical_url(row[1]), text_key(row[2]), row[0]) for row in rows],
    )
    db.execute("CREATE INDEX mentions_url_key ON mentions(url_key)")
    db.execute("CREATE INDEX mentions_text_key ON mentions(text_key)")
    db.execute(
        """CREATE TABLE also_seen (
               id TEXT PRIMARY KEY,               -- the sighting's own mention id
               mention_id TEXT NOT NULL REFERENCES mentions(id),
               source TEXT NOT NULL,
               native_id TEXT,
               url TEXT,
               seen_at TEXT NOT NULL,
               matched_by TEXT NOT NULL           -- 'url' | 'text'
           )"""
    )
    db.execute("CREATE INDEX also_seen_mention ON also_seen(mention_id)")
    db.execute("CREATE INDEX also_seen_native ON also_seen(native_id)")


def _m008_alerts(db: sqlite3.Connection) -> None:
    """What `webcare notify` alerted (each mention once per status) and when it last sent."""
    db.execute(
        """CREATE TABLE alerted (
               mention_id TEXT NOT NULL REFERENCES mentions(id),
               status TEXT NOT NULL,
               at TEXT NOT NULL,
               PRIMARY KEY (mention_id, status)
           )"""
    )
    db.execute(
        """CREATE TABLE alerts_sent (
               seq INTEGER PRIMARY KEY AUTOINCREMENT,
               at TEXT NOT NULL,
               mentions INTEGER NOT NULL
           )"""
    )


def _m009_reply_decided(db: sqlite3.Connection) -> None:
    """Whether a person decided that a mention needs a reply or not (`ack --no-reply`,
    `reopen`): the channel's reply policy then no longer applies to it."""
    db.execute("ALTER TABLE mentions ADD COLUMN reply_decided INTEGER NOT NULL DEFAULT 0")
    db.execute(
        """UPDATE mentions SET reply_decided = 1 WHERE id IN
           (SELECT mention_id FROM actions WHERE action IN ('no_reply', 'reopen'))"""
    )
    db.execute("CREATE INDEX mentions_open ON mentions(responded_at, needs_reply, backfilled)")


def _m010_assignee(db: sqlite3.Connection) -> None:
    """Who in the team has a mention (`assign`, `claim`, `release`); the history keeps who
    gave it to whom and when. Assignment is not an answer: the clock runs on."""
    db.execute("ALTER TABLE mentions ADD COLUMN assignee TEXT")
    db.execute("CREATE INDEX mentions_assignee ON mentions(assignee)")


def _m011_settled(db: sqlite3.Connection) -> None:
    """What the floor and the digest need to stay fast however long the history grows.

    `owed` and `due_at` are worked out under the SLA policy `policy_stamp` names (a writing
    command redoes them when the config changes); `settled` is an answer's verdict, judged
    once. Triggers forget them when what they were decided from changes, whatever the
    write: the analysis or a person's decision (`owed`, `due_at`), the response (`settled`).
    Partial indexes hold only what can be on the floor, so its query reads no history.
    """
    db.execute("ALTER TABLE mentions ADD COLUMN owed INTEGER")
    db.execute("ALTER TABLE mentions ADD COLUMN due_at TEXT")
    db.execute("ALTER TABLE mentions ADD COLUMN policy_stamp TEXT")
    db.execute("ALTER TABLE mentions ADD COLUMN settled TEXT")
    db.execute(
        """CREATE INDEX mentions_owed ON mentions(created_at)
           WHERE responded_at IS NULL AND backfilled = 0 AND owed = 1"""
    )
    db.execute(
        """CREATE INDEX mentions_open_stamp ON mentions(policy_stamp)
           WHERE responded_at IS NULL AND backfilled = 0"""
    )
    db.execute(
        """CREATE INDEX mentions_unsettled ON mentions(responded_at)
           WHERE settled IS NULL AND responded_at IS NOT NULL AND backfilled = 0"""
    )
    db.execute(
        """CREATE TRIGGER mentions_forget_owed
           AFTER UPDATE OF needs_reply, reply_decided, urgency_level, sentiment_label, text,
                           source, channel, created_at ON mentions
           WHEN OLD.needs_reply IS NOT NEW.needs_reply
             OR OLD.reply_decided IS NOT NEW.reply_decided
             OR OLD.urgency_level IS NOT NEW.urgency_level
             OR OLD.sentiment_label IS NOT NEW.sentiment_label
             OR OLD.text IS NOT NEW.text OR OLD.source IS NOT NEW.source
             OR OLD.channel IS NOT NEW.channel OR OLD.created_at IS NOT NEW.created_at
           BEGIN
               UPDATE mentions SET policy_stamp = NULL, owed = NULL, due_at = NULL
               WHERE id = NEW.id;
           END"""
    )
    db.execute(
        """CREATE TRIGGER mentions_forget_verdict
           AFTER UPDATE OF responded_at ON mentions
           WHEN OLD.responded_at IS NOT NEW.responded_at
           BEGIN
               UPDATE mentions SET settled = NULL WHERE id = NEW.id;
           END"""
    )


def _m012_labels(db: sqlite3.Connection) -> None:
    """People's corrections (`webcare label`): who, when, what they said (NULL: not said)
    and what the mention's judgement was right before; and the models `webcare learn`
    trained on them, the newest enabled one in use by the whole team."""
    db.execute(
        """CREATE TABLE labels (
               seq INTEGER PRIMARY KEY AUTOINCREMENT,
               mention_id TEXT NOT NULL REFERENCES mentions(id),
               by TEXT,
               at TEXT NOT NULL,
               note TEXT,
               sentiment TEXT,                    -- neg | neu | pos
               urgency TEXT,                      -- critical | high | normal | low
               category TEXT,                     -- an urgency category, or 'none'
               needs_reply INTEGER,               -- 1 | 0
               was_sentiment TEXT NOT NULL,
               was_urgency TEXT NOT NULL,
               was_categories TEXT NOT NULL,      -- JSON list
               was_needs_reply INTEGER NOT NULL
           )"""
    )
    db.execute("CREATE INDEX labels_mention ON labels(mention_id)")
    db.execute(
        """CREATE TABLE learned (
               seq INTEGER PRIMARY KEY AUTOINCREMENT,
               trained_at TEXT NOT NULL,
               trained_by TEXT,
               labels INTEGER NOT NULL,
               meta TEXT NOT NULL,                -- JSON: hashing, targets, CV figures, enabled
               weights BLOB NOT NULL,             -- numpy arrays (npz)
               enabled INTEGER NOT NULL DEFAULT 1,
               disabled_at TEXT,
               disabled_by TEXT
           )"""
    )


def _m013_privacy_log(db: sqlite3.Connection) -> None:
    """What was purged or forgotten, and when: the record that an erasure happened, with
    counts per table but never whose data it was."""
    db.execute(
        """CREATE TABLE privacy_log (
               seq INTEGER PRIMARY KEY AUTOINCREMENT,
               at TEXT NOT NULL,
               action TEXT NOT NULL,              -- 'purge' | 'forget' | 'erase'
               by TEXT,
               counts TEXT NOT NULL DEFAULT '{}'  -- JSON: table -> rows deleted or changed
           )"""
    )


def _m014_subjects(db: sqlite3.Connection) -> None:
    """The subjects of a window of mentions, read from an index: an incident's spike flag
    counts a week's subjects per report (`Store.subject_counts`), and from the index alone
    that is a range of it rather than a row lookup per mention."""
    db.execute("CREATE INDEX mentions_subjects ON mentions(created_at, urgency_categories, topics)")


def _m015_unanswered(db: sqlite3.Connection) -> None:
    """Open live mentions by when they were written (PostgreSQL's `mentions_unanswered`):
    the floor reads the last days' open ones, praise to thank among them, as a range of
    it, where `mentions_created_at` looked up every mention of those days in the table
    (8,000 rows a report at a million mentions, 20 to 90 ms)."""
    db.execute(
        """CREATE INDEX mentions_unanswered ON mentions(created_at)
           WHERE responded_at IS NULL AND backfilled = 0"""
    )


def _m016_id_spaces(db: sqlite3.Connection) -> None:
    """Where each stored post's native id is unique (`SourceSpec.ids`): a brand reply
    answers, and a conversation joins, only posts of its own id space, so row 1 of one
    export is not row 1 of another. Rows stored before keep none (NULL) and match any
    space, as every row did then: the store does not know which kind their source was."""
    for table in ("mentions", "replies", "also_seen"):
        db.execute(f"ALTER TABLE {table} ADD COLUMN id_space TEXT")


def _m017_first_polled(db: sqlite3.Connection) -> None:
    """When webcare first tried to fetch each source: a source that fails from its first
    try on loses nothing to the backfill once it answers (`Decider.history`). A source that
    has only failed so far is taken to be tried first at its latest try: the earliest time
    the store still knows."""
    db.execute("ALTER TABLE fetch_state ADD COLUMN first_polled_at TEXT")
    db.execute("UPDATE fetch_state SET first_polled_at = last_polled_at WHERE last_ok_at IS NULL")


def _m018_provisional_threads(db: sqlite3.Connection) -> None:
    """Conversations still waiting for their first post in a store from before migration
    16 are named after its bare native id, and the post, stored since, starts one named
    after its id space too (`conversations.thread_name`): it never took in the follow-ups
    and brand replies filed before it, so a brand reply to it left them open. Each such
    row (no id space, in a conversation named after a post it or another answers that is
    stored nowhere) is renamed into its own source's space, where the post will look
    (`conversations.adopted_thread`). A source of a shared space (the X kinds' "x") is not
    known to the store: its rows go to their source's own space, unjoined as before."""
    for table in ("mentions", "replies"):
        db.execute(tables.LEGACY_PROVISIONAL.format(table=table))


def _m019_channel_source(db: sqlite3.Connection) -> None:
    """`mentions --channel X` / `--source X` (and report's) counted and listed every row of
    the store: a million mentions read from the table, 12 s. Each, by when it was written,
    makes the count a range of an index and the newest its first rows."""
    db.execute("CREATE INDEX mentions_channel ON mentions(channel, created_at)")
    db.execute("CREATE INDEX mentions_source ON mentions(source, created_at)")


def _m020_subject_times(db: sqlite3.Connection) -> None:
    """The spike's counts per set of subjects read off an index led by the subjects
    (`queries.subject_counts`): a week's mentions counted within each set, a range of
    the index per set, instead of sorted by their subjects (SQLite's sorter: 113 of the
    114 million instructions of the counts at a million mentions). And each live mention's
    incident key terms kept with it (`incidents.kept_terms`), worked out now for the open
    ones: the floor reads them instead of reading thousands of texts again."""
    db.execute(
        "CREATE INDEX mentions_subject_times ON mentions(urgency_categories, topics, created_at)"
    )
    db.execute("ALTER TABLE mentions ADD COLUMN key_terms TEXT")
    from webcare.incidents import kept_terms

    rows = db.execute(
        "SELECT rowid, text FROM mentions WHERE responded_at IS NULL AND backfilled = 0"
    ).fetchall()
    db.executemany(
        "UPDATE mentions SET key_terms = ? WHERE rowid = ?",
        [(kept_terms(text), rowid) for rowid, text in rows],
    )


MIGRATIONS: tuple[Callable[[sqlite3.Connection], None], ...] = (
    _m001_initial,
    _m002_needs_reply,
    _m003_threads,
    _m004_reported,
    _m005_backfill,
    _m006_retry_at,
    _m007_also_seen,
    _m008_alerts,
    _m009_reply_decided,
    _m010_assignee,
    _m011_settled,
    _m012_labels,
    _m013_privacy_log,
    _m014_subjects,
    _m015_unanswered,
    _m016_id_spaces,
    _m017_first_polled,
    _m018_provisional_threads,
    _m019_channel_source,
    _m020_subject_times,
)
VERSION = len(MIGRATIONS)

TABLES = frozenset(
    {"mentions", "replies", "fetch_state", "actions", "reported", "also_seen", "alerted",
     "alerts_sent", "labels", "learned", "privacy_log"}
)  # fmt: skip
"""Every table the migrations create (none drops one): a database without webcare's
application id that holds any other is another program's, and is left alone."""


def configure(db: sqlite3.Connection) -> None:
    """PRAGMAs for every connection: WAL for readers during a poll, FKs, a busy timeout."""
    _switch_to_wal(db)
    db.execute("PRAGMA synchronous = NORMAL")
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("PRAGMA busy_timeout = 10000")


def configure_reader(db: sqlite3.Connection) -> None:
    """PRAGMAs for a read-only connection: none that writes, and no write through it."""
    db.execute("PRAGMA query_only = ON")
    db.execute("PRAGMA busy_timeout = 10000")


_SQLITE_BUSY = 5


def _switch_to_wal(db: sqlite3.Connection, *, patience: float = 10.0) -> None:
    """`journal_mode = WAL`, waiting for another process doing the same.

    Two connections switching a new store to WAL at once deadlock on its locks, and SQLite
    answers one of them "database is locked" at once, without its busy timeout. The other
    finishes within milliseconds, so try again for as long as the busy timeout would wait.
    """
    deadline = time.monotonic() + patience
    while True:
        try:
            db.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            busy = exc.sqlite_errorcode & 0xFF == _SQLITE_BUSY
            if not busy or time.monotonic() > deadline:
                raise
        time.sleep(0.01)
