"""Who expects an answer: customers on social, messaging, e-mail and review sites always; a
news site, a blog or a forum only when the mention is urgent or speaks to the brand; praise
is thanked, never breached; a person's decision beats the policy."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
from conftest import NOW
from test_sla import POLICY, PRAISE, at, stored
from typer.testing import Result

from webcare import sla
from webcare.addressing import addresses_brand
from webcare.config import parse
from webcare.model import Channel, ReplyPolicy, SlaStatus


@pytest.fixture
def db_path(store_url: str) -> str:
    """This file's stores, on every backend: a SQLite file or a PostgreSQL database."""
    return store_url


Cli = Callable[..., Result]
MakeConfig = Callable[..., Path]
BRAND = ("bolderkar", "BolderkarCare", "Bolderkar")
WEB = replace(POLICY, addressees=BRAND)
DAY_LATER = at(24 * 60)


@pytest.mark.parametrize(
    ("text", "addressed"),
    [
        ("@bolderkar waar blijft mijn pakket", True),
        ("Bolderkar, waarom is mijn bestelling te laat?", True),
        ("Jullie bezorger stond om 22:00 pas voor de deur", True),
        ("Why did you charge me twice?", True),
        ("Bezorgers Bolderkar klagen over werkdruk: 'Honderd adressen per dienst'", False),
        ("Phishing-sms namens Bolderkar: 'bevestig je adres en betaal € 1,95'", False),
        ("Recept: snelle stamppot met de Bolderkar maaltijdbox", False),
        ("Bolderkar opent een distributiecentrum in Tilburg", False),
    ],
)
def test_whether_a_mention_speaks_to_the_brand(text: str, addressed: bool) -> None:
    assert addresses_brand(text, BRAND) is addressed


def web(text: str, **kwargs: object):  # noqa: ANN201
    return stored(text, channel=Channel.WEB, source="news-and-blogs", created=at(0), **kwargs)  # type: ignore[arg-type]


def test_a_news_article_is_owed_no_reply_and_never_breaches() -> None:
    article = web("Bezorgers Bolderkar klagen over werkdruk", score=-0.5)
    state = sla.evaluate(article, WEB, DAY_LATER)
    assert (state.status, state.needs_reply) == (SlaStatus.OK, False)
    assert state.reply_reason == (
        "web channel replies only when urgent, or negative and addressed to the brand: "
        "not addressed to the brand"
    )


def test_the_web_owes_a_reply_when_urgent_or_negative_and_addressed() -> None:
    urgent = web("Phishing-sms namens Bolderkar", level="high", reasons=("fraud: 'phishing'",))
    assert sla.evaluate(urgent, WEB, DAY_LATER).status is SlaStatus.BREACHED
    addressed = web("@bolderkar jullie app is alweer stuk", score=-0.6)
    assert sla.evaluate(addressed, WEB, DAY_LATER).status is SlaStatus.BREACHED
    praise = web("Jullie maaltijdbox is heerlijk", score=0.7)
    assert sla.evaluate(praise, WEB, DAY_LATER).needs_reply is False


def test_social_always_owes_a_reply_but_praise_is_to_thank() -> None:
    question = stored("Wanneer bezorgen jullie in Zwolle?", created=at(0))
    assert sla.evaluate(question, WEB, DAY_LATER).status is SlaStatus.BREACHED
    praise = stored("Top service!", created=at(0), score=0.9, level="low",
                    needs_reply=False, needs_reply_reason=PRAISE)  # fmt: skip
    state = sla.evaluate(praise, WEB, DAY_LATER)
    assert (state.status, state.needs_reply, state.to_thank) == (SlaStatus.OK, False, True)


def test_a_source_and_a_channel_can_say_otherwise() -> None:
    article = web("Bezorgers Bolderkar klagen over werkdruk", score=-0.5)
    always = replace(WEB, source_reply={"news-and-blogs": ReplyPolicy.ALWAYS})
    assert sla.evaluate(article, always, DAY_LATER).status is SlaStatus.BREACHED
    listen = replace(WEB, reply={**WEB.reply, "social": ReplyPolicy.NEVER})
    state = sla.evaluate(stored("Waar is mijn pakket?", created=at(0)), listen, DAY_LATER)
    assert not state.needs_reply
    assert state.reply_reason == "social channel: reply policy never (listen only)"


def test_the_config_sets_policies_per_channel_and_per_source() -> None:
    settings = parse(
        {
            "sla": {"reply": {"forum": "always", "social": "never"}},
            "sources": [
                {"name": "blog", "kind": "rss", "url": "https://x.example/", "reply": "always"}
            ],
        }
    )
    assert settings.sla.reply["forum"] is ReplyPolicy.ALWAYS
    assert settings.sla.reply["social"] is ReplyPolicy.NEVER
    assert settings.sla.reply["news"] is ReplyPolicy.WHEN_ADDRESSED  # the default stays
    assert settings.sla.source_reply == {"blog": ReplyPolicy.ALWAYS}


def test_reopen_overrules_the_policy_and_explain_show_and_why_say_so(
    cli: Cli, make_config: MakeConfig, tmp_path: Path, db_path: Path
) -> None:
    rss = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>n</title>'
        "<item><title>Acme schrapt zondagbezorging</title><link>https://nieuws.example/1</link>"
        "<guid>n1</guid><pubDate>Mon, 23 Nov 2026 06:00:00 GMT</pubDate>"
        "<description>Klanten zijn boos over het besluit van Acme.</description></item>"
        "</channel></rss>"
    )
    (tmp_path / "news.xml").write_text(rss, encoding="utf-8")
    config = make_config({"name": "news", "kind": "rss", "path": "news.xml", "channel": "news"})
    where = ["--config", config, "--db", db_path, "--now", NOW]
    assert cli("poll", *where).exit_code == 0
    (record,) = [
        json.loads(line) for line in cli("mentions", *where, "-f", "jsonl").stdout.splitlines()
    ]
    assert not record["sla"]["needs_reply"]
    assert record["priority"]["why"][0] == (
        "+0 no reply owed: news channel replies only when urgent, or negative and addressed "
        "to the brand: not addressed to the brand"
    )
    explained = cli("explain", record["id"][:8], *where).stdout
    assert "reply     not owed: news channel replies only when urgent" in explained
    shown = cli("show", record["id"][:8], *where).stdout
    assert "reply:       not owed (news channel replies only when urgent" in shown
    assert f"`webcare reopen {record['id'][:8]}` if it does need one" in shown

    # A person says it does need an answer: the policy no longer decides.
    assert cli("reopen", record["id"][:8], "--by", "anna", *where).exit_code == 0
    later = ["--config", config, "--db", db_path, "--now", "2026-11-23T13:00:00+01:00"]
    (record,) = [
        json.loads(line) for line in cli("report", *later, "-f", "jsonl").stdout.splitlines()
    ]
    assert record["sla"]["status"] == "breached"
    assert record["sla"]["needs_reply_reason"].startswith("reopened by anna")
    assert "reply     owed: reopened by anna" in cli("explain", record["id"][:8], *later).stdout


def test_no_reply_needed_is_the_same_at_any_age() -> None:
    article = web("Bolderkar opent een distributiecentrum", score=0.0)
    for days in (1, 30, 365):
        assert sla.evaluate(article, WEB, at(0) + timedelta(days=days)).status is SlaStatus.OK
