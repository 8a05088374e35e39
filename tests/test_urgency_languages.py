"""Urgency in the other languages customers write to English-speaking brands in: Spanish,
French, Portuguese, German and Italian patterns beside the built-in ones, Japanese (and
CJK) keywords found inside sentences without spaces."""

from __future__ import annotations

import pytest

from webcare.analysis import analyse
from webcare.analysis.language import detect_language
from webcare.model import UrgencyLevel
from webcare.settings import Settings, UrgencyRuleSettings, UrgencySettings

PLAIN = Settings()


def categories(text: str, settings: Settings = PLAIN) -> tuple[str, ...]:
    return analyse(text, settings).urgency.categories


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("@brand la app no funciona", "outage"),
        ("@brand no puedo entrar a mi cuenta", "outage"),
        ("@brand mi box ne marche pas", "outage"),
        ("@brand não consigo entrar no app", "outage"),
        ("@brand die App funktioniert nicht", "outage"),
        ("@brand l'app non funziona", "outage"),
        ("@brand hay un cobro doble en mi tarjeta", "money"),
        ("@brand me cobraron dos veces", "money"),
        ("@brand j'ai été prélevé deux fois", "money"),
        ("@brand cobrança indevida na fatura", "money"),
        ("@brand es wurde doppelt abgebucht", "money"),
        ("@brand mi avete addebitato due volte", "money"),
        ("@brand todavía no me han devuelto el reembolso", "money"),
        ("@brand toujours pas remboursé", "money"),
        ("@brand o reembolso ainda não caiu", "money"),
        ("@brand die Rückerstattung habe ich noch nicht erhalten", "money"),
        ("@brand il rimborso non è mai arrivato", "money"),
        ("@brand mi cuenta está bloqueada", "blocked"),
        ("@brand mon compte est bloqué", "blocked"),
        ("@brand mein Konto wurde gesperrt", "blocked"),
        ("@brand me hackearon la cuenta", "fraud"),
        ("@brand vuelo cancelado otra vez", "travel"),
        ("@brand el vuelo está retrasado", "travel"),
        ("@brand vol annulé sans explication", "travel"),
        ("@brand le vol est retardé", "travel"),
        ("@brand voo cancelado de novo", "travel"),
        ("@brand o voo está atrasado", "travel"),
        ("@brand Flug gestrichen", "travel"),
        ("@brand der Flug ist verspätet", "travel"),
        ("@brand volo cancellato", "travel"),
        ("@brand il volo è in ritardo", "travel"),
        ("@brand mi maleta perdida en Madrid", "travel"),
        ("@brand ma valise perdue à Paris", "travel"),
        ("@brand minha bagagem extraviada", "travel"),
        ("@brand mein Koffer verloren in Frankfurt", "travel"),
        ("@brand bagaglio smarrito a Roma", "travel"),
        ("@brand me doy de baja", "churn"),
        ("@brand je résilie", "churn"),
        ("@brand vou cancelar", "churn"),
        ("@brand ich kündige", "churn"),
        ("@brand disdico tutto", "churn"),
        ("@brand ya hablé con mi abogado", "legal"),
    ],
)
def test_other_languages_say_the_same_urgent_things(text: str, category: str) -> None:
    assert category in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "@brand ¿cuánto equipaje puedo llevar?",
        "@brand ça marche pas mal, merci",
        "@brand o dinheiro caiu, obrigado",
        "@brand funktioniert wieder, danke",
        "@brand la ricevuta è arrivata, grazie",
    ],
)
def test_other_language_look_alikes_are_not_urgent(text: str) -> None:
    assert analyse(text, PLAIN).urgency.level not in (UrgencyLevel.HIGH, UrgencyLevel.CRITICAL)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("@AppleSupport iPhoneが使えない", "outage"),
        ("アプリが落ちる", "outage"),
        ("朝からつながらない", "outage"),
        ("ログインできません。エラーが出ます", "outage"),
        ("二重請求されています", "money"),
        ("欠航で空港にいます", "travel"),
        ("荷物を紛失されました", "travel"),
        ("アカウントが乗っ取られた", "fraud"),
        ("もう解約します", "churn"),
    ],
)
def test_japanese_keywords_are_found_inside_sentences(text: str, category: str) -> None:
    assert category in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "障害はありませんか？確認したいです",  # asks whether there is an outage
        "先ほどの障害は復旧しました、ありがとう",  # the outage is over
        "いつも楽しく使っています",  # praise
    ],
)
def test_a_japanese_keyword_negated_or_resolved_does_not_count(text: str) -> None:
    assert "outage" not in categories(text)


def test_a_disabled_category_has_no_japanese_keywords_either() -> None:
    settings = Settings(urgency=UrgencySettings(disable=("outage",)))
    assert "outage" not in categories("アプリが使えない", settings)


def test_replacing_a_categorys_patterns_replaces_the_other_languages_too() -> None:
    settings = Settings(
        urgency=UrgencySettings(rules=(UrgencyRuleSettings("travel", patterns=("x",), extend=False),))
    )
    assert "travel" in categories("@airline vuelo cancelado")
    assert "travel" not in categories("@airline vuelo cancelado", settings)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("ログインできない", "ja"),
        ("アプリが落ちる", "ja"),
        ("@AppleSupport iPhoneが使えない", "ja"),
        (r"@brand whatever ¯\_(ツ)_/¯ fine by me", "en"),
    ],
)
def test_kana_is_japanese(text: str, language: str) -> None:
    assert detect_language(text) == language
