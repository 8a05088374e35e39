"""webcare holds py3langid's model its own way (langid_model) and walks its automaton a word
at a time: the same features, the same scores, the same languages as py3langid's own."""

from __future__ import annotations

import functools
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from webcare.analysis import langid_model
from webcare.analysis.language import LANGUAGES, _four, _identifier, _walking

WORDS = "de het niet pakket bezorgd the order not delivered é ü € 😡 12 , ! ? ñ Ж 漢".split()
TEXTS = (
    "Vanaf wanneer bezorgen jullie in Zwolle? Groet, Sanne",
    "LOL. LOL.",
    "",
    "😡",
    "El pedido no llegó y nadie contesta",
    "Der Kundenservice ist nicht erreichbar",
    "Tack för snabb leverans, mycket nöjd",
)


@functools.cache
def upstream() -> Any:
    """py3langid as it loads and walks its own model."""
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_modelpath(MODEL_DIR / MODEL_FILE, norm_probs=True)


@functools.cache
def upstream_four() -> Any:
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    four = LanguageIdentifier.from_modelpath(MODEL_DIR / MODEL_FILE, norm_probs=True)
    four.set_languages(list(LANGUAGES))
    return four


def upstream_visits(text: bytes) -> list[tuple[int, int]] | None:
    from py3langid.langid import visit_counts

    model = upstream()
    visits = visit_counts(model.tk_nextmove, model._rowbase, model.tk_output, text)
    return list(visits.items()) if visits else None


def ours(text: bytes) -> list[tuple[int, int]] | None:
    visits = _four().visits(text)  # type: ignore[attr-defined]
    return list(visits.items()) if visits else None


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(WORDS) | st.text(max_size=6), max_size=10),
    st.sampled_from([" ", "  ", "\n", ""]),
)
def test_features_in_the_same_order_as_upstreams(words: list[str], separator: str) -> None:
    text = separator.join(words).encode("utf-8", errors="surrogatepass")
    assert ours(text) == upstream_visits(text)
    assert ours(text) == upstream_visits(text)  # the second time from the remembered walks


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(WORDS) | st.text(max_size=8), max_size=12))
def test_languages_and_probabilities_are_upstreams(words: list[str]) -> None:
    text = " ".join(words)
    assert _four().classify(text) == upstream_four().classify(text)
    assert _identifier().rank(text) == upstream().rank(text)


def test_scores_are_upstreams() -> None:
    for text in TEXTS:
        assert _four().classify(text) == upstream_four().classify(text)
        assert _four().classify(text) == upstream_four().classify(text)
        assert _identifier().rank(text) == upstream().rank(text)


def test_tables_from_py3langids_own_loader_answer_the_same() -> None:
    # The way another py3langid's file is read: its loader, then the same compaction.
    walking = _walking()
    assert walking is not None
    tables = langid_model._from_upstream(LANGUAGES)
    four = walking(tables.four_ptc, tables.four_pc, tables.four, tables)
    full = walking(tables.ptc, tables.pc, tables.classes, tables)
    for text in TEXTS:
        assert four.classify(text) == upstream_four().classify(text)
        assert full.rank(text) == upstream().rank(text)


def test_walks_are_forgotten_when_too_many(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr("webcare.analysis.language.WALKS", 3)
    for text in ("de bestelling is niet bezorgd", "the order was not delivered", "nog een keer"):
        encoded = text.encode()
        assert ours(encoded) == upstream_visits(encoded)
        assert len(_four()._walks) <= 3  # type: ignore[attr-defined]
