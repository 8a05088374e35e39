"""The PostgreSQL store's save of one source's fetch, a chunk of mentions at a time.

The twin of the SQLite backend's `webcare.store.batch.SqliteBatch`, in PostgreSQL's
spellings: `PostgresBatch` runs inside the one transaction of `PostgresStore.batch`;
`add` the analysed mentions as they come, then `finish` with the brand replies and the
source's validators. The decision loop is `webcare.store.chunking.ChunkedBatch`'s (the
pure rules `dedupe.same_post` and `webcare.conversations` decide, exactly as when the
rows were looked up one by one; only the lookups are batched); this module is its SQL.

Per chunk: one query for the ids already stored, one for the stored posts sharing a
dedupe key (another source's sighting of the same post), one for the conversations
brand replies already answered; new rows (their conversation and history mark in the
INSERT) and sightings go in with one `executemany` each, which psycopg pipelines. A
mention that answers another (`in_reply_to`) or that a stored brand reply answers takes
the careful path, one row at a time after the rows before it are written: its
conversation depends on what is stored just before it.

Hosts writing at once: the batch takes `writes.WRITE_LOCK` before its first lookup and
holds it until the transaction ends, so two polls deciding "new or seen elsewhere" never
both decide "new".
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

from psycopg.types.json import Jsonb

from webcare import conversations
from webcare.conversations import BrandAnswer
from webcare.dedupe import PostKeys, SamePost
from webcare.incidents import kept_terms
from webcare.model import Analysis, Mention, Reply
from webcare.store.base import Settler
from webcare.store.chunking import NEW_ROW_COLUMNS, SIGHTING_COLUMNS, Candidate, ChunkedBatch
from webcare.store.postgres.reads import Cursor, utc
from webcare.store.postgres.writes import (
    IN_SPACE,
    answer,
    insert_reply,
    parent_thread,
    save_state,
    serialise,
)
from webcare.store.records import BatchResult, FetchState

_INSERT = (
    f"INSERT INTO mentions ({', '.join(NEW_ROW_COLUMNS)})"
    f" VALUES ({', '.join(['%s'] * len(NEW_ROW_COLUMNS))}) ON CONFLICT DO NOTHING"
)
_SIGHTING = (
    f"INSERT INTO also_seen ({', '.join(SIGHTING_COLUMNS)})"
    f" VALUES ({', '.join(['%s'] * len(SIGHTING_COLUMNS))}) ON CONFLICT DO NOTHING"
)


class PostgresBatch(ChunkedBatch):
    """One source's save in progress (`base.Batch`; see the module docstring)."""

    def __init__(
        self,
        cur: Cursor,
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
        self.cur = cur
        self.polled_at = polled_at
        self.first_seen = utc(polled_at)
        self._locked = False

    def _lock(self) -> None:
        if not self._locked:
            serialise(self.cur)
            self._locked = True

    def add(self, mentions: Sequence[tuple[Mention, Analysis]]) -> None:
        """Store these mentions (each new, seen, or another source's sighting of a stored post)."""
        if not mentions:
            return
        self._lock()  # before the first lookup: another host's batch decides after this one
        self._add(mentions)

    def finish(self, replies: Iterable[Reply], state: FetchState | None) -> BatchResult:
        """Apply the brand replies (after every mention: they may answer any), keep the
        source's validators (`state` None keeps none) and mark it polled."""
        self._lock()
        self._flush()
        applied = sum(insert_reply(self.cur, reply, self.space) for reply in replies)
        save_state(self.cur, self.source, self.polled_at, state)
        self.finished = True
        return BatchResult(self.new, self.seen, applied, self.also, self.history)

    # ------------------------------------------------------------ the chunk's SQL

    def _stored_ids(self, ids: list[str]) -> set[str]:
        self.cur.execute("SELECT id FROM mentions WHERE id = ANY(%s)", (ids,))
        return {row["id"] for row in self.cur.fetchall()}

    def _posts_sharing_keys(self, keys: Sequence[PostKeys], source: str) -> list[Candidate]:
        urls = sorted({key.url for key in keys if key.url is not None})
        texts = sorted({key.text for key in keys if key.text is not None})
        if not urls and not texts:
            return []
        self.cur.execute(
            """SELECT id, source, text, author, created_at, url_key, text_key FROM mentions
               WHERE (url_key = ANY(%s) OR text_key = ANY(%s)) AND source <> %s""",
            (urls, texts, source),
        )
        return [
            Candidate(
                row["id"], row["source"], row["text"], row["author"], row["created_at"],
                PostKeys(row["url_key"], row["text_key"]),
            )
            for row in self.cur.fetchall()
        ]  # fmt: skip

    def _answered_conversations(self, threads: list[str], natives: list[str]) -> set[str]:
        self.cur.execute(
            f"""SELECT thread_id, in_reply_to FROM replies
                WHERE thread_id = ANY(%s) OR (in_reply_to = ANY(%s) AND {IN_SPACE})""",
            (threads, natives, self.space),
        )
        return {
            value
            for row in self.cur.fetchall()
            for value in (row["thread_id"], row["in_reply_to"])
            if value is not None
        }

    def _row(
        self, m: Mention, a: Analysis, thread: str, keys: PostKeys, history: bool
    ) -> tuple[object, ...]:
        owed, due, stamp = self._kept(m, a, history)
        return (
            m.id, m.source, m.channel.value, m.native_id, m.url, m.author, m.author_reach,
            m.text, utc(m.created_at), m.created_at_estimated, m.rating, m.in_reply_to,
            self.first_seen, a.language, a.sentiment.score, a.sentiment.label.value,
            Jsonb(list(a.sentiment.words)), a.urgency.level.value,
            Jsonb(list(a.urgency.reasons)), Jsonb(list(a.urgency.categories)),
            Jsonb(list(a.topics)), a.route.value, a.route_reason, a.needs_reply,
            a.needs_reply_reason, thread, keys.url, keys.text, bool(history),
            owed, utc(due) if due else None, stamp, self.space,
            None if history else kept_terms(m.text),
        )  # fmt: skip

    def _sighting(self, m: Mention, match: SamePost) -> tuple[object, ...]:
        return (
            m.id, match.mention_id, m.source, m.native_id, m.url, self.first_seen,
            match.matched_by, self.space,
        )  # fmt: skip

    def _write_rows(self, rows: list[tuple[object, ...]]) -> None:
        self.cur.executemany(_INSERT, rows)  # pipelined by psycopg: one round trip

    def _write_sightings(self, sightings: list[tuple[object, ...]]) -> None:
        self.cur.executemany(_SIGHTING, sightings)

    def _insert_answer(self, m: Mention, a: Analysis, keys: PostKeys, history: bool) -> str:
        assert m.in_reply_to is not None
        parent = parent_thread(self.cur, self.space, m.in_reply_to)
        thread = conversations.thread_of(self.space, m, parent)
        self.cur.execute(_INSERT, self._row(m, a, thread, keys, history))
        self._adopt_answers(m, thread)
        return thread

    def _adopt_answers(self, m: Mention, thread: str) -> None:
        adopted = conversations.adopted_thread(self.space, m, thread)
        if adopted is not None:
            self.cur.execute(
                "UPDATE mentions SET thread_id = %s WHERE thread_id = %s", (thread, adopted)
            )
            self.cur.execute(
                "UPDATE replies SET thread_id = %s WHERE thread_id = %s", (thread, adopted)
            )
        self.cur.execute(
            f"""SELECT author, created_at, in_reply_to FROM replies
                WHERE thread_id = %s OR (in_reply_to = %s AND {IN_SPACE}) ORDER BY created_at""",
            (thread, m.native_id, self.space),
        )
        for reply in self.cur.fetchall():
            answer(
                self.cur,
                BrandAnswer(
                    reply["in_reply_to"], thread, reply["created_at"], reply["author"],
                    self.space,
                ),
            )  # fmt: skip
