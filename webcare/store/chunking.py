"""What both backends' batches decide alike, a chunk of mentions at a time.

`ChunkedBatch` holds the per-mention decision loop of a source's save (seen, another
source's sighting, new; history; the careful one-row path), over lookups and writes
each backend spells in its own SQL (`webcare.store.batch.SqliteBatch`,
`webcare.store.postgres.batch.PostgresBatch`). The decisions themselves are the pure
rules' (`dedupe.same_post`, `webcare.conversations`); this module does no I/O of its own.

Per chunk: one lookup of the ids already stored, one of other sources' stored posts
sharing a dedupe key, one of the conversations brand replies already answered; new rows
and sightings are written a chunk at a time. A mention that answers another
(`in_reply_to`) or that a stored brand reply answers takes the careful path, one row at a
time after the rows before it are written: its conversation depends on what is stored
just before it.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import NamedTuple

from webcare import conversations
from webcare.dedupe import PostKeys, SamePost, StoredPost, same_post
from webcare.model import Analysis, Mention
from webcare.store.base import Settler

CHUNK = 500
"""Mentions looked up at once: well within SQLite's bound on variables in one query."""

NEW_ROW_COLUMNS = (
    "id", "source", "channel", "native_id", "url", "author", "author_reach", "text",
    "created_at", "created_at_estimated", "rating", "in_reply_to", "first_seen_at",
    "language", "sentiment_score", "sentiment_label", "sentiment_words", "urgency_level",
    "urgency_reasons", "urgency_categories", "topics", "route", "route_reason",
    "needs_reply", "needs_reply_reason", "thread_id", "url_key", "text_key", "backfilled",
    "owed", "due_at", "policy_stamp", "id_space", "key_terms",
)  # fmt: skip
"""The columns a new mention's row fills, in the order each backend's `_row` gives them."""
SIGHTING_COLUMNS = (
    "id", "mention_id", "source", "native_id", "url", "seen_at", "matched_by", "id_space",
)  # fmt: skip
"""The columns of a sighting (`also_seen`), in the order `_sighting` gives them."""


class Candidate(NamedTuple):
    """A stored post of another source sharing a key with a mention of the chunk."""

    id: str
    source: str
    text: str
    author: str | None
    created_at: datetime | None
    """None when the stored time does not read: the mention's own is taken instead."""
    keys: PostKeys


