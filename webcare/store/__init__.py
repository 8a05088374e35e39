"""The SQLite store: every SQL statement webcare runs lives in this module.

Owns: opening and migrating the file, idempotent upserts (a re-poll never duplicates),
brand replies that mark mentions responded, per-source fetch state, acks and reopens
with who/when/note, and filtered reads. One transaction per source batch, so a crash
mid-poll keeps every batch committed before it and nothing half-written.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from webcare import conversations
from webcare.conversations import BrandAnswer, Waiting
from webcare.dedupe import PostKeys, StoredPost, same_post
from webcare.errors import NotFoundError, StoreError, UsageError
from webcare.model import (
    Analysis,
    Channel,
    Mention,
    Reply,
    Response,
    Route,
    Sentiment,
    SentimentLabel,
    Sighting,
    StoredMention,
    Urgency,
    UrgencyLevel,
    mention_id,
)
from webcare.store import schema
from webcare.timeparse import iso_utc


@dataclass(frozen=True, slots=True)
class FetchState:
    etag: str | None = None
    last_modified: str | None = None


@dataclass(frozen=True, slots=True)
class BatchResult:
    new: int
    seen: int
    replies: int
    also_seen: int = 0
    """New sightings of a post already stored from elsewhere: kept with it, not as new."""
    history: int = 0
    """Of `new`, stored as backfilled history (never on the floor)."""


@dataclass(frozen=True, slots=True)
class MentionQuery:
    since: datetime | None = None
    until: datetime | None = None
    channels: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    sentiment: str | None = None
    search: str | None = None
    open_at: datetime | None = None
    """Only live mentions unanswered at this moment (no backfilled history)."""
    no_reply_since: datetime | None = None
    """With `open_at`: mentions the analysis found need no reply only when created since
    (recent praise to thank); None leaves them out."""


@dataclass(frozen=True, slots=True)
class AckResult:
    id: str
    changed: bool
    detail: str


_EPOCH = datetime.fromtimestamp(0, UTC)


def _time(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text.replace("Z", "+00:00")) if text else None


def resolve_location(location: str | Path) -> Path:
    text = str(location)
    if text.startswith("sqlite:///"):
        return Path(text.removeprefix("sqlite:///"))
    if "://" in text:
        raise StoreError(f"unsupported store URL {text!r}; use a file path or sqlite:///PATH")
    return Path(text)


class Store:
    def __init__(self, db: sqlite3.Connection, path: Path) -> None:
        self.db = db
        self.path = path

    @classmethod
    def open(cls, location: str | Path) -> Store:
        path = resolve_location(location)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(path, isolation_level=None, timeout=10)
            db.row_factory = sqlite3.Row
            store = cls(db, path)
            store._refuse_newer_schema()
            schema.configure(db)
            store._migrate()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"cannot open the store {path}: {exc}") from None
        except OSError as exc:
            raise StoreError(f"cannot create the store {path}: {exc}") from None
        return store

    def close(self) -> None:
        self.db.close()

    @contextmanager
    def writer_lock(self) -> Iterator[bool]:
        """Hold the store's writer lock for a poll or import; yields False when another
        process holds it (cron started a poll while the last one still runs).

        An advisory `flock` on `<store>.lock`, released when the process ends however it
        ends. Where `fcntl` does not exist (Windows) there is no lock and this yields True.
        """
        try:
            import fcntl
        except ImportError:
            yield True
            return
        with open(self.path.with_name(self.path.name + ".lock"), "a+b") as handle:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                yield False
                return
            try:
                yield True
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _refuse_newer_schema(self) -> None:
        # Checked before any PRAGMA that writes: a newer store is left exactly as it was.
        version = self.db.execute("PRAGMA user_version").fetchone()[0]
        if version > schema.VERSION:
            self.db.close()
            raise StoreError(
                f"the store {self.path} was written by a newer webcare (schema {version}, "
                f"this one knows {schema.VERSION}); upgrade webcare"
            )

    def _migrate(self) -> None:
        version = self.db.execute("PRAGMA user_version").fetchone()[0]
        if version == schema.VERSION:
            return
        with self.transaction():
            for migration in schema.MIGRATIONS[version:]:
                migration(self.db)
            self.db.execute(f"PRAGMA user_version = {schema.VERSION}")
            self.db.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")

    @contextmanager
    def transaction(self) -> Iterator[None]:
        try:
            self.db.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise StoreError(f"cannot write to the store {self.path}: {exc}") from None
        try:
            yield
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        try:
            self.db.execute("COMMIT")
        except sqlite3.Error as exc:
            raise StoreError(f"cannot commit to the store {self.path}: {exc}") from None

    # ------------------------------------------------------------ polling

    def fetch_state(self, source: str) -> FetchState:
        row = self.db.execute(
            "SELECT etag, last_modified FROM fetch_state WHERE source = ?", (source,)
        ).fetchone()
        return FetchState(row["etag"], row["last_modified"]) if row else FetchState()

    def retry_at(self, source: str) -> datetime | None:
        """When a source that asked to be left alone (Retry-After) may be fetched again."""
        row = self.db.execute(
            "SELECT retry_at FROM fetch_state WHERE source = ?", (source,)
        ).fetchone()
        return datetime.fromisoformat(row[0]) if row and row[0] else None

    def known_ids(self, ids: Iterable[str]) -> set[str]:
        """Which of these ids are stored, as a mention or as a sighting of one."""
        wanted = list(ids)
        known: set[str] = set()
        for start in range(0, len(wanted), 400):
            chunk = wanted[start : start + 400]
            marks = ",".join("?" * len(chunk))
            known.update(
                row[0]
                for row in self.db.execute(
                    f"SELECT id FROM mentions WHERE id IN ({marks})"
                    f" UNION SELECT id FROM also_seen WHERE id IN ({marks})",
                    chunk + chunk,
                )
            )
        return known

    def save_batch(
        self,
        source: str,
        mentions: Sequence[tuple[Mention, Analysis]],
        replies: Sequence[Reply],
        *,
        polled_at: datetime,
        state: FetchState | None,
        history_before: datetime | None = None,
        undated_is_history: bool = False,
    ) -> BatchResult:
        """Store one source's batch in one transaction; returns new/seen/applied counts.

        New mentions created before `history_before` are stored as backfilled history, and
        so are those whose date is only estimated when `undated_is_history`."""
        new = seen = applied = also = history = 0
        first_seen = iso_utc(polled_at)
        try:
            with self.transaction():
                for mention, analysis in mentions:
                    keys = PostKeys.of(mention)
                    if self._record_sighting(mention, first_seen, keys):
                        also += 1
                    elif self._insert_mention(mention, analysis, first_seen, keys):
                        new += 1
                        if (history_before is not None and mention.created_at < history_before) or (
                            undated_is_history and mention.created_at_estimated
                        ):
                            history += 1
                            self.db.execute(
                                "UPDATE mentions SET backfilled = 1 WHERE id = ?", (mention.id,)
                            )
                    else:
                        seen += 1
                for reply in replies:
                    applied += self._insert_reply(reply)
                self._save_state(source, polled_at, state, error=None)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot store source {source!r}: {exc}") from None
        return BatchResult(new, seen, applied, also, history)

    def has_polled(self, source: str) -> bool:
        """Whether this source was ever fetched successfully (its first poll is behind it)."""
        row = self.db.execute(
            "SELECT last_ok_at FROM fetch_state WHERE source = ?", (source,)
        ).fetchone()
        return row is not None and row["last_ok_at"] is not None

    def record_failure(
        self, source: str, polled_at: datetime, error: str, *, retry_at: datetime | None = None
    ) -> None:
        """Remember a failed fetch; `retry_at` keeps polls away until then (Retry-After)."""
        try:
            with self.transaction():
                self.db.execute(
                    """INSERT INTO fetch_state (source, last_polled_at, last_error, retry_at)
                       VALUES (?, ?, ?, ?)
                       ON CONFLICT(source) DO UPDATE SET last_polled_at = excluded.last_polled_at,
                       last_error = excluded.last_error, retry_at = excluded.retry_at""",
                    (source, iso_utc(polled_at), error, iso_utc(retry_at)),
                )
        except sqlite3.Error as exc:
            raise StoreError(f"cannot record the failure of source {source!r}: {exc}") from None

    def _save_state(
        self, source: str, at: datetime, state: FetchState | None, error: str | None
    ) -> None:
        stamp = iso_utc(at)
        if state is None:
            self.db.execute(
                """INSERT INTO fetch_state (source, last_polled_at, last_ok_at, last_error)
                   VALUES (?, ?, ?, NULL) ON CONFLICT(source) DO UPDATE SET
                   last_polled_at = excluded.last_polled_at, last_ok_at = excluded.last_ok_at,
                   last_error = NULL, retry_at = NULL""",
                (source, stamp, stamp),
            )
            return
        self.db.execute(
            """INSERT INTO fetch_state (source, etag, last_modified, last_polled_at, last_ok_at, last_error)
               VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(source) DO UPDATE SET etag = excluded.etag,
               last_modified = excluded.last_modified, last_polled_at = excluded.last_polled_at,
               last_ok_at = excluded.last_ok_at, last_error = excluded.last_error, retry_at = NULL""",
            (source, state.etag, state.last_modified, stamp, stamp, error),
        )

    def _record_sighting(self, m: Mention, first_seen: str | None, keys: PostKeys) -> bool:
        """Keep `m` as another sighting of a stored post, when it is one (`dedupe.same_post`
        decides); True if it was."""
        if self.db.execute("SELECT 1 FROM mentions WHERE id = ?", (m.id,)).fetchone():
            return False  # the mention itself, polled again
        if keys.url is None and keys.text is None:
            return False
        rows = self.db.execute(
            """SELECT id, source, text, author, created_at, url_key, text_key FROM mentions
               WHERE (url_key = ? OR text_key = ?) AND source != ?""",
            (keys.url, keys.text, m.source),
        ).fetchall()
        match = same_post(
            m,
            keys,
            (
                StoredPost(
                    row["id"],
                    row["source"],
                    row["text"],
                    row["author"],
                    _time(row["created_at"]) or m.created_at,
                    PostKeys(row["url_key"], row["text_key"]),
                )
                for row in rows
            ),
        )
        if match is None:
            return False
        self.db.execute(
            """INSERT OR IGNORE INTO also_seen (id, mention_id, source, native_id, url, seen_at,
               matched_by) VALUES (?, ?, ?, ?, ?, ?, ?)""",
            (
                m.id,
                match.mention_id,
                m.source,
                m.native_id,
                m.url,
                first_seen or iso_utc(m.created_at),
                match.matched_by,
            ),
        )
        return True

    def _insert_mention(
        self, m: Mention, a: Analysis, first_seen: str | None, keys: PostKeys
    ) -> bool:
        cursor = self.db.execute(
            """INSERT OR IGNORE INTO mentions (id, source, channel, native_id, url, author,
               author_reach, text, created_at, created_at_estimated, rating, in_reply_to,
               first_seen_at, language, sentiment_score, sentiment_label, sentiment_words,
               urgency_level, urgency_reasons, urgency_categories, topics, route, route_reason,
               needs_reply, needs_reply_reason)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            (
                m.id, m.source, m.channel.value, m.native_id, m.url, m.author, m.author_reach,
                m.text, iso_utc(m.created_at), int(m.created_at_estimated), m.rating,
                m.in_reply_to, first_seen, a.language, a.sentiment.score, a.sentiment.label.value,
                json.dumps(a.sentiment.words), a.urgency.level.value, json.dumps(a.urgency.reasons),
                json.dumps(a.urgency.categories), json.dumps(a.topics), a.route.value, a.route_reason,
                int(a.needs_reply), a.needs_reply_reason,
            ),
        )  # fmt: skip
        if cursor.rowcount == 0:
            return False
        parent = self._parent_thread(m.in_reply_to) if m.in_reply_to else None
        thread = conversations.thread_of(m, parent)
        self.db.execute(
            "UPDATE mentions SET thread_id = ?, url_key = ?, text_key = ? WHERE id = ?",
            (thread, keys.url, keys.text, m.id),
        )
        adopted = conversations.adopted_thread(m, thread)
        if adopted is not None:
            self.db.execute(
                "UPDATE mentions SET thread_id = ? WHERE thread_id = ?", (thread, adopted)
            )
            self.db.execute(
                "UPDATE replies SET thread_id = ? WHERE thread_id = ?", (thread, adopted)
            )
        # Brand replies already stored may answer it (and the answers just adopted): those
        # replying to it and those of its conversation; `conversations.answered` decides.
        replies = self.db.execute(
            """SELECT author, created_at, in_reply_to FROM replies
               WHERE thread_id = ? OR in_reply_to = ? ORDER BY created_at""",
            (thread, m.native_id),
        ).fetchall()
        for reply in replies:
            self._answer(
                BrandAnswer(
                    reply["in_reply_to"],
                    thread,
                    _time(reply["created_at"]) or m.created_at,
                    reply["author"],
                )
            )
        return True

    def _insert_reply(self, reply: Reply) -> int:
        reply_id = mention_id(
            reply.source, native_id=reply.native_id, author=reply.author,
            text=reply.in_reply_to, created_at=reply.created_at,
        )  # fmt: skip
        at = iso_utc(reply.created_at)
        thread = conversations.joined_thread(
            reply.in_reply_to, self._parent_thread(reply.in_reply_to)
        )
        cursor = self.db.execute(
            """INSERT OR IGNORE INTO replies (id, source, native_id, in_reply_to, author, created_at, thread_id)
               VALUES (?, ?, ?, ?, ?, ?, ?)""",
            (reply_id, reply.source, reply.native_id, reply.in_reply_to, reply.author, at, thread),
        )
        if cursor.rowcount == 0:
            return 0
        # To the second, as stored: the rule compares it with stored times.
        answer_at = reply.created_at.astimezone(UTC).replace(microsecond=0)
        return self._answer(BrandAnswer(reply.in_reply_to, thread, answer_at, reply.author))

    def _answer(self, reply: BrandAnswer) -> int:
        """Mark responded what one brand reply answers (`conversations.answered` decides
        from the messages it could answer); how many were."""
        rows = self.db.execute(
            """SELECT id, native_id, thread_id, created_at, responded_at FROM mentions
               WHERE native_id = ? OR thread_id = ?
                  OR id IN (SELECT mention_id FROM also_seen WHERE native_id = ?)""",
            (reply.in_reply_to, reply.thread_id, reply.in_reply_to),
        ).fetchall()
        if not rows:
            return 0
        sighted = {
            row[0]
            for row in self.db.execute(
                "SELECT mention_id FROM also_seen WHERE native_id = ?", (reply.in_reply_to,)
            )
        }
        messages = [
            Waiting(
                row["id"],
                row["native_id"],
                row["thread_id"],
                _time(row["created_at"]) or _EPOCH,
                _time(row["responded_at"]),
                frozenset({reply.in_reply_to}) if row["id"] in sighted else frozenset(),
            )
            for row in rows
        ]
        ids = conversations.answered(reply, messages)
        if ids:
            self.db.executemany(
                """UPDATE mentions SET responded_at = ?, responded_by = ?, responded_via = 'reply',
                   response_note = NULL WHERE id = ?""",
                [(iso_utc(reply.at), reply.author, mention) for mention in ids],
            )
        return len(ids)

    def _parent_thread(self, native_id: str) -> str | None:
        """The conversation of the stored post with this native id (a mention, a brand reply
        or another source's sighting of a mention); None when it is not stored."""
        for table in ("mentions", "replies"):
            row = self.db.execute(
                f"SELECT thread_id FROM {table} WHERE native_id = ? AND thread_id IS NOT NULL LIMIT 1",
                (native_id,),
            ).fetchone()
            if row is not None:
                return str(row["thread_id"])
        row = self.db.execute(
            """SELECT m.thread_id FROM also_seen a JOIN mentions m ON m.id = a.mention_id
               WHERE a.native_id = ? AND m.thread_id IS NOT NULL LIMIT 1""",
            (native_id,),
        ).fetchone()
        return str(row["thread_id"]) if row is not None else None

    # ------------------------------------------------------------ reading

    def query(self, q: MentionQuery, *, limit: int | None = None) -> list[StoredMention]:
        clauses: list[str] = []
        params: list[object] = []
        if q.since is not None:
            clauses.append("created_at >= ?")
            params.append(iso_utc(q.since))
        if q.until is not None:
            clauses.append("created_at <= ?")
            params.append(iso_utc(q.until))
        if q.channels:
            clauses.append(f"channel IN ({','.join('?' * len(q.channels))})")
            params.extend(q.channels)
        if q.sources:
            clauses.append(f"source IN ({','.join('?' * len(q.sources))})")
            params.extend(q.sources)
        if q.sentiment:
            clauses.append("sentiment_label = ?")
            params.append(q.sentiment)
        if q.open_at is not None:
            clauses.append("backfilled = 0 AND (responded_at IS NULL OR responded_at > ?)")
            params.append(iso_utc(q.open_at))
            if q.no_reply_since is None:
                clauses.append("needs_reply = 1")
            else:
                clauses.append("(needs_reply = 1 OR created_at >= ?)")
                params.append(iso_utc(q.no_reply_since))
        if q.search:
            clauses.append("(text LIKE ? ESCAPE '\\' OR author LIKE ? ESCAPE '\\')")
            pattern = (
                "%" + q.search.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            )
            params.extend([pattern, pattern])
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        sql = f"SELECT * FROM mentions {where} ORDER BY created_at DESC, id"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        try:
            return self._with_sightings(
                [_row_to_stored(row) for row in self.db.execute(sql, params)]
            )
        except sqlite3.Error as exc:
            raise StoreError(f"cannot read the store {self.path}: {exc}") from None

    def _with_sightings(self, items: list[StoredMention]) -> list[StoredMention]:
        """Attach to each mention where else the same post was seen."""
        seen: dict[str, list[Sighting]] = {}
        ids = [item.mention.id for item in items]
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            for row in self.db.execute(
                f"""SELECT mention_id, source, url, native_id FROM also_seen
                    WHERE mention_id IN ({",".join("?" * len(chunk))}) ORDER BY seen_at, id""",
                chunk,
            ):
                seen.setdefault(row["mention_id"], []).append(
                    Sighting(row["source"], row["url"], row["native_id"])
                )
        if not seen:
            return items
        return [
            replace(item, also_seen=tuple(seen[item.mention.id]))
            if item.mention.id in seen
            else item
            for item in items
        ]

    def subjects_since(
        self, since: datetime, until: datetime
    ) -> list[tuple[datetime, frozenset[str]]]:
        """(created_at, urgency categories and topics) of every mention written in the window,
        answered or not: the usual rate behind an incident's spike flag."""
        try:
            rows = self.db.execute(
                """SELECT created_at, urgency_categories, topics FROM mentions
                   WHERE created_at >= ? AND created_at <= ?""",
                (iso_utc(since), iso_utc(until)),
            ).fetchall()
        except sqlite3.Error as exc:
            raise StoreError(f"cannot read the store {self.path}: {exc}") from None
        return [
            (
                _time(row[0]) or since,
                frozenset(json.loads(row[1])) | frozenset(json.loads(row[2])),
            )
            for row in rows
        ]

    def source_names(self) -> list[str]:
        """Every source that was ever polled or imported into this store."""
        try:
            return [
                row[0] for row in self.db.execute("SELECT source FROM fetch_state ORDER BY source")
            ]
        except sqlite3.Error as exc:
            raise StoreError(f"cannot read the store {self.path}: {exc}") from None

    def resolve_id(self, given: str) -> str:
        """A full id from an id or a unique prefix of at least 4 characters."""
        text = given.strip().lower()
        if len(text) < 4:
            raise NotFoundError(f"id {given!r} is too short; give at least 4 characters")
        rows = self.db.execute(
            "SELECT id FROM mentions WHERE id >= ? AND id < ? LIMIT 3", (text, text + "\uffff")
        ).fetchall()
        if not rows:
            raise NotFoundError(f"no mention with id {given!r}")
        if len(rows) > 1 and rows[0]["id"] != text:
            raise NotFoundError(f"id {given!r} is ambiguous: {', '.join(r['id'] for r in rows)}…")
        return str(rows[0]["id"])

    def get(self, given: str) -> StoredMention:
        row = self.db.execute(
            "SELECT * FROM mentions WHERE id = ?", (self.resolve_id(given),)
        ).fetchone()
        return self._with_sightings([_row_to_stored(row)])[0]

    def reported(self) -> dict[str, str]:
        """Mention id -> SLA status, as the last `report --only-new` found them on the floor."""
        return {
            row["mention_id"]: row["status"] for row in self.db.execute("SELECT * FROM reported")
        }

    def remember_reported(self, statuses: dict[str, str], at: datetime) -> None:
        """Replace what `report --only-new` remembers with what is on the floor now."""
        with self.transaction():
            self.db.execute("DELETE FROM reported")
            self.db.executemany(
                "INSERT INTO reported (mention_id, status, at) VALUES (?, ?, ?)",
                [(mention, status, iso_utc(at)) for mention, status in statuses.items()],
            )

    def alerted(self) -> set[tuple[str, str]]:
        """(mention id, status) pairs `webcare notify` already alerted."""
        return {
            (row[0], row[1]) for row in self.db.execute("SELECT mention_id, status FROM alerted")
        }

    def last_alert_at(self) -> datetime | None:
        row = self.db.execute("SELECT at FROM alerts_sent ORDER BY seq DESC LIMIT 1").fetchone()
        return _time(row[0]) if row else None

    def remember_alert(self, pairs: Iterable[tuple[str, str]], at: datetime) -> None:
        """Record one sent alert and the (mention, status) pairs it carried."""
        stamp = iso_utc(at)
        pairs = list(pairs)
        with self.transaction():
            self.db.executemany(
                "INSERT OR IGNORE INTO alerted (mention_id, status, at) VALUES (?, ?, ?)",
                [(mention, status, stamp) for mention, status in pairs],
            )
            self.db.execute(
                "INSERT INTO alerts_sent (at, mentions) VALUES (?, ?)", (stamp, len(pairs))
            )

    def thread(self, thread_id: str) -> list[StoredMention]:
        """Every stored mention of one conversation, oldest first."""
        rows = self.db.execute(
            "SELECT * FROM mentions WHERE thread_id = ? ORDER BY created_at, id", (thread_id,)
        )
        return self._with_sightings([_row_to_stored(row) for row in rows])

    def by_author(
        self, author: str, *, exclude: str | None = None, limit: int = 20
    ) -> list[StoredMention]:
        rows = self.db.execute(
            """SELECT * FROM mentions WHERE author = ? COLLATE NOCASE AND id IS NOT ?
               ORDER BY created_at DESC LIMIT ?""",
            (author, exclude, limit),
        )
        return self._with_sightings([_row_to_stored(row) for row in rows])

    def actions(self, mention: str) -> list[dict[str, str | None]]:
        rows = self.db.execute(
            "SELECT action, by, at, note FROM actions WHERE mention_id = ? ORDER BY seq", (mention,)
        )
        return [dict(row) for row in rows]

    # ------------------------------------------------------------ people's actions

    def ack(
        self, ids: Sequence[str], *, by: str | None, at: datetime, note: str | None
    ) -> list[AckResult]:
        """Mark mentions responded at `at`; one that already has an earlier response keeps it.

        An answer cannot come before the mention was written: such an `at` is refused for
        all of them, and nothing is written. Nothing changed, nothing recorded."""
        resolved = [self.resolve_id(given) for given in ids]
        results = []
        stamp = iso_utc(at)
        rows = {
            mention: self.db.execute(
                "SELECT created_at, responded_at, responded_via FROM mentions WHERE id = ?",
                (mention,),
            ).fetchone()
            for mention in resolved
        }
        early = [m for m, row in rows.items() if row["created_at"] > stamp]
        if early:
            raise UsageError(
                f"--at {stamp} is before {early[0][:8]} was written ({rows[early[0]]['created_at']}); "
                "an answer cannot come before the question"
                + (f" ({len(early)} mentions)" if len(early) > 1 else "")
            )
        with self.transaction():
            for mention, row in rows.items():
                if row["responded_at"] is not None and row["responded_at"] <= stamp:
                    results.append(
                        AckResult(
                            mention,
                            False,
                            f"already responded ({row['responded_via']}) at {row['responded_at']}",
                        )
                    )
                    continue
                self.db.execute(
                    "INSERT INTO actions (mention_id, action, by, at, note) VALUES (?, 'ack', ?, ?, ?)",
                    (mention, by, stamp, note),
                )
                self.db.execute(
                    """UPDATE mentions SET responded_at = ?, responded_by = ?, responded_via = 'ack',
                       response_note = ? WHERE id = ?""",
                    (stamp, by, note, mention),
                )
                results.append(AckResult(mention, True, f"acknowledged at {stamp}"))
        return results

    def reopen(self, ids: Sequence[str], *, by: str | None, at: datetime) -> list[AckResult]:
        """Open again: undo a response, and record that a person says it needs a reply
        (the channel's reply policy no longer decides). Nothing changed, nothing recorded."""
        resolved = [self.resolve_id(given) for given in ids]
        results = []
        stamp = iso_utc(at)
        with self.transaction():
            for mention in resolved:
                cursor = self.db.execute(
                    """UPDATE mentions SET responded_at = NULL, responded_by = NULL, responded_via = NULL,
                       response_note = NULL WHERE id = ? AND responded_at IS NOT NULL""",
                    (mention,),
                )
                unanswered = cursor.rowcount > 0
                cursor = self.db.execute(
                    """UPDATE mentions SET needs_reply = 1, needs_reply_reason = ?, reply_decided = 1
                       WHERE id = ? AND (needs_reply = 0 OR reply_decided = 0)""",
                    (f"reopened by {by or 'someone'} at {stamp}", mention),
                )
                needs_reply = cursor.rowcount > 0
                if unanswered or needs_reply:
                    self.db.execute(
                        "INSERT INTO actions (mention_id, action, by, at) VALUES (?, 'reopen', ?, ?)",
                        (mention, by, stamp),
                    )
                detail = {
                    (True, True): "reopened: the response is undone and it needs a reply",
                    (True, False): "reopened",
                    (False, True): "reopened: it needs a reply",
                    (False, False): "was already open",
                }[unanswered, needs_reply]
                results.append(AckResult(mention, unanswered or needs_reply, detail))
        return results

    def no_reply(
        self, ids: Sequence[str], *, by: str | None, at: datetime, note: str | None
    ) -> list[AckResult]:
        """Mark mentions as needing no reply: no clock runs, and they are not counted as responded."""
        resolved = [self.resolve_id(given) for given in ids]
        results = []
        stamp = iso_utc(at)
        reason = f"marked by {by or 'someone'} at {stamp}" + (f": {note}" if note else "")
        with self.transaction():
            for mention in resolved:
                cursor = self.db.execute(
                    """UPDATE mentions SET needs_reply = 0, needs_reply_reason = ?, reply_decided = 1
                       WHERE id = ? AND (needs_reply = 1 OR reply_decided = 0)""",
                    (reason, mention),
                )
                changed = cursor.rowcount > 0
                if changed:
                    self.db.execute(
                        "INSERT INTO actions (mention_id, action, by, at, note) VALUES (?, 'no_reply', ?, ?, ?)",
                        (mention, by, stamp, note),
                    )
                results.append(
                    AckResult(
                        mention, changed, "needs no reply" if changed else "already needed no reply"
                    )
                )
        return results


