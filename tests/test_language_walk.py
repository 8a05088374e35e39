"""webcare walks py3langid's automaton a word at a time: the same features, the same scores."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from webcare.analysis.language import LANGUAGES, _four, _identifier

WORDS = "de het niet pakket bezorgd the order not delivered é ü € 😡 12 , ! ?".split()


def upstream_visits(text: bytes) -> list[tuple[int, int]] | None:
    from py3langid.langid import visit_counts

    four = _four()
    visits = visit_counts(four.tk_nextmove, four._rowbase, four.tk_output, text)
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


def test_scores_are_upstreams() -> None:
    from py3langid.langid import LanguageIdentifier

    full = _identifier()
    nb_ptc, nb_pc, nb_classes = full._full_model
    plain = LanguageIdentifier(
        nb_ptc, nb_pc, nb_classes, full.tk_nextmove, full.tk_output, norm_probs=True,
        tk_row=full.tk_row,
    )  # fmt: skip
    plain.set_languages(list(LANGUAGES))
    for text in ("Vanaf wanneer bezorgen jullie in Zwolle? Groet, Sanne", "LOL. LOL.", "", "😡"):
        assert _four().classify(text) == plain.classify(text)
        assert _four().classify(text) == plain.classify(text)


def test_walks_are_forgotten_when_too_many(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr("webcare.analysis.language.WALKS", 3)
    for text in ("de bestelling is niet bezorgd", "the order was not delivered", "nog een keer"):
        encoded = text.encode()
        assert ours(encoded) == upstream_visits(encoded)
        assert len(_four()._walks) <= 3  # type: ignore[attr-defined]