class ChunkedBatch(ABC):
    """One source's save in progress (see the module docstring); a backend supplies the
    lookups, the rows and the writes."""

    def __init__(
        self,
        source: str,
        *,
        history_before: datetime | None,
        undated_is_history: bool,
        settle: Settler | None = None,
        id_space: str | None = None,
    ) -> None:
        self.source = source
        self.space = id_space or conversations.own_space(source)
        """Where the source's native ids are unique (`Store.batch`'s `id_space`)."""
        self.history_before = history_before
        self.undated_is_history = undated_is_history
        self.settle = settle
        self.new = self.seen = self.also = self.history = 0
        self.written: set[str] = set()
        """Ids this batch stored as mentions: a repeat is seen, as a stored one is."""
        self.finished = False
        self._rows: list[tuple[object, ...]] = []
        self._sightings: list[tuple[object, ...]] = []

    def _add(self, mentions: Sequence[tuple[Mention, Analysis]]) -> None:
        for start in range(0, len(mentions), CHUNK):
            self._chunk(mentions[start : start + CHUNK])
        self._flush()

    def _chunk(self, pairs: Sequence[tuple[Mention, Analysis]]) -> None:
        keys = [PostKeys.of(mention) for mention, _ in pairs]
        stored = self._stored_ids([mention.id for mention, _ in pairs])
        posts = self._posts_sharing_keys(keys, self.source)
        answered = self._answered_conversations(*_names(self.space, pairs))
        for (mention, analysis), key in zip(pairs, keys, strict=True):
            if mention.id in stored or mention.id in self.written:
                self.seen += 1
                continue
            if mention.source != self.source:  # not a kind's doing: looked up row by row
                self._flush()
                posts.extend(self._posts_sharing_keys([key], mention.source))
            match = None
            if key.url is not None or key.text is not None:
                match = same_post(mention, key, _sharing(posts, mention, key))
            if match is not None:
                self._sightings.append(self._sighting(mention, match))
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
            thread = conversations.thread_of(self.space, mention, None)
            self._rows.append(self._row(mention, analysis, thread, key, history))
            if thread in answered or mention.native_id in answered:
                self._flush()
                self._adopt_answers(mention, thread)

    def _flush(self) -> None:
        if self._rows:
            self._write_rows(self._rows)
            self._rows.clear()
        if self._sightings:
            self._write_sightings(self._sightings)
            self._sightings.clear()

    def _kept(
        self, m: Mention, a: Analysis, history: bool
    ) -> tuple[bool | None, datetime | None, str | None]:
        """A new row's `owed`, `due_at` and `policy_stamp`: worked out now (`settle`) for
        a live mention, as `Store.settle` would after the write; history is never settled."""
        if self.settle is None or history:
            return None, None, None
        return self.settle(m, a)

    # ------------------------------------------------------------ a backend's part

    @abstractmethod
    def _stored_ids(self, ids: list[str]) -> set[str]:
        """Of these ids, those stored as mentions."""

    @abstractmethod
    def _posts_sharing_keys(self, keys: Sequence[PostKeys], source: str) -> list[Candidate]:
        """Stored mentions of other sources than `source` that share a URL or text key
        with one of `keys`: what `same_post` may match."""

    @abstractmethod
    def _answered_conversations(self, threads: list[str], natives: list[str]) -> set[str]:
        """Of these conversations and native ids (of the batch's id space), those stored
        brand replies belong to or answer: the mentions that need `_adopt_answers`."""

    @abstractmethod
    def _row(
        self, m: Mention, a: Analysis, thread: str, keys: PostKeys, history: bool
    ) -> tuple[object, ...]:
        """A new mention's row, as `_write_rows` and `_insert_answer` write it."""

    @abstractmethod
    def _sighting(self, m: Mention, match: SamePost) -> tuple[object, ...]:
        """Another source's sighting of a stored post, as `_write_sightings` writes it."""

    @abstractmethod
    def _write_rows(self, rows: list[tuple[object, ...]]) -> None: ...

    @abstractmethod
    def _write_sightings(self, sightings: list[tuple[object, ...]]) -> None: ...

    @abstractmethod
    def _insert_answer(self, m: Mention, a: Analysis, keys: PostKeys, history: bool) -> str:
        """Store a mention answering another: its conversation is its parent's (stored
        before it), it takes in the answers that came before it, and brand replies stored
        earlier may answer it. Its conversation, which those answers may have joined."""

    @abstractmethod
    def _adopt_answers(self, m: Mention, thread: str) -> None:
        """A new mention takes in the conversation its answers started before it was
        stored (`conversations.adopted_thread`), and the brand replies already stored that
        answer it or its conversation mark what they answer."""


def _names(space: str, pairs: Sequence[tuple[Mention, Analysis]]) -> tuple[list[str], list[str]]:
    """The conversations these mentions would start as new ones, and their native ids."""
    threads = {conversations.thread_of(space, m, None) for m, _ in pairs if not m.in_reply_to}
    return sorted(threads), sorted({m.native_id for m, _ in pairs if m.native_id})


def _as_stored(m: Mention, keys: PostKeys) -> Candidate:
    """A mention this chunk stores, as `_posts_sharing_keys` would find it once written
    (its time to the second, as stored)."""
    return Candidate(m.id, m.source, m.text, m.author, stored_time(m.created_at), keys)


def stored_time(moment: datetime) -> datetime:
    """A time as both backends store it: UTC, to the second."""
    return moment.astimezone(UTC).replace(microsecond=0)


def _sharing(posts: list[Candidate], m: Mention, keys: PostKeys) -> list[StoredPost]:
    """Of the candidates, the posts of other sources sharing a key with `m`, as
    `same_post` looks at them."""
    return [
        StoredPost(post.id, post.source, post.text, post.author, post.created_at or m.created_at,
                   post.keys)
        for post in posts
        if post.source != m.source
        and (
            (keys.url is not None and post.keys.url == keys.url)
            or (keys.text is not None and post.keys.text == keys.text)
        )
    ]  # fmt: skip
