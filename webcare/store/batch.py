"""The SQLite store's save of one source's fetch, a chunk of mentions at a time.

`SqliteBatch` runs inside one transaction of `webcare.store.sqlite.SqliteStore.batch`:
`add` the analysed mentions as they come (an export of any size is never held whole),
then `finish` with the brand replies and the source's validators. The decision loop
is `webcare.store.chunking.ChunkedBatch`'s, shared with the PostgreSQL batch; this module
is its SQLite: per chunk one query for the ids already stored, one for the stored posts
sharing a dedupe key (another source's sighting of the same post), one for the
conversations brand replies already answered; new rows go in with one `executemany`.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from functools import lru_cache

from webcare import conversations
from webcare.conversations import BrandAnswer, Waiting
from webcare.dedupe import PostKeys, SamePost
from webcare.incidents import kept_terms
from webcare.model import Analysis, Mention, Reply, mention_id
from webcare.store.base import Settler
from webcare.store.chunking import (
    CHUNK,
    NEW_ROW_COLUMNS,
    SIGHTING_COLUMNS,
    Candidate,
    ChunkedBatch,
)
from webcare.store.queries import EPOCH, time_of
from webcare.store.records import BatchResult, FetchState
from webcare.timeparse import iso_utc

__all__ = ["CHUNK", "SqliteBatch", "insert_reply", "parent_thread", "save_state"]

BATCH_CACHE_KIB = 8192
"""SQLite's page cache while a batch is stored in one transaction. A new row goes into
about a dozen indexes, most at a random place (its id, text key, conversation, author):
with the default 2 MiB, the pages they touch are soon spilled to the log and read back,
and a row of a 100,000-row import cost SQLite 54-74 µs of CPU; 46-48 µs with 8 MiB, no
less with 16 (which took the import's peak RSS from 128 to 144 MB). Only a batch that adds
mentions takes it: a thousand sources answering 304 would each pay three statements for it."""

_INSERT = (
    f"INSERT OR IGNORE INTO mentions ({', '.join(NEW_ROW_COLUMNS)})"
    f" VALUES ({', '.join('?' * len(NEW_ROW_COLUMNS))})"
)
_SIGHTING = (
    f"INSERT OR IGNORE INTO also_seen ({', '.join(SIGHTING_COLUMNS)})"
    f" VALUES ({', '.join('?' * len(SIGHTING_COLUMNS))})"
)


class SqliteBatch(ChunkedBatch):
    """One source's save in progress (see the module docstring)."""

    def __init__(
        self,
        db: sqlite3.Connection,
        source: str,
        *,
        polled_at: datetime,
        history_before: datetime | None,
        undated_is_history: bool,
        settle: Settler | None = None,
        id_space: str | None = None,
    ) -> None:
        super().__init__(
            source, history_before=history_before, undated_is_history=undated_is_history,
            settle=settle, id_space=id_space,
        )  # fmt: skip
        self.db = db
        self.polled_at = polled_at
        self.first_seen = iso_utc(polled_at)
        self._own_cache: int | None = None
        """The connection's page cache size before this batch's rows enlarged it."""

    def add(self, mentions: Sequence[tuple[Mention, Analysis]]) -> None:
        """Store these mentions (each new, seen, or another source's sighting of a stored post)."""
        if mentions and self._own_cache is None:
            self._own_cache = int(self.db.execute("PRAGMA cache_size").fetchone()[0])
            self.db.execute(f"PRAGMA cache_size = -{BATCH_CACHE_KIB}")
        self._add(mentions)

    def close(self) -> None:
        """Give the connection its own page cache back, finished or not (`BATCH_CACHE_KIB`)."""
        if self._own_cache is not None:
            self.db.execute(f"PRAGMA cache_size = {self._own_cache}")
            self._own_cache = None

    def finish(self, replies: Iterable[Reply], state: FetchState | None) -> BatchResult:
        """Apply the brand replies (after every mention, as they may answer any of them),
        keep the source's validators (`state` None keeps none), mark it polled."""
        self._flush()
        applied = sum(insert_reply(self.db, reply, self.space) for reply in replies)
        save_state(self.db, self.source, self.polled_at, state)
        self.finished = True
        return BatchResult(self.new, self.seen, applied, self.also, self.history)

    # ------------------------------------------------------------ the chunk's SQL

    def _stored_ids(self, ids: list[str]) -> set[str]:
        rows = self.db.execute(f"SELECT id FROM mentions WHERE id IN ({_marks(ids)})", ids)
        return {row[0] for row in rows}

    def _posts_sharing_keys(self, keys: Sequence[PostKeys], source: str) -> list[Candidate]:
        urls = sorted({key.url for key in keys if key.url is not None})
        texts = sorted({key.text for key in keys if key.text is not None})
        # Only the keys there are: an empty `url_key IN ()` beside the other list makes
        # SQLite scan the whole table for every chunk (exports without URLs: an import of
        # 100,000 rows read 100,000-row tables 400 times).
        shares = [f"{column} IN ({_marks(values)})" for column, values in
                  (("url_key", urls), ("text_key", texts)) if values]  # fmt: skip
        if not shares:
            return []
        rows = self.db.execute(
            f"""SELECT id, source, text, author, created_at, url_key, text_key FROM mentions
                WHERE ({" OR ".join(shares)}) AND source != ?""",
            [*urls, *texts, source],
        )
        return [
            Candidate(
                row["id"], row["source"], row["text"], row["author"], time_of(row["created_at"]),
                PostKeys(row["url_key"], row["text_key"]),
            )
            for row in rows
        ]  # fmt: skip

    def _answered_conversations(self, threads: list[str], natives: list[str]) -> set[str]:
        rows = self.db.execute(
            f"""SELECT thread_id, in_reply_to FROM replies
                WHERE thread_id IN ({_marks(threads)})
                   OR (in_reply_to IN ({_marks(natives)}) AND {_IN_SPACE})""",
            [*threads, *natives, self.space],
        )
        return {value for row in rows for value in row if value is not None}

    def _row(
        self, m: Mention, a: Analysis, thread: str, keys: PostKeys, history: bool
    ) -> tuple[object, ...]:
        owed, due, stamp = self._kept(m, a, history)
        return (
            m.id, m.source, m.channel.value, m.native_id, m.url, m.author, m.author_reach,
            m.text, iso_utc(m.created_at), int(m.created_at_estimated), m.rating,
            m.in_reply_to, self.first_seen, a.language, a.sentiment.score,
            a.sentiment.label.value, _json(a.sentiment.words), a.urgency.level.value,
            _json(a.urgency.reasons), _json(a.urgency.categories),
            _json(a.topics), a.route.value, a.route_reason, int(a.needs_reply),
            a.needs_reply_reason, thread, keys.url, keys.text, int(history),
            None if owed is None else int(owed), iso_utc(due) if due else None, stamp,
            self.space, None if history else kept_terms(m.text),
        )  # fmt: skip

    def _sighting(self, m: Mention, match: SamePost) -> tuple[object, ...]:
        return (
            m.id, match.mention_id, m.source, m.native_id, m.url,
            self.first_seen or iso_utc(m.created_at), match.matched_by, self.space,
        )  # fmt: skip

    def _write_rows(self, rows: list[tuple[object, ...]]) -> None:
        self.db.executemany(_INSERT, rows)

    def _write_sightings(self, sightings: list[tuple[object, ...]]) -> None:
        self.db.executemany(_SIGHTING, sightings)

    def _insert_answer(self, m: Mention, a: Analysis, keys: PostKeys, history: bool) -> str:
        assert m.in_reply_to is not None
        parent = parent_thread(self.db, self.space, m.in_reply_to)
        thread = conversations.thread_of(self.space, m, parent)
        self.db.execute(_INSERT, self._row(m, a, thread, keys, history))
        _adopt_answers(self.db, self.space, m, thread)
        return thread

    def _adopt_answers(self, m: Mention, thread: str) -> None:
        _adopt_answers(self.db, self.space, m, thread)


@lru_cache(maxsize=4096)
def _json(words: tuple[str, ...]) -> str:
    """A tuple of an analysis as its JSON column holds it; the same few come back row
    after row (no reasons, the same topics), so each is encoded once."""
    return json.dumps(words)


def _marks(values: Sequence[object]) -> str:
    return ",".join("?" * len(values))


_IN_SPACE = "(id_space = ? OR id_space IS NULL)"
"""A row of the id space given, or one stored before id spaces were kept (which any may
match, as every row did then)."""


def _adopt_answers(db: sqlite3.Connection, space: str, m: Mention, thread: str) -> None:
    """A new mention takes in the conversation its answers started before it was stored
    (`conversations.adopted_thread`), and the brand replies already stored that answer
    it or its conversation mark what they answer."""
    adopted = conversations.adopted_thread(space, m, thread)
    if adopted is not None:
        db.execute("UPDATE mentions SET thread_id = ? WHERE thread_id = ?", (thread, adopted))
        db.execute("UPDATE replies SET thread_id = ? WHERE thread_id = ?", (thread, adopted))
    replies = db.execute(
        f"""SELECT author, created_at, in_reply_to FROM replies
            WHERE thread_id = ? OR (in_reply_to = ? AND {_IN_SPACE}) ORDER BY created_at""",
        (thread, m.native_id, space),
    ).fetchall()
    for reply in replies:
        answer(
            db,
            BrandAnswer(
                reply["in_reply_to"],
                thread,
                time_of(reply["created_at"]) or m.created_at,
                reply["author"],
                space,
            ),
        )


def insert_reply(db: sqlite3.Connection, reply: Reply, space: str) -> int:
    """Store a brand reply (once) and mark what it answers, of its id space `space`; how
    many it answered."""
    reply_id = mention_id(
        reply.source, native_id=reply.native_id, author=reply.author,
        text=reply.in_reply_to, created_at=reply.created_at,
    )  # fmt: skip
    parent = parent_thread(db, space, reply.in_reply_to)
    thread = conversations.joined_thread(space, reply.in_reply_to, parent)
    cursor = db.execute(
        """INSERT OR IGNORE INTO replies
           (id, source, native_id, in_reply_to, author, created_at, thread_id, id_space)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
        (
            reply_id, reply.source, reply.native_id, reply.in_reply_to, reply.author,
            iso_utc(reply.created_at), thread, space,
        ),
    )  # fmt: skip
    if cursor.rowcount == 0:
        return 0
    # To the second, as stored: the rule compares it with stored times.
    at = reply.created_at.astimezone(UTC).replace(microsecond=0)
    return answer(db, BrandAnswer(reply.in_reply_to, thread, at, reply.author, space))


def answer(db: sqlite3.Connection, reply: BrandAnswer) -> int:
    """Mark responded what one brand reply answers (`conversations.answered` decides from
    the messages it could answer); how many were."""
    rows = db.execute(
        f"""SELECT id, native_id, thread_id, created_at, responded_at, id_space, author
            FROM mentions
            WHERE (native_id = ? AND {_IN_SPACE}) OR thread_id = ? OR id IN
              (SELECT mention_id FROM also_seen WHERE native_id = ? AND {_IN_SPACE})""",
        (reply.in_reply_to, reply.space, reply.thread_id, reply.in_reply_to, reply.space),
    ).fetchall()
    if not rows:
        return 0
    sighted = {
        row[0]
        for row in db.execute(
            f"SELECT mention_id FROM also_seen WHERE native_id = ? AND {_IN_SPACE}",
            (reply.in_reply_to, reply.space),
        )
    }
    messages = [
        Waiting(
            row["id"],
            row["native_id"],
            row["thread_id"],
            time_of(row["created_at"]) or EPOCH,
            time_of(row["responded_at"]),
            frozenset({reply.in_reply_to}) if row["id"] in sighted else frozenset(),
            row["id_space"],
            row["author"],
        )
        for row in rows
    ]
    ids = conversations.answered(reply, messages)
    db.executemany(
        """UPDATE mentions SET responded_at = ?, responded_by = ?, responded_via = 'reply',
           response_note = NULL WHERE id = ?""",
        [(iso_utc(reply.at), reply.author, mention) for mention in ids],
    )
    return len(ids)


def parent_thread(db: sqlite3.Connection, space: str, native_id: str) -> str | None:
    """The conversation of the stored post with this native id in id space `space` (a
    mention, a brand reply or another source's sighting of a mention); None when it is not
    stored. A row of the space itself wins over one stored before id spaces were kept."""
    for table in ("mentions", "replies"):
        row = db.execute(
            f"""SELECT thread_id FROM {table} WHERE native_id = ? AND {_IN_SPACE}
                AND thread_id IS NOT NULL ORDER BY id_space IS NULL LIMIT 1""",
            (native_id, space),
        ).fetchone()
        if row is not None:
            return str(row["thread_id"])
    row = db.execute(
        """SELECT m.thread_id FROM also_seen a JOIN mentions m ON m.id = a.mention_id
           WHERE a.native_id = ? AND (a.id_space = ? OR a.id_space IS NULL)
             AND m.thread_id IS NOT NULL ORDER BY a.id_space IS NULL LIMIT 1""",
        (native_id, space),
    ).fetchone()
    return str(row["thread_id"]) if row is not None else None


def save_state(db: sqlite3.Connection, source: str, at: datetime, state: FetchState | None) -> None:
    """A successful fetch: its validators (none when `state` is None), no error, polled."""
    stamp = iso_utc(at)
    if state is None:
        db.execute(
            """INSERT INTO fetch_state (source, last_polled_at, last_ok_at, last_error)
               VALUES (?, ?, ?, NULL) ON CONFLICT(source) DO UPDATE SET
               last_polled_at = excluded.last_polled_at, last_ok_at = excluded.last_ok_at,
               last_error = NULL, retry_at = NULL""",
            (source, stamp, stamp),
        )
        return
    db.execute(
        """INSERT INTO fetch_state (source, etag, last_modified, last_polled_at, last_ok_at, last_error)
           VALUES (?, ?, ?, ?, ?, NULL) ON CONFLICT(source) DO UPDATE SET etag = excluded.etag,
           last_modified = excluded.last_modified, last_polled_at = excluded.last_polled_at,
           last_ok_at = excluded.last_ok_at, last_error = excluded.last_error, retry_at = NULL""",
        (source, state.etag, state.last_modified, stamp, stamp),
    )
