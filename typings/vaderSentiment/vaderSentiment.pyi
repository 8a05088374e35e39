# Typed stub for what webcare uses of vaderSentiment 3.3 (no types upstream).
from typing import Any

BOOSTER_DICT: dict[str, float]
N_SCALAR: float
NEGATE: list[str]

class SentiText:
    text: str
    words_and_emoticons: list[str]
    is_cap_diff: bool
    def __init__(self, text: str) -> None: ...

class SentimentIntensityAnalyzer:
    lexicon: dict[str, float]
    emojis: dict[str, str]
    def __init__(self, lexicon_file: str = ..., emoji_lexicon: str = ...) -> None: ...
    def polarity_scores(self, text: str) -> dict[str, float]: ...
    def sentiment_valence(
        self, valence: float, sentitext: SentiText, item: str, i: int, sentiments: list[float]
    ) -> list[float]: ...
    def score_valence(self, sentiments: list[float], text: str) -> dict[str, float]: ...
    @staticmethod
    def _but_check(words_and_emoticons: list[str], sentiments: list[float]) -> list[float]: ...
    @staticmethod
    def _negation_check(
        valence: float, words_and_emoticons: list[str], start_i: int, i: int
    ) -> float: ...
    @staticmethod
    def _special_idioms_check(valence: float, words_and_emoticons: list[str], i: int) -> float: ...
    def __getattr__(self, name: str) -> Any: ...
