"""The PostgreSQL store's save of one source's fetch, a chunk of mentions at a time.

The twin of the SQLite backend's `webcare.store.batch.SqliteBatch`, in PostgreSQL's
spellings: `PostgresBatch` runs inside the one transaction of `PostgresStore.batch`;
`add` the analysed mentions as they come, then `finish` with the brand replies and the
source's validators. The domain decisions are the pure rules' (`dedupe.same_post`,
`webcare.conversations`), exactly as when the rows were looked up one by one; only the
lookups are batched.

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

from psycopg.rows import DictRow
from psycopg.types.json import Jsonb

from webcare import conversations
from webcare.conversations import BrandAnswer
from webcare.dedupe import PostKeys, StoredPost, same_post
from webcare.model import Analysis, Mention, Reply
from webcare.store.base import BatchResult, FetchState
from webcare.store.postgres.reads import Cursor, utc
from webcare.store.postgres.writes import (
    answer,
    insert_reply,
    parent_thread,
    save_state,
    serialise,
)

CHUNK = 500
"""Mentions looked up at once, as in the SQLite batch."""

_INSERT = """INSERT INTO mentions (id, source, channel, native_id, url, author, author_reach,
    text, created_at, created_at_estimated, rating, in_reply_to, first_seen_at, language,
    sentiment_score, sentiment_label, sentiment_words, urgency_level, urgency_reasons,
    urgency_categories, topics, route, route_reason, needs_reply, needs_reply_reason,
    thread_id, url_key, text_key, backfilled)
    VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s,
    %s, %s, %s, %s, %s, %s, %s, %s, %s) ON CONFLICT DO NOTHING"""
_SIGHTING = """INSERT INTO also_seen (id, mention_id, source, native_id, url, seen_at,
    matched_by) VALUES (%s, %s, %s, %s, %s, %s, %s) ON CONFLICT DO NOTHING"""


class PostgresBatch:
    """One source's save in progress (`base.Batch`; see the module docstring)."""

    def __init__(
        self,
        cur: Cursor,
        source: str,
        *,
        polled_at: datetime,
        history_before: datetime | None,
        undated_is_history: bool,
    ) -> None:
        self.cur = cur
        self.source = source
        self.polled_at = polled_at
        self.first_seen = utc(polled_at)
        self.history_before = history_before
        self.undated_is_history = undated_is_history
        self.new = self.seen = self.also = self.history = 0
        self.written: set[str] = set()
        """Ids this batch stored as mentions: a repeat is seen, as a stored one is."""
        self.finished = False
        self._locked = False
        self._rows: list[tuple[object, ...]] = []
        self._sightings: list[tuple[object, ...]] = []

    def _lock(self) -> None:
        if not self._locked:
            serialise(self.cur)
            self._locked = True

    # ------------------------------------------------------------ mentions

    def add(self, mentions: Sequence[tuple[Mention, Analysis]]) -> None:
        """Store these mentions (each new, seen, or another source's sighting of a stored post)."""
        if not mentions:
            return
        self._lock()
        for start in range(0, len(mentions), CHUNK):
            self._chunk(mentions[start : start + CHUNK])
        self._flush()

    def _chunk(self, pairs: Sequence[tuple[Mention, Analysis]]) -> None:
        cur = self.cur
        keys = [PostKeys.of(mention) for mention, _ in pairs]
        stored = _stored_ids(cur, [mention.id for mention, _ in pairs])
        posts = _posts_sharing_keys(cur, keys, self.source)
        answered = _answered_conversations(cur, pairs)
        for (mention, analysis), key in zip(pairs, keys, strict=True):
            if mention.id in stored or mention.id in self.written:
                self.seen += 1
                continue
            if mention.source != self.source:  # not a kind's doing: looked up row by row
                self._flush()
                posts.extend(_posts_sharing_keys(cur, [key], mention.source))
            match = None
            if key.url is not None or key.text is not None:
                match = same_post(mention, key, _sharing(posts, mention, key))
            if match is not None:
                self._sightings.append(
                    (
                        mention.id, match.mention_id, mention.source, mention.native_id,
                        mention.url, self.first_seen, match.matched_by,
                    )
                )  # fmt: skip
                self.also += 1
                continue
            history = (
                self.history_before is not None and mention.created_at < self.history_before
            ) or (self.undated_is_history and mention.created_at_estimated)
            self.new += 1
            self.history += history
            self.written.add(mention.id)
            if mention.source != self.source:  # a later mention of ours may sight it
                posts.append(_as_stored(mention, key))
            if mention.in_reply_to:
                self._flush()  # its conversation is what is stored just before it
                answered.add(self._insert_answer(mention, analysis, key, history))
                continue
            thread = conversations.thread_of(mention, None)
            self._rows.append(_row(mention, analysis, self.first_seen, thread, key, history))
            if thread in answered or mention.native_id in answered:
                self._flush()
                _adopt_answers(cur, mention, thread)

    def _insert_answer(
        self, mention: Mention, analysis: Analysis, keys: PostKeys, history: bool
    ) -> str:
        """A mention answering another: its conversation is its parent's (stored before
        it), it takes in the answers that came before it, and brand replies stored
        earlier may answer it. Its conversation, which those answers may have joined."""
        assert mention.in_reply_to is not None
        thread = conversations.thread_of(mention, parent_thread(self.cur, mention.in_reply_to))
        self.cur.execute(_INSERT, _row(mention, analysis, self.first_seen, thread, keys, history))
        _adopt_answers(self.cur, mention, thread)
        return thread

    def _flush(self) -> None:
        if self._rows:
            self.cur.executemany(_INSERT, self._rows)
            self._rows.clear()
        if self._sightings:
            self.cur.executemany(_SIGHTING, self._sightings)
            self._sightings.clear()

    # ------------------------------------------------------------ replies and the end

    def finish(self, replies: Iterable[Reply], state: FetchState | None) -> BatchResult:
        """Apply the brand replies (after every mention: they may answer any), keep the
        source's validators (`state` None keeps none) and mark it polled."""
        self._lock()
        self._flush()
        applied = sum(insert_reply(self.cur, reply) for reply in replies)
        save_state(self.cur, self.source, self.polled_at, state)
        self.finished = True
        return BatchResult(self.new, self.seen, applied, self.also, self.history)


