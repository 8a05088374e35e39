"""The poll's decisions for one fetched source, without I/O: brand replies, own posts,
the keyword filter, what is new, history on a first poll or with --backfill, and the
failures to record. (End to end: tests/test_poll.py, tests/test_poll_manners.py.)"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from webcare.decide import Harvest, Item, Plan, decide, deferred_until, page_has_new
from webcare.errors import RateLimited, SourceError
from webcare.model import Channel, Mention, Problem, Reply
from webcare.settings import BrandSettings, PollSettings, Settings, SourceSpec
from webcare.store.records import BatchResult, FetchState, SourceState

NOW = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)
SETTINGS = Settings(
    brand=BrandSettings(keywords=("acme",), exclude=("acme vacatures",), handles=("AcmeCare",)),
    poll=PollSettings(backfill=timedelta(days=2)),
)
SPEC = SourceSpec(name="social", kind="jsonl", channel=Channel.SOCIAL, path=Path("social.jsonl"))
VALIDATORS = FetchState(etag='"v2"')
POLLED = SourceState(FetchState(etag='"v1"'), polled=True)


def post(
    native: str,
    text: str = "Acme pakket kwijt",
    *,
    author: str = "klant",
    parent: str | None = None,
    days_ago: float = 0,
    undated: bool = False,
) -> Mention:
    return Mention(
        id=f"id-{native}", source="social", channel=Channel.SOCIAL, text=text,
        created_at=NOW - timedelta(days=days_ago), native_id=native, author=author,
        in_reply_to=parent, created_at_estimated=undated,
    )  # fmt: skip


def plan(
    *items: Item,
    known: frozenset[str] = frozenset(),
    state: SourceState = POLLED,
    brand_specific: bool = False,
    backfill: bool = False,
) -> Plan:
    harvest = Harvest(VALIDATORS, items, known)
    return decide(
        SETTINGS, SPEC, harvest, state, now=NOW, brand_specific=brand_specific, backfill=backfill
    )


# ---------------------------------------------------------------- what is kept


def test_new_mentions_about_the_brand_are_fresh_and_stored_ones_are_counted() -> None:
    stored, new = post("1"), post("2")
    result = plan(stored, new, known=frozenset({stored.id, "id-on-the-page-but-filtered"}))
    assert result.fresh == (new,)
    assert result.already_stored == 1
    assert result.state == VALIDATORS and result.error is None


def test_a_post_read_twice_in_one_fetch_is_one_candidate() -> None:
    first = post("1")
    again = post("1", "Acme pakket kwijt (bewerkt)")
    assert plan(first, again).fresh == (first,)


def test_a_brand_handle_answering_a_post_is_a_reply_and_talking_alone_is_skipped() -> None:
    answer = post("r1", "Sorry! Mag ik je ordernummer?", author="@acmecare", parent="1")
    talking = post("r2", "Acme: nieuwe winkel open!", author="AcmeCare")
    kind_reply = Reply("social", "r3", "2", "Acme", NOW)
    result = plan(post("1"), answer, talking, kind_reply)
    assert result.replies == (Reply("social", "r1", "1", "@acmecare", NOW), kind_reply)
    assert [m.native_id for m in result.fresh] == ["1"]
    assert result.filtered == 0


def test_posts_not_about_the_brand_are_filtered_unless_the_kind_or_source_says_not_to() -> None:
    off_topic = post("1", "Mijn fiets is kapot")
    excluded = post("2", "Acme vacatures: kom werken bij ons")
    assert (plan(off_topic, excluded).filtered, plan(off_topic, excluded).fresh) == (2, ())
    assert len(plan(off_topic, excluded, brand_specific=True).fresh) == 2
    unfiltered = Harvest(VALIDATORS, (off_topic,))
    spec = SourceSpec(name="social", kind="jsonl", channel=Channel.SOCIAL, filter=False)
    assert decide(SETTINGS, spec, unfiltered, POLLED, now=NOW).fresh == (off_topic,)


# ---------------------------------------------------------------- history


def test_a_first_poll_stores_what_is_older_than_poll_backfill_and_undated_items_as_history() -> (
    None
):
    first = plan(post("1"), state=SourceState())
    assert (first.history_before, first.undated_is_history) == (NOW - timedelta(days=2), True)
    later = plan(post("1"))
    assert (later.history_before, later.undated_is_history) == (None, False)


def test_backfill_makes_everything_new_history() -> None:
    assert plan(post("1"), backfill=True).history_before == NOW + timedelta(seconds=1)


# ---------------------------------------------------------------- failures


def test_a_fetch_error_is_recorded_and_a_rate_limit_says_when_to_ask_again() -> None:
    failed = decide(SETTINGS, SPEC, SourceError("social", "HTTP 500"), POLLED, now=NOW)
    assert (failed.error, failed.retry_at) == ("HTTP 500", None)
    limited = decide(SETTINGS, SPEC, RateLimited("social", "HTTP 429", 600), POLLED, now=NOW)
    assert (limited.error, limited.retry_at) == ("HTTP 429", NOW + timedelta(minutes=10))
    assert limited.result(None).deferred_until == NOW + timedelta(minutes=10)


def test_a_page_that_could_not_be_parsed_fails_the_source_with_what_went_wrong() -> None:
    broken = Harvest(VALIDATORS, (post("1", "Mijn fiets"),), failure=ValueError("bad byte"))
    result = decide(SETTINGS, SPEC, broken, POLLED, now=NOW)
    assert result.error == "could not parse: ValueError: bad byte"
    assert (result.fresh, result.filtered) == ((), 1)  # counted up to the failure
    refused = Harvest(VALIDATORS, failure=SourceError("social", "not JSON"))
    assert decide(SETTINGS, SPEC, refused, POLLED, now=NOW).error == "not JSON"


def test_a_source_of_which_no_row_could_be_read_has_failed() -> None:
    problems = (Problem("no text; skipped", line=2), Problem("no text; skipped", line=3))
    result = decide(
        SETTINGS, SPEC, Harvest(VALIDATORS, problems), POLLED, now=NOW, kind_hint="--kind"
    )
    assert result.error == (
        "no row of social.jsonl could be read as jsonl (2 problems; first: line 2: "
        "no text; skipped); is --kind right?"
    )
    assert result.problems == problems
    only_notes = Harvest(VALIDATORS, (Problem("feed is not quite well-formed"),))
    assert decide(SETTINGS, SPEC, only_notes, POLLED, now=NOW).error is None


def test_not_modified_keeps_the_validators_and_stores_nothing() -> None:
    result = decide(SETTINGS, SPEC, Harvest(VALIDATORS, not_modified=True), POLLED, now=NOW)
    assert (result.not_modified, result.state, result.fresh) == (True, VALIDATORS, ())
    assert result.result(BatchResult(0, 0, 0)).not_modified


# ---------------------------------------------------------------- results and paging


def test_the_result_adds_what_the_store_did_to_what_was_decided() -> None:
    harvest = Harvest(
        VALIDATORS,
        (post("1"), post("2"), Problem("rating only")),
        frozenset({"id-1"}),
        notes=("page 2 failed",),
    )
    result = decide(SETTINGS, SPEC, harvest, POLLED, now=NOW).result(
        BatchResult(new=1, seen=0, replies=2, also_seen=0, history=1)
    )
    assert (result.new, result.seen, result.replies, result.history) == (1, 1, 2, 1)
    assert [p.message for p in result.problems] == ["page 2 failed", "rating only"]


def test_a_source_that_asked_to_wait_is_skipped_until_then() -> None:
    waiting = SourceState(retry_at=NOW + timedelta(minutes=5))
    assert deferred_until(waiting, NOW) == NOW + timedelta(minutes=5)
    assert deferred_until(waiting, NOW + timedelta(minutes=5)) is None
    assert deferred_until(SourceState(), NOW) is None


def test_paging_goes_on_while_a_page_holds_something_new() -> None:
    assert page_has_new(["a", "b"], {"a"})
    assert not page_has_new(["a", "b"], {"a", "b"})
    assert not page_has_new([], set())
