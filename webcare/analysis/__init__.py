"""Analysis: what a mention says and how much it matters. Pure functions, no I/O.

`analyse(mention, settings)` composes language -> sentiment -> urgency -> topics -> route.
"""

from __future__ import annotations

from webcare.analysis.language import detect_language
from webcare.analysis.route import decide_route
from webcare.analysis.sentiment import analyse_sentiment
from webcare.analysis.topics import detect_topics
from webcare.analysis.urgency import assess_urgency
from webcare.config import Settings
from webcare.model import Analysis

__all__ = ["analyse"]


def analyse(
    text: str,
    settings: Settings,
    *,
    rating: int | None = None,
    source_value: str | None = None,
) -> Analysis:
    language = detect_language(text)
    sentiment = analyse_sentiment(text, language)
    urgency = assess_urgency(text, sentiment)
    route = decide_route(
        text,
        sentiment,
        urgency,
        rating=rating,
        source_value=source_value,
        high_value_keywords=settings.route.high_value_keywords,
    )
    return Analysis(
        language=language,
        sentiment=sentiment,
        urgency=urgency,
        topics=detect_topics(text),
        route=route.route,
        route_reason=route.reason,
    )