def _row_to_stored(row: sqlite3.Row) -> StoredMention:
    mention = Mention(
        id=row["id"],
        source=row["source"],
        channel=Channel(row["channel"]),
        text=row["text"],
        created_at=_time(row["created_at"]) or datetime.fromtimestamp(0, UTC),
        native_id=row["native_id"],
        url=row["url"],
        author=row["author"],
        author_reach=row["author_reach"],
        rating=row["rating"],
        in_reply_to=row["in_reply_to"],
        created_at_estimated=bool(row["created_at_estimated"]),
    )
    analysis = Analysis(
        language=row["language"],
        sentiment=Sentiment(
            row["sentiment_score"],
            SentimentLabel(row["sentiment_label"]),
            tuple(json.loads(row["sentiment_words"])),
        ),
        urgency=Urgency(
            UrgencyLevel(row["urgency_level"]),
            tuple(json.loads(row["urgency_reasons"])),
            tuple(json.loads(row["urgency_categories"])),
        ),
        topics=tuple(json.loads(row["topics"])),
        route=Route(row["route"]),
        route_reason=row["route_reason"],
        needs_reply=bool(row["needs_reply"]),
        needs_reply_reason=row["needs_reply_reason"],
    )
    response = None
    if row["responded_at"] is not None:
        response = Response(
            at=_time(row["responded_at"]) or datetime.fromtimestamp(0, UTC),
            by=row["responded_by"],
            via=row["responded_via"] or "ack",
            note=row["response_note"],
        )
    return StoredMention(
        mention=mention,
        analysis=analysis,
        first_seen_at=_time(row["first_seen_at"]) or mention.created_at,
        response=response,
        thread_id=row["thread_id"],
        backfilled=bool(row["backfilled"]),
        reply_decided=bool(row["reply_decided"]),
    )
