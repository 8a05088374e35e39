"""Conversations: which conversation a post joins, and what one brand reply answers. Pure.

Native ids are only unique within an id space (`webcare.sources.id_space`): every tweet
id is one tweet wherever webcare found it, but row 1 of one CSV export has nothing to do
with row 1 of another. So a post is known by its id space and its native id together, and
a conversation (a thread) is named after both of its first post (`thread_name`). An answer
joins its parent's conversation; an answer that arrives before its parent starts a
provisional conversation named after the parent, which joins the real one once the parent
is stored.
One brand reply answers the message it replies to and every earlier message of the
conversation still waiting from the same person: one reply closes all their clocks. Another
customer's message in the thread ("me too, no heating for two days") was not answered by a
reply to someone else and keeps waiting. When the message replied to is not stored or has
no author, the reply answers every earlier waiting message of the conversation.

A store looks up the rows these rules need and writes what they decide; no SQL here.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from webcare.model import Mention


def own_space(source: str) -> str:
    """The id space of a source that shares none: its own, apart from every named space."""
    return f"source:{source}"


def thread_name(space: str, native_id: str) -> str:
    """The name of a conversation started by the post with this native id in this id space."""
    return f"{space}:{native_id}"


def joined_thread(space: str, in_reply_to: str, parent_thread: str | None) -> str:
    """The conversation of a post answering `in_reply_to` (of id space `space`): its
    parent's (`parent_thread`, None when the parent is not stored), else a provisional one
    named after the parent."""
    return parent_thread if parent_thread is not None else thread_name(space, in_reply_to)


def thread_of(space: str, mention: Mention, parent_thread: str | None) -> str:
    """The conversation a new mention of id space `space` belongs to: its parent's when it
    answers a post, else the one it starts, named after its native id (its webcare id, which
    no other post has, when it has none)."""
    if mention.in_reply_to:
        return joined_thread(space, mention.in_reply_to, parent_thread)
    return thread_name(space, mention.native_id) if mention.native_id else mention.id


def adopted_thread(space: str, mention: Mention, thread: str) -> str | None:
    """The provisional conversation that joins `thread` now that `mention` is stored: the
    answers that came before it were filed under its name. None when there is none."""
    if mention.native_id is not None:
        provisional = thread_name(space, mention.native_id)
        if provisional != thread:
            return provisional
    return None


@dataclass(frozen=True, slots=True)
class Waiting:
    """A stored customer message a brand reply may answer, as far as the rule needs it."""

    id: str
    native_id: str | None
    thread_id: str | None
    created_at: datetime
    responded_at: datetime | None
    """When it was answered (by a reply or an ack), if it was."""
    seen_as: frozenset[str] = frozenset()
    """Native ids of its sightings in other sources (`also_seen`) in the reply's id space:
    a reply may name one."""
    space: str | None = None
    """Its id space; None for a row stored before id spaces were kept, which any matches."""
    author: str | None = None
    """Who wrote it (None when the source names nobody)."""


@dataclass(frozen=True, slots=True)
class BrandAnswer:
    """A brand reply, as the rule needs it."""

    in_reply_to: str
    """Native id of the post it answers."""
    thread_id: str
    """The conversation it is part of."""
    at: datetime
    author: str
    space: str
    """The id space of `in_reply_to`: the reply's source's."""


def answered(reply: BrandAnswer, messages: Iterable[Waiting]) -> list[str]:
    """Ids of the messages `reply` answers, in the order given.

    The message it replies to (under its own native id in the reply's id space, or one of
    its sightings'), and every message of the conversation written before it (to the
    second) that is still waiting, from the person it replies to: a reply to one customer
    does not answer another's message in the same thread. When the message replied to is
    not among them or names no author, every such message of the conversation. A message
    answered earlier keeps its earlier answer; one answered only later (an ack after the
    fact) counts as answered by this reply."""
    given = list(messages)
    named = [message for message in given if _names(reply, message)]
    people = {_person(message.author) for message in named}
    addressed = None if not named or None in people else people
    return [
        message.id
        for message in given
        if (
            _names(reply, message)
            or (
                message.thread_id == reply.thread_id
                and message.created_at <= reply.at
                and (addressed is None or _person(message.author) in addressed)
            )
        )
        and (message.responded_at is None or message.responded_at > reply.at)
    ]


def _names(reply: BrandAnswer, message: Waiting) -> bool:
    """Whether `reply` replies to `message` itself (its native id, or a sighting's)."""
    return (
        message.native_id == reply.in_reply_to and message.space in (reply.space, None)
    ) or reply.in_reply_to in message.seen_as


def _person(author: str | None) -> str | None:
    """An author as one person whatever the case or a leading `@`; None for nobody."""
    if author is None:
        return None
    name = author.strip().lstrip("@").casefold()
    return name or None
