"""A source's save a part at a time (`Store.batch`): what a large export goes through.
The outcome is the one-call `save_batch`'s, whatever the parts; nothing of a batch that
does not finish is kept. On every backend."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from webcare import sla
from webcare.analysis import analyse
from webcare.businesshours import parse_hours
from webcare.conversations import own_space, thread_name
from webcare.model import Analysis, Channel, Mention, Reply, ReplyPolicy, mention_id
from webcare.settings import Settings, SlaSettings
from webcare.store import MentionQuery, open_store
from webcare.store.batch import CHUNK
from webcare.store.records import FetchState
from webcare.usecases.settle import settlements

POLLED = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)
SETTINGS = Settings()


def post(
    number: int,
    *,
    source: str = "export",
    reply_to: str | None = None,
    text: str = "",
    author: str | None = None,
) -> tuple[Mention, Analysis]:
    native = f"p{number}"
    body = text or f"Acme bestelling {number} is nog niet bezorgd"
    mention = Mention(
        id=mention_id(source, native_id=native), source=source, channel=Channel.SOCIAL,
        text=body, created_at=POLLED - timedelta(minutes=number), native_id=native,
        author=author or f"klant{number}", in_reply_to=reply_to,
    )  # fmt: skip
    return mention, analyse(body, SETTINGS)


def test_a_batch_in_parts_stores_each_post_once_and_counts_repeats_as_seen(
    store_url: str,
) -> None:
    posts = [post(n) for n in range(CHUNK + 20)]
    with open_store(store_url, create=True) as store:
        with store.batch("export", polled_at=POLLED) as batch:
            batch.add(posts[: CHUNK - 5])
            batch.add(posts[CHUNK - 10 :] + posts[:3])  # 5 + 3 repeats, across a chunk's edge
            result = batch.finish([], FetchState(etag="v1"))
        stored = store.query(MentionQuery())
        assert store.source_state("export").polled
    assert (result.new, result.seen) == (CHUNK + 20, 8)
    assert sorted(s.mention.id for s in stored) == sorted(m.id for m, _ in posts)


def test_an_answer_in_a_later_part_joins_its_conversation_and_a_reply_answers_both(
    store_url: str,
) -> None:
    first = post(1, text="Acme mijn pakket is kwijt")
    filler = [post(n) for n in range(100, 100 + CHUNK)]
    answer = post(0, reply_to="p1", text="Acme hallo?? nog steeds niets", author="klant1")
    reply = Reply("export", "b1", "p0", "AcmeCare", POLLED + timedelta(minutes=5))
    with open_store(store_url, create=True) as store:
        with store.batch("export", polled_at=POLLED) as batch:
            batch.add([first, *filler])
            batch.add([answer])
            result = batch.finish([reply], None)
        thread = store.thread(thread_name(own_space("export"), "p1"))
    assert [s.mention.native_id for s in thread] == ["p1", "p0"]
    assert all(s.response is not None and s.response.by == "AcmeCare" for s in thread)
    assert result.replies == 2


def test_a_batch_that_ends_without_finishing_or_raises_keeps_nothing(store_url: str) -> None:
    with open_store(store_url, create=True) as store:
        with store.batch("export", polled_at=POLLED) as batch:
            batch.add([post(n) for n in range(CHUNK + 1)])
        with pytest.raises(RuntimeError), store.batch("export", polled_at=POLLED) as batch:
            batch.add([post(1)])
            raise RuntimeError("the reading failed")
        assert store.query(MentionQuery()) == []
        assert not store.source_state("export").polled


# Within one chunk: what a mention decides may depend on one stored just before it.

long_text = "Acme mijn bestelling van vorige week is nog steeds niet bezorgd en niemand reageert"


def test_a_post_twice_in_one_part_is_stored_once_and_seen_once(store_url: str) -> None:
    posts = [post(n) for n in range(10)]
    with open_store(store_url, create=True) as store:
        with store.batch("export", polled_at=POLLED) as batch:
            batch.add([*posts[:5], posts[2], *posts[5:]])
            result = batch.finish([], None)
        stored = store.query(MentionQuery())
    assert (result.new, result.seen) == (10, 1)
    assert sorted(s.mention.id for s in stored) == sorted(m.id for m, _ in posts)


def test_an_answer_to_a_post_earlier_in_the_same_part_joins_its_conversation(
    store_url: str,
) -> None:
    first = post(1, text="Acme mijn pakket is kwijt")
    answer = post(0, reply_to="p1", text="Acme hallo?? nog steeds niets", author="klant1")
    reply = Reply("export", "b1", "p0", "AcmeCare", POLLED + timedelta(minutes=5))
    with open_store(store_url, create=True) as store:
        with store.batch("export", polled_at=POLLED) as batch:
            batch.add([post(7), first, post(8), answer, post(9)])
            result = batch.finish([reply], None)
        thread = store.thread(thread_name(own_space("export"), "p1"))
    assert [s.mention.native_id for s in thread] == ["p1", "p0"]
    assert all(s.response is not None and s.response.by == "AcmeCare" for s in thread)
    assert (result.new, result.replies) == (5, 2)


def test_another_sources_sighting_of_a_post_stored_earlier_in_the_same_part_is_kept_once(
    store_url: str,
) -> None:
    ours = post(1, text=long_text)
    theirs = post(1, source="reviews", text=long_text)  # the same author, text and time
    with open_store(store_url, create=True) as store:
        with store.batch("export", polled_at=POLLED) as batch:
            batch.add([post(2), ours, post(3), theirs, post(4)])
            result = batch.finish([], None)
        stored = store.query(MentionQuery())
    assert (result.new, result.also_seen) == (4, 1)
    assert ours[0].id in {s.mention.id for s in stored}
    assert theirs[0].id not in {s.mention.id for s in stored}


def test_a_post_after_another_sources_sighting_of_it_in_the_same_part_is_kept_once(
    store_url: str,
) -> None:
    theirs = post(1, source="reviews", text=long_text)
    ours = post(1, text=long_text)
    with open_store(store_url, create=True) as store:
        with store.batch("export", polled_at=POLLED) as batch:
            batch.add([post(2), theirs, post(3), ours, post(4)])
            result = batch.finish([], None)
        stored = store.query(MentionQuery())
    assert (result.new, result.also_seen) == (4, 1)
    assert theirs[0].id in {s.mention.id for s in stored}
    assert ours[0].id not in {s.mention.id for s in stored}


def test_a_batch_keeps_what_the_floor_needs_as_settling_after_the_write_would(
    store_url: str,
) -> None:
    """With `settle`, each new live mention is written owed or not, with its due time,
    under the policy's stamp: what `usecases.settle` would have read back and kept (here
    with business hours, a reply policy that owes some mentions nothing, and times with
    microseconds, which the store keeps to the second). History is left to no one."""
    policy = SlaSettings(
        hours={"social": parse_hours("mon-fri 09:00-17:00")},
        reply={"social": ReplyPolicy.WHEN_ADDRESSED},
        addressees=("acme",),
    )
    texts = [
        "@acme mijn pakket is kwijt, dit is echt slecht",
        "leuk filmpje van acme",
        "Acme bedankt",
    ]
    pairs = [
        (replace(m, created_at=m.created_at - timedelta(hours=n * 7, microseconds=n)), a)
        for n, (m, a) in enumerate(post(n, text=texts[n % 3]) for n in range(12))
    ]
    history_before = POLLED - timedelta(days=3)
    stamp = sla.policy_stamp(policy)
    with open_store(store_url, create=True) as store:
        with store.batch(
            "export", polled_at=POLLED, history_before=history_before,
            settle=sla.settler(policy),
        ) as batch:  # fmt: skip
            batch.add(pairs)
            batch.finish([], None)
        kept = {s.mention.id: s for s in store.query(MentionQuery())}
        assert store.unsettled(stamp, POLLED, limit=100) == []
    live = [s for s in kept.values() if not s.backfilled]
    assert 0 < len(live) < len(kept)
    assert {s.owed for s in live} == {True, False}
    read_back = [replace(s, owed=None, due_at=None, policy_stamp=None) for s in live]
    expected = settlements(read_back, [], Settings(sla=policy), POLLED)
    assert {(e.basis.mention.id, e.owed, e.due_at) for e in expected} == {
        (s.mention.id, s.owed, s.due_at) for s in live
    }
    assert {s.policy_stamp for s in live} == {stamp}
    assert all(s.policy_stamp is None and s.owed is None for s in kept.values() if s.backfilled)


def test_a_batch_without_urls_finds_shared_posts_on_the_indexes_not_by_scanning(
    tmp_path: Path,
) -> None:
    # An export without URLs (CSV, JSON lines) looked its text keys up beside an empty
    # list of URL keys, which made SQLite scan every stored mention for every part: an
    # import slowed with the size of the store. Every statement a part runs against
    # `mentions` must search an index.
    import sqlite3

    path = tmp_path / "w.db"
    # Long enough to be one person's own words: such a text is looked up by its key.
    long_text = "Mijn bestelling van Acme is al drie dagen te laat en niemand neemt de telefoon op"
    with open_store(path, create=True) as store:
        with store.batch("export", polled_at=POLLED) as batch:
            batch.add([post(n, text=f"{long_text} {n}") for n in range(50)])
            batch.finish([], None)
        statements: list[str] = []
        store.db.set_trace_callback(statements.append)
        with store.batch("other", polled_at=POLLED) as batch:
            batch.add([post(n, source="other", text=f"{long_text} {n}") for n in range(50, 60)])
            batch.finish([], None)
        store.db.set_trace_callback(None)
    reads = [s for s in statements if s.lstrip().upper().startswith("SELECT") and "mentions" in s]
    assert any("text_key" in s for s in reads)  # the shared-post lookup ran
    db = sqlite3.connect(path)
    plans = {s: [row[3] for row in db.execute("EXPLAIN QUERY PLAN " + s)] for s in reads}
    assert not {s: p for s, p in plans.items() if any(d.startswith("SCAN mentions") for d in p)}


def test_a_batch_stores_with_a_larger_page_cache_and_gives_it_back_finished_or_not(
    tmp_path: Path,
) -> None:
    # The cache that keeps an import's index pages from being spilled and read back
    # (`BATCH_CACHE_KIB`) is the batch's only: the connection's own size comes back, so
    # what runs after it (a poll's other sources, a report) holds no more memory.
    from webcare.store.batch import BATCH_CACHE_KIB

    with open_store(tmp_path / "c.db", create=True) as store:
        own = store.db.execute("PRAGMA cache_size").fetchone()[0]
        assert own != -BATCH_CACHE_KIB
        sizes = []
        with store.batch("export", polled_at=POLLED) as batch:
            batch.add([post(1)])
            sizes.append(store.db.execute("PRAGMA cache_size").fetchone()[0])
            batch.finish([], None)
        assert store.db.execute("PRAGMA cache_size").fetchone()[0] == own
        with pytest.raises(RuntimeError), store.batch("export", polled_at=POLLED) as batch:
            batch.add([post(2)])
            sizes.append(store.db.execute("PRAGMA cache_size").fetchone()[0])
            raise RuntimeError("the reading failed")
        assert sizes == [-BATCH_CACHE_KIB] * 2
        assert store.db.execute("PRAGMA cache_size").fetchone()[0] == own
        # A source that answered "not modified" adds nothing: its batch keeps the
        # connection's cache (three statements fewer for each of a thousand feeds).
        with store.batch("feed", polled_at=POLLED) as batch:
            batch.add([])
            sizes.append(store.db.execute("PRAGMA cache_size").fetchone()[0])
            batch.finish([], None)
        assert sizes[-1] == own


def test_sources_that_answered_not_modified_are_kept_as_their_own_batches_would_keep_them(
    store_url: str,
) -> None:
    # A second poll of a thousand feeds answering 304 writes their states a hundred to a
    # transaction (`webcare.unchanged`), not one transaction each: what is kept of each is
    # what its own batch with nothing in it keeps (polled, its validators, a Retry-After
    # and an error forgotten).
    from webcare.unchanged import AT_ONCE, Unchanged

    names = [f"feed{n}" for n in range(AT_ONCE + 5)]
    states = [FetchState(etag=f'"v{n}"') if n % 2 else None for n in range(len(names))]
    later = POLLED + timedelta(hours=1)
    with open_store(store_url, create=True) as store:
        for name in (names[0], "alone"):
            store.record_failure(name, POLLED, "HTTP 503", retry_at=POLLED + timedelta(minutes=5))
        store.save_batch("alone", [], [], polled_at=later, state=states[0])
        waiting = Unchanged(store, later)
        for name, state in zip(names, states, strict=True):
            waiting.add(name, state)
        # The first hundred are written as the hundredth comes in; the rest wait for `save`.
        assert store.source_state(names[AT_ONCE - 1]).polled
        assert not store.source_state(names[-1]).polled
        waiting.save()
        kept = [store.source_state(name) for name in names]
        assert kept[0] == store.source_state("alone")
    assert all(state.polled and state.retry_at is None for state in kept)
    assert [state.fetch for state in kept] == [s or FetchState() for s in states]
