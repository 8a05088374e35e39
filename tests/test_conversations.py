"""The conversation rules without a store: which thread a post joins, which provisional
thread its arrival adopts, and which waiting messages one brand reply answers.
(End to end through the CLI: tests/test_threads.py, tests/test_brand_replies.py.)"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from webcare.conversations import (
    BrandAnswer,
    Waiting,
    adopted_thread,
    answered,
    joined_thread,
    own_space,
    thread_of,
)
from webcare.model import Channel, Mention

T0 = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)


def post(native: str | None, *, parent: str | None = None, webcare_id: str = "m-1") -> Mention:
    return Mention(
        id=webcare_id, source="x", channel=Channel.SOCIAL, text="Pakket kwijt", created_at=T0,
        native_id=native, in_reply_to=parent,
    )  # fmt: skip


def message(
    ident: str,
    *,
    native: str | None = None,
    thread: str | None = "c1",
    minutes: int = 0,
    responded: int | None = None,
    seen_as: frozenset[str] = frozenset(),
    space: str | None = "x",
    author: str | None = None,
) -> Waiting:
    return Waiting(
        ident,
        native,
        thread,
        T0 + timedelta(minutes=minutes),
        None if responded is None else T0 + timedelta(minutes=responded),
        seen_as,
        space,
        author,
    )


def reply(to: str, *, thread: str = "c1", minutes: int = 30, space: str = "x") -> BrandAnswer:
    return BrandAnswer(to, thread, T0 + timedelta(minutes=minutes), "AcmeCare", space)


# ---------------------------------------------------------------- threads


def test_a_post_that_answers_nobody_starts_a_thread_under_its_native_id_or_its_own_id() -> None:
    assert thread_of("x", post("c1"), None) == "x:c1"
    assert thread_of("x", post(None, webcare_id="abc123"), None) == "abc123"


def test_the_same_native_id_in_two_id_spaces_starts_two_threads() -> None:
    # Row 1 of one export and row 1 of another are two customers, not one conversation.
    survey, export = own_space("survey"), own_space("export")
    assert thread_of(survey, post("1"), None) != thread_of(export, post("1"), None)
    assert own_space("x") != "x"  # a source named "x" is not the X platform's space


def test_an_answer_joins_its_parents_thread_or_one_named_after_the_parent() -> None:
    assert thread_of("x", post("c2", parent="r1"), "x:c1") == "x:c1"
    assert thread_of("x", post("c2", parent="r1"), None) == "x:r1"  # the parent comes later
    assert joined_thread("x", "c1", None) == "x:c1"
    assert joined_thread("x", "c2", "x:c1") == "x:c1"


def test_a_parent_stored_late_adopts_the_thread_its_answers_started() -> None:
    # c3 answered c2 before c2 was stored: c3 sits in a thread named after c2.
    assert adopted_thread("x", post("c2", parent="c1"), "x:c1") == "x:c2"
    assert adopted_thread("x", post("c1"), "x:c1") is None  # its own: nothing to merge
    assert adopted_thread("x", post(None, parent="c1"), "x:c1") is None


# ---------------------------------------------------------------- one reply, every waiting message


def test_one_brand_reply_answers_every_earlier_waiting_message_of_the_conversation() -> None:
    messages = [
        message("first", native="c1", minutes=0, responded=20),  # answered before: kept
        message("follow-up", native="c2", minutes=10),
        message("same-second", native="c3", minutes=30),
        message("after", native="c4", minutes=31),  # written after the reply: still waiting
        message("elsewhere", native="d1", thread="d1", minutes=5),  # another conversation
    ]
    assert answered(reply("c3"), messages) == ["follow-up", "same-second"]


def test_the_message_replied_to_is_answered_even_from_another_thread_or_later() -> None:
    direct = message("direct", native="c9", thread="other", minutes=45)
    assert answered(reply("c9"), [direct]) == ["direct"]


def test_a_reply_answers_the_native_id_it_names_only_in_its_own_id_space() -> None:
    survey_row = message("survey-1", native="1", thread="other", space=own_space("survey"))
    legacy_row = message("legacy-1", native="1", thread="other", space=None)
    # A reply in a Twitter export to its row 1: not the survey's row 1; a row stored
    # before id spaces were kept still matches, as it did then.
    assert answered(reply("1", space=own_space("tweets")), [survey_row, legacy_row]) == [
        "legacy-1"
    ]


def test_a_reply_to_a_sighting_answers_the_stored_mention() -> None:
    kept = message("kept", native="9001", thread="9001", seen_as=frozenset({"x-9001"}))
    assert answered(reply("x-9001", thread="x-9001"), [kept]) == ["kept"]


def test_an_earlier_reply_replaces_a_later_answer_and_never_the_other_way() -> None:
    acked_late = message("acked-late", native="c2", minutes=10, responded=60)
    acked_early = message("acked-early", native="c3", minutes=10, responded=15)
    at_the_same_time = message("tie", native="c4", minutes=10, responded=30)
    assert answered(reply("c2"), [acked_late, acked_early, at_the_same_time]) == ["acked-late"]


def test_a_reply_to_one_customer_leaves_another_customers_message_in_the_thread_waiting() -> None:
    messages = [
        message("opening", native="c1", minutes=0, author="sanne"),
        message("me-too", native="c2", minutes=2, author="piet"),  # another customer
        message("her-follow-up", native="c3", minutes=5, author="@Sanne"),  # same, as @handle
    ]
    assert answered(reply("c1"), messages) == ["opening", "her-follow-up"]
    assert answered(reply("c2"), messages) == ["me-too"]


def test_without_an_author_to_go_by_a_reply_answers_the_whole_thread_as_before() -> None:
    anonymous = [message("a", native="c1", author=None), message("b", native="c2", author="piet")]
    assert answered(reply("c1"), anonymous) == ["a", "b"]
    not_stored = [message("b", native="c2", author="piet")]  # the reply's parent is not here
    assert answered(reply("c1"), not_stored) == ["b"]
