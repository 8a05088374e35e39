"""Incidents: thirty customers saying the app is down are one outage to post one update
about, and one group to ack; a subject that spikes far above its usual rate is flagged."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from conftest import NOW
from hypothesis import given, settings
from hypothesis import strategies as st
from test_sla import at, stored
from typer.testing import Result

from webcare.incidents import (
    _LINK_MICROSECONDS,
    _PART,
    Incident,
    _longest_run,
    _parts,
    count_subjects,
    group,
    key_terms,
)

Cli = Callable[..., Result]
MakeConfig = Callable[..., Path]
BRAND = ("Acme", "acme", "AcmeCare")


def outage(text: str, minutes: float, author: str):  # noqa: ANN201
    return stored(text, created=at(minutes), author=author, level="high",
                  categories=("outage",), topics=("outage",), score=-0.6)  # fmt: skip


APP_DOWN = [
    outage("Acme app: inloggen lukt niet, foutcode 503", 0, "anna"),
    outage("Kan niet inloggen in de app van Acme?? 503 error", 40, "bram"),
    outage("@acme app ligt eruit, ik kan niet inloggen", 95, "cees"),
]


def test_customers_reporting_the_same_outage_are_one_incident() -> None:
    unrelated = stored("Acme mijn pakket is niet bezorgd", created=at(30), author="dirk")
    (incident,) = group([*APP_DOWN, unrelated], brand_words=BRAND)
    assert incident.subject == "outage"
    assert incident.members == tuple(item.mention.id for item in APP_DOWN)
    assert incident.id == APP_DOWN[0].mention.id
    assert (incident.first_at, incident.latest_at) == (at(0), at(95))
    assert set(incident.terms) >= {"inloggen", "app"}
    assert incident.label.startswith("outage · ")


def test_key_terms_leave_out_the_brand_function_words_and_what_every_complaint_says() -> None:
    terms = set(
        key_terms("@Acme mijn bestelling: de app geeft foutcode 503 bij #inloggen!", BRAND).values()
    )
    assert terms == {"app", "geeft", "foutcode", "503", "inloggen"}


def test_key_terms_part_words_at_hyphens_hashtags_and_underscores_not_at_an_apostrophe() -> None:
    text = (
        "Storing-melding: de #app-inlog van O'Neil's account geeft error_503 en 'wachtrij' "
        "##inloggen--kapot"
    )
    assert list(key_terms(text, BRAND).values()) == [
        "storing", "melding", "app", "inlog", "o'neil's", "account", "geeft", "error", "503",
        "wachtrij", "kapot",
    ]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aZ09_-#' .\"\u00e9", max_size=40))
def test_a_text_splits_into_the_parts_the_word_pattern_finds(text: str) -> None:
    # The ASCII way (a byte translation and split, the pattern only where an apostrophe
    # is) must find what the pattern's scan finds in the text in lower case.
    expected = _PART.findall(text.lower()) if text.isascii() else _PART.findall(text)
    assert _parts(text) == expected


@settings(max_examples=300, deadline=None)
@given(st.lists(st.integers(0, 3 * _LINK_MICROSECONDS), max_size=30), st.data())
def test_the_longest_run_is_the_first_longest_stretch_without_a_long_gap(
    gaps: list[int], data: st.DataObject
) -> None:
    created = [sum(gaps[: n + 1]) for n in range(len(gaps))]
    indexes = sorted(data.draw(st.sets(st.sampled_from(range(len(gaps)))))) if gaps else []
    stretches: list[list[int]] = []
    for index in indexes:
        if stretches and created[index] - created[stretches[-1][-1]] <= _LINK_MICROSECONDS:
            stretches[-1].append(index)
        else:
            stretches.append([index])
    longest = max(stretches, key=len, default=[])  # max gives the first of the longest
    assert _longest_run(indexes, created) == longest


def test_the_same_words_days_apart_or_from_one_customer_are_no_incident() -> None:
    days_apart = [
        outage("Acme app inloggen lukt niet 503", 0, "anna"),
        outage("Acme app inloggen lukt niet 503", 60 * 24 * 2, "bram"),
    ]
    assert group(days_apart, brand_words=BRAND) == []
    one_customer = [
        outage(f"Acme app inloggen lukt niet, poging {n}", n * 10, "anna") for n in range(4)
    ]
    assert group(one_customer, brand_words=BRAND) == []


def test_two_customers_sharing_one_everyday_word_are_chance_two_key_terms_a_pattern() -> None:
    chance = [
        stored("Acme de chauffeur neemt nooit op", created=at(0), author="a", topics=("delivery",)),
        stored(
            "Acme niemand neemt de telefoon op", created=at(10), author="b", topics=("delivery",)
        ),
    ]
    assert group(chance, brand_words=BRAND) == []
    pattern = [
        stored("Bezorgbus van Acme op het fietspad", created=at(0), author="a", topics=("delivery",)),
        stored("Weer een Acme bezorgbus dwars op het fietspad", created=at(50), author="b",
               topics=("delivery",)),
    ]  # fmt: skip
    (incident,) = group(pattern, brand_words=BRAND)
    assert set(incident.terms) == {"bezorgbus", "fietspad"}


def history(per_day: int, days: int, recent: int, now) -> list:  # noqa: ANN001
    """A quiet week of outage mentions, then `recent` in the last hour, counted as a store
    counts them."""
    rows = [
        (now - timedelta(days=day, hours=5 + n), frozenset({"outage"}))
        for day in range(1, days + 1)
        for n in range(per_day)
    ]
    rows += [(now - timedelta(minutes=10 * n), frozenset({"outage"})) for n in range(recent)]
    return count_subjects(rows, now)


def test_a_subject_far_above_its_usual_rate_spikes() -> None:
    now = at(100)
    (incident,) = group(APP_DOWN, brand_words=BRAND, history=history(1, 8, 3, now), now=now)
    assert incident.spike is not None
    assert incident.spike.recent == 3 and incident.spike.usual < 0.2
    # The same three on a week that always has a few outages a day: usual, no spike.
    (busy,) = group(APP_DOWN, brand_words=BRAND, history=history(12, 8, 3, now), now=now)
    assert busy.spike is None
    # A store with only a day of history has no usual rate yet.
    (young,) = group(APP_DOWN, brand_words=BRAND, history=history(1, 1, 3, now), now=now)
    assert young.spike is None


def write_outage_export(tmp_path: Path) -> Path:
    rows = [
        {"id": "o1", "author": "anna", "text": "Acme app: kan niet inloggen, foutcode 503",
         "created_at": "2026-11-23T06:30:00Z"},
        {"id": "o2", "author": "bram", "text": "Kan niet inloggen in de app van Acme?? 503",
         "created_at": "2026-11-23T06:45:00Z"},
        {"id": "o3", "author": "cees", "text": "@acme app ligt eruit, inloggen kan niet",
         "created_at": "2026-11-23T07:10:00Z"},
        {"id": "p1", "author": "dirk", "text": "Acme waar blijft mijn pakket?", "created_at": "2026-11-23T06:20:00Z"},
    ]  # fmt: skip
    path = tmp_path / "social.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_the_report_names_the_incident_and_one_command_acks_it(
    cli: Cli, make_config: MakeConfig, tmp_path: Path, store_url: str
) -> None:
    write_outage_export(tmp_path)
    config = make_config({"name": "social", "kind": "jsonl", "path": "social.jsonl"})
    where = ["--config", config, "--db", store_url, "--now", NOW]
    assert cli("poll", *where).exit_code == 0
    document = json.loads(cli("report", *where, "-f", "json").stdout)
    (incident,) = document["incidents"]
    assert incident["subject"] == "outage" and incident["mentions"] == 3
    members = set(incident["members"])
    assert {m["id"] for m in document["mentions"] if m["incident"] == incident["id"]} == members
    handle = incident["id"][:8]
    table = cli("report", *where, "-f", "table").stdout
    assert "outage · " in table and "3 mentions · first Mon 07:30 · latest Mon 08:10" in table
    assert f"webcare ack --incident {handle}" in table

    markdown = cli("report", *where, "-f", "markdown").stdout
    assert (
        f"| 3 | Mon 23 Nov 07:30 CET | Mon 23 Nov 08:10 CET | - | `webcare ack --incident {handle}` |"
        in markdown
    )
    html = cli("report", *where, "-f", "html").stdout
    assert "Incidents: open mentions about the same problem" in html
    assert (
        f"webcare ack --incident {handle}" in html
        and "3 mentions · first Mon 23 Nov 07:30 CET" in html
    )

    listed = cli("mentions", *where, "--incident", handle, "-f", "jsonl").stdout.splitlines()
    assert {json.loads(line)["id"] for line in listed} == members

    acked = cli("ack", "--incident", handle, "--yes", "--by", "anna", *where)
    assert acked.exit_code == 0, acked.output
    assert "acknowledge 3 mention(s):" in acked.stderr
    left = [json.loads(line) for line in cli("report", *where, "-f", "jsonl").stdout.splitlines()]
    assert [m["text"] for m in left] == ["Acme waar blijft mijn pakket?"]
    gone = cli("ack", "--incident", handle, "--yes", *where)
    assert gone.exit_code == 2 and f"no open incident '{handle}'" in gone.stderr
    assert incident["spike"] is None  # an hour of history: no usual rate yet


def test_an_outage_far_above_the_stores_usual_week_is_flagged_as_a_spike(
    cli: Cli, make_config: MakeConfig, tmp_path: Path, store_url: str
) -> None:
    # One outage report a day for six days (history by now, never on the floor, but
    # counted in the usual rate), then three in one morning.
    path = write_outage_export(tmp_path)
    quiet = [
        {"id": f"q{day}", "author": f"klant{day}", "text": "@acme app ligt eruit, inloggen kan niet",
         "created_at": f"2026-11-{23 - day}T03:00:00Z"}
        for day in range(1, 7)
    ]  # fmt: skip
    with path.open("a", encoding="utf-8") as out:
        out.write("".join(json.dumps(r) + "\n" for r in quiet))
    config = make_config({"name": "social", "kind": "jsonl", "path": "social.jsonl"})
    where = ["--config", config, "--db", store_url, "--now", NOW]
    assert cli("poll", *where).exit_code == 0
    document = json.loads(cli("report", *where, "-f", "json").stdout)
    (incident,) = document["incidents"]
    # Six in the week before the last three hours: 0.11 expected in three hours, three seen.
    assert incident["spike"] == {"recent": 3, "usual": 0.11, "window_hours": 3}
    table = cli("report", *where, "-f", "table").stdout
    assert "spike" in table.lower()


def test_an_incident_is_data_the_renderers_can_trust() -> None:
    incident = Incident("abcd" * 4, "outage", ("app",), ("abcd" * 4,), at(0), at(1))
    assert incident.label == "outage · app"


def test_every_store_counts_the_spike_look_back_as_the_pure_rule_does(store_url: str) -> None:
    from dataclasses import replace
    from datetime import UTC, datetime

    from webcare.analysis import analyse
    from webcare.incidents import lookback
    from webcare.model import Channel, Mention, mention_id
    from webcare.settings import Settings
    from webcare.store import open_store

    now = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)
    baseline_from, recent_from = lookback(now)
    base = analyse("De app ligt eruit, ik kan niet inloggen", Settings())
    moments = [
        baseline_from - timedelta(seconds=1),  # before the look-back: not counted
        baseline_from,  # its first second: counted, in the baseline
        baseline_from + timedelta(days=2),
        recent_from - timedelta(seconds=1),  # the baseline's last second
        recent_from,  # the recent window's first second
        now - timedelta(minutes=5),
        now,  # the last second: counted
        now + timedelta(seconds=1),  # after now: not counted
    ]
    subjects = [(("outage",), ("app",)), (("outage",), ()), ((), ("delivery", "app"))]
    batch, rows = [], []
    # Beside them, a set of subjects only outside the look-back and one only in its
    # recent window: a store counts neither where it has none.
    outside = [((("fraud",), ()), moments[0]), ((("fraud",), ()), moments[-1])]
    only_recent = [(((), ("billing",)), recent_from)]
    written = [(subjects[n % len(subjects)], created) for n, created in enumerate(moments * 2)]
    for n, ((categories, topics), created) in enumerate([*written, *outside, *only_recent]):
        analysis = replace(
            base, topics=topics, urgency=replace(base.urgency, categories=categories)
        )
        mention = Mention(
            id=mention_id("social", native_id=str(n)), source="social", channel=Channel.SOCIAL,
            text=f"app storing {n}", created_at=created, native_id=str(n), author=f"a{n}",
        )  # fmt: skip
        batch.append((mention, analysis))
        rows.append((created, frozenset(categories) | frozenset(topics)))
    with open_store(store_url, create=True) as store:
        store.save_batch("social", batch, [], polled_at=now, state=None)
        counted = store.subject_counts(baseline_from, recent_from, now)

    def totals(counts: list) -> dict:  # noqa: ANN001
        merged: dict = {}
        for c in counts:
            mentions, earliest = merged.get((c.subjects, c.recent), (0, c.earliest))
            merged[c.subjects, c.recent] = (mentions + c.mentions, min(earliest, c.earliest))
        return merged

    expected = totals(count_subjects(rows, now))
    assert totals(counted) == expected
    assert sum(n for n, _ in expected.values()) == 13  # six moments of eight, twice; billing
    assert not any("fraud" in c.subjects for c in counted)
    assert [c.recent for c in counted if c.subjects == {"billing"}] == [True]
    assert expected[frozenset({"outage", "app"}), True][0] == 2


_WORDS = st.sampled_from(
    ["Acme", "@acme", "#AcmeCare", "acmes", "inloggen", "Inlog", "503", "12", "2026", "de",
     "bestelling", "O'Neil's", "'quoted'", "café", "CAFÉ", "storing-melding", "error_503",
     "\x1b[31m", "[bold]x[/bold]", "=cmd()", "<b>", "ﬁle", "straße", ""]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(_WORDS, max_size=14), st.sampled_from([(), ("Acme",), ("Acme", "@acme", "#storing")]))
def test_what_a_store_keeps_of_a_text_gives_its_key_terms_for_any_brand(
    words: list[str], brand: tuple[str, ...]
) -> None:
    # Kept once whatever the brand (`kept_terms`), read under the brand of the report.
    from types import SimpleNamespace

    from webcare.incidents import _NOT_KEY_ANY_BRAND, _not_key, _terms_of, kept_terms

    text = " ".join(words)
    row = SimpleNamespace(mention=SimpleNamespace(text=text), kept_terms=kept_terms(text))
    brand_only = _not_key(brand) - _NOT_KEY_ANY_BRAND
    assert _terms_of(row, brand, brand_only, {}) == key_terms(text, brand)  # type: ignore[arg-type]


def test_key_terms_kept_for_another_text_or_format_are_worked_out_again(
    cli: Cli, make_config: MakeConfig, tmp_path: Path, store_url: str
) -> None:
    # What a store keeps of each text is stamped with the text's checksum and the
    # format: a text changed since (or terms of an older rule) is read again, so the
    # outage is still one incident when every kept value is another text's.
    from storesql import sql

    from webcare.incidents import TERMS_FORMAT, kept_terms

    write_outage_export(tmp_path)
    config = make_config({"name": "social", "kind": "jsonl", "path": "social.jsonl"})
    where = ["--config", config, "--db", store_url, "--now", NOW]
    assert cli("poll", *where).exit_code == 0
    for text, value in sql(store_url, "SELECT text, key_terms FROM mentions"):
        assert value == kept_terms(text)  # kept as each was written
    stale = kept_terms("Acme waar blijft mijn pakket?")
    sql(store_url, "UPDATE mentions SET key_terms = ?", (stale,))
    (incident,) = json.loads(cli("report", *where, "-f", "json").stdout)["incidents"]
    assert incident["mentions"] == 3 and "inloggen" in incident["terms"]
    sql(store_url, "UPDATE mentions SET key_terms = ?", (f"{TERMS_FORMAT + 1}.0 pakket",))
    (incident,) = json.loads(cli("report", *where, "-f", "json").stdout)["incidents"]
    assert incident["mentions"] == 3 and "inloggen" in incident["terms"]
