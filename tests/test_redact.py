"""Redaction: names, handles, e-mail addresses, phone numbers, IBANs and order numbers
give way to stable placeholders; the brand stays; the same person keeps one placeholder."""

from __future__ import annotations

import pytest
from test_sla import at, stored

from webcare.redact import Redactor

BRAND = ("Bolderkar", "bolderkar", "BolderkarCare")

CORPUS = [
    ("nienke_schrijft", "@bolderkar mijn ordernummer 4471 is kwijt, mail me op nienke.v@example.nl of bel 06-12345678. Groet, Nienke"),
    ("H. Verbeek", "Ik heb een jaarabonnement. Stort het terug op NL91 ABNA 0417 1643 00 a.u.b. Met vriendelijke groet, Henk Verbeek"),
    ("dan_in_ams", "My @bolderkar account got hacked, call me on +31 20 123 4567 or dan@mail.example.com, order #123456"),
    ("Jens uit Gent", "Factuur 2026-114 klopt niet en @dan_in_ams heeft hetzelfde. Bel 0470 12 34 56. Mijn naam is Jens Peeters."),
    ("nienke_schrijft", "Nog steeds niets, track & trace 3SABCD1234567890. nienke_schrijft geeft het op."),
]  # fmt: skip
SECRETS = [
    "nienke_schrijft", "nienke.v@example.nl", "06-12345678", "Nienke", "H. Verbeek", "Henk Verbeek",
    "NL91 ABNA 0417 1643 00", "dan_in_ams", "+31 20 123 4567", "dan@mail.example.com", "123456",
    "Jens uit Gent", "2026-114", "0470 12 34 56", "Jens Peeters", "3SABCD1234567890", "4471",
]  # fmt: skip


def corpus_rows():  # noqa: ANN201
    from webcare.model import Priority, Ranked, SlaState, SlaStatus

    rows = []
    for n, (author, text) in enumerate(CORPUS):
        item = stored(
            text, author=author, created=at(n), url=f"https://social.example/@{author}/status/{n}"
        )
        state = SlaState(60, "", at(60), SlaStatus.OK, 0, 60)
        rows.append(Ranked(item, state, Priority(0.0, None, ())))
    return rows


def test_nothing_personal_survives_and_the_brand_stays() -> None:
    rows = Redactor(brand=BRAND).rows(corpus_rows())
    out = " ".join(
        f"{row.item.mention.author} {row.item.mention.text} {row.item.mention.url}" for row in rows
    )
    for secret in SECRETS:
        assert secret not in out, secret
    assert "@bolderkar" in out


def test_the_same_person_keeps_one_placeholder() -> None:
    rows = Redactor(brand=BRAND).rows(corpus_rows())
    authors = [row.item.mention.author for row in rows]
    assert authors[0] == authors[4] != authors[1]
    # Dan's handle in Jens's text is Dan's placeholder, and Nienke's name in her own text is hers.
    assert authors[2] in rows[3].item.mention.text
    assert authors[0] in rows[4].item.mention.text


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("mail naar klant@example.com", "email"),
        ("bel +32 470 12 34 56", "phone"),
        ("bel 020-1234567", "phone"),
        ("IBAN BE68539007547034", "iban"),
        ("bestelnummer: 99887766", "number"),
        ("invoice number INV-20391", "number"),
    ],
)
def test_each_kind_of_personal_detail_gets_its_own_placeholder(text: str, kind: str) -> None:
    assert f"[{kind} 1]" in Redactor().text(text)


def test_plain_words_and_small_numbers_stay() -> None:
    text = "Al 3 dagen wacht ik op 2 pakketten, € 84,50 dubbel afgeschreven op 23 november"
    assert Redactor().text(text) == text