def _row(
    m: Mention, a: Analysis, first_seen: datetime, thread: str, keys: PostKeys, history: bool
) -> tuple[object, ...]:
    return (
        m.id, m.source, m.channel.value, m.native_id, m.url, m.author, m.author_reach,
        m.text, utc(m.created_at), m.created_at_estimated, m.rating, m.in_reply_to,
        first_seen, a.language, a.sentiment.score, a.sentiment.label.value,
        Jsonb(list(a.sentiment.words)), a.urgency.level.value, Jsonb(list(a.urgency.reasons)),
        Jsonb(list(a.urgency.categories)), Jsonb(list(a.topics)), a.route.value,
        a.route_reason, a.needs_reply, a.needs_reply_reason, thread, keys.url, keys.text,
        bool(history),
    )  # fmt: skip


def _stored_ids(cur: Cursor, ids: list[str]) -> set[str]:
    cur.execute("SELECT id FROM mentions WHERE id = ANY(%s)", (ids,))
    return {row["id"] for row in cur.fetchall()}


def _as_stored(m: Mention, keys: PostKeys) -> DictRow:
    """A mention this chunk stores, as `_posts_sharing_keys` would find it once written."""
    return {
        "id": m.id, "source": m.source, "text": m.text, "author": m.author,
        "created_at": utc(m.created_at), "url_key": keys.url, "text_key": keys.text,
    }  # fmt: skip


def _posts_sharing_keys(cur: Cursor, keys: Sequence[PostKeys], source: str) -> list[DictRow]:
    """Stored mentions of other sources than `source` that share a URL or text key with
    one of `keys`: what `same_post` may match."""
    urls = sorted({key.url for key in keys if key.url is not None})
    texts = sorted({key.text for key in keys if key.text is not None})
    if not urls and not texts:
        return []
    cur.execute(
        """SELECT id, source, text, author, created_at, url_key, text_key FROM mentions
           WHERE (url_key = ANY(%s) OR text_key = ANY(%s)) AND source <> %s""",
        (urls, texts, source),
    )
    return cur.fetchall()


def _sharing(rows: list[DictRow], m: Mention, keys: PostKeys) -> list[StoredPost]:
    """Of the rows `_posts_sharing_keys` found, the posts of other sources sharing a key
    with `m`, as `same_post` looks at them."""
    return [
        StoredPost(
            row["id"], row["source"], row["text"], row["author"], row["created_at"],
            PostKeys(row["url_key"], row["text_key"]),
        )
        for row in rows
        if row["source"] != m.source
        and (
            (keys.url is not None and row["url_key"] == keys.url)
            or (keys.text is not None and row["text_key"] == keys.text)
        )
    ]  # fmt: skip


def _answered_conversations(cur: Cursor, pairs: Sequence[tuple[Mention, Analysis]]) -> set[str]:
    """Of the conversations and native ids of these mentions, those stored brand replies
    belong to or answer: the mentions that need `_adopt_answers`."""
    names = sorted(
        {m.native_id for m, _ in pairs if m.native_id} | {m.native_id or m.id for m, _ in pairs}
    )
    cur.execute(
        """SELECT thread_id, in_reply_to FROM replies
           WHERE thread_id = ANY(%s) OR in_reply_to = ANY(%s)""",
        (names, names),
    )
    return {
        value
        for row in cur.fetchall()
        for value in (row["thread_id"], row["in_reply_to"])
        if value is not None
    }


def _adopt_answers(cur: Cursor, m: Mention, thread: str) -> None:
    """A new mention takes in the conversation its answers started before it was stored
    (`conversations.adopted_thread`), and the brand replies already stored that answer
    it or its conversation mark what they answer (`conversations.answered` decides)."""
    adopted = conversations.adopted_thread(m, thread)
    if adopted is not None:
        cur.execute("UPDATE mentions SET thread_id = %s WHERE thread_id = %s", (thread, adopted))
        cur.execute("UPDATE replies SET thread_id = %s WHERE thread_id = %s", (thread, adopted))
    cur.execute(
        """SELECT author, created_at, in_reply_to FROM replies
           WHERE thread_id = %s OR in_reply_to = %s ORDER BY created_at""",
        (thread, m.native_id),
    )
    for reply in cur.fetchall():
        answer(cur, BrandAnswer(reply["in_reply_to"], thread, reply["created_at"], reply["author"]))
