""" "No reply needed": closing thank-yous in Dutch and English are recognised (and sarcasm,
questions, complaints and requests are not), they open no response-time clock, they are
shown in every format, and a person can overrule webcare either way through the CLI."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from conftest import NOW
from test_sla import POLICY, at, stored
from typer.testing import CliRunner, Result

from webcare import report
from webcare.analysis import analyse
from webcare.analysis.closing import assess_reply
from webcare.cli import app
from webcare.model import (
    Response,
    Route,
    Sentiment,
    SentimentLabel,
    SlaStatus,
    StoredMention,
    Urgency,
    UrgencyLevel,
)
from webcare.settings import BrandSettings, Settings
from webcare.sla import evaluate
from webcare.store import schema
from webcare.store.sqlite import SqliteStore


def run(*args: str | Path) -> Result:
    result = CliRunner().invoke(app, [str(a) for a in args])
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result


def replace_analysis(item: StoredMention, **changes: Any) -> StoredMention:
    return replace(item, analysis=replace(item.analysis, **changes))


BOLDERKAR = Settings(brand=BrandSettings(name="Bolderkar", keywords=("bolderkar", "@bolderkar_nl")))

CLOSERS = [
    "bedankt!",
    "Bedankt!!",
    "top, thanks",
    "opgelost, dank je",
    "thx!",
    "dank u wel, fijne dag",
    "super, bedankt voor de snelle hulp",
    "Dankjewel Sanne!",
    "Het is gelukt, bedankt! Groetjes, Marieke",
    "Top, dank jullie wel @bolderkar_nl 👍",
    "Bedankt Bolderkar!",
    "Merci, dat was snel geregeld",
    "Helemaal goed zo, bedankt",
    "Pakket ontvangen, bedankt!",
    "Bedankt voor de snelle hulp, helemaal opgelost",
    "Thanks @BolderkarCare, all sorted",
    "Thank you so much, have a nice day!",
    "Cheers, that's fixed",
    "Bedankt, de storing is opgelost",  # solved: no outage left to report (issue 12)
]


@pytest.mark.parametrize("text", CLOSERS)
def test_closing_thank_yous_need_no_reply(text: str) -> None:
    analysis = analyse(text, BOLDERKAR)
    assert analysis.needs_reply is False, analysis.needs_reply_reason
    assert analysis.needs_reply_reason == f"closing thank-you: {text!r}"
    assert analysis.urgency.level is UrgencyLevel.LOW
    assert analysis.urgency.reasons == ("closing thank-you, no reply needed",)
    assert analysis.route is Route.AUTOMATE
    assert analysis.route_reason.startswith("closing thank-you, no reply needed; emotional ")


def test_a_closer_is_automated_whatever_its_money_words_say() -> None:
    analysis = analyse("Bedankt, opgelost! Terugbetaling staat al op mijn rekening", BOLDERKAR)
    assert analysis.route is Route.AUTOMATE
    assert analysis.route_reason.startswith("closing thank-you, no reply needed; emotional ")
    assert analysis.route_reason.endswith("monetary high (money: 'Terugbetaling')")


@pytest.mark.parametrize(
    "text",
    [
        "Bedankt @BolderkarCare, opgelost! Terugbetaling staat al op mijn rekening 👍",
        "Thanks, all sorted now, the parcel turned up this morning",
        "Gelukt hoor, dank je wel voor het meedenken en een fijn weekend gewenst",
    ],
)
def test_thanks_and_solved_together_close_a_conversation_whatever_else_is_said(text: str) -> None:
    analysis = analyse(text, BOLDERKAR)
    assert analysis.needs_reply is False, analysis.needs_reply_reason
    assert analysis.needs_reply_reason.startswith("closing thank-you: ")


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        # thanks and solved, but more: a contrast, another matter, a number, an urgent subject
        ("Bedankt, opgelost, maar de app crasht nog", "outage"),  # a crash is an outage (issue 12)
        ("Thanks, sorted. Could you also cancel my other order", "more to say ('Could')"),
        ("Bedankt, opgelost. Ordernummer 123 graag ook even checken", "more to say ('Ordernummer')"),
        ("Bedankt voor niks, dan los ik het zelf wel op", "more to say ('voor')"),
        # sarcasm
        ("bedankt voor niks", "more to say ('voor')"),
        ("Bedankt voor niets hoor", "more to say ('voor')"),
        ("thanks for nothing", "more to say ('for')"),
        ("Nou bedankt hoor", "more to say ('Nou')"),
        ("Thanks a lot 🙄", "negative"),
        # a question
        ("Bedankt! Wanneer komt mijn pakket?", "asks a question"),
        ("Thanks! Can you also check my other order", "more to say ('Can')"),
        # a complaint or more to say
        ("bedankt, maar het werkt nog steeds niet", "outage, pressure"),
        ("Thanks, but the app still crashes", "outage"),
        ("Thanks, my account is still hacked", "fraud"),
        ("Bedankt, ik wacht nog op mijn geld", "money"),
        # a request
        ("Alvast bedankt", "more to say ('Alvast')"),
        ("Thanks in advance", "more to say ('in')"),
        # an order number or an amount
        ("Dank je, ordernummer 123456", "more to say ('ordernummer')"),
        ("Bedankt, 25 euro", "a number (an order, an amount)"),
    ],
)  # fmt: skip
def test_thanks_with_sarcasm_a_question_a_complaint_or_a_request_still_needs_a_reply(
    text: str, reason: str
) -> None:
    analysis = analyse(text, BOLDERKAR)
    assert analysis.needs_reply is True
    assert analysis.needs_reply_reason == f"not a closing thank-you: {reason}"


@pytest.mark.parametrize(
    "text",
    ["Mijn pakket is nog steeds niet bezorgd", "Hoe laat gaat de winkel open?", "Kassabon", ""],
)
def test_other_messages_need_a_reply_and_say_nothing_about_it(text: str) -> None:
    analysis = analyse(text, BOLDERKAR)
    assert (analysis.needs_reply, analysis.needs_reply_reason) == (True, "")


def test_a_long_thank_you_is_a_message_not_a_closer_but_still_praise() -> None:
    text = "Bedankt " + "heel erg " * 15
    assert analyse(text, BOLDERKAR).needs_reply_reason == PRAISE_REASON


PRAISE_REASON = "praise: thank if you like, no reply owed"


@pytest.mark.parametrize(
    ("text", "rating"),
    [
        ("Top service, bedankt!", None),
        ("Great app!", None),
        ("Love the new app, so easy to use", None),
        ("Heel tevreden klant, alles verloopt vlot en de app werkt zeer goed", None),
        ("Fijne bank", 5),
        (
            "Bedankt KLM voor het lieve kaartje met condoleances na de uitvaart",
            None,
        ),  # thanks, not a case
    ],
)
def test_plain_praise_needs_no_reply_and_says_so(text: str, rating: int | None) -> None:
    analysis = analyse(text, BOLDERKAR, rating=rating)
    assert (analysis.needs_reply, analysis.needs_reply_reason) == (False, PRAISE_REASON)
    assert analysis.urgency.level is UrgencyLevel.LOW
    assert analysis.route is Route.AUTOMATE
    assert analysis.route_reason.startswith("praise, no reply owed; emotional ")


@pytest.mark.parametrize(
    "text",
    [
        # "wanneer", "waarom", "kan je" and "helpen" in statements, not questions or asks.
        "Heel tevreden, wanneer ik bel word ik altijd vriendelijk geholpen",
        "Fijne bank. Bij hen kan je alles zelf regelen in de app, echt top",
        "Super service, ze helpen je altijd snel en vriendelijk",
        "Waarom ik voor hen koos: lage kosten en een prima app",
    ],
)
def test_dutch_praise_with_question_words_in_statements_needs_no_reply(text: str) -> None:
    analysis = analyse(text, BOLDERKAR)
    assert (analysis.needs_reply, analysis.needs_reply_reason) == (False, PRAISE_REASON)


@pytest.mark.parametrize(
    "text",
    [
        "Top service! Wanneer komt de rest van mijn bestelling",  # a question without "?"
        "Leuke jas. Kan ik hem ook in het blauw bestellen",
        "Fijne app, wie kan mij helpen met de instellingen",
        "Mooie winkel, waarom is de kassa zo vaak dicht",
    ],
)
def test_dutch_praise_with_a_question_without_a_question_mark_needs_a_reply(text: str) -> None:
    assert analyse(text, BOLDERKAR).needs_reply is True


@pytest.mark.parametrize(
    "text",
    [
        "Top service! Wanneer komt de rest van mijn bestelling?",  # a question
        "Love the app, please add dark mode",  # a request
        "Great service, can you also check my other order",
        "Super app, maar hij crasht sinds de update",  # something wrong
        "Top, bedankt! Ordernummer 12345678",  # a case to look at
        "Echt geweldig product hoor 🙄",  # sarcasm
        "@bolderkar_nl I would like to talk to someone in your repair team",  # "like" is an ask here
        "@bolderkar_nl Well I did try and the shop told me plainly they can't since the seal is broken",
    ],
)
def test_praise_with_an_ask_or_a_problem_needs_a_reply_and_is_not_low(text: str) -> None:
    analysis = analyse(text, BOLDERKAR)
    assert analysis.needs_reply is True, analysis.needs_reply_reason
    assert analysis.urgency.level is not UrgencyLevel.LOW


@pytest.mark.parametrize(
    "text",
    [
        "@bolderkar_nl Yep",  # a bare answer to what the team asked
        "@bolderkar_nl Yes",
        "I made sure to restart the router first",  # "sure" is VADER's only positive word
        "Okay, done that",
    ],
)
def test_an_answer_positive_only_by_yes_sure_or_ok_is_not_praise(text: str) -> None:
    analysis = analyse(text, BOLDERKAR)
    assert analysis.needs_reply is True, analysis.needs_reply_reason
    assert analysis.urgency.level is not UrgencyLevel.LOW


@pytest.mark.parametrize("text", ["Sure, great service!", "Yes! Love the new app"])
def test_praise_that_also_says_yes_or_sure_is_still_praise(text: str) -> None:
    analysis = analyse(text, BOLDERKAR)
    assert (analysis.needs_reply, analysis.needs_reply_reason) == (False, PRAISE_REASON)


@pytest.mark.parametrize(
    "text",
    [
        "Couldn't resist the new burger at @bolderkar_nl, absolutely delicious!",
        "You can't beat @bolderkar_nl for friendly service, love it!",
        "It isn't every day a cashier at @bolderkar_nl makes my kids laugh so much! Lovely people",
    ],
)
def test_a_warm_remark_about_the_brand_with_an_idiom_s_not_is_praise(text: str) -> None:
    analysis = analyse(text, BOLDERKAR)
    assert (analysis.needs_reply, analysis.needs_reply_reason) == (False, PRAISE_REASON)


@pytest.mark.parametrize(
    "text",
    [
        "@bolderkar_nl love the app, great design, but it doesn't load my orders",
        "Great app @bolderkar_nl, love it, but the login is broken",
        "Really love @bolderkar_nl, great people, but my parcel didn't arrive",
        "Amazing deals at @bolderkar_nl, shame the app won't open",
    ],
)
def test_praise_with_something_that_does_not_work_still_needs_a_reply(text: str) -> None:
    assert analyse(text, BOLDERKAR).needs_reply is True


@pytest.mark.parametrize(
    "text",
    [
        "@bolderkar_nl Details sent, thanks!",
        "@bolderkar_nl Thanks, followed!",
        "@bolderkar_nl Great, I've emailed the details over",
        "@bolderkar_nl Sent you a private message, thanks",
        "Thanks, I'll write to you privately",
        "Bedankt, DM gestuurd!",
        "Top, ik heb je een DM gestuurd",
        # one for each word the hand-off search is skipped without (closing._HANDOFF_HINTS)
        "Great, I have replied to your email",
        "Photos submitted, thanks!",
        "Screenshots forwarded, cheers!",
        "Super, formulier ingevuld!",
        "Top, ik heb u zojuist een berichtje gestuurd",
        "Lovely, just messaged you!",
        "Thanks, I've just filled in the form",
        "Great, I've written it all down and sent it",
        "Fijn, gegevens doorgestuurd 👍",
        "Awesome, have sent it over",
    ],
)
def test_a_thank_you_that_hands_the_thread_back_needs_a_reply(text: str) -> None:
    analysis = analyse(text, BOLDERKAR)
    assert analysis.needs_reply is True, analysis.needs_reply_reason
    assert analysis.urgency.level is UrgencyLevel.NORMAL


@pytest.mark.parametrize(
    "text",
    [
        "Thanks for sending my new card so quickly!",  # the brand sent it
        "Great service, my parcel was sent the same day",
        "Bedankt, pakket snel verstuurd!",
        "Love how the update followed my feedback",
    ],
)
def test_praise_for_what_the_brand_sent_is_still_praise(text: str) -> None:
    analysis = analyse(text, BOLDERKAR)
    assert (analysis.needs_reply, analysis.needs_reply_reason) == (False, PRAISE_REASON)


@pytest.mark.parametrize(
    "text",
    [
        "Thanks @bolderkar_nl, my card arrived cracked",  # thanks and "arrived", not a closer
        "Thanks, received it, though the box was damaged",
        "@bolderkar_nl love you guys, my order arrived damaged though",
        "Sure, great job losing my bag @bolderkar_nl",
        "@bolderkar_nl the new update is great, only the dark mode is gone",
    ],
)
def test_thanks_or_praise_beside_something_damaged_or_lost_needs_a_reply(text: str) -> None:
    assert analyse(text, BOLDERKAR).needs_reply is True


def test_a_handle_with_digits_is_a_person_not_an_order_number() -> None:
    praise = analyse("@mila1987 @bolderkar_nl love the new app, great job", BOLDERKAR)
    assert (praise.needs_reply, praise.needs_reply_reason) == (False, PRAISE_REASON)
    with_order = analyse("@bolderkar_nl love the new app, great job! Order 12345678", BOLDERKAR)
    assert with_order.needs_reply is True


@pytest.mark.parametrize(
    "text",
    [
        "Its working again",
        "Werkt weer!",
        "Outage issue solved; #CSIssue not #CSFail",
        "@bolderkar_nl all sorted now",
        "Got it fixed, great",
    ],
)
def test_a_note_that_it_works_again_needs_no_reply(text: str) -> None:
    analysis = analyse(text, BOLDERKAR)
    assert (analysis.needs_reply, analysis.needs_reply_reason) == (
        False, "resolved: it works again, no reply owed",
    )  # fmt: skip
    assert analysis.urgency.level is UrgencyLevel.LOW


@pytest.mark.parametrize(
    "text", ["@bolderkar_nl it's not fixed", "still not sorted", "is it sorted now?"]
)
def test_a_note_that_it_is_not_sorted_yet_needs_a_reply(text: str) -> None:
    assert analyse(text, BOLDERKAR).needs_reply is True


@pytest.mark.parametrize("text", ["@bolderkar_nl jeez!", "lol 😂", "@mila1987 @bolderkar_nl hahaha"])
def test_a_laugh_or_an_exclamation_alone_needs_no_reply(text: str) -> None:
    analysis = analyse(text, BOLDERKAR)
    assert (analysis.needs_reply, analysis.needs_reply_reason) == (
        False, "reaction: a laugh or an exclamation, no reply owed",
    )  # fmt: skip
    assert analysis.urgency.level is UrgencyLevel.LOW
    assert analysis.route is Route.AUTOMATE


@pytest.mark.parametrize(
    "text",
    [
        "@bolderkar_nl",  # only a handle: the team picks the thread up
        "@bolderkar_nl https://example.com/photo",  # a bare link
        "haha #fail",  # a hashtag says what it is about
        "lol my parcel is lost",
        "lol?",
        "omg 😡",
    ],
)
def test_a_laugh_with_something_to_it_still_needs_a_reply(text: str) -> None:
    assert analyse(text, BOLDERKAR).needs_reply is True


# ---------------------------------------------------------------- no clock


def test_a_mention_that_needs_no_reply_runs_no_clock() -> None:
    thanks = replace_analysis(stored("Top, bedankt!", created=at(0)), needs_reply=False)
    for minutes in (0, 50, 61, 60 * 24 * 7):
        state = evaluate(thanks, POLICY, at(minutes))
        assert (state.status, state.needs_reply) == (SlaStatus.OK, False)
        assert (state.overdue_minutes, state.remaining_minutes) == (0, 0)
    # A brand reply to it still counts as a response.
    answered = replace(thanks, response=Response(at=at(5), by="AcmeCare", via="reply"))
    state = evaluate(answered, POLICY, at(90))
    assert (state.status, state.needs_reply) == (SlaStatus.RESPONDED, False)


def test_it_is_never_on_the_floor_nor_counted_open_but_listed_with_a_why() -> None:
    items = [
        replace_analysis(stored("Top, bedankt!", created=at(-300), topics=()), needs_reply=False),
        stored("Waar blijft mijn pakket?", created=at(-300)),
    ]
    settings = Settings(sla=POLICY)
    floor = report.build_report(items, settings, now=at(0), generated_at=at(0))
    assert [row.item.mention.text for row in floor.rows] == ["Waar blijft mijn pakket?"]
    assert floor.summary["breached"] == 1
    assert (floor.summary["ok"], floor.summary["no_reply_needed"], floor.summary["open"]) == (
        1,
        1,
        1,
    )
    listing = report.build_listing(
        items, settings, now=at(0), generated_at=at(0), statuses=("no_reply",)
    )
    (row,) = listing.rows
    assert row.priority.why == ("+0 no reply owed: no clock runs",)
    assert (
        report.build_listing(items, settings, now=at(0), generated_at=at(0), statuses=("open",))
        .rows[0]
        .item.mention.text
        == "Waar blijft mijn pakket?"
    )


# ---------------------------------------------------------------- the store


def test_a_version_1_store_is_upgraded_and_its_mentions_need_a_reply(db_path: Path) -> None:
    # SQLite-only: an old SQLite file of schema 1 (the PostgreSQL backend began later).
    db_path.parent.mkdir(parents=True)
    db = sqlite3.connect(db_path)
    schema.MIGRATIONS[0](db)
    db.execute("PRAGMA user_version = 1")
    db.execute(
        """INSERT INTO mentions (id, source, channel, text, created_at, first_seen_at, language,
           sentiment_score, sentiment_label, urgency_level, route, route_reason)
           VALUES ('0123456789abcdef', 'social', 'social', 'Top, bedankt!', '2026-11-23T07:00:00Z',
           '2026-11-23T07:01:00Z', 'nl', 0.6, 'pos', 'low', 'automate', 'emotional low, monetary low')"""
    )
    db.commit()
    db.close()
    with SqliteStore.open(db_path) as store:
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == schema.VERSION
        item = store.get("0123")
    # Stored before webcare knew about closing thank-yous: it keeps needing a reply, as it did.
    assert (item.analysis.needs_reply, item.analysis.needs_reply_reason) == (True, "")
    assert item.mention.text == "Top, bedankt!"
    result = run("mentions", "--db", db_path, "--now", NOW, "--format", "jsonl")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["sla"]["needs_reply"] is True


# ---------------------------------------------------------------- through the CLI

ROWS = [
    # The customer closes the conversation: no reply needed.
    {"id": "1", "author": "femke", "text": "Opgelost, dank je! 👍", "created_at": "2026-11-23T06:00:00Z"},
    # Thanks with a question: needs a reply, breached by now.
    {"id": "2", "author": "femke", "text": "Bedankt! Maar wanneer komt de rest van mijn bestelling?",
     "created_at": "2026-11-23T06:00:00Z"},
    # Sarcasm: needs a reply, breached by now.
    {"id": "3", "author": "sam", "text": "Bedankt voor niks", "created_at": "2026-11-23T06:00:00Z"},
]  # fmt: skip


@pytest.fixture
def polled(tmp_path: Path, store_url: str) -> Path:
    (tmp_path / "webcare.toml").write_text(
        '[brand]\nname = "Acme"\nhandles = ["AcmeCare"]\n\n[[sources]]\nname = "social"\nkind = "jsonl"\n'
        'path = "social.jsonl"\nfilter = false\n',
        encoding="utf-8",
    )
    (tmp_path / "social.jsonl").write_text(
        "".join(json.dumps(r) + "\n" for r in ROWS), encoding="utf-8"
    )
    result = run("poll", "--db", store_url, "--now", NOW)
    assert result.exit_code == 0, result.output
    return store_url


def records(db: Path, *args: str) -> list[dict[str, Any]]:
    result = run("mentions", "--db", db, "--now", NOW, "--format", "jsonl", *args)
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


def by_text(db: Path) -> dict[str, dict[str, Any]]:
    return {r["text"]: r for r in records(db)}


def test_a_closing_thank_you_is_off_the_floor_and_shown_in_every_format(polled: Path) -> None:
    closer = by_text(polled)["Opgelost, dank je! 👍"]
    assert closer["sla"]["status"] == "ok"
    assert closer["sla"]["needs_reply"] is False
    assert closer["sla"]["needs_reply_reason"] == "closing thank-you: 'Opgelost, dank je! 👍'"
    assert closer["urgency"]["reasons"] == ["closing thank-you, no reply needed"]
    for other in ("Bedankt! Maar wanneer komt de rest van mijn bestelling?", "Bedankt voor niks"):
        assert by_text(polled)[other]["sla"]["needs_reply"] is True
        assert by_text(polled)[other]["sla"]["status"] == "breached"
    # report: not on the floor; --fail-on breached is about the other two only
    floor = run("report", "--db", polled, "--now", NOW, "--format", "json", "--fail-on", "breached")
    assert floor.exit_code == 1
    document = json.loads(floor.stdout)
    assert {m["text"] for m in document["mentions"]} == {"Bedankt voor niks", ROWS[1]["text"]}
    assert document["summary"]["no_reply_needed"] == 1
    assert document["summary"]["open"] == 2
    # csv and tsv flatten it
    for fmt, delimiter in (("csv", ","), ("tsv", "\t")):
        out = run("mentions", "--db", polled, "--now", NOW, "--format", fmt).stdout
        rows = list(csv.DictReader(io.StringIO(out), delimiter=delimiter))
        flags = {row["text"]: row["sla_needs_reply"] for row in rows}
        assert flags["Opgelost, dank je! 👍"] == "false"
        assert flags["Bedankt voor niks"] == "true"
        assert "sla_needs_reply_reason" in rows[0]
    # plain: no clock, so the timing column is `-`
    plain = run("mentions", "--db", polled, "--now", NOW, "--format", "plain").stdout
    (line,) = [
        row.split("\t") for row in plain.splitlines() if row.endswith("Opgelost, dank je! 👍")
    ]
    assert (line[2], line[3]) == ("ok", "-")
    # table
    table = run("mentions", "--db", polled, "--now", NOW, "--format", "table").stdout
    assert "no reply" in table and "(1 of the ok need no reply)" in table
    # show, text and json
    closer_id = closer["id"]
    shown = run("show", closer_id, "--db", polled, "--now", NOW)
    assert shown.exit_code == 0, shown.output
    assert "sla:         ok: no clock runs, no reply is owed" in shown.stdout
    assert (
        f"reply:       not owed (closing thank-you: 'Opgelost, dank je! 👍'); `webcare reopen {closer_id[:8]}` "
        "if it does need one"
    ) in shown.stdout
    shown_json = json.loads(
        run("show", closer_id, "--db", polled, "--now", NOW, "--format", "json").stdout
    )
    assert shown_json["sla"]["needs_reply"] is False


def test_reopen_makes_it_need_a_reply_and_records_who(polled: Path) -> None:
    closer_id = by_text(polled)["Opgelost, dank je! 👍"]["id"]
    result = run("reopen", closer_id, "--by", "anna", "--db", polled, "--now", NOW)
    assert result.exit_code == 0, result.output
    assert f"{closer_id}: reopened: it needs a reply" in result.stderr
    closer = by_text(polled)["Opgelost, dank je! 👍"]
    assert closer["sla"]["needs_reply"] is True
    assert (
        closer["sla"]["status"] == "breached"
    )  # written at 07:00 Z, the 1 h target passed long ago
    assert closer["sla"]["needs_reply_reason"] == "reopened by anna at 2026-11-23T08:00:00Z"
    # Kept (and in JSON) in UTC; a person reads the brand's time, as everywhere else.
    shown = run("show", closer_id, "--db", polled, "--now", NOW).stdout
    assert "reply:       owed (reopened by anna at Mon 23 Nov 2026 09:00 CET)" in shown
    walked = run("explain", closer_id, "--db", polled, "--now", NOW).stdout
    assert "reply     owed: reopened by anna at Mon 23 Nov 2026 09:00 CET" in walked
    floor = json.loads(run("report", "--db", polled, "--now", NOW, "--format", "json").stdout)
    assert closer_id in {m["id"] for m in floor["mentions"]}
    shown = json.loads(
        run("show", closer_id, "--db", polled, "--now", NOW, "--format", "json").stdout
    )
    assert [(a["action"], a["by"]) for a in shown["actions"]] == [("reopen", "anna")]
    again = run("reopen", closer_id, "--by", "anna", "--db", polled, "--now", NOW)
    assert f"{closer_id}: was already open" in again.stderr


def test_ack_no_reply_takes_a_mention_off_the_floor_without_counting_it_responded(
    polled: Path,
) -> None:
    sarcasm_id = by_text(polled)["Bedankt voor niks"]["id"]
    result = run(
        "ack",
        sarcasm_id,
        "--no-reply",
        "--by",
        "bram",
        "--note",
        "troll",
        "--db",
        polled,
        "--now",
        NOW,
    )
    assert result.exit_code == 0, result.output
    assert f"{sarcasm_id}: needs no reply" in result.stderr
    record = by_text(polled)["Bedankt voor niks"]
    assert (record["sla"]["status"], record["sla"]["needs_reply"]) == ("ok", False)
    assert record["sla"]["needs_reply_reason"] == "marked by bram at 2026-11-23T08:00:00Z: troll"
    listed = run("mentions", "--status", "no_reply", "--db", polled, "--now", NOW, "-f", "table")
    assert "marked by bram at Mon 23 Nov 2026 09:00 CET: troll" in listed.stdout  # local
    for fmt in ("markdown", "html"):  # the formats a person reads say local time too
        where = ("--db", polled, "--now", NOW, "-f", fmt)
        listed = run("mentions", "--status", "no_reply", *where).stdout
        shown = run("show", sarcasm_id, *where).stdout
        for said in (listed, shown):
            assert "marked by bram at Mon 23 Nov 2026 09:00 CET: troll" in said, fmt
            assert "2026-11-23T08:00:00Z" not in said, fmt
    assert record["responded_at"] is None
    floor = json.loads(run("report", "--db", polled, "--now", NOW, "--format", "json").stdout)
    assert sarcasm_id not in {m["id"] for m in floor["mentions"]}
    assert {r["text"] for r in records(polled, "--status", "no_reply")} == {
        "Bedankt voor niks",
        "Opgelost, dank je! 👍",
    }
    assert {r["text"] for r in records(polled, "--status", "open")} == {ROWS[1]["text"]}
    shown = json.loads(
        run("show", sarcasm_id, "--db", polled, "--now", NOW, "--format", "json").stdout
    )
    assert [(a["action"], a["by"], a["note"]) for a in shown["actions"]] == [
        ("no_reply", "bram", "troll")
    ]
    # ...and reopen undoes it.
    run("reopen", sarcasm_id, "--by", "bram", "--db", polled, "--now", NOW)
    assert by_text(polled)["Bedankt voor niks"]["sla"]["status"] == "breached"


def test_analyze_says_whether_a_reply_is_needed() -> None:
    result = run(
        "analyze", "--format", "jsonl", "super, bedankt voor de snelle hulp", "thanks for nothing"
    )
    assert result.exit_code == 0, result.output
    first, second = (json.loads(line) for line in result.stdout.splitlines())
    assert (first["needs_reply"], first["needs_reply_reason"]) == (
        False, "closing thank-you: 'super, bedankt voor de snelle hulp'",
    )  # fmt: skip
    assert second["needs_reply"] is True


def test_a_thank_you_the_sentiment_finds_negative_still_needs_a_reply() -> None:
    negative = Sentiment(-0.4, SentimentLabel.NEG)
    need = assess_reply("Top, bedankt hoor!", negative, Urgency(UrgencyLevel.NORMAL))
    assert (need.needed, need.reason) == (True, "not a closing thank-you: negative")
    positive = Sentiment(0.6, SentimentLabel.POS)
    assert (
        assess_reply("Top, bedankt hoor!", positive, Urgency(UrgencyLevel.NORMAL)).needed is False
    )


def test_the_negative_hints_cover_holds_a_piece_of_every_hint() -> None:
    # `closing` asks the cover first: a hint without a piece of it would go unseen.
    from webcare.analysis.reply_cues import (
        NEGATIVE_ACK_HINTS,
        NEGATIVE_HINTS_COVER,
        NEGATIVE_IDIOM_HINTS,
    )

    for hint in (*NEGATIVE_ACK_HINTS, *NEGATIVE_IDIOM_HINTS):
        assert any(piece in hint for piece in NEGATIVE_HINTS_COVER), hint
